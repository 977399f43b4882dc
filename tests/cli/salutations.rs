//! Stored salutations on the command line: gender, academic title and surname of a person
//! customer and of contacts — set on add, changed and cleared on edit (one contact by
//! `--salute-contact`), refused for a company and for a gender nobody knows, exported as
//! columns and imported back, and greeting in `mailing preview` ("Sehr geehrte Frau Dr.
//! Müller,") in German and English.

use std::path::Path;

use serde_json::Value;

use crate::common::{Scratch, add_customer, fails, json, ok, read_csv, s, strings, text};

fn show(db: &Path, id: i64) -> Value {
    json(db, &["customer", "show", &id.to_string()])
}

/// A shown customer's own gender, title and surname.
fn own(shown: &Value) -> (&str, &str, &str) {
    let field = |name| text(shown, name);
    (field("gender"), field("title"), field("surname"))
}

#[test]
fn a_person_and_contacts_keep_gender_title_and_surname() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let anna = add_customer(
        &db,
        &[
            "--name",
            "Anna Müller",
            "--kind",
            "person",
            "--gender",
            "w",
            "--title",
            " Dr. ",
        ],
    );
    let shown = show(&db, anna);
    assert_eq!(own(&shown), ("female", "Dr.", ""));
    let id = anna.to_string();
    ok(
        &db,
        &[
            "customer",
            "edit",
            &id,
            "--title",
            "",
            "--surname",
            "Müller-Lüdenscheidt",
        ],
    );
    let shown = show(&db, anna);
    assert_eq!(own(&shown), ("female", "", "Müller-Lüdenscheidt"));
    ok(&db, &["customer", "edit", &id, "--gender", "divers"]);
    assert_eq!(
        text(&show(&db, anna), "gender"),
        "",
        "divers greets neutrally"
    );

    let error = fails(&db, &["customer", "edit", &id, "--gender", "sometimes"], 2);
    assert!(
        error.contains("gender") && error.contains("sometimes"),
        "{error}"
    );
    let error = fails(
        &db,
        &["customer", "add", "--name", "Weber GmbH", "--gender", "m"],
        2,
    );
    assert!(error.contains("company"), "{error}");

    let weber = add_customer(
        &db,
        &[
            "--name",
            "Weber Bau GmbH",
            "--contact",
            "Jan Weber:Einkauf",
            "--contact-gender",
            "m",
            "--contact-title",
            "Prof. Dr.",
            // Values go to the contacts in order: the n-th of a flag is the n-th contact's.
            "--contact-surname",
            "",
            "--contact",
            "Ursula von der Leyen",
            "--contact-gender",
            "f",
            "--contact-title",
            "",
            "--contact-surname",
            "von der Leyen",
        ],
    );
    let shown = show(&db, weber);
    assert_eq!(strings(&shown, "contact_gender"), ["male", "female"]);
    assert_eq!(strings(&shown, "contact_title"), ["Prof. Dr.", ""]);
    assert_eq!(strings(&shown, "contact_surname"), ["", "von der Leyen"]);
    let id = weber.to_string();
    ok(
        &db,
        &[
            "customer",
            "edit",
            &id,
            "--salute-contact",
            "jan weber:unknown",
        ],
    );
    let shown = show(&db, weber);
    assert_eq!(strings(&shown, "contact_gender"), ["", "female"]);
    assert_eq!(strings(&shown, "contact_title"), ["", ""]);
    assert_eq!(
        strings(&shown, "contact_role"),
        ["Einkauf", ""],
        "the role stays"
    );
    let error = fails(
        &db,
        &["customer", "edit", &id, "--salute-contact", "Eva:f"],
        2,
    );
    assert!(error.contains("Eva"), "{error}");
    // Contacts given again keep their salutation unless it is given too.
    ok(
        &db,
        &[
            "customer",
            "edit",
            &id,
            "--contact",
            "Jan Weber",
            "--contact",
            "Ursula von der Leyen",
        ],
    );
    assert_eq!(
        strings(&show(&db, weber), "contact_surname"),
        ["", "von der Leyen"]
    );
}

