//! The history search on a small store: slices resume exactly where they stopped, the
//! customers matched by name come at once and only then, and only CRM readers search.

use time::{Duration, OffsetDateTime};

use super::*;
use crate::core::Role;
use crate::domain::interaction::Channel;
use crate::domain::{Customer, Interaction};

const SUBJECTS: [&str; 5] = [
    "Anruf wegen Lieferung",
    "Reklamation Lieferschein",
    "Angebot",
    "RÉKLAMATION Rechnung",
    "Rückruf",
];

fn insert_customer(store: &Store, name: &str) -> u64 {
    let customer = Customer::new(name, OffsetDateTime::UNIX_EPOCH);
    store
        .transaction(|tx| {
            let mut customer = customer.clone();
            tx.insert(&mut customer)?;
            Ok(customer.id)
        })
        .unwrap()
}

/// The `n`th interaction: logged a day before the one before it, with a subject from
/// `SUBJECTS` and every eleventh with the word in its body only; every third has a
/// follow-up due on the day it was logged, done for every sixth.
fn insert_interaction(store: &Store, customer_id: u64, n: usize) -> Interaction {
    let at = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000 - n as i64);
    let interaction = Interaction {
        id: 0,
        customer_id,
        contact: String::new(),
        channel: Channel::CallIn,
        subject: SUBJECTS[n % SUBJECTS.len()].into(),
        body: if n.is_multiple_of(11) {
            "Kunde meldet eine reklamation".into()
        } else {
            String::new()
        },
        outcome: String::new(),
        duration: 0,
        agent: "anna".into(),
        at,
        follow_up: n.is_multiple_of(3).then(|| at.date()),
        follow_up_done: n.is_multiple_of(6),
        campaign: None,
        version: 0,
    };
    store
        .transaction(|tx| {
            let mut interaction = interaction.clone();
            tx.insert(&mut interaction)?;
            Ok(interaction)
        })
        .unwrap()
}

/// A store with 97 interactions: every tenth (from the fourth) of "Müller GmbH", the
/// others of "Schmidt AG".
fn history() -> (tempfile::TempDir, Store, Vec<Interaction>, u64) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let schmidt = insert_customer(&store, "Schmidt AG");
    let muller = insert_customer(&store, "Müller GmbH");
    let all = (0..97)
        .map(|n| {
            let customer = if n % 10 == 3 { muller } else { schmidt };
            insert_interaction(&store, customer, n)
        })
        .collect();
    (dir, store, all, muller)
}

/// Every slice from the newest on, with `budget` and `limit`.
fn walk(store: &Store, search: &InteractionSearch, budget: usize, limit: usize) -> Vec<Slice> {
    let admin = Actor::local("root");
    let mut slices = Vec::new();
    let mut from = None;
    loop {
        let slice = search
            .slice(store, &admin, from.as_ref(), budget, limit)
            .unwrap();
        from = slice.next.clone();
        slices.push(slice);
        if from.is_none() {
            return slices;
        }
    }
}

fn ids(interactions: &[Interaction]) -> Vec<u64> {
    interactions.iter().map(|i| i.id).collect()
}

#[test]
fn slices_find_every_subject_and_body_match_once_newest_first() {
    let (_dir, store, all, _) = history();
    let search =
        InteractionSearch::new(&store, &Actor::local("root"), "reklamation", Scope::All).unwrap();
    let mut expected: Vec<u64> = all
        .iter()
        .filter(|i| {
            let text = format!("{} {}", i.subject, i.body).to_lowercase();
            text.contains("reklamation") || text.contains("réklamation")
        })
        .map(|i| i.id)
        .collect();
    expected.reverse();
    assert!(expected.len() > 30, "{expected:?}");
    for (budget, limit) in [(10, 500), (7, 3), (1, 1), (97, 500), (500, 500)] {
        let slices = walk(&store, &search, budget, limit);
        let found: Vec<u64> = slices.iter().flat_map(|s| ids(&s.found)).collect();
        assert_eq!(found, expected, "budget {budget}, limit {limit}");
        assert!(slices.iter().all(|s| s.found.len() <= limit));
    }
    // 97 records in slices of 10: ten slices, the last short, down to the first logged.
    let slices = walk(&store, &search, 10, 500);
    assert_eq!(slices.len(), 10);
    assert_eq!(slices[0].reached, Some(all[87].at.date()));
    assert_eq!(slices[9].reached, Some(all[0].at.date()));
}

