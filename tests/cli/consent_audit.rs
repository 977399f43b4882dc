//! Consent in the call's own transaction and in the audit log, through the real binary: a
//! marketing call is refused without phone consent (nothing logged), logged with it
//! together with the use of that consent in ONE audited transaction, and a call whose
//! interaction cannot be written (an unknown customer, found inside the transaction after
//! the use) leaves no use behind; consent add, withdraw, object, request and confirm (by
//! support staff and by the link) each write one audit entry that `kontor audit` shows.

use std::path::Path;

use kontor::core::consent_optin::confirm_by_token;
use kontor::store::Store;
use serde_json::Value;

use super::consent::{marketing, request};
use crate::common::{Scratch, add_customer, int, json, json_list, now, ok, run};

/// The audit rows of `command`.
fn audited(db: &Path, command: &str) -> Vec<Value> {
    json_list(db, &["audit"])
        .into_iter()
        .filter(|row| row["command"] == command)
        .collect()
}

/// The distinct audit entries among `rows`.
fn entries(rows: &[Value]) -> std::collections::BTreeSet<i64> {
    rows.iter().map(|row| int(row, "entry")).collect()
}

fn uses(db: &Path, customer: i64) -> Vec<Value> {
    json_list(db, &["consent", "show", &format!("customer:{customer}")])
        .into_iter()
        .filter(|event| event["action"] == "used")
        .collect()
}

#[test]
fn a_marketing_call_and_its_consent_use_are_one_audited_transaction() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["settings", "default_region", "DE"]);
    let callable = add_customer(&db, &["--name", "Anruf AG", "--phone", "+49 30 1234567"]);
    let silent = add_customer(&db, &["--name", "Still GmbH", "--phone", "+49 30 7654321"]);
    let consent = json(
        &db,
        &[
            "consent",
            "add",
            "--party",
            &format!("customer:{callable}"),
            "--channel",
            "phone",
            "--address",
            "030 1234567",
            "--purpose",
            "calls",
            "--source",
            "call",
        ],
    );
    let consent = int(&consent, "id");
    let campaign = json(
        &db,
        &[
            "campaign",
            "add",
            "Rückruf",
            "--channel",
            "phone",
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-31",
        ],
    );
    let campaign = int(&campaign, "id").to_string();
    let call = |customer: &str, phone: Option<&str>| {
        let mut args = vec![
            "interaction",
            "log",
            "--customer",
            customer,
            "--channel",
            "call-out",
            "--subject",
            "Angebot",
            "--outcome",
            "interessiert",
            "--campaign",
            &campaign,
        ];
        if let Some(phone) = phone {
            args.extend(["--phone", phone]);
        }
        run(&db, &args)
    };

    let refused = call(&silent.to_string(), None);
    assert_ne!(refused.code, 0);
    assert!(refused.stderr.contains("Still GmbH"), "{}", refused.stderr);
    // The consent holds for the number, but customer 99 does not exist: the interaction's
    // write fails in the transaction that already recorded the use — neither stays.
    let unknown = call("99", Some("+49 30 1234567"));
    assert_ne!(unknown.code, 0, "{}", unknown.stdout);
    assert!(uses(&db, callable).is_empty(), "no use without the call");
    let calls = json_list(&db, &["interaction", "list"]);
    assert!(calls.is_empty(), "{calls:?}");
    assert!(audited(&db, "Interactions::MarketingCall").is_empty());

    let logged = call(&callable.to_string(), None);
    assert_eq!(logged.code, 0, "{}", logged.stderr);
    let used = uses(&db, callable);
    assert_eq!(used.len(), 1, "{used:?}");
    assert_eq!(used[0]["relied_on"], consent);
    assert_eq!(
        used[0]["what"],
        format!("call +49301234567 campaign {campaign}")
    );
    let evidence = ok(
        &db,
        &[
            "consent",
            "evidence",
            &format!("customer:{callable}"),
            "--format",
            "json",
        ],
    );
    assert!(evidence.contains("call +49301234567"), "{evidence}");
    let rows = audited(&db, "Interactions::MarketingCall");
    assert_eq!(entries(&rows).len(), 1, "one transaction: {rows:?}");
    let records: Vec<&str> = rows.iter().filter_map(|r| r["record"].as_str()).collect();
    let use_record = format!("consent event:{}", used[0]["id"]);
    assert!(records.contains(&"interaction:1"), "{rows:?}");
    assert!(records.contains(&use_record.as_str()), "{rows:?}");
}

#[test]
fn every_consent_command_writes_one_audit_entry() {
    let scratch = Scratch::new();
    let (db, party) = marketing(&scratch);
    let record = |verb: &str| {
        let event = json(
            &db,
            &[
                "consent",
                verb,
                "--party",
                &party,
                "--channel",
                "phone",
                "--address",
                "+49 30 1234567",
                "--purpose",
                "calls",
                "--source",
                "call",
            ],
        );
        int(&event, "id")
    };
    let added = record("add");
    let withdrawn = record("withdraw");
    let objected = record("object");
    for (command, id) in [
        ("Consent::Add", added),
        ("Consent::Withdraw", withdrawn),
        ("Consent::Object", objected),
    ] {
        let rows = audited(&db, command);
        assert_eq!(entries(&rows).len(), 1, "{command}: {rows:?}");
        assert!(
            rows.iter()
                .all(|row| row["record"] == format!("consent event:{id}")
                    && row["change"] == "created"
                    && row["user"] == "tester"),
            "{rows:?}"
        );
    }
    let (first, token) = request(&db, &party);
    let requested = audited(&db, "Consent::Request");
    assert_eq!(entries(&requested).len(), 1, "{requested:?}");
    assert!(
        requested
            .iter()
            .any(|row| row["record"] == format!("consent event:{first}"))
    );
    let confirmed = json(&db, &["consent", "confirm", &token]);
    let by_support = audited(&db, "Consent::Confirm");
    assert_eq!(entries(&by_support).len(), 1, "{by_support:?}");
    assert!(
        by_support
            .iter()
            .all(|row| row["record"] == format!("consent event:{}", confirmed["id"])),
        "{by_support:?}"
    );
    // Confirming again writes nothing, so no entry either.
    ok(&db, &["consent", "confirm", &token]);
    assert_eq!(entries(&audited(&db, "Consent::Confirm")).len(), 1);

    let (_, link) = request(&db, &party);
    let store = Store::open(&db).unwrap();
    let by_link = confirm_by_token(&store, &link, now(), "203.0.113.5").unwrap();
    drop(store);
    let rows = audited(&db, "Consent::Confirm");
    assert_eq!(entries(&rows).len(), 2, "{rows:?}");
    let link_row = rows
        .iter()
        .find(|row| row["record"] == format!("consent event:{}", by_link.id))
        .unwrap();
    assert_eq!(link_row["user"], "link", "{link_row}");
}
