//! Edit forms against the version of the record they were opened on. A save after someone
//! else's is refused by the core, naming who changed the record and when; the typed input
//! stays in the form, every field someone else changed shows its current value beside it,
//! and the next save goes against the new version — overwriting knowingly. Shared by the
//! edit forms of customers, opportunities, interactions, employees, items and locations.
//! Room: tui — data only through `core`.

use std::cell::Cell;

use super::form::{Field, Form, Saved};
use super::refused::problems;
use crate::core::{Command, CoreError, Event};
use crate::domain::Invalid;
use crate::domain::fields::{Input, Row};
use crate::tui::session::Session;

/// Form fields by domain name with the text they show, in form order.
pub type Values = Vec<(&'static str, String)>;

/// The `editable` fields of an export row, as a form shows them (the row's cells).
pub fn editable_values(row: Row, editable: &[&str]) -> Values {
    row.into_iter()
        .filter(|(field, _)| editable.contains(field))
        .map(|(field, value)| (field, value.cell()))
        .collect()
}

/// What an edit form remembers of the record it was opened on.
pub struct Versioned {
    opened: Values,
    version: Cell<u64>,
}

/// Whether the core refused a command because the record changed since it was read.
fn is_stale(error: &CoreError) -> bool {
    matches!(error, CoreError::Changed { .. })
}

/// The stale refusal as the form tells it: who changed the record and when, that the
/// input is kept and where the current values are.
fn stale_message(error: &CoreError) -> String {
    crate::t!("crm-stale-kept", error = error.to_string())
}

/// An edit form showing `opened` (labelled by `label`) against `version`; `save` gets
/// the session, the form's `Versioned` and the typed input.
pub fn edit_form(
    title: &str,
    version: u64,
    opened: Values,
    label: fn(&str) -> &'static str,
    save: impl Fn(&Session, &Versioned, &Input) -> Result<Saved, Vec<Invalid>> + 'static,
    session: &Session,
) -> Form {
    let fields = opened
        .iter()
        .map(|(name, value)| Field::new(name, label(name), value))
        .collect();
    let versioned = Versioned::new(version, opened);
    Form::new(
        title,
        fields,
        Box::new(move |session, input| save(session, &versioned, input)),
        session,
    )
}

impl Versioned {
    pub fn new(version: u64, opened: Values) -> Versioned {
        Versioned {
            opened,
            version: Cell::new(version),
        }
    }

    /// The version the next save is checked against.
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// The value a field showed when the form was opened ("" for unknown fields).
    pub fn opened(&self, field: &str) -> &str {
        self.opened
            .iter()
            .find(|(name, _)| *name == field)
            .map_or("", |(_, value)| value.as_str())
    }

    /// The fields of `fields` whose typed value differs from the one the form opened with,
    /// set to what was typed (empty included): what an edit sends, so a save after a stale
    /// refusal keeps what someone else changed in the other fields.
    pub fn changed(&self, input: &Input, fields: &[&'static str]) -> Input {
        let mut changed = Input::new();
        for &field in fields {
            let typed = input.text(field);
            if typed != self.opened(field) {
                changed.set(field, typed);
            }
        }
        changed
    }

    /// Runs `command`. When the core refuses it as stale, reads the record's version and
    /// values now with `current`, moves on to that version and adds, for every field whose
    /// value changed since the form was opened, a problem `now: VALUE` beside it.
    pub fn save(
        &self,
        session: &Session,
        command: Command,
        current: impl FnOnce() -> Option<(u64, Values)>,
    ) -> Result<Event, Vec<Invalid>> {
        let error = match session.execute(command) {
            Ok(event) => return Ok(event),
            Err(error) => error,
        };
        if !is_stale(&error) {
            return Err(problems(error));
        }
        let mut found = vec![Invalid::new("record", stale_message(&error))];
        if let Some((version, now)) = current() {
            self.version.set(version);
            for (name, is) in now {
                if self.opened(name) != is {
                    found.push(Invalid::new(name, crate::t!("crm-stale-now", value = is)));
                }
            }
        }
        Err(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_refusals_for_a_changed_record_count_as_stale() {
        let stale = CoreError::Changed {
            record: "customer 1".into(),
            by: "changed by ben at 2026-01-10T09:00:00Z".into(),
            version: 2,
        };
        assert!(is_stale(&stale));
        assert_eq!(
            stale_message(&stale),
            "customer 1 was changed by ben at 2026-01-10T09:00:00Z (now version 2); your input \
             is kept and the current values are shown beside the fields"
        );
        assert!(!is_stale(&CoreError::Refused(
            "not permitted for role agent".into()
        )));
        let versioned = Versioned::new(3, vec![("name", "Müller".into())]);
        assert_eq!(versioned.opened("name"), "Müller");
        assert_eq!(versioned.opened("city"), "");
        assert_eq!(versioned.version(), 3);
        let mut input = Input::new();
        input.set("name", "Müller");
        input.set("city", "Köln");
        let changed = versioned.changed(&input, &["name", "city", "zip"]);
        assert!(!changed.has("name") && !changed.has("zip"));
        assert_eq!(changed.text("city"), "Köln");
    }
}
