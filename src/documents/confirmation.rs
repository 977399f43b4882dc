//! The order confirmation (Auftragsbestätigung) as a `Letter`: the company's letterhead
//! and legal footer, the customer's address in the window, the order number, date,
//! customer number, the customer's order reference and contact, the confirmed lines with
//! their promised dates, the totals per VAT rate from `domain::amounts`, the legal notes
//! (reverse charge, exemption, …), the payment and delivery terms and — for a confirmation
//! after the first — what changed against the one before. In the current language. Room:
//! documents.

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::letter::{Align, Column, Letter, Section, Table};
use super::sender::{Sender, address};
use crate::core::company::Company;
use crate::core::confirmation::Issued;
use crate::domain::Customer;
use crate::domain::amounts::Totals;
use crate::domain::sales::{Change, LineField, Term, changes};
use crate::lang::{self, format};

/// The day of an instant in the current zone.
fn day(at: OffsetDateTime) -> Date {
    lang::current().zone.local(at).date()
}

/// The confirmation `issued` as a letter.
pub fn letter(issued: &Issued) -> Letter {
    let Issued {
        draft: _,
        company,
        order,
        confirmation,
        previous,
        totals,
        customer,
    } = issued;
    let currency = totals.currency;
    let money = |value: Decimal| format::money(value, currency.code(), currency.minor_units());
    let amount = |value: Decimal| format::fixed(value, currency.minor_units());
    let mut info = vec![
        (crate::t!("doc-order-number"), order.number.clone()),
        (crate::t!("doc-date"), format::date(day(confirmation.at))),
    ];
    if let Some(number) = customer.as_ref().map(|c| c.number.clone())
        && !number.is_empty()
    {
        info.push((crate::t!("doc-customer-number"), number));
    }
    if !order.reference.is_empty() || order.reference_date.is_some() {
        let reference = match order.reference_date {
            Some(date) => crate::t!(
                "doc-reference-of",
                reference = order.reference.as_str(),
                date = format::date(date)
            ),
            None => order.reference.clone(),
        };
        info.push((crate::t!("doc-reference"), reference.trim().to_string()));
    }
    if !order.terms.contact.is_empty() {
        info.push((crate::t!("doc-contact"), order.terms.contact.clone()));
    }
    let rows = confirmation
        .lines
        .iter()
        .zip(&totals.line_nets)
        .enumerate()
        .filter(|(_, (line, _))| line.quantity > Decimal::ZERO)
        .map(|(index, (line, net))| {
            vec![
                (index + 1).to_string(),
                line.sku.clone(),
                line.text.clone(),
                format::decimal(line.quantity),
                amount(line.unit_price),
                discount(line.discount),
                line.promised.map(format::date).unwrap_or_default(),
                amount(*net),
            ]
        })
        .collect();
    let mut totals_shown = net_and_vat(totals);
    totals_shown.push((crate::t!("doc-gross"), money(totals.gross)));
    let mut sections = Vec::new();
    if let Some(previous) = previous {
        let lines = changes(previous, confirmation)
            .iter()
            .map(|change| described(change, &money))
            .collect();
        sections.push(Section {
            heading: crate::t!("doc-changes", date = format::date(day(previous.at))),
            lines,
        });
    }
    let notes = totals.notes();
    if !notes.is_empty() {
        sections.push(Section {
            heading: crate::t!("doc-notes"),
            lines: notes,
        });
    }
    let mut terms = Vec::new();
    for (key, value) in [
        ("payment", &order.terms.payment),
        ("delivery", &order.terms.delivery),
    ] {
        if !value.is_empty() {
            let label = match key {
                "payment" => crate::t!("doc-payment-terms"),
                _ => crate::t!("doc-delivery-terms"),
            };
            terms.push(format!("{label}: {value}"));
        }
    }
    if !terms.is_empty() {
        sections.push(Section {
            heading: crate::t!("doc-terms"),
            lines: terms,
        });
    }
    sections.push(Section {
        heading: String::new(),
        lines: vec![crate::t!("doc-closing"), full_name(company)],
    });
    let (subject, intro) = match confirmation.sequence {
        1 => (
            crate::t!("doc-confirmation-subject", number = order.number.as_str()),
            crate::t!("doc-confirmation-intro"),
        ),
        sequence => (
            crate::t!(
                "doc-confirmation-subject-again",
                number = order.number.as_str(),
                sequence = i64::from(sequence)
            ),
            crate::t!("doc-confirmation-intro-again"),
        ),
    };
    Letter {
        letterhead: Sender::company(company).letterhead(),
        return_line: Sender::company(company).return_line(),
        recipient: customer.as_ref().map(recipient).unwrap_or_default(),
        info,
        running: crate::t!("doc-confirmation-subject", number = order.number.as_str()),
        subject,
        intro: vec![crate::t!("doc-salutation"), intro],
        table: Table {
            columns: columns(),
            rows,
        },
        totals: totals_shown,
        sections,
        footer: Sender::company(company).footer(),
    }
}

