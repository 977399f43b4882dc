//! End-to-end tests of `kontor production …` through the real binary: a table made two
//! per run from a top, legs and screws (5 % scrap) — an order added, completed in part
//! (the moves posted with the order's number, the components consumed), refused whole
//! when a component is short (nothing changes), completed, done; another order's rest
//! cancelled with a reason; gapless numbers past a refused add; the open supply and the
//! component needs planning reads, computed by hand; who may add and complete; the
//! audit entries; and the item's planning parameters round-tripped and refused.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

use common::{Scratch, fails, json, json_list, ok, run, text};
use kontor::core::production_orders::{self, ProductionCommand};
use kontor::core::{Actor, Command, Role, execute};
use kontor::store::Store;
use rust_decimal::{Decimal, dec};
use serde_json::Value;
use time::macros::date;

fn decimal(row: &Value, field: &str) -> Decimal {
    Decimal::from_str(text(row, field)).unwrap_or_else(|e| panic!("{field} in {row}: {e}"))
}

/// TABLE is made two per run from 2 TOP, 8 LEG and 16 SCREW with 5 % scrap, and takes 3
/// production days; in stock at WH1: 10 tops, 40 legs, 100 screws.
fn workshop(db: &Path) {
    ok(
        db,
        &[
            "item",
            "add",
            "--sku",
            "TABLE",
            "--name",
            "Table",
            "--production-days",
            "3",
        ],
    );
    for (sku, name) in [("TOP", "Top"), ("LEG", "Leg"), ("SCREW", "Screw")] {
        ok(db, &["item", "add", "--sku", sku, "--name", name]);
    }
    ok(
        db,
        &[
            "bom",
            "set",
            "TABLE",
            "--output-qty",
            "2",
            "--line",
            "TOP:2",
            "--line",
            "LEG:8",
            "--line",
            "SCREW:16:5%",
        ],
    );
    for (sku, quantity) in [("TOP", "10"), ("LEG", "40"), ("SCREW", "100")] {
        ok(db, &["stock", "receive", sku, quantity]);
    }
}

fn decimals(row: &Value, fields: &[&str]) -> Vec<Decimal> {
    fields.iter().map(|field| decimal(row, field)).collect()
}

/// (state, done, open) of an order's row.
fn progress(row: &Value) -> (&str, Decimal, Decimal) {
    (
        text(row, "state"),
        decimal(row, "done"),
        decimal(row, "open"),
    )
}

fn balances(db: &Path) -> BTreeMap<String, Decimal> {
    json_list(db, &["stock", "balance"])
        .iter()
        .map(|row| (text(row, "sku").to_string(), decimal(row, "quantity")))
        .collect()
}

fn expected(pairs: &[(&str, Decimal)]) -> BTreeMap<String, Decimal> {
    pairs.iter().map(|(sku, q)| (sku.to_string(), *q)).collect()
}

/// (sku, open quantity, due) of the open supply, and (order, component sku, quantity,
/// needed) of the component needs, read in-process from the store.
type Supply = Vec<(String, Decimal, time::Date)>;
type Needs = Vec<(String, String, Decimal, time::Date)>;

fn planning_view(db: &Path) -> (Supply, Needs) {
    let store = Store::open(db).unwrap();
    let sku = |id: u64| store.require::<kontor::domain::Item>(id).unwrap().sku;
    let supply = production_orders::open_supply(&store)
        .unwrap()
        .into_iter()
        .map(|s| (sku(s.item_id), s.quantity, s.due))
        .collect();
    let needs = production_orders::open_component_needs(&store)
        .unwrap()
        .into_iter()
        .map(|n| (n.number, sku(n.item_id), n.quantity, n.needed))
        .collect();
    (supply, needs)
}

fn need(
    number: &str,
    sku: &str,
    quantity: Decimal,
    needed: time::Date,
) -> (String, String, Decimal, time::Date) {
    (number.into(), sku.into(), quantity, needed)
}

