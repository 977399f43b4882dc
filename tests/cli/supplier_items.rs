//! Supplier items through the command line: added and edited by SKU and supplier number,
//! listed by item or supplier, one preferred offer per item (setting one clears the other),
//! price breaks at their edges and the validity's first and last day, the minimum order
//! quantity and the order multiple, bad input as one clear line, the audit log, and
//! Northwind's products linked to their suppliers by an items import (checked against the
//! CSV read here).

use std::collections::BTreeMap;
use std::path::Path;

use rust_decimal::Decimal;
use serde_json::Value;

use crate::common::{Scratch, data_dir, fails, int, json, json_list, ok, s, strings, text};

fn decimal(row: &Value, field: &str) -> Decimal {
    text(row, field).parse().unwrap()
}

/// Suppliers L-1 and L-2 and the item CH-001 (cost 2.00, price 4.00).
fn planted(db: &Path) {
    ok(
        db,
        &[
            "supplier",
            "add",
            "--name",
            "Exotic Liquids",
            "--number",
            "L-1",
        ],
    );
    ok(
        db,
        &[
            "supplier",
            "add",
            "--name",
            "Tokyo Traders",
            "--number",
            "L-2",
        ],
    );
    ok(
        db,
        &[
            "item", "add", "--sku", "CH-001", "--name", "Chai", "--cost", "2.00", "--price", "4.00",
        ],
    );
}

fn add(db: &Path, flags: &[&str]) -> Value {
    json(
        db,
        &[&["supplier-item", "add", "--item", "CH-001"], flags].concat(),
    )
}

/// `supplier-item price CH-001 …` as json.
fn price(db: &Path, flags: &[&str]) -> Value {
    json(db, &[&["supplier-item", "price", "CH-001"], flags].concat())
}

#[test]
fn offers_are_added_edited_listed_and_one_per_item_is_preferred() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    planted(&db);
    let first = add(
        &db,
        &[
            "--supplier",
            "L-1",
            "--supplier-sku",
            "EX-1",
            "--price",
            "100:4,20",
            "--price",
            "4.50",
            "--lead-days",
            "5",
            "--preferred",
            "yes",
        ],
    );
    assert_eq!(int(&first, "item"), 1);
    assert_eq!(int(&first, "supplier"), 1);
    assert_eq!(strings(&first, "price"), ["1:4.50", "100:4.20"]);
    assert_eq!(text(&first, "currency"), "EUR");
    assert_eq!(first["preferred"], Value::Bool(true));
    let second = add(
        &db,
        &["--supplier", "2", "--price", "4.40", "--preferred", "yes"],
    );
    let shown = |id: i64| json(&db, &["supplier-item", "show", &id.to_string()]);
    assert_eq!(second["preferred"], Value::Bool(true));
    assert_eq!(
        shown(1)["preferred"],
        Value::Bool(false),
        "the new one took over"
    );
    assert_eq!(int(&price(&db, &[]), "supplier"), 2);

    let of_item = json_list(&db, &["supplier-item", "list", "--item", "CH-001"]);
    assert_eq!(of_item.len(), 2);
    let of_supplier = json_list(&db, &["supplier-item", "list", "--supplier", "L-1"]);
    assert_eq!(of_supplier.len(), 1);
    assert_eq!(text(&of_supplier[0], "supplier_sku"), "EX-1");

    let edited = json(
        &db,
        &[
            "supplier-item",
            "edit",
            "1",
            "--preferred",
            "yes",
            "--moq",
            "12",
        ],
    );
    assert_eq!(edited["preferred"], Value::Bool(true));
    assert_eq!(text(&edited, "moq"), "12");
    assert_eq!(strings(&edited, "price"), ["1:4.50", "100:4.20"], "kept");
    assert_eq!(
        int(&edited, "version"),
        3,
        "cleared by the second, then edited"
    );
    assert_eq!(shown(2)["preferred"], Value::Bool(false));
    assert_eq!(int(&price(&db, &[]), "supplier"), 1);

    ok(&db, &["supplier-item", "remove", "2"]);
    let left = json_list(&db, &["supplier-item", "list", "--item", "CH-001"]);
    assert_eq!(left.len(), 1);
    let audit = json_list(&db, &["audit"]);
    let on = |record: &str| {
        audit
            .iter()
            .filter(|row| text(row, "record") == record)
            .count()
    };
    assert!(on("supplier-item:1") >= 2, "added and edited: {audit:?}");
    assert!(on("supplier-item:2") >= 2, "added and removed: {audit:?}");
    let refused = fails(&db, &["supplier", "delete", "1"], 2);
    assert!(
        refused.contains("referred to by 1 supplier item"),
        "{refused}"
    );
}

