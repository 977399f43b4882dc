//! `kontor ticket add|show|list|reply|note|status|priority|assign|merge|link`: service
//! tickets, named by their number (`2026-000042-7`, dashes optional; a wrong check digit
//! is refused). Tables are for people (labels and times in the current language); CSV and
//! JSON write machine names and RFC 3339 instants. Queues: `cli::queue`. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::{Value as Json, json};
use time::format_description::well_known::Rfc3339;

use super::args::Format;
use super::sales::row_json;
use super::{CliError, Context, output};
use crate::core::tickets::{
    LinkTarget, ListedTicket, NewTicket, OwnerChoice, OwnerFilter, TicketCommand, TicketFilter,
    TicketView, TimeLeft,
};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::fields::{Row, Value};
use crate::domain::ticket::{
    Article, ArticleKind, Delivery, LinkKind, Priority, Ticket, TicketStatus,
};

#[derive(Debug, Subcommand)]
pub enum TicketCmd {
    /// Open a ticket in a queue, optionally with the call, note or mail that started it
    Add(AddArgs),
    /// A ticket with its articles and history (a merged ticket's number shows where it went)
    Show {
        /// The ticket's number (YYYY-NNNNNN-C)
        number: String,
    },
    /// Tickets, most urgent first: open ones unless --all
    List(ListArgs),
    /// Answer the customer: a mail (queued for sending) or a logged call
    Reply {
        /// The ticket's number
        number: String,
        /// The answer's text
        #[arg(default_value = "")]
        text: String,
        /// The answer is a mail (the default)
        #[arg(long, conflicts_with = "phone")]
        mail: bool,
        /// The answer was a phone call, not a mail
        #[arg(long)]
        phone: bool,
        /// Answer with a template (answer, received, need-info, solved); the text goes where it says {text}
        #[arg(long)]
        template: Option<String>,
        /// The status afterwards [default: open when the ticket was new, else unchanged]
        #[arg(long)]
        status: Option<String>,
    },
    /// Add an internal note (the customer never sees it)
    Note {
        /// The ticket's number
        number: String,
        /// The note's text
        text: String,
    },
    /// Set the status: new, open, waiting-for-customer, waiting-for-third-party, resolved, closed
    Status {
        /// The ticket's number
        number: String,
        /// The new status
        status: String,
    },
    /// Set the priority: low, normal, high, urgent
    Priority {
        /// The ticket's number
        number: String,
        /// The new priority
        priority: String,
    },
    /// Give the ticket an owner and/or move it to another queue
    Assign {
        /// The ticket's number
        number: String,
        /// The new owner: a user name, `me`, or `nobody`
        #[arg(long)]
        owner: Option<String>,
        /// The queue to move it to
        #[arg(long)]
        queue: Option<String>,
    },
    /// Merge ticket FROM into ticket INTO: its articles move there, FROM is closed
    Merge {
        /// The ticket merged away
        from: String,
        /// The ticket that lives on
        into: String,
    },
    /// Link the ticket to an interaction, order, invoice or another ticket
    Link {
        /// The ticket's number
        number: String,
        /// What it links to: interaction, order, invoice or ticket
        kind: String,
        /// The record's number (or id)
        reference: String,
    },
    /// The SLA clocks: due, time left, warnings, breach (--explain: how they came about)
    Sla {
        /// The ticket's number
        number: String,
        /// List the business time counted, the pauses and the closed days skipped
        #[arg(long)]
        explain: bool,
    },
    /// Take the most urgent free ticket of your queues (leased to you for a while)
    Next,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The queue's name
    #[arg(long)]
    queue: String,
    /// What it is about
    #[arg(long)]
    subject: String,
    /// Number or id of the customer
    #[arg(long)]
    customer: Option<String>,
    /// The contact person (name or e-mail)
    #[arg(long)]
    contact: Option<String>,
    /// The mail address it came from
    #[arg(long)]
    sender: Option<String>,
    /// low, normal, high or urgent
    #[arg(long, default_value = "normal")]
    priority: String,
    /// The user who works on it
    #[arg(long)]
    owner: Option<String>,
    /// The customer's call that opened it (its notes)
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["note", "mail"])]
    phone: Option<String>,
    /// An internal note to start with
    #[arg(long, value_name = "TEXT", conflicts_with = "mail")]
    note: Option<String>,
    /// The customer's mail that opened it (its text)
    #[arg(long, value_name = "TEXT")]
    mail: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this queue's tickets
    #[arg(long)]
    queue: Option<String>,
    /// Resolved, closed and merged tickets too
    #[arg(long)]
    all: bool,
    /// Only tickets of this owner: a user name, `me`, or `nobody`
    #[arg(long)]
    owner: Option<String>,
    /// Only tickets of this customer (number or id)
    #[arg(long)]
    customer: Option<String>,
}

