//! End-to-end tests of `kontor interaction edit` through the real binary: each flag
//! changes its field and only it, an empty duration is zero and an empty follow-up clears
//! it, a new follow-up date is due again (`interaction list --due`), a stale
//! `--expect-version` is refused naming who changed the record, an invalid value refuses
//! the whole edit, and what was logged (channel, agent, time) stays.

use crate::common;

use std::path::Path;

use common::{Scratch, add_customer, fails, ids, int, json, json_list, ok, text};
use serde_json::Value;

fn edit(db: &Path, id: i64, flags: &[&str]) -> Value {
    let id = id.to_string();
    let mut args = vec!["interaction", "edit", &id];
    args.extend(flags);
    json(db, &args)
}

/// `interaction log --customer CUSTOMER --subject SUBJECT FLAGS…` as printed.
fn log(db: &Path, customer: &str, subject: &str, flags: &[&str]) -> Value {
    let mut args = vec![
        "interaction",
        "log",
        "--customer",
        customer,
        "--subject",
        subject,
    ];
    args.extend(flags);
    json(db, &args)
}

/// The interaction as `interaction list` prints it.
fn listed(db: &Path, id: i64) -> Value {
    json_list(db, &["interaction", "list"])
        .into_iter()
        .find(|i| i["id"].as_i64() == Some(id))
        .expect("the interaction is listed")
}

#[test]
fn interaction_edit_changes_the_given_fields_and_keeps_what_was_logged() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Alfreds Futterkiste"]).to_string();
    let logged = log(
        &db,
        &customer,
        "Lieferstatus",
        &[
            "--channel",
            "call-in",
            "--outcome",
            "Rückruf nötig",
            "--duration",
            "4m30s",
            "--at",
            "2026-01-10T09:00:00Z",
            "--follow-up",
            "2026-01-12",
        ],
    );
    let id = int(&logged, "id");
    ok(&db, &["interaction", "done", &id.to_string()]);
    let edited = edit(
        &db,
        id,
        &[
            "--outcome",
            "Sendungsnummer genannt",
            "--body",
            "Kunde ruft Freitag zurück",
            "--duration",
            "",
            "--follow-up",
            "2026-01-20",
        ],
    );
    assert_eq!(text(&edited, "outcome"), "Sendungsnummer genannt");
    assert_eq!(text(&edited, "body"), "Kunde ruft Freitag zurück");
    assert_eq!(text(&edited, "duration"), "0s");
    assert_eq!(text(&edited, "follow_up"), "2026-01-20");
    assert_eq!(edited["follow_up_done"], false, "a new date is open again");
    for kept in ["subject", "channel", "agent", "at", "customer"] {
        assert_eq!(edited[kept], logged[kept], "{kept}");
    }
    assert_eq!(int(&edited, "version"), 3);
    assert_eq!(listed(&db, id), edited);
    let due = json_list(&db, &["interaction", "list", "--due", "2026-01-31"]);
    assert_eq!(ids(&due), vec![id]);
    let cleared = edit(&db, id, &["--follow-up", "", "--subject", "Lieferung"]);
    assert_eq!(text(&cleared, "follow_up"), "");
    assert_eq!(text(&cleared, "subject"), "Lieferung");
    assert!(json_list(&db, &["interaction", "list", "--due", "2026-01-31"]).is_empty());
    let audit = json_list(&db, &["audit", "--record", &format!("interaction:{id}")]);
    assert!(
        audit
            .iter()
            .any(|row| text(row, "command") == "Interactions::Edit"
                && text(row, "field") == "outcome"),
        "{audit:?}"
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn interaction_edit_refuses_stale_versions_invalid_values_and_unknown_ids() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Müller GmbH"]).to_string();
    let logged = log(&db, &customer, "Angebot", &["--channel", "email"]);
    let id = int(&logged, "id");
    let id_text = id.to_string();
    let edited = edit(&db, id, &["--expect-version", "1", "--outcome", "Zugesagt"]);
    assert_eq!(int(&edited, "version"), 2);
    let stale = fails(
        &db,
        &[
            "interaction",
            "edit",
            &id_text,
            "--expect-version",
            "1",
            "--outcome",
            "Abgesagt",
        ],
        2,
    );
    assert!(
        stale.contains("changed by tester") && stale.contains("now version 2"),
        "{stale}"
    );
    let invalid = fails(
        &db,
        &[
            "interaction",
            "edit",
            &id_text,
            "--outcome",
            "Halb",
            "--duration",
            "lang",
        ],
        2,
    );
    assert!(invalid.contains("duration"), "{invalid}");
    let empty = fails(&db, &["interaction", "edit", &id_text, "--subject", " "], 2);
    assert!(empty.contains("must not be empty"), "{empty}");
    assert_eq!(listed(&db, id), edited);
    let missing = fails(&db, &["interaction", "edit", "99", "--outcome", "x"], 2);
    assert!(
        missing.contains("interaction 99 does not exist"),
        "{missing}"
    );
    // What was logged is not an edit.
    let channel = common::run(
        &db,
        &["interaction", "edit", &id_text, "--channel", "visit"],
    );
    assert_eq!(channel.code, 2, "{channel:?}");
    assert_eq!(listed(&db, id), edited);
}

#[test]
fn done_twice_and_edits_that_change_nothing_keep_the_version() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Ruhe GmbH"]).to_string();
    let flags = [
        "--channel",
        "call-out",
        "--outcome",
        "erreicht",
        "--follow-up",
        "2026-12-01",
    ];
    let logged = log(&db, &customer, "Rückruf", &flags);
    let id = int(&logged, "id");
    assert_eq!(int(&logged, "version"), 1);
    let done = json(&db, &["interaction", "done", "1"]);
    assert_eq!(int(&done, "version"), 2);
    let again = json(&db, &["interaction", "done", "1"]);
    assert_eq!(int(&again, "version"), 2, "{again}");
    let same = edit(&db, id, &["--subject", "Rückruf"]);
    assert_eq!(int(&same, "version"), 2, "{same}");
    assert_eq!(int(&listed(&db, id), "version"), 2);
    let error = fails(
        &db,
        &[
            "interaction",
            "edit",
            "1",
            "--subject",
            "Rückruf",
            "--expect-version",
            "1",
        ],
        2,
    );
    assert!(error.contains("changed"), "{error}");
    assert_eq!(int(&edit(&db, id, &["--subject", "Anruf"]), "version"), 3);
}
