//! Deliveries (Lieferscheine) through the command line: a confirmed order delivered in
//! part, then the rest — the moves to `customer`, on hand and `stock available` after
//! each, the order's delivered quantities and its delivered state, `check` clean; the
//! refusals (more than reserved, an order not confirmed, a partial delivery for a customer
//! who takes none) take no number; who may post a delivery.

use crate::common;

use common::{Scratch, fails, json, json_list, ok, text};
use kontor::core::delivery::DeliveryCommand;
use kontor::core::{Actor, Command, Role, execute};
use kontor::store::Store;
use rust_decimal::{Decimal, dec};

use super::orders::{decimal, shop};

/// (on_hand, reserved, available) of `stock available SKU`.
fn figures(db: &std::path::Path, sku: &str) -> (Decimal, Decimal, Decimal) {
    let found = json(db, &["stock", "available", sku]);
    (
        decimal(&found["on_hand"]),
        decimal(&found["reserved"]),
        decimal(&found["available"]),
    )
}

/// Shop with 5 CH-001 and 2 BK-1 on hand; order AU-2026-00001 of K-1 for 4 CH-001 and
/// 2 BK-1, confirmed (everything reserved).
fn confirmed(db: &std::path::Path) {
    shop(db);
    ok(db, &["stock", "receive", "CH-001", "5"]);
    ok(db, &["stock", "receive", "BK-1", "2"]);
    ok(
        db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:4",
            "--line",
            "BK-1:2",
        ],
    );
    ok(db, &["order", "confirm", "AU-2026-00001"]);
}

#[test]
fn a_partial_delivery_then_the_rest_moves_the_stock_to_the_customer() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    confirmed(&db);
    assert_eq!(figures(&db, "CH-001"), (dec!(5), dec!(4), dec!(1)));
    let first = json(&db, &["delivery", "post", "AU-2026-00001", "--line", "1:3"]);
    assert_eq!(text(&first, "number"), "LS-2026-00001");
    assert_eq!(first["delivered"], false);
    assert_eq!(first["moves"].as_array().map(Vec::len), Some(1));
    assert_eq!(decimal(&first["moves"][0]["quantity"]), dec!(3));
    // 5 − 3 delivered on hand; 4 − 3 still reserved; 2 − 1 available.
    assert_eq!(figures(&db, "CH-001"), (dec!(2), dec!(1), dec!(1)));
    let order = json(&db, &["order", "show", "AU-2026-00001"]);
    assert_eq!(text(&order, "state"), "confirmed");
    assert_eq!(decimal(&order["lines"][0]["delivered"]), dec!(3));
    assert_eq!(decimal(&order["lines"][0]["reserved"]), dec!(1));
    assert_eq!(decimal(&order["lines"][0]["backordered"]), dec!(0));
    assert_eq!(decimal(&order["lines"][1]["delivered"]), dec!(0));
    let ledger = json_list(&db, &["stock", "ledger", "CH-001"]);
    let last = ledger.last().unwrap();
    assert_eq!(text(last, "to"), "customer");
    assert_eq!(text(last, "reference"), "LS-2026-00001 AU-2026-00001/1");

    let printed = ok(&db, &["delivery", "post", "AU-2026-00001"]);
    assert!(
        printed.contains("Delivery note LS-2026-00002 for order AU-2026-00001"),
        "{printed}"
    );
    assert!(!printed.contains("24.99"), "no prices: {printed}");
    assert_eq!(figures(&db, "CH-001"), (dec!(1), dec!(0), dec!(1)));
    assert_eq!(figures(&db, "BK-1"), (dec!(0), dec!(0), dec!(0)));
    let order = json(&db, &["order", "show", "AU-2026-00001"]);
    assert_eq!(text(&order, "state"), "delivered");
    assert_eq!(decimal(&order["lines"][0]["delivered"]), dec!(4));
    assert_eq!(decimal(&order["lines"][1]["delivered"]), dec!(2));
    let shown = ok(&db, &["order", "show", "AU-2026-00001"]);
    assert!(shown.contains("delivered"), "{shown}");
    let german = common::run_binary(&db, &["--lang", "de", "order", "show", "AU-2026-00001"]);
    assert!(german.stdout.contains("geliefert"), "{german:?}");
    let nothing = fails(&db, &["delivery", "post", "AU-2026-00001"], 2);
    assert!(nothing.contains("AU-2026-00001"), "{nothing}");
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn refused_deliveries_change_nothing_and_take_no_number() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    confirmed(&db);
    let too_much = fails(
        &db,
        &["delivery", "post", "AU-2026-00001", "--line", "1:5"],
        2,
    );
    assert!(too_much.contains("4 is reserved"), "{too_much}");
    fails(
        &db,
        &["delivery", "post", "AU-2026-00001", "--line", "3:1"],
        2,
    );
    fails(
        &db,
        &["delivery", "post", "AU-2026-00001", "--line", "one"],
        2,
    );
    ok(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:1"],
    );
    let open = fails(&db, &["delivery", "post", "AU-2026-00002"], 2);
    assert!(open.contains("open"), "{open}");
    ok(
        &db,
        &["customer", "edit", "2", "--partial-deliveries", "no"],
    );
    ok(&db, &["stock", "receive", "CH-001", "1"]);
    ok(
        &db,
        &["order", "add", "--customer", "K-2", "--line", "CH-001:3"],
    );
    // 6 on hand, 4 held by AU-…-1: 2 reserved, 1 backordered — only partial is possible.
    ok(&db, &["order", "confirm", "AU-2026-00003"]);
    let partial = fails(&db, &["delivery", "post", "AU-2026-00003"], 2);
    assert!(partial.contains("partial"), "{partial}");
    assert_eq!(figures(&db, "CH-001"), (dec!(6), dec!(6), dec!(0)));
    let first = json(&db, &["delivery", "post", "AU-2026-00001"]);
    assert_eq!(text(&first, "number"), "LS-2026-00001");
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn the_warehouse_sales_and_admins_post_deliveries_others_may_not() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    confirmed(&db);
    let store = Store::open(&db).unwrap();
    let deliver = |role, line: usize| {
        let command = DeliveryCommand::Deliver {
            order: "AU-2026-00001".into(),
            lines: vec![(line, dec!(1))],
            today: time::macros::date!(2026 - 12 - 05),
        };
        let actor = Actor {
            name: "anna".into(),
            role,
        };
        execute(&store, &common::clock(), &actor, Command::Deliver(command))
    };
    for role in [Role::Agent, Role::Payroll, Role::Purchasing] {
        let refused = deliver(role, 1).unwrap_err();
        assert!(refused.to_string().contains("not permitted"), "{role:?}");
    }
    deliver(Role::Warehouse, 1).unwrap();
    deliver(Role::Sales, 1).unwrap();
    deliver(Role::Admin, 2).unwrap();
    drop(store);
    let order = json(&db, &["order", "show", "AU-2026-00001"]);
    assert_eq!(decimal(&order["lines"][0]["delivered"]), dec!(2));
    assert_eq!(decimal(&order["lines"][1]["delivered"]), dec!(1));
}
