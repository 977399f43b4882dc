//! An e-mail in the outbox and the rules of its delivery: queued → sending → sent, or back
//! to queued with an exponential backoff after a temporary refusal (4xx, no connection),
//! or failed after a permanent one (5xx) or too many attempts. Room: domain — plain data
//! and rules, no I/O; the clock comes in as `at`.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

/// How long a hand-over to the SMTP server may last before it counts as cut short by a
/// crash: far longer than any SMTP dialogue (30 s a step) takes. Until then a message (or
/// a mailing's send) being handed over belongs to the process handing it, so a second
/// front end on the same database leaves it alone instead of sending it again.
pub const INTERRUPTED_AFTER: Duration = Duration::minutes(10);

/// One outgoing message, as it is kept until (and after) it is delivered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMail {
    pub id: u64,
    pub version: u64,
    /// `<…@mail_domain>`, angle brackets included.
    pub message_id: String,
    /// The sender mailbox (`Name <address>` or `address`).
    pub from: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    /// The plain text body, UTF-8.
    pub body: String,
    pub attachments: Vec<Attachment>,
    /// Message-ID this one answers, brackets included.
    pub in_reply_to: Option<String>,
    /// The thread's Message-IDs, oldest first, brackets included.
    pub references: Vec<String>,
    /// An automatic answer: sent with `Auto-Submitted: auto-replied` and `X-Loop`.
    pub auto_submitted: bool,
    /// The `X-Loop` value of an automatic answer (the `mail_loop_tag` when it was queued).
    pub loop_tag: String,
    /// What the message belongs to (a ticket's article, an invoice), for mirroring its
    /// delivery there.
    pub origin: Option<Origin>,
    pub state: DeliveryState,
    /// Attempts handed to the SMTP server so far.
    pub attempts: u32,
    /// When it is due (queued) or was last tried (sending).
    pub next_attempt_at: OffsetDateTime,
    pub queued_at: OffsetDateTime,
    /// The last temporary refusal or connection failure, empty when none.
    pub last_error: String,
}

/// A file sent along.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub name: String,
    /// `application/pdf`, …
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// The record a message was written for, opaque to the outbox: `("ticket", 17, 3)` is
/// article 3 of ticket 17, `("invoice", 5, 0)` an invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub kind: String,
    pub id: u64,
    pub seq: u32,
}

/// Where a message stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeliveryState {
    /// Waiting for `next_attempt_at`.
    Queued,
    /// Handed to the SMTP server; a message still sending [`INTERRUPTED_AFTER`] its attempt
    /// began was interrupted (crash) and is tried again.
    Sending,
    /// The server accepted it.
    Sent { at: OffsetDateTime, reply: String },
    /// Refused for good (5xx), or too many temporary refusals.
    Failed {
        at: OffsetDateTime,
        code: u16,
        reply: String,
    },
}

impl DeliveryState {
    /// The machine name (`queued`, `sending`, `sent`, `failed`).
    pub fn name(&self) -> &'static str {
        match self {
            DeliveryState::Queued => "queued",
            DeliveryState::Sending => "sending",
            DeliveryState::Sent { .. } => "sent",
            DeliveryState::Failed { .. } => "failed",
        }
    }

    /// The index tag of the state: its place in `STATES`.
    pub fn tag(&self) -> u8 {
        match self {
            DeliveryState::Queued => 0,
            DeliveryState::Sending => 1,
            DeliveryState::Sent { .. } => 2,
            DeliveryState::Failed { .. } => 3,
        }
    }
}

/// The state names in tag order, for `--state`.
pub const STATES: [&str; 4] = ["queued", "sending", "sent", "failed"];

/// The tag of a state name.
pub fn state_tag(name: &str) -> Option<u8> {
    STATES
        .iter()
        .position(|state| state.eq_ignore_ascii_case(name.trim()))
        .and_then(|tag| u8::try_from(tag).ok())
}

/// When a temporarily refused message is tried again: `first_minutes` after the first
/// attempt, doubling after each further one up to `cap_minutes`; after `max_attempts`
/// it fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetrySchedule {
    pub first_minutes: u32,
    pub cap_minutes: u32,
    pub max_attempts: u32,
}

