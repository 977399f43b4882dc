//! An order confirmed before reservations had locations (schema 4) reads as holding its
//! reservation without a location: `check` finds the index no longer matching the record
//! until `reindex`, then `stock available` shows the reservation on a row of its own, an
//! issue that would eat it is refused, the pick list takes it from where stock lies that
//! no other order holds and posting releases it.

use crate::common;

use common::{Scratch, fails, json, ok, run_binary, text};
use kontor::domain::sales::SalesOrder;
use kontor::store::kinds::sales_history::{OrderLineV4, SalesOrderV4};
use kontor::store::{Store, encode_with_schema};
use rust_decimal::dec;

use super::orders::{decimal, shop};

/// The order `id` as schema 4 wrote it: one reserved quantity per line.
fn as_schema_4(order: SalesOrder) -> SalesOrderV4 {
    SalesOrderV4 {
        id: order.id,
        number: order.number,
        customer_id: order.customer_id,
        date: order.date,
        reference: order.reference,
        reference_date: order.reference_date,
        quote_id: order.quote_id,
        quote_number: order.quote_number,
        currency: order.currency,
        terms: order.terms,
        partial_deliveries: order.partial_deliveries,
        backorders: order.backorders,
        lines: order
            .lines
            .into_iter()
            .map(|line| OrderLineV4 {
                reserved: line.reserved(),
                line: line.line,
                requested: line.requested,
                promised: line.promised,
                cancelled: line.cancelled,
                cancel_reason: line.cancel_reason,
                delivered: line.delivered,
                invoiced: line.invoiced,
            })
            .collect(),
        state: order.state,
        cancel_reason: order.cancel_reason,
        hold: order.hold,
        releases: order.releases,
        confirmations: order.confirmations,
        created: order.created,
        updated: order.updated,
        version: order.version,
    }
}

#[test]
fn a_schema_4_reservation_holds_without_a_location_and_is_picked_where_stock_lies() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["stock", "receive", "CH-001", "5"]);
    ok(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:3",
            "--confirm",
        ],
    );
    let order = {
        let store = Store::open(&db).unwrap();
        store.require::<SalesOrder>(1).unwrap()
    };
    assert_eq!(order.lines[0].reserved_at("WH1"), dec!(3));
    {
        let sled = common::raw_sled(&db);
        let orders = sled.open_tree("orders").unwrap();
        let (key, _) = orders.first().unwrap().unwrap();
        let old = encode_with_schema(&as_schema_4(order), 4, "sales order").unwrap();
        orders.insert(key, old).unwrap();
        sled.flush().unwrap();
    }
    // The index still says WH1; the record says no location.
    let run = run_binary(&db, &["check"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains("orders.reserved_by_location"),
        "{run:?}"
    );
    ok(&db, &["reindex"]);
    assert!(ok(&db, &["check"]).starts_with("ok"));

    let found = json(&db, &["stock", "available", "CH-001"]);
    let rows: Vec<(String, _, _)> = found["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let location = text(l, "location").to_string();
            (location, decimal(&l["on_hand"]), decimal(&l["reserved"]))
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("WH1".to_string(), dec!(5), dec!(0)),
            (String::new(), dec!(0), dec!(3))
        ]
    );
    assert_eq!(decimal(&found["available"]), dec!(2));
    let table = ok(&db, &["stock", "available", "CH-001"]);
    assert!(table.contains("(no location)"), "{table}");
    let refused = fails(&db, &["stock", "issue", "CH-001", "3"], 2);
    assert!(refused.contains("AU-2026-00001"), "{refused}");

    // 2 more at WH2; AU-2 for 4 reserves them at WH1 (the most available), leaving 1 of
    // WH1's 5 that no order holds by location.
    ok(&db, &["location", "add", "WH2", "--name", "Lager 2"]);
    ok(&db, &["stock", "receive", "CH-001", "2", "--to", "WH2"]);
    ok(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-2",
            "--line",
            "CH-001:4",
            "--confirm",
        ],
    );
    let second = json(&db, &["order", "show", "AU-2026-00002"]);
    let reservations = &second["lines"][0]["reservations"];
    assert_eq!(text(&reservations[0], "location"), "WH1");
    assert_eq!(decimal(&reservations[0]["quantity"]), dec!(4));

    // AU-1's 3 are picked from what lies free: 1 at WH1, 2 at WH2 — not AU-2's.
    let picked = json(&db, &["delivery", "add", "AU-2026-00001"]);
    let picks: Vec<(String, rust_decimal::Decimal)> = picked["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (text(l, "location").to_string(), decimal(&l["quantity"])))
        .collect();
    assert_eq!(
        picks,
        vec![("WH1".to_string(), dec!(1)), ("WH2".to_string(), dec!(2))]
    );
    ok(&db, &["delivery", "post", "LS-2026-00001"]);
    let found = json(&db, &["stock", "available", "CH-001"]);
    assert_eq!(
        (decimal(&found["on_hand"]), decimal(&found["reserved"])),
        (dec!(4), dec!(4))
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));
}
