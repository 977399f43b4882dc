//! `kontor mailgate --queue Q` through the real binary, the fixture mails of
//! tests/data/mail piped into it: a new ticket with the customer found by the sender's
//! address and an acknowledgement queued; replies by tag, In-Reply-To, References and an
//! Outlook `AW:`; the ISO-8859-1 subject decoded; attachments with their sizes and bytes
//! (and one over the limit dropped and listed); automatic mail neither acknowledged nor
//! reopening; a closed ticket's `after_close`; what is not mail kept in quarantine with
//! exit 0 and reprocessed; exit 75 while another process holds the database. Handing the
//! message to a running `kontor serve` is in tests/ssh/mailgate.rs.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use serde_json::Value;

use crate::common::{self, Run, Scratch, fails, json, json_list, ok, text};

/// A fixture's bytes.
fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(common::data_dir().join("mail").join(name)).unwrap()
}

/// `kontor mailgate --queue QUEUE --format json` with `mail` on stdin.
pub(crate) fn gate_to(db: &Path, queue: &str, mail: &[u8]) -> Run {
    let mut child = common::command()
        .args(["mailgate", "--queue", queue, "--format", "json", "--db"])
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start kontor");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(mail).unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Pipes `mail` into the mailgate for queue Support; its JSON report (exit 0 asserted).
fn gate(db: &Path, mail: &[u8]) -> Value {
    let run = gate_to(db, "Support", mail);
    assert_eq!(run.code, 0, "{run:?}");
    run.json()
}

/// A database with queue Support (acknowledging), a sender set for mail out and the
/// customer whose address is Anna Berg's (the plain fixture's sender).
fn desk(scratch: &Scratch) -> std::path::PathBuf {
    let db = scratch.db("db");
    ok(&db, &["queue", "add", "Support", "--acknowledge", "yes"]);
    ok(&db, &["settings", "mail_from", "support@kontor.test"]);
    ok(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "Lager GmbH",
            "--number",
            "K-100",
            "--email",
            "Anna.Berg@Example.de",
        ],
    );
    db
}

fn show(db: &Path, number: &str) -> Value {
    json(db, &["ticket", "show", number])
}

fn articles(ticket: &Value) -> Vec<Value> {
    ticket["articles"].as_array().unwrap().clone()
}

fn outbox(db: &Path) -> Vec<Value> {
    json_list(db, &["mail", "outbox"])
}

/// `bytes` with `header` put on top (a header field the fixture lacks).
fn with_header(header: &str, bytes: &[u8]) -> Vec<u8> {
    let mut mail = format!("{header}\n").into_bytes();
    mail.extend_from_slice(bytes);
    mail
}

/// The bytes quarantined message `id` keeps.
fn kept_bytes(db: &Path, id: u64) -> Vec<u8> {
    let store = kontor::store::Store::open(db).unwrap();
    store
        .require::<kontor::domain::mail_quarantine::QuarantinedMail>(id)
        .unwrap()
        .raw
}

fn replaced(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    String::from_utf8_lossy(bytes)
        .replace(from, to)
        .into_bytes()
}

#[test]
fn a_new_mail_opens_a_ticket_for_the_customer_of_its_address_and_is_acknowledged() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    let filed = gate(&db, &fixture("plain-utf8.eml"));
    assert_eq!(text(&filed, "status"), "filed");
    assert_eq!(filed["opened"], true);
    assert_eq!(text(&filed, "ack"), "queued");
    let number = text(&filed, "ticket").to_string();
    let ticket = show(&db, &number);
    assert_eq!(
        text(&ticket, "subject"),
        "Drucker im Lager druckt keine Etiketten"
    );
    assert_eq!(text(&ticket, "customer_name"), "Lager GmbH");
    assert_eq!(text(&ticket, "sender"), "anna.berg@example.de");
    let first = &articles(&ticket)[0];
    assert_eq!(text(first, "kind"), "mail-in");
    assert_eq!(text(first, "message_id"), "20261205091400.4711@example.de");
    assert!(text(first, "text").contains("Etikettendrucker im Lager (Halle 2)"));
    assert_eq!(first["automatic"], false);

    let queued = outbox(&db);
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0]["to"], serde_json::json!(["anna.berg@example.de"]));
    assert_eq!(
        text(&queued[0], "subject"),
        format!("[Ticket#{number}] Drucker im Lager druckt keine Etiketten")
    );
    let store = kontor::store::Store::open(&db).unwrap();
    let mail = store
        .require::<kontor::domain::outbox::OutboxMail>(filed["outbox"].as_u64().unwrap())
        .unwrap();
    assert!(mail.auto_submitted, "Auto-Submitted: auto-replied");
    assert_eq!(mail.loop_tag, "support@kontor.test", "the X-Loop value");
    assert_eq!(
        mail.in_reply_to.as_deref(),
        Some("<20261205091400.4711@example.de>")
    );
    assert!(mail.body.contains(&number), "{}", mail.body);
    drop(store);
    // The acknowledgement is the ticket's automatic mail out, under its Message-ID.
    let acknowledged = &articles(&show(&db, &number))[1];
    assert_eq!(text(acknowledged, "kind"), "mail-out");
    assert_eq!(acknowledged["automatic"], true);
    assert_eq!(text(acknowledged, "delivery"), "queued");
    let ack_id = mail.message_id.trim_matches(['<', '>']).to_string();
    assert_eq!(text(acknowledged, "message_id"), ack_id);

    // Delivered twice (the MTA retried): stored once.
    let again = gate(&db, &fixture("plain-utf8.eml"));
    assert_eq!(text(&again, "status"), "duplicate");
    assert_eq!(articles(&show(&db, &number)).len(), 2);
    assert_eq!(outbox(&db).len(), 1);

    // A reply to the acknowledgement, without the tag, threads by its In-Reply-To.
    let reply = format!(
        "From: anna.berg@example.de\nMessage-ID: <ack-reply@example.de>\nIn-Reply-To: <{ack_id}>\nSubject: Danke\n\nGut zu wissen.\n"
    );
    let filed = gate(&db, reply.as_bytes());
    assert_eq!(text(&filed, "ticket"), number);
    assert_eq!(filed["opened"], false);
    assert_eq!(filed["article"], 3);
}

