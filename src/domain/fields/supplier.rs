//! Suppliers as fields: the one field table (export header, import columns, CLI flags and
//! their help, list columns), the export row, building from input and the edit, where a
//! field given empty is cleared. Room: domain (pure).

use time::{OffsetDateTime, UtcOffset};

use super::customer::replace_lists;
use super::table::{FieldSpec, names};
use super::{Input, Problems, Row, Value};
use crate::domain::datetime::format_instant;
use crate::domain::supplier::parse_payment_terms;
use crate::domain::{Country, Invalid, Phone, Supplier};

/// The field table of suppliers, in export-header order.
pub const TABLE: [FieldSpec; 19] = [
    FieldSpec::assigned("id", "domain-field-supplier-id").listed(),
    FieldSpec::text(
        "number",
        "number",
        "domain-field-supplier-number",
        "domain-help-supplier-number",
    )
    .unique()
    .listed(),
    FieldSpec::text(
        "name",
        "name",
        "domain-field-supplier-name",
        "domain-help-supplier-name",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "contact",
        "contact",
        "domain-field-supplier-contact",
        "domain-help-supplier-contact",
    )
    .listed(),
    FieldSpec::text(
        "contact_role",
        "contact-role",
        "domain-field-supplier-contact-role",
        "domain-help-supplier-contact-role",
    ),
    FieldSpec::text(
        "phone",
        "phone",
        "domain-field-supplier-phone",
        "domain-help-supplier-phone",
    )
    .many()
    .listed(),
    FieldSpec::text(
        "email",
        "email",
        "domain-field-supplier-email",
        "domain-help-supplier-email",
    )
    .many(),
    FieldSpec::text(
        "street",
        "street",
        "domain-field-supplier-street",
        "domain-help-supplier-street",
    ),
    FieldSpec::text(
        "postal_code",
        "postal-code",
        "domain-field-supplier-postal-code",
        "domain-help-supplier-postal-code",
    ),
    FieldSpec::text(
        "city",
        "city",
        "domain-field-supplier-city",
        "domain-help-supplier-city",
    )
    .listed(),
    FieldSpec::text(
        "region",
        "region",
        "domain-field-supplier-region",
        "domain-help-supplier-region",
    ),
    FieldSpec::text(
        "country",
        "country",
        "domain-field-supplier-country",
        "domain-help-supplier-country",
    )
    .listed(),
    FieldSpec::text(
        "vat_id",
        "vat-id",
        "domain-field-supplier-vat-id",
        "domain-help-supplier-vat-id",
    ),
    FieldSpec::text(
        "payment_terms",
        "payment-terms",
        "domain-field-supplier-payment-terms",
        "domain-help-supplier-payment-terms",
    ),
    FieldSpec::text(
        "tags",
        "tag",
        "domain-field-supplier-tags",
        "domain-help-supplier-tags",
    )
    .many(),
    FieldSpec::text(
        "notes",
        "notes",
        "domain-field-supplier-notes",
        "domain-help-supplier-notes",
    ),
    FieldSpec::assigned("created", "domain-field-supplier-created"),
    FieldSpec::assigned("updated", "domain-field-supplier-updated"),
    FieldSpec::assigned("version", "domain-field-supplier-version"),
];

/// Export header, in order. Import accepts the same names.
pub const FIELDS: &[&str] = &names(&TABLE);

/// Fields kontor assigns itself; an import reads past them unless it keeps ids.
pub const ASSIGNED: &[&str] = &["id", "version"];

