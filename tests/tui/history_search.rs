//! The Interactions screen's search over the whole history, with the App driven in process
//! as a runner drives it: keys, then `Input::Work` while the App answers
//! `Effect::MoreWork`. A match far older than the newest 500 is found (by the word index
//! with the key, by the slices once more, counted once), first results come
//! at once (of a customer with many interactions, a screenful, the rest a screenful per
//! step), a keystroke starts over from the latest, and the found rows open and clear;
//! a match someone logs while the search shows joins it; over more follow-ups due than the
//! list loads, the search reads every one.

use std::sync::Arc;

use kontor::core::query::{FIRST_SLICE_RECORDS, SLICE_RECORDS};
use kontor::core::{Actor, Change, Role, execute};
use kontor::domain::{Channel, Customer, Interaction};
use kontor::store::Store;
use kontor::tui::input::{Effect, Input};
use time::{Duration, OffsetDateTime};

use super::snapshots::harness::{Harness, mono};

/// Interactions in the store: the oldest two slices and a half back.
const LOGGED: usize = 2 * SLICE_RECORDS + SLICE_RECORDS / 2;

fn interaction(
    customer_id: u64,
    subject: &str,
    at: OffsetDateTime,
    follow_up: time::Date,
) -> Interaction {
    Interaction {
        id: 0,
        customer_id,
        contact: String::new(),
        channel: Channel::CallIn,
        subject: subject.into(),
        body: String::new(),
        outcome: "erreicht".into(),
        duration: 0,
        agent: "anna".into(),
        at,
        follow_up: Some(follow_up),
        follow_up_done: false,
        campaign: None,
        version: 0,
    }
}

/// When the `n`th interaction was logged: the first on 4 March 2019, then one an hour.
fn logged_at(n: usize) -> OffsetDateTime {
    let first = time::Date::from_calendar_date(2019, time::Month::March, 4).unwrap();
    OffsetDateTime::new_utc(first, time::Time::MIDNIGHT) + Duration::hours(n as i64)
}

/// The day the `n`th interaction was logged, as the screen shows it.
fn day(n: usize) -> String {
    logged_at(n).date().to_string()
}

/// Two customers; the first interaction logged (2019) is a complaint of "Weiß Logistik",
/// every later one a call of "Schmidt AG", an hour after the one before. Each has an open
/// follow-up: the calls' due the day they were logged, the complaint's after all of them.
fn history_data(dir: &std::path::Path) -> Arc<Store> {
    let store = Store::open(dir).unwrap();
    let mut customers = vec![
        Customer::new("Weiß Logistik", OffsetDateTime::UNIX_EPOCH),
        Customer::new("Schmidt AG", OffsetDateTime::UNIX_EPOCH),
    ];
    let ids = store
        .insert_all(customers.split_off(0), &mut |_| {})
        .unwrap();
    let first = logged_at(0);
    let due_last = time::Date::from_calendar_date(2024, time::Month::January, 2).unwrap();
    let mut logged = vec![interaction(
        ids[0],
        "Altbestand reklamiert",
        first,
        due_last,
    )];
    logged.extend((1..LOGGED).map(|n| {
        let at = logged_at(n);
        interaction(ids[1], &format!("Anruf {n}"), at, at.date())
    }));
    store.insert_all(logged, &mut |_| {}).unwrap();
    Arc::new(store)
}

/// anna, an admin, over the history, in mono at 80×24.
fn history() -> Harness {
    Harness::setup()
        .data(history_data)
        .actor("anna", Role::Admin)
        .profile(mono())
        .build()
}

/// The list without a search, titled with `reach`: not the first interaction.
fn shows_without_the_complaint(screen: &mut Harness, reach: &str) {
    let list = screen.plain();
    assert!(list.contains(reach), "{list}");
    assert!(!list.contains("Altbestand"), "{list}");
}

#[test]
fn a_match_older_than_the_latest_500_is_found_slice_by_slice_and_opens() {
    let mut screen = history();
    screen.keys("g i v");
    shows_without_the_complaint(&mut screen, "last 500 logged");

    let effects = screen.press("/ a l t b e s t");
    assert!(effects.contains(&Effect::MoreWork), "{effects:?}");
    // The first slice read the latest down to the one logged FIRST_SLICE_RECORDS before
    // them; the word index found the complaint with the key already.
    let first = screen.plain();
    let back_to = format!("searching… back to {}", day(LOGGED - FIRST_SLICE_RECORDS));
    assert!(first.contains(&back_to), "{first}");
    assert!(first.contains(", 1 found"), "{first}");
    assert!(first.contains("Altbestand reklamiert"), "{first}");

    // The first slice came with the last key; three more reach the first interaction.
    assert_eq!(
        screen.work(),
        (LOGGED - FIRST_SLICE_RECORDS).div_ceil(SLICE_RECORDS)
    );
    let done = screen.plain();
    assert!(done.contains("1 found in the whole history"), "{done}");
    assert!(
        done.contains("2019-03-04 call-in  Weiß Logistik      Altbestand reklamiert"),
        "{done}"
    );
    assert!(!screen.app.handle(Input::Tick).contains(&Effect::MoreWork));

    screen.keys("Enter Enter");
    let detail = screen.plain();
    assert!(detail.contains("Interaction 1"), "{detail}");
    screen.keys("F12");
    assert!(screen.plain().contains("1 found in the whole history"));

    // Esc clears the search: the latest 500 again.
    screen.keys("Esc");
    shows_without_the_complaint(&mut screen, "last 500 logged");
}

