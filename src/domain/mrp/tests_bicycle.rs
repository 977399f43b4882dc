//! The textbook case, computed by hand: a bicycle of a frame, two wheels and two spare
//! spokes; a wheel of 36 spokes (5 % scrap) and a rim. Different lead times, lot rules and
//! safety stock; a calendar of weekdays with the 24th and 25th of December off.
//!
//! Today is Monday 2026-12-07.
//!
//! | item  | source            | lot rule                    | on hand | safety stock |
//! |-------|-------------------|-----------------------------|---------|--------------|
//! | BIKE  | make, 2 days      | lot-for-lot                 | 5       | –            |
//! | FRAME | buy, 5 days, S900 | fixed 20                    | 2       | –            |
//! | WHEEL | make, 1 day       | lot-for-lot, minimum 12     | 0       | –            |
//! | SPOKE | buy, 6 days, S901 | lot-for-lot, min 500, ×100  | 300     | MAIN 100     |
//! | RIM   | buy, 3 days, S902 | period of 10 days           | 0       | –            |
//!
//! Low-level codes: BIKE 0; FRAME, WHEEL 1; RIM 2; SPOKE 2 (under BIKE on level 1 and
//! under WHEEL on level 2).
//!
//! BIKE: AU-1 10 on Mon 21st, AU-2 15 on Wed 30th. On hand 5 covers 5 of AU-1 → order 5
//! due 21st, released 2 working days before: Fri 18th, Thu 17th → 17th. AU-2 → order 15
//! due 30th, released Tue 29th, Mon 28th → 28th.
//! Components (on the release dates): FRAME 5 and 15, WHEEL 10 and 30, SPOKE 10 and 30.
//!
//! FRAME: on hand 2 and BE-1 (10, due Tue 22nd). Need 5 on the 17th: on hand 2 + 3 of
//! BE-1 (pulled in: expedite 22nd → 17th). Need 15 on the 28th: the rest of BE-1 (7), 8
//! short → one fixed lot of 20 due 28th, released 5 working days before Mon 28th: Wed
//! 23rd, Tue 22nd, Mon 21st, Fri 18th, Thu 17th → 17th (the 24th and 25th are off).
//!
//! WHEEL: 10 on the 17th → below the minimum → 12 due 17th, released Wed 16th; surplus 2.
//! 30 on the 28th: 2 from that surplus, 28 short → order 28 due 28th, released one
//! working day before Mon 28th: Fri 25th off, Thu 24th off → Wed 23rd.
//! Components: SPOKE 12 × 36 × 1.05 = 453.6 on the 16th, 28 × 37.8 = 1058.4 on the 23rd;
//! RIM 12 on the 16th, 28 on the 23rd.
//!
//! SPOKE, needs in order: safety stock 100 today (on hand 300 → 200 left); 453.6 on the
//! 16th: 200 from on hand, 253.6 short → below the minimum → 500 due 16th, released 6
//! working days before Wed 16th: 15, 14, 11, 10, 9, 8 → Tue 8th; surplus 246.4. 10 on the
//! 17th from the surplus (236.4 left). 1058.4 on the 23rd: 236.4 from the surplus, 822
//! short → up to the multiple of 100 → 900 due 23rd, released 22, 21, 18, 17, 16, 15 →
//! Tue 15th; surplus 78. 30 on the 28th from it (48 left). Projected on hand: 300 today,
//! 346.4 on the 16th, 336.4 on the 17th, 178 on the 23rd, 148 on the 28th (= 100 safety
//! stock + 48 surplus).
//!
//! RIM: 12 on the 16th starts a 10-day period (16th–25th) that also holds 28 on the
//! 23rd → one order of 40 due 16th, released 15, 14, 11 → Fri 11th.

use rust_decimal::dec;
use time::macros::date;

use super::tests_engine::{
    bom, buy, input, item, lot, planned, po, po_ref, safety, sales, sales_ref,
};
use super::*;
use crate::domain::planning::LotRule;

pub(super) const BIKE: u64 = 1;
const FRAME: u64 = 2;
const WHEEL: u64 = 3;
const SPOKE: u64 = 4;
const RIM: u64 = 5;

pub(super) fn calendar() -> Weekdays {
    Weekdays {
        holidays: [date!(2026 - 12 - 24), date!(2026 - 12 - 25)].into(),
    }
}

