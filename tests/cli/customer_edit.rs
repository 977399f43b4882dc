//! `customer edit` with empty values and with nothing to change, through the real binary:
//! an empty name is refused, an empty optional field is cleared, and an edit that changes
//! nothing leaves the record and its version as they were.

use crate::common;

use common::*;

fn full_customer(db: &std::path::Path) -> String {
    let flags = [
        "--name",
        "Voll GmbH",
        "--owner",
        "anna",
        "--notes",
        "VIP",
        "--street",
        "Weg 1",
        "--city",
        "Berlin",
        "--country",
        "DE",
    ];
    add_customer(db, &flags).to_string()
}

#[test]
fn an_empty_name_is_refused_and_nothing_changes() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = full_customer(&db);
    let before = json(&db, &["customer", "show", &id]);
    let error = fails(&db, &["customer", "edit", &id, "--name", ""], 2);
    assert_eq!(error, "kontor: name: must not be empty");
    assert_eq!(
        fails(&db, &["customer", "edit", &id, "--name", "  "], 2),
        error
    );
    assert_eq!(json(&db, &["customer", "show", &id]), before);
}

#[test]
fn empty_optional_fields_are_cleared() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = full_customer(&db);
    let edit = ["customer", "edit", &id, "--owner", "", "--notes", ""];
    let address = ["--street", "", "--city", "", "--country", ""];
    let edited = json(&db, &[&edit[..], &address].concat());
    for field in ["owner", "notes", "street", "city", "country"] {
        assert_eq!(text(&edited, field), "", "{field}");
    }
    assert_eq!(text(&edited, "name"), "Voll GmbH");
    assert_eq!(int(&edited, "version"), 2);
    assert_eq!(json(&db, &["customer", "show", &id]), edited);
}

#[test]
fn an_edit_that_changes_nothing_keeps_the_version() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = full_customer(&db);
    let before = json(&db, &["customer", "show", &id]);
    for same in [
        &["customer", "edit", &id][..],
        &[
            "customer",
            "edit",
            &id,
            "--name",
            "Voll GmbH",
            "--city",
            "Berlin",
        ],
    ] {
        assert_eq!(json(&db, same), before, "{same:?}");
    }
    assert_eq!(json(&db, &["customer", "show", &id]), before);
    let changed = json(&db, &["customer", "edit", &id, "--city", "Bonn"]);
    assert_eq!(int(&changed, "version"), 2);
}
