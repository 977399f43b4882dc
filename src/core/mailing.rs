//! Marketing mailings as the core keeps them: writing one (merge fields checked), its
//! audience (customers and their contacts carrying a tag, or the people of a saved
//! segment — whom, `core::mailing_audience`; each
//! address once, with the reason each member is not mailed — no address, a duplicate,
//! unsubscribed, bounced, suppressed, or no e-mail consent for the mailing's purpose in the
//! consent ledger now), planning its send ledger, the suppression list,
//! unsubscribing by send (which also records the consent's withdrawal), finding a send by its VERP bounce address, and the status.
//! The ledger's state changes during a batch are `core::mailing_ledger`. Room: core.
//!
//! **At most once.** Marketing mail does not follow the outbox's at-least-once rule: a
//! send is recorded `handing` (and flushed) before the SMTP server hears of it; one still
//! handing when a batch starts was interrupted and becomes `uncertain` — it is sent again
//! only by `resend_uncertain`, which a person asks for.

use std::collections::HashSet;

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::consent::{Action, Channel, ConsentEvent, Refusal, Standing};
use crate::domain::link_token::LinkPurpose;
use crate::domain::mailing::send::{
    MailingSend, Recipient, SendState, SuppressReason, Suppression, address_key,
};
use crate::domain::mailing::{Audience, Mailing, MailingState, unknown_fields};
use crate::domain::outbox::is_mailbox;
use crate::domain::segment::MemberKind;
use crate::store::Store;
use crate::store::kinds::mailing::{
    send_for_address_in, sends_in_state, sends_of, suppression_of, suppression_of_in,
};

/// A mailing to write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewMailing {
    pub name: String,
    pub subject: String,
    pub body: String,
    pub html: Option<String>,
    /// The tag of the audience (or give `segment`).
    pub tag: String,
    /// The saved segment of the audience, instead of a tag.
    pub segment: Option<u64>,
    pub purpose: String,
    pub campaign: Option<u64>,
}

/// Writes a draft mailing; refuses unknown merge fields and empty parts.
pub fn add(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    new: &NewMailing,
) -> Result<Mailing, CoreError> {
    access::require(actor, Area::Marketing, Access::Write)?;
    let mut problems = Vec::new();
    for (field, text) in [
        ("name", &new.name),
        ("subject", &new.subject),
        ("body", &new.body),
    ] {
        if text.trim().is_empty() {
            problems.push(Invalid::new(field, crate::t!("mailing-required")));
        }
    }
    let audience = match (new.tag.trim(), new.segment) {
        ("", Some(segment)) => {
            store.require::<crate::domain::segment::Segment>(segment)?;
            Some(Audience::Segment(segment))
        }
        (tag, None) if !tag.is_empty() => Some(Audience::Tag(tag.to_string())),
        _ => {
            problems.push(Invalid::new("tag", crate::t!("wiring-tag-or-segment")));
            None
        }
    };
    let purpose = crate::domain::consent::purpose(&new.purpose);
    if let Err(problem) = &purpose {
        problems.push(problem.clone());
    }
    let html = new.html.clone().unwrap_or_default();
    for (field, text) in [
        ("subject", &new.subject),
        ("body", &new.body),
        ("html", &html),
    ] {
        let unknown = unknown_fields(text);
        if !unknown.is_empty() {
            problems.push(Invalid::new(
                field,
                crate::t!(
                    "mailing-unknown-field",
                    fields = unknown.join(", "),
                    known = crate::domain::mailing::FIELDS.join(", ")
                ),
            ));
        }
    }
    let (Some(audience), Ok(purpose), true) = (audience, purpose, problems.is_empty()) else {
        return Err(CoreError::Invalid(problems));
    };
    let draft = Mailing {
        id: 0,
        version: 0,
        campaign: new.campaign,
        name: new.name.trim().to_string(),
        subject: new.subject.trim().to_string(),
        body: new.body.clone(),
        html: new.html.clone().filter(|html| !html.trim().is_empty()),
        audience,
        purpose,
        state: MailingState::Draft,
        created_at: now,
    };
    let mailing = store.transaction(|tx| {
        let mut written = draft.clone();
        tx.insert(&mut written)?;
        Ok(written)
    })?;
    store.flush()?;
    Ok(mailing)
}