fn invalid(problem: Invalid) -> CliError {
    CliError::Core(problem.into())
}

pub fn ticket(context: &mut Context, command: TicketCmd) -> Result<(), CliError> {
    let command = match command {
        TicketCmd::Show { number } => {
            let view = crate::core::tickets::show(&context.store, &context.actor, &number)?;
            return show(context, &view);
        }
        TicketCmd::List(args) => return list(context, args),
        TicketCmd::Sla { number, explain } => {
            return super::ticket_sla::sla(context, &number, explain);
        }
        TicketCmd::Next => return super::ticket_sla::next(context),
        TicketCmd::Add(args) => {
            TicketCommand::Add(Box::new(new_ticket(args, context.clock.now())?))
        }
        TicketCmd::Reply {
            number,
            text,
            mail: _,
            phone,
            template,
            status,
        } => TicketCommand::Reply {
            ticket: number,
            channel: match phone {
                true => ArticleKind::PhoneOut,
                false => ArticleKind::MailOut,
            },
            text,
            template,
            status: status
                .map(|s| TicketStatus::parse(&s))
                .transpose()
                .map_err(invalid)?,
        },
        TicketCmd::Note { number, text } => TicketCommand::Note {
            ticket: number,
            text,
        },
        TicketCmd::Status { number, status } => TicketCommand::Status {
            ticket: number,
            status: TicketStatus::parse(&status).map_err(invalid)?,
        },
        TicketCmd::Priority { number, priority } => TicketCommand::Priority {
            ticket: number,
            priority: Priority::parse(&priority).map_err(invalid)?,
        },
        TicketCmd::Assign {
            number,
            owner,
            queue,
        } => TicketCommand::Assign {
            ticket: number,
            owner: owner.map(|owner| owner_choice(&owner)),
            queue,
        },
        TicketCmd::Merge { from, into } => TicketCommand::Merge { from, into },
        TicketCmd::Link {
            number,
            kind,
            reference,
        } => {
            let names = LinkKind::ALL.map(|kind| (kind.name(), kind));
            let kind =
                crate::domain::invalid::parse_choice("link", &kind, &names).map_err(invalid)?;
            TicketCommand::Link {
                ticket: number,
                target: LinkTarget { kind, reference },
            }
        }
    };
    let merge = matches!(command, TicketCommand::Merge { .. });
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Ticket(command),
    )?;
    let Event::Ticket(ticket) = event else {
        return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
    };
    written(context, &ticket, merge)
}

fn owner_choice(text: &str) -> OwnerChoice {
    match text.trim() {
        "me" => OwnerChoice::Me,
        "nobody" | "" => OwnerChoice::Nobody,
        name => OwnerChoice::User(name.to_string()),
    }
}

fn new_ticket(args: AddArgs, now: time::OffsetDateTime) -> Result<NewTicket, CliError> {
    let first = match (args.phone, args.note, args.mail) {
        (Some(text), _, _) => Some((ArticleKind::PhoneIn, text)),
        (_, Some(text), _) => Some((ArticleKind::Note, text)),
        (_, _, Some(text)) => Some((ArticleKind::MailIn, text)),
        _ => None,
    }
    .map(|(kind, text)| Article::new(kind, "", now, &text));
    Ok(NewTicket {
        queue: args.queue,
        subject: args.subject,
        customer: args.customer,
        contact: args.contact,
        sender: args.sender,
        priority: Priority::parse(&args.priority).map_err(invalid)?,
        owner: args.owner,
        first,
        attachments: Vec::new(),
    })
}

/// What a change prints: the ticket's number and status (JSON: the whole ticket).
fn written(context: &mut Context, ticket: &Ticket, merge: bool) -> Result<(), CliError> {
    match context.format {
        Format::Json => writeln!(context.out, "{}", ticket_json(ticket, None, None))?,
        Format::Csv => output::record(&mut context.out, context.format, &machine_row(ticket))?,
        Format::Table => {
            let text = match merge {
                true => crate::t!("cli-ticket-merged", number = ticket.number.to_string()),
                false => crate::t!(
                    "cli-ticket-saved",
                    number = ticket.number.to_string(),
                    status = ticket.status.label()
                ),
            };
            writeln!(context.out, "{text}")?;
        }
    }
    Ok(())
}

