//! The invoicing run (`kontor invoice run`) through the command line: Northwind's 809
//! shipped orders, imported as delivered history, invoiced in one run — one invoice per
//! order, numbered RE-2026-00001 to 00809 without a gap, supplied on its shipped day and
//! issued today, the nets summing to the revenue of the shipped orders computed here from
//! the CSV files (csv crate and rust_decimal, not kontor's code path); a second run issues
//! nothing. And a small run over posted delivery notes: one invoice per note at
//! hand-computed amounts, pick lists and later postings left for later, the refusals of an
//! issue date in the future and of a day to bill after it.

use crate::common;

use std::collections::{BTreeSet, HashMap};
use std::str::FromStr;
use std::time::Instant;

use common::{Scratch, data_dir, fails, json, json_list, ok, text};
use rust_decimal::{Decimal, RoundingStrategy, dec};

use super::invoices::{deliver, invoiced, order, shop};
use super::order_history::{import_orders, northwind_masters};
use super::orders::decimal;

/// What the Northwind CSV files say about the shipped orders: their count, the revenue
/// Σ round_half_away(quantity × unitPrice × (1 − discount), 2) over their lines, and the
/// shipped day of each (orderID → YYYY-MM-DD).
struct Shipped {
    orders: usize,
    revenue: Decimal,
    shipped: HashMap<String, String>,
}

fn shipped() -> Shipped {
    let dir = data_dir().join("northwind");
    let mut orders = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(dir.join("orders.csv"))
        .unwrap();
    let mut shipped = HashMap::new();
    for record in orders.records() {
        let record = record.unwrap();
        // orderID, customerID, employeeID, orderDate, requiredDate, shippedDate come
        // before any unquoted comma of the ship address.
        if &record[5] != "NULL" {
            shipped.insert(record[0].to_string(), record[5][..10].to_string());
        }
    }
    let mut revenue = Decimal::ZERO;
    let mut lines = csv::Reader::from_path(dir.join("order-details.csv")).unwrap();
    for record in lines.records() {
        let record = record.unwrap();
        if !shipped.contains_key(&record[0]) {
            continue;
        }
        let price = Decimal::from_str(&record[2]).unwrap();
        let quantity = Decimal::from_str(&record[3]).unwrap();
        let discount = Decimal::from_str(&record[4]).unwrap();
        revenue += (quantity * price * (Decimal::ONE - discount))
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    }
    Shipped {
        orders: shipped.len(),
        revenue,
        shipped,
    }
}

fn letterhead(db: &std::path::Path) {
    for (name, value) in [
        ("company_name", "Northwind Traders GmbH"),
        ("company_street", "Kaiserstraße 7"),
        ("company_postal_code", "60311"),
        ("company_city", "Frankfurt am Main"),
        ("company_vat_id", "DE811907980"),
    ] {
        ok(db, &["settings", name, value]);
    }
}

