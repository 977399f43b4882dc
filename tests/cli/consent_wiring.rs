//! The consent ledger wired into marketing, through the real binary: a mailing to a
//! segment mails only addresses with e-mail consent for its purpose — the dry run names
//! each other member's reason, a consent withdrawn after planning stops the send at
//! hand-over (recorded on the send), each hand-over records the use of the consent it
//! relied on, and unsubscribing by the send records the withdrawal; a segment's consent
//! criterion and the addresses its members carry; a phone campaign's call list and the
//! marketing call that is refused without phone consent and records its use; a customer
//! merge carrying the merged-away customer's consent history into the survivor's
//! evidence.

use std::path::Path;

use kontor::core::Actor;
use kontor::core::mailing::{plan, sends, unsubscribe_by_send};
use kontor::store::Store;
use serde_json::Value;
use time::{Duration, OffsetDateTime};

use super::mail_out::{NOW, Sink, configured, ok_at};
use super::mailing::json_at;
use crate::common::{Scratch, add_customer, fails, int, json, json_list, ok, run};

/// `consent VERB` for a customer's address on a channel and purpose at `at`; the event id.
fn consent_at(
    db: &Path,
    at: OffsetDateTime,
    verb: &str,
    customer: i64,
    channel: &str,
    address: &str,
    purpose: &str,
) -> i64 {
    let party = format!("customer:{customer}");
    let event = json_at(
        db,
        at,
        &[
            "consent",
            verb,
            "--party",
            &party,
            "--channel",
            channel,
            "--address",
            address,
            "--purpose",
            purpose,
            "--source",
            "form",
        ],
    );
    int(&event, "id")
}

/// The events of customer `id`'s consent history with action `action`.
fn events(db: &Path, at: OffsetDateTime, id: i64, action: &str) -> Vec<Value> {
    let party = format!("customer:{id}");
    json_at(db, at, &["consent", "show", &party])
        .as_array()
        .unwrap()
        .iter()
        .filter(|event| event["action"] == action)
        .cloned()
        .collect()
}

