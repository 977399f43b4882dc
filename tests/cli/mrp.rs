//! End-to-end tests of `kontor mrp …`: the textbook bicycle built with `kontor item`,
//! `bom`, `supplier-item`, `order`, `purchase` and planned, every figure computed by hand
//! below; pegging both ways; determinism; firm orders surviving a rerun; the dry-run diff
//! after a new sales order; converting into grouped purchase orders and production orders
//! (after which a rerun plans nothing); an expedite message for an existing purchase
//! order; a bought order without a supplier refused by name; who may run and read.
//!
//! Today is Saturday 2026-12-05 (the suite's clock); working days are Monday to Friday.
//!
//! | item  | source                 | lot rule                    | on hand | safety stock |
//! |-------|------------------------|-----------------------------|---------|--------------|
//! | BIKE  | make, 2 days           | lot-for-lot                 | 5       | –            |
//! | FRAME | buy, 5 days, L-1       | fixed 20                    | 2       | –            |
//! | WHEEL | make, 1 day            | lot-for-lot, minimum 12     | 0       | –            |
//! | SPOKE | buy, 6 days, L-1       | lot-for-lot, min 500, ×100  | 300     | WH1 100      |
//! | RIM   | buy, 3 days, L-2       | period of 10 days           | 0       | –            |
//!
//! BIKE = FRAME + 2 WHEEL + 2 SPOKE; WHEEL = 36 SPOKE (5 % scrap) + RIM.
//! Demand: AU-2026-00001 10 BIKE on Mon 21st, AU-2026-00002 15 BIKE on Wed 30th.
//! Supply: BE-2026-00001 (sent) 10 FRAME due Tue 22nd.
//!
//! BIKE: on hand 5 covers 5 of AU-1 → 5 due 21st, released 2 working days before: Fri
//! 18th, Thu 17th → 17th. AU-2 → 15 due 30th, released Tue 29th, Mon 28th → 28th.
//! Components on the release days: FRAME 5 (17th), 15 (28th); WHEEL 10, 30; SPOKE 10, 30.
//!
//! FRAME: 5 on the 17th: on hand 2 + 3 of BE-1 (pulled in: expedite 22nd → 17th). 15 on
//! the 28th: the rest of BE-1 (7), 8 short → a fixed lot of 20 due 28th, released 5
//! working days before Mon 28th: 25, 24, 23, 22, 21 → Mon 21st.
//!
//! WHEEL: 10 on the 17th → minimum 12 due 17th, released Wed 16th (surplus 2). 30 on the
//! 28th: 2 from the surplus, 28 due 28th, released Fri 25th. Components: SPOKE
//! 12 × 36 × 1.05 = 453.6 on the 16th, 28 × 37.8 = 1058.4 on the 25th; RIM 12 (16th),
//! 28 (25th).
//!
//! SPOKE: safety stock 100 today (300 on hand → 200). 453.6 on the 16th: 200 on hand,
//! 253.6 short → minimum 500 due 16th, released 6 working days before Wed 16th: 15, 14,
//! 11, 10, 9, 8 → Tue 8th (surplus 246.4). 10 on the 17th from it (236.4). 1058.4 on the
//! 25th: 236.4 + 822 short → multiple of 100: 900 due 25th, released 24, 23, 22, 21, 18,
//! 17 → Thu 17th (surplus 78). 30 on the 28th from it.
//!
//! RIM: 12 on the 16th opens a 10-day period (16th–25th) that holds 28 on the 25th → 40
//! due 16th, released 15, 14, 11 → Fri 11th.

use crate::common;

use std::collections::BTreeSet;
use std::path::Path;
use std::str::FromStr;

use common::{Scratch, fails, json, json_list, ok, text};
use kontor::core::mrp;
use kontor::core::{Actor, Role};
use kontor::store::Store;
use rust_decimal::Decimal;
use serde_json::Value;

