//! A ticket's SLA clocks through the real binary (a pause, a weekend, a priority change, an
//! answer, a resolution and a reopen, each at a pinned instant; figures worked out by hand
//! below), `--explain` in English and German, the time left in `ticket list`/`show`, a queue
//! refusing an unknown calendar; and the next ticket: urgency order, leases that exclude
//! other agents, expire and renew with work, and agents asking at the same instant from many
//! threads never getting the same ticket.

use std::collections::HashSet;
use std::path::Path;

use kontor::core::tickets::{NewTicket, QueueCommand, QueueEdit, Target, TicketCommand};
use kontor::core::{Actor, Clock, Command, PIN_VARIABLE, Role, execute};
use kontor::domain::ticket::{Article, ArticleKind, Priority, Ticket};
use kontor::store::Store;
use serde_json::Value;
use time::OffsetDateTime;
use time::macros::datetime;

use crate::common::{Scratch, fails, ok, run_binary_with, text};

/// `kontor ARGS` through the binary with the clock pinned to `at` (RFC 3339) and `env`.
fn at_with(db: &Path, at: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut all = vec![(PIN_VARIABLE, at)];
    all.extend(env);
    let run = run_binary_with(db, args, &all);
    assert_eq!(run.code, 0, "kontor {args:?} at {at} failed: {run:?}");
    run.stdout
}

fn at(db: &Path, when: &str, args: &[&str]) -> String {
    at_with(db, when, args, &[])
}

fn at_json(db: &Path, when: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&at(db, when, &all)).unwrap()
}

/// Standard calendar (Bavaria, Mon–Fri 08:00–17:00 Berlin); Hotline: normal 4 h first
/// response / 16 h resolution, high 2 h / 8 h, warnings at 50 and 80 %. One ticket whose
/// history is (Berlin time, UTC+1):
/// Fri 4 Dec 15:00 opened by a call · 16:00 waiting for customer · 16:30 open ·
/// Mon 7 Dec 09:00 priority high · 09:30 answered by phone · 10:00 resolved ·
/// Tue 8 Dec 09:00 reopened; asked Tue 10:00.
fn story(db: &Path) -> String {
    ok(db, &["calendar", "add", "Standard", "--state", "by"]);
    let queue = [
        "queue",
        "add",
        "Hotline",
        "--calendar",
        "standard",
        "--first-response",
        "normal=4h",
        "--first-response",
        "high=2h",
        "--resolution",
        "normal=16h",
        "--resolution",
        "high=8h",
        "--warn",
        "50,80",
    ];
    ok(db, &queue);
    let added = at_json(
        db,
        "2026-12-04T15:00:00+01:00",
        &[
            "ticket",
            "add",
            "--queue",
            "Hotline",
            "--subject",
            "Drucker",
            "--phone",
            "Der Drucker zieht nicht ein",
        ],
    );
    let number = text(&added, "number").to_string();
    let n = number.as_str();
    at(
        db,
        "2026-12-04T16:00:00+01:00",
        &["ticket", "status", n, "waiting-for-customer"],
    );
    at(
        db,
        "2026-12-04T16:30:00+01:00",
        &["ticket", "status", n, "open"],
    );
    at(
        db,
        "2026-12-07T09:00:00+01:00",
        &["ticket", "priority", n, "high"],
    );
    at(
        db,
        "2026-12-07T09:30:00+01:00",
        &["ticket", "reply", n, "Bitte Papier wenden", "--phone"],
    );
    at(
        db,
        "2026-12-07T10:00:00+01:00",
        &["ticket", "status", n, "resolved"],
    );
    at(
        db,
        "2026-12-08T09:00:00+01:00",
        &["ticket", "status", n, "open"],
    );
    number
}

const ASKED: &str = "2026-12-08T10:00:00+01:00";