/// The record's fields in export-header order; instants shown in `offset`.
pub fn to_row(supplier: &Supplier, offset: UtcOffset) -> Row {
    let text = |value: &str| Value::Text(value.to_string());
    vec![
        ("id", Value::Integer(supplier.id as i64)),
        ("number", text(&supplier.number)),
        ("name", text(&supplier.name)),
        ("contact", text(&supplier.contact)),
        ("contact_role", text(&supplier.contact_role)),
        (
            "phone",
            Value::List(supplier.phones.iter().map(|p| p.raw.clone()).collect()),
        ),
        ("email", Value::List(supplier.emails.clone())),
        ("street", text(&supplier.street)),
        ("postal_code", text(&supplier.postal_code)),
        ("city", text(&supplier.city)),
        ("region", text(&supplier.region)),
        (
            "country",
            text(supplier.country.as_ref().map_or("", Country::code)),
        ),
        ("vat_id", text(&supplier.vat_id)),
        (
            "payment_terms",
            supplier
                .payment_terms
                .map_or_else(|| text(""), |days| Value::Integer(i64::from(days))),
        ),
        ("tags", Value::List(supplier.tags.clone())),
        ("notes", text(&supplier.notes)),
        ("created", text(&format_instant(supplier.created, offset))),
        ("updated", text(&format_instant(supplier.updated, offset))),
        ("version", Value::Integer(supplier.version as i64)),
    ]
}

/// Builds a new supplier from fields; phones are read in its country, else in
/// `default_region`. Every problem is reported, not only the first.
pub fn from_input(
    input: &Input,
    default_region: Country,
    now: OffsetDateTime,
) -> Result<Supplier, Vec<Invalid>> {
    let mut problems = Problems::default();
    let mut supplier = Supplier::new("", now);
    fill(&mut supplier, input, default_region, &mut problems);
    for (field, slot) in [
        ("created", &mut supplier.created),
        ("updated", &mut supplier.updated),
    ] {
        if let Some(at) = input.instant(field) {
            *slot = problems.take(at).unwrap_or(now);
        }
    }
    check(&supplier, &mut problems);
    problems.finish(Some(supplier))
}

/// Applies an edit: every field present in `edit` is set, a field given empty is cleared
/// (an empty name is refused); lists (phones, e-mails, tags) are replaced. On any problem
/// the supplier is left as it was; `updated` moves only when something changed.
pub fn apply_edit(
    supplier: &mut Supplier,
    edit: &Input,
    default_region: Country,
    now: OffsetDateTime,
) -> Result<(), Vec<Invalid>> {
    let mut problems = Problems::default();
    let mut next = supplier.clone();
    fill(&mut next, edit, default_region, &mut problems);
    check(&next, &mut problems);
    if next != *supplier {
        next.updated = now;
    }
    problems.finish(Some(next)).map(|next| *supplier = next)
}

/// Adds the record's own rule breach unless a field's problem already says it.
fn check(supplier: &Supplier, problems: &mut Problems) {
    if let Err(invalid) = supplier.validate()
        && !problems.0.iter().any(|p| p.field == invalid.field)
    {
        problems.0.push(invalid);
    }
}

