//! The interaction edit form: subject, notes, outcome, duration and follow-up, against the
//! version it was opened on (see `versioned`); channel, customer, agent and time stay as
//! logged. Agents edit only the interactions they logged: the form is not offered for
//! others', and the core refuses them anyway. And the follow-up done with one key, from
//! any screen listing interactions. Room: tui — data only through `core`.

use time::UtcOffset;

use super::form::{Form, Saved};
use super::refused::refusal;
use super::versioned::{Values, edit_form, editable_values};
use crate::core::Command;
use crate::core::access::foreign_interaction;
use crate::core::query::get_interaction;
use crate::domain::Interaction;
use crate::domain::fields::interaction::{EDITABLE, InteractionEdit, to_row};
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome};
use crate::tui::session::Session;

/// The label of each editable field.
fn label(field: &str) -> &'static str {
    match field {
        "subject" => "Subject",
        "body" => "Notes",
        "outcome" => "Outcome",
        "duration" => "Duration",
        _ => "Follow-up",
    }
}

/// The editable fields as the form shows them (the export's cells).
fn values(interaction: &Interaction) -> Values {
    editable_values(to_row(interaction, UtcOffset::UTC), EDITABLE)
}

/// The interaction as the actor may read it now, if it is still there.
pub fn reload(session: &Session, id: u64) -> Option<Interaction> {
    get_interaction(&session.store, &session.actor, id)
        .ok()
        .flatten()
}

/// Opens the edit form on the selected interaction, unless there is none or the actor
/// may not change it.
/// Opens the edit form of the selected interaction, or says why not (nothing selected,
/// someone else's).
pub fn edit(session: &Session, interaction: Option<&Interaction>) -> Outcome {
    match interaction {
        None => Outcome::Refuse("nothing selected".into()),
        Some(i) => match foreign_interaction(&session.actor, i) {
            Some(why) => Outcome::Refuse(why),
            None => Outcome::Open(Route::EditInteraction(Box::new(i.clone()))),
        },
    }
}

/// Marks the follow-up of an interaction done, or says why not.
pub fn complete_follow_up(session: &Session, interaction: &Interaction) -> Outcome {
    if interaction.open_follow_up().is_none() {
        return complete_follow_up_of_nothing();
    }
    match session.execute(Command::CompleteFollowUp { id: interaction.id }) {
        Ok(_) => Outcome::Saved(
            format!("follow-up of interaction {} done", interaction.id),
            After::Stay,
        ),
        Err(error) => refusal(error),
    }
}

/// The refusal when the selected line has no open follow-up.
pub fn complete_follow_up_of_nothing() -> Outcome {
    Outcome::Refuse("the selected line has no open follow-up".into())
}

/// Edits an interaction; only the fields the form changed are sent. An emptied duration
/// is zero, an emptied follow-up is cleared, a new follow-up date is open again.
pub fn edit_interaction(interaction: &Interaction, session: &Session) -> Form {
    let id = interaction.id;
    let title = format!("Edit interaction {id} — {}", interaction.subject);
    let opened = values(interaction);
    edit_form(
        &title,
        interaction.version,
        opened,
        label,
        move |session, versioned, input| {
            let command = Command::EditInteraction {
                id,
                expected_version: Some(versioned.version()),
                edit: InteractionEdit {
                    set: versioned.changed(input, EDITABLE),
                },
            };
            versioned.save(session, command, || {
                reload(session, id).map(|now| (now.version, values(&now)))
            })?;
            Ok(Saved::Done(format!("interaction {id} saved")))
        },
        session,
    )
}