#[test]
fn export_writes_the_columns_and_import_reads_them_back() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(
        &db,
        &[
            "--name",
            "Anna Müller",
            "--kind",
            "person",
            "--gender",
            "female",
            "--title",
            "Dr.",
            "--surname",
            "Müller",
        ],
    );
    add_customer(
        &db,
        &[
            "--name",
            "Weber Bau GmbH",
            "--contact",
            "Jan Weber",
            "--contact-gender",
            "male",
            "--contact-title",
            "Prof. Dr.",
            "--contact",
            "Eva Weber",
            "--contact-gender",
            "female",
        ],
    );
    let file = scratch.path().join("customers.csv");
    ok(&db, &["export", "customers", "--out", s(&file)]);
    let (header, rows) = read_csv(&file);
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name} in {header:?}"))
    };
    let cell = |row: usize, name: &str| rows[row][column(name)].clone();
    assert_eq!(
        (cell(0, "gender"), cell(0, "title"), cell(0, "surname")),
        (
            "female".to_string(),
            "Dr.".to_string(),
            "Müller".to_string()
        )
    );
    assert_eq!(cell(1, "gender"), "");
    assert_eq!(cell(1, "contact_gender"), "male|female");
    assert_eq!(cell(1, "contact_title"), "Prof. Dr.|");
    assert_eq!(cell(1, "contact_surname"), "|");

    let again = scratch.db("again");
    ok(&again, &["import", "customers", s(&file)]);
    let second = scratch.path().join("again.csv");
    ok(&again, &["export", "customers", "--out", s(&second)]);
    assert_eq!(read_csv(&second), read_csv(&file), "the same rows again");

    // A spreadsheet of its own: German words for the gender.
    let sheet = scratch.file(
        "sheet.csv",
        "name,kind,gender,title,contact,contact_gender\n\
         Jan Weber,person,männlich,Prof. Dr.,,\n\
         Bau AG,company,,,Eva Roth,weiblich\n"
            .as_bytes(),
    );
    let third = scratch.db("third");
    ok(&third, &["import", "customers", s(&sheet)]);
    let jan = show(&third, 1);
    assert_eq!(
        (text(&jan, "gender"), text(&jan, "title")),
        ("male", "Prof. Dr.")
    );
    assert_eq!(strings(&show(&third, 2), "contact_gender"), ["female"]);
}

/// The mailing `{salutation}` to tag `news`; its id.
fn add_mailing(db: &Path) -> String {
    let added = json(
        db,
        &[
            "mailing",
            "add",
            "--name",
            "Winter",
            "--subject",
            "News",
            "--body",
            "{salutation}\n\nNews.\n{unsubscribe_url}\n",
            "--tag",
            "news",
        ],
    );
    added["id"].as_u64().unwrap().to_string()
}

#[test]
fn a_mailing_greets_by_the_stored_salutation() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(
        &db,
        &[
            "settings",
            "marketing_link_base",
            "https://crm.kontor.example/",
        ],
    );
    add_customer(
        &db,
        &[
            "--name",
            "Anna Müller",
            "--kind",
            "person",
            "--gender",
            "f",
            "--title",
            "Dr.",
            "--email",
            "anna@example.org",
            "--tag",
            "news",
        ],
    );
    add_customer(
        &db,
        &[
            "--name",
            "Weber Bau GmbH",
            "--tag",
            "news",
            "--contact",
            "Jan Weber",
            "--contact-gender",
            "m",
            "--contact-email",
            "jan@weber.example",
            "--contact-title",
            "",
            "--contact-surname",
            "",
            "--contact",
            "Ursula von der Leyen",
            "--contact-gender",
            "f",
            "--contact-title",
            "Prof. Dr.",
            "--contact-surname",
            "von der Leyen",
            "--contact-email",
            "uvdl@weber.example",
            "--contact",
            "Alex Roth",
            "--contact-email",
            "alex@weber.example",
        ],
    );
    let id = add_mailing(&db);
    let preview = |to: &str, lang: &str| {
        ok(
            &db,
            &["mailing", "preview", &id, "--to", to, "--lang", lang],
        )
    };
    for (to, german, english) in [
        (
            "anna@example.org",
            "Sehr geehrte Frau Dr. Müller,",
            "Dear Dr Müller,",
        ),
        (
            "jan@weber.example",
            "Sehr geehrter Herr Weber,",
            "Dear Mr Weber,",
        ),
        (
            "uvdl@weber.example",
            "Sehr geehrte Frau Prof. Dr. von der Leyen,",
            "Dear Prof Dr von der Leyen,",
        ),
        (
            "alex@weber.example",
            "Guten Tag Alex Roth,",
            "Hello Alex Roth,",
        ),
    ] {
        let shown = preview(to, "de");
        assert!(shown.contains(german), "{to}: {shown}");
        let shown = preview(to, "en");
        assert!(shown.contains(english), "{to}: {shown}");
    }
}
