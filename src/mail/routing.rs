//! What the mailgate does with one readable incoming message: the loop guard's verdict and
//! the threading decision put together into one action, so the `kontor mailgate` command
//! only carries it out. Room: mail (pure; the caller hands in the look-ups).
//!
//! - A message whose own Message-ID is already an article is a duplicate (delivered or
//!   fetched twice) and is not stored again.
//! - A message that threads to a ticket is appended to it; it may reopen a resolved or
//!   closed ticket and be answered automatically only if it is not automatic.
//! - A message that threads to none opens a ticket titled by its subject without prefixes
//!   and own tags — unless it carries kontor's own `X-Loop` (kontor's mail came back in):
//!   that goes to quarantine.
//! - Bytes that cannot be read as mail ([`super::inbound::Unreadable`]) never get here;
//!   the caller keeps them whole in quarantine.

use super::inbound::InboundMail;
use super::loop_guard::{self, AutoReason};
use super::subject::{DEFAULT_TAG_WORD, without_own_tags};
use super::threading::{Lookup, Threading, thread};

/// The mailgate's settings the decision needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateConfig {
    /// The word of kontor's subject tag (`Ticket` in `[Ticket#2026-000123-7]`).
    pub tag_word: String,
    /// The `X-Loop` value kontor writes on its own mail, usually the mailgate's address.
    pub own_loop: String,
}

impl GateConfig {
    /// The default tag word and the given `X-Loop` value.
    pub fn new(own_loop: &str) -> GateConfig {
        GateConfig {
            tag_word: DEFAULT_TAG_WORD.to_string(),
            own_loop: own_loop.to_string(),
        }
    }
}

/// What to do with the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Already stored as an article of this ticket.
    Duplicate { ticket: u64 },
    /// Store as an article of this ticket. `reopen`: whether it reopens the ticket if the
    /// ticket is resolved or closed.
    Append { ticket: u64, reopen: bool },
    /// Open a new ticket with this title (empty when the subject is).
    Open { title: String },
    /// Keep in quarantine for an agent to look at.
    Quarantine,
}

/// The decision and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routing {
    pub action: Action,
    pub threading: Threading,
    pub automatic: Option<AutoReason>,
    /// Whether kontor may answer it automatically (a receipt, an autoreply).
    pub autoreply: bool,
}

/// Decides what the mailgate does with `mail`. `by_number` and `by_message_id` are the
/// look-ups of [`thread`].
pub fn route(
    mail: &InboundMail,
    config: &GateConfig,
    by_number: impl Fn(&str) -> Lookup,
    by_message_id: impl Fn(&str) -> Option<u64>,
) -> Routing {
    let automatic = loop_guard::automatic(mail, &config.own_loop);
    let threading = thread(mail, &config.tag_word, by_number, &by_message_id);
    let known = mail.message_id.as_deref().and_then(&by_message_id);
    let action = match (known, threading.ticket()) {
        (Some(ticket), _) => Action::Duplicate { ticket },
        (None, Some(ticket)) => Action::Append {
            ticket,
            reopen: loop_guard::may_reopen(automatic.as_ref()),
        },
        (None, None) if automatic.as_ref().is_some_and(|a| !a.may_open_ticket()) => {
            Action::Quarantine
        }
        (None, None) => Action::Open {
            title: without_own_tags(&mail.subject, &config.tag_word),
        },
    };
    let autoreply = loop_guard::may_autoreply(automatic.as_ref())
        && !matches!(action, Action::Duplicate { .. } | Action::Quarantine);
    Routing {
        action,
        threading,
        automatic,
        autoreply,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routed(headers: &str) -> Routing {
        let raw = format!("From: a@b.de\n{headers}\n\nx\n");
        let mail = InboundMail::parse(raw.as_bytes()).unwrap();
        let numbers = |n: &str| match n {
            "2026-000001-3" => Lookup::Found(1),
            _ => Lookup::Unknown,
        };
        let ids = |id: &str| (id == "known@k").then_some(1);
        route(&mail, &GateConfig::new("gate@k"), numbers, ids)
    }

    #[test]
    fn a_persons_reply_is_appended_reopens_and_may_be_answered() {
        let r = routed("Subject: Re: [Ticket#2026-000001-3] x\nMessage-ID: <new@c>");
        assert_eq!(
            r.action,
            Action::Append {
                ticket: 1,
                reopen: true
            }
        );
        assert!(r.autoreply);
        assert_eq!(r.automatic, None);
    }

    #[test]
    fn an_automatic_reply_is_appended_without_reopening_or_answer() {
        let r = routed("Subject: [Ticket#2026-000001-3] x\nAuto-Submitted: auto-replied");
        assert_eq!(
            r.action,
            Action::Append {
                ticket: 1,
                reopen: false
            }
        );
        assert!(!r.autoreply);
    }

    #[test]
    fn a_new_message_opens_a_ticket_titled_by_its_subject() {
        let r = routed("Subject: AW: [Ticket#2026-000009-9] [JIRA-1] Drucker");
        assert_eq!(
            r.action,
            Action::Open {
                title: "[JIRA-1] Drucker".into()
            }
        );
        assert!(r.autoreply);
        let bulk = routed("Subject: News\nPrecedence: bulk");
        assert_eq!(
            bulk.action,
            Action::Open {
                title: "News".into()
            }
        );
        assert!(!bulk.autoreply);
    }

    #[test]
    fn our_own_mail_back_without_ticket_is_quarantined() {
        let r = routed("Subject: x\nX-Loop: gate@k");
        assert_eq!(r.action, Action::Quarantine);
        assert!(!r.autoreply);
    }

    #[test]
    fn a_message_seen_before_is_a_duplicate() {
        let r = routed("Subject: x\nMessage-ID: <known@k>");
        assert_eq!(r.action, Action::Duplicate { ticket: 1 });
        assert!(!r.autoreply);
    }
}
