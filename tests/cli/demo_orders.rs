//! The demo's purchase and production orders through the command line: purchase orders
//! received, closed with a short-closed line, partly received, sent, a draft and a
//! cancelled one; production orders done, partly done, open and cancelled, dated around
//! the pinned clock; planning parameters on some items; the receipts and the production
//! runs on hand where they belong, and `check` clean after it all.

use crate::common;

use common::{Scratch, json, json_list, ok, text};
use rust_decimal::{Decimal, dec};
use serde_json::Value;

use super::orders::decimal;

fn by_number<'a>(list: &'a [Value], number: &str) -> &'a Value {
    list.iter()
        .find(|o| text(o, "number") == number)
        .unwrap_or_else(|| panic!("{number} missing in {list:?}"))
}

#[test]
fn the_demo_has_purchase_and_production_orders_in_every_state() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let said = ok(&db, &["demo", "--customers", "60"]);
    assert!(
        said.contains("6 purchase orders, 4 production orders, planning parameters on 5 items"),
        "{said}"
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));

    let purchases = json_list(&db, &["purchase", "list"]);
    let states: Vec<&str> = purchases.iter().map(|o| text(o, "state")).collect();
    assert_eq!(
        states,
        [
            "received",
            "closed",
            "partly_received",
            "sent",
            "draft",
            "closed"
        ]
    );
    let shown = |number: &str| json(&db, &["purchase", "show", number]);
    // The closed one has a short-closed line: 50 Tunnbröd ordered, 30 came, 20 closed.
    let closed = shown("BE-2026-00002");
    let line = &closed["lines"][1];
    assert_eq!(text(line, "state"), "closed");
    assert_eq!(decimal(&line["received"]), dec!(30));
    assert_eq!(decimal(&line["short_closed"]), dec!(20));
    assert!(!text(line, "reason").is_empty());
    // The other closed one was cancelled before anything came.
    let cancelled = shown("BE-2026-00006");
    assert!(!text(&cancelled, "cancelled").is_empty());
    assert_eq!(decimal(&cancelled["lines"][0]["received"]), Decimal::ZERO);
    assert!(text(&shown("BE-2026-00005"), "sent").is_empty());
    // Dated before the pinned day (2026-12-05), the draft the latest.
    let dates: Vec<&str> = purchases.iter().map(|o| text(o, "date")).collect();
    assert!(
        dates
            .iter()
            .all(|d| ("2026-11-07".."2026-12-05").contains(d)),
        "{dates:?}"
    );
    assert_eq!(
        text(by_number(&purchases, "BE-2026-00005"), "date"),
        "2026-12-04"
    );
    // What BE-2026-00003 still brings is open supply: 80 chai and 240 beer.
    let supply = json_list(&db, &["purchase", "supply"]);
    let open = |order: &str, sku: &str| -> Decimal {
        supply
            .iter()
            .filter(|s| text(s, "order") == order && text(s, "sku") == sku)
            .map(|s| decimal(&s["open"]))
            .sum()
    };
    assert_eq!(open("BE-2026-00003", "BV-001"), dec!(80));
    assert_eq!(open("BE-2026-00003", "BV-002"), dec!(240));
    assert_eq!(open("BE-2026-00002", "GR-023"), Decimal::ZERO);

    let productions = json_list(&db, &["production", "list"]);
    let states: Vec<(&str, &str, &str)> = productions
        .iter()
        .map(|o| (text(o, "number"), text(o, "state"), text(o, "open")))
        .collect();
    assert_eq!(
        states,
        [
            ("FA-2026-00001", "done", "0"),
            ("FA-2026-00002", "partly-done", "18"),
            ("FA-2026-00003", "open", "50"),
            ("FA-2026-00004", "cancelled", "0"),
        ]
    );
    let partly = by_number(&productions, "FA-2026-00002");
    assert_eq!(decimal(&partly["done"]), dec!(12));
    assert!(text(partly, "due") > "2026-12-05");

    let chai = json(&db, &["item", "show", "BV-001"]);
    assert_eq!(text(&chai, "lot_rule"), "fixed:200");
    let tins = json(&db, &["item", "show", "GB-213"]);
    assert_eq!(tins["production_days"], 2);
}
