//! Which ticket an incoming message belongs to. Room: mail (pure; the caller hands in the
//! look-ups, so the decision is testable without a store).
//!
//! The rules, first match wins:
//! 1. kontor's own tag in the subject (`[Ticket#2026-000123-7]`). A tag whose number is
//!    invalid (wrong check character) or unknown is passed over — it may be a typo, a tag
//!    copied from another mail or one of another kontor — and the next tag, then the
//!    headers decide; what was passed over is reported for the article's record.
//! 2. In-Reply-To: the Message-ID it names, if it is one of a ticket's articles.
//! 3. References, newest (last) first.
//! 4. Otherwise the message opens a new ticket.
//!
//! kontor's own mail carries the outbox's Message-IDs (`core::outbox`), recorded bare on
//! the ticket's article, so rules 2 and 3 find a reply to it.
//!
//! Outlook's Thread-Index is not used: Outlook writes In-Reply-To and References too, and a
//! Thread-Index alone cannot be matched to a message kontor sent.

use super::inbound::InboundMail;
use super::subject::own_tags;

/// What the ticket numbers' look-up says about a number taken from a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// A ticket with this number exists: its record id.
    Found(u64),
    /// The number is well formed but no ticket has it.
    Unknown,
    /// Not a valid ticket number (its check character is wrong).
    Invalid,
}

/// The rule that decided, with what it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    Tag { ticket: u64, number: String },
    InReplyTo { ticket: u64, message_id: String },
    References { ticket: u64, message_id: String },
    New,
}

/// A tag of kontor's shape in the subject that did not lead to a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassedOver {
    pub number: String,
    pub lookup: Lookup,
}

/// The threading decision for one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Threading {
    pub rule: Rule,
    pub passed_over: Vec<PassedOver>,
}

impl Threading {
    /// The ticket the message belongs to; `None` for a new ticket.
    pub fn ticket(&self) -> Option<u64> {
        match &self.rule {
            Rule::Tag { ticket, .. }
            | Rule::InReplyTo { ticket, .. }
            | Rule::References { ticket, .. } => Some(*ticket),
            Rule::New => None,
        }
    }
}

impl Rule {
    /// The machine name, as the article records it and exports write it.
    pub fn name(&self) -> &'static str {
        match self {
            Rule::Tag { .. } => "tag",
            Rule::InReplyTo { .. } => "in-reply-to",
            Rule::References { .. } => "references",
            Rule::New => "new",
        }
    }

    /// How a person reads it on the article.
    pub fn describe(&self) -> String {
        match self {
            Rule::Tag { number, .. } => crate::t!("mailgate-rule-tag", number = number.as_str()),
            Rule::InReplyTo { message_id, .. } => {
                crate::t!("mailgate-rule-in-reply-to", id = message_id.as_str())
            }
            Rule::References { message_id, .. } => {
                crate::t!("mailgate-rule-references", id = message_id.as_str())
            }
            Rule::New => crate::t!("mailgate-rule-new"),
        }
    }
}

/// Decides which ticket `mail` belongs to. `word` is the configured tag word;
/// `by_number` looks up a tag's number text, `by_message_id` a Message-ID (without angle
/// brackets) among the articles of all tickets, giving the ticket's record id.
pub fn thread(
    mail: &InboundMail,
    word: &str,
    by_number: impl Fn(&str) -> Lookup,
    by_message_id: impl Fn(&str) -> Option<u64>,
) -> Threading {
    let mut passed_over = Vec::new();
    for number in own_tags(&mail.subject, word) {
        match by_number(&number) {
            Lookup::Found(ticket) => {
                return Threading {
                    rule: Rule::Tag { ticket, number },
                    passed_over,
                };
            }
            lookup => passed_over.push(PassedOver { number, lookup }),
        }
    }
    let rule = if let Some((ticket, id)) = mail
        .in_reply_to
        .iter()
        .find_map(|id| by_message_id(id).map(|ticket| (ticket, id)))
    {
        Rule::InReplyTo {
            ticket,
            message_id: id.clone(),
        }
    } else if let Some((ticket, id)) = mail
        .references
        .iter()
        .rev()
        .find_map(|id| by_message_id(id).map(|ticket| (ticket, id)))
    {
        Rule::References {
            ticket,
            message_id: id.clone(),
        }
    } else {
        Rule::New
    };
    Threading { rule, passed_over }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(headers: &str) -> InboundMail {
        InboundMail::parse(format!("From: a@b.de\n{headers}\n\nx\n").as_bytes()).unwrap()
    }

    fn numbers(number: &str) -> Lookup {
        match number {
            "2026-000001-3" => Lookup::Found(1),
            "2026-000002-6" => Lookup::Found(2),
            "2026-000009-9" => Lookup::Unknown,
            _ => Lookup::Invalid,
        }
    }

    fn ids(id: &str) -> Option<u64> {
        match id {
            "a@k" => Some(10),
            "b@k" => Some(20),
            _ => None,
        }
    }

    #[test]
    fn the_tag_goes_before_the_headers() {
        let m = mail("Subject: AW: [Ticket#2026-000002-6] x\nIn-Reply-To: <a@k>");
        let t = thread(&m, "Ticket", numbers, ids);
        assert_eq!(
            t.rule,
            Rule::Tag {
                ticket: 2,
                number: "2026-000002-6".into()
            }
        );
        assert!(t.passed_over.is_empty());
        assert_eq!(t.ticket(), Some(2));
    }

    #[test]
    fn a_bad_tag_falls_through_to_the_next_tag_and_is_reported() {
        let m =
            mail("Subject: [Ticket#2026-000001-4] [Ticket#2026-000009-9] [Ticket#2026-000001-3]");
        let t = thread(&m, "Ticket", numbers, ids);
        assert_eq!(t.ticket(), Some(1));
        assert_eq!(
            t.passed_over,
            [
                PassedOver {
                    number: "2026-000001-4".into(),
                    lookup: Lookup::Invalid
                },
                PassedOver {
                    number: "2026-000009-9".into(),
                    lookup: Lookup::Unknown
                }
            ]
        );
    }

    #[test]
    fn references_are_tried_newest_first() {
        let m = mail("Subject: x\nIn-Reply-To: <zzz@elsewhere>\nReferences: <a@k> <b@k> <c@x>");
        let t = thread(&m, "Ticket", numbers, ids);
        assert_eq!(
            t.rule,
            Rule::References {
                ticket: 20,
                message_id: "b@k".into()
            }
        );
        assert_eq!(t.rule.name(), "references");
    }

    #[test]
    fn our_message_ids_are_read_back_by_in_reply_to() {
        // The outbox's form (core::outbox): kontor.{database}.{outbox id}@{mail_domain}.
        let id = "kontor.tpm900.4@kontor.test".to_string();
        let m = mail(&format!("Subject: Re: x\nIn-Reply-To: <{id}>"));
        let t = thread(&m, "Ticket", numbers, |seen| (seen == id).then_some(1));
        assert_eq!(
            t.rule,
            Rule::InReplyTo {
                ticket: 1,
                message_id: id.clone()
            }
        );
    }

    #[test]
    fn nothing_known_is_a_new_ticket() {
        let m = mail("Subject: [Ticket#2026-000009-9] x\nReferences: <c@x>");
        let t = thread(&m, "Ticket", numbers, ids);
        assert_eq!(t.rule, Rule::New);
        assert_eq!(t.ticket(), None);
        assert_eq!(t.passed_over.len(), 1);
    }
}