fn instant(at: time::OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

const LIST_COLUMNS: &[&str] = &[
    "number",
    "queue",
    "priority",
    "status",
    "owner",
    "subject",
    "created",
    "time_left",
];

fn machine_row(ticket: &Ticket) -> Row {
    vec![
        ("number", Value::Text(ticket.number.to_string())),
        ("priority", Value::Text(ticket.priority.name().to_string())),
        ("status", Value::Text(ticket.status.name().to_string())),
        (
            "owner",
            Value::Text(ticket.owner.clone().unwrap_or_default()),
        ),
        ("subject", Value::Text(ticket.subject.clone())),
        ("created", Value::Text(instant(ticket.created_at))),
    ]
}

fn list_row(listed: &ListedTicket, human: bool, left: Option<TimeLeft>) -> Row {
    let ticket = &listed.ticket;
    let (priority, status) = match human {
        true => (ticket.priority.label(), ticket.status.label()),
        false => (
            ticket.priority.name().to_string(),
            ticket.status.name().to_string(),
        ),
    };
    vec![
        ("number", Value::Text(ticket.number.to_string())),
        ("queue", Value::Text(listed.queue.clone())),
        ("priority", Value::Text(priority)),
        ("status", Value::Text(status)),
        (
            "owner",
            Value::Text(ticket.owner.clone().unwrap_or_default()),
        ),
        ("subject", Value::Text(ticket.subject.clone())),
        ("created", Value::Text(instant(ticket.created_at))),
        (
            "time_left",
            Value::Text(match human {
                true => super::ticket_sla::time_left_text(left),
                false => left.map_or(String::new(), |left| left.remaining_seconds.to_string()),
            }),
        ),
    ]
}

fn list(context: &mut Context, args: ListArgs) -> Result<(), CliError> {
    let owner = match args.owner.as_deref().map(owner_choice) {
        None => OwnerFilter::Anyone,
        Some(OwnerChoice::Me) => OwnerFilter::Me,
        Some(OwnerChoice::Nobody) => OwnerFilter::Unassigned,
        Some(OwnerChoice::User(name)) => OwnerFilter::User(name),
    };
    let filter = TicketFilter {
        queue: args.queue,
        all: args.all,
        owner,
        customer: args.customer,
    };
    let found = crate::core::tickets::list(&context.store, &context.actor, &filter)?;
    let human = context.format == Format::Table;
    let now = context.clock.now();
    let mut rows: Vec<Row> = Vec::with_capacity(found.len());
    for listed in &found {
        let left = crate::core::tickets::time_left_of(
            &context.store,
            &context.actor,
            &listed.ticket,
            now,
        )?;
        rows.push(list_row(listed, human, left));
    }
    output::list_with_header(
        &mut context.out,
        context.format,
        &rows,
        LIST_COLUMNS,
        LIST_COLUMNS,
    )?;
    Ok(())
}

fn article_json(article: &Article) -> Json {
    json!({
        "seq": article.seq,
        "kind": article.kind.name(),
        "author": article.author,
        "at": instant(article.at),
        "text": article.text,
        "public": article.public,
        "automatic": article.automatic,
        "message_id": article.message_id,
        "in_reply_to": article.in_reply_to,
        "references": article.references,
        "delivery": article.delivery.as_ref().map(delivery_name),
        "attachments": article.attachments.iter().map(|a| json!({
            "name": a.name, "mime": a.mime, "size": a.size, "blob": a.blob,
        })).collect::<Vec<_>>(),
        "delivery_reply": match &article.delivery {
            Some(Delivery::Sent { reply, .. } | Delivery::Failed { reply, .. }) => json!(reply),
            _ => Json::Null,
        },
    })
}

/// The line under a mail out saying where its delivery stands.
fn delivery_line(delivery: &Delivery) -> String {
    match delivery {
        Delivery::Queued => crate::t!("ticket-mail-delivery-queued"),
        Delivery::Sent { at, reply } => crate::t!(
            "ticket-mail-delivery-sent",
            at = crate::lang::format::instant(*at),
            reply = reply.as_str()
        ),
        Delivery::Failed { at, reply } => crate::t!(
            "ticket-mail-delivery-failed",
            at = crate::lang::format::instant(*at),
            reply = reply.as_str()
        ),
    }
}

fn delivery_name(delivery: &Delivery) -> &'static str {
    match delivery {
        Delivery::Queued => "queued",
        Delivery::Sent { .. } => "sent",
        Delivery::Failed { .. } => "failed",
    }
}

