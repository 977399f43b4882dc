//! Purchasing in the TUI, driven by keys over the ERP data and supplier L-1 (Exotic
//! Liquids) with the preferred offer of Chai (NW-001): 4.40, from 50 on 3.90. A new
//! purchase order typed as fast lines takes the offer's break for a line without a price
//! and keeps a typed one; sent from the detail; a line received in part (on hand grows by
//! as much) and beyond the over-receipt tolerance (refused under the quantity, naming its
//! figures, nothing posted); the rest of a line short-closed with a reason after yes/no; a
//! draft cancelled; the list filtered by state; purchasing sees no receiving, the
//! warehouse only receiving. The detail after a receipt is a snapshot in German, in both
//! profiles, at 80×24.

use kontor::core::kinds::{SUPPLIER_ITEMS, SUPPLIERS};
use kontor::core::plain::{RecordCommand, RecordOp};
use kontor::core::purchase::{LineSpec, PurchaseCommand};
use kontor::core::stock_query::{find_item, on_hand_by_item};
use kontor::core::{Actor, Command, Role};
use kontor::domain::Supplier;
use kontor::domain::outbox::OutboxMail;
use kontor::domain::purchase::{PurchaseOrder, PurchaseState};
use rust_decimal::{Decimal, dec};

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german, input};

/// The ERP data, supplier L-1 and its preferred offer of Chai.
fn purchasing(harness: &Harness) {
    supplied(harness, None);
}

/// `purchasing`, the supplier with `email` when one is given.
fn supplied(harness: &Harness, email: Option<&str>) {
    erp(&harness.store());
    let mut supplier = input(&[("name", "Exotic Liquids"), ("number", "L-1")]);
    if let Some(email) = email {
        supplier.push("email", email);
    }
    harness.saved_by_ben(Command::Record(RecordCommand {
        kind: SUPPLIERS,
        op: RecordOp::Add { input: supplier },
    }));
    let store = harness.store();
    let chai = find_item(&store, &Actor::local("root"), "NW-001")
        .unwrap()
        .unwrap();
    let mut suppliers = store.scan::<Supplier>().unwrap().map(Result::unwrap);
    let supplier = suppliers.find(|s| s.number == "L-1").unwrap();
    let (chai, supplier) = (chai.id.to_string(), supplier.id.to_string());
    let pairs = [("item", chai.as_str()), ("supplier", supplier.as_str())];
    let mut offer = input(&pairs);
    offer.push("preferred", "yes");
    offer.push("price", "4.40");
    offer.push("price", "50:3.90");
    harness.saved_by_ben(Command::Record(RecordCommand {
        kind: SUPPLIER_ITEMS,
        op: RecordOp::Add { input: offer },
    }));
}

/// BE-2026-00001 to L-1, a draft: 50 Chai at the offer's price, 10 Chang at 7.25.
fn draft(harness: &Harness) {
    let line = |code: &str, quantity, unit_price| LineSpec {
        code: code.into(),
        quantity,
        unit_price,
        requested: None,
    };
    harness.saved_by_ben(Command::Purchase(PurchaseCommand::Add {
        supplier: "L-1".into(),
        lines: vec![
            line("NW-001", dec!(50), None),
            line("NW-002", dec!(10), Some(dec!(7.25))),
        ],
        requested: None,
        notes: String::new(),
        today: crate::common::now().date(),
    }));
}

/// The draft, sent.
fn sent(harness: &Harness) {
    draft(harness);
    harness.saved_by_ben(Command::Purchase(PurchaseCommand::Send {
        order: "BE-2026-00001".into(),
    }));
}

fn stored(harness: &Harness) -> PurchaseOrder {
    let store = harness.store();
    let mut orders = store.scan::<PurchaseOrder>().unwrap().map(Result::unwrap);
    orders.find(|o| o.number == "BE-2026-00001").unwrap()
}

/// On hand of `sku` over every location.
fn on_hand(harness: &Harness, sku: &str) -> Decimal {
    let (store, actor) = (harness.store(), Actor::local("root"));
    let item = find_item(&store, &actor, sku).unwrap().unwrap();
    let all = on_hand_by_item(&store, &actor).unwrap();
    all.get(&item.id).copied().unwrap_or_default()
}

fn harness(role: Role) -> Harness {
    let harness = Harness::as_role(role, color(), 80, 24);
    purchasing(&harness);
    harness
}

