//! End-to-end tests of `kontor opportunity edit` through the real binary: each flag
//! changes its field (and only it), empty values clear, a stale `--expect-version` is
//! refused naming who changed the record, an invalid value refuses the whole edit, the
//! stage is left to `opportunity stage`, and the audit log records the change.

use crate::common;

use std::path::{Path, PathBuf};

use common::{Scratch, add_customer, fails, int, json, json_list, ok, text};
use serde_json::Value;

/// The opportunity as `opportunity list` prints it.
fn listed(db: &Path, id: i64) -> Value {
    json_list(db, &["opportunity", "list"])
        .into_iter()
        .find(|o| o["id"].as_i64() == Some(id))
        .expect("the opportunity is listed")
}

/// A scratch database (kept while the first value lives) with one customer.
fn with_customer() -> (Scratch, PathBuf, String) {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Alfreds Futterkiste"]).to_string();
    (scratch, db, customer)
}

/// `opportunity add --customer CUSTOMER FLAGS…` as printed.
fn add(db: &Path, customer: &str, flags: &[&str]) -> Value {
    let mut args = vec!["opportunity", "add", "--customer", customer];
    args.extend(flags);
    json(db, &args)
}

fn edit(db: &Path, id: i64, flags: &[&str]) -> Value {
    let id = id.to_string();
    let mut args = vec!["opportunity", "edit", &id];
    args.extend(flags);
    json(db, &args)
}

#[test]
fn opportunity_edit_changes_the_given_fields_and_clears_empty_ones() {
    let (_scratch, db, customer) = with_customer();
    let added = add(
        &db,
        &customer,
        &[
            "--title",
            "Wartungsvertrag",
            "--amount",
            "1000",
            "--stage",
            "proposal",
            "--close",
            "2026-12-15",
            "--owner",
            "anna",
        ],
    );
    let id = int(&added, "id");
    let edited = edit(
        &db,
        id,
        &[
            "--amount",
            "1.500,25",
            "--probability",
            "55%",
            "--close",
            "",
            "--owner",
            "ben",
        ],
    );
    assert_eq!(text(&edited, "amount"), "1500.25");
    assert_eq!(int(&edited, "probability"), 55);
    // 1500.25 × 55 % = 825.1375, rounded half away from zero to the cent.
    assert_eq!(text(&edited, "weighted"), "825.14");
    assert_eq!(text(&edited, "expected_close"), "");
    assert_eq!(text(&edited, "owner"), "ben");
    assert_eq!(text(&edited, "title"), "Wartungsvertrag");
    assert_eq!(text(&edited, "stage"), "proposal");
    assert_eq!(text(&edited, "currency"), text(&added, "currency"));
    assert_eq!(int(&edited, "version"), 2);
    assert_eq!(listed(&db, id), edited);
    // An empty probability returns to the stage's default; the title changes alone.
    let again = edit(&db, id, &["--probability", "", "--title", "Wartung 2027"]);
    assert_eq!(int(&again, "probability"), 40);
    assert_eq!(text(&again, "title"), "Wartung 2027");
    assert_eq!(text(&again, "owner"), "ben");
    assert_eq!(int(&again, "version"), 3);
    let audit = json_list(&db, &["audit", "--record", &format!("opportunity:{id}")]);
    let fields: Vec<&str> = audit
        .iter()
        .filter(|row| text(row, "command") == "Opportunities::Edit")
        .map(|row| text(row, "field"))
        .collect();
    for field in ["amount", "probability", "owner", "title"] {
        assert!(fields.contains(&field), "{field} missing in {audit:?}");
    }
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn opportunity_edit_refuses_stale_versions_invalid_values_and_unknown_ids() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Müller GmbH"]).to_string();
    let added = add(&db, &customer, &["--title", "CNC", "--amount", "120000"]);
    let id = int(&added, "id");
    let id_text = id.to_string();
    let edited = edit(&db, id, &["--expect-version", "1", "--amount", "110000"]);
    assert_eq!(text(&edited, "amount"), "110000.00");
    let stale = fails(
        &db,
        &[
            "opportunity",
            "edit",
            &id_text,
            "--expect-version",
            "1",
            "--title",
            "Verloren",
        ],
        2,
    );
    assert!(
        stale.contains("changed by tester") && stale.contains("now version 2"),
        "{stale}"
    );
    assert_eq!(listed(&db, id), edited);
    let invalid = fails(
        &db,
        &[
            "opportunity",
            "edit",
            &id_text,
            "--title",
            "Halb",
            "--probability",
            "140",
        ],
        2,
    );
    assert!(invalid.contains("probability"), "{invalid}");
    let negative = fails(&db, &["opportunity", "edit", &id_text, "--amount", "-5"], 2);
    assert!(negative.contains("negative"), "{negative}");
    assert_eq!(listed(&db, id), edited);
    let missing = fails(&db, &["opportunity", "edit", "99", "--title", "x"], 2);
    assert!(
        missing.contains("opportunity 99 does not exist"),
        "{missing}"
    );
    // The stage is not an edit: `opportunity stage` moves it.
    let no_stage = common::run(&db, &["opportunity", "edit", &id_text, "--stage", "won"]);
    assert_eq!(no_stage.code, 2, "{no_stage:?}");
    assert_eq!(listed(&db, id), edited);
}

