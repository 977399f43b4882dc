//! The order confirmation (Auftragsbestätigung) through the command line, read back from
//! the PDF with `pdftotext -layout` (Debian poppler-utils; `.ci/run` installs it, and a
//! missing one fails the test): the letterhead, the customer's address and order
//! reference, the lines, the totals per VAT rate and the gross — figures worked out by
//! hand below; then a promised date and a quantity changed and the order confirmed again:
//! the second PDF lists the changes against the first. An unchanged order is refused a
//! second confirmation; earlier confirmations print again by sequence.

use std::path::Path;
use std::process::Command;

use crate::common::{Scratch, add_customer, fails, json, ok, run};
use crate::documents::pdffonts::assert_fonts_embedded;

/// The text of the PDF at `path` as `pdftotext -layout` reads it, runs of spaces squeezed
/// to one (the layout spreads columns apart) and none before `%` (pdftotext joins a
/// narrow right-aligned "5 %" at times); a page starts with a form feed.
pub(crate) fn pdf_text(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "pdftotext is needed to read the confirmation PDF back ({error}); \
                 install Debian's poppler-utils (.ci/run does)"
            )
        });
    assert!(output.status.success(), "pdftotext failed: {output:?}");
    let text = String::from_utf8(output.stdout).expect("pdftotext wrote UTF-8");
    text.lines()
        .map(|line| {
            // A page starts with a form feed, which squeezing would drop.
            let feed = if line.starts_with('\u{c}') {
                "\u{c}"
            } else {
                ""
            };
            format!("{feed}{}", squeezed(line).replace(" %", "%"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` with every run of whitespace, line breaks included, squeezed to one space.
pub(crate) fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_shows(text: &str, expected: &[&str]) {
    for wanted in expected {
        assert!(text.contains(wanted), "{wanted:?} missing in:\n{text}");
    }
}

/// Confirms AU-2026-00001 in German, writing the PDF to `pdf`; returns what it printed.
fn confirm_in_german(db: &Path, pdf: &Path) -> String {
    let path = pdf.to_str().expect("a UTF-8 path");
    let args = [
        "--lang",
        "de",
        "order",
        "confirm",
        "AU-2026-00001",
        "--pdf",
        path,
    ];
    ok(db, &args)
}

/// The letterhead, two items (CH-001 standard rate, TEE-7 reduced), stock for both and
/// Alfreds (K-1) with an address.
fn shop(db: &Path) {
    for (name, value) in [
        ("company_name", "Kontor Handel"),
        ("company_legal_form", "GmbH"),
        ("company_street", "Hafenstraße 1"),
        ("company_postal_code", "20457"),
        ("company_city", "Hamburg"),
        ("company_seat", "Hamburg"),
        ("company_register_court", "Amtsgericht Hamburg"),
        ("company_register_number", "HRB 12345"),
        ("company_managing_directors", "Erika Muster"),
        ("company_vat_id", "DE123456789"),
        ("company_bank_name", "Hamburger Sparkasse"),
        ("company_iban", "DE89370400440532013000"),
    ] {
        ok(db, &["settings", name, value]);
    }
    ok(
        db,
        &[
            "item", "add", "--sku", "CH-001", "--name", "Chai", "--price", "18.00",
        ],
    );
    ok(
        db,
        &[
            "item",
            "add",
            "--sku",
            "TEE-7",
            "--name",
            "Grüner Tee",
            "--price",
            "4.99",
            "--vat",
            "reduced",
        ],
    );
    ok(db, &["stock", "receive", "CH-001", "50"]);
    ok(db, &["stock", "receive", "TEE-7", "50"]);
    add_customer(
        db,
        &[
            "--name",
            "Alfreds Futterkiste",
            "--number",
            "K-1",
            "--street",
            "Obere Str. 57",
            "--postal-code",
            "12209",
            "--city",
            "Berlin",
        ],
    );
    ok(
        db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:3",
            "--line",
            "TEE-7:10::5%",
            "--reference",
            "PO-4711",
            "--reference-date",
            "2026-12-01",
        ],
    );
}

#[test]
fn the_confirmation_pdf_reads_back_and_a_change_is_confirmed_again_with_its_list() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(
        &db,
        &[
            "order",
            "set",
            "AU-2026-00001",
            "--payment-terms",
            "30 Tage netto",
        ],
    );
    let first = scratch.path().join("ab-1.pdf");
    let printed = confirm_in_german(&db, &first);
    assert!(
        printed.contains("Auftragsbestätigung AU-2026-00001"),
        "{printed}"
    );
    // CH-001: 3 × 18.00 = 54.00 at 19 %: 10.26. TEE-7: 10 × 4.99 less 5% = 47.405 → 47.41
    // at 7 %: 3.3187 → 3.32. Net 101.41, VAT 13.58, gross 114.99.
    let text = pdf_text(&first);
    assert_fonts_embedded(&first, 100_000);
    assert_shows(
        &text,
        &[
            "Kontor Handel GmbH",
            "Kontor Handel GmbH · Hafenstraße 1 · 20457 Hamburg",
            "Alfreds Futterkiste",
            "Obere Str. 57",
            "12209 Berlin",
            "Auftrags-Nr.: AU-2026-00001",
            "Datum: 05.12.2026",
            "Kunden-Nr.: K-1",
            "Ihre Bestellung: PO-4711 vom 01.12.2026",
            "Auftragsbestätigung AU-2026-00001",
            "1 CH-001 Chai 3 18,00 54,00",
            "2 TEE-7 Grüner Tee 10 4,99 5% 47,41",
            "Summe netto 101,41 €",
            "USt 19% (Regelsatz) auf 54,00 € 10,26 €",
            "USt 7% (ermäßigt) auf 47,41 € 3,32 €",
            "Gesamtbetrag 114,99 €",
            "Zahlungsbedingungen: 30 Tage netto",
            "Amtsgericht Hamburg HRB 12345",
            "USt-IdNr.: DE123456789",
            "IBAN: DE89 3704 0044 0532 0130 00",
            "Seite 1 von 1",
        ],
    );
    assert!(!text.contains("Änderungen"), "{text}");

    let again = fails(&db, &["order", "confirm", "AU-2026-00001"], 2);
    assert!(
        again.contains("nothing changed since confirmation 1"),
        "{again}"
    );

    ok(
        &db,
        &[
            "order",
            "promise",
            "AU-2026-00001",
            "--line",
            "1",
            "--date",
            "2026-12-18",
        ],
    );
    let changed = json(
        &db,
        &[
            "order",
            "quantity",
            "AU-2026-00001",
            "--line",
            "2",
            "--qty",
            "12",
        ],
    );
    // 12 wanted, 50 on hand: all reserved.
    assert_eq!(changed["lines"][1]["reserved"], "12");
    let second = scratch.path().join("ab-2.pdf");
    confirm_in_german(&db, &second);
    // TEE-7: 12 × 4.99 less 5% = 56.886 → 56.89 at 7 %: 3.9823 → 3.98; net 110.89,
    // VAT 14.24, gross 125.13.
    let text = pdf_text(&second);
    assert_shows(
        &text,
        &[
            "Auftragsbestätigung AU-2026-00001 (Nr. 2, geändert)",
            "1 CH-001 Chai 3 18,00 18.12.2026 54,00",
            "2 TEE-7 Grüner Tee 12 4,99 5% 56,89",
            "Gesamtbetrag 125,13 €",
            "Änderungen gegenüber der Auftragsbestätigung vom 05.12.2026",
            "Pos. 1 CH-001: Liefertermin 18.12.2026 (bisher —)",
            "Pos. 2 TEE-7: Menge 12 (bisher 10)",
        ],
    );

    // The first confirmation prints again as it was.
    let reprint = run(
        &db,
        &[
            "--lang",
            "de",
            "order",
            "confirmation",
            "AU-2026-00001",
            "--sequence",
            "1",
        ],
    );
    assert_eq!(reprint.code, 0, "{reprint:?}");
    let shown = squeezed(&reprint.stdout);
    assert!(shown.contains("Gesamtbetrag 114,99 €"), "{reprint:?}");
    assert!(!shown.contains("Änderungen"), "{reprint:?}");
    let missing = fails(
        &db,
        &["order", "confirmation", "AU-2026-00001", "--sequence", "3"],
        2,
    );
    assert!(missing.contains("no confirmation 3"), "{missing}");
}

#[test]
fn an_order_not_yet_confirmed_has_no_confirmation_to_print() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let refused = fails(&db, &["order", "confirmation", "AU-2026-00001"], 2);
    assert!(refused.contains("not been confirmed yet"), "{refused}");
    let refused = fails(
        &db,
        &[
            "order",
            "promise",
            "AU-2026-00001",
            "--line",
            "3",
            "--date",
            "2026-12-18",
        ],
        2,
    );
    assert!(refused.contains("no line 3"), "{refused}");
}

#[test]
fn quotes_and_orders_take_contact_terms_and_promised_dates_and_the_letter_shows_them() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let terms = [
        "--contact",
        "Maria Anders",
        "--payment-terms",
        "14 Tage 2 % Skonto",
        "--delivery-terms",
        "frei Haus",
    ];
    let mut quote = vec!["quote", "add", "--customer", "K-1", "--line", "CH-001:2"];
    quote.extend(terms);
    let added = json(&db, &quote);
    assert_eq!(added["contact"], "Maria Anders");
    assert_eq!(added["payment_terms"], "14 Tage 2 % Skonto");
    assert_eq!(added["delivery_terms"], "frei Haus");
    ok(&db, &["quote", "send", "AN-2026-00001"]);
    ok(&db, &["quote", "accept", "AN-2026-00001"]);
    ok(&db, &["quote", "convert", "AN-2026-00001"]);
    let converted = json(&db, &["order", "show", "AU-2026-00002"]);
    assert_eq!(converted["contact"], "Maria Anders");
    assert_eq!(converted["delivery_terms"], "frei Haus");

    let mut order = vec![
        "order",
        "add",
        "--customer",
        "K-1",
        "--line",
        "CH-001:1",
        "--promised",
        "2026-12-20",
    ];
    order.extend(terms);
    let added = json(&db, &order);
    assert_eq!(added["number"], "AU-2026-00003");
    assert_eq!(added["contact"], "Maria Anders");
    assert_eq!(added["lines"][0]["promised"], "2026-12-20");
    let printed = run(&db, &["--lang", "de", "order", "confirm", "AU-2026-00003"]);
    assert_eq!(printed.code, 0, "{printed:?}");
    let shown = squeezed(&printed.stdout);
    assert_shows(
        &shown,
        &[
            "Ansprechpartner: Maria Anders",
            "1 CH-001 Chai 1 18,00 20.12.2026 18,00",
            "Zahlungsbedingungen: 14 Tage 2 % Skonto",
            "Lieferbedingungen: frei Haus",
        ],
    );
    ok(
        &db,
        &[
            "order",
            "set",
            "AU-2026-00003",
            "--delivery-terms",
            "ab Werk",
            "--contact",
            "",
        ],
    );
    let second = run(&db, &["--lang", "de", "order", "confirm", "AU-2026-00003"]);
    assert_eq!(second.code, 0, "{second:?}");
    let shown = squeezed(&second.stdout);
    assert_shows(
        &shown,
        &[
            "Ansprechpartner: — (bisher Maria Anders)",
            "Lieferbedingungen: ab Werk (bisher frei Haus)",
        ],
    );
    assert_eq!(
        json(&db, &["order", "show", "AU-2026-00003"])["confirmations"],
        2
    );
}

#[test]
fn a_long_order_breaks_onto_numbered_pages_that_repeat_the_table_header() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let mut args = vec!["order", "add", "--customer", "K-1"];
    for _ in 0..70 {
        args.extend(["--line", "TEE-7:1"]);
    }
    ok(&db, &args);
    ok(&db, &["stock", "receive", "TEE-7", "100"]);
    let pdf = scratch.path().join("long.pdf");
    let path = pdf.to_str().unwrap();
    ok(
        &db,
        &[
            "--lang",
            "de",
            "order",
            "confirm",
            "AU-2026-00002",
            "--pdf",
            path,
        ],
    );
    let text = pdf_text(&pdf);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    let count = pages.len();
    assert!(count >= 2, "{text}");
    let first = format!("Seite 1 von {count}");
    assert_shows(pages[0], &[&first, "1 TEE-7 Grüner Tee 1 4,99 4,99"]);
    assert!(!pages[0].contains("70 TEE-7"), "{}", pages[0]);
    let second = format!("Seite 2 von {count}");
    assert_shows(
        pages[1],
        &[
            "Auftragsbestätigung AU-2026-00002",
            "Pos. Artikelnr. Bezeichnung Menge Einzelpreis Rabatt Liefertermin Netto",
            "70 TEE-7 Grüner Tee 1 4,99 4,99",
            // 70 × 4.99 = 349.30 at 7 %: 24.451 → 24.45; gross 373.75.
            "Gesamtbetrag 373,75 €",
            &second,
        ],
    );
    let last = format!("Seite {count} von {count}");
    assert_shows(
        pages[count - 1],
        &[
            &last,
            "Mit freundlichen Grüßen",
            "Amtsgericht Hamburg HRB 12345",
        ],
    );
}
