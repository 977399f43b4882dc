//! The service desk in the TUI over the demo's tickets: the queue screen (snapshot at
//! 80×24, mono) and its views, a ticket's detail, a note and an answer written through
//! keys and seen in the timeline and — through the CLI — in the store, a status picked,
//! and a merge refused inline for a wrong check digit.

use std::path::Path;
use std::sync::Arc;

use kontor::core::tickets::{TicketFilter, list, show};
use kontor::core::{Actor, Role};
use kontor::domain::ticket::{LinkKind, TicketNumber, TicketStatus};
use kontor::store::Store;
use serde_json::Value;

use super::snapshots::harness::{Harness, Setup, mono};
use crate::common::demo::demo_store;
use crate::common::{json, now};

/// The demo with the Hotline's clocks on the demo's Standard calendar (set through the CLI).
fn demo_on_calendar(dir: &Path) -> Arc<Store> {
    drop(demo_store(dir));
    let edit = ["queue", "edit", "Hotline", "--calendar", "Standard"];
    crate::common::ok(dir, &edit);
    Arc::new(Store::open(dir).unwrap())
}

/// The admin's App over `store`, mono, 80×24.
fn harness(store: &Arc<Store>) -> Harness {
    harness_with(store, None)
}

/// `harness` with a keymap preset.
fn harness_with(store: &Arc<Store>, preset: Option<&'static str>) -> Harness {
    setup(store, 80, 24).preset(preset).build()
}

/// The admin's App over `store`, mono, `width`×`height`.
fn harness_sized(store: &Arc<Store>, width: u16, height: u16) -> Harness {
    setup(store, width, height).build()
}

fn setup(store: &Arc<Store>, width: u16, height: u16) -> Setup {
    Harness::setup()
        .store(store)
        .actor("root", Role::Admin)
        .at(now())
        .profile(mono())
        .size(width, height)
}

/// The number of the open demo ticket with this subject.
fn number_of(store: &Store, subject: &str) -> String {
    let root = Actor::local("root");
    let listed = list(store, &root, &TicketFilter::default()).unwrap();
    let found = listed.iter().find(|l| l.ticket.subject == subject);
    found.unwrap().ticket.number.to_string()
}

#[test]
fn the_queue_lists_breaches_then_least_time_left_and_cycles_its_views() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_on_calendar(dir.path());
    let high = number_of(&store, "Lieferung unvollständig");
    let normal = number_of(&store, "Drucker zieht kein Papier ein");
    let root = Actor::local("root");
    let every = TicketFilter {
        all: true,
        ..TicketFilter::default()
    };
    let resolved = list(&store, &root, &every).unwrap();
    let resolved = resolved.iter().find(|l| !l.ticket.is_open()).unwrap();
    let resolved = resolved.ticket.number.to_string();
    let mut harness = harness(&store);
    let all = harness.keys("g w").snapshot("tickets");
    assert!(
        all.find(&high).unwrap() < all.find(&normal).unwrap(),
        "the breached high one before the normal one with time left:\n{all}"
    );
    assert!(!all.contains(&resolved), "only open tickets:\n{all}");
    // my tickets (root owns none), my queues (root is no agent), unassigned, all open.
    let mine = harness.keys("v").plain();
    assert!(mine.contains("my tickets"), "{mine}");
    assert!(!mine.contains(&high), "{mine}");
    let unassigned = harness.keys("v v").plain();
    assert!(unassigned.contains("unassigned"), "{unassigned}");
    assert!(unassigned.contains(&normal), "{unassigned}");
    assert!(!unassigned.contains(&high), "anna owns it:\n{unassigned}");
    let again = harness.keys("v").plain();
    assert!(again.contains(&high), "{again}");
}