#[test]
fn northwind_shipped_orders_are_invoiced_in_one_run_to_the_cent() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    northwind_masters(&db);
    import_orders(&db);
    letterhead(&db);
    let expected = shipped();
    assert_eq!(
        expected.orders, 809,
        "Northwind ships 809 of its 830 orders"
    );

    let started = Instant::now();
    let summary = json(&db, &["invoice", "run"]);
    let took = started.elapsed();
    assert!(took.as_secs() < 30, "the run took {took:?}");
    assert_eq!(summary["invoices"], 809);
    assert_eq!(text(&summary, "first"), "RE-2026-00001");
    assert_eq!(text(&summary, "last"), "RE-2026-00809");
    assert_eq!(decimal(&summary["net"]), expected.revenue);
    assert_eq!(
        decimal(&summary["net"]) + decimal(&summary["vat"]),
        decimal(&summary["gross"])
    );

    let invoices = json_list(&db, &["invoice", "list"]);
    assert_eq!(invoices.len(), expected.orders);
    let numbers: BTreeSet<String> = invoices
        .iter()
        .map(|invoice| text(invoice, "number").to_string())
        .collect();
    let gapless: BTreeSet<String> = (1..=809).map(|n| format!("RE-2026-{n:05}")).collect();
    assert_eq!(numbers, gapless);
    let nets: Decimal = invoices.iter().map(|i| decimal(&i["net"])).sum();
    assert_eq!(nets, expected.revenue);
    assert!(invoices.iter().all(|i| text(i, "date") == "2026-12-05"));

    // The first invoice bills the order shipped first, supplied on its shipped day.
    let first = json(&db, &["invoice", "show", "RE-2026-00001"]);
    let line = &first["lines"][0];
    let order = json(&db, &["order", "show", text(line, "order")]);
    let reference = text(&order, "reference");
    assert_eq!(text(line, "supplied"), expected.shipped[reference]);
    let earliest = expected.shipped.values().min().unwrap();
    assert_eq!(text(line, "supplied"), earliest);
    for line in order["lines"].as_array().unwrap() {
        assert_eq!(decimal(&line["invoiced"]), decimal(&line["delivered"]));
    }
    // The order that was never shipped is not billed.
    let open = json_list(&db, &["order", "list"])
        .into_iter()
        .find(|order| text(order, "reference") == "11077")
        .unwrap();
    let open = json(&db, &["order", "show", text(&open, "number")]);
    for line in open["lines"].as_array().unwrap() {
        assert_eq!(decimal(&line["invoiced"]), Decimal::ZERO);
    }

    let again = json(&db, &["invoice", "run"]);
    assert_eq!(again["invoices"], 0);
    assert_eq!(json_list(&db, &["invoice", "list"]).len(), 809);
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn a_run_bills_each_posted_delivery_note_once_and_leaves_pick_lists() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let first_order = order(&db, "K-1", &["CH-001:3", "TEE-7:7"]);
    let partly = deliver(&db, &first_order, &["1:2"]);
    let rest = deliver(&db, &first_order, &[]);
    let second_order = order(&db, "K-2", &["CH-001:5"]);
    let pick = json(&db, &["delivery", "add", &second_order]);
    let pick = text(&pick, "number").to_string();

    // Nothing was posted before today; a future issue date and a day after it are refused.
    let before = ok(&db, &["invoice", "run", "--until", "2026-12-04"]);
    assert!(before.contains("nothing to invoice"), "{before}");
    let future = fails(&db, &["invoice", "run", "--date", "2026-12-06"], 2);
    assert!(future.contains("not issued in the future"), "{future}");
    let later = fails(
        &db,
        &[
            "invoice",
            "run",
            "--date",
            "2026-12-04",
            "--until",
            "2026-12-05",
        ],
        2,
    );
    assert!(later.contains("up to the issue date"), "{later}");
    assert!(json_list(&db, &["invoice", "list"]).is_empty());

    let summary = json(&db, &["invoice", "run"]);
    // Note 1: 2 × 18.00 = 36.00 at 19 % → 6.84. Note 2: 18.00 at 19 % → 3.42, and
    // 7 × 4.99 = 34.93 at 7 % → 2.4451 → 2.45.
    assert_eq!(summary["invoices"], 2);
    assert_eq!(
        (
            decimal(&summary["net"]),
            decimal(&summary["vat"]),
            decimal(&summary["gross"])
        ),
        (dec!(88.93), dec!(12.71), dec!(101.64))
    );
    for (number, note, net, gross) in [
        ("RE-2026-00001", &partly, dec!(36.00), dec!(42.84)),
        ("RE-2026-00002", &rest, dec!(52.93), dec!(58.80)),
    ] {
        let invoice = json(&db, &["invoice", "show", number]);
        let lines = invoice["lines"].as_array().unwrap();
        assert!(
            lines
                .iter()
                .all(|line| text(line, "delivery") == note.as_str())
        );
        assert_eq!(decimal(&invoice["totals"]["net"]), net);
        assert_eq!(decimal(&invoice["totals"]["gross"]), gross);
        assert_eq!(text(&invoice, "customer_number"), "K-1");
    }
    assert_eq!(invoiced(&db, &first_order), [dec!(3), dec!(7)]);
    // A note billed by the run is not billed again by hand.
    let twice = fails(&db, &["invoice", "add", "--delivery", &partly], 2);
    assert!(twice.contains("invoiced already"), "{twice}");

    // The pick list, posted now, is the next run's only invoice: 5 × 18.00.
    ok(&db, &["delivery", "post", &pick]);
    let next = ok(&db, &["invoice", "run"]);
    assert!(
        next.contains("issued 1 invoice, RE-2026-00003") && next.contains("90.00"),
        "{next}"
    );
    let german = ok(&db, &["invoice", "run", "--lang", "de"]);
    assert!(german.contains("nichts zu berechnen"), "{german}");
}
