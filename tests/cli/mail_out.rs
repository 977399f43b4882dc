//! Mail out against a real SMTP server (tests/support/smtp_sink.py, aiosmtpd, on a free
//! loopback port): what arrives — envelope, headers, encoded words, body — read back by
//! Python's email package; the outbox's retries after a 451 at pinned instants, a 550
//! shown with the server's words, a server that is not running, a message left sending
//! by a crash, the password never printed.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use kontor::cli::Environment;
use kontor::core::outbox::{self, Draft};
use kontor::core::{Actor, Clock};
use kontor::domain::outbox::{Attachment, Origin};
use kontor::lang::Locale;
use kontor::store::Store;
use serde_json::Value;
use time::OffsetDateTime;
use time::macros::datetime;

use crate::common::certificates::certificates;
use crate::common::{Scratch, s};

pub(crate) const NOW: OffsetDateTime = datetime!(2026-12-05 09:30:00 UTC);

/// The sink, killed when dropped; the messages it accepted are files in `dir` (kept for a
/// look when `KEEP_SINK` is set).
pub(crate) struct Sink {
    child: Child,
    pub(crate) port: u16,
    dir: tempfile::TempDir,
}

impl Sink {
    pub(crate) fn start(args: &[&str]) -> Sink {
        let dir = tempfile::Builder::new()
            .disable_cleanup(std::env::var("KEEP_SINK").is_ok())
            .tempdir()
            .unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg("--dir")
            .arg(dir.path())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs the SMTP sink (aiosmtpd: see .ci/run)");
        let mut line = String::new();
        let stdout = child.stdout.take().unwrap();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .and_then(|port| port.parse().ok());
        let Some(port) = port else {
            let _ = child.kill();
            panic!("the SMTP sink did not start (is aiosmtpd installed?): {line:?}");
        };
        Sink { child, port, dir }
    }

    /// How many messages were accepted so far.
    pub(crate) fn count(&self) -> usize {
        std::fs::read_dir(self.dir.path())
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|entry| entry.path().extension().is_some_and(|e| e == "json"))
                    .count()
            })
            .unwrap_or(0)
    }

    /// The accepted messages, in the order they came.
    pub(crate) fn messages(&self) -> Vec<Value> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|path| serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap())
            .collect()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `kontor ARGS… --db DB` in process with the clock pinned to `at`: exit code and stdout.
fn run_at(db: &Path, at: OffsetDateTime, args: &[&str]) -> (u8, String, String) {
    let mut args = args.to_vec();
    args.extend(["--db", s(db)]);
    let environment = Environment {
        clock: Clock::pinned(at),
        locale: Locale::default(),
        user: "tester".to_string(),
        progress: false,
    };
    let captured = kontor::cli::run_in_process(&args, environment);
    (
        captured.code,
        String::from_utf8_lossy(&captured.stdout).into_owned(),
        String::from_utf8_lossy(&captured.stderr).into_owned(),
    )
}

pub(crate) fn ok_at(db: &Path, at: OffsetDateTime, args: &[&str]) -> String {
    let (code, out, err) = run_at(db, at, args);
    assert_eq!(code, 0, "kontor {args:?} failed: {out}{err}");
    out
}

fn outbox(db: &Path, at: OffsetDateTime) -> Vec<Value> {
    let out = ok_at(db, at, &["mail", "outbox", "--format", "json"]);
    match serde_json::from_str(&out).unwrap() {
        Value::Array(rows) => rows,
        other => panic!("not a list: {other}"),
    }
}

/// A database whose mail goes to `port` on the loopback.
pub(crate) fn configured(scratch: &Scratch, port: u16) -> PathBuf {
    let db = scratch.db("db");
    for (name, value) in [
        ("smtp_host", "127.0.0.1".to_string()),
        ("smtp_port", port.to_string()),
        ("mail_from", "Kontor GmbH <info@kontor.example>".to_string()),
        ("mail_domain", "kontor.example".to_string()),
        ("mail_loop_tag", "support@kontor.example".to_string()),
    ] {
        ok_at(&db, NOW, &["settings", name, &value]);
    }
    db
}

