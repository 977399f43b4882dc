//! The ticket record: who asked, in which queue, its articles (every message, call and
//! note in the order they came), the history of its status, priority, owner and queue,
//! its links to other records, and where it went when merged. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::{Priority, TicketNumber, TicketStatus};
use crate::domain::Invalid;

/// A service ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub id: u64,
    pub number: TicketNumber,
    /// The customer it is for, when known.
    pub customer: Option<u64>,
    /// The contact person (name or e-mail) at the customer.
    pub contact: Option<String>,
    /// The address a mail came from (unknown senders are allowed).
    pub sender: Option<String>,
    /// The queue's id.
    pub queue: u64,
    pub priority: Priority,
    pub status: TicketStatus,
    /// The user working on it.
    pub owner: Option<String>,
    pub subject: String,
    pub articles: Vec<Article>,
    pub history: Vec<TicketChange>,
    pub links: Vec<TicketLink>,
    /// The ticket (id) this one was merged into: its articles live on there.
    pub merged_into: Option<u64>,
    /// Reserved by `next ticket` for a user until a moment.
    pub lease: Option<Lease>,
    /// When the running SLA clock that is due first is due, as computed at the last change
    /// (`core::tickets::sla`); `None`: no clock runs with a target (paused, stopped, or no
    /// policy). Only the urgency index reads it; reports always recompute the clocks.
    pub sla_due: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    pub version: u64,
}

/// A user's hold on a ticket until a moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lease {
    pub user: String,
    pub until: OffsetDateTime,
}

impl Ticket {
    /// Whether `user` may take the ticket at `now`: no lease, an expired one, or their own.
    pub fn free_for(&self, user: &str, now: OffsetDateTime) -> bool {
        self.lease
            .as_ref()
            .is_none_or(|lease| lease.until <= now || lease.user == user)
    }
}

/// What an article is: a mail or a call, in or out, or an internal note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ArticleKind {
    MailIn,
    MailOut,
    PhoneIn,
    PhoneOut,
    Note,
}

impl ArticleKind {
    pub const ALL: [ArticleKind; 5] = [
        Self::MailIn,
        Self::MailOut,
        Self::PhoneIn,
        Self::PhoneOut,
        Self::Note,
    ];

    /// The machine name exports write.
    pub fn name(self) -> &'static str {
        match self {
            Self::MailIn => "mail-in",
            Self::MailOut => "mail-out",
            Self::PhoneIn => "phone-in",
            Self::PhoneOut => "phone-out",
            Self::Note => "note",
        }
    }

    /// The kind as a person reads it in the current language.
    pub fn label(self) -> String {
        match self {
            Self::MailIn => crate::t!("domain-article-mail-in"),
            Self::MailOut => crate::t!("domain-article-mail-out"),
            Self::PhoneIn => crate::t!("domain-article-phone-in"),
            Self::PhoneOut => crate::t!("domain-article-phone-out"),
            Self::Note => crate::t!("domain-article-note"),
        }
    }

    /// Whether the customer wrote or called (in) rather than an agent.
    pub fn from_customer(self) -> bool {
        matches!(self, Self::MailIn | Self::PhoneIn)
    }

    /// Whether an agent answered on a channel the customer sees.
    pub fn to_customer(self) -> bool {
        matches!(self, Self::MailOut | Self::PhoneOut)
    }
}

/// One message, call or note of a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Its place in the ticket, from 1.
    pub seq: u32,
    pub kind: ArticleKind,
    /// The user who wrote it, or the sender's address.
    pub author: String,
    pub at: OffsetDateTime,
    pub text: String,
    /// Whether the customer sees it (notes are internal).
    pub public: bool,
    /// An auto-reply or acknowledgement, sent or received by a machine.
    pub automatic: bool,
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub attachments: Vec<AttachmentMeta>,
    /// For a mail out: where the outbox got with it (`None` for calls and notes, and
    /// until the outbox takes it).
    pub delivery: Option<Delivery>,
}

impl Article {
    /// A new article of `kind` (public unless a note), without mail headers.
    pub fn new(kind: ArticleKind, author: &str, at: OffsetDateTime, text: &str) -> Article {
        Article {
            seq: 0,
            kind,
            author: author.trim().to_string(),
            at,
            text: text.trim().to_string(),
            public: kind != ArticleKind::Note,
            automatic: false,
            message_id: None,
            in_reply_to: None,
            references: Vec::new(),
            attachments: Vec::new(),
            delivery: None,
        }
    }
}

/// An attachment's description; the bytes are the `AttachmentBlob` with id `blob`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentMeta {
    pub name: String,
    pub mime: String,
    pub size: u64,
    pub blob: u64,
}

/// The bytes of one attachment, stored as they came, apart from the ticket so a ticket
/// reads fast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentBlob {
    pub id: u64,
    /// The ticket's id and the article's number in it.
    pub ticket: u64,
    pub article: u32,
    pub bytes: Vec<u8>,
    pub version: u64,
}

/// Where the outbox got with a mail out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Delivery {
    Queued,
    Sent { at: OffsetDateTime, reply: String },
    Failed { at: OffsetDateTime, reply: String },
}

/// One change of a ticket's state, who made it and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketChange {
    pub at: OffsetDateTime,
    pub actor: String,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Status {
        from: TicketStatus,
        to: TicketStatus,
    },
    Priority {
        from: Priority,
        to: Priority,
    },
    Owner {
        from: Option<String>,
        to: Option<String>,
    },
    /// Moved between queues (ids).
    Queue {
        from: u64,
        to: u64,
    },
}

