//! Employees as fields: the one field table (export header, import columns, CLI flags and
//! their help, form labels, list columns), the export row, building from input and the
//! edit, where a field given empty is cleared. `hourly` and `salary` are the two pay
//! bases (exactly one is set; giving one replaces the other); `deductions` holds the
//! ordered rules as `NAME:PCT%[:CAP]` or `NAME:AMOUNT`. Room: domain (pure).

use rust_decimal::Decimal;
use time::{OffsetDateTime, UtcOffset};

use super::table::{FieldSpec, editable_input, merged_edit};
use super::{Input, Problems, Row, Value};
use crate::domain::datetime::{format_date, format_instant, parse_date};
use crate::domain::money::{parse_decimal, parse_money_in, round_commercial};
use crate::domain::payroll::{Deduction, Employee, Iban, PayBasis};
use crate::domain::{Currency, Invalid, Money};

/// The field table of employees, in export-header order; `number` is the natural key.
pub const TABLE: [FieldSpec; 13] = [
    FieldSpec::assigned("id", "domain-field-employee-id"),
    FieldSpec::text(
        "number",
        "number",
        "domain-field-employee-number",
        "domain-help-employee-number",
    )
    .required()
    .unique()
    .listed(),
    FieldSpec::text(
        "name",
        "name",
        "domain-field-employee-name",
        "domain-help-employee-name",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "joined",
        "joined",
        "domain-field-employee-joined",
        "domain-help-employee-joined",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "left",
        "left",
        "domain-field-employee-left",
        "domain-help-employee-left",
    )
    .listed(),
    FieldSpec::text(
        "hourly",
        "hourly",
        "domain-field-employee-hourly",
        "domain-help-employee-hourly",
    )
    .listed(),
    FieldSpec::text(
        "salary",
        "salary",
        "domain-field-employee-salary",
        "domain-help-employee-salary",
    )
    .listed(),
    FieldSpec::text(
        "currency",
        "currency",
        "domain-field-employee-currency",
        "domain-help-employee-currency",
    ),
    FieldSpec::text(
        "deductions",
        "deduction",
        "domain-field-employee-deductions",
        "domain-help-employee-deductions",
    )
    .many(),
    FieldSpec::text(
        "iban",
        "iban",
        "domain-field-employee-iban",
        "domain-help-employee-iban",
    ),
    FieldSpec::assigned("created", "domain-field-employee-created"),
    FieldSpec::assigned("updated", "domain-field-employee-updated"),
    FieldSpec::assigned("version", "domain-field-employee-version"),
];

/// An amount with the currency's minor digits (`12.50`), or every digit it has when it is
/// finer than that (a rate of `15.125`), so nothing is lost on the way out and back.
pub fn exact_amount(value: Decimal, currency: Currency) -> String {
    if round_commercial(value, currency.minor_units()) == value {
        Money::new(value, currency).amount_text()
    } else {
        value.normalize().to_string()
    }
}

/// An IBAN cell: the normalized IBAN, or empty.
pub fn iban_text(iban: Option<&Iban>) -> Value {
    Value::Text(iban.map(ToString::to_string).unwrap_or_default())
}

/// The record's fields in export-header order; instants shown in `offset`.
pub fn to_row(employee: &Employee, offset: UtcOffset) -> Row {
    let pay = |hourly: bool| {
        let amount = match (employee.pay, hourly) {
            (PayBasis::Hourly(rate), true) => Some(rate),
            (PayBasis::Monthly(salary), false) => Some(salary),
            _ => None,
        };
        Value::Decimal(
            amount
                .map(|amount| exact_amount(amount, employee.currency))
                .unwrap_or_default(),
        )
    };
    vec![
        ("id", Value::Integer(employee.id as i64)),
        ("number", Value::Text(employee.number.clone())),
        ("name", Value::Text(employee.name.clone())),
        ("joined", Value::Text(format_date(employee.joined))),
        (
            "left",
            Value::Text(employee.left.map(format_date).unwrap_or_default()),
        ),
        ("hourly", pay(true)),
        ("salary", pay(false)),
        ("currency", Value::Text(employee.currency.to_string())),
        (
            "deductions",
            Value::List(
                employee
                    .deductions
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
            ),
        ),
        ("iban", iban_text(employee.iban.as_ref())),
        (
            "created",
            Value::Text(format_instant(employee.created, offset)),
        ),
        (
            "updated",
            Value::Text(format_instant(employee.updated, offset)),
        ),
        ("version", Value::Integer(employee.version as i64)),
    ]
}

