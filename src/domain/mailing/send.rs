//! The send ledger of a mailing and the suppression list. A send is one (mailing,
//! address) pair, written before its message goes anywhere: planned → handing (durable
//! before the SMTP server hears of it) → sent | failed (5xx) | deferred (4xx, until a
//! time) — and a send found still handing when a batch starts was interrupted between our
//! record and the server's answer: it becomes uncertain, and only an explicit command
//! sends it again (marketing mail goes at most once). A suppressed address is never
//! mailed. The pacer spaces messages by the per-minute limits. Room: domain — no I/O;
//! instants come in.

use std::collections::HashMap;
use std::time::Duration as Elapsed;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::salutation::Salutation;

/// Whom one send goes to, as the audience named them when the send was planned.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub customer: u64,
    /// The person's (contact's or person customer's) name, or the company's.
    pub name: String,
    /// The customer's name when it is a company, else empty.
    pub company: String,
    pub customer_number: String,
    pub salutation: Salutation,
    /// The lead mailed (a segment's lead member; `customer` is then 0); `None` for a
    /// customer or its contact. Stored since the send's schema 2.
    pub lead: Option<u64>,
}

/// One message of a mailing to one address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailingSend {
    pub id: u64,
    pub version: u64,
    pub mailing: u64,
    /// The address, trimmed and lower-cased: unique per mailing.
    pub address: String,
    pub recipient: Recipient,
    pub state: SendState,
    /// Hand-overs to the SMTP server so far.
    pub attempts: u32,
    pub planned_at: OffsetDateTime,
}

/// Where a send stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SendState {
    Planned,
    /// Being handed to the SMTP server since `at`.
    Handing {
        at: OffsetDateTime,
    },
    Sent {
        at: OffsetDateTime,
        reply: String,
    },
    /// Refused for good (5xx), or out of attempts.
    Failed {
        at: OffsetDateTime,
        code: u16,
        reply: String,
    },
    /// Refused for now (4xx or no connection): tried again from `until`.
    Deferred {
        until: OffsetDateTime,
        code: u16,
        reply: String,
    },
    /// Interrupted while handing: it may or may not have reached the server.
    Uncertain {
        since: OffsetDateTime,
    },
    /// Not sent: the address was suppressed after the send was planned.
    Suppressed {
        at: OffsetDateTime,
    },
    /// Not sent: at hand-over the address had no consent for the mailing's purpose;
    /// `reason` is the refusal's machine name (`domain::consent::Refusal::name`).
    NoConsent {
        at: OffsetDateTime,
        reason: String,
    },
}

/// The state names in tag order.
pub const SEND_STATES: [&str; 8] = [
    "planned",
    "handing",
    "sent",
    "failed",
    "deferred",
    "uncertain",
    "suppressed",
    "no-consent",
];

impl SendState {
    /// The index tag: the state's place in `SEND_STATES`.
    pub fn tag(&self) -> u8 {
        match self {
            SendState::Planned => 0,
            SendState::Handing { .. } => 1,
            SendState::Sent { .. } => 2,
            SendState::Failed { .. } => 3,
            SendState::Deferred { .. } => 4,
            SendState::Uncertain { .. } => 5,
            SendState::Suppressed { .. } => 6,
            SendState::NoConsent { .. } => 7,
        }
    }

    pub fn name(&self) -> &'static str {
        SEND_STATES[usize::from(self.tag())]
    }

    /// Whether nothing more happens to the send without an explicit command.
    pub fn is_final(&self) -> bool {
        !matches!(
            self,
            SendState::Planned | SendState::Handing { .. } | SendState::Deferred { .. }
        )
    }
}

impl MailingSend {
    /// Whether a batch at `now` hands it over.
    pub fn is_due(&self, now: OffsetDateTime) -> bool {
        match &self.state {
            SendState::Planned => true,
            SendState::Deferred { until, .. } => *until <= now,
            _ => false,
        }
    }

    /// The domain of the address (what the per-domain limit counts).
    pub fn domain(&self) -> &str {
        self.address.rsplit('@').next().unwrap_or_default()
    }
}

/// What the server made of one hand-over, as the ledger records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Accepted { reply: String },
    Temporary { code: u16, reply: String },
    Permanent { code: u16, reply: String },
}

/// The state after `answer` to the `attempts`-th hand-over at `at`: a temporary refusal
/// waits `first_minutes` doubled per attempt, up to `cap_minutes`, and fails after
/// `max_attempts`.
pub fn after_answer(
    answer: Answer,
    at: OffsetDateTime,
    attempts: u32,
    schedule: crate::domain::outbox::RetrySchedule,
) -> SendState {
    match answer {
        Answer::Accepted { reply } => SendState::Sent { at, reply },
        Answer::Permanent { code, reply } => SendState::Failed { at, code, reply },
        Answer::Temporary { code, reply } if attempts >= schedule.max_attempts => {
            SendState::Failed { at, code, reply }
        }
        Answer::Temporary { code, reply } => SendState::Deferred {
            until: at + schedule.delay_after(attempts),
            code,
            reply,
        },
    }
}

