//! The actions on sales orders and quotes from their detail, driven by keys: confirming
//! an order shows what it reserved and what waits, delivering posts a delivery note,
//! cancelling the rest of a line asks quantity and reason and then yes/no, a held order
//! is refused its delivery with the core's message, a quote is sent, accepted and
//! converted (the order opens), the order list filters by state and customer, and roles
//! without the right neither see nor run the actions. The confirmed order's detail and the
//! cancel-rest form and question are snapshots in English and German, each in the
//! 256-colour and the mono/ASCII profile.
//!
//! Stock (Northwind): Chai (NW-001) 39, Chang (NW-002) 17.

use kontor::core::sales::SalesCommand;
use kontor::core::{Command, Role};
use kontor::domain::sales::SalesOrder;
use kontor::domain::sales::{DeliveryNote, DeliveryState, LineSpec, OrderState, Quote, QuoteState};
use rust_decimal::{Decimal, dec};
use time::macros::date;

use super::deliveries::order;
use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german};
use super::holds::credit_limit;

/// The ERP data and AU-2026-00001 of Alfreds (customer 2, takes backorders and partial
/// deliveries): 20 Chang (17 in stock) and 4 Chai.
fn alfreds_order(harness: &mut Harness) {
    erp(&harness.store());
    order(harness, "2", &["NW-002:20", "NW-001:4"]);
}

/// The order numbered `number` as stored.
fn stored(harness: &Harness, number: &str) -> SalesOrder {
    let orders = all::<SalesOrder>(harness);
    orders.into_iter().find(|o| o.number == number).unwrap()
}

/// Every record of a kind, as stored.
fn all<T: kontor::store::Record>(harness: &Harness) -> Vec<T> {
    let store = harness.store();
    store.scan::<T>().unwrap().map(Result::unwrap).collect()
}

/// Alfreds' order confirmed from its detail.
fn confirmed(harness: &mut Harness) {
    alfreds_order(harness);
    harness.keys("g a Enter b");
}

/// Alfreds' order confirmed from its detail, the message read (a key clears it): the
/// legend shows again.
fn confirmed_legend(harness: &mut Harness) {
    confirmed(harness);
    harness.keys("Up");
}

#[test]
fn confirming_from_the_detail_shows_what_was_reserved_and_what_waits() {
    let mut harness = Harness::new(color(), 80, 24);
    alfreds_order(&mut harness);
    let open = harness.keys("g a Enter").screen();
    assert!(
        open.contains("b Confirm") && !open.contains("s Deliver"),
        "{open}"
    );
    let message = harness.keys("b").screen();
    // Chang: 17 of 20 reserved, 3 wait; Chai: 4 of 4. Together 21 reserved, 3 backordered.
    assert!(
        message.contains("AU-2026-00001 confirmed: 21 reserved, 3 backordered"),
        "{message}"
    );
    let (screen, ascii) = both("order_actions_confirmed", confirmed_legend);
    assert!(
        screen.contains("Ordered 20 · reserved 17 · backordered 3 · delivered 0 · cancelled 0"),
        "{screen}"
    );
    assert!(screen.contains("confirmed"), "{screen}");
    // The confirmed order's legend: deliver and pick list first.
    assert!(
        screen.contains("s Deliver") && screen.contains("P Pick list"),
        "{screen}"
    );
    assert!(ascii.contains("reserved 17"), "{ascii}");
    let mut harness = Harness::new(color(), 80, 24);
    confirmed(&mut harness);
    let order = stored(&harness, "AU-2026-00001");
    assert_eq!(order.state, OrderState::Confirmed);
    assert_eq!(
        (order.lines[0].reserved(), order.lines[1].reserved()),
        (dec!(17), dec!(4))
    );
    assert_eq!(order.confirmations.len(), 1);
    // The second line's quantities after moving down.
    let second = harness.keys("Down").screen();
    assert!(
        second.contains("Ordered 4 · reserved 4 · backordered 0"),
        "{second}"
    );
}

