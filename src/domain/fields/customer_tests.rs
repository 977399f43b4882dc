//! Tests of customers as fields. Room: domain.

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

/// The customer's export row as an import reads it, without id and version.
fn exported(customer: &Customer) -> Input {
    let mut again = Input::new();
    for (field, value) in to_row(customer, UtcOffset::UTC) {
        if !["id", "version"].contains(&field) {
            again.push(field, value.cell());
        }
    }
    again
}

#[test]
fn a_row_reads_back_to_the_same_customer() {
    let now = OffsetDateTime::UNIX_EPOCH;
    let customer = from_input(&alfreds_input(), de(), Currency::EUR, now).unwrap();
    assert_eq!(customer.phones.len(), 2);
    assert_eq!(customer.number, "ALFKI");
    assert_eq!(customer.tags, vec!["b2b", "key-account"]);
    let again = exported(&customer);
    assert_eq!(
        from_input(&again, de(), Currency::EUR, now).unwrap(),
        customer
    );
}

#[test]
fn a_row_without_a_number_column_has_no_number() {
    let now = OffsetDateTime::UNIX_EPOCH;
    let mut input = Input::new();
    input.push("name", "Alfreds Futterkiste");
    assert_eq!(
        from_input(&input, de(), Currency::EUR, now).unwrap().number,
        ""
    );
    input.push("number", "AL|FKI");
    let problems = from_input(&input, de(), Currency::EUR, now).unwrap_err();
    assert_eq!(problems[0].field, "number");
}

#[test]
fn an_edit_sets_trims_and_clears_the_number() {
    let now = OffsetDateTime::UNIX_EPOCH;
    let mut customer = from_input(&alfreds_input(), de(), Currency::EUR, now).unwrap();
    let mut edit = CustomerEdit::default();
    edit.set.set("number", " K-1001 ");
    apply_edit(&mut customer, &edit.input(), de(), Currency::EUR, now).unwrap();
    assert_eq!(customer.number, "K-1001");
    let before = customer.clone();
    let mut too_long = CustomerEdit::default();
    too_long.set.set("number", "K".repeat(33));
    let problems =
        apply_edit(&mut customer, &too_long.input(), de(), Currency::EUR, now).unwrap_err();
    assert_eq!(problems[0].field, "number");
    assert_eq!(customer, before);
    let mut clear = CustomerEdit::default();
    clear.set.set("number", "");
    apply_edit(&mut customer, &clear.input(), de(), Currency::EUR, now).unwrap();
    assert_eq!(customer.number, "");
}

#[test]
fn every_problem_of_a_row_is_reported() {
    let mut input = Input::new();
    input.push("email", "not-an-email");
    input.push("phone", "n/a");
    input.push("country", "Atlantis");
    let problems = from_input(&input, de(), Currency::EUR, OffsetDateTime::UNIX_EPOCH).unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
    assert!(fields.contains(&"name"), "{fields:?}");
    assert!(fields.contains(&"email"), "{fields:?}");
    assert!(fields.contains(&"phone"), "{fields:?}");
    assert!(fields.contains(&"country"), "{fields:?}");
}

#[test]
fn edits_add_and_remove_and_leave_the_record_alone_on_error() {
    let now = OffsetDateTime::UNIX_EPOCH;
    let mut customer = from_input(&alfreds_input(), de(), Currency::EUR, now).unwrap();
    let mut edit = CustomerEdit::default();
    edit.remove_phones.push("+49 30 0076545".into());
    edit.add_emails.push("maria@alfreds.de".into());
    edit.set.push("status", "customer");
    apply_edit(&mut customer, &edit.input(), de(), Currency::EUR, now).unwrap();
    assert_eq!(customer.phones.len(), 1);
    assert_eq!(customer.emails, vec!["maria@alfreds.de"]);
    assert_eq!(customer.status, CustomerStatus::Customer);
    let before = customer.clone();
    let mut bad = CustomerEdit::default();
    bad.set.push("name", "Neu");
    bad.remove_phones.push("0123 456789".into());
    assert_eq!(
        apply_edit(&mut customer, &bad.input(), de(), Currency::EUR, now).unwrap_err()[0].field,
        "phone"
    );
    assert_eq!(customer, before);
}