fn columns() -> Vec<Column> {
    let column = |title: String, align: Align| Column {
        title,
        align,
        wraps: false,
    };
    let mut columns = vec![
        column(crate::t!("doc-col-position"), Align::Right),
        column(crate::t!("doc-col-sku"), Align::Left),
        column(crate::t!("doc-col-text"), Align::Left),
        column(crate::t!("doc-col-quantity"), Align::Right),
        column(crate::t!("doc-col-price"), Align::Right),
        column(crate::t!("doc-col-discount"), Align::Right),
        column(crate::t!("doc-col-promised"), Align::Left),
        column(crate::t!("doc-col-net"), Align::Right),
    ];
    columns[2].wraps = true;
    columns
}

/// One change as a line of the change list.
fn described(change: &Change, money: &dyn Fn(Decimal) -> String) -> String {
    let date = |day: Option<Date>| day.map(format::date).unwrap_or_else(|| "—".to_string());
    let percent = |value: Decimal| crate::t!("doc-percent", value = format::decimal(value));
    match change {
        Change::Added {
            line,
            sku,
            quantity,
        } => crate::t!(
            "doc-change-added",
            line = line.to_string(),
            sku = sku.as_str(),
            quantity = format::decimal(*quantity)
        ),
        Change::Removed { line, sku } => crate::t!(
            "doc-change-removed",
            line = line.to_string(),
            sku = sku.as_str()
        ),
        Change::Line { line, sku, field } => {
            let (what, was, now) = match field {
                LineField::Quantity(was, now) => (
                    crate::t!("doc-col-quantity"),
                    format::decimal(*was),
                    format::decimal(*now),
                ),
                LineField::Price(was, now) => {
                    (crate::t!("doc-col-price"), money(*was), money(*now))
                }
                LineField::Discount(was, now) => {
                    (crate::t!("doc-col-discount"), percent(*was), percent(*now))
                }
                LineField::Promised(was, now) => {
                    (crate::t!("doc-col-promised"), date(*was), date(*now))
                }
            };
            crate::t!(
                "doc-change-line",
                line = line.to_string(),
                sku = sku.as_str(),
                what = what,
                was = was,
                now = now
            )
        }
        Change::Term(term, was, now) => {
            let what = match term {
                Term::Reference => crate::t!("doc-reference"),
                Term::ReferenceDate => crate::t!("doc-reference-date"),
                Term::Contact => crate::t!("doc-contact"),
                Term::Payment => crate::t!("doc-payment-terms"),
                Term::Delivery => crate::t!("doc-delivery-terms"),
            };
            let shown = |text: &str| match (term, Date::parse(text, ISO)) {
                (Term::ReferenceDate, Ok(day)) => format::date(day),
                _ if text.is_empty() => "—".to_string(),
                _ => text.to_string(),
            };
            crate::t!(
                "doc-change-term",
                what = what,
                was = shown(was),
                now = shown(now)
            )
        }
    }
}

const ISO: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

fn full_name(company: &Company) -> String {
    Sender::company(company).full_name()
}

/// The totals' lines before the gross: the net, then the VAT of each group of the
/// breakdown on its net — every rate and exemption with its net (§ 14 Abs. 4 UStG).
pub(super) fn net_and_vat(totals: &Totals) -> Vec<(String, String)> {
    let currency = totals.currency;
    let money = |value: Decimal| format::money(value, currency.code(), currency.minor_units());
    let mut shown = vec![(crate::t!("doc-net"), money(totals.net))];
    shown.extend(totals.breakdown.iter().map(|group| {
        let label = crate::t!(
            "doc-vat-group",
            rate = format::decimal(group.rate),
            category = group.category.label(),
            net = money(group.net)
        );
        (label, money(group.vat))
    }));
    shown
}

/// A line's discount as its column shows it: empty for none, else `10 %`.
pub(super) fn discount(value: Decimal) -> String {
    match value.is_zero() {
        true => String::new(),
        false => crate::t!("doc-percent", value = format::decimal(value)),
    }
}

/// The customer's name and first address.
fn recipient(customer: &Customer) -> Vec<String> {
    match customer.addresses.iter().find(|a| !a.is_empty()) {
        Some(a) => address(
            &customer.name,
            &a.street,
            &a.postal_code,
            &a.city,
            a.country,
        ),
        None => address(&customer.name, "", "", "", None),
    }
}

#[cfg(test)]
mod tests;
