//! A ticket's answers by mail against the real SMTP sink (tests/support/smtp_sink.py): the
//! customer's mail (a fixture, parsed as the mailgate parses it) opens a ticket, the agent's
//! answer is queued with the article and arrives with the ticket's tag, In-Reply-To and
//! References of the customer's mail and the Message-ID the article shows; the delivery
//! (sent, or refused with the server's words) is mirrored on the article; the customer's
//! answer to it threads back to the ticket by the tag and, without it, by In-Reply-To.
//! The threading function runs over the store's look-ups directly here; the mailgate
//! command has its own tests in tests/cli/mailgate.rs.

use std::path::{Path, PathBuf};

use kontor::core::tickets::{
    NewTicket, TicketCommand, ticket_by_message_id, ticket_by_number_text,
};
use kontor::core::{Actor, Clock, Command, Event, execute};
use kontor::domain::ticket::{Article, ArticleKind, Priority};
use kontor::mail::inbound::InboundMail;
use kontor::mail::threading::{Lookup, Rule, Threading, thread};
use kontor::store::Store;
use serde_json::Value;

use super::mail_out::{NOW, Sink, configured, ok_at};
use crate::common::Scratch;

const SUBJECT: &str = "Drucker im Lager druckt keine Etiketten";
const CUSTOMER_ID: &str = "20261205091400.4711@example.de";

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/mail")
        .join(name);
    std::fs::read(path).unwrap()
}

/// The ticket the customer's mail `raw` opens in queue Hotline, as the mailgate opens it;
/// its number.
fn open_by_mail(db: &Path, raw: &[u8]) -> String {
    ok_at(db, NOW, &["queue", "add", "Hotline"]);
    let mail = InboundMail::parse(raw).unwrap();
    let mut first = Article::new(
        ArticleKind::MailIn,
        &mail.from.address,
        mail.date.unwrap(),
        &mail.text,
    );
    first.message_id = mail.message_id.clone();
    first.references = mail.references.clone();
    let new = NewTicket {
        queue: "Hotline".into(),
        subject: mail.subject.clone(),
        customer: None,
        contact: mail.from.name.clone(),
        sender: Some(mail.from.address.clone()),
        priority: Priority::Normal,
        owner: None,
        first: Some(first),
        attachments: Vec::new(),
    };
    let store = Store::open(db).unwrap();
    let command = Command::Ticket(TicketCommand::Add(Box::new(new)));
    match execute(
        &store,
        &Clock::pinned(NOW),
        &Actor::local("tester"),
        command,
    ) {
        Ok(Event::Ticket(ticket)) => ticket.number.to_string(),
        other => panic!("no ticket: {other:?}"),
    }
}

/// A sink started with `args`, a database sending to it, and the ticket the fixture's
/// customer mail opened there.
fn opened(args: &[&str]) -> (Sink, Scratch, PathBuf, String) {
    let sink = Sink::start(args);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    let number = open_by_mail(&db, &fixture("plain-utf8.eml"));
    (sink, scratch, db, number)
}

fn shown(db: &Path, number: &str) -> Value {
    let out = ok_at(db, NOW, &["ticket", "show", number, "--format", "json"]);
    serde_json::from_str(&out).unwrap()
}

/// Which ticket (record id) the message `raw` threads to, as the mailgate decides it.
fn threaded(db: &Path, raw: &str) -> Threading {
    let store = Store::open(db).unwrap();
    let mail = InboundMail::parse(raw.as_bytes()).unwrap();
    thread(
        &mail,
        "Ticket",
        |number| match ticket_by_number_text(&store, number) {
            Ok(ticket) => Lookup::Found(ticket.id),
            Err(_) => Lookup::Invalid,
        },
        |id| ticket_by_message_id(&store, id).unwrap().map(|t| t.id),
    )
}

