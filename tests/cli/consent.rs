//! `kontor consent` through the CLI on temporary databases: the standing after add,
//! withdraw and objection (a withdrawn consent blocks; post needs none, phone does); the
//! double opt-in — the request queues a confirmation mail with the link and the token,
//! support staff confirm by token, the link's confirmation (`confirm_by_token`) records
//! the IP, a forged token and an expired request are refused, a reply through `kontor
//! mailgate` confirms (and is no ticket), a reply from another sender or an out-of-office
//! answer does not; a lead's consent kept by its id, `check` and `reindex` clean; the
//! evidence export as JSON, CSV and the printable text in English and German, with
//! "keep until" five years after the last use.

use std::path::{Path, PathBuf};

use serde_json::Value;
use time::Duration;
use time::format_description::well_known::Rfc3339;

use crate::cli::mailgate::gate_to;
use crate::common::{
    Scratch, add_customer, fails, json, json_list, now, ok, run, run_binary_with, text,
};
use kontor::core::PIN_VARIABLE;

const ANNA: &str = "anna.berg@example.de";

/// A database with mail out and the link base set, and customer Lager GmbH (its id).
pub(super) fn marketing(scratch: &Scratch) -> (PathBuf, String) {
    let db = scratch.db("db");
    ok(&db, &["settings", "mail_from", "info@kontor.test"]);
    ok(
        &db,
        &["settings", "marketing_link_base", "https://kontor.test/m/"],
    );
    let id = add_customer(&db, &["--name", "Lager GmbH", "--email", ANNA]);
    (db, format!("customer:{id}"))
}

fn standing(db: &Path, channel: &str, address: &str, purpose: &str) -> Value {
    json(
        db,
        &[
            "consent",
            "standing",
            "--channel",
            channel,
            "--address",
            address,
            "--purpose",
            purpose,
        ],
    )
}

fn record(db: &Path, verb: &str, party: &str, channel: &str, address: &str, purpose: &str) -> i64 {
    let event = json(
        db,
        &[
            "consent",
            verb,
            "--party",
            party,
            "--channel",
            channel,
            "--address",
            address,
            "--purpose",
            purpose,
            "--source",
            "call",
        ],
    );
    event["id"].as_i64().unwrap()
}

/// `consent request` for Anna's newsletter: the request's id and the token in the
/// queued mail's subject.
pub(super) fn request(db: &Path, party: &str) -> (i64, String) {
    let requested = json(
        db,
        &[
            "consent",
            "request",
            "--party",
            party,
            "--email",
            "Anna.Berg@Example.de",
            "--purpose",
            "newsletter",
        ],
    );
    let id = requested["event"]["id"].as_i64().unwrap();
    let outbox = json_list(db, &["mail", "outbox"]);
    let mail = outbox
        .iter()
        .find(|mail| mail["id"] == requested["outbox"])
        .unwrap();
    let subject = text(mail, "subject");
    let token = subject
        .rsplit('[')
        .next()
        .unwrap()
        .trim_end_matches(']')
        .to_string();
    (id, token)
}

#[test]
fn a_withdrawn_consent_blocks_and_a_new_one_allows_again() {
    let scratch = Scratch::new();
    let (db, party) = marketing(&scratch);
    assert_eq!(
        standing(&db, "email", ANNA, "newsletter")["reason"],
        "no-consent"
    );
    let given = record(
        &db,
        "add",
        &party,
        "email",
        "Anna.Berg@Example.de",
        "newsletter",
    );
    let now = standing(&db, "email", ANNA, "newsletter");
    assert_eq!(now["allowed"], true);
    assert_eq!(now["relied_on"].as_i64(), Some(given));
    let withdrawn = record(&db, "withdraw", &party, "email", ANNA, "newsletter");
    let now = standing(&db, "email", ANNA, "newsletter");
    assert_eq!(now["allowed"], false);
    assert_eq!(now["reason"], "withdrawn");
    assert_eq!(now["event"].as_i64(), Some(withdrawn));
    let again = record(&db, "add", &party, "email", ANNA, "newsletter");
    assert_eq!(
        standing(&db, "email", ANNA, "newsletter")["relied_on"].as_i64(),
        Some(again)
    );
    // A withdrawal names its purpose only; an objection ends every purpose.
    record(&db, "add", &party, "email", ANNA, "offers");
    record(&db, "withdraw", &party, "email", ANNA, "offers");
    assert_eq!(standing(&db, "email", ANNA, "newsletter")["allowed"], true);
    record(&db, "object", &party, "email", ANNA, "surveys");
    assert_eq!(
        standing(&db, "email", ANNA, "newsletter")["reason"],
        "objected"
    );
    // Post needs no consent until objected; phone needs one.
    assert_eq!(
        standing(&db, "post", "Hauptstr. 1, Berlin", "offers")["allowed"],
        true
    );
    assert_eq!(
        standing(&db, "phone", "030 1234567", "offers")["allowed"],
        false
    );
    record(&db, "add", &party, "phone", "+49 30 1234567", "offers");
    assert_eq!(
        standing(&db, "phone", "030 1234567", "offers")["allowed"],
        true
    );
    // People read the standing in their language.
    let line = ok(
        &db,
        &[
            "consent",
            "standing",
            "--channel",
            "email",
            "--address",
            ANNA,
            "--purpose",
            "newsletter",
            "--lang",
            "de",
        ],
    );
    assert_eq!(line.trim(), "Kontakt nicht erlaubt: Widerspruch");
}

