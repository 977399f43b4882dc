//! Sales orders on the command line: gapless `AU-` numbers (a refused add takes none), the
//! customer's reference and date, the requested date as the date of supply that picks the
//! VAT rates (16 % / 5 % in the second half of 2020), totals worked out by hand here,
//! cancelling once with a reason, the German table, and who may see orders: sales and
//! admin change them, agents read them, the warehouse sees none (no prices).

use crate::common;

use std::path::Path;
use std::str::FromStr;

use common::{Scratch, add_customer, fails, json, json_list, ok, text};
use kontor::core::sales::SalesCommand;
use kontor::core::sales_query;
use kontor::core::{Actor, Command, Role, execute};
use kontor::domain::sales::LineSpec;
use kontor::store::Store;
use rust_decimal::{Decimal, dec};
use serde_json::Value;

/// A decimal written as a JSON string.
pub(super) fn decimal(value: &Value) -> Decimal {
    Decimal::from_str(
        value
            .as_str()
            .unwrap_or_else(|| panic!("not a string: {value}")),
    )
    .unwrap()
}

/// Items CH-001 (10.00) and BK-1 (24.99); customers "Müller GmbH" (K-1), "Alfreds" (K-2).
pub(super) fn shop(db: &Path) {
    ok(
        db,
        &[
            "item", "add", "--sku", "CH-001", "--name", "Chai", "--price", "10.00",
        ],
    );
    ok(
        db,
        &[
            "item", "add", "--sku", "BK-1", "--name", "Buch", "--price", "24.99",
        ],
    );
    add_customer(db, &["--name", "Müller GmbH", "--number", "K-1"]);
    add_customer(db, &["--name", "Alfreds", "--number", "K-2"]);
}

#[test]
fn order_numbers_are_consecutive_and_a_refused_add_takes_none() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let add = |customer: &str, line: &str| {
        json(
            &db,
            &["order", "add", "--customer", customer, "--line", line],
        )
    };
    let first = add("K-1", "CH-001:1");
    fails(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "NOPE:1"],
        2,
    );
    fails(
        &db,
        &["order", "add", "--customer", "K-9", "--line", "CH-001:1"],
        2,
    );
    let second = add("K-2", "BK-1:1");
    let third = add("K-1", "CH-001:4");
    let numbers: Vec<&str> = [&first, &second, &third]
        .iter()
        .map(|order| text(order, "number"))
        .collect();
    assert_eq!(numbers, ["AU-2026-00001", "AU-2026-00002", "AU-2026-00003"]);
    let listed = json_list(&db, &["order", "list", "--customer", "K-1"]);
    let listed: Vec<&str> = listed.iter().map(|o| text(o, "number")).collect();
    assert_eq!(listed, ["AU-2026-00001", "AU-2026-00003"]);
    ok(&db, &["check"]);
}

