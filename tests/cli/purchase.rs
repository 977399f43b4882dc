//! Purchase orders (Bestellungen) through the command line: a draft sent, received in
//! part, its rest short-closed — the stock moves from `supplier` with the line as
//! reference, on hand after each receipt, the open supply per line, the audit entries;
//! the over-receipt tolerance at its edge; gapless `BE-` numbers a refused add does not
//! take; the transitions refused where they make no sense; a receipt filling a sales
//! order's backorder; the warehouse receives but does not order, purchasing the reverse.

use std::path::Path;

use crate::common;

use common::{Scratch, fails, json, json_list, ok, text};
use kontor::core::purchase::{LineSpec, PurchaseCommand};
use kontor::core::{Actor, Command, Role, execute};
use kontor::store::Store;
use rust_decimal::{Decimal, dec};
use serde_json::Value;

use super::orders::decimal;

/// Supplier L-1 "Exotic Liquids"; CH-001 (cost 4.50, 7 days' lead time), BK-1 (cost 12).
fn buyer(db: &Path) {
    ok(
        db,
        &[
            "supplier",
            "add",
            "--name",
            "Exotic Liquids",
            "--number",
            "L-1",
        ],
    );
    ok(
        db,
        &[
            "item",
            "add",
            "--sku",
            "CH-001",
            "--name",
            "Chai",
            "--price",
            "10.00",
            "--cost",
            "4.50",
            "--lead-days",
            "7",
        ],
    );
    ok(
        db,
        &[
            "item", "add", "--sku", "BK-1", "--name", "Buch", "--price", "24.99", "--cost", "12.00",
        ],
    );
}

/// Adds `count` drafts to L-1, each with these `SKU:QTY…` lines.
fn add_orders(db: &Path, count: usize, lines: &[&str]) {
    for _ in 0..count {
        let mut args = vec!["purchase", "add", "--supplier", "L-1"];
        for line in lines {
            args.extend(["--line", line]);
        }
        ok(db, &args);
    }
}

fn on_hand(db: &Path, sku: &str) -> Decimal {
    decimal(&json(db, &["stock", "available", sku])["on_hand"])
}

