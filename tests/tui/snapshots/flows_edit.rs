//! Editing and picking, driven through the real App without a terminal: text fields edit
//! at a caret (Left/Right, Home/End, Ctrl-A/Ctrl-E, Delete, Backspace, paste) and the
//! terminal cursor stands where the caret is, in both profiles; F4 picks the production
//! location and adds BOM lines; where-used asks about the selected tree row's item or the
//! selected item of the Items list, under its own header; a renamed item is saved under
//! its new SKU; a customer number in use is refused under the Number field of the new and
//! the edit form, and nothing is saved; the edit form salutes a contact and refuses a
//! gender for a company under its field.

use super::erp_data::erp;
use kontor::domain::fields::Input;

use super::harness::{Harness, ascii, color, input};

/// A harness over the ERP data, after `keys`.
fn with_erp(keys: &str) -> Harness {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    harness.keys(keys);
    harness
}

#[test]
fn text_fields_edit_at_the_caret_and_the_cursor_follows_it() {
    for profile in [color(), ascii()] {
        let mut harness = Harness::new(profile, 80, 24);
        harness.keys("g c n").text("Mler");
        harness.keys("Left Left Left").text("ü");
        harness.keys("End").text("!");
        harness.keys("Home Del");
        harness.keys("C-e Backspace C-a").text("M");
        harness.keys("Right Right").paste("l\n");
        let screen = harness.screen();
        let shown = if profile.ascii { "Mueller" } else { "Müller" };
        assert!(screen.contains(&format!(" {shown} ")), "{screen}");
        // The caret is after "Müll": the cursor stands on the "e".
        assert_eq!(harness.under_cursor(), "e", "{profile:?}");
        harness.keys("C-u");
        assert_eq!(harness.under_cursor(), "e", "{profile:?}");
        assert!(harness.screen().contains(" er "));
    }
}

#[test]
fn the_cursor_counts_wide_and_transliterated_characters() {
    for profile in [color(), ascii()] {
        let mut harness = Harness::new(profile, 80, 24);
        harness.keys("g c n").text("Straße北京x").keys("Left");
        assert_eq!(harness.under_cursor(), "x", "{profile:?}");
    }
}

#[test]
fn f4_on_the_production_location_picks_one_and_the_preview_follows() {
    let mut harness = with_erp("g b m Down F4");
    let picker = harness.screen();
    assert!(picker.contains("pick location"), "{picker}");
    harness.text("wh2").keys("Enter");
    let screen = harness.screen();
    assert!(screen.contains("Location  WH2"), "{screen}");
    // WH2 holds only the 10 NW-001 moved there: the rest is short.
    assert!(screen.contains("component(s) short"), "{screen}");
}

#[test]
fn f4_on_bom_lines_adds_the_picked_items_as_lines() {
    let mut harness = with_erp("g b n Down Down");
    harness.keys("F4").text("NW-016").keys("Enter");
    harness.keys("F4").text("NW-027").keys("Enter");
    let screen = harness.screen();
    assert!(screen.contains("NW-016:1, NW-027:1"), "{screen}");
    // The caret is at the end, after the last quantity, to change it.
    harness.keys("Backspace").text("3");
    assert!(harness.screen().contains("NW-016:1, NW-027:3"));
}

#[test]
fn where_used_asks_about_the_selected_tree_row() {
    // GK-001's tree: GK-001, TS-001, NW-001, … — the third row is NW-001.
    let mut harness = with_erp("g b Down Down w");
    let screen = harness.screen();
    assert!(screen.contains("Where NW-001 Chai is used"), "{screen}");
    assert!(screen.contains("Used in (parent)"), "{screen}");
    assert!(!screen.contains("Per unit"), "{screen}");
    assert!(screen.contains("TS-001 Teeset"), "{screen}");
    // Through TS-001 it is in GK-001 too, one level up.
    assert!(screen.contains("  GK-001 Geschenkkorb"), "{screen}");
    // An operation row is no item.
    harness.keys("Esc Down Down w");
    let refused = harness.screen();
    assert!(refused.contains("Packen is an operation"), "{refused}");
}

