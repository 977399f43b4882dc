//! The roles' rules applied by the stock and BOM queries: agents and sales read items and
//! their balances but not locations, the ledger, the reorder list or BOMs; warehouse reads
//! all of it; payroll reads none of it.

use rust_decimal::dec;

use super::*;
use crate::core::bom::BomCommand;
use crate::core::bom_query;
use crate::core::stock::StockCommand;
use crate::core::{Command, Role, execute};
use crate::domain::bom::parse_line;
use crate::domain::fields::Input;
use crate::domain::fields::item::from_input;

fn actor(name: &str, role: Role) -> Actor {
    Actor {
        name: name.into(),
        role,
    }
}

/// Items BIKE (a BOM of 2 WHEEL) and WHEEL (with a reorder minimum of 20), 10 WHEEL at
/// WH1.
fn bikes() -> (tempfile::TempDir, Store, u64) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let admin = Actor::local("root");
    let run =
        |command| execute(&store, &crate::core::clock::test_clock(), &admin, command).unwrap();
    for (sku, min) in [("BIKE", ""), ("WHEEL", "20")] {
        let mut input = Input::new();
        input.push("sku", sku);
        input.push("name", sku);
        input.push("reorder_min", min);
        let item = from_input(
            &input,
            crate::core::clock::test_clock().now(),
            crate::domain::Currency::EUR,
        )
        .unwrap();
        run(crate::core::kinds::item::add(&item));
    }
    run(Command::Stock(StockCommand::Post {
        code: "WHEEL".into(),
        quantity: dec!(10),
        from: "supplier".into(),
        to: "WH1".into(),
        reference: "test".into(),
        allow_negative: false,
    }));
    run(Command::Bom(BomCommand::Set {
        code: "BIKE".into(),
        output_qty: dec!(1),
        lines: vec![parse_line("WHEEL:2").unwrap()],
        operations: Vec::new(),
        expected_version: None,
    }));
    let bike = find_item(&store, &admin, "BIKE").unwrap().unwrap().id;
    (dir, store, bike)
}

fn refused(result: Result<impl std::fmt::Debug, CoreError>, role: &str) {
    let error = result.unwrap_err();
    assert_eq!(error.to_string(), format!("not permitted for role {role}"));
}

#[test]
fn payroll_reads_no_items_stock_or_boms() {
    let (_dir, store, bike) = bikes();
    let payroll = actor("pia", Role::Payroll);
    refused(find_item(&store, &payroll, "WHEEL"), "payroll");
    refused(item(&store, &payroll, bike), "payroll");
    refused(search_items(&store, &payroll, "WH", 10), "payroll");
    refused(list_items(&store, &payroll, 10), "payroll");
    refused(list_locations(&store, &payroll), "payroll");
    refused(balances(&store, &payroll, None, None), "payroll");
    refused(on_hand_by_item(&store, &payroll), "payroll");
    refused(reorder(&store, &payroll), "payroll");
    refused(bom_query::tree(&store, &payroll, bike), "payroll");
    refused(
        bom_query::explode(&store, &payroll, bike, dec!(1)),
        "payroll",
    );
    refused(bom_query::cost(&store, &payroll, bike), "payroll");
    refused(bom_query::where_used(&store, &payroll, bike), "payroll");
}

#[test]
fn agents_and_sales_read_items_and_balances_only() {
    let (_dir, store, bike) = bikes();
    for (who, role) in [("anna", Role::Agent), ("sam", Role::Sales)] {
        let reader = actor(who, role);
        let wheel = find_item(&store, &reader, "WHEEL").unwrap().unwrap();
        assert_eq!(item(&store, &reader, bike).unwrap().unwrap().sku, "BIKE");
        assert_eq!(list_items(&store, &reader, 10).unwrap().len(), 2);
        let held = balances(&store, &reader, Some(&wheel), None).unwrap();
        assert_eq!(held.len(), 1);
        assert_eq!(
            (held[0].location.as_str(), held[0].quantity),
            ("WH1", dec!(10))
        );
        assert_eq!(
            on_hand_by_item(&store, &reader).unwrap()[&wheel.id],
            dec!(10)
        );
        let name = role.name();
        refused(ledger(&store, &reader, &wheel, None, None), name);
        refused(reorder(&store, &reader), name);
        refused(list_locations(&store, &reader), name);
        refused(bom_query::explode(&store, &reader, bike, dec!(1)), name);
        refused(bom_query::cost(&store, &reader, bike), name);
    }
}

#[test]
fn warehouse_reads_everything_of_stock() {
    let (_dir, store, bike) = bikes();
    let warehouse = actor("wim", Role::Warehouse);
    let wheel = find_item(&store, &warehouse, "WHEEL").unwrap().unwrap();
    let found = search_items(&store, &warehouse, "WHE", 10).unwrap();
    assert_eq!(found.iter().map(|i| i.id).collect::<Vec<_>>(), [wheel.id]);
    assert_eq!(balances(&store, &warehouse, None, None).unwrap().len(), 1);
    let moves = ledger(&store, &warehouse, &wheel, None, None).unwrap();
    assert_eq!(moves.len(), 1);
    assert_eq!(moves[0].running, dec!(10));
    let low = reorder(&store, &warehouse).unwrap();
    assert_eq!(low.len(), 1);
    assert_eq!(low[0].item.sku, "WHEEL");
    assert!(!list_locations(&store, &warehouse).unwrap().is_empty());
    let needed = bom_query::explode(&store, &warehouse, bike, dec!(3)).unwrap();
    assert_eq!(needed, [(wheel.clone(), dec!(6))]);
    let (nodes, _) = bom_query::tree(&store, &warehouse, bike).unwrap();
    assert!(!nodes.is_empty());
    bom_query::cost(&store, &warehouse, bike).unwrap();
    let uses = bom_query::where_used(&store, &warehouse, wheel.id).unwrap();
    assert_eq!(uses.len(), 1);
    assert_eq!(uses[0].parent.id, bike);
}
