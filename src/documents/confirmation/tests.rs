//! The confirmation letter and its renderings: what the text shows (letterhead, window,
//! reference, lines, totals per rate, notes, terms, footer) in German, the change list of
//! a second confirmation, and the PDF's pages (one for a short order, more with "Seite n
//! von m" for a long one) with its text shown through the two embedded font subsets.
//! Room: documents (tests).

use rust_decimal::dec;
use time::macros::{date, datetime};

use super::*;
use crate::documents::{pdf, text};
use crate::domain::customer::Address;
use crate::domain::sales::{SalesLine, SalesOrder};
use crate::domain::vat::{RateTable, TaxTreatment, VatCategory};
use crate::domain::{Country, Currency};
use crate::lang::in_german;

fn company() -> Company {
    Company {
        name: "Kontor Handel".into(),
        street: "Hafenstraße 1".into(),
        postal_code: "20457".into(),
        city: "Hamburg".into(),
        legal_form: "GmbH".into(),
        seat: "Hamburg".into(),
        register_court: "Amtsgericht Hamburg".into(),
        register_number: "HRB 12345".into(),
        managing_directors: "Erika Muster".into(),
        vat_id: "DE123456789".into(),
        bank_name: "Hamburger Sparkasse".into(),
        iban: "DE89370400440532013000".into(),
        ..Company::default()
    }
}

fn line(sku: &str, quantity: Decimal, price: Decimal, category: VatCategory) -> SalesLine {
    SalesLine {
        item_id: Some(1),
        sku: sku.into(),
        text: format!("Artikel {sku}"),
        quantity,
        unit_price: price,
        discount: Decimal::ZERO,
        category,
        price_rule: None,
    }
}

fn issued(lines: Vec<SalesLine>) -> Issued {
    let mut customer = Customer::new("Alfreds Futterkiste", datetime!(2026-12-01 09:00 UTC));
    customer.number = "K-1001".into();
    customer.addresses.push(Address {
        street: "Obere Str. 57".into(),
        postal_code: "12209".into(),
        city: "Berlin".into(),
        region: String::new(),
        country: Country::parse("DE"),
    });
    let mut order = SalesOrder::open(
        1,
        date!(2026 - 12 - 05),
        Currency::EUR,
        lines,
        None,
        datetime!(2026-12-05 09:00 UTC),
    );
    order.number = "AU-2026-00001".into();
    order.reference = "PO-4711".into();
    order.reference_date = Some(date!(2026 - 12 - 01));
    order.terms.payment = "30 Tage netto".into();
    order.state = crate::domain::sales::OrderState::Confirmed;
    let at = datetime!(2026-12-05 10:00 UTC);
    let table = &RateTable::GERMANY;
    let treatment = TaxTreatment::Domestic;
    assert!(
        order
            .issue_confirmation("anna", at, treatment, table)
            .is_ok()
    );
    let confirmation = order.confirmations[0].clone();
    let totals = confirmation
        .document(&order, treatment)
        .totals(table)
        .unwrap();
    Issued {
        draft: false,
        company: company(),
        order,
        customer: Some(customer),
        confirmation,
        previous: None,
        totals,
    }
}

fn two_rates() -> Issued {
    issued(vec![
        line("CH-001", dec!(3), dec!(18.00), VatCategory::Standard),
        line("TEE-7", dec!(10), dec!(4.99), VatCategory::Reduced),
    ])
}

#[test]
fn the_text_shows_letterhead_window_reference_lines_and_totals_per_rate() {
    let shown = in_german(|| text::render(&letter(&two_rates()), 80));
    for expected in [
        "Kontor Handel GmbH",
        "Kontor Handel GmbH · Hafenstraße 1 · 20457 Hamburg",
        "Alfreds Futterkiste",
        "Obere Str. 57",
        "12209 Berlin",
        "Auftrags-Nr.:",
        "AU-2026-00001",
        "Kunden-Nr.:",
        "K-1001",
        "PO-4711 vom 01.12.2026",
        "Auftragsbestätigung AU-2026-00001",
        "CH-001",
        "54,00",
        "49,90",
        // 54.00 at 19 %: 10.26; 49.90 at 7 %: 3.493 → 3.49; 103.90 + 13.75 = 117.65.
        "Summe netto 103,90 €",
        "10,26 €",
        "3,49 €",
        "Gesamtbetrag 117,65 €",
        "Zahlungsbedingungen: 30 Tage netto",
        "Amtsgericht Hamburg HRB 12345",
        "Geschäftsführer: Erika Muster",
        "USt-IdNr.: DE123456789",
        "IBAN: DE89 3704 0044 0532 0130 00",
    ] {
        let squeezed = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            squeezed.contains(expected),
            "{expected:?} missing in\n{shown}"
        );
    }
    assert!(
        shown
            .lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80),
        "{shown}"
    );
    assert!(!shown.contains("Änderungen"), "{shown}");
}

