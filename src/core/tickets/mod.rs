//! Service tickets (`kontor ticket …`) and their queues (`kontor queue …`): the commands
//! (one file per operation), the reads (`show`, `list`) and the lookups the mailgate and
//! the caller lookup use. Every change is one store transaction, audited through
//! `execute`; tickets need the service right and, for agents, membership of the ticket's
//! queue (`access::serves`), checked inside the transaction that writes. A ticket merged
//! into another is looked up as that other one. Room: core.

mod add;
mod append;
mod assign;
pub mod calls;
mod link;
mod list;
pub mod mail_out;
mod merge;
mod next;
mod note;
mod priority;
pub mod queues;
mod reply;
mod show;
mod sla;
mod status;
pub mod templates;

pub use add::NewTicket;
pub use append::NewAttachment;
pub use assign::OwnerChoice;
pub use calls::CallTarget;
pub use link::LinkTarget;
pub use list::{ListedTicket, OwnerFilter, TicketFilter, list, open_tickets_of};
pub use next::{LEASE_MINUTES, lease_length, next, validate_setting};
pub use queues::{QueueCommand, QueueEdit, Target, queues};
pub use show::{TicketView, show};
pub use sla::{
    TicketSla, TimeLeft, business_duration, clock_label, restamp, sla, sla_of, time_left,
    time_left_of,
};

use time::OffsetDateTime;

use super::access::{Access, foreign_queue};
use super::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::ticket::{
    Article, ArticleKind, Priority, Queue, Ticket, TicketNumber, TicketStatus,
};
use crate::store::kinds::ticket as stored;
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// Changes to tickets. Tickets are named by number as typed (`2026-000042-7`).
#[derive(Debug, Clone)]
pub enum TicketCommand {
    Add(Box<NewTicket>),
    /// A public answer: `MailOut` (queued in the outbox, threaded) or `PhoneOut` (a call
    /// logged); `text` may hold merge fields, `template` names one of `templates::TEMPLATES`.
    Reply {
        ticket: String,
        channel: ArticleKind,
        text: String,
        template: Option<String>,
        status: Option<TicketStatus>,
    },
    /// An internal note.
    Note {
        ticket: String,
        text: String,
    },
    Status {
        ticket: String,
        status: TicketStatus,
    },
    Priority {
        ticket: String,
        priority: Priority,
    },
    /// A new owner and/or another queue (by name).
    Assign {
        ticket: String,
        owner: Option<OwnerChoice>,
        queue: Option<String>,
    },
    /// `from` (A) into `into` (B).
    Merge {
        from: String,
        into: String,
    },
    Link {
        ticket: String,
        target: LinkTarget,
    },
    /// The logged call `interaction` onto a ticket or opening a new one (`calls`).
    Call {
        interaction: u64,
        target: CallTarget,
    },
    /// An article as given (the mailgate's mail with its headers and attachments).
    Append {
        ticket: String,
        article: Box<Article>,
        attachments: Vec<NewAttachment>,
    },
}

impl TicketCommand {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add(_) => "Add",
            Self::Reply { .. } => "Reply",
            Self::Note { .. } => "Note",
            Self::Status { .. } => "Status",
            Self::Priority { .. } => "Priority",
            Self::Assign { .. } => "Assign",
            Self::Merge { .. } => "Merge",
            Self::Link { .. } => "Link",
            Self::Append { .. } => "Append",
            Self::Call { .. } => "Call",
        }
    }
}

pub fn execute(
    store: &Store,
    actor: &Actor,
    command: TicketCommand,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    match command {
        TicketCommand::Add(new) => add::add(store, actor, *new, now),
        TicketCommand::Reply {
            ticket,
            channel,
            text,
            template,
            status,
        } => {
            let answer = reply::Answer {
                text: &text,
                template: template.as_deref(),
            };
            reply::reply(store, actor, &ticket, channel, answer, status, now)
        }
        TicketCommand::Note { ticket, text } => note::note(store, actor, &ticket, &text, now),
        TicketCommand::Status { ticket, status } => {
            status::status(store, actor, &ticket, status, now)
        }
        TicketCommand::Priority { ticket, priority } => {
            priority::priority(store, actor, &ticket, priority, now)
        }
        TicketCommand::Assign {
            ticket,
            owner,
            queue,
        } => assign::assign(store, actor, &ticket, owner, queue.as_deref(), now),
        TicketCommand::Merge { from, into } => merge::merge(store, actor, &from, &into, now),
        TicketCommand::Link { ticket, target } => link::link(store, actor, &ticket, &target, now),
        TicketCommand::Append {
            ticket,
            article,
            attachments,
        } => append::append(store, actor, &ticket, &article, &attachments, now),
        TicketCommand::Call {
            interaction,
            target,
        } => calls::log_call(store, actor, interaction, &target, now),
    }
}