#[test]
fn where_used_works_from_the_items_list_for_raw_components() {
    let mut harness = with_erp("g t /");
    harness.text("NW-019").keys("Enter w");
    let screen = harness.screen();
    assert!(screen.contains("Where NW-019"), "{screen}");
    assert!(screen.contains("TS-001 Teeset"), "{screen}");
    // An item in no BOM says so.
    let mut harness = with_erp("g t /");
    harness.text("NW-002").keys("Enter w");
    let screen = harness.screen();
    assert!(screen.contains("NW-002 is not used in any BOM"), "{screen}");
}

#[test]
fn n_on_interactions_picks_the_customer_then_opens_the_log_form() {
    for create in ["n", "F6"] {
        let mut harness = Harness::new(color(), 80, 24);
        harness.keys("g i").keys(create);
        let picker = harness.screen();
        assert!(picker.contains("pick customer"), "{create}: {picker}");
        harness.text("alfreds").keys("Enter");
        let form = harness.screen();
        assert!(
            form.contains("Log call") && form.contains("Alfreds Futterkiste"),
            "{create}: {form}"
        );
    }
}

#[test]
fn the_interactions_title_says_how_far_back_the_list_and_its_search_reach() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g i v");
    let screen = harness.screen();
    assert!(screen.contains("Interactions — all 2"), "{screen}");
}

#[test]
fn a_long_history_is_named_as_cut_in_the_interactions_title_and_search_covers_it_all() {
    let mut harness = Harness::new(color(), 80, 24);
    let store = harness.store();
    let interactions = (0..600)
        .map(|n| {
            let at = format!("2025-{:02}-{:02}T09:00:00Z", 1 + n / 60, 1 + n % 28);
            let fields = input(&[
                ("customer", "2"),
                ("channel", "email"),
                ("subject", &format!("Mail {n}")),
                ("at", &at),
                ("agent", "ben"),
            ]);
            kontor::core::plain::ImportRow {
                input: fields,
                ..Default::default()
            }
        })
        .collect();
    let admin = kontor::core::Actor::local("root");
    let command = kontor::core::Command::Record(kontor::core::plain::RecordCommand {
        kind: kontor::core::kinds::INTERACTIONS,
        op: kontor::core::plain::RecordOp::Import {
            rows: interactions,
            with: Input::new(),
        },
    });
    kontor::core::execute(&store, &crate::common::clock(), &admin, command).unwrap();
    harness.keys("g i v");
    let screen = harness.screen();
    // The 500 logged last are Mail 100 to Mail 599: from 2025-02-… on.
    assert!(
        screen.contains("Interactions — last 500 logged, since 2025-02-"),
        "{screen}"
    );
    assert!(screen.contains("search covers all"), "{screen}");
}

#[test]
fn an_item_saved_with_a_new_sku_is_named_by_it() {
    let mut harness = with_erp("g t Enter e");
    assert!(harness.screen().contains("Edit item NW-001"));
    harness.text("X").keys("C-x");
    let saved = harness.screen();
    let status = saved.lines().last().unwrap_or_default();
    assert!(status.contains("item NW-001X saved"), "{saved}");
}

#[test]
fn the_customer_edit_form_adds_renames_and_removes_contacts() {
    let mut harness = Harness::new(color(), 80, 24);
    let form = harness.keys("g c e").screen();
    assert!(form.contains("Contacts"), "{form}");
    assert!(form.contains("Jürgen Weiß: Einkauf"), "{form}");
    // Name, number, status, phones, e-mails, then the contacts: one more, the first's role
    // changed.
    harness.keys("Tab Tab Tab Tab Tab C-u");
    harness.text("Jürgen Weiß: Technik | Anna Berg: Buchhaltung");
    let saved = harness.keys("C-x").screen();
    assert!(saved.contains("saved"), "{saved}");
    let store = harness.store();
    let customer =
        kontor::core::query::get_customer(&store, &kontor::core::Actor::local("root"), 1)
            .unwrap()
            .unwrap();
    let contacts: Vec<(String, String)> = customer
        .contacts
        .iter()
        .map(|c| (c.name.clone(), c.role.clone()))
        .collect();
    assert_eq!(
        contacts,
        [
            ("Jürgen Weiß".to_string(), "Technik".to_string()),
            ("Anna Berg".to_string(), "Buchhaltung".to_string())
        ]
    );
    // Emptied: every contact goes.
    harness.keys("e Tab Tab Tab Tab Tab C-u C-x");
    let customer =
        kontor::core::query::get_customer(&store, &kontor::core::Actor::local("root"), 1)
            .unwrap()
            .unwrap();
    assert!(customer.contacts.is_empty(), "{:?}", customer.contacts);
}