#[test]
fn the_clocks_of_a_paused_reprioritised_answered_and_reopened_ticket() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let number = story(&db);
    let sla = at_json(&db, ASKED, &["ticket", "sla", &number]);
    assert_eq!(sla["calendar"], "Standard");
    let clocks = sla["clocks"].as_array().unwrap();
    assert_eq!(
        clocks.len(),
        2,
        "no customer message after the answer: {sla}"
    );
    let first = &clocks[0];
    assert_eq!(first["clock"], "first_response");
    // Fri 15:00–16:00 (60) + 16:30–17:00 (30) + Mon 08:00–09:30 (90) = 180 minutes; the
    // target became 2 h at the change on Monday 09:00, when 150 minutes were used: breached
    // then; 120 minutes had been used at Mon 08:30 — the due instant.
    assert_eq!(first["consumed_seconds"], 180 * 60);
    assert_eq!(first["paused_seconds"], 30 * 60);
    assert_eq!(first["target_minutes"], 120);
    assert_eq!(first["remaining_seconds"], -60 * 60);
    assert_eq!(first["stopped"], "2026-12-07T08:30:00Z");
    assert_eq!(first["due"], "2026-12-07T07:30:00Z");
    assert_eq!(first["breached_at"], "2026-12-07T08:00:00Z");
    assert_eq!(first["warning"], 80);
    let resolution = &clocks[1];
    assert_eq!(resolution["clock"], "resolution");
    // Ran Fri 60 + 30, Mon 08:00–10:00 120, Tue 09:00–10:00 60 = 270 of 480 minutes; stood
    // still 30 (waiting) + Mon 10:00–17:00 420 + Tue 08:00–09:00 60 (resolved) = 510.
    assert_eq!(resolution["consumed_seconds"], 270 * 60);
    assert_eq!(resolution["paused_seconds"], 510 * 60);
    assert_eq!(resolution["remaining_seconds"], 210 * 60);
    assert_eq!(resolution["due"], "2026-12-08T12:30:00Z");
    assert_eq!(resolution["breached_at"], Value::Null);
    assert_eq!(resolution["warning"], 50);
    assert_eq!(sla["time_left"]["clock"], "resolution");
    assert_eq!(sla["time_left"]["remaining_seconds"], 210 * 60);

    // The list and the ticket show the same time left.
    let listed = at_json(&db, ASKED, &["ticket", "list"]);
    assert_eq!(listed[0]["time_left"], (210 * 60).to_string());
    let shown = at_json(&db, ASKED, &["ticket", "show", &number]);
    assert_eq!(shown["time_left"]["due"], "2026-12-08T12:30:00Z");
    let table = at(&db, ASKED, &["ticket", "list"]);
    assert!(table.contains("Resolution: 3 h 30 min left"), "{table}");
    // The urgency index is part of what check and reindex know.
    ok(&db, &["check"]);
    at(&db, ASKED, &["reindex"]);
    ok(&db, &["check"]);
    // Longer hours (to 18:00) move the stored due instant the next-ticket order reads:
    // Fri 60 + 90, Mon 120, Tue 60 = 330 of 480 minutes used, due Tue 12:30 Berlin.
    let edit = [
        "calendar",
        "edit",
        "Standard",
        "--hours",
        "mon-fri 08:00-18:00",
    ];
    at(&db, ASKED, &edit);
    let store = Store::open(&db).unwrap();
    let stored = kontor::core::tickets::ticket_by_number_text(&store, &number).unwrap();
    assert_eq!(stored.sla_due, Some(datetime!(2026-12-08 11:30 UTC)));
    drop(store);
    at(
        &db,
        ASKED,
        &[
            "calendar",
            "edit",
            "Standard",
            "--hours",
            "mon-fri 08:00-17:00",
        ],
    );
    // Two hours later the time left is 90 minutes.
    let later = at_json(
        &db,
        "2026-12-08T12:00:00+01:00",
        &["ticket", "sla", &number],
    );
    assert_eq!(later["time_left"]["remaining_seconds"], 90 * 60);
}