/// Builds an employee; the currency defaults to `default_currency`, `created` and
/// `updated` to `now`.
pub fn from_input(
    input: &Input,
    now: OffsetDateTime,
    default_currency: Currency,
) -> Result<Employee, Vec<Invalid>> {
    let mut problems = Problems::default();
    let joined = match input.optional("joined") {
        Some(text) => problems.take(parse_date("joined", &text)),
        None => problems.take(Err(Invalid::new(
            "joined",
            crate::t!("domain-employee-joined-required"),
        ))),
    };
    let left = input
        .optional("left")
        .and_then(|text| problems.take(parse_date("left", &text)));
    let currency = match input.optional("currency") {
        Some(code) => problems
            .take(code.parse::<Currency>())
            .unwrap_or(default_currency),
        None => default_currency,
    };
    let pay = match (input.optional("hourly"), input.optional("salary")) {
        // An hourly rate may have sub-cent digits (15.125 an hour): read as a decimal,
        // while a monthly salary is an amount of money.
        (Some(rate), None) => problems
            .take(parse_decimal("hourly", &rate))
            .map(PayBasis::Hourly),
        (None, Some(salary)) => problems
            .take(parse_money_in("salary", &salary, currency))
            .map(PayBasis::Monthly),
        _ => problems.take(Err(Invalid::new(
            "hourly",
            crate::t!("domain-employee-one-pay-basis"),
        ))),
    };
    let deductions = input
        .list("deductions")
        .iter()
        .filter_map(|text| problems.take(Deduction::parse(text)))
        .collect();
    let iban = input
        .optional("iban")
        .and_then(|text| problems.take(Iban::parse(&text)));
    let mut instant = |field: &'static str| {
        input
            .instant(field)
            .and_then(|at| problems.take(at))
            .unwrap_or(now)
    };
    let (created, updated) = (instant("created"), instant("updated"));
    let built = joined.zip(pay).map(|(joined, pay)| Employee {
        id: 0,
        number: input.text("number"),
        name: input.text("name"),
        joined,
        left,
        pay,
        deductions,
        iban,
        currency,
        created,
        updated,
        version: 0,
    });
    if let Some(Err(invalid)) = built.as_ref().map(Employee::validate) {
        problems.0.push(invalid);
    }
    problems.finish(built)
}

/// The fields of an employee a user sets, as `from_input` reads them back.
pub fn to_input(employee: &Employee) -> Input {
    editable_input(&TABLE, to_row(employee, UtcOffset::UTC))
}

