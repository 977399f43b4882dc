//! Confirming orders reserves stock, through the command line: a scarce item (5 on hand)
//! ordered 3 then 4 — the first order is reserved in full, the second 2 and backordered 2;
//! `stock available` shows on hand, reserved and available; an issue that would eat a
//! reservation is refused naming the order; `check` stays clean; cancelling a confirmed
//! order releases its reservation; the German confirmation; who may confirm and who may
//! see availability.

use crate::common;

use common::{Scratch, fails, json, ok, text};
use kontor::core::sales::SalesCommand;
use kontor::core::{Actor, Command, Role, execute, reservations};
use kontor::store::Store;
use rust_decimal::{Decimal, dec};

use super::orders::{decimal, shop};

/// (on_hand, reserved, available) of `stock available CH-001`.
fn figures(db: &std::path::Path) -> (Decimal, Decimal, Decimal) {
    let found = json(db, &["stock", "available", "CH-001"]);
    (
        decimal(&found["on_hand"]),
        decimal(&found["reserved"]),
        decimal(&found["available"]),
    )
}

/// Shop with 5 CH-001 at WH1 and two open orders: AU-…-1 for 3, AU-…-2 for 4.
pub(super) fn scarce(db: &std::path::Path) {
    shop(db);
    ok(db, &["stock", "receive", "CH-001", "5"]);
    for (customer, line) in [("K-1", "CH-001:3"), ("K-2", "CH-001:4")] {
        ok(
            db,
            &["order", "add", "--customer", customer, "--line", line],
        );
    }
}

#[test]
fn first_confirmed_is_first_served_and_the_rest_is_backordered() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    scarce(&db);
    assert_eq!(figures(&db), (dec!(5), dec!(0), dec!(5)));
    let first = json(&db, &["order", "confirm", "AU-2026-00001"]);
    assert_eq!(text(&first, "state"), "confirmed");
    assert_eq!(decimal(&first["lines"][0]["reserved"]), dec!(3));
    assert_eq!(decimal(&first["lines"][0]["backordered"]), dec!(0));
    let printed = ok(&db, &["order", "confirm", "AU-2026-00002"]);
    assert!(
        printed.contains("Order confirmation AU-2026-00002 for Alfreds: 0 of 1"),
        "{printed}"
    );
    let second = json(&db, &["order", "show", "AU-2026-00002"]);
    // 5 on hand, 3 held by the first order: 2 left for the second's 4.
    assert_eq!(decimal(&second["lines"][0]["reserved"]), dec!(2));
    assert_eq!(decimal(&second["lines"][0]["backordered"]), dec!(2));
    assert_eq!(figures(&db), (dec!(5), dec!(5), dec!(0)));
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(text(&found["locations"][0], "location"), "WH1");
    assert_eq!(decimal(&found["locations"][0]["on_hand"]), dec!(5));
    assert_eq!(text(&found["orders"][1], "order"), "AU-2026-00002");
    assert_eq!(decimal(&found["orders"][1]["reserved"]), dec!(2));
    let twice = fails(&db, &["order", "confirm", "AU-2026-00001"], 2);
    assert!(twice.contains("confirmed"), "{twice}");

    // Nothing is available: issuing 1 would eat the second order's reservation.
    let refused = fails(&db, &["stock", "issue", "CH-001", "1"], 2);
    assert!(refused.contains("AU-2026-00002"), "{refused}");
    assert!(refused.contains("AU-2026-00001"), "{refused}");
    assert_eq!(figures(&db), (dec!(5), dec!(5), dec!(0)));
    assert!(ok(&db, &["check"]).starts_with("ok"));

    // Cancelling the first order releases its 3.
    ok(
        &db,
        &["order", "cancel", "AU-2026-00001", "--reason", "withdrawn"],
    );
    assert_eq!(figures(&db), (dec!(5), dec!(2), dec!(3)));
    ok(&db, &["stock", "issue", "CH-001", "3"]);
    assert_eq!(figures(&db), (dec!(2), dec!(2), dec!(0)));
    fails(&db, &["stock", "issue", "CH-001", "1"], 2);
    ok(&db, &["stock", "issue", "CH-001", "1", "--allow-negative"]);
    assert_eq!(figures(&db), (dec!(1), dec!(2), dec!(-1)));
    // Forced past the reservation: `check` holds the reservations against the stock.
    let run = common::run_binary(&db, &["check"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout
            .contains("at WH1: 2 reserved by confirmed orders, 1 on hand"),
        "{run:?}"
    );
    assert!(
        run.stdout.contains("at all locations: 2 reserved"),
        "{run:?}"
    );
}

#[test]
fn the_confirmation_and_availability_read_in_german() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    scarce(&db);
    let run = common::run_binary(&db, &["--lang", "de", "order", "confirm", "AU-2026-00002"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("Auftragsbestätigung AU-2026-00002 für Alfreds: 1 von 1"),
        "{run:?}"
    );
    assert!(run.stdout.contains("Rückstand"), "{run:?}");
    let table = common::run_binary(&db, &["--lang", "de", "stock", "available", "CH-001"]);
    assert!(table.stdout.contains("VERFÜGBAR"), "{table:?}");
    assert!(table.stdout.contains("gesamt"), "{table:?}");
    let refused = common::run_binary(&db, &["--lang", "de", "stock", "issue", "CH-001", "2"]);
    assert!(
        refused.stderr.contains("reserviert für AU-2026-00002"),
        "{refused:?}"
    );
}

