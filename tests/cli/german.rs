//! The command line in German, through the real binary: `--lang de` or `LANG=de_DE.UTF-8`
//! turn headings, numbers, dates, errors and `--help` German; machine formats (`--format
//! json|csv`, exports) stay byte for byte what English writes; German amounts and dates
//! in flags are read as German writes them.

use crate::common;

use std::path::Path;

use common::*;

/// A database with customer 1 "Müller GmbH" in Berlin and opportunity 1 on it: 1234.56
/// EUR, to close on 5 December 2026.
fn with_an_opportunity(db: &Path) {
    add_customer(db, &["--name", "Müller GmbH", "--city", "Berlin"]);
    ok(
        db,
        &[
            "opportunity",
            "add",
            "--customer",
            "1",
            "--title",
            "Wartungsvertrag",
            "--amount",
            "1234.56",
            "--close",
            "2026-12-05",
        ],
    );
}

const GERMAN: &[(&str, &str)] = &[("LANG", "de_DE.UTF-8")];

#[test]
fn lists_have_german_headings_numbers_and_dates() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    with_an_opportunity(&db);
    let run = run_binary(&db, &["--lang", "de", "opportunity", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    let heading = run.stdout.lines().next().unwrap_or_default();
    for word in ["KUNDE", "TITEL", "BETRAG", "PHASE", "ABSCHLUSSDATUM"] {
        assert!(heading.contains(word), "{word}: {run:?}");
    }
    assert!(run.stdout.contains("1.234,56"), "{run:?}");
    assert!(run.stdout.contains("05.12.2026"), "{run:?}");
    assert!(!run.stdout.contains("1234.56"), "{run:?}");
    let english = run_binary(&db, &["opportunity", "list"]);
    assert!(
        english.stdout.starts_with("ID  CUSTOMER  TITLE"),
        "{english:?}"
    );
    assert!(english.stdout.contains("1234.56") && english.stdout.contains("2026-12-05"));

    let flagged = run_binary(&db, &["--lang", "de", "customer", "list"]);
    let by_locale = run_binary_with(&db, &["customer", "list"], GERMAN);
    assert_eq!(flagged.code, 0, "{flagged:?}");
    assert!(
        flagged
            .stdout
            .starts_with("ID  NUMMER  NAME         STATUS       BETREUER"),
        "{flagged:?}"
    );
    assert!(flagged.stdout.contains("ORT") && flagged.stdout.contains("Müller GmbH"));
    assert_eq!(
        by_locale.stdout, flagged.stdout,
        "LANG=de_DE.UTF-8 is German too"
    );
    let english_wins = run_binary_with(&db, &["--lang", "en", "customer", "list"], GERMAN);
    assert!(
        english_wins.stdout.starts_with("ID  NUMBER  NAME"),
        "{english_wins:?}"
    );
}

#[test]
fn a_record_shows_german_field_words_and_local_times() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    with_an_opportunity(&db);
    let env = [("LANG", "de_DE.UTF-8"), ("KONTOR_TZ", "Europe/Berlin")];
    let run = run_binary_with(&db, &["opportunity", "show", "1"], &env);
    assert_eq!(run.code, 0, "{run:?}");
    let shows = |words: &[&str]| {
        run.stdout
            .lines()
            .any(|line| line.split_whitespace().eq(words.iter().copied()))
    };
    assert!(shows(&["Betrag", "1.234,56"]), "{run:?}");
    assert!(shows(&["Gewichtet", "123,46"]), "{run:?}");
    assert!(
        shows(&["Angelegt", "05.12.2026", "10:30"]),
        "NOW is 09:30 UTC, 10:30 in Berlin in winter: {run:?}"
    );
}

