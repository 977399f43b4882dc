//! Merging a duplicate customer (the loser) into another (the survivor), in one
//! transaction: every record that points at the loser is moved to the survivor by the
//! mover of its kind (`MOVERS`), the survivor takes what it keeps of the loser
//! (`domain::customer_merge::combine`), the loser is removed and a pointer
//! `merged/customer/{loser}` → survivor stays in `meta`, so a lookup of the old id says
//! where it went (`merged_into`). Room: core.
//!
//! **Why remove rather than mark.** A kept loser would be found by every search, index and
//! report and each would have to learn to skip it; the pointer is all an old reference
//! needs, and it costs one key.
//!
//! **Movers.** sled has no range scans inside a transaction, so a mover is two functions:
//! `referring` reads the ids that point at the loser before the transaction, `repoint`
//! moves one of them inside it (and skips a record that no longer points at the loser). A
//! kind that refers to customers adds one line to `MOVERS`.
//!
//! **Posted documents stay.** Invoices, credit notes, payments, delivery notes and dunning
//! blocks are bookkeeping: an issued invoice names its buyer and the debtor number it was
//! booked to, and rewriting it would change posted records. A loser with any of them is
//! refused — keep it as the survivor (swap the two); two customers that both have them
//! cannot be merged.
//!
//! **Consent stays as written.** The consent ledger is evidence and append-only: the
//! consent mover does not rewrite the loser's events but appends, per event, a `Merged`
//! event of the survivor naming the original (`core::consent::attribute_in`); the
//! survivor's history and evidence show the originals, as they were recorded.
//!
//! The audit entry of the merge is the transaction's: the survivor changed (its notes name
//! the loser and the counts moved), the loser deleted, each moved record changed.

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::query::{interactions_of, opportunities_of};
use super::{Actor, CoreError};
use crate::domain::customer_merge::combine;
use crate::domain::dunning_letter::BlockTarget;
use crate::domain::price::{PriceRule, Scope};
use crate::domain::sales::{Quote, SalesOrder};
use crate::domain::ticket::Ticket;
use crate::domain::{Customer, Interaction, Opportunity};
use crate::store::Record;
use crate::store::kinds::{delivery, dunning, invoice, payment, price_rule, sales, ticket};
use crate::store::{Store, StoreError, StoreResult, Tx, TxResult, abort};

/// Moves the records of one kind from a customer to another (see the module header).
pub struct Mover {
    /// The kind, singular, as `domain::names` names it (`interaction`).
    pub kind: &'static str,
    /// The field its count goes under in machine output (`interactions`).
    pub field: &'static str,
    /// Ids of the records pointing at customer `id`, read before the transaction.
    pub referring: fn(&Store, u64) -> StoreResult<Vec<u64>>,
    /// Points record `id` at `survivor` if it still points at `loser`; whether it did.
    pub repoint: fn(tx: &Tx, id: u64, loser: u64, survivor: u64) -> TxResult<bool>,
}

/// Every kind that follows a customer into a merge.
pub const MOVERS: &[Mover] = &[
    Mover {
        kind: "interaction",
        field: "interactions",
        referring: interactions_of,
        repoint: |tx, id, from, to| {
            repoint::<Interaction>(tx, id, from, to, |r| &mut r.customer_id)
        },
    },
    Mover {
        kind: "opportunity",
        field: "opportunities",
        referring: opportunities_of,
        repoint: |tx, id, from, to| {
            repoint::<Opportunity>(tx, id, from, to, |r| &mut r.customer_id)
        },
    },
    Mover {
        kind: "quote",
        field: "quotes",
        referring: sales::quotes_of,
        repoint: |tx, id, from, to| repoint::<Quote>(tx, id, from, to, |r| &mut r.customer_id),
    },
    Mover {
        kind: "sales order",
        field: "orders",
        referring: sales::orders_of,
        repoint: |tx, id, from, to| repoint::<SalesOrder>(tx, id, from, to, |r| &mut r.customer_id),
    },
    Mover {
        kind: "ticket",
        field: "tickets",
        referring: ticket::tickets_of,
        repoint: repoint_ticket,
    },
    Mover {
        kind: "price-rule",
        field: "price_rules",
        referring: price_rule::of_customer,
        repoint: repoint_price_rule,
    },
    Mover {
        kind: "consent event",
        field: "consents",
        referring: |store, id| {
            crate::store::kinds::consent::consents_of_party(
                store,
                crate::domain::consent::Party::Customer(id),
            )
        },
        repoint: super::consent::attribute_in,
    },
];

