//! Times as people type and read them, through the real binary: `--at` and imported
//! instants accept RFC 3339 and, without an offset, `YYYY-MM-DD HH:MM[:SS]` and German
//! `DD.MM.YYYY HH:MM[:SS]` read as local time of the user's zone (`KONTOR_TZ`, else `TZ`);
//! all are stored in UTC and shown in the zone by its rules at that time (summer and
//! winter time).

use crate::common;

use std::path::Path;

use common::*;

/// Runs kontor with `TZ=Asia/Kolkata` (UTC+05:30 all year, so the test does not depend on
/// daylight saving time).
fn in_kolkata(db: &Path, args: &[&str]) -> Run {
    let args = [args, &["--db", s(db)]].concat();
    run_raw(&args, &[("TZ", Path::new("Asia/Kolkata"))])
}

#[test]
fn at_accepts_german_and_spaced_local_times_in_the_local_offset() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Zeit GmbH"]);
    let log = [
        "interaction",
        "log",
        "--customer",
        "1",
        "--channel",
        "call-in",
        "--outcome",
        "erreicht",
    ];
    for (subject, at) in [
        ("german", "27.11.2026 09:30"),
        ("german seconds", "27.11.2026 09:30:15"),
        ("spaced", "2026-11-27 09:30"),
        ("rfc", "2026-11-27T09:30:00+01:00"),
    ] {
        let run = in_kolkata(
            &db,
            &[&log[..], &["--subject", subject, "--at", at]].concat(),
        );
        assert_eq!(run.code, 0, "{at}: {run:?}");
    }
    let listed = json_list(&db, &["interaction", "list", "--customer", "1"]);
    let mut at: Vec<(&str, &str)> = listed
        .iter()
        .map(|i| (text(i, "subject"), text(i, "at")))
        .collect();
    at.sort();
    assert_eq!(
        at,
        [
            ("german", "2026-11-27T04:00:00Z"),
            ("german seconds", "2026-11-27T04:00:15Z"),
            ("rfc", "2026-11-27T08:30:00Z"),
            ("spaced", "2026-11-27T04:00:00Z"),
        ]
    );
    let run = in_kolkata(
        &db,
        &[&log[..], &["--subject", "x", "--at", "27.11.2026 9h30"]].concat(),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("at:"), "{run:?}");
}

#[test]
fn import_reads_german_excel_times_as_local_times() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Zeit GmbH"]);
    let file = scratch.file(
        "calls.csv",
        "customer;channel;subject;at\n1;call-in;Rückruf;27.11.2026 09:30\n1;email;Angebot;2026-11-28 10:00:30\n"
            .as_bytes(),
    );
    let run = in_kolkata(&db, &["import", "interactions", s(&file)]);
    assert_eq!(run.code, 0, "{run:?}");
    let listed = json_list(&db, &["interaction", "list", "--customer", "1"]);
    let mut at: Vec<&str> = listed.iter().map(|i| text(i, "at")).collect();
    at.sort();
    assert_eq!(at, ["2026-11-27T04:00:00Z", "2026-11-28T04:30:30Z"]);
    let shown = in_kolkata(&db, &["interaction", "list", "--customer", "1"]);
    assert!(
        shown.stdout.contains("2026-11-27T09:30:00+05:30"),
        "{shown:?}"
    );
}

#[test]
fn times_are_shown_by_the_rules_of_their_own_date() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Zeit GmbH"]);
    let berlin = [("KONTOR_TZ", "Europe/Berlin")];
    let log = |subject: &str, at: &str| {
        let args = [
            "interaction",
            "log",
            "--customer",
            "1",
            "--channel",
            "note",
            "--subject",
            subject,
            "--at",
            at,
        ];
        let run = run_binary_with(&db, &args, &berlin);
        assert_eq!(run.code, 0, "{at}: {run:?}");
    };
    log("summer", "2026-07-05T12:30:00Z");
    log("winter", "2026-12-01T12:30:00Z");
    log("winter local", "01.12.2026 14:00");
    let listed = json_list(&db, &["interaction", "list", "--customer", "1"]);
    let local = listed
        .iter()
        .find(|i| text(i, "subject") == "winter local")
        .unwrap();
    assert_eq!(
        text(local, "at"),
        "2026-12-01T13:00:00Z",
        "winter time is UTC+1"
    );

    let english = run_binary_with(&db, &["interaction", "list"], &berlin);
    assert!(
        english.stdout.contains("2026-07-05T14:30:00+02:00"),
        "{english:?}"
    );
    assert!(
        english.stdout.contains("2026-12-01T13:30:00+01:00"),
        "{english:?}"
    );
    let german = run_binary_with(&db, &["--lang", "de", "interaction", "list"], &berlin);
    assert!(german.stdout.contains("05.07.2026 14:30"), "{german:?}");
    assert!(german.stdout.contains("01.12.2026 13:30"), "{german:?}");
    let utc = run_binary(&db, &["interaction", "list"]);
    assert!(utc.stdout.contains("2026-07-05T12:30:00Z"), "{utc:?}");
    let tz = run_binary_with(&db, &["interaction", "list"], &[("TZ", ":Europe/Berlin")]);
    assert!(tz.stdout.contains("2026-07-05T14:30:00+02:00"), "{tz:?}");
}
