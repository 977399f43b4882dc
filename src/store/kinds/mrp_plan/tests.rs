//! The accepted plan in parts: read back whole and one bucket at a time, written only
//! where it changed, rewritten in place by firming and converting, a plan stored whole
//! still read and replaced, a newer schema refused. Room: store (tests).

use super::*;
use crate::domain::mrp::{Cover, OrderKind, Peg, SupplyRef};
use rust_decimal::Decimal;

fn line(line: u32) -> DemandRef {
    DemandRef::SalesLine {
        order: "AU-2026-00001".into(),
        line,
    }
}

fn planned(n: u32, quantity: i64) -> PlannedOrder {
    let day = time::macros::date!(2026 - 12 - 14);
    PlannedOrder {
        key: format!("PL-A-20261214-{n}"),
        item: 7,
        quantity: Decimal::from(quantity),
        release: day,
        due: day,
        kind: OrderKind::Buy,
        supplier: None,
        firm: false,
        pegs: vec![Peg {
            demand: line(n),
            date: day,
            quantity: Decimal::from(quantity),
        }],
    }
}

/// A plan of `count` planned orders, each covering its own sales order line.
fn stored(count: u32) -> StoredPlan {
    let orders: Vec<PlannedOrder> = (1..=count).map(|n| planned(n, 5)).collect();
    let coverage = orders
        .iter()
        .zip(1..)
        .map(|(order, n)| Coverage {
            item: 7,
            demand: line(n),
            date: order.due,
            quantity: order.quantity,
            covered_by: vec![Cover {
                supply: SupplyRef::Planned {
                    key: order.key.clone(),
                },
                quantity: order.quantity,
            }],
        })
        .collect();
    StoredPlan {
        today: time::macros::date!(2026 - 12 - 07),
        horizon_days: 90,
        run_at: time::macros::datetime!(2026-12-07 08:00 UTC),
        run_by: "pia".into(),
        plan: Plan {
            orders,
            coverage,
            low_level_codes: [(7, 0)].into(),
            ..Plan::default()
        },
    }
}

fn replace(store: &Store, plan: &StoredPlan) -> (Option<u64>, Replaced) {
    let parts = Parts::of(&plan.plan).unwrap();
    store
        .transaction(|tx| replace_in(tx, plan, &parts))
        .unwrap()
}

#[test]
fn a_plan_comes_back_whole_and_one_order_or_demand_reads_its_bucket() {
    crate::store::backends::each_store(|store| {
        assert_eq!(read(store).unwrap(), None);
        assert_eq!(order(store, "PL-A-20261214-1").unwrap(), Entry::NoPlan);
        assert_eq!(coverage(store, &line(1)).unwrap(), Entry::NoPlan);
        let plan = stored(300);
        let (before, replaced) = replace(store, &plan);
        assert_eq!(before, None);
        // 300 orders and 300 demands in 5 buckets each, and the rest.
        assert_eq!(replaced.written, 11);
        assert_eq!(read(store).unwrap().as_ref(), Some(&plan));
        assert_eq!(orders(store).unwrap(), plan.plan.orders);
        for n in [1, 150, 300] {
            let key = format!("PL-A-20261214-{n}");
            assert_eq!(
                order(store, &key).unwrap(),
                Entry::Found(plan.plan.order(&key).cloned())
            );
            assert_eq!(
                coverage(store, &line(n)).unwrap(),
                Entry::Found(Some(vec![plan.plan.coverage[n as usize - 1].clone()]))
            );
        }
        assert_eq!(order(store, "PL-B").unwrap(), Entry::Found(None));
        assert_eq!(coverage(store, &line(301)).unwrap(), Entry::Found(None));
    });
}

#[test]
fn a_run_writes_only_the_buckets_that_changed_and_answers_their_orders() {
    crate::store::backends::each_store(|store| {
        let first = stored(300);
        replace(store, &first);
        let (before, same) = replace(store, &first);
        assert_eq!(before, Some(300));
        assert_eq!(same.written, 0, "nothing changed");
        assert_eq!(same.changed_orders(&first.plan).unwrap(), (vec![], vec![]));
        // One order changed: its bucket is rewritten, and the diff of the changed orders is
        // the plans' diff.
        let mut second = first.clone();
        second.plan.orders[149].quantity = Decimal::from(8);
        let (_, one) = replace(store, &second);
        assert_eq!(one.written, 1);
        let (was, is) = one.changed_orders(&second.plan).unwrap();
        let whole = |orders| Plan {
            orders,
            ..Plan::default()
        };
        let diff = crate::domain::mrp::diff(&whole(was), &whole(is));
        assert_eq!(
            diff,
            crate::domain::mrp::diff(&first.plan, &second.plan),
            "the same as comparing the whole plans"
        );
        assert_eq!(diff.changed.len(), 1);
        assert_eq!(read(store).unwrap().as_ref(), Some(&second));
        // A smaller plan: fewer buckets, the others removed.
        let third = stored(70);
        let (before, fewer) = replace(store, &third);
        assert_eq!(before, Some(300));
        let (was, is) = fewer.changed_orders(&third.plan).unwrap();
        let diff = crate::domain::mrp::diff(&whole(was), &whole(is));
        assert_eq!(diff, crate::domain::mrp::diff(&second.plan, &third.plan));
        assert_eq!(diff.gone.len(), 230);
        assert_eq!(read(store).unwrap().as_ref(), Some(&third));
        let meta = store.tree(META).unwrap();
        assert!(meta.contains_key(Part::Orders.key(1)).unwrap());
        assert!(!meta.contains_key(Part::Orders.key(2)).unwrap());
        assert!(!meta.contains_key(Part::Covers.key(4)).unwrap());
    });
}

