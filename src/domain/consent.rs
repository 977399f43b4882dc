//! The consent ledger's records and the one rule that reads it: may kontor contact this
//! address on this channel for this purpose now (`standing`)? The ledger is append-only —
//! events are never edited or deleted — and the standing is derived from it every time,
//! never stored as a flag that could drift. Room: domain (pure; no store, no clock).
//!
//! The rule per channel (§ 7 UWG, DSGVO Art. 7 and 21):
//! - **E-mail and SMS** need express prior consent (§ 7 Abs. 2 Nr. 2 UWG); kontor counts only
//!   a `Confirmed` event — a double opt-in's confirmation, or a consent given in a way the
//!   recorded source proves. A mere `Requested` never allows contact.
//! - **Phone** needs express prior consent of a consumer (§ 7 Abs. 2 Nr. 1 UWG); kontor
//!   asks the same of every party (it cannot tell a consumer's line from a firm's
//!   presumed consent safely): a `Confirmed` event, recorded during a call by the agent.
//! - **Post** is allowed without consent (§ 7 Abs. 1 UWG) until the person objects or
//!   withdraws.
//!
//! A `Withdrawn` event ends the consent for its purpose; an `Objected` event (Art. 21
//! DSGVO, objection to direct marketing) ends every purpose on its channel and address.
//! A later `Confirmed` for a purpose gives consent again. Events count in the order of
//! their instant, then their id; events after `now` do not count yet. `Used` events only
//! record reliance (the § 7a five-year retention runs from the last use).

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

use super::Invalid;

/// How long a double opt-in request can be confirmed.
pub const REQUEST_VALID_DAYS: i64 = 30;

/// How long evidence is kept after the last use (§ 7a UWG: five years).
pub const RETENTION_YEARS: i32 = 5;

/// The purposes every database knows; any other slug of the same shape is accepted too.
pub const BUILT_IN_PURPOSES: [&str; 5] = ["newsletter", "offers", "surveys", "events", "calls"];

/// A way of contacting someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Channel {
    Email,
    Phone,
    Sms,
    Post,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Email, Channel::Phone, Channel::Sms, Channel::Post];

    /// The machine name (`email`, `phone`, `sms`, `post`).
    pub fn name(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Phone => "phone",
            Channel::Sms => "sms",
            Channel::Post => "post",
        }
    }

    /// The channel named `text` (its machine name, any case).
    pub fn parse(text: &str) -> Result<Channel, Invalid> {
        let text = text.trim();
        Channel::ALL
            .into_iter()
            .find(|channel| channel.name().eq_ignore_ascii_case(text))
            .ok_or_else(|| {
                Invalid::new(
                    "channel",
                    crate::t!(
                        "consent-bad-channel",
                        text = text,
                        choices = "email, phone, sms, post"
                    ),
                )
            })
    }

    /// The index tag of the channel.
    pub fn tag(self) -> u8 {
        match self {
            Channel::Email => 1,
            Channel::Phone => 2,
            Channel::Sms => 3,
            Channel::Post => 4,
        }
    }

    /// Whether contact is allowed while nobody said anything (post only).
    pub fn allowed_without_consent(self) -> bool {
        self == Channel::Post
    }
}

/// Checks a purpose: a slug of lower-case letters, digits and `-`, 1 to 40 characters,
/// starting with a letter (the built-in ones or one of the firm's own).
pub fn purpose(text: &str) -> Result<String, Invalid> {
    let slug = text.trim().to_ascii_lowercase();
    let valid = (1..=40).contains(&slug.len())
        && slug.starts_with(|c: char| c.is_ascii_lowercase())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    match valid {
        true => Ok(slug),
        false => Err(Invalid::new(
            "purpose",
            crate::t!(
                "consent-bad-purpose",
                text = text.trim(),
                examples = BUILT_IN_PURPOSES.join(", ")
            ),
        )),
    }
}

/// Whose consent it is: a customer's or a lead's (by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Party {
    Customer(u64),
    Lead(u64),
}