/// Mailing `id`, for someone who may read mailings.
pub fn get(store: &Store, actor: &Actor, id: u64) -> Result<Mailing, CoreError> {
    access::require(actor, Area::Marketing, Access::Read)?;
    Ok(store.require::<Mailing>(id)?)
}

/// Why an audience member is not mailed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    NoAddress,
    /// On the suppression list by hand or for a complaint.
    Suppressed,
    /// Another member has the same address.
    Duplicate,
    /// On the suppression list: the person unsubscribed.
    Unsubscribed,
    /// On the suppression list: the address bounced.
    Bounced,
    /// The consent ledger does not allow e-mail for the mailing's purpose now.
    NoConsent(Refusal),
}

impl Skip {
    pub fn name(self) -> &'static str {
        match self {
            Skip::NoAddress => "no-address",
            Skip::Suppressed => "suppressed",
            Skip::Duplicate => "duplicate",
            Skip::Unsubscribed => "unsubscribed",
            Skip::Bounced => "bounced",
            Skip::NoConsent(_) => "no-consent",
        }
    }

    /// In the current language.
    pub fn label(self) -> String {
        match self {
            Skip::NoAddress => crate::t!("mailing-skip-no-address"),
            Skip::Suppressed => crate::t!("mailing-skip-suppressed"),
            Skip::Duplicate => crate::t!("mailing-skip-duplicate"),
            Skip::Unsubscribed => crate::t!("wiring-skip-unsubscribed"),
            Skip::Bounced => crate::t!("wiring-skip-bounced"),
            Skip::NoConsent(refusal) => {
                crate::t!("wiring-skip-no-consent", reason = refusal.label())
            }
        }
    }

    /// The reason a suppression keeps an address from a mailing.
    fn of_suppression(reason: SuppressReason) -> Skip {
        match reason {
            SuppressReason::Unsubscribed => Skip::Unsubscribed,
            SuppressReason::HardBounce | SuppressReason::SoftBounces => Skip::Bounced,
            SuppressReason::Complaint | SuppressReason::Manual => Skip::Suppressed,
        }
    }
}

/// One member of an audience: a customer, one contact of it, or a lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub kind: MemberKind,
    pub recipient: Recipient,
    /// The address key, `None` when the member has none.
    pub address: Option<String>,
    pub skip: Option<Skip>,
}

/// Every member of `mailing`'s audience at `now` in customer order (the customer, then
/// its contacts; leads last), each with the reason it is not mailed: no address, a
/// duplicate, on the suppression list (unsubscribed, bounced, suppressed), or no e-mail
/// consent for the mailing's purpose now (the address's standing, whoever's it is).
pub fn audience(
    store: &Store,
    actor: &Actor,
    mailing: &Mailing,
    now: OffsetDateTime,
) -> Result<Vec<Member>, CoreError> {
    let mut seen = HashSet::new();
    let mut members = Vec::new();
    for (kind, recipient, address) in
        super::mailing_audience::recipients_of(store, actor, mailing, now)?
    {
        let skip = match &address {
            None => Some(Skip::NoAddress),
            Some(address) if !seen.insert(address.clone()) => Some(Skip::Duplicate),
            Some(address) => match suppression_of(store, address)? {
                Some(id) => Some(Skip::of_suppression(
                    store.require::<Suppression>(id)?.reason,
                )),
                None => match consent_standing(store, address, &mailing.purpose, now)? {
                    Standing::MayNot { reason, .. } => Some(Skip::NoConsent(reason)),
                    Standing::May { .. } => None,
                },
            },
        };
        members.push(Member {
            kind,
            recipient,
            address,
            skip,
        });
    }
    Ok(members)
}