#[test]
fn the_requested_date_is_the_date_of_supply_that_picks_the_rates() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let order = json(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:10",
            "--line",
            "BK-1:3::0:reduced",
            "--reference",
            "PO-4711",
            "--reference-date",
            "2026-12-01",
            "--requested",
            "2020-08-15",
        ],
    );
    assert_eq!(text(&order, "reference"), "PO-4711");
    assert_eq!(text(&order, "reference_date"), "2026-12-01");
    assert_eq!(text(&order, "date"), "2026-12-05");
    let lines = order["lines"].as_array().unwrap();
    assert_eq!(text(&lines[0], "requested"), "2020-08-15");
    let totals = &order["totals"];
    let groups = totals["breakdown"].as_array().unwrap();
    // Supplied on 15 Aug 2020: 16 % / 5 %. Standard 10 × 10.00 = 100.00 → VAT 16.00;
    // reduced 3 × 24.99 = 74.97 → × 5 % = 3.7485 → 3.75.
    assert_eq!(decimal(&groups[0]["rate"]), dec!(16));
    assert_eq!(decimal(&groups[0]["vat"]), dec!(16.00));
    assert_eq!(decimal(&groups[1]["rate"]), dec!(5));
    assert_eq!(decimal(&groups[1]["vat"]), dec!(3.75));
    // Net 174.97; VAT 19.75; gross 194.72.
    assert_eq!(decimal(&totals["net"]), dec!(174.97));
    assert_eq!(decimal(&totals["vat"]), dec!(19.75));
    assert_eq!(decimal(&totals["gross"]), dec!(194.72));
    // Without a requested date the order's own date (5 Dec 2026) rules: 19 % / 7 %.
    // 100.00 × 19 % = 19.00; 74.97 × 7 % = 5.2479 → 5.25; gross 174.97 + 24.25 = 199.22.
    let today = json(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:10",
            "--line",
            "BK-1:3::0:reduced",
        ],
    );
    assert_eq!(decimal(&today["totals"]["vat"]), dec!(24.25));
    assert_eq!(decimal(&today["totals"]["gross"]), dec!(199.22));
    let german = ok(&db, &["order", "show", "AU-2026-00001", "--lang", "de"]);
    for said in [
        "PO-4711 / 01.12.2026",
        "15.08.2020",
        "WUNSCHTERMIN",
        "Brutto: 194,72 €",
        "offen",
    ] {
        assert!(german.contains(said), "{said} missing in:\n{german}");
    }
}

#[test]
fn an_order_is_cancelled_once_and_with_a_reason() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(
        &db,
        &["order", "add", "--customer", "K-2", "--line", "CH-001:2"],
    );
    let empty = fails(
        &db,
        &["order", "cancel", "AU-2026-00001", "--reason", " "],
        2,
    );
    assert!(empty.contains("reason"), "{empty}");
    let cancelled = json(
        &db,
        &[
            "order",
            "cancel",
            "AU-2026-00001",
            "--reason",
            "Kunde storniert",
        ],
    );
    assert_eq!(text(&cancelled, "state"), "cancelled");
    assert_eq!(text(&cancelled, "cancel_reason"), "Kunde storniert");
    let line = &cancelled["lines"][0];
    assert_eq!(text(line, "quantity"), "2");
    assert_eq!(text(line, "cancelled"), "2");
    assert_eq!(decimal(&cancelled["totals"]["gross"]), Decimal::ZERO);
    let twice = fails(
        &db,
        &["order", "cancel", "AU-2026-00001", "--reason", "x"],
        2,
    );
    assert!(twice.contains("cancelled"), "{twice}");
    let german = common::run(
        &db,
        &["order", "cancel", "1", "--reason", "x", "--lang", "de"],
    );
    assert!(german.stderr.contains("bereits storniert"), "{german:?}");
    let audit = ok(&db, &["audit"]);
    assert!(audit.contains("Sales::CancelOrder"), "{audit}");
}

#[test]
fn sales_change_orders_agents_read_them_the_warehouse_sees_none() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let store = Store::open(&db).unwrap();
    let actor = |role| Actor {
        name: "anna".into(),
        role,
    };
    let add = |role| {
        let command = SalesCommand::AddOrder {
            customer: "K-1".into(),
            lines: vec![LineSpec::parse("CH-001:1", false).unwrap()],
            today: time::macros::date!(2026 - 12 - 05),
            reference: String::new(),
            reference_date: None,
            requested: None,
            terms: Default::default(),
            promised: None,
            confirm: false,
        };
        execute(
            &store,
            &common::clock(),
            &actor(role),
            Command::Sales(command),
        )
    };
    add(Role::Sales).unwrap();
    add(Role::Admin).unwrap();
    for role in [
        Role::Agent,
        Role::Warehouse,
        Role::Payroll,
        Role::Purchasing,
    ] {
        let refused = add(role).unwrap_err();
        assert!(refused.to_string().contains("not permitted"), "{role:?}");
    }
    let listed = |role| sales_query::orders(&store, &actor(role), None);
    assert_eq!(listed(Role::Agent).unwrap().len(), 2);
    assert_eq!(listed(Role::Sales).unwrap().len(), 2);
    for role in [Role::Warehouse, Role::Payroll, Role::Purchasing] {
        assert!(listed(role).is_err(), "{role:?} sees orders");
        assert!(
            sales_query::quotes(&store, &actor(role), None).is_err(),
            "{role:?} sees quotes"
        );
    }
    let numbers: Vec<String> = listed(Role::Agent)
        .unwrap()
        .into_iter()
        .map(|view| view.order.number)
        .collect();
    assert_eq!(numbers, ["AU-2026-00001", "AU-2026-00002"]);
}