#[test]
fn bad_input_is_refused_with_one_line() {
    let scratch = Scratch::new();
    let (db, party) = marketing(&scratch);
    let base = [
        "consent",
        "add",
        "--party",
        party.as_str(),
        "--source",
        "call",
    ];
    let line = fails(
        &db,
        &[
            &base[..],
            &[
                "--channel",
                "fax",
                "--address",
                ANNA,
                "--purpose",
                "newsletter",
            ],
        ]
        .concat(),
        2,
    );
    assert!(line.contains("\"fax\" is not a channel"), "{line}");
    let line = fails(
        &db,
        &[
            &base[..],
            &[
                "--channel",
                "email",
                "--address",
                "anna",
                "--purpose",
                "news letter",
            ],
        ]
        .concat(),
        2,
    );
    assert!(line.contains("not an e-mail address"), "{line}");
    assert!(line.contains("not a purpose"), "{line}");
    let line = fails(
        &db,
        &[
            "consent",
            "add",
            "--party",
            "customer:99",
            "--channel",
            "email",
            "--address",
            ANNA,
            "--purpose",
            "newsletter",
            "--source",
            "call",
        ],
        2,
    );
    assert_eq!(line, "kontor: customer 99 does not exist");
    let withdrawn = record(&db, "withdraw", &party, "email", ANNA, "newsletter");
    let line = fails(
        &db,
        &["consent", "use", &withdrawn.to_string(), "--what", "call"],
        2,
    );
    assert!(line.contains("not a confirmed consent"), "{line}");
}

#[test]
fn double_opt_in_by_support_staff_and_by_link() {
    let scratch = Scratch::new();
    let (db, party) = marketing(&scratch);
    let (id, token) = request(&db, &party);
    assert_eq!(
        standing(&db, "email", ANNA, "newsletter")["reason"],
        "only-requested"
    );
    // The mail: to Anna, the link with the token, no advertising, from the ledger's request.
    let store = kontor::store::Store::open(&db).unwrap();
    let mail = store
        .scan::<kontor::domain::outbox::OutboxMail>()
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(mail.to, vec![ANNA.to_string()]);
    assert!(
        mail.body
            .contains(&format!("https://kontor.test/m/confirm/{token}")),
        "{}",
        mail.body
    );
    assert_eq!(
        mail.origin.as_ref().map(|o| o.id),
        Some(u64::try_from(id).unwrap())
    );
    // The HTTP endpoint's confirmation records the IP; twice is once.
    let first = kontor::core::consent_optin::confirm_by_token(&store, &token, now(), "203.0.113.5")
        .unwrap();
    let second =
        kontor::core::consent_optin::confirm_by_token(&store, &token, now(), "203.0.113.5")
            .unwrap();
    assert_eq!(first.id, second.id);
    assert_eq!(first.ip, "203.0.113.5");
    drop(store);
    let now_standing = standing(&db, "email", ANNA, "newsletter");
    assert_eq!(
        now_standing["relied_on"].as_i64(),
        Some(i64::try_from(first.id).unwrap())
    );
    // A forged token (one character changed) and garbage are refused.
    let mut forged = token.clone().into_bytes();
    let last = forged.len() - 1;
    forged[last] = if forged[last] == b'0' { b'1' } else { b'0' };
    let forged = String::from_utf8(forged).unwrap();
    for bad in [forged.as_str(), "1.00", "nonsense"] {
        let line = fails(&db, &["consent", "confirm", bad], 2);
        assert!(line.contains("not valid"), "{line}");
    }
    // Support staff confirm a second request by its token.
    let (_, token) = request(&db, &party);
    let confirmed = json(&db, &["consent", "confirm", &token]);
    assert_eq!(confirmed["action"], "confirmed");
    assert_eq!(
        confirmed["source"].as_str().unwrap().split(' ').next(),
        Some("support:tester")
    );
}

