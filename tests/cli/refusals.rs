//! Input kontor refuses, through the real binary: each refusal is one line naming what is
//! wrong (exit 2) and writes nothing. Unknown customers in list filters, search text too
//! long to search, currencies that are not ISO 4217, malformed e-mails, `|` inside a list
//! value (the export's list separator), amounts whose thousands separator is ambiguous
//! and amounts finer than their currency's minor unit.

use crate::common;

use common::*;

#[test]
fn filtering_on_an_unknown_customer_is_an_error_like_logging_for_one() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Known AG"]);
    let log: Vec<&str> = "interaction log --customer 999 --channel note --subject s"
        .split(' ')
        .collect();
    let logged = fails(&db, &log, 2);
    assert!(logged.contains("customer 999 does not exist"), "{logged}");
    for list in [
        ["interaction", "list", "--customer", "999"],
        ["opportunity", "list", "--customer", "999"],
    ] {
        let error = fails(&db, &list, 2);
        assert_eq!(error, logged, "{list:?}");
    }
    assert!(json_list(&db, &["interaction", "list", "--customer", "1"]).is_empty());
    assert!(json_list(&db, &["opportunity", "list", "--customer", "1"]).is_empty());
}

#[test]
fn currencies_must_be_iso_4217_codes() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Währung KG"]);
    let add = ["opportunity", "add", "--customer", "1", "--title", "t"];
    let error = fails(
        &db,
        &[&add[..], &["--amount", "10", "--currency", "ZZZ"]].concat(),
        2,
    );
    assert!(
        error.contains("\"ZZZ\" is not an ISO 4217 currency code"),
        "{error}"
    );
    assert!(json_list(&db, &["opportunity", "list"]).is_empty());
    let error = fails(&db, &["settings", "currency", "ZZZ"], 2);
    assert!(error.contains("ISO 4217"), "{error}");
    let yen = json(
        &db,
        &[&add[..], &["--amount", "1234", "--currency", "jpy"]].concat(),
    );
    assert_eq!(
        (text(&yen, "amount"), text(&yen, "currency")),
        ("1234", "JPY")
    );
    let dinar = json(
        &db,
        &[&add[..], &["--amount", "12.5", "--currency", "KWD"]].concat(),
    );
    assert_eq!(text(&dinar, "amount"), "12.500");
}

#[test]
fn money_finer_than_its_currency_allows_is_refused_not_rounded() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Cent GmbH"]);
    let add = ["opportunity", "add", "--customer", "1", "--title", "t"];
    for (amount, currency, message) in [
        (
            "1.234,565",
            "EUR",
            "EUR takes at most 2 decimals: write 1234.57",
        ),
        ("1234.5", "JPY", "JPY takes no decimals: write 1235"),
        ("1.0005", "KWD", "KWD takes at most 3 decimals: write 1.001"),
    ] {
        let flags = ["--amount", amount, "--currency", currency];
        let error = fails(&db, &[&add[..], &flags].concat(), 2);
        assert!(error.contains(&format!("amount: {message}")), "{error}");
        assert_eq!(error.lines().count(), 1, "{error}");
    }
    assert!(json_list(&db, &["opportunity", "list"]).is_empty());
    let id = int(&json(&db, &[&add[..], &["--amount", "10"]].concat()), "id").to_string();
    let error = fails(&db, &["opportunity", "edit", &id, "--amount", "0.125"], 2);
    assert!(error.contains("write 0.13"), "{error}");
    let shown = json_list(&db, &["opportunity", "list"]);
    assert_eq!(text(&shown[0], "amount"), "10.00");

    let item = ["item", "add", "--sku", "S", "--name", "Schraube"];
    for flag in ["--price", "--cost"] {
        let error = fails(&db, &[&item[..], &[flag, "0.004"]].concat(), 2);
        let field = flag.trim_start_matches('-');
        assert!(
            error.contains(&format!(
                "{field}: EUR takes at most 2 decimals: write 0.00"
            )),
            "{error}"
        );
    }
    assert!(json_list(&db, &["item", "list"]).is_empty());
    ok(&db, &[&item[..], &["--price", "0.05"]].concat());
    let error = fails(&db, &["item", "edit", "S", "--price", "0.055"], 2);
    assert!(
        error.contains("price: EUR takes at most 2 decimals: write 0.06"),
        "{error}"
    );

    let employee = [
        "employee",
        "add",
        "--number",
        "E1",
        "--name",
        "Erika",
        "--joined",
        "2026-01-01",
    ];
    let error = fails(
        &db,
        &[&employee[..], &["--salary", "3.000,005"]].concat(),
        2,
    );
    assert!(
        error.contains("salary: EUR takes at most 2 decimals: write 3000.01"),
        "{error}"
    );
    assert!(json_list(&db, &["employee", "list"]).is_empty());
    // An hourly rate is not an amount paid: it may be finer (15.125 an hour).
    ok(&db, &[&employee[..], &["--hourly", "15.125"]].concat());
}