#[test]
fn a_second_confirmation_lists_what_changed_against_the_first() {
    let mut issued = two_rates();
    let first = issued.confirmation.clone();
    issued.order.lines[1].line.quantity = dec!(12);
    issued.order.lines[0].promised = Some(date!(2026 - 12 - 18));
    let at = datetime!(2026-12-07 08:00 UTC);
    let table = &RateTable::GERMANY;
    let second = issued
        .order
        .issue_confirmation("anna", at, TaxTreatment::Domestic, table)
        .unwrap()
        .clone();
    issued.confirmation = second;
    issued.previous = Some(first);
    let shown = in_german(|| text::render(&letter(&issued), 80));
    for expected in [
        "Auftragsbestätigung AU-2026-00001 (Nr. 2, geändert)",
        "Änderungen gegenüber der Auftragsbestätigung vom 05.12.2026",
        "Pos. 1 CH-001: Liefertermin 18.12.2026 (bisher —)",
        "Pos. 2 TEE-7: Menge 12 (bisher 10)",
    ] {
        assert!(shown.contains(expected), "{expected:?} missing in\n{shown}");
    }
}

#[test]
fn reverse_charge_prints_its_note_and_no_vat() {
    let mut issued = two_rates();
    let table = &RateTable::GERMANY;
    let confirmation = &issued.confirmation;
    issued.totals = confirmation
        .document(&issued.order, TaxTreatment::ReverseCharge)
        .totals(table)
        .unwrap();
    let shown = in_german(|| text::render(&letter(&issued), 80));
    assert!(
        shown.contains("Steuerschuldnerschaft des Leistungsempfängers"),
        "{shown}"
    );
    let squeezed = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(squeezed.contains("Gesamtbetrag 103,90 €"), "{shown}");
}

#[test]
fn a_short_order_is_one_pdf_page_with_its_text_in_the_embedded_font() {
    let (bytes, texts) = in_german(|| {
        let letter = letter(&two_rates());
        (pdf::render(&letter), pdf::page_texts(&letter))
    });
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(pages(&bytes), 1);
    let shown = texts.concat();
    for expected in [
        "Auftragsbestätigung AU-2026-00001",
        "117,65 €",
        "Seite 1 von 1",
    ] {
        assert!(
            shown.iter().any(|t| t == expected),
            "{expected:?} in {shown:?}"
        );
    }
    // Text is shown as two-byte CIDs of the embedded subsets, not as Latin-1 bytes.
    assert!(!contains(&bytes, b"(Seite 1 von 1)"));
    assert_eq!(count_of(&bytes, b"/Subtype /CIDFontType2"), 2);
    assert_eq!(count_of(&bytes, b"/Encoding /Identity-H"), 2);
}

#[test]
fn a_long_order_breaks_onto_numbered_pages() {
    let lines = (1..=70)
        .map(|n| {
            line(
                &format!("A-{n:03}"),
                dec!(1),
                dec!(2.50),
                VatCategory::Standard,
            )
        })
        .collect();
    let (bytes, texts) = in_german(|| {
        let letter = letter(&issued(lines));
        (pdf::render(&letter), pdf::page_texts(&letter))
    });
    let count = pages(&bytes);
    assert!(count >= 2, "{count} pages");
    assert_eq!(texts.len(), count);
    let shows = |page: usize, text: &str| texts[page].iter().any(|t| t == text);
    assert!(shows(0, &format!("Seite 1 von {count}")));
    assert!(shows(count - 1, &format!("Seite {count} von {count}")));
    // The running title and the table's header repeat on the second page.
    assert!(shows(0, "Artikelnr.") && shows(1, "Artikelnr."));
    assert!(texts.iter().flatten().any(|t| t == "A-070"));
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    count_of(haystack, needle) > 0
}

fn count_of(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

/// The pages of a PDF: its `/Type /Page` objects (not the `/Pages` tree).
fn pages(bytes: &[u8]) -> usize {
    count_of(bytes, b"/Type /Page") - count_of(bytes, b"/Type /Pages")
}