/// A merge asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeCommand {
    pub survivor: u64,
    pub loser: u64,
    /// Two different customer numbers: the survivor keeps its own.
    pub keep_number: bool,
}

/// What a merge did (or, dry, would do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The survivor as stored after the merge (dry: as it would be).
    pub survivor: Customer,
    pub loser: Customer,
    /// Per mover's kind, how many records moved; kinds with none left out.
    pub moved: Vec<(&'static str, usize)>,
}

/// The customer `id` was merged into (following later merges), if it was.
pub fn merged_into(store: &Store, id: u64) -> StoreResult<Option<u64>> {
    let mut found = None;
    let mut at = id;
    for _ in 0..64 {
        let next = store.transaction(|tx| tx.meta_get(&pointer_key(at)))?;
        match next.as_deref().and_then(read_id) {
            Some(next) => {
                found = Some(next);
                at = next;
            }
            None => break,
        }
    }
    Ok(found)
}

/// What the merge would do, checked as `execute` checks it; nothing is written.
pub fn dry_run(
    store: &Store,
    actor: &Actor,
    command: &MergeCommand,
    now: OffsetDateTime,
) -> Result<Merged, CoreError> {
    let plan = plan(store, actor, command, now)?;
    let moved = plan
        .referring
        .iter()
        .map(|(mover, ids)| (mover.kind, ids.len()))
        .filter(|(_, count)| *count > 0)
        .collect();
    Ok(Merged {
        survivor: plan.survivor,
        loser: plan.loser,
        moved,
    })
}

/// Runs the merge in one transaction (called by `execute`, which checked the right).
pub(super) fn execute(
    store: &Store,
    actor: &Actor,
    command: &MergeCommand,
    now: OffsetDateTime,
) -> Result<Merged, CoreError> {
    let plan = plan(store, actor, command, now)?;
    let (survivor_id, loser_id) = (command.survivor, command.loser);
    let moved = store.transaction(|tx| {
        let loser = tx.require::<Customer>(loser_id)?;
        let survivor = tx.require::<Customer>(survivor_id)?;
        if loser.version != plan.loser.version || survivor.version != plan.base_version {
            return abort(StoreError::Refused(crate::t!(
                "duplicates-changed-meanwhile"
            )));
        }
        let mut moved = Vec::new();
        for (mover, ids) in &plan.referring {
            let mut count = 0;
            for &id in ids {
                if (mover.repoint)(tx, id, loser_id, survivor_id)? {
                    count += 1;
                }
            }
            if count > 0 {
                moved.push((mover.kind, count));
            }
        }
        tx.remove::<Customer>(loser_id)?;
        let mut merged = plan.survivor.clone();
        tx.update(&mut merged, Some(plan.base_version))?;
        tx.meta_put(&pointer_key(loser_id), &survivor_id.to_be_bytes())?;
        Ok((merged, moved))
    })?;
    let (survivor, moved) = moved;
    Ok(Merged {
        survivor,
        loser: plan.loser,
        moved,
    })
}

struct Plan {
    /// The survivor as it will be stored.
    survivor: Customer,
    /// The survivor's version the plan was made from.
    base_version: u64,
    loser: Customer,
    referring: Vec<(&'static Mover, Vec<u64>)>,
}

fn plan(
    store: &Store,
    actor: &Actor,
    command: &MergeCommand,
    now: OffsetDateTime,
) -> Result<Plan, CoreError> {
    access::require(actor, Area::Crm, Access::Write)?;
    let survivor = customer(store, command.survivor)?;
    let loser = customer(store, command.loser)?;
    if survivor.id != loser.id {
        refuse_documents(store, &survivor, &loser)?;
    }
    let mut referring = Vec::new();
    for mover in MOVERS {
        referring.push((mover, (mover.referring)(store, loser.id)?));
    }
    let counts: Vec<String> = referring
        .iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(mover, ids)| counted(mover.kind, ids.len()))
        .collect();
    let merged = combine(
        &survivor,
        &loser,
        command.keep_number,
        &counts.join(", "),
        now,
    )
    .map_err(|conflicts| {
        let lines: Vec<String> = conflicts.iter().map(|c| c.message()).collect();
        CoreError::Refused(lines.join("\n"))
    })?;
    merged.validate()?;
    Ok(Plan {
        base_version: survivor.version,
        survivor: merged,
        loser,
        referring,
    })
}

