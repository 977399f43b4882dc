//! Quotes on the command line: gapless `AN-` numbers (a refusal — before or inside the
//! writing transaction — consumes none), lines priced by the customer's price rules, a
//! mixed 19 % / 7 % quote whose totals are worked out by hand here, draft → sent →
//! accepted → converted into an order with the opportunity won, the refusals naming the
//! state, expiry by the validity date, and the German table.

use crate::common;

use common::{Scratch, fails, json, json_list, ok, run, run_binary_with, text};
use rust_decimal::dec;
use serde_json::Value;
use std::path::Path;

use super::orders::decimal;

/// The shop of the order tests, and a price rule: 9.00 for CH-001 to Müller (K-1).
fn shop(db: &Path) {
    super::orders::shop(db);
    ok(
        db,
        &[
            "price",
            "set",
            "CH-001",
            "--customer",
            "K-1",
            "--price",
            "9.00",
        ],
    );
}

/// Adds an opportunity for customer `customer` (an id) at `stage`.
fn opportunity(db: &Path, customer: &str, stage: &str) {
    ok(
        db,
        &[
            "opportunity",
            "add",
            "--customer",
            customer,
            "--title",
            "Tee",
            "--amount",
            "100",
            "--stage",
            stage,
        ],
    );
}

/// Adds a quote for `customer` with `lines` (each a `--line`) and returns it as json.
fn add(db: &Path, customer: &str, lines: &[&str], more: &[&str]) -> Value {
    let mut args = vec!["quote", "add", "--customer", customer];
    for line in lines {
        args.extend(["--line", line]);
    }
    args.extend(more);
    json(db, &args)
}

#[test]
fn numbers_are_consecutive_and_a_refused_add_takes_none() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    opportunity(&db, "2", "qualification");
    let first = add(&db, "K-1", &["CH-001:1"], &[]);
    fails(
        &db,
        &["quote", "add", "--customer", "K-1", "--line", "NOPE:1"],
        2,
    );
    // Refused inside the writing transaction: opportunity 1 is Alfreds', not Müller's.
    let inside = fails(
        &db,
        &[
            "quote",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:1",
            "--opportunity",
            "1",
        ],
        2,
    );
    assert!(inside.contains("opportunity 1"), "{inside}");
    let second = add(&db, "K-2", &["BK-1:1"], &[]);
    fails(
        &db,
        &["quote", "add", "--customer", "K-9", "--line", "CH-001:1"],
        2,
    );
    let third = add(&db, "K-1", &["CH-001:2"], &[]);
    let numbers: Vec<&str> = [&first, &second, &third]
        .iter()
        .map(|quote| text(quote, "number"))
        .collect();
    assert_eq!(numbers, ["AN-2026-00001", "AN-2026-00002", "AN-2026-00003"]);
    let listed = json_list(&db, &["quote", "list"]);
    let listed: Vec<&str> = listed.iter().map(|q| text(q, "number")).collect();
    assert_eq!(listed, numbers);
    let of_alfreds = json_list(&db, &["quote", "list", "--customer", "K-2"]);
    assert_eq!(of_alfreds.len(), 1);
    assert_eq!(text(&of_alfreds[0], "number"), "AN-2026-00002");
    ok(&db, &["check"]);
}

