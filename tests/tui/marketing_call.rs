//! A marketing call in the TUI's log-call form over the demo: with a consent purpose filled
//! in, the call is refused inline while the person has no phone consent for it (nothing
//! logged, no use), and once the consent is in the ledger the same form logs the call and
//! records the use of that consent — seen through `kontor consent show` and the
//! interactions list.

use kontor::core::consent::{Given, history, record};
use kontor::core::query::list_customers;
use kontor::core::{Actor, Role};
use kontor::domain::Customer;
use kontor::domain::consent::{Action, Channel, Party};
use kontor::store::Store;

use super::snapshots::harness::{Harness, mono};
use crate::common::demo::demo_store;
use crate::common::{json_list, now};

/// A demo customer with a phone of its own and no contacts (the call is with it).
fn callable(store: &Store) -> Customer {
    list_customers(store, &Actor::local("root"), &Default::default(), 10_000)
        .unwrap()
        .into_iter()
        .filter_map(|listed| store.get::<Customer>(listed.id).unwrap())
        .find(|c| !c.phones.is_empty() && c.contacts.is_empty())
        .expect("a demo customer with a phone and no contacts")
}

#[test]
fn a_marketing_call_is_refused_without_phone_consent_and_records_its_use_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let customer = callable(&store);
    let mut harness = Harness::setup()
        .store(&store)
        .actor("anna", Role::Agent)
        .at(now())
        .profile(mono())
        .size(100, 30)
        .build();
    harness
        .keys("g c /")
        .text(&customer.name)
        .keys("Enter Enter");
    // Subject, outcome, then past follow-up, duration, notes, the two ticket fields, the
    // consent given and the campaign to the purpose.
    harness.keys("l").text("Herbstangebot");
    harness.keys("Tab").text("interessiert");
    harness
        .keys("Tab Tab Tab Tab Tab Tab Tab Tab")
        .text("calls");
    let refused = harness.keys("C-x").plain();
    assert!(refused.contains("may not be called"), "{refused}");
    let party = format!("customer:{}", customer.id);
    let before = history(&store, &Actor::local("root"), Party::Customer(customer.id)).unwrap();
    assert!(before.is_empty(), "nothing used: {before:?}");

    let given = Given {
        party: Some(Party::Customer(customer.id)),
        channel: Some(Channel::Phone),
        address: customer.phones[0].e164.clone(),
        purpose: "calls".into(),
        source: "form".into(),
        ..Given::default()
    };
    let consent = record(
        &store,
        &Actor::local("root"),
        now(),
        &given,
        Action::Confirmed,
    )
    .unwrap();
    let logged = harness.keys("C-x").plain();
    assert!(logged.contains("Consent use"), "{logged}");
    drop(harness);
    drop(store);

    let history = json_list(dir.path(), &["consent", "show", &party]);
    let used: Vec<_> = history.iter().filter(|e| e["action"] == "used").collect();
    assert_eq!(used.len(), 1, "{history:?}");
    assert_eq!(used[0]["relied_on"], consent.id);
    assert_eq!(used[0]["actor"], "anna");
    let calls = json_list(
        dir.path(),
        &[
            "interaction",
            "list",
            "--customer",
            &customer.id.to_string(),
        ],
    );
    let herbst: Vec<_> = calls
        .iter()
        .filter(|i| i["subject"] == "Herbstangebot")
        .collect();
    assert_eq!(herbst.len(), 1, "logged once: {calls:?}");
}
