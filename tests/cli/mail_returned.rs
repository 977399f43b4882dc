//! What comes back from a mailing, through the mailgate (the hand-written fixtures
//! tests/data/mail/dsn-*.eml, arf-complaint.eml, unsubscribe-mailto.eml with the database's
//! tokens put in): a Postfix DSN with 5.1.1 suppresses at once and withdraws no consent;
//! Exchange's "delivery delayed" (4.4.7) five times over more than a week suppresses,
//! five times in one day does not; an ARF complaint found by its Original-Mail-From
//! suppresses and records an objection; a mail to the unsubscribe address unsubscribes;
//! a forged token is kept in quarantine; none of them becomes a ticket.

use kontor::core::bounces;
use kontor::core::link_secret;
use kontor::domain::consent::Action;
use kontor::domain::link_token::LinkPurpose;
use kontor::domain::mailing::send::{SuppressReason, Suppression};
use kontor::domain::ticket::Ticket;
use kontor::mail::gate::{Received, receive};
use kontor::mail::reports::Returned;
use kontor::store::Store;
use kontor::store::kinds::mailing::suppression_of;
use time::Duration;

use super::http_links::{actions, address, subscribed};
use super::mailgate::gate_to;
use crate::common::{self, Scratch, now, ok};

/// Fixture `name` with the tokens of send `send` and its address put in.
fn fixture(store: &Store, name: &str, send: u64, recipient: &str) -> Vec<u8> {
    let text = std::fs::read_to_string(common::data_dir().join("mail").join(name)).unwrap();
    let bounce = link_secret::sign(store, LinkPurpose::Bounce, send).unwrap();
    let unsubscribe = link_secret::sign(store, LinkPurpose::Unsubscribe, send).unwrap();
    text.replace("@@BOUNCE@@", &bounce)
        .replace("@@UNSUBSCRIBE@@", &unsubscribe)
        .replace("@@RECIPIENT@@", recipient)
        .into_bytes()
}

fn suppression(store: &Store, name: &str) -> Option<Suppression> {
    suppression_of(store, &address(name))
        .unwrap()
        .map(|id| store.require::<Suppression>(id).unwrap())
}

fn returned(received: Received) -> Returned {
    match received {
        Received::Returned(returned) => returned,
        other => panic!("not mail back from a mailing: {other:?}"),
    }
}

fn database(scratch: &Scratch) -> (std::path::PathBuf, Vec<u64>, Vec<u64>) {
    let db = scratch.db("db");
    ok(&db, &["queue", "add", "Support", "--acknowledge", "yes"]);
    let (customers, sends) = subscribed(&db);
    (db, customers, sends)
}

fn tickets(store: &Store) -> usize {
    store.scan::<Ticket>().unwrap().count()
}

fn gate(store: &Store, at: time::OffsetDateTime, mail: &[u8]) -> Received {
    receive(store, at, "Support", mail, mail.len() as u64).unwrap()
}

#[test]
fn a_hard_bounce_suppresses_at_once_and_withdraws_nothing() {
    let scratch = Scratch::new();
    let (db, customers, sends) = database(&scratch);
    let store = Store::open(&db).unwrap();
    let mail = fixture(&store, "dsn-postfix-hard.eml", sends[0], &address("anna"));
    let Returned::Bounced(bounced) = returned(gate(&store, now(), &mail)) else {
        panic!("not a bounce");
    };
    assert!(bounced.hard && bounced.suppressed);
    assert_eq!(bounced.send, sends[0]);
    let kept = suppression(&store, "anna").unwrap();
    assert_eq!(kept.reason, SuppressReason::HardBounce);
    assert_eq!(kept.source_send, Some(sends[0]));
    let recorded = bounces::of_address(&store, &address("anna")).unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].status, "5.1.1");
    assert!(
        recorded[0].diagnostic.contains("User unknown"),
        "{:?}",
        recorded[0]
    );
    // A bounce is no complaint: the consent stands.
    assert_eq!(actions(&store, customers[0]), [Action::Confirmed]);
    assert!(suppression(&store, "ben").is_none());
    assert_eq!(tickets(&store), 0);
}