#[test]
fn firming_and_converting_rewrite_the_orders_in_their_place() {
    crate::store::backends::each_store(|store| {
        let plan = stored(100);
        replace(store, &plan);
        let mut firm = plan.plan.orders[40].clone();
        firm.firm = true;
        assert!(firm_orders(store).unwrap().is_empty());
        store.transaction(|tx| put_order_in(tx, &firm)).unwrap();
        assert_eq!(
            order(store, &firm.key).unwrap(),
            Entry::Found(Some(firm.clone()))
        );
        assert_eq!(firm_orders(store).unwrap(), [firm.clone()]);
        let gone = vec![plan.plan.orders[0].key.clone(), "PL-X".to_string()];
        store.transaction(|tx| remove_orders_in(tx, &gone)).unwrap();
        let now = read(store).unwrap().unwrap();
        let mut expected = plan.plan.orders[1..].to_vec();
        expected[39] = firm;
        assert_eq!(now.plan.orders, expected);
        assert_eq!(order(store, &gone[0]).unwrap(), Entry::Found(None));
        assert_eq!(firm_orders(store).unwrap(), [expected[39].clone()]);
        // A run keeps what it is given firm; converting a firm order leaves none.
        let mut rerun = plan.clone();
        rerun.plan.orders[40].firm = true;
        let (before, _) = replace(store, &rerun);
        assert_eq!(before, Some(99));
        assert_eq!(firm_orders(store).unwrap(), [rerun.plan.orders[40].clone()]);
        let converted = [rerun.plan.orders[40].key.clone()];
        store
            .transaction(|tx| remove_orders_in(tx, &converted))
            .unwrap();
        assert!(firm_orders(store).unwrap().is_empty());
    });
}

#[test]
fn a_plan_stored_whole_is_read_whole_and_replaced_by_parts_when_it_changes() {
    crate::store::backends::each_store(|store| {
        let plan = stored(100);
        let whole = encode_with_schema(&plan, WHOLE, KIND).unwrap();
        let beside = [
            format!("mrp.order.{}", plan.plan.orders[0].key),
            "mrp.cover.A:AU-2026-00001/1".to_string(),
            "mrp.entries".to_string(),
        ];
        store
            .transaction(|tx| {
                tx.meta_put(KEY, &whole)?;
                beside.iter().try_for_each(|key| tx.meta_put(key, b"1"))
            })
            .unwrap();
        assert_eq!(read(store).unwrap().as_ref(), Some(&plan));
        let key = plan.plan.orders[9].key.clone();
        assert_eq!(
            order(store, &key).unwrap(),
            Entry::Found(Some(plan.plan.orders[9].clone()))
        );
        assert_eq!(
            coverage(store, &line(10)).unwrap(),
            Entry::Found(Some(vec![plan.plan.coverage[9].clone()]))
        );
        let mut firm = plan.plan.orders[9].clone();
        firm.firm = true;
        store.transaction(|tx| put_order_in(tx, &firm)).unwrap();
        let meta = store.tree(META).unwrap();
        let header = meta.get(KEY).unwrap().unwrap();
        assert_eq!(header[1..3], SCHEMA.to_be_bytes());
        for key in &beside {
            assert!(!meta.contains_key(key).unwrap(), "{key}");
        }
        let mut expected = plan.clone();
        expected.plan.orders[9] = firm.clone();
        assert_eq!(read(store).unwrap(), Some(expected));
        assert_eq!(firm_orders(store).unwrap(), [firm]);
    });
}

#[test]
fn a_plan_of_a_newer_schema_is_refused() {
    crate::store::backends::each_store(|store| {
        let newer = encode_with_schema(&stored(1), SCHEMA + 1, KIND).unwrap();
        store.transaction(|tx| tx.meta_put(KEY, &newer)).unwrap();
        assert!(matches!(
            read(store),
            Err(StoreError::TooNew { found: 3, .. })
        ));
        assert!(matches!(
            order(store, "PL-A"),
            Err(StoreError::TooNew { found: 3, .. })
        ));
    });
}

#[test]
fn an_ignored_order_matches_only_itself_unchanged() {
    let ignored = Ignored::of(&planned(1, 5));
    assert!(ignored.matches(&planned(1, 5)));
    assert!(!ignored.matches(&planned(1, 6)));
    assert!(!ignored.matches(&planned(2, 5)));
    let mut later = planned(1, 5);
    later.due = time::macros::date!(2026 - 12 - 15);
    assert!(!ignored.matches(&later));
    let mut other = planned(1, 5);
    other.item = 8;
    assert!(!ignored.matches(&other));
    crate::store::backends::each_store(|store| {
        assert!(self::ignored(store).unwrap().is_empty());
        store
            .transaction(|tx| set_ignored_in(tx, std::slice::from_ref(&ignored)))
            .unwrap();
        assert_eq!(self::ignored(store).unwrap(), vec![ignored.clone()]);
        store.transaction(|tx| set_ignored_in(tx, &[])).unwrap();
        assert!(self::ignored(store).unwrap().is_empty());
    });
}
