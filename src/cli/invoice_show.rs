//! What `kontor invoice` prints: one invoice or credit note (its parties, lines with their
//! date of supply, the VAT breakdown and totals from `domain::amounts`, the due date and
//! Skonto) as text, CSV (the lines) or JSON, and the list as table, CSV or JSON. Dates and
//! amounts a person reads in the current language; CSV and JSON in machine form. Room: cli.

use std::io::Write;

use serde_json::{Value as Json, json};

use super::args::Format;
use super::sales::{date_shown, date_text, row_json, show_document, totals_json};
use super::{CliError, Context, output};
use crate::core::invoicing::{InvoiceView, RunSummary};
use crate::domain::fields::{Row, Value};
use crate::domain::invoice::{Invoice, InvoiceKind, InvoiceLine, Party};
use crate::lang::format;

const LINE_COLUMNS: &[&str] = &[
    "line",
    "sku",
    "text",
    "quantity",
    "unit_price",
    "discount",
    "vat",
    "net",
    "supplied",
    "delivery",
];
const LIST_COLUMNS: &[&str] = &[
    "number", "kind", "date", "customer", "net", "vat", "gross", "due", "corrects",
];

fn decimal(value: rust_decimal::Decimal) -> Value {
    Value::Decimal(value.normalize().to_string())
}

fn line_row(index: usize, line: &InvoiceLine, net: rust_decimal::Decimal, human: bool) -> Row {
    let (category, supplied) = match human {
        true => (line.category.label(), date_shown(Some(line.supplied))),
        false => (
            line.category.name().to_string(),
            date_text(Some(line.supplied)),
        ),
    };
    vec![
        (
            "line",
            Value::Integer(i64::try_from(index + 1).unwrap_or(i64::MAX)),
        ),
        ("sku", Value::Text(line.sku.clone())),
        ("text", Value::Text(line.text.clone())),
        ("quantity", decimal(line.quantity)),
        ("unit_price", Value::Decimal(line.unit_price.to_string())),
        ("discount", decimal(line.discount)),
        ("vat", Value::Text(category)),
        ("net", Value::Decimal(net.to_string())),
        ("supplied", Value::Text(supplied)),
        ("delivery", Value::Text(line.delivery_number.clone())),
        ("order", Value::Text(line.order_number.clone())),
        (
            "corrects_line",
            Value::Text(
                line.corrects_line
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            ),
        ),
    ]
}

fn line_rows(view: &InvoiceView, human: bool) -> Vec<Row> {
    view.invoice
        .lines
        .iter()
        .zip(&view.totals.line_nets)
        .enumerate()
        .map(|(index, (line, net))| line_row(index, line, *net, human))
        .collect()
}

/// A party on one line: name, address, VAT ID and tax number.
fn party_line(party: &Party) -> String {
    let mut parts = vec![party.name.clone()];
    let place = format!("{} {}", party.postal_code, party.city);
    for part in [party.street.as_str(), place.trim(), party.country.as_str()] {
        if !part.is_empty() {
            parts.push(part.to_string());
        }
    }
    if !party.vat_id.is_empty() {
        parts.push(crate::t!("cli-invoice-vat-id", id = party.vat_id.as_str()));
    }
    if !party.tax_number.is_empty() {
        parts.push(crate::t!(
            "cli-invoice-tax-number",
            number = party.tax_number.as_str()
        ));
    }
    parts.join(", ")
}

fn money(invoice: &Invoice, amount: rust_decimal::Decimal) -> String {
    format::money(
        amount,
        invoice.currency.code(),
        invoice.currency.minor_units(),
    )
}

/// The head of the text form: number, kind, dates, parties, references, terms.
fn head(invoice: &Invoice) -> Vec<(&'static str, String)> {
    let mut head = vec![
        ("number", invoice.number.clone()),
        ("kind", invoice.kind.label()),
        ("date", format::date(invoice.issue_date)),
        ("seller", party_line(&invoice.seller)),
        ("buyer", party_line(&invoice.buyer)),
    ];
    let optional = [
        ("contact", invoice.buyer.contact.as_str()),
        ("buyer_reference", invoice.buyer_reference.as_str()),
        ("reference", invoice.order_reference.as_str()),
        ("corrects", invoice.corrects_number.as_str()),
        ("reason", invoice.reason.as_str()),
    ];
    head.extend(
        optional
            .into_iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(field, value)| (field, value.to_string())),
    );
    if invoice.kind == InvoiceKind::CreditNote {
        head.push(("issued_by", invoice.issued_by.clone()));
        return head;
    }
    head.push(("due", format::date(invoice.due_date())));
    if let (Some(skonto), Some(until)) = (
        invoice.terms.skonto,
        invoice.terms.skonto_until(invoice.issue_date),
    ) {
        let minor = invoice.currency.minor_units();
        let amount = invoice.terms.skonto_amount(invoice.gross, minor);
        head.push((
            "skonto",
            crate::t!(
                "cli-invoice-skonto",
                percent = format::decimal(skonto.percent.normalize()),
                until = format::date(until),
                amount = money(invoice, amount),
                pay = money(invoice, invoice.gross - amount)
            ),
        ));
    }
    head.push(("issued_by", invoice.issued_by.clone()));
    head
}

