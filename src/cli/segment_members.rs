//! The rows of `kontor segment members`: one per member, of every kind a segment selects —
//! the customer itself, a contact of a customer (its customer's number, status, owner and
//! place; its own name and address), a lead — each with its kind (the table says "contact
//! of customer N"), the e-mail address a mailing would use and, with a consent criterion,
//! the addresses consent allows. Customers come in id order, each followed by its selected
//! contacts, then the leads. Room: cli.

use crate::core::segment_people::first_mailbox;
use crate::core::segments::Members;
use crate::domain::Customer;
use crate::domain::fields::{Row, Value};
use crate::domain::segment::MemberKind;

/// The columns of a member row (`consent` is added with a consent criterion).
pub const MEMBER: &[&str] = &[
    "kind", "id", "number", "name", "of", "status", "owner", "city", "country", "email",
];

/// Whether the members carry the addresses a consent criterion allows.
pub fn has_consent(members: &Members) -> bool {
    !members.consented.is_empty()
        || members
            .contacts
            .iter()
            .any(|of| of.contacts.iter().any(|(_, found)| !found.is_empty()))
        || members.leads.iter().any(|lead| !lead.consented.is_empty())
}

fn text(text: &str) -> Value {
    Value::Text(text.to_string())
}

/// The customer's place: the first address's city, the first country given.
fn place(customer: &Customer) -> (Value, Value) {
    let city = customer.addresses.first().map(|a| a.city.as_str());
    let country = customer.addresses.iter().find_map(|a| a.country);
    (
        text(city.unwrap_or_default()),
        Value::Text(country.map(|c| c.code().to_string()).unwrap_or_default()),
    )
}

/// The kind as a row says it: the machine name, or in a table its label (a contact with
/// its customer's number, or id without one).
fn kind(kind: MemberKind, customer: Option<&Customer>, table: bool) -> Value {
    match (kind, customer, table) {
        (_, _, false) => text(kind.name()),
        (MemberKind::Contact, Some(customer), true) => {
            let number = match customer.number.is_empty() {
                true => customer.id.to_string(),
                false => customer.number.clone(),
            };
            Value::Text(crate::t!("segment-member-contact-of", customer = number))
        }
        (kind, _, true) => Value::Text(kind.label()),
    }
}

/// One row per member, in the order of the module header.
pub fn rows(members: &Members, table: bool) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut contacts = members.contacts.iter().peekable();
    let mut contact_rows = |customer: u64, rows: &mut Vec<Row>| {
        while let Some(of) = contacts.next_if(|of| of.customer.id <= customer) {
            let c = &of.customer;
            for (contact, consented) in of.each() {
                let (city, country) = place(c);
                rows.push(vec![
                    ("kind", kind(MemberKind::Contact, Some(c), table)),
                    ("id", Value::Integer(c.id as i64)),
                    ("number", text(&c.number)),
                    ("name", text(&contact.name)),
                    ("of", text(&c.name)),
                    ("status", text(c.status.name())),
                    ("owner", text(&c.owner)),
                    ("city", city),
                    ("country", country),
                    (
                        "email",
                        text(first_mailbox(&contact.emails).map_or("", |e| e)),
                    ),
                    ("consent", text(&consented.join(", "))),
                ]);
            }
        }
    };
    for customer in &members.customers {
        contact_rows(customer.id.saturating_sub(1), &mut rows);
        let consented: Vec<String> = members
            .consented
            .get(&customer.id)
            .into_iter()
            .flatten()
            .map(|(person, address)| match person.is_empty() {
                true => address.clone(),
                false => format!("{person} <{address}>"),
            })
            .collect();
        let (city, country) = place(customer);
        rows.push(vec![
            ("kind", kind(MemberKind::Customer, Some(customer), table)),
            ("id", Value::Integer(customer.id as i64)),
            ("number", text(&customer.number)),
            ("name", text(&customer.name)),
            ("of", text("")),
            ("status", text(customer.status.name())),
            ("owner", text(&customer.owner)),
            ("city", city),
            ("country", country),
            (
                "email",
                text(customer.all_emails().next().map_or("", |e| e)),
            ),
            ("consent", text(&consented.join(", "))),
        ]);
        contact_rows(customer.id, &mut rows);
    }
    contact_rows(u64::MAX, &mut rows);
    for member in &members.leads {
        let lead = &member.lead;
        rows.push(vec![
            ("kind", kind(MemberKind::Lead, None, table)),
            ("id", Value::Integer(lead.id as i64)),
            ("number", text("")),
            ("name", text(lead.display_name())),
            ("of", text("")),
            ("status", text(lead.status.name())),
            ("owner", text(&lead.owner)),
            ("city", text(&lead.city)),
            (
                "country",
                Value::Text(
                    lead.country
                        .map(|c| c.code().to_string())
                        .unwrap_or_default(),
                ),
            ),
            ("email", text(first_mailbox(&lead.emails).map_or("", |e| e))),
            ("consent", text(&member.consented.join(", "))),
        ]);
    }
    rows
}
