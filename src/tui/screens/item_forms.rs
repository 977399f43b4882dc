//! The item forms: new item, and edit item against the version it was opened on (a save
//! after someone else's is refused naming who and when, the input stays and the current
//! values show beside the fields — see `versioned`). Fields carry the domain names of
//! `fields::item`, so problems land next to their field. Room: tui — data only through
//! `core`.

use time::UtcOffset;

use super::form::{Field, Form, Saved};
use super::refused::problems;
use super::versioned::{Values, Versioned};
use crate::core::stock::{StockCommand, StockEvent};
use crate::core::stock_query::item as current_item;
use crate::core::{Command, Event};
use crate::domain::fields::item::{from_input, to_row};
use crate::domain::fields::{Input, LIST_SEPARATOR};
use crate::domain::{Invalid, Item};
use crate::tui::route::Route;
use crate::tui::session::Session;

/// The form fields with their labels, in order; `active` only when editing.
const FIELDS: &[(&str, &str)] = &[
    ("sku", "SKU"),
    ("name", "Name"),
    ("uom", "Unit"),
    ("barcode", "Barcodes (a|b)"),
    ("cost", "Cost"),
    ("price", "Price"),
    ("reorder_min", "Reorder min"),
    ("reorder_max", "Reorder max"),
    ("order_multiple", "Order multiple"),
    ("lead_days", "Lead days"),
    ("active", "Active"),
];

/// The item's values as the form shows them (the export's cells, lists as `a | b`), of
/// the form's fields only.
fn values(item: &Item) -> Values {
    to_row(item, UtcOffset::UTC)
        .into_iter()
        .filter(|(name, _)| FIELDS.iter().any(|(field, _)| field == name))
        .map(|(name, value)| {
            let text = match name {
                "barcode" => item.barcodes.join(&format!(" {LIST_SEPARATOR} ")),
                _ => value.cell(),
            };
            (name, text)
        })
        .collect()
}

fn fields(item: Option<&Item>) -> Vec<Field> {
    let current = item.map(values).unwrap_or_default();
    FIELDS
        .iter()
        .filter(|(name, _)| item.is_some() || *name != "active")
        .map(|&(name, label)| {
            let value = current
                .iter()
                .find(|(field, _)| *field == name)
                .map(|(_, value)| value.as_str())
                .unwrap_or(if name == "uom" { "pcs" } else { "" });
            Field::new(name, label, value)
        })
        .collect()
}

pub fn new_item(session: &Session) -> Form {
    Form::new(
        "New item",
        fields(None),
        Box::new(|session: &Session, input: &Input| {
            let item = from_input(input, session.clock.now(), session.settings.currency)?;
            let command = Command::Stock(StockCommand::AddItem { item });
            match session.execute(command).map_err(problems)? {
                Event::Stock(StockEvent::ItemSaved(item)) => Ok(Saved::Open(
                    format!("item {} saved", item.sku),
                    Route::Item(item.id),
                )),
                _ => Ok(Saved::Done("item saved".into())),
            }
        }),
        session,
    )
}

/// Sends only what the user changed since the form opened, so a save after a stale
/// refusal keeps what someone else changed in the other fields.
pub fn edit_item(item: &Item, session: &Session) -> Form {
    let original = item.clone();
    let versioned = Versioned::new(item.version, values(item));
    Form::new(
        &format!("Edit item {}", item.sku),
        fields(Some(item)),
        Box::new(move |session: &Session, input: &Input| {
            let id = original.id;
            let command = Command::Stock(StockCommand::EditItem {
                id,
                expected_version: Some(versioned.version()),
                input: item_edit(&original, input)?,
            });
            let event = versioned.save(session, command, || {
                let now = current_item(&session.store, &session.actor, id).ok()??;
                Some((now.version, values(&now)))
            })?;
            // The SKU as saved: the edit may have changed it.
            let sku = match event {
                Event::Stock(StockEvent::ItemSaved(saved)) => saved.sku,
                _ => original.sku.clone(),
            };
            Ok(Saved::Done(format!("item {sku} saved")))
        }),
        session,
    )
}

/// The fields the form changed, as `apply_edit` reads them: changed values, barcodes
/// added and `-CODE` for the removed ones. A value once set cannot be emptied.
fn item_edit(original: &Item, input: &Input) -> Result<Input, Vec<Invalid>> {
    let mut edit = Input::new();
    let mut problems = Vec::new();
    for (name, before) in values(original) {
        if name == "barcode" {
            continue;
        }
        let now = input.text(name);
        if now == before {
            continue;
        }
        if now.is_empty() {
            problems.push(Invalid::new(name, "must not be empty"));
        } else {
            edit.set(name, now);
        }
    }
    let typed = input.list("barcode");
    for gone in original.barcodes.iter().filter(|b| !typed.contains(b)) {
        edit.push("barcode", format!("-{gone}"));
    }
    for added in typed.iter().filter(|b| !original.barcodes.contains(b)) {
        edit.push("barcode", added.clone());
    }
    if problems.is_empty() {
        Ok(edit)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::core::stock_query::find_item;
    use crate::tui::screens::scan::tests::{CHAI_BARCODE, fixture};

    fn chai(session: &Session) -> Item {
        find_item(&session.store, &session.actor, "CH-001")
            .unwrap()
            .unwrap()
    }

    #[test]
    fn an_edit_sends_only_what_changed() {
        let f = fixture();
        let item = chai(&f.session);
        let mut input = Input::new();
        for (name, value) in values(&item) {
            input.push(name, value);
        }
        input.set("price", "19.50");
        input.set("barcode", "12345670 | 4006381333931");
        let edit = item_edit(&item, &input).unwrap();
        assert_eq!(edit.text("price"), "19.50");
        assert!(!edit.has("name") && !edit.has("sku"));
        assert_eq!(edit.list("barcode"), vec!["12345670"]);
        f.session
            .execute(Command::Stock(StockCommand::EditItem {
                id: item.id,
                expected_version: Some(item.version),
                input: edit,
            }))
            .unwrap();
        let saved = chai(&f.session);
        assert_eq!(saved.price.amount, dec!(19.50));
        assert_eq!(saved.barcodes, vec![CHAI_BARCODE, "12345670"]);
    }

    #[test]
    fn removing_a_barcode_and_emptying_a_field() {
        let f = fixture();
        let item = chai(&f.session);
        let mut input = Input::new();
        input.push("name", "Chai Tea");
        input.push("sku", "CH-001");
        let edit = item_edit(&item, &input);
        let fields: Vec<&str> = edit.unwrap_err().iter().map(|p| p.field).collect();
        assert!(fields.contains(&"reorder_min") && fields.contains(&"uom"));
        for (name, value) in values(&item) {
            if name != "barcode" {
                input.set(name, value);
            }
        }
        let edit = item_edit(&item, &input).unwrap();
        assert_eq!(edit.list("barcode"), vec![format!("-{CHAI_BARCODE}")]);
    }

    #[test]
    fn forms_show_the_item_and_default_the_unit() {
        let f = fixture();
        let edit = fields(Some(&chai(&f.session)));
        assert_eq!(edit.len(), FIELDS.len());
        assert_eq!(edit[3].input.text, CHAI_BARCODE);
        let new = fields(None);
        assert_eq!(new.len(), FIELDS.len() - 1);
        assert_eq!(new[2].input.text, "pcs");
    }
}