#[test]
fn a_mixed_quote_totals_per_vat_group_as_worked_out_by_hand() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let quote = add(
        &db,
        "K-1",
        &[
            "CH-001:3",
            "BK-1:2::10%:reduced",
            "CH-001:1:0.13:0:standard",
            "CH-001:1:0.13",
            "CH-001:1:0.13",
        ],
        &["--valid-until", "2026-12-31"],
    );
    let lines = quote["lines"].as_array().unwrap();
    // Line 1: Müller's rule, 9.00; 3 × 9.00 = 27.00.
    assert_eq!(decimal(&lines[0]["unit_price"]), dec!(9.00));
    assert_eq!(decimal(&lines[0]["net"]), dec!(27.00));
    assert_eq!(text(&lines[0], "price_rule"), "1");
    assert_eq!(text(&lines[1], "price_rule"), "");
    // Line 2: list price 24.99; 2 × 24.99 × 0.90 = 44.982 → 44.98, reduced.
    assert_eq!(decimal(&lines[1]["unit_price"]), dec!(24.99));
    assert_eq!(decimal(&lines[1]["net"]), dec!(44.98));
    assert_eq!(text(&lines[1], "vat"), "reduced");
    // Lines 3–5: typed 0.13 each.
    assert_eq!(decimal(&lines[2]["net"]), dec!(0.13));
    assert_eq!(text(&lines[4], "vat"), "standard");
    let totals = &quote["totals"];
    let groups = totals["breakdown"].as_array().unwrap();
    // Standard: 27.00 + 3 × 0.13 = 27.39; × 19 % = 5.2041 → 5.20, rounded once for the
    // group (per line it would be 5.13 + 3 × 0.02 = 5.19). Reduced: 44.98 × 7 % = 3.1486
    // → 3.15.
    assert_eq!(text(&groups[0], "name"), "standard");
    assert_eq!(decimal(&groups[0]["rate"]), dec!(19));
    assert_eq!(decimal(&groups[0]["net"]), dec!(27.39));
    assert_eq!(decimal(&groups[0]["vat"]), dec!(5.20));
    assert_eq!(groups[0]["lines"], serde_json::json!([1, 3, 4, 5]));
    assert_eq!(text(&groups[1], "name"), "reduced");
    assert_eq!(decimal(&groups[1]["rate"]), dec!(7));
    assert_eq!(decimal(&groups[1]["net"]), dec!(44.98));
    assert_eq!(decimal(&groups[1]["vat"]), dec!(3.15));
    // Net 27.39 + 44.98 = 72.37; VAT 5.20 + 3.15 = 8.35; gross 80.72.
    assert_eq!(decimal(&totals["net"]), dec!(72.37));
    assert_eq!(decimal(&totals["vat"]), dec!(8.35));
    assert_eq!(decimal(&totals["gross"]), dec!(80.72));
    assert_eq!(text(&quote, "valid_until"), "2026-12-31");
    assert_eq!(text(&quote, "state"), "draft");
    let table = ok(&db, &["quote", "show", "AN-2026-00001"]);
    assert!(table.contains("Gross: 80.72 EUR"), "{table}");
    let german = ok(&db, &["quote", "show", "AN-2026-00001", "--lang", "de"]);
    for said in [
        "Brutto: 80,72 €",
        "MwSt.:  8,35 €",
        "Netto:  72,37 €",
        "Entwurf",
        "Gültig bis",
        "31.12.2026",
        "ermäßigt",
        "44,98",
    ] {
        assert!(german.contains(said), "{said} missing in:\n{german}");
    }
}

#[test]
fn free_text_lines_and_a_typed_price_keep_the_currencys_cents() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let quote = json(
        &db,
        &[
            "quote",
            "add",
            "--customer",
            "K-2",
            "--line",
            "CH-001:1",
            "--text-line",
            "Montage:2:75",
        ],
    );
    let lines = quote["lines"].as_array().unwrap();
    assert_eq!(text(&lines[1], "sku"), "");
    assert_eq!(text(&lines[1], "text"), "Montage");
    assert_eq!(text(&lines[1], "unit_price"), "75.00");
    // 10.00 + 2 × 75.00 = 160.00; × 19 % = 30.40.
    assert_eq!(decimal(&quote["totals"]["gross"]), dec!(190.40));
}

#[test]
fn an_accepted_quote_becomes_an_order_and_its_opportunity_is_won() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    opportunity(&db, "1", "proposal");
    let quote = add(&db, "K-1", &["CH-001:3", "BK-1:1"], &["--opportunity", "1"]);
    let number = text(&quote, "number");
    let draft = fails(&db, &["quote", "convert", number], 2);
    assert!(draft.contains("draft"), "{draft}");
    assert_eq!(
        text(&json(&db, &["quote", "send", number]), "state"),
        "sent"
    );
    let sent = fails(&db, &["quote", "convert", number], 2);
    assert!(sent.contains("sent"), "{sent}");
    assert_eq!(
        text(&json(&db, &["quote", "accept", number]), "state"),
        "accepted"
    );
    let declined = fails(&db, &["quote", "decline", number], 2);
    assert!(declined.contains("accepted"), "{declined}");
    let before = json(&db, &["opportunity", "show", "1"]);
    assert_eq!(text(&before, "stage"), "proposal");
    let order = json(&db, &["quote", "convert", number]);
    assert_eq!(text(&order, "number"), "AU-2026-00001");
    assert_eq!(text(&order, "quote"), number);
    assert_eq!(text(&order, "state"), "open");
    assert_eq!(order["totals"], quote["totals"]);
    let lines = order["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!(text(&lines[0], "cancelled"), "0");
    let won = json(&db, &["opportunity", "show", "1"]);
    assert_eq!(text(&won, "stage"), "won");
    let linked = json(&db, &["quote", "show", number]);
    assert_eq!(text(&linked, "order"), "AU-2026-00001");
    let again = fails(&db, &["quote", "convert", number], 2);
    assert!(again.contains("AU-2026-00001"), "{again}");
    assert_eq!(json_list(&db, &["order", "list"]).len(), 1);
    let audit = ok(&db, &["audit"]);
    assert!(audit.contains("Sales::ConvertQuote"), "{audit}");
    ok(&db, &["check"]);
}