#[test]
fn explain_lists_business_time_pauses_and_closed_days_in_both_languages() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let number = story(&db);
    let english = at(&db, ASKED, &["ticket", "sla", &number, "--explain"]);
    for line in [
        "Calendar: Standard (Europe/Berlin); the clocks count its business time only",
        "First response: stopped 2026-12-07T08:30:00Z",
        "  target 2 h 00 min · consumed 3 h 00 min · paused 0 h 30 min",
        "  due 2026-12-07T07:30:00Z · overdue by 1 h 00 min",
        "  warning: 80 % of the target used",
        "  BREACHED at 2026-12-07T08:00:00Z",
        "    2026-12-04T14:00:00Z – 2026-12-04T15:00:00Z: 1 h 00 min business time",
        "    2026-12-04T15:00:00Z – 2026-12-04T15:30:00Z: paused (waiting for customer), 0 h 30 min business time not counted",
        "    2026-12-05: closed (Saturday), skipped",
        "    2026-12-06: closed (Sunday), skipped",
        "    2026-12-07T07:00:00Z – 2026-12-07T08:30:00Z: 1 h 30 min business time",
        "Resolution: running",
        "  due 2026-12-08T12:30:00Z · 3 h 30 min left",
        "    2026-12-08T09:00:00Z – 2026-12-08T12:30:00Z: 3 h 30 min business time still to come",
    ] {
        assert!(
            english.lines().any(|shown| shown == line),
            "missing {line:?} in\n{english}"
        );
    }
    let german = at_with(
        &db,
        ASKED,
        &["ticket", "sla", &number, "--explain"],
        &[("LANG", "de_DE.UTF-8"), ("KONTOR_TZ", "Europe/Berlin")],
    );
    for line in [
        "Erste Antwort: gestoppt 07.12.2026 09:30",
        "  VERLETZT am 07.12.2026 09:00",
        "    04.12.2026 16:00 – 04.12.2026 16:30: angehalten (wartet auf Kunden), 0 Std. 30 Min. Geschäftszeit nicht gezählt",
        "    05.12.2026: geschlossen (Samstag), übersprungen",
        "  fällig 08.12.2026 13:30 · noch 3 Std. 30 Min.",
    ] {
        assert!(
            german.lines().any(|shown| shown == line),
            "missing {line:?} in\n{german}"
        );
    }
}

#[test]
fn without_a_calendar_the_clocks_run_around_the_clock_and_unknown_calendars_are_refused() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let error = fails(&db, &["queue", "add", "Nacht", "--calendar", "Nirgends"], 2);
    assert!(error.contains("Nirgends"), "{error}");
    ok(
        &db,
        &["queue", "add", "Nacht", "--first-response", "normal=1h"],
    );
    let added = at_json(
        &db,
        "2026-12-05T23:30:00Z",
        &[
            "ticket",
            "add",
            "--queue",
            "Nacht",
            "--subject",
            "Samstagnacht",
        ],
    );
    let number = text(&added, "number");
    let sla = at_json(&db, "2026-12-05T23:45:00Z", &["ticket", "sla", number]);
    assert_eq!(sla["calendar"], Value::Null);
    // Saturday night plus an hour, no hours and no holidays: Sunday 00:30.
    assert_eq!(sla["clocks"][0]["due"], "2026-12-06T00:30:00Z");
    let table = at(&db, "2026-12-05T23:45:00Z", &["ticket", "sla", number]);
    assert!(
        table.contains("No calendar: the queue's clocks run around the clock"),
        "{table}"
    );
}

#[test]
fn ticket_next_takes_the_most_urgent_and_leases_it() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(
        &db,
        &[
            "queue",
            "add",
            "Hotline",
            "--first-response",
            "normal=1h",
            "--first-response",
            "high=30m",
        ],
    );
    let add = |when: &str, subject: &str, priority: &str| {
        let added = at_json(
            &db,
            when,
            &[
                "ticket",
                "add",
                "--queue",
                "Hotline",
                "--subject",
                subject,
                "--priority",
                priority,
            ],
        );
        text(&added, "number").to_string()
    };
    let _normal = add("2026-12-01T09:00:00Z", "normal", "normal");
    let high = add("2026-12-01T09:10:00Z", "high", "high");
    let next = at_json(&db, "2026-12-01T09:20:00Z", &["ticket", "next"]);
    assert_eq!(next["number"], high.as_str());
    assert_eq!(next["leased_to"], "tester");
    assert_eq!(next["lease_until"], "2026-12-01T09:35:00Z");
    assert_eq!(next["time_left"]["due"], "2026-12-01T09:40:00Z");
    ok(&db, &["settings", "ticket_lease_minutes", "5"]);
    let again = at_json(&db, "2026-12-01T09:21:00Z", &["ticket", "next"]);
    assert_eq!(again["lease_until"], "2026-12-01T09:26:00Z", "{again}");
    let error = fails(&db, &["settings", "ticket_lease_minutes", "0"], 2);
    assert!(error.contains("1 to 1440"), "{error}");
}

