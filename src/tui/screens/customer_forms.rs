//! The forms of the CRM: new customer, edit customer (refused when someone else saved in
//! between — the input stays, see `versioned`), log a call with a running duration, new
//! opportunity. The customer forms carry the optional unique customer number after the
//! name; a number in use is refused by the core under that field; the sales terms (credit
//! limit, tax treatment, VAT ID, partial deliveries, backorders) come last, shown in the
//! user's language.
//! Each builds a `domain::fields::Input` and runs the generic record command of its kind.
//! The customer forms are the customers' own, not the generic form: they show the first
//! address and one entry per contact (`Name: role`), an edit keeping a contact's phones
//! and e-mails, in the order agents type them; the salutations (a person's gender, title,
//! surname, the contacts' greetings) after the sales terms (`customer_greeting`).
//! Room: tui.

use super::customer_consent;
use super::form::{Field, Form, Saved};
use super::kind::{CUSTOMERS, OPPORTUNITIES};
use super::picker::PickerKind;
use super::refused::problems;
use super::versioned::{Values, Versioned};
use crate::core::query::get_customer;
use crate::domain::fields::customer::CustomerEdit;
use crate::domain::fields::{Input, LIST_SEPARATOR};
use crate::domain::{Customer, Phone};
use crate::lang::format;
use crate::t;
use crate::tui::route::Route;
use crate::tui::session::Session;

fn address_fields() -> Vec<Field> {
    vec![
        Field::new("street", t!("crm-label-street"), ""),
        Field::new("postal_code", t!("crm-label-postal-code"), ""),
        Field::new("city", t!("crm-label-city"), ""),
        Field::new("country", t!("crm-label-country"), ""),
    ]
}

/// Yes or no in the user's language, as the form shows a flag (`parse_bool` reads both).
fn yes_no(flag: bool) -> String {
    match flag {
        true => t!("yes"),
        false => t!("no"),
    }
}

/// The sales terms of a customer as form fields: name, label and value in the user's
/// language (the treatment's label; the core reads German words too).
fn sales_values(customer: &Customer) -> Vec<(&'static str, String, String)> {
    let limit = customer
        .credit_limit
        .map(|limit| format::fixed(limit.amount, limit.currency.minor_units()))
        .unwrap_or_default();
    vec![
        ("credit_limit", t!("crm-label-credit-limit"), limit),
        (
            "tax_treatment",
            t!("crm-label-tax-treatment"),
            customer.tax_treatment.label(),
        ),
        ("vat_id", t!("crm-label-vat-id"), customer.vat_id.clone()),
        (
            "partial_deliveries",
            t!("crm-label-partial-deliveries"),
            yes_no(customer.partial_deliveries),
        ),
        (
            "backorders",
            t!("crm-label-backorders"),
            yes_no(customer.backorders),
        ),
    ]
}

/// The sales terms' fields, which an edit sets as typed (empty goes back to the default).
const SALES_FIELDS: [&str; 5] = [
    "credit_limit",
    "tax_treatment",
    "vat_id",
    "partial_deliveries",
    "backorders",
];

pub fn new_customer(session: &Session) -> Form {
    let mut fields = vec![
        Field::new("name", t!("crm-label-name"), ""),
        Field::new("number", t!("crm-label-number"), ""),
        Field::new("kind", t!("crm-label-kind"), "company"),
        Field::new("status", t!("crm-label-status"), "lead").with_picker(PickerKind::Status),
        Field::new("phone", t!("crm-label-phone"), ""),
        Field::new("email", t!("crm-label-email"), ""),
        Field::new("contact", t!("crm-label-contact"), ""),
    ];
    fields.extend(address_fields());
    fields.extend([
        Field::new("owner", t!("crm-label-owner"), ""),
        Field::new("tags", t!("crm-label-tags"), ""),
        Field::new("notes", t!("crm-label-notes"), ""),
    ]);
    let blank = Customer::new("", session.clock.now());
    fields.extend(
        sales_values(&blank)
            .into_iter()
            .map(|(name, label, value)| Field::new(name, label, &value)),
    );
    fields.extend(super::customer_greeting::new_fields());
    Form::new(
        &t!("crm-customer-new"),
        fields,
        Box::new(|session: &Session, input: &Input| {
            let event = session
                .execute(CUSTOMERS.add(input.clone()))
                .map_err(problems)?;
            match CUSTOMERS.added(&event) {
                Some(customer) => Ok(Saved::Open(
                    saved(customer.id),
                    Route::Customer(customer.id),
                )),
                None => Ok(Saved::Done(t!("crm-saved"))),
            }
        }),
        session,
    )
}

