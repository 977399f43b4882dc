//! Netting and pegging of one item: its needs (safety stock, demands, components of parent
//! orders), earliest first, take on hand, then existing supply (scheduled receipts and firm
//! planned orders, by due date — a later one is pulled in and gets an expedite message),
//! then the surplus of planned orders made for earlier needs; what is still missing goes
//! onto an existing supply due that very day (an "increase to"), else into new planned
//! orders sized by the lot rule. Each quantity taken is recorded on both sides: the need's
//! covers and the supply's pegs. One pass over the needs, O(needs + supply + orders).
//! Room: domain (pure).

use rust_decimal::Decimal;
use time::{Date, Duration};

use crate::domain::planning::{LotRule, LotSizing};

use super::lots::lot_quantities;
use super::{DemandRef, Peg};

/// One need of the item: `at` is the day it is planned for (today for a past-due one).
#[derive(Debug, Clone)]
pub(super) struct Need {
    pub demand: DemandRef,
    pub date: Date,
    pub at: Date,
    pub quantity: Decimal,
}

/// An existing supply of the item, sorted by `(due, reference)` before netting.
#[derive(Debug, Clone)]
pub(super) struct Existing {
    pub due: Date,
    pub quantity: Decimal,
}

/// Where a need's quantity comes from, by index into the item's existing supply or its
/// new planned orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum From {
    OnHand,
    Existing(usize),
    Planned(usize),
}

/// What netting made of an existing supply.
#[derive(Debug, Clone, Default)]
pub(super) struct Use {
    pub pegs: Vec<Peg>,
    pub allocated: Decimal,
    /// The first day a need takes from it.
    pub first_need: Option<Date>,
    /// What was added beyond its quantity for a need due the same day.
    pub increase: Decimal,
}

/// A new planned order: due on the day of the first need it was made for.
#[derive(Debug, Clone)]
pub(super) struct NewOrder {
    pub due: Date,
    pub quantity: Decimal,
    pub pegs: Vec<Peg>,
}

#[derive(Debug, Default)]
pub(super) struct Netted {
    /// Per need (same order as the needs): where its quantity comes from.
    pub covers: Vec<Vec<(From, Decimal)>>,
    pub uses: Vec<Use>,
    pub orders: Vec<NewOrder>,
}

/// The lot rules' limit was hit: more orders than `lots::MAX_ORDERS` for one need.
#[derive(Debug)]
pub(super) struct TooManyOrders;

/// Records on a supply that `need` takes `quantity` (added to the last peg if it is the
/// same need's).
fn peg(pegs: &mut Vec<Peg>, need: &Need, quantity: Decimal) {
    if let Some(last) = pegs.last_mut()
        && last.demand == need.demand
        && last.date == need.date
    {
        last.quantity += quantity;
        return;
    }
    pegs.push(Peg {
        demand: need.demand.clone(),
        date: need.date,
        quantity,
    });
}

/// Records on a need that `quantity` comes `from` (added to the last cover if the same).
fn cover(covers: &mut Vec<(From, Decimal)>, from: From, quantity: Decimal) {
    match covers.last_mut() {
        Some((last, taken)) if *last == from => *taken += quantity,
        _ => covers.push((from, quantity)),
    }
}

