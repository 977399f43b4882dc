//! Tests of the run: helpers to build inputs, low-level codes, firm orders, each action
//! message, determinism, the diff and the refusals.

use rust_decimal::{Decimal, dec};
use time::Date;
use time::macros::date;

use super::*;
pub(super) use crate::domain::bom::fixtures::bom;
use crate::domain::planning::{ItemPlanning, LotRule, LotSizing, SafetyStock};

pub(super) const TODAY: Date = date!(2026 - 12 - 07); // a Monday

pub(super) fn item(id: u64, sku: &str, source: Source, on_hand: Decimal) -> Item {
    Item {
        id,
        sku: sku.to_string(),
        source,
        planning: ItemPlanning::default(),
        on_hand,
    }
}

pub(super) fn buy(lead_days: u32, supplier: u64) -> Source {
    Source::Buy {
        lead_days,
        supplier: Some(supplier),
    }
}

pub(super) fn lot(rule: LotRule, minimum: Option<Decimal>, multiple: Option<Decimal>) -> LotSizing {
    LotSizing {
        rule,
        minimum,
        multiple,
        maximum: None,
    }
}

pub(super) fn safety(location: &str, quantity: Decimal) -> SafetyStock {
    SafetyStock {
        location: location.to_string(),
        quantity,
    }
}

pub(super) fn sales(item: u64, order: &str, date: Date, quantity: Decimal) -> Demand {
    Demand {
        item,
        date,
        quantity,
        reference: sales_ref(order),
    }
}

pub(super) fn sales_ref(order: &str) -> DemandRef {
    DemandRef::SalesLine {
        order: order.to_string(),
        line: 1,
    }
}

pub(super) fn po(item: u64, order: &str, due: Date, quantity: Decimal, released: bool) -> Receipt {
    Receipt {
        item,
        due,
        quantity,
        reference: po_ref(order),
        released,
        components: Vec::new(),
    }
}

pub(super) fn po_ref(order: &str) -> SupplyRef {
    SupplyRef::PurchaseLine {
        order: order.to_string(),
        line: 1,
    }
}

pub(super) fn planned(key: &str) -> SupplyRef {
    SupplyRef::Planned {
        key: key.to_string(),
    }
}

pub(super) fn input(items: Vec<Item>) -> Input {
    Input {
        items,
        boms: Vec::new(),
        demands: Vec::new(),
        receipts: Vec::new(),
        firm: Vec::new(),
        today: TODAY,
        horizon_days: 60,
    }
}

pub(super) fn weekdays() -> Weekdays {
    Weekdays::default()
}

/// The messages about one supply.
fn actions_for(plan: &Plan, supply: &SupplyRef) -> Vec<ActionKind> {
    plan.actions
        .iter()
        .filter(|a| &a.supply == supply)
        .map(|a| a.kind.clone())
        .collect()
}

#[test]
fn an_item_used_on_two_levels_gets_the_deeper_code() {
    // A uses B and X; B uses X: X sits on level 1 under A and level 2 under B → code 2.
    let mut data = input(vec![
        item(1, "A", Source::Make, dec!(0)),
        item(2, "B", Source::Make, dec!(0)),
        item(3, "X", buy(1, 9), dec!(0)),
        item(4, "LONE", buy(1, 9), dec!(0)),
    ]);
    data.boms = vec![
        bom(1, dec!(1), &[(3, dec!(1), dec!(0)), (2, dec!(1), dec!(0))]),
        bom(2, dec!(1), &[(3, dec!(2), dec!(0))]),
    ];
    let plan = run(&data, &weekdays()).unwrap();
    let codes: Vec<(u64, u32)> = plan.low_level_codes.into_iter().collect();
    assert_eq!(codes, vec![(1, 0), (2, 1), (3, 2), (4, 0)]);
}