#[test]
fn the_order_actions_read_german() {
    let message = in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        confirmed(&mut harness);
        harness.screen()
    });
    assert!(
        message.contains("AU-2026-00001 bestätigt: 21 reserviert, 3 im Rückstand"),
        "{message}"
    );
    let (screen, _) = in_german(|| both("de_order_actions_confirmed", confirmed_legend));
    assert!(
        screen.contains("Bestellt 20 · reserviert 17 · Rückstand 3"),
        "{screen}"
    );
    assert!(screen.contains("s Liefern"), "{screen}");
    let (question, _) = in_german(|| {
        both("de_order_cancel_rest_question", |h| {
            confirmed(h);
            h.keys("-").text("Lieferant liefert nicht").keys("C-x");
        })
    });
    assert!(
        question.contains("20 von Position 1 in AU-2026-00001 stornieren? (j/n)"),
        "{question}"
    );
}

#[test]
fn delivering_posts_a_delivery_note_and_the_line_shows_it_delivered() {
    let mut harness = Harness::new(color(), 80, 24);
    confirmed(&mut harness);
    let asked = harness.keys("s").screen();
    assert!(
        asked.contains("Deliver everything reserved of AU-2026-00001 now? (y/n)"),
        "{asked}"
    );
    // No: nothing delivered.
    harness.keys("n");
    assert_eq!(
        stored(&harness, "AU-2026-00001").lines[0].delivered,
        dec!(0)
    );
    let screen = harness.keys("s y").screen();
    assert!(
        screen.contains("LS-2026-00001 posted: AU-2026-00001 delivered as reserved"),
        "{screen}"
    );
    assert!(
        screen.contains("Ordered 20 · reserved 0 · backordered 3 · delivered 17 · cancelled 0"),
        "{screen}"
    );
    let order = stored(&harness, "AU-2026-00001");
    assert_eq!(
        (order.lines[0].delivered, order.lines[1].delivered),
        (dec!(17), dec!(4))
    );
    let notes: Vec<DeliveryNote> = all(&harness);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].number, "LS-2026-00001");
    assert_eq!(notes[0].state, DeliveryState::Posted);
    assert_eq!(
        notes[0].per_line(),
        vec![(1, dec!(17)), (2, dec!(4))],
        "{notes:?}"
    );
}

#[test]
fn the_pick_list_is_written_without_posting() {
    let mut harness = Harness::new(color(), 80, 24);
    confirmed(&mut harness);
    let screen = harness.keys("P").screen();
    assert!(
        screen.contains("Pick list LS-2026-00001 written for AU-2026-00001"),
        "{screen}"
    );
    let notes: Vec<DeliveryNote> = all(&harness);
    assert_eq!(notes[0].state, DeliveryState::Draft);
    assert_eq!(
        stored(&harness, "AU-2026-00001").lines[0].delivered,
        dec!(0)
    );
}