/// (sku, open, requested, order, line) of every open supply line.
fn supply(db: &Path) -> Vec<(String, Decimal, String, String, i64)> {
    json_list(db, &["purchase", "supply"])
        .iter()
        .map(|row| {
            (
                text(row, "sku").to_string(),
                decimal(&row["open"]),
                text(row, "requested").to_string(),
                text(row, "order").to_string(),
                row["line"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn line(order: &Value, index: usize, field: &str) -> Decimal {
    decimal(&order["lines"][index][field])
}

#[test]
fn an_order_is_sent_received_in_part_and_its_rest_short_closed() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    buyer(&db);
    let added = json(
        &db,
        &[
            "purchase",
            "add",
            "--supplier",
            "L-1",
            "--line",
            "CH-001:10",
            "--line",
            "BK-1:3:11.95:2026-12-20",
        ],
    );
    assert_eq!(text(&added, "number"), "BE-2026-00001");
    assert_eq!(text(&added, "state"), "draft");
    assert_eq!(text(&added, "supplier"), "Exotic Liquids");
    // No price typed and no supplier item: the item's cost; no date: today (2026-12-05) plus 7 days' lead time.
    assert_eq!(line(&added, 0, "unit_price"), dec!(4.50));
    assert_eq!(text(&added["lines"][0], "requested"), "2026-12-12");
    assert_eq!(line(&added, 1, "unit_price"), dec!(11.95));
    assert_eq!(text(&added["lines"][1], "requested"), "2026-12-20");
    // 10 × 4.50 + 3 × 11.95 = 45.00 + 35.85
    assert_eq!(decimal(&added["total"]), dec!(80.85));
    assert_eq!(text(&added["lines"][0], "net"), "45.00");

    let draft = fails(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "1:4"],
        2,
    );
    assert!(draft.contains("draft") && draft.contains("send"), "{draft}");
    assert_eq!(on_hand(&db, "CH-001"), dec!(0));

    let sent = json(&db, &["purchase", "send", "BE-2026-00001"]);
    assert_eq!(text(&sent, "state"), "sent");
    assert_eq!(text(&sent, "sent_by"), "tester");
    let again = fails(&db, &["purchase", "send", "BE-2026-00001"], 2);
    assert!(again.contains("only a draft"), "{again}");

    let receipt = json(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "1:4"],
    );
    assert_eq!(text(&receipt, "state"), "partly_received");
    let moved = &receipt["moves"][0];
    assert_eq!(text(moved, "reference"), "BE-2026-00001/1");
    assert_eq!(text(moved, "to"), "WH1");
    assert_eq!(decimal(&moved["quantity"]), dec!(4));
    assert_eq!(on_hand(&db, "CH-001"), dec!(4));
    let ledger = json_list(&db, &["stock", "ledger", "CH-001"]);
    let last = ledger.last().unwrap();
    assert_eq!(text(last, "from"), "supplier");
    assert_eq!(text(last, "reference"), "BE-2026-00001/1");

    assert_eq!(
        supply(&db),
        vec![
            (
                "CH-001".into(),
                dec!(6),
                "2026-12-12".into(),
                "BE-2026-00001".into(),
                1
            ),
            (
                "BK-1".into(),
                dec!(3),
                "2026-12-20".into(),
                "BE-2026-00001".into(),
                2
            ),
        ]
    );

    let closed = json(
        &db,
        &[
            "purchase",
            "close",
            "BE-2026-00001",
            "--line",
            "1",
            "--reason",
            "Lieferant liefert nicht mehr",
        ],
    );
    assert_eq!(line(&closed, 0, "short_closed"), dec!(6));
    assert_eq!(line(&closed, 0, "open"), dec!(0));
    assert_eq!(text(&closed["lines"][0], "state"), "closed");
    assert_eq!(
        text(&closed["lines"][0], "reason"),
        "Lieferant liefert nicht mehr"
    );
    assert_eq!(text(&closed, "state"), "partly_received");
    let supplied: Vec<String> = supply(&db).into_iter().map(|line| line.0).collect();
    assert_eq!(supplied, vec!["BK-1".to_string()]);
    let closed_line = fails(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "1:1"],
        2,
    );
    assert!(closed_line.contains("line 1 is closed"), "{closed_line}");

    let rest = json(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "2:3"],
    );
    assert_eq!(text(&rest, "state"), "closed");
    assert_eq!(on_hand(&db, "BK-1"), dec!(3));
    assert!(supply(&db).is_empty());
    let done = fails(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "2:1"],
        2,
    );
    assert!(done.contains("nothing is expected"), "{done}");
    let shown = json(&db, &["purchase", "show", "BE-2026-00001"]);
    assert_eq!(line(&shown, 0, "received"), dec!(4));
    assert_eq!(line(&shown, 1, "received"), dec!(3));

    let commands: Vec<String> = json_list(&db, &["audit"])
        .iter()
        .map(|row| text(row, "command").to_string())
        .collect();
    for command in [
        "PurchaseOrders::Add",
        "PurchaseOrders::Send",
        "PurchaseOrders::Receive",
        "PurchaseOrders::Close",
    ] {
        assert!(
            commands.iter().any(|c| c == command),
            "{command}: {commands:?}"
        );
    }
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

/// A line typed without a price takes the preferred offer's break for its quantity when the
/// offer is the order's supplier's; another supplier's order takes the item's cost.
#[test]
fn a_line_without_a_price_takes_the_preferred_offers_break() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    buyer(&db);
    ok(
        &db,
        &[
            "supplier",
            "add",
            "--name",
            "Tokyo Traders",
            "--number",
            "L-2",
        ],
    );
    ok(
        &db,
        &[
            "supplier-item",
            "add",
            "--item",
            "CH-001",
            "--supplier",
            "L-1",
            "--price",
            "4.40",
            "--price",
            "50:3.90",
            "--preferred",
            "yes",
        ],
    );
    let added = json(
        &db,
        &[
            "purchase",
            "add",
            "--supplier",
            "L-1",
            "--line",
            "CH-001:49",
            "--line",
            "CH-001:50",
        ],
    );
    assert_eq!(line(&added, 0, "unit_price"), dec!(4.40));
    assert_eq!(line(&added, 1, "unit_price"), dec!(3.90));
    let other = json(
        &db,
        &[
            "purchase",
            "add",
            "--supplier",
            "L-2",
            "--line",
            "CH-001:50",
        ],
    );
    assert_eq!(line(&other, 0, "unit_price"), dec!(4.50));
}