impl Default for RetrySchedule {
    fn default() -> Self {
        RetrySchedule {
            first_minutes: 1,
            cap_minutes: 60,
            max_attempts: 10,
        }
    }
}

impl RetrySchedule {
    /// The wait after `attempts` attempts (1 → first, 2 → twice that, … capped).
    pub fn delay_after(&self, attempts: u32) -> Duration {
        let doublings = attempts.saturating_sub(1).min(31);
        let minutes = u64::from(self.first_minutes)
            .saturating_mul(1u64 << doublings)
            .min(u64::from(self.cap_minutes.max(self.first_minutes)));
        Duration::minutes(i64::try_from(minutes).unwrap_or(i64::MAX / 60))
    }
}

/// What the SMTP server made of one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// 2xx: accepted, with the server's reply.
    Accepted { reply: String },
    /// 4xx or no connection: try again later. `code` 0 when there was no reply.
    Temporary { code: u16, reply: String },
    /// 5xx: refused for good.
    Permanent { code: u16, reply: String },
}

impl OutboxMail {
    /// Marks the message as handed to the server (before it is).
    pub fn start_attempt(&mut self, at: OffsetDateTime) {
        self.state = DeliveryState::Sending;
        self.attempts = self.attempts.saturating_add(1);
        self.next_attempt_at = at;
    }

    /// Records what came of the attempt started last.
    pub fn finish_attempt(
        &mut self,
        at: OffsetDateTime,
        outcome: Outcome,
        schedule: RetrySchedule,
    ) {
        self.state = match outcome {
            Outcome::Accepted { reply } => {
                self.last_error.clear();
                DeliveryState::Sent { at, reply }
            }
            Outcome::Permanent { code, reply } => DeliveryState::Failed { at, code, reply },
            Outcome::Temporary { code, reply } if self.attempts >= schedule.max_attempts => {
                DeliveryState::Failed { at, code, reply }
            }
            Outcome::Temporary { code, reply } => {
                self.last_error = match code {
                    0 => reply,
                    code => format!("{code} {reply}"),
                };
                self.next_attempt_at = at + schedule.delay_after(self.attempts);
                DeliveryState::Queued
            }
        };
    }

    /// Puts a failed (or any unsent) message back in the queue, due at `at`, its attempts
    /// counted afresh. False for a sent one, which stays sent.
    pub fn requeue(&mut self, at: OffsetDateTime) -> bool {
        if matches!(self.state, DeliveryState::Sent { .. }) {
            return false;
        }
        self.state = DeliveryState::Queued;
        self.attempts = 0;
        self.next_attempt_at = at;
        true
    }

    /// Whether an attempt is due at `now`: queued and its time has come, or left sending
    /// by an attempt begun [`INTERRUPTED_AFTER`] ago or longer (a crash cut it short; a
    /// younger one may be another front end's, running now).
    pub fn is_due(&self, now: OffsetDateTime) -> bool {
        match self.state {
            DeliveryState::Queued => self.next_attempt_at <= now,
            DeliveryState::Sending => self.next_attempt_at + INTERRUPTED_AFTER <= now,
            _ => false,
        }
    }
}

/// Whether `text` looks like one mailbox: `address` or `Name <address>`, the address with
/// one `@`, something either side, no spaces.
pub fn is_mailbox(text: &str) -> bool {
    let text = text.trim();
    let address = match (text.rfind('<'), text.ends_with('>')) {
        (Some(open), true) => &text[open + 1..text.len() - 1],
        (None, false) => text,
        _ => return false,
    };
    let mut parts = address.split('@');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None)
            if !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !address.chars().any(|c| c.is_whitespace() || c == '<' || c == '>')
    )
}