#[test]
fn refusals_say_what_is_wrong_and_write_nothing() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let unknown = fails(
        &db,
        &["quote", "add", "--customer", "K-9", "--line", "CH-001:1"],
        2,
    );
    assert!(unknown.contains("K-9"), "{unknown}");
    let sku = fails(
        &db,
        &["quote", "add", "--customer", "K-1", "--line", "NOPE:1"],
        2,
    );
    assert!(sku.contains("NOPE"), "{sku}");
    let form = fails(
        &db,
        &["quote", "add", "--customer", "K-1", "--line", "CH-001"],
        2,
    );
    assert!(form.contains("SKU:QTY"), "{form}");
    let none = fails(&db, &["quote", "add", "--customer", "K-1"], 2);
    assert!(none.contains("--line"), "{none}");
    let zero = fails(
        &db,
        &["quote", "add", "--customer", "K-1", "--line", "CH-001:0"],
        2,
    );
    assert!(zero.contains("line 1"), "{zero}");
    let past = fails(
        &db,
        &[
            "quote",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:1",
            "--valid-until",
            "2026-12-04",
        ],
        2,
    );
    assert!(!past.is_empty());
    let missing = fails(&db, &["quote", "show", "AN-2026-00009"], 2);
    assert!(missing.contains("AN-2026-00009"), "{missing}");
    assert!(json_list(&db, &["quote", "list"]).is_empty());
    let german = run(
        &db,
        &[
            "quote",
            "add",
            "--customer",
            "K-9",
            "--line",
            "CH-001:1",
            "--lang",
            "de",
        ],
    );
    assert!(german.stderr.contains("kein Kunde"), "{german:?}");
}

#[test]
fn a_sent_quote_past_its_validity_reads_as_expired_and_cannot_be_accepted() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    add(&db, "K-1", &["CH-001:1"], &["--valid-until", "2026-12-10"]);
    ok(&db, &["quote", "send", "AN-2026-00001"]);
    let later = [("KONTOR_NOW", "2026-12-11T09:00:00Z")];
    let shown = run_binary_with(&db, &["quote", "list", "--format", "json"], &later);
    assert!(shown.stdout.contains("\"state\":\"expired\""), "{shown:?}");
    let refused = run_binary_with(&db, &["quote", "accept", "AN-2026-00001"], &later);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(refused.stderr.contains("expired"), "{refused:?}");
    let on_time = json(&db, &["quote", "accept", "AN-2026-00001"]);
    assert_eq!(text(&on_time, "state"), "accepted");
}

#[test]
fn a_line_takes_its_items_vat_category_and_a_reverse_charge_customer_pays_no_vat() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["item", "edit", "BK-1", "--vat", "reduced"]);
    let quote = add(&db, "K-2", &["BK-1:2", "CH-001:1"], &[]);
    let lines = quote["lines"].as_array().unwrap();
    assert_eq!(text(&lines[0], "vat"), "reduced", "the item's category");
    assert_eq!(text(&lines[1], "vat"), "standard");
    // Reduced: 2 × 24.99 = 49.98 × 7 % = 3.4986 → 3.50; standard: 10.00 × 19 % = 1.90.
    assert_eq!(decimal(&quote["totals"]["vat"]), dec!(5.40));
    let edit = [
        "customer",
        "edit",
        "2",
        "--tax-treatment",
        "reverse-charge",
        "--vat-id",
        "FR12345678901",
    ];
    ok(&db, &edit);
    let quote = add(&db, "K-2", &["BK-1:2", "CH-001:1"], &[]);
    let totals = &quote["totals"];
    assert_eq!(decimal(&totals["net"]), dec!(59.98));
    assert_eq!(decimal(&totals["vat"]), dec!(0));
    assert_eq!(decimal(&totals["gross"]), dec!(59.98));
    let german = ok(&db, &["quote", "show", "AN-2026-00002", "--lang", "de"]);
    assert!(
        german.contains("Steuerschuldnerschaft des Leistungsempfängers"),
        "{german}"
    );
}
