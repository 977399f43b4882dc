//! Available-to-promise through the command line, against figures computed by hand: 12
//! CH-001 received, AU-1 for 4 due 10 Dec confirmed (4 reserved), AU-2 for 15 due 12 Dec
//! confirmed (8 reserved, 7 backordered), AU-3 for 2 due 20 Dec left open, then 5 more
//! received, which AU-2's backorder takes (13 reserved, 2 backordered). On hand 17,
//! reserved 17, available 0; ATP after 12 Dec −2, after 20 Dec −4: short.
//! Cancelling takes an order's demand out; `check` finds a damaged `orders.demand_by_day`
//! sum, ATP reads that summed tree (a removed day drops its demand) and `reindex` repairs
//! it.

use crate::common;

use common::{Scratch, fails, json, ok};
use rust_decimal::{Decimal, dec};
use serde_json::Value;

use super::orders::{decimal, shop};

fn stocked(db: &std::path::Path) {
    shop(db);
    ok(db, &["stock", "receive", "CH-001", "12"]);
    for (customer, lines, requested) in [
        ("K-1", vec!["CH-001:4"], "2026-12-10"),
        ("K-2", vec!["CH-001:15"], "2026-12-12"),
        ("K-1", vec!["CH-001:2", "BK-1:1"], "2026-12-20"),
    ] {
        let mut args = vec!["order", "add", "--customer", customer];
        for line in &lines {
            args.extend(["--line", line]);
        }
        args.extend(["--requested", requested]);
        ok(db, &args);
    }
    ok(db, &["order", "confirm", "AU-2026-00001"]);
    ok(db, &["order", "confirm", "AU-2026-00002"]);
    ok(db, &["stock", "receive", "CH-001", "5"]);
}

/// (date, demand, atp) of every step of the time-phased table.
fn steps(found: &Value) -> Vec<(String, Decimal, Decimal)> {
    found["atp"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| {
            assert_eq!(decimal(&step["supply"]), dec!(0));
            (
                step["date"].as_str().unwrap().to_string(),
                decimal(&step["demand"]),
                decimal(&step["atp"]),
            )
        })
        .collect()
}

/// (demand due, ATP) of CH-001 on `date`.
fn on(db: &std::path::Path, date: &str) -> (Decimal, Decimal) {
    let found = json(db, &["stock", "available", "CH-001", "--date", date]);
    assert_eq!(found["date"], date);
    assert_eq!(decimal(&found["supply_due"]), dec!(0));
    (
        decimal(&found["demand_due"]),
        decimal(&found["available_to_promise"]),
    )
}

