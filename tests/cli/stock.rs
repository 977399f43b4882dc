//! Stock through the real binary: receipts, issues, moves, counts against `loss`,
//! reversals, the refusal of negative stock, the ledger's running balance, reorder
//! suggestions, and Northwind's products imported with opening stock — checked against
//! figures computed from the CSV here, independently of kontor.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{Scratch, data_dir, fails, json, json_list, ok, s, text};
use rust_decimal::Decimal;
use serde_json::Value;

fn decimal(object: &Value, field: &str) -> Decimal {
    text(object, field)
        .parse()
        .unwrap_or_else(|_| panic!("{field} of {object} is not a decimal"))
}

/// On-hand of a SKU at a location as `stock balance` reports it (0 when absent).
fn on_hand(db: &Path, sku: &str, location: &str) -> Decimal {
    json_list(db, &["stock", "balance", sku])
        .iter()
        .find(|line| text(line, "location") == location)
        .map_or(Decimal::ZERO, |line| decimal(line, "quantity"))
}

fn item(db: &Path, sku: &str, extra: &[&str]) {
    let mut args = vec!["item", "add", "--sku", sku, "--name", sku];
    args.extend(extra);
    ok(db, &args);
}

#[test]
fn receipts_issues_and_moves_keep_exact_balances() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    item(&db, "FLOUR", &["--uom", "kg", "--barcode", "4006381333931"]);
    ok(
        &db,
        &["location", "add", "WH1/A-01-03", "--name", "Regal A"],
    );
    ok(&db, &["stock", "receive", "FLOUR", "12.5", "--ref", "PO-7"]);
    ok(&db, &["stock", "receive", "4006381333931", "0.25"]);
    ok(
        &db,
        &[
            "stock",
            "move",
            "FLOUR",
            "2.75",
            "--from",
            "WH1",
            "--to",
            "wh1/a-01-03",
        ],
    );
    let issued = json(&db, &["stock", "issue", "FLOUR", "1.5"]);
    assert_eq!(text(&issued, "to"), "customer");
    assert_eq!(
        decimal(&issued, "from_balance"),
        "8.50".parse::<Decimal>().unwrap()
    );
    assert_eq!(
        on_hand(&db, "FLOUR", "WH1"),
        "8.5".parse::<Decimal>().unwrap()
    );
    assert_eq!(
        on_hand(&db, "FLOUR", "WH1/A-01-03"),
        "2.75".parse::<Decimal>().unwrap()
    );
    assert!(ok(&db, &["check"]).contains("ok"));
}

#[test]
fn a_move_below_zero_is_refused_naming_the_shortfall_and_posts_nothing() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    item(&db, "BOLT", &[]);
    ok(&db, &["stock", "receive", "BOLT", "3"]);
    let error = fails(&db, &["stock", "issue", "BOLT", "5"], 2);
    assert!(error.contains("short 2"), "{error}");
    assert_eq!(on_hand(&db, "BOLT", "WH1"), Decimal::from(3));
    assert_eq!(json_list(&db, &["stock", "ledger", "BOLT"]).len(), 1);
    ok(&db, &["stock", "issue", "BOLT", "5", "--allow-negative"]);
    assert_eq!(on_hand(&db, "BOLT", "WH1"), Decimal::from(-2));
    let unknown = fails(&db, &["stock", "receive", "NOPE", "1"], 2);
    assert!(unknown.contains("NOPE"), "{unknown}");
    let nowhere = fails(
        &db,
        &["stock", "move", "BOLT", "1", "--from", "WH1", "--to", "WH9"],
        2,
    );
    assert!(nowhere.contains("unknown location"), "{nowhere}");
    fails(&db, &["stock", "receive", "BOLT", "0"], 2);
    fails(&db, &["stock", "receive", "BOLT", "-1"], 2);
}

#[test]
fn a_reversal_restores_the_balance_and_happens_once() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    item(&db, "NUT", &[]);
    ok(&db, &["stock", "receive", "NUT", "10"]);
    let issue = json(&db, &["stock", "issue", "NUT", "4"]);
    let id = issue["id"].as_i64().unwrap().to_string();
    assert_eq!(on_hand(&db, "NUT", "WH1"), Decimal::from(6));
    let reversal = json(&db, &["stock", "reverse", &id]);
    assert_eq!(text(&reversal, "reverses"), id);
    assert_eq!(text(&reversal, "from"), "customer");
    assert_eq!(on_hand(&db, "NUT", "WH1"), Decimal::from(10));
    let again = fails(&db, &["stock", "reverse", &id], 2);
    assert!(again.contains("already reversed"), "{again}");
    fails(&db, &["stock", "reverse", "999"], 2);
}