#[test]
fn a_slice_that_reaches_its_limit_goes_on_below_its_last_match() {
    let (_dir, store, _, _) = history();
    let admin = Actor::local("root");
    let search = InteractionSearch::new(&store, &admin, "Rechnung", Scope::All).unwrap();
    let first = search.slice(&store, &admin, None, 50, 2).unwrap();
    assert_eq!(first.found.len(), 2);
    assert_eq!(first.next, Some(Resume(Position::Below(first.found[1].id))));
    assert_eq!(first.reached, Some(first.found[1].at.date()));
    let second = search
        .slice(&store, &admin, first.next.as_ref(), 50, 2)
        .unwrap();
    assert!(second.found[0].id < first.found[1].id);
}

#[test]
fn customers_matched_by_name_come_at_once_latest_first_and_not_again_in_slices() {
    let (_dir, store, all, muller) = history();
    let admin = Actor::local("root");
    let search = InteractionSearch::new(&store, &admin, "MULLER", Scope::All).unwrap();
    let named = search.of_named_customers(&store, &admin, 0..500).unwrap();
    let mut expected: Vec<&Interaction> = all.iter().filter(|i| i.customer_id == muller).collect();
    expected.sort_by_key(|i| std::cmp::Reverse(i.at));
    assert_eq!(
        ids(&named),
        expected.iter().map(|i| i.id).collect::<Vec<_>>()
    );
    assert_eq!(named.len(), 10);
    let capped = search.of_named_customers(&store, &admin, 0..4).unwrap();
    assert_eq!(ids(&capped), ids(&named[..4]));
    let rest = search.of_named_customers(&store, &admin, 4..500).unwrap();
    assert_eq!(ids(&rest), ids(&named[4..]));
    assert!(
        walk(&store, &search, 10, 500)
            .iter()
            .all(|s| s.found.is_empty())
    );
    let search = InteractionSearch::new(&store, &admin, "gmbh r", Scope::All).unwrap();
    assert_eq!(
        search.of_named_customers(&store, &admin, 0..500).unwrap(),
        []
    );
}

#[test]
fn a_match_by_customer_name_and_by_subject_is_found_once() {
    let (_dir, store, all, _) = history();
    let admin = Actor::local("root");
    let billing = insert_customer(&store, "Rechnungswesen KG");
    // Subject "RÉKLAMATION Rechnung", as Müller's are.
    let own: Vec<Interaction> = (0..3)
        .map(|n| insert_interaction(&store, billing, 3 + 10 * n))
        .collect();
    let search = InteractionSearch::new(&store, &admin, "rechnung", Scope::All).unwrap();
    let named = search.of_named_customers(&store, &admin, 0..500).unwrap();
    assert_eq!(ids(&named), ids(&own));
    let scanned: Vec<u64> = walk(&store, &search, 10, 500)
        .iter()
        .flat_map(|s| ids(&s.found))
        .collect();
    let mut subjects: Vec<u64> = all
        .iter()
        .filter(|i| i.subject.contains("Rechnung"))
        .map(|i| i.id)
        .collect();
    subjects.reverse();
    assert_eq!(scanned, subjects);
}

