//! The double opt-in: a request writes a `Requested` event and, in the same transaction,
//! queues the confirmation mail (no advertising in it: what was asked for, the link
//! `<marketing_link_base>/confirm/<token>` and that a reply confirms too; the token is
//! `core::link_secret::sign(ConfirmConsent, request id)`, in the subject as well). A request
//! is confirmed by the link (`confirm_by_token`, for the HTTP endpoint), by support staff
//! with the token (`confirm`), or by the person replying to the mail through the mailgate
//! (`confirm_by_reply`: the reply's In-Reply-To or References name the confirmation mail's
//! Message-ID, or its subject carries the token). Requests older than
//! `REQUEST_VALID_DAYS` do not confirm; confirming twice writes one confirmation.
//! Room: core (area `Consent`).

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::consent::{Given, event_of};
use super::mail_settings::{MARKETING_LINK_BASE, MailSettings};
use super::outbox::{self, Draft};
use super::{Actor, CoreError, link_secret};
use crate::domain::Invalid;
use crate::domain::consent::{Action, Channel, ConsentEvent, ConsentText, request_open};
use crate::domain::link_token::{self, LinkPurpose};
use crate::domain::outbox::{Origin, OutboxMail};
use crate::store::kinds::consent::{consent_text_id, consents_at};
use crate::store::{Store, StoreError, abort};

/// The origin kind of confirmation mails in the outbox.
pub const ORIGIN: &str = "consent";

/// Source names the ledger keeps for confirmations.
pub const SOURCE_LINK: &str = "link";
pub const SOURCE_REPLY: &str = "reply-mail";

/// Writes a request for e-mail consent and queues its confirmation mail; the request and
/// the queued mail's id.
pub fn request(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    given: &Given,
) -> Result<(ConsentEvent, u64), CoreError> {
    access::require(actor, Area::Consent, Access::Write)?;
    let mut given = given.clone();
    given.channel = Some(Channel::Email);
    let event = event_of(store, actor, now, &given, Action::Requested)?;
    let settings = MailSettings::load(store)?;
    if settings.link_base.is_empty() {
        return Err(Invalid::new(MARKETING_LINK_BASE, crate::t!("consent-no-link-base")).into());
    }
    let secret = link_secret::secret(store)?;
    let probe = Draft {
        to: vec![event.address.clone()],
        ..Draft::default()
    };
    outbox::check(&settings, &probe)?;
    let text = match event.text_version.as_str() {
        "" => String::new(),
        label => match consent_text_id(store, label)? {
            Some(id) => store.require::<ConsentText>(id)?.text,
            None => String::new(),
        },
    };
    let _audit = super::consent::audited(&actor.name, "Consent::Request", now);
    let (stored, mail) = store.transaction(|tx| {
        let id = tx.last_id(<ConsentEvent as crate::store::Record>::TREE)? + 1;
        let token = link_token::sign(&secret, LinkPurpose::ConfirmConsent, id);
        let mut event = event.clone();
        if tx.insert(&mut event)? != id {
            return abort(StoreError::Sled("consent id changed".into()));
        }
        let draft = confirmation_mail(&settings, &event, &token, &text);
        let mail = outbox::enqueue_in(tx, &settings, now, &draft)?;
        Ok((event, mail.id))
    })?;
    store.flush()?;
    Ok((stored, mail))
}

fn confirmation_mail(
    settings: &MailSettings,
    event: &ConsentEvent,
    token: &str,
    text: &str,
) -> Draft {
    let link = format!("{}/confirm/{token}", settings.link_base);
    let wording = match text.trim() {
        "" => String::new(),
        text => crate::t!("consent-mail-wording", text = text),
    };
    Draft {
        to: vec![event.address.clone()],
        subject: crate::t!(
            "consent-mail-subject",
            purpose = event.purpose.as_str(),
            token = token
        ),
        body: crate::t!(
            "consent-mail-body",
            purpose = event.purpose.as_str(),
            link = link,
            wording = wording,
            days = crate::domain::consent::REQUEST_VALID_DAYS.to_string()
        ),
        auto_submitted: true,
        origin: Some(Origin {
            kind: ORIGIN.to_string(),
            id: event.id,
            seq: 0,
        }),
        ..Draft::default()
    }
}

/// Confirms the request a link token names (the HTTP endpoint's POST): `ip` where known.
pub fn confirm_by_token(
    store: &Store,
    token: &str,
    now: OffsetDateTime,
    ip: &str,
) -> Result<ConsentEvent, CoreError> {
    let id = link_secret::verify(store, LinkPurpose::ConfirmConsent, token.trim())?
        .ok_or_else(|| CoreError::Refused(crate::t!("consent-token-invalid")))?;
    confirm_request(store, id, now, SOURCE_LINK, ip, "link")
}

/// Confirms a request by its token on a person's word (support staff on the phone).
pub fn confirm(
    store: &Store,
    actor: &Actor,
    token: &str,
    now: OffsetDateTime,
) -> Result<ConsentEvent, CoreError> {
    access::require(actor, Area::Consent, Access::Write)?;
    let id = link_secret::verify(store, LinkPurpose::ConfirmConsent, token.trim())?
        .ok_or_else(|| CoreError::Refused(crate::t!("consent-token-invalid")))?;
    let source = format!("support:{}", actor.name);
    confirm_request(store, id, now, &source, "", &actor.name)
}