#[test]
fn an_expired_request_does_not_confirm() {
    let scratch = Scratch::new();
    let (db, party) = marketing(&scratch);
    let (_, token) = request(&db, &party);
    let later = (now() + Duration::days(31)).format(&Rfc3339).unwrap();
    let run = run_binary_with(
        &db,
        &["consent", "confirm", &token],
        &[(PIN_VARIABLE, &later)],
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("older than 30 days"), "{run:?}");
    let within = (now() + Duration::days(30)).format(&Rfc3339).unwrap();
    let run = run_binary_with(
        &db,
        &["consent", "confirm", &token],
        &[(PIN_VARIABLE, &within)],
    );
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn a_request_needs_the_link_base_and_a_sender() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = add_customer(&db, &["--name", "Lager GmbH"]);
    let party = format!("customer:{id}");
    let args = [
        "consent",
        "request",
        "--party",
        &party,
        "--email",
        ANNA,
        "--purpose",
        "newsletter",
    ];
    let line = fails(&db, &args, 2);
    assert!(line.contains("marketing_link_base"), "{line}");
    let line = fails(&db, &["settings", "marketing_link_base", "kontor.test"], 2);
    assert!(line.contains("https://"), "{line}");
    ok(
        &db,
        &["settings", "marketing_link_base", "https://kontor.test"],
    );
    fails(&db, &args, 2);
    assert!(json_list(&db, &["consent", "show", &party]).is_empty());
}

/// A reply to the confirmation mail: `headers` on top of a short answer from `from`.
fn reply(from: &str, headers: &str) -> Vec<u8> {
    format!(
        "From: Anna Berg <{from}>\nTo: info@kontor.test\nMessage-ID: <r{}@example.de>\n{headers}\nDate: Sat, 05 Dec 2026 10:00:00 +0000\n\nJa, bitte.\n",
        headers.len()
    )
    .into_bytes()
}

#[test]
fn replying_to_the_confirmation_mail_confirms_and_opens_no_ticket() {
    let scratch = Scratch::new();
    let (db, party) = marketing(&scratch);
    let (id, _) = request(&db, &party);
    let message_id = text(&json_list(&db, &["mail", "outbox"])[0], "message_id").to_string();
    let answer = reply(
        "Anna.Berg@example.de",
        &format!(
            "Subject: Re: Please confirm\nIn-Reply-To: {message_id}\nReferences: {message_id}"
        ),
    );
    let run = gate_to(&db, "Support", &answer);
    assert_eq!(run.code, 0, "{run:?}");
    let filed = run.json();
    assert_eq!(filed["status"], "consent-confirmed");
    assert_eq!(filed["request"].as_i64(), Some(id));
    let history = json_list(&db, &["consent", "show", &party]);
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["action"], "confirmed");
    assert_eq!(history[1]["source"], format!("reply-mail request:{id}"));
    assert!(json_list(&db, &["ticket", "list"]).is_empty());
    assert_eq!(standing(&db, "email", ANNA, "newsletter")["allowed"], true);
}

#[test]
fn a_reply_with_the_token_from_another_sender_is_kept_not_confirmed() {
    let scratch = Scratch::new();
    let (db, party) = marketing(&scratch);
    let (_, token) = request(&db, &party);
    let answer = reply(
        "mallory@example.org",
        &format!("Subject: Re: Please confirm: newsletter [{token}]"),
    );
    let run = gate_to(&db, "Support", &answer);
    assert_eq!(run.code, 0, "{run:?}");
    let kept = run.json();
    assert_eq!(kept["status"], "quarantined");
    assert!(text(&kept, "why").contains("mallory@example.org"), "{kept}");
    // Anna's out-of-office answer to the mail confirms nothing either.
    let message_id = text(&json_list(&db, &["mail", "outbox"])[0], "message_id").to_string();
    let auto = reply(
        ANNA,
        &format!("Subject: Abwesend\nAuto-Submitted: auto-replied\nIn-Reply-To: {message_id}"),
    );
    let kept = gate_to(&db, "Support", &auto).json();
    assert_eq!(kept["status"], "quarantined");
    assert!(text(&kept, "why").contains("automatic"), "{kept}");
    assert_eq!(
        standing(&db, "email", ANNA, "newsletter")["reason"],
        "only-requested"
    );
    assert!(json_list(&db, &["ticket", "list"]).is_empty());
}

