//! End-to-end tests of ignoring planned orders (`kontor mrp ignore|unignore`) and of the
//! stored plan's single reads: on the bicycle of `mrp.rs` (planned: BIKE 5 and 15, FRAME
//! 20, WHEEL 12 and 28, SPOKE 500 and 900, RIM 40 due 16th from L-2), an ignored order is
//! shown as ignored, passed by "convert --all", stays ignored while a run brings it back
//! with the same item, due date and quantity, and lapses when its quantity changes (a
//! sixteenth bike on the 30th makes the rims 12 + 30 = 42). The pegging and covering read
//! from the stored plan's own entries agree with the whole plan's, after a run, a firm and
//! a conversion.

use crate::common;

use std::path::Path;

use common::{Scratch, fails, json, json_list, ok, text};
use kontor::core::mrp;
use kontor::core::{Actor, Role};
use kontor::store::Store;

const RIM: &str = "PL-RIM-20261216-1";

/// (quantity, ignored) of the planned order `key` as `mrp show` lists it.
fn shown(db: &Path, key: &str) -> Option<(String, bool)> {
    json_list(db, &["mrp", "show"])
        .iter()
        .find(|row| text(row, "key") == key)
        .map(|row| {
            (
                text(row, "quantity").to_string(),
                row["ignored"].as_bool().unwrap(),
            )
        })
}

#[test]
fn an_ignored_order_is_passed_by_convert_all_and_lapses_when_it_changes() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    super::mrp::bicycle(&db);
    let refused = fails(&db, &["mrp", "ignore", RIM], 2);
    assert!(refused.contains("mrp run"), "{refused}");
    ok(&db, &["mrp", "run"]);
    fails(&db, &["mrp", "ignore", "PL-NOPE"], 2);
    let ignored = json(&db, &["mrp", "ignore", RIM]);
    assert_eq!(
        (text(&ignored, "key"), ignored["ignored"].as_bool()),
        (RIM, Some(true))
    );
    assert!(ok(&db, &["mrp", "ignore", RIM]).contains(RIM));
    let marked: Vec<String> = json_list(&db, &["mrp", "show"])
        .iter()
        .filter(|row| row["ignored"].as_bool() == Some(true))
        .map(|row| text(row, "key").to_string())
        .collect();
    assert_eq!(marked, [RIM]);
    // Ignored, it still shows what it covers: the two wheel orders' rims.
    let pegs: Vec<(String, String)> = json_list(&db, &["mrp", "peg", RIM])
        .iter()
        .map(|row| (text(row, "demand").into(), text(row, "quantity").into()))
        .collect();
    let peg = |demand: &str, quantity: &str| (demand.to_string(), quantity.to_string());
    assert_eq!(
        pegs,
        [
            peg("PL-WHEEL-20261217-1", "12"),
            peg("PL-WHEEL-20261228-1", "28")
        ]
    );

    // Convert all bought: L-1's frame and spokes only; the rims stay planned, ignored.
    let done = json(&db, &["mrp", "convert", "--all", "--buy"]);
    assert_eq!(common::strings(&done, "purchase_orders"), ["BE-2026-00002"]);
    assert!(!common::strings(&done, "keys").contains(&RIM.to_string()));
    assert_eq!(shown(&db, RIM), Some(("40".into(), true)));

    // A rerun over the same data brings it back unchanged: still ignored.
    ok(&db, &["mrp", "run"]);
    assert_eq!(shown(&db, RIM), Some(("40".into(), true)));
    let unignored = json(&db, &["mrp", "unignore", RIM]);
    assert_eq!(unignored["ignored"].as_bool(), Some(false));
    assert_eq!(shown(&db, RIM), Some(("40".into(), false)));
    ok(&db, &["mrp", "ignore", RIM]);

    // One more bike on the 30th: the same key comes back with 42 rims, no longer ignored.
    ok(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "BIKE:1",
            "--requested",
            "2026-12-30",
        ],
    );
    ok(&db, &["mrp", "run"]);
    assert_eq!(shown(&db, RIM), Some(("42".into(), false)));

    // Named by its key, an ignored order is converted all the same.
    ok(&db, &["mrp", "ignore", RIM]);
    let done = json(&db, &["mrp", "convert", RIM]);
    assert_eq!(common::strings(&done, "purchase_orders"), ["BE-2026-00003"]);
    assert_eq!(shown(&db, RIM), None);
    fails(&db, &["mrp", "unignore", RIM], 2);
}