#[test]
fn the_over_receipt_tolerance_admits_its_edge_and_refuses_above_it() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    buyer(&db);
    add_orders(&db, 2, &["CH-001:10"]);
    ok(&db, &["purchase", "send", "BE-2026-00001"]);
    ok(&db, &["purchase", "send", "BE-2026-00002"]);
    // Without the setting nothing beyond the ordered quantity is taken.
    let none = fails(
        &db,
        &["purchase", "receive", "BE-2026-00002", "--line", "1:10.5"],
        2,
    );
    assert!(none.contains("tolerance of 0 %"), "{none}");

    ok(&db, &["settings", "purchase_over_receipt_percent", "10"]);
    let above = fails(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "1:11.01"],
        2,
    );
    assert!(
        above.contains("10 ordered")
            && above.contains("11.01 more")
            && above.contains("tolerance of 10 %")
            && above.contains("at most 11 in all"),
        "{above}"
    );
    assert_eq!(on_hand(&db, "CH-001"), dec!(0));
    ok(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "1:6"],
    );
    // 6 received, 10 ordered, 10 %: 5 more is exactly 11.
    let edge = json(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "1:5"],
    );
    assert_eq!(text(&edge, "state"), "received");
    assert_eq!(on_hand(&db, "CH-001"), dec!(11));
    let shown = json(&db, &["purchase", "show", "BE-2026-00001"]);
    assert_eq!(line(&shown, 0, "received"), dec!(11));
    assert_eq!(line(&shown, 0, "open"), dec!(0));
    let bad = fails(
        &db,
        &["settings", "purchase_over_receipt_percent", "101"],
        2,
    );
    assert!(bad.contains("0 to 100"), "{bad}");
}

#[test]
fn numbers_are_gapless_and_a_refused_add_takes_none() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    buyer(&db);
    let unknown = fails(
        &db,
        &["purchase", "add", "--supplier", "L-1", "--line", "XX-9:1"],
        2,
    );
    assert!(unknown.contains("XX-9"), "{unknown}");
    let zero = fails(
        &db,
        &["purchase", "add", "--supplier", "L-1", "--line", "CH-001:0"],
        2,
    );
    assert!(zero.contains("above zero"), "{zero}");
    fails(
        &db,
        &["purchase", "add", "--supplier", "L-9", "--line", "CH-001:1"],
        2,
    );
    let form = fails(
        &db,
        &["purchase", "add", "--supplier", "L-1", "--line", "CH-001"],
        2,
    );
    assert!(form.contains("SKU:QTY"), "{form}");
    let numbers: Vec<String> = (0..3)
        .map(|_| {
            let added = json(
                &db,
                &["purchase", "add", "--supplier", "1", "--line", "BK-1:2"],
            );
            text(&added, "number").to_string()
        })
        .collect();
    assert_eq!(numbers, ["BE-2026-00001", "BE-2026-00002", "BE-2026-00003"]);
    let listed: Vec<String> = json_list(&db, &["purchase", "list", "--supplier", "L-1"])
        .iter()
        .map(|order| text(order, "number").to_string())
        .collect();
    assert_eq!(listed, numbers);
    // A supplier or an item a purchase order names is kept.
    fails(&db, &["supplier", "delete", "1"], 2);
    fails(&db, &["item", "delete", "BK-1"], 2);
}

#[test]
fn transitions_that_make_no_sense_are_refused() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    buyer(&db);
    add_orders(&db, 3, &["CH-001:5", "BK-1:2"]);
    // A draft is cancelled, not closed; cancelled, it is closed and supplies nothing.
    let close = fails(
        &db,
        &["purchase", "close", "BE-2026-00001", "--reason", "x"],
        2,
    );
    assert!(close.contains("cancel it"), "{close}");
    let cancelled = json(
        &db,
        &[
            "purchase",
            "cancel",
            "BE-2026-00001",
            "--reason",
            "falscher Lieferant",
        ],
    );
    assert_eq!(text(&cancelled, "state"), "closed");
    assert_eq!(text(&cancelled, "cancelled"), "falscher Lieferant");
    let send = fails(&db, &["purchase", "send", "BE-2026-00001"], 2);
    assert!(send.contains("closed"), "{send}");

    // Something received: no cancelling, closing the rest instead.
    ok(&db, &["purchase", "send", "BE-2026-00002"]);
    ok(
        &db,
        &["purchase", "receive", "BE-2026-00002", "--line", "2:2"],
    );
    let cancel = fails(
        &db,
        &["purchase", "cancel", "BE-2026-00002", "--reason", "zu spät"],
        2,
    );
    assert!(cancel.contains("close the rest"), "{cancel}");
    let no_line = fails(
        &db,
        &["purchase", "receive", "BE-2026-00002", "--line", "3:1"],
        2,
    );
    assert!(no_line.contains("no line 3"), "{no_line}");
    let nothing = fails(
        &db,
        &[
            "purchase",
            "close",
            "BE-2026-00002",
            "--line",
            "2",
            "--reason",
            "x",
        ],
        2,
    );
    assert!(nothing.contains("nothing open"), "{nothing}");
    let rest = json(
        &db,
        &[
            "purchase",
            "close",
            "BE-2026-00002",
            "--reason",
            "Rest entfällt",
        ],
    );
    assert_eq!(text(&rest, "state"), "closed");
    assert_eq!(line(&rest, 0, "short_closed"), dec!(5));
    assert_eq!(line(&rest, 1, "short_closed"), dec!(0));

    // A draft's lines are supply not yet promised; only the sent, still open order is
    // listed as open.
    let drafts: Vec<String> = json_list(&db, &["purchase", "supply"])
        .iter()
        .map(|row| format!("{} {}", text(row, "order"), text(row, "state")))
        .collect();
    assert_eq!(drafts, ["BE-2026-00003 draft", "BE-2026-00003 draft"]);
    ok(&db, &["purchase", "send", "BE-2026-00003"]);
    let open: Vec<String> = json_list(&db, &["purchase", "list", "--open"])
        .iter()
        .map(|order| text(order, "number").to_string())
        .collect();
    assert_eq!(open, ["BE-2026-00003"]);
    let orders: Vec<String> = supply(&db).into_iter().map(|line| line.3).collect();
    assert_eq!(orders, ["BE-2026-00003", "BE-2026-00003"]);
}