#[test]
fn replies_thread_by_tag_in_reply_to_references_and_outlooks_aw() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    let first = gate(&db, &fixture("plain-utf8.eml"));
    let number = text(&first, "ticket").to_string();

    let by_reply_to = with_header(
        "In-Reply-To: <20261205091400.4711@example.de>",
        b"From: anna.berg@example.de\nMessage-ID: <r1@example.de>\nSubject: Nachtrag\n\nAuch Halle 3.\n",
    );
    let filed = gate(&db, &by_reply_to);
    assert_eq!(
        (text(&filed, "ticket"), filed["opened"].clone()),
        (number.as_str(), Value::Bool(false))
    );
    assert_eq!(filed["article"], 3);

    let by_references = b"From: anna.berg@example.de\nMessage-ID: <r2@example.de>\nReferences: <unknown@x.de> <r1@example.de>\nSubject: Noch etwas\n\nUnd Halle 4.\n";
    let filed = gate(&db, by_references);
    assert_eq!(text(&filed, "ticket"), number);
    assert_eq!(filed["article"], 4);

    let by_tag = format!(
        "From: chef@example.de\nMessage-ID: <r3@example.de>\nSubject: Re: [Ticket#{number}] Drucker\n\nErledigt?\n"
    );
    let filed = gate(&db, by_tag.as_bytes());
    assert_eq!(text(&filed, "ticket"), number);

    let outlook = replaced(&fixture("outlook-reply.eml"), "2026-000123-7", &number);
    let filed = gate(&db, &outlook);
    assert_eq!(text(&filed, "ticket"), number);
    assert_eq!(filed["article"], 6);
    let ticket = show(&db, &number);
    let texts: Vec<String> = articles(&ticket)
        .iter()
        .map(|a| text(a, "text").to_string())
        .collect();
    assert!(
        texts[2].contains("Halle 3") && texts[3].contains("Halle 4"),
        "{texts:?}"
    );
    // Replies get no acknowledgement: only the new ticket's.
    assert_eq!(outbox(&db).len(), 1);
    assert_eq!(json_list(&db, &["ticket", "list"]).len(), 1);
}

#[test]
fn the_iso_8859_1_subject_is_stored_decoded() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    let filed = gate(&db, &fixture("iso-8859-1-subject.eml"));
    let ticket = show(&db, text(&filed, "ticket"));
    assert_eq!(text(&ticket, "subject"), "Rechnung für März");
    assert!(text(&articles(&ticket)[0], "text").contains("Die Rechnung für März"));
    assert_eq!(
        ticket["customer"],
        Value::Null,
        "an unknown sender is allowed"
    );
}

