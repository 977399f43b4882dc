//! A logged call on a ticket (`interaction add … --ticket N | --new-ticket QUEUE`, the
//! caller lookup's "log call"): the interaction becomes an article — a call in is the
//! customer's message (`PhoneIn`: it restarts the next-response clock, and a ticket that
//! was waiting, resolved or closed is open again), a call out an answer (`PhoneOut`) — and
//! the ticket links the interaction. Or the call opens a new ticket in a queue, titled by
//! the call's subject, for the interaction's customer and contact. `check` refuses a bad
//! target before the interaction is written. Room: core.

use time::OffsetDateTime;

use super::{NewTicket, add, change_ticket, queue_named, surviving, ticket_by_number_text};
use crate::core::access::{Access, require_queue};
use crate::core::{Actor, CoreError};
use crate::domain::interaction::Channel;
use crate::domain::ticket::{
    Article, ArticleKind, LinkKind, Priority, Queue, Ticket, TicketLink, TicketStatus,
};
use crate::domain::{Interaction, Invalid};
use crate::store::Store;

/// Which ticket a call goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallTarget {
    /// An existing ticket, by number as typed.
    Ticket(String),
    /// A new ticket in the queue of this name.
    New { queue: String },
}

/// Refuses a target the actor may not write a call on (unknown ticket or queue, a queue
/// they are no agent of) and a channel (as typed) that is no call — before anything is
/// written.
pub fn check(
    store: &Store,
    actor: &Actor,
    channel: &str,
    target: &CallTarget,
) -> Result<(), CoreError> {
    if let Ok(channel) = Channel::parse(channel) {
        call_kind(channel)?;
    }
    let queue = match target {
        CallTarget::Ticket(number) => {
            let ticket = surviving(store, ticket_by_number_text(store, number)?)?;
            store.require::<Queue>(ticket.queue)?
        }
        CallTarget::New { queue } => queue_named(store, queue)?,
    };
    require_queue(actor, &queue, Access::Write)
}

/// The article kind of a call on `channel`; refused for what is not a call.
fn call_kind(channel: Channel) -> Result<ArticleKind, Invalid> {
    match channel {
        Channel::CallIn => Ok(ArticleKind::PhoneIn),
        Channel::CallOut => Ok(ArticleKind::PhoneOut),
        _ => Err(Invalid::new(
            "channel",
            crate::t!("ticket-mail-call-not-a-call"),
        )),
    }
}

/// The article of the call `interaction`: what was said and what came of it, dated when
/// the call was; by the contact for a call in, by the agent for a call out.
pub fn article(interaction: &Interaction) -> Result<Article, Invalid> {
    let kind = call_kind(interaction.channel)?;
    let parts = [&interaction.body, &interaction.outcome];
    let mut text: Vec<&str> = parts
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect();
    if text.is_empty() {
        text.push(interaction.subject.trim());
    }
    let author = match (kind, interaction.contact.trim()) {
        (ArticleKind::PhoneIn, contact) if !contact.is_empty() => contact,
        _ => interaction.agent.as_str(),
    };
    Ok(Article::new(kind, author, interaction.at, &text.join("\n")))
}

fn link(interaction: &Interaction) -> TicketLink {
    TicketLink {
        kind: LinkKind::Interaction,
        id: interaction.id,
    }
}

/// Puts the logged call `interaction` on its target; the ticket as stored.
pub(super) fn log_call(
    store: &Store,
    actor: &Actor,
    interaction: u64,
    target: &CallTarget,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    let interaction = store.require::<Interaction>(interaction)?;
    let article = article(&interaction)?;
    let number = match target {
        CallTarget::Ticket(number) => number.clone(),
        CallTarget::New { queue } => {
            let contact = interaction.contact.trim();
            let new = NewTicket {
                queue: queue.clone(),
                subject: interaction.subject.clone(),
                customer: Some(interaction.customer_id.to_string()),
                contact: (!contact.is_empty()).then(|| contact.to_string()),
                sender: None,
                priority: Priority::Normal,
                owner: None,
                first: Some(article.clone()),
                attachments: Vec::new(),
            };
            let opened = add::add(store, actor, new, now)?;
            return change_ticket(
                store,
                actor,
                &opened.number.to_string(),
                now,
                |_, ticket| {
                    ticket.link(link(&interaction));
                    Ok(())
                },
            );
        }
    };
    change_ticket(store, actor, &number, now, |_, ticket| {
        ticket.push_article(article.clone());
        ticket.link(link(&interaction));
        let waiting = !matches!(ticket.status, TicketStatus::New | TicketStatus::Open);
        if article.kind.from_customer() && waiting {
            ticket.set_status(TicketStatus::Open, &actor.name, now);
        }
        Ok(())
    })
}
