//! The send ledger during a batch: sends left handing by an interrupted batch become
//! uncertain; each hand-over is recorded and flushed before the SMTP server hears of it;
//! the server's answer is recorded after (flushed with the next hand-over — lost, the send
//! is found handing and becomes uncertain, never sent twice); a mailing whose sends all
//! ended is sent; uncertain sends go again only by `resend_uncertain`. Before each
//! hand-over the consent ledger is asked whether the address may get mail for the
//! mailing's purpose now: without consent the send ends `no-consent` with the refusal's
//! name; with it, the use of the consent relied on is recorded in the same transaction
//! that marks the send handing (the § 7a retention runs from the last use). Room: core.

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::consent::record_use_in;
use super::mailing::{consent_standing, set_state};
use super::{Actor, CoreError};
use crate::domain::consent::Standing;
use crate::domain::mailing::send::{Answer, MailingSend, SendState, after_answer};
use crate::domain::mailing::{Mailing, MailingState};
use crate::domain::outbox::RetrySchedule;
use crate::store::kinds::mailing::{sends_in_state, suppression_of_in};
use crate::store::{Store, TX_BATCH};

const PLANNED: u8 = 0;
const HANDING: u8 = 1;
const DEFERRED: u8 = 4;
const UNCERTAIN: u8 = 5;

/// Marks every send of `mailing` handing since `handed_before` or earlier as uncertain
/// (a crash cut it short); how many. Call before a batch starts; a hand-over younger than
/// `handed_before` is left to the batch that may be running it.
pub fn recover_interrupted(
    store: &Store,
    mailing: u64,
    handed_before: OffsetDateTime,
) -> Result<usize, CoreError> {
    let handing = sends_in_state(store, mailing, HANDING)?;
    let recovered = set_each(store, &handing, |send| match send.state {
        SendState::Handing { at } if at <= handed_before => {
            send.state = SendState::Uncertain { since: at };
            true
        }
        _ => false,
    })?;
    store.flush()?;
    Ok(recovered)
}

/// Changes each send of `ids` with `change` (false: leave it), in batched transactions.
fn set_each(
    store: &Store,
    ids: &[u64],
    change: impl Fn(&mut MailingSend) -> bool,
) -> Result<usize, CoreError> {
    let mut changed = 0;
    for chunk in ids.chunks(TX_BATCH) {
        changed += store.transaction(|tx| {
            let mut changed = 0;
            for &id in chunk {
                let mut send = tx.require::<MailingSend>(id)?;
                if change(&mut send) {
                    tx.update(&mut send, None)?;
                    changed += 1;
                }
            }
            Ok(changed)
        })?;
    }
    Ok(changed)
}

/// The sends of `mailing` a batch at `now` hands over: planned ones, then deferred ones
/// whose time has come, each in id order; and the earliest time a deferred one not yet
/// due may go.
pub fn due(
    store: &Store,
    mailing: u64,
    now: OffsetDateTime,
) -> Result<(Vec<u64>, Option<OffsetDateTime>), CoreError> {
    let mut ids = sends_in_state(store, mailing, PLANNED)?;
    let mut later: Option<OffsetDateTime> = None;
    for id in sends_in_state(store, mailing, DEFERRED)? {
        let send = store.require::<MailingSend>(id)?;
        match send.state {
            SendState::Deferred { until, .. } if until <= now => ids.push(id),
            SendState::Deferred { until, .. } => {
                later = Some(later.map_or(until, |at| at.min(until)));
            }
            _ => {}
        }
    }
    Ok((ids, later))
}

/// Records that send `id` is handed over now, durably, with the use of the consent it
/// relies on; `None` when it is not due any more (another batch took it), its address was
/// suppressed meanwhile, or the consent ledger does not allow it now (each recorded so).
pub fn start(
    store: &Store,
    id: u64,
    now: OffsetDateTime,
) -> Result<Option<MailingSend>, CoreError> {
    // The ledger is read before the transaction (no range scans inside one).
    let planned = store.require::<MailingSend>(id)?;
    let mailing = store.require::<Mailing>(planned.mailing)?;
    let standing = consent_standing(store, &planned.address, &mailing.purpose, now)?;
    let what = format!("mailing {} send {id}", mailing.id);
    let started = store.transaction(|tx| {
        let mut send = tx.require::<MailingSend>(id)?;
        if !send.is_due(now) {
            return Ok(None);
        }
        if suppression_of_in(tx, &send.address)?.is_some() {
            send.state = SendState::Suppressed { at: now };
            tx.update(&mut send, None)?;
            return Ok(None);
        }
        match standing {
            Standing::MayNot { reason, .. } => {
                send.state = SendState::NoConsent {
                    at: now,
                    reason: reason.name().to_string(),
                };
                tx.update(&mut send, None)?;
                return Ok(None);
            }
            Standing::May {
                relied_on: Some(basis),
            } => {
                record_use_in(tx, basis, &what, "mailing", now)?;
            }
            Standing::May { relied_on: None } => {}
        }
        send.state = SendState::Handing { at: now };
        send.attempts = send.attempts.saturating_add(1);
        tx.update(&mut send, None)?;
        Ok(Some(send))
    })?;
    store.flush()?;
    Ok(started)
}

/// Records the server's answer to send `id`'s hand-over (not flushed: see the header).
pub fn finish(
    store: &Store,
    id: u64,
    now: OffsetDateTime,
    answer: Answer,
    schedule: RetrySchedule,
) -> Result<MailingSend, CoreError> {
    Ok(store.transaction(|tx| {
        let mut send = tx.require::<MailingSend>(id)?;
        send.state = after_answer(answer.clone(), now, send.attempts, schedule);
        tx.update(&mut send, None)?;
        Ok(send)
    })?)
}

/// Marks mailing `id` sent when none of its sends is planned, handing or deferred; whether
/// it is. Flushes.
pub fn close_if_done(store: &Store, id: u64) -> Result<bool, CoreError> {
    let open = [PLANNED, HANDING, DEFERRED]
        .into_iter()
        .map(|tag| sends_in_state(store, id, tag).map(|ids| ids.len()))
        .sum::<Result<usize, _>>()?;
    if open == 0 {
        set_state(store, id, MailingState::Sent)?;
    }
    store.flush()?;
    Ok(open == 0)
}

/// Plans every uncertain send of mailing `id` again (the recipient may get it twice: a
/// person decided so); how many.
pub fn resend_uncertain(store: &Store, actor: &Actor, id: u64) -> Result<usize, CoreError> {
    access::require(actor, Area::Marketing, Access::Write)?;
    store.require::<Mailing>(id)?;
    let uncertain = sends_in_state(store, id, UNCERTAIN)?;
    let changed = set_each(store, &uncertain, |send| {
        send.state = SendState::Planned;
        true
    })?;
    if changed > 0 {
        set_state(store, id, MailingState::Sending)?;
    }
    store.flush()?;
    Ok(changed)
}

/// The mailings in state sending (what `kontor serve` continues).
pub fn sending(store: &Store) -> Result<Vec<u64>, CoreError> {
    store
        .ids_where::<Mailing>(|mailing| mailing.state == MailingState::Sending)
        .map_err(CoreError::from)
}