/// Writes the confirmation of request `id` — or returns the one already written.
fn confirm_request(
    store: &Store,
    id: u64,
    now: OffsetDateTime,
    source: &str,
    ip: &str,
    actor: &str,
) -> Result<ConsentEvent, CoreError> {
    let request = store
        .get::<ConsentEvent>(id)?
        .filter(|event| event.action == Action::Requested)
        .ok_or_else(|| CoreError::Refused(crate::t!("consent-token-invalid")))?;
    if !request_open(request.at, now) {
        return Err(CoreError::Refused(crate::t!(
            "consent-request-expired",
            days = crate::domain::consent::REQUEST_VALID_DAYS.to_string()
        )));
    }
    let marker = format!("request:{id}");
    for other in consents_at(store, request.channel, &request.address)? {
        let other = store.require::<ConsentEvent>(other)?;
        if other.action == Action::Confirmed && other.source.ends_with(&marker) {
            return Ok(other);
        }
    }
    let confirmed = ConsentEvent {
        id: 0,
        action: Action::Confirmed,
        at: now,
        source: format!("{source} {marker}"),
        ip: ip.trim().to_string(),
        actor: actor.to_string(),
        ..request
    };
    let _audit = super::consent::audited(actor, "Consent::Confirm", now);
    let stored = store.transaction(|tx| {
        let mut event = confirmed.clone();
        tx.insert(&mut event)?;
        Ok(event)
    })?;
    store.flush()?;
    Ok(stored)
}

/// What became of a reply to a confirmation mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Request `request` is confirmed by event `event`.
    Confirmed { request: u64, event: u64 },
    /// A reply to a confirmation mail that confirms nothing (why, as a person reads it).
    Refused { request: u64, why: String },
}

/// An incoming mail as the double opt-in reads it.
pub struct Incoming<'a> {
    pub in_reply_to: Option<&'a str>,
    pub references: &'a [String],
    pub subject: &'a str,
    pub from: &'a str,
    /// The loop guard's verdict: automatic mail (an out-of-office) never confirms.
    pub automatic: bool,
}

/// Whether `mail` answers a confirmation mail, and if so confirms it (from the address the
/// request was sent to, within its time, not automatic). `None`: not such a reply — the
/// mailgate goes on routing it.
pub fn confirm_by_reply(
    store: &Store,
    mail: &Incoming<'_>,
    now: OffsetDateTime,
) -> Result<Option<Reply>, CoreError> {
    let Some(request) = request_answered(store, mail)? else {
        return Ok(None);
    };
    let Some(event) = store
        .get::<ConsentEvent>(request)?
        .filter(|event| event.action == Action::Requested)
    else {
        return Ok(None);
    };
    let refused = |why: String| Ok(Some(Reply::Refused { request, why }));
    if mail.automatic {
        return refused(crate::t!("consent-reply-automatic"));
    }
    let sender = crate::domain::duplicates::normalize_email(mail.from).unwrap_or_default();
    if sender != event.address {
        return refused(crate::t!(
            "consent-reply-other-sender",
            sender = sender.as_str(),
            address = event.address.as_str()
        ));
    }
    match confirm_request(store, request, now, SOURCE_REPLY, "", SOURCE_REPLY) {
        Ok(confirmed) => Ok(Some(Reply::Confirmed {
            request,
            event: confirmed.id,
        })),
        Err(CoreError::Refused(why)) => refused(why),
        Err(other) => Err(other),
    }
}

/// The request whose confirmation mail `mail` answers, by Message-ID or by the token in
/// its subject.
fn request_answered(store: &Store, mail: &Incoming<'_>) -> Result<Option<u64>, CoreError> {
    for id in mail
        .in_reply_to
        .into_iter()
        .chain(mail.references.iter().map(String::as_str))
    {
        let Some(outbox_id) = outbox_id_of(id) else {
            continue;
        };
        let Some(sent) = store.get::<OutboxMail>(outbox_id)? else {
            continue;
        };
        let ours = sent.message_id.trim_matches(|c| c == '<' || c == '>') == id;
        if let Some(origin) = sent.origin.filter(|origin| ours && origin.kind == ORIGIN) {
            return Ok(Some(origin.id));
        }
    }
    for word in mail.subject.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '.');
        if token_shaped(word)
            && let Some(id) = link_secret::verify(store, LinkPurpose::ConfirmConsent, word)?
        {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Whether a subject's word looks like a link token (`<hex id>.<32 hex digits>`), so that
/// ordinary subjects never reach the secret.
fn token_shaped(word: &str) -> bool {
    let hex = |text: &str| text.bytes().all(|b| b.is_ascii_hexdigit());
    word.split_once('.').is_some_and(|(id, mac)| {
        (1..=16).contains(&id.len()) && hex(id) && mac.len() == 32 && hex(mac)
    })
}

/// The outbox id in one of kontor's Message-IDs (`kontor.{database}.{id}@{domain}`).
fn outbox_id_of(message_id: &str) -> Option<u64> {
    let local = message_id.strip_prefix("kontor.")?.split('@').next()?;
    local.rsplit('.').next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::{outbox_id_of, token_shaped};

    #[test]
    fn only_token_shaped_words_are_checked() {
        assert!(token_shaped("2a.0123456789abcdef0123456789abcdef"));
        assert!(!token_shaped("v1.2"));
        assert!(!token_shaped("2a.0123456789abcdef"));
        assert!(!token_shaped("Re:"));
    }

    #[test]
    fn outbox_ids_in_message_ids() {
        assert_eq!(outbox_id_of("kontor.tpm900.17@kontor.test"), Some(17));
        assert_eq!(outbox_id_of("other.tpm900.17@kontor.test"), None);
        assert_eq!(outbox_id_of("kontor.tpm900.x@kontor.test"), None);
    }
}