/// The bicycle plant as the module's header describes it.
pub(crate) fn bicycle(db: &Path) {
    for (name, number) in [("Velo Teile", "L-1"), ("Felgenwerk", "L-2")] {
        ok(db, &["supplier", "add", "--name", name, "--number", number]);
    }
    let items: [&[&str]; 5] = [
        &[
            "--sku",
            "BIKE",
            "--name",
            "Bicycle",
            "--production-days",
            "2",
        ],
        &[
            "--sku",
            "FRAME",
            "--name",
            "Frame",
            "--lot-rule",
            "fixed:20",
        ],
        &[
            "--sku",
            "WHEEL",
            "--name",
            "Wheel",
            "--production-days",
            "1",
            "--lot-min",
            "12",
        ],
        &[
            "--sku",
            "SPOKE",
            "--name",
            "Spoke",
            "--lot-min",
            "500",
            "--lot-multiple",
            "100",
            "--safety-stock",
            "WH1=100",
        ],
        &["--sku", "RIM", "--name", "Rim", "--lot-rule", "period:10"],
    ];
    for flags in items {
        ok(db, &[&["item", "add"], flags].concat());
    }
    ok(
        db,
        &[
            "bom", "set", "BIKE", "--line", "FRAME:1", "--line", "WHEEL:2", "--line", "SPOKE:2",
        ],
    );
    ok(
        db,
        &[
            "bom",
            "set",
            "WHEEL",
            "--line",
            "SPOKE:36:5%",
            "--line",
            "RIM:1",
        ],
    );
    for (sku, supplier, price, lead) in [
        ("FRAME", "L-1", "40.00", "5"),
        ("SPOKE", "L-1", "0.10", "6"),
        ("RIM", "L-2", "8.00", "3"),
    ] {
        ok(
            db,
            &[
                "supplier-item",
                "add",
                "--item",
                sku,
                "--supplier",
                supplier,
                "--price",
                price,
                "--lead-days",
                lead,
                "--preferred",
                "yes",
            ],
        );
    }
    for (sku, quantity) in [("BIKE", "5"), ("FRAME", "2"), ("SPOKE", "300")] {
        ok(db, &["stock", "receive", sku, quantity]);
    }
    common::add_customer(db, &["--name", "Radhaus", "--number", "K-1"]);
    for (quantity, requested) in [("BIKE:10", "2026-12-21"), ("BIKE:15", "2026-12-30")] {
        ok(
            db,
            &[
                "order",
                "add",
                "--customer",
                "K-1",
                "--line",
                quantity,
                "--requested",
                requested,
            ],
        );
    }
    ok(
        db,
        &[
            "purchase",
            "add",
            "--supplier",
            "L-1",
            "--line",
            "FRAME:10",
            "--requested",
            "2026-12-22",
        ],
    );
    ok(db, &["purchase", "send", "BE-2026-00001"]);
}

