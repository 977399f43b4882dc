//! The purchase order (Bestellung) as a `Letter`: the company's letterhead and legal
//! footer, the supplier's address in the window, the order number, date and supplier
//! number, the lines with our item number and — where a supplier item links it — the
//! supplier's, quantities, unit prices, the requested dates and the net, the net total,
//! the order's notes and the supplier's payment terms. In the current language. Amounts
//! are net: what the company orders, before the VAT the supplier's invoice adds. Room:
//! documents.

use rust_decimal::Decimal;

use super::letter::{Align, Column, Letter, Section, Table};
use super::sender::{Sender, address};
use crate::core::purchase_query::PurchaseDocument;
use crate::lang::format;

/// The purchase order `document` as a letter.
pub fn letter(document: &PurchaseDocument) -> Letter {
    let PurchaseDocument {
        company,
        order,
        supplier,
        supplier_skus,
    } = document;
    let currency = order.currency;
    let amount = |value: Decimal| format::fixed(value, currency.minor_units());
    let mut info = vec![
        (crate::t!("doc-purchase-number"), order.number.clone()),
        (crate::t!("doc-date"), format::date(order.date)),
    ];
    if let Some(number) = supplier.as_ref().map(|s| s.number.clone())
        && !number.is_empty()
    {
        info.push((crate::t!("doc-purchase-supplier-number"), number));
    }
    let rows = order
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            vec![
                (index + 1).to_string(),
                line.sku.clone(),
                supplier_skus.get(index).cloned().unwrap_or_default(),
                line.text.clone(),
                format::decimal(line.quantity),
                amount(line.unit_price),
                format::date(line.requested),
                amount(line.net(currency)),
            ]
        })
        .collect();
    let total = format::money(order.total(), currency.code(), currency.minor_units());
    let mut sections = Vec::new();
    if !order.notes.trim().is_empty() {
        sections.push(Section {
            heading: crate::t!("doc-notes"),
            lines: vec![order.notes.trim().to_string()],
        });
    }
    if let Some(days) = supplier.as_ref().and_then(|s| s.payment_terms) {
        sections.push(Section {
            heading: crate::t!("doc-terms"),
            lines: vec![crate::t!(
                "doc-purchase-payment-days",
                days = i64::from(days)
            )],
        });
    }
    sections.push(Section {
        heading: String::new(),
        lines: vec![
            crate::t!("doc-closing"),
            Sender::company(company).full_name(),
        ],
    });
    let recipient = match supplier {
        Some(s) => address(&s.name, &s.street, &s.postal_code, &s.city, s.country),
        None => Vec::new(),
    };
    let subject = crate::t!("doc-purchase-subject", number = order.number.as_str());
    Letter {
        letterhead: Sender::company(company).letterhead(),
        return_line: Sender::company(company).return_line(),
        recipient,
        info,
        running: subject.clone(),
        subject,
        intro: vec![crate::t!("doc-salutation"), crate::t!("doc-purchase-intro")],
        table: Table {
            columns: columns(),
            rows,
        },
        totals: vec![(crate::t!("doc-net"), total)],
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
        column(crate::t!("doc-purchase-col-supplier-sku"), Align::Left),
        column(crate::t!("doc-col-text"), Align::Left),
        column(crate::t!("doc-col-quantity"), Align::Right),
        column(crate::t!("doc-col-price"), Align::Right),
        column(crate::t!("doc-purchase-col-requested"), Align::Left),
        column(crate::t!("doc-col-net"), Align::Right),
    ];
    columns[3].wraps = true;
    columns
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
    use crate::core::company::Company;
    use crate::documents::text;
    use crate::domain::purchase::{PurchaseLine, PurchaseOrder};
    use crate::domain::{Currency, Supplier};
    use crate::lang::in_german;

    fn document() -> PurchaseDocument {
        let at = datetime!(2026-12-01 09:00 UTC);
        let line = |sku: &str, quantity, price| PurchaseLine {
            item_id: 1,
            sku: sku.into(),
            text: format!("Artikel {sku}"),
            quantity,
            unit_price: price,
            requested: date!(2026 - 12 - 14),
            received: Decimal::ZERO,
            short_closed: Decimal::ZERO,
            close_reason: String::new(),
        };
        let mut supplier = Supplier::new("Exotic Liquids", at);
        supplier.number = "L-0001".into();
        supplier.street = "49 Gilbert St.".into();
        supplier.postal_code = "EC1 4SD".into();
        supplier.city = "London".into();
        supplier.payment_terms = Some(30);
        PurchaseDocument {
            company: Company {
                name: "Kontor Handel".into(),
                city: "Hamburg".into(),
                ..Company::default()
            },
            order: PurchaseOrder {
                id: 1,
                number: "BE-2026-00007".into(),
                supplier_id: 1,
                currency: Currency::EUR,
                date: date!(2026 - 12 - 01),
                lines: vec![
                    line("CH-001", dec!(12), dec!(4.15)),
                    line("TEE-7", dec!(3), dec!(10)),
                ],
                notes: "Rampe 2".into(),
                sent: None,
                sent_by: String::new(),
                cancelled: None,
                created: at,
                created_by: "anna".into(),
                updated: at,
                version: 0,
            },
            supplier: Some(supplier),
            supplier_skus: vec!["EX-CH1".into(), String::new()],
        }
    }

    #[test]
    fn the_text_shows_number_supplier_lines_with_their_numbers_and_the_net_total() {
        let shown = in_german(|| text::render(&letter(&document()), 100));
        let squeezed = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        // 12 × 4.15 = 49.80; 3 × 10 = 30.00; together 79.80.
        for expected in [
            "Bestellung BE-2026-00007",
            "Exotic Liquids",
            "L-0001",
            "EX-CH1",
            "4,15",
            "10,00",
            "49,80",
            "30,00",
            "14.12.2026",
            "Summe netto 79,80 €",
            "Rampe 2",
            "30 Tage",
        ] {
            assert!(
                squeezed.contains(expected),
                "{expected:?} missing in\n{shown}"
            );
        }
    }
}
