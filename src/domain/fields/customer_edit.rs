//! Edits of customers: one `Input` whose table fields set (a field given empty clears it,
//! a list field given replaces its values, address fields change the first address) and
//! whose `EDIT_CHANGES` add and remove single phones, e-mails, tags and contacts, and set
//! one contact's salutation. Room: domain (pure).

use time::OffsetDateTime;

use super::Input;
use super::Problems;
use super::customer::{contacts, replace_lists, split_tags};
use super::customer_salutation::{gives_contacts, salute_contacts, set_own};
use crate::domain::customer::{normalize_email, normalize_number};
use crate::domain::{
    Address, Contact, Country, Currency, Customer, CustomerKind, CustomerStatus, Invalid, Phone,
};

/// The names of an edit's changes beside the table's fields, in an edit's `Input`: values
/// added to or removed from a list (`add_phone`, `remove_contact` …), where a table field
/// given replaces the whole list.
pub const EDIT_CHANGES: [&str; 9] = [
    "add_phone",
    "remove_phone",
    "add_email",
    "remove_email",
    "add_tag",
    "remove_tag",
    "add_contact",
    "remove_contact",
    "salute_contact",
];

/// A change to an existing customer: fields to set plus values to add or remove, as an
/// edit's `Input` holds them (`input`).
#[derive(Debug, Default, Clone)]
pub struct CustomerEdit {
    /// Fields of the table to set (empty clears; a list field replaces all its values;
    /// address fields change the first address).
    pub set: Input,
    pub add_phones: Vec<String>,
    pub remove_phones: Vec<String>,
    pub add_emails: Vec<String>,
    pub remove_emails: Vec<String>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    /// `NAME` or `NAME:ROLE`; a contact removed by the same edit (`remove_contacts`) keeps
    /// its phones and e-mails under its new role.
    pub add_contacts: Vec<String>,
    /// Names of contacts to remove, case ignored.
    pub remove_contacts: Vec<String>,
    /// `NAME:GENDER[:TITLE[:SURNAME]]`: the salutation of the contact of that name (case
    /// ignored), replaced whole.
    pub salute_contacts: Vec<String>,
}

impl CustomerEdit {
    /// The edit as one `Input`: the fields set, and each change under its `EDIT_CHANGES`
    /// name, one value each.
    pub fn input(&self) -> Input {
        let mut input = self.set.clone();
        let changes = [
            &self.add_phones,
            &self.remove_phones,
            &self.add_emails,
            &self.remove_emails,
            &self.add_tags,
            &self.remove_tags,
            &self.add_contacts,
            &self.remove_contacts,
            &self.salute_contacts,
        ];
        for (name, values) in EDIT_CHANGES.into_iter().zip(changes) {
            for value in values {
                input.push(name, value.clone());
            }
        }
        input
    }
}

/// Applies an edit (table fields and `EDIT_CHANGES`); on any problem the customer is left
/// as it was. A field set to an empty value is cleared (an empty name is refused); a list
/// field given replaces its values (a credit limit is read in `currency`); `updated` moves
/// only when something changed.
pub fn apply_edit(
    customer: &mut Customer,
    edit: &Input,
    default_region: Country,
    currency: Currency,
    now: OffsetDateTime,
) -> Result<(), Vec<Invalid>> {
    let mut next = customer.clone();
    let mut problems = Problems::default();
    set_fields(&mut next, edit, &mut problems);
    super::customer_sales::set_sales(&mut next, edit, currency, &mut problems);
    set_address(&mut next, edit, &mut problems);
    let region = next.region(default_region);
    set_lists(&mut next, edit, region, &mut problems);
    change_phones_and_emails(&mut next, edit, region, &mut problems);
    next.tags
        .retain(|tag| !edit.list("remove_tag").contains(tag));
    for tag in split_tags(&edit.list("add_tag")) {
        if !next.tags.contains(&tag) {
            next.tags.push(tag);
        }
    }
    change_contacts(&mut next, edit, &mut problems);
    set_own(&mut next, edit, &mut problems);
    salute_contacts(&mut next, edit, &mut problems);
    if let Err(invalid) = next.validate()
        && !problems
            .0
            .iter()
            .any(|problem| problem.field == invalid.field)
    {
        problems.0.push(invalid);
    }
    if next != *customer {
        next.updated = now;
    }
    problems.finish(Some(next)).map(|next| *customer = next)
}

/// The single-valued fields present in `edit`.
fn set_fields(next: &mut Customer, edit: &Input, problems: &mut Problems) {
    if let Some(name) = edit.optional("name") {
        next.name = name;
    }
    if let Some(kind) = edit.optional("kind") {
        next.kind = problems
            .take(CustomerKind::parse(&kind))
            .unwrap_or(next.kind);
    }
    if let Some(status) = edit.optional("status") {
        next.status = problems
            .take(CustomerStatus::parse(&status))
            .unwrap_or(next.status);
    }
    if let Some(number) = edit.optional("number") {
        next.number = problems
            .take(normalize_number(&number))
            .unwrap_or(next.number.clone());
    }
    if let Some(owner) = edit.optional("owner") {
        next.owner = owner;
    }
    if let Some(notes) = edit.optional("notes") {
        next.notes = notes;
    }
}

