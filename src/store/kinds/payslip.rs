//! Payslips in the store: tree `payslips` (payroll data, kept apart so access can be
//! restricted by role) and the unique index by (period, employee id): one payslip per
//! employee and period, and a period's payslips are one prefix scan — the reads
//! `of_period` and `of_employee` (the key shape lives here only). Room: store.

use crate::domain::payroll::{Payslip, Period};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const BY_PERIOD: &str = "payslips.by_period";

impl Record for Payslip {
    const TREE: &'static str = "payslips";
    const NAME: &'static str = "payslip";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_PERIOD];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let key = period_key(self.period).u64(self.employee_id);
        vec![IndexEntry::unique(BY_PERIOD, key, self.id)]
    }
}

/// The key prefix of a period's payslips; append the employee id for one payslip.
fn period_key(period: Period) -> Key {
    Key::new().str(&period.to_string())
}

/// Ids of the period's payslips, in employee id order.
pub fn of_period(
    store: &Store,
    period: Period,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.unique_ids(BY_PERIOD, period_key(period))
}

/// The payslip of employee `employee` (an id) for `period`.
pub fn of_employee(store: &Store, period: Period, employee: u64) -> StoreResult<Option<u64>> {
    store.unique_id(BY_PERIOD, period_key(period).u64(employee))
}
