//! Employees in the store: tree `employees` (payroll data, kept apart so access can be
//! restricted by role), the unique index by employee number and its read `by_number`
//! (the key shape lives here only). Room: store.

use crate::domain::fold::fold;
use crate::domain::payroll::Employee;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const BY_NUMBER: &str = "employees.by_number";

impl Record for Employee {
    const TREE: &'static str = "employees";
    const NAME: &'static str = "employee";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_NUMBER];

    id_and_version!();

    /// The number, folded: `e7` and `E7` are the same employee.
    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![IndexEntry::unique(
            BY_NUMBER,
            number_key(&self.number),
            self.id,
        )]
    }
}

/// The unique-index key of an employee number.
fn number_key(number: &str) -> Key {
    Key::new().str(&fold(number.trim()))
}

/// The employee with this number (trimmed and folded).
pub fn by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(BY_NUMBER, number_key(number))
}