#[test]
fn cancelling_the_rest_of_a_line_asks_quantity_reason_and_yes() {
    let (form, _) = both("order_cancel_rest_form", |h| {
        confirmed(h);
        h.keys("-");
    });
    assert!(
        form.contains("Cancel the rest of line 1 of AU-2026-00001"),
        "{form}"
    );
    // The quantity defaults to the open rest: 20 ordered, nothing delivered.
    assert!(form.contains("Quantity *       20"), "{form}");
    let (question, _) = both("order_cancel_rest_question", |h| {
        confirmed(h);
        h.keys("-").keys("S-Tab");
        h.keys("Backspace Backspace").text("3").keys("Tab");
        h.text("discontinued by the brewery").keys("C-x");
    });
    assert!(
        question.contains("Cancel 3 of line 1 of AU-2026-00001? (y/n)"),
        "{question}"
    );

    let mut harness = Harness::new(color(), 80, 24);
    confirmed(&mut harness);
    // Without a reason: refused in the form, nothing asked, nothing cancelled.
    let refused = harness.keys("- C-x").screen();
    assert!(!refused.contains("(y/n)"), "{refused}");
    assert_eq!(
        stored(&harness, "AU-2026-00001").lines[0].cancelled,
        dec!(0)
    );
    harness
        .keys("S-Tab Backspace Backspace")
        .text("3")
        .keys("Tab");
    harness.text("discontinued by the brewery").keys("C-x");
    // No keeps the form and cancels nothing; yes cancels.
    harness.keys("n");
    assert_eq!(
        stored(&harness, "AU-2026-00001").lines[0].cancelled,
        dec!(0)
    );
    let screen = harness.keys("C-x y").screen();
    assert!(
        screen.contains("3 of line 1 of AU-2026-00001 cancelled"),
        "{screen}"
    );
    assert!(
        screen.contains("Ordered 20 · reserved 17 · backordered 0 · delivered 0 · cancelled 3"),
        "{screen}"
    );
    assert!(
        screen.contains("Cancelled: discontinued by the brewery"),
        "{screen}"
    );
    let line = &stored(&harness, "AU-2026-00001").lines[0];
    assert_eq!((line.cancelled, line.reserved()), (dec!(3), dec!(17)));
    assert_eq!(line.cancel_reason, "discontinued by the brewery");
    // More than is left: the core's refusal under the quantity.
    harness
        .keys("-")
        .keys("S-Tab Backspace Backspace")
        .text("18")
        .keys("Tab");
    let too_much = harness.text("again").keys("C-x y").screen();
    assert!(
        too_much.contains("line 1: 18 cannot be cancelled, 17 is left of it"),
        "{too_much}"
    );
    assert_eq!(
        stored(&harness, "AU-2026-00001").lines[0].cancelled,
        dec!(3)
    );
}

#[test]
fn cancelling_the_whole_order_asks_a_reason_then_yes_and_releases_the_stock() {
    let mut harness = Harness::new(color(), 80, 24);
    confirmed(&mut harness);
    let asked = harness
        .keys("X")
        .text("customer withdrew")
        .keys("C-x")
        .screen();
    assert!(
        asked.contains("Cancel the whole order AU-2026-00001? (y/n)"),
        "{asked}"
    );
    let screen = harness.keys("y").screen();
    assert!(screen.contains("AU-2026-00001 cancelled"), "{screen}");
    let order = stored(&harness, "AU-2026-00001");
    assert_eq!(order.state, OrderState::Cancelled);
    assert_eq!(order.cancel_reason, "customer withdrew");
    assert!(
        order
            .lines
            .iter()
            .all(|line| line.reserved() == Decimal::ZERO)
    );
}

#[test]
fn a_line_gets_its_promised_date() {
    let mut harness = Harness::new(color(), 80, 24);
    confirmed(&mut harness);
    let screen = harness
        .keys("Down t")
        .text("2026-12-20")
        .keys("C-x")
        .screen();
    assert!(
        screen.contains("Line 2 of AU-2026-00001 promised for 2026-12-20"),
        "{screen}"
    );
    assert!(screen.contains("promised 2026-12-20"), "{screen}");
    let order = stored(&harness, "AU-2026-00001");
    assert_eq!(order.lines[1].promised, Some(date!(2026 - 12 - 20)));
    assert_eq!(order.lines[0].promised, None);
    // A bad date stays in the form with its problem.
    let bad = harness.keys("t").text("x").keys("C-x").screen();
    assert!(bad.contains("Promised date of line 2"), "{bad}");
}

#[test]
fn a_held_order_is_confirmed_on_hold_and_refused_its_delivery() {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    credit_limit(&harness, 2, "100.00");
    // 10 Chai at 18.00 = 180.00 net, 214.20 gross: over the limit of 100.00.
    order(&harness, "2", &["NW-001:10"]);
    let screen = harness.keys("g a Enter b").screen();
    assert!(
        screen.contains("AU-2026-00001 confirmed, but on hold: credit limit exceeded"),
        "{screen}"
    );
    let refused = harness.keys("s y").screen();
    assert!(
        refused.contains("order AU-2026-00001 is on hold"),
        "{refused}"
    );
    assert!(all::<DeliveryNote>(&harness).is_empty());
    assert_eq!(
        stored(&harness, "AU-2026-00001").lines[0].delivered,
        dec!(0)
    );
}

