//! Tests of combining two customers: what the survivor keeps of the loser, each conflict
//! refused, `keep_number`. Room: domain (tests).

use rust_decimal::Decimal;
use time::macros::datetime;

use super::*;
use crate::domain::money::Currency;
use crate::domain::vat::TaxTreatment;

fn customer(id: u64, name: &str) -> Customer {
    let mut customer = Customer::new(name, datetime!(2026-01-01 9:00 UTC));
    customer.id = id;
    customer
}

fn phone(e164: &str) -> Phone {
    Phone {
        raw: e164.to_string(),
        e164: e164.to_string(),
    }
}

const NOW: OffsetDateTime = datetime!(2026-03-02 10:00 UTC);

#[test]
fn the_losers_values_are_added_once() {
    let mut survivor = customer(1, "Weber Bau GmbH");
    survivor.phones = vec![phone("+4930123456")];
    survivor.emails = vec!["info@weber-bau.de".to_string()];
    survivor.tags = vec!["Bau".to_string()];
    survivor.contacts = vec![Contact {
        name: "Anna Weber".to_string(),
        ..Contact::default()
    }];
    let mut loser = customer(2, "Weber Bau");
    loser.number = "K-7".to_string();
    loser.phones = vec![phone("+4930123456"), phone("+4930999999")];
    loser.emails = vec![
        "INFO@weber-bau.de".to_string(),
        "anna@weber-bau.de".to_string(),
    ];
    loser.tags = vec!["bau".to_string(), "Premium".to_string()];
    loser.contacts = vec![
        Contact {
            name: "ANNA WEBER".to_string(),
            role: "CEO".to_string(),
            emails: vec!["anna@weber-bau.de".to_string()],
            ..Contact::default()
        },
        Contact {
            name: "Bernd".to_string(),
            ..Contact::default()
        },
    ];
    loser.status = CustomerStatus::Customer;
    let merged = combine(&survivor, &loser, false, "2 tickets", NOW).expect("combines");
    assert!(merged.notes.contains("2 tickets"), "{}", merged.notes);
    assert_eq!(
        merged.phones,
        vec![phone("+4930123456"), phone("+4930999999")]
    );
    assert_eq!(
        merged.emails,
        vec![
            "info@weber-bau.de".to_string(),
            "anna@weber-bau.de".to_string()
        ]
    );
    assert_eq!(merged.tags, vec!["Bau".to_string(), "Premium".to_string()]);
    assert_eq!(merged.contacts.len(), 2);
    assert_eq!(merged.contacts[0].role, "CEO");
    assert_eq!(
        merged.contacts[0].emails,
        vec!["anna@weber-bau.de".to_string()]
    );
    assert_eq!(merged.number, "K-7", "an empty number takes the loser's");
    assert_eq!(merged.status, CustomerStatus::Customer);
    assert!(merged.notes.contains("K-7") && merged.notes.contains("Weber Bau"));
    assert_eq!(merged.updated, NOW);
}

#[test]
fn each_field_both_set_differently_is_one_conflict() {
    let mut survivor = customer(1, "A");
    let mut loser = customer(2, "B");
    survivor.tax_treatment = TaxTreatment::Domestic;
    loser.tax_treatment = TaxTreatment::Export;
    survivor.number = "K-1".to_string();
    loser.number = "K-2".to_string();
    survivor.credit_limit = Some(Money::new(Decimal::from(1000), Currency::EUR));
    loser.credit_limit = Some(Money::new(Decimal::from(2000), Currency::EUR));
    survivor.payment_days = Some(14);
    loser.payment_days = Some(30);
    survivor.buyer_reference = "991-1".to_string();
    loser.buyer_reference = "991-2".to_string();
    let conflicts = combine(&survivor, &loser, false, "", NOW).expect_err("conflicts");
    assert_eq!(conflicts.len(), 5, "{conflicts:?}");
    assert!(matches!(conflicts[0], Conflict::TaxTreatment { .. }));
    assert!(matches!(conflicts[1], Conflict::Number { .. }));
    assert!(matches!(conflicts[2], Conflict::CreditLimit { .. }));
    assert_eq!(conflicts[3], Conflict::PaymentTerms);
    assert!(matches!(conflicts[4], Conflict::BuyerReference { .. }));
    for conflict in &conflicts {
        assert!(!conflict.message().is_empty());
    }
}

#[test]
fn keep_number_keeps_the_survivors_and_notes_the_losers() {
    let mut survivor = customer(1, "A");
    let mut loser = customer(2, "B");
    survivor.number = "K-1".to_string();
    loser.number = "K-2".to_string();
    let merged = combine(&survivor, &loser, true, "", NOW).expect("combines");
    assert_eq!(merged.number, "K-1");
    assert!(merged.notes.contains("K-2"), "{}", merged.notes);
}

#[test]
fn a_customer_is_not_merged_into_itself_and_one_sided_values_are_taken() {
    let one = customer(1, "A");
    assert_eq!(
        combine(&one, &one, false, "", NOW),
        Err(vec![Conflict::SameCustomer])
    );
    let mut loser = customer(2, "B");
    loser.credit_limit = Some(Money::new(Decimal::from(500), Currency::EUR));
    loser.payment_days = Some(30);
    loser.partial_deliveries = false;
    loser.status = CustomerStatus::Inactive;
    let merged = combine(&one, &loser, false, "", NOW).expect("combines");
    assert_eq!(merged.credit_limit, loser.credit_limit);
    assert_eq!(merged.payment_days, Some(30));
    assert!(
        !merged.partial_deliveries,
        "a refusal of partial deliveries stays"
    );
    assert_eq!(merged.status, CustomerStatus::Lead, "inactive is not taken");
}
