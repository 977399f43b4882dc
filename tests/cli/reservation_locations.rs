//! Reservations per item and location, through the command line: CH-001 lies at WH1 (2)
//! and WH2 (3); AU-1 for 4 and AU-2 for 3 are confirmed in that order. AU-1 reserves where
//! the most is available first (3 at WH2, then 1 at WH1), AU-2 the 1 left at WH1 and
//! backorders 2; a receipt at WH1 fills that backorder there. `stock available` shows on
//! hand, reserved and available per location (table, csv, json); a transfer out of WH2
//! is refused while AU-1 holds it — even with stock free at WH1 — naming AU-1 only; the
//! pick list takes each line from the locations it reserved and posting releases them; a
//! re-allocation moves a reservation with its location; `check` is clean, and catches
//! stock forced out from under a reservation.

use crate::common;

use common::{Scratch, fails, json, ok, run_binary, text};
use rust_decimal::{Decimal, dec};
use serde_json::Value;

use super::orders::{decimal, shop};

/// Per location of `stock available CH-001`: (location, on hand, reserved, available).
fn by_location(db: &std::path::Path) -> Vec<(String, Decimal, Decimal, Decimal)> {
    let found = json(db, &["stock", "available", "CH-001"]);
    found["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                text(l, "location").to_string(),
                decimal(&l["on_hand"]),
                decimal(&l["reserved"]),
                decimal(&l["available"]),
            )
        })
        .collect()
}

fn row(
    location: &str,
    on_hand: i64,
    reserved: i64,
    available: i64,
) -> (String, Decimal, Decimal, Decimal) {
    (
        location.to_string(),
        Decimal::from(on_hand),
        Decimal::from(reserved),
        Decimal::from(available),
    )
}

