//! The diff of two confirmations and issuing them: each kind of change found once, in
//! position order; nothing changed is refused. Room: domain (tests).

use rust_decimal::dec;
use time::macros::{date, datetime};

use super::*;
use crate::domain::Currency;
use crate::domain::sales::SalesLine;

fn line(sku: &str, quantity: Decimal, price: Decimal) -> SalesLine {
    SalesLine {
        item_id: Some(1),
        sku: sku.into(),
        text: format!("{sku} text"),
        quantity,
        unit_price: price,
        discount: Decimal::ZERO,
        category: VatCategory::Standard,
        price_rule: None,
    }
}

fn order() -> SalesOrder {
    let mut order = SalesOrder::open(
        7,
        date!(2026 - 12 - 05),
        Currency::EUR,
        vec![line("A", dec!(2), dec!(10)), line("B", dec!(5), dec!(3.50))],
        None,
        datetime!(2026-12-05 09:00 UTC),
    );
    order.number = "AU-2026-00001".into();
    order.state = OrderState::Confirmed;
    order
}

fn snapshot(order: &SalesOrder) -> Confirmation {
    Confirmation::of(
        order,
        1,
        "anna",
        datetime!(2026-12-05 10:00 UTC),
        dec!(0),
        dec!(0),
    )
}

#[test]
fn the_same_order_has_no_changes() {
    let order = order();
    assert_eq!(changes(&snapshot(&order), &snapshot(&order)), vec![]);
}

#[test]
fn quantity_price_discount_and_promised_date_are_each_a_change_of_their_line() {
    let mut order = order();
    let before = snapshot(&order);
    order.lines[1].line.quantity = dec!(7);
    order.lines[1].line.unit_price = dec!(3.25);
    order.lines[1].line.discount = dec!(5);
    order.lines[0].promised = Some(date!(2026 - 12 - 18));
    assert_eq!(
        changes(&before, &snapshot(&order)),
        vec![
            Change::Line {
                line: 1,
                sku: "A".into(),
                field: LineField::Promised(None, Some(date!(2026 - 12 - 18))),
            },
            Change::Line {
                line: 2,
                sku: "B".into(),
                field: LineField::Quantity(dec!(5), dec!(7)),
            },
            Change::Line {
                line: 2,
                sku: "B".into(),
                field: LineField::Price(dec!(3.50), dec!(3.25)),
            },
            Change::Line {
                line: 2,
                sku: "B".into(),
                field: LineField::Discount(dec!(0), dec!(5)),
            },
        ]
    );
}

#[test]
fn a_cancelled_line_reads_as_removed_and_a_new_one_as_added() {
    let mut order = order();
    let before = snapshot(&order);
    order.lines[0].cancelled = dec!(2);
    let mut free = line("", dec!(1), dec!(40));
    free.item_id = None;
    free.text = "Setup".into();
    order.lines.push(order.lines[1].clone());
    order.lines[2].line = free;
    assert_eq!(
        changes(&before, &snapshot(&order)),
        vec![
            Change::Removed {
                line: 1,
                sku: "A".into()
            },
            Change::Added {
                line: 3,
                sku: "Setup".into(),
                quantity: dec!(1)
            },
        ]
    );
}

#[test]
fn a_partly_cancelled_line_changes_its_quantity() {
    let mut order = order();
    let before = snapshot(&order);
    order.lines[1].cancelled = dec!(2);
    assert_eq!(
        changes(&before, &snapshot(&order)),
        vec![Change::Line {
            line: 2,
            sku: "B".into(),
            field: LineField::Quantity(dec!(5), dec!(3)),
        }]
    );
}

#[test]
fn the_reference_and_the_terms_are_compared_too() {
    let mut order = order();
    let before = snapshot(&order);
    order.reference = "PO-77".into();
    order.reference_date = Some(date!(2026 - 12 - 01));
    order.terms.payment = "30 Tage netto".into();
    order.terms.delivery = "frei Haus".into();
    assert_eq!(
        changes(&before, &snapshot(&order)),
        vec![
            Change::Term(Term::Reference, String::new(), "PO-77".into()),
            Change::Term(Term::ReferenceDate, String::new(), "2026-12-01".into()),
            Change::Term(Term::Payment, String::new(), "30 Tage netto".into()),
            Change::Term(Term::Delivery, String::new(), "frei Haus".into()),
        ]
    );
}

#[test]
fn issuing_counts_up_and_refuses_when_nothing_changed() {
    let mut order = order();
    let at = datetime!(2026-12-05 10:00 UTC);
    let first = order.issue_confirmation("anna", at, TaxTreatment::Domestic, &RateTable::GERMANY);
    // 2 × 10.00 + 5 × 3.50 = 37.50 net, 19 % of it 7.125 → 7.13 VAT.
    assert_eq!(
        first.map(|c| (c.sequence, c.net, c.gross)),
        Ok((1, dec!(37.50), dec!(44.63)))
    );
    let again = order.issue_confirmation("anna", at, TaxTreatment::Domestic, &RateTable::GERMANY);
    let refused = again.map(|c| c.sequence).unwrap_err();
    assert!(refused.message.contains("AU-2026-00001"), "{refused:?}");
    assert!(refused.message.contains('1'), "{refused:?}");
    order.lines[0].promised = Some(date!(2026 - 12 - 20));
    let second = order.issue_confirmation("bert", at, TaxTreatment::Domestic, &RateTable::GERMANY);
    assert_eq!(
        second.map(|c| (c.sequence, c.by.clone())),
        Ok((2, "bert".into()))
    );
    assert_eq!(order.confirmations.len(), 2);
}

#[test]
fn an_open_order_gets_no_confirmation() {
    let mut order = order();
    order.state = OrderState::Open;
    let at = datetime!(2026-12-05 10:00 UTC);
    assert!(
        order
            .issue_confirmation("anna", at, TaxTreatment::Domestic, &RateTable::GERMANY)
            .is_err()
    );
    assert!(order.confirmations.is_empty());
}