impl Party {
    /// `customer:42`, `lead:7`; a bare number is a customer's id.
    pub fn parse(text: &str) -> Result<Party, Invalid> {
        let text = text.trim();
        let bad = || Invalid::new("party", crate::t!("consent-bad-party", text = text));
        let (kind, id) = text.split_once(':').unwrap_or(("customer", text));
        let id: u64 = id.trim().parse().map_err(|_| bad())?;
        match kind.trim().to_ascii_lowercase().as_str() {
            "customer" => Ok(Party::Customer(id)),
            "lead" => Ok(Party::Lead(id)),
            _ => Err(bad()),
        }
    }

    /// The machine form (`customer:42`).
    pub fn code(self) -> String {
        match self {
            Party::Customer(id) => format!("customer:{id}"),
            Party::Lead(id) => format!("lead:{id}"),
        }
    }

    /// The index tag and id.
    pub fn key(self) -> (u8, u64) {
        match self {
            Party::Customer(id) => (1, id),
            Party::Lead(id) => (2, id),
        }
    }
}

/// What an event says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Consent was asked for (a double opt-in's first step): allows nothing yet.
    Requested,
    /// The person gave consent (confirmed a request, or said so provably).
    Confirmed,
    /// The person took consent back for this purpose.
    Withdrawn,
    /// The person objected to direct marketing on this channel (every purpose).
    Objected,
    /// kontor contacted the person relying on event `relied_on`; `what` names the mailing
    /// or call.
    Used { relied_on: u64, what: String },
    /// A customer merge attributed event `original` (of the merged-away customer) to this
    /// party: the original stays as it was written; the history of this party shows it.
    /// Says nothing about consent itself.
    Merged { original: u64 },
}

impl Action {
    /// The machine name.
    pub fn name(&self) -> &'static str {
        match self {
            Action::Requested => "requested",
            Action::Confirmed => "confirmed",
            Action::Withdrawn => "withdrawn",
            Action::Objected => "objected",
            Action::Used { .. } => "used",
            Action::Merged { .. } => "merged",
        }
    }
}

/// One entry of the ledger. Never changed once written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentEvent {
    pub id: u64,
    /// Always 0: events are never edited.
    pub version: u64,
    pub party: Party,
    /// The contact person's name; empty for the customer or lead itself.
    pub person: String,
    pub channel: Channel,
    /// Normalized: e-mail lower-cased, phone E.164, postal text with single spaces.
    pub address: String,
    pub purpose: String,
    pub action: Action,
    pub at: OffsetDateTime,
    /// How it came about: `form`, `call by agent anna`, `import`, `reply mail`, `link` …
    pub source: String,
    /// The consent text's version label and the SHA-256 (hex) of its exact wording; empty
    /// when no text was shown (a withdrawal by phone).
    pub text_version: String,
    pub text_sha256: String,
    /// The IP address it came from, when known.
    pub ip: String,
    /// Who recorded it.
    pub actor: String,
}

/// A consent text, kept by its version label so the exact wording stays provable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentText {
    pub id: u64,
    pub version: u64,
    /// The label events name (`newsletter-2026-01`), unique.
    pub label: String,
    pub text: String,
    /// SHA-256 of `text`'s UTF-8 bytes, hex.
    pub sha256: String,
    pub added_at: OffsetDateTime,
    pub actor: String,
}

/// The SHA-256 of a text, in lower-case hex.
pub fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Normalizes an address for its channel: e-mail lower-cased and checked, a phone as
/// E.164 (read in `region`), a postal address with its whitespace collapsed.
pub fn normalize_address(
    channel: Channel,
    text: &str,
    region: super::Country,
) -> Result<String, Invalid> {
    match channel {
        Channel::Email => super::duplicates::normalize_email(text).ok_or_else(|| {
            Invalid::new(
                "address",
                crate::t!("consent-bad-email", text = text.trim()),
            )
        }),
        Channel::Phone | Channel::Sms => super::Phone::parse(text, region).map(|phone| phone.e164),
        Channel::Post => {
            let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            match collapsed.is_empty() {
                true => Err(Invalid::new("address", crate::t!("consent-no-address"))),
                false => Ok(collapsed),
            }
        }
    }
}