#[test]
fn the_audit_log_shows_amounts_and_currencies_as_typed() {
    let (_scratch, db, customer) = with_customer();
    let added = add(
        &db,
        &customer,
        &[
            "--title",
            "Kühlhaus",
            "--amount",
            "12.5",
            "--currency",
            "usd",
            "--close",
            "2026-09-30",
        ],
    );
    let id = int(&added, "id");
    edit(&db, id, &["--amount", "1200,75", "--close", "2026-10-31"]);
    let audit = json_list(&db, &["audit", "--record", &format!("opportunity:{id}")]);
    let field = |command: &str, field: &str| -> (String, String) {
        let row = audit
            .iter()
            .find(|row| text(row, "command") == command && text(row, "field") == field)
            .unwrap_or_else(|| panic!("no {command} {field} in {audit:?}"));
        (text(row, "old").to_string(), text(row, "new").to_string())
    };
    assert_eq!(
        field("Opportunities::Add", "amount"),
        (String::new(), "12.50 USD".to_string())
    );
    assert_eq!(
        field("Opportunities::Edit", "amount"),
        ("12.50 USD".to_string(), "1200.75 USD".to_string())
    );
    assert_eq!(
        field("Opportunities::Edit", "expected_close"),
        ("2026-09-30".to_string(), "2026-10-31".to_string())
    );
    let table = ok(
        &db,
        &[
            "audit",
            "--record",
            &format!("opportunity:{id}"),
            "--format",
            "table",
        ],
    );
    assert!(!table.contains("[85,83,68]"), "{table}");
    assert!(table.contains("expected_close"), "{table}");
}

#[test]
fn moves_and_edits_that_change_nothing_keep_the_version_and_a_reason_needs_lost() {
    let (_scratch, db, customer) = with_customer();
    let id = int(
        &add(&db, &customer, &["--title", "Wartung", "--amount", "100"]),
        "id",
    );
    let stage = |args: &[&str]| {
        let mut all = vec!["opportunity", "stage", "1"];
        all.extend(args);
        json(&db, &all)
    };
    assert_eq!(int(&stage(&["proposal"]), "version"), 2);
    let again = stage(&["proposal"]);
    assert_eq!(int(&again, "version"), 2, "{again}");
    let same = edit(&db, id, &["--title", "Wartung", "--amount", "100"]);
    assert_eq!(int(&same, "version"), 2, "{same}");
    assert_eq!(int(&listed(&db, id), "version"), 2);

    let error = fails(
        &db,
        &[
            "opportunity",
            "stage",
            "1",
            "negotiation",
            "--reason",
            "zu teuer",
        ],
        2,
    );
    assert!(
        error.contains("reason: only a lost opportunity keeps a reason; negotiation is not lost"),
        "{error}"
    );
    assert_eq!(text(&listed(&db, id), "stage"), "proposal");

    let won = stage(&["won"]);
    let closed = text(&won, "closed_at").to_string();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let again = stage(&["won"]);
    assert_eq!(
        (int(&again, "version"), text(&again, "closed_at")),
        (3, &*closed)
    );
    // A won deal is reopened before it is lost.
    assert_eq!(int(&stage(&["proposal"]), "version"), 4);
    let lost = stage(&["lost", "--reason", "zu teuer"]);
    assert_eq!(text(&lost, "lost_reason"), "zu teuer");
    assert_eq!(int(&lost, "version"), 5);
}
