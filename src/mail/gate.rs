//! `kontor mailgate`'s work on one message, after it was read: the routing decision
//! (`routing::route`) carried out on the store as the user `mailgate`. Room: mail (an
//! adapter over core: every change goes through `core::execute`, audited).
//!
//! - Larger than `mail_max_message_bytes`, unreadable, kontor's own mail back, meant for a
//!   queue that does not exist, or refused by the core: kept in quarantine (never lost,
//!   never bounced); reprocessing runs this same path again.
//! - A new ticket's customer is the one with the sender's address (folded, exact), its own
//!   or a contact's (then the contact is named); unknown senders open tickets too.
//! - Attachments up to `mail_max_attachment_bytes` are stored; larger ones are dropped and
//!   listed in the article's text with their size.
//! - A mail to a **closed** ticket follows its queue's `after_close`: `reopen` appends and
//!   reopens; `new-ticket` opens a new ticket linked to the closed one; `refuse` keeps a
//!   person's mail in quarantine (reason: the closed ticket) — no bounce, exit 0. Automatic
//!   mail to a closed ticket is appended and never reopens. A resolved ticket reopens.
//! - Acknowledgements (new tickets of a queue that wants them) and reopenings spend the
//!   sender's hourly budget (`mail_auto_per_hour`); automatic mail never gets either.
//!
//! Only temporary failures of the store (busy, disk full, sled) come back as errors: the
//! caller answers EX_TEMPFAIL and the MTA delivers again; a message stored before the
//! failure is then recognised by its Message-ID.
//!
//! - A reply to a double opt-in's confirmation mail (by In-Reply-To / References or the
//!   token in its subject) is checked BEFORE ticket routing and is never a ticket: it
//!   confirms the consent (`core::consent_optin::confirm_by_reply`), or is kept in
//!   quarantine with the reason it did not (automatic, another sender, expired).
//!
//! - Mail back from a marketing mailing (bounces, ARF complaints, mail to the unsubscribe
//!   address) is checked before that and is never a ticket either (`reports`).
//! - A person's reply to a marketing mail is attributed to its campaign first
//!   (`mailing_reply`) and becomes no ticket unless it threads to an existing one.
//!
//! Each step is its own transaction (the ticket, then a reopening, then the
//! acknowledgement with the budget — queued in the outbox and recorded as the ticket's
//! automatic mail-out article, so replies to it thread by its Message-ID): a crash between
//! them leaves the ticket without its acknowledgement, never an acknowledgement without a
//! ticket.

use std::cell::RefCell;

use time::OffsetDateTime;

use super::inbound::{InboundMail, Party};
use super::reports::{Returned, Verdict};
use super::routing::{Action, GateConfig, route};
use super::subject::{DEFAULT_TAG_WORD, subject_with_tag};
use super::threading::Lookup;
use crate::core::consent_optin::Reply;
use crate::core::mail_settings::MailSettings;
use crate::core::mailgate::{GateSettings, quarantine, spend_auto};
use crate::core::mailing_reply::Attributed;
use crate::core::outbox::{self, Draft};
use crate::core::tickets::mail_out::{ORIGIN as TICKET_ORIGIN, record_acknowledgement};
use crate::core::tickets::{
    self, LinkTarget, NewAttachment, NewTicket, TicketCommand, ticket_by_message_id,
};
use crate::core::{Actor, Clock, Command, CoreError, execute};
use crate::domain::fold::fold;
use crate::domain::mail_quarantine::{QuarantineReason, QuarantinedMail};
use crate::domain::outbox::Origin;
use crate::domain::ticket::{
    AfterClose, Article, ArticleKind, LinkKind, Priority, Queue, Ticket, TicketNumber, TicketStatus,
};
use crate::store::kinds::customer::by_email_prefix;
use crate::store::{Store, StoreError};

/// The name the mailgate acts and audits under.
pub const ACTOR: &str = "mailgate";

/// What became of an acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ack {
    /// Queued in the outbox as message `id`.
    Queued(u64),
    /// Not asked for: the queue sends none, or the mail was not a new ticket.
    None,
    /// The mail was automatic (the loop guard's verdict).
    Automatic,
    /// The sender's hourly budget is spent.
    OverBudget,
    /// Mail out is not set up (why).
    NotSent(String),
}

