//! End-to-end tests of `kontor bom …` and `kontor produce` through the real binary on
//! temporary databases: a three-level bicycle whose explosion and cost roll-up are
//! computed by hand here, a cycle refused with its path, a production that moves exactly
//! the exploded quantities, and a production with shortages that moves nothing and lists
//! every short component.

use crate::common;

use std::path::Path;
use std::str::FromStr;

use common::{Scratch, fails, int, json, json_list, ok, run, text};
use rust_decimal::{Decimal, dec};
use serde_json::Value;

/// A decimal field of a JSON row (kontor writes decimals as strings).
fn decimal(row: &Value, field: &str) -> Decimal {
    Decimal::from_str(text(row, field)).unwrap_or_else(|e| panic!("{field} in {row}: {e}"))
}

/// The (sku, decimal field) pairs of a JSON list.
fn figures(rows: &[Value], field: &str) -> Vec<(String, Decimal)> {
    rows.iter()
        .map(|row| (text(row, "sku").to_string(), decimal(row, field)))
        .collect()
}

fn pairs(expected: &[(&str, Decimal)]) -> Vec<(String, Decimal)> {
    expected
        .iter()
        .map(|(sku, value)| (sku.to_string(), *value))
        .collect()
}

/// The bicycle: a frame and two wheels, assembled in 45 min at 40.00/h. Wheels are made
/// two per run from 2 rims, 2 hubs and 72 spokes with 5 % scrap, laced in 40 min at
/// 30.00/h. Standard costs: frame 80.00, rim 12.50, hub 18.40, spoke 0.25.
fn bicycle(db: &Path) {
    for (sku, name, cost) in [
        ("BIKE", "Bicycle", "0"),
        ("FRAME", "Frame", "80.00"),
        ("WHEEL", "Wheel", "0"),
        ("RIM", "Rim", "12.50"),
        ("HUB", "Hub", "18.40"),
        ("SPOKE", "Spoke", "0.25"),
    ] {
        ok(
            db,
            &["item", "add", "--sku", sku, "--name", name, "--cost", cost],
        );
    }
    let wheel = json_list(
        db,
        &[
            "bom",
            "set",
            "WHEEL",
            "--output-qty",
            "2",
            "--line",
            "RIM:2",
            "--line",
            "HUB:2",
            "--line",
            "SPOKE:72:5%",
            "--op",
            "Lacing:40:30.00",
        ],
    );
    assert_eq!(wheel.len(), 5, "WHEEL, its three lines and one operation");
    ok(
        db,
        &[
            "bom",
            "set",
            "BIKE",
            "--line",
            "FRAME:1",
            "--line",
            "WHEEL:2",
            "--op",
            "Assembly:45:40",
        ],
    );
}

fn receive(db: &Path, stock: &[(&str, &str)]) {
    for (sku, quantity) in stock {
        ok(db, &["stock", "receive", sku, quantity]);
    }
}

fn balances(db: &Path) -> Vec<(String, Decimal)> {
    figures(&json_list(db, &["stock", "balance"]), "quantity")
}

