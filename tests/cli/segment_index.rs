//! Segment evaluation from the indexes against the plain reading of every record: on a
//! generated database (customers with random status, tags in mixed case, owners, countries
//! — sometimes only on a second address —, contacts with roles, and a consent ledger), for
//! hundreds of random segments over customers and contacts, the members, the count and
//! the members read page by page equal what checking each criterion on each record gives.

use std::collections::BTreeSet;

use kontor::core::Actor;
use kontor::core::segments::{Members, Target, count, members, members_page};
use kontor::domain::consent::{Action, Channel, ConsentEvent, Party};
use kontor::domain::customer::CustomerStatus;
use kontor::domain::segment::{Criterion, Selects, TagMatch};
use kontor::domain::{Address, Contact, Country, Customer};
use kontor::store::Store;
use time::{Duration, OffsetDateTime};

use crate::common::{Scratch, now};

const TAGS: [&str; 5] = ["vip", "VIP", "Presse", "b2b", "messe"];
const OWNERS: [&str; 4] = ["anna", "Änna", "ben", ""];
const COUNTRIES: [&str; 4] = ["DE", "AT", "CH", "FR"];
const ROLES: [&str; 3] = ["Einkauf", "Technik", "Geschäftsführung"];
const STATUSES: [CustomerStatus; 4] = [
    CustomerStatus::Lead,
    CustomerStatus::Prospect,
    CustomerStatus::Customer,
    CustomerStatus::Inactive,
];

fn pick<'a>(rng: &mut fastrand::Rng, from: &[&'a str]) -> &'a str {
    from[rng.usize(..from.len())]
}

fn address(rng: &mut fastrand::Rng, country: Option<&str>) -> Address {
    Address {
        street: "Hauptstraße 1".into(),
        postal_code: format!("{:05}", rng.u32(10000..20000)),
        city: pick(rng, &["Berlin", "berlin", "Wien", "Zürich"]).into(),
        country: country.and_then(Country::parse),
        ..Address::default()
    }
}

fn customer(rng: &mut fastrand::Rng, n: u64, at: OffsetDateTime) -> Customer {
    let mut customer = Customer::new(&format!("Kunde {n}"), at);
    customer.status = STATUSES[rng.usize(..STATUSES.len())];
    customer.owner = pick(rng, &OWNERS).into();
    for _ in 0..rng.usize(..3) {
        let tag = pick(rng, &TAGS).to_string();
        if !customer.tags.contains(&tag) {
            customer.tags.push(tag);
        }
    }
    // The country: none, on the first address, or only on a second one.
    let country = pick(rng, &COUNTRIES);
    customer.addresses = match rng.u8(..5) {
        0 => vec![],
        1 => vec![address(rng, None), address(rng, Some(country))],
        _ => vec![address(rng, Some(country))],
    };
    if rng.bool() {
        customer.emails = vec![format!("kunde{n}@example.de")];
    }
    for c in 0..rng.usize(..3) {
        customer.contacts.push(Contact {
            name: format!("Person {n}.{c}"),
            role: pick(rng, &ROLES).into(),
            emails: match rng.bool() {
                true => vec![format!("p{n}.{c}@example.de")],
                false => vec![],
            },
            ..Contact::default()
        });
    }
    customer
}

/// A consent event for `address`: confirmed or withdrawn for the newsletter.
fn event(customer: u64, address: &str, action: Action, at: OffsetDateTime) -> ConsentEvent {
    ConsentEvent {
        id: 0,
        version: 0,
        party: Party::Customer(customer),
        person: String::new(),
        channel: Channel::Email,
        address: address.into(),
        purpose: "newsletter".into(),
        action,
        at,
        source: "form".into(),
        text_version: String::new(),
        text_sha256: String::new(),
        ip: String::new(),
        actor: "test".into(),
    }
}

