//! `ticket add`: a new ticket in a queue, numbered from its year's series in the writing
//! transaction, with an optional first article (a call, a note or a mail's text). Room: core.

use time::OffsetDateTime;

use super::append::{NewAttachment, attach};
use super::{queue_named, writable_queue};
use crate::core::{Actor, CoreError};
use crate::domain::ticket::{Article, ArticleKind, Priority, Ticket};
use crate::store::kinds::ticket::next_ticket_number;
use crate::store::{Store, abort};

/// A ticket as asked for.
#[derive(Debug, Clone)]
pub struct NewTicket {
    /// The queue's name.
    pub queue: String,
    pub subject: String,
    /// Number or id of the customer.
    pub customer: Option<String>,
    pub contact: Option<String>,
    pub sender: Option<String>,
    pub priority: Priority,
    pub owner: Option<String>,
    /// The first article (a call, a note, a mail with its headers); its time is the
    /// moment the ticket opens, an empty author is filled in (the sender or contact for
    /// what came in, else the actor).
    pub first: Option<Article>,
    /// The first article's attachments.
    pub attachments: Vec<NewAttachment>,
}

fn given(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_string)
}

pub(super) fn add(
    store: &Store,
    actor: &Actor,
    new: NewTicket,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    let queue = queue_named(store, &new.queue)?;
    let customer = match given(&new.customer) {
        Some(text) => Some(crate::core::payment::customer(store, &text)?.id),
        None => None,
    };
    let contact = given(&new.contact);
    let sender = given(&new.sender);
    let first = new.first.clone().map(|mut article| {
        if article.author.trim().is_empty() {
            let author = match article.kind {
                ArticleKind::Note | ArticleKind::MailOut | ArticleKind::PhoneOut => None,
                ArticleKind::MailIn => sender.clone().or_else(|| contact.clone()),
                ArticleKind::PhoneIn => contact.clone().or_else(|| sender.clone()),
            };
            article.author = author.unwrap_or_else(|| actor.name.clone());
        }
        article.at = now;
        article
    });
    let added = store.transaction(|tx| {
        writable_queue(tx, actor, queue.id)?;
        let number = next_ticket_number(tx, now.year())?;
        let mut ticket = Ticket::new(number, queue.id, &new.subject, now);
        ticket.customer = customer;
        ticket.contact = contact.clone();
        ticket.sender = sender.clone();
        ticket.priority = new.priority;
        ticket.owner = given(&new.owner);
        if let Some(article) = &first {
            ticket.push_article(article.clone());
        }
        // With attachments the blobs need the ticket's id: it is checked once they are
        // described (a mail may be all attachment and no text); a refusal undoes it all.
        let attached = !new.attachments.is_empty();
        super::sla::stamp(tx, &mut ticket, now)?;
        if !attached {
            ticket.validate().or_else(abort)?;
        }
        tx.insert(&mut ticket)?;
        if attached {
            let id = ticket.id;
            if let Some(article) = ticket.articles.first_mut() {
                attach(tx, id, article, &new.attachments)?;
            }
            ticket.validate().or_else(abort)?;
            tx.update(&mut ticket, None)?;
        }
        Ok(ticket)
    })?;
    Ok(added)
}