#[test]
fn a_mailing_to_a_segment_mails_only_with_consent_records_each_use_and_each_unsubscribe() {
    let sink = Sink::start(&[]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    let customer = |name: &str| {
        let email = format!("{name}@example.org");
        let args = [
            "customer", "add", "--name", name, "--email", &email, "--tag", "news",
        ];
        int(&json_at(&db, NOW, &args), "id")
    };
    let (ada, bo, cy, di, ed) = (
        customer("ada"),
        customer("bo"),
        customer("cy"),
        customer("di"),
        customer("ed"),
    );
    let earlier = NOW - Duration::hours(1);
    let ada_consent = consent_at(
        &db,
        earlier,
        "add",
        ada,
        "email",
        "ADA@example.org",
        "newsletter",
    );
    consent_at(
        &db,
        earlier,
        "add",
        cy,
        "email",
        "cy@example.org",
        "newsletter",
    );
    consent_at(
        &db,
        NOW,
        "withdraw",
        cy,
        "email",
        "cy@example.org",
        "newsletter",
    );
    consent_at(&db, earlier, "add", di, "email", "di@example.org", "offers");
    consent_at(
        &db,
        earlier,
        "add",
        ed,
        "email",
        "ed@example.org",
        "newsletter",
    );
    let segment = json_at(&db, NOW, &["segment", "add", "News", "--tags-any", "news"]);
    let segment = int(&segment, "id").to_string();
    fails(
        &db,
        &[
            "mailing",
            "add",
            "--name",
            "x",
            "--subject",
            "s",
            "--body",
            "b",
        ],
        2,
    );
    let added = json_at(
        &db,
        NOW,
        &[
            "mailing",
            "add",
            "--name",
            "Winter",
            "--subject",
            "News",
            "--body",
            "{salutation}\n{unsubscribe_url}",
            "--segment",
            &segment,
        ],
    );
    let id = int(&added, "id");

    let skipped: Vec<(i64, String, String)> =
        json_at(&db, NOW, &["mailing", "dry-run", &id.to_string()])
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                (
                    row["customer"].as_i64().unwrap(),
                    row["reason"].as_str().unwrap().to_string(),
                    row["consent"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
    let expected = [
        (bo, "no-consent", "no-consent"),
        (cy, "no-consent", "withdrawn"),
        (di, "no-consent", "no-consent"),
    ]
    .map(|(id, reason, consent)| (id, reason.to_string(), consent.to_string()));
    assert_eq!(skipped, expected);
    let text = ok_at(&db, NOW, &["mailing", "dry-run", &id.to_string()]);
    assert_eq!(
        text.lines()
            .filter(|l| l.contains("\tno-consent\t"))
            .count(),
        3,
        "{text}"
    );

    // Planned with consent; Ed withdraws before the hand-over.
    {
        let store = Store::open(&db).unwrap();
        let planned = plan(&store, &Actor::local("anna"), id as u64, NOW).unwrap();
        assert_eq!(planned, 2, "ada and ed");
    }
    let later = NOW + Duration::minutes(5);
    consent_at(
        &db,
        later,
        "withdraw",
        ed,
        "email",
        "ed@example.org",
        "newsletter",
    );
    let report = json_at(&db, later, &["mailing", "send", &id.to_string()]);
    assert_eq!(
        (report["sent"].as_u64(), report["no_consent"].as_u64()),
        (Some(1), Some(1)),
        "{report}"
    );
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["rcpt_tos"][0], "ada@example.org");
    let status = json_at(&db, later, &["mailing", "status", &id.to_string()]);
    assert_eq!(status["counts"]["no-consent"], 1);
    assert_eq!(status["counts"]["sent"], 1);

    // The use of Ada's consent is in the ledger; Ed's withdrawn consent was not used.
    let used = events(&db, later, ada, "used");
    assert_eq!(used.len(), 1, "{used:?}");
    assert_eq!(used[0]["relied_on"], ada_consent);
    assert_eq!(used[0]["at"], "2026-12-05T09:35:00Z");
    assert!(
        used[0]["what"]
            .as_str()
            .unwrap()
            .starts_with(&format!("mailing {id} "))
    );
    assert!(events(&db, later, ed, "used").is_empty());

    // Unsubscribing by the send withdraws Ada's consent, once.
    let unsubscribed = later + Duration::minutes(1);
    {
        let store = Store::open(&db).unwrap();
        let sent = sends(&store, &Actor::local("anna"), id as u64).unwrap();
        let ada_send = sent
            .iter()
            .find(|s| s.address == "ada@example.org")
            .unwrap();
        assert!(unsubscribe_by_send(&store, ada_send.id, unsubscribed, "mailto").unwrap());
        assert!(!unsubscribe_by_send(&store, ada_send.id, unsubscribed, "mailto").unwrap());
    }
    let withdrawn = events(&db, unsubscribed, ada, "withdrawn");
    assert_eq!(withdrawn.len(), 1, "{withdrawn:?}");
    assert_eq!(withdrawn[0]["source"], "mailto");
    assert_eq!(withdrawn[0]["address"], "ada@example.org");
    assert_eq!(withdrawn[0]["purpose"], "newsletter");
    let standing = json_at(
        &db,
        unsubscribed,
        &[
            "consent",
            "standing",
            "--channel",
            "email",
            "--address",
            "ada@example.org",
            "--purpose",
            "newsletter",
        ],
    );
    assert_eq!(standing["allowed"], false);
    assert_eq!(standing["reason"], "withdrawn");
}

#[test]
fn a_consent_criterion_selects_members_and_names_the_address_consent_is_for() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let with = add_customer(
        &db,
        &[
            "--name",
            "Mit GmbH",
            "--contact",
            "Jan Mit:Einkauf",
            "--contact-email",
            "jan@mit.example",
        ],
    );
    let without = add_customer(
        &db,
        &["--name", "Ohne GmbH", "--email", "info@ohne.example"],
    );
    let party = format!("customer:{with}");
    ok(
        &db,
        &[
            "consent",
            "add",
            "--party",
            &party,
            "--channel",
            "email",
            "--address",
            "jan@mit.example",
            "--purpose",
            "newsletter",
            "--source",
            "form",
            "--person",
            "Jan Mit",
        ],
    );
    let members = json_list(
        &db,
        &["segment", "members", "--consent", "email:newsletter"],
    );
    assert_eq!(members.len(), 1, "{members:?}");
    assert_eq!(members[0]["id"], with);
    assert_eq!(members[0]["consent"], "Jan Mit <jan@mit.example>");
    let other = json_list(
        &db,
        &["segment", "members", "--filter", "consent=email:offers"],
    );
    assert!(other.is_empty(), "{other:?}");
    let saved = json(
        &db,
        &["segment", "add", "N", "--consent", "Email:newsletter"],
    );
    assert_eq!(saved["filter"], "consent=email:newsletter");
    let count = json(&db, &["segment", "count", &int(&saved, "id").to_string()]);
    assert_eq!(count["count"], 1);
    let bad = fails(
        &db,
        &["segment", "members", "--consent", "fax:newsletter"],
        2,
    );
    assert!(bad.contains("fax"), "{bad}");
    assert_ne!(with, without);
}

/// A phone campaign and a segment of three customers: one with phone consent for calls,
/// one without, one without a phone. Their ids, the campaign's and the segment's.
fn phone_campaign(db: &Path) -> ([i64; 3], String, String, i64) {
    let callable = add_customer(
        db,
        &[
            "--name",
            "Anruf AG",
            "--phone",
            "+49 30 1234567",
            "--tag",
            "call",
        ],
    );
    let refused = add_customer(
        db,
        &[
            "--name",
            "Still GmbH",
            "--phone",
            "+49 30 7654321",
            "--tag",
            "call",
        ],
    );
    let no_phone = add_customer(db, &["--name", "Stumm KG", "--tag", "call"]);
    let party = format!("customer:{callable}");
    let consent = json(
        db,
        &[
            "consent",
            "add",
            "--party",
            &party,
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
    let campaign = json(
        db,
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
    let segment = json(db, &["segment", "add", "Anrufen", "--tags-any", "call"]);
    (
        [callable, refused, no_phone],
        int(&campaign, "id").to_string(),
        int(&segment, "id").to_string(),
        int(&consent, "id"),
    )
}

#[test]
fn a_call_list_holds_only_people_with_phone_consent_and_a_marketing_call_needs_it() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["settings", "default_region", "DE"]);
    let ([callable, refused, no_phone], campaign, segment, consent) = phone_campaign(&db);
    let list = json(
        &db,
        &[
            "campaign",
            "calllist",
            &campaign,
            "--segment",
            &segment,
            "--why-not",
        ],
    );
    let callees = list["callable"].as_array().unwrap();
    assert_eq!(callees.len(), 1, "{list}");
    assert_eq!(callees[0]["customer"], callable);
    assert_eq!(callees[0]["phone"], "+49301234567");
    assert_eq!(callees[0]["consent"], consent);
    let not: Vec<(i64, &str)> = list["not_callable"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["customer"].as_i64().unwrap(), c["why"].as_str().unwrap()))
        .collect();
    assert_eq!(not, [(refused, "no-consent"), (no_phone, "no-phone")]);
    let table = ok(
        &db,
        &["campaign", "calllist", &campaign, "--segment", &segment],
    );
    assert!(
        table.contains("Anruf AG") && !table.contains("Still GmbH"),
        "{table}"
    );

    let log = |customer: i64| {
        let customer = customer.to_string();
        run(
            &db,
            &[
                "interaction",
                "log",
                "--customer",
                &customer,
                "--channel",
                "call-out",
                "--subject",
                "Angebot",
                "--outcome",
                "interessiert",
                "--campaign",
                &campaign,
            ],
        )
    };
    let denied = log(refused);
    assert_ne!(denied.code, 0);
    assert!(
        denied.stderr.contains("Still GmbH") && denied.stderr.contains("calls"),
        "{}",
        denied.stderr
    );
    let listed = json_list(
        &db,
        &["interaction", "list", "--customer", &refused.to_string()],
    );
    assert!(listed.is_empty(), "a refused call is not logged");
    let logged = log(callable);
    assert_eq!(logged.code, 0, "{}", logged.stderr);
    let party = format!("customer:{callable}");
    let used: Vec<Value> = json_list(&db, &["consent", "show", &party])
        .into_iter()
        .filter(|e| e["action"] == "used")
        .collect();
    assert_eq!(used.len(), 1);
    assert_eq!(used[0]["relied_on"], consent);
    assert_eq!(
        used[0]["what"],
        format!("call +49301234567 campaign {campaign}")
    );
    let email = run(
        &db,
        &[
            "interaction",
            "log",
            "--customer",
            &callable.to_string(),
            "--channel",
            "email",
            "--subject",
            "x",
            "--purpose",
            "calls",
        ],
    );
    assert_eq!(email.code, 2, "{}", email.stderr);
}

#[test]
fn a_merge_carries_the_consent_history_into_the_survivors_evidence() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let survivor = add_customer(
        &db,
        &["--name", "Weber Bau", "--email", "info@weber.example"],
    );
    let loser = add_customer(
        &db,
        &["--name", "Weber Bau GmbH", "--email", "bau@weber.example"],
    );
    let record = |customer: i64, verb: &str, address: &str| {
        let party = format!("customer:{customer}");
        let event = json(
            &db,
            &[
                "consent",
                verb,
                "--party",
                &party,
                "--channel",
                "email",
                "--address",
                address,
                "--purpose",
                "newsletter",
                "--source",
                "form",
            ],
        );
        int(&event, "id")
    };
    let own = record(survivor, "add", "info@weber.example");
    let given = record(loser, "add", "bau@weber.example");
    let taken = record(loser, "withdraw", "bau@weber.example");
    let given_again = record(loser, "add", "bau@weber.example");
    let (survivor_text, loser_text) = (survivor.to_string(), loser.to_string());
    let dry = json(
        &db,
        &[
            "customer",
            "merge",
            &survivor_text,
            &loser_text,
            "--dry-run",
        ],
    );
    assert_eq!(int(&dry, "consents"), 3, "{dry}");
    let merged = json(&db, &["customer", "merge", &survivor_text, &loser_text]);
    assert_eq!(int(&merged, "consents"), 3, "{merged}");

    let party = format!("customer:{survivor}");
    let history = json_list(&db, &["consent", "show", &party]);
    let ids: Vec<i64> = history.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [own, given, taken, given_again]);
    let loser_party = format!("customer:{loser}");
    assert_eq!(
        history[1]["party"], loser_party,
        "the original as it was recorded"
    );
    let evidence = json(&db, &["consent", "evidence", &party]);
    let text = evidence.to_string();
    assert!(text.contains("bau@weber.example"), "{text}");
    let standing = json(
        &db,
        &[
            "consent",
            "standing",
            "--channel",
            "email",
            "--address",
            "bau@weber.example",
            "--purpose",
            "newsletter",
        ],
    );
    assert_eq!(standing["relied_on"], given_again);
    assert!(ok(&db, &["check"]).starts_with("ok"));
}