#[test]
fn a_leads_consent_is_kept_by_its_id_and_the_ledger_checks_clean() {
    let scratch = Scratch::new();
    let (db, _) = marketing(&scratch);
    let given = record(&db, "add", "lead:7", "sms", "0151 2345678", "offers");
    let history = json_list(&db, &["consent", "show", "lead:7"]);
    assert_eq!(history.len(), 1);
    assert_eq!(history[0]["id"].as_i64(), Some(given));
    assert_eq!(history[0]["address"], "+491512345678");
    assert!(json_list(&db, &["consent", "show", "lead:8"]).is_empty());
    let evidence = ok(&db, &["consent", "evidence", "lead:7"]);
    assert!(
        evidence.starts_with("Evidence of consent: lead 7"),
        "{evidence}"
    );
    ok(&db, &["check"]);
    ok(&db, &["reindex"]);
    assert_eq!(
        standing(&db, "sms", "+49 151 2345678", "offers")["relied_on"].as_i64(),
        Some(given)
    );
}

/// Consent text, a confirmation relying on it, a call that used it, a withdrawal.
fn history(db: &Path, scratch: &Scratch, party: &str) -> (String, i64) {
    let wording =
        "Ja, ich möchte den Newsletter der Lager GmbH per E-Mail erhalten.\nWiderruf jederzeit.";
    let file = scratch.file("text.txt", wording.as_bytes());
    ok(
        db,
        &["consent", "text", "add", "nl-2026", crate::common::s(&file)],
    );
    let given = json(
        db,
        &[
            "consent",
            "add",
            "--party",
            party,
            "--channel",
            "email",
            "--address",
            ANNA,
            "--purpose",
            "newsletter",
            "--source",
            "form",
            "--text",
            "nl-2026",
            "--ip",
            "198.51.100.7",
            "--person",
            "Anna Berg",
        ],
    );
    let given = given["id"].as_i64().unwrap();
    ok(
        db,
        &["consent", "use", &given.to_string(), "--what", "mailing 4"],
    );
    record(db, "withdraw", party, "email", ANNA, "newsletter");
    (wording.to_string(), given)
}

#[test]
fn the_evidence_as_json_csv_and_text() {
    use sha2::{Digest, Sha256};
    let scratch = Scratch::new();
    let (db, party) = marketing(&scratch);
    let (wording, given) = history(&db, &scratch, &party);
    let sha: String = Sha256::digest(wording.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let keep_until = now()
        .replace_year(now().year() + 5)
        .unwrap()
        .format(&Rfc3339)
        .unwrap();

    let evidence = json(&db, &["consent", "evidence", &party]);
    assert_eq!(evidence["name"], "Lager GmbH");
    assert_eq!(evidence["keep_until"], keep_until.as_str());
    let events = evidence["events"].as_array().unwrap();
    let actions: Vec<&str> = events
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["confirmed", "used", "withdrawn"]);
    assert_eq!(events[0]["text_sha256"], sha.as_str());
    assert_eq!(events[0]["ip"], "198.51.100.7");
    assert_eq!(events[0]["person"], "Anna Berg");
    assert_eq!(events[1]["relied_on"].as_i64(), Some(given));
    assert_eq!(events[1]["what"], "mailing 4");
    assert_eq!(evidence["texts"][0]["text"], wording.as_str());
    assert_eq!(evidence["texts"][0]["sha256"], sha.as_str());
    assert_eq!(evidence["standing"][0]["allowed"], false);
    assert_eq!(evidence["standing"][0]["reason"], "withdrawn");

    let csv = run(&db, &["consent", "evidence", &party, "--format", "csv"]).stdout;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(&rows[0][column("text_sha256")], sha.as_str());
    assert_eq!(&rows[1][column("relied_on")], given.to_string().as_str());
    assert_eq!(&rows[2][column("action")], "withdrawn");
    assert_eq!(&rows[0][column("party")], party.as_str());

    let english = ok(&db, &["consent", "evidence", &party, "--format", "text"]);
    assert!(
        english.starts_with("Evidence of consent: customer"),
        "{english}"
    );
    assert!(english.contains("Kept until 2031-12-05"), "{english}");
    assert!(
        english.contains("may not contact: consent withdrawn"),
        "{english}"
    );
    assert!(english.contains("Widerruf jederzeit."), "{english}");
    assert!(english.contains(&sha), "{english}");
    let shown = ok(&db, &["consent", "show", &party]);
    assert_eq!(shown.lines().count(), 4, "{shown}");
    assert!(shown.contains("relied on #"), "{shown}");
    assert!(
        shown.ends_with("Kept until 2031-12-05 (five years after the last use, § 7a UWG).\n"),
        "{shown}"
    );
    let german = ok(&db, &["consent", "evidence", &party, "--lang", "de"]);
    assert!(
        german.contains("Nachweis der Einwilligungen: Kunde"),
        "{german}"
    );
    assert!(german.contains("Aufzubewahren bis 05.12.2031"), "{german}");
    assert!(german.contains("198.51.100.7"), "{german}");
}
