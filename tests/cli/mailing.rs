//! Marketing mailings against a real SMTP server (tests/support/smtp_sink.py): what
//! arrives — once per address, the salutation, List-Unsubscribe with its one-click link,
//! the VERP envelope sender that names the send, one connection for many messages — the
//! dry run's reasons, suppression, a 550 that fails one recipient while the rest goes on,
//! a 451 retried once its time has come, the pacing, and SIGKILL during a batch of 2,000:
//! restarted, no address is mailed twice, and every one that never arrived is uncertain.
//! Every address mailed here has e-mail consent for the newsletter (`consent_all`); what
//! happens without it is tests/cli/consent_wiring.rs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use kontor::core::link_secret;
use kontor::core::mailing::{send_by_verp, unsubscribe_by_send};
use kontor::domain::Customer;
use kontor::domain::consent::{Action, Channel, ConsentEvent, Party};
use kontor::domain::duplicates::normalize_email;
use kontor::domain::link_token::LinkPurpose;
use kontor::store::Store;
use serde_json::Value;
use time::OffsetDateTime;

use super::mail_out::{NOW, Sink, configured, ok_at};
use crate::common::{self, Scratch, s};

pub(super) fn json_at(db: &Path, at: OffsetDateTime, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let out = ok_at(db, at, &args);
    serde_json::from_str(&out).unwrap_or_else(|error| panic!("{error}: {out}"))
}

/// Writes the mailing `{salutation}` … to tag `newsletter`; its id.
fn add_mailing(db: &Path) -> String {
    let added = json_at(
        db,
        NOW,
        &[
            "mailing",
            "add",
            "--name",
            "Winter news",
            "--subject",
            "News for {name}",
            "--body",
            "{salutation}\n\nOur winter news.\nUnsubscribe: {unsubscribe_url}\n",
            "--tag",
            "newsletter",
        ],
    );
    added["id"].as_u64().unwrap().to_string()
}

/// Adds a customer `NAME@domain` tagged `newsletter` for each name.
fn subscribe(db: &Path, names: &[&str], domain: &str) {
    for name in names {
        let address = format!("{name}@{domain}");
        let args = [
            "customer",
            "add",
            "--name",
            name,
            "--email",
            &address,
            "--tag",
            "newsletter",
        ];
        ok_at(db, NOW, &args);
    }
}

/// Records newsletter e-mail consent, confirmed a day before `NOW`, for every address of
/// every customer and contact (in-process: thousands at once).
pub(crate) fn consent_all(db: &Path) {
    let store = Store::open(db).unwrap();
    let mut events = Vec::new();
    for customer in store.scan::<Customer>().unwrap() {
        let customer = customer.unwrap();
        for email in customer.all_emails() {
            events.push(ConsentEvent {
                id: 0,
                version: 0,
                party: Party::Customer(customer.id),
                person: String::new(),
                channel: Channel::Email,
                address: normalize_email(email).unwrap(),
                purpose: "newsletter".into(),
                action: Action::Confirmed,
                at: NOW - time::Duration::days(1),
                source: "form".into(),
                text_version: String::new(),
                text_sha256: String::new(),
                ip: String::new(),
                actor: "test".into(),
            });
        }
    }
    for chunk in events.chunks(500) {
        store
            .transaction(|tx| {
                for event in chunk {
                    tx.insert(&mut event.clone())?;
                }
                Ok(())
            })
            .unwrap();
    }
    store.flush().unwrap();
}

fn header<'a>(message: &'a Value, name: &str) -> &'a str {
    message["headers"][name].as_str().unwrap_or_default()
}

/// The accepted messages per recipient.
fn per_recipient(messages: &[Value]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for message in messages {
        for rcpt in message["rcpt_tos"].as_array().unwrap() {
            *counts
                .entry(rcpt.as_str().unwrap().to_string())
                .or_insert(0) += 1;
        }
    }
    counts
}

