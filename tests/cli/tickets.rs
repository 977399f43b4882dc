//! Service tickets through the command line: queues, a ticket's whole path (add, list,
//! show, reply, note, status, priority, assign, link, merge), ticket numbers whose check
//! digit is checked independently here, and who may do what (the warehouse nothing, an
//! agent only in the queues they are an agent of, sales reading).

use std::path::Path;

use crate::common;

use common::{Scratch, add_customer, fails, json, json_list, ok, text};
use kontor::core::tickets::{self, NewAttachment, NewTicket, TicketCommand};
use kontor::core::{Actor, Command, Role, execute};
use kontor::domain::ticket::{Article, ArticleKind, Priority};
use kontor::store::Store;
use serde_json::{Value, json};

/// The Damm table, written out here so the test checks kontor's digits independently.
const DAMM: [[usize; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

fn check_digit(digits: &str) -> usize {
    digits
        .bytes()
        .fold(0, |interim, b| DAMM[interim][usize::from(b - b'0')])
}

/// `2026-000003-C` computed here.
fn expected_number(year: i32, sequence: u32) -> String {
    let digits = format!("{year:04}{sequence:06}");
    format!("{year:04}-{sequence:06}-{}", check_digit(&digits))
}

fn queues(db: &Path) {
    ok(
        db,
        &[
            "queue",
            "add",
            "Hotline",
            "--agents",
            "anna,ben",
            "--first-response",
            "normal=4h",
            "--first-response",
            "urgent=30m",
            "--resolution",
            "urgent=8h",
            "--warn",
            "90,70,80",
        ],
    );
    ok(db, &["queue", "add", "Billing", "--agents", "carla"]);
}

fn add(db: &Path, args: &[&str]) -> String {
    let mut all = vec!["ticket", "add"];
    all.extend(args);
    text(&json(db, &all), "number").to_string()
}

fn shown(db: &Path, number: &str) -> Value {
    json(db, &["ticket", "show", number])
}

fn kinds(ticket: &Value) -> Vec<String> {
    ticket["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_ticket_goes_from_a_call_to_an_answer_to_resolved_with_its_history() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    queues(&db);
    let listed = json_list(&db, &["queue", "list"]);
    assert_eq!(listed.len(), 2);
    let hotline = listed.iter().find(|q| q["name"] == "Hotline").unwrap();
    assert_eq!(
        hotline["first_response"],
        json!(["normal=4h", "urgent=30m"])
    );
    assert_eq!(hotline["warn"], json!(["70", "80", "90"]));
    let customer = add_customer(&db, &["--name", "Meier GmbH"]).to_string();
    let first = add(
        &db,
        &[
            "--queue",
            "hotline",
            "--subject",
            "Drucker kaputt",
            "--customer",
            &customer,
            "--contact",
            "Herr Meier",
            "--phone",
            "Papierstau in Fach 2",
            "--priority",
            "high",
        ],
    );
    assert_eq!(first, expected_number(2026, 1));
    let second = add(&db, &["--queue", "Billing", "--subject", "Rechnung falsch"]);
    assert_eq!(second, expected_number(2026, 2));
    let ticket = shown(&db, &first);
    assert_eq!(ticket["queue"], "Hotline");
    assert_eq!(ticket["customer_name"], "Meier GmbH");
    assert_eq!(ticket["status"], "new");
    assert_eq!(ticket["priority"], "high");
    assert_eq!(kinds(&ticket), ["phone-in"]);
    assert_eq!(ticket["articles"][0]["author"], "Herr Meier");

    // A mail answer needs a sender and an address: the customer's.
    let refused = fails(&db, &["ticket", "reply", &first, "Bitte Fach 2 leeren"], 2);
    assert!(refused.contains("has no address"), "{refused}");
    ok(
        &db,
        &[
            "customer",
            "edit",
            &customer,
            "--add-email",
            "info@meier.example",
        ],
    );
    ok(&db, &["settings", "mail_from", "support@kontor.example"]);
    ok(&db, &["ticket", "reply", &first, "Bitte Fach 2 leeren"]);
    ok(&db, &["ticket", "note", &first, "Kunde ist ungeduldig"]);
    ok(
        &db,
        &["ticket", "reply", &first, "Rückruf: geht wieder", "--phone"],
    );
    ok(&db, &["ticket", "priority", &first, "urgent"]);
    ok(&db, &["ticket", "assign", &first, "--owner", "anna"]);
    ok(&db, &["ticket", "status", &first, "resolved"]);
    let ticket = shown(&db, &first);
    assert_eq!(
        kinds(&ticket),
        ["phone-in", "mail-out", "note", "phone-out"]
    );
    let articles = ticket["articles"].as_array().unwrap();
    assert_eq!(
        articles[1]["delivery"], "queued",
        "a mail waits for the outbox"
    );
    assert_eq!(
        articles[3]["delivery"],
        Value::Null,
        "a call is not delivered"
    );
    assert_eq!(articles[2]["public"], false);
    assert_eq!(ticket["status"], "resolved");
    assert_eq!(ticket["owner"], "anna");
    let history: Vec<(String, String, String)> = ticket["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["change"].as_str().unwrap().to_string(),
                h["from"].as_str().unwrap_or("-").to_string(),
                h["to"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let expected = [
        ("status", "new", "open"),
        ("priority", "high", "urgent"),
        ("owner", "-", "anna"),
        ("status", "open", "resolved"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(history, expected);

    let open = json_list(&db, &["ticket", "list"]);
    assert_eq!(
        open.iter().map(|t| text(t, "number")).collect::<Vec<_>>(),
        [second.as_str()],
        "resolved tickets are not open"
    );
    let all = json_list(&db, &["ticket", "list", "--all", "--queue", "Hotline"]);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["status"], "resolved");
    let by_customer = json_list(&db, &["ticket", "list", "--all", "--customer", &customer]);
    assert_eq!(by_customer.len(), 1);
    let unassigned = json_list(&db, &["ticket", "list", "--owner", "nobody"]);
    assert_eq!(unassigned.len(), 1);
    let table = ok(&db, &["ticket", "show", &first]);
    assert!(table.contains("Drucker kaputt"), "{table}");
    assert!(table.contains("(internal)"), "{table}");
    let german = ok(&db, &["ticket", "show", &first, "--lang", "de"]);
    assert!(german.contains("Priorität: dringend"), "{german}");
    assert!(german.contains("Status: gelöst"), "{german}");
}

#[test]
fn a_mistyped_number_is_refused_never_matched_to_another_ticket() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    queues(&db);
    let mut numbers = Vec::new();
    for n in 0..12 {
        numbers.push(add(
            &db,
            &["--queue", "Hotline", "--subject", &format!("T{n}")],
        ));
    }
    let first = &numbers[0];
    // The same ticket without dashes.
    let bare = first.replace('-', "");
    assert_eq!(text(&shown(&db, &bare), "number"), first);
    // One digit wrong: the sequence 1 → 2 with ticket 1's check digit (ticket 2 exists).
    let digits: Vec<char> = first.chars().collect();
    let mut typo = digits.clone();
    typo[10] = '2';
    let typo: String = typo.into_iter().collect();
    assert_ne!(&typo, &numbers[1], "the typo is not ticket 2's real number");
    let refused = fails(&db, &["ticket", "show", &typo], 2);
    assert!(refused.contains("check digit"), "{refused}");
    // Two neighbouring digits swapped: 2026-000001-C → 2026-000010-C (ticket 10 exists).
    let swapped = format!("2026-000010-{}", digits[12]);
    assert_ne!(swapped, numbers[9]);
    let refused = fails(&db, &["ticket", "note", &swapped, "x"], 2);
    assert!(refused.contains("check digit"), "{refused}");
    let german = fails(&db, &["ticket", "show", &swapped, "--lang", "de"], 2);
    assert!(german.contains("Prüfziffer"), "{german}");
    // A well-formed number no ticket has.
    let unknown = expected_number(2026, 99);
    let refused = fails(&db, &["ticket", "show", &unknown], 2);
    assert!(refused.contains("there is no ticket"), "{refused}");
    let refused = fails(&db, &["ticket", "show", "2026-42"], 2);
    assert!(refused.contains("no ticket number"), "{refused}");
}

#[test]
fn a_merged_ticket_lives_on_in_the_other_and_its_number_leads_there() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    queues(&db);
    let a = add(
        &db,
        &[
            "--queue",
            "Hotline",
            "--subject",
            "A",
            "--mail",
            "Hilfe!",
            "--sender",
            "k@x.de",
        ],
    );
    let b = add(
        &db,
        &["--queue", "Hotline", "--subject", "B", "--phone", "Anruf"],
    );
    let message = Article {
        message_id: Some("<a2@x.de>".into()),
        ..Article::new(ArticleKind::MailIn, "k@x.de", common::NOW, "Nachtrag")
    };
    let store = Store::open(&db).unwrap();
    let admin = Actor::local("admin");
    let append = TicketCommand::Append {
        ticket: a.clone(),
        article: Box::new(message),
        attachments: vec![NewAttachment {
            name: "foto.jpg".into(),
            mime: "image/jpeg".into(),
            bytes: vec![1, 2, 3, 4],
        }],
    };
    execute(&store, &common::clock(), &admin, Command::Ticket(append)).unwrap();
    let found = tickets::ticket_by_message_id(&store, "<a2@x.de>")
        .unwrap()
        .unwrap();
    assert_eq!(found.number.to_string(), a);
    let attached = &found.articles[1].attachments[0];
    assert_eq!((attached.name.as_str(), attached.size), ("foto.jpg", 4));
    assert_eq!(
        kontor::store::kinds::ticket::attachment(&store, attached.blob).unwrap(),
        Some(vec![1, 2, 3, 4])
    );
    // A mail that is all attachment is kept; a note without text is refused.
    let scan = TicketCommand::Append {
        ticket: a.clone(),
        article: Box::new(Article::new(ArticleKind::MailIn, "k@x.de", common::NOW, "")),
        attachments: vec![NewAttachment {
            name: "scan.pdf".into(),
            mime: "application/pdf".into(),
            bytes: b"%PDF".to_vec(),
        }],
    };
    execute(&store, &common::clock(), &admin, Command::Ticket(scan)).unwrap();
    let empty = TicketCommand::Note {
        ticket: a.clone(),
        text: "  ".into(),
    };
    let refused = execute(&store, &common::clock(), &admin, Command::Ticket(empty));
    assert!(refused.unwrap_err().to_string().contains("no text"));
    drop(store);

    let merged = json(&db, &["ticket", "merge", &a, &b]);
    assert_eq!(text(&merged, "number"), b);
    let b_now = shown(&db, &b);
    // All at the pinned instant: B's own article first, then A's in their order.
    assert_eq!(kinds(&b_now), ["phone-in", "mail-in", "mail-in", "mail-in"]);
    assert_eq!(b_now["articles"][2]["text"], "Nachtrag");
    let a_now = shown(&db, &a);
    assert_eq!(text(&a_now, "number"), b, "A's number shows B");
    assert_eq!(a_now["merged_from"], Value::String(a.clone()));
    let table = ok(&db, &["ticket", "show", &a]);
    assert!(
        table.contains(&format!("{a} was merged into {b}")),
        "{table}"
    );
    ok(&db, &["ticket", "note", &a, "geht an B"]);
    assert_eq!(
        kinds(&shown(&db, &b)).len(),
        5,
        "an operation on A goes to B"
    );
    let open = json_list(&db, &["ticket", "list"]);
    assert_eq!(open.len(), 1);
    let all = json_list(&db, &["ticket", "list", "--all"]);
    let closed = all
        .iter()
        .find(|t| t["number"] == Value::String(a.clone()))
        .unwrap();
    assert_eq!(closed["status"], "closed");
    let store = Store::open(&db).unwrap();
    let found = tickets::ticket_by_message_id(&store, "<a2@x.de>")
        .unwrap()
        .unwrap();
    assert_eq!(found.number.to_string(), b, "the thread now finds B");
    drop(store);
    let refused = fails(&db, &["ticket", "merge", &b, &a], 2);
    assert!(refused.contains("itself"), "{refused}");
    ok(&db, &["check"]);
}

#[test]
fn links_name_existing_records_only() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    queues(&db);
    let a = add(&db, &["--queue", "Hotline", "--subject", "A"]);
    let b = add(&db, &["--queue", "Hotline", "--subject", "B"]);
    ok(&db, &["ticket", "link", &a, "ticket", &b]);
    ok(&db, &["ticket", "link", &a, "ticket", &b]);
    let links = shown(&db, &a)["links"].clone();
    assert_eq!(
        links.as_array().unwrap().len(),
        1,
        "a link is kept once: {links}"
    );
    assert_eq!(links[0]["kind"], "ticket");
    let refused = fails(&db, &["ticket", "link", &a, "invoice", "RE-2026-00001"], 2);
    assert!(refused.contains("RE-2026-00001"), "{refused}");
    let refused = fails(&db, &["ticket", "link", &a, "interaction", "7"], 2);
    assert!(refused.contains('7'), "{refused}");
    fails(&db, &["ticket", "link", &a, "customer", "1"], 2);
}

fn add_as(db: &Path, name: &str, role: Role, queue: &str) -> Result<String, String> {
    let store = Store::open(db).unwrap();
    let actor = Actor {
        name: name.into(),
        role,
    };
    let new = NewTicket {
        queue: queue.into(),
        subject: "Frage".into(),
        customer: None,
        contact: None,
        sender: None,
        priority: Priority::Normal,
        owner: None,
        first: None,
        attachments: Vec::new(),
    };
    execute(
        &store,
        &common::clock(),
        &actor,
        Command::Ticket(TicketCommand::Add(Box::new(new))),
    )
    .map(|event| format!("{event:?}"))
    .map_err(|error| error.to_string())
}

#[test]
fn agents_work_their_queues_sales_read_the_warehouse_sees_nothing() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    queues(&db);
    let billing = add(&db, &["--queue", "Billing", "--subject", "Rechnung"]);
    let refused = add_as(&db, "wim", Role::Warehouse, "Hotline").unwrap_err();
    assert!(refused.contains("not permitted"), "{refused}");
    let refused = add_as(&db, "anna", Role::Agent, "Billing").unwrap_err();
    assert!(
        refused.contains("not an agent of queue Billing"),
        "{refused}"
    );
    add_as(&db, "anna", Role::Agent, "Hotline").unwrap();
    add_as(&db, "sam", Role::Sales, "Hotline").unwrap_err();

    let store = Store::open(&db).unwrap();
    let filter = tickets::TicketFilter {
        all: true,
        ..Default::default()
    };
    let as_role = |name: &str, role| Actor {
        name: name.into(),
        role,
    };
    let anna = as_role("anna", Role::Agent);
    let seen = tickets::list(&store, &anna, &filter).unwrap();
    assert_eq!(
        seen.iter().map(|t| t.queue.as_str()).collect::<Vec<_>>(),
        ["Hotline"],
        "anna reads only her queue"
    );
    assert!(tickets::show(&store, &anna, &billing).is_err());
    let note = TicketCommand::Note {
        ticket: billing.clone(),
        text: "x".into(),
    };
    let refused = execute(
        &store,
        &common::clock(),
        &anna,
        Command::Ticket(note.clone()),
    );
    assert!(refused.unwrap_err().to_string().contains("Billing"));
    let sam = as_role("sam", Role::Sales);
    assert_eq!(tickets::list(&store, &sam, &filter).unwrap().len(), 2);
    assert!(execute(&store, &common::clock(), &sam, Command::Ticket(note)).is_err());
    let wim = as_role("wim", Role::Warehouse);
    assert!(tickets::list(&store, &wim, &filter).is_err());
    assert!(tickets::show(&store, &wim, &billing).is_err());
    let carla = as_role("carla", Role::Agent);
    let queue = kontor::core::tickets::QueueCommand::Add {
        name: "Mine".into(),
        edit: Default::default(),
    };
    let refused = execute(&store, &common::clock(), &carla, Command::Queue(queue));
    assert!(refused.unwrap_err().to_string().contains("not permitted"));
}

#[test]
fn queues_refuse_a_second_name_and_bad_targets() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    queues(&db);
    let refused = fails(&db, &["queue", "add", "HOTLINE"], 2);
    assert!(refused.contains("exists already"), "{refused}");
    let refused = fails(
        &db,
        &["queue", "add", "X", "--first-response", "normal=4d"],
        2,
    );
    assert!(refused.contains("normal=4d"), "{refused}");
    fails(&db, &["queue", "add", "X", "--warn", "0,150"], 2);
    ok(
        &db,
        &[
            "queue",
            "edit",
            "Billing",
            "--after-close",
            "new-ticket",
            "--resolution",
            "low=2h",
        ],
    );
    let billing = json_list(&db, &["queue", "list"])
        .into_iter()
        .find(|q| q["name"] == "Billing")
        .unwrap();
    assert_eq!(billing["after_close"], "new-ticket");
    assert_eq!(billing["resolution"], json!(["low=2h"]));
    assert_eq!(
        billing["agents"],
        json!(["carla"]),
        "an edit keeps what it does not name"
    );
}