#[test]
fn a_note_and_an_answer_written_in_the_editor_land_on_the_ticket() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let number = number_of(&store, "Lieferung unvollständig");
    let mut harness = harness(&store);
    harness.keys("g w /").text(&number).keys("Enter Enter");
    let detail = harness.plain();
    assert!(detail.contains(&format!("Ticket {number}")), "{detail}");
    assert!(detail.contains("Hotline"), "{detail}");

    harness
        .keys("n")
        .text("Rueckruf vereinbart")
        .keys("Enter")
        .text("Zeile zwei");
    harness.keys("C-x");
    let noted = harness.plain();
    assert!(
        noted.contains(&format!("Note added to {number}")),
        "{noted}"
    );
    assert!(noted.contains("Rueckruf vereinbart"), "{noted}");
    assert!(noted.contains("Zeile zwei"), "{noted}");
    assert!(noted.contains("internal"), "{noted}");

    // The customer's last mail or call, whatever came after it.
    let root = Actor::local("root");
    let articles = show(&store, &root, &number).unwrap().ticket.articles;
    let last_in = articles.iter().rev().find(|a| a.kind.from_customer());
    let quoted = format!("> {}", last_in.unwrap().text.lines().next().unwrap());
    harness.keys("r");
    let editor = harness.plain();
    assert!(editor.contains(&quoted), "{quoted} quoted:\n{editor}");
    harness.text("Der Rest kommt Donnerstag.").keys("F10");
    let answered = harness.plain();
    assert!(
        answered.contains(&format!("Answer to {number}")),
        "{answered}"
    );
    assert!(
        answered.contains("Der Rest kommt Donnerstag."),
        "{answered}"
    );
    drop(harness);
    drop(store);

    let ticket = json(dir.path(), &["ticket", "show", &number]);
    let articles: Vec<&Value> = ticket["articles"].as_array().unwrap().iter().collect();
    let last_two = &articles[articles.len() - 2..];
    assert_eq!(last_two[0]["kind"], "note");
    assert_eq!(last_two[0]["text"], "Rueckruf vereinbart\nZeile zwei");
    assert_eq!(last_two[1]["kind"], "mail-out");
    let answer = last_two[1]["text"].as_str().unwrap();
    assert!(
        answer.starts_with(&format!("Der Rest kommt Donnerstag.\n\n{quoted}")),
        "{answer}"
    );
}

#[test]
fn leaving_the_editor_with_text_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let number = number_of(&store, "Lieferung unvollständig");
    let mut harness = harness(&store);
    harness
        .keys("g w /")
        .text(&number)
        .keys("Enter Enter n")
        .text("halb");
    let asked = harness.keys("Esc").plain();
    assert!(asked.contains("Discard"), "{asked}");
    let root = Actor::local("root");
    let before = show(&store, &root, &number).unwrap().ticket.articles.len();
    harness.keys("y");
    let after = show(&store, &root, &number).unwrap().ticket.articles.len();
    assert_eq!(before, after, "nothing was written");
}

#[test]
fn a_status_is_picked_and_a_merge_with_a_wrong_check_digit_is_refused_inline() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let number = number_of(&store, "Lieferung unvollständig");
    let other = number_of(&store, "Drucker zieht kein Papier ein");
    let mut harness = harness(&store);
    harness.keys("g w /").text(&number).keys("Enter Enter s");
    harness.text("resolved").keys("Enter");
    let resolved = harness.plain();
    assert!(resolved.contains("resolved"), "{resolved}");
    let root = Actor::local("root");
    let ticket = show(&store, &root, &number).unwrap().ticket;
    assert_eq!(ticket.status, TicketStatus::Resolved);

    // The other ticket's number with its last digit changed: never a valid number.
    let last = other.chars().last().unwrap().to_digit(10).unwrap();
    let wrong = format!("{}{}", &other[..other.len() - 1], (last + 1) % 10);
    assert!(TicketNumber::parse(&wrong).is_err());
    harness.keys("m").text(&wrong).keys("C-x");
    let refused = harness.plain();
    assert!(refused.contains("wrong check digit"), "{refused}");
    let ticket = show(&store, &root, &number).unwrap().ticket;
    assert_eq!(ticket.merged_into, None);

    harness.keys("C-u").text(&other).keys("C-x");
    let merged = harness.plain();
    assert!(
        merged.contains(&format!("{number} merged into {other}")),
        "{merged}"
    );
    let asked = show(&store, &root, &number).unwrap();
    assert_eq!(asked.ticket.number.to_string(), other);
}

#[test]
fn the_sla_column_shows_the_running_clocks_business_time_left() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_on_calendar(dir.path());
    let printer = number_of(&store, "Drucker zieht kein Papier ein");
    let root = Actor::local("root");
    let queues = kontor::core::tickets::queues(&store, &root).unwrap();
    let hotline = queues.iter().find(|q| q.name == "Hotline").unwrap();
    // Opened two hours before Saturday 09:30 UTC: the Standard calendar (Monday to Friday)
    // has not run a second of its first-response target yet.
    let target = hotline.policy.normal.first_response.unwrap();
    let left = format!("{}h {:02}m", target / 60, target % 60);
    let mut harness = harness(&store);
    let screen = harness.keys("g w").plain();
    let row = screen.lines().find(|line| line.contains(&printer)).unwrap();
    assert!(
        row.trim_end_matches('│').trim_end().ends_with(&left),
        "{left}:\n{screen}"
    );
    let other = number_of(&store, "Ersatzteil beim Hersteller angefragt");
    let row = screen.lines().find(|line| line.contains(&other)).unwrap();
    let end = row.trim_end_matches('│').trim_end();
    assert!(
        end.ends_with("ben         paused"),
        "Service runs around the clock; its waiting ticket's clocks stand still\n{screen}"
    );

    harness.keys("/").text(&printer).keys("Enter Enter");
    let detail = harness.plain();
    assert!(detail.contains("First response: due"), "{detail}");
    assert!(detail.contains(&format!("({left})")), "{detail}");
}

