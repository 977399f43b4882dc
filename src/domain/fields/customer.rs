//! Customers as fields: the one field table (export header, import columns, CLI flags and
//! their help, list columns), the export row, building from input, and edits. Room: domain
//! (pure).

use time::{OffsetDateTime, UtcOffset};

pub use super::customer_edit::{CustomerEdit, EDIT_CHANGES, apply_edit};
use super::customer_sales::{sales_row, set_sales};
use super::customer_salutation::{contact_row, of_contact, own_row, set_own};
use super::table::FieldSpec;
use super::{INNER_SEPARATOR, Input, Problems, Row, Value};
use crate::domain::customer::{normalize_email, normalize_number};
use crate::domain::datetime::format_instant;
use crate::domain::{
    Address, Contact, Country, Currency, Customer, CustomerKind, CustomerStatus, Invalid, Phone,
};

/// The field table of customers, in export-header order. An import of a file without a
/// column (an export of an older release has no `number`) leaves that field empty.
/// Addresses and contacts are positional: the n-th value of `street`, `postal_code`,
/// `city`, `region` and `country` make the n-th address, the n-th of `contact`,
/// `contact_role`, `contact_phone`, `contact_email`, `contact_gender`, `contact_title` and
/// `contact_surname` the n-th contact (`NAME:ROLE` as a contact without a role is the
/// contact NAME with that role). `gender`, `title` and `surname` greet a person customer
/// (`customer_salutation`).
pub const TABLE: [FieldSpec; 36] = [
    FieldSpec::assigned("id", "domain-field-customer-id").listed(),
    FieldSpec::text(
        "kind",
        "kind",
        "domain-field-customer-kind",
        "domain-help-customer-kind",
    ),
    FieldSpec::text(
        "number",
        "number",
        "domain-field-customer-number",
        "domain-help-customer-number",
    )
    .unique()
    .listed(),
    FieldSpec::text(
        "name",
        "name",
        "domain-field-customer-name",
        "domain-help-customer-name",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "gender",
        "gender",
        "domain-field-customer-gender",
        "domain-help-customer-gender",
    ),
    FieldSpec::text(
        "title",
        "title",
        "domain-field-customer-title",
        "domain-help-customer-title",
    ),
    FieldSpec::text(
        "surname",
        "surname",
        "domain-field-customer-surname",
        "domain-help-customer-surname",
    ),
    FieldSpec::text(
        "status",
        "status",
        "domain-field-customer-status",
        "domain-help-customer-status",
    )
    .listed(),
    FieldSpec::text(
        "owner",
        "owner",
        "domain-field-customer-owner",
        "domain-help-customer-owner",
    )
    .listed(),
    FieldSpec::text(
        "phone",
        "phone",
        "domain-field-customer-phone",
        "domain-help-customer-phone",
    )
    .many()
    .listed(),
    FieldSpec::text(
        "email",
        "email",
        "domain-field-customer-email",
        "domain-help-customer-email",
    )
    .many(),
    FieldSpec::text(
        "contact",
        "contact",
        "domain-field-customer-contact",
        "domain-help-customer-contact",
    )
    .many(),
    FieldSpec::text(
        "contact_role",
        "contact-role",
        "domain-field-customer-contact-role",
        "domain-help-customer-contact-role",
    )
    .many(),
    FieldSpec::text(
        "contact_phone",
        "contact-phone",
        "domain-field-customer-contact-phone",
        "domain-help-customer-contact-phone",
    )
    .many(),
    FieldSpec::text(
        "contact_email",
        "contact-email",
        "domain-field-customer-contact-email",
        "domain-help-customer-contact-email",
    )
    .many(),
    FieldSpec::text(
        "contact_gender",
        "contact-gender",
        "domain-field-customer-contact-gender",
        "domain-help-customer-contact-gender",
    )
    .many(),
    FieldSpec::text(
        "contact_title",
        "contact-title",
        "domain-field-customer-contact-title",
        "domain-help-customer-contact-title",
    )
    .many(),
    FieldSpec::text(
        "contact_surname",
        "contact-surname",
        "domain-field-customer-contact-surname",
        "domain-help-customer-contact-surname",
    )
    .many(),
    FieldSpec::text(
        "street",
        "street",
        "domain-field-customer-street",
        "domain-help-customer-street",
    )
    .many(),
    FieldSpec::text(
        "postal_code",
        "postal-code",
        "domain-field-customer-postal-code",
        "domain-help-customer-postal-code",
    )
    .many(),
    FieldSpec::text(
        "city",
        "city",
        "domain-field-customer-city",
        "domain-help-customer-city",
    )
    .many()
    .listed(),
    FieldSpec::text(
        "region",
        "region",
        "domain-field-customer-region",
        "domain-help-customer-region",
    )
    .many(),
    FieldSpec::text(
        "country",
        "country",
        "domain-field-customer-country",
        "domain-help-customer-country",
    )
    .many()
    .listed(),
    FieldSpec::text(
        "tags",
        "tag",
        "domain-field-customer-tags",
        "domain-help-customer-tags",
    )
    .many(),
    FieldSpec::text(
        "notes",
        "notes",
        "domain-field-customer-notes",
        "domain-help-customer-notes",
    ),
    FieldSpec::text(
        "credit_limit",
        "credit-limit",
        "domain-field-customer-credit-limit",
        "domain-help-customer-credit-limit",
    ),
    FieldSpec::text(
        "tax_treatment",
        "tax-treatment",
        "domain-field-customer-tax-treatment",
        "domain-help-customer-tax-treatment",
    ),
    FieldSpec::text(
        "vat_id",
        "vat-id",
        "domain-field-customer-vat-id",
        "domain-help-customer-vat-id",
    ),
    FieldSpec::text(
        "partial_deliveries",
        "partial-deliveries",
        "domain-field-customer-partial-deliveries",
        "domain-help-customer-partial-deliveries",
    ),
    FieldSpec::text(
        "backorders",
        "backorders",
        "domain-field-customer-backorders",
        "domain-help-customer-backorders",
    ),
    FieldSpec::text(
        "payment_days",
        "payment-days",
        "domain-field-customer-payment-days",
        "domain-help-customer-payment-days",
    ),
    FieldSpec::text(
        "skonto",
        "skonto",
        "domain-field-customer-skonto",
        "domain-help-customer-skonto",
    ),
    FieldSpec::text(
        "buyer_reference",
        "buyer-reference",
        "domain-field-customer-buyer-reference",
        "domain-help-customer-buyer-reference",
    ),
    FieldSpec::assigned("created", "domain-field-customer-created"),
    FieldSpec::assigned("updated", "domain-field-customer-updated"),
    FieldSpec::assigned("version", "domain-field-customer-version"),
];

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
    let mut row = vec![
        ("id", Value::Integer(customer.id as i64)),
        ("kind", Value::Text(customer.kind.name().into())),
        ("number", Value::Text(customer.number.clone())),
        ("name", Value::Text(customer.name.clone())),
    ];
    row.extend(own_row(customer));
    row.extend([
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
    ]);
    row.extend(contact_row(contacts));
    row.extend([
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
    ]);
    row.extend(sales_row(customer));
    row.extend([
        (
            "created",
            Value::Text(format_instant(customer.created, offset)),
        ),
        (
            "updated",
            Value::Text(format_instant(customer.updated, offset)),
        ),
        ("version", Value::Integer(customer.version as i64)),
    ]);
    row
}

