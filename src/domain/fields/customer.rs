//! Customers as fields: the one field table (export header, import columns, CLI flags and
//! their help, list columns), the export row, building from input, and edits. Room: domain
//! (pure).

use time::{OffsetDateTime, UtcOffset};

use super::table::{FieldSpec, names};
use super::{INNER_SEPARATOR, Input, Problems, Row, Value};
use crate::domain::customer::{normalize_email, normalize_number};
use crate::domain::datetime::format_instant;
use crate::domain::{
    Address, Contact, Country, Customer, CustomerKind, CustomerStatus, Invalid, Phone,
};

/// The field table of customers, in export-header order. An import of a file without a
/// column (an export of an older release has no `number`) leaves that field empty.
/// Addresses and contacts are positional: the n-th value of `street`, `postal_code`,
/// `city`, `region` and `country` make the n-th address, the n-th of `contact`,
/// `contact_role`, `contact_phone` and `contact_email` the n-th contact (`NAME:ROLE` as a
/// contact without a role is the contact NAME with that role).
pub const TABLE: [FieldSpec; 22] = [
    FieldSpec::assigned("id", "Id").listed(),
    FieldSpec::text("kind", "kind", "Kind", "company or person"),
    FieldSpec::text(
        "number",
        "number",
        "Number",
        "The customer number, unique when set (case and accents ignored), at most 32 characters; empty clears it on edit",
    )
    .unique()
    .listed(),
    FieldSpec::text("name", "name", "Name", "Name of the company or person")
        .required()
        .listed(),
    FieldSpec::text(
        "status",
        "status",
        "Status",
        "lead, prospect, customer or inactive",
    )
    .listed(),
    FieldSpec::text(
        "owner",
        "owner",
        "Owner",
        "Who looks after the customer, a user name [default: nobody]; empty clears it on edit",
    )
    .listed(),
    FieldSpec::text(
        "phone",
        "phone",
        "Phone",
        "A phone number in any formatting, read in the country of --country, else of the default_region setting (repeatable)",
    )
    .many()
    .listed(),
    FieldSpec::text("email", "email", "E-mail", "An e-mail address (repeatable)").many(),
    FieldSpec::text(
        "contact",
        "contact",
        "Contact",
        "Contact person (NAME or NAME:ROLE, repeatable)",
    )
    .many(),
    FieldSpec::text(
        "contact_role",
        "contact-role",
        "Contact role",
        "The role of the contact at the same place (repeatable)",
    )
    .many(),
    FieldSpec::text(
        "contact_phone",
        "contact-phone",
        "Contact phones",
        "The phones of the contact at the same place, separated by commas (repeatable)",
    )
    .many(),
    FieldSpec::text(
        "contact_email",
        "contact-email",
        "Contact e-mails",
        "The e-mails of the contact at the same place, separated by commas (repeatable)",
    )
    .many(),
    FieldSpec::text(
        "street",
        "street",
        "Street",
        "Street and house number (of the first address; repeated, of the next)",
    )
    .many(),
    FieldSpec::text(
        "postal_code",
        "postal-code",
        "Postal code",
        "Postal code (of the first address; repeated, of the next)",
    )
    .many(),
    FieldSpec::text(
        "city",
        "city",
        "City",
        "City (of the first address; repeated, of the next)",
    )
    .many()
    .listed(),
    FieldSpec::text(
        "region",
        "region",
        "Region",
        "Region or state (of the first address; repeated, of the next)",
    )
    .many(),
    FieldSpec::text(
        "country",
        "country",
        "Country",
        "ISO code or English/German name (DE, Germany, Deutschland), of the first address",
    )
    .many()
    .listed(),
    FieldSpec::text(
        "tags",
        "tag",
        "Tags",
        "A tag; commas separate several (repeatable)",
    )
    .many(),
    FieldSpec::text("notes", "notes", "Notes", "Free-text notes"),
    FieldSpec::assigned("created", "Created"),
    FieldSpec::assigned("updated", "Updated"),
    FieldSpec::assigned("version", "Version"),
];

/// Export header, in order. Import accepts the same names.
pub const FIELDS: &[&str] = &names(&TABLE);