#[test]
fn sales_and_admin_confirm_the_warehouse_sees_availability() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    scarce(&db);
    let store = Store::open(&db).unwrap();
    let actor = |role| Actor {
        name: "anna".into(),
        role,
    };
    let confirm = |role, order: &str| {
        let command = SalesCommand::ConfirmOrder {
            order: order.into(),
        };
        execute(
            &store,
            &common::clock(),
            &actor(role),
            Command::Sales(command),
        )
    };
    for role in [
        Role::Agent,
        Role::Warehouse,
        Role::Payroll,
        Role::Purchasing,
    ] {
        let refused = confirm(role, "AU-2026-00001").unwrap_err();
        assert!(refused.to_string().contains("not permitted"), "{role:?}");
    }
    confirm(Role::Sales, "AU-2026-00001").unwrap();
    confirm(Role::Admin, "AU-2026-00002").unwrap();
    let seen = reservations::of_item(&store, &actor(Role::Warehouse), "CH-001").unwrap();
    assert_eq!((seen.on_hand, seen.reserved), (dec!(5), dec!(5)));
    assert!(reservations::of_item(&store, &actor(Role::Payroll), "CH-001").is_err());
}

#[test]
fn confirmations_at_the_same_time_never_reserve_more_than_is_on_hand() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["stock", "receive", "CH-001", "5"]);
    let store = Store::open(&db).unwrap();
    let sales = Actor {
        name: "anna".into(),
        role: Role::Sales,
    };
    let run = |command| execute(&store, &common::clock(), &sales, Command::Sales(command));
    for _ in 0..8 {
        run(SalesCommand::AddOrder {
            customer: "K-1".into(),
            lines: vec![kontor::domain::sales::LineSpec::parse("CH-001:1", false).unwrap()],
            today: time::macros::date!(2026 - 12 - 05),
            reference: String::new(),
            reference_date: None,
            requested: None,
            terms: Default::default(),
            promised: None,
            confirm: false,
        })
        .unwrap();
    }
    std::thread::scope(|scope| {
        for number in 1..=8 {
            let run = &run;
            scope.spawn(move || {
                run(SalesCommand::ConfirmOrder {
                    order: format!("AU-2026-{number:05}"),
                })
                .unwrap()
            });
        }
    });
    let seen = reservations::of_item(&store, &sales, "CH-001").unwrap();
    // Eight orders of one each for five on hand: exactly five reserved, three backordered.
    assert_eq!((seen.on_hand, seen.reserved), (dec!(5), dec!(5)));
    assert_eq!(seen.holders.len(), 5);
}

/// A gift box made of 2 CH-001 and 1 BK-1: production does not consume the chai an order
/// holds, and what it makes goes to the order waiting for gift boxes.
#[test]
fn production_spares_reserved_components_and_fills_waiting_orders() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(
        &db,
        &[
            "item",
            "add",
            "--sku",
            "GIFT",
            "--name",
            "Geschenkbox",
            "--price",
            "49.00",
        ],
    );
    ok(
        &db,
        &[
            "bom",
            "set",
            "GIFT",
            "--output-qty",
            "1",
            "--line",
            "CH-001:2",
            "--line",
            "BK-1:1",
        ],
    );
    ok(&db, &["stock", "receive", "CH-001", "4"]);
    ok(&db, &["stock", "receive", "BK-1", "2"]);
    ok(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:3"],
    );
    ok(
        &db,
        &["order", "add", "--customer", "K-2", "--line", "GIFT:2"],
    );
    ok(&db, &["order", "confirm", "AU-2026-00001"]);
    ok(&db, &["order", "confirm", "AU-2026-00002"]);
    // 4 chai on hand, 3 held by AU-1: one gift box needs 2.
    let refused = fails(&db, &["produce", "GIFT", "1"], 2);
    assert!(refused.contains("AU-2026-00001"), "{refused}");
    assert_eq!(figures(&db), (dec!(4), dec!(3), dec!(1)));
    ok(
        &db,
        &["order", "cancel", "AU-2026-00001", "--reason", "withdrawn"],
    );
    ok(&db, &["produce", "GIFT", "2"]);
    let waiting = json(&db, &["order", "show", "AU-2026-00002"]);
    assert_eq!(decimal(&waiting["lines"][0]["reserved"]), dec!(2));
    assert_eq!(decimal(&waiting["lines"][0]["backordered"]), dec!(0));
    assert_eq!(figures(&db), (dec!(0), dec!(0), dec!(0)));
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

/// `order add --confirm` adds and confirms in one write: the second order of the scarce
/// item gets what is left and a backorder, the confirmation is issued, numbers stay
/// consecutive, and a refused add (unknown item) takes no number.
#[test]
fn an_order_added_with_confirm_is_reserved_and_confirmed_in_one_step() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["stock", "receive", "CH-001", "5"]);
    let add = |customer: &'static str, line: &'static str| {
        [
            "order",
            "add",
            "--customer",
            customer,
            "--line",
            line,
            "--confirm",
        ]
    };
    let printed = ok(&db, &add("K-1", "CH-001:3"));
    assert!(printed.contains("AU-2026-00001"), "{printed}");
    assert!(printed.contains("Order confirmation"), "{printed}");
    fails(&db, &add("K-2", "NOPE:1"), 2);
    ok(&db, &add("K-2", "CH-001:4"));
    let found = json(&db, &["order", "show", "AU-2026-00002"]);
    assert_eq!(text(&found, "state"), "confirmed");
    assert_eq!(found["confirmations"], 1);
    assert_eq!(decimal(&found["lines"][0]["reserved"]), dec!(2));
    assert_eq!(decimal(&found["lines"][0]["backordered"]), dec!(2));
    assert_eq!(figures(&db), (dec!(5), dec!(5), dec!(0)));
    let clash = fails(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:1",
            "--confirm",
            "--backorders",
            "no",
        ],
        2,
    );
    assert!(clash.contains("--backorders"), "{clash}");
    assert!(ok(&db, &["check"]).starts_with("ok"));
}