#[test]
fn soft_bounces_suppress_only_when_spread_over_more_than_a_week() {
    let scratch = Scratch::new();
    let (db, customers, sends) = database(&scratch);
    let store = Store::open(&db).unwrap();
    // Ben's mailbox is full five times in one day: not suppressed.
    let ben = fixture(&store, "dsn-exchange-soft.eml", sends[1], &address("ben"));
    for hour in 0..5 {
        let Returned::Bounced(bounced) =
            returned(gate(&store, now() + Duration::hours(hour), &ben))
        else {
            panic!("not a bounce");
        };
        assert!(!bounced.hard && !bounced.suppressed);
    }
    assert!(suppression(&store, "ben").is_none());
    assert_eq!(
        bounces::of_address(&store, &address("ben")).unwrap().len(),
        5
    );
    // Cora's, every third day: the fifth (twelve days after the first) suppresses.
    let cora = fixture(&store, "dsn-exchange-soft.eml", sends[2], &address("cora"));
    for round in 0..5 {
        let at = now() + Duration::days(3 * round);
        let Returned::Bounced(bounced) = returned(gate(&store, at, &cora)) else {
            panic!("not a bounce");
        };
        assert_eq!(bounced.suppressed, round == 4, "round {round}");
    }
    let kept = suppression(&store, "cora").unwrap();
    assert_eq!(kept.reason, SuppressReason::SoftBounces);
    assert_eq!(kept.via, "dsn");
    assert_eq!(actions(&store, customers[2]), [Action::Confirmed]);
    assert_eq!(tickets(&store), 0);
}

#[test]
fn a_complaint_and_an_unsubscribe_mail_unsubscribe_a_forged_token_is_kept() {
    let scratch = Scratch::new();
    let (db, customers, sends) = database(&scratch);
    let store = Store::open(&db).unwrap();
    // The feedback loop writes to abuse@, not to the VERP address: the report names it.
    let arf = fixture(&store, "arf-complaint.eml", sends[0], &address("anna"));
    let Returned::Complained(done) = returned(gate(&store, now(), &arf)) else {
        panic!("not a complaint");
    };
    assert_eq!(done.send, sends[0]);
    assert_eq!(
        suppression(&store, "anna").unwrap().reason,
        SuppressReason::Complaint
    );
    assert_eq!(
        actions(&store, customers[0]),
        [Action::Confirmed, Action::Objected]
    );
    assert!(
        bounces::of_address(&store, &address("anna"))
            .unwrap()
            .is_empty()
    );
    drop(store);

    // Ben's mail client writes to the List-Unsubscribe mailto (through the binary).
    let store = Store::open(&db).unwrap();
    let unsubscribe = fixture(&store, "unsubscribe-mailto.eml", sends[1], &address("ben"));
    let forged = String::from_utf8(unsubscribe.clone())
        .unwrap()
        .replace("unsubscribe+", "unsubscribe+1")
        .into_bytes();
    drop(store);
    let run = gate_to(&db, "Support", &unsubscribe);
    assert_eq!(run.code, 0, "{run:?}");
    let report = run.json();
    assert_eq!(report["status"], "unsubscribed");
    assert_eq!(report["send"].as_u64(), Some(sends[1]));
    let run = gate_to(&db, "Support", &forged);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["status"], "quarantined");

    let store = Store::open(&db).unwrap();
    let kept = suppression(&store, "ben").unwrap();
    assert_eq!(
        (kept.reason, kept.via.as_str()),
        (SuppressReason::Unsubscribed, "mailto")
    );
    assert_eq!(
        actions(&store, customers[1]),
        [Action::Confirmed, Action::Withdrawn]
    );
    assert!(suppression(&store, "cora").is_none());
    assert_eq!(tickets(&store), 0);
}

/// The plain DSN of a ticket's answer (no VERP address) still goes to the ticket routing.
#[test]
fn a_report_about_other_mail_is_not_taken() {
    let scratch = Scratch::new();
    let (db, _, _) = database(&scratch);
    let store = Store::open(&db).unwrap();
    let mail = std::fs::read(common::data_dir().join("mail").join("delivery-status.eml")).unwrap();
    assert!(!matches!(gate(&store, now(), &mail), Received::Returned(_)));
}