#[test]
fn an_answer_template_is_picked_and_filled_with_customer_ticket_and_agent() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let number = number_of(&store, "Lieferung unvollständig");
    let root = Actor::local("root");
    let view = show(&store, &root, &number).unwrap();
    // The greeting names the contact when it is a name, else the customer.
    let contact = view.ticket.contact.filter(|c| !c.contains('@'));
    let greeted = contact.or(view.customer_name).unwrap();
    let mut harness = harness(&store);
    harness.keys("g w /").text(&number).keys("Enter Enter r F4");
    let picker = harness.plain();
    assert!(picker.contains("Request received"), "{picker}");
    harness.text("received").keys("Enter");
    let filled = harness.plain();
    assert!(filled.contains(&format!("Hello {greeted},")), "{filled}");
    assert!(filled.contains("thank you for your message"), "{filled}");
    assert!(filled.contains("Kind regards"), "{filled}");
    harness.keys("C-x");
    drop(harness);
    let articles = show(&store, &root, &number).unwrap().ticket.articles;
    let answer = &articles.last().unwrap().text;
    assert!(
        answer.starts_with(&format!("Hello {greeted},\n\nthank you")),
        "{answer}"
    );
    assert!(answer.contains(&format!("ticket {number}")), "{answer}");
    assert!(answer.contains("Kind regards\nroot\n\n> "), "{answer}");
}

#[test]
fn a_ticket_is_linked_to_another_and_the_vim_preset_works_the_detail() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let number = number_of(&store, "Lieferung unvollständig");
    let other = number_of(&store, "Drucker zieht kein Papier ein");
    let root = Actor::local("root");
    let before = show(&store, &root, &number).unwrap().ticket.links;
    let mut harness = harness_with(&store, Some("vim"));
    harness
        .keys("g w /")
        .text(&number)
        .keys("Enter Enter k k j l C-u");
    harness.text("ticket").keys("Tab").text(&other).keys("C-x");
    let linked = harness.plain();
    assert!(
        linked.contains(&format!("Ticket {number} changed.")),
        "{linked}"
    );
    let links = show(&store, &root, &number).unwrap().ticket.links;
    let target = show(&store, &root, &other).unwrap().ticket.id;
    assert_eq!(links.len(), before.len() + 1, "{links:?}");
    let added = links.iter().filter(|link| !before.contains(link));
    let added: Vec<_> = added.map(|link| (link.kind, link.id)).collect();
    assert_eq!(added, vec![(LinkKind::Ticket, target)]);
    harness.keys("n").text("vim").keys("F10");
    let noted = harness.plain();
    assert!(
        noted.contains(&format!("Note added to {number}")),
        "{noted}"
    );
}

#[test]
fn the_next_ticket_key_opens_the_most_urgent_free_ticket_leased_to_the_user() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let root = Actor::local("root");
    // The most urgent by the core's clocks: least business time left of a running clock.
    let open = list(&store, &root, &TicketFilter::default()).unwrap();
    let left = |ticket: &kontor::domain::ticket::Ticket| {
        kontor::core::tickets::time_left_of(&store, &root, ticket, now())
            .unwrap()
            .map(|left| left.remaining_seconds)
    };
    let most_urgent = open
        .iter()
        .filter_map(|listed| Some((left(&listed.ticket)?, &listed.ticket)))
        .min_by_key(|(seconds, _)| *seconds)
        .map(|(_, ticket)| ticket.number.to_string())
        .unwrap();
    let mut harness = harness(&store);
    let screen = harness.keys("g n").plain();
    assert!(
        screen.contains(&format!("Ticket {most_urgent}")),
        "{most_urgent}:\n{screen}"
    );
    let leased = show(&store, &root, &most_urgent)
        .unwrap()
        .ticket
        .lease
        .unwrap();
    assert_eq!(leased.user, "root");
    assert!(leased.until > now());
}

#[test]
fn the_caller_lookup_shows_the_callers_open_tickets_with_their_time_left() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let root = Actor::local("root");
    let printer = number_of(&store, "Drucker zieht kein Papier ein");
    let view = show(&store, &root, &printer).unwrap();
    let customer = view.customer_name.unwrap();
    // The Hotline has no calendar: its clocks run around the clock. The ticket came in at
    // 07:30 UTC, unanswered: two hours of its first-response target are used at 09:30.
    assert_eq!(view.ticket.created_at, now() - time::Duration::hours(2));
    let target = view.queue.policy.normal.first_response.unwrap() - 120;
    let left = format!("{}h {:02}m", target / 60, target % 60);
    let mut harness = harness_sized(&store, 100, 30);
    let screen = harness.keys("F2").text(&customer).plain();
    let row = screen.lines().find(|line| line.contains(&printer));
    let row = row.unwrap_or_else(|| panic!("{printer}:\n{screen}"));
    assert!(row.contains(&left), "{left}:\n{screen}");
}