fn decimal(row: &Value, field: &str) -> Decimal {
    Decimal::from_str(text(row, field)).unwrap_or_else(|e| panic!("{field} in {row}: {e}"))
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// (key, sku, quantity, release, due, kind, supplier, firm) of a planned order's row.
type Planned = (
    String,
    String,
    Decimal,
    String,
    String,
    String,
    String,
    bool,
);

fn planned(db: &Path) -> BTreeSet<Planned> {
    json_list(db, &["mrp", "show"])
        .iter()
        .map(|row| {
            (
                text(row, "key").to_string(),
                text(row, "sku").to_string(),
                decimal(row, "quantity"),
                text(row, "release").to_string(),
                text(row, "due").to_string(),
                text(row, "kind").to_string(),
                text(row, "supplier").to_string(),
                row["firm"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn order(
    key: &str,
    quantity: &str,
    release: &str,
    due: &str,
    kind: &str,
    supplier: &str,
) -> Planned {
    let sku = key.split('-').nth(1).unwrap().to_string();
    (
        key.into(),
        sku,
        dec(quantity),
        release.into(),
        due.into(),
        kind.into(),
        supplier.into(),
        false,
    )
}

/// The plan computed by hand in the module's header.
fn by_hand() -> BTreeSet<Planned> {
    [
        order(
            "PL-BIKE-20261221-1",
            "5",
            "2026-12-17",
            "2026-12-21",
            "make",
            "",
        ),
        order(
            "PL-BIKE-20261230-1",
            "15",
            "2026-12-28",
            "2026-12-30",
            "make",
            "",
        ),
        order(
            "PL-FRAME-20261228-1",
            "20",
            "2026-12-21",
            "2026-12-28",
            "buy",
            "L-1",
        ),
        order(
            "PL-WHEEL-20261217-1",
            "12",
            "2026-12-16",
            "2026-12-17",
            "make",
            "",
        ),
        order(
            "PL-WHEEL-20261228-1",
            "28",
            "2026-12-25",
            "2026-12-28",
            "make",
            "",
        ),
        order(
            "PL-SPOKE-20261216-1",
            "500",
            "2026-12-08",
            "2026-12-16",
            "buy",
            "L-1",
        ),
        order(
            "PL-SPOKE-20261225-1",
            "900",
            "2026-12-17",
            "2026-12-25",
            "buy",
            "L-1",
        ),
        order(
            "PL-RIM-20261216-1",
            "40",
            "2026-12-11",
            "2026-12-16",
            "buy",
            "L-2",
        ),
    ]
    .into()
}

/// (demand, date, quantity) of `mrp peg KEY`.
fn pegs(db: &Path, key: &str) -> Vec<(String, String, Decimal)> {
    json_list(db, &["mrp", "peg", key])
        .iter()
        .map(|row| {
            (
                text(row, "demand").to_string(),
                text(row, "date").to_string(),
                decimal(row, "quantity"),
            )
        })
        .collect()
}

fn peg(demand: &str, date: &str, quantity: &str) -> (String, String, Decimal) {
    (demand.into(), date.into(), dec(quantity))
}

#[test]
fn the_bicycle_is_planned_as_computed_by_hand_and_pegged_both_ways() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);
    assert!(ok(&db, &["mrp", "show"]).contains("mrp run"));
    let summary = json(&db, &["mrp", "run"]);
    assert_eq!(
        (summary["orders"].as_i64(), summary["buy"].as_i64()),
        (Some(8), Some(4))
    );
    assert_eq!(planned(&db), by_hand());
    // Two runs over the same data: the same plan, byte for byte.
    let first = ok(&db, &["mrp", "show", "--format", "json"]);
    ok(&db, &["mrp", "run"]);
    assert_eq!(ok(&db, &["mrp", "show", "--format", "json"]), first);
    // One item's orders.
    let spokes: Vec<String> = json_list(&db, &["mrp", "show", "--item", "spoke"])
        .iter()
        .map(|row| text(row, "key").to_string())
        .collect();
    assert_eq!(spokes, ["PL-SPOKE-20261216-1", "PL-SPOKE-20261225-1"]);

    // Pegging: the first bike order covers 5 of AU-1; the first wheel order the 10 the
    // first bike order needs and (its surplus) 2 of the second's 30; the 500 spokes
    // 253.6 of the first wheels' 453.6 (on hand gave 200), the bikes' 10 and 236.4 of
    // the second wheels' 1058.4. The second spoke order has 48 beyond what it covers.
    assert_eq!(
        pegs(&db, "PL-BIKE-20261221-1"),
        [peg("AU-2026-00001/1", "2026-12-21", "5")]
    );
    assert_eq!(
        pegs(&db, "PL-WHEEL-20261217-1"),
        [
            peg("PL-BIKE-20261221-1", "2026-12-17", "10"),
            peg("PL-BIKE-20261230-1", "2026-12-28", "2")
        ]
    );
    assert_eq!(
        pegs(&db, "PL-SPOKE-20261216-1"),
        [
            peg("PL-WHEEL-20261217-1", "2026-12-16", "253.6"),
            peg("PL-BIKE-20261221-1", "2026-12-17", "10"),
            peg("PL-WHEEL-20261228-1", "2026-12-25", "236.4"),
        ]
    );
    // What covers AU-1's line: 5 on hand, 5 the planned bike order.
    let covers: Vec<(String, Decimal)> =
        json_list(&db, &["mrp", "peg", "--demand", "AU-2026-00001/1"])
            .iter()
            .map(|row| (text(row, "supply").to_string(), decimal(row, "quantity")))
            .collect();
    assert_eq!(
        covers,
        [
            ("on-hand".to_string(), dec("5")),
            ("PL-BIKE-20261221-1".to_string(), dec("5"))
        ]
    );
    fails(&db, &["mrp", "peg", "--demand", "AU-2026-00009/1"], 2);
    fails(&db, &["mrp", "peg", "PL-NOPE"], 2);
    let surplus = pegs(&db, "PL-SPOKE-20261225-1");
    assert_eq!(surplus.last(), Some(&peg("surplus", "", "48")));

    // BE-1 is due the 22nd but needed from the 17th.
    let actions = json_list(&db, &["mrp", "actions"]);
    let found: Vec<(&str, &str, &str, &str)> = actions
        .iter()
        .map(|row| {
            (
                text(row, "supply"),
                text(row, "action"),
                text(row, "from"),
                text(row, "to"),
            )
        })
        .collect();
    assert_eq!(
        found,
        [("BE-2026-00001/1", "expedite", "2026-12-22", "2026-12-17")]
    );
    assert!(ok(&db, &["mrp", "actions"]).contains("Expedite"));
}

#[test]
fn firm_orders_survive_a_rerun_and_the_dry_run_shows_a_new_sales_order() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);
    ok(&db, &["mrp", "run"]);
    let firmed = json(&db, &["mrp", "firm", "PL-SPOKE-20261216-1"]);
    assert_eq!(firmed["firm"], Value::Bool(true));
    ok(&db, &["mrp", "run"]);
    let mut expected = by_hand();
    let spoke = order(
        "PL-SPOKE-20261216-1",
        "500",
        "2026-12-08",
        "2026-12-16",
        "buy",
        "L-1",
    );
    expected.remove(&spoke);
    expected.insert((
        spoke.0.clone(),
        spoke.1.clone(),
        spoke.2,
        spoke.3.clone(),
        spoke.4.clone(),
        spoke.5.clone(),
        spoke.6.clone(),
        true,
    ));
    assert_eq!(planned(&db), expected);
    assert!(json_list(&db, &["mrp", "run", "--dry-run"]).is_empty());

    // 4 more bikes on the 21st. BIKE: 9 due 21st. FRAME: 9 on the 17th (on hand 2 + 7
    // of BE-1); 15 on the 28th: 3 of BE-1, 12 short → still one lot of 20. WHEEL: 18 on
    // the 17th (above the minimum, no surplus), 30 on the 28th. SPOKE: safety 100; 18 ×
    // 37.8 = 680.4 on the 16th: 200 on hand + 480.4 of the firm 500; 18 on the 17th: 18
    // of it (1.6 left); 30 × 37.8 = 1134 on the 25th: 1.6 + 1132.4 → 1200. RIM: 18 + 30
    // = 48.
    ok(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "BIKE:4",
            "--requested",
            "2026-12-21",
        ],
    );
    let before = ok(&db, &["mrp", "show", "--format", "json"]);
    let diff: BTreeSet<(String, String, Decimal, Decimal)> =
        json_list(&db, &["mrp", "run", "--dry-run"])
            .iter()
            .map(|row| {
                (
                    text(row, "change").to_string(),
                    text(row, "key").to_string(),
                    decimal(row, "was"),
                    decimal(row, "quantity"),
                )
            })
            .collect();
    let changed = |key: &str, was: &str, now: &str| {
        ("changed".to_string(), key.to_string(), dec(was), dec(now))
    };
    assert_eq!(
        diff,
        [
            changed("PL-BIKE-20261221-1", "5", "9"),
            changed("PL-WHEEL-20261217-1", "12", "18"),
            changed("PL-WHEEL-20261228-1", "28", "30"),
            changed("PL-SPOKE-20261225-1", "900", "1200"),
            changed("PL-RIM-20261216-1", "40", "48"),
        ]
        .into()
    );
    // The dry run stored nothing.
    assert_eq!(ok(&db, &["mrp", "show", "--format", "json"]), before);
    // Unfirmed, the next run plans the spokes anew.
    let unfirmed = json(&db, &["mrp", "unfirm", "PL-SPOKE-20261216-1"]);
    assert_eq!(unfirmed["firm"], Value::Bool(false));
    fails(&db, &["mrp", "firm", "PL-NOPE"], 2);
    let audit: Vec<String> = json_list(&db, &["audit"])
        .iter()
        .map(|row| text(row, "command").to_string())
        .collect();
    for command in ["Mrp::Run", "Mrp::Firm", "Mrp::Unfirm"] {
        assert!(audit.iter().any(|c| c == command), "{command} in {audit:?}");
    }
}

#[test]
fn converting_makes_one_purchase_order_per_supplier_and_production_orders() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);
    ok(&db, &["mrp", "run"]);
    fails(&db, &["mrp", "convert"], 2);
    // L-2 sells rims from 30, in 25s: the planned 40 is ordered as 50.
    ok(
        &db,
        &[
            "supplier-item",
            "edit",
            "3",
            "--moq",
            "30",
            "--multiple",
            "25",
        ],
    );
    let done = json(&db, &["mrp", "convert", "--all", "--buy"]);
    // L-1: FRAME 20, SPOKE 500 and 900 on one order; L-2: RIM 50 (40 planned).
    assert_eq!(
        common::strings(&done, "purchase_orders"),
        ["BE-2026-00002", "BE-2026-00003"]
    );
    assert!(common::strings(&done, "production_orders").is_empty());
    let lines = |number: &str| -> Vec<(String, Decimal, Decimal, String)> {
        json(&db, &["purchase", "show", number])["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|line| {
                (
                    text(line, "sku").to_string(),
                    decimal(line, "quantity"),
                    decimal(line, "unit_price"),
                    text(line, "requested").to_string(),
                )
            })
            .collect()
    };
    let line =
        |sku: &str, q: &str, p: &str, d: &str| (sku.to_string(), dec(q), dec(p), d.to_string());
    assert_eq!(
        lines("BE-2026-00002"),
        [
            line("FRAME", "20", "40", "2026-12-28"),
            line("SPOKE", "500", "0.1", "2026-12-16"),
            line("SPOKE", "900", "0.1", "2026-12-25"),
        ]
    );
    assert_eq!(
        lines("BE-2026-00003"),
        [line("RIM", "50", "8", "2026-12-16")]
    );
    // What is left is made.
    let left: Vec<String> = planned(&db).into_iter().map(|p| p.5).collect();
    assert_eq!(left, ["make"; 4]);
    let done = json(&db, &["mrp", "convert", "--all"]);
    assert_eq!(common::strings(&done, "production_orders").len(), 4);
    let made: BTreeSet<(String, Decimal, String, String)> = json_list(&db, &["production", "list"])
        .iter()
        .map(|row| {
            (
                text(row, "sku").to_string(),
                decimal(row, "quantity"),
                text(row, "start").to_string(),
                text(row, "due").to_string(),
            )
        })
        .collect();
    let fa = |sku: &str, q: &str, s: &str, d: &str| {
        (sku.to_string(), dec(q), s.to_string(), d.to_string())
    };
    assert_eq!(
        made,
        [
            fa("BIKE", "5", "2026-12-17", "2026-12-21"),
            fa("BIKE", "15", "2026-12-28", "2026-12-30"),
            fa("WHEEL", "12", "2026-12-16", "2026-12-17"),
            fa("WHEEL", "28", "2026-12-25", "2026-12-28"),
        ]
        .into()
    );
    assert!(planned(&db).is_empty());
    // Everything is supply now: a rerun plans nothing.
    ok(&db, &["mrp", "run"]);
    assert!(planned(&db).is_empty(), "{:?}", planned(&db));
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn a_bought_order_without_a_supplier_is_refused_by_name_and_only_purchasing_plans() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["item", "add", "--sku", "BELL", "--name", "Bell"]);
    common::add_customer(&db, &["--name", "Radhaus", "--number", "K-1"]);
    ok(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "BELL:3",
            "--requested",
            "2026-12-21",
        ],
    );
    ok(&db, &["mrp", "run"]);
    let key = text(&json_list(&db, &["mrp", "show"])[0], "key").to_string();
    let refused = fails(&db, &["mrp", "convert", &key], 2);
    assert!(refused.contains("BELL"), "{refused}");
    assert_eq!(planned(&db).len(), 1);
    assert!(json_list(&db, &["purchase", "list"]).is_empty());

    // Purchasing runs, firms and converts; the warehouse reads the plan; sales does neither.
    let store = Store::open(&db).unwrap();
    let as_role = |role| Actor {
        name: "lea".into(),
        role,
    };
    let now = common::now();
    for role in [Role::Sales, Role::Warehouse] {
        let refused = mrp::run(&store, &as_role(role), now, 90).unwrap_err();
        assert!(refused.to_string().contains("not permitted"), "{role:?}");
        let refused = mrp::firm(&store, &as_role(role), now, &key, true).unwrap_err();
        assert!(refused.to_string().contains("not permitted"), "{role:?}");
    }
    assert!(mrp::accepted(&store, &as_role(Role::Sales)).is_err());
    let read = mrp::accepted(&store, &as_role(Role::Warehouse)).unwrap();
    assert_eq!(read.map(|plan| plan.orders.len()), Some(1));
    let ran = mrp::run(&store, &as_role(Role::Purchasing), now, 90).unwrap();
    assert_eq!(ran.counts(), (1, 0, 0));
    assert!(ran.diff.is_empty());
}

