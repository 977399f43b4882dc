//! The sales terms of customers and the VAT category of items, through the command line on
//! temporary databases: every flag added, edited and read back as JSON; the refusals (a
//! VAT ID missing where the treatment needs one, a VAT ID of the wrong shape, exempt
//! without a reason, a reason without exempt), each one `kontor:` line with exit 2 and
//! nothing written; an export → import round trip keeping the new columns; the choice
//! words typed and shown in German.

use std::path::Path;

use serde_json::Value;

use crate::common::{
    Scratch, add_customer, fails, json, json_list, ok, read_csv, run, run_binary, s, text,
};

fn flag(object: &Value, field: &str) -> bool {
    object[field]
        .as_bool()
        .unwrap_or_else(|| panic!("{field} is not a boolean: {object}"))
}

fn customer(db: &Path, id: i64) -> Value {
    json(db, &["customer", "show", &id.to_string()])
}

#[test]
fn a_customer_without_the_new_flags_has_the_defaults() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = add_customer(&db, &["--name", "Alfreds Futterkiste"]);
    let shown = customer(&db, id);
    assert_eq!(text(&shown, "credit_limit"), "");
    assert_eq!(text(&shown, "tax_treatment"), "domestic");
    assert_eq!(text(&shown, "vat_id"), "");
    assert!(flag(&shown, "partial_deliveries"));
    assert!(flag(&shown, "backorders"));
}

#[test]
fn the_binary_refuses_an_eu_treatment_without_a_vat_id_with_exit_2() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let refused = run_binary(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "A",
            "--tax-treatment",
            "intra-eu",
        ],
    );
    assert_eq!(refused.code, 2, "{refused:?}");
    assert_eq!(
        refused.stderr.trim_end(),
        "kontor: vat_id: a customer taxed intra-eu needs a VAT ID"
    );
    let added = run_binary(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "A",
            "--tax-treatment",
            "intra-eu",
            "--vat-id",
            "DE123456789",
            "--format",
            "json",
        ],
    );
    assert_eq!(added.code, 0, "{added:?}");
    assert_eq!(text(&added.json(), "vat_id"), "DE123456789");
}

#[test]
fn every_sales_flag_is_added_edited_and_read_back() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = add_customer(
        &db,
        &[
            "--name",
            "Bon app'",
            "--credit-limit",
            "25000",
            "--tax-treatment",
            "intra-eu",
            "--vat-id",
            "fr 12 345 678 901",
            "--partial-deliveries",
            "no",
            "--backorders",
            "no",
        ],
    );
    let shown = customer(&db, id);
    assert_eq!(text(&shown, "credit_limit"), "25000.00");
    assert_eq!(text(&shown, "tax_treatment"), "intra-eu");
    assert_eq!(text(&shown, "vat_id"), "FR12345678901");
    assert!(!flag(&shown, "partial_deliveries"));
    assert!(!flag(&shown, "backorders"));

    let key = id.to_string();
    let edited = json(
        &db,
        &[
            "customer",
            "edit",
            &key,
            "--credit-limit",
            "1234.5",
            "--tax-treatment",
            "reverse-charge",
            "--vat-id",
            "ATU12345678",
            "--partial-deliveries",
            "yes",
        ],
    );
    assert_eq!(text(&edited, "credit_limit"), "1234.50");
    assert_eq!(text(&edited, "tax_treatment"), "reverse-charge");
    assert_eq!(text(&edited, "vat_id"), "ATU12345678");
    assert!(flag(&edited, "partial_deliveries"));
    assert!(!flag(&edited, "backorders"), "not given, kept");
    assert_eq!(edited["version"], 2);

    // Empty values go back to the defaults: no limit, domestic, no VAT ID.
    let cleared = json(
        &db,
        &[
            "customer",
            "edit",
            &key,
            "--credit-limit",
            "",
            "--tax-treatment",
            "export",
            "--vat-id",
            "",
            "--backorders",
            "yes",
        ],
    );
    assert_eq!(text(&cleared, "credit_limit"), "");
    assert_eq!(text(&cleared, "tax_treatment"), "export");
    assert_eq!(text(&cleared, "vat_id"), "");
    assert!(flag(&cleared, "backorders"));
    assert_eq!(
        customer(&db, id),
        cleared,
        "what the edit printed is stored"
    );
}