// --- the next ticket in the core, with several agents ---------------------------------

fn actor(name: &str, role: Role) -> Actor {
    Actor {
        name: name.into(),
        role,
    }
}

fn run(store: &Store, who: &Actor, when: OffsetDateTime, command: Command) {
    execute(store, &Clock::pinned(when), who, command).unwrap();
}

fn hotline(store: &Store, agents: &[&str]) {
    let edit = QueueEdit {
        targets: vec![
            (Target::FirstResponse, Priority::Normal, 60),
            (Target::FirstResponse, Priority::High, 30),
        ],
        agents: Some(agents.iter().map(|a| a.to_string()).collect()),
        ..QueueEdit::default()
    };
    let command = QueueCommand::Add {
        name: "Hotline".into(),
        edit,
    };
    let admin = actor("root", Role::Admin);
    run(
        store,
        &admin,
        datetime!(2026-12-01 08:00 UTC),
        Command::Queue(command),
    );
}

fn add_ticket(store: &Store, subject: &str, priority: Priority, when: OffsetDateTime) -> String {
    let new = NewTicket {
        queue: "Hotline".into(),
        subject: subject.into(),
        customer: None,
        contact: None,
        sender: None,
        priority,
        owner: None,
        first: None,
        attachments: Vec::new(),
    };
    let admin = actor("root", Role::Admin);
    let event = execute(
        store,
        &Clock::pinned(when),
        &admin,
        Command::Ticket(TicketCommand::Add(Box::new(new))),
    )
    .unwrap();
    match event {
        kontor::core::Event::Ticket(ticket) => ticket.number.to_string(),
        other => panic!("not a ticket: {other:?}"),
    }
}

fn next(store: &Store, who: &Actor, when: OffsetDateTime) -> Option<Ticket> {
    kontor::core::tickets::next(store, who, when).unwrap()
}

fn subject(ticket: Option<Ticket>) -> String {
    ticket.map_or_else(|| "-".into(), |ticket| ticket.subject)
}

#[test]
fn leases_exclude_other_agents_expire_and_renew_with_work() {
    let scratch = Scratch::new();
    let store = Store::open(&scratch.db("db")).unwrap();
    hotline(&store, &["anna", "ben"]);
    let t = |hour: i64, minute: i64| {
        datetime!(2026-12-01 00:00 UTC) + time::Duration::minutes(hour * 60 + minute)
    };
    // Due 10:00, 09:40 and none (no target for low): high first, low last.
    let _normal = add_ticket(&store, "normal", Priority::Normal, t(9, 0));
    let high = add_ticket(&store, "high", Priority::High, t(9, 10));
    let _low = add_ticket(&store, "low", Priority::Low, t(8, 0));
    let (anna, ben) = (actor("anna", Role::Agent), actor("ben", Role::Agent));
    let carla = actor("carla", Role::Agent);
    assert_eq!(
        subject(next(&store, &carla, t(9, 20))),
        "-",
        "not her queue"
    );
    assert_eq!(subject(next(&store, &anna, t(9, 20))), "high");
    assert_eq!(subject(next(&store, &ben, t(9, 20))), "normal");
    assert_eq!(
        subject(next(&store, &anna, t(9, 21))),
        "high",
        "her own lease"
    );
    let root = actor("root", Role::Admin);
    assert_eq!(subject(next(&store, &root, t(9, 22))), "low");
    let dora = actor("dora", Role::Admin);
    assert_eq!(
        subject(next(&store, &dora, t(9, 22))),
        "-",
        "all three leased"
    );
    // Anna's note at 09:30 renews her lease to 09:45; ben's own ran out at 09:35.
    let note = TicketCommand::Note {
        ticket: high.clone(),
        text: "looking".into(),
    };
    run(&store, &anna, t(9, 30), Command::Ticket(note));
    assert_eq!(subject(next(&store, &ben, t(9, 40))), "normal");
    assert_eq!(
        subject(next(&store, &root, t(9, 44))),
        "low",
        "his own, renewed"
    );
    assert_eq!(
        subject(next(&store, &dora, t(9, 44))),
        "-",
        "all three leased"
    );
    assert_eq!(
        subject(next(&store, &dora, t(9, 46))),
        "high",
        "anna's lease ran out"
    );
    // An answer stops the high ticket's only clock: it goes after the running ones.
    let reply = TicketCommand::Reply {
        ticket: high,
        channel: ArticleKind::PhoneOut,
        text: "done".into(),
        status: None,
        template: None,
    };
    run(&store, &root, t(9, 50), Command::Ticket(reply));
    assert_eq!(subject(next(&store, &anna, t(10, 30))), "normal");
    assert_eq!(
        subject(next(&store, &ben, t(10, 30))),
        "high",
        "no clock: priority first"
    );
}

