//! Holds on sales orders through the command line: an order over the customer's credit
//! limit is held, not refused; confirmed it keeps its reservation but cannot be
//! delivered; a sales user may not release it, a sales manager may with a reason; then it
//! is delivered and the audit log shows who released it, when and why. The order-value
//! and margin limits (`kontor settings`), `order list --held` in English and German, and a
//! released order staying released when confirmed with the same figures.

use crate::common;

use common::{Scratch, fails, json, json_list, ok, run_binary, text};
use kontor::core::sales::SalesCommand;
use kontor::core::{Actor, Command, Role, execute};
use kontor::store::Store;
use rust_decimal::dec;

use super::orders::{decimal, shop};

const KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPCLpRGQGdzzch+1625KX0g/Z+jT5YDHzv93RptwMZeA mia@desk";

/// Releases `order` as `name` in `role`, the way an SSH session of that user does.
fn release(
    db: &std::path::Path,
    name: &str,
    role: Role,
    order: &str,
    reason: &str,
) -> Result<(), String> {
    let store = Store::open(db).unwrap();
    let actor = Actor {
        name: name.into(),
        role,
    };
    let command = Command::Sales(SalesCommand::ReleaseHold {
        order: order.into(),
        reason: reason.into(),
    });
    execute(&store, &common::clock(), &actor, command)
        .map(|_| ())
        .map_err(|error| error.to_string())
}

#[test]
fn a_credit_hold_blocks_delivery_until_a_sales_manager_releases_it() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["customer", "edit", "1", "--credit-limit", "100.00"]);
    ok(&db, &["stock", "receive", "CH-001", "10"]);
    // 5 × 10.00 = 50.00 net, 59.50 gross: within 100.00.
    let first = json(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:5"],
    );
    assert!(first["hold"].is_null(), "{first}");
    // 4 × 10.00 = 40.00 net, 47.60 gross; 59.50 + 47.60 = 107.10 above 100.00.
    let second = json(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:4"],
    );
    let reason = &second["hold"]["reasons"][0];
    assert_eq!(text(reason, "rule"), "credit");
    assert_eq!(decimal(&reason["exposure"]), dec!(107.10));
    assert_eq!(decimal(&reason["limit"]), dec!(100.00));
    // Another customer without a limit is never held for credit.
    let other = json(
        &db,
        &["order", "add", "--customer", "K-2", "--line", "CH-001:1"],
    );
    assert!(other["hold"].is_null(), "{other}");

    let held = json_list(&db, &["order", "list", "--held"]);
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(text(&held[0], "number"), "AU-2026-00002");
    let table = ok(&db, &["order", "list", "--held"]);
    assert!(
        table.contains(
            "credit limit exceeded: exposure 107.10 EUR with this order, limit 100.00 EUR"
        ),
        "{table}"
    );
    let german = run_binary(&db, &["--lang", "de", "order", "list", "--held"]);
    assert!(
        german.stdout.contains(
            "Kreditlimit überschritten: Obligo 107,10 € mit diesem Auftrag, Limit 100,00 €"
        ),
        "{german:?}"
    );

    // Confirmed, it keeps its reservation but is still held.
    let confirmed = json(&db, &["order", "confirm", "AU-2026-00002"]);
    assert_eq!(text(&confirmed, "state"), "confirmed");
    assert_eq!(decimal(&confirmed["lines"][0]["reserved"]), dec!(4));
    assert_eq!(text(&confirmed["hold"]["reasons"][0], "rule"), "credit");
    let refused = fails(&db, &["delivery", "post", "AU-2026-00002"], 2);
    assert!(
        refused.contains("AU-2026-00002 is on hold") && refused.contains("credit limit exceeded"),
        "{refused}"
    );
    let on_hand = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(decimal(&on_hand["on_hand"]), dec!(10));

    let by_sales = release(&db, "sam", Role::Sales, "AU-2026-00002", "good customer").unwrap_err();
    assert!(
        by_sales.contains("only a sales manager or an admin"),
        "{by_sales}"
    );
    ok(
        &db,
        &[
            "user",
            "add",
            "mia",
            "--role",
            "sales-manager",
            "--key",
            KEY,
        ],
    );
    let users = json_list(&db, &["user", "list"]);
    assert!(
        users
            .iter()
            .any(|u| text(u, "name") == "mia" && text(u, "role") == "sales-manager"),
        "{users:?}"
    );
    let empty = release(&db, "mia", Role::SalesManager, "AU-2026-00002", " ").unwrap_err();
    assert!(empty.contains("reason"), "{empty}");
    release(
        &db,
        "mia",
        Role::SalesManager,
        "AU-2026-00002",
        "paid in advance",
    )
    .unwrap();
    let again = release(&db, "mia", Role::SalesManager, "AU-2026-00002", "twice").unwrap_err();
    assert!(again.contains("not on hold"), "{again}");

    let shown = json(&db, &["order", "show", "AU-2026-00002"]);
    assert!(shown["hold"].is_null(), "{shown}");
    assert_eq!(text(&shown["releases"][0], "by"), "mia");
    assert_eq!(text(&shown["releases"][0], "reason"), "paid in advance");
    assert_eq!(
        text(&shown["releases"][0]["hold"]["reasons"][0], "rule"),
        "credit"
    );
    let table = ok(&db, &["order", "show", "AU-2026-00002"]);
    assert!(table.contains("by mia: paid in advance"), "{table}");
    assert!(json_list(&db, &["order", "list", "--held"]).is_empty());

    let delivered = json(&db, &["delivery", "post", "AU-2026-00002"]);
    assert_eq!(text(&delivered, "number"), "LS-2026-00001");
    let on_hand = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(decimal(&on_hand["on_hand"]), dec!(6));

    let audit = json_list(&db, &["audit", "--user", "mia"]);
    let released: Vec<_> = audit
        .iter()
        .filter(|row| text(row, "command") == "Sales::ReleaseHold")
        .collect();
    assert!(!released.is_empty(), "{audit:?}");
    assert!(
        released
            .iter()
            .all(|row| text(row, "record") == "sales order:2"),
        "{released:?}"
    );
    assert!(
        released
            .iter()
            .all(|row| text(row, "at") == common::pin(common::now())),
        "{released:?}"
    );
    let releases = released
        .iter()
        .find(|row| text(row, "field") == "releases")
        .unwrap_or_else(|| panic!("{released:?}"));
    assert!(
        text(releases, "new").contains("paid in advance"),
        "{releases}"
    );
    assert!(text(releases, "new").contains("mia"), "{releases}");
}

