//! Payslips as fields: one row per payslip line (with gross and net rows between and
//! after the lines), one summary row per payslip, and the payment-list row.
//! Room: domain (pure).

use rust_decimal::Decimal;

use super::employee::{exact_amount, iban_text};
use super::{Row, Value};
use crate::domain::Money;
use crate::domain::payroll::{LineKind, PayLine, Payslip};

/// Fields of `line_rows`, in order.
pub const LINE_FIELDS: &[&str] = &[
    "period",
    "employee",
    "name",
    "line",
    "kind",
    "description",
    "quantity",
    "rate",
    "amount",
    "currency",
    "status",
];

/// Fields of `summary_row`, in order.
pub const SUMMARY_FIELDS: &[&str] = &[
    "period",
    "employee",
    "name",
    "gross",
    "deductions",
    "net",
    "currency",
    "status",
];

/// Fields of the payment list, in order.
pub const PAYMENT_FIELDS: &[&str] = &["employee", "name", "iban", "net", "currency"];

fn money(payslip: &Payslip, amount: Decimal) -> Value {
    Value::Decimal(Money::new(amount, payslip.currency).amount_text())
}

/// Every line of a payslip: pay lines, `gross`, deductions, `net`; numbered from 1.
/// A percent deduction's rate is written with `%`; `status` is `draft` or `posted`.
/// Descriptions as stored (`gross pay` and `net pay` for the totals).
pub fn line_rows(payslip: &Payslip, status: &str) -> Vec<Row> {
    described_rows(payslip, status, |kind, line| {
        line.map_or(format!("{kind} pay"), |l| l.description.clone())
    })
}

/// `line_rows` for people: descriptions in the current language
/// (`Payslip::shown_description`, German `Bruttolohn`); English as `line_rows`.
pub fn shown_line_rows(payslip: &Payslip, status: &str) -> Vec<Row> {
    described_rows(payslip, status, |kind, line| match line {
        Some(line) => payslip.shown_description(line),
        None => crate::t!(
            "domain-pay-total",
            kind = super::shown::label("kind", kind).unwrap_or_else(|| kind.to_string())
        ),
    })
}

fn described_rows(
    payslip: &Payslip,
    status: &str,
    describe: impl Fn(&str, Option<&PayLine>) -> String,
) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut push = |kind: &str, line: Option<&PayLine>, amount: Decimal| {
        let rate = match line.map(|line| (line.kind, line.rate)) {
            Some((LineKind::Deduction, Some(percent))) => format!("{}%", percent.normalize()),
            Some((_, Some(rate))) => exact_amount(rate, payslip.currency),
            _ => String::new(),
        };
        let quantity = line.and_then(|line| line.quantity);
        rows.push(vec![
            ("period", Value::Text(payslip.period.to_string())),
            ("employee", Value::Text(payslip.employee_number.clone())),
            ("name", Value::Text(payslip.employee_name.clone())),
            ("line", Value::Integer(rows.len() as i64 + 1)),
            ("kind", Value::Text(kind.into())),
            ("description", Value::Text(describe(kind, line))),
            (
                "quantity",
                Value::Decimal(
                    quantity
                        .map(|q| q.normalize().to_string())
                        .unwrap_or_default(),
                ),
            ),
            ("rate", Value::Decimal(rate)),
            ("amount", money(payslip, amount)),
            ("currency", Value::Text(payslip.currency.to_string())),
            ("status", Value::Text(status.into())),
        ]);
    };
    for line in payslip.pay_lines() {
        push(line.kind.name(), Some(line), line.amount);
    }
    push("gross", None, payslip.gross);
    for line in payslip.deduction_lines() {
        push(line.kind.name(), Some(line), line.amount);
    }
    push("net", None, payslip.net);
    rows
}

/// One payslip in a line: gross, deductions, net; `status` is `draft` or `posted`.
pub fn summary_row(payslip: &Payslip, status: &str) -> Row {
    vec![
        ("period", Value::Text(payslip.period.to_string())),
        ("employee", Value::Text(payslip.employee_number.clone())),
        ("name", Value::Text(payslip.employee_name.clone())),
        ("gross", money(payslip, payslip.gross)),
        ("deductions", money(payslip, payslip.deductions)),
        ("net", money(payslip, payslip.net)),
        ("currency", Value::Text(payslip.currency.to_string())),
        ("status", Value::Text(status.into())),
    ]
}

/// One transfer of the payment list: who, to which IBAN, how much.
pub fn payment_row(payslip: &Payslip) -> Row {
    vec![
        ("employee", Value::Text(payslip.employee_number.clone())),
        ("name", Value::Text(payslip.employee_name.clone())),
        ("iban", iban_text(payslip.iban.as_ref())),
        ("net", money(payslip, payslip.net)),
        ("currency", Value::Text(payslip.currency.to_string())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Currency;
    use crate::domain::payroll::Period;
    use rust_decimal::dec;
    use time::OffsetDateTime;

    #[test]
    fn rows_have_the_documented_fields_and_lines_in_payslip_order() {
        let pay = |kind, amount| PayLine {
            kind,
            description: kind.name().into(),
            quantity: None,
            rate: Some(dec!(9.30)),
            amount,
        };
        let payslip = Payslip {
            id: 1,
            period: Period::parse("2026-02").unwrap(),
            employee_id: 1,
            employee_number: "E1".into(),
            employee_name: "Erika".into(),
            iban: None,
            currency: Currency::EUR,
            lines: vec![
                pay(LineKind::Salary, dec!(100)),
                pay(LineKind::Deduction, dec!(9.3)),
            ],
            gross: dec!(100),
            deductions: dec!(9.3),
            net: dec!(90.7),
            computed: OffsetDateTime::UNIX_EPOCH,
            version: 1,
        };
        let names = |row: &Row| row.iter().map(|(field, _)| *field).collect::<Vec<_>>();
        let rows = line_rows(&payslip, "draft");
        assert!(rows.iter().all(|row| names(row) == LINE_FIELDS));
        let cells = |field: &str| -> Vec<String> {
            rows.iter()
                .map(|row| row.iter().find(|(f, _)| *f == field).unwrap().1.cell())
                .collect()
        };
        assert_eq!(cells("kind"), ["salary", "gross", "deduction", "net"]);
        assert_eq!(cells("amount"), ["100.00", "100.00", "9.30", "90.70"]);
        assert_eq!(cells("rate"), ["9.30", "", "9.3%", ""]);
        assert_eq!(names(&summary_row(&payslip, "draft")), SUMMARY_FIELDS);
        assert_eq!(names(&payment_row(&payslip)), PAYMENT_FIELDS);
    }
}
