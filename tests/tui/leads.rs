//! Leads and consent in the TUI over the demo: the leads list (snapshot at 80×24, mono) and
//! its status filter; a lead qualified and converted onto its duplicate customer through
//! keys, seen through the CLI; creating a new customer despite a duplicate asks first;
//! consent recorded from the customer detail and from the log-call form, seen in
//! `kontor consent show`.

use std::sync::Arc;

use kontor::core::leads::{LeadFilter, list};
use kontor::core::query::list_customers;
use kontor::core::{Actor, Role};
use kontor::domain::Customer;
use kontor::domain::lead::Lead;
use kontor::store::Store;

use super::snapshots::harness::{Harness, mono};
use crate::common::demo::demo_store;
use crate::common::{json, json_list, now};

/// An agent's App over `store`, mono, 80×24.
fn harness(store: &Arc<Store>) -> Harness {
    Harness::setup()
        .store(store)
        .actor("anna", Role::Agent)
        .at(now())
        .profile(mono())
        .size(80, 24)
        .build()
}

fn leads(store: &Store) -> Vec<Lead> {
    list(store, &Actor::local("root"), &LeadFilter::default()).unwrap()
}

fn lead_named(store: &Store, name: &str) -> Lead {
    let found = leads(store).into_iter().find(|lead| lead.name == name);
    found.unwrap_or_else(|| panic!("no demo lead {name}"))
}

/// The demo customers.
fn customers(store: &Store) -> Vec<Customer> {
    list_customers(store, &Actor::local("root"), &Default::default(), 1000).unwrap()
}

#[test]
fn the_leads_list_shows_the_open_leads_and_cycles_the_status_filter() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let all = leads(&store);
    let converted = all.iter().find(|l| l.converted_to.is_some()).unwrap();
    let new = all.iter().filter(|l| l.status.name() == "new").count();
    let open = all.iter().filter(|l| l.status.rank() <= 2).count();
    // A list column shortens a long name: its first characters are what it shows.
    let converted: String = converted.display_name().chars().take(18).collect();
    let mut harness = harness(&store);
    let shown = harness.keys("g L").snapshot("leads");
    assert!(shown.contains("Leads"), "{shown}");
    assert!(
        shown.contains(&format!("{open} of {}", all.len())),
        "{shown}"
    );
    assert!(shown.contains("Website enquiry"), "{shown}");
    assert!(
        !shown.contains(&converted),
        "a converted lead is not open:\n{shown}"
    );
    let only_new = harness.keys("v").plain();
    assert!(
        only_new.contains(&format!("{new} of {}", all.len())),
        "{only_new}"
    );
    // contacted, qualified, converted: the converted one is listed there.
    let converted_view = harness.keys("v v v").plain();
    assert!(converted_view.contains(&converted), "{converted_view}");
}

