//! The records on PostgreSQL (`--store`, `KONTOR_STORE`): the demo loaded on both backends
//! exports the same records and checks clean; the records live in the database, not in the
//! directory; `migrate` moves a database to PostgreSQL and back with identical exports; a
//! backup taken on PostgreSQL restores into a directory and into another PostgreSQL
//! database with identical exports, never into one holding records; a bad or unreachable
//! address is one line and exit 1, never a panic.

use std::path::Path;

use super::backup::{EXPORTS, exports};
use crate::common::postgres::fresh_database;
use crate::common::{Scratch, command, last_error_line, ok, on_postgres, run, run_binary, s};

#[test]
fn the_demo_on_postgres_exports_what_it_does_on_sled_and_checks_clean() {
    let scratch = Scratch::new();
    let on_sled = scratch.db("sled");
    ok(&on_sled, &["demo", "--customers", "30"]);
    let expected = exports(&on_sled);
    on_postgres(|| {
        let db = scratch.db("postgres");
        ok(&db, &["demo", "--customers", "30"]);
        assert_eq!(exports(&db), expected);
        assert!(ok(&db, &["check"]).starts_with("ok"));
        ok(&db, &["reindex"]);
        assert!(ok(&db, &["check"]).starts_with("ok"));
        assert_eq!(exports(&db), expected);
    });
}

#[test]
fn the_records_are_in_the_postgres_database_whichever_directory_names_it() {
    let scratch = Scratch::new();
    let url = fresh_database();
    let first = scratch.db("first");
    let added = run_binary(
        &first,
        &[
            "--store",
            &url,
            "customer",
            "add",
            "--name",
            "Alfreds Futterkiste",
        ],
    );
    assert_eq!(added.code, 0, "{added:?}");
    let other = scratch.db("other");
    let listed = command()
        .env("KONTOR_STORE", &url)
        .args(["--db", s(&other), "customer", "list", "--format", "csv"])
        .output()
        .unwrap();
    assert!(listed.status.success(), "{listed:?}");
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Alfreds Futterkiste"));
    let on_sled = run_binary(&first, &["customer", "list", "--format", "csv"]);
    assert!(!on_sled.stdout.contains("Alfreds"), "{on_sled:?}");
}

#[test]
fn a_bad_or_unreachable_address_is_one_line_and_exit_1() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cases = [
        (
            format!("postgres://kontor:geheim@127.0.0.1:{closed_port}/kontor"),
            "cannot reach the PostgreSQL database postgres://kontor:***@127.0.0.1",
        ),
        (
            "postgres://kontor@127.0.0.1:port/kontor".to_string(),
            "is not a PostgreSQL address",
        ),
    ];
    for (url, said) in cases {
        let run = run_binary(&db, &["--store", &url, "customer", "list"]);
        assert_eq!(run.code, 1, "{run:?}");
        let line = last_error_line(&run);
        assert!(line.contains(said), "{line}");
        assert!(!run.stderr.contains("geheim"), "{run:?}");
        assert!(!run.stderr.contains("panicked"), "{run:?}");
    }
}

/// Every export of the demo's kinds from the PostgreSQL database at `url`.
fn exports_at(url: &str, dir: &Path) -> Vec<String> {
    EXPORTS
        .iter()
        .map(|kind| {
            let run = command()
                .args(["--db", s(dir), "--store", url, "export", kind])
                .output()
                .unwrap();
            assert!(run.status.success(), "{run:?}");
            String::from_utf8(run.stdout).unwrap()
        })
        .collect()
}

#[test]
fn migrate_moves_a_database_to_postgres_and_back_with_identical_exports() {
    let scratch = Scratch::new();
    let source = scratch.db("source");
    ok(&source, &["demo", "--customers", "30"]);
    let expected = exports(&source);
    let url = fresh_database();
    let elsewhere = scratch.db("elsewhere");
    let said = ok(&elsewhere, &["migrate", "--from", s(&source), "--to", &url]);
    assert!(said.contains("every record compared"), "{said}");
    assert_eq!(exports_at(&url, &elsewhere), expected);
    let back = scratch.db("back");
    ok(&elsewhere, &["migrate", "--from", &url, "--to", s(&back)]);
    assert_eq!(exports(&back), expected);
    assert!(ok(&back, &["check"]).starts_with("ok"));
    let again = run(&elsewhere, &["migrate", "--from", s(&back), "--to", &url]);
    assert_eq!(again.code, 2, "{again:?}");
    assert!(last_error_line(&again).contains("holds records already"));
}

#[test]
fn a_backup_on_postgres_restores_into_a_directory_and_into_another_postgres_database() {
    let scratch = Scratch::new();
    let source = scratch.db("source");
    ok(&source, &["demo", "--customers", "30"]);
    let expected = exports(&source);
    let url = fresh_database();
    let dir = scratch.db("dir");
    ok(&dir, &["migrate", "--from", s(&source), "--to", &url]);
    let file = scratch.path().join("nightly.kbk");
    let said = run_binary(&dir, &["--store", &url, "backup", "--out", s(&file)]);
    assert_eq!(said.code, 0, "{said:?}");
    let into_dir = scratch.db("into-dir");
    ok(&into_dir, &["restore", s(&file)]);
    assert_eq!(exports(&into_dir), expected);
    assert!(ok(&into_dir, &["check"]).starts_with("ok"));
    let other = fresh_database();
    let restored = run_binary(&dir, &["--store", &other, "restore", s(&file)]);
    assert_eq!(restored.code, 0, "{restored:?}");
    assert!(restored.stdout.contains("indexes rebuilt"), "{restored:?}");
    assert_eq!(exports_at(&other, &dir), expected);
    let checked = run_binary(&dir, &["--store", &other, "check"]);
    assert!(checked.stdout.starts_with("ok"), "{checked:?}");
    let again = run_binary(&dir, &["--store", &other, "restore", s(&file)]);
    assert_eq!(again.code, 2, "{again:?}");
    assert!(last_error_line(&again).contains("holds records already"));
    assert_eq!(exports_at(&other, &dir), expected);
}