#[test]
fn attachments_are_listed_with_sizes_their_bytes_kept_and_a_large_one_dropped() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    let filed = gate(&db, &fixture("multipart-attachments.eml"));
    let ticket = show(&db, text(&filed, "ticket"));
    let attached = articles(&ticket)[0]["attachments"]
        .as_array()
        .unwrap()
        .clone();
    let names: Vec<&str> = attached.iter().map(|a| text(a, "name")).collect();
    assert_eq!(
        names,
        ["Lieferschein 2026-118.pdf", "Palette beschädigt.png"]
    );
    for attachment in &attached {
        let blob = attachment["blob"].as_u64().unwrap().to_string();
        let out = scratch.path().join(format!("blob-{blob}"));
        ok(
            &db,
            &["mail", "attachment", &blob, "--output", common::s(&out)],
        );
        let bytes = std::fs::read(&out).unwrap();
        assert_eq!(bytes.len() as u64, attachment["size"].as_u64().unwrap());
    }
    let pdf = std::fs::read(scratch.path().join(format!("blob-{}", attached[0]["blob"]))).unwrap();
    assert!(pdf.starts_with(b"%PDF"), "the PDF's bytes decoded");
    let png = std::fs::read(scratch.path().join(format!("blob-{}", attached[1]["blob"]))).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "the PNG's bytes decoded");

    // With a limit of 100 bytes the 218-byte PDF is dropped and listed with its size.
    ok(&db, &["settings", "mail_max_attachment_bytes", "100"]);
    let again = replaced(
        &fixture("multipart-attachments.eml"),
        "CAF=x7Yq1",
        "CAF=x7Yq2",
    );
    let filed = gate(&db, &again);
    assert_eq!(filed["dropped"], 1);
    let ticket = show(&db, text(&filed, "ticket"));
    let first = &articles(&ticket)[0];
    let names: Vec<&str> = first["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| text(a, "name"))
        .collect();
    assert_eq!(names, ["Palette beschädigt.png"]);
    assert!(
        text(first, "text").contains("Lieferschein 2026-118.pdf dropped: 218 bytes"),
        "{}",
        text(first, "text")
    );
}

#[test]
fn automatic_mail_gets_no_acknowledgement_and_never_reopens() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    let number = text(&gate(&db, &fixture("plain-utf8.eml")), "ticket").to_string();
    ok(&db, &["ticket", "status", &number, "resolved"]);

    let away = replaced(&fixture("out-of-office.eml"), "2026-000123-7", &number);
    let filed = gate(&db, &away);
    assert_eq!(text(&filed, "ticket"), number);
    assert_eq!(filed["reopened"], false);
    let report = with_header(
        "References: <20261205091400.4711@example.de>",
        &fixture("delivery-status.eml"),
    );
    let filed = gate(&db, &report);
    assert_eq!(text(&filed, "ticket"), number);
    assert_eq!(filed["reopened"], false);
    let ticket = show(&db, &number);
    assert_eq!(text(&ticket, "status"), "resolved");
    // The customer's mail, our acknowledgement, the out-of-office, the delivery report.
    let automatic: Vec<(String, bool)> = articles(&ticket)
        .iter()
        .map(|a| (text(a, "kind").to_string(), a["automatic"] == true))
        .collect();
    let expected = [
        ("mail-in", false),
        ("mail-out", true),
        ("mail-in", true),
        ("mail-in", true),
    ];
    assert_eq!(
        automatic,
        expected.map(|(kind, auto)| (kind.to_string(), auto))
    );

    // An out-of-office that opens a ticket gets no acknowledgement either.
    let alone = replaced(&fixture("out-of-office.eml"), "[Ticket#2026-000123-7] ", "");
    let alone = replaced(
        &alone,
        "In-Reply-To: <ticket.2026-000123-7.3@kontor.test>\n",
        "",
    );
    let alone = replaced(&alone, "ooo-1@", "ooo-2@");
    let filed = gate(&db, &alone);
    assert_eq!(
        (filed["opened"].clone(), text(&filed, "ack")),
        (Value::Bool(true), "automatic")
    );
    assert_eq!(
        outbox(&db).len(),
        1,
        "only the first ticket's acknowledgement"
    );

    // A person's reply reopens it.
    let person =
        format!("From: anna.berg@example.de\nSubject: [Ticket#{number}] wieder kaputt\n\nNein.\n");
    let filed = gate(&db, person.as_bytes());
    assert_eq!(filed["reopened"], true);
    assert_eq!(text(&show(&db, &number), "status"), "open");
}

#[test]
fn a_closed_ticket_follows_its_queues_after_close() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    let number = text(&gate(&db, &fixture("plain-utf8.eml")), "ticket").to_string();
    ok(&db, &["ticket", "status", &number, "closed"]);
    let reply = |n: u32| {
        format!(
            "From: anna.berg@example.de\nMessage-ID: <c{n}@example.de>\nSubject: AW: [Ticket#{number}] Drucker\n\nNochmal.\n"
        )
    };

    ok(
        &db,
        &["queue", "edit", "Support", "--after-close", "new-ticket"],
    );
    let filed = gate(&db, reply(1).as_bytes());
    assert_eq!(filed["opened"], true);
    let new = text(&filed, "ticket").to_string();
    assert_ne!(new, number);
    let links = &show(&db, &new)["links"];
    assert_eq!(links[0]["kind"], "ticket");
    assert_eq!(text(&show(&db, &number), "status"), "closed");

    ok(
        &db,
        &["queue", "edit", "Support", "--after-close", "refuse"],
    );
    let filed = gate(&db, reply(2).as_bytes());
    assert_eq!(text(&filed, "status"), "quarantined");
    assert_eq!(text(&filed, "reason"), "closed-ticket");

    ok(
        &db,
        &["queue", "edit", "Support", "--after-close", "reopen"],
    );
    let filed = gate(&db, reply(3).as_bytes());
    assert_eq!(
        (text(&filed, "ticket"), filed["reopened"].clone()),
        (number.as_str(), Value::Bool(true))
    );
}