fn join_inner<'a>(values: impl Iterator<Item = &'a str>) -> String {
    values
        .collect::<Vec<_>>()
        .join(&INNER_SEPARATOR.to_string())
}

/// Builds a new customer from fields; a credit limit in `currency`. Every problem is
/// reported, not only the first.
pub fn from_input(
    input: &Input,
    default_region: Country,
    currency: Currency,
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
    set_sales(&mut customer, input, currency, &mut problems);
    set_own(&mut customer, input, &mut problems);
    for (field, slot) in [
        ("created", &mut customer.created),
        ("updated", &mut customer.updated),
    ] {
        if let Some(at) = input.instant(field) {
            *slot = problems.take(at).unwrap_or(now);
        }
    }
    if let Err(invalid) = customer.validate()
        && !problems
            .0
            .iter()
            .any(|problem| problem.field == invalid.field)
    {
        problems.0.push(invalid);
    }
    problems.finish(Some(customer))
}

/// Replaces the phones (read in `region`), e-mails and tags that `input` gives: the lists of
/// the records with them (customers, suppliers).
pub(super) fn replace_lists(
    input: &Input,
    region: Country,
    problems: &mut Problems,
    (phones, emails, tags): (&mut Vec<Phone>, &mut Vec<String>, &mut Vec<String>),
) {
    if input.has("phone") {
        *phones = input
            .list("phone")
            .iter()
            .filter_map(|raw| problems.take(Phone::parse(raw, region)))
            .collect();
    }
    if input.has("email") {
        *emails = input
            .list("email")
            .iter()
            .filter_map(|raw| problems.take(normalize_email(raw)))
            .collect();
    }
    if input.has("tags") {
        *tags = split_tags(&input.list("tags"));
    }
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

pub(super) fn contacts(input: &Input, region: Country) -> Result<Vec<Contact>, Invalid> {
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
            salutation: of_contact(input, index)?,
        });
    }
    Ok(contacts)
}

#[cfg(test)]
#[path = "customer_tests.rs"]
mod tests;