pub(super) fn bicycle() -> Input {
    let mut bike = item(BIKE, "BIKE", Source::Make, dec!(5));
    bike.planning.production_days = 2;
    let mut frame = item(FRAME, "FRAME", buy(5, 900), dec!(2));
    frame.planning.lot = lot(LotRule::Fixed(dec!(20)), None, None);
    let mut wheel = item(WHEEL, "WHEEL", Source::Make, dec!(0));
    wheel.planning.production_days = 1;
    wheel.planning.lot = lot(LotRule::LotForLot, Some(dec!(12)), None);
    let mut spoke = item(SPOKE, "SPOKE", buy(6, 901), dec!(300));
    spoke.planning.lot = lot(LotRule::LotForLot, Some(dec!(500)), Some(dec!(100)));
    spoke.planning.safety_stock = vec![safety("MAIN", dec!(100))];
    let mut rim = item(RIM, "RIM", buy(3, 902), dec!(0));
    rim.planning.lot = lot(LotRule::PeriodDays(10), None, None);
    let mut data = input(vec![bike, frame, wheel, spoke, rim]);
    data.boms = vec![
        bom(
            BIKE,
            dec!(1),
            &[
                (FRAME, dec!(1), dec!(0)),
                (WHEEL, dec!(2), dec!(0)),
                (SPOKE, dec!(2), dec!(0)),
            ],
        ),
        bom(
            WHEEL,
            dec!(1),
            &[(SPOKE, dec!(36), dec!(5)), (RIM, dec!(1), dec!(0))],
        ),
    ];
    data.demands = vec![
        sales(BIKE, "AU-1", date!(2026 - 12 - 21), dec!(10)),
        sales(BIKE, "AU-2", date!(2026 - 12 - 30), dec!(15)),
    ];
    data.receipts = vec![po(FRAME, "BE-1", date!(2026 - 12 - 22), dec!(10), true)];
    data
}

/// (key, quantity, release, due) of the non-firm orders of an item.
fn orders_of(plan: &Plan, item: u64) -> Vec<(String, Decimal, Date, Date)> {
    plan.orders
        .iter()
        .filter(|o| o.item == item)
        .map(|o| (o.key.clone(), o.quantity, o.release, o.due))
        .collect()
}

fn row(key: &str, quantity: Decimal, release: Date, due: Date) -> (String, Decimal, Date, Date) {
    (key.to_string(), quantity, release, due)
}

#[test]
fn the_bicycle_is_planned_as_computed_by_hand() {
    let plan = run(&bicycle(), &calendar()).unwrap();
    let codes: Vec<(u64, u32)> = plan.low_level_codes.clone().into_iter().collect();
    assert_eq!(
        codes,
        vec![(BIKE, 0), (FRAME, 1), (WHEEL, 1), (SPOKE, 2), (RIM, 2)]
    );
    assert_eq!(
        orders_of(&plan, BIKE),
        vec![
            row(
                "PL-BIKE-20261221-1",
                dec!(5),
                date!(2026 - 12 - 17),
                date!(2026 - 12 - 21)
            ),
            row(
                "PL-BIKE-20261230-1",
                dec!(15),
                date!(2026 - 12 - 28),
                date!(2026 - 12 - 30)
            ),
        ]
    );
    assert_eq!(
        orders_of(&plan, FRAME),
        vec![row(
            "PL-FRAME-20261228-1",
            dec!(20),
            date!(2026 - 12 - 17),
            date!(2026 - 12 - 28)
        )]
    );
    assert_eq!(
        orders_of(&plan, WHEEL),
        vec![
            row(
                "PL-WHEEL-20261217-1",
                dec!(12),
                date!(2026 - 12 - 16),
                date!(2026 - 12 - 17)
            ),
            row(
                "PL-WHEEL-20261228-1",
                dec!(28),
                date!(2026 - 12 - 23),
                date!(2026 - 12 - 28)
            ),
        ]
    );
    assert_eq!(
        orders_of(&plan, SPOKE),
        vec![
            row(
                "PL-SPOKE-20261216-1",
                dec!(500),
                date!(2026 - 12 - 08),
                date!(2026 - 12 - 16)
            ),
            row(
                "PL-SPOKE-20261223-1",
                dec!(900),
                date!(2026 - 12 - 15),
                date!(2026 - 12 - 23)
            ),
        ]
    );
    assert_eq!(
        orders_of(&plan, RIM),
        vec![row(
            "PL-RIM-20261216-1",
            dec!(40),
            date!(2026 - 12 - 11),
            date!(2026 - 12 - 16)
        )]
    );
    // Bought orders name their supplier and are purchases; made ones are production.
    let frame = plan.order("PL-FRAME-20261228-1").unwrap();
    assert_eq!(
        (frame.kind, frame.supplier, frame.firm),
        (OrderKind::Buy, Some(900), false)
    );
    let wheel = plan.order("PL-WHEEL-20261217-1").unwrap();
    assert_eq!((wheel.kind, wheel.supplier), (OrderKind::Make, None));
    // The purchase order for frames is needed five days early.
    assert_eq!(
        plan.actions,
        vec![Action {
            item: FRAME,
            supply: po_ref("BE-1"),
            kind: ActionKind::Expedite {
                from: date!(2026 - 12 - 22),
                to: date!(2026 - 12 - 17)
            },
        }]
    );
}

