//! Order entry on the ERP data: Alfreds (customer 2) chosen by number, Chai (NW-001,
//! 18.00, 39 in stock) × 10 taken and Chang (NW-002, 19.00, 17 in stock) × 5 being typed —
//! prices, availability and the running totals shown as typed — in English and German,
//! each in the 256-colour and the mono/ASCII profile at 80×24. An unknown SKU and a zero
//! quantity are errors on the line with nothing typed lost; Ctrl-X saves the order; the
//! warehouse may not enter orders.

use kontor::core::Role;
use kontor::domain::sales::SalesOrder;
use rust_decimal::Decimal;

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german};

/// The orders list, `o`, customer 2, a reference, no requested date, one line taken and
/// the second typed up to its quantity.
fn mid_entry(harness: &mut Harness) {
    erp(&harness.store());
    harness
        .keys("g a o")
        .text("2")
        .keys("Enter")
        .text("PO-4711")
        .keys("Enter Enter")
        .text("NW-001")
        .keys("Enter")
        .text("10")
        .keys("Enter")
        .text("NW-002")
        .keys("Enter")
        .text("5");
}

fn orders(harness: &Harness) -> Vec<SalesOrder> {
    let store = harness.store();
    store
        .scan::<SalesOrder>()
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn order_entry_shows_prices_availability_and_running_totals_as_lines_are_typed() {
    let (screen, ascii) = both("order_entry", mid_entry);
    assert!(screen.contains("Alfreds Futterkiste"), "{screen}");
    assert!(screen.contains("PO-4711"), "{screen}");
    // Chai: 10 × 18.00 = 180.00, 39 available; Chang: 5 × 19.00 = 95.00, 17 available.
    let chai = screen.lines().find(|l| l.contains("NW-001")).unwrap();
    assert!(chai.contains("180.00") && chai.contains(" 39"), "{chai}");
    let chang = screen.lines().find(|l| l.contains("NW-002")).unwrap();
    assert!(
        chang.contains("19.00") && chang.contains("95.00") && chang.contains(" 17"),
        "{chang}"
    );
    // Net 275.00; VAT 19 % of it once for the group: 52.25; gross 327.25.
    assert!(
        screen.contains("Net 275.00")
            && screen.contains("VAT 52.25")
            && screen.contains("Gross 327.25"),
        "{screen}"
    );
    assert!(ascii.contains("Gross 327.25"), "{ascii}");
}

#[test]
fn order_entry_reads_german() {
    let (screen, _) = in_german(|| both("de_order_entry", mid_entry));
    assert!(
        screen.contains("Neuer Auftrag") && screen.contains("Verfügbar"),
        "{screen}"
    );
    assert!(
        screen.contains("Netto 275,00")
            && screen.contains("USt. 52,25")
            && screen.contains("Brutto 327,25"),
        "{screen}"
    );
}

#[test]
fn an_unknown_sku_and_a_zero_quantity_are_errors_on_the_line_and_ctrl_x_saves() {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    harness
        .keys("g a o")
        .text("2")
        .keys("Enter Enter Enter")
        .text("NOPE-9")
        .keys("Enter");
    let screen = harness.screen();
    assert!(
        screen.contains("no item with SKU or barcode \"NOPE-9\""),
        "{screen}"
    );
    assert!(screen.contains("NOPE-9"), "the code typed stays: {screen}");
    // The code corrected: NOPE-9 → NW-001; a zero quantity is refused on the line.
    for _ in 0..6 {
        harness.keys("Backspace");
    }
    harness.text("NW-001").keys("Enter").text("0").keys("Enter");
    let screen = harness.screen();
    assert!(
        screen.contains("the quantity must be above zero"),
        "{screen}"
    );
    assert!(orders(&harness).is_empty());
    harness.keys("Backspace").text("3").keys("Enter C-x");
    let saved = orders(&harness);
    assert_eq!(saved.len(), 1);
    let line = &saved[0].lines[0].line;
    assert_eq!(
        (line.sku.as_str(), line.quantity),
        ("NW-001", Decimal::from(3))
    );
    assert_eq!(line.unit_price, Decimal::new(1800, 2));
    let screen = harness.screen();
    assert!(screen.contains("order AU-2026-00001 saved"), "{screen}");
    assert!(screen.contains("Sales order AU-2026-00001"), "{screen}");
}

#[test]
fn the_warehouse_enters_no_orders() {
    let mut harness = Harness::as_role(Role::Warehouse, color(), 80, 24);
    let detail = harness.keys("g c Enter").screen();
    assert!(detail.contains("Müller Maschinenbau"), "{detail}");
    let screen = harness.keys("o").screen();
    assert!(!screen.contains("New sales order"), "{screen}");
    let status = screen.lines().last().unwrap();
    assert!(
        status.contains("not permitted for role warehouse"),
        "{screen}"
    );
}

/// The ERP data, a 10 % rule of Alfreds (customer 2) on Chai (item 1) and a rule for the
/// tag `vip` he lacks; order AU-2026-00001 of Alfreds: Chai × 10 by the rule (16.20) and
/// Chang × 4 at a typed 19.00, reduced rate.
fn priced_order(harness: &mut Harness) {
    use kontor::core::kinds::PRICE_RULES;
    use kontor::core::plain::RecordCommand;
    use kontor::core::sales::SalesCommand;
    erp(&harness.store());
    for rule in [
        &[("item", "1"), ("customer", "2"), ("discount", "10")][..],
        &[("item", "1"), ("tag", "vip"), ("discount", "20")],
    ] {
        let input = super::harness::input(rule);
        harness.saved_by_ben(RecordCommand::add(PRICE_RULES, input));
    }
    let lines = ["NW-001:10", "NW-002:4:19.00::reduced"]
        .map(|spec| kontor::domain::sales::LineSpec::parse(spec, false).unwrap());
    harness.saved_by_ben(kontor::core::Command::Sales(SalesCommand::AddOrder {
        customer: "2".into(),
        lines: lines.to_vec(),
        today: time::macros::date!(2026 - 12 - 03),
        reference: String::new(),
        reference_date: None,
        requested: None,
        terms: Default::default(),
        promised: None,
        confirm: false,
    }));
}

#[test]
fn an_order_line_says_why_it_has_its_price_and_a_vat_group_opens_to_its_lines() {
    let (why, ascii) = both("order_price_why", |h| {
        priced_order(h);
        h.keys("g a Enter Enter");
    });
    // 18.00 less 10 % = 16.20, by rule 1; rule 2 wants the tag vip.
    assert!(
        why.contains("NW-001 Chai: 10 on 2026-12-03 at 16.20 EUR"),
        "{why}"
    );
    assert!(why.contains("set by price rule 1"), "{why}");
    assert!(why.contains("rule 1 for customer 2: applied"), "{why}");
    assert!(why.contains("rule 2 for tag vip:"), "{why}");
    assert!(ascii.contains("set by price rule 1"), "{ascii}");
    let mut typed = Harness::new(color(), 80, 24);
    priced_order(&mut typed);
    let screen = typed.keys("g a Enter Down Enter").screen();
    assert!(
        screen.contains("the list price 19.00 EUR stands"),
        "{screen}"
    );
    let (group, _) = both("order_vat_group", |h| {
        priced_order(h);
        h.keys("g a Enter v Down Enter");
    });
    // The reduced group holds line 2 alone: 4 × 19.00 = 76.00, 7 % of it 5.32.
    assert!(group.contains("Lines in reduced 7 %"), "{group}");
    assert!(
        group.contains("NW-002 Chang") && !group.contains("NW-001"),
        "{group}"
    );
    assert!(group.contains("76.00 EUR net, 5.32 EUR VAT"), "{group}");
}

#[test]
fn why_this_price_reads_german() {
    let (why, _) = in_german(|| {
        both("de_order_price_why", |h| {
            priced_order(h);
            h.keys("g a Enter Enter");
        })
    });
    assert!(why.contains("bestimmt von Preisregel 1"), "{why}");
    assert!(why.contains("Regel 1 für Kunde 2: angewandt"), "{why}");
}

#[test]
fn a_caller_and_a_customer_open_order_entry_on_themselves_and_esc_asks_before_losing_lines() {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    // The caller lookup by the last digits of Alfreds' number, Ctrl-N: a new order for him.
    harness.keys("F2").text("0074321").keys("C-n");
    let screen = harness.screen();
    assert!(
        screen.contains("New sales order") && screen.contains("Alfreds Futterkiste"),
        "{screen}"
    );
    harness
        .text("NW-001")
        .keys("Enter")
        .text("2")
        .keys("Enter Esc");
    let asked = harness.screen();
    assert!(asked.contains("Discard"), "{asked}");
    harness.keys("n");
    assert!(harness.screen().contains("NW-001 Chai"), "the line is kept");
    // From Müller's detail (customer 1): `o`.
    let mut detail = Harness::new(color(), 80, 24);
    erp(&detail.store());
    let screen = detail.keys("g c Enter o").screen();
    assert!(
        screen.contains("New sales order") && screen.contains("Müller Maschinenbau"),
        "{screen}"
    );
}

#[test]
fn an_order_over_the_credit_limit_is_saved_on_hold_and_says_so() {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    let mut edit = kontor::domain::fields::customer::CustomerEdit::default();
    edit.set.push("credit_limit", "100.00");
    harness.saved_by_ben(kontor::core::plain::RecordCommand::edit(
        kontor::core::kinds::CUSTOMERS,
        2,
        None,
        edit.input(),
    ));
    // 10 × 18.00 = 180.00 net, 214.20 gross: over the limit of 100.00.
    harness
        .keys("g a o")
        .text("2")
        .keys("Enter Enter Enter")
        .text("NW-001")
        .keys("Enter")
        .text("10")
        .keys("Enter C-x");
    let screen = harness.screen();
    assert!(
        screen.contains("order AU-2026-00001 saved and on hold: credit limit exceeded"),
        "{screen}"
    );
    assert!(orders(&harness)[0].hold.is_some());
}

/// A quote's line explains its price too: the same rules, for the quote's customer and date.
#[test]
fn a_quote_line_says_why_it_has_its_price() {
    use kontor::core::sales::SalesCommand;
    let mut harness = Harness::new(color(), 80, 24);
    priced_order(&mut harness);
    harness.saved_by_ben(kontor::core::Command::Sales(SalesCommand::AddQuote {
        customer: "2".into(),
        lines: vec![kontor::domain::sales::LineSpec::parse("NW-001:10", false).unwrap()],
        today: time::macros::date!(2026 - 12 - 03),
        valid_until: None,
        opportunity: None,
        terms: Default::default(),
    }));
    let why = harness.keys("g q Enter Enter").screen();
    assert!(why.contains("AN-2026-00001 line 1"), "{why}");
    assert!(
        why.contains("NW-001 Chai: 10 on 2026-12-03 at 16.20 EUR"),
        "{why}"
    );
    assert!(why.contains("rule 1 for customer 2: applied"), "{why}");
}

/// Ctrl-B saves and confirms in one write: the order opens confirmed, its lines reserved
/// and its confirmation issued.
#[test]
fn ctrl_b_saves_and_confirms_the_order() {
    let mut harness = Harness::new(color(), 80, 24);
    mid_entry(&mut harness);
    harness.keys("Enter C-b");
    let saved = orders(&harness);
    assert_eq!(saved.len(), 1);
    let order = &saved[0];
    assert_eq!(order.state, kontor::domain::sales::OrderState::Confirmed);
    assert_eq!(order.confirmations.len(), 1);
    let reserved: Decimal = order
        .lines
        .iter()
        .map(|l| l.reserved() + l.backordered())
        .sum();
    assert_eq!(reserved, Decimal::from(15));
    assert!(order.lines.iter().any(|l| l.reserved() > Decimal::ZERO));
    let screen = harness.screen();
    assert!(
        screen.contains("order AU-2026-00001 saved and confirmed"),
        "{screen}"
    );
}
