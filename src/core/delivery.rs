//! Deliveries (Lieferscheine) of confirmed orders. `Add` writes a pick list (a draft
//! delivery note with its gapless number `LS-2026-00001`): the lines and quantities
//! wanted (default: everything reserved and not on another pick list), each taken from
//! the internal locations holding the item, sorted for walking the warehouse. `Post`
//! posts a pick list in one transaction: each line moves from its location to the virtual
//! `customer` location — every move's reference is `<delivery> <order>/<line>` — the
//! order lines' delivered quantities rise and their reservations fall, and when the order
//! takes no backorders the undelivered rest is cancelled with a reason. `Deliver` does
//! both in one transaction. Run under `reservations::with_availability`, so a delivery and
//! a confirmation or posting never read stale stock. Room: core.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::sales::{order_id, refusal};
use super::stock::{Posted, post};
use super::{Actor, CoreError, Settings};
use crate::domain::location::{CUSTOMER, location_key};
use crate::domain::sales::{DeliveryNote, DeliveryState, PickLine, SalesOrder, Series, UNASSIGNED};
use crate::domain::{Customer, Invalid, Item, StockMove};
use crate::store::kinds::delivery::{deliveries_of, delivery_by_number};
use crate::store::kinds::sales::next_number;
use crate::store::kinds::sales_demand::reserved_by_location;
use crate::store::{Balance, Store, Tx, TxResult, abort};

/// A change to deliveries. `lines` are (1-based order line, quantity); empty: everything
/// reserved that no other pick list holds. `today` dates the delivery's number.
#[derive(Debug, Clone)]
pub enum DeliveryCommand {
    /// A pick list (draft delivery note) of the order (number or id).
    Add {
        order: String,
        lines: Vec<(usize, Decimal)>,
        today: Date,
    },
    /// Posts the pick list with this number (or id).
    Post { delivery: String },
    /// A pick list of the order, posted at once.
    Deliver {
        order: String,
        lines: Vec<(usize, Decimal)>,
        today: Date,
    },
}

impl DeliveryCommand {
    /// The variant's name for the audit log (`Deliveries::Post`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add { .. } => "Add",
            Self::Post { .. } => "Post",
            Self::Deliver { .. } => "Deliver",
        }
    }
}

/// A delivery note written or posted: the note, the order after it and the moves posted
/// (none for a pick list).
#[derive(Debug, Clone)]
pub struct Delivery {
    pub note: DeliveryNote,
    pub order: SalesOrder,
    pub moves: Vec<Posted>,
}

/// Runs a delivery command as `actor` at `now`.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: DeliveryCommand,
    now: OffsetDateTime,
) -> Result<Delivery, CoreError> {
    let delivery = match command {
        DeliveryCommand::Add {
            order,
            lines,
            today,
        } => add(store, actor, &order, &lines, today, false, now)?,
        DeliveryCommand::Deliver {
            order,
            lines,
            today,
        } => add(store, actor, &order, &lines, today, true, now)?,
        DeliveryCommand::Post { delivery } => {
            let id = delivery_id(store, &delivery)?;
            super::reservations::marking_availability(store, |tx| {
                let note = tx.require::<DeliveryNote>(id)?;
                let order = tx.require::<SalesOrder>(note.order_id)?;
                post_note(tx, note, order, actor, now)
            })?
        }
    };
    Ok(delivery)
}

/// Writes the pick list of `lines` of order `order`, posted at once when `post_now`.
fn add(
    store: &Store,
    actor: &Actor,
    order: &str,
    lines: &[(usize, Decimal)],
    today: Date,
    post_now: bool,
    now: OffsetDateTime,
) -> Result<Delivery, CoreError> {
    let settings = Settings::load(store)?;
    let id = order_id(store, order)?;
    // Where stock lies and what other pick lists hold, read before the transaction
    // (reading the store inside it would wait on its own locks); quantities are read
    // again inside it.
    let held = store.balances(None)?;
    let reserved: Reserved = reserved_by_location(store, None)?
        .into_iter()
        .map(|(item, location, quantity)| ((item, location), quantity))
        .collect();
    let claimed = claimed(store, id)?;
    let default = location_key(&settings.default_location);
    super::reservations::marking_availability(store, |tx| {
        let order = tx.require::<SalesOrder>(id)?;
        let customer = tx.require::<Customer>(order.customer_id)?;
        let mut free = order.clone();
        for (line, location, quantity) in &claimed {
            if let Some(line) = line.checked_sub(1).and_then(|i| free.lines.get_mut(i)) {
                line.release(Some(location), *quantity);
            }
        }
        let taken = free
            .clone()
            .deliver(lines, order.takes_partial(&customer))
            .map_err(refusal)
            .or_else(abort)?;
        let mut note = DeliveryNote {
            id: 0,
            number: next_number(tx, Series::Delivery, today.year())?,
            order_id: order.id,
            order_number: order.number.clone(),
            customer_id: order.customer_id,
            lines: pick(tx, &free, &taken, (&held, &reserved), &default)?,
            state: DeliveryState::Draft,
            created: now,
            created_by: actor.name.clone(),
            posted: None,
            posted_by: String::new(),
            version: 0,
        };
        note.sort_for_walking();
        tx.insert(&mut note)?;
        match post_now {
            true => post_note(tx, note, order, actor, now),
            false => Ok(Delivery {
                note,
                order,
                moves: Vec::new(),
            }),
        }
    })
}

