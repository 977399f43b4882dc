//! Delivery notes through the command line: a pick list by location and bin, shown,
//! listed and posted; backorders filled by a receipt first come first served and then
//! delivered; an order that takes no backorders loses what cannot be reserved and its
//! undelivered rest, each with a reason; part of a line cancelled; the warehouse adds,
//! posts, shows and lists deliveries, and nothing of them shows a price.

use std::path::Path;

use crate::common;

use common::{Scratch, fails, json, json_list, ok, text};
use kontor::core::delivery::DeliveryCommand;
use kontor::core::delivery_query;
use kontor::core::{Actor, Command, Event, Role, execute};
use kontor::store::Store;
use rust_decimal::{Decimal, dec};

use super::orders::{decimal, shop};

/// (on_hand, reserved, available) of `stock available SKU`.
fn figures(db: &Path, sku: &str) -> (Decimal, Decimal, Decimal) {
    let found = json(db, &["stock", "available", sku]);
    (
        decimal(&found["on_hand"]),
        decimal(&found["reserved"]),
        decimal(&found["available"]),
    )
}

/// (cancelled, reserved, delivered, backordered) of line `line` (1-based) of `order`.
fn line_of(db: &Path, order: &str, line: usize) -> (Decimal, Decimal, Decimal, Decimal) {
    let shown = json(db, &["order", "show", order]);
    let line = &shown["lines"][line - 1];
    (
        decimal(&line["cancelled"]),
        decimal(&line["reserved"]),
        decimal(&line["delivered"]),
        decimal(&line["backordered"]),
    )
}

/// Asserts (cancelled, reserved, delivered, backordered) of line `line` of `order`.
#[track_caller]
fn expect_line(
    db: &Path,
    order: &str,
    line: usize,
    expected: (Decimal, Decimal, Decimal, Decimal),
) {
    assert_eq!(line_of(db, order, line), expected, "{order} line {line}");
}

fn cancel_reason(db: &Path, order: &str, line: usize) -> String {
    let shown = json(db, &["order", "show", order]);
    text(&shown["lines"][line - 1], "cancel_reason").to_string()
}

fn order(db: &Path, customer: &str, lines: &[&str], extra: &[&str]) {
    let mut args = vec!["order", "add", "--customer", customer];
    for line in lines {
        args.extend(["--line", line]);
    }
    args.extend(extra);
    ok(db, &args);
}

/// Shop with CH-001 at two bins (2 at WH1/A-01, 3 at WH1/A-02) and 2 BK-1 at WH1;
/// AU-2026-00001 of K-1 for 4 CH-001 and 2 BK-1, confirmed.
fn binned(db: &Path) {
    shop(db);
    ok(db, &["location", "add", "WH1/A-02", "--name", "Regal A2"]);
    ok(db, &["location", "add", "WH1/A-01", "--name", "Regal A1"]);
    ok(db, &["stock", "receive", "CH-001", "3", "--to", "WH1/A-02"]);
    ok(db, &["stock", "receive", "CH-001", "2", "--to", "WH1/A-01"]);
    ok(db, &["stock", "receive", "BK-1", "2"]);
    order(db, "K-1", &["CH-001:4", "BK-1:2"], &[]);
    ok(db, &["order", "confirm", "AU-2026-00001"]);
}