#[test]
fn a_quote_is_sent_accepted_and_converted_and_the_order_opens() {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    harness.saved_by_ben(Command::Sales(SalesCommand::AddQuote {
        customer: "2".into(),
        lines: vec![LineSpec::parse("NW-001:5", false).unwrap()],
        today: date!(2026 - 12 - 01),
        valid_until: Some(date!(2026 - 12 - 31)),
        opportunity: None,
        terms: Default::default(),
    }));
    let draft = harness.keys("g q Enter").screen();
    assert!(
        draft.contains("S Send") && !draft.contains("a Accept"),
        "{draft}"
    );
    // Accepting or converting a draft: the core's refusal, nothing changed.
    let refused = harness.keys("a").screen();
    assert!(
        refused.contains("quote AN-2026-00001 is draft; it cannot become accepted"),
        "{refused}"
    );
    let refused = harness.keys("O").screen();
    assert!(refused.contains("AN-2026-00001"), "{refused}");
    assert!(!refused.contains("Sales order AU-"), "{refused}");
    assert!(all::<SalesOrder>(&harness).is_empty());
    let sent = harness.keys("S").screen();
    assert!(sent.contains("AN-2026-00001 sent"), "{sent}");
    let legend = harness.keys("Up").screen();
    assert!(
        legend.contains("a Accept") && legend.contains("D Decline"),
        "{legend}"
    );
    let accepted = harness.keys("a").screen();
    assert!(accepted.contains("AN-2026-00001 accepted"), "{accepted}");
    let legend = harness.keys("Up").screen();
    assert!(legend.contains("O To order"), "{legend}");
    let screen = harness.keys("O").screen();
    assert!(
        screen.contains("AN-2026-00001 converted into AU-2026-00001"),
        "{screen}"
    );
    assert!(screen.contains("Sales order AU-2026-00001"), "{screen}");
    assert!(harness.keys("Up").screen().contains("b Confirm"));
    let quote = &all::<Quote>(&harness)[0];
    assert_eq!(quote.state, QuoteState::Accepted);
    assert_eq!(quote.order_number, "AU-2026-00001");
    assert_eq!(
        stored(&harness, "AU-2026-00001").lines[0].line.quantity,
        dec!(5)
    );
}

#[test]
fn declining_a_quote_asks_first_and_the_list_finds_it_declined() {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    harness.saved_by_ben(Command::Sales(SalesCommand::AddQuote {
        customer: "2".into(),
        lines: vec![LineSpec::parse("NW-001:5", false).unwrap()],
        today: date!(2026 - 12 - 01),
        valid_until: None,
        opportunity: None,
        terms: Default::default(),
    }));
    let asked = harness.keys("g q Enter S D").screen();
    assert!(asked.contains("Decline AN-2026-00001? (y/n)"), "{asked}");
    let screen = harness.keys("y").screen();
    assert!(screen.contains("AN-2026-00001 declined"), "{screen}");
    let quote = &all::<Quote>(&harness)[0];
    assert_eq!(quote.state, QuoteState::Declined);
    // The quote list by state: not among the drafts, among the declined.
    let drafts = harness.keys("Esc v").screen();
    assert!(drafts.contains("0 of 1 · state draft"), "{drafts}");
    assert!(!drafts.contains("AN-2026-00001"), "{drafts}");
    let declined = harness.keys("v v v").screen();
    assert!(declined.contains("1 of 1 · state declined"), "{declined}");
    assert!(declined.contains("AN-2026-00001"), "{declined}");
}