#[test]
fn an_answer_arrives_threaded_and_the_customers_reply_finds_the_ticket() {
    let (sink, _scratch, db, number) = opened(&[]);
    ok_at(
        &db,
        NOW,
        &[
            "ticket",
            "reply",
            &number,
            "Bitte starten Sie den Drucker neu, {contact}.",
            "--template",
            "answer",
        ],
    );
    let ticket = shown(&db, &number);
    assert_eq!(ticket["status"], "open");
    let answer = &ticket["articles"][1];
    assert_eq!(answer["kind"], "mail-out");
    assert_eq!(answer["delivery"], "queued");
    assert_eq!(answer["in_reply_to"], CUSTOMER_ID);
    assert_eq!(answer["references"], serde_json::json!([CUSTOMER_ID]));
    let own_id = answer["message_id"].as_str().unwrap().to_string();
    assert!(
        own_id.starts_with("kontor.") && own_id.ends_with(".1@kontor.example"),
        "{own_id}"
    );
    let text = answer["text"].as_str().unwrap();
    assert!(
        text.starts_with("Hello Berg, Anna,\n\nBitte starten Sie den Drucker neu, Berg, Anna.\n\n"),
        "{text}"
    );
    assert!(text.ends_with("\ntester"), "{text}");

    ok_at(&db, NOW, &["mail", "send"]);
    let messages = sink.messages();
    assert_eq!(messages.len(), 1, "{messages:?}");
    let message = &messages[0];
    assert_eq!(
        message["rcpt_tos"],
        serde_json::json!(["anna.berg@example.de"])
    );
    let headers = &message["headers"];
    assert_eq!(
        headers["Subject"],
        format!("Re: [Ticket#{number}] {SUBJECT}")
    );
    assert_eq!(headers["In-Reply-To"], format!("<{CUSTOMER_ID}>"));
    assert_eq!(headers["References"], format!("<{CUSTOMER_ID}>"));
    assert_eq!(headers["Message-ID"], format!("<{own_id}>"));
    assert_eq!(message["body"].as_str().unwrap().trim_end(), text);

    // The delivery is on the article, for show's JSON and its table.
    let ticket = shown(&db, &number);
    assert_eq!(ticket["articles"][1]["delivery"], "sent");
    let reply = ticket["articles"][1]["delivery_reply"].as_str().unwrap();
    assert!(reply.starts_with("250 2.0.0 Ok: queued as 1"), "{reply}");
    let table = ok_at(&db, NOW, &["ticket", "show", &number]);
    assert!(table.contains("(mail sent "), "{table}");

    // The customer answers the mail as it arrived: by the tag, then without it by
    // In-Reply-To — both the same ticket.
    let id = ticket["id"].as_u64().unwrap();
    let reply = |subject: &str| {
        format!(
            "From: \"Berg, Anna\" <anna.berg@example.de>\nTo: support@kontor.test\n\
             Subject: {subject}\nMessage-ID: <antwort-1@example.de>\n\
             In-Reply-To: {}\nReferences: {} {}\n\nDanke, geht wieder.\n",
            headers["Message-ID"].as_str().unwrap(),
            headers["References"].as_str().unwrap(),
            headers["Message-ID"].as_str().unwrap(),
        )
    };
    let tagged = threaded(
        &db,
        &reply(&format!("AW: {}", headers["Subject"].as_str().unwrap())),
    );
    assert_eq!(
        tagged.rule,
        Rule::Tag {
            ticket: id,
            number: number.clone()
        }
    );
    let untagged = threaded(&db, &reply(&format!("AW: {SUBJECT}")));
    assert_eq!(
        untagged.rule,
        Rule::InReplyTo {
            ticket: id,
            message_id: own_id
        }
    );
}

#[test]
fn a_refused_answer_shows_the_servers_words_on_the_ticket() {
    let (sink, _scratch, db, number) = opened(&["--reject", "no such user here"]);
    ok_at(
        &db,
        NOW,
        &["ticket", "reply", &number, "--mail", "Wir kümmern uns."],
    );
    ok_at(&db, NOW, &["mail", "send"]);
    assert!(sink.messages().is_empty());
    let ticket = shown(&db, &number);
    let answer = &ticket["articles"][1];
    assert_eq!(answer["delivery"], "failed");
    assert_eq!(
        answer["delivery_reply"].as_str().unwrap(),
        "550 5.1.1 no such user here"
    );
    let table = ok_at(&db, NOW, &["ticket", "show", &number]);
    assert!(table.contains("mail NOT sent"), "{table}");
    assert!(table.contains("no such user here"), "{table}");
}