#[test]
fn only_crm_readers_search_interactions() {
    let (_dir, store, _, _) = history();
    let admin = Actor::local("root");
    let search = InteractionSearch::new(&store, &admin, "angebot", Scope::All).unwrap();
    for role in [Role::Warehouse, Role::Payroll] {
        let actor = Actor {
            name: "wim".into(),
            role,
        };
        let refused = InteractionSearch::new(&store, &actor, "angebot", Scope::All).unwrap_err();
        assert_eq!(
            refused.to_string(),
            format!("not permitted for role {}", role.name())
        );
        assert!(search.slice(&store, &actor, None, 10, 10).is_err());
        assert!(search.of_named_customers(&store, &actor, 0..10).is_err());
    }
    let agent = Actor {
        name: "anna".into(),
        role: Role::Agent,
    };
    let slice = search.slice(&store, &agent, None, 100, 100).unwrap();
    assert_eq!(slice.found.len(), 19);
    assert_eq!(slice.next, None);
}

#[test]
fn over_the_follow_ups_due_slices_read_the_due_index_and_match_named_customers_too() {
    let (_dir, store, all, muller) = history();
    let admin = Actor::local("root");
    // Due by the day the 40th was logged: the open follow-ups from there back.
    let date = all[40].at.date();
    let search = InteractionSearch::new(&store, &admin, "muller", Scope::DueBy(date)).unwrap();
    assert_eq!(
        search.of_named_customers(&store, &admin, 0..500).unwrap(),
        []
    );
    let search_text = InteractionSearch::new(&store, &admin, "reklamation", Scope::DueBy(date));
    let search_text = search_text.unwrap();
    let due: Vec<&Interaction> = all
        .iter()
        .filter(|i| i.open_follow_up().is_some_and(|due| due <= date))
        .rev()
        .collect();
    for (search, wanted) in [
        (
            &search,
            &(|i: &Interaction| i.customer_id == muller) as &dyn Fn(&Interaction) -> bool,
        ),
        (&search_text, &|i: &Interaction| {
            let text = format!("{} {}", i.subject, i.body).to_lowercase();
            text.contains("reklamation") || text.contains("réklamation")
        }),
    ] {
        let expected: Vec<u64> = due.iter().filter(|i| wanted(i)).map(|i| i.id).collect();
        assert!(!expected.is_empty());
        for (budget, limit) in [(2, 500), (3, 1), (100, 500)] {
            let slices = walk(&store, search, budget, limit);
            let found: Vec<u64> = slices.iter().flat_map(|s| ids(&s.found)).collect();
            assert_eq!(found, expected, "budget {budget}, limit {limit}");
        }
        let slices = walk(&store, search, 2, 500);
        assert_eq!(
            slices.last().unwrap().reached,
            due.last().unwrap().follow_up
        );
    }
}

#[test]
fn logged_after_returns_only_newer_matches_of_text_or_name_newest_first() {
    let (_dir, store, all, muller) = history();
    let admin = Actor::local("root");
    let newest = all.last().unwrap().id;
    let search = InteractionSearch::new(&store, &admin, "müller", Scope::All).unwrap();
    assert!(
        search
            .logged_after(&store, &admin, newest, 500)
            .unwrap()
            .is_empty()
    );
    // Three more: Müller's own (matched by name), a subject naming Müller, one that is neither.
    let schmidt = all[0].customer_id;
    let mut later: Vec<Interaction> = (97..100)
        .map(|n| insert_interaction(&store, if n == 97 { muller } else { schmidt }, n))
        .collect();
    later[1].subject = "Rückfrage zu Müller".into();
    later[1] = store
        .transaction(|tx| {
            let mut named_in_text = later[1].clone();
            tx.update(&mut named_in_text, None)?;
            Ok(named_in_text)
        })
        .unwrap();
    let found = search.logged_after(&store, &admin, newest, 500).unwrap();
    assert_eq!(ids(&found), [later[1].id, later[0].id]);
    assert_eq!(
        ids(&search.logged_after(&store, &admin, newest, 1).unwrap()),
        [later[1].id]
    );
    // From the start: every interaction of Müller or naming him, each once.
    let every = search.logged_after(&store, &admin, 0, 500).unwrap();
    let mut expected: Vec<u64> = all
        .iter()
        .chain(&later)
        .filter(|i| i.customer_id == muller || i.subject.contains("Müller"))
        .map(|i| i.id)
        .collect();
    expected.reverse();
    assert_eq!(ids(&every), expected);
}