#[test]
fn an_unknown_customer_is_refused_in_german_with_the_same_exit_code() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    with_an_opportunity(&db);
    let english = run_binary(&db, &["customer", "show", "99"]);
    let german = run_binary(&db, &["--lang", "de", "customer", "show", "99"]);
    assert_eq!(english.stderr.trim(), "kontor: customer 99 does not exist");
    assert_eq!(german.stderr.trim(), "kontor: Kunde 99 existiert nicht");
    assert_eq!(german.code, english.code);
    assert_ne!(german.code, 0);
    let usage = run_binary(&db, &["--lang", "de", "customer", "list", "--bogus"]);
    assert_eq!(usage.code, 2, "{usage:?}");
    assert_eq!(
        usage.stderr.trim(),
        "kontor: unbekanntes Argument '--bogus' (siehe `kontor customer list --help`)"
    );
    let typo = run_binary(&db, &["--lang", "de", "customer", "list", "--limt", "3"]);
    assert!(typo.stderr.contains("meinten Sie '--limit'?"), "{typo:?}");
    let english = run_binary(&db, &["customer", "list", "--bogus"]);
    assert_eq!(
        english.stderr.trim(),
        "kontor: unexpected argument '--bogus' found (see `kontor customer list --help`)"
    );
}

#[test]
fn machine_formats_are_the_same_bytes_in_every_language() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    with_an_opportunity(&db);
    ok(
        &db,
        &[
            "interaction",
            "log",
            "--customer",
            "1",
            "--channel",
            "note",
            "--subject",
            "Notiz",
            "--at",
            "2026-07-05T12:30:00Z",
        ],
    );
    let env = [("KONTOR_TZ", "Europe/Berlin")];
    for args in [
        &["customer", "list", "--format", "json"][..],
        &["customer", "list", "--format", "csv"],
        &["opportunity", "list", "--format", "json"],
        &["opportunity", "show", "1", "--format", "csv"],
        &["interaction", "list", "--format", "json"],
        &["opportunity", "pipeline", "--format", "csv"],
        &["export", "opportunities"],
        &["export", "interactions"],
    ] {
        let english = run_binary_with(&db, args, &env);
        let german = run_binary_with(&db, &[&["--lang", "de"], args].concat(), &env);
        assert_eq!(english.code, 0, "{args:?}: {english:?}");
        assert!(!english.stdout.is_empty(), "{args:?}");
        assert_eq!(german.stdout, english.stdout, "{args:?}");
    }
    let en_file = scratch.path().join("en.csv");
    let de_file = scratch.path().join("de.csv");
    let written = |file: &Path, lang: &str| {
        let args = ["--lang", lang, "export", "customers", "--out", s(file)];
        let run = run_binary(&db, &args);
        assert_eq!(run.code, 0, "{run:?}");
        run.stderr
    };
    assert!(written(&en_file, "en").contains("exported 1 records"));
    assert!(written(&de_file, "de").contains("1 Datensätze nach"));
    assert_eq!(
        std::fs::read(&en_file).unwrap(),
        std::fs::read(&de_file).unwrap()
    );
}

#[test]
fn german_amounts_and_dates_in_flags_are_stored_as_meant() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Müller GmbH"]);
    let args = [
        "--lang",
        "de",
        "opportunity",
        "add",
        "--customer",
        "1",
        "--title",
        "Wartung",
        "--amount",
        "1.234,56",
        "--close",
        "05.12.2026",
    ];
    let run = run_binary(&db, &args);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("1.234,56"), "{run:?}");
    let stored = json(&db, &["opportunity", "show", "1"]);
    assert_eq!(text(&stored, "amount"), "1234.56");
    assert_eq!(text(&stored, "expected_close"), "2026-12-05");
}

#[test]
fn german_words_for_a_stage_a_status_and_a_channel_are_stored_as_their_names() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    with_an_opportunity(&db);
    let german = |args: &[&str]| {
        let run = run_binary(&db, &[&["--lang", "de"], args].concat());
        assert_eq!(run.code, 0, "{run:?}");
        run.stdout
    };
    german(&["opportunity", "stage", "1", "Bedarfsanalyse"]);
    german(&["customer", "edit", "1", "--status", "potenzieller kunde"]);
    german(&[
        "interaction",
        "add",
        "--customer",
        "1",
        "--channel",
        "ANRUF EINGEHEND",
        "--subject",
        "Rückruf",
        "--outcome",
        "erreicht",
        "--duration",
        "4m30s",
    ]);
    assert_eq!(
        text(&json(&db, &["opportunity", "show", "1"]), "stage"),
        "needs-analysis"
    );
    assert_eq!(
        text(&json(&db, &["customer", "show", "1"]), "status"),
        "prospect"
    );
    let logged = json(&db, &["interaction", "show", "1"]);
    assert_eq!(text(&logged, "channel"), "call-in");
    assert_eq!(text(&logged, "duration"), "4m30s");

    let table = german(&["opportunity", "list"]);
    assert!(table.contains("Bedarfsanalyse"), "{table}");
    assert!(!table.contains("needs-analysis"), "{table}");
    let shown = german(&["interaction", "show", "1"]);
    assert!(
        shown.contains("Anruf eingehend") && shown.contains("4 Min. 30 s"),
        "{shown}"
    );
    let english = run_binary(&db, &["opportunity", "list"]);
    assert!(english.stdout.contains("needs-analysis"), "{english:?}");

    let refused = run_binary(
        &db,
        &["--lang", "de", "opportunity", "stage", "1", "Abschluss"],
    );
    assert_ne!(refused.code, 0, "{refused:?}");
    assert!(
        refused
            .stderr
            .contains("Qualifizierung, Bedarfsanalyse, Angebot"),
        "{refused:?}"
    );
}

