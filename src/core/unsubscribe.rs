//! What a recipient's "no more" does to the ledgers: an unsubscribe (the link's POST, the
//! RFC 8058 one-click POST, a mail to `unsubscribe+TOKEN@…`) suppresses the send's address
//! and withdraws the consent the mail relied on, in one transaction
//! (`mailing::unsubscribe_by_send`); a complaint (an ARF feedback report) suppresses it
//! as a complaint and records `Objected` (every purpose on e-mail). A consent event is
//! written only when the suppression is new, so a second click writes nothing, and only
//! while the customer exists (a merged-away or deleted party keeps the suppression alone).
//! Nobody logs in for these: the acting name is the way it came (`link`, `one-click`,
//! `mailto`, `complaint`). Bounces are not complaints: they never come here.
//! Room: core (areas `Consent` and `Marketing`, acting for the recipient).

use time::OffsetDateTime;

use super::consent::{Given, event_of};
use super::mailing::{suppress_address, unsubscribe_by_send};
use super::{Actor, CoreError, Role, link_secret};
use crate::domain::consent::{Action, Channel, Party};
use crate::domain::link_token::LinkPurpose;
use crate::domain::mailing::Mailing;
use crate::domain::mailing::send::{MailingSend, SuppressReason};
use crate::store::{Store, StoreError};

/// How a "no more" came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The page's button (`POST /u/TOKEN`).
    Link,
    /// RFC 8058 one-click (`POST /u/TOKEN`, body `List-Unsubscribe=One-Click`).
    OneClick,
    /// A mail to the `unsubscribe+TOKEN@…` address.
    Mailto,
    /// An ARF complaint (feedback report) about the send.
    Complaint,
}

impl Via {
    /// The name kept as the suppression's `via` and the consent event's source.
    pub fn name(self) -> &'static str {
        match self {
            Via::Link => "link",
            Via::OneClick => "one-click",
            Via::Mailto => "mailto",
            Via::Complaint => "complaint",
        }
    }
}

/// What an unsubscribe did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsubscribed {
    pub send: u64,
    pub address: String,
    /// Whether the address was newly suppressed (false: it already was).
    pub suppressed: bool,
    /// The consent event written, if any.
    pub consent_event: Option<u64>,
}

/// The send an unsubscribe token names; `None` for a forged token, another purpose's
/// token or a send that does not exist.
pub fn send_of_token(store: &Store, token: &str) -> Result<Option<MailingSend>, CoreError> {
    match link_secret::verify(store, LinkPurpose::Unsubscribe, token.trim())? {
        Some(id) => Ok(store.get::<MailingSend>(id)?),
        None => Ok(None),
    }
}

/// Unsubscribes the send a token names; refused (`consent-token-invalid`) when it names
/// none.
pub fn by_token(
    store: &Store,
    token: &str,
    now: OffsetDateTime,
    via: Via,
) -> Result<Unsubscribed, CoreError> {
    let send = send_of_token(store, token)?
        .ok_or_else(|| CoreError::Refused(crate::t!("consent-token-invalid")))?;
    by_send(store, &send, now, via)
}

/// Unsubscribes (or, with `Via::Complaint`, records the complaint of) the recipient of
/// `send`.
pub fn by_send(
    store: &Store,
    send: &MailingSend,
    now: OffsetDateTime,
    via: Via,
) -> Result<Unsubscribed, CoreError> {
    let (suppressed, consent_event) = match via {
        Via::Complaint => {
            let suppressed = suppress_address(
                store,
                &send.address,
                SuppressReason::Complaint,
                now,
                Some(send.id),
                via.name(),
            )?;
            let event = match suppressed {
                true => record_consent(store, send, now, via, Action::Objected)?,
                false => None,
            };
            (suppressed, event)
        }
        // The suppression and the withdrawal of the consent the mail relied on, in one
        // transaction.
        _ => (unsubscribe_by_send(store, send.id, now, via.name())?, None),
    };
    Ok(Unsubscribed {
        send: send.id,
        address: send.address.clone(),
        suppressed,
        consent_event,
    })
}

/// Writes the recipient's `Withdrawn` / `Objected` event; `None` when the customer is gone.
fn record_consent(
    store: &Store,
    send: &MailingSend,
    now: OffsetDateTime,
    via: Via,
    action: Action,
) -> Result<Option<u64>, CoreError> {
    let mailing = store.require::<Mailing>(send.mailing)?;
    let recipient = &send.recipient;
    // A contact's name differs from its company's; a person customer is the party itself,
    // and so is a lead.
    let person = match recipient.company.as_str() {
        _ if recipient.lead.is_some() => String::new(),
        "" => String::new(),
        company if company == recipient.name => String::new(),
        _ => recipient.name.clone(),
    };
    let party = match recipient.lead {
        Some(lead) => Party::Lead(lead),
        None => Party::Customer(recipient.customer),
    };
    let given = Given {
        party: Some(party),
        person,
        channel: Some(Channel::Email),
        address: send.address.clone(),
        purpose: mailing.purpose.clone(),
        source: via.name().to_string(),
        text: String::new(),
        ip: String::new(),
    };
    let actor = Actor {
        name: via.name().to_string(),
        role: Role::Marketing,
    };
    let event = match event_of(store, &actor, now, &given, action) {
        Ok(event) => event,
        Err(CoreError::Store(StoreError::NotFound { .. })) => return Ok(None),
        Err(error) => return Err(error),
    };
    let stored = store.transaction(|tx| {
        let mut event = event.clone();
        tx.insert(&mut event)?;
        Ok(event.id)
    })?;
    store.flush()?;
    Ok(Some(stored))
}
