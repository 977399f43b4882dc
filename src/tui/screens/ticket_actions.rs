//! The one-field forms of the ticket detail: the new owner (a user's name, `me`, or empty
//! for nobody) and the ticket to merge into (its number, check digit and all: a wrong one
//! is refused under the field, never taken for another ticket), and the two-field link
//! form (what kind of record, its number). Room: tui — data only through `core`.

use super::form::{Field, Form, Saved};
use super::refused::problems;
use crate::core::Command;
use crate::core::tickets::{LinkTarget, OwnerChoice, TicketCommand};
use crate::domain::Invalid;
use crate::domain::invalid::parse_choice;
use crate::domain::ticket::{LinkKind, TicketNumber};
use crate::tui::session::Session;

/// Runs `command` on ticket `number`: "changed" when done, the core's problems otherwise.
fn changed(session: &Session, command: TicketCommand, number: &str) -> Result<Saved, Vec<Invalid>> {
    session
        .execute(Command::Ticket(command))
        .map_err(problems)?;
    Ok(Saved::Done(crate::t!("ticket-tui-saved", number = number)))
}

/// The form giving ticket `number` a new owner.
pub fn assign_form(number: &str, session: &Session) -> Form {
    let ticket = number.to_string();
    Form::new(
        &crate::t!("ticket-tui-assign-title", number = number),
        vec![Field::new(
            "owner",
            crate::t!("ticket-tui-assign-owner"),
            "me",
        )],
        Box::new(move |session: &Session, input| {
            let owner = match input.text("owner").trim() {
                "" => OwnerChoice::Nobody,
                "me" => OwnerChoice::Me,
                name => OwnerChoice::User(name.to_string()),
            };
            let command = TicketCommand::Assign {
                ticket: ticket.clone(),
                owner: Some(owner),
                queue: None,
            };
            changed(session, command, &ticket)
        }),
        session,
    )
}

/// The form merging ticket `number` into another, asking the other's number.
pub fn merge_form(number: &str, session: &Session) -> Form {
    let from = number.to_string();
    Form::new(
        &crate::t!("ticket-tui-merge-title", number = number),
        vec![Field::new("ticket", crate::t!("ticket-tui-merge-into"), "").required()],
        Box::new(move |session: &Session, input| {
            let into =
                TicketNumber::parse(&input.text("ticket")).map_err(|invalid| vec![invalid])?;
            let command = TicketCommand::Merge {
                from: from.clone(),
                into: into.to_string(),
            };
            session
                .execute(Command::Ticket(command))
                .map_err(problems)?;
            Ok(Saved::Done(crate::t!(
                "ticket-tui-merged",
                number = from.as_str(),
                into = into.to_string()
            )))
        }),
        session,
    )
}

/// The form linking ticket `number` to another record: its kind (order, invoice,
/// interaction, ticket) and its number (an interaction's id).
pub fn link_form(number: &str, session: &Session) -> Form {
    let ticket = number.to_string();
    let kinds: Vec<&str> = LinkKind::ALL.iter().map(|kind| kind.name()).collect();
    Form::new(
        &crate::t!("ticket-tui-link-title", number = number),
        vec![
            Field::new(
                "link",
                crate::t!("ticket-tui-link-kind", kinds = kinds.join(", ")),
                "order",
            )
            .required(),
            Field::new("reference", crate::t!("ticket-tui-link-reference"), "").required(),
        ],
        Box::new(move |session: &Session, input| {
            let names = LinkKind::ALL.map(|kind| (kind.name(), kind));
            let kind = parse_choice("link", &input.text("link"), &names).map_err(|e| vec![e])?;
            let command = TicketCommand::Link {
                ticket: ticket.clone(),
                target: LinkTarget {
                    kind,
                    reference: input.text("reference"),
                },
            };
            changed(session, command, &ticket)
        }),
        session,
    )
}