/// A port nothing listens on (bound once, then let go).
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn an_automatic_reply_arrives_with_its_envelope_headers_and_exact_body() {
    let sink = Sink::start(&[]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    let body = "Guten Tag Frau Müller,\n\nIhre Anfrage ist eingegangen.\nGrüße aus Köln\n";
    {
        let store = Store::open(&db).unwrap();
        let draft = Draft {
            to: vec!["Jürgen Groß <j.gross@example.org>".into()],
            cc: vec!["kopie@example.org".into()],
            subject: "Ihre Anfrage: Größe und Maß".into(),
            body: body.into(),
            attachments: vec![Attachment {
                name: "notiz.txt".into(),
                mime: "text/plain".into(),
                bytes: b"1,2,3".to_vec(),
            }],
            in_reply_to: Some("<anfrage-1@example.org>".into()),
            references: vec![
                "<start@example.org>".into(),
                "<anfrage-1@example.org>".into(),
            ],
            auto_submitted: true,
            origin: Some(Origin {
                kind: "ticket".into(),
                id: 17,
                seq: 2,
            }),
        };
        let mail = outbox::enqueue(&store, &Actor::local("tester"), NOW, &draft).unwrap();
        assert!(
            mail.message_id.starts_with("<kontor.")
                && mail.message_id.ends_with(".1@kontor.example>"),
            "{}",
            mail.message_id
        );
    }
    let report = ok_at(&db, NOW, &["mail", "send", "--format", "json"]);
    let report: Value = serde_json::from_str(&report).unwrap();
    assert_eq!(
        report,
        serde_json::json!({"sent": 1, "deferred": 0, "failed": 0})
    );

    let messages = sink.messages();
    assert_eq!(messages.len(), 1, "{messages:?}");
    let message = &messages[0];
    assert_eq!(message["mail_from"], "info@kontor.example");
    assert_eq!(
        message["rcpt_tos"],
        serde_json::json!(["j.gross@example.org", "kopie@example.org"])
    );
    let headers = &message["headers"];
    assert_eq!(headers["From"], "Kontor GmbH <info@kontor.example>");
    assert_eq!(headers["To"], "Jürgen Groß <j.gross@example.org>");
    assert_eq!(headers["Cc"], "kopie@example.org");
    assert_eq!(headers["Subject"], "Ihre Anfrage: Größe und Maß");
    assert_eq!(headers["In-Reply-To"], "<anfrage-1@example.org>");
    assert_eq!(
        headers["References"],
        "<start@example.org> <anfrage-1@example.org>"
    );
    assert_eq!(headers["Auto-Submitted"], "auto-replied");
    assert_eq!(headers["X-Loop"], "support@kontor.example");
    assert_eq!(headers["Date"], "Sat, 05 Dec 2026 09:30:00 +0000");
    let listed = outbox(&db, NOW);
    assert_eq!(headers["Message-ID"], listed[0]["message_id"]);
    // The umlauts travel as encoded words: the raw header lines are ASCII.
    let head = message["head"].as_str().unwrap();
    let subject = head
        .split("\r\n")
        .find(|line| line.starts_with("Subject:"))
        .unwrap();
    assert!(subject.contains("=?utf-8?"), "{subject}");
    assert!(head.is_ascii(), "{head}");
    assert_eq!(message["content_type"], "text/plain");
    assert_eq!(message["charset"], "utf-8");
    assert_eq!(message["body"], body);
    assert_eq!(
        message["attachments"],
        serde_json::json!([{"name": "notiz.txt", "mime": "text/plain", "bytes": [49, 44, 50, 44, 51]}])
    );

    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["state"], "sent");
    assert_eq!(listed[0]["attempts"], 1);
    assert_eq!(listed[0]["at"], "2026-12-05T09:30:00Z");
    assert_eq!(
        listed[0]["origin"],
        serde_json::json!({"kind": "ticket", "id": 17, "seq": 2})
    );
    let reply = listed[0]["reply"].as_str().unwrap();
    assert!(reply.starts_with("250 2.0.0 Ok: queued as 1"), "{reply}");
    // Nothing is sent twice, and every index agrees with the records.
    assert_eq!(
        ok_at(&db, NOW, &["mail", "send"]).trim(),
        "nothing due in the outbox"
    );
    assert_eq!(sink.messages().len(), 1);
    ok_at(&db, NOW, &["check"]);
}

