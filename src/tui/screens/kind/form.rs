//! The form of any registered kind, on the shared form widget: every `editable` field of
//! the table with its label (required ones marked `*`), several values of a `many` field
//! separated by `|`. A new record saves through the kind's add command and opens its
//! detail; an edit sends the fields that changed (the natural key stays — not in the edit
//! form, which is titled by it — unless the kind's form edits it; the saved record is named
//! by it then), a field emptied clears, and a save after
//! someone else's is refused as stale (`versioned`). Each problem appears under its field.
//! Room: tui — data only through `core` commands and queries.

use super::{KindUi, Record};
use crate::domain::fields::Input;
use crate::domain::fields::shown;
use crate::domain::fields::table::FieldSpec;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::form::{Field, Form, Saved};
use crate::tui::screens::refused::problems;
use crate::tui::screens::versioned::{Values, Versioned};
use crate::tui::session::Session;

/// The form's fields (`specs`) with `value` of each.
fn fields<'k>(
    kind: &KindUi,
    specs: impl Iterator<Item = &'k FieldSpec>,
    value: impl Fn(&str) -> String,
) -> Vec<Field> {
    specs
        .map(|spec| {
            let field = Field::new(spec.name, spec.label(), &value(spec.name));
            let field = match kind.picker(spec.name) {
                Some(picker) => field.with_picker(picker),
                None => field,
            };
            match spec.required {
                true => field.required(),
                false => field,
            }
        })
        .collect()
}

/// The fields an edit changes of `record`, as the form shows them.
fn values(kind: &KindUi, record: &Record) -> Values {
    kind.changeable()
        .map(|spec| (spec.name, record.text(spec.name)))
        .collect()
}

/// The new-record form of `kind` for a role that may change it, else the core's refusal.
pub fn create(kind: &'static KindUi, session: &Session) -> Outcome {
    match kind.may_write(session) {
        Ok(()) => Outcome::Open(Route::NewRecord(kind)),
        Err(refused) => refused,
    }
}

/// The edit form of `record` for a role that may change it, else the core's refusal.
pub fn change(kind: &'static KindUi, record: &Record, session: &Session) -> Outcome {
    match kind.may_write(session) {
        Ok(()) => Outcome::Push(Box::new(edit(kind, record, session))),
        Err(refused) => refused,
    }
}

/// The edit form of record `id` as stored now (see `change`).
pub fn change_id(kind: &'static KindUi, id: u64, session: &Session) -> Outcome {
    match kind.get(session, id) {
        Ok(Some(row)) => change(kind, &Record::new(row), session),
        Ok(None) => Outcome::Refuse(crate::t!("erp-kind-gone", kind = kind.noun(), id = id)),
        Err(error) => Outcome::Refuse(error.to_string()),
    }
}

/// The edit form of record `id` as stored now; its detail (which says it is gone) when it
/// is not.
pub fn edit_id(kind: &'static KindUi, id: u64, session: &Session) -> Box<dyn Screen> {
    match kind.get(session, id) {
        Ok(Some(row)) => Box::new(edit(kind, &Record::new(row), session)),
        _ => Box::new(super::detail::KindDetail::new(kind, id, session)),
    }
}

/// A form for a new record of `kind`; saving opens its detail.
pub fn new_record(kind: &'static KindUi, session: &Session) -> Form {
    Form::new(
        &crate::t!("erp-kind-new", kind = kind.noun()),
        fields(kind, kind.editable(), |_| String::new()),
        Box::new(move |session: &Session, input: &Input| {
            let event = session.execute(kind.add(input.clone())).map_err(problems)?;
            Ok(match kind.added(&event) {
                Some(record) => Saved::Open(
                    crate::t!(
                        "erp-kind-record-saved",
                        kind = kind.noun(),
                        label = kind.label(&record)
                    ),
                    Route::Record(kind, record.id),
                ),
                None => Saved::Done(crate::t!("erp-kind-saved", kind = kind.noun())),
            })
        }),
        session,
    )
}

/// A stored value as an edit form shows it: a choice of a closed set (stage, channel, a
/// customer's status, kind and tax treatment, an item's VAT category) by its word in the
/// user's language, which the form reads
/// back as well as the machine name; anything else as stored.
fn prefilled(name: &str, text: String) -> String {
    match name {
        "stage" | "channel" | "status" | "kind" | "tax_treatment" | "vat" => {
            shown::label(name, &text).unwrap_or(text)
        }
        _ => text,
    }
}

/// A form editing `record` against the version it was read at.
pub fn edit(kind: &'static KindUi, record: &Record, session: &Session) -> Form {
    let opened = values(kind, record);
    let form_fields = fields(kind, kind.changeable(), |name| {
        prefilled(name, record.text(name))
    });
    let versioned = Versioned::new(record.version, opened);
    let editable: Vec<&'static str> = kind.changeable().map(|spec| spec.name).collect();
    let id = record.id;
    let label = kind.label(record);
    Form::new(
        &crate::t!("erp-kind-edit", kind = kind.noun(), label = &label),
        form_fields,
        Box::new(move |session: &Session, input: &Input| {
            let changed = versioned.changed(input, &editable);
            let command = kind.edit(id, versioned.version(), changed);
            let event = versioned.save(session, command, || {
                let now = Record::new(kind.get(session, id).ok()??);
                Some((now.version, values(kind, &now)))
            })?;
            let saved = kind.saved(&event).map_or(label.clone(), |r| kind.label(&r));
            Ok(Saved::Done(crate::t!(
                "erp-kind-record-saved",
                kind = kind.noun(),
                label = saved
            )))
        }),
        session,
    )
}
