//! `kontor backup` and `kontor restore` on a database no server holds: a restored database
//! exports the same records of every kind as its source and checks clean; backups are the
//! owner's alone; a restore refuses a non-empty directory and a file that is cut short,
//! altered, newer or no backup at all, with one line naming it, writing nothing. The backup
//! taken while `kontor serve` runs is in `tests/ssh/backup.rs`; consistency while others
//! write is a unit test of the store.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{Scratch, fails, ok, s};

/// Every export, read the same way from two databases.
pub(super) const EXPORTS: &[&str] = &[
    "customers",
    "interactions",
    "opportunities",
    "items",
    "suppliers",
    "locations",
    "moves",
    "balances",
];

pub(super) fn exports(db: &Path) -> Vec<String> {
    EXPORTS
        .iter()
        .map(|kind| ok(db, &["export", kind]))
        .collect()
}

#[test]
fn a_restored_database_exports_what_its_source_did_and_checks_clean() {
    let scratch = Scratch::new();
    let source = scratch.db("source");
    ok(&source, &["demo", "--customers", "60"]);
    let file = scratch.path().join("nightly.kbk");
    let said = ok(&source, &["backup", "--out", s(&file)]);
    assert!(said.starts_with("backup of "), "{said}");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(!scratch.path().join("nightly.kbk.partial").exists());

    let restored = scratch.db("restored");
    let said = ok(&restored, &["restore", s(&file)]);
    assert!(said.contains("indexes rebuilt"), "{said}");
    assert_eq!(exports(&restored), exports(&source));
    for listing in [
        &["employee", "list", "--format", "csv"][..],
        &["payroll", "show", "--period", "2026-11"],
        &["audit", "--format", "csv"],
    ] {
        assert_eq!(ok(&restored, listing), ok(&source, listing), "{listing:?}");
    }
    assert!(ok(&restored, &["check"]).starts_with("ok"));
    ok(
        &restored,
        &["customer", "add", "--name", "Nach der Sicherung"],
    );
}

#[test]
fn a_restore_refuses_what_it_cannot_trust_in_one_line_writing_nothing() {
    let scratch = Scratch::new();
    let source = scratch.db("source");
    ok(&source, &["demo", "--customers", "20"]);
    let file = scratch.path().join("good.kbk");
    ok(&source, &["backup", "--out", s(&file)]);
    let bytes = std::fs::read(&file).unwrap();

    let mut altered = bytes.clone();
    let middle = altered.len() / 2;
    altered[middle] ^= 0x01;
    let mut newer = bytes.clone();
    newer[9] = 9;
    let cases: [(&str, &[u8], &str); 4] = [
        ("cut.kbk", &bytes[..bytes.len() - 10], "is cut short"),
        ("altered.kbk", &altered, "is damaged"),
        ("newer.kbk", &newer, "was written by a newer kontor"),
        (
            "customers.csv",
            b"name\nAlfreds\n",
            "is not a kontor backup",
        ),
    ];
    for (name, content, why) in cases {
        let path = scratch.file(name, content);
        let target = scratch.path().join(format!("from-{name}"));
        let line = fails(&target, &["restore", s(&path)], 2);
        assert_eq!(line.lines().count(), 1, "{line}");
        assert!(line.contains(s(&path)) && line.contains(why), "{line}");
        assert!(!target.exists(), "{name}: something was written");
    }

    let used = scratch.db("used");
    ok(&used, &["customer", "add", "--name", "Schon da"]);
    let line = fails(&used, &["restore", s(&file)], 2);
    assert!(line.contains("is not empty"), "{line}");
    assert_eq!(
        ok(&used, &["customer", "list", "--format", "csv"])
            .lines()
            .count(),
        2
    );
}

#[test]
fn a_backup_that_cannot_be_written_says_why_and_leaves_nothing_behind() {
    let scratch = Scratch::new();
    let source = scratch.db("source");
    ok(&source, &["customer", "add", "--name", "Alfreds"]);
    let missing = scratch.path().join("no-such-dir").join("b.kbk");
    let line = fails(&source, &["backup", "--out", s(&missing)], 1);
    assert!(
        line.contains("cannot write") && line.contains("no-such-dir"),
        "{line}"
    );
}