/// Every planned order's pegging and every demand's covering, read from the stored plan's
/// entries, equal those computed from the whole accepted plan.
fn single_reads_agree(store: &Store, actor: &Actor) -> usize {
    let plan = mrp::accepted(store, actor).unwrap().unwrap();
    for order in &plan.orders {
        let read = mrp::pegging(store, actor, &order.order.key).unwrap();
        assert_eq!(Some(read), plan.pegging(&order.order.key));
    }
    for need in &plan.plan.coverage {
        let typed = match &need.demand {
            kontor::domain::mrp::DemandRef::SalesLine { order, line } => format!("{order}/{line}"),
            kontor::domain::mrp::DemandRef::ProductionOrder { order } => order.clone(),
            kontor::domain::mrp::DemandRef::Planned { key } => key.clone(),
            kontor::domain::mrp::DemandRef::SafetyStock { .. } => continue,
        };
        let read = mrp::covering(store, actor, &typed).unwrap();
        assert_eq!(read, plan.covering(&need.demand));
        assert!(!read.is_empty());
    }
    plan.orders.len()
}

#[test]
fn pegging_read_from_the_stored_entries_agrees_with_the_whole_plan() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    super::mrp::bicycle(&db);
    ok(&db, &["mrp", "run"]);
    let store = Store::open(&db).unwrap();
    let actor = Actor {
        name: "pia".into(),
        role: Role::Purchasing,
    };
    let now = common::now();
    assert_eq!(single_reads_agree(&store, &actor), 8);
    // The first bike order covers 5 of AU-1's line, as computed by hand in `mrp.rs`.
    let bike = mrp::pegging(&store, &actor, "PL-BIKE-20261221-1").unwrap();
    let pegged: Vec<_> = bike
        .pegs
        .iter()
        .map(|p| (p.demand.clone(), p.quantity))
        .collect();
    let line = kontor::domain::mrp::DemandRef::SalesLine {
        order: "AU-2026-00001".into(),
        line: 1,
    };
    assert_eq!(pegged, [(line, 5.into())]);
    assert_eq!((bike.order.sku.as_str(), bike.surplus), ("BIKE", 0.into()));

    let firmed = mrp::firm(&store, &actor, now, "PL-SPOKE-20261216-1", true).unwrap();
    assert!(firmed.firm);
    assert!(
        mrp::pegging(&store, &actor, "PL-SPOKE-20261216-1")
            .unwrap()
            .order
            .order
            .firm
    );
    assert_eq!(single_reads_agree(&store, &actor), 8);
    mrp::convert(&store, &actor, now, &["PL-FRAME-20261228-1".into()]).unwrap();
    let gone = mrp::pegging(&store, &actor, "PL-FRAME-20261228-1").unwrap_err();
    assert!(gone.to_string().contains("PL-FRAME-20261228-1"), "{gone}");
    assert_eq!(single_reads_agree(&store, &actor), 7);
    // A regenerative run replaces the entries: the converted frame is supply now.
    mrp::run(&store, &actor, now, 90).unwrap();
    assert_eq!(single_reads_agree(&store, &actor), 7);
    // The warehouse reads the pegging too; sales does not.
    let warehouse = Actor {
        name: "wim".into(),
        role: Role::Warehouse,
    };
    assert!(mrp::pegging(&store, &warehouse, "PL-BIKE-20261221-1").is_ok());
    let sales = Actor {
        name: "sam".into(),
        role: Role::Sales,
    };
    assert!(mrp::pegging(&store, &sales, "PL-BIKE-20261221-1").is_err());
    assert!(mrp::covering(&store, &sales, "AU-2026-00001/1").is_err());
}