#[test]
fn a_new_order_typed_as_fast_lines_takes_the_offers_break_and_a_typed_price() {
    let mut harness = harness(Role::Admin);
    let list = harness.keys("g B").screen();
    assert!(
        list.contains("Purchase orders") && list.contains("N New order"),
        "{list}"
    );
    let form = harness.keys("N").screen();
    assert!(form.contains("New purchase order"), "{form}");
    // Supplier, Enter past the requested date and the note; the fast lines in the item
    // field.
    harness
        .text("L-1")
        .keys("Enter Enter Enter")
        .text("NW-001:50, NW-002:10:7.25");
    let saved = harness.keys("C-x").screen();
    // 50 × 3.90 (the break from 50) + 10 × 7.25 = 195.00 + 72.50 = 267.50.
    assert!(
        saved.contains("Purchase order BE-2026-00001") && saved.contains("267.50"),
        "{saved}"
    );
    assert!(
        saved.contains("Exotic Liquids") && saved.contains("draft"),
        "{saved}"
    );
    let order = stored(&harness);
    assert_eq!(order.state(), PurchaseState::Draft);
    let prices: Vec<_> = order
        .lines
        .iter()
        .map(|l| (l.sku.as_str(), l.quantity, l.unit_price))
        .collect();
    assert_eq!(
        prices,
        [
            ("NW-001", dec!(50), dec!(3.90)),
            ("NW-002", dec!(10), dec!(7.25))
        ]
    );
    assert_eq!(order.total(), dec!(50) * dec!(3.90) + dec!(10) * dec!(7.25));
}

#[test]
fn a_line_the_entry_cannot_read_is_refused_and_nothing_is_saved() {
    let mut harness = harness(Role::Admin);
    harness
        .keys("g B N")
        .text("L-1")
        .keys("Enter Enter Enter")
        .text("NW-001:zwei");
    let refused = harness.keys("C-x").screen();
    assert!(
        refused.contains("\"NW-001:zwei\" is not SKU:QTY"),
        "{refused}"
    );
    // An unknown item is refused on the item field, the typed code kept.
    harness.keys("C-u").text("NOPE-1");
    let unknown = harness.keys("Enter").screen();
    assert!(
        unknown.contains("no item with SKU or barcode \"NOPE-1\""),
        "{unknown}"
    );
    let store = harness.store();
    assert_eq!(store.scan::<PurchaseOrder>().unwrap().count(), 0);
}

/// Types the lines of the grid: Chai by its SKU, 60, the price left to the offer's break,
/// the date to the default; Chang with 10 at 7.25 for 2026-12-24.
fn grid_lines(harness: &mut Harness) {
    harness.keys("g B N").text("L-1").keys("Enter Enter Enter");
    harness.text("NW-001").keys("Enter").text("60");
    harness.keys("Enter Enter Enter");
    harness
        .text("NW-002")
        .keys("Enter")
        .text("10")
        .keys("Enter");
    harness.text("7.25").keys("Enter").text("2026-12-24");
}

#[test]
fn the_grid_takes_a_line_per_field_with_the_offers_break_as_the_default_price() {
    let mut harness = harness(Role::Admin);
    harness
        .keys("g B N")
        .text("L-1")
        .keys("Enter Enter Enter")
        .text("NW-001")
        .keys("Enter")
        .text("60");
    // 60 from the break at 50: 3.90 shown before it is taken; 60 × 3.90 = 234.00.
    let typing = harness.screen();
    assert!(typing.contains("Exotic Liquids"), "{typing}");
    assert!(
        typing.contains("3.90") && typing.contains("234.00"),
        "{typing}"
    );
    harness.keys("Enter Enter Enter");
    harness
        .text("NW-002")
        .keys("Enter")
        .text("10")
        .keys("Enter");
    harness.text("7.25").keys("Enter").text("2026-12-24");
    // 234.00 + 10 × 7.25 = 306.50, the line being typed counted.
    let both_lines = harness.screen();
    assert!(both_lines.contains("Total net 306.50 EUR"), "{both_lines}");
    let saved = harness.keys("C-x").screen();
    assert!(
        saved.contains("Purchase order BE-2026-00001") && saved.contains("306.50"),
        "{saved}"
    );
    let order = stored(&harness);
    let lines: Vec<_> = (order.lines.iter())
        .map(|l| (l.sku.as_str(), l.quantity, l.unit_price))
        .collect();
    assert_eq!(
        lines,
        [
            ("NW-001", dec!(60), dec!(3.90)),
            ("NW-002", dec!(10), dec!(7.25))
        ]
    );
    assert_eq!(
        order.lines[1].requested,
        time::macros::date!(2026 - 12 - 24)
    );
    assert_eq!(order.total(), dec!(306.50));
}