/// (location, reserved) of `order` in the `orders` of `stock available CH-001`.
fn held_by(found: &Value, order: &str) -> Vec<(String, Decimal)> {
    let orders = found["orders"].as_array().unwrap();
    let Some(holder) = orders.iter().find(|o| text(o, "order") == order) else {
        return Vec::new();
    };
    holder["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (text(l, "location").to_string(), decimal(&l["reserved"])))
        .collect()
}

fn at(pairs: &[(&str, i64)]) -> Vec<(String, Decimal)> {
    pairs
        .iter()
        .map(|(l, q)| (l.to_string(), Decimal::from(*q)))
        .collect()
}

/// Shop with 2 CH-001 at WH1 and 3 at WH2; AU-1 (K-1) for 4 and AU-2 (K-2) for 3,
/// confirmed in that order.
fn two_locations(db: &std::path::Path) {
    shop(db);
    ok(db, &["location", "add", "WH2", "--name", "Lager 2"]);
    ok(db, &["stock", "receive", "CH-001", "2"]);
    ok(db, &["stock", "receive", "CH-001", "3", "--to", "WH2"]);
    for (customer, line) in [("K-1", "CH-001:4"), ("K-2", "CH-001:3")] {
        ok(
            db,
            &["order", "add", "--customer", customer, "--line", line],
        );
    }
    ok(db, &["order", "confirm", "AU-2026-00001"]);
    ok(db, &["order", "confirm", "AU-2026-00002"]);
}

#[test]
fn reservations_lie_at_locations_first_come_first_served_and_moves_respect_them() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    two_locations(&db);
    // AU-1: 3 at WH2 (the most available), 1 at WH1; AU-2: the 1 left at WH1, 2 waiting.
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(
        held_by(&found, "AU-2026-00001"),
        at(&[("WH1", 1), ("WH2", 3)])
    );
    assert_eq!(held_by(&found, "AU-2026-00002"), at(&[("WH1", 1)]));
    let second = json(&db, &["order", "show", "AU-2026-00002"]);
    assert_eq!(decimal(&second["lines"][0]["backordered"]), dec!(2));
    let reservations = &second["lines"][0]["reservations"];
    assert_eq!(text(&reservations[0], "location"), "WH1");
    assert_eq!(decimal(&reservations[0]["quantity"]), dec!(1));
    assert_eq!(reservations.as_array().map(Vec::len), Some(1));
    assert_eq!(
        by_location(&db),
        vec![row("WH1", 2, 2, 0), row("WH2", 3, 3, 0)]
    );
    assert_eq!(
        (
            decimal(&found["on_hand"]),
            decimal(&found["reserved"]),
            decimal(&found["available"])
        ),
        (dec!(5), dec!(5), dec!(0))
    );

    // A receipt at WH1 fills AU-2's backorder there; 1 stays free at WH1.
    ok(&db, &["stock", "receive", "CH-001", "3"]);
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(held_by(&found, "AU-2026-00002"), at(&[("WH1", 3)]));
    assert_eq!(
        by_location(&db),
        vec![row("WH1", 5, 4, 1), row("WH2", 3, 3, 0)]
    );
    let csv = ok(&db, &["stock", "available", "CH-001", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[..4],
        [
            "location,on_hand,reserved,available",
            "WH1,5,4,1",
            "WH2,3,3,0",
            "total,8,7,1"
        ],
        "{csv}"
    );
    let table = ok(&db, &["stock", "available", "CH-001"]);
    let wh2 = table
        .lines()
        .find(|l| l.contains("WH2"))
        .unwrap_or_default();
    assert_eq!(
        wh2.split_whitespace().collect::<Vec<_>>(),
        ["WH2", "3", "3", "0"],
        "{table}"
    );

    // 1 is free in all, but not at WH2: moving it out of WH2 is refused, naming AU-1.
    let refused = fails(
        &db,
        &[
            "stock", "move", "CH-001", "1", "--from", "WH2", "--to", "WH1",
        ],
        2,
    );
    assert!(refused.contains("WH2"), "{refused}");
    assert!(refused.contains("AU-2026-00001"), "{refused}");
    assert!(!refused.contains("AU-2026-00002"), "{refused}");
    assert_eq!(by_location(&db)[1], row("WH2", 3, 3, 0));
    // What is free at WH1 may move.
    ok(
        &db,
        &[
            "stock", "move", "CH-001", "1", "--from", "WH1", "--to", "WH2",
        ],
    );
    assert_eq!(
        by_location(&db),
        vec![row("WH1", 4, 4, 0), row("WH2", 4, 3, 1)]
    );
    let issue = fails(&db, &["stock", "issue", "CH-001", "1", "--from", "WH1"], 2);
    assert!(issue.contains("AU-2026-00002"), "{issue}");
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn the_pick_list_takes_the_reserved_locations_and_a_reallocation_keeps_them() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    two_locations(&db);
    let added = json(&db, &["delivery", "add", "AU-2026-00001"]);
    let picks: Vec<(String, Decimal)> = added["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (text(l, "location").to_string(), decimal(&l["quantity"])))
        .collect();
    assert_eq!(picks, at(&[("WH1", 1), ("WH2", 3)]));
    ok(&db, &["delivery", "post", "LS-2026-00001"]);
    // Posting took AU-1's stock from where it lay (WH2 is empty now) and released it
    // there; AU-2's stays.
    assert_eq!(by_location(&db), vec![row("WH1", 1, 1, 0)]);
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert!(held_by(&found, "AU-2026-00001").is_empty());
    assert_eq!(held_by(&found, "AU-2026-00002"), at(&[("WH1", 1)]));

    // AU-3 waits for 2; AU-2's reservation at WH1 moves to it, with its location.
    ok(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:2"],
    );
    ok(&db, &["order", "confirm", "AU-2026-00003"]);
    ok(
        &db,
        &[
            "order",
            "reallocate",
            "CH-001",
            "--qty",
            "1",
            "--from",
            "AU-2026-00002",
            "--to",
            "AU-2026-00003",
        ],
    );
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert!(held_by(&found, "AU-2026-00002").is_empty());
    assert_eq!(held_by(&found, "AU-2026-00003"), at(&[("WH1", 1)]));
    assert_eq!(by_location(&db), vec![row("WH1", 1, 1, 0)]);
    let picked = json(&db, &["delivery", "add", "AU-2026-00003"]);
    assert_eq!(text(&picked["lines"][0], "location"), "WH1");
    assert!(ok(&db, &["check"]).starts_with("ok"));

    // Stock forced out from under the reservation: check names the item and location.
    ok(
        &db,
        &[
            "stock",
            "issue",
            "CH-001",
            "1",
            "--from",
            "WH1",
            "--allow-negative",
        ],
    );
    let run = run_binary(&db, &["check"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout
            .contains("at WH1: 1 reserved by confirmed orders, 0 on hand"),
        "{run:?}"
    );
    let german = run_binary(&db, &["--lang", "de", "check"]);
    assert!(
        german.stdout.contains("an WH1: 1 von bestätigten"),
        "{german:?}"
    );
}

#[test]
fn production_takes_no_component_reserved_at_its_location() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    for location in ["WH2", "WH3"] {
        ok(&db, &["location", "add", location, "--name", location]);
    }
    ok(
        &db,
        &[
            "item", "add", "--sku", "KIT", "--name", "Teeset", "--price", "30.00",
        ],
    );
    ok(
        &db,
        &[
            "bom",
            "set",
            "KIT",
            "--output-qty",
            "1",
            "--line",
            "CH-001:2",
        ],
    );
    ok(&db, &["stock", "receive", "CH-001", "2"]);
    ok(&db, &["stock", "receive", "CH-001", "6", "--to", "WH2"]);
    ok(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:7",
            "--confirm",
        ],
    );
    ok(&db, &["stock", "receive", "CH-001", "5", "--to", "WH3"]);
    // AU-1 holds 6 at WH2 and 1 at WH1; 6 are free in all, but only 1 at WH1.
    assert_eq!(
        by_location(&db),
        vec![
            row("WH1", 2, 1, 1),
            row("WH2", 6, 6, 0),
            row("WH3", 5, 0, 5)
        ]
    );
    let refused = fails(&db, &["produce", "KIT", "1", "--location", "WH1"], 2);
    assert!(refused.contains("AU-2026-00001"), "{refused}");
    assert!(refused.contains("WH1"), "{refused}");
    ok(&db, &["produce", "KIT", "1", "--location", "WH3"]);
    assert_eq!(
        by_location(&db),
        vec![
            row("WH1", 2, 1, 1),
            row("WH2", 6, 6, 0),
            row("WH3", 3, 0, 3)
        ]
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));
}