#[test]
fn customers_and_items_on_quotes_or_orders_stay_forced_or_not() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(
        &db,
        &["quote", "add", "--customer", "K-2", "--line", "BK-1:1"],
    );
    ok(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:2"],
    );
    ok(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:1"],
    );
    let id_of = |number: &str| {
        let customers = json_list(&db, &["customer", "list"]);
        let customer = customers
            .iter()
            .find(|c| text(c, "number") == number)
            .unwrap_or_else(|| panic!("no customer {number}"));
        customer["id"].as_i64().unwrap().to_string()
    };
    let (k1, k2) = (id_of("K-1"), id_of("K-2"));
    let refused = fails(&db, &["customer", "delete", &k1, "--force"], 2);
    assert!(
        refused.contains("is referred to by 2 sales orders; they are kept"),
        "{refused}"
    );
    let refused = fails(&db, &["customer", "delete", &k2], 2);
    assert!(refused.contains("referred to by 1 quote;"), "{refused}");
    let refused = fails(&db, &["customer", "delete", &k2, "--lang", "de"], 2);
    assert!(refused.contains("verweisen 1 Angebot;"), "{refused}");
    let refused = fails(&db, &["item", "delete", "BK-1", "--force"], 2);
    assert!(refused.contains("referred to by 1 quote;"), "{refused}");
    let refused = fails(&db, &["item", "delete", "CH-001", "--lang", "de"], 2);
    assert!(refused.contains("verweisen 2 Aufträge;"), "{refused}");
    json(&db, &["customer", "show", &k1]);
    json(&db, &["item", "show", "CH-001"]);

    ok(&db, &["item", "add", "--sku", "TEA", "--name", "Tea"]);
    ok(&db, &["item", "delete", "TEA"]);
    let loose = add_customer(&db, &["--name", "Ohne Belege"]).to_string();
    ok(&db, &["customer", "delete", &loose]);
}

/// How many of `list` are in each state, in the order of `states`.
fn per_state(list: &[Value], states: &[&str]) -> Vec<usize> {
    states
        .iter()
        .map(|state| list.iter().filter(|r| text(r, "state") == *state).count())
        .collect()
}

