//! Failover on PostgreSQL loses nothing acknowledged. A connection lost before COMMIT was
//! sent is retried on a new connection and writes once; one lost after COMMIT was sent is
//! reported in one line (English and German) and not run again. Under a load of concurrent
//! writers, a primary with a synchronous standby is killed and the standby promoted: the
//! writers go on against the same two-host address, and every write they saw acknowledged
//! is on the promoted standby, which checks clean.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::cutting_proxy::CuttingProxy;
use crate::common::pg_cluster::Cluster;
use crate::common::postgres::fresh_database;
use crate::common::{Run, Scratch, command, last_error_line, s};

/// The message a client sends to commit: a simple query `COMMIT`.
const COMMIT: &[u8] = b"Q\x00\x00\x00\x0bCOMMIT\x00";

/// The statement that writes a transaction's keys, prepared on its connection just before
/// COMMIT is sent.
const WRITE_KEYS: &[u8] = b"INSERT INTO kontor_kv";

/// Runs `kontor ARGS… --db DB --store URL` through the real binary with extra environment.
pub(super) fn on(url: &str, db: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut kontor = command();
    kontor.args(args).args(["--db", s(db), "--store", url]);
    for (name, value) in env {
        kontor.env(name, value);
    }
    let output = kontor.output().expect("cannot start kontor");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `url` (`postgres://user@host:port/database`) reached through a proxy on `proxy_port`,
/// and the `host:port` it names.
fn through_proxy(url: &str, proxy_port: u16) -> String {
    let (start, rest) = url.split_once('@').expect("a user in the URL");
    let (_, database) = rest.split_once('/').expect("a database in the URL");
    format!("{start}@127.0.0.1:{proxy_port}/{database}")
}

fn server_of(url: &str) -> String {
    let (_, rest) = url.split_once('@').expect("a user in the URL");
    rest.split_once('/').expect("a database").0.to_string()
}

/// The customers at `url` as (id, name) pairs.
fn customers(url: &str, db: &Path) -> Vec<(i64, String)> {
    let listed = on(url, db, &["customer", "list", "--format", "json"], &[]);
    assert_eq!(listed.code, 0, "{listed:?}");
    let rows: Vec<Value> = serde_json::from_str(&listed.stdout).expect("a JSON list");
    rows.iter()
        .map(|row| {
            (
                row["id"].as_i64().expect("an id"),
                row["name"].as_str().expect("a name").to_string(),
            )
        })
        .collect()
}

/// Adds a customer to the empty database at `url` through a proxy that cuts the connection
/// the first time the client sends `message`, in the language `LANG` names; returns the run
/// and how many connections the proxy cut.
fn add_cut_at(url: &str, db: &Path, message: &'static [u8], lang: &str) -> (Run, usize) {
    let proxy = CuttingProxy::new(&server_of(url), message, 1);
    let added = on(
        &through_proxy(url, proxy.port()),
        db,
        &["customer", "add", "--name", "Alfreds Futterkiste"],
        &[("LANG", lang)],
    );
    (added, proxy.cuts())
}

#[test]
fn a_connection_lost_before_commit_is_retried_and_writes_once() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let url = fresh_database();
    let (added, cuts) = add_cut_at(&url, &db, WRITE_KEYS, "C");
    assert_eq!(added.code, 0, "{added:?}");
    assert_eq!(cuts, 1, "the connection was cut before COMMIT");
    assert_eq!(
        customers(&url, &db),
        vec![(1, "Alfreds Futterkiste".to_string())]
    );
}

#[test]
fn a_connection_lost_during_commit_is_reported_in_one_line_and_not_repeated() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let url = fresh_database();
    let said = [
        (
            "C",
            "whether it was saved is unknown; look before you repeat it",
        ),
        ("de_DE.UTF-8", "ob sie gespeichert ist, ist unbekannt"),
    ];
    for (lang, words) in said {
        let (added, cuts) = add_cut_at(&url, &db, COMMIT, lang);
        assert_eq!(added.code, 1, "{added:?}");
        assert_eq!(cuts, 1, "the connection was cut at COMMIT");
        let line = last_error_line(&added);
        assert!(line.contains(words), "{line}");
        assert!(!added.stderr.contains("panicked"), "{added:?}");
    }
    assert!(
        customers(&url, &db).is_empty(),
        "a commit whose outcome was unknown ran again"
    );
}

/// What one writer saw: the customers acknowledged to it (id and name) and the error lines
/// of the commands that failed.
#[derive(Default)]
struct Seen {
    acknowledged: Vec<(i64, String)>,
    failed: Vec<String>,
}

/// Adds customers at `url` one command at a time until `stop`, noting what it saw.
fn write_until(url: &str, db: &Path, writer: usize, stop: &AtomicBool, seen: &Mutex<Seen>) {
    let mut count = 0;
    while !stop.load(Ordering::SeqCst) {
        count += 1;
        let name = format!("Writer {writer} customer {count}");
        let added = on(
            url,
            db,
            &["customer", "add", "--name", &name, "--format", "json"],
            &[],
        );
        let mut seen = seen.lock().unwrap();
        if added.code == 0 {
            let record: Value = serde_json::from_str(&added.stdout).expect("the record");
            seen.acknowledged
                .push((record["id"].as_i64().expect("an id"), name));
        } else {
            seen.failed.push(added.stderr);
        }
    }
}

/// Waits until `seen` holds `count` acknowledged writes (at most 20 s).
fn wait_for_acknowledged(seen: &Mutex<Seen>, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while seen.lock().unwrap().acknowledged.len() < count {
        assert!(
            Instant::now() < deadline,
            "the writers stalled: {:?}",
            seen.lock().unwrap().failed
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_failover_under_load_loses_no_acknowledged_write() {
    let (primary, standby, url) = Cluster::primary_with_standby();
    let scratch = Scratch::new();
    let checker = scratch.db("checker");
    assert!(customers(&url, &checker).is_empty());

    let writers = 4;
    let stop = Arc::new(AtomicBool::new(false));
    let seen = Arc::new(Mutex::new(Seen::default()));
    let handles: Vec<_> = (1..=writers)
        .map(|writer| {
            let (url, stop, seen) = (url.clone(), Arc::clone(&stop), Arc::clone(&seen));
            let db = scratch.db(&format!("writer{writer}"));
            std::thread::spawn(move || write_until(&url, &db, writer, &stop, &seen))
        })
        .collect();
    wait_for_acknowledged(&seen, 3 * writers);
    primary.kill();
    let before = seen.lock().unwrap().acknowledged.len();
    std::thread::sleep(Duration::from_millis(500));
    standby.promote();
    wait_for_acknowledged(&seen, before + 3 * writers);
    stop.store(true, Ordering::SeqCst);
    for handle in handles {
        handle.join().unwrap();
    }

    let seen = seen.lock().unwrap();
    for failure in &seen.failed {
        assert!(
            failure.contains("whether it was saved is unknown"),
            "a write failed other than at its commit: {failure}"
        );
    }
    assert!(
        seen.failed.len() <= writers,
        "more failures than writers in flight at the kill: {:?}",
        seen.failed
    );
    let stored = customers(&url, &checker);
    for written in &seen.acknowledged {
        assert!(
            stored.contains(written),
            "acknowledged {written:?} is lost ({} stored)",
            stored.len()
        );
    }
    let checked = on(&url, &checker, &["check"], &[]);
    assert_eq!(checked.code, 0, "{checked:?}");
    assert!(checked.stdout.starts_with("ok"), "{checked:?}");
}
