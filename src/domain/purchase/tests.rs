//! The purchase order's rules: derived states, open quantities, the over-receipt
//! tolerance at its edge, short-closing and cancelling.

use rust_decimal::dec;
use time::macros::{date, datetime};

use super::*;

const NOW: OffsetDateTime = datetime!(2026-12-05 09:30 UTC);

fn line(quantity: Decimal) -> PurchaseLine {
    PurchaseLine {
        item_id: 1,
        sku: "CH-001".into(),
        text: "Chai".into(),
        quantity,
        unit_price: dec!(2.345),
        requested: date!(2026 - 12 - 10),
        received: Decimal::ZERO,
        short_closed: Decimal::ZERO,
        close_reason: String::new(),
    }
}

fn order() -> PurchaseOrder {
    PurchaseOrder {
        id: 1,
        number: "BE-2026-00001".into(),
        supplier_id: 1,
        currency: Currency::EUR,
        date: date!(2026 - 12 - 05),
        lines: vec![line(dec!(10)), line(dec!(4))],
        notes: String::new(),
        sent: None,
        sent_by: String::new(),
        cancelled: None,
        created: NOW,
        created_by: "tester".into(),
        updated: NOW,
        version: 0,
    }
}

#[test]
fn a_draft_is_sent_before_anything_is_received() {
    let mut order = order();
    assert_eq!(order.state(), PurchaseState::Draft);
    let refused = order.receive(1, dec!(1), Decimal::ZERO).unwrap_err();
    assert_eq!(refused.field, "state");
    order.send(NOW, "tester").unwrap();
    assert_eq!(order.state(), PurchaseState::Sent);
    assert!(order.send(NOW, "tester").is_err());
    order.receive(1, dec!(4), Decimal::ZERO).unwrap();
    assert_eq!(order.state(), PurchaseState::PartlyReceived);
    assert_eq!(order.lines[0].open(), dec!(6));
    assert_eq!(order.lines[0].state(), LineState::PartlyReceived);
    assert_eq!(order.lines[1].state(), LineState::Open);
    order.receive(1, dec!(6), Decimal::ZERO).unwrap();
    order.receive(2, dec!(4), Decimal::ZERO).unwrap();
    assert_eq!(order.state(), PurchaseState::Received);
    assert!(order.receive(2, dec!(1), dec!(50)).is_err());
}

#[test]
fn the_tolerance_admits_exactly_its_percentage_more() {
    let mut order = order();
    order.send(NOW, "tester").unwrap();
    // 10 ordered, 10 % tolerance: 11 is the most.
    assert!(order.receive(1, dec!(11.001), dec!(10)).is_err());
    assert_eq!(order.lines[0].received, Decimal::ZERO);
    order.receive(1, dec!(11), dec!(10)).unwrap();
    assert_eq!(order.lines[0].open(), Decimal::ZERO);
    assert_eq!(order.lines[0].state(), LineState::Received);
    assert!(order.receive(1, dec!(0.001), dec!(10)).is_err());
    assert!(order.receive(2, dec!(0), dec!(10)).is_err());
    assert!(order.receive(3, dec!(1), dec!(10)).is_err());
}

#[test]
fn short_closing_ends_what_is_open_and_closes_the_order() {
    let mut order = order();
    assert!(
        order.close(None, "x").is_err(),
        "a draft is cancelled, not closed"
    );
    order.send(NOW, "tester").unwrap();
    order.receive(1, dec!(7), Decimal::ZERO).unwrap();
    assert!(order.close(Some(1), "  ").is_err());
    order
        .close(Some(1), "Lieferant liefert nicht mehr")
        .unwrap();
    assert_eq!(order.lines[0].short_closed, dec!(3));
    assert_eq!(order.lines[0].state(), LineState::Closed);
    assert!(order.close(Some(1), "again").is_err());
    assert!(order.receive(1, dec!(1), dec!(50)).is_err());
    assert_eq!(order.state(), PurchaseState::PartlyReceived);
    order.close(None, "Rest storniert").unwrap();
    assert_eq!(order.lines[1].short_closed, dec!(4));
    assert_eq!(order.state(), PurchaseState::Closed);
    assert!(order.close(None, "again").is_err());
}

#[test]
fn only_an_order_with_nothing_received_is_cancelled() {
    let mut draft = order();
    draft.cancel("falscher Lieferant").unwrap();
    assert_eq!(draft.state(), PurchaseState::Closed);
    assert!(draft.lines.iter().all(|line| line.open().is_zero()));
    let mut sent = order();
    sent.send(NOW, "tester").unwrap();
    sent.receive(2, dec!(1), Decimal::ZERO).unwrap();
    assert!(sent.cancel("zu spät").is_err());
}

#[test]
fn a_line_is_worth_its_quantity_times_its_price_rounded_commercially() {
    let order = order();
    // 10 × 2.345 = 23.45; 4 × 2.345 = 9.38
    assert_eq!(order.lines[0].net(Currency::EUR), dec!(23.45));
    assert_eq!(order.lines[1].net(Currency::EUR), dec!(9.38));
    assert_eq!(order.total(), dec!(32.83));
    let mut odd = order.clone();
    odd.lines[1].quantity = dec!(1);
    odd.lines[1].unit_price = dec!(0.125);
    assert_eq!(odd.lines[1].net(Currency::EUR), dec!(0.13));
}