#[test]
fn atp_by_date_counts_unreserved_open_demand_due_by_then() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    stocked(&db);
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(decimal(&found["on_hand"]), dec!(17));
    assert_eq!(decimal(&found["reserved"]), dec!(17));
    assert_eq!(decimal(&found["available"]), dec!(0));
    assert_eq!(
        steps(&found),
        vec![
            ("2026-12-12".to_string(), dec!(2), dec!(-2)),
            ("2026-12-20".to_string(), dec!(2), dec!(-4)),
        ]
    );
    assert_eq!(on(&db, "2026-12-11"), (dec!(0), dec!(0)));
    assert_eq!(on(&db, "2026-12-12"), (dec!(2), dec!(-2)));
    assert_eq!(on(&db, "2026-12-19"), (dec!(2), dec!(-2)));
    assert_eq!(on(&db, "2026-12-31"), (dec!(4), dec!(-4)));
    // The book has a line of the open order only, due 20 Dec.
    let book = json(&db, &["stock", "available", "BK-1", "--date", "2026-12-20"]);
    assert_eq!(decimal(&book["available_to_promise"]), dec!(-1));

    let table = ok(
        &db,
        &["stock", "available", "CH-001", "--date", "2026-12-31"],
    );
    assert!(table.contains("ATP"), "{table}");
    assert!(table.contains("no purchase orders"), "{table}");
    let german = common::run_binary(&db, &["--lang", "de", "stock", "available", "CH-001"]);
    assert!(german.stdout.contains("ZUSAGBAR"), "{german:?}");
    assert!(german.stdout.contains("20.12.2026"), "{german:?}");
    assert!(german.stdout.contains("keine Bestellungen"), "{german:?}");
    let bad = fails(
        &db,
        &["stock", "available", "CH-001", "--date", "31.12."],
        2,
    );
    assert!(bad.contains("date"), "{bad}");

    ok(
        &db,
        &["order", "cancel", "AU-2026-00003", "--reason", "withdrawn"],
    );
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(
        steps(&found),
        vec![("2026-12-12".to_string(), dec!(2), dec!(-2))]
    );
    assert_eq!(on(&db, "2026-12-31"), (dec!(2), dec!(-2)));
    ok(
        &db,
        &["order", "cancel", "AU-2026-00002", "--reason", "withdrawn"],
    );
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert!(steps(&found).is_empty(), "{found}");
    assert_eq!(decimal(&found["available"]), dec!(13));
    assert_eq!(on(&db, "2026-12-31"), (dec!(0), dec!(13)));
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn check_finds_a_damaged_demand_sum_and_reindex_repairs_it() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    stocked(&db);
    assert!(ok(&db, &["check"]).starts_with("ok"));
    {
        let sled = common::raw_sled(&db);
        let by_item = sled.open_tree("orders.demand_by_day").unwrap();
        // The last day of CH-001 is 20 Dec (AU-3's): gone, its demand with it.
        let item = by_item.first().unwrap().unwrap().0[..8].to_vec();
        let (last, _) = by_item.scan_prefix(&item).next_back().unwrap().unwrap();
        by_item.remove(last).unwrap();
        let (first, value) = by_item.first().unwrap().unwrap();
        let mut changed = value.to_vec();
        changed[16..].copy_from_slice(&dec!(99).serialize());
        by_item.insert(first, changed).unwrap();
        sled.flush().unwrap();
    }
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(
        steps(&found),
        vec![
            ("2026-12-10".to_string(), dec!(99), dec!(-99)),
            ("2026-12-12".to_string(), dec!(2), dec!(-101)),
        ]
    );
    let run = common::run(&db, &["check"]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{run:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("orders.demand_by_day: missing entry")),
        "{run:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("orders.demand_by_day: stale entry")
                && l.contains("figures differ from the sums per key over the kind sales order")),
        "{run:?}"
    );
    ok(&db, &["reindex"]);
    assert!(ok(&db, &["check"]).starts_with("ok"));
    assert_eq!(on(&db, "2026-12-31"), (dec!(4), dec!(-4)));
}

#[test]
fn revenue_by_month_sums_each_months_orders_net_and_leaves_cancelled_out() {
    use kontor::core::Actor;
    use kontor::core::reports::monthly_revenue::revenue_by_month;
    use time::Month;
    use time::macros::datetime;

    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let add_on = |at, customer: &str, lines: &[&str]| {
        let mut args = vec!["order", "add", "--customer", customer];
        for line in lines {
            args.extend(["--line", line]);
        }
        let pinned = common::pin(at);
        let run = common::run_binary_with(&db, &args, &[(kontor::core::PIN_VARIABLE, &pinned)]);
        assert_eq!(run.code, 0, "{run:?}");
    };
    // November: 3 × 10.00 + 2 × 20.00 less 10 % = 66.00, and 24.99.
    add_on(
        datetime!(2026-11-03 10:00 UTC),
        "K-1",
        &["CH-001:3", "BK-1:2:20:10"],
    );
    add_on(datetime!(2026-11-28 10:00 UTC), "K-2", &["BK-1:1"]);
    // December: 50.00, and an order of 24.99 cancelled.
    add_on(datetime!(2026-12-01 10:00 UTC), "K-1", &["CH-001:5"]);
    add_on(datetime!(2026-12-02 10:00 UTC), "K-2", &["BK-1:1"]);
    ok(
        &db,
        &["order", "cancel", "AU-2026-00004", "--reason", "withdrawn"],
    );
    let store = kontor::store::Store::open(&db).unwrap();
    let months: Vec<(i32, Month, String, Decimal)> =
        revenue_by_month(&store, &Actor::local("tester"))
            .unwrap()
            .into_iter()
            .map(|m| (m.year, m.month, m.currency, m.net))
            .collect();
    assert_eq!(
        months,
        vec![
            (2026, Month::November, "EUR".to_string(), dec!(90.99)),
            (2026, Month::December, "EUR".to_string(), dec!(50.00)),
        ]
    );
}