/// Plans the ledger of mailing `id` — a planned send for every member mailed and not
/// planned yet — and marks it sending; a sent mailing plans nothing. How many sends it
/// added.
pub fn plan(
    store: &Store,
    actor: &Actor,
    id: u64,
    now: OffsetDateTime,
) -> Result<usize, CoreError> {
    access::require(actor, Area::Marketing, Access::Write)?;
    let mailing = store.require::<Mailing>(id)?;
    if mailing.state == MailingState::Sent {
        // Sent is final: members tagged since get the next mailing, not this one.
        return Ok(0);
    }
    let members: Vec<Member> = audience(store, actor, &mailing, now)?
        .into_iter()
        .filter(|member| member.skip.is_none())
        .collect();
    let mut added = 0;
    for chunk in members.chunks(crate::store::TX_BATCH) {
        added += store.transaction(|tx| {
            let mut added = 0;
            for member in chunk {
                let Some(address) = &member.address else {
                    continue;
                };
                if send_for_address_in(tx, id, address)?.is_some()
                    || suppression_of_in(tx, address)?.is_some()
                {
                    continue;
                }
                let mut send = MailingSend {
                    id: 0,
                    version: 0,
                    mailing: id,
                    address: address.clone(),
                    recipient: member.recipient.clone(),
                    state: SendState::Planned,
                    attempts: 0,
                    planned_at: now,
                };
                tx.insert(&mut send)?;
                added += 1;
            }
            Ok(added)
        })?;
    }
    set_state(store, id, MailingState::Sending)?;
    store.flush()?;
    Ok(added)
}

