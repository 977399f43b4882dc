//! Opening the interaction edit form (the generic one of the kind: subject, notes, outcome,
//! duration and follow-up; channel, customer, agent and time stay as logged): agents edit
//! only the interactions they logged, so the form is not offered for others', and the core
//! refuses them anyway. And the follow-up done with one key (the workflow
//! `CompleteFollowUp`), from any screen listing interactions. Room: tui — data only through `core`.

use super::kind::{INTERACTIONS, form};
use super::refused::refusal;
use crate::core::Command;
use crate::core::access::foreign_interaction;
use crate::core::query::get_interaction;
use crate::domain::Interaction;
use crate::t;
use crate::tui::screen::{After, Outcome};
use crate::tui::session::Session;

/// The interaction as the actor may read it now, if it is still there.
pub fn reload(session: &Session, id: u64) -> Option<Interaction> {
    get_interaction(session.store(), &session.actor, id)
        .ok()
        .flatten()
}

/// Opens the edit form of the selected interaction, or says why not (nothing selected,
/// someone else's).
pub fn edit(session: &Session, interaction: Option<&Interaction>) -> Outcome {
    match interaction {
        None => Outcome::Refuse(t!("crm-nothing-selected")),
        Some(i) => match foreign_interaction(&session.actor, i) {
            Some(why) => Outcome::Refuse(why),
            None => form::change_id(INTERACTIONS, i.id, session),
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
            t!("crm-follow-up-completed", id = interaction.id.to_string()),
            After::Stay,
        ),
        Err(error) => refusal(error),
    }
}

/// The refusal when the selected line has no open follow-up.
pub fn complete_follow_up_of_nothing() -> Outcome {
    Outcome::Refuse(t!("crm-no-open-follow-up"))
}