#[test]
fn x_is_planned_after_both_parents_and_sums_their_needs() {
    let mut data = input(vec![
        item(1, "A", Source::Make, dec!(0)),
        item(2, "B", Source::Make, dec!(0)),
        item(3, "X", buy(0, 9), dec!(0)),
    ]);
    data.boms = vec![
        bom(1, dec!(1), &[(3, dec!(1), dec!(0)), (2, dec!(1), dec!(0))]),
        bom(2, dec!(1), &[(3, dec!(2), dec!(0))]),
    ];
    data.demands = vec![sales(1, "AU-1", date!(2026 - 12 - 10), dec!(4))];
    let plan = run(&data, &weekdays()).unwrap();
    // A: 4 → X 4 directly, B 4 → X 8: both on the same day, and lot-for-lot puts one
    // day's needs into one order of 12 pegged to both parents.
    let x: Vec<&PlannedOrder> = plan.orders.iter().filter(|o| o.item == 3).collect();
    assert_eq!(x.len(), 1);
    assert_eq!(x[0].quantity, dec!(12));
    assert_eq!(x[0].pegs.len(), 2);
}

#[test]
fn a_firm_planned_order_survives_and_counts_as_supply() {
    let mut data = input(vec![
        item(1, "BIKE", Source::Make, dec!(0)),
        item(2, "FRAME", buy(0, 9), dec!(0)),
    ]);
    data.items[0].planning.production_days = 2;
    data.boms = vec![bom(1, dec!(1), &[(2, dec!(1), dec!(0))])];
    data.demands = vec![sales(1, "AU-1", date!(2026 - 12 - 21), dec!(10))];
    data.firm = vec![FirmOrder {
        key: "FIRM-1".into(),
        item: 1,
        quantity: dec!(7),
        release: date!(2026 - 12 - 10),
        due: date!(2026 - 12 - 18),
        supplier: None,
    }];
    let plan = run(&data, &weekdays()).unwrap();
    let firm = plan.order("FIRM-1").unwrap();
    assert!(firm.firm);
    assert_eq!(
        (firm.quantity, firm.release, firm.due, firm.kind),
        (
            dec!(7),
            date!(2026 - 12 - 10),
            date!(2026 - 12 - 18),
            OrderKind::Make
        )
    );
    assert_eq!(firm.pegs.len(), 1);
    assert_eq!(firm.pegs[0].quantity, dec!(7));
    // Only the 3 the firm order leaves are planned anew.
    let bike: Vec<&PlannedOrder> = plan
        .orders
        .iter()
        .filter(|o| o.item == 1 && !o.firm)
        .collect();
    assert_eq!(bike.len(), 1);
    assert_eq!(bike[0].quantity, dec!(3));
    // The firm order's frames are needed on its own release date.
    let frames = plan
        .covering(
            2,
            &DemandRef::Planned {
                key: "FIRM-1".into(),
            },
        )
        .unwrap();
    assert_eq!(
        (frames.date, frames.quantity),
        (date!(2026 - 12 - 10), dec!(7))
    );
    // A second run with the same firm order keeps it exactly.
    let again = run(&data, &weekdays()).unwrap();
    assert_eq!(again.order("FIRM-1"), Some(firm));
    // It is due three days before it is needed.
    assert_eq!(
        actions_for(&plan, &planned("FIRM-1")),
        vec![ActionKind::Defer {
            from: date!(2026 - 12 - 18),
            to: date!(2026 - 12 - 21)
        }]
    );
}