/// Fields kontor assigns itself; an import reads past them unless it keeps ids.
pub const ASSIGNED: &[&str] = &["id", "version"];

/// The record's fields in export-header order; instants shown in `offset`.
pub fn to_row(customer: &Customer, offset: UtcOffset) -> Row {
    let contacts = &customer.contacts;
    let per_contact = |pick: fn(&Contact) -> String| contacts.iter().map(pick).collect();
    let address_part = |pick: fn(&Address) -> String| {
        Value::Text(
            customer
                .addresses
                .iter()
                .map(pick)
                .collect::<Vec<_>>()
                .join(&super::LIST_SEPARATOR.to_string()),
        )
    };
    vec![
        ("id", Value::Integer(customer.id as i64)),
        ("kind", Value::Text(customer.kind.name().into())),
        ("number", Value::Text(customer.number.clone())),
        ("name", Value::Text(customer.name.clone())),
        ("status", Value::Text(customer.status.name().into())),
        ("owner", Value::Text(customer.owner.clone())),
        (
            "phone",
            Value::List(customer.phones.iter().map(|p| p.raw.clone()).collect()),
        ),
        ("email", Value::List(customer.emails.clone())),
        ("contact", Value::List(per_contact(|c| c.name.clone()))),
        ("contact_role", Value::List(per_contact(|c| c.role.clone()))),
        (
            "contact_phone",
            Value::List(per_contact(|c| {
                join_inner(c.phones.iter().map(|p| p.raw.as_str()))
            })),
        ),
        (
            "contact_email",
            Value::List(per_contact(|c| {
                join_inner(c.emails.iter().map(String::as_str))
            })),
        ),
        ("street", address_part(|a| a.street.clone())),
        ("postal_code", address_part(|a| a.postal_code.clone())),
        ("city", address_part(|a| a.city.clone())),
        ("region", address_part(|a| a.region.clone())),
        (
            "country",
            address_part(|a| a.country.map(|c| c.code().to_string()).unwrap_or_default()),
        ),
        ("tags", Value::List(customer.tags.clone())),
        ("notes", Value::Text(customer.notes.clone())),
        (
            "created",
            Value::Text(format_instant(customer.created, offset)),
        ),
        (
            "updated",
            Value::Text(format_instant(customer.updated, offset)),
        ),
        ("version", Value::Integer(customer.version as i64)),
    ]
}

fn join_inner<'a>(values: impl Iterator<Item = &'a str>) -> String {
    values
        .collect::<Vec<_>>()
        .join(&INNER_SEPARATOR.to_string())
}

/// Builds a new customer from fields. Every problem is reported, not only the first.
pub fn from_input(
    input: &Input,
    default_region: Country,
    now: OffsetDateTime,
) -> Result<Customer, Vec<Invalid>> {
    let mut problems = Problems::default();
    let mut customer = Customer::new(&input.text("name"), now);
    if let Some(kind) = input.optional("kind") {
        customer.kind = problems
            .take(CustomerKind::parse(&kind))
            .unwrap_or(customer.kind);
    }
    if let Some(status) = input.optional("status") {
        customer.status = problems
            .take(CustomerStatus::parse(&status))
            .unwrap_or(customer.status);
    }
    customer.number = problems
        .take(normalize_number(&input.text("number")))
        .unwrap_or_default();
    customer.owner = input.text("owner");
    customer.notes = input.text("notes");
    customer.addresses = problems.take(addresses(input)).unwrap_or_default();
    let region = customer.region(default_region);
    customer.phones = input
        .list("phone")
        .iter()
        .filter_map(|raw| problems.take(Phone::parse(raw, region)))
        .collect();
    customer.emails = input
        .list("email")
        .iter()
        .filter_map(|raw| problems.take(normalize_email(raw)))
        .collect();
    customer.contacts = problems.take(contacts(input, region)).unwrap_or_default();
    customer.tags = split_tags(&input.list("tags"));
    for (field, slot) in [
        ("created", &mut customer.created),
        ("updated", &mut customer.updated),
    ] {
        if let Some(at) = input.instant(field) {
            *slot = problems.take(at).unwrap_or(now);
        }
    }
    if let Err(invalid) = customer.validate()
        && !problems.0.contains(&invalid)
    {
        problems.0.push(invalid);
    }
    problems.finish(Some(customer))
}

