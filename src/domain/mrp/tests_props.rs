//! Properties over random plans: within the horizon every need (sales lines, components,
//! safety stock) is covered in full; the two directions of pegging agree; orders are
//! positive and released no later than due; two runs give the same plan.

use std::collections::BTreeMap;

use proptest::prelude::*;
use rust_decimal::Decimal;
use time::Duration;

use super::tests_engine::{TODAY, bom, buy, input, item, po, sales, weekdays};
use super::*;
use crate::domain::planning::{LotRule, LotSizing};

/// One random item: (make?, lead days, rule 0..3 with its value, minimum, multiple,
/// maximum, on hand, safety stock).
type ItemSeed = (
    bool,
    u32,
    (u8, u32),
    Option<u32>,
    Option<u32>,
    Option<u32>,
    u32,
    u32,
);

/// (item, day offset from today, quantity) of a sales line or a purchase order line.
type Dated = (usize, i64, u32);
/// Items, BOM lines (parent, child, quantity), sales lines, purchase order lines.
type Seed = (
    Vec<ItemSeed>,
    Vec<(usize, usize, u32)>,
    Vec<Dated>,
    Vec<Dated>,
);

fn seeds() -> impl Strategy<Value = Seed> {
    let item = (
        any::<bool>(),
        0u32..8,
        (0u8..3, 1u32..10),
        proptest::option::of(1u32..30),
        proptest::option::of(1u32..7),
        proptest::option::of(30u32..60),
        0u32..40,
        0u32..10,
    );
    (
        proptest::collection::vec(item, 2..7),
        // BOM lines (parent, child, quantity); only parent < child is kept, so no cycles.
        proptest::collection::vec((0usize..7, 0usize..7, 1u32..4), 0..10),
        // Sales lines (item, day offset, quantity); some before today (past due).
        proptest::collection::vec((0usize..7, -5i64..40, 1u32..50), 0..15),
        // Purchase order lines (item, due offset, quantity).
        proptest::collection::vec((0usize..7, -5i64..40, 1u32..50), 0..6),
    )
}

fn build((items, lines, demands, receipts): Seed) -> Input {
    let count = items.len();
    let mut all = Vec::new();
    for (at, (make, lead, (rule, value), minimum, multiple, maximum, on_hand, safety)) in
        items.into_iter().enumerate()
    {
        let id = at as u64 + 1;
        let source = if make { Source::Make } else { buy(lead, 9) };
        let mut planned_item = item(id, &format!("I{id}"), source, Decimal::from(on_hand));
        planned_item.planning.production_days = lead;
        planned_item.planning.lot = LotSizing {
            rule: match rule {
                0 => LotRule::LotForLot,
                1 => LotRule::Fixed(Decimal::from(value)),
                _ => LotRule::PeriodDays(value),
            },
            minimum: minimum.map(Decimal::from),
            multiple: multiple.map(Decimal::from),
            maximum: maximum.map(Decimal::from),
        };
        if safety > 0 {
            planned_item.planning.safety_stock =
                vec![super::tests_engine::safety("MAIN", Decimal::from(safety))];
        }
        all.push(planned_item);
    }
    let mut data = input(all);
    data.horizon_days = 400;
    let mut by_parent: BTreeMap<usize, BTreeMap<usize, u32>> = BTreeMap::new();
    for (parent, child, quantity) in lines {
        if parent < child && child < count {
            by_parent.entry(parent).or_default().insert(child, quantity);
        }
    }
    for (parent, children) in by_parent {
        let lines: Vec<(u64, Decimal, Decimal)> = children
            .into_iter()
            .map(|(child, quantity)| (child as u64 + 1, Decimal::from(quantity), Decimal::from(10)))
            .collect();
        data.boms
            .push(bom(parent as u64 + 1, Decimal::from(2), &lines));
    }
    for (n, (at, offset, quantity)) in demands.into_iter().enumerate() {
        if at < count {
            let day = TODAY + Duration::days(offset);
            data.demands.push(sales(
                at as u64 + 1,
                &format!("AU-{n}"),
                day,
                Decimal::from(quantity),
            ));
        }
    }
    for (n, (at, offset, quantity)) in receipts.into_iter().enumerate() {
        if at < count {
            let day = TODAY + Duration::days(offset);
            data.receipts.push(po(
                at as u64 + 1,
                &format!("BE-{n}"),
                day,
                Decimal::from(quantity),
                n % 2 == 0,
            ));
        }
    }
    data
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_need_is_covered_and_pegging_agrees(seed in seeds()) {
        let data = build(seed);
        let plan = run(&data, &weekdays()).unwrap();
        // Every need within the horizon is covered in full.
        for need in &plan.coverage {
            let covered: Decimal = need.covered_by.iter().map(|c| c.quantity).sum();
            prop_assert_eq!(covered, need.quantity, "{:?}", need);
        }
        // What the needs say a planned order gives them is what its pegs say, and no
        // order gives more than it has.
        let mut given: BTreeMap<&str, Decimal> = BTreeMap::new();
        for need in &plan.coverage {
            for cover in &need.covered_by {
                if let SupplyRef::Planned { key } = &cover.supply {
                    *given.entry(key.as_str()).or_default() += cover.quantity;
                }
            }
        }
        for order in &plan.orders {
            let pegged: Decimal = order.pegs.iter().map(|p| p.quantity).sum();
            prop_assert_eq!(given.get(order.key.as_str()).copied().unwrap_or_default(), pegged);
            prop_assert!(pegged <= order.quantity || order.firm);
            prop_assert!(order.quantity > Decimal::ZERO);
            prop_assert!(order.release <= order.due);
        }
        // Every component of a made planned order is a need of its component item.
        for order in plan.orders.iter().filter(|o| o.kind == OrderKind::Make) {
            if let Some(bom) = data.boms.iter().find(|b| b.parent_item_id == order.item) {
                for line in &bom.lines {
                    let demand = DemandRef::Planned { key: order.key.clone() };
                    let need = plan.covering(line.component_item_id, &demand);
                    prop_assert!(need.is_some(), "{} has no need for {}", order.key, line.component_item_id);
                }
            }
        }
        prop_assert_eq!(run(&data, &weekdays()).unwrap(), plan);
    }
}