/// Sets every editable field present in `input`.
fn fill(supplier: &mut Supplier, input: &Input, default_region: Country, problems: &mut Problems) {
    for (field, slot) in [
        ("name", &mut supplier.name),
        ("number", &mut supplier.number),
        ("contact", &mut supplier.contact),
        ("contact_role", &mut supplier.contact_role),
        ("street", &mut supplier.street),
        ("postal_code", &mut supplier.postal_code),
        ("city", &mut supplier.city),
        ("region", &mut supplier.region),
        ("vat_id", &mut supplier.vat_id),
        ("notes", &mut supplier.notes),
    ] {
        if let Some(value) = input.optional(field) {
            *slot = value;
        }
    }
    if let Some(country) = input.optional("country") {
        let parsed = match country.as_str() {
            "" => Ok(None),
            text => text
                .parse::<Country>()
                .map(Some)
                .map_err(|error| Invalid::new("country", error.to_string())),
        };
        if let Some(country) = problems.take(parsed)
            && country != supplier.country
        {
            supplier.country = country;
            // Numbers kept from before are read again in the new country.
            let region = supplier.phone_region(default_region);
            for phone in &mut supplier.phones {
                if let Ok(again) = Phone::parse(&phone.raw, region) {
                    *phone = again;
                }
            }
        }
    }
    if let Some(terms) = input.optional("payment_terms")
        && let Some(days) = problems.take(parse_payment_terms(&terms))
    {
        supplier.payment_terms = days;
    }
    let region = supplier.phone_region(default_region);
    let lists = (
        &mut supplier.phones,
        &mut supplier.emails,
        &mut supplier.tags,
    );
    replace_lists(input, region, problems, lists);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exotic_input() -> Input {
        let mut input = Input::new();
        input.push("number", "1");
        input.push("name", "Exotic Liquids");
        input.push("contact", "Charlotte Cooper");
        input.push("contact_role", "Purchasing Manager");
        input.push("street", "49 Gilbert St.");
        input.push("city", "London");
        input.push("postal_code", "EC1 4SD");
        input.push("country", "UK");
        input.push("phone", "(171) 555-2222");
        input.push("payment_terms", "30");
        input.push("tags", "beverages, uk");
        input
    }

    #[test]
    fn the_header_is_the_table() {
        assert_eq!(FIELDS.len(), TABLE.len());
        assert_eq!(FIELDS[0], "id");
        assert!(FIELDS.contains(&"payment_terms"));
        let row = to_row(
            &Supplier::new("X", OffsetDateTime::UNIX_EPOCH),
            UtcOffset::UTC,
        );
        let header: Vec<&str> = row.iter().map(|(field, _)| *field).collect();
        assert_eq!(header, FIELDS);
        for field in &TABLE {
            assert_eq!(field.editable, !field.flag.is_empty(), "{}", field.name);
            assert!(
                !field.editable || !field.help_key.is_empty(),
                "{}",
                field.name
            );
        }
    }

    #[test]
    fn a_row_reads_back_to_the_same_supplier() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let supplier = from_input(&exotic_input(), Country::DE, now).unwrap();
        assert_eq!(supplier.phones[0].e164, "+441715552222");
        assert_eq!(
            supplier.country.map(|c| c.code().to_string()).unwrap(),
            "GB"
        );
        assert_eq!(supplier.payment_terms, Some(30));
        assert_eq!(supplier.tags, ["beverages", "uk"]);
        let mut again = Input::new();
        for (field, value) in to_row(&supplier, UtcOffset::UTC) {
            if !ASSIGNED.contains(&field) {
                again.push(field, value.cell());
            }
        }
        assert_eq!(from_input(&again, Country::DE, now).unwrap(), supplier);
    }

    #[test]
    fn every_problem_of_a_row_is_reported() {
        let mut input = Input::new();
        input.push("payment_terms", "thirty");
        input.push("email", "nobody");
        input.push("country", "Atlantis");
        let problems = from_input(&input, Country::DE, OffsetDateTime::UNIX_EPOCH).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        for field in ["name", "payment_terms", "email", "country"] {
            assert!(fields.contains(&field), "{field} in {fields:?}");
        }
    }

    #[test]
    fn an_edit_sets_what_it_names_and_an_empty_value_clears() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let later = now + time::Duration::days(1);
        let mut supplier = from_input(&exotic_input(), Country::DE, now).unwrap();
        let mut edit = Input::new();
        edit.set("contact", "");
        edit.set("payment_terms", "");
        edit.set("phone", "");
        edit.push("city", "Manchester");
        apply_edit(&mut supplier, &edit, Country::DE, later).unwrap();
        assert_eq!(supplier.contact, "");
        assert_eq!(supplier.payment_terms, None);
        assert!(supplier.phones.is_empty());
        assert_eq!(supplier.city, "Manchester");
        assert_eq!(supplier.name, "Exotic Liquids");
        assert_eq!(supplier.updated, later);
        let before = supplier.clone();
        let mut bad = Input::new();
        bad.set("name", "");
        bad.push("notes", "kept?");
        let problems = apply_edit(&mut supplier, &bad, Country::DE, later).unwrap_err();
        assert_eq!(problems[0].field, "name");
        assert_eq!(supplier, before);
    }

    #[test]
    fn phones_follow_the_country() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let mut input = Input::new();
        input.push("name", "Bäckerei Müller");
        input.push("phone", "030 1234567");
        let mut supplier = from_input(&input, Country::DE, now).unwrap();
        assert_eq!(supplier.phones[0].e164, "+49301234567");
        let mut edit = Input::new();
        edit.push("country", "AT");
        apply_edit(&mut supplier, &edit, Country::DE, now).unwrap();
        assert_eq!(supplier.phones[0].e164, "+43301234567");
    }
}