/// What the mailgate did with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    Filed {
        ticket: TicketNumber,
        article: u32,
        opened: bool,
        reopened: bool,
        ack: Ack,
        /// Attachments dropped for their size.
        dropped: usize,
    },
    /// Its Message-ID is already an article of this ticket: nothing stored.
    Duplicate { ticket: TicketNumber },
    /// A reply to a confirmation mail confirmed consent request `request` (event `event`).
    ConsentConfirmed { request: u64, event: u64 },
    /// Mail back from a mailing: a bounce, a complaint, an unsubscribe (`reports`).
    Returned(Returned),
    /// A person's reply to a marketing mail, attributed (`mailing_reply`); filed on
    /// `ticket` only when it threads to one.
    Replied {
        attributed: Attributed,
        ticket: Option<TicketNumber>,
    },
    /// Kept in quarantine as `id`; `why` as a person reads it.
    Quarantined {
        id: u64,
        reason: QuarantineReason,
        why: String,
    },
}

/// Files one message meant for `queue`: `raw` as read (at most `mail_max_message_bytes`
/// of it are kept when it is larger), `size` the message's whole size. What it wrote is
/// flushed to disk before it returns: the caller may tell the mail system it is stored.
pub fn receive(
    store: &Store,
    now: OffsetDateTime,
    queue: &str,
    raw: &[u8],
    size: u64,
) -> Result<Received, CoreError> {
    let received = file_message(store, now, queue, raw, size)?;
    store.flush()?;
    Ok(received)
}

fn file_message(
    store: &Store,
    now: OffsetDateTime,
    queue: &str,
    raw: &[u8],
    size: u64,
) -> Result<Received, CoreError> {
    let settings = GateSettings::load(store)?;
    let keep = |reason: QuarantineReason, detail: String, raw: &[u8]| {
        let kept = quarantine(
            store,
            &QuarantinedMail {
                id: 0,
                queue: queue.trim().to_string(),
                received_at: now,
                reason: reason.clone(),
                detail,
                size,
                raw: raw.to_vec(),
                version: 0,
            },
        )?;
        Ok(Received::Quarantined {
            id: kept.id,
            why: crate::core::mailgate::reason_text(&kept),
            reason,
        })
    };
    if size > settings.max_message {
        let cut = usize::try_from(settings.max_message).unwrap_or(usize::MAX);
        let reason = QuarantineReason::TooLarge {
            size,
            max: settings.max_message,
        };
        return keep(reason, String::new(), raw.get(..cut).unwrap_or(raw));
    }
    let mail = match InboundMail::parse(raw) {
        Ok(mail) => mail,
        Err(why) => return keep(QuarantineReason::Unreadable, why.to_string(), raw),
    };
    let replied = match super::mailing_reply::replied_send(store, &mail)? {
        Some(send) => Some(super::mailing_reply::attribute_reply(
            store, &send, &mail, now,
        )?),
        None => None,
    };
    match super::reports::returned(store, now, raw, &mail)? {
        Some(Verdict::Done(returned)) => return Ok(Received::Returned(returned)),
        Some(Verdict::Keep(why)) => return keep(QuarantineReason::Refused, why, raw),
        None => {}
    }
    match super::optin_reply::consent_reply(store, now, &mail)? {
        Some(Reply::Confirmed { request, event }) => {
            return Ok(Received::ConsentConfirmed { request, event });
        }
        Some(Reply::Refused { why, .. }) => return keep(QuarantineReason::Refused, why, raw),
        None => {}
    }
    let gate = Gate {
        store,
        now,
        queue,
        settings,
        mail: &mail,
        replied: replied.as_ref(),
    };
    match gate.file() {
        Ok(Filing::Done(received)) => Ok(received),
        Ok(Filing::Keep(reason)) => keep(reason, String::new(), raw),
        Err(error) if temporary(&error) => Err(error),
        Err(error) => keep(QuarantineReason::Refused, error.to_string(), raw),
    }
}

