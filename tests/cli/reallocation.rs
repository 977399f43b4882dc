//! Re-allocating a reservation through the command line: 5 CH-001 on hand, AU-1 for 3
//! and AU-2 for 4 confirmed (AU-1 holds 3, AU-2 2 with 2 backordered). Nothing moves AU-1's
//! stock to AU-2 but `order reallocate`, which names both orders; it then delivers, the
//! totals reserved never change, `check` stays clean and the audit shows the step on both
//! orders. Refusals: more than is free of pick lists, more than the taker waits for, the
//! same order twice, an order not confirmed.

use crate::common;

use common::{Scratch, fails, json, json_list, ok, run_binary, text};
use rust_decimal::dec;

use super::orders::decimal;
use super::reservations::scarce;

fn confirmed(db: &std::path::Path) {
    scarce(db);
    ok(db, &["order", "confirm", "AU-2026-00001"]);
    ok(db, &["order", "confirm", "AU-2026-00002"]);
}

/// (reserved, backordered) of line 1 of `order`.
fn line(db: &std::path::Path, order: &str) -> (rust_decimal::Decimal, rust_decimal::Decimal) {
    let found = json(db, &["order", "show", order]);
    (
        decimal(&found["lines"][0]["reserved"]),
        decimal(&found["lines"][0]["backordered"]),
    )
}

#[test]
fn a_reservation_moves_only_by_a_step_naming_both_orders() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    confirmed(&db);
    assert_eq!(line(&db, "AU-2026-00002"), (dec!(2), dec!(2)));
    // Stock held for AU-1 is not issued for anyone else.
    let eaten = fails(&db, &["stock", "issue", "CH-001", "1"], 2);
    assert!(eaten.contains("AU-2026-00001"), "{eaten}");

    let moved = ok(
        &db,
        &[
            "order",
            "reallocate",
            "CH-001",
            "--qty",
            "2",
            "--from",
            "AU-2026-00001",
            "--to",
            "AU-2026-00002",
        ],
    );
    assert!(
        moved.contains("2 CH-001 reserved for AU-2026-00001 now reserved for AU-2026-00002"),
        "{moved}"
    );
    assert_eq!(line(&db, "AU-2026-00001"), (dec!(1), dec!(2)));
    assert_eq!(line(&db, "AU-2026-00002"), (dec!(4), dec!(0)));
    let stock = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(decimal(&stock["reserved"]), dec!(5));
    assert!(ok(&db, &["check"]).starts_with("ok"));

    ok(&db, &["delivery", "post", "AU-2026-00002"]);
    let delivered = json(&db, &["order", "show", "AU-2026-00002"]);
    assert_eq!(decimal(&delivered["lines"][0]["delivered"]), dec!(4));

    let audit = json_list(&db, &["audit"]);
    let steps: Vec<&str> = audit
        .iter()
        .filter(|row| text(row, "command") == "Sales::Reallocate")
        .map(|row| text(row, "record"))
        .collect();
    assert_eq!(steps.len(), 2, "{audit:?}");
    assert!(steps.contains(&"sales order:1"), "{steps:?}");
    assert!(steps.contains(&"sales order:2"), "{steps:?}");

    let german = run_binary(
        &db,
        &[
            "--lang",
            "de",
            "order",
            "reallocate",
            "CH-001",
            "--qty",
            "1",
            "--from",
            "AU-2026-00001",
            "--to",
            "AU-2026-00002",
        ],
    );
    assert_eq!(german.code, 2, "{german:?}");
    assert!(
        german
            .stderr
            .contains("Auftrag AU-2026-00002 wartet auf 0 CH-001, nicht 1"),
        "{german:?}"
    );
}

#[test]
fn what_is_not_there_to_move_is_refused_and_nothing_changes() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    confirmed(&db);
    // AU-1's 3 reserved: 2 of them on a pick list.
    ok(&db, &["delivery", "add", "AU-2026-00001", "--line", "1:2"]);
    let args = |qty: &'static str, from: &'static str, to: &'static str| {
        vec![
            "order",
            "reallocate",
            "CH-001",
            "--qty",
            qty,
            "--from",
            from,
            "--to",
            to,
        ]
    };
    let on_pick_list = fails(&db, &args("2", "AU-2026-00001", "AU-2026-00002"), 2);
    assert!(
        on_pick_list.contains("holds 1 CH-001 reserved and not on a pick list, not 2"),
        "{on_pick_list}"
    );
    let same = fails(&db, &args("1", "AU-2026-00001", "AU-2026-00001"), 2);
    assert!(same.contains("two different orders"), "{same}");
    let unknown = fails(&db, &args("1", "AU-2026-00009", "AU-2026-00002"), 2);
    assert!(unknown.contains("AU-2026-00009"), "{unknown}");
    ok(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:1"],
    );
    let open = fails(&db, &args("1", "AU-2026-00001", "AU-2026-00003"), 2);
    assert!(open.contains("only confirmed orders"), "{open}");
    let zero = fails(&db, &args("0", "AU-2026-00001", "AU-2026-00002"), 2);
    assert!(zero.contains("not 0"), "{zero}");
    assert_eq!(line(&db, "AU-2026-00001"), (dec!(3), dec!(0)));
    assert_eq!(line(&db, "AU-2026-00002"), (dec!(2), dec!(2)));
    ok(
        &db,
        &[
            "order",
            "reallocate",
            "CH-001",
            "--qty",
            "1",
            "--from",
            "AU-2026-00001",
            "--to",
            "AU-2026-00002",
        ],
    );
    assert_eq!(line(&db, "AU-2026-00001"), (dec!(2), dec!(1)));
    assert!(ok(&db, &["check"]).starts_with("ok"));
}
