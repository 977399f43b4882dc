//! The standing over sequences of events: each rule of the module header, and an
//! exhaustive walk over every sequence of up to four decisive events checked against an
//! independent statement of the rule ("the last decisive event wins").

use time::macros::datetime;

use super::*;

const AT: OffsetDateTime = datetime!(2026-03-02 09:00 UTC);
const ADDRESS: &str = "anna@example.de";

fn event(id: u64, minutes: i64, channel: Channel, purpose: &str, action: Action) -> ConsentEvent {
    ConsentEvent {
        id,
        version: 0,
        party: Party::Customer(1),
        person: String::new(),
        channel,
        address: ADDRESS.to_string(),
        purpose: purpose.to_string(),
        action,
        at: AT + Duration::minutes(minutes),
        source: "test".to_string(),
        text_version: String::new(),
        text_sha256: String::new(),
        ip: String::new(),
        actor: "tester".to_string(),
    }
}

fn email(id: u64, minutes: i64, action: Action) -> ConsentEvent {
    event(id, minutes, Channel::Email, "newsletter", action)
}

fn now() -> OffsetDateTime {
    AT + Duration::days(1)
}

fn newsletter(events: &[ConsentEvent]) -> Standing {
    standing(events, Channel::Email, ADDRESS, "newsletter", now())
}

#[test]
fn email_needs_a_confirmation_a_request_alone_allows_nothing() {
    assert_eq!(
        newsletter(&[]),
        Standing::MayNot {
            reason: Refusal::NoConsent,
            event: None
        }
    );
    let requested = [email(1, 0, Action::Requested)];
    assert_eq!(
        newsletter(&requested),
        Standing::MayNot {
            reason: Refusal::OnlyRequested,
            event: Some(1)
        }
    );
    let confirmed = [
        email(1, 0, Action::Requested),
        email(2, 5, Action::Confirmed),
    ];
    assert_eq!(newsletter(&confirmed), Standing::May { relied_on: Some(2) });
}

#[test]
fn confirm_withdraw_reconfirm() {
    let mut events = vec![email(1, 0, Action::Confirmed)];
    assert_eq!(newsletter(&events), Standing::May { relied_on: Some(1) });
    events.push(email(2, 10, Action::Withdrawn));
    assert_eq!(
        newsletter(&events),
        Standing::MayNot {
            reason: Refusal::Withdrawn,
            event: Some(2)
        }
    );
    events.push(email(3, 20, Action::Confirmed));
    assert_eq!(newsletter(&events), Standing::May { relied_on: Some(3) });
}

#[test]
fn order_is_by_instant_not_by_id_and_the_future_does_not_count() {
    // Withdrawn has the lower id but the later instant.
    let events = [
        email(5, 30, Action::Withdrawn),
        email(6, 10, Action::Confirmed),
    ];
    assert!(!newsletter(&events).allows());
    let events = [
        email(1, 0, Action::Confirmed),
        email(2, 60 * 48, Action::Withdrawn),
    ];
    assert_eq!(newsletter(&events), Standing::May { relied_on: Some(1) });
}

#[test]
fn withdrawing_one_purpose_leaves_the_others_an_objection_ends_all() {
    let offers = |id, minutes, action| event(id, minutes, Channel::Email, "offers", action);
    let events = [
        email(1, 0, Action::Confirmed),
        offers(2, 0, Action::Confirmed),
        offers(3, 5, Action::Withdrawn),
    ];
    assert!(newsletter(&events).allows());
    let events = [
        email(1, 0, Action::Confirmed),
        offers(2, 5, Action::Objected),
    ];
    assert_eq!(
        newsletter(&events),
        Standing::MayNot {
            reason: Refusal::Objected,
            event: Some(2)
        }
    );
}

#[test]
fn other_channels_and_addresses_do_not_count() {
    let mut phone = event(1, 0, Channel::Phone, "newsletter", Action::Confirmed);
    phone.address = ADDRESS.to_string();
    assert!(!newsletter(&[phone]).allows());
    let mut other = email(2, 0, Action::Confirmed);
    other.address = "ben@example.de".to_string();
    assert!(!newsletter(&[other]).allows());
}

#[test]
fn post_is_allowed_until_objected_phone_needs_consent() {
    let post = |events: &[ConsentEvent]| standing(events, Channel::Post, ADDRESS, "offers", now());
    assert_eq!(post(&[]), Standing::May { relied_on: None });
    let objected = [event(1, 0, Channel::Post, "offers", Action::Objected)];
    assert!(!post(&objected).allows());
    let phone = standing(&[], Channel::Phone, ADDRESS, "offers", now());
    assert!(!phone.allows());
    let called = [event(1, 0, Channel::Phone, "offers", Action::Confirmed)];
    assert!(standing(&called, Channel::Phone, ADDRESS, "offers", now()).allows());
}