/// Runs quarantined message `id` through the mailgate again (with today's queues and
/// settings); it leaves the quarantine unless it is kept again (then as a new entry).
pub fn reprocess(
    store: &Store,
    actor: &Actor,
    id: u64,
    now: OffsetDateTime,
) -> Result<Received, CoreError> {
    let kept = crate::core::mailgate::quarantined_mail(store, actor, id)?;
    crate::core::access::require(
        actor,
        crate::core::access::Area::Service,
        crate::core::access::Access::Write,
    )?;
    let received = receive(store, now, &kept.queue, &kept.raw, kept.size)?;
    crate::core::mailgate::delete_quarantined(store, actor, id)?;
    store.flush()?;
    Ok(received)
}

/// `reprocess`, its outcome in words (`report`): what `core::mailgate::set_reprocessor`
/// takes.
pub fn reprocess_words(
    store: &Store,
    actor: &Actor,
    id: u64,
    now: OffsetDateTime,
) -> Result<String, CoreError> {
    reprocess(store, actor, id, now).map(|received| report(&received))
}

/// Whether the failure may pass when the MTA tries again.
pub fn temporary(error: &CoreError) -> bool {
    matches!(
        error,
        CoreError::Changed { .. }
            | CoreError::Store(
                StoreError::InUse(_)
                    | StoreError::Open(..)
                    | StoreError::DiskFull
                    | StoreError::Sled(_)
                    | StoreError::Stale { .. }
            )
    )
}

enum Filing {
    Done(Received),
    Keep(QuarantineReason),
}

struct Gate<'a> {
    store: &'a Store,
    now: OffsetDateTime,
    queue: &'a str,
    settings: GateSettings,
    mail: &'a InboundMail,
    /// The reply to a marketing mail this is, attributed: not a ticket of its own.
    replied: Option<&'a Attributed>,
}