#[test]
fn agents_asking_at_the_same_instant_never_get_the_same_ticket() {
    const AGENTS: usize = 6;
    const TICKETS: usize = 30;
    for round in 0..8 {
        let scratch = Scratch::new();
        let store = Store::open(&scratch.db("db")).unwrap();
        let names: Vec<String> = (0..AGENTS).map(|a| format!("agent{a}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        hotline(&store, &refs);
        let start = datetime!(2026-12-01 09:00 UTC);
        for index in 0..TICKETS {
            let when = start + time::Duration::seconds(index as i64);
            add_ticket(&store, &format!("t{index}"), Priority::Normal, when);
        }
        let now = start + time::Duration::minutes(5);
        let taken: Vec<Vec<String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = names
                .iter()
                .map(|name| {
                    let store = &store;
                    scope.spawn(move || {
                        let me = actor(name, Role::Agent);
                        // Each agent keeps taking; a ticket it holds is its own, so it
                        // must look on as another agent: a fresh name per pull.
                        let mut mine = Vec::new();
                        for pull in 0.. {
                            let who = actor(&format!("{}-{pull}", me.name), Role::Admin);
                            match next(store, &who, now) {
                                Some(ticket) => mine.push(ticket.subject),
                                None => break,
                            }
                        }
                        mine
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let all: Vec<&String> = taken.iter().flatten().collect();
        let distinct: HashSet<&&String> = all.iter().collect();
        assert_eq!(
            distinct.len(),
            all.len(),
            "round {round}: a ticket went twice: {taken:?}"
        );
        assert_eq!(
            all.len(),
            TICKETS,
            "round {round}: every ticket was taken once"
        );
    }
}

#[test]
fn an_article_appended_by_the_mailgate_restarts_the_order() {
    let scratch = Scratch::new();
    let store = Store::open(&scratch.db("db")).unwrap();
    hotline(&store, &["anna"]);
    let start = datetime!(2026-12-01 09:00 UTC);
    let number = add_ticket(&store, "mail", Priority::Normal, start);
    let stored = kontor::core::tickets::ticket_by_number_text(&store, &number).unwrap();
    assert_eq!(stored.sla_due, Some(datetime!(2026-12-01 10:00 UTC)));
    let article = Article::new(ArticleKind::MailIn, "k@x.de", start, "hallo");
    let append = TicketCommand::Append {
        ticket: number.clone(),
        article: Box::new(article),
        attachments: Vec::new(),
    };
    run(
        &store,
        &actor("root", Role::Admin),
        start + time::Duration::minutes(1),
        Command::Ticket(append),
    );
    let stored = kontor::core::tickets::ticket_by_number_text(&store, &number).unwrap();
    assert_eq!(
        stored.sla_due,
        Some(datetime!(2026-12-01 10:00 UTC)),
        "still the first response"
    );
}
