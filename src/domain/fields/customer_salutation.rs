//! The salutation of customers as fields: `gender`, `title` and `surname` of a person
//! customer, and positionally `contact_gender`, `contact_title` and `contact_surname` of
//! each contact (the n-th value belongs to the n-th contact). A field given sets its part
//! (empty clears it: unknown gender, no title, the name's last word as surname); a company
//! has none, and one that becomes a company by an edit loses its own. An edit's
//! `salute_contact` change (`NAME:GENDER[:TITLE[:SURNAME]]`) sets one contact's salutation
//! without retyping the others. Room: domain (pure).

use super::{Input, Problems, Value};
use crate::domain::customer::{Customer, CustomerKind};
use crate::domain::salutation::{Addressing, parse_gender};
use crate::domain::{Contact, Invalid};

/// The person customer's own salutation fields.
const OWN: [&str; 3] = ["gender", "title", "surname"];

/// The fields of the customer's own salutation in export-header order.
pub fn own_row(customer: &Customer) -> [(&'static str, Value); 3] {
    let own = &customer.salutation;
    [
        ("gender", Value::Text(own.gender_text())),
        ("title", Value::Text(own.title.clone())),
        ("surname", Value::Text(own.surname.clone())),
    ]
}

/// The contacts' salutation fields in export-header order, one value per contact.
pub fn contact_row(contacts: &[Contact]) -> [(&'static str, Value); 3] {
    let each = |pick: fn(&Addressing) -> String| {
        Value::List(contacts.iter().map(|c| pick(&c.salutation)).collect())
    };
    [
        ("contact_gender", each(Addressing::gender_text)),
        ("contact_title", each(|a| a.title.clone())),
        ("contact_surname", each(|a| a.surname.clone())),
    ]
}

/// Sets the parts of the customer's own salutation that `input` gives; a customer that is
/// a company and was given none of them has none.
pub fn set_own(customer: &mut Customer, input: &Input, problems: &mut Problems) {
    let given = |field: &str| input.optional(field);
    let own = &mut customer.salutation;
    if let Some(gender) = given("gender") {
        own.gender = problems
            .take(parse_gender("gender", &gender))
            .unwrap_or(own.gender);
    }
    if let Some(title) = given("title") {
        own.title = title.trim().to_string();
    }
    if let Some(surname) = given("surname") {
        own.surname = surname.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    if customer.kind == CustomerKind::Company && !OWN.iter().any(|field| input.has(field)) {
        customer.salutation = Addressing::default();
    }
}

/// Whether `input` gives any of the contacts' salutation fields.
pub fn gives_contacts(input: &Input) -> bool {
    ["contact_gender", "contact_title", "contact_surname"]
        .iter()
        .any(|field| input.has(field))
}

/// The salutation of the `index`-th contact `input` gives.
pub fn of_contact(input: &Input, index: usize) -> Result<Addressing, Invalid> {
    let at = |field: &str| {
        input
            .positional(field)
            .get(index)
            .cloned()
            .unwrap_or_default()
    };
    Addressing::parse(
        "contact_gender",
        &at("contact_gender"),
        &at("contact_title"),
        &at("contact_surname"),
    )
}

/// Applies the edit's `salute_contact` changes (`NAME:GENDER[:TITLE[:SURNAME]]`, name case
/// ignored); a contact the customer does not have is refused.
pub fn salute_contacts(customer: &mut Customer, edit: &Input, problems: &mut Problems) {
    for change in edit.list("salute_contact") {
        let mut parts = change.split(':').map(str::trim);
        let name = parts.next().unwrap_or_default();
        let (gender, title, surname) = (
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
        );
        let Some(parsed) =
            problems.take(Addressing::parse("contact_gender", gender, title, surname))
        else {
            continue;
        };
        let id = customer.id.to_string();
        match customer
            .contacts
            .iter_mut()
            .find(|contact| contact.name.trim().eq_ignore_ascii_case(name))
        {
            Some(contact) => contact.salutation = parsed,
            None => problems.0.push(Invalid::new(
                "contact",
                crate::t!("domain-customer-no-contact", id = id, text = name),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;

    use super::*;
    use crate::domain::salutation::Gender;

    fn person() -> Customer {
        let mut customer = Customer::new("Anna Müller", OffsetDateTime::UNIX_EPOCH);
        customer.kind = CustomerKind::Person;
        customer.contacts.push(Contact {
            name: "Jan Weber".into(),
            ..Contact::default()
        });
        customer
    }

    #[test]
    fn given_parts_are_set_and_empty_ones_cleared() {
        let mut customer = person();
        let mut problems = Problems::default();
        let mut input = Input::new();
        input.set("gender", "weiblich");
        input.set("title", " Dr. ");
        set_own(&mut customer, &input, &mut problems);
        assert!(problems.0.is_empty());
        assert_eq!(customer.salutation.gender, Gender::Female);
        assert_eq!(customer.salutation.title, "Dr.");
        let mut clear = Input::new();
        clear.set("title", "");
        set_own(&mut customer, &clear, &mut problems);
        assert_eq!(customer.salutation.title, "");
        assert_eq!(customer.salutation.gender, Gender::Female);
        let mut wrong = Input::new();
        wrong.set("gender", "sometimes");
        set_own(&mut customer, &wrong, &mut problems);
        assert_eq!(problems.0[0].field, "gender");
        customer.kind = CustomerKind::Company;
        set_own(&mut customer, &Input::new(), &mut problems);
        assert!(customer.salutation.is_empty());
    }

    #[test]
    fn one_contact_is_saluted_by_name() {
        let mut customer = person();
        let mut problems = Problems::default();
        let mut edit = Input::new();
        edit.push("salute_contact", "jan weber:m:Prof. Dr.");
        salute_contacts(&mut customer, &edit, &mut problems);
        assert!(problems.0.is_empty());
        let salutation = &customer.contacts[0].salutation;
        assert_eq!(
            (salutation.gender, salutation.title.as_str()),
            (Gender::Male, "Prof. Dr.")
        );
        let mut nobody = Input::new();
        nobody.push("salute_contact", "Eva:f");
        salute_contacts(&mut customer, &nobody, &mut problems);
        assert_eq!(problems.0[0].field, "contact");
    }
}
