//! Payslips in the store: tree `payslips` (payroll data, kept apart so access can be
//! restricted by role) and the unique index by (period, employee id): one payslip per
//! employee and period, and a period's payslips are one prefix scan. Room: store.

use crate::domain::payroll::{Payslip, Period};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};

pub const BY_PERIOD: &str = "payslips.by_period";

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
pub fn period_key(period: Period) -> Key {
    Key::new().str(&period.to_string())
}