#[test]
fn a_mailing_reaches_each_address_once_with_salutation_unsubscribe_and_verp() {
    let sink = Sink::start(&[]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    ok_at(
        &db,
        NOW,
        &[
            "settings",
            "marketing_link_base",
            "https://crm.kontor.example/",
        ],
    );
    let customer = |flags: &[&str]| {
        let mut args = vec!["customer", "add"];
        args.extend(flags);
        common::int(&json_at(&db, NOW, &args), "id")
    };
    let alex = customer(&[
        "--name",
        "Alex Müller",
        "--kind",
        "person",
        "--email",
        "Alex@Example.org",
        "--tag",
        "Newsletter",
    ]);
    customer(&[
        "--name",
        "Weber GmbH",
        "--tag",
        "newsletter",
        "--contact",
        "Jan Weber:Einkauf",
        "--contact-email",
        "jan@weber.example",
        "--contact",
        "Eva Weber:Technik",
        "--contact-email",
        "alex@example.org",
        "--contact",
        "Ole Weber:Lager",
    ]);
    customer(&[
        "--name",
        "Gesperrt AG",
        "--email",
        "stop@example.org",
        "--tag",
        "newsletter",
    ]);
    customer(&["--name", "Ohne Tag", "--email", "other@example.org"]);
    ok_at(&db, NOW, &["mailing", "suppress", "STOP@example.org"]);
    consent_all(&db);

    common::fails(
        &db,
        &[
            "mailing",
            "add",
            "--name",
            "x",
            "--subject",
            "Hi {vorname}",
            "--body",
            "b",
            "--tag",
            "newsletter",
        ],
        2,
    );
    let id = add_mailing(&db);

    let skipped = json_at(&db, NOW, &["mailing", "dry-run", &id]);
    let reasons: BTreeSet<(String, String)> = skipped
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["name"].as_str().unwrap().into(),
                row["reason"].as_str().unwrap().into(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("Eva Weber", "duplicate"),
        ("Ole Weber", "no-address"),
        ("Gesperrt AG", "suppressed"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(reasons, expected);

    let preview = ok_at(
        &db,
        NOW,
        &["mailing", "preview", &id, "--to", &alex.to_string()],
    );
    assert!(preview.contains("Hello Alex Müller,"), "{preview}");
    assert!(
        preview.contains("https://crm.kontor.example/u/"),
        "{preview}"
    );

    let report = json_at(&db, NOW, &["mailing", "send", &id]);
    assert_eq!(
        (report["sent"].as_u64(), report["done"].as_bool()),
        (Some(2), Some(true))
    );
    let again = json_at(&db, NOW, &["mailing", "send", &id]);
    assert_eq!(again["sent"], 0, "a sent mailing sends nothing more");
    subscribe(&db, &["late"], "example.org");
    let late = json_at(&db, NOW, &["mailing", "send", &id]);
    assert_eq!(late["sent"], 0, "a sent mailing takes no new members");

    let messages = sink.messages();
    let counts = per_recipient(&messages);
    assert_eq!(
        counts.into_iter().collect::<Vec<_>>(),
        [
            ("alex@example.org".to_string(), 1),
            ("jan@weber.example".to_string(), 1)
        ]
    );
    let sessions: BTreeSet<u64> = messages
        .iter()
        .map(|m| m["session"].as_u64().unwrap())
        .collect();
    assert_eq!(sessions.len(), 1, "both messages over one connection");
    let store = Store::open(&db).unwrap();
    let mut message_ids = BTreeSet::new();
    for message in &messages {
        let rcpt = message["rcpt_tos"][0].as_str().unwrap();
        let bounce = message["mail_from"].as_str().unwrap();
        assert!(
            bounce.starts_with("bounce+") && bounce.ends_with("@kontor.example"),
            "{bounce}"
        );
        let send = send_by_verp(&store, bounce)
            .unwrap()
            .expect("the VERP address names a send");
        assert_eq!(send.address, rcpt);
        let unsubscribe = header(message, "List-Unsubscribe");
        let token = link_secret::sign(&store, LinkPurpose::Unsubscribe, send.id).unwrap();
        assert_eq!(
            unsubscribe,
            format!(
                "<mailto:unsubscribe+{token}@kontor.example>, <https://crm.kontor.example/u/{token}>"
            )
        );
        assert_eq!(
            header(message, "List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click"
        );
        assert_eq!(header(message, "Precedence"), "bulk");
        assert!(message_ids.insert(header(message, "Message-ID").to_string()));
        assert!(
            message["body"]
                .as_str()
                .unwrap()
                .contains(&format!("/u/{token}\n"))
        );
    }
    let alex_mail = messages
        .iter()
        .find(|m| m["rcpt_tos"][0] == "alex@example.org")
        .unwrap();
    assert_eq!(header(alex_mail, "Subject"), "News for Alex Müller");
    assert!(
        alex_mail["body"]
            .as_str()
            .unwrap()
            .starts_with("Hello Alex Müller,\n")
    );
    let jan_mail = messages
        .iter()
        .find(|m| m["rcpt_tos"][0] == "jan@weber.example")
        .unwrap();
    assert!(
        jan_mail["body"]
            .as_str()
            .unwrap()
            .starts_with("Hello Jan Weber,\n")
    );
    assert_eq!(
        send_by_verp(&store, "bounce+1.00@kontor.example").unwrap(),
        None
    );

    // Unsubscribing by the send suppresses its address for the next mailing (as
    // unsubscribed) and withdraws the consent.
    let jan = send_by_verp(&store, jan_mail["mail_from"].as_str().unwrap())
        .unwrap()
        .unwrap();
    assert!(unsubscribe_by_send(&store, jan.id, NOW, "link").unwrap());
    assert!(!unsubscribe_by_send(&store, jan.id, NOW, "link").unwrap());
    drop(store);
    let next = add_mailing(&db);
    let skipped = json_at(&db, NOW, &["mailing", "dry-run", &next]);
    assert!(
        skipped
            .as_array()
            .unwrap()
            .iter()
            .any(|row| row["address"] == "jan@weber.example" && row["reason"] == "unsubscribed")
    );
}

#[test]
fn a_refused_recipient_fails_alone_and_a_busy_one_goes_once_its_time_has_come() {
    let sink = Sink::start(&["--refuse", "b@example.org", "--defer", "c@example.org:1"]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    subscribe(&db, &["a", "b", "c", "d"], "example.org");
    consent_all(&db);
    let id = add_mailing(&db);
    let first = json_at(&db, NOW, &["mailing", "send", &id]);
    assert_eq!(
        (
            first["sent"].as_u64(),
            first["failed"].as_u64(),
            first["deferred"].as_u64()
        ),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(first["done"], false);
    let status = json_at(&db, NOW, &["mailing", "status", &id]);
    assert_eq!(status["failed"][0]["address"], "b@example.org");
    assert_eq!(status["failed"][0]["code"], 550);
    assert_eq!(status["counts"]["deferred"], 1);
    let early = json_at(
        &db,
        NOW + time::Duration::seconds(30),
        &["mailing", "send", &id],
    );
    assert_eq!(early["sent"], 0, "not before the retry time");
    let later = json_at(
        &db,
        NOW + time::Duration::minutes(2),
        &["mailing", "send", &id],
    );
    assert_eq!(
        (later["sent"].as_u64(), later["done"].as_bool()),
        (Some(1), Some(true))
    );
    let counts = per_recipient(&sink.messages());
    assert_eq!(
        counts.into_iter().collect::<Vec<_>>(),
        [
            ("a@example.org".to_string(), 1),
            ("c@example.org".to_string(), 1),
            ("d@example.org".to_string(), 1)
        ]
    );
}

#[test]
fn the_batch_is_paced_per_recipient_domain() {
    let sink = Sink::start(&["--quiet"]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    ok_at(&db, NOW, &["settings", "mailing_per_minute", "600"]);
    ok_at(&db, NOW, &["settings", "mailing_per_domain", "120"]);
    subscribe(&db, &["a", "b", "c", "d"], "one.example");
    ok_at(
        &db,
        NOW,
        &[
            "customer",
            "add",
            "--name",
            "e",
            "--email",
            "e@two.example",
            "--tag",
            "newsletter",
        ],
    );
    consent_all(&db);
    let id = add_mailing(&db);
    let began = Instant::now();
    let report = json_at(&db, NOW, &["mailing", "send", &id]);
    let took = began.elapsed();
    assert_eq!(report["sent"], 5);
    // Four to one domain at most one per 0.5 s: three gaps.
    assert!(took >= Duration::from_millis(1500), "{took:?}");
    assert_eq!(sink.messages().len(), 5);
}

/// `kontor mailing send ID` as a child process, the clock pinned.
fn spawn_send(db: &Path, id: &str) -> Child {
    common::command()
        .args(["mailing", "send", id, "--db", s(db)])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot start kontor")
}

#[test]
fn sigkill_during_a_batch_of_2000_never_mails_an_address_twice() {
    let sink = Sink::start(&["--quiet"]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    let total = 2000;
    let mut csv = String::from("name,email,tags\n");
    for n in 0..total {
        csv.push_str(&format!("Person {n},p{n}@example.org,newsletter\n"));
    }
    let file = scratch.file("people.csv", csv.as_bytes());
    common::ok(&db, &["import", "customers", s(&file)]);
    consent_all(&db);
    let id = add_mailing(&db);

    // Kills at moments that differ from run to run (the seed is printed).
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64
        | 1;
    eprintln!("kill seed {seed}");
    let mut random = |below: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % below
    };
    let mut kills = 0;
    for target in [200, 700, 1200] {
        let target = target + random(200) as usize;
        let mut child = spawn_send(&db, &id);
        let deadline = Instant::now() + Duration::from_secs(120);
        while sink.count() < target && Instant::now() < deadline {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        std::thread::sleep(Duration::from_micros(random(3000)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            kills += 1;
        }
        child.wait().unwrap();
    }
    assert!(kills >= 1, "the batch finished before any kill");
    let mut last = spawn_send(&db, &id);
    assert!(last.wait().unwrap().success());

    let counts = per_recipient(&sink.messages());
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "mailed more than once: {twice:?}");
    let status = json_at(&db, NOW, &["mailing", "status", &id]);
    let uncertain: BTreeSet<String> = status["uncertain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect();
    assert!(
        uncertain.len() <= kills,
        "at most one interrupted hand-over per kill: {uncertain:?}"
    );
    for n in 0..total {
        let address = format!("p{n}@example.org");
        if !counts.contains_key(&address) {
            assert!(
                uncertain.contains(&address),
                "{address} neither received nor uncertain"
            );
        }
    }
    assert_eq!(
        status["counts"]["sent"].as_u64().unwrap() as usize + uncertain.len(),
        total
    );
    assert_eq!(status["state"], "sent");

    // Resending the uncertain ones is a person's decision, and then they go.
    ok_at(&db, NOW, &["mailing", "resend-uncertain", &id]);
    let resent = json_at(&db, NOW, &["mailing", "send", &id]);
    assert_eq!(resent["sent"].as_u64().unwrap() as usize, uncertain.len());
    let counts = per_recipient(&sink.messages());
    assert_eq!(counts.len(), total, "every address received the mailing");
}