#[test]
fn a_three_level_bicycle_explodes_and_rolls_up_to_hand_computed_figures() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);

    let tree = json_list(&db, &["bom", "show", "BIKE"]);
    let shape: Vec<(i64, &str, &str)> = tree
        .iter()
        .map(|row| (int(row, "level"), text(row, "kind"), text(row, "name")))
        .collect();
    assert_eq!(
        shape,
        [
            (0, "assembly", "Bicycle"),
            (1, "component", "Frame"),
            (1, "assembly", "Wheel"),
            (2, "component", "Rim"),
            (2, "component", "Hub"),
            (2, "component", "Spoke"),
            (2, "operation", "Lacing"),
            (1, "operation", "Assembly"),
        ]
    );

    // Explosion of 3 bikes, N × quantity × (1 + scrap %) ÷ output quantity per line:
    //   FRAME  3 × 1 × 1 ÷ 1 = 3
    //   WHEEL  3 × 2 × 1 ÷ 1 = 6 wheels, a sub-assembly, exploded in turn:
    //     RIM    6 × 2 × 1 ÷ 2 = 6
    //     HUB    6 × 2 × 1 ÷ 2 = 6
    //     SPOKE  6 × 72 × 1.05 ÷ 2 = 453.6 ÷ 2 = 226.8
    let leaves = json_list(&db, &["bom", "explode", "BIKE", "--qty", "3"]);
    assert_eq!(
        figures(&leaves, "quantity"),
        pairs(&[
            ("FRAME", dec!(3)),
            ("RIM", dec!(6)),
            ("HUB", dec!(6)),
            ("SPOKE", dec!(226.8)),
        ])
    );

    // Cost of one bike, level by level:
    //   WHEEL per run of 2: RIM 2 × 12.50 = 25.00, HUB 2 × 18.40 = 36.80,
    //     SPOKE 72 × 1.05 × 0.25 = 18.90 → material 80.70; Lacing 40 ÷ 60 × 30.00 = 20.00;
    //     unit cost (80.70 + 20.00) ÷ 2 = 50.35 (material 40.35, operations 10.00).
    //   BIKE: FRAME 1 × 80.00 + WHEEL 2 × 50.35 = 180.70 material;
    //     Assembly 45 ÷ 60 × 40.00 = 30.00; unit cost 210.70.
    // Per bike, the rows under WHEEL add up to its 100.70: 25.00 + 36.80 + 18.90 + 20.00.
    let cost = json_list(&db, &["bom", "cost", "BIKE"]);
    let per_unit: Vec<(&str, Decimal, Decimal, Decimal)> = cost
        .iter()
        .map(|row| {
            (
                text(row, "name"),
                decimal(row, "qty_per_unit"),
                decimal(row, "unit_cost"),
                decimal(row, "cost_per_unit"),
            )
        })
        .collect();
    assert_eq!(
        per_unit,
        [
            ("Bicycle", dec!(1), dec!(210.70), dec!(210.70)),
            ("Frame", dec!(1), dec!(80.00), dec!(80.00)),
            ("Wheel", dec!(2), dec!(50.35), dec!(100.70)),
            ("Rim", dec!(2), dec!(12.50), dec!(25.00)),
            ("Hub", dec!(2), dec!(18.40), dec!(36.80)),
            ("Spoke", dec!(75.6), dec!(0.25), dec!(18.90)),
            ("Lacing", dec!(40), dec!(30.00), dec!(20.00)),
            ("Assembly", dec!(45), dec!(40.00), dec!(30.00)),
        ]
    );
    assert_eq!(decimal(&cost[0], "material"), dec!(180.70));
    assert_eq!(decimal(&cost[0], "operations"), dec!(30.00));
    assert_eq!(decimal(&cost[2], "material"), dec!(40.35));
    assert_eq!(decimal(&cost[2], "operations"), dec!(10.00));
    let table = ok(&db, &["bom", "cost", "BIKE"]);
    assert!(
        table.contains("unit cost of BIKE: 210.70 EUR per pcs") && table.contains("    SPOKE"),
        "{table}"
    );

    let used = json_list(&db, &["bom", "where-used", "SPOKE"]);
    let climbed: Vec<(i64, &str, &str)> = used
        .iter()
        .map(|row| (int(row, "level"), text(row, "sku"), text(row, "uses")))
        .collect();
    assert_eq!(climbed, [(1, "WHEEL", "SPOKE"), (2, "BIKE", "WHEEL")]);
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn a_bom_that_would_close_a_cycle_is_refused_with_its_path() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for sku in ["A", "B", "C", "D"] {
        ok(&db, &["item", "add", "--sku", sku, "--name", sku]);
    }
    ok(&db, &["bom", "set", "B", "--line", "C:1", "--line", "D:2"]);
    ok(&db, &["bom", "set", "C", "--line", "A:1"]);
    let error = fails(&db, &["bom", "set", "A", "--line", "B:1"], 2);
    assert!(
        error.contains("A → B → C → A") && error.contains("nothing saved"),
        "{error}"
    );
    let missing = fails(&db, &["bom", "show", "A"], 2);
    assert!(missing.contains("A has no bill of materials"), "{missing}");
    let itself = fails(&db, &["bom", "set", "D", "--line", "D:1"], 2);
    assert!(
        itself.contains("D cannot be a component of itself"),
        "{itself}"
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn production_moves_exactly_the_exploded_quantities_in_one_go() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);
    receive(
        &db,
        &[
            ("FRAME", "5"),
            ("RIM", "10"),
            ("HUB", "10"),
            ("SPOKE", "500"),
        ],
    );
    let before = balances(&db);
    assert_eq!(
        before,
        pairs(&[
            ("FRAME", dec!(5)),
            ("RIM", dec!(10)),
            ("HUB", dec!(10)),
            ("SPOKE", dec!(500)),
        ])
    );
    let exploded = figures(
        &json_list(&db, &["bom", "explode", "BIKE", "--qty", "3"]),
        "quantity",
    );

    let moves = json_list(&db, &["produce", "BIKE", "3"]);
    let posted: Vec<(String, Decimal)> = figures(&moves, "quantity");
    let mut expected = exploded.clone();
    expected.push(("BIKE".into(), dec!(3)));
    assert_eq!(posted, expected, "each leaf once, then the bikes");
    for row in &moves[..4] {
        assert_eq!((text(row, "from"), text(row, "to")), ("WH1", "production"));
        assert_eq!(text(row, "reference"), "produce 3 × BIKE");
    }
    assert_eq!(
        (text(&moves[4], "from"), text(&moves[4], "to")),
        ("production", "WH1")
    );

    // 5 − 3 = 2 frames, 10 − 6 = 4 rims and hubs, 500 − 226.8 = 273.2 spokes, 3 bikes.
    let mut after = pairs(&[
        ("FRAME", dec!(2)),
        ("RIM", dec!(4)),
        ("HUB", dec!(4)),
        ("SPOKE", dec!(273.2)),
    ]);
    after.insert(0, ("BIKE".into(), dec!(3)));
    assert_eq!(balances(&db), after);

    let spokes = json_list(&db, &["stock", "ledger", "SPOKE"]);
    assert_eq!(spokes.len(), 2, "the receipt and the production");
    assert_eq!(decimal(&spokes[1], "quantity"), dec!(226.8));
    assert_eq!(decimal(&spokes[1], "running"), dec!(273.2));
    assert_eq!(text(&spokes[1], "to"), "production");
    let bikes = json_list(&db, &["stock", "ledger", "BIKE"]);
    assert_eq!(bikes.len(), 1);
    assert_eq!(decimal(&bikes[0], "quantity"), dec!(3));
    assert_eq!(text(&bikes[0], "from"), "production");
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn production_with_shortages_moves_nothing_and_lists_every_short_component() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);
    // 3 bikes need FRAME 3, RIM 6, HUB 6, SPOKE 226.8 (see the explosion above).
    receive(&db, &[("FRAME", "3"), ("RIM", "5"), ("SPOKE", "200")]);
    let before = balances(&db);

    let refused = run(&db, &["produce", "BIKE", "3", "--format", "json"]);
    assert_eq!(refused.code, 2, "{refused:?}");
    let short = refused.json();
    let short = short.as_array().expect("a JSON list of shortages");
    let listed: Vec<(&str, Decimal, Decimal, Decimal)> = short
        .iter()
        .map(|row| {
            (
                text(row, "sku"),
                decimal(row, "needed"),
                decimal(row, "on_hand"),
                decimal(row, "short"),
            )
        })
        .collect();
    // RIM 6 − 5 = 1 short; HUB 6 − 0 = 6; SPOKE 226.8 − 200 = 26.8; FRAME is enough.
    assert_eq!(
        listed,
        [
            ("RIM", dec!(6), dec!(5), dec!(1)),
            ("HUB", dec!(6), dec!(0), dec!(6)),
            ("SPOKE", dec!(226.8), dec!(200), dec!(26.8)),
        ]
    );
    let error = common::last_error_line(&refused);
    assert!(
        error.contains("cannot produce 3 × BIKE at WH1: 3 components short")
            && error.contains("SPOKE needs 226.8, has 200, short 26.8")
            && error.ends_with("nothing moved"),
        "{error}"
    );

    assert_eq!(balances(&db), before);
    for sku in ["FRAME", "RIM", "SPOKE"] {
        let ledger = json_list(&db, &["stock", "ledger", sku]);
        assert_eq!(ledger.len(), 1, "only the receipt of {sku}: {ledger:?}");
    }
    assert!(json_list(&db, &["stock", "ledger", "BIKE"]).is_empty());
    let table = run(&db, &["produce", "BIKE", "3"]);
    assert!(
        table
            .stdout
            .contains("SKU    NAME   NEEDED  ON_HAND  SHORT  UOM"),
        "{table:?}"
    );
    let german = run(&db, &["--lang", "de", "produce", "BIKE", "2,5"]);
    let error = common::last_error_line(&german);
    assert!(
        error.contains("2,5 × BIKE") && error.contains("HUB braucht 5") && !error.contains("2.5"),
        "{error}"
    );
}