#[test]
fn a_count_posts_the_difference_against_loss() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    item(&db, "SCREW", &[]);
    ok(&db, &["stock", "receive", "SCREW", "100"]);
    let short = json(&db, &["stock", "count", "SCREW", "WH1", "97"]);
    assert_eq!((text(&short, "from"), text(&short, "to")), ("WH1", "loss"));
    assert_eq!(decimal(&short, "quantity"), Decimal::from(3));
    let found = json(&db, &["stock", "count", "SCREW", "WH1", "99"]);
    assert_eq!((text(&found, "from"), text(&found, "to")), ("loss", "WH1"));
    assert_eq!(decimal(&found, "quantity"), Decimal::from(2));
    assert_eq!(on_hand(&db, "SCREW", "WH1"), Decimal::from(99));
    assert!(ok(&db, &["stock", "count", "SCREW", "WH1", "99"]).contains("count matches"));
    assert_eq!(json_list(&db, &["stock", "ledger", "SCREW"]).len(), 3);
}

#[test]
fn the_ledger_running_balance_ends_at_the_on_hand() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    item(&db, "TAPE", &[]);
    ok(&db, &["location", "add", "WH2"]);
    for args in [
        vec!["stock", "receive", "TAPE", "20"],
        vec!["stock", "move", "TAPE", "5", "--from", "WH1", "--to", "WH2"],
        vec!["stock", "issue", "TAPE", "7"],
        vec!["stock", "receive", "TAPE", "1.5", "--to", "WH2"],
        vec!["stock", "count", "TAPE", "WH2", "6"],
    ] {
        ok(&db, &args);
    }
    let ledger = json_list(&db, &["stock", "ledger", "TAPE"]);
    let mut expected = Decimal::ZERO;
    for line in &ledger {
        let quantity = decimal(line, "quantity");
        let internal = |code: &str| !["supplier", "customer", "production", "loss"].contains(&code);
        if internal(text(line, "to")) {
            expected += quantity;
        }
        if internal(text(line, "from")) {
            expected -= quantity;
        }
        assert_eq!(decimal(line, "running"), expected, "{line}");
    }
    let total = on_hand(&db, "TAPE", "WH1") + on_hand(&db, "TAPE", "WH2");
    assert_eq!(decimal(ledger.last().unwrap(), "running"), total);
    assert_eq!(total, Decimal::from(14));
}

#[test]
fn reorder_suggestions_round_up_to_the_order_multiple() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    item(
        &db,
        "BOX",
        &[
            "--reorder-min",
            "10",
            "--reorder-max",
            "50",
            "--order-multiple",
            "12",
        ],
    );
    item(&db, "BAG", &["--reorder-min", "25"]);
    item(&db, "FULL", &["--reorder-min", "5"]);
    ok(&db, &["stock", "receive", "BOX", "7"]);
    ok(&db, &["stock", "receive", "BAG", "17"]);
    ok(&db, &["stock", "receive", "FULL", "5"]);
    let lines: BTreeMap<String, Decimal> = json_list(&db, &["stock", "reorder"])
        .iter()
        .map(|line| (text(line, "sku").to_string(), decimal(line, "suggested")))
        .collect();
    // BOX: 50 − 7 = 43 → 4 × 12 = 48. BAG: max defaults to min: 25 − 17 = 8. FULL: not below.
    assert_eq!(
        lines,
        BTreeMap::from([
            ("BAG".into(), Decimal::from(8)),
            ("BOX".into(), Decimal::from(48))
        ])
    );
}

#[test]
fn items_refuse_duplicate_codes_and_edit_keeps_history() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    item(&db, "A-1", &["--barcode", "111"]);
    let duplicate = fails(&db, &["item", "add", "--sku", "a-1", "--name", "Other"], 2);
    assert!(duplicate.contains("already used"), "{duplicate}");
    let barcode = fails(
        &db,
        &[
            "item",
            "add",
            "--sku",
            "B-1",
            "--name",
            "B",
            "--barcode",
            "111",
        ],
        2,
    );
    assert!(barcode.contains("111"), "{barcode}");
    let edited = json(
        &db,
        &["item", "edit", "111", "--price", "2,50", "--barcode", "222"],
    );
    assert_eq!(text(&edited, "price"), "2.50");
    assert_eq!(edited["version"], 2);
    assert_eq!(text(&json(&db, &["item", "show", "222"]), "sku"), "A-1");
    let found = json_list(&db, &["item", "search", "a-1"]);
    assert_eq!(found.len(), 1);
}