#[test]
fn an_order_is_completed_in_part_refused_when_short_then_completed_and_done() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    workshop(&db);

    // Due Thursday 17 Dec 2026; 3 working days earlier is Monday 14 Dec.
    let added = json(
        &db,
        &["production", "add", "TABLE", "6", "--due", "2026-12-17"],
    );
    assert_eq!(text(&added, "number"), "FA-2026-00001");
    assert_eq!(text(&added, "state"), "open");
    assert_eq!(text(&added, "start"), "2026-12-14");
    assert_eq!(text(&added, "location"), "WH1");
    assert_eq!(decimal(&added, "open"), dec!(6));

    // 6 tables = 3 runs: TOP 3 × 2 = 6, LEG 3 × 8 = 24, SCREW 3 × 16 × 1.05 = 50.4.
    let monday = date!(2026 - 12 - 14);
    let (supply, needs) = planning_view(&db);
    assert_eq!(
        supply,
        [("TABLE".to_string(), dec!(6), date!(2026 - 12 - 17))]
    );
    assert_eq!(
        needs,
        [
            need("FA-2026-00001", "TOP", dec!(6), monday),
            need("FA-2026-00001", "LEG", dec!(24), monday),
            need("FA-2026-00001", "SCREW", dec!(50.4), monday),
        ]
    );

    // 2 tables = 1 run: TOP 2, LEG 8, SCREW 16.8.
    let part = json(
        &db,
        &["production", "complete", "fa-2026-00001", "--quantity", "2"],
    );
    assert_eq!(progress(&part), ("partly-done", dec!(2), dec!(4)));
    assert_eq!(
        balances(&db),
        expected(&[
            ("TABLE", dec!(2)),
            ("TOP", dec!(8)),
            ("LEG", dec!(32)),
            ("SCREW", dec!(83.2)),
        ])
    );
    let screws = json_list(&db, &["stock", "ledger", "SCREW"]);
    assert_eq!(screws.len(), 2, "the receipt and the completion");
    assert_eq!(text(&screws[1], "reference"), "FA-2026-00001");
    assert_eq!(decimal(&screws[1], "quantity"), dec!(16.8));
    let tables = json_list(&db, &["stock", "ledger", "TABLE"]);
    assert_eq!(
        (text(&tables[0], "from"), text(&tables[0], "reference")),
        ("production", "FA-2026-00001")
    );

    // The open 4 need TOP 4, LEG 16, SCREW 2 × 16 × 1.05 = 33.6.
    let (supply, needs) = planning_view(&db);
    assert_eq!(
        supply,
        [("TABLE".to_string(), dec!(4), date!(2026 - 12 - 17))]
    );
    assert_eq!(needs[2], need("FA-2026-00001", "SCREW", dec!(33.6), monday));

    // Leave 30 screws: the rest needs 33.6, 3.6 short — nothing moves, nothing is booked.
    ok(&db, &["stock", "issue", "SCREW", "53.2"]);
    let before = balances(&db);
    let refused = run(&db, &["production", "complete", "FA-2026-00001"]);
    assert_eq!(refused.code, 2, "{refused:?}");
    let error = common::last_error_line(&refused);
    assert!(
        error.contains("cannot produce 4 × TABLE at WH1: 1 component short")
            && error.contains("SCREW needs 33.6, has 30, short 3.6"),
        "{error}"
    );
    assert_eq!(balances(&db), before);
    let unchanged = json(&db, &["production", "show", "FA-2026-00001"]);
    assert_eq!(
        (decimal(&unchanged, "done"), text(&unchanged, "state")),
        (dec!(2), "partly-done")
    );

    ok(&db, &["stock", "receive", "SCREW", "3.6"]);
    let done = json(&db, &["production", "complete", "FA-2026-00001"]);
    assert_eq!(progress(&done), ("done", dec!(6), dec!(0)));
    assert_eq!(
        balances(&db),
        expected(&[("TABLE", dec!(6)), ("TOP", dec!(4)), ("LEG", dec!(16)),]),
        "every screw used: 30 + 3.6 = 33.6, no balance left"
    );
    assert_eq!(planning_view(&db), (Vec::new(), Vec::new()));
    let again = fails(&db, &["production", "complete", "FA-2026-00001"], 2);
    assert!(
        again.contains("FA-2026-00001 is done: nothing is open on it"),
        "{again}"
    );
    assert!(json_list(&db, &["production", "list", "--open"]).is_empty());
    assert!(ok(&db, &["check"]).starts_with("ok"));

    let audit = json_list(&db, &["audit"]);
    let commands: Vec<&str> = audit
        .iter()
        .filter(|row| row["record"] == "production order:1")
        .map(|row| row["command"].as_str().unwrap_or_default())
        .collect();
    for command in ["Production::Add", "Production::Complete"] {
        assert!(commands.contains(&command), "{command} in {commands:?}");
    }
}