/// What a ticket links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LinkKind {
    Interaction,
    Order,
    Invoice,
    Ticket,
}

impl LinkKind {
    pub const ALL: [LinkKind; 4] = [Self::Interaction, Self::Order, Self::Invoice, Self::Ticket];

    pub fn name(self) -> &'static str {
        match self {
            Self::Interaction => "interaction",
            Self::Order => "order",
            Self::Invoice => "invoice",
            Self::Ticket => "ticket",
        }
    }
}

/// A link to another record, by its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TicketLink {
    pub kind: LinkKind,
    pub id: u64,
}

impl Ticket {
    /// A new ticket in `queue`, status new, without articles.
    pub fn new(number: TicketNumber, queue: u64, subject: &str, at: OffsetDateTime) -> Ticket {
        Ticket {
            id: 0,
            number,
            customer: None,
            contact: None,
            sender: None,
            queue,
            priority: Priority::Normal,
            status: TicketStatus::New,
            owner: None,
            subject: subject.trim().to_string(),
            articles: Vec::new(),
            history: Vec::new(),
            links: Vec::new(),
            merged_into: None,
            lease: None,
            sla_due: None,
            created_at: at,
            version: 0,
        }
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        if self.subject.trim().is_empty() {
            return Err(Invalid::new(
                "subject",
                crate::t!("domain-must-not-be-empty"),
            ));
        }
        let empty = |a: &&Article| a.text.trim().is_empty() && a.attachments.is_empty();
        if let Some(empty) = self.articles.iter().find(empty) {
            return Err(Invalid::new(
                "text",
                crate::t!("domain-article-empty", seq = empty.seq),
            ));
        }
        Ok(())
    }

    /// Whether it still needs work and was not merged away.
    pub fn is_open(&self) -> bool {
        self.status.is_open() && self.merged_into.is_none()
    }

    /// Adds an article as the next in order; returns its number in the ticket.
    pub fn push_article(&mut self, mut article: Article) -> u32 {
        let seq = self.articles.iter().map(|a| a.seq).max().unwrap_or(0) + 1;
        article.seq = seq;
        self.articles.push(article);
        seq
    }

    /// Sets the status, noting the change; nothing when it is already so.
    pub fn set_status(&mut self, to: TicketStatus, actor: &str, at: OffsetDateTime) {
        if self.status != to {
            self.note(
                actor,
                at,
                Change::Status {
                    from: self.status,
                    to,
                },
            );
            self.status = to;
        }
    }

    /// Sets the priority, noting the change; nothing when it is already so.
    pub fn set_priority(&mut self, to: Priority, actor: &str, at: OffsetDateTime) {
        if self.priority != to {
            self.note(
                actor,
                at,
                Change::Priority {
                    from: self.priority,
                    to,
                },
            );
            self.priority = to;
        }
    }

    /// Sets the owner (`None`: nobody), noting the change; nothing when it is already so.
    pub fn set_owner(&mut self, to: Option<String>, actor: &str, at: OffsetDateTime) {
        if self.owner != to {
            let from = self.owner.clone();
            self.note(
                actor,
                at,
                Change::Owner {
                    from,
                    to: to.clone(),
                },
            );
            self.owner = to;
        }
    }

    /// Moves the ticket to queue `to`, noting the change; nothing when it is there.
    pub fn set_queue(&mut self, to: u64, actor: &str, at: OffsetDateTime) {
        if self.queue != to {
            self.note(
                actor,
                at,
                Change::Queue {
                    from: self.queue,
                    to,
                },
            );
            self.queue = to;
        }
    }

    fn note(&mut self, actor: &str, at: OffsetDateTime, change: Change) {
        self.history.push(TicketChange {
            at,
            actor: actor.to_string(),
            change,
        });
    }

    /// Adds a link unless it is there already; true when it was added.
    pub fn link(&mut self, link: TicketLink) -> bool {
        if self.links.contains(&link) {
            return false;
        }
        self.links.push(link);
        true
    }

    /// Every Message-ID of its articles (own and replied-to are not the same: only own).
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.articles
            .iter()
            .filter_map(|article| article.message_id.as_deref())
            .map(str::trim)
            .filter(|id| !id.is_empty())
    }

    /// Merges `self` (A) into `into` (B): A's articles are appended to B's in time order
    /// (numbered on after B's own, Message-IDs kept so mail threads now find B), A is closed with
    /// `merged_into` B. The caller stores both in one transaction.
    pub fn merge_into(
        &mut self,
        into: &mut Ticket,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<(), Invalid> {
        if self.id == into.id {
            return Err(Invalid::new(
                "ticket",
                crate::t!("domain-ticket-merge-self"),
            ));
        }
        if into.merged_into.is_some() {
            return Err(Invalid::new(
                "ticket",
                crate::t!(
                    "domain-ticket-merge-merged",
                    number = into.number.to_string()
                ),
            ));
        }
        let mut moved = self.articles.clone();
        moved.sort_by_key(|article| (article.at, article.seq));
        for article in moved {
            into.push_article(article);
        }
        into.link(TicketLink {
            kind: LinkKind::Ticket,
            id: self.id,
        });
        self.link(TicketLink {
            kind: LinkKind::Ticket,
            id: into.id,
        });
        self.set_status(TicketStatus::Closed, actor, at);
        self.merged_into = Some(into.id);
        self.lease = None;
        Ok(())
    }
}
