//! The forms of the CRM: new customer, edit customer (refused when someone else saved in
//! between — the input stays, see `versioned`), log a call with a running duration, new
//! opportunity. The customer forms carry the optional unique customer number after the
//! name; a number in use is refused by the core under that field.
//! Each builds a `domain::fields::Input` and runs the generic record command of its kind.
//! The customer forms are the customers' own, not the generic form: they show the first
//! address and one entry per contact (`Name: role`), an edit keeping a contact's phones
//! and e-mails, in the order agents type them. Room: tui.

use time::UtcOffset;

use super::form::{Field, Form, Saved};
use super::kind::{CUSTOMERS, INTERACTIONS, OPPORTUNITIES};
use super::picker::PickerKind;
use super::refused::problems;
use super::versioned::{Values, Versioned};
use crate::core::query::get_customer;
use crate::domain::datetime::format_instant;
use crate::domain::fields::customer::CustomerEdit;
use crate::domain::fields::{Input, LIST_SEPARATOR};
use crate::domain::{Customer, Phone};
use crate::tui::route::Route;
use crate::tui::session::Session;

fn address_fields() -> Vec<Field> {
    vec![
        Field::new("street", "Street", ""),
        Field::new("postal_code", "Postal code", ""),
        Field::new("city", "City", ""),
        Field::new("country", "Country", ""),
    ]
}

pub fn new_customer(session: &Session) -> Form {
    let mut fields = vec![
        Field::new("name", "Name", ""),
        Field::new("number", "Number", ""),
        Field::new("kind", "Kind", "company"),
        Field::new("status", "Status", "lead").with_picker(PickerKind::Status),
        Field::new("phone", "Phone", ""),
        Field::new("email", "E-mail", ""),
        Field::new("contact", "Contact", ""),
    ];
    fields.extend(address_fields());
    fields.extend([
        Field::new("owner", "Owner", ""),
        Field::new("tags", "Tags", ""),
        Field::new("notes", "Notes", ""),
    ]);
    Form::new(
        "New customer",
        fields,
        Box::new(|session: &Session, input: &Input| {
            let event = session
                .execute(CUSTOMERS.add(input.clone()))
                .map_err(problems)?;
            match CUSTOMERS.added(&event) {
                Some(customer) => Ok(Saved::Open(
                    format!("customer {} saved", customer.id),
                    Route::Customer(customer.id),
                )),
                None => Ok(Saved::Done("saved".into())),
            }
        }),
        session,
    )
}

/// A contact as the edit form lists it: `Name: role`, or the name alone.
fn contact_entry(contact: &crate::domain::Contact) -> String {
    match contact.role.as_str() {
        "" => contact.name.clone(),
        role => format!("{}: {role}", contact.name),
    }
}

fn joined(values: impl Iterator<Item = String>) -> String {
    values
        .collect::<Vec<_>>()
        .join(&format!(" {LIST_SEPARATOR} "))
}

/// The edit form's fields of a customer, in form order.
fn edit_values(customer: &Customer) -> Vec<(&'static str, &'static str, String)> {
    let address = customer.addresses.first().cloned().unwrap_or_default();
    vec![
        ("name", "Name", customer.name.clone()),
        ("number", "Number", customer.number.clone()),
        ("status", "Status", customer.status.name().to_string()),
        (
            "phone",
            "Phones",
            joined(customer.phones.iter().map(|p| p.raw.clone())),
        ),
        ("email", "E-mails", joined(customer.emails.iter().cloned())),
        (
            "contact",
            "Contacts",
            joined(customer.contacts.iter().map(contact_entry)),
        ),
        ("street", "Street", address.street),
        ("postal_code", "Postal code", address.postal_code),
        ("city", "City", address.city),
        (
            "country",
            "Country",
            address.country.map(|c| c.to_string()).unwrap_or_default(),
        ),
        ("owner", "Owner", customer.owner.clone()),
        ("tags", "Tags", joined(customer.tags.iter().cloned())),
        ("notes", "Notes", customer.notes.clone()),
    ]
}

/// Edits against the version the form was opened on: a save after someone else's is
/// refused naming who changed it and when; the typed input stays in the form and every
/// field someone else changed shows its current value beside it. Saving again then
/// overwrites knowingly.
pub fn edit_customer(customer: &Customer, session: &Session) -> Form {
    let values = edit_values(customer);
    let fields = values
        .iter()
        .map(|(name, label, value)| {
            let field = Field::new(name, *label, value);
            if *name == "status" {
                field.with_picker(PickerKind::Status)
            } else {
                field
            }
        })
        .collect();
    let shown = |values: Vec<(&'static str, &'static str, String)>| -> Values {
        values
            .into_iter()
            .map(|(name, _, value)| (name, value))
            .collect()
    };
    let versioned = Versioned::new(customer.version, shown(values));
    let original = customer.clone();
    Form::new(
        &format!("Edit customer {}", customer.id),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let edit = customer_edit(&original, input).input();
            let command = CUSTOMERS.edit(original.id, versioned.version(), edit);
            versioned.save(session, command, || {
                let now = get_customer(session.store(), &session.actor, original.id).ok()??;
                Some((now.version, shown(edit_values(&now))))
            })?;
            Ok(Saved::Done(format!("customer {} saved", original.id)))
        }),
        session,
    )
}