/// The generated database: `n` customers and a consent story for some of their addresses.
fn generated(store: &Store, rng: &mut fastrand::Rng, n: u64) {
    let at = now() - Duration::days(30);
    for index in 1..=n {
        let mut record = customer(rng, index, at);
        let id = store
            .transaction(|tx| tx.insert(&mut record.clone()))
            .unwrap();
        record.id = id;
        let addresses = record
            .emails
            .iter()
            .chain(record.contacts.iter().flat_map(|c| c.emails.iter()));
        for address in addresses.cloned().collect::<Vec<_>>() {
            let actions: &[Action] = match rng.u8(..4) {
                0 => &[],
                1 => &[Action::Confirmed],
                2 => &[Action::Confirmed, Action::Withdrawn],
                _ => &[Action::Withdrawn, Action::Confirmed],
            };
            for (step, action) in actions.iter().enumerate() {
                let event = event(
                    id,
                    &address,
                    action.clone(),
                    at + Duration::hours(step as i64),
                );
                store
                    .transaction(|tx| tx.insert(&mut event.clone()))
                    .unwrap();
            }
        }
    }
}

fn random_criterion(rng: &mut fastrand::Rng) -> Criterion {
    let tags = |rng: &mut fastrand::Rng| {
        (0..rng.usize(1..3))
            .map(|_| pick(rng, &TAGS).to_string())
            .collect()
    };
    match rng.u8(..9) {
        0 => Criterion::Status(STATUSES[rng.usize(..STATUSES.len())]),
        1 => Criterion::Tags(TagMatch::All, tags(rng)),
        2 => Criterion::Tags(TagMatch::Any, tags(rng)),
        3 => Criterion::Tags(TagMatch::None, tags(rng)),
        4 | 5 => Criterion::Country(Country::parse(pick(rng, &COUNTRIES)).unwrap()),
        6 => Criterion::Owner(pick(rng, &["anna", "ANNA", "ben", "Änna"]).into()),
        7 => Criterion::City(pick(rng, &["berlin", "WIEN"]).into()),
        _ => Criterion::Consent {
            channel: Channel::Email,
            purpose: "newsletter".into(),
        },
    }
}

/// Whether the ledger allows the newsletter to one of `addresses` now.
fn consents(store: &Store, addresses: &[String]) -> bool {
    addresses.iter().any(|address| {
        kontor::core::consent::standing(store, Channel::Email, address, "newsletter", now())
            .unwrap()
            .allows()
    })
}

/// The plain reading: every customer (`everyone`, as the store holds them), every
/// criterion on the record (consent from the ledger for the customer's or a contact's
/// address).
fn plain(
    store: &Store,
    everyone: &[Customer],
    criteria: &[Criterion],
) -> (Vec<u64>, Vec<(u64, Vec<usize>)>) {
    let mut customers = Vec::new();
    let mut contacts = Vec::new();
    for customer in everyone {
        let own = criteria
            .iter()
            .filter(|c| !c.of_the_person())
            .all(|c| c.holds_for(customer).unwrap());
        if !own {
            continue;
        }
        let mut addresses = customer.emails.clone();
        addresses.extend(customer.contacts.iter().flat_map(|c| c.emails.clone()));
        let personal = criteria
            .iter()
            .filter(|c| c.of_the_person())
            .all(|c| match c {
                Criterion::Consent { .. } => consents(store, &addresses),
                other => other.holds_for(customer).unwrap(),
            });
        if personal {
            customers.push(customer.id);
        }
        let selected: Vec<usize> = (0..customer.contacts.len())
            .filter(|&index| {
                let contact = &customer.contacts[index];
                criteria
                    .iter()
                    .filter(|c| c.of_the_person())
                    .all(|c| match c {
                        Criterion::Consent { .. } => consents(store, &contact.emails),
                        other => other.holds_for_contact(contact).unwrap(),
                    })
            })
            .collect();
        if !selected.is_empty() {
            contacts.push((customer.id, selected));
        }
    }
    (customers, contacts)
}

fn ids(members: &Members) -> Vec<u64> {
    members.customers.iter().map(|c| c.id).collect()
}

fn contacts(members: &Members) -> Vec<(u64, Vec<usize>)> {
    members
        .contacts
        .iter()
        .map(|of| {
            (
                of.customer.id,
                of.contacts.iter().map(|(i, _)| *i).collect(),
            )
        })
        .collect()
}

