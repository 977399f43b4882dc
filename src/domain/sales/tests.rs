//! Quotes and orders: numbers, line parsing, state transitions, expiry and cancelling.
//! Room: domain (tests).

use rust_decimal::dec;
use time::macros::{date, datetime};

use super::*;

/// A line of `quantity` CH-001 (item 1) at `price` in `category` (other tests use it too).
pub(crate) fn line(quantity: Decimal, price: Decimal, category: VatCategory) -> SalesLine {
    SalesLine {
        item_id: Some(1),
        sku: "CH-001".into(),
        text: "Chai".into(),
        quantity,
        unit_price: price,
        discount: Decimal::ZERO,
        category,
        price_rule: None,
    }
}

fn quote() -> Quote {
    Quote {
        id: 1,
        number: Series::Quote.number(2026, 1),
        customer_id: 1,
        date: date!(2026 - 12 - 05),
        valid_until: date!(2026 - 12 - 31),
        opportunity_id: None,
        currency: Currency::EUR,
        terms: SalesTerms::default(),
        lines: vec![line(dec!(3), dec!(10.00), VatCategory::Standard)],
        state: QuoteState::Draft,
        order_id: None,
        order_number: String::new(),
        created: datetime!(2026-12-05 09:00 UTC),
        updated: datetime!(2026-12-05 09:00 UTC),
        version: 1,
    }
}

#[test]
fn numbers_have_their_series_year_and_five_digits() {
    assert_eq!(Series::Quote.number(2026, 1), "AN-2026-00001");
    assert_eq!(Series::Order.number(2027, 123_456), "AU-2027-123456");
}

#[test]
fn lines_parse_with_their_defaults_and_refuse_what_is_not_a_line() {
    let typed = LineSpec::parse("CH-001:12", false).unwrap();
    assert_eq!((typed.quantity, typed.price), (dec!(12), None));
    assert_eq!(typed.category, None, "the item's category");
    let full = LineSpec::parse("BK-1:2:24,99:10%:reduced", false).unwrap();
    assert_eq!(full.price, Some(dec!(24.99)));
    assert_eq!(full.discount, dec!(10));
    assert_eq!(full.category, Some(VatCategory::Reduced));
    let no_price = LineSpec::parse("BK-1:2::5", false).unwrap();
    assert_eq!((no_price.price, no_price.discount), (None, dec!(5)));
    let text = LineSpec::parse("Montage:1:75", true).unwrap();
    assert!(text.free_text);
    assert_eq!(text.code, "Montage");
    for bad in [
        "CH-001",
        ":2",
        "CH-001:x",
        "A:1:2:3:4:5",
        "CH-001:1::0:exempt",
    ] {
        assert!(LineSpec::parse(bad, false).is_err(), "{bad}");
    }
    assert!(LineSpec::parse("Montage:1", true).is_err());
}

#[test]
fn a_quote_moves_draft_sent_accepted_and_refusals_name_the_state() {
    let today = date!(2026 - 12 - 05);
    let mut quote = quote();
    let refused = quote.accept(today).unwrap_err();
    assert!(refused.message.contains("draft"), "{refused}");
    assert!(quote.may_convert(today).is_err());
    quote.send(today).unwrap();
    assert!(quote.send(today).is_err());
    quote.accept(today).unwrap();
    assert_eq!(quote.state, QuoteState::Accepted);
    assert!(
        quote
            .decline(today)
            .unwrap_err()
            .message
            .contains("accepted")
    );
    quote.may_convert(today).unwrap();
    quote.order_id = Some(4);
    quote.order_number = "AU-2026-00004".into();
    let again = quote.may_convert(today).unwrap_err();
    assert!(again.message.contains("AU-2026-00004"), "{again}");
}

#[test]
fn a_sent_quote_past_its_validity_is_expired_and_cannot_be_accepted() {
    let mut quote = quote();
    quote.send(date!(2026 - 12 - 05)).unwrap();
    assert_eq!(quote.state_on(date!(2026 - 12 - 31)), QuoteState::Sent);
    let late = date!(2027 - 01 - 01);
    assert_eq!(quote.state_on(late), QuoteState::Expired);
    let refused = quote.accept(late).unwrap_err();
    assert!(refused.message.contains("expired"), "{refused}");
    assert_eq!(quote.state, QuoteState::Sent);
}

#[test]
fn an_order_is_cancelled_once_with_a_reason_and_then_amounts_to_nothing() {
    let mut order = SalesOrder::open(
        1,
        date!(2026 - 12 - 05),
        Currency::EUR,
        vec![line(dec!(2), dec!(10.00), VatCategory::Reduced)],
        Some(date!(2020 - 08 - 01)),
        datetime!(2026-12-05 09:00 UTC),
    );
    let table = crate::domain::vat::RateTable::GERMANY;
    // Supplied on 1 Aug 2020 (the requested date), reduced: 20.00 × 5 % = 1.00.
    let totals = order
        .document(TaxTreatment::Domestic)
        .totals(&table)
        .unwrap();
    assert_eq!((totals.net, totals.vat), (dec!(20.00), dec!(1.00)));
    assert!(order.cancel("  ").is_err());
    order.cancel("customer withdrew").unwrap();
    assert_eq!(order.lines[0].cancelled, dec!(2));
    assert!(order.cancel("again").is_err());
    let totals = order
        .document(TaxTreatment::Domestic)
        .totals(&table)
        .unwrap();
    assert_eq!(totals.gross, Decimal::ZERO);
}

#[test]
fn confirming_reserves_what_is_left_line_by_line_and_cancelling_releases_it() {
    let mut first = line(dec!(3), dec!(1.00), VatCategory::Standard);
    first.item_id = Some(7);
    let mut second = line(dec!(4), dec!(1.00), VatCategory::Standard);
    second.item_id = Some(7);
    let mut order = SalesOrder::open(
        1,
        date!(2026 - 12 - 05),
        Currency::EUR,
        vec![first, second],
        None,
        datetime!(2026-12-05 09:00 UTC),
    );
    // 5 available of item 7: the first line takes 3, the second the 2 left.
    order
        .confirm(|_| vec![(String::from("WH1"), dec!(5))])
        .unwrap();
    assert_eq!(order.state, OrderState::Confirmed);
    let reserved: Vec<Decimal> = order.lines.iter().map(|l| l.reserved()).collect();
    assert_eq!(reserved, vec![dec!(3), dec!(2)]);
    assert_eq!(order.lines[1].backordered(), dec!(2));
    assert_eq!(order.reserved_of(7), dec!(5));
    assert_eq!(order.reserved_of(8), Decimal::ZERO);
    assert!(
        order
            .confirm(|_| vec![(String::from("WH1"), dec!(5))])
            .is_err()
    );
    order.cancel("customer withdrew").unwrap();
    assert_eq!(order.reserved_of(7), Decimal::ZERO);
}