/// Sets mailing `id`'s state.
pub(super) fn set_state(store: &Store, id: u64, state: MailingState) -> Result<(), CoreError> {
    store.transaction(|tx| {
        let mut mailing = tx.require::<Mailing>(id)?;
        if mailing.state != state {
            mailing.state = state;
            tx.update(&mut mailing, None)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Counts of a mailing's sends by state, and the uncertain addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub mailing: Mailing,
    /// (state name, count) for every state, in `SEND_STATES` order.
    pub counts: Vec<(&'static str, usize)>,
    pub uncertain: Vec<String>,
    pub failed: Vec<(String, u16, String)>,
}

pub fn status(store: &Store, actor: &Actor, id: u64) -> Result<Status, CoreError> {
    let mailing = get(store, actor, id)?;
    let mut counts = Vec::new();
    let mut uncertain = Vec::new();
    let mut failed = Vec::new();
    for (tag, name) in crate::domain::mailing::send::SEND_STATES.iter().enumerate() {
        let tag = u8::try_from(tag).unwrap_or(u8::MAX);
        let ids = sends_in_state(store, id, tag)?;
        counts.push((*name, ids.len()));
        for send in ids {
            let send = store.require::<MailingSend>(send)?;
            match send.state {
                SendState::Uncertain { .. } => uncertain.push(send.address),
                SendState::Failed { code, reply, .. } => failed.push((send.address, code, reply)),
                _ => {}
            }
        }
    }
    Ok(Status {
        mailing,
        counts,
        uncertain,
        failed,
    })
}

/// Every send of mailing `id`, in id order.
pub fn sends(store: &Store, actor: &Actor, id: u64) -> Result<Vec<MailingSend>, CoreError> {
    get(store, actor, id)?;
    let mut sends = sends_of(store, id)?
        .into_iter()
        .map(|send| store.require::<MailingSend>(send))
        .collect::<Result<Vec<_>, _>>()?;
    sends.sort_by_key(|send| send.id);
    Ok(sends)
}

/// Puts `address` on the suppression list (a second reason for a listed address keeps
/// the first). Whether it was added.
pub fn suppress_address(
    store: &Store,
    address: &str,
    reason: SuppressReason,
    now: OffsetDateTime,
    source_send: Option<u64>,
    via: &str,
) -> Result<bool, CoreError> {
    suppress_with(store, address, reason, now, source_send, via, None)
}

/// `suppress_address`, appending `withdrawal` to the consent ledger in the same
/// transaction.
fn suppress_with(
    store: &Store,
    address: &str,
    reason: SuppressReason,
    now: OffsetDateTime,
    source_send: Option<u64>,
    via: &str,
    withdrawal: Option<&ConsentEvent>,
) -> Result<bool, CoreError> {
    let address = address_key(address);
    if !is_mailbox(&address) {
        return Err(CoreError::Invalid(vec![Invalid::new(
            "address",
            crate::t!("mail-bad-recipient", mailbox = address.as_str()),
        )]));
    }
    let added = store.transaction(|tx| {
        if let Some(withdrawal) = withdrawal {
            tx.insert(&mut withdrawal.clone())?;
        }
        if suppression_of_in(tx, &address)?.is_some() {
            return Ok(false);
        }
        let mut suppression = Suppression {
            id: 0,
            version: 0,
            address: address.clone(),
            reason,
            at: now,
            source_send,
            via: via.to_string(),
        };
        tx.insert(&mut suppression)?;
        Ok(true)
    })?;
    store.flush()?;
    Ok(added)
}

/// The e-mail consent standing of `address` for `purpose` at `now`; an address or purpose
/// the ledger cannot read has no consent.
pub(super) fn consent_standing(
    store: &Store,
    address: &str,
    purpose: &str,
    now: OffsetDateTime,
) -> Result<Standing, CoreError> {
    match super::consent::standing(store, Channel::Email, address, purpose, now) {
        Err(CoreError::Invalid(_)) => Ok(Standing::MayNot {
            reason: Refusal::NoConsent,
            event: None,
        }),
        other => other,
    }
}

/// `suppress_address` by a person.
pub fn suppress(
    store: &Store,
    actor: &Actor,
    address: &str,
    reason: SuppressReason,
    now: OffsetDateTime,
) -> Result<bool, CoreError> {
    access::require(actor, Area::Consent, Access::Write)?;
    suppress_address(store, address, reason, now, None, "cli")
}

/// Suppresses the address of send `send_id` as unsubscribed (an unsubscribe link or mail;
/// `via` names which, kept with the suppression) and, when the consent ledger allows
/// e-mail to it for the mailing's purpose, records in the same transaction that the
/// person withdrew that consent (source `via`, for the party and person of the consent
/// relied on). Whether the suppression was added; unknown sends are refused.
pub fn unsubscribe_by_send(
    store: &Store,
    send_id: u64,
    now: OffsetDateTime,
    via: &str,
) -> Result<bool, CoreError> {
    let send = store.require::<MailingSend>(send_id)?;
    let purpose = store
        .get::<Mailing>(send.mailing)?
        .map(|mailing| mailing.purpose)
        .unwrap_or_default();
    let withdrawal = match consent_standing(store, &send.address, &purpose, now)? {
        Standing::May {
            relied_on: Some(basis),
        } => Some(ConsentEvent {
            id: 0,
            action: Action::Withdrawn,
            at: now,
            source: via.to_string(),
            text_version: String::new(),
            text_sha256: String::new(),
            ip: String::new(),
            actor: "unsubscribe".to_string(),
            ..store.require::<ConsentEvent>(basis)?
        }),
        _ => None,
    };
    suppress_with(
        store,
        &send.address,
        SuppressReason::Unsubscribed,
        now,
        Some(send.id),
        via,
        withdrawal.as_ref(),
    )
}

/// The send a bounce addressed to `address` (`bounce+TOKEN@domain`, the envelope sender
/// the send went out with) belongs to; `None` for any other address or a forged token.
pub fn send_by_verp(store: &Store, address: &str) -> Result<Option<MailingSend>, CoreError> {
    let local = address
        .trim()
        .rsplit_once('@')
        .map_or("", |(local, _)| local);
    let Some(token) = local.strip_prefix("bounce+") else {
        return Ok(None);
    };
    match super::link_secret::verify(store, LinkPurpose::Bounce, token)? {
        Some(id) => Ok(store.get::<MailingSend>(id)?),
        None => Ok(None),
    }
}

/// Every mailing, newest first.
pub fn list(store: &Store, actor: &Actor) -> Result<Vec<Mailing>, CoreError> {
    access::require(actor, Area::Marketing, Access::Read)?;
    let mut mailings = store.scan::<Mailing>()?.collect::<Result<Vec<_>, _>>()?;
    mailings.sort_by_key(|mailing| std::cmp::Reverse(mailing.id));
    Ok(mailings)
}
