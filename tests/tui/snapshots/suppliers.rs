//! Suppliers on the generic kind screens: the list, the detail and the form as snapshots in
//! both profiles, and the flows through the real App — create through the form, find by
//! search, edit (an emptied field clears), a number in use refused under its field, delete
//! after asking, and a warehouse session that reads but may not create.

use kontor::core::Role;
use kontor::core::kinds::SUPPLIERS;
use kontor::core::plain::{RecordCommand, RecordOp};
use kontor::core::{Actor, Command, plain_query};
use kontor::domain::Supplier;

use super::flows::bottom;
use super::harness::{Harness, both, color, input};

/// Adds three suppliers, as ben in another session.
pub(super) fn suppliers(harness: &mut Harness) {
    let rows = [
        input(&[
            ("number", "S-1"),
            ("name", "Exotic Liquids"),
            ("contact", "Charlotte Cooper"),
            ("contact_role", "Purchasing Manager"),
            ("street", "49 Gilbert St."),
            ("postal_code", "EC1 4SD"),
            ("city", "London"),
            ("country", "UK"),
            ("phone", "(171) 555-2222"),
            ("email", "orders@exotic.example"),
            ("payment_terms", "30"),
            ("tags", "beverages"),
        ]),
        input(&[
            ("number", "S-2"),
            ("name", "Bäckerei Müller"),
            ("contact", "Jürgen Weiß"),
            ("city", "Berlin"),
            ("country", "DE"),
            ("phone", "030 7654321"),
        ]),
        input(&[
            ("name", "Tokyo Traders"),
            ("city", "Tokyo"),
            ("country", "JP"),
        ]),
    ];
    for input in rows {
        harness.saved_by_ben(supplier(RecordOp::Add { input }));
    }
}

fn supplier(op: RecordOp) -> Command {
    Command::Record(RecordCommand {
        kind: SUPPLIERS,
        op,
    })
}

fn actor() -> Actor {
    Actor::local("root")
}

#[test]
fn supplier_list_detail_and_form() {
    // (snapshot, keys, what it shows)
    let screens = [
        ("suppliers_list", "g v", ["Exotic Liquids", "Tokyo Traders"]),
        (
            "supplier_detail",
            "g v Enter",
            ["Purchasing Manager", "EC1 4SD"],
        ),
        ("supplier_form", "g v e", ["Edit supplier 1", "Name *"]),
    ];
    for (name, keys, shown) in screens {
        let (screen, _) = both(name, |h| {
            suppliers(h);
            h.keys(keys);
        });
        for text in shown {
            assert!(screen.contains(text), "{name}: {screen}");
        }
    }
}