#[test]
fn order_value_and_margin_limits_hold_and_a_release_stays_until_the_figures_change() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["item", "edit", "CH-001", "--cost", "9.00"]);
    assert_eq!(
        ok(&db, &["settings", "order-minimum", "50"]).trim(),
        "order_minimum = 50"
    );
    ok(&db, &["settings", "order-maximum", "1000"]);
    ok(&db, &["settings", "margin-minimum", "10"]);
    fails(&db, &["settings", "order-minimum", "-5"], 2);
    let listed = ok(&db, &["settings"]);
    assert!(listed.contains("margin_minimum = 10"), "{listed}");
    let add = |line: &str| json(&db, &["order", "add", "--customer", "K-1", "--line", line]);
    // Exactly 50.00 at exactly 10 % margin: (50.00 − 5 × 9.00) / 50.00.
    assert!(add("CH-001:5")["hold"].is_null());
    // 49.99 net: below the minimum.
    let low = add("CH-001:1:49.99");
    let reasons = low["hold"]["reasons"].as_array().unwrap();
    assert_eq!(reasons.len(), 1, "{low}");
    assert_eq!(text(&reasons[0], "rule"), "order-value");
    // 1000.01 net: above the maximum (margin (1000.01 − 9.00) / 1000.01 is fine).
    let high = add("CH-001:1:1000.01");
    assert_eq!(text(&high["hold"]["reasons"][0], "rule"), "order-value");
    // 9.99 each: margin (99.90 − 90.00) / 99.90 = 9.91 % below 10 %.
    let thin = add("CH-001:10:9.99");
    let reason = &thin["hold"]["reasons"][0];
    assert_eq!(text(reason, "rule"), "margin");
    assert_eq!(decimal(&reason["margin"]), dec!(9.91));
    assert_eq!(reason["line"], 1);
    let held = json_list(&db, &["order", "list", "--held"]);
    let numbers: Vec<&str> = held.iter().map(|o| text(o, "number")).collect();
    assert_eq!(numbers, ["AU-2026-00002", "AU-2026-00003", "AU-2026-00004"]);
    let german = run_binary(&db, &["--lang", "de", "order", "list", "--held"]);
    assert!(
        german
            .stdout
            .contains("Position 1: Marge 9,91 % unter 10 %"),
        "{german:?}"
    );
    assert!(
        german
            .stdout
            .contains("Auftragswert 49,99 € unter dem Mindestwert 50,00 €"),
        "{german:?}"
    );

    // Released, confirming with the same figures does not hold it again.
    release(&db, "admin", Role::Admin, "AU-2026-00004", "clearance").unwrap();
    let confirmed = json(&db, &["order", "confirm", "AU-2026-00004"]);
    assert!(confirmed["hold"].is_null(), "{confirmed}");
    // A thinner margin than the one released holds again when confirmed.
    let thinner = add("CH-001:10:9.98");
    release(&db, "admin", Role::Admin, "AU-2026-00005", "clearance").unwrap();
    ok(&db, &["item", "edit", "CH-001", "--cost", "9.50"]);
    let again = json(&db, &["order", "confirm", text(&thinner, "number")]);
    assert_eq!(text(&again["hold"]["reasons"][0], "rule"), "margin");
    // (99.80 − 95.00) / 99.80 = 4.81 %.
    assert_eq!(decimal(&again["hold"]["reasons"][0]["margin"]), dec!(4.81));
}

#[test]
fn a_cancelled_order_leaves_the_exposure_and_a_held_order_confirmed_then_is_free() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["customer", "edit", "1", "--credit-limit", "100.00"]);
    let add = |line: &str| json(&db, &["order", "add", "--customer", "K-1", "--line", line]);
    add("CH-001:5");
    // 59.50 + 47.60 = 107.10 above 100.00.
    assert!(!add("CH-001:4")["hold"].is_null());
    ok(
        &db,
        &["order", "cancel", "AU-2026-00001", "--reason", "withdrawn"],
    );
    // Confirmed, it is judged again: 47.60 alone is within the limit.
    let confirmed = json(&db, &["order", "confirm", "AU-2026-00002"]);
    assert!(confirmed["hold"].is_null(), "{confirmed}");
    assert_eq!(confirmed["releases"].as_array().map(Vec::len), Some(0));
    // Exactly at the limit is no hold: 47.60 + 52.40 (44.03 net + 19 % = 52.40) = 100.00.
    assert!(add("CH-001:1:44.03")["hold"].is_null());
    // One cent more is.
    let over = add("CH-001:1:0.01");
    assert_eq!(
        decimal(&over["hold"]["reasons"][0]["exposure"]),
        dec!(100.01)
    );
}