impl Gate<'_> {
    fn actor(&self) -> Actor {
        Actor::local(ACTOR)
    }

    fn run(&self, command: TicketCommand) -> Result<Ticket, CoreError> {
        let event = execute(
            self.store,
            &Clock::pinned(self.now),
            &self.actor(),
            Command::Ticket(command),
        )?;
        match event {
            crate::core::Event::Ticket(ticket) => Ok(*ticket),
            _ => Err(CoreError::Refused(String::new())),
        }
    }

    fn file(&self) -> Result<Filing, CoreError> {
        let mail_settings = MailSettings::load(self.store)?;
        let config = GateConfig {
            tag_word: DEFAULT_TAG_WORD.to_string(),
            own_loop: mail_settings.loop_tag.clone(),
        };
        let failure: RefCell<Option<CoreError>> = RefCell::new(None);
        let note = |error: CoreError| {
            failure.borrow_mut().get_or_insert(error);
        };
        let by_number = |text: &str| match TicketNumber::parse(text) {
            Err(_) => Lookup::Invalid,
            Ok(number) => match tickets::ticket_by_number(self.store, number) {
                Ok(Some(ticket)) => match tickets::surviving(self.store, ticket) {
                    Ok(ticket) => Lookup::Found(ticket.id),
                    Err(error) => {
                        note(error);
                        Lookup::Unknown
                    }
                },
                Ok(None) => Lookup::Unknown,
                Err(error) => {
                    note(error);
                    Lookup::Unknown
                }
            },
        };
        let by_message_id = |id: &str| match ticket_by_message_id(self.store, id)
            .and_then(|found| found.map(|t| tickets::surviving(self.store, t)).transpose())
        {
            Ok(found) => found.map(|ticket| ticket.id),
            Err(error) => {
                note(error);
                None
            }
        };
        let routing = route(self.mail, &config, by_number, by_message_id);
        if let Some(error) = failure.into_inner() {
            return Err(error);
        }
        let autoreply = routing.autoreply;
        let automatic = routing.automatic.is_some();
        match routing.action {
            Action::Duplicate { ticket } => Ok(Filing::Done(Received::Duplicate {
                ticket: self.store.require::<Ticket>(ticket)?.number,
            })),
            Action::Quarantine => Ok(Filing::Keep(QuarantineReason::OwnLoop)),
            Action::Open { .. } if self.replied.is_some() => Ok(self.as_reply(None)),
            Action::Open { title } => {
                let Ok(queue) = tickets::queue_named(self.store, self.queue) else {
                    return Ok(Filing::Keep(QuarantineReason::UnknownQueue));
                };
                self.open(&queue, &title, None, (automatic, autoreply), &mail_settings)
            }
            Action::Append { ticket, reopen } => {
                let ticket = self.store.require::<Ticket>(ticket)?;
                let queue = self.store.require::<Queue>(ticket.queue)?;
                match (ticket.status, queue.after_close, reopen) {
                    (TicketStatus::Closed, AfterClose::NewTicket, true) => {
                        let title =
                            super::subject::without_own_tags(&self.mail.subject, DEFAULT_TAG_WORD);
                        self.open(
                            &queue,
                            &title,
                            Some(&ticket),
                            (automatic, autoreply),
                            &mail_settings,
                        )
                    }
                    (TicketStatus::Closed, AfterClose::Refuse, true) => {
                        Ok(Filing::Keep(QuarantineReason::ClosedTicket {
                            number: ticket.number.to_string(),
                        }))
                    }
                    _ => match (self.append(&ticket, automatic, reopen)?, self.replied) {
                        (Filing::Done(Received::Filed { ticket, .. }), Some(_)) => {
                            Ok(self.as_reply(Some(ticket)))
                        }
                        (filing, _) => Ok(filing),
                    },
                }
            }
        }
    }

    /// What became of a reply to a marketing mail (filed on `ticket`, if any).
    fn as_reply(&self, ticket: Option<TicketNumber>) -> Filing {
        match self.replied {
            Some(attributed) => Filing::Done(Received::Replied {
                attributed: attributed.clone(),
                ticket,
            }),
            None => Filing::Keep(QuarantineReason::Unreadable),
        }
    }

    /// The article of the message, with its attachments (those within the limit) and how
    /// many were dropped.
    fn article(&self, automatic: bool) -> (Article, Vec<NewAttachment>, usize) {
        let mail = self.mail;
        let mut text = mail.text.trim().to_string();
        let mut kept = Vec::new();
        let mut dropped = 0;
        for (n, attachment) in mail.attachments.iter().enumerate() {
            let name = attachment
                .name
                .clone()
                .filter(|name| !name.trim().is_empty())
                .unwrap_or_else(|| format!("attachment-{}", n + 1));
            let size = u64::try_from(attachment.bytes.len()).unwrap_or(u64::MAX);
            if size > self.settings.max_attachment {
                dropped += 1;
                let line = crate::t!(
                    "mailgate-attachment-dropped",
                    name = name.as_str(),
                    size = crate::lang::format::decimal(rust_decimal::Decimal::from(size)),
                    max = crate::lang::format::decimal(rust_decimal::Decimal::from(
                        self.settings.max_attachment
                    ))
                );
                text = format!("{text}\n\n{line}").trim().to_string();
            } else {
                kept.push(NewAttachment {
                    name,
                    mime: attachment.mime_type.clone(),
                    bytes: attachment.bytes.clone(),
                });
            }
        }
        if text.is_empty() && kept.is_empty() {
            text = crate::t!("mailgate-empty-text");
        }
        let mut article = Article::new(ArticleKind::MailIn, &author(&mail.from), self.now, &text);
        article.automatic = automatic;
        article.message_id = mail.message_id.clone();
        article.in_reply_to = mail.in_reply_to.clone();
        article.references = mail.references.clone();
        (article, kept, dropped)
    }

    fn append(&self, ticket: &Ticket, automatic: bool, reopen: bool) -> Result<Filing, CoreError> {
        let (article, attachments, dropped) = self.article(automatic);
        let number = ticket.number.to_string();
        let appended = self.run(TicketCommand::Append {
            ticket: number.clone(),
            article: Box::new(article),
            attachments,
        })?;
        let seq = appended.articles.iter().map(|a| a.seq).max().unwrap_or(0);
        let reopened = reopen && !appended.status.is_open() && self.spend()?;
        if reopened {
            self.run(TicketCommand::Status {
                ticket: number,
                status: TicketStatus::Open,
            })?;
        }
        Ok(Filing::Done(Received::Filed {
            ticket: appended.number,
            article: seq,
            opened: false,
            reopened,
            ack: Ack::None,
            dropped,
        }))
    }

    fn open(
        &self,
        queue: &Queue,
        title: &str,
        follows: Option<&Ticket>,
        (automatic, autoreply): (bool, bool),
        mail_settings: &MailSettings,
    ) -> Result<Filing, CoreError> {
        let (article, attachments, dropped) = self.article(automatic);
        let (customer, contact) = self.customer()?;
        let title = match title.trim() {
            "" => crate::t!("mailgate-no-subject"),
            title => title.to_string(),
        };
        let opened = self.run(TicketCommand::Add(Box::new(NewTicket {
            queue: queue.name.clone(),
            subject: title,
            customer,
            contact,
            sender: Some(self.mail.from.address.clone()),
            priority: Priority::Normal,
            owner: None,
            first: Some(article),
            attachments,
        })))?;
        if let Some(closed) = follows {
            self.run(TicketCommand::Link {
                ticket: opened.number.to_string(),
                target: LinkTarget {
                    kind: LinkKind::Ticket,
                    reference: closed.number.to_string(),
                },
            })?;
        }
        let ack = match (queue.acknowledge, autoreply) {
            (false, _) => Ack::None,
            (true, false) => Ack::Automatic,
            (true, true) => self.acknowledge(queue, &opened, mail_settings)?,
        };
        Ok(Filing::Done(Received::Filed {
            ticket: opened.number,
            article: 1,
            opened: true,
            reopened: false,
            ack,
            dropped,
        }))
    }

    /// The customer (number) and contact (name) whose address the sender's is.
    fn customer(&self) -> Result<(Option<String>, Option<String>), CoreError> {
        let address = fold(self.mail.from.address.trim());
        for found in by_email_prefix(self.store, &address)? {
            let found = found?;
            if !found.exact {
                continue;
            }
            let Some(customer) = self.store.get::<crate::domain::Customer>(found.id)? else {
                continue;
            };
            let contact = customer
                .contacts
                .iter()
                .find(|c| c.emails.iter().any(|e| fold(e.trim()) == address))
                .map(|c| c.name.clone());
            return Ok((Some(customer.number.clone()), contact));
        }
        Ok((None, None))
    }

    /// Takes one automatic reaction from the sender's budget.
    fn spend(&self) -> Result<bool, CoreError> {
        let sender = self.mail.from.address.clone();
        let per_hour = self.settings.auto_per_hour;
        Ok(self
            .store
            .transaction(|tx| spend_auto(tx, &sender, per_hour, self.now))?)
    }

    fn acknowledge(
        &self,
        queue: &Queue,
        ticket: &Ticket,
        settings: &MailSettings,
    ) -> Result<Ack, CoreError> {
        let number = ticket.number.to_string();
        let body = match queue.acknowledge_template.as_deref().map(str::trim) {
            Some(template) if !template.is_empty() => template
                .replace("{number}", &number)
                .replace("{subject}", &ticket.subject),
            _ => crate::t!(
                "mailgate-ack-body",
                number = number.as_str(),
                subject = ticket.subject.as_str()
            ),
        };
        let draft = Draft {
            to: vec![self.mail.from.address.clone()],
            subject: subject_with_tag(&ticket.subject, &number, DEFAULT_TAG_WORD),
            body: format!("{}\n", body.trim_end()),
            in_reply_to: self.mail.message_id.as_deref().map(bracketed),
            references: self
                .mail
                .references
                .iter()
                .chain(&self.mail.message_id)
                .map(|id| bracketed(id))
                .collect(),
            auto_submitted: true,
            // The acknowledgement becomes the ticket's automatic mail-out article (below), on
            // which its delivery state is mirrored by its Message-ID.
            origin: Some(Origin {
                kind: TICKET_ORIGIN.to_string(),
                id: ticket.id,
                seq: 0,
            }),
            ..Draft::default()
        };
        if let Err(why) = outbox::check(settings, &draft) {
            return Ok(Ack::NotSent(why.to_string()));
        }
        let sender = self.mail.from.address.clone();
        let per_hour = self.settings.auto_per_hour;
        let queued = self.store.transaction(|tx| {
            if !spend_auto(tx, &sender, per_hour, self.now)? {
                return Ok(None);
            }
            let mail = outbox::enqueue_in(tx, settings, self.now, &draft)?;
            record_acknowledgement(tx, ticket.id, &mail, &self.actor().name, self.now)?;
            Ok(Some(mail))
        })?;
        Ok(queued.map_or(Ack::OverBudget, |mail| Ack::Queued(mail.id)))
    }
}