/// The lines right under the form row labelled `label`, where its problem shows.
fn under_row(screen: &str, label: &str, lines: usize) -> String {
    let rows: Vec<&str> = screen.lines().collect();
    let at = rows
        .iter()
        .position(|row| {
            [" ", ">"]
                .iter()
                .any(|mark| row.contains(&format!("│{mark}{label} ")))
        })
        .unwrap_or_else(|| panic!("no row {label}:\n{screen}"));
    rows[at + 1..=at + lines].join("\n")
}

#[test]
fn a_customer_number_in_use_is_refused_under_the_number_field_and_nothing_is_saved() {
    let mut harness = Harness::new(color(), 80, 24);
    let store = harness.store();
    let root = kontor::core::Actor::local("root");
    let customer = |id| {
        kontor::core::query::get_customer(&store, &root, id)
            .unwrap()
            .unwrap()
    };
    // The edit form gives customer 1 its number (the field after the name).
    let form = harness.keys("g c e").screen();
    assert!(form.contains("Number"), "{form}");
    harness.keys("Tab").text("K-1001").keys("C-x");
    assert_eq!(customer(1).number, "K-1001");
    let count = |harness: &Harness| {
        kontor::core::query::list_customers(&harness.store(), &root, &Default::default(), 1000)
            .unwrap()
            .len()
    };
    let before = count(&harness);
    // A new customer with the same number (case folded) is refused under the field.
    harness
        .keys("n")
        .text("Zweite GmbH")
        .keys("Tab")
        .text("k-1001")
        .keys("C-x");
    let refused = harness.screen();
    assert!(refused.contains("New customer"), "{refused}");
    let problem = under_row(&refused, "Number", 2);
    assert!(problem.contains("! number \"k-1001\""), "{refused}");
    assert!(problem.contains("already used by customer 1"), "{refused}");
    assert_eq!(count(&harness), before);
    // So is an edit of another customer to that number; the customer keeps its own.
    let other = customer(2).number;
    harness
        .keys("Esc y g c Down e Tab C-u")
        .text("K-1001")
        .keys("C-x");
    let refused = harness.screen();
    assert!(refused.contains("Edit customer 2"), "{refused}");
    let problem = under_row(&refused, "Number", 2);
    assert!(problem.contains("already used by customer 1"), "{refused}");
    assert_eq!(customer(2).number, other);
}

#[test]
fn the_customer_edit_form_salutes_a_contact_and_refuses_a_gender_for_a_company() {
    let mut harness = Harness::new(color(), 80, 32);
    let stored = |harness: &Harness| {
        let actor = kontor::core::Actor::local("root");
        kontor::core::query::get_customer(&harness.store(), &actor, 1)
            .unwrap()
            .unwrap()
    };
    // Name, number, status, phones, e-mails, contacts, street, postal code, city, country,
    // owner, tags, notes, five sales terms, gender, title, surname, then the contacts'
    // greetings.
    harness.keys("g c e");
    harness.keys(&["Tab"; 21].join(" "));
    harness.text("Jürgen Weiß: männlich: Dr.");
    let saved = harness.keys("C-x").screen();
    assert!(saved.contains("saved"), "{saved}");
    let jurgen = &stored(&harness).contacts[0];
    assert_eq!(jurgen.name, "Jürgen Weiß");
    assert_eq!(
        (
            jurgen.salutation.gender.name(),
            jurgen.salutation.title.as_str()
        ),
        ("male", "Dr.")
    );
    let form = harness.keys("e").screen();
    assert!(form.contains("Jürgen Weiß: male: Dr."), "{form}");
    harness.keys("Esc");

    harness.keys("e");
    harness.keys(&["Tab"; 18].join(" "));
    harness.text("female");
    let refused = harness.keys("C-x").screen();
    assert!(
        under_row(&refused, "Gender", 1).contains("greeted through its contacts"),
        "{refused}"
    );
    assert!(stored(&harness).salutation.is_empty());
}