/// Why an address is never mailed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SuppressReason {
    Unsubscribed,
    HardBounce,
    SoftBounces,
    Complaint,
    Manual,
}

impl SuppressReason {
    pub const ALL: [SuppressReason; 5] = [
        SuppressReason::Unsubscribed,
        SuppressReason::HardBounce,
        SuppressReason::SoftBounces,
        SuppressReason::Complaint,
        SuppressReason::Manual,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SuppressReason::Unsubscribed => "unsubscribed",
            SuppressReason::HardBounce => "hard-bounce",
            SuppressReason::SoftBounces => "soft-bounces",
            SuppressReason::Complaint => "complaint",
            SuppressReason::Manual => "manual",
        }
    }

    pub fn parse(text: &str) -> Option<SuppressReason> {
        Self::ALL
            .into_iter()
            .find(|reason| reason.name().eq_ignore_ascii_case(text.trim()))
    }
}

/// An address on the suppression list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suppression {
    pub id: u64,
    pub version: u64,
    /// Trimmed and lower-cased; unique.
    pub address: String,
    pub reason: SuppressReason,
    pub at: OffsetDateTime,
    /// The send it came from (an unsubscribe link, a bounce), if any.
    pub source_send: Option<u64>,
    /// How it came: `cli`, `link`, `one-click`, `mailto`, `bounce` … (free text).
    pub via: String,
}

/// An address as the ledger and the suppression list key it.
pub fn address_key(address: &str) -> String {
    address.trim().to_lowercase()
}

/// Spaces hand-overs: at most `per_minute` messages a minute overall and `per_domain`
/// to one recipient domain (0: no limit), evenly (one every 60 s / limit).
#[derive(Debug, Clone, Default)]
pub struct Pacer {
    overall: Option<Elapsed>,
    per_domain: Option<Elapsed>,
    last: Option<Elapsed>,
    last_by_domain: HashMap<String, Elapsed>,
}

impl Pacer {
    pub fn new(per_minute: u32, per_domain: u32) -> Pacer {
        let gap = |limit: u32| (limit > 0).then(|| Elapsed::from_secs(60) / limit);
        Pacer {
            overall: gap(per_minute),
            per_domain: gap(per_domain),
            ..Pacer::default()
        }
    }

    /// How long to wait, at `now` since the batch began, before a message to `domain`.
    pub fn wait(&self, domain: &str, now: Elapsed) -> Elapsed {
        let after = |last: Option<&Elapsed>, gap: Option<Elapsed>| match (last, gap) {
            (Some(last), Some(gap)) => (*last + gap).saturating_sub(now),
            _ => Elapsed::ZERO,
        };
        after(self.last.as_ref(), self.overall)
            .max(after(self.last_by_domain.get(domain), self.per_domain))
    }

    /// Notes a message to `domain` handed over at `at`.
    pub fn note(&mut self, domain: &str, at: Elapsed) {
        self.last = Some(at);
        self.last_by_domain.insert(domain.to_string(), at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::outbox::RetrySchedule;
    use time::macros::datetime;

    #[test]
    fn answers_become_states() {
        let at = datetime!(2026-12-05 10:00 UTC);
        let schedule = RetrySchedule {
            first_minutes: 2,
            cap_minutes: 60,
            max_attempts: 3,
        };
        let busy = || Answer::Temporary {
            code: 451,
            reply: "busy".into(),
        };
        assert_eq!(
            after_answer(busy(), at, 2, schedule),
            SendState::Deferred {
                until: datetime!(2026-12-05 10:04 UTC),
                code: 451,
                reply: "busy".into()
            }
        );
        assert_eq!(after_answer(busy(), at, 3, schedule).name(), "failed");
        let refused = Answer::Permanent {
            code: 550,
            reply: "no".into(),
        };
        assert_eq!(after_answer(refused, at, 1, schedule).name(), "failed");
        assert!(SendState::Uncertain { since: at }.is_final());
        assert!(!SendState::Planned.is_final());
    }

    #[test]
    fn the_pacer_spaces_overall_and_per_domain() {
        let mut pacer = Pacer::new(120, 30);
        let ms = Elapsed::from_millis;
        assert_eq!(pacer.wait("a.de", ms(0)), ms(0));
        pacer.note("a.de", ms(0));
        assert_eq!(pacer.wait("b.de", ms(100)), ms(400));
        assert_eq!(pacer.wait("a.de", ms(100)), ms(1900));
        pacer.note("b.de", ms(500));
        assert_eq!(pacer.wait("c.de", ms(1000)), ms(0));
        assert_eq!(Pacer::new(0, 0).wait("a.de", ms(0)), ms(0));
    }

    #[test]
    fn reasons_by_name() {
        for reason in SuppressReason::ALL {
            assert_eq!(SuppressReason::parse(reason.name()), Some(reason));
        }
        assert_eq!(address_key(" A@B.de "), "a@b.de");
    }
}