/// The ticket whose number `text` is; refused for a malformed number or a wrong check
/// digit (never matched to another ticket) and for a number no ticket has.
pub fn ticket_by_number_text(store: &Store, text: &str) -> Result<Ticket, CoreError> {
    let number = TicketNumber::parse(text)?;
    ticket_by_number(store, number)?.ok_or_else(|| {
        Invalid::new(
            "ticket",
            crate::t!("core-ticket-unknown", number = number.to_string()),
        )
        .into()
    })
}

/// The ticket numbered `number` as stored (a merged one too: see `merged_into`).
pub fn ticket_by_number(store: &Store, number: TicketNumber) -> Result<Option<Ticket>, CoreError> {
    match stored::ticket_by_number(store, number)? {
        Some(id) => Ok(store.get::<Ticket>(id)?),
        None => Ok(None),
    }
}

/// The ticket an article with Message-ID `message_id` belongs to — after a merge the
/// ticket merged into: the mailgate's threading lookup.
pub fn ticket_by_message_id(store: &Store, message_id: &str) -> Result<Option<Ticket>, CoreError> {
    match stored::ticket_by_message_id(store, message_id)? {
        Some(id) => Ok(store.get::<Ticket>(id)?),
        None => Ok(None),
    }
}

/// Follows `merged_into` from `ticket` to the ticket that lives on (at most a few hops;
/// a cycle, which merging refuses, ends the walk).
pub fn surviving(store: &Store, mut ticket: Ticket) -> Result<Ticket, CoreError> {
    for _ in 0..16 {
        match ticket.merged_into {
            Some(into) => ticket = store.require::<Ticket>(into)?,
            None => break,
        }
    }
    Ok(ticket)
}

/// The id of the ticket an operation on `text` works on: the ticket itself, or the one it
/// was merged into.
fn target_id(store: &Store, text: &str) -> Result<u64, CoreError> {
    let found = ticket_by_number_text(store, text)?;
    Ok(surviving(store, found)?.id)
}

/// The queue named `name`; refused naming the name when there is none.
pub fn queue_named(store: &Store, name: &str) -> Result<Queue, CoreError> {
    let unknown = || -> CoreError {
        Invalid::new("queue", crate::t!("core-queue-unknown", name = name.trim())).into()
    };
    let id = stored::queue_by_name(store, name)?.ok_or_else(unknown)?;
    store.get::<Queue>(id)?.ok_or_else(unknown)
}

/// The queue `id` if the actor may change its tickets, read in the transaction; aborts
/// with the refusal otherwise.
fn writable_queue(tx: &Tx, actor: &Actor, id: u64) -> TxResult<Queue> {
    let queue = tx.require::<Queue>(id)?;
    match foreign_queue(actor, &queue, Access::Write) {
        Some(why) => abort(StoreError::Refused(why)),
        None => Ok(queue),
    }
}

/// Reads ticket `id` in the transaction (refusing a merged one: it was merged meanwhile),
/// checks the actor serves its queue, lets `change` work on it and stores it when it
/// changed — renewing the actor's lease and recomputing the SLA due instant at `now`.
/// Returns the ticket as stored.
fn change_ticket(
    store: &Store,
    actor: &Actor,
    text: &str,
    now: OffsetDateTime,
    change: impl Fn(&Tx, &mut Ticket) -> TxResult<()>,
) -> Result<Ticket, CoreError> {
    let id = target_id(store, text)?;
    let lease = lease_length(store)?;
    let changed = store.transaction(|tx| {
        let mut ticket = tx.require::<Ticket>(id)?;
        if let Some(into) = ticket.merged_into {
            let into = tx.require::<Ticket>(into)?;
            return abort(StoreError::Refused(crate::t!(
                "core-ticket-merged",
                number = ticket.number.to_string(),
                into = into.number.to_string()
            )));
        }
        writable_queue(tx, actor, ticket.queue)?;
        let before = ticket.clone();
        change(tx, &mut ticket)?;
        ticket.validate().or_else(abort)?;
        if ticket != before {
            next::renew_lease(&mut ticket, &actor.name, now, lease);
            sla::stamp(tx, &mut ticket, now)?;
            tx.update(&mut ticket, None)?;
        }
        Ok(ticket)
    })?;
    Ok(changed)
}