#[test]
fn the_vat_id_is_required_for_eu_treatments_and_checked_for_shape() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for treatment in ["intra-eu", "reverse-charge"] {
        let error = fails(
            &db,
            &[
                "customer",
                "add",
                "--name",
                "A",
                "--tax-treatment",
                treatment,
            ],
            2,
        );
        assert_eq!(
            error,
            format!("kontor: vat_id: a customer taxed {treatment} needs a VAT ID")
        );
    }
    for bad in [
        "123456789",
        "US123456789",
        "DE1",
        "DE12345678901234",
        "DE12_345",
    ] {
        let error = fails(
            &db,
            &[
                "customer",
                "add",
                "--name",
                "A",
                "--tax-treatment",
                "intra-eu",
                "--vat-id",
                bad,
            ],
            2,
        );
        assert_eq!(
            error,
            format!(
                "kontor: vat_id: \"{bad}\" is not a VAT ID: an EU country prefix and 2 to 13 \
                 letters or digits, e.g. DE123456789"
            ),
            "one problem, not a second about the missing VAT ID"
        );
    }
    let error = fails(
        &db,
        &["customer", "add", "--name", "A", "--credit-limit", "-5"],
        2,
    );
    assert_eq!(
        error,
        "kontor: credit_limit: a credit limit cannot be negative"
    );
    let error = fails(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "A",
            "--tax-treatment",
            "abroad",
        ],
        2,
    );
    assert!(error.starts_with("kontor: tax_treatment: "), "{error}");
    assert!(
        error.contains("domestic, intra-eu, reverse-charge, export"),
        "{error}"
    );
    assert!(
        json_list(&db, &["customer", "list"]).is_empty(),
        "nothing written"
    );

    // An edit that drops the VAT ID an EU treatment needs is refused and changes nothing.
    let id = add_customer(
        &db,
        &[
            "--name",
            "B",
            "--tax-treatment",
            "intra-eu",
            "--vat-id",
            "DE123456789",
        ],
    );
    let before = customer(&db, id);
    let error = fails(
        &db,
        &["customer", "edit", &id.to_string(), "--vat-id", ""],
        2,
    );
    assert_eq!(
        error,
        "kontor: vat_id: a customer taxed intra-eu needs a VAT ID"
    );
    assert_eq!(customer(&db, id), before);
}

#[test]
fn items_carry_a_vat_category_and_exempt_needs_its_reason() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let plain = json(&db, &["item", "add", "--sku", "CHAI", "--name", "Chai"]);
    assert_eq!(text(&plain, "vat"), "standard");
    assert_eq!(text(&plain, "vat_reason"), "");
    let error = fails(
        &db,
        &[
            "item", "add", "--sku", "DOC", "--name", "Visit", "--vat", "exempt",
        ],
        2,
    );
    assert_eq!(
        error,
        "kontor: vat_reason: an exempt supply needs the reason it is exempt"
    );
    let error = fails(
        &db,
        &[
            "item",
            "add",
            "--sku",
            "DOC",
            "--name",
            "Visit",
            "--vat-reason",
            "§ 4 Nr. 14 UStG",
        ],
        2,
    );
    assert_eq!(
        error,
        "kontor: vat_reason: only an exempt supply takes a reason, not standard"
    );
    let error = fails(
        &db,
        &[
            "item", "add", "--sku", "DOC", "--name", "Visit", "--vat", "half",
        ],
        2,
    );
    assert!(error.starts_with("kontor: vat: "), "{error}");
    assert_eq!(
        json_list(&db, &["item", "list"]).len(),
        1,
        "nothing written"
    );

    let exempt = json(
        &db,
        &[
            "item",
            "add",
            "--sku",
            "DOC",
            "--name",
            "Visit",
            "--vat",
            "exempt",
            "--vat-reason",
            "§ 4 Nr. 14 UStG",
        ],
    );
    assert_eq!(text(&exempt, "vat"), "exempt");
    assert_eq!(text(&exempt, "vat_reason"), "§ 4 Nr. 14 UStG");
    // Another category drops the reason with it; exempt again needs one again.
    let reduced = json(&db, &["item", "edit", "DOC", "--vat", "reduced"]);
    assert_eq!(text(&reduced, "vat"), "reduced");
    assert_eq!(text(&reduced, "vat_reason"), "");
    let error = fails(&db, &["item", "edit", "DOC", "--vat", "exempt"], 2);
    assert!(error.contains("needs the reason"), "{error}");
    let unchanged = json(&db, &["item", "edit", "CHAI", "--name", "Chai tea"]);
    assert_eq!(text(&unchanged, "vat"), "standard");
}