#[test]
fn a_break_applies_from_its_quantity_and_only_within_the_validity() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    planted(&db);
    add(
        &db,
        &[
            "--supplier",
            "L-1",
            "--price",
            "5.00",
            "--price",
            "10:4.50",
            "--price",
            "100:4.00",
            "--from",
            "2026-01-01",
            "--until",
            "31.12.2026",
            "--preferred",
            "yes",
        ],
    );
    let unit = |qty: &str, date: &str| {
        let answer = price(&db, &["--supplier", "L-1", "--qty", qty, "--date", date]);
        decimal(&answer, "unit_price")
    };
    let on = "2026-06-01";
    assert_eq!(unit("9.999", on), Decimal::new(500, 2));
    assert_eq!(unit("10", on), Decimal::new(450, 2));
    assert_eq!(unit("99", on), Decimal::new(450, 2));
    assert_eq!(unit("100", on), Decimal::new(400, 2));
    assert_eq!(unit("1", "2026-01-01"), Decimal::new(500, 2));
    assert_eq!(unit("1", "2026-12-31"), Decimal::new(500, 2));
    for outside in ["2025-12-31", "2027-01-01"] {
        let args = [
            "supplier-item",
            "price",
            "CH-001",
            "--qty",
            "1",
            "--date",
            outside,
        ];
        let refused = fails(&db, &args, 2);
        assert!(refused.contains("no supplier item of CH-001"), "{refused}");
    }
    add(
        &db,
        &[
            "--supplier",
            "L-1",
            "--price",
            "5.50",
            "--from",
            "2027-01-01",
        ],
    );
    assert_eq!(unit("100", "2027-01-01"), Decimal::new(550, 2));
    assert_eq!(unit("100", "2026-12-31"), Decimal::new(400, 2));
}

#[test]
fn an_order_is_raised_to_the_minimum_then_to_the_multiple_and_priced_at_that_quantity() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    planted(&db);
    add(
        &db,
        &[
            "--supplier",
            "L-2",
            "--price",
            "3.00",
            "--price",
            "30:2.80",
            "--moq",
            "25",
            "--multiple",
            "10",
            "--lead-days",
            "7",
        ],
    );
    let order = |qty: &str| {
        let answer = price(
            &db,
            &["--supplier", "L-2", "--qty", qty, "--date", "2026-12-05"],
        );
        (
            decimal(&answer, "order_qty"),
            decimal(&answer, "unit_price"),
        )
    };
    let dec = |units: i64| Decimal::new(units, 0);
    assert_eq!(order("1"), (dec(30), Decimal::new(280, 2)));
    assert_eq!(order("30"), (dec(30), Decimal::new(280, 2)));
    assert_eq!(order("30.5"), (dec(40), Decimal::new(280, 2)));
    assert_eq!(order("41"), (dec(50), Decimal::new(280, 2)));
    let answer = price(
        &db,
        &["--supplier", "L-2", "--qty", "1", "--date", "2026-12-05"],
    );
    assert_eq!(int(&answer, "lead_days"), 7);
    assert_eq!(text(&answer, "currency"), "EUR");
}

#[test]
fn bad_input_is_one_clear_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    planted(&db);
    let refused = |args: &[&str]| fails(&db, &[&["supplier-item", "add"], args].concat(), 2);
    let unknown_sku = refused(&["--item", "NOPE-1", "--supplier", "L-1", "--price", "1"]);
    assert!(
        unknown_sku.contains("no item with SKU, barcode or id “NOPE-1”"),
        "{unknown_sku}"
    );
    let unknown_supplier = refused(&["--item", "CH-001", "--supplier", "L-9", "--price", "1"]);
    assert!(
        unknown_supplier.contains("no supplier with number or id “L-9”"),
        "{unknown_supplier}"
    );
    let negative = refused(&["--item", "CH-001", "--supplier", "L-1", "--price", "-1.00"]);
    assert!(
        negative.contains("price") && negative.contains("negative"),
        "{negative}"
    );
    let no_price = refused(&["--item", "CH-001", "--supplier", "L-1"]);
    assert!(no_price.contains("at least one price"), "{no_price}");
    let twice = refused(&[
        "--item",
        "CH-001",
        "--supplier",
        "L-1",
        "--price",
        "10:2",
        "--price",
        "10:1",
    ]);
    assert!(twice.contains("same quantity 10"), "{twice}");
    let zero = refused(&[
        "--item",
        "CH-001",
        "--supplier",
        "L-1",
        "--price",
        "1",
        "--multiple",
        "0",
    ]);
    assert!(
        zero.contains("multiple") && zero.contains("more than 0"),
        "{zero}"
    );
    let dates = refused(&[
        "--item",
        "CH-001",
        "--supplier",
        "L-1",
        "--price",
        "1",
        "--from",
        "2026-02-01",
        "--until",
        "2026-01-31",
    ]);
    assert!(dates.contains("before the first"), "{dates}");
    assert!(
        json_list(&db, &["supplier-item", "list"]).is_empty(),
        "nothing written"
    );
}