/// Nets `needs` (sorted by `at`, then demand) against `on_hand` and `existing` (sorted by
/// due date); needs after `horizon_end` take existing supply but get no planned order.
pub(super) fn net(
    needs: &[Need],
    on_hand: Decimal,
    existing: &[Existing],
    sizing: &LotSizing,
    horizon_end: Date,
) -> Result<Netted, TooManyOrders> {
    let mut out = Netted {
        covers: Vec::with_capacity(needs.len()),
        uses: vec![Use::default(); existing.len()],
        orders: Vec::new(),
    };
    let mut on_hand_left = on_hand.max(Decimal::ZERO);
    let mut next_existing = 0;
    let mut existing_left = existing.first().map_or(Decimal::ZERO, |e| e.quantity);
    let mut cursor = Cursor::default();
    for (i, need) in needs.iter().enumerate() {
        let mut covers = Vec::new();
        let mut left = need.quantity;
        let take = on_hand_left.min(left);
        if take > Decimal::ZERO {
            on_hand_left -= take;
            left -= take;
            covers.push((From::OnHand, take));
        }
        while left > Decimal::ZERO && next_existing < existing.len() {
            let take = existing_left.min(left);
            if take > Decimal::ZERO {
                let used = &mut out.uses[next_existing];
                peg(&mut used.pegs, need, take);
                used.allocated += take;
                used.first_need.get_or_insert(need.at);
                cover(&mut covers, From::Existing(next_existing), take);
                existing_left -= take;
                left -= take;
            }
            if existing_left <= Decimal::ZERO {
                next_existing += 1;
                existing_left = existing
                    .get(next_existing)
                    .map_or(Decimal::ZERO, |e| e.quantity);
            }
        }
        if left > Decimal::ZERO && need.at <= horizon_end {
            // What the surplus of earlier planned orders leaves short.
            let short = left - cursor.surplus.min(left);
            if short > Decimal::ZERO {
                if let Some(same_day) = due_on(existing, need.at) {
                    let used = &mut out.uses[same_day];
                    peg(&mut used.pegs, need, short);
                    used.increase += short;
                    used.first_need.get_or_insert(need.at);
                    cover(&mut covers, From::Existing(same_day), short);
                    left -= short;
                } else {
                    let batch = short + grouped(needs, i, sizing.rule, horizon_end);
                    for quantity in lot_quantities(sizing, batch).ok_or(TooManyOrders)? {
                        cursor.surplus += quantity;
                        out.orders.push(NewOrder {
                            due: need.at,
                            quantity,
                            pegs: Vec::new(),
                        });
                    }
                }
            }
            take_planned(&mut out, need, left, &mut cursor, &mut covers);
        }
        out.covers.push(covers);
    }
    Ok(out)
}

/// Where the next need takes from the planned orders made so far: the first with
/// something left, what it has left, and what all of them have left.
#[derive(Debug, Default)]
struct Cursor {
    next: usize,
    left: Decimal,
    surplus: Decimal,
}

/// Takes `quantity` from what the planned orders made so far still have, oldest first.
fn take_planned(
    out: &mut Netted,
    need: &Need,
    mut quantity: Decimal,
    cursor: &mut Cursor,
    covers: &mut Vec<(From, Decimal)>,
) {
    while quantity > Decimal::ZERO && cursor.next < out.orders.len() {
        if cursor.left <= Decimal::ZERO {
            cursor.left = out.orders[cursor.next].quantity;
        }
        let take = cursor.left.min(quantity);
        peg(&mut out.orders[cursor.next].pegs, need, take);
        cover(covers, From::Planned(cursor.next), take);
        cursor.left -= take;
        cursor.surplus -= take;
        quantity -= take;
        if cursor.left <= Decimal::ZERO {
            cursor.next += 1;
        }
    }
}

/// What the needs after `i` add to its order: those of the same day (lot-for-lot) or of the
/// period starting on its day; nothing for fixed lots. Once a need is short, all existing
/// supply is taken, so every later need is short by its whole quantity.
fn grouped(needs: &[Need], i: usize, rule: LotRule, horizon_end: Date) -> Decimal {
    let first = needs[i].at;
    let end = match rule {
        LotRule::Fixed(_) => return Decimal::ZERO,
        LotRule::LotForLot => first,
        LotRule::PeriodDays(days) => first
            .checked_add(Duration::days(i64::from(days.max(1)) - 1))
            .unwrap_or(Date::MAX),
    }
    .min(horizon_end);
    needs[i + 1..]
        .iter()
        .take_while(|need| need.at <= end)
        .map(|need| need.quantity)
        .sum()
}

/// The last existing supply due on `day` (they are sorted by due date).
fn due_on(existing: &[Existing], day: Date) -> Option<usize> {
    let after = existing.partition_point(|e| e.due <= day);
    after.checked_sub(1).filter(|at| existing[*at].due == day)
}