/// What the mailgate did, in one line a person reads (the mail system's log keeps it).
pub fn report(received: &Received) -> String {
    match received {
        Received::Filed {
            ticket,
            article,
            opened,
            reopened,
            ack,
            dropped,
        } => {
            let ticket = ticket.to_string();
            let mut parts = vec![match opened {
                true => crate::t!("mailgate-opened", ticket = ticket.as_str()),
                false => crate::t!(
                    "mailgate-appended",
                    ticket = ticket.as_str(),
                    article = *article
                ),
            }];
            if *reopened {
                parts.push(crate::t!("mailgate-reopened"));
            }
            match ack {
                Ack::Queued(id) => {
                    parts.push(crate::t!("mailgate-ack-queued", id = id.to_string()))
                }
                Ack::None => {}
                Ack::Automatic => parts.push(crate::t!("mailgate-ack-automatic")),
                Ack::OverBudget => parts.push(crate::t!("mailgate-ack-over-budget")),
                Ack::NotSent(why) => {
                    parts.push(crate::t!("mailgate-ack-not-sent", why = why.as_str()))
                }
            }
            if *dropped > 0 {
                parts.push(crate::t!("mailgate-dropped", count = *dropped));
            }
            parts.join("; ")
        }
        Received::Duplicate { ticket } => {
            crate::t!("mailgate-duplicate", ticket = ticket.to_string())
        }
        Received::ConsentConfirmed { request, event } => crate::t!(
            "consent-reply-confirmed",
            request = request.to_string(),
            event = event.to_string()
        ),
        Received::Returned(returned) => super::reports::words(returned),
        Received::Replied { attributed, ticket } => {
            super::mailing_reply::words(attributed, ticket.map(|t| t.to_string()).as_deref())
        }
        Received::Quarantined { id, why, .. } => crate::t!(
            "mailgate-quarantined",
            id = id.to_string(),
            reason = why.as_str()
        ),
    }
}