/// The customer, or a refusal naming where a merged one went.
fn customer(store: &Store, id: u64) -> Result<Customer, CoreError> {
    match store.get::<Customer>(id)? {
        Some(customer) => Ok(customer),
        None => Err(missing(store, id)?),
    }
}

/// Why customer `id` is not there: merged into another (naming it), else not found.
pub fn missing(store: &Store, id: u64) -> Result<CoreError, CoreError> {
    Ok(match merged_into(store, id)? {
        Some(survivor) => CoreError::Refused(crate::t!(
            "duplicates-was-merged",
            id = id.to_string(),
            survivor = survivor.to_string()
        )),
        None => StoreError::NotFound {
            kind: "customer",
            id,
        }
        .into(),
    })
}

/// `count` records of `kind` as a person reads it ("2 interactions").
pub fn counted(kind: &str, count: usize) -> String {
    match kind {
        "ticket" => crate::t!("duplicates-count-ticket", count = count),
        "invoice" => crate::t!("duplicates-count-invoice", count = count),
        "payment" => crate::t!("duplicates-count-payment", count = count),
        "delivery-note" => crate::t!("duplicates-count-delivery-note", count = count),
        "dunning-block" => crate::t!("duplicates-count-dunning-block", count = count),
        "consent event" => crate::t!("wiring-count-consent-event", count = count),
        other => crate::domain::names::count(other, count),
    }
}

/// Refuses when the loser has posted documents (see the module header).
fn refuse_documents(store: &Store, survivor: &Customer, loser: &Customer) -> Result<(), CoreError> {
    let losers = documents(store, loser.id)?;
    if losers.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = losers.iter().map(|(kind, n)| counted(kind, *n)).collect();
    let loser_id = loser.id.to_string();
    let why = if documents(store, survivor.id)?.is_empty() {
        crate::t!(
            "duplicates-loser-has-documents",
            id = loser_id,
            documents = listed.join(", ")
        )
    } else {
        crate::t!(
            "duplicates-both-have-documents",
            id = loser_id,
            documents = listed.join(", ")
        )
    };
    Err(CoreError::Refused(why))
}

/// The posted documents of a customer by kind, kinds with none left out.
fn documents(store: &Store, customer: u64) -> StoreResult<Vec<(&'static str, usize)>> {
    let mut notes = 0;
    for order in sales::orders_of(store, customer)? {
        notes += delivery::deliveries_of(store, order)?.len();
    }
    let blocks = usize::from(dunning::block_of(store, BlockTarget::Customer(customer))?.is_some());
    let found = [
        ("invoice", invoice::invoices_of(store, customer)?.len()),
        ("payment", payment::payments_of(store, customer)?.len()),
        ("delivery-note", notes),
        ("dunning-block", blocks),
    ];
    Ok(found.into_iter().filter(|(_, count)| *count > 0).collect())
}

/// Points record `id` of kind `T` at `to` when its customer field is still `from`.
fn repoint<T: Record>(
    tx: &Tx,
    id: u64,
    from: u64,
    to: u64,
    field: fn(&mut T) -> &mut u64,
) -> TxResult<bool> {
    let Some(mut record) = tx.get::<T>(id)? else {
        return Ok(false);
    };
    if *field(&mut record) != from {
        return Ok(false);
    }
    *field(&mut record) = to;
    tx.update(&mut record, None)?;
    Ok(true)
}

fn repoint_ticket(tx: &Tx, id: u64, from: u64, to: u64) -> TxResult<bool> {
    let Some(mut ticket) = tx.get::<Ticket>(id)? else {
        return Ok(false);
    };
    if ticket.customer != Some(from) {
        return Ok(false);
    }
    ticket.customer = Some(to);
    tx.update(&mut ticket, None)?;
    Ok(true)
}

fn repoint_price_rule(tx: &Tx, id: u64, from: u64, to: u64) -> TxResult<bool> {
    let Some(mut rule) = tx.get::<PriceRule>(id)? else {
        return Ok(false);
    };
    if rule.scope != Scope::Customer(from) {
        return Ok(false);
    }
    rule.scope = Scope::Customer(to);
    tx.update(&mut rule, None)?;
    Ok(true)
}

fn pointer_key(id: u64) -> String {
    format!("merged/customer/{id}")
}

fn read_id(bytes: &[u8]) -> Option<u64> {
    <[u8; 8]>::try_from(bytes).ok().map(u64::from_be_bytes)
}
