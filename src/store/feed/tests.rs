//! The change feed between two stores on one fresh PostgreSQL database
//! (`tests/common/postgres.rs`): what one commits the other hears, nothing of its own, no
//! rolled-back write, no unreadable notification; a dropped listening connection is told,
//! connected again and heard through; a dropped feed leaves no connection behind; sled has
//! no feed.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{ChangeFeed, Elsewhere};
use crate::domain::Customer;
use crate::store::backends::test_postgres;
use crate::store::{Store, StoreError, abort};

const WAIT: Duration = Duration::from_secs(10);
/// How long a test waits to be sure nothing more arrives.
const QUIET: Duration = Duration::from_millis(300);

fn customer(name: &str) -> Customer {
    Customer::new(name, time::OffsetDateTime::UNIX_EPOCH)
}

fn add(store: &Store, name: &str) {
    store
        .transaction(|tx| tx.insert(&mut customer(name)))
        .unwrap();
}

/// Two stores on one fresh database: its URL, the directory of their files, the stores.
fn two_stores() -> (String, tempfile::TempDir, Store, Store) {
    let url = test_postgres::fresh_database();
    let dir = tempfile::tempdir().unwrap();
    let open = |name: &str| Store::open_postgres(&url, &dir.path().join(name), &mut |_| {});
    let (a, b) = (open("a").unwrap(), open("b").unwrap());
    (url, dir, a, b)
}

/// The change feed of `store`, and what it hears.
fn hearing(store: &Store) -> (ChangeFeed, mpsc::Receiver<Elsewhere>) {
    let (to, heard) = mpsc::channel();
    let feed = store.change_feed(move |event| {
        let _ = to.send(event);
    });
    (feed.unwrap().unwrap(), heard)
}

/// A raw client on the test's database, for what kontor would never send.
fn raw(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap()
}

/// The connections listening for kontor's changes now.
fn listeners(client: &mut postgres::Client) -> Vec<i32> {
    client
        .query(
            "SELECT pid FROM pg_stat_activity \
             WHERE datname = current_database() AND query = 'LISTEN kontor_changes'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect()
}

fn kinds(heard: &Elsewhere) -> Vec<&'static str> {
    match heard {
        Elsewhere::Wrote(written) => written.trees().collect(),
        other => panic!("not a write: {other:?}"),
    }
}

#[test]
fn a_store_hears_what_another_commits_and_nothing_of_its_own() {
    let (url, _dir, a, b) = two_stores();
    let (_feed_a, heard_by_a) = hearing(&a);
    let (_feed_b, heard_by_b) = hearing(&b);

    add(&a, "Acme");
    assert_eq!(
        kinds(&heard_by_b.recv_timeout(WAIT).unwrap()),
        ["customers"]
    );

    let refused = a.transaction(|tx| {
        tx.insert(&mut customer("Rolled back"))?;
        abort::<()>(StoreError::Refused("no".into()))
    });
    assert!(refused.is_err());
    raw(&url)
        .batch_execute(
            "NOTIFY kontor_changes, 'garbage'; \
             NOTIFY kontor_changes, 'kontor/9 x customers'; \
             NOTIFY kontor_changes, 'kontor/1 x no_such_kind'",
        )
        .unwrap();
    b.set_setting("currency", "CHF").unwrap();
    let setting = heard_by_a.recv_timeout(WAIT).unwrap();
    assert!(
        matches!(&setting, Elsewhere::Wrote(written) if written.settings()),
        "{setting:?}"
    );
    assert_eq!(heard_by_a.recv_timeout(QUIET).ok(), None, "a's own add");
    assert_eq!(
        heard_by_b.try_iter().collect::<Vec<_>>(),
        [],
        "nothing rolled back, unreadable or b's own"
    );
}

#[test]
fn a_dropped_listening_connection_is_told_connected_again_and_heard_through() {
    let (url, _dir, a, b) = two_stores();
    let (feed, heard_by_b) = hearing(&b);
    let mut admin = raw(&url);
    let listening = listeners(&mut admin);
    assert_eq!(listening.len(), 1, "{listening:?}");
    admin
        .query("SELECT pg_terminate_backend($1)", &[&listening[0]])
        .unwrap();
    assert!(matches!(
        heard_by_b.recv_timeout(WAIT).unwrap(),
        Elsewhere::Lost(_)
    ));
    assert_eq!(heard_by_b.recv_timeout(WAIT).unwrap(), Elsewhere::Back);
    add(&a, "Acme");
    assert_eq!(
        kinds(&heard_by_b.recv_timeout(WAIT).unwrap()),
        ["customers"]
    );

    drop(feed);
    let deadline = Instant::now() + WAIT;
    while !listeners(&mut admin).is_empty() {
        assert!(Instant::now() < deadline, "the dropped feed still listens");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn sled_has_no_feed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert!(store.change_feed(|_| {}).unwrap().is_none());
}
