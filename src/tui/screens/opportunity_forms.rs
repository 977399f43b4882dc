//! The opportunity forms and moves: edit (title, amount, probability, expected close,
//! owner — against the version it was opened on, see `versioned`), the next stage with
//! one key, and lost with the reason asked first (a won one is refused at once). The
//! stage never changes in the edit form: moving keeps the close time and the lost reason
//! right. Each runs a core command.
//! Room: tui — data only through `core`.

use time::UtcOffset;

use super::form::{Field, Form, Saved};
use super::refused::{problems, refusal};
use super::versioned::{Values, edit_form, editable_values};
use crate::core::Command;
use crate::core::query::get_opportunity;
use crate::domain::fields::opportunity::{EDITABLE, OpportunityEdit, to_row};
use crate::domain::{Opportunity, Stage};
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome};
use crate::tui::session::Session;

/// The label of each editable field.
fn label(field: &str) -> &'static str {
    match field {
        "title" => "Title",
        "amount" => "Amount",
        "probability" => "Probability %",
        "expected_close" => "Expected close",
        _ => "Owner",
    }
}

/// The editable fields as the form shows them (the export's cells).
fn values(opportunity: &Opportunity) -> Values {
    editable_values(to_row(opportunity, UtcOffset::UTC), EDITABLE)
}

/// The opportunity as the actor may read it now, if they still may.
pub fn reload(session: &Session, id: u64) -> Option<Opportunity> {
    get_opportunity(&session.store, &session.actor, id)
        .ok()
        .flatten()
}

/// Edits an opportunity; only the fields the form changed are sent, so a change someone
/// else made to another field survives the overwrite after a stale refusal. An emptied
/// probability returns to the stage's default, an emptied close date or owner is cleared.
pub fn edit_opportunity(opportunity: &Opportunity, session: &Session) -> Form {
    let id = opportunity.id;
    let title = format!("Edit opportunity {id} — {}", opportunity.title);
    let opened = values(opportunity);
    edit_form(
        &title,
        opportunity.version,
        opened,
        label,
        move |session, versioned, input| {
            let command = Command::EditOpportunity {
                id,
                expected_version: Some(versioned.version()),
                edit: OpportunityEdit {
                    set: versioned.changed(input, EDITABLE),
                },
            };
            versioned.save(session, command, || {
                reload(session, id).map(|now| (now.version, values(&now)))
            })?;
            Ok(Saved::Done(format!("opportunity {id} saved")))
        },
        session,
    )
}

/// The form that asks why an opportunity was lost, then moves it.
pub fn lost_form(opportunity: &Opportunity, session: &Session) -> Form {
    let id = opportunity.id;
    Form::new(
        &format!("Lost — {}", opportunity.title),
        vec![Field::new("lost_reason", "Reason", "")],
        Box::new(move |session: &Session, input| {
            let command = Command::MoveOpportunity {
                id,
                stage: Stage::Lost,
                probability: None,
                reason: Some(input.text("lost_reason")),
            };
            session.execute(command).map_err(problems)?;
            Ok(Saved::Done(format!("opportunity {id} lost")))
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
        _ => Outcome::Refuse("select an opportunity that is not lost".into()),
    }
}

/// Moves an opportunity to its next stage on the way to won.
pub fn next_stage(session: &Session, opportunity: Option<&Opportunity>) -> Outcome {
    let Some(card) = opportunity else {
        return Outcome::Refuse("no opportunity selected".into());
    };
    let Some(next) = card.stage.next() else {
        return Outcome::Refuse(format!("{} is closed", card.title));
    };
    let command = Command::MoveOpportunity {
        id: card.id,
        stage: next,
        probability: None,
        reason: None,
    };
    match session.execute(command) {
        Ok(_) => Outcome::Saved(
            format!("{} moved to {}", card.title, next.name()),
            After::Stay,
        ),
        Err(error) => refusal(error),
    }
}