/// Why contact is not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Nobody gave consent.
    NoConsent,
    /// Consent was asked for but not (yet) confirmed.
    OnlyRequested,
    Withdrawn,
    Objected,
}

impl Refusal {
    pub fn name(self) -> &'static str {
        match self {
            Refusal::NoConsent => "no-consent",
            Refusal::OnlyRequested => "only-requested",
            Refusal::Withdrawn => "withdrawn",
            Refusal::Objected => "objected",
        }
    }

    /// In the current language.
    pub fn label(self) -> String {
        match self {
            Refusal::NoConsent => crate::t!("consent-refusal-no-consent"),
            Refusal::OnlyRequested => crate::t!("consent-refusal-only-requested"),
            Refusal::Withdrawn => crate::t!("consent-refusal-withdrawn"),
            Refusal::Objected => crate::t!("consent-refusal-objected"),
        }
    }
}

/// Whether kontor may contact an address on a channel for a purpose, and on what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Allowed, relying on event `relied_on` (`None`: post, where nobody objected).
    May { relied_on: Option<u64> },
    /// Not allowed; the event that decided it, if any.
    MayNot { reason: Refusal, event: Option<u64> },
}

impl Standing {
    pub fn allows(self) -> bool {
        matches!(self, Standing::May { .. })
    }
}

/// The standing at `now` derived from `events` — every event of the ledger for this
/// channel and address, in any order (others are ignored): the module header's rule.
pub fn standing(
    events: &[ConsentEvent],
    channel: Channel,
    address: &str,
    purpose: &str,
    now: OffsetDateTime,
) -> Standing {
    let mut relevant: Vec<&ConsentEvent> = events
        .iter()
        .filter(|event| event.channel == channel && event.address == address && event.at <= now)
        .collect();
    relevant.sort_by_key(|event| (event.at, event.id));
    let mut decided: Option<(&ConsentEvent, bool)> = None;
    let mut requested = None;
    for event in relevant {
        let ours = event.purpose == purpose;
        match &event.action {
            Action::Confirmed if ours => decided = Some((event, true)),
            Action::Withdrawn if ours => decided = Some((event, false)),
            Action::Objected => decided = Some((event, false)),
            Action::Requested if ours => requested = Some(event.id),
            _ => {}
        }
    }
    match decided {
        Some((event, true)) => Standing::May {
            relied_on: Some(event.id),
        },
        Some((event, false)) => Standing::MayNot {
            reason: match event.action {
                Action::Objected => Refusal::Objected,
                _ => Refusal::Withdrawn,
            },
            event: Some(event.id),
        },
        None if channel.allowed_without_consent() => Standing::May { relied_on: None },
        None => Standing::MayNot {
            reason: match requested {
                Some(_) => Refusal::OnlyRequested,
                None => Refusal::NoConsent,
            },
            event: requested,
        },
    }
}

/// Whether a request made at `requested_at` can still be confirmed at `now`.
pub fn request_open(requested_at: OffsetDateTime, now: OffsetDateTime) -> bool {
    now >= requested_at && now - requested_at <= Duration::days(REQUEST_VALID_DAYS)
}

/// Until when the evidence of these events is kept: five years after the last use or,
/// without one, after the last event; `None` for no events.
pub fn keep_until(events: &[ConsentEvent]) -> Option<OffsetDateTime> {
    let last_use = events
        .iter()
        .filter(|event| matches!(event.action, Action::Used { .. }))
        .map(|event| event.at)
        .max();
    let from = last_use.or_else(|| events.iter().map(|event| event.at).max())?;
    Some(
        from.replace_year(from.year() + RETENTION_YEARS)
            .unwrap_or_else(|_| from + Duration::days(365 * 5 + 1)),
    )
}

#[cfg(test)]
#[path = "consent_tests.rs"]
mod tests;
