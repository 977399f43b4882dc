//! The location forms: a new internal location (code and name), and the edit of one's name
//! against the version it was opened on (see `versioned`). The code stays: the ledger and
//! the balances are kept under it. Room: tui — data only through `core`.

use super::form::{Field, Form, Saved};
use super::refused::problems;
use super::versioned::{Values, edit_form};
use crate::core::Command;
use crate::core::stock::StockCommand;
use crate::core::stock_query::list_locations;
use crate::domain::Location;
use crate::domain::fields::Input;
use crate::domain::location::location_key;
use crate::tui::session::Session;

/// The form for a new internal location.
pub fn new_location(session: &Session) -> Form {
    Form::new(
        "New location",
        vec![
            Field::new("code", "Code (WH1/A-01)", ""),
            Field::new("name", "Name", ""),
        ],
        Box::new(|session: &Session, input: &Input| {
            let code = input.text("code");
            let command = Command::Stock(StockCommand::AddLocation {
                code: code.clone(),
                name: input.text("name"),
            });
            session.execute(command).map_err(problems)?;
            Ok(Saved::Done(format!("location {code} saved")))
        }),
        session,
    )
}

/// What the edit form shows of a location.
fn values(location: &Location) -> Values {
    vec![("name", location.name.clone())]
}

fn label(_field: &str) -> &'static str {
    "Name"
}

/// The internal location with this code as the actor may read it now.
fn reload(session: &Session, code: &str) -> Option<Location> {
    list_locations(&session.store, &session.actor)
        .ok()?
        .into_iter()
        .find(|l| location_key(&l.code) == location_key(code))
}

/// Renames a location; the save is checked against the version the form opened on.
pub fn edit_location(location: &Location, session: &Session) -> Form {
    let code = location.code.clone();
    let title = format!("Edit location {code}");
    edit_form(
        &title,
        location.version,
        values(location),
        label,
        move |session, versioned, input| {
            let command = Command::Stock(StockCommand::EditLocation {
                code: code.clone(),
                expected_version: Some(versioned.version()),
                input: versioned.changed(input, &["name"]),
            });
            versioned.save(session, command, || {
                reload(session, &code).map(|now| (now.version, values(&now)))
            })?;
            Ok(Saved::Done(format!("location {code} saved")))
        },
        session,
    )
}