#[test]
fn a_451_keeps_the_message_queued_and_the_backoff_doubles_until_it_is_delivered() {
    let sink = Sink::start(&["--temp-failures", "2"]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    ok_at(&db, NOW, &["settings", "mail_retry_first", "2"]);
    let out = ok_at(&db, NOW, &["mail", "test", "kunde@example.org"]);
    assert!(out.contains("sent 0, deferred 1, failed 0"), "{out}");
    let row = &outbox(&db, NOW)[0];
    assert_eq!(row["state"], "queued");
    assert_eq!(row["attempts"], 1);
    assert_eq!(row["at"], "2026-12-05T09:32:00Z");
    assert_eq!(row["reply"], "451 4.3.0 Mailbox busy, try again later");

    // Not due a second early; due at its minute, refused again, then 4 minutes later.
    let early = datetime!(2026-12-05 09:31:59 UTC);
    assert_eq!(
        ok_at(&db, early, &["mail", "send"]).trim(),
        "nothing due in the outbox"
    );
    let second = datetime!(2026-12-05 09:32:00 UTC);
    assert!(ok_at(&db, second, &["mail", "send"]).contains("deferred 1"));
    let row = &outbox(&db, second)[0];
    assert_eq!(
        (row["attempts"].as_i64(), row["at"].as_str()),
        (Some(2), Some("2026-12-05T09:36:00Z"))
    );
    assert!(sink.messages().is_empty());

    let third = datetime!(2026-12-05 09:36:00 UTC);
    assert!(ok_at(&db, third, &["mail", "send"]).contains("sent 1, deferred 0, failed 0"));
    let row = &outbox(&db, third)[0];
    assert_eq!(row["state"], "sent");
    assert_eq!(row["attempts"], 3);
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(
        messages[0]["rcpt_tos"],
        serde_json::json!(["kunde@example.org"])
    );
    assert_eq!(messages[0]["headers"]["Subject"], "kontor test message");
    assert_eq!(
        messages[0]["body"],
        "This is a test message from kontor: mail out through 127.0.0.1 works.\n"
    );
    assert_eq!(
        messages[0]["headers"]["Date"],
        "Sat, 05 Dec 2026 09:36:00 +0000"
    );
    assert!(messages[0]["headers"].get("Auto-Submitted").is_none());
}

#[test]
fn a_550_fails_with_the_servers_words_and_can_be_queued_again() {
    let sink = Sink::start(&["--reject", "no such user here"]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    let out = ok_at(&db, NOW, &["mail", "test", "niemand@example.org"]);
    assert!(out.contains("sent 0, deferred 0, failed 1"), "{out}");
    let table = ok_at(&db, NOW, &["mail", "outbox", "--state", "failed"]);
    assert!(table.contains("failed"), "{table}");
    assert!(table.contains("550 5.1.1 no such user here"), "{table}");
    assert!(ok_at(&db, NOW, &["mail", "outbox", "--state", "queued"]).contains("empty"));
    let german = ok_at(&db, NOW, &["mail", "outbox", "--lang", "de"]);
    for word in [
        "Status",
        "fehlgeschlagen",
        "05.12.2026",
        "550 5.1.1 no such user here",
    ] {
        assert!(german.contains(word), "{word}: {german}");
    }
    let later = datetime!(2026-12-05 10:00:00 UTC);
    assert_eq!(
        ok_at(&db, later, &["mail", "send"]).trim(),
        "nothing due in the outbox"
    );

    let out = ok_at(&db, later, &["mail", "retry", "--all-failed"]);
    assert_eq!(out.trim(), "one failed mail is queued again");
    let row = &outbox(&db, later)[0];
    assert_eq!(
        (row["state"].as_str(), row["attempts"].as_i64()),
        (Some("queued"), Some(0))
    );
    assert_eq!(row["at"], "2026-12-05T10:00:00Z");
    assert!(sink.messages().is_empty());
    let (code, _, err) = run_at(&db, later, &["mail", "outbox", "--state", "lost"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("queued, sending, sent, failed"), "{err}");
}

#[test]
fn without_a_server_the_message_stays_queued_and_goes_out_once_one_listens() {
    let scratch = Scratch::new();
    let db = configured(&scratch, closed_port());
    ok_at(&db, NOW, &["mail", "test", "erster@example.org"]);
    // A minute later both are due; the server is still unreachable, so the round stops at
    // the first (in due order) and the second waits untouched, no attempt counted.
    let minute = datetime!(2026-12-05 09:31:00 UTC);
    let out = ok_at(&db, minute, &["mail", "test", "kunde@example.org"]);
    assert!(out.contains("sent 0, deferred 1, failed 0"), "{out}");
    let rows = outbox(&db, minute);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|row| row["state"] == "queued"), "{rows:?}");
    assert_eq!(rows[1]["to"][0], "erster@example.org");
    assert_eq!(rows[1]["attempts"], 2);
    assert_eq!(rows[1]["at"], "2026-12-05T09:33:00Z");
    assert!(!rows[1]["reply"].as_str().unwrap().is_empty(), "{rows:?}");
    assert_eq!(rows[0]["attempts"], 0);
    assert_eq!(rows[0]["at"], "2026-12-05T09:31:00Z");

    let sink = Sink::start(&[]);
    ok_at(&db, NOW, &["settings", "smtp_port", &sink.port.to_string()]);
    let later = datetime!(2026-12-05 09:33:00 UTC);
    assert!(ok_at(&db, later, &["mail", "send"]).contains("sent 2"));
    let messages = sink.messages();
    let recipients: Vec<&Value> = messages.iter().map(|m| &m["rcpt_tos"][0]).collect();
    assert_eq!(recipients, ["kunde@example.org", "erster@example.org"]);
    assert!(outbox(&db, later).iter().all(|row| row["state"] == "sent"));
}

#[test]
fn a_message_left_sending_by_a_crash_is_sent_again() {
    let sink = Sink::start(&[]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    {
        let store = Store::open(&db).unwrap();
        let draft = Draft {
            to: vec!["kunde@example.org".into()],
            subject: "Rechnung für März".into(),
            body: "Anbei die Rechnung für März.\n\nMit freundlichen Grüßen\n".into(),
            ..Draft::default()
        };
        let mail = outbox::enqueue(&store, &Actor::local("tester"), NOW, &draft).unwrap();
        // The crash: recorded as handed to the server, nothing after.
        outbox::start_attempt(&store, mail.id, NOW).unwrap();
    }
    assert_eq!(outbox(&db, NOW)[0]["state"], "sending");
    let later = datetime!(2026-12-05 11:00:00 UTC);
    assert!(ok_at(&db, later, &["mail", "send"]).contains("sent 1"));
    let row = &outbox(&db, later)[0];
    assert_eq!(
        (row["state"].as_str(), row["attempts"].as_i64()),
        (Some("sent"), Some(2))
    );
    assert_eq!(sink.messages().len(), 1);
}

#[test]
fn the_smtp_password_is_never_printed_and_bad_settings_are_refused() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let out = ok_at(&db, NOW, &["settings", "smtp_password", "geheim-123"]);
    assert_eq!(out.trim(), "smtp_password = (set)");
    let all = ok_at(&db, NOW, &["settings"]);
    assert!(all.contains("smtp_password = (set)"), "{all}");
    assert!(
        all.contains("smtp_security = \n") || all.contains("smtp_security = "),
        "{all}"
    );
    assert!(!all.contains("geheim"), "{all}");
    let (code, _, err) = run_at(&db, NOW, &["settings", "smtp_security", "ssl"]);
    assert_eq!(code, 2);
    assert!(err.contains("none, starttls, tls"), "{err}");
    let (code, _, err) = run_at(&db, NOW, &["mail", "test", "kunde@example.org"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("mail_from"), "{err}");
    ok_at(&db, NOW, &["settings", "mail_from", "info@kontor.example"]);
    let (code, _, err) = run_at(&db, NOW, &["mail", "test", "kein empfänger"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("kein empfänger is not an e-mail address"),
        "{err}"
    );
    // Queued, but no server to send it through: said so, nothing lost.
    let (code, _, err) = run_at(&db, NOW, &["mail", "test", "kunde@example.org"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("smtp_host"), "{err}");
    assert_eq!(outbox(&db, NOW)[0]["state"], "queued");
}

#[test]
fn starttls_and_tls_with_the_servers_ca_and_refused_without_it() {
    let scratch = Scratch::new();
    let (ca, cert, key) = certificates(scratch.path());
    for (security, extra) in [("starttls", None), ("tls", Some("--implicit-tls"))] {
        let mut args = vec!["--tls", s(&cert), s(&key)];
        args.extend(extra);
        let sink = Sink::start(&args);
        let databases = Scratch::new();
        let db = configured(&databases, sink.port);
        ok_at(&db, NOW, &["settings", "smtp_security", security]);
        // Not a public CA: the certificate is refused, the message waits.
        let out = ok_at(&db, NOW, &["mail", "test", "kunde@example.org"]);
        assert!(out.contains("deferred 1"), "{security}: {out}");
        let row = &outbox(&db, NOW)[0];
        let reply = row["reply"].as_str().unwrap().to_lowercase();
        assert!(
            reply.contains("tls") || reply.contains("certificate"),
            "{security}: {row}"
        );
        assert!(sink.messages().is_empty());

        ok_at(&db, NOW, &["settings", "smtp_ca_file", s(&ca)]);
        let later = datetime!(2026-12-05 09:31:00 UTC);
        let out = ok_at(&db, later, &["mail", "send"]);
        assert!(out.contains("sent 1"), "{security}: {out}");
        let messages = sink.messages();
        assert_eq!(messages.len(), 1, "{security}");
        assert_eq!(messages[0]["tls"], true, "{security}");
    }
}
