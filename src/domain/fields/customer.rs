//! Customers as fields: export row, import/flag input, and edits. Room: domain (pure).

use time::{OffsetDateTime, UtcOffset};

use super::{INNER_SEPARATOR, Input, Problems, Row, Value};
use crate::domain::customer::{normalize_email, normalize_number};
use crate::domain::datetime::format_instant;
use crate::domain::{
    Address, Contact, Country, Customer, CustomerKind, CustomerStatus, Invalid, Phone,
};

/// Export header, in order. Import accepts the same names; a file without a column (an
/// export of an older release has no `number`) leaves that field empty.
pub const FIELDS: &[&str] = &[
    "id",
    "kind",
    "number",
    "name",
    "status",
    "owner",
    "phone",
    "email",
    "contact",
    "contact_role",
    "contact_phone",
    "contact_email",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "tags",
    "notes",
    "created",
    "updated",
    "version",
];

/// Fields kontor assigns itself; an import reads past them.
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
        contacts.push(Contact {
            name: name.clone(),
            role: roles.get(index).cloned().unwrap_or_default(),
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

/// A change to an existing customer: fields to set plus values to add or remove.
#[derive(Debug, Default, Clone)]
pub struct CustomerEdit {
    /// name, kind, number, status, owner, notes, street, postal_code, city, region,
    /// country (address fields change the first address).
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

/// Applies an edit; on any problem the customer is left as it was. A field set to an empty
/// value is cleared (an empty name is refused); `updated` moves only when something changed.
pub fn apply_edit(
    customer: &mut Customer,
    edit: &CustomerEdit,
    default_region: Country,
    now: OffsetDateTime,
) -> Result<(), Vec<Invalid>> {
    let mut next = customer.clone();
    let mut problems = Problems::default();
    let set = &edit.set;
    if let Some(name) = set.optional("name") {
        next.name = name;
    }
    if let Some(kind) = set.optional("kind") {
        next.kind = problems
            .take(CustomerKind::parse(&kind))
            .unwrap_or(next.kind);
    }
    if let Some(status) = set.optional("status") {
        next.status = problems
            .take(CustomerStatus::parse(&status))
            .unwrap_or(next.status);
    }
    if let Some(number) = set.optional("number") {
        next.number = problems
            .take(normalize_number(&number))
            .unwrap_or(next.number);
    }
    if let Some(owner) = set.optional("owner") {
        next.owner = owner;
    }
    if let Some(notes) = set.optional("notes") {
        next.notes = notes;
    }
    if ["street", "postal_code", "city", "region", "country"]
        .iter()
        .any(|f| set.has(f))
    {
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
            if let Some(value) = set.optional(field) {
                *slot = value;
            }
        }
        match set.optional("country").as_deref() {
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
    let region = next.region(default_region);
    for raw in &edit.remove_phones {
        let wanted = Phone::parse(raw, region).ok();
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
    for raw in &edit.add_phones {
        if let Some(phone) = problems.take(Phone::parse(raw, region)) {
            next.phones.push(phone);
        }
    }
    for raw in &edit.remove_emails {
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
    for raw in &edit.add_emails {
        if let Some(email) = problems.take(normalize_email(raw)) {
            next.emails.push(email);
        }
    }
    next.tags
        .retain(|tag| !edit.remove_tags.iter().any(|r| r.trim() == tag));
    for tag in split_tags(&edit.add_tags) {
        if !next.tags.contains(&tag) {
            next.tags.push(tag);
        }
    }
    let same_name =
        |contact: &Contact, name: &str| contact.name.trim().eq_ignore_ascii_case(name.trim());
    let mut removed = Vec::new();
    for name in &edit.remove_contacts {
        match next.contacts.iter().position(|c| same_name(c, name)) {
            Some(index) => removed.push(next.contacts.remove(index)),
            None => problems.0.push(Invalid::new(
                "contact",
                format!("customer {} has no contact \"{}\"", next.id, name.trim()),
            )),
        }
    }
    for contact in &edit.add_contacts {
        let (name, role) = contact.split_once(':').unwrap_or((contact, ""));
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
    if let Err(invalid) = next.validate() {
        problems.0.push(invalid);
    }
    if next != *customer {
        next.updated = now;
    }
    problems.finish(Some(next)).map(|next| *customer = next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de() -> Country {
        Country::parse("DE").unwrap()
    }

    fn alfreds_input() -> Input {
        let mut input = Input::new();
        input.push("name", "Alfreds Futterkiste");
        input.push("number", " ALFKI ");
        input.push("contact", "Maria Anders");
        input.push("contact_role", "Sales Representative");
        input.push("street", "Obere Str. 57");
        input.push("city", "Berlin");
        input.push("postal_code", "12209");
        input.push("country", "Germany");
        input.push("phone", "030-0074321");
        input.push("phone", "030-0076545");
        input.push("tags", "b2b, key-account");
        input
    }

    #[test]
    fn a_row_reads_back_to_the_same_customer() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let customer = from_input(&alfreds_input(), de(), now).unwrap();
        assert_eq!(customer.phones.len(), 2);
        assert_eq!(customer.number, "ALFKI");
        assert_eq!(customer.tags, vec!["b2b", "key-account"]);
        let mut again = Input::new();
        for (field, value) in to_row(&customer, UtcOffset::UTC) {
            if !ASSIGNED.contains(&field) {
                again.push(field, value.cell());
            }
        }
        assert_eq!(from_input(&again, de(), now).unwrap(), customer);
    }

    #[test]
    fn a_row_without_a_number_column_has_no_number() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let mut input = Input::new();
        input.push("name", "Alfreds Futterkiste");
        assert_eq!(from_input(&input, de(), now).unwrap().number, "");
        input.push("number", "AL|FKI");
        let problems = from_input(&input, de(), now).unwrap_err();
        assert_eq!(problems[0].field, "number");
    }

    #[test]
    fn an_edit_sets_trims_and_clears_the_number() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let mut customer = from_input(&alfreds_input(), de(), now).unwrap();
        let mut edit = CustomerEdit::default();
        edit.set.set("number", " K-1001 ");
        apply_edit(&mut customer, &edit, de(), now).unwrap();
        assert_eq!(customer.number, "K-1001");
        let before = customer.clone();
        let mut too_long = CustomerEdit::default();
        too_long.set.set("number", "K".repeat(33));
        let problems = apply_edit(&mut customer, &too_long, de(), now).unwrap_err();
        assert_eq!(problems[0].field, "number");
        assert_eq!(customer, before);
        let mut clear = CustomerEdit::default();
        clear.set.set("number", "");
        apply_edit(&mut customer, &clear, de(), now).unwrap();
        assert_eq!(customer.number, "");
    }

    #[test]
    fn every_problem_of_a_row_is_reported() {
        let mut input = Input::new();
        input.push("email", "not-an-email");
        input.push("phone", "n/a");
        input.push("country", "Atlantis");
        let problems = from_input(&input, de(), OffsetDateTime::UNIX_EPOCH).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        assert!(fields.contains(&"name"), "{fields:?}");
        assert!(fields.contains(&"email"), "{fields:?}");
        assert!(fields.contains(&"phone"), "{fields:?}");
        assert!(fields.contains(&"country"), "{fields:?}");
    }

    #[test]
    fn edits_add_and_remove_and_leave_the_record_alone_on_error() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let mut customer = from_input(&alfreds_input(), de(), now).unwrap();
        let mut edit = CustomerEdit::default();
        edit.remove_phones.push("+49 30 0076545".into());
        edit.add_emails.push("maria@alfreds.de".into());
        edit.set.push("status", "customer");
        apply_edit(&mut customer, &edit, de(), now).unwrap();
        assert_eq!(customer.phones.len(), 1);
        assert_eq!(customer.emails, vec!["maria@alfreds.de"]);
        assert_eq!(customer.status, CustomerStatus::Customer);
        let before = customer.clone();
        let mut bad = CustomerEdit::default();
        bad.set.push("name", "Neu");
        bad.remove_phones.push("0123 456789".into());
        assert_eq!(
            apply_edit(&mut customer, &bad, de(), now).unwrap_err()[0].field,
            "phone"
        );
        assert_eq!(customer, before);
    }

    #[test]
    fn a_contact_is_removed_by_name_and_a_new_role_keeps_its_phones() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let mut customer = from_input(&alfreds_input(), de(), now).unwrap();
        customer.contacts = vec![
            Contact {
                name: "Maria Anders".into(),
                role: "Einkauf".into(),
                phones: vec![Phone::parse("030 0074321", de()).unwrap()],
                emails: Vec::new(),
            },
            Contact {
                name: "Hans Weber".into(),
                ..Contact::default()
            },
        ];
        let edit = CustomerEdit {
            remove_contacts: vec!["maria anders".into(), "Hans Weber".into()],
            add_contacts: vec!["Maria Anders: Geschäftsführung".into()],
            ..CustomerEdit::default()
        };
        apply_edit(&mut customer, &edit, de(), now).unwrap();
        assert_eq!(customer.contacts.len(), 1);
        let maria = &customer.contacts[0];
        assert_eq!(maria.role, "Geschäftsführung");
        assert_eq!(maria.phones.len(), 1, "the phone stays with the contact");
        let before = customer.clone();
        let unknown = CustomerEdit {
            remove_contacts: vec!["Nobody".into()],
            ..CustomerEdit::default()
        };
        let problems = apply_edit(&mut customer, &unknown, de(), now).unwrap_err();
        assert_eq!(problems[0].field, "contact");
        assert!(
            problems[0]
                .to_string()
                .contains("has no contact \"Nobody\"")
        );
        assert_eq!(customer, before);
    }
}