#[test]
fn a_pick_list_by_bin_is_shown_listed_and_posted() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    binned(&db);
    let added = json(&db, &["delivery", "add", "AU-2026-00001"]);
    assert_eq!(text(&added, "number"), "LS-2026-00001");
    assert_eq!(text(&added, "state"), "draft");
    assert_eq!(text(&added, "order"), "AU-2026-00001");
    assert_eq!(text(&added, "customer"), "Müller GmbH");
    let picks: Vec<(String, String, i64, String, Decimal)> = added["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                text(l, "location").to_string(),
                text(l, "bin").to_string(),
                l["line"].as_i64().unwrap(),
                text(l, "sku").to_string(),
                decimal(&l["quantity"]),
            )
        })
        .collect();
    // Walking order: WH1, then bin A-01, then A-02; CH-001's 4 were reserved where the
    // most is available first: 3 at A-02, then 1 at A-01, and are picked there.
    let expected = [
        ("WH1", "", 2, "BK-1", dec!(2)),
        ("WH1", "A-01", 1, "CH-001", dec!(1)),
        ("WH1", "A-02", 1, "CH-001", dec!(3)),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(l, b, n, s, q)| (l.to_string(), b.to_string(), *n, s.to_string(), *q))
        .collect();
    assert_eq!(picks, expected);
    // A pick list moves nothing and changes no order line.
    assert_eq!(figures(&db, "CH-001"), (dec!(5), dec!(4), dec!(1)));
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(0), dec!(4), dec!(0), dec!(0)),
    );
    // Everything reserved is on the pick list: another holds nothing and takes no number.
    let nothing = fails(&db, &["delivery", "add", "AU-2026-00001"], 2);
    assert!(nothing.contains("nothing reserved"), "{nothing}");
    let drafts = json_list(&db, &["delivery", "list", "--state", "draft"]);
    assert_eq!(drafts.len(), 1);
    assert_eq!(
        json_list(&db, &["delivery", "list", "--state", "posted"]).len(),
        0
    );
    assert_eq!(
        json_list(&db, &["delivery", "list", "--order", "AU-2026-00001"]).len(),
        1
    );
    fails(&db, &["delivery", "list", "--state", "gone"], 2);
    let with_lines = fails(
        &db,
        &["delivery", "post", "LS-2026-00001", "--line", "1:1"],
        2,
    );
    assert!(with_lines.contains("pick list"), "{with_lines}");

    let posted = json(&db, &["delivery", "post", "LS-2026-00001"]);
    assert_eq!(text(&posted, "number"), "LS-2026-00001");
    assert_eq!(text(&posted, "state"), "posted");
    assert_eq!(posted["delivered"], true);
    assert_eq!(posted["moves"].as_array().map(Vec::len), Some(3));
    assert_eq!(figures(&db, "CH-001"), (dec!(1), dec!(0), dec!(1)));
    let balances = json_list(&db, &["stock", "balance", "CH-001"]);
    let at = |location: &str| {
        balances
            .iter()
            .find(|b| text(b, "location") == location)
            .map(|b| decimal(&b["quantity"]))
            .unwrap_or_default()
    };
    assert_eq!((at("WH1/A-01"), at("WH1/A-02")), (dec!(1), dec!(0)));
    let ledger = json_list(&db, &["stock", "ledger", "BK-1"]);
    let last = ledger.last().unwrap();
    assert_eq!(text(last, "reference"), "LS-2026-00001 AU-2026-00001/2");
    let again = fails(&db, &["delivery", "post", "LS-2026-00001"], 2);
    assert!(again.contains("posted already"), "{again}");

    let shown = json(&db, &["delivery", "show", "LS-2026-00001"]);
    assert_eq!(text(&shown, "state"), "posted");
    assert!(!text(&shown, "posted").is_empty());
    assert!(!text(&shown, "posted_by").is_empty());
    let table = ok(&db, &["delivery", "show", "LS-2026-00001"]);
    let listed = ok(&db, &["delivery", "list"]);
    let german = common::run_binary(&db, &["--lang", "de", "delivery", "show", "LS-2026-00001"]);
    assert!(german.stdout.contains("FACH"), "{german:?}");
    assert!(german.stdout.contains("gebucht"), "{german:?}");
    for printed in [&table, &listed, &german.stdout] {
        for price in ["10.00", "24.99", "10,00", "24,99", "49.98", "40.00"] {
            assert!(!printed.contains(price), "no prices: {printed}");
        }
    }
    assert!(table.contains("A-02"), "{table}");
    fails(&db, &["delivery", "show", "LS-2026-00009"], 2);
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn a_receipt_fills_backorders_first_come_first_served_then_the_rest_is_delivered() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["stock", "receive", "CH-001", "3"]);
    order(&db, "K-1", &["CH-001:5"], &[]);
    order(&db, "K-2", &["CH-001:3"], &[]);
    ok(&db, &["order", "confirm", "AU-2026-00001"]);
    ok(&db, &["order", "confirm", "AU-2026-00002"]);
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(0), dec!(3), dec!(0), dec!(2)),
    );
    expect_line(
        &db,
        "AU-2026-00002",
        1,
        (dec!(0), dec!(0), dec!(0), dec!(3)),
    );
    ok(&db, &["delivery", "post", "AU-2026-00001", "--line", "1:2"]);
    // K-1 takes backorders: the rest waits.
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(0), dec!(1), dec!(2), dec!(2)),
    );
    ok(&db, &["stock", "receive", "CH-001", "4"]);
    // 4 received: AU-…-1 (first) takes its 2, AU-…-2 the other 2 of its 3.
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(0), dec!(3), dec!(2), dec!(0)),
    );
    expect_line(
        &db,
        "AU-2026-00002",
        1,
        (dec!(0), dec!(2), dec!(0), dec!(1)),
    );
    // On hand 3 − 2 + 4; reserved 3 + 2.
    assert_eq!(figures(&db, "CH-001"), (dec!(5), dec!(5), dec!(0)));
    let last = json(&db, &["delivery", "post", "AU-2026-00001"]);
    assert_eq!(text(&last, "number"), "LS-2026-00002");
    assert_eq!(last["delivered"], true);
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(0), dec!(0), dec!(5), dec!(0)),
    );
    assert_eq!(figures(&db, "CH-001"), (dec!(2), dec!(2), dec!(0)));
    let shown = json(&db, &["order", "show", "AU-2026-00001"]);
    assert_eq!(text(&shown, "state"), "delivered");
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn without_backorders_what_cannot_be_reserved_and_the_undelivered_rest_are_cancelled() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["customer", "edit", "2", "--backorders", "no"]);
    ok(&db, &["stock", "receive", "CH-001", "3"]);
    order(&db, "K-2", &["CH-001:5"], &[]);
    ok(&db, &["order", "confirm", "AU-2026-00001"]);
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(2), dec!(3), dec!(0), dec!(0)),
    );
    assert!(cancel_reason(&db, "AU-2026-00001", 1).contains("no backorders"));
    ok(&db, &["delivery", "post", "AU-2026-00001", "--line", "1:2"]);
    // The undelivered 1 is cancelled too and its reservation released.
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(3), dec!(0), dec!(2), dec!(0)),
    );
    let reason = cancel_reason(&db, "AU-2026-00001", 1);
    assert!(reason.contains("LS-2026-00001"), "{reason}");
    assert_eq!(figures(&db, "CH-001"), (dec!(1), dec!(0), dec!(1)));
    let shown = json(&db, &["order", "show", "AU-2026-00001"]);
    assert_eq!(text(&shown, "state"), "delivered");
    assert_eq!(shown["backorders"], serde_json::Value::Null);

    // The order's own term overrides the customer's, either way.
    order(&db, "K-2", &["CH-001:3"], &["--backorders", "yes"]);
    order(&db, "K-1", &["CH-001:3"], &["--backorders", "no"]);
    let overriding = json(&db, &["order", "show", "AU-2026-00002"]);
    assert_eq!(overriding["backorders"], true);
    ok(&db, &["order", "confirm", "AU-2026-00002"]);
    ok(&db, &["order", "confirm", "AU-2026-00003"]);
    expect_line(
        &db,
        "AU-2026-00002",
        1,
        (dec!(0), dec!(1), dec!(0), dec!(2)),
    );
    expect_line(
        &db,
        "AU-2026-00003",
        1,
        (dec!(3), dec!(0), dec!(0), dec!(0)),
    );
    fails(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:1",
            "--backorders",
            "maybe",
        ],
        2,
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn part_of_a_line_is_cancelled_from_the_unreserved_rest_first() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["stock", "receive", "CH-001", "6"]);
    order(&db, "K-1", &["CH-001:10", "BK-1:1"], &[]);
    ok(&db, &["order", "confirm", "AU-2026-00001"]);
    let cancel = |qty: &str| {
        common::run(
            &db,
            &[
                "order",
                "cancel",
                "AU-2026-00001",
                "--line",
                "1",
                "--qty",
                qty,
                "--reason",
                "Kunde will weniger",
            ],
        )
    };
    assert!(cancel("3").code == 0);
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(3), dec!(6), dec!(0), dec!(1)),
    );
    assert_eq!(cancel_reason(&db, "AU-2026-00001", 1), "Kunde will weniger");
    assert!(cancel("3").code == 0);
    // 1 unreserved, then 2 of the 6 reserved.
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(6), dec!(4), dec!(0), dec!(0)),
    );
    assert_eq!(figures(&db, "CH-001"), (dec!(6), dec!(4), dec!(2)));
    let too_much = cancel("5");
    assert_ne!(too_much.code, 0);
    assert!(too_much.stderr.contains("4 is left"), "{too_much:?}");
    fails(
        &db,
        &[
            "order",
            "cancel",
            "AU-2026-00001",
            "--line",
            "1",
            "--reason",
            "x",
        ],
        2,
    );
    let shown = json(&db, &["order", "show", "AU-2026-00001"]);
    assert_eq!(text(&shown, "state"), "confirmed");
    // The whole-order cancel still cancels everything left.
    ok(
        &db,
        &["order", "cancel", "AU-2026-00001", "--reason", "storniert"],
    );
    assert_eq!(figures(&db, "CH-001"), (dec!(6), dec!(0), dec!(6)));
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn the_warehouse_adds_posts_shows_and_lists_deliveries() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    binned(&db);
    let store = Store::open(&db).unwrap();
    let warehouse = Actor {
        name: "lager".into(),
        role: Role::Warehouse,
    };
    let run = |actor: &Actor, command| {
        execute(&store, &common::clock(), actor, Command::Deliver(command))
    };
    let add = DeliveryCommand::Add {
        order: "AU-2026-00001".into(),
        lines: vec![(1, dec!(1))],
        today: time::macros::date!(2026 - 12 - 05),
    };
    let Event::Delivered(added) = run(&warehouse, add).unwrap() else {
        panic!("a delivery");
    };
    assert_eq!(added.note.created_by, "lager");
    let agent = Actor {
        name: "anna".into(),
        role: Role::Agent,
    };
    let post = || DeliveryCommand::Post {
        delivery: "LS-2026-00001".into(),
    };
    assert!(run(&agent, post()).is_err(), "agents only read deliveries");
    let seen = delivery_query::deliveries(&store, &agent, None, None).unwrap();
    assert_eq!(seen.len(), 1);
    let payroll = Actor {
        name: "paula".into(),
        role: Role::Payroll,
    };
    assert!(delivery_query::deliveries(&store, &payroll, None, None).is_err());
    let Event::Delivered(posted) = run(&warehouse, post()).unwrap() else {
        panic!("a delivery");
    };
    assert_eq!(posted.note.posted_by, "lager");
    let shown = delivery_query::delivery(&store, &warehouse, "LS-2026-00001").unwrap();
    assert_eq!(shown.note.lines.len(), 1);
    // Line 1 reserved 3 at A-02 first (the most available), then 1 at A-01.
    assert_eq!(shown.note.lines[0].from, "WH1/A-02");
    drop(store);
    expect_line(
        &db,
        "AU-2026-00001",
        1,
        (dec!(0), dec!(3), dec!(1), dec!(0)),
    );
}

#[test]
fn an_order_with_two_lines_of_one_item_holds_their_sum_once() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["stock", "receive", "CH-001", "5"]);
    ok(&db, &["stock", "receive", "BK-1", "1"]);
    order(&db, "K-1", &["CH-001:1", "BK-1:1", "CH-001:2"], &[]);
    ok(&db, &["order", "confirm", "AU-2026-00001"]);
    // 1 + 2 reserved of 5: 2 available, not 5 − 2 × 3.
    assert_eq!(figures(&db, "CH-001"), (dec!(5), dec!(3), dec!(2)));
    let picked = json(&db, &["delivery", "add", "AU-2026-00001"]);
    assert_eq!(picked["lines"].as_array().map(Vec::len), Some(3));
    ok(&db, &["delivery", "post", "LS-2026-00001"]);
    assert_eq!(figures(&db, "CH-001"), (dec!(2), dec!(0), dec!(2)));
}