#[test]
fn reopenings_and_acknowledgements_are_limited_per_sender_and_hour() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    ok(&db, &["settings", "mail_auto_per_hour", "2"]);
    let acks: Vec<String> = (1..=3)
        .map(|n| {
            let mail = format!("From: anna.berg@example.de\nMessage-ID: <n{n}@example.de>\nSubject: Frage {n}\n\nText.\n");
            text(&gate(&db, mail.as_bytes()), "ack").to_string()
        })
        .collect();
    assert_eq!(acks, ["queued", "queued", "over-budget"]);
    let other = gate(&db, b"From: ben@example.de\nSubject: Frage\n\nText.\n");
    assert_eq!(
        text(&other, "ack"),
        "queued",
        "another sender has a budget of their own"
    );
    assert_eq!(outbox(&db).len(), 3);
}

#[test]
fn what_is_not_mail_is_kept_in_quarantine_with_exit_0_and_can_be_reprocessed() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["settings", "mail_from", "support@kontor.test"]);
    for name in ["not-mail-jpeg.eml", "not-mail-text.eml"] {
        let kept = gate(&db, &fixture(name));
        assert_eq!(text(&kept, "status"), "quarantined", "{name}");
        assert_eq!(text(&kept, "reason"), "unreadable");
    }
    let listed = json_list(&db, &["mail", "quarantine", "list"]);
    assert_eq!(listed.len(), 2);
    let jpeg = fixture("not-mail-jpeg.eml");
    assert_eq!(listed[1]["size"], jpeg.len());
    assert_eq!(kept_bytes(&db, 1), jpeg, "kept whole");
    let shown = ok(&db, &["mail", "quarantine", "show", "1"]);
    assert!(shown.contains("not readable as an e-mail"), "{shown}");

    // A mail for a queue that does not exist yet is kept; once the queue exists, it opens
    // its ticket when reprocessed and leaves the quarantine.
    let kept = gate(&db, &fixture("plain-utf8.eml"));
    assert_eq!(text(&kept, "reason"), "unknown-queue");
    let id = kept["quarantine"].to_string();
    ok(&db, &["queue", "add", "Support"]);
    let done = json(&db, &["mail", "quarantine", "reprocess", &id]);
    assert_eq!(text(&done, "status"), "filed");
    assert_eq!(done["opened"], true);
    assert_eq!(json_list(&db, &["mail", "quarantine", "list"]).len(), 2);
    ok(&db, &["mail", "quarantine", "delete", "2"]);
    let left = json_list(&db, &["mail", "quarantine", "list"]);
    assert_eq!(
        left.iter()
            .map(|m| m["id"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [1]
    );
    fails(&db, &["mail", "quarantine", "show", "2"], 2);
}

#[test]
fn a_message_over_the_size_limit_is_kept_cut_at_the_limit() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    ok(&db, &["settings", "mail_max_message_bytes", "200"]);
    let mail = fixture("plain-utf8.eml");
    let kept = gate(&db, &mail);
    assert_eq!(text(&kept, "reason"), "too-large");
    let listed = json_list(&db, &["mail", "quarantine", "list"]);
    assert_eq!(listed[0]["size"], mail.len());
    assert_eq!(kept_bytes(&db, 1), &mail[..200]);
}

#[test]
fn while_another_process_holds_the_database_the_mailgate_says_try_again_later() {
    let scratch = Scratch::new();
    let db = desk(&scratch);
    let held = kontor::store::Store::open(&db).unwrap();
    let run = gate_to(&db, "Support", &fixture("plain-utf8.eml"));
    assert_eq!(run.code, 75, "{run:?}");
    assert!(run.stderr.contains("try again later"), "{}", run.stderr);
    drop(held);
    assert!(kontor::store::Store::wait_until_free(
        &db,
        std::time::Duration::from_secs(5)
    ));
    assert!(
        json_list(&db, &["ticket", "list"]).is_empty(),
        "nothing half-written"
    );
    assert_eq!(
        text(&gate(&db, &fixture("plain-utf8.eml")), "status"),
        "filed"
    );
}