#[test]
fn indexed_evaluation_equals_the_plain_reading_of_every_record() {
    let scratch = Scratch::new();
    let store = Store::open(&scratch.db("db")).unwrap();
    let mut rng = fastrand::Rng::with_seed(18);
    generated(&store, &mut rng, 300);
    let actor = Actor::local("tester");
    // The records do not change between rounds: they are read once.
    let everyone: Vec<Customer> = store
        .scan::<Customer>()
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut indexed = 0;
    let mut nonempty = 0;
    let mut with_contacts = 0;
    for round in 0..250 {
        let criteria: Vec<Criterion> = (0..rng.usize(1..4))
            .map(|_| random_criterion(&mut rng))
            .collect();
        let (want_customers, want_contacts) = plain(&store, &everyone, &criteria);
        let target = Target::Filter(criteria.clone());
        let found = members(&store, &actor, &target, now()).unwrap();
        assert_eq!(ids(&found), want_customers, "round {round}: {criteria:?}");
        let (counted, plan) = count(&store, &actor, &target, now()).unwrap();
        assert_eq!(counted, want_customers.len(), "round {round}: {criteria:?}");
        assert_eq!(plan, found.plan);
        indexed += usize::from(found.indexes.len() > 1);
        nonempty += usize::from(!want_customers.is_empty());
        // Page by page, 7 at a time, the same members.
        let mut paged = Vec::new();
        let mut after = 0;
        loop {
            let (page, next) = members_page(&store, &actor, &target, now(), after, 7).unwrap();
            assert!(page.customers.len() <= 7);
            paged.extend(ids(&page));
            match next {
                Some(next) => after = next,
                None => break,
            }
        }
        assert_eq!(paged, want_customers, "round {round} paged: {criteria:?}");
        // The contacts the same criteria select.
        let people = Target::Selecting(Selects::Contacts, criteria.clone());
        if let Ok(found) = members(&store, &actor, &people, now()) {
            with_contacts += 1;
            assert_eq!(
                contacts(&found),
                want_contacts,
                "round {round} contacts: {criteria:?}"
            );
            let (counted, _) = count(&store, &actor, &people, now()).unwrap();
            let want: usize = want_contacts.iter().map(|(_, c)| c.len()).sum();
            assert_eq!(counted, want);
        }
    }
    // The generator reached intersections and members, not only empty answers.
    assert!(indexed > 50, "{indexed} intersections");
    assert!(nonempty > 100, "{nonempty} rounds with members");
    assert!(with_contacts > 100, "{with_contacts} rounds over contacts");
}

#[test]
fn a_first_page_stops_early_and_the_country_index_follows_edits() {
    let scratch = Scratch::new();
    let store = Store::open(&scratch.db("db")).unwrap();
    let mut rng = fastrand::Rng::with_seed(7);
    generated(&store, &mut rng, 120);
    let actor = Actor::local("tester");
    let de = Criterion::Country(Country::DE);
    let target = Target::Filter(vec![de.clone()]);
    let all = ids(&members(&store, &actor, &target, now()).unwrap());
    assert!(all.len() > 10, "{}", all.len());
    let (page, next) = members_page(&store, &actor, &target, now(), 0, 3).unwrap();
    assert_eq!(ids(&page), all[..3]);
    assert_eq!(next, Some(all[2]));
    assert_eq!(page.indexes, ["customers.by_country"]);
    // A customer moved to Austria leaves the German index.
    let moved = all[0];
    let mut customer = store.require::<Customer>(moved).unwrap();
    customer.addresses[0].country = Country::parse("AT");
    store
        .transaction(|tx| tx.update(&mut customer.clone(), None))
        .unwrap();
    let after = ids(&members(&store, &actor, &target, now()).unwrap());
    assert_eq!(after, all[1..]);
    let at: BTreeSet<u64> = ids(&members(
        &store,
        &actor,
        &Target::Filter(vec![Criterion::Country(Country::parse("AT").unwrap())]),
        now(),
    )
    .unwrap())
    .into_iter()
    .collect();
    assert!(at.contains(&moved));
}