#[test]
fn each_action_message() {
    let day = |d: u8| Date::from_calendar_date(2026, time::Month::December, d).unwrap();
    let mut data = input(
        (1..=7)
            .map(|id| item(id, &format!("I{id}"), buy(2, 9), dec!(0)))
            .collect(),
    );
    data.demands = vec![
        sales(1, "AU-1", day(10), dec!(10)),
        sales(2, "AU-2", day(18), dec!(10)),
        sales(4, "AU-4", day(15), dec!(15)),
        sales(5, "AU-5", day(15), dec!(4)),
        sales(6, "AU-6", day(9), dec!(10)),
        sales(7, "AU-7", day(8), dec!(10)),
    ];
    data.receipts = vec![
        po(1, "BE-1", day(15), dec!(10), true),
        po(2, "BE-2", day(11), dec!(10), true),
        po(3, "BE-3", day(15), dec!(10), true),
        po(4, "BE-4", day(15), dec!(10), true),
        po(5, "BE-5", day(15), dec!(10), true),
        po(6, "BE-6", day(9), dec!(10), false),
        po(7, "BE-7", day(4), dec!(10), true),
    ];
    let plan = run(&data, &weekdays()).unwrap();
    assert_eq!(
        actions_for(&plan, &po_ref("BE-1")),
        vec![ActionKind::Expedite {
            from: day(15),
            to: day(10)
        }]
    );
    assert_eq!(
        actions_for(&plan, &po_ref("BE-2")),
        vec![ActionKind::Defer {
            from: day(11),
            to: day(18)
        }]
    );
    assert_eq!(
        actions_for(&plan, &po_ref("BE-3")),
        vec![ActionKind::Cancel { quantity: dec!(10) }]
    );
    assert_eq!(
        actions_for(&plan, &po_ref("BE-4")),
        vec![ActionKind::IncreaseTo {
            from: dec!(10),
            to: dec!(15)
        }]
    );
    assert_eq!(
        actions_for(&plan, &po_ref("BE-5")),
        vec![ActionKind::DecreaseTo {
            from: dec!(10),
            to: dec!(4)
        }]
    );
    // Needed Wednesday the 9th, two working days of lead time → released Monday the 7th.
    assert_eq!(
        actions_for(&plan, &po_ref("BE-6")),
        vec![ActionKind::ReleaseNow { release: day(7) }]
    );
    assert_eq!(
        actions_for(&plan, &po_ref("BE-7")),
        vec![ActionKind::PastDue {
            due: day(4),
            quantity: dec!(10)
        }]
    );
    // The increased order covers the whole demand, so nothing new is planned for it.
    assert!(plan.orders.iter().all(|o| o.item != 4));
    let covered = plan.covering(4, &sales_ref("AU-4")).unwrap();
    assert_eq!(
        covered.covered_by,
        vec![Cover {
            supply: po_ref("BE-4"),
            quantity: dec!(15)
        }]
    );
    // Messages read as people read them.
    let text = ActionKind::Expedite {
        from: day(15),
        to: day(10),
    }
    .describe();
    assert!(text.contains("15") && text.contains("10"), "{text}");
}

#[test]
fn the_same_input_in_another_order_gives_the_same_plan() {
    let data = super::tests_bicycle::bicycle();
    let first = run(&data, &super::tests_bicycle::calendar()).unwrap();
    let mut shuffled = data.clone();
    shuffled.items.reverse();
    shuffled.demands.reverse();
    shuffled.boms.reverse();
    shuffled.receipts.reverse();
    let second = run(&shuffled, &super::tests_bicycle::calendar()).unwrap();
    assert_eq!(first, second);
    assert_eq!(format!("{first:?}"), format!("{second:?}"));
    assert!(diff(&first, &second).is_empty());
}

#[test]
fn the_diff_names_new_changed_and_gone_orders() {
    let mut data = input(vec![item(1, "A", buy(0, 9), dec!(0))]);
    data.demands = vec![
        sales(1, "AU-1", date!(2026 - 12 - 10), dec!(5)),
        sales(1, "AU-2", date!(2026 - 12 - 11), dec!(5)),
    ];
    let old = run(&data, &weekdays()).unwrap();
    data.demands = vec![
        sales(1, "AU-1", date!(2026 - 12 - 10), dec!(8)),
        sales(1, "AU-3", date!(2026 - 12 - 14), dec!(5)),
    ];
    let new = run(&data, &weekdays()).unwrap();
    let change = diff(&old, &new);
    let keys = |orders: &[PlannedOrder]| orders.iter().map(|o| o.key.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&change.new), vec!["PL-A-20261214-1"]);
    assert_eq!(keys(&change.gone), vec!["PL-A-20261211-1"]);
    assert_eq!(change.changed.len(), 1);
    assert_eq!(change.changed[0].0.quantity, dec!(5));
    assert_eq!(change.changed[0].1.quantity, dec!(8));
}