#[test]
fn a_grid_line_is_edited_and_deleted_before_saving() {
    let mut harness = harness(Role::Admin);
    grid_lines(&mut harness);
    harness.keys("Enter");
    // The first line selected and edited: 60 becomes 20 (below the break: 4.40).
    harness
        .keys("Up Up C-e C-u")
        .text("20")
        .keys("Enter Enter Enter");
    // The second deleted.
    harness.keys("Up C-d");
    let screen = harness.screen();
    // 20 × 4.40 = 88.00.
    assert!(screen.contains("Total net 88.00 EUR"), "{screen}");
    harness.keys("C-x");
    let order = stored(&harness);
    assert_eq!(order.lines.len(), 1);
    assert_eq!(
        (order.lines[0].quantity, order.lines[0].unit_price),
        (dec!(20), dec!(4.40))
    );
}

#[test]
fn the_grid_reads_german() {
    let typed = |h: &mut Harness| {
        purchasing(h);
        grid_lines(h);
    };
    let (screen, ascii) = in_german(|| both("de_purchase_entry", typed));
    assert!(screen.contains("Neue Bestellung"), "{screen}");
    assert!(
        screen.contains("Lieferant") && screen.contains("Termin"),
        "{screen}"
    );
    // 60 × 3,90 + 10 × 7,25 = 306,50 — the line being typed counted.
    assert!(screen.contains("Summe netto 306,50 EUR"), "{screen}");
    assert!(ascii.contains("Exotic Liquids"), "{ascii}");
}

#[test]
fn a_draft_is_sent_from_the_detail() {
    let mut harness = harness(Role::Admin);
    draft(&harness);
    let detail = harness.keys("g B Enter").screen();
    assert!(
        detail.contains("Y Send") && !detail.contains("R Receive"),
        "{detail}"
    );
    let sent = harness.keys("Y").screen();
    // The supplier has no e-mail address: marked sent, nothing mailed.
    assert!(
        sent.contains("BE-2026-00001 sent (the supplier has no e-mail address"),
        "{sent}"
    );
    assert_eq!(stored(&harness).state(), PurchaseState::Sent);
    assert!(stored(&harness).sent.is_some());
}

#[test]
fn the_send_key_offers_the_mail_and_yes_queues_the_pdf_to_the_supplier() {
    let mut harness = Harness::as_role(Role::Admin, color(), 80, 24);
    supplied(&harness, Some("orders@exotic.uk"));
    harness.saved_by_ben(Command::SetSetting {
        name: "mail_from".into(),
        value: "Kontor GmbH <info@kontor.example>".into(),
    });
    draft(&harness);
    let asked = harness.keys("g B Enter Y").screen();
    let words = asked.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Mail BE-2026-00001 with its PDF to orders@exotic.uk"),
        "{asked}"
    );
    // No: it stays a draft, nothing queued.
    harness.keys("n");
    assert_eq!(stored(&harness).state(), PurchaseState::Draft);
    let mails = |harness: &Harness| {
        let store = harness.store();
        let all = store.scan::<OutboxMail>().unwrap().map(Result::unwrap);
        all.collect::<Vec<_>>()
    };
    assert!(mails(&harness).is_empty());
    let done = harness.keys("Y y").screen();
    assert!(
        done.contains("BE-2026-00001 sent: its PDF is in the outbox"),
        "{done}"
    );
    assert_eq!(stored(&harness).state(), PurchaseState::Sent);
    let mails = mails(&harness);
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, ["orders@exotic.uk"]);
    assert_eq!(mails[0].attachments.len(), 1);
    assert_eq!(mails[0].attachments[0].name, "BE-2026-00001.pdf");
    assert!(mails[0].attachments[0].bytes.starts_with(b"%PDF"));
}

#[test]
fn receiving_a_line_in_part_books_stock_and_over_receipt_is_refused_with_its_figures() {
    let mut harness = harness(Role::Admin);
    sent(&harness);
    let before = on_hand(&harness, "NW-001");
    let form = harness.keys("g B Enter R").screen();
    assert!(form.contains("Receive line 1 of BE-2026-00001"), "{form}");
    // The open 50 is offered: 30 came.
    harness.keys("Backspace Backspace").text("30");
    let done = harness.keys("C-x").screen();
    assert!(
        done.contains("30 received on line 1 of BE-2026-00001, now partly received"),
        "{done}"
    );
    assert_eq!(on_hand(&harness, "NW-001") - before, dec!(30));
    assert!(done.contains("partly received"), "{done}");
    let order = stored(&harness);
    assert_eq!(
        (order.lines[0].received, order.lines[0].open()),
        (dec!(30), dec!(20))
    );
    // 25 more than the 20 open with no tolerance: refused, naming the figures.
    harness.keys("R Backspace Backspace").text("25");
    let refused = harness.keys("C-x").screen();
    let words = refused.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("50 ordered, 30 received so far"),
        "{refused}"
    );
    assert!(words.contains("tolerance of 0 %"), "{refused}");
    assert_eq!(stored(&harness).lines[0].received, dec!(30));
    assert_eq!(on_hand(&harness, "NW-001") - before, dec!(30));
}