#[test]
fn the_demo_has_quotes_in_every_state_and_orders_reserved_backordered_and_cancelled() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["demo", "--customers", "20"]);
    let quotes = json_list(&db, &["quote", "list"]);
    let states = ["draft", "sent", "accepted", "declined", "expired"];
    assert_eq!(per_state(&quotes, &states), [1, 1, 2, 1, 1]);
    let orders = json_list(&db, &["order", "list"]);
    assert_eq!(
        per_state(&orders, &["open", "confirmed", "cancelled"]),
        [2, 5, 1],
        "confirmed: reserved, backordered, held, partly delivered, on a pick list"
    );
    let converted: Vec<Value> = quotes
        .iter()
        .map(|q| json(&db, &["quote", "show", text(q, "number")]))
        .filter(|q| !q["order"].is_null())
        .collect();
    assert_eq!(converted.len(), 1);
    let order = json(&db, &["order", "show", text(&converted[0], "order")]);
    assert_eq!(text(&order, "state"), "open");
    let confirmed: Vec<Value> = orders
        .iter()
        .filter(|o| text(o, "state") == "confirmed")
        .map(|o| json(&db, &["order", "show", text(o, "number")]))
        .filter(|o| o["hold"].is_null())
        .collect();
    let lines: Vec<(Decimal, Decimal, Decimal)> = confirmed
        .iter()
        .flat_map(|o| o["lines"].as_array().unwrap().clone())
        .map(|l| {
            let figure = |field| decimal(&l[field]);
            (
                figure("quantity") - figure("delivered"),
                figure("reserved"),
                figure("backordered"),
            )
        })
        .collect();
    for (quantity, reserved, backordered) in &lines {
        assert_eq!(reserved + backordered, *quantity, "{lines:?}");
    }
    assert!(
        lines.iter().any(|(q, r, b)| r == q && b.is_zero()),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|(_, r, b)| !r.is_zero() && !b.is_zero()),
        "{lines:?}"
    );
    let rules = json_list(&db, &["price-rule", "list"]);
    let scopes: Vec<(bool, bool, bool)> = rules
        .iter()
        .map(|r| {
            let min = decimal(&r["min_qty"]);
            (
                !text(r, "customer").is_empty(),
                !text(r, "tag").is_empty(),
                min > dec!(1),
            )
        })
        .collect();
    assert_eq!(
        scopes,
        [
            (true, false, false),
            (false, true, false),
            (false, false, true)
        ]
    );
    let beer = confirmed
        .iter()
        .flat_map(|o| o["lines"].as_array().unwrap().clone())
        .find(|l| text(l, "sku") == "BV-075")
        .expect("the quantity break's order");
    assert_eq!(decimal(&beer["net"]), dec!(48) * dec!(0.89));
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

/// Each line has its own requested date, its date of supply: line 2 wanted in August 2020
/// is taxed at that half year's 16 %, line 1 at today's 19 % — two VAT groups, each
/// rounded once. 10.00 × 19 % = 1.90; 24.99 × 16 % = 3.9984 → 4.00.
#[test]
fn a_line_requested_on_another_day_is_taxed_by_that_day() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:1",
            "--line",
            "BK-1:1",
        ],
    );
    let moved = json(
        &db,
        &[
            "order",
            "request",
            "AU-2026-00001",
            "--line",
            "2",
            "--date",
            "01.08.2020",
        ],
    );
    assert_eq!(moved["lines"][1]["requested"], "2020-08-01");
    let groups: Vec<(String, String, String)> = moved["totals"]["breakdown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                text(g, "rate").into(),
                text(g, "net").into(),
                text(g, "vat").into(),
            )
        })
        .collect();
    let expected = [("19", "10.00", "1.90"), ("16", "24.99", "4.00")];
    assert_eq!(groups.len(), 2, "{groups:?}");
    for (rate, net, vat) in expected {
        assert!(
            groups.contains(&(rate.into(), net.into(), vat.into())),
            "{groups:?}"
        );
    }
    assert_eq!(text(&moved["totals"], "gross"), "40.89");
    let back = json(
        &db,
        &[
            "order",
            "request",
            "AU-2026-00001",
            "--line",
            "2",
            "--date",
            "",
        ],
    );
    assert_eq!(text(&back["totals"], "vat"), "6.65");
    let too_old = fails(
        &db,
        &[
            "order",
            "request",
            "AU-2026-00001",
            "--line",
            "2",
            "--date",
            "1960-01-01",
        ],
        2,
    );
    assert!(too_old.contains("1968"), "{too_old}");
    let no_line = fails(
        &db,
        &[
            "order",
            "request",
            "AU-2026-00001",
            "--line",
            "9",
            "--date",
            "2026-12-20",
        ],
        2,
    );
    assert!(no_line.contains('9'), "{no_line}");
}