/// A Message-ID as headers write it: `<id>`.
fn bracketed(id: &str) -> String {
    format!("<{id}>")
}

/// What the mailgate did, for machines (`--format json`).
pub fn report_json(received: &Received) -> serde_json::Value {
    match received {
        Received::Filed {
            ticket,
            article,
            opened,
            reopened,
            ack,
            dropped,
        } => {
            let (ack, outbox) = match ack {
                Ack::Queued(id) => ("queued", Some(*id)),
                Ack::None => ("none", None),
                Ack::Automatic => ("automatic", None),
                Ack::OverBudget => ("over-budget", None),
                Ack::NotSent(_) => ("not-sent", None),
            };
            serde_json::json!({
                "status": "filed", "ticket": ticket.to_string(), "article": article,
                "opened": opened, "reopened": reopened, "ack": ack, "outbox": outbox,
                "dropped": dropped,
            })
        }
        Received::Duplicate { ticket } => {
            serde_json::json!({"status": "duplicate", "ticket": ticket.to_string()})
        }
        Received::ConsentConfirmed { request, event } => {
            serde_json::json!({"status": "consent-confirmed", "request": request, "event": event})
        }
        Received::Returned(returned) => super::reports::json(returned),
        Received::Replied { attributed, ticket } => {
            super::mailing_reply::json(attributed, ticket.map(|t| t.to_string()).as_deref())
        }
        Received::Quarantined { id, reason, why } => {
            serde_json::json!({"status": "quarantined", "quarantine": id, "reason": reason.name(), "why": why})
        }
    }
}

/// `Name <address>`, or the address alone.
fn author(party: &Party) -> String {
    match party.name.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => format!("{name} <{}>", party.address),
        _ => party.address.clone(),
    }
}