/// The difference between a customer and what the edit form holds.
fn customer_edit(original: &Customer, input: &Input) -> CustomerEdit {
    let mut edit = CustomerEdit::default();
    for field in [
        "name",
        "number",
        "status",
        "owner",
        "notes",
        "street",
        "postal_code",
        "city",
        "country",
    ] {
        edit.set.set(field, input.text(field));
    }
    let typed = |field: &str| input.list(field);
    let raw_phones: Vec<String> = original.phones.iter().map(|p| p.raw.clone()).collect();
    edit.remove_phones = raw_phones
        .iter()
        .filter(|p| !typed("phone").contains(p))
        .cloned()
        .collect();
    edit.add_phones = typed("phone")
        .into_iter()
        .filter(|p| !raw_phones.contains(p))
        .collect();
    edit.remove_emails = original
        .emails
        .iter()
        .filter(|e| !typed("email").contains(e))
        .cloned()
        .collect();
    edit.add_emails = typed("email")
        .into_iter()
        .filter(|e| !original.emails.contains(e))
        .collect();
    edit.remove_tags = original
        .tags
        .iter()
        .filter(|t| !typed("tags").contains(t))
        .cloned()
        .collect();
    edit.add_tags = typed("tags")
        .into_iter()
        .filter(|t| !original.tags.contains(t))
        .collect();
    // A contact whose entry changed is removed by its old name and added as typed (its
    // phones and e-mails go with it).
    let listed: Vec<String> = original.contacts.iter().map(contact_entry).collect();
    edit.remove_contacts = original
        .contacts
        .iter()
        .filter(|c| !typed("contact").contains(&contact_entry(c)))
        .map(|c| c.name.clone())
        .collect();
    edit.add_contacts = typed("contact")
        .into_iter()
        .filter(|entry| !listed.contains(entry))
        .collect();
    edit
}

/// The contact a call is with: the one owning the number the caller lookup matched (none
/// when it is the customer's own number); without a matched number, the first contact.
pub fn caller_contact(customer: &Customer, matched: Option<&Phone>) -> String {
    let contact = match matched {
        Some(phone) => customer
            .contacts
            .iter()
            .find(|contact| contact.phones.iter().any(|p| p.e164 == phone.e164)),
        None => customer.contacts.first(),
    };
    contact.map(|c| c.name.clone()).unwrap_or_default()
}

/// The log-call form: channel call-in, the agent, the start time, the contact (see
/// `caller_contact`) and a running duration prefilled; the core asks a call for its
/// outcome; a follow-up date is optional.
pub fn log_call(customer: &Customer, matched: Option<&Phone>, session: &Session) -> Form {
    let now = session.clock.now();
    let started = now.replace_nanosecond(0).unwrap_or(now);
    let customer_id = customer.id;
    let fields = vec![
        Field::new("channel", "Channel", "call-in").with_picker(PickerKind::Channel),
        Field::new("agent", "Agent", &session.actor.name),
        Field::new("at", "Started", &format_instant(started, UtcOffset::UTC)),
        Field::new("contact", "Contact", &caller_contact(customer, matched))
            .with_picker(PickerKind::Contact(customer_id)),
        Field::new("subject", "Subject", ""),
        Field::new("outcome", "Outcome", ""),
        Field::new("follow_up", "Follow-up date", ""),
        Field::new("duration", "Duration", "0s"),
        Field::new("body", "Notes", ""),
    ];
    Form::new(
        &format!("Log call — {}", customer.name),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let mut input = input.clone();
            input.push("customer", customer_id.to_string());
            session.execute(INTERACTIONS.add(input)).map_err(problems)?;
            Ok(Saved::Done("call logged".into()))
        }),
        session,
    )
    .with_timer("duration")
    .focus_on("subject")
}

/// A new opportunity of `customer`: the opportunities' own new form in place of the
/// generic one (the customer given, the owner the customer's), saved by the generic add of
/// the kind.
pub fn new_opportunity(customer: &Customer, session: &Session) -> Form {
    let customer_id = customer.id;
    let fields = vec![
        Field::new("title", "Title", ""),
        Field::new("amount", "Amount", ""),
        Field::new("stage", "Stage", "qualification").with_picker(PickerKind::Stage),
        Field::new("expected_close", "Expected close", ""),
        Field::new("owner", "Owner", &customer.owner),
    ];
    Form::new(
        &format!("New opportunity — {}", customer.name),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let mut input = input.clone();
            input.push("customer", customer_id.to_string());
            session
                .execute(OPPORTUNITIES.add(input))
                .map_err(problems)?;
            Ok(Saved::Done("opportunity saved".into()))
        }),
        session,
    )
}