/// The parts of the first address present in `edit`.
fn set_address(next: &mut Customer, edit: &Input, problems: &mut Problems) {
    let parts = ["street", "postal_code", "city", "region", "country"];
    if !parts.iter().any(|f| edit.has(f)) {
        return;
    }
    if next.addresses.is_empty() {
        next.addresses.push(Address::default());
    }
    let first = &mut next.addresses[0];
    for (field, slot) in [
        ("street", &mut first.street),
        ("postal_code", &mut first.postal_code),
        ("city", &mut first.city),
        ("region", &mut first.region),
    ] {
        if let Some(value) = edit.optional(field) {
            *slot = value;
        }
    }
    match edit.optional("country").as_deref() {
        Some("") => first.country = None,
        Some(country) => {
            let parsed = country
                .parse::<Country>()
                .map_err(|e| Invalid::new("country", e.to_string()));
            first.country = problems.take(parsed).or(first.country);
        }
        None => {}
    }
}

/// The list fields present in `edit`, each replacing its values; contacts given replace
/// the contacts, a contact of the same name keeping its phones, e-mails and salutation
/// unless given.
fn set_lists(next: &mut Customer, edit: &Input, region: Country, problems: &mut Problems) {
    let lists = (&mut next.phones, &mut next.emails, &mut next.tags);
    replace_lists(edit, region, problems, lists);
    if edit.has("contact") {
        let stored = std::mem::take(&mut next.contacts);
        let given = problems.take(contacts(edit, region)).unwrap_or_default();
        next.contacts = given
            .into_iter()
            .map(|mut contact| {
                if let Some(old) = stored.iter().find(|old| old.name == contact.name) {
                    if !edit.has("contact_phone") {
                        contact.phones = old.phones.clone();
                    }
                    if !edit.has("contact_email") {
                        contact.emails = old.emails.clone();
                    }
                    if !gives_contacts(edit) {
                        contact.salutation = old.salutation.clone();
                    }
                }
                contact
            })
            .collect();
    }
}

/// The phones and e-mails added and removed (`EDIT_CHANGES`); removing one the customer
/// does not have is refused.
fn change_phones_and_emails(
    next: &mut Customer,
    edit: &Input,
    region: Country,
    problems: &mut Problems,
) {
    for raw in edit.list("remove_phone") {
        let wanted = Phone::parse(&raw, region).ok();
        let before = next.phones.len();
        next.phones.retain(|phone| {
            phone.raw != raw.trim() && Some(&phone.e164) != wanted.as_ref().map(|w| &w.e164)
        });
        if next.phones.len() == before {
            problems.0.push(Invalid::new(
                "phone",
                crate::t!(
                    "domain-customer-no-phone",
                    id = next.id.to_string(),
                    text = raw
                ),
            ));
        }
    }
    for raw in edit.list("add_phone") {
        if let Some(phone) = problems.take(Phone::parse(&raw, region)) {
            next.phones.push(phone);
        }
    }
    for raw in edit.list("remove_email") {
        let before = next.emails.len();
        next.emails
            .retain(|email| !email.eq_ignore_ascii_case(raw.trim()));
        if next.emails.len() == before {
            problems.0.push(Invalid::new(
                "email",
                crate::t!(
                    "domain-customer-no-email",
                    id = next.id.to_string(),
                    text = raw
                ),
            ));
        }
    }
    for raw in edit.list("add_email") {
        if let Some(email) = problems.take(normalize_email(&raw)) {
            next.emails.push(email);
        }
    }
}

/// The contacts removed by name and added as `NAME` or `NAME:ROLE` (`EDIT_CHANGES`); one
/// removed and added again keeps its phones and e-mails.
fn change_contacts(next: &mut Customer, edit: &Input, problems: &mut Problems) {
    let same_name =
        |contact: &Contact, name: &str| contact.name.trim().eq_ignore_ascii_case(name.trim());
    let mut removed = Vec::new();
    for name in edit.list("remove_contact") {
        match next.contacts.iter().position(|c| same_name(c, &name)) {
            Some(index) => removed.push(next.contacts.remove(index)),
            None => problems.0.push(Invalid::new(
                "contact",
                crate::t!(
                    "domain-customer-no-contact",
                    id = next.id.to_string(),
                    text = name.trim()
                ),
            )),
        }
    }
    for contact in edit.list("add_contact") {
        let (name, role) = contact.split_once(':').unwrap_or((&contact, ""));
        let kept = removed
            .iter()
            .position(|c| same_name(c, name))
            .map(|i| removed.remove(i));
        next.contacts.push(Contact {
            name: name.trim().to_string(),
            role: role.trim().to_string(),
            ..kept.unwrap_or_default()
        });
    }
}
