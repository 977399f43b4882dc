//! Production orders in the TUI over the demo (`g F`): the list with every state; the
//! partly done order's detail with what its open rest needs against what is on hand at
//! the packing room, shortages marked; completing part of it refused while a component
//! is short, then, with the form still open, made once the
//! components are staged — seen in the store; the rest
//! cancelled with a reason; a closed order refuses both.

use kontor::core::production_orders::find;
use kontor::core::stock::StockCommand;
use kontor::core::{Actor, Clock, Command, Role, execute};
use kontor::domain::production_order::ProductionOrder;
use kontor::store::Store;
use rust_decimal::{Decimal, dec};

use super::snapshots::harness::{Harness, mono};
use crate::common::demo::demo_store;
use crate::common::now;

fn order(store: &Store, number: &str) -> ProductionOrder {
    find(store, &Actor::local("root"), number).unwrap()
}

/// Moves `quantity` of `sku` from `from` into the packing room.
fn stage(store: &Store, sku: &str, quantity: Decimal, from: &str) {
    let post = StockCommand::Post {
        code: sku.into(),
        quantity,
        from: from.into(),
        to: "PACK".into(),
        reference: "test".into(),
        allow_negative: false,
    };
    execute(
        store,
        &Clock::pinned(now()),
        &Actor::local("root"),
        Command::Stock(post),
    )
    .unwrap();
}

#[test]
fn production_orders_are_listed_completed_in_part_and_their_rest_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let mut harness = Harness::setup()
        .store(&store)
        .actor("paul", Role::Warehouse)
        .at(now())
        .profile(mono())
        .size(100, 30)
        .build();
    let list = harness.keys("g F").plain();
    for expected in [
        "Production orders",
        "FA-2026-00001",
        "FA-2026-00004",
        "partly done",
        "cancelled",
        "GB-212",
    ] {
        assert!(list.contains(expected), "{expected:?} in\n{list}");
    }

    // FA-2026-00002: 30 tea tins, 12 made; the 18 open need 2 chai and 1 tin each, and
    // the packing room has none left after the 12.
    let detail = harness.keys("Down Enter").plain();
    assert!(
        detail.contains("Production order FA-2026-00002"),
        "{detail}"
    );
    assert!(detail.contains("30 ordered, 12 done, 18 open"), "{detail}");
    let row = |text: &str, sku: &str| -> Vec<String> {
        let line = text.lines().find(|l| l.contains(sku)).unwrap_or_default();
        line.split_whitespace()
            .map(str::to_string)
            .filter(|cell| cell != "│")
            .collect()
    };
    assert!(row(&detail, "BV-001").ends_with(&["36".into(), "0".into(), "36".into()]));
    assert!(row(&detail, "PK-106").ends_with(&["18".into(), "0".into(), "18".into()]));

    // Five refused while short; nothing moved.
    let refused = harness
        .keys("m")
        .keys("Backspace Backspace")
        .text("5")
        .keys("C-x")
        .plain();
    assert!(refused.contains("2 component(s) short"), "{refused}");
    assert_eq!(order(&store, "FA-2026-00002").done, dec!(12));

    // Staged (8 chai, the last 4 tins on the shelf), four are made: 16 done, 14 open.
    stage(&store, "BV-001", dec!(8), "WH1/A-01-01");
    stage(&store, "PK-106", dec!(4), "WH1/C-01-01");
    let made = harness.keys("Backspace").text("4").keys("C-x").plain();
    assert!(made.contains("16 done, 14 open"), "{made}");
    let stored = order(&store, "FA-2026-00002");
    assert_eq!((stored.done, stored.open_quantity()), (dec!(16), dec!(14)));

    // The rest cancelled with a reason.
    let cancelled = harness
        .keys("H")
        .text("Tins discontinued")
        .keys("C-x")
        .plain();
    assert!(
        cancelled.contains("14 cancelled: Tins discontinued"),
        "{cancelled}"
    );
    let stored = order(&store, "FA-2026-00002");
    assert_eq!(stored.state().name(), "cancelled");
    assert_eq!(stored.open_quantity(), Decimal::ZERO);
    let again = harness.keys("H").plain();
    assert!(again.contains("nothing is open on it"), "{again}");
}