#[test]
fn northwind_products_are_linked_to_their_suppliers_as_preferred_supplier_items() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let northwind = data_dir().join("northwind");
    let suppliers = northwind.join("suppliers.csv");
    let products = northwind.join("products.csv");
    ok(
        &db,
        &[
            "import",
            "suppliers",
            s(&suppliers),
            "--map",
            "number=supplierID",
            "--map",
            "name=companyName",
            "--null",
            "NULL",
        ],
    );
    let said = ok(
        &db,
        &[
            "import",
            "items",
            s(&products),
            "--map",
            "sku=productID",
            "--map",
            "name=productName",
            "--map",
            "price=unitPrice",
            "--supplier-column",
            "supplierID",
        ],
    );
    let mut reader = csv::Reader::from_path(&products).unwrap();
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, supplier, unit_price) = (
        column("productID"),
        column("supplierID"),
        column("unitPrice"),
    );
    let mut expected = BTreeMap::new();
    for record in reader.records() {
        let record = record.unwrap();
        if !record[supplier].is_empty() && &record[supplier] != "NULL" {
            let price: Decimal = record[unit_price].parse().unwrap();
            expected.insert(
                record[id].to_string(),
                (record[supplier].to_string(), price),
            );
        }
    }
    assert_eq!(
        expected.len(),
        77,
        "every Northwind product names its supplier"
    );
    assert!(said.contains("linked 77 items"), "{said}");
    let numbers: BTreeMap<i64, String> = json_list(&db, &["supplier", "list", "--limit", "1000"])
        .iter()
        .map(|row| (int(row, "id"), text(row, "number").to_string()))
        .collect();
    let skus: BTreeMap<i64, String> = json_list(&db, &["item", "list", "--limit", "1000"])
        .iter()
        .map(|row| (int(row, "id"), text(row, "sku").to_string()))
        .collect();
    let mut linked = BTreeMap::new();
    for offer in json_list(&db, &["supplier-item", "list"]) {
        assert_eq!(offer["preferred"], Value::Bool(true));
        assert_eq!(int(&offer, "lead_days"), 10, "the default lead time");
        let sku = skus[&int(&offer, "item")].clone();
        let number = numbers[&int(&offer, "supplier")].clone();
        let price: Decimal = strings(&offer, "price")[0]
            .strip_prefix("1:")
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            linked.insert(sku, (number, price)).is_none(),
            "one offer per item"
        );
    }
    assert_eq!(linked, expected);
    let chai = json(
        &db,
        &[
            "supplier-item",
            "price",
            "1",
            "--qty",
            "5",
            "--date",
            "2026-12-05",
        ],
    );
    assert_eq!(numbers[&int(&chai, "supplier")], "1");
    assert_eq!(decimal(&chai, "unit_price"), Decimal::new(1800, 2));
}

#[test]
fn the_demo_buys_every_bought_line_from_a_preferred_supplier_at_its_cost() {
    use kontor::core::demo_data::catalogue::{FINISHED, PRODUCTS};
    use kontor::core::{Actor, Clock, load_demo, supplier_items};
    use kontor::store::kinds::item::id_by_code;
    use kontor::store::kinds::supplier::by_number;

    let dir = tempfile::tempdir().unwrap();
    let store = kontor::store::Store::open(dir.path()).unwrap();
    let now = crate::common::NOW;
    let counts = load_demo(&store, &Clock::pinned(now), &Actor::local("root"), 0).unwrap();
    let bought: Vec<_> = PRODUCTS.iter().filter(|p| p.bin != FINISHED).collect();
    assert_eq!(
        (counts.suppliers, counts.supplier_items),
        (16, bought.len() + 1)
    );
    let today = now.date();
    let mut with_breaks = 0;
    for product in &bought {
        let id = id_by_code(&store, product.sku).unwrap().unwrap();
        let offer = supplier_items::preferred(&store, id).unwrap().unwrap();
        let unit = supplier_items::price_for(&store, id, offer.supplier_id, Decimal::ONE, today);
        assert_eq!(
            unit.unwrap().unwrap().amount,
            product.cost,
            "{}",
            product.sku
        );
        assert_eq!(offer.lead_days, product.lead_days, "{}", product.sku);
        with_breaks += usize::from(offer.breaks.len() > 1);
    }
    assert!(with_breaks >= 3, "some lines have quantity breaks");
    let chai = id_by_code(&store, "BV-001").unwrap().unwrap();
    let tea_house = by_number(&store, "V-101").unwrap().unwrap();
    let sources = supplier_items::of_item(&store, chai).unwrap();
    assert_eq!(sources.len(), 2);
    let second = sources.iter().find(|o| o.supplier_id == tea_house).unwrap();
    assert!(!second.preferred);
    assert_eq!(second.order_quantity(Decimal::ONE), Decimal::new(100, 0));
    let large = supplier_items::price_for(&store, chai, tea_house, Decimal::new(100, 0), today);
    assert_eq!(large.unwrap().unwrap().amount, Decimal::new(115, 2));
    let chang = id_by_code(&store, "BV-002").unwrap().unwrap();
    let exotic = by_number(&store, "1").unwrap().unwrap();
    let at = |qty: i64| {
        supplier_items::price_for(&store, chang, exotic, Decimal::new(qty, 0), today)
            .unwrap()
            .unwrap()
            .amount
    };
    assert_eq!(
        (at(239), at(240)),
        (Decimal::new(55, 2), Decimal::new(52, 2))
    );
    assert!(store.check().unwrap().is_empty());
}