#[test]
fn help_is_german_and_a_wrong_language_or_zone_is_refused() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let help = run_binary(&db, &["--lang", "de", "--help"]);
    assert_eq!(help.code, 0, "{help:?}");
    for word in ["Aufruf: kontor", "Befehle:", "Optionen:", "Hilfe anzeigen"] {
        assert!(help.stdout.contains(word), "{word}: {help:?}");
    }
    assert!(
        help.stdout.contains("CRM und ERP in einer Datenbank"),
        "{help:?}"
    );
    assert!(!help.stdout.contains("Usage:"), "{help:?}");
    let customer = run_binary_with(&db, &["customer", "--help"], GERMAN);
    assert!(customer.stdout.starts_with("Kunden: add"), "{customer:?}");
    assert!(
        customer
            .stdout
            .contains("Einen Kunden anlegen und anzeigen")
    );
    let english = run_binary(&db, &["customer", "--help"]);
    assert!(english.stdout.starts_with("Customers: add"), "{english:?}");
    assert!(
        english.stdout.contains("\nUsage: kontor customer"),
        "{english:?}"
    );

    let wrong = run_binary(&db, &["--lang", "xx", "customer", "list"]);
    assert_eq!(wrong.code, 2, "{wrong:?}");
    assert_eq!(
        wrong.stderr.trim(),
        "kontor: unknown language \"xx\" (de or en)"
    );
    let wrong_in_german = run_binary_with(&db, &["--lang", "xx", "check"], GERMAN);
    assert!(wrong_in_german.stderr.contains("unbekannte Sprache \"xx\""));
    let zone = run_binary_with(&db, &["customer", "list"], &[("KONTOR_TZ", "Mars/Olympus")]);
    assert_eq!(zone.code, 2, "{zone:?}");
    assert!(zone.stderr.contains("KONTOR_TZ=Mars/Olympus"), "{zone:?}");
}

#[test]
fn account_refusals_are_german() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPCLpRGQGdzzch+1625KX0g/Z+jT5YDHzv93RptwMZeA anna@desk";
    fn add<'a>(name: &'a str, key: &'a str) -> [&'a str; 7] {
        ["user", "add", name, "--role", "agent", "--key", key]
    }
    ok(&db, &add("anna", key));
    let german = |args: &[&str]| {
        let run = run_binary(&db, &[&["--lang", "de"], args].concat());
        assert_ne!(run.code, 0, "{run:?}");
        run.stderr
    };
    let exists = german(&add("anna", key));
    assert!(
        exists.contains("Benutzer „anna“ existiert bereits"),
        "{exists}"
    );
    let taken = german(&add("bert", key));
    assert!(taken.contains("gehört bereits Benutzer „anna“"), "{taken}");
    let name = german(&add("Bert", key));
    assert!(name.contains("„Bert“ darf nur Kleinbuchstaben"), "{name}");
    let junk = german(&add("bert", "hello"));
    assert!(
        junk.contains("ist keine Zeile eines öffentlichen OpenSSH-Schlüssels"),
        "{junk}"
    );
    let nobody = german(&["user", "remove", "nobody"]);
    assert!(nobody.contains("kein Benutzer namens „nobody“"), "{nobody}");
    let english = run_binary(&db, &add("anna", key));
    assert_eq!(
        english.stderr.trim(),
        "kontor: user \"anna\" already exists"
    );
}