#[test]
fn the_bicycle_pegs_both_ways() {
    let plan = run(&bicycle(), &calendar()).unwrap();
    let wheel_late = DemandRef::Planned {
        key: "PL-WHEEL-20261228-1".into(),
    };
    // Planned order → the demands it covers.
    let first_spokes = plan.order("PL-SPOKE-20261216-1").unwrap();
    let pegs: Vec<(DemandRef, Date, Decimal)> = first_spokes
        .pegs
        .iter()
        .map(|p| (p.demand.clone(), p.date, p.quantity))
        .collect();
    assert_eq!(
        pegs,
        vec![
            (
                DemandRef::Planned {
                    key: "PL-WHEEL-20261217-1".into()
                },
                date!(2026 - 12 - 16),
                dec!(253.6)
            ),
            (
                DemandRef::Planned {
                    key: "PL-BIKE-20261221-1".into()
                },
                date!(2026 - 12 - 17),
                dec!(10)
            ),
            (wheel_late.clone(), date!(2026 - 12 - 23), dec!(236.4)),
        ]
    );
    // A demand → what covers it.
    let spokes = plan.covering(SPOKE, &wheel_late).unwrap();
    assert_eq!(spokes.quantity, dec!(1058.4));
    assert_eq!(
        spokes.covered_by,
        vec![
            Cover {
                supply: planned("PL-SPOKE-20261216-1"),
                quantity: dec!(236.4)
            },
            Cover {
                supply: planned("PL-SPOKE-20261223-1"),
                quantity: dec!(822)
            },
        ]
    );
    let first_sale = plan.covering(BIKE, &sales_ref("AU-1")).unwrap();
    assert_eq!(
        first_sale.covered_by,
        vec![
            Cover {
                supply: SupplyRef::OnHand,
                quantity: dec!(5)
            },
            Cover {
                supply: planned("PL-BIKE-20261221-1"),
                quantity: dec!(5)
            },
        ]
    );
    let safety = plan
        .covering(
            SPOKE,
            &DemandRef::SafetyStock {
                location: "MAIN".into(),
            },
        )
        .unwrap();
    assert_eq!(
        safety.covered_by,
        vec![Cover {
            supply: SupplyRef::OnHand,
            quantity: dec!(100)
        }]
    );
    let frames = plan
        .covering(
            FRAME,
            &DemandRef::Planned {
                key: "PL-BIKE-20261221-1".into(),
            },
        )
        .unwrap();
    assert_eq!(
        frames.covered_by,
        vec![
            Cover {
                supply: SupplyRef::OnHand,
                quantity: dec!(2)
            },
            Cover {
                supply: po_ref("BE-1"),
                quantity: dec!(3)
            },
        ]
    );
}

#[test]
fn the_bicycle_projects_on_hand_by_day() {
    let plan = run(&bicycle(), &calendar()).unwrap();
    let spokes = &plan
        .projected
        .iter()
        .find(|p| p.item == SPOKE)
        .unwrap()
        .days;
    assert_eq!(
        spokes,
        &vec![
            (date!(2026 - 12 - 07), dec!(300)),
            (date!(2026 - 12 - 16), dec!(346.4)),
            (date!(2026 - 12 - 17), dec!(336.4)),
            (date!(2026 - 12 - 23), dec!(178)),
            (date!(2026 - 12 - 28), dec!(148)),
        ]
    );
    // Between change days the balance holds.
    assert_eq!(
        plan.projected_on(SPOKE, date!(2026 - 12 - 20)),
        Some(dec!(336.4))
    );
    assert_eq!(plan.projected_on(SPOKE, date!(2026 - 12 - 01)), None);
    assert_eq!(
        plan.projected_on(BIKE, date!(2026 - 12 - 31)),
        Some(dec!(0))
    );
}