/// The pick lines of `taken` (0-based line, quantity) of `order` (its reservations less
/// what other pick lists hold): each quantity from the locations its line reserved, the
/// latest reserved last; what is reserved without a location from the internal locations
/// holding the item (in location order) — what no order reserved there first, then the
/// rest — none taken twice; what no location holds comes from `default` (posting it is
/// refused, naming the shortfall).
fn pick(
    tx: &Tx,
    order: &SalesOrder,
    taken: &[(usize, Decimal)],
    (held, reserved): (&[Balance], &Reserved),
    default: &str,
) -> TxResult<Vec<PickLine>> {
    let mut used: BTreeMap<(u64, String), Decimal> = BTreeMap::new();
    let mut picks = Vec::new();
    for (index, quantity) in taken {
        let Some(line) = order.lines.get(*index) else {
            continue;
        };
        let Some(item_id) = line.line.item_id else {
            continue;
        };
        let pick_from = |from: &str, quantity: Decimal| PickLine {
            line: index + 1,
            item_id,
            sku: line.line.sku.clone(),
            text: line.line.text.clone(),
            quantity,
            from: from.to_string(),
        };
        let mut left = *quantity;
        for reservation in &line.reservations {
            if reservation.location == UNASSIGNED {
                continue;
            }
            let take = left.min(reservation.quantity);
            if take > Decimal::ZERO {
                merge(&mut picks, pick_from(&reservation.location, take));
                *used
                    .entry((item_id, reservation.location.clone()))
                    .or_default() += take;
                left -= take;
            }
        }
        for spare_reserved in [true, false] {
            for balance in held.iter().filter(|b| b.item_id == item_id) {
                let key = (item_id, balance.location.clone());
                let taken_here = used.get(&key).copied().unwrap_or_default();
                let kept = match spare_reserved {
                    true => reserved.get(&key).copied().unwrap_or_default(),
                    false => Decimal::ZERO,
                };
                let free = tx.balance(item_id, &balance.location)? - taken_here - kept;
                if left > Decimal::ZERO && free > Decimal::ZERO {
                    let take = left.min(free);
                    merge(&mut picks, pick_from(&balance.location, take));
                    *used.entry(key).or_default() += take;
                    left -= take;
                }
            }
        }
        if left > Decimal::ZERO {
            merge(&mut picks, pick_from(default, left));
        }
    }
    Ok(picks)
}

/// Adds `pick` to `picks`, to the pick of the same order line and location when there is one.
fn merge(picks: &mut Vec<PickLine>, pick: PickLine) {
    let same = |p: &&mut PickLine| p.line == pick.line && p.from == pick.from;
    match picks.iter_mut().find(same) {
        Some(found) => found.quantity += pick.quantity,
        None => picks.push(pick),
    }
}

/// Posts pick list `note` of `order`: the moves to `customer`, the order's delivered
/// quantities, and — when the order takes no backorders — its undelivered rest cancelled.
fn post_note(
    tx: &Tx,
    mut note: DeliveryNote,
    mut order: SalesOrder,
    actor: &Actor,
    now: OffsetDateTime,
) -> TxResult<Delivery> {
    note.post(&actor.name, now)
        .map_err(refusal)
        .or_else(abort)?;
    let customer = tx.require::<Customer>(order.customer_id)?;
    let per_line: Vec<(usize, Option<&str>, Decimal)> = note
        .lines
        .iter()
        .map(|pick| (pick.line, Some(pick.from.as_str()), pick.quantity))
        .collect();
    if per_line.is_empty() {
        return abort(Invalid::new(
            "line",
            crate::t!("domain-delivery-nothing", number = order.number.as_str()),
        ));
    }
    let partial = order.takes_partial(&customer);
    order
        .deliver_from(&per_line, partial)
        .map_err(refusal)
        .or_else(abort)?;
    let mut moves = Vec::new();
    for pick in &note.lines {
        let item = tx.require::<Item>(pick.item_id)?;
        let stock_move = StockMove {
            id: 0,
            item_id: pick.item_id,
            quantity: pick.quantity,
            from: pick.from.clone(),
            to: CUSTOMER.to_string(),
            at: now,
            reference: format!("{} {}/{}", note.number, order.number, pick.line),
            agent: actor.name.clone(),
            reverses: None,
        };
        moves.push(post(tx, item, stock_move, false)?);
    }
    if !order.takes_backorders(&customer) && !order.fully_delivered() {
        let reason = crate::t!(
            "core-delivery-rest-cancelled",
            number = note.number.as_str()
        );
        order.cancel_undelivered(&reason);
    }
    order.updated = now;
    tx.update(&mut order, None)?;
    tx.update(&mut note, None)?;
    Ok(Delivery { note, order, moves })
}

/// What the pick lists (drafts) of order `order` hold per line (1-based) and location.
pub(super) fn claimed(store: &Store, order: u64) -> Result<Claimed, CoreError> {
    let mut found = Vec::new();
    for id in deliveries_of(store, order)? {
        if let Some(note) = store.get::<DeliveryNote>(id)?
            && note.state == DeliveryState::Draft
        {
            let picks = note.lines.iter();
            found.extend(picks.map(|pick| (pick.line, pick.from.clone(), pick.quantity)));
        }
    }
    Ok(found)
}

/// Σ reserved per (item, location) over the confirmed orders.
type Reserved = BTreeMap<(u64, String), Decimal>;

/// (1-based order line, location, quantity) on pick lists.
pub(super) type Claimed = Vec<(usize, String, Decimal)>;

/// The id of the delivery note numbered (or with the id) `text`.
pub fn delivery_id(store: &Store, text: &str) -> Result<u64, CoreError> {
    let by_number = delivery_by_number(store, text)?;
    super::sales::found::<DeliveryNote>(store, text, by_number)?.ok_or_else(|| {
        Invalid::new(
            "delivery",
            crate::t!("core-no-delivery", text = text.trim()),
        )
        .into()
    })
}