/// That customer `id` was saved.
fn saved(id: u64) -> String {
    t!("crm-customer-saved", id = id.to_string())
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
fn edit_values(customer: &Customer) -> Vec<(&'static str, String, String)> {
    let address = customer.addresses.first().cloned().unwrap_or_default();
    vec![
        ("name", t!("crm-label-name"), customer.name.clone()),
        ("number", t!("crm-label-number"), customer.number.clone()),
        ("status", t!("crm-label-status"), customer.status.label()),
        (
            "phone",
            t!("crm-label-phones"),
            joined(customer.phones.iter().map(|p| p.raw.clone())),
        ),
        (
            "email",
            t!("crm-label-emails"),
            joined(customer.emails.iter().cloned()),
        ),
        (
            "contact",
            t!("crm-label-contacts"),
            joined(customer.contacts.iter().map(contact_entry)),
        ),
        ("street", t!("crm-label-street"), address.street),
        (
            "postal_code",
            t!("crm-label-postal-code"),
            address.postal_code,
        ),
        ("city", t!("crm-label-city"), address.city),
        (
            "country",
            t!("crm-label-country"),
            address.country.map(|c| c.to_string()).unwrap_or_default(),
        ),
        ("owner", t!("crm-label-owner"), customer.owner.clone()),
        (
            "tags",
            t!("crm-label-tags"),
            joined(customer.tags.iter().cloned()),
        ),
        ("notes", t!("crm-label-notes"), customer.notes.clone()),
    ]
    .into_iter()
    .chain(sales_values(customer))
    .chain(super::customer_greeting::edit_values(customer))
    .collect()
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
            let field = Field::new(name, label.as_str(), value);
            if *name == "status" {
                field.with_picker(PickerKind::Status)
            } else {
                field
            }
        })
        .collect();
    let shown = |values: Vec<(&'static str, String, String)>| -> Values {
        values
            .into_iter()
            .map(|(name, _, value)| (name, value))
            .collect()
    };
    let versioned = Versioned::new(customer.version, shown(values));
    let original = customer.clone();
    Form::new(
        &t!("crm-customer-edit", id = customer.id.to_string()),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let edit = customer_edit(&original, input).input();
            let command = CUSTOMERS.edit(original.id, versioned.version(), edit);
            versioned.save(session, command, || {
                let now = get_customer(session.store(), &session.actor, original.id).ok()??;
                Some((now.version, shown(edit_values(&now))))
            })?;
            Ok(Saved::Done(saved(original.id)))
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
    ]
    .into_iter()
    .chain(SALES_FIELDS)
    {
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
    super::customer_greeting::changes(original, input, &mut edit);
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
/// outcome; a follow-up date is optional; the call may go on one of the caller's open
/// tickets or open a new one (`call_ticket`); a campaign or purpose makes it a marketing
/// call, refused without phone consent (`marketing_call`).
pub fn log_call(customer: &Customer, matched: Option<&Phone>, session: &Session) -> Form {
    let now = session.clock.now();
    let started = now.replace_nanosecond(0).unwrap_or(now);
    let customer_id = customer.id;
    let mut fields = vec![
        Field::new("channel", t!("crm-label-channel"), "call-in").with_picker(PickerKind::Channel),
        Field::new("agent", t!("crm-label-agent"), &session.actor.name),
        Field::new("at", t!("crm-label-started"), &format::instant(started)),
        Field::new(
            "contact",
            t!("crm-label-contact"),
            &caller_contact(customer, matched),
        )
        .with_picker(PickerKind::Contact(customer_id)),
        Field::new("subject", t!("crm-label-subject"), ""),
        Field::new("outcome", t!("crm-label-outcome"), ""),
        Field::new("follow_up", t!("crm-label-follow-up-date"), ""),
        Field::new("duration", t!("crm-label-duration"), "0s"),
        Field::new("body", t!("crm-label-notes"), ""),
    ];
    fields.extend(super::call_ticket::fields(customer_id));
    fields.push(customer_consent::call_field());
    fields.extend(super::marketing_call::fields());
    let (called, customer) = (matched.cloned(), customer.clone());
    Form::new(
        &t!("crm-log-call-title", customer = customer.name.as_str()),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let mut input = input.clone();
            input.push("customer", customer_id.to_string());
            let consent = customer_consent::call_consent(&input, &customer, called.as_ref())?;
            let saved = match super::marketing_call::save(session, &input, called.as_ref()) {
                Some(saved) => saved?,
                None => super::call_ticket::save(session, &input)?,
            };
            let Some(consent) = consent else {
                return Ok(saved);
            };
            let said =
                customer_consent::record_on_call(session, &customer, called.as_ref(), consent);
            Ok(match saved {
                Saved::Done(message) => Saved::Done(format!("{message} {said}")),
                Saved::Open(message, route) => Saved::Open(format!("{message} {said}"), route),
            })
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
        Field::new("title", t!("crm-label-title"), ""),
        Field::new("amount", t!("crm-label-amount"), ""),
        Field::new("stage", t!("crm-label-stage"), "qualification").with_picker(PickerKind::Stage),
        Field::new("expected_close", t!("crm-label-expected-close"), ""),
        Field::new("owner", t!("crm-label-owner"), &customer.owner),
    ];
    Form::new(
        &t!(
            "crm-opportunity-new-title",
            customer = customer.name.as_str()
        ),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let mut input = input.clone();
            input.push("customer", customer_id.to_string());
            session
                .execute(OPPORTUNITIES.add(input))
                .map_err(problems)?;
            Ok(Saved::Done(t!("crm-opportunity-saved")))
        }),
        session,
    )
}