#[test]
fn a_supplier_is_created_found_edited_and_deleted_through_the_screens() {
    let mut harness = Harness::new(color(), 80, 24);
    suppliers(&mut harness);
    let store = harness.store();
    // Create: number, name, contact, …
    harness
        .keys("g v n")
        .text("S-9")
        .keys("Tab")
        .text("Nordsee Fisch");
    harness
        .keys("Tab")
        .text("Hein Mück")
        .keys("Tab Tab")
        .text("040 5551234");
    let opened = harness.keys("C-x").screen();
    assert!(
        opened.contains("supplier 4 saved") && opened.contains("Supplier 4 · v1"),
        "{opened}"
    );
    // Find it by a name fragment, folded, and by a phone fragment.
    harness.keys("Esc");
    let found = harness.keys("/").text("nords").screen();
    assert!(
        found.contains("Nordsee Fisch") && !found.contains("Exotic"),
        "{found}"
    );
    harness.keys("Esc /").text("5551234");
    let by_phone = harness.screen();
    assert!(by_phone.contains("Nordsee Fisch"), "{by_phone}");
    harness.keys("Enter");
    // Edit: empty the contact, change the city.
    harness.keys("e Tab Tab C-u");
    harness.keys("Tab Tab Tab Tab Tab Tab").text("Hamburg");
    let saved = harness.keys("C-x").screen();
    assert!(saved.contains("supplier 4 saved"), "{saved}");
    let now = store.get::<Supplier>(4).unwrap().unwrap();
    assert_eq!(now.contact, "");
    assert_eq!(now.city, "Hamburg");
    assert_eq!(now.version, 2);
    // Delete asks first; no keeps it, yes deletes it.
    harness.keys("d");
    let asked = harness.screen();
    assert!(
        asked.contains("delete supplier 4 (Nordsee Fisch)? (y/n)"),
        "{asked}"
    );
    harness.keys("n");
    assert!(store.get::<Supplier>(4).unwrap().is_some());
    let deleted = harness.keys("d y").screen();
    assert!(
        bottom(&deleted).contains("supplier 4 (Nordsee Fisch) deleted"),
        "{deleted}"
    );
    assert!(store.get::<Supplier>(4).unwrap().is_none());
    assert_eq!(
        plain_query::list(&store, &actor(), SUPPLIERS, 0, 10, time::UtcOffset::UTC)
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn a_number_in_use_is_refused_under_the_number_field() {
    let mut harness = Harness::new(color(), 80, 24);
    suppliers(&mut harness);
    harness
        .keys("g v n")
        .text("s-1")
        .keys("Tab")
        .text("Copycat Ltd");
    let refused = harness.keys("C-x").screen();
    let lines: Vec<&str> = refused.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.contains("Number *") || line.contains(">Number"))
        .unwrap();
    assert!(
        lines[at + 1].contains("! number \"s-1\" is already used by supplier 1"),
        "{refused}"
    );
    assert!(
        refused.contains("please correct the marked fields"),
        "{refused}"
    );
}

#[test]
fn the_edit_form_refuses_a_stale_version() {
    let mut harness = Harness::new(color(), 80, 24);
    suppliers(&mut harness);
    harness.keys("g v e Tab Tab").text("X");
    let mut edit = input(&[]);
    edit.set("city", "Leeds");
    harness.saved_by_ben(supplier(RecordOp::Edit {
        id: 1,
        expected_version: None,
        edit,
    }));
    let screen = harness.save_refused_as_stale("supplier 1", "supplier_form_stale");
    assert!(screen.contains("now: Leeds"), "{screen}");
}

#[test]
fn a_warehouse_session_reads_suppliers_but_may_not_change_them() {
    let mut harness = Harness::as_role(Role::Warehouse, color(), 80, 24);
    suppliers(&mut harness);
    let list = harness.keys("g v").screen();
    assert!(list.contains("Exotic Liquids"), "{list}");
    for key in ["n", "e", "d"] {
        let refused = harness.keys(key).screen();
        assert!(
            bottom(&refused).contains("not permitted for role warehouse"),
            "{key}: {refused}"
        );
        assert!(!refused.contains("(y/n)"), "{refused}");
    }
    let detail = harness.keys("Enter").screen();
    assert!(detail.contains("Charlotte Cooper"), "{detail}");
    let refused = harness.keys("e").screen();
    assert!(
        bottom(&refused).contains("not permitted for role warehouse"),
        "{refused}"
    );
    let mut purchasing = Harness::as_role(Role::Purchasing, color(), 80, 24);
    let form = purchasing.keys("g v n").screen();
    assert!(form.contains("New supplier"), "{form}");
    let mut agent = Harness::as_role(Role::Agent, color(), 80, 24);
    let screen = agent.keys("g v").screen();
    assert!(screen.contains("not permitted for role agent"), "{screen}");
}

#[test]
fn the_list_reads_the_next_page_when_the_cursor_reaches_its_end() {
    let mut harness = Harness::new(color(), 80, 24);
    for n in 1..=250 {
        let input = input(&[("name", &format!("Lieferant {n:03}"))]);
        harness.saved_by_ben(supplier(RecordOp::Add { input }));
    }
    let first = harness.keys("g v").screen();
    assert!(first.contains("200+ suppliers shown"), "{first}");
    harness.keys("End");
    let more = harness.screen();
    assert!(more.contains("250 suppliers shown"), "{more}");
    let last = harness.keys("End").screen();
    assert!(last.contains("Lieferant 250"), "{last}");
}

#[test]
fn the_vim_preset_reaches_suppliers_with_its_own_keys() {
    let mut harness = Harness::with_preset("vim", color(), 80, 24);
    suppliers(&mut harness);
    let palette = harness
        .keys("C-p")
        .text("go-suppliers")
        .keys("Enter")
        .screen();
    assert!(palette.contains("Exotic Liquids"), "{palette}");
    harness.keys("g h");
    let form = harness.keys("g v o").screen();
    assert!(form.contains("New supplier"), "{form}");
    let asked = harness.keys("Esc d d").screen();
    assert!(
        asked.contains("delete supplier 1 (Exotic Liquids)? (y/n)"),
        "{asked}"
    );
}