/// The release date of the planned order `key`.
fn release_of(db: &Path, key: &str) -> String {
    planned(db)
        .into_iter()
        .find(|p| p.0 == key)
        .map(|p| p.3)
        .unwrap_or_else(|| panic!("no {key} in {:?}", planned(db)))
}

/// Lead times count in the planning calendar's working days: RIM, due Wednesday 16 Dec with
/// 3 days' lead time, is released Friday 11 Dec on weekdays, Thursday 10 Dec when the
/// calendar closes Monday 14 Dec. The wheels for Monday 28 Dec (1 production day) start
/// Friday 25 Dec on weekdays; in Bavaria the 25th and 26th are holidays, so they start
/// Thursday 24 Dec, and their spokes (6 days) are due then and released Wednesday 16 Dec
/// (24, 23, 22, 21, 18, 17 back). An unknown calendar is refused.
#[test]
fn lead_times_count_in_the_planning_calendars_working_days() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);
    ok(&db, &["mrp", "run"]);
    assert_eq!(release_of(&db, "PL-RIM-20261216-1"), "2026-12-11");
    assert_eq!(release_of(&db, "PL-WHEEL-20261228-1"), "2026-12-25");
    assert_eq!(release_of(&db, "PL-SPOKE-20261225-1"), "2026-12-17");
    ok(
        &db,
        &[
            "calendar",
            "add",
            "Werk",
            "--state",
            "BY",
            "--off",
            "2026-12-14",
        ],
    );
    ok(&db, &["settings", "planning_calendar", "Werk"]);
    ok(&db, &["mrp", "run"]);
    assert_eq!(release_of(&db, "PL-RIM-20261216-1"), "2026-12-10");
    assert_eq!(release_of(&db, "PL-WHEEL-20261228-1"), "2026-12-24");
    assert_eq!(release_of(&db, "PL-SPOKE-20261224-1"), "2026-12-16");
    ok(&db, &["settings", "planning_calendar", "Filiale"]);
    let refused = fails(&db, &["mrp", "run"], 2);
    assert!(refused.contains("Filiale"), "{refused}");
}