/// Tags may be separated by `|` or `,`; duplicates (after trimming) are dropped.
pub(super) fn split_tags(values: &[String]) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in values.iter().flat_map(|v| v.split(',')).map(str::trim) {
        if !tag.is_empty() && !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_string());
        }
    }
    tags
}

fn addresses(input: &Input) -> Result<Vec<Address>, Invalid> {
    let parts = ["street", "postal_code", "city", "region", "country"].map(|f| input.positional(f));
    let count = parts.iter().map(Vec::len).max().unwrap_or(0);
    let at = |part: usize, index: usize| parts[part].get(index).cloned().unwrap_or_default();
    let mut addresses = Vec::new();
    for index in 0..count {
        let country_text = at(4, index);
        let country = match country_text.as_str() {
            "" => None,
            text => Some(
                text.parse::<Country>()
                    .map_err(|error| Invalid::new("country", error.to_string()))?,
            ),
        };
        let address = Address {
            street: at(0, index),
            postal_code: at(1, index),
            city: at(2, index),
            region: at(3, index),
            country,
        };
        if !address.is_empty() {
            addresses.push(address);
        }
    }
    Ok(addresses)
}

fn contacts(input: &Input, region: Country) -> Result<Vec<Contact>, Invalid> {
    let names = input.positional("contact");
    let roles = input.positional("contact_role");
    let phones = input.positional("contact_phone");
    let emails = input.positional("contact_email");
    let mut contacts = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let inner = |values: &[String]| -> Vec<String> {
            values
                .get(index)
                .map(|v| {
                    v.split(INNER_SEPARATOR)
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default()
        };
        if name.is_empty() {
            continue;
        }
        let role = roles.get(index).cloned().unwrap_or_default();
        let (name, role) = match name.split_once(':') {
            Some((name, typed)) if role.is_empty() => (name.trim(), typed.trim().to_string()),
            _ => (name.as_str(), role),
        };
        contacts.push(Contact {
            name: name.to_string(),
            role,
            phones: inner(&phones)
                .iter()
                .map(|raw| Phone::parse(raw, region))
                .collect::<Result<_, _>>()?,
            emails: inner(&emails)
                .iter()
                .map(|raw| normalize_email(raw))
                .collect::<Result<_, _>>()?,
        });
    }
    Ok(contacts)
}

/// The names of an edit's changes beside the table's fields, in an edit's `Input`: values
/// added to or removed from a list (`add_phone`, `remove_contact` …), where a table field
/// given replaces the whole list.
pub const EDIT_CHANGES: [&str; 8] = [
    "add_phone",
    "remove_phone",
    "add_email",
    "remove_email",
    "add_tag",
    "remove_tag",
    "add_contact",
    "remove_contact",
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
/// field given replaces its values; `updated` moves only when something changed.
pub fn apply_edit(
    customer: &mut Customer,
    edit: &Input,
    default_region: Country,
    now: OffsetDateTime,
) -> Result<(), Vec<Invalid>> {
    let mut next = customer.clone();
    let mut problems = Problems::default();
    set_fields(&mut next, edit, &mut problems);
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
    if let Err(invalid) = next.validate() {
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
/// the contacts, a contact of the same name keeping its phones and e-mails unless given.
fn set_lists(next: &mut Customer, edit: &Input, region: Country, problems: &mut Problems) {
    if edit.has("phone") {
        next.phones = edit
            .list("phone")
            .iter()
            .filter_map(|raw| problems.take(Phone::parse(raw, region)))
            .collect();
    }
    if edit.has("email") {
        next.emails = edit
            .list("email")
            .iter()
            .filter_map(|raw| problems.take(normalize_email(raw)))
            .collect();
    }
    if edit.has("tags") {
        next.tags = split_tags(&edit.list("tags"));
    }
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
                format!("customer {} has no phone \"{raw}\"", next.id),
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
                format!("customer {} has no e-mail \"{raw}\"", next.id),
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
                format!("customer {} has no contact \"{}\"", next.id, name.trim()),
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

#[cfg(test)]
#[path = "customer_tests.rs"]
mod tests;