fn party_json(party: &Party) -> Json {
    json!({
        "name": party.name, "street": party.street, "postal_code": party.postal_code,
        "city": party.city, "country": party.country, "vat_id": party.vat_id,
        "tax_number": party.tax_number, "contact": party.contact,
        "phone": party.phone, "email": party.email,
    })
}

fn invoice_json(view: &InvoiceView) -> Json {
    let invoice = &view.invoice;
    let lines: Vec<Json> = line_rows(view, false)
        .iter()
        .zip(&view.credited)
        .map(|(row, credited)| {
            let mut line = row_json(row);
            if let Json::Object(map) = &mut line {
                map.insert("credited".into(), json!(credited.normalize().to_string()));
            }
            line
        })
        .collect();
    json!({
        "number": invoice.number,
        "kind": invoice.kind.name(),
        "type_code": invoice.kind.type_code(),
        "date": date_text(Some(invoice.issue_date)),
        "customer": invoice.customer_id,
        "customer_number": invoice.customer_number,
        "seller": party_json(&invoice.seller),
        "buyer": party_json(&invoice.buyer),
        "buyer_reference": invoice.buyer_reference,
        "order_reference": invoice.order_reference,
        "treatment": invoice.treatment.name(),
        "corrects": invoice.corrects_number,
        "reason": invoice.reason,
        "due": date_text(Some(invoice.due_date())),
        "payment_days": invoice.terms.due_days,
        "skonto_days": invoice.terms.skonto.map(|s| s.days),
        "skonto_percent": invoice.terms.skonto.map(|s| s.percent.normalize().to_string()),
        "issued_by": invoice.issued_by,
        "lines": lines,
        "totals": totals_json(&view.totals),
    })
}

/// One invoice or credit note in the context's format.
pub(super) fn show(context: &mut Context, view: &InvoiceView) -> Result<(), CliError> {
    if context.format == Format::Json {
        writeln!(context.out, "{}", invoice_json(view))?;
        return Ok(());
    }
    let human = context.format == Format::Table;
    let head = head(&view.invoice);
    show_document(
        context,
        &head,
        &line_rows(view, human),
        LINE_COLUMNS,
        &view.totals,
    )
}

/// The list of invoices and credit notes in the context's format.
pub(super) fn list(context: &mut Context, found: &[Invoice]) -> Result<(), CliError> {
    let human = context.format == Format::Table;
    let day = |date| match human {
        true => date_shown(Some(date)),
        false => date_text(Some(date)),
    };
    let rows: Vec<Row> = found
        .iter()
        .map(|invoice| {
            let kind = match human {
                true => invoice.kind.label(),
                false => invoice.kind.name().to_string(),
            };
            vec![
                ("number", Value::Text(invoice.number.clone())),
                ("kind", Value::Text(kind)),
                ("date", Value::Text(day(invoice.issue_date))),
                ("customer", Value::Text(invoice.buyer.name.clone())),
                (
                    "customer_number",
                    Value::Text(invoice.customer_number.clone()),
                ),
                ("currency", Value::Text(invoice.currency.to_string())),
                ("net", Value::Decimal(invoice.net.to_string())),
                ("vat", Value::Decimal(invoice.vat.to_string())),
                ("gross", Value::Decimal(invoice.gross.to_string())),
                ("due", Value::Text(day(invoice.due_date()))),
                ("corrects", Value::Text(invoice.corrects_number.clone())),
                ("issued_by", Value::Text(invoice.issued_by.clone())),
            ]
        })
        .collect();
    output::list(&mut context.out, context.format, &rows, LIST_COLUMNS)?;
    Ok(())
}

const RUN_COLUMNS: &[&str] = &[
    "invoices", "first", "last", "currency", "net", "vat", "gross",
];

/// What an invoicing run issued: a sentence (or that nothing was to bill up to `until`),
/// or one row as CSV or JSON.
pub(super) fn run_summary(
    context: &mut Context,
    summary: &RunSummary,
    until: time::Date,
) -> Result<(), CliError> {
    let currency = summary
        .currency
        .map(|currency| currency.to_string())
        .unwrap_or_default();
    if context.format != Format::Table {
        let row: Row = vec![
            (
                "invoices",
                Value::Integer(i64::try_from(summary.invoices).unwrap_or(i64::MAX)),
            ),
            ("first", Value::Text(summary.first.clone())),
            ("last", Value::Text(summary.last.clone())),
            ("currency", Value::Text(currency)),
            ("net", Value::Decimal(summary.net.to_string())),
            ("vat", Value::Decimal(summary.vat.to_string())),
            ("gross", Value::Decimal(summary.gross.to_string())),
        ];
        if context.format == Format::Json {
            writeln!(context.out, "{}", row_json(&row))?;
        } else {
            output::list(&mut context.out, context.format, &[row], RUN_COLUMNS)?;
        }
        return Ok(());
    }
    let text = match summary.currency {
        None => crate::t!("cli-invoice-run-nothing", until = format::date(until)),
        Some(currency) => {
            let minor = currency.minor_units();
            let money = |value| format::money(value, currency.code(), minor);
            crate::t!(
                "cli-invoice-run-issued",
                count = summary.invoices,
                first = summary.first.as_str(),
                last = summary.last.as_str(),
                net = money(summary.net),
                vat = money(summary.vat),
                gross = money(summary.gross)
            )
        }
    };
    writeln!(context.out, "{text}")?;
    Ok(())
}