/// Applies an edit at `now`: every field present in `edit` is set, a field given empty is
/// cleared (a required one is refused); a pay basis given replaces the other, and
/// `deductions` replaces the whole ordered list. On any problem the employee is left as it
/// was; `updated` moves only when something changed.
pub fn apply_edit(
    employee: &mut Employee,
    edit: &Input,
    now: OffsetDateTime,
) -> Result<(), Vec<Invalid>> {
    let replaces = |field: &str| {
        let other_pay = match field {
            "hourly" => "salary",
            "salary" => "hourly",
            _ => return edit.has(field),
        };
        edit.has(field) || !edit.text(other_pay).is_empty()
    };
    let input = merged_edit(&TABLE, &to_input(employee), edit, replaces);
    let mut next = from_input(&input, employee.created, employee.currency)?;
    next.id = employee.id;
    next.version = employee.version;
    next.updated = employee.updated;
    if next != *employee {
        next.updated = now;
        *employee = next;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;
    use time::macros::date;

    fn input(pairs: &[(&'static str, &str)]) -> Input {
        let mut input = Input::new();
        for (field, value) in pairs {
            input.push(field, *value);
        }
        input
    }

    fn erika() -> Employee {
        let given = input(&[
            ("number", "E1"),
            ("name", "Erika Muster"),
            ("joined", "2026-02-12"),
            ("salary", "3.000,00"),
            ("deductions", "pension:9.3%:300"),
            ("deductions", "union:12.50"),
            ("iban", "de89 3704 0044 0532 0130 00"),
        ]);
        from_input(&given, OffsetDateTime::UNIX_EPOCH, Currency::EUR).unwrap()
    }

    #[test]
    fn a_row_reads_back_to_the_same_employee() {
        let employee = erika();
        assert_eq!(employee.pay, PayBasis::Monthly(dec!(3000.00)));
        assert_eq!(employee.joined, date!(2026 - 02 - 12));
        assert_eq!(employee.deductions.len(), 2);
        assert_eq!(
            employee.iban.as_ref().map(Iban::as_str),
            Some("DE89370400440532013000")
        );
        let header: Vec<&str> = to_row(&employee, UtcOffset::UTC)
            .iter()
            .map(|(field, _)| *field)
            .collect();
        assert_eq!(header, super::super::table::names(&TABLE));
        let again = to_input(&employee);
        let read = from_input(&again, OffsetDateTime::UNIX_EPOCH, Currency::EUR).unwrap();
        assert_eq!(read, employee);
    }

    #[test]
    fn missing_or_double_pay_basis_and_bad_values_are_each_reported() {
        let fields = |pairs: &[(&'static str, &str)]| -> Vec<&'static str> {
            from_input(&input(pairs), OffsetDateTime::UNIX_EPOCH, Currency::EUR)
                .unwrap_err()
                .iter()
                .map(|p| p.field)
                .collect()
        };
        assert_eq!(
            fields(&[("number", "E1"), ("name", "A"), ("joined", "2026-01-01")]),
            vec!["hourly"]
        );
        assert_eq!(
            fields(&[
                ("number", "E1"),
                ("name", "A"),
                ("joined", "2026-01-01"),
                ("hourly", "15"),
                ("salary", "3000")
            ]),
            vec!["hourly"]
        );
        assert_eq!(
            fields(&[
                ("number", "E1"),
                ("name", "A"),
                ("hourly", "15"),
                ("iban", "DE00 3704 0044 0532 0130 00"),
                ("deductions", "tax")
            ]),
            vec!["joined", "deductions", "iban"]
        );
        assert_eq!(
            fields(&[
                ("number", "E1"),
                ("name", "A"),
                ("joined", "2026-01-01"),
                ("left", "2025-12-31"),
                ("hourly", "15")
            ]),
            vec!["left"]
        );
    }

    #[test]
    fn edits_replace_the_pay_basis_and_clear_fields() {
        let mut employee = erika();
        employee.id = 4;
        employee.version = 2;
        let later = OffsetDateTime::UNIX_EPOCH + time::Duration::days(1);
        let mut edit = input(&[
            ("hourly", "15.125"),
            ("left", "2026-06-30"),
            ("deductions", "tax:20%"),
        ]);
        edit.set("iban", "");
        apply_edit(&mut employee, &edit, later).unwrap();
        assert_eq!(employee.pay, PayBasis::Hourly(dec!(15.125)));
        assert_eq!(employee.left, Some(date!(2026 - 06 - 30)));
        assert_eq!(employee.deductions.len(), 1);
        assert_eq!(employee.iban, None);
        assert_eq!((employee.id, employee.version), (4, 2));
        assert_eq!(employee.created, OffsetDateTime::UNIX_EPOCH);
        assert_eq!(employee.updated, later);
        assert_eq!(to_row(&employee, UtcOffset::UTC)[5].1.cell(), "15.125");
        let before = employee.clone();
        let bad = input(&[("name", "Neu"), ("left", "2020-01-01")]);
        assert_eq!(
            apply_edit(&mut employee, &bad, later).unwrap_err()[0].field,
            "left"
        );
        assert_eq!(employee, before);
        let mut unnamed = Input::new();
        unnamed.set("name", "");
        assert!(apply_edit(&mut employee, &unnamed, later).is_err());
        let mut salaried = Input::new();
        salaried.set("hourly", "");
        salaried.set("salary", "3200");
        apply_edit(&mut employee, &salaried, later).unwrap();
        assert_eq!(employee.pay, PayBasis::Monthly(dec!(3200)));
        let mut unpaid = Input::new();
        unpaid.set("salary", "");
        assert_eq!(
            apply_edit(&mut employee, &unpaid, later).unwrap_err()[0].field,
            "hourly"
        );
        let same = employee.clone();
        apply_edit(
            &mut employee,
            &input(&[("name", "Erika Muster")]),
            later + time::Duration::days(1),
        )
        .unwrap();
        assert_eq!(employee, same, "an edit changing nothing leaves updated");
    }
}