#[test]
fn bad_input_is_refused_with_one_clear_error() {
    let mut data = input(vec![
        item(1, "A", Source::Make, dec!(0)),
        item(2, "B", Source::Make, dec!(0)),
    ]);
    data.boms = vec![
        bom(1, dec!(1), &[(2, dec!(1), dec!(0))]),
        bom(2, dec!(1), &[(1, dec!(1), dec!(0))]),
    ];
    assert!(matches!(run(&data, &weekdays()), Err(MrpError::Cycle(path)) if path.len() == 3));
    data.boms.clear();
    data.demands = vec![sales(7, "AU-1", TODAY, dec!(1))];
    assert_eq!(run(&data, &weekdays()), Err(MrpError::UnknownItem(7)));
    data.demands = vec![sales(1, "AU-1", TODAY, dec!(-1))];
    assert!(matches!(
        run(&data, &weekdays()),
        Err(MrpError::Quantity { .. })
    ));
    data.demands.clear();
    data.items.push(item(2, "B2", Source::Make, dec!(0)));
    assert_eq!(run(&data, &weekdays()), Err(MrpError::DuplicateItem(2)));
    data.items.pop();
    data.items[0].planning.lot.minimum = Some(dec!(-1));
    assert!(matches!(
        run(&data, &weekdays()),
        Err(MrpError::Planning { .. })
    ));
}

#[test]
fn safety_stock_counts_once_per_location_and_demands_beyond_the_horizon_wait() {
    let mut data = input(vec![item(1, "A", buy(0, 9), dec!(3))]);
    data.items[0].planning.safety_stock = vec![safety("MAIN", dec!(5)), safety("B", dec!(2))];
    data.demands = vec![
        sales(1, "AU-1", date!(2026 - 12 - 08), dec!(4)),
        sales(1, "AU-2", date!(2027 - 03 - 01), dec!(4)),
    ];
    let plan = run(&data, &weekdays()).unwrap();
    // Need today 7 (safety stock B 2 + MAIN 5), on hand 3 → 4 short today; then 4 on the 8th.
    let quantities: Vec<(Date, Decimal)> =
        plan.orders.iter().map(|o| (o.due, o.quantity)).collect();
    assert_eq!(
        quantities,
        vec![(TODAY, dec!(4)), (date!(2026 - 12 - 08), dec!(4))]
    );
    // Beyond the 60-day horizon: not covered.
    let late = plan.covering(1, &sales_ref("AU-2")).unwrap();
    assert!(late.covered_by.is_empty());
}

#[test]
fn period_grouping_takes_the_days_of_its_period_and_no_more() {
    let mut data = input(vec![item(1, "A", buy(0, 9), dec!(0))]);
    data.items[0].planning.lot = lot(LotRule::PeriodDays(7), None, None);
    data.demands = vec![
        sales(1, "AU-1", date!(2026 - 12 - 08), dec!(3)),
        // The seventh day of the period that starts on the 8th: in it.
        sales(1, "AU-2", date!(2026 - 12 - 14), dec!(4)),
        // The eighth day: a new period.
        sales(1, "AU-3", date!(2026 - 12 - 15), dec!(5)),
    ];
    let plan = run(&data, &weekdays()).unwrap();
    let quantities: Vec<(Date, Decimal)> =
        plan.orders.iter().map(|o| (o.due, o.quantity)).collect();
    assert_eq!(
        quantities,
        vec![
            (date!(2026 - 12 - 08), dec!(7)),
            (date!(2026 - 12 - 15), dec!(5))
        ]
    );
    let covered = plan.covering(1, &sales_ref("AU-2")).unwrap();
    assert_eq!(
        covered.covered_by,
        vec![Cover {
            supply: planned("PL-A-20261208-1"),
            quantity: dec!(4)
        }]
    );
}