/// A production order consumes its BOM's own components: the leg kit (a sub-assembly with
/// its own BOM, made by its own order) comes from stock, its legs stay; `kontor produce`
/// still explodes to the leaves.
#[test]
fn an_order_takes_its_sub_assemblies_from_stock_not_their_components() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    workshop(&db);
    ok(&db, &["item", "add", "--sku", "KIT", "--name", "Leg kit"]);
    ok(&db, &["bom", "set", "KIT", "--line", "LEG:4"]);
    ok(&db, &["item", "add", "--sku", "BENCH", "--name", "Bench"]);
    ok(
        &db,
        &["bom", "set", "BENCH", "--line", "TOP:1", "--line", "KIT:1"],
    );
    ok(&db, &["stock", "receive", "KIT", "3"]);

    ok(
        &db,
        &["production", "add", "BENCH", "2", "--due", "2026-12-17"],
    );
    ok(&db, &["production", "complete", "FA-2026-00001"]);
    let after = balances(&db);
    assert_eq!(after.get("KIT"), Some(&dec!(1)), "{after:?}");
    assert_eq!(after.get("LEG"), Some(&dec!(40)), "{after:?}");
    assert_eq!(after.get("TOP"), Some(&dec!(8)), "{after:?}");
    assert_eq!(after.get("BENCH"), Some(&dec!(2)), "{after:?}");

    ok(&db, &["produce", "BENCH", "1"]);
    let exploded = balances(&db);
    assert_eq!(exploded.get("KIT"), Some(&dec!(1)), "{exploded:?}");
    assert_eq!(exploded.get("LEG"), Some(&dec!(36)), "{exploded:?}");
}

#[test]
fn the_rest_is_cancelled_with_a_reason_and_numbers_stay_gapless() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    workshop(&db);
    ok(
        &db,
        &[
            "production",
            "add",
            "TABLE",
            "4",
            "--due",
            "2026-12-17",
            "--start",
            "2026-12-16",
        ],
    );
    // An item without a BOM and a start after the due date are refused and take no number.
    let no_bom = fails(
        &db,
        &["production", "add", "TOP", "1", "--due", "2026-12-17"],
        2,
    );
    assert!(no_bom.contains("TOP"), "{no_bom}");
    let late = fails(
        &db,
        &[
            "production",
            "add",
            "TABLE",
            "1",
            "--due",
            "2026-12-17",
            "--start",
            "2026-12-18",
        ],
        2,
    );
    assert!(late.contains("is after the due date"), "{late}");
    let zero = fails(
        &db,
        &["production", "add", "TABLE", "0", "--due", "2026-12-17"],
        2,
    );
    assert!(!zero.contains("panicked"), "{zero}");
    let second = json(
        &db,
        &["production", "add", "TABLE", "2", "--due", "2026-12-18"],
    );
    assert_eq!(text(&second, "number"), "FA-2026-00002");

    ok(
        &db,
        &["production", "complete", "FA-2026-00001", "--quantity", "2"],
    );
    let no_reason = fails(
        &db,
        &["production", "cancel", "FA-2026-00001", "--reason", " "],
        2,
    );
    assert!(no_reason.contains("give a reason"), "{no_reason}");
    let cancelled = json(
        &db,
        &[
            "production",
            "cancel",
            "FA-2026-00001",
            "--reason",
            "Kunde storniert",
        ],
    );
    assert_eq!(text(&cancelled, "state"), "cancelled");
    assert_eq!(
        decimals(&cancelled, &["done", "cancelled_quantity", "open"]),
        [dec!(2), dec!(2), dec!(0)]
    );
    assert_eq!(text(&cancelled, "reason"), "Kunde storniert");
    let more = fails(&db, &["production", "complete", "FA-2026-00001"], 2);
    assert!(more.contains("is cancelled"), "{more}");
    let unknown = fails(&db, &["production", "show", "FA-2026-00099"], 2);
    assert!(
        unknown.contains("no production order FA-2026-00099"),
        "{unknown}"
    );

    // Only the second order is open: 2 tables, one run, due Friday 18 Dec and started
    // 3 working days earlier, on Tuesday 15 Dec.
    let open = json_list(&db, &["production", "list", "--open"]);
    let numbers: Vec<&str> = open.iter().map(|row| text(row, "number")).collect();
    assert_eq!(numbers, ["FA-2026-00002"]);
    assert_eq!(json_list(&db, &["production", "list"]).len(), 2);
    let (supply, needs) = planning_view(&db);
    assert_eq!(
        supply,
        [("TABLE".to_string(), dec!(2), date!(2026 - 12 - 18))]
    );
    let tuesday = date!(2026 - 12 - 15);
    assert_eq!(
        needs,
        [
            need("FA-2026-00002", "TOP", dec!(2), tuesday),
            need("FA-2026-00002", "LEG", dec!(8), tuesday),
            need("FA-2026-00002", "SCREW", dec!(16.8), tuesday),
        ]
    );
    let table = ok(&db, &["production", "list"]);
    assert!(
        table.contains("FA-2026-00001") && table.contains("cancelled"),
        "{table}"
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn purchasing_and_the_warehouse_add_orders_only_the_warehouse_completes_them() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    workshop(&db);
    let store = Store::open(&db).unwrap();
    let act = |role, command| {
        let actor = Actor {
            name: "lea".into(),
            role,
        };
        execute(
            &store,
            &common::clock(),
            &actor,
            Command::Production(command),
        )
    };
    let add = || ProductionCommand::Add {
        code: "TABLE".into(),
        quantity: dec!(2),
        due: date!(2026 - 12 - 17),
        start: None,
        location: None,
    };
    let complete = || ProductionCommand::Complete {
        number: "FA-2026-00001".into(),
        quantity: Some(dec!(1)),
    };
    for role in [Role::Sales, Role::Agent, Role::Payroll, Role::Marketing] {
        let refused = act(role, add()).unwrap_err();
        assert!(refused.to_string().contains("not permitted"), "{role:?}");
    }
    act(Role::Purchasing, add()).unwrap();
    act(Role::Warehouse, add()).unwrap();
    let refused = act(Role::Purchasing, complete()).unwrap_err();
    assert!(refused.to_string().contains("not permitted"), "{refused}");
    act(Role::Warehouse, complete()).unwrap();
    let cancel = ProductionCommand::Cancel {
        number: "FA-2026-00002".into(),
        reason: "doppelt".into(),
    };
    act(Role::Purchasing, cancel).unwrap();
    let orders = production_orders::list(
        &store,
        &Actor {
            name: "lea".into(),
            role: Role::Purchasing,
        },
        false,
    )
    .unwrap();
    let states: Vec<&str> = orders.iter().map(|o| o.state().name()).collect();
    assert_eq!(states, ["partly-done", "cancelled"]);
}

