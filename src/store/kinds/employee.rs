//! Employees in the store: tree `employees` (payroll data, kept apart so access can be
//! restricted by role), the unique index by the folded employee number and its reads
//! `by_number` and `number_holder` (the key shape is the shared number key). Room: store.

use super::{number_id, number_id_in, number_key};
use crate::domain::payroll::Employee;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const BY_NUMBER: &str = "employees.by_number";

impl Record for Employee {
    const TREE: &'static str = "employees";
    const NAME: &'static str = "employee";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_NUMBER];

    id_and_version!();

    /// The number, folded: `e7` and `E7` are the same employee.
    fn index_entries(&self) -> Vec<IndexEntry> {
        number_key(&self.number)
            .map(|key| IndexEntry::unique(BY_NUMBER, key, self.id))
            .into_iter()
            .collect()
    }
}

/// The employee with this number (folded).
pub fn by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    number_id(store, BY_NUMBER, number)
}

/// The same read inside a transaction: the uniqueness check before a write.
pub fn number_holder(tx: &Tx, number: &str) -> TxResult<Option<u64>> {
    number_id_in(tx, BY_NUMBER, number)
}