#[test]
fn a_receipt_fills_a_backordered_sales_order() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    buyer(&db);
    common::add_customer(&db, &["--name", "Müller GmbH", "--number", "K-1"]);
    let order = json(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:3",
            "--confirm",
        ],
    );
    let number = text(&order, "number").to_string();
    add_orders(&db, 1, &["CH-001:5"]);
    ok(&db, &["purchase", "send", "BE-2026-00001"]);
    let receipt = json(
        &db,
        &["purchase", "receive", "BE-2026-00001", "--line", "1:5"],
    );
    assert_eq!(receipt["filled"], serde_json::json!([number]));
    let available = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(decimal(&available["on_hand"]), dec!(5));
    assert_eq!(decimal(&available["reserved"]), dec!(3));
    assert_eq!(decimal(&available["available"]), dec!(2));
}

#[test]
fn the_warehouse_receives_but_does_not_order_purchasing_the_reverse() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    buyer(&db);
    let store = Store::open(&db).unwrap();
    let actor = |role| Actor {
        name: "anna".into(),
        role,
    };
    let add = |role| {
        let command = PurchaseCommand::Add {
            supplier: "L-1".into(),
            lines: vec![LineSpec {
                code: "CH-001".into(),
                quantity: dec!(4),
                unit_price: None,
                requested: None,
            }],
            requested: None,
            notes: String::new(),
            today: time::macros::date!(2026 - 12 - 05),
        };
        execute(
            &store,
            &common::clock(),
            &actor(role),
            Command::Purchase(command),
        )
    };
    let receive = |role| {
        let command = PurchaseCommand::Receive {
            order: "BE-2026-00001".into(),
            lines: vec![(1, dec!(1))],
            location: None,
        };
        execute(
            &store,
            &common::clock(),
            &actor(role),
            Command::Purchase(command),
        )
    };
    for role in [Role::Warehouse, Role::Sales, Role::Agent] {
        let refused = add(role).unwrap_err();
        assert!(refused.to_string().contains("not permitted"), "{role:?}");
    }
    add(Role::Purchasing).unwrap();
    let send = PurchaseCommand::Send {
        order: "BE-2026-00001".into(),
    };
    let warehouse_sends = execute(
        &store,
        &common::clock(),
        &actor(Role::Warehouse),
        Command::Purchase(send.clone()),
    );
    assert!(warehouse_sends.is_err());
    execute(
        &store,
        &common::clock(),
        &actor(Role::Purchasing),
        Command::Purchase(send),
    )
    .unwrap();
    for role in [Role::Purchasing, Role::Sales] {
        let refused = receive(role).unwrap_err();
        assert!(refused.to_string().contains("not permitted"), "{role:?}");
    }
    receive(Role::Warehouse).unwrap();
    let warehouse = actor(Role::Warehouse);
    let seen = kontor::core::purchase_query::order(&store, &warehouse, "BE-2026-00001").unwrap();
    assert_eq!(seen.order.lines[0].received, dec!(1));
    let sales = actor(Role::Sales);
    assert!(kontor::core::purchase_query::order(&store, &sales, "BE-2026-00001").is_err());
}
