//! The salutation in the customer forms: a person customer's gender (in the user's
//! language), title and surname as three fields, and the contacts' greetings as one field
//! of entries `Name: gender: title: surname` (trailing empty parts left out; only contacts
//! with a salutation are listed) — the syntax of the CLI's `--salute-contact`. A save sends
//! the changed entries as `salute_contact` changes; an entry deleted greets that contact
//! neutrally again. Room: tui.

use super::form::Field;
use crate::domain::fields::customer::CustomerEdit;
use crate::domain::fields::{Input, LIST_SEPARATOR};
use crate::domain::{Contact, Customer};
use crate::t;

/// The person customer's own salutation fields, set as typed on a save.
pub const OWN_FIELDS: [&str; 3] = ["gender", "title", "surname"];

/// The field of the contacts' greetings.
const CONTACTS: &str = "contact_salutations";

/// The new-customer form's fields: the customer's own salutation, empty.
pub fn new_fields() -> Vec<Field> {
    vec![
        Field::new("gender", t!("domain-field-customer-gender"), ""),
        Field::new("title", t!("domain-field-customer-title"), ""),
        Field::new("surname", t!("domain-field-customer-surname"), ""),
    ]
}

/// The edit form's fields (name, label, value) of `customer`'s salutations.
pub fn edit_values(customer: &Customer) -> Vec<(&'static str, String, String)> {
    let own = &customer.salutation;
    let entries: Vec<String> = customer.contacts.iter().filter_map(entry).collect();
    vec![
        (
            "gender",
            t!("domain-field-customer-gender"),
            own.gender.label(),
        ),
        (
            "title",
            t!("domain-field-customer-title"),
            own.title.clone(),
        ),
        (
            "surname",
            t!("domain-field-customer-surname"),
            own.surname.clone(),
        ),
        (
            CONTACTS,
            t!("crm-label-contact-salutations"),
            entries.join(&format!(" {LIST_SEPARATOR} ")),
        ),
    ]
}

/// A contact's greeting entry, `None` when it has no salutation.
fn entry(contact: &Contact) -> Option<String> {
    let own = &contact.salutation;
    if own.is_empty() {
        return None;
    }
    let mut parts = vec![
        contact.name.clone(),
        own.gender.label(),
        own.title.clone(),
        own.surname.clone(),
    ];
    while parts.last().is_some_and(String::is_empty) {
        parts.pop();
    }
    Some(parts.join(": "))
}

/// The name an entry is of.
fn named(entry: &str) -> String {
    entry
        .split(':')
        .next()
        .unwrap_or_default()
        .trim()
        .to_lowercase()
}

/// Adds the form's salutation to `edit`: the own fields as typed, a `salute_contact` for
/// each entry typed differently and a neutral one for each entry deleted.
pub fn changes(original: &Customer, input: &Input, edit: &mut CustomerEdit) {
    for field in OWN_FIELDS {
        edit.set.set(field, input.text(field));
    }
    let typed = input.list(CONTACTS);
    let listed: Vec<String> = original.contacts.iter().filter_map(entry).collect();
    for gone in listed.iter().filter(|old| {
        let name = named(old);
        !typed.iter().any(|entry| named(entry) == name)
    }) {
        edit.salute_contacts
            .push(format!("{}:", gone.split(':').next().unwrap_or_default()));
    }
    edit.salute_contacts
        .extend(typed.into_iter().filter(|entry| !listed.contains(entry)));
}

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;

    use super::*;
    use crate::domain::salutation::{Addressing, Gender};
    use crate::lang::{Lang, Locale, Zone, scope};

    #[test]
    fn changed_and_deleted_entries_become_salute_changes() {
        let mut customer = Customer::new("Weber Bau", OffsetDateTime::UNIX_EPOCH);
        let titled = Addressing {
            gender: Gender::Male,
            title: "Dr.".into(),
            surname: String::new(),
        };
        for (name, salutation) in [("Jan Weber", titled), ("Eva Roth", Addressing::default())] {
            customer.contacts.push(Contact {
                name: name.into(),
                salutation,
                ..Contact::default()
            });
        }
        let english = Locale::new(Lang::En, Zone::UTC);
        let shown = scope(english, || edit_values(&customer));
        assert_eq!(shown[3].2, "Jan Weber: male: Dr.");
        let mut input = Input::new();
        input.set(CONTACTS, "Eva Roth: female");
        let mut edit = CustomerEdit::default();
        changes(&customer, &input, &mut edit);
        assert_eq!(edit.salute_contacts, ["Jan Weber:", "Eva Roth: female"]);
        let mut same = Input::new();
        same.set(CONTACTS, "Jan Weber: male: Dr.");
        let mut edit = CustomerEdit::default();
        changes(&customer, &same, &mut edit);
        assert!(edit.salute_contacts.is_empty());
    }
}
