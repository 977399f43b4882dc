//! The phone and the ticket: the caller's open tickets beside the caller lookup's matches
//! (number, subject, status, queue, the running SLA clock's time left), and the log-call form's two ticket fields — put the
//! call on one of the caller's open tickets (F4 picks it), or open a new ticket in a queue
//! (F4 picks it; the subject is the call's). Saving checks the target, logs the call and
//! puts it on its ticket (`core::tickets::calls`). Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::form::{Field, Saved};
use super::kind::INTERACTIONS;
use super::picker::PickerKind;
use super::refused::problems;
use super::ticket_sla::duration;
use crate::core::tickets::{
    CallTarget, ListedTicket, TicketCommand, calls, open_tickets_of, time_left_of,
};
use crate::core::{Command, Event};
use crate::domain::Invalid;
use crate::domain::fields::Input;
use crate::t;
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::TableView;

/// One of the caller's open tickets as the lookup shows it.
pub struct CallerTicket {
    pub listed: ListedTicket,
    /// The running SLA clock's business time left (`-0h 20m` once past); empty without one.
    pub time_left: String,
}

/// The open tickets of `customer` the actor reads (none when they read no tickets).
pub fn open_tickets(session: &Session, customer: u64) -> Vec<ListedTicket> {
    open_tickets_of(session.store(), &session.actor, customer).unwrap_or_default()
}

/// `open_tickets` with each one's SLA time left at the session's now.
pub fn caller_tickets(session: &Session, customer: u64) -> Vec<CallerTicket> {
    let now = session.clock.now();
    let (store, actor) = (session.store(), &session.actor);
    open_tickets(session, customer)
        .into_iter()
        .map(|listed| {
            let left = time_left_of(store, actor, &listed.ticket, now)
                .ok()
                .flatten();
            let time_left = left.map_or_else(String::new, |left| duration(left.remaining_seconds));
            CallerTicket { listed, time_left }
        })
        .collect()
}

/// The picker's options of the caller's open tickets: the number, and what it is about.
pub fn ticket_options(session: &Session, customer: u64) -> Vec<(String, String)> {
    open_tickets(session, customer)
        .into_iter()
        .map(|listed| {
            let ticket = listed.ticket;
            let number = ticket.number.to_string();
            let label = format!("{number} {} ({})", ticket.subject, ticket.status.label());
            (number, label)
        })
        .collect()
}

/// The picker's options of the queues the actor reads.
pub fn queue_options(session: &Session) -> Vec<(String, String)> {
    crate::core::tickets::queues(session.store(), &session.actor)
        .unwrap_or_default()
        .into_iter()
        .map(|queue| (queue.name.clone(), queue.name))
        .collect()
}

/// Shows `tickets` as a table in `area`.
pub fn render_tickets(frame: &mut Frame, area: Rect, theme: &Theme, tickets: &[CallerTicket]) {
    let rows: Vec<Vec<String>> = tickets
        .iter()
        .map(|shown| {
            let ticket = &shown.listed.ticket;
            vec![
                ticket.number.to_string(),
                ticket.subject.clone(),
                ticket.status.label(),
                shown.listed.queue.clone(),
                format!("{:>9}", shown.time_left),
            ]
        })
        .collect();
    let widths = [
        Constraint::Length(14),
        Constraint::Min(12),
        Constraint::Length(14),
        Constraint::Length(10),
        Constraint::Length(9),
    ];
    let title = t!("ticket-mail-caller-tickets", count = tickets.len());
    TableView {
        title: &title,
        header: &[
            &t!("ticket-mail-column-ticket"),
            &t!("ticket-mail-column-subject"),
            &t!("ticket-mail-column-status"),
            &t!("ticket-mail-column-queue"),
            &t!("ticket-mail-column-sla"),
        ],
        widths: &widths,
        rows: &rows,
        selected: None,
        top: None,
    }
    .render(frame, area, theme);
}

/// The log-call form's ticket fields for a call of `customer`.
pub fn fields(customer: u64) -> Vec<Field> {
    vec![
        Field::new("ticket", t!("ticket-mail-label-ticket"), "")
            .with_picker(PickerKind::OpenTicket(customer)),
        Field::new("new_ticket", t!("ticket-mail-label-new-ticket"), "")
            .with_picker(PickerKind::Queue),
    ]
}

/// Where the form's call goes: a ticket, a new ticket, or nowhere; refused for both.
fn target(input: &Input) -> Result<Option<CallTarget>, Vec<Invalid>> {
    let ticket = input.text("ticket").trim().to_string();
    let queue = input.text("new_ticket").trim().to_string();
    match (ticket.is_empty(), queue.is_empty()) {
        (true, true) => Ok(None),
        (false, true) => Ok(Some(CallTarget::Ticket(ticket))),
        (true, false) => Ok(Some(CallTarget::New { queue })),
        (false, false) => Err(vec![Invalid::new(
            "new_ticket",
            t!("ticket-mail-ticket-or-new"),
        )]),
    }
}

/// Saves the log-call form's `input` (the customer in it): the interaction, then the call
/// on its ticket.
pub fn save(session: &Session, input: &Input) -> Result<Saved, Vec<Invalid>> {
    let target = checked_target(session, input)?;
    let event = session
        .execute(INTERACTIONS.add(input.clone()))
        .map_err(problems)?;
    let interaction = match &event {
        Event::Record(record) => record.done.added_id(),
        _ => None,
    };
    on_ticket(session, target, interaction)
}

/// The form's ticket target, checked before the call is written.
pub(super) fn checked_target(
    session: &Session,
    input: &Input,
) -> Result<Option<CallTarget>, Vec<Invalid>> {
    let target = target(input)?;
    if let Some(target) = &target {
        let field = match target {
            CallTarget::Ticket(_) => "ticket",
            CallTarget::New { .. } => "new_ticket",
        };
        calls::check(
            session.store(),
            &session.actor,
            &input.text("channel"),
            target,
        )
        .map_err(|error| at_field(field, error))?;
    }
    Ok(target)
}

/// Puts call `interaction`, just logged, on `target` (if any).
pub(super) fn on_ticket(
    session: &Session,
    target: Option<CallTarget>,
    interaction: Option<u64>,
) -> Result<Saved, Vec<Invalid>> {
    let (Some(target), Some(interaction)) = (target, interaction) else {
        return Ok(Saved::Done(t!("crm-call-logged")));
    };
    let call = TicketCommand::Call {
        interaction,
        target,
    };
    match session.execute(Command::Ticket(call)).map_err(problems)? {
        Event::Ticket(ticket) => Ok(Saved::Done(t!(
            "ticket-mail-call-on-ticket",
            number = ticket.number.to_string()
        ))),
        _ => Ok(Saved::Done(t!("crm-call-logged"))),
    }
}

/// A core refusal placed under `field` (a problem of another field stays there).
fn at_field(field: &'static str, error: crate::core::CoreError) -> Vec<Invalid> {
    problems(error)
        .into_iter()
        .map(|problem| match problem.field {
            "record" | "ticket" | "queue" => Invalid::new(field, problem.message),
            _ => problem,
        })
        .collect()
}