#[test]
fn the_rest_of_a_line_is_short_closed_with_a_reason_after_yes() {
    let mut harness = harness(Role::Admin);
    sent(&harness);
    harness
        .keys("g B Enter Down L")
        .text("Lieferant liefert nicht mehr");
    let asked = harness.keys("C-x").screen();
    assert!(
        asked.contains("Short-close the open 10 of line 2 of BE-2026-00001?"),
        "{asked}"
    );
    let done = harness.keys("y").screen();
    assert!(
        done.contains("line 2 of BE-2026-00001 short-closed"),
        "{done}"
    );
    assert!(
        done.contains("closed: Lieferant liefert nicht mehr"),
        "{done}"
    );
    let order = stored(&harness);
    assert_eq!(
        (order.lines[1].short_closed, order.lines[1].open()),
        (dec!(10), dec!(0))
    );
    assert_eq!(order.lines[0].open(), dec!(50));
    assert_eq!(order.lines[1].close_reason, "Lieferant liefert nicht mehr");
}

#[test]
fn a_sent_order_is_cancelled_with_a_reason_and_the_list_filters_by_state() {
    let mut harness = harness(Role::Admin);
    // BE-2026-00001 sent, BE-2026-00002 a draft.
    sent(&harness);
    draft(&harness);
    harness
        .keys("g B Enter Z")
        .text("doppelt erfasst")
        .keys("C-x y");
    let order = stored(&harness);
    assert_eq!(order.cancelled.as_deref(), Some("doppelt erfasst"));
    assert_eq!(order.state(), PurchaseState::Closed);
    // All; draft: BE-2026-00002 (the second, left a draft); closed: the cancelled one.
    let all = harness.keys("Esc").screen();
    assert!(
        all.contains("BE-2026-00001") && all.contains("BE-2026-00002"),
        "{all}"
    );
    let drafts = harness.keys("v").screen();
    assert!(
        drafts.contains("1 of 2 · state draft") && !drafts.contains("BE-2026-00001"),
        "{drafts}"
    );
    let closed = harness.keys("v v v v").screen();
    assert!(
        closed.contains("1 of 2 · state closed")
            && closed.contains("BE-2026-00001")
            && !closed.contains("BE-2026-00002"),
        "{closed}"
    );
}

#[test]
fn purchasing_orders_and_the_warehouse_receives() {
    let mut buyer = harness(Role::Purchasing);
    sent(&buyer);
    let screen = buyer.keys("g B Enter").screen();
    assert!(
        screen.contains("L Close line") && !screen.contains("R Receive"),
        "{screen}"
    );
    buyer.keys("R");
    assert_eq!(stored(&buyer).lines[0].received, dec!(0));
    let mut warehouse = harness(Role::Warehouse);
    sent(&warehouse);
    let screen = warehouse.keys("g B Enter").screen();
    assert!(
        screen.contains("R Receive") && !screen.contains("L Close line"),
        "{screen}"
    );
    warehouse.keys("L");
    assert_eq!(stored(&warehouse).lines[1].short_closed, dec!(0));
    warehouse.keys("R C-x");
    assert_eq!(stored(&warehouse).lines[0].received, dec!(50));
}

#[test]
fn the_detail_reads_german() {
    let received = |h: &mut Harness| {
        purchasing(h);
        sent(h);
        h.keys("g B Enter R Backspace Backspace")
            .text("30")
            .keys("C-x Up");
    };
    let (screen, ascii) = in_german(|| both("de_purchase_detail", received));
    assert!(screen.contains("Bestellung BE-2026-00001"), "{screen}");
    assert!(
        screen.contains("Bestellt") && screen.contains("Geliefert") && screen.contains("Offen"),
        "{screen}"
    );
    assert!(screen.contains("teilweise geliefert"), "{screen}");
    assert!(ascii.contains("Exotic Liquids"), "{ascii}");
}