#[test]
fn northwind_products_import_with_opening_stock_and_the_reorder_list_matches_the_csv() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let file = data_dir().join("northwind").join("products.csv");
    let summary = ok(
        &db,
        &[
            "import",
            "items",
            s(&file),
            "--map",
            "sku=productID",
            "--map",
            "name=productName",
            "--map",
            "price=unitPrice",
            "--map",
            "reorder_min=reorderLevel",
            "--opening-stock",
            "unitsInStock",
            "--location",
            "WH1",
        ],
    );
    let mut reader = csv::Reader::from_path(&file).unwrap();
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, name, stock, level) = (
        column("productID"),
        column("productName"),
        column("unitsInStock"),
        column("reorderLevel"),
    );
    let mut expected = BTreeMap::new();
    let mut rows = 0;
    let mut receipts = 0;
    let mut total = Decimal::ZERO;
    for record in reader.records() {
        let record = record.unwrap();
        rows += 1;
        let in_stock: Decimal = record[stock].parse().unwrap();
        let reorder_level: Decimal = record[level].parse().unwrap();
        total += in_stock;
        receipts += usize::from(in_stock > Decimal::ZERO);
        if in_stock < reorder_level {
            expected.insert(
                record[id].to_string(),
                (record[name].to_string(), reorder_level - in_stock),
            );
        }
    }
    assert!(
        summary.contains(&format!(
            "imported {rows} items and {receipts} opening receipts"
        )),
        "{summary}"
    );
    let reorder: BTreeMap<String, (String, Decimal)> = json_list(&db, &["stock", "reorder"])
        .iter()
        .map(|line| {
            (
                text(line, "sku").to_string(),
                (text(line, "name").to_string(), decimal(line, "suggested")),
            )
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(reorder, expected);
    let balances = json_list(&db, &["stock", "balance", "--location", "WH1"]);
    let sum: Decimal = balances.iter().map(|b| decimal(b, "quantity")).sum();
    assert_eq!(sum, total);
    assert!(ok(&db, &["check"]).contains("ok"));
    let export = ok(&db, &["export", "balances"]);
    assert_eq!(export.lines().count(), receipts + 1);
}

#[test]
fn moves_and_balances_cannot_be_imported() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let file = scratch.file("moves.csv", b"sku,quantity\nA,1\n");
    let error = fails(&db, &["import", "moves", s(&file)], 2);
    assert!(error.contains("cannot be imported"), "{error}");
}

#[test]
fn location_edit_renames_keeps_the_code_and_refuses_stale_versions() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    item(&db, "FLOUR", &["--uom", "kg"]);
    let added = json(&db, &["location", "add", "WH2/A-01", "--name", "Regal A"]);
    assert_eq!(added["version"], 1);
    ok(&db, &["stock", "receive", "FLOUR", "5", "--to", "wh2/a-01"]);
    let edited = json(
        &db,
        &[
            "location",
            "edit",
            "wh2/a-01",
            "--name",
            "Kühlregal A",
            "--expect-version",
            "1",
        ],
    );
    assert_eq!(text(&edited, "code"), "WH2/A-01");
    assert_eq!(text(&edited, "name"), "Kühlregal A");
    assert_eq!(edited["version"], 2);
    let listed = json_list(&db, &["location", "list"]);
    let row = listed
        .iter()
        .find(|l| text(l, "code") == "WH2/A-01")
        .unwrap();
    assert_eq!(text(row, "name"), "Kühlregal A");
    assert_eq!(on_hand(&db, "FLOUR", "WH2/A-01"), Decimal::from(5));
    let stale = fails(
        &db,
        &[
            "location",
            "edit",
            "WH2/A-01",
            "--name",
            "Regal B",
            "--expect-version",
            "1",
        ],
        2,
    );
    assert!(
        stale.contains("location")
            && stale.contains("changed by tester")
            && stale.contains("now version 2"),
        "{stale}"
    );
    let unknown = fails(&db, &["location", "edit", "WH9", "--name", "x"], 2);
    assert!(unknown.contains("\"WH9\" is not a location"), "{unknown}");
    let virtual_one = fails(&db, &["location", "edit", "loss", "--name", "x"], 2);
    assert!(virtual_one.contains("virtual"), "{virtual_one}");
    let audit = json_list(
        &db,
        &["audit", "--record", &format!("location:{}", edited["id"])],
    );
    assert!(
        audit
            .iter()
            .any(|row| text(row, "command") == "Locations::Edit"
                && text(row, "new") == "Kühlregal A"),
        "{audit:?}"
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn opening_stock_is_written_with_its_items_or_not_at_all() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let csv = "sku,name,stock\nA-1,Apfel,5\nB-1,Birne,-2\nC-1,Citrone,\n";
    let file = scratch.file("items.csv", csv.as_bytes());
    let args = ["import", "items", s(&file), "--opening-stock", "stock"];
    let refused = common::run(&db, &args);
    assert_eq!(refused.code, 2, "{refused:?}");
    let line = "line 3: column stock: opening stock -2 is negative";
    assert!(refused.stderr.contains(line), "{refused:?}");
    assert!(json_list(&db, &["item", "list"]).is_empty());
    assert!(json_list(&db, &["stock", "balance"]).is_empty());
    let good = scratch.file("good.csv", csv.replace("-2", "2").as_bytes());
    let summary = ok(
        &db,
        &["import", "items", s(&good), "--opening-stock", "stock"],
    );
    assert!(
        summary.contains("imported 3 items and 2 opening receipts at WH1"),
        "{summary}"
    );
    assert_eq!(on_hand(&db, "B-1", "WH1"), Decimal::from(2));
    let exported = ok(&db, &["export", "items"]);
    let again = scratch.file("again.csv", exported.as_bytes());
    let other = scratch.db("other");
    let kept_ids = fails(
        &other,
        &["import", "items", s(&again), "--opening-stock", "lead_days"],
        2,
    );
    assert!(
        kept_ids.contains(
            "--opening-stock lead_days: opening stock goes with new items: leave out the id column"
        ),
        "refused before the rows are read, naming the flag: {kept_ids}"
    );
    assert!(json_list(&other, &["item", "list"]).is_empty());
}
