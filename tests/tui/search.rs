//! The search over every record (`core::search` through the TUI): `g /` from any screen,
//! `/` on Home and the palette open it; hits come grouped by kind as the user types, the
//! cursor runs over them and Enter opens the record, Esc goes back (snapshots at 80×24
//! in both profiles); a warehouse user is not shown what only the CRM reads.

use kontor::core::{Actor, Role, execute};
use kontor::domain::fields::interaction;

use super::snapshots::harness::{Harness, both, color, input};

/// Logs a visit to Müller Maschinenbau (customer 1) on 2026-01-07: the fixture's customer
/// and this interaction's notes both carry the word "Müller".
fn visit_mueller(harness: &Harness) {
    let fields = input(&[
        ("customer", "1"),
        ("channel", "visit"),
        ("subject", "Besuch vor Ort"),
        ("at", "2026-01-07T14:00:00Z"),
        ("agent", "anna"),
        ("body", "Neue Spindel bei Müller vorgeführt."),
    ]);
    let visit = interaction::from_input(&fields, crate::common::now(), "anna").unwrap();
    let log = kontor::core::kinds::interaction::log(&visit);
    execute(
        &harness.store(),
        &crate::common::clock(),
        &Actor::local("anna"),
        log,
    )
    .unwrap();
}

/// The row of the screen holding `text`, by index.
fn row_of(screen: &str, text: &str) -> usize {
    let found = screen.lines().position(|line| line.contains(text));
    found.unwrap_or_else(|| panic!("no {text}:\n{screen}"))
}

#[test]
fn hits_come_grouped_by_kind_as_typed_and_enter_opens_one() {
    let (screen, ascii) = both("search_grouped", |h| {
        visit_mueller(h);
        h.keys("g /").text("Muller");
    });
    assert!(screen.contains("Search: Muller"), "{screen}");
    assert!(screen.contains("2 hits"), "{screen}");
    // The customers' group first, then the interactions', each headed by its kind.
    let customer = row_of(&screen, "Customers     Müller Maschinenbau GmbH");
    let visit = row_of(&screen, "Interactions  Besuch vor Ort");
    assert!(customer < visit, "{screen}");
    // The visit was found in its notes: the snippet shows them.
    assert!(
        screen.lines().nth(visit).unwrap().contains("Neue Spindel"),
        "{screen}"
    );
    assert!(screen.contains("2026-01-07"), "{screen}");
    assert!(
        ascii.contains("Customers     Mueller Maschinenbau GmbH"),
        "{ascii}"
    );
    assert!(ascii.contains("Interactions  Besuch vor Ort"), "{ascii}");
    assert!(ascii.contains("Neue Spindel bei"), "{ascii}");

    let mut harness = Harness::new(color(), 80, 24);
    visit_mueller(&harness);
    // Typed-out umlauts narrow as the user types: "Mue" is a prefix of Müller already.
    let typed = harness.keys("g /").text("Mue").plain();
    assert!(typed.contains("2 hits"), "{typed}");
    // Down to the visit, Enter: its detail; Esc: back to the hits as they were.
    let detail = harness.keys("Down Enter").plain();
    assert!(detail.contains("Interaction"), "{detail}");
    assert!(
        detail.contains("Neue Spindel bei Müller vorgeführt."),
        "{detail}"
    );
    let back = harness.keys("Esc").plain();
    assert!(
        back.contains("Search: Mue") && back.contains("2 hits"),
        "{back}"
    );
    // The first hit opens the customer.
    let customer = harness.keys("Up Enter").plain();
    assert!(customer.contains("Müller Maschinenbau GmbH"), "{customer}");
    assert!(!customer.contains("Search: Mue"), "{customer}");
    // Esc twice: the search, then Home.
    let home = harness.keys("Esc Esc").plain();
    assert!(home.contains("kontor · Home"), "{home}");
}

#[test]
fn a_word_found_nowhere_says_so_and_enter_refuses() {
    let mut harness = Harness::new(color(), 80, 24);
    let empty = harness.keys("g /").plain();
    assert!(empty.contains("Type a word, a name or a number"), "{empty}");
    let none = harness.text("Zahnrad").plain();
    assert!(none.contains("0 hits"), "{none}");
    let refused = harness.keys("Enter").plain();
    assert!(refused.contains("No hit selected."), "{refused}");
}

#[test]
fn slash_on_home_and_the_palette_open_the_search() {
    let mut harness = Harness::new(color(), 80, 24);
    let opened = harness.keys("/").plain();
    assert!(opened.contains("kontor · Search"), "{opened}");
    let home = harness.keys("Esc").plain();
    assert!(home.contains("kontor · Home"), "{home}");
    let palette = harness.palette("go-search").plain();
    assert!(palette.contains("kontor · Search"), "{palette}");
    // From a list screen too, by `g /` (the list's own `/` still filters the list).
    let from_items = harness.keys("Esc g t g /").plain();
    assert!(from_items.contains("kontor · Search"), "{from_items}");
}

#[test]
fn a_warehouse_user_finds_no_interaction_and_no_contact() {
    let mut admin = Harness::new(color(), 80, 24);
    let notes = admin.keys("g /").text("Schulung").plain();
    assert!(
        notes.contains("Interactions  Rückruf wegen Angebot"),
        "{notes}"
    );
    let contact = admin.keys("Esc g /").text("Weiß").plain();
    assert!(
        contact.contains("Customers     Müller Maschinenbau"),
        "{contact}"
    );

    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    let notes = warehouse.keys("g /").text("Schulung").plain();
    assert!(notes.contains("0 hits"), "{notes}");
    assert!(!notes.contains("Rückruf"), "{notes}");
    let contact = warehouse.keys("Esc g /").text("Weiß").plain();
    assert!(contact.contains("0 hits"), "{contact}");
    // The customer's name the warehouse reads: found by it.
    let name = warehouse.keys("Esc g /").text("Maschinenbau").plain();
    assert!(name.contains("Customers     Müller Maschinenbau"), "{name}");
}