#[test]
fn malformed_emails_are_refused_and_real_ones_kept() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for bad in ["a@b.de,", "a@b..de", "a@b.de."] {
        let error = fails(&db, &["customer", "add", "--name", "X", "--email", bad], 2);
        assert!(error.contains("is not an e-mail address"), "{bad}: {error}");
    }
    let good = ["anna+crm@mail.example.de", "info@müller-bäckerei.de"];
    let customer = json(
        &db,
        &[
            "customer", "add", "--name", "Y", "--email", good[0], "--email", good[1],
        ],
    );
    assert_eq!(strings(&customer, "email"), good);
    assert_eq!(json_list(&db, &["customer", "list"]).len(), 1);
}

#[test]
fn a_bar_inside_one_value_of_a_list_field_is_refused_naming_the_field() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for (flag, value, field) in [
        ("--tag", "a|b", "tags"),
        ("--contact", "X|Y", "contact"),
        ("--contact", "X:Chef|Y", "contact"),
        ("--email", "a@b.de|c@d.de", "email"),
        ("--street", "Hauptstr. 1|2", "street"),
    ] {
        let error = fails(&db, &["customer", "add", "--name", "N", flag, value], 2);
        assert!(
            error.contains(&format!("{field}: \"{value}\" contains \"|\"")),
            "{flag} {value}: {error}"
        );
    }
    assert!(json_list(&db, &["customer", "list"]).is_empty());
    add_customer(&db, &["--name", "N", "--tag", "a", "--contact", "X:Chef"]);
    for (flag, value, field) in [
        ("--add-tag", "a|b", "tags"),
        ("--add-contact", "Y|Z", "contact"),
        ("--city", "Köln|Bonn", "city"),
    ] {
        let error = fails(&db, &["customer", "edit", "1", flag, value], 2);
        assert!(
            error.contains(&format!("{field}: ")),
            "{flag} {value}: {error}"
        );
        assert!(error.contains("contains \"|\""), "{flag} {value}: {error}");
    }
    let customer = json(&db, &["customer", "show", "1"]);
    assert_eq!(int(&customer, "version"), 1);
    assert_eq!(strings(&customer, "tags"), ["a"]);
}

#[test]
fn amounts_with_an_ambiguous_thousands_separator_are_refused_but_quantities_are_decimal() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Zahl AG"]);
    let add = [
        "opportunity",
        "add",
        "--customer",
        "1",
        "--title",
        "t",
        "--amount",
    ];
    for amount in ["1.200", "1,200"] {
        let error = fails(&db, &[&add[..], &[amount]].concat(), 2);
        assert!(error.contains("write 1200 or 1.20"), "{amount}: {error}");
    }
    let item = [
        "item", "add", "--sku", "MEHL", "--name", "Mehl", "--uom", "kg",
    ];
    let error = fails(&db, &[&item[..], &["--price", "2,500"]].concat(), 2);
    assert!(
        error.contains("price: \"2,500\" is ambiguous: write 2500 or 2.50"),
        "{error}"
    );
    assert!(json_list(&db, &["opportunity", "list"]).is_empty());
    for (amount, stored) in [
        ("0.12", "0.12"),
        ("1.20", "1.20"),
        ("1,20", "1.20"),
        ("1.234.567", "1234567.00"),
    ] {
        let added = json(&db, &[&add[..], &[amount]].concat());
        assert_eq!(text(&added, "amount"), stored, "{amount}");
    }
    ok(&db, &[&item[..], &["--price", "2,50"]].concat());
    ok(&db, &["stock", "receive", "MEHL", "1.250"]);
    let balance = json_list(&db, &["stock", "balance", "MEHL"]);
    assert_eq!(text(&balance[0], "quantity"), "1.25", "{balance:?}");
}
