//! Employees, declared once: payroll's kind, its field table (`fields::employee`) with
//! the employee number as the natural key (unique without regard to case; it may change),
//! the pay in the currency setting unless given, found by number or a name word. Payslips
//! refer to employees and are history: an employee with payslips stays (set a leave date
//! instead); one added by mistake, with none, may be deleted. Payroll runs read employees
//! themselves (`payroll`). Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::Settings;
use crate::core::access::Area;
use crate::core::plain::{PlainKind, Referrer};
use crate::domain::Invalid;
use crate::domain::fields::employee::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::{Input, Row};
use crate::domain::payroll::{Employee, Payslip};
use crate::store::kinds::employee as index;
use crate::store::{Store, StoreResult, Tx, TxResult};

/// Employees.
#[derive(Debug, Clone, Copy)]
pub struct Employees;

/// Ids of the payslips of employee `id`, of every period.
fn payslips_of(store: &Store, id: u64) -> StoreResult<Vec<u64>> {
    store.ids_where(|payslip: &Payslip| payslip.employee_id == id)
}

impl PlainKind for Employees {
    type Record = Employee;
    const DECL: &'static KindDecl = &KindDecl {
        name: "employee",
        plural: "employees",
        area: Area::Payroll,
        fields: &TABLE,
        key: Some("number"),
        key_stays: false,
        deletable: true,
        search_by_key: "core-search-by-employee",
        ops: &Employees,
    };
    const REFERRERS: &'static [Referrer] = &[Referrer {
        kind: "payslip",
        referring: payslips_of,
        remove: None,
    }];

    fn to_row(employee: &Employee, offset: UtcOffset) -> Row {
        to_row(employee, offset)
    }

    fn from_input(
        input: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Employee, Vec<Invalid>> {
        from_input(input, now, settings.currency)
    }

    fn apply_edit(
        employee: &mut Employee,
        edit: &Input,
        _settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(employee, edit, now)
    }

    fn name(employee: &Employee) -> &str {
        &employee.name
    }

    fn unknown(text: &str) -> Invalid {
        let number = text.trim();
        Invalid::new(
            "employee",
            crate::t!("core-employee-unknown", number = number),
        )
    }

    fn unique_holder(tx: &Tx, _field: &str, number: &str) -> TxResult<Option<u64>> {
        index::number_holder(tx, number)
    }

    fn stored_holder(store: &Store, _field: &str, number: &str) -> StoreResult<Option<u64>> {
        index::by_number(store, number)
    }

    /// Few employees: read them all, a number starting with `folded` or a name word.
    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        super::scan_code_or_name::<Employee>(store, folded, |e| (&e.number, &e.name))
    }
}