#[test]
fn uses_change_nothing() {
    let used = Action::Used {
        relied_on: 1,
        what: "mailing 3".into(),
    };
    let events = [email(1, 0, Action::Confirmed), email(2, 5, used)];
    assert_eq!(newsletter(&events), Standing::May { relied_on: Some(1) });
}

/// Every sequence of up to four decisive events on the newsletter purpose: the standing
/// allows exactly when the last of them is a confirmation, and relies on that one.
#[test]
fn every_sequence_the_last_decisive_event_wins() {
    let actions = [
        Action::Requested,
        Action::Confirmed,
        Action::Withdrawn,
        Action::Objected,
    ];
    let mut sequences: Vec<Vec<usize>> = vec![vec![]];
    for _ in 0..4 {
        let longer: Vec<Vec<usize>> = sequences
            .iter()
            .filter(|s| s.len() == sequences.last().map_or(0, Vec::len))
            .flat_map(|s| (0..actions.len()).map(move |a| [s.clone(), vec![a]].concat()))
            .collect();
        sequences.extend(longer);
    }
    assert_eq!(sequences.len(), 1 + 4 + 16 + 64 + 256);
    for sequence in sequences {
        let events: Vec<ConsentEvent> = (0u64..)
            .zip(&sequence)
            .map(|(n, &a)| email(n + 1, i64::try_from(n).unwrap(), actions[a].clone()))
            .collect();
        let last_decisive = (0u64..).zip(&sequence).filter(|(_, a)| **a != 0).last();
        let expected_allowed = matches!(last_decisive, Some((_, 1)));
        let got = newsletter(&events);
        assert_eq!(got.allows(), expected_allowed, "{sequence:?}");
        if let Some((n, 1)) = last_decisive {
            assert_eq!(
                got,
                Standing::May {
                    relied_on: Some(n + 1)
                },
                "{sequence:?}"
            );
        }
    }
}

#[test]
fn requests_expire_after_thirty_days() {
    assert!(request_open(AT, AT + Duration::days(30)));
    assert!(!request_open(
        AT,
        AT + Duration::days(30) + Duration::seconds(1)
    ));
    assert!(!request_open(AT, AT - Duration::seconds(1)));
}

#[test]
fn evidence_is_kept_five_years_after_the_last_use() {
    let used = Action::Used {
        relied_on: 1,
        what: "call".into(),
    };
    let events = [email(1, 0, Action::Confirmed), email(2, 60, used)];
    assert_eq!(keep_until(&events), Some(datetime!(2031-03-02 10:00 UTC)));
    assert_eq!(
        keep_until(&[email(1, 0, Action::Confirmed)]),
        Some(datetime!(2031-03-02 09:00 UTC))
    );
    assert_eq!(keep_until(&[]), None);
}

#[test]
fn parties_purposes_and_addresses_are_checked() {
    assert_eq!(Party::parse("lead:7").unwrap(), Party::Lead(7));
    assert_eq!(Party::parse("42").unwrap(), Party::Customer(42));
    assert!(Party::parse("supplier:1").is_err());
    assert_eq!(purpose(" Newsletter ").unwrap(), "newsletter");
    assert_eq!(purpose("trade-fair-2026").unwrap(), "trade-fair-2026");
    assert!(purpose("1st").is_err());
    assert!(purpose("news letter").is_err());
    let de = crate::domain::Country::parse("DE").unwrap();
    assert_eq!(
        normalize_address(Channel::Email, " Anna@Example.DE ", de).unwrap(),
        "anna@example.de"
    );
    assert_eq!(
        normalize_address(Channel::Phone, "030 1234567", de).unwrap(),
        "+49301234567"
    );
    assert_eq!(
        normalize_address(Channel::Post, " Hauptstr. 1\n 10115  Berlin", de).unwrap(),
        "Hauptstr. 1 10115 Berlin"
    );
    assert!(normalize_address(Channel::Email, "no-at", de).is_err());
    assert_eq!(
        sha256_hex("abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn a_merge_marker_neither_gives_nor_takes_consent() {
    let merged = |id, minutes, original| email(id, minutes, Action::Merged { original });
    assert_eq!(
        newsletter(&[merged(1, 0, 7)]),
        Standing::MayNot {
            reason: Refusal::NoConsent,
            event: None
        }
    );
    let events = [email(1, 0, Action::Confirmed), merged(2, 10, 1)];
    assert_eq!(newsletter(&events), Standing::May { relied_on: Some(1) });
}