#[test]
fn roles_without_the_right_neither_see_nor_run_the_actions() {
    // The warehouse reads no orders at all; the palette offers none of the actions.
    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    alfreds_order(&mut warehouse);
    let screen = warehouse.keys("g a").screen();
    assert!(
        screen.contains("not permitted for role warehouse"),
        "{screen}"
    );
    let offered = warehouse.keys("C-p").text("confirm-order").screen();
    assert!(!offered.contains("Confirm the order"), "{offered}");
    warehouse.keys("Esc");
    assert_eq!(stored(&warehouse, "AU-2026-00001").state, OrderState::Open);
    // An agent reads the order but may not confirm or cancel: no such legend entries,
    // the key refused, nothing changed.
    let mut agent = Harness::as_role(Role::Agent, color(), 80, 24);
    alfreds_order(&mut agent);
    let detail = agent.keys("g a Enter").screen();
    assert!(detail.contains("Sales order AU-2026-00001"), "{detail}");
    assert!(
        !detail.contains("b Confirm") && !detail.contains("X Cancel"),
        "{detail}"
    );
    let refused = agent.keys("b").screen();
    assert!(
        refused.contains("not permitted for role agent"),
        "{refused}"
    );
    assert_eq!(stored(&agent, "AU-2026-00001").state, OrderState::Open);
    let help = agent.keys("?").screen();
    assert!(!help.contains("confirm-order"), "{help}");
}

#[test]
fn the_order_list_filters_by_state_and_customer() {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    order(&harness, "2", &["NW-001:1"]);
    order(&harness, "1", &["NW-001:2"]);
    order(&harness, "2", &["NW-001:3"]);
    order(&harness, "1", &["NW-002:1"]);
    for number in ["AU-2026-00002", "AU-2026-00004"] {
        harness.saved_by_ben(Command::Sales(SalesCommand::ConfirmOrder {
            order: number.into(),
        }));
    }
    harness.saved_by_ben(Command::Sales(SalesCommand::CancelOrder {
        order: "AU-2026-00003".into(),
        reason: "duplicate".into(),
    }));
    harness.saved_by_ben(Command::Deliver(
        kontor::core::delivery::DeliveryCommand::Deliver {
            order: "AU-2026-00004".into(),
            lines: Vec::new(),
            today: date!(2026 - 12 - 05),
        },
    ));
    let all = harness.keys("g a").screen();
    for number in 1..=4 {
        assert!(all.contains(&format!("AU-2026-0000{number}")), "{all}");
    }
    assert!(all.contains("v State: all"), "{all}");
    let shown = |screen: &str| -> Vec<u32> {
        (1..=4)
            .filter(|n| screen.contains(&format!("AU-2026-0000{n} ")))
            .collect()
    };
    let open = harness.keys("v").screen();
    assert_eq!(shown(&open), [1], "{open}");
    assert!(open.contains("1 of 4 · state open"), "{open}");
    let confirmed = harness.keys("v").screen();
    assert_eq!(shown(&confirmed), [2], "{confirmed}");
    let delivered = harness.keys("v").screen();
    assert_eq!(shown(&delivered), [4], "{delivered}");
    let cancelled = harness.keys("v").screen();
    assert_eq!(shown(&cancelled), [3], "{cancelled}");
    let held = harness.keys("v").screen();
    assert_eq!(shown(&held), Vec::<u32>::new(), "{held}");
    let back = harness.keys("v").screen();
    assert_eq!(shown(&back), [1, 2, 3, 4], "{back}");
    // By customer: Alfreds' orders are the first and the third.
    let alfreds = harness.keys("/").text("alfr").keys("Enter").screen();
    assert_eq!(shown(&alfreds), [1, 3], "{alfreds}");
    // Both filters at once; Enter opens the one shown.
    let both_filters = harness.keys("v").screen();
    assert_eq!(shown(&both_filters), [1], "{both_filters}");
    let opened = harness.keys("Enter").screen();
    assert!(opened.contains("Sales order AU-2026-00001"), "{opened}");
}