#[test]
fn an_export_and_import_keep_the_sales_terms_and_the_vat_categories() {
    let scratch = Scratch::new();
    let a = scratch.db("a");
    add_customer(
        &a,
        &[
            "--name",
            "Bon app'",
            "--credit-limit",
            "7500.25",
            "--tax-treatment",
            "reverse-charge",
            "--vat-id",
            "FR12345678901",
            "--backorders",
            "no",
        ],
    );
    add_customer(
        &a,
        &["--name", "Around the Horn", "--tax-treatment", "export"],
    );
    ok(
        &a,
        &[
            "item", "add", "--sku", "CHAI", "--name", "Chai", "--vat", "reduced",
        ],
    );
    ok(
        &a,
        &[
            "item",
            "add",
            "--sku",
            "DOC",
            "--name",
            "Visit",
            "--vat",
            "exempt",
            "--vat-reason",
            "§ 4 Nr. 14 UStG",
        ],
    );
    let customers = scratch.path().join("customers.csv");
    let items = scratch.path().join("items.csv");
    ok(&a, &["export", "customers", "--out", s(&customers)]);
    ok(&a, &["export", "items", "--out", s(&items)]);

    let (header, rows) = read_csv(&customers);
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let terms: Vec<Vec<&str>> = rows
        .iter()
        .map(|row| {
            [
                "credit_limit",
                "tax_treatment",
                "vat_id",
                "partial_deliveries",
                "backorders",
            ]
            .map(|name| row[column(name)].as_str())
            .to_vec()
        })
        .collect();
    assert_eq!(
        terms,
        [
            [
                "7500.25",
                "reverse-charge",
                "FR12345678901",
                "true",
                "false"
            ],
            ["", "export", "", "true", "true"],
        ]
    );
    let (header, rows) = read_csv(&items);
    let vat = header.iter().position(|h| h == "vat").unwrap();
    let reason = header.iter().position(|h| h == "vat_reason").unwrap();
    let categories: Vec<(&str, &str)> = rows
        .iter()
        .map(|row| (row[vat].as_str(), row[reason].as_str()))
        .collect();
    assert_eq!(categories, [("reduced", ""), ("exempt", "§ 4 Nr. 14 UStG")]);

    let b = scratch.db("b");
    ok(&b, &["import", "customers", s(&customers)]);
    ok(&b, &["import", "items", s(&items)]);
    let again = (
        scratch.path().join("customers-again.csv"),
        scratch.path().join("items-again.csv"),
    );
    ok(&b, &["export", "customers", "--out", s(&again.0)]);
    ok(&b, &["export", "items", "--out", s(&again.1)]);
    assert_eq!(
        std::fs::read(&customers).unwrap(),
        std::fs::read(&again.0).unwrap()
    );
    assert_eq!(
        std::fs::read(&items).unwrap(),
        std::fs::read(&again.1).unwrap()
    );
}

#[test]
fn german_choice_words_are_read_and_shown() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let added = json(
        &db,
        &[
            "--lang",
            "de",
            "customer",
            "add",
            "--name",
            "Müller GmbH",
            "--credit-limit",
            "12.500,50",
            "--tax-treatment",
            "Innergemeinschaftlich",
            "--vat-id",
            "DE123456789",
            "--partial-deliveries",
            "nein",
            "--backorders",
            "ja",
        ],
    );
    assert_eq!(
        text(&added, "tax_treatment"),
        "intra-eu",
        "json stays machine words"
    );
    assert_eq!(text(&added, "credit_limit"), "12500.50");
    assert!(!flag(&added, "partial_deliveries"));
    assert!(flag(&added, "backorders"));
    let item = json(
        &db,
        &[
            "--lang",
            "de",
            "item",
            "add",
            "--sku",
            "TEE",
            "--name",
            "Tee",
            "--vat",
            "ermäßigt",
        ],
    );
    assert_eq!(text(&item, "vat"), "reduced");

    let shown = run(&db, &["--lang", "de", "customer", "show", "1"]);
    assert_eq!(shown.code, 0, "{shown:?}");
    for line in [
        "Kreditlimit",
        "12.500,50",
        "Besteuerung",
        "innergemeinschaftlich",
        "USt-IdNr.",
        "Teillieferungen",
        "Rückstände",
    ] {
        assert!(
            shown.stdout.contains(line),
            "{line} missing:\n{}",
            shown.stdout
        );
    }
    let shown = run(&db, &["--lang", "de", "item", "show", "TEE"]);
    assert!(shown.stdout.contains("ermäßigt"), "{}", shown.stdout);
    let refused = run(
        &db,
        &[
            "--lang",
            "de",
            "customer",
            "add",
            "--name",
            "X",
            "--tax-treatment",
            "Ausland",
        ],
    );
    assert_eq!(refused.code, 2);
    assert!(
        refused
            .stderr
            .contains("Inland, innergemeinschaftlich, Reverse-Charge, Ausfuhr"),
        "{}",
        refused.stderr
    );
}