fn ticket_json(ticket: &Ticket, queue: Option<&str>, customer: Option<&str>) -> Json {
    let mut document = row_json(&machine_row(ticket));
    if let Json::Object(map) = &mut document {
        map.insert("id".into(), json!(ticket.id));
        map.insert(
            "queue".into(),
            queue.map_or(json!(ticket.queue), |q| json!(q)),
        );
        map.insert("customer".into(), json!(ticket.customer));
        map.insert("customer_name".into(), json!(customer));
        map.insert("contact".into(), json!(ticket.contact));
        map.insert("sender".into(), json!(ticket.sender));
        map.insert("merged_into".into(), json!(ticket.merged_into));
        let articles: Vec<Json> = sorted(ticket).into_iter().map(article_json).collect();
        map.insert("articles".into(), Json::Array(articles));
        let links: Vec<Json> = ticket
            .links
            .iter()
            .map(|link| json!({"kind": link.kind.name(), "id": link.id}))
            .collect();
        map.insert("links".into(), Json::Array(links));
        let history: Vec<Json> = ticket.history.iter().map(change_json).collect();
        map.insert("history".into(), Json::Array(history));
    }
    document
}

fn change_json(change: &crate::domain::ticket::TicketChange) -> Json {
    use crate::domain::ticket::Change;
    let (what, from, to) = match &change.change {
        Change::Status { from, to } => ("status", json!(from.name()), json!(to.name())),
        Change::Priority { from, to } => ("priority", json!(from.name()), json!(to.name())),
        Change::Owner { from, to } => ("owner", json!(from), json!(to)),
        Change::Queue { from, to } => ("queue", json!(from), json!(to)),
    };
    json!({"at": instant(change.at), "actor": change.actor, "change": what, "from": from, "to": to})
}

/// The articles in the order they happened.
fn sorted(ticket: &Ticket) -> Vec<&Article> {
    let mut articles: Vec<&Article> = ticket.articles.iter().collect();
    articles.sort_by_key(|article| (article.at, article.seq));
    articles
}

fn show(context: &mut Context, view: &TicketView) -> Result<(), CliError> {
    let ticket = &view.ticket;
    let now = context.clock.now();
    let left = crate::core::tickets::time_left_of(&context.store, &context.actor, ticket, now)?;
    match context.format {
        Format::Json => {
            let mut document = ticket_json(
                ticket,
                Some(&view.queue.name),
                view.customer_name.as_deref(),
            );
            if let (Json::Object(map), Some(from)) = (&mut document, view.merged_from) {
                map.insert("merged_from".into(), json!(from.to_string()));
            }
            if let Json::Object(map) = &mut document {
                let left = super::ticket_sla::time_left_json(left);
                map.insert("time_left".into(), left);
            }
            writeln!(context.out, "{document}")?;
        }
        Format::Csv => {
            let rows: Vec<Row> = sorted(ticket)
                .into_iter()
                .map(|a| article_row(a, false))
                .collect();
            output::list_with_header(
                &mut context.out,
                context.format,
                &rows,
                ARTICLE_COLUMNS,
                ARTICLE_COLUMNS,
            )?;
        }
        Format::Table => {
            if let Some(from) = view.merged_from {
                let notice = crate::t!(
                    "cli-ticket-was-merged",
                    number = from.to_string(),
                    into = ticket.number.to_string()
                );
                writeln!(context.out, "{notice}")?;
            }
            let head = crate::t!(
                "cli-ticket-head",
                number = ticket.number.to_string(),
                subject = ticket.subject.as_str(),
                queue = view.queue.name.as_str(),
                priority = ticket.priority.label(),
                status = ticket.status.label(),
                owner = ticket
                    .owner
                    .clone()
                    .unwrap_or_else(|| crate::t!("cli-ticket-unassigned")),
                customer = view
                    .customer_name
                    .clone()
                    .unwrap_or_else(|| "–".to_string()),
                created = crate::lang::format::instant(ticket.created_at)
            );
            writeln!(context.out, "{head}")?;
            let left = super::ticket_sla::time_left_text(left);
            if !left.is_empty() {
                writeln!(context.out, "{left}")?;
            }
            for article in sorted(ticket) {
                let line = crate::t!(
                    "cli-ticket-article",
                    kind = article.kind.label(),
                    author = article.author.as_str(),
                    at = crate::lang::format::instant(article.at),
                    internal = if article.public { "no" } else { "yes" }
                );
                writeln!(context.out, "\n{line}\n{}", article.text)?;
                if let Some(delivery) = &article.delivery {
                    writeln!(context.out, "({})", delivery_line(delivery))?;
                }
            }
        }
    }
    Ok(())
}

const ARTICLE_COLUMNS: &[&str] = &["seq", "kind", "author", "at", "public", "text"];

fn article_row(article: &Article, human: bool) -> Row {
    let kind = match human {
        true => article.kind.label(),
        false => article.kind.name().to_string(),
    };
    vec![
        ("seq", Value::Integer(i64::from(article.seq))),
        ("kind", Value::Text(kind)),
        ("author", Value::Text(article.author.clone())),
        ("at", Value::Text(instant(article.at))),
        ("public", Value::Bool(article.public)),
        ("text", Value::Text(article.text.clone())),
    ]
}