#[test]
fn a_contact_is_removed_by_name_and_a_new_role_keeps_its_phones() {
    let now = OffsetDateTime::UNIX_EPOCH;
    let mut customer = from_input(&alfreds_input(), de(), Currency::EUR, now).unwrap();
    customer.contacts = vec![
        Contact {
            name: "Maria Anders".into(),
            role: "Einkauf".into(),
            phones: vec![Phone::parse("030 0074321", de()).unwrap()],
            ..Contact::default()
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
    apply_edit(&mut customer, &edit.input(), de(), Currency::EUR, now).unwrap();
    assert_eq!(customer.contacts.len(), 1);
    let maria = &customer.contacts[0];
    assert_eq!(maria.role, "Geschäftsführung");
    assert_eq!(maria.phones.len(), 1, "the phone stays with the contact");
    let before = customer.clone();
    let unknown = CustomerEdit {
        remove_contacts: vec!["Nobody".into()],
        ..CustomerEdit::default()
    };
    let problems =
        apply_edit(&mut customer, &unknown.input(), de(), Currency::EUR, now).unwrap_err();
    assert_eq!(problems[0].field, "contact");
    assert!(
        problems[0]
            .to_string()
            .contains("has no contact \"Nobody\"")
    );
    assert_eq!(customer, before);
}

#[test]
fn a_list_field_given_replaces_its_values_and_a_contact_kept_keeps_its_phones() {
    let now = OffsetDateTime::UNIX_EPOCH;
    let mut customer = from_input(&alfreds_input(), de(), Currency::EUR, now).unwrap();
    customer.contacts[0].phones = vec![Phone::parse("030 0074321", de()).unwrap()];
    let mut edit = Input::new();
    edit.push("phone", "030 1234567");
    edit.set("tags", "");
    edit.push("contact", "Maria Anders|Hans Weber");
    edit.push("contact_role", "Inhaberin|Einkauf");
    apply_edit(&mut customer, &edit, de(), Currency::EUR, now).unwrap();
    assert_eq!(customer.phones.len(), 1);
    assert_eq!(customer.phones[0].e164, "+49301234567");
    assert!(customer.tags.is_empty());
    assert_eq!(customer.contacts.len(), 2);
    assert_eq!(customer.contacts[0].role, "Inhaberin");
    assert_eq!(
        customer.contacts[0].phones.len(),
        1,
        "Maria keeps her phone"
    );
    assert_eq!(customer.contacts[1].name, "Hans Weber");
}

#[test]
fn the_sales_terms_read_back_from_a_row_and_a_treatment_needing_a_vat_id_has_one() {
    let now = OffsetDateTime::UNIX_EPOCH;
    let mut input = alfreds_input();
    input.push("credit_limit", "5000");
    input.push("tax_treatment", "reverse-charge");
    input.push("vat_id", "DE 123 456 789");
    input.push("backorders", "no");
    let customer = from_input(&input, de(), Currency::EUR, now).unwrap();
    assert_eq!(customer.vat_id, "DE123456789");
    assert_eq!(
        customer.credit_limit.map(|limit| limit.amount_text()),
        Some("5000.00".to_string())
    );
    let again = exported(&customer);
    assert_eq!(
        from_input(&again, de(), Currency::EUR, now).unwrap(),
        customer
    );
    let mut domestic = customer.clone();
    let mut edit = Input::new();
    edit.set("vat_id", "");
    let problems = apply_edit(&mut domestic, &edit, de(), Currency::EUR, now).unwrap_err();
    assert_eq!(problems[0].field, "vat_id");
    assert_eq!(
        problems[0].message,
        "a customer taxed reverse-charge needs a VAT ID"
    );
    assert_eq!(domestic, customer, "a refused edit changes nothing");
    edit.set("tax_treatment", "domestic");
    apply_edit(&mut domestic, &edit, de(), Currency::EUR, now).unwrap();
    assert_eq!(domestic.vat_id, "");
    assert_eq!(
        domestic.tax_treatment,
        crate::domain::vat::TaxTreatment::Domestic
    );
}