/// A queued message to build tests on (here and in `mail::smtp`).
#[cfg(test)]
pub(crate) fn sample() -> OutboxMail {
    OutboxMail {
        id: 1,
        version: 1,
        message_id: "<kontor.1.1@example.org>".into(),
        from: "a@example.org".into(),
        to: vec!["b@example.org".into()],
        cc: vec![],
        subject: "s".into(),
        body: "b".into(),
        attachments: vec![],
        in_reply_to: None,
        references: vec![],
        auto_submitted: false,
        loop_tag: String::new(),
        origin: None,
        state: DeliveryState::Queued,
        attempts: 0,
        next_attempt_at: time::macros::datetime!(2026-12-05 09:00 UTC),
        queued_at: time::macros::datetime!(2026-12-05 09:00 UTC),
        last_error: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn mail() -> OutboxMail {
        sample()
    }

    #[test]
    fn the_backoff_doubles_from_the_first_wait_up_to_the_cap() {
        let schedule = RetrySchedule {
            first_minutes: 1,
            cap_minutes: 10,
            max_attempts: 9,
        };
        let minutes: Vec<i64> = (1..=6)
            .map(|n| schedule.delay_after(n).whole_minutes())
            .collect();
        assert_eq!(minutes, [1, 2, 4, 8, 10, 10]);
        assert_eq!(RetrySchedule::default().delay_after(40).whole_minutes(), 60);
    }

    #[test]
    fn a_temporary_refusal_queues_again_until_the_last_attempt_fails() {
        let schedule = RetrySchedule {
            first_minutes: 2,
            cap_minutes: 60,
            max_attempts: 2,
        };
        let mut mail = mail();
        let at = datetime!(2026-12-05 10:00 UTC);
        mail.start_attempt(at);
        assert_eq!(mail.state, DeliveryState::Sending);
        let refusal = Outcome::Temporary {
            code: 451,
            reply: "try later".into(),
        };
        mail.finish_attempt(at, refusal.clone(), schedule);
        assert_eq!(mail.state, DeliveryState::Queued);
        assert_eq!(mail.next_attempt_at, datetime!(2026-12-05 10:02 UTC));
        assert_eq!(mail.last_error, "451 try later");
        assert!(!mail.is_due(datetime!(2026-12-05 10:01:59 UTC)));
        assert!(mail.is_due(datetime!(2026-12-05 10:02 UTC)));
        mail.start_attempt(at);
        mail.finish_attempt(at, refusal, schedule);
        assert_eq!(
            mail.state,
            DeliveryState::Failed {
                at,
                code: 451,
                reply: "try later".into()
            }
        );
        assert!(mail.requeue(at));
        assert_eq!((mail.state.name(), mail.attempts), ("queued", 0));
    }

    #[test]
    fn a_message_sending_is_due_again_only_once_its_attempt_counts_as_interrupted() {
        let mut mail = mail();
        let at = datetime!(2026-12-05 10:00 UTC);
        mail.start_attempt(at);
        assert!(!mail.is_due(at));
        assert!(!mail.is_due(datetime!(2026-12-05 10:09:59 UTC)));
        assert!(mail.is_due(at + INTERRUPTED_AFTER));
    }

    #[test]
    fn a_sent_message_is_never_queued_again() {
        let mut mail = mail();
        let at = datetime!(2026-12-05 10:00 UTC);
        mail.start_attempt(at);
        mail.finish_attempt(
            at,
            Outcome::Accepted {
                reply: "250 OK".into(),
            },
            RetrySchedule::default(),
        );
        assert!(!mail.requeue(at));
        assert!(!mail.is_due(at));
        assert_eq!(mail.state.name(), "sent");
    }

    #[test]
    fn mailboxes() {
        for good in [
            "a@b.de",
            "Jürgen Groß <j@example.org>",
            " x.y+z@mail.example.com ",
        ] {
            assert!(is_mailbox(good), "{good}");
        }
        for bad in [
            "",
            "a",
            "a@b",
            "@b.de",
            "a@@b.de",
            "a b@c.de",
            "Name <a@b.de",
            "a@.de",
        ] {
            assert!(!is_mailbox(bad), "{bad}");
        }
        assert_eq!(state_tag("Failed"), Some(3));
        assert_eq!(state_tag("lost"), None);
    }
}