#[test]
fn a_customer_matched_by_name_shows_at_once_and_a_key_starts_over() {
    let mut screen = history();
    screen.keys("g i v / w e i");
    let first = screen.plain();
    assert!(first.contains("Altbestand reklamiert"), "{first}");
    assert!(first.contains("searching… back to"), "{first}");
    // One more key before the scan ends starts it over from the latest.
    assert!(screen.app.handle(Input::Work).contains(&Effect::MoreWork));
    let effects = screen.press("s");
    assert!(effects.contains(&Effect::MoreWork), "{effects:?}");
    assert_eq!(
        screen.work(),
        (LOGGED - FIRST_SLICE_RECORDS).div_ceil(SLICE_RECORDS)
    );
    let done = screen.plain();
    assert!(done.contains("1 found in the whole history"), "{done}");
    assert!(done.contains("/ weis"), "{done}");
}

#[test]
fn a_match_logged_by_someone_else_meanwhile_joins_the_search() {
    let mut screen = history();
    screen.keys("g i v / a l t b e s t");
    screen.work();
    assert!(screen.plain().contains("1 found in the whole history"));
    // Ben logs a matching call and an unrelated one; the App hears of the change.
    let store = screen.store();
    let ben = Actor::local("ben");
    let later = logged_at(LOGGED + 1);
    for subject in ["Altbestand nachgeliefert", "Rückruf"] {
        let mut call = interaction(1, subject, later, later.date());
        call.agent = "ben".into();
        execute(
            &store,
            &crate::common::clock(),
            &ben,
            kontor::core::kinds::interaction::log(&call),
        )
        .unwrap();
    }
    screen.app.handle(Input::DataChanged(Change::INTERACTIONS));
    let joined = screen.plain();
    assert!(joined.contains("2 found in the whole history"), "{joined}");
    assert!(joined.contains("Altbestand nachgelie"), "{joined}");
    assert!(!joined.contains("Rückruf"), "{joined}");
    // Another change adds nothing twice.
    screen.app.handle(Input::DataChanged(Change::INTERACTIONS));
    assert!(screen.plain().contains("2 found in the whole history"));
}

#[test]
fn a_query_matching_too_much_stops_at_500_and_says_so() {
    let mut screen = history();
    // The key's own slice finds the first FIRST_SLICE_RECORDS; the next fills the 500 and
    // the search stops.
    let effects = screen.press("g i v / a n r u f");
    assert!(effects.contains(&Effect::MoreWork), "{effects:?}");
    assert_eq!(screen.work(), 1);
    let full = screen.plain();
    assert!(full.contains("first 500 found, back to"), "{full}");
    assert!(full.contains(&format!("Anruf {}", LOGGED - 1)), "{full}");
}

#[test]
fn over_more_follow_ups_due_than_loaded_the_search_reads_every_one() {
    let mut screen = history();
    screen.keys("g i");
    shows_without_the_complaint(&mut screen, "first 500 by due date");
    let effects = screen.press("/ a l t b e s t");
    assert!(effects.contains(&Effect::MoreWork), "{effects:?}");
    // The first slice read the calls due first: the first FIRST_SLICE_RECORDS logged after
    // the complaint.
    let due_up_to = format!("searching… due up to {}", day(FIRST_SLICE_RECORDS));
    assert!(screen.plain().contains(&due_up_to), "{due_up_to}");
    assert_eq!(
        screen.work(),
        (LOGGED - FIRST_SLICE_RECORDS).div_ceil(SLICE_RECORDS)
    );
    let done = screen.plain();
    assert!(done.contains("1 found among all due"), "{done}");
    assert!(done.contains("Altbestand reklamiert"), "{done}");
    assert!(done.contains("2024-01-02"), "{done}");
}

#[test]
fn a_customer_with_many_interactions_shows_a_screenful_at_once_then_one_per_step() {
    let mut screen = history();
    // Every call after the first is Schmidt AG's: far more than a key reads at once.
    let effects = screen.press("g i v / s c h m");
    assert!(effects.contains(&Effect::MoreWork), "{effects:?}");
    let first = screen.plain();
    assert!(first.contains("searching… back to"), "{first}");
    assert!(first.contains(", 20 found"), "{first}");
    assert!(first.contains(&format!("Anruf {}", LOGGED - 1)), "{first}");
    // The next steps read the rest of them, a screenful each, up to the 500 a search
    // collects.
    assert!(screen.app.handle(Input::Work).contains(&Effect::MoreWork));
    assert!(screen.plain().contains(", 40 found"));
    assert_eq!(screen.work(), 500 / 20 - 2);
    let full = screen.plain();
    assert!(full.contains("first 500 found"), "{full}");
    screen.keys("Enter End");
    let oldest = screen.plain();
    assert!(
        oldest.contains(&format!("Anruf {}", LOGGED - 500)),
        "{oldest}"
    );
    assert!(
        !oldest.contains(&format!("Anruf {}", LOGGED - 501)),
        "{oldest}"
    );
}
