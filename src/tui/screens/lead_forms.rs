//! The forms of the leads: a new lead (person, firm, e-mail, phone, city, owner, score,
//! source, medium; saved by `core::leads`, opening the lead), and a lead's status —
//! prefilled with the next step forward (new → contacted → qualified), `disqualified`
//! asking its reason, `new` reopening a disqualified lead. Room: tui — data only through
//! `core`.

use super::form::{Field, Form, Saved};
use super::refused::problems;
use crate::core::leads::{LeadCommand, LeadEvent, NewLead};
use crate::core::{Command, Event};
use crate::domain::Invalid;
use crate::domain::fields::Input;
use crate::domain::lead::{Lead, LeadStatus};
use crate::t;
use crate::tui::route::Route;
use crate::tui::session::Session;

/// The statuses the status form takes, by machine name.
const STATUSES: [&str; 4] = ["new", "contacted", "qualified", "disqualified"];

/// A list field: the comma-separated entries, trimmed, without empty ones.
fn listed(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(str::to_string)
        .collect()
}

/// The new-lead form; the owner is the user.
pub fn new_lead(session: &Session) -> Form {
    let fields = vec![
        Field::new("name", t!("leads-tui-label-name"), ""),
        Field::new("company", t!("leads-tui-label-company"), ""),
        Field::new("email", t!("leads-tui-label-email"), ""),
        Field::new("phone", t!("leads-tui-label-phone"), ""),
        Field::new("city", t!("leads-tui-label-city"), ""),
        Field::new("owner", t!("leads-tui-label-owner"), &session.actor.name),
        Field::new("score", t!("leads-tui-label-score"), ""),
        Field::new("source", t!("leads-tui-label-source"), ""),
        Field::new("medium", t!("leads-tui-label-medium"), ""),
    ];
    Form::new(
        &t!("leads-tui-new-title"),
        fields,
        Box::new(|session: &Session, input: &Input| {
            let new = NewLead {
                name: input.text("name"),
                company: input.text("company"),
                emails: listed(&input.text("email")),
                phones: listed(&input.text("phone")),
                city: input.text("city"),
                owner: input.text("owner"),
                score: input.text("score"),
                source: input.text("source"),
                medium: input.text("medium"),
                ..NewLead::default()
            };
            let command = Command::Lead(LeadCommand::Add(Box::new(new)));
            match session.execute(command).map_err(problems)? {
                Event::Lead(LeadEvent::Saved(lead)) => Ok(Saved::Open(
                    t!("leads-tui-added", id = lead.id.to_string()),
                    Route::Lead(lead.id),
                )),
                _ => Ok(Saved::Done(t!("leads-tui-saved"))),
            }
        }),
        session,
    )
}

/// The status a lead goes to next, as the status form offers it.
fn next_status(status: &LeadStatus) -> &'static str {
    match status {
        LeadStatus::New => "contacted",
        LeadStatus::Contacted | LeadStatus::Qualified => "qualified",
        LeadStatus::Converted => "",
        LeadStatus::Disqualified { .. } => "new",
    }
}

/// The status form of `lead`: the new status, and the reason when it is disqualified.
pub fn status_form(lead: &Lead, session: &Session) -> Form {
    let id = lead.id;
    let fields = vec![
        Field::new(
            "status",
            t!("leads-tui-label-status"),
            next_status(&lead.status),
        )
        .required(),
        Field::new("reason", t!("leads-tui-label-reason"), ""),
    ];
    Form::new(
        &t!(
            "leads-tui-status-title",
            id = id.to_string(),
            choices = STATUSES.join(", ")
        ),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let command = status_command(id, input)?;
            session.execute(Command::Lead(command)).map_err(problems)?;
            Ok(Saved::Done(t!("leads-tui-saved")))
        }),
        session,
    )
    .focus_on("status")
}

/// The command the status form's `input` asks for lead `id`.
fn status_command(id: u64, input: &Input) -> Result<LeadCommand, Vec<Invalid>> {
    let reason = input.text("reason").trim().to_string();
    let status = input.text("status").trim().to_lowercase();
    match status.as_str() {
        "new" => Ok(LeadStatus::New),
        "contacted" => Ok(LeadStatus::Contacted),
        "qualified" => Ok(LeadStatus::Qualified),
        "disqualified" if reason.is_empty() => Err(vec![Invalid::new(
            "reason",
            t!("leads-tui-reason-required"),
        )]),
        "disqualified" => return Ok(LeadCommand::Disqualify { id, reason }),
        _ => Err(vec![Invalid::new(
            "status",
            t!(
                "leads-tui-status-unknown",
                text = status.as_str(),
                choices = STATUSES.join(", ")
            ),
        )]),
    }
    .map(|status| LeadCommand::Status { id, status })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(status: &str, reason: &str) -> Input {
        let mut input = Input::new();
        input.push("status", status);
        input.push("reason", reason);
        input
    }

    #[test]
    fn the_status_form_reads_a_status_and_a_disqualification_needs_its_reason() {
        let command = status_command(7, &input(" Qualified ", "")).unwrap();
        assert!(matches!(
            command,
            LeadCommand::Status {
                id: 7,
                status: LeadStatus::Qualified
            }
        ));
        let refused = status_command(7, &input("disqualified", " ")).unwrap_err();
        assert_eq!(refused[0].field, "reason");
        let command = status_command(7, &input("disqualified", "no budget")).unwrap();
        assert!(
            matches!(command, LeadCommand::Disqualify { id: 7, ref reason } if reason == "no budget")
        );
        let refused = status_command(7, &input("won", "")).unwrap_err();
        assert_eq!(refused[0].field, "status");
    }

    #[test]
    fn the_form_offers_the_next_step_forward() {
        assert_eq!(next_status(&LeadStatus::New), "contacted");
        assert_eq!(next_status(&LeadStatus::Contacted), "qualified");
        let out = LeadStatus::Disqualified { reason: "x".into() };
        assert_eq!(next_status(&out), "new");
        assert_eq!(listed(" a@x.de, ,b@y.de "), vec!["a@x.de", "b@y.de"]);
    }
}