#[test]
fn a_replaced_bom_updates_where_used_and_survives_reindex() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);
    let saved = json_list(
        &db,
        &["bom", "set", "WHEEL", "--line", "RIM:1", "--line", "HUB:1"],
    );
    assert_eq!(saved.len(), 3);
    assert!(json_list(&db, &["bom", "where-used", "SPOKE"]).is_empty());
    ok(&db, &["reindex"]);
    assert!(ok(&db, &["check"]).starts_with("ok"));
    let used = json_list(&db, &["bom", "where-used", "HUB"]);
    assert_eq!(used.len(), 2, "{used:?}");
    let stale = fails(
        &db,
        &[
            "bom",
            "set",
            "WHEEL",
            "--line",
            "RIM:1",
            "--expect-version",
            "1",
        ],
        2,
    );
    assert!(stale.contains("now version 2"), "{stale}");
    let deleted = ok(&db, &["bom", "delete", "WHEEL"]);
    assert!(deleted.contains("version 2"), "{deleted}");
    let leaves = json(&db, &["bom", "explode", "BIKE"]);
    assert_eq!(
        figures(leaves.as_array().unwrap(), "quantity"),
        pairs(&[("FRAME", dec!(1)), ("WHEEL", dec!(2))])
    );
}

#[test]
fn an_item_in_a_bom_stays_while_one_in_none_is_deleted() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    bicycle(&db);
    for (sku, by) in [("SPOKE", "1 BOM"), ("BIKE", "1 BOM"), ("WHEEL", "2 BOMs")] {
        let refused = fails(&db, &["item", "delete", sku, "--force"], 2);
        assert!(
            refused.contains(&format!("referred to by {by}")),
            "{refused}"
        );
    }
    ok(&db, &["item", "add", "--sku", "BELL", "--name", "Bell"]);
    let deleted = ok(&db, &["item", "delete", "bell"]);
    assert!(deleted.starts_with("deleted item 7 (Bell)"), "{deleted}");
    assert_eq!(json_list(&db, &["item", "list"]).len(), 6);
}