#[test]
fn planning_parameters_round_trip_and_bad_ones_are_refused_in_one_message() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["item", "add", "--sku", "GEAR", "--name", "Gear"]);
    let plain = json(&db, &["item", "show", "GEAR"]);
    assert_eq!(text(&plain, "lot_rule"), "lot-for-lot");
    assert_eq!(plain["production_days"], 0);
    ok(
        &db,
        &[
            "item",
            "edit",
            "GEAR",
            "--lot-rule",
            "fixed:100",
            "--lot-min",
            "20",
            "--lot-multiple",
            "10",
            "--lot-max",
            "500",
            "--safety-stock",
            "wh1=12.5",
            "--safety-stock",
            "WH2=3",
            "--production-days",
            "4",
        ],
    );
    let gear = json(&db, &["item", "show", "GEAR"]);
    assert_eq!(text(&gear, "lot_rule"), "fixed:100");
    assert_eq!(
        decimals(&gear, &["lot_min", "lot_multiple", "lot_max"]),
        [dec!(20), dec!(10), dec!(500)]
    );
    assert_eq!(
        common::strings(&gear, "safety_stock"),
        ["WH1=12.5", "WH2=3"]
    );
    assert_eq!(gear["production_days"], 4);
    let shown = ok(&db, &["item", "show", "GEAR"]);
    assert!(
        shown.contains("fixed:100") && shown.contains("WH1=12.5"),
        "{shown}"
    );

    for (flags, message) in [
        (
            &["--lot-max", "10"][..],
            "the maximum 10 is below the minimum 20",
        ),
        (&["--lot-rule", "weekly"][..], "“weekly” is no lot rule"),
        (&["--safety-stock", "WH1"][..], "“WH1” is no safety stock"),
        (
            &["--safety-stock", "WH1=-1"][..],
            "the safety stock at WH1 is negative",
        ),
        (
            &["--production-days", "zwei"][..],
            "\"zwei\" is not a number of days",
        ),
    ] {
        let args = [&["item", "edit", "GEAR"][..], flags].concat();
        let refused = fails(&db, &args, 2);
        assert!(refused.contains(message), "{flags:?}: {refused}");
        assert!(!refused.contains("panicked"), "{refused}");
    }
    assert_eq!(
        json(&db, &["item", "show", "GEAR"]),
        gear,
        "nothing changed"
    );

    // Empty clears: back to lot for lot without safety stock.
    ok(
        &db,
        &[
            "item",
            "edit",
            "GEAR",
            "--lot-rule",
            "",
            "--safety-stock",
            "",
        ],
    );
    let cleared = json(&db, &["item", "show", "GEAR"]);
    assert_eq!(text(&cleared, "lot_rule"), "lot-for-lot");
    assert!(common::strings(&cleared, "safety_stock").is_empty());
    assert_eq!(decimal(&cleared, "lot_min"), dec!(20));
}
