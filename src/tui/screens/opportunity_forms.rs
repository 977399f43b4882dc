//! The opportunity moves: the next stage with one key, and lost with the reason asked first
//! (a won one is refused at once). The stage never changes in the edit form (the generic
//! one of the kind): moving keeps the close time and the lost reason right. Each runs the
//! core's workflow command `MoveOpportunity`.
//! Room: tui — data only through `core`.

use super::form::{Field, Form, Saved};
use super::refused::{problems, refusal};
use crate::core::Command;
use crate::core::query::get_opportunity;
use crate::domain::{Opportunity, Stage};
use crate::t;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome};
use crate::tui::session::Session;

/// The opportunity as the actor may read it now, if they still may.
pub fn reload(session: &Session, id: u64) -> Option<Opportunity> {
    get_opportunity(session.store(), &session.actor, id)
        .ok()
        .flatten()
}

/// The form that asks why an opportunity was lost, then moves it.
pub fn lost_form(opportunity: &Opportunity, session: &Session) -> Form {
    let id = opportunity.id;
    Form::new(
        &t!("crm-lost-title", title = opportunity.title.as_str()),
        vec![Field::new("lost_reason", t!("crm-label-reason"), "")],
        Box::new(move |session: &Session, input| {
            let command = Command::MoveOpportunity {
                id,
                stage: Stage::Lost,
                probability: None,
                reason: Some(input.text("lost_reason")),
            };
            session.execute(command).map_err(problems)?;
            Ok(Saved::Done(t!("crm-opportunity-lost", id = id.to_string())))
        }),
        session,
    )
}

/// Opens the lost form, unless the opportunity is lost already or may not become lost
/// (a won one): then it refuses at once, before a reason is typed.
/// Asks the reason of a loss in the lost form, or says why the opportunity cannot be lost.
pub fn mark_lost(opportunity: Option<&Opportunity>) -> Outcome {
    match opportunity {
        Some(card) if card.stage != Stage::Lost => match card.may_move_to(Stage::Lost) {
            Ok(()) => Outcome::Open(Route::LoseOpportunity(Box::new(card.clone()))),
            Err(invalid) => Outcome::Refuse(invalid.to_string()),
        },
        _ => Outcome::Refuse(t!("crm-select-not-lost")),
    }
}

/// Moves an opportunity to its next stage on the way to won.
pub fn next_stage(session: &Session, opportunity: Option<&Opportunity>) -> Outcome {
    let Some(card) = opportunity else {
        return Outcome::Refuse(t!("crm-opportunity-none-selected"));
    };
    let Some(next) = card.stage.next() else {
        return Outcome::Refuse(t!("crm-opportunity-closed", title = card.title.as_str()));
    };
    let command = Command::MoveOpportunity {
        id: card.id,
        stage: next,
        probability: None,
        reason: None,
    };
    match session.execute(command) {
        Ok(_) => Outcome::Saved(
            t!(
                "crm-opportunity-moved",
                title = card.title.as_str(),
                stage = next.label()
            ),
            After::Stay,
        ),
        Err(error) => refusal(error),
    }
}