#[test]
fn a_lead_is_qualified_and_converted_onto_its_duplicate_through_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let lead = lead_named(&store, "Website enquiry");
    let email = lead.emails[0].to_lowercase();
    let owner = customers(&store)
        .into_iter()
        .find(|c| c.emails.iter().any(|e| e.to_lowercase() == email))
        .unwrap();
    // A list column shortens a long name: its first characters are what it shows.
    let shortened: String = owner.name.chars().take(16).collect();
    let mut harness = harness(&store);
    harness
        .keys("g L /")
        .text("Website enquiry")
        .keys("Enter Enter");
    let detail = harness.snapshot("lead_detail");
    assert!(detail.contains(&format!("Lead {}", lead.id)), "{detail}");
    assert!(detail.contains(&shortened), "its duplicate:\n{detail}");
    // Converting a lead that is not qualified is refused.
    let refused = harness.keys("W").plain();
    assert!(refused.contains("Only a qualified lead"), "{refused}");
    // The status form offers the next step: contacted, then qualified.
    harness.keys("u C-x");
    let contacted = harness.plain();
    assert!(contacted.contains("contacted"), "{contacted}");
    harness.keys("u C-x");
    let qualified = harness.plain();
    assert!(qualified.contains("qualified"), "{qualified}");

    let candidates = harness.keys("W").snapshot("lead_convert");
    assert!(candidates.contains(&shortened), "{candidates}");
    assert!(candidates.contains("e-mail"), "the rule:\n{candidates}");
    // A new customer despite the duplicate asks first; no leaves everything as it was.
    let asked = harness.keys("n").plain();
    assert!(asked.contains("anyway"), "{asked}");
    harness.keys("n");
    let opened = harness.keys("Enter").plain();
    assert!(opened.contains("converted onto"), "{opened}");
    assert!(opened.contains("Opportunity"), "{opened}");
    drop(harness);
    drop(store);

    let shown = json(dir.path(), &["lead", "show", &lead.id.to_string()]);
    assert_eq!(shown["status"], "converted");
    assert_eq!(shown["converted_customer"].as_u64(), Some(owner.id));
    let opportunity = shown["converted_opportunity"].as_u64().unwrap();
    let opportunities = json_list(
        dir.path(),
        &["opportunity", "list", "--customer", &owner.id.to_string()],
    );
    assert!(
        opportunities
            .iter()
            .any(|o| o["id"].as_u64() == Some(opportunity)),
        "{opportunities:?}"
    );
}

/// The first demo customer with a phone and an e-mail.
fn reachable(store: &Store) -> Customer {
    let found = customers(store)
        .into_iter()
        .find(|c| !c.phones.is_empty() && !c.emails.is_empty());
    found.unwrap()
}

#[test]
fn consent_recorded_from_the_customer_detail_is_in_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let customer = reachable(&store);
    let mut harness = harness(&store);
    harness
        .keys("g c /")
        .text(&customer.name)
        .keys("Enter Enter");
    let detail = harness.plain();
    assert!(detail.contains(&customer.name), "{detail}");
    let nothing = harness.keys("v").plain();
    assert!(nothing.contains("Nothing recorded"), "{nothing}");
    // Phone, calls, confirmed: the form's defaults; the address the customer's phone.
    harness.keys("E C-x");
    let recorded = harness.snapshot("customer_consent");
    assert!(recorded.contains("Consent recorded"), "{recorded}");
    assert!(recorded.contains("may contact"), "{recorded}");
    // A call logged with the newsletter agreed to on the phone: the consent field is last.
    harness.keys("l").text("Newsletter besprochen");
    harness.keys("Tab").text("angemeldet");
    harness
        .keys("Tab Tab Tab Tab Tab Tab")
        .text("email:newsletter");
    let logged = harness.keys("C-x").plain();
    assert!(logged.contains("Consent recorded"), "{logged}");
    drop(harness);
    drop(store);

    let party = format!("customer:{}", customer.id);
    let history = json_list(dir.path(), &["consent", "show", &party]);
    assert_eq!(history.len(), 2, "{history:?}");
    assert_eq!(history[0]["channel"], "phone");
    assert_eq!(history[0]["purpose"], "calls");
    assert_eq!(history[0]["action"], "confirmed");
    assert_eq!(history[0]["address"], customer.phones[0].e164.as_str());
    assert_eq!(history[0]["source"], "call by agent anna");
    assert_eq!(history[0]["actor"], "anna");
    assert_eq!(history[1]["channel"], "email");
    assert_eq!(history[1]["purpose"], "newsletter");
    assert_eq!(history[1]["action"], "confirmed");
    let email = customer.emails[0].trim().to_lowercase();
    assert_eq!(history[1]["address"], email.as_str());
    assert_eq!(history[1]["source"], "call by agent anna");
    let interactions = json_list(
        dir.path(),
        &[
            "interaction",
            "list",
            "--customer",
            &customer.id.to_string(),
        ],
    );
    assert!(
        interactions
            .iter()
            .any(|i| i["subject"] == "Newsletter besprochen"),
        "the call was logged too"
    );
}
