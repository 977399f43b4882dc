//! Tests of the DATEV Buchungsstapel: every header field, the rows of invoices, credit
//! notes and payments, lengths, decimals and the Windows-1252 bytes. Room: domain (tests).

use rust_decimal::dec;
use time::macros::{date, datetime};

use super::*;
use crate::domain::invoice::InvoiceLine;
use crate::domain::vat::TaxTreatment;

fn line(quantity: Decimal, price: Decimal, category: VatCategory) -> InvoiceLine {
    super::super::invoice::tests::line(quantity, price, category, date!(2026 - 03 - 05))
}

/// The invoice tests' document, issued on 2026-03-05 to `Müller & Söhne GmbH`, K-00042.
pub(crate) fn invoice(number: &str, kind: InvoiceKind, lines: Vec<InvoiceLine>) -> Invoice {
    let mut invoice = super::super::invoice::tests::invoice(lines);
    invoice.number = number.into();
    invoice.kind = kind;
    invoice.customer_number = "K-00042".into();
    invoice.buyer.name = "Müller & Söhne GmbH".into();
    invoice.issue_date = date!(2026 - 03 - 05);
    invoice
}

pub(crate) fn settings(chart: Chart) -> DatevSettings {
    DatevSettings {
        consultant: 29098,
        client: 55003,
        chart,
        fiscal_year_start: (Month::January, 1),
        account_length: 4,
    }
}

pub(crate) fn march() -> Batch {
    Batch {
        from: date!(2026 - 03 - 01),
        until: date!(2026 - 03 - 31),
        created: datetime!(2026-04-02 14:04:40.439 UTC),
        label: "kontor 2026-03".into(),
    }
}

fn mixed() -> Invoice {
    invoice(
        "RE-2026-00007",
        InvoiceKind::Invoice,
        vec![
            line(dec!(2), dec!(50), VatCategory::Standard),
            line(dec!(3), dec!(10), VatCategory::Reduced),
        ],
    )
}

/// Decodes the file and splits it into lines of fields (quotes kept).
fn lines_of(bytes: &[u8]) -> Vec<Vec<String>> {
    let (text, _, bad) = encoding_rs::WINDOWS_1252.decode(bytes);
    assert!(!bad);
    assert!(text.ends_with("\r\n"));
    text.trim_end_matches("\r\n")
        .split("\r\n")
        .map(|line| {
            assert!(!line.contains('\n'));
            line.split(';').map(str::to_string).collect()
        })
        .collect()
}

#[test]
fn the_header_has_its_31_fields_in_the_published_order() {
    let bytes = buchungsstapel(&settings(Chart::Skr03), &march(), &[], &[]).unwrap();
    let lines = lines_of(&bytes);
    let header = &lines[0];
    assert_eq!(header.len(), 31);
    let expected = [
        "\"EXTF\"",
        "700",
        "21",
        "\"Buchungsstapel\"",
        "13",
        "20260402140440439",
        "",
        "\"RE\"",
        "\"\"",
        "\"\"",
        "29098",
        "55003",
        "20260101",
        "4",
        "20260301",
        "20260331",
        "\"kontor 2026-03\"",
        "\"\"",
        "1",
        "0",
        "0",
        "\"EUR\"",
        "",
        "\"\"",
        "",
        "",
        "\"03\"",
        "",
        "",
        "\"\"",
        "\"\"",
    ];
    assert_eq!(header, &expected.map(String::from).to_vec());
    assert_eq!(lines[1], COLUMNS.map(String::from).to_vec());
    assert_eq!(lines.len(), 2);
    let skr04 = buchungsstapel(&settings(Chart::Skr04), &march(), &[], &[]).unwrap();
    assert_eq!(lines_of(&skr04)[0][26], "\"04\"");
}

#[test]
fn the_fiscal_year_may_start_mid_year_and_a_batch_stays_inside_one() {
    let mut july = settings(Chart::Skr03);
    july.fiscal_year_start = (Month::July, 1);
    let bytes = buchungsstapel(&july, &march(), &[], &[]).unwrap();
    assert_eq!(lines_of(&bytes)[0][12], "20250701");
    let crossing = Batch {
        from: date!(2026 - 06 - 15),
        until: date!(2026 - 07 - 15),
        ..march()
    };
    let error = buchungsstapel(&july, &crossing, &[], &[]).unwrap_err();
    assert_eq!(error.field, "until");
}

#[test]
fn consultant_and_client_numbers_out_of_range_are_refused() {
    let mut wrong = settings(Chart::Skr03);
    wrong.consultant = 1000;
    assert_eq!(
        header(&wrong, &march()).unwrap_err().field,
        "datev_consultant"
    );
    let mut wrong = settings(Chart::Skr03);
    wrong.client = 100_000;
    assert_eq!(header(&wrong, &march()).unwrap_err().field, "datev_client");
}

#[test]
fn an_invoice_with_two_rates_gives_one_row_per_rate_with_its_gross() {
    let bytes = buchungsstapel(&settings(Chart::Skr03), &march(), &[mixed()], &[]).unwrap();
    let lines = lines_of(&bytes);
    assert_eq!(lines.len(), 4);
    // 2 × 50,00 at 19 %: 100,00 + 19,00; 3 × 10,00 at 7 %: 30,00 + 2,10.
    let text = "\"RE-2026-00007 Müller & Söhne GmbH\"";
    let first = [
        "119,00",
        "\"S\"",
        "\"EUR\"",
        "",
        "",
        "",
        "10042",
        "8400",
        "\"\"",
        "0503",
        "\"RE-2026-00007\"",
        "\"\"",
        "",
        text,
    ];
    assert_eq!(lines[2], first.map(String::from).to_vec());
    assert_eq!(lines[3][0], "32,10");
    assert_eq!(lines[3][1], "\"S\"");
    assert_eq!(lines[3][7], "8300");
    for row in &lines[2..] {
        assert_eq!(row.len(), COLUMNS.len());
    }
}

#[test]
fn skr04_books_to_its_own_revenue_and_bank_accounts() {
    let payment = PaymentPosting {
        date: date!(2026 - 03 - 20),
        amount: dec!(151.10),
        skonto: Decimal::ZERO,
        customer_number: "K-00042".into(),
        document: "RE-2026-00007".into(),
        text: "Überweisung".into(),
    };
    let bytes = buchungsstapel(&settings(Chart::Skr04), &march(), &[mixed()], &[payment]).unwrap();
    let lines = lines_of(&bytes);
    assert_eq!(lines[2][7], "4400");
    assert_eq!(lines[3][7], "4300");
    // The payment: debitor credited against the bank.
    assert_eq!(lines[4][0], "151,10");
    assert_eq!(lines[4][1], "\"H\"");
    assert_eq!(lines[4][6], "10042");
    assert_eq!(lines[4][7], "1800");
    assert_eq!(lines[4][9], "2003");
    assert_eq!(lines[4][13], "\"Überweisung\"");
    let refund = PaymentPosting {
        amount: dec!(-5),
        ..payment_template()
    };
    let booking = payment_booking(&refund, Chart::Skr03).unwrap();
    assert_eq!((booking.side, booking.contra), (Side::Debit, 1200));
    assert_eq!(amount(booking.amount), "5,00");
}

fn payment_template() -> PaymentPosting {
    PaymentPosting {
        date: date!(2026 - 03 - 20),
        amount: dec!(1),
        skonto: Decimal::ZERO,
        customer_number: "7".into(),
        document: "RE-2026-00001".into(),
        text: String::new(),
    }
}

#[test]
fn a_credit_note_is_the_credit_side_of_the_same_amounts() {
    let mut note = mixed();
    note.kind = InvoiceKind::CreditNote;
    note.number = "GS-2026-00001".into();
    let bookings = invoice_bookings(&note, Chart::Skr03, &RateTable::GERMANY).unwrap();
    let original = invoice_bookings(&mixed(), Chart::Skr03, &RateTable::GERMANY).unwrap();
    assert_eq!(bookings.len(), 2);
    for (credit, debit) in bookings.iter().zip(&original) {
        assert_eq!(credit.side, Side::Credit);
        assert_eq!(debit.side, Side::Debit);
        assert_eq!(credit.amount, debit.amount);
        assert_eq!(credit.contra, debit.contra);
    }
    assert_eq!(row(&bookings[0]).unwrap().split(';').nth(1), Some("\"H\""));
}

#[test]
fn tax_free_treatments_book_to_their_accounts_without_a_bu_key() {
    let cases = [
        (TaxTreatment::ReverseCharge, 8336, 4336),
        (TaxTreatment::IntraEuSupply, 8125, 4125),
        (TaxTreatment::Export, 8120, 4120),
    ];
    for (treatment, skr03, skr04) in cases {
        let mut doc = mixed();
        doc.treatment = treatment;
        let bookings = invoice_bookings(&doc, Chart::Skr03, &RateTable::GERMANY).unwrap();
        // No VAT: one group, the net 130,00.
        assert_eq!(bookings.len(), 1, "{treatment:?}");
        assert_eq!(bookings[0].amount, dec!(130.00));
        assert_eq!(bookings[0].contra, skr03);
        let row = row(&bookings[0]).unwrap();
        assert_eq!(row.split(';').nth(8), Some("\"\""), "{treatment:?}");
        let bookings = invoice_bookings(&doc, Chart::Skr04, &RateTable::GERMANY).unwrap();
        assert_eq!(bookings[0].contra, skr04);
    }
}

#[test]
fn debitor_accounts_come_from_the_trailing_digits_of_the_customer_number() {
    assert_eq!(debitor_account("K-00042"), Ok(10042));
    assert_eq!(debitor_account("7"), Ok(10007));
    assert_eq!(debitor_account("ALFKI-59999"), Ok(69999));
    assert_eq!(debitor_account("0"), Ok(10000));
    for refused in ["", "ALFKI", "60000", "K-1234567", "12A"] {
        let error = debitor_account(refused).unwrap_err();
        assert_eq!(error.field, "customer_number", "{refused}");
    }
}

#[test]
fn texts_are_cut_to_their_lengths_and_document_numbers_checked() {
    let long = Booking {
        amount: dec!(1234567.5),
        skonto: Decimal::ZERO,
        side: Side::Debit,
        account: 10001,
        contra: 8400,
        date: date!(2026 - 12 - 31),
        document: "A".repeat(36),
        text: format!("{}\"x\nyz", "é".repeat(55)),
    };
    let fields: Vec<String> = row(&long).unwrap().split(';').map(String::from).collect();
    assert_eq!(fields[0], "1234567,50");
    assert_eq!(fields[9], "3112");
    assert_eq!(fields[10], format!("\"{}\"", "A".repeat(36)));
    // 60 characters: 55 é, the quote doubled, x, a space for the line break, y, z.
    assert_eq!(fields[13], format!("\"{}\"\"x yz\"", "é".repeat(55)));
    let too_long = Booking {
        document: "A".repeat(37),
        ..long.clone()
    };
    assert_eq!(row(&too_long).unwrap_err().field, "document");
    let spaced = Booking {
        document: "RE 1".into(),
        ..long
    };
    assert_eq!(row(&spaced).unwrap_err().field, "document");
}

#[test]
fn amounts_have_two_decimals_and_a_comma() {
    assert_eq!(amount(dec!(0.005)), "0,01");
    assert_eq!(amount(dec!(19)), "19,00");
    assert_eq!(amount(dec!(-2.345)), "2,35");
    assert_eq!(amount(dec!(1000000)), "1000000,00");
}

#[test]
fn the_file_is_windows_1252_with_crlf() {
    let mut doc = mixed();
    doc.buyer.name = "Bäckerei Groß – 5 € Ω".into();
    let bytes = buchungsstapel(&settings(Chart::Skr03), &march(), &[doc], &[]).unwrap();
    // ä = E4, ß = DF, – = 96, € = 80; Ω has no Windows-1252 code and becomes ?.
    let needle = b"B\xE4ckerei Gro\xDF \x96 5 \x80 ?";
    assert!(bytes.windows(needle.len()).any(|w| w == needle));
    // The column line's ü of "Schlüssel" is FC too.
    assert!(bytes.windows(9).any(|w| w == b"Schl\xFCssel"));
    let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
    let lf = bytes.iter().filter(|b| **b == b'\n').count();
    assert_eq!((crlf, lf), (4, 4));
}

#[test]
fn a_document_outside_the_period_or_in_another_currency_is_refused() {
    let mut april = mixed();
    april.issue_date = date!(2026 - 04 - 01);
    let error = buchungsstapel(&settings(Chart::Skr03), &march(), &[april], &[]).unwrap_err();
    assert_eq!(error.field, "date");
    let mut dollars = mixed();
    dollars.currency = "USD".parse().unwrap();
    let error = invoice_bookings(&dollars, Chart::Skr03, &RateTable::GERMANY).unwrap_err();
    assert_eq!(error.field, "currency");
}

#[test]
fn a_payment_with_skonto_carries_it_in_the_skonto_field_and_none_is_empty() {
    let paid = PaymentPosting {
        amount: dec!(116.62),
        skonto: dec!(2.38),
        ..payment_template()
    };
    let fields: Vec<String> = row(&payment_booking(&paid, Chart::Skr03).unwrap())
        .unwrap()
        .split(';')
        .map(str::to_string)
        .collect();
    assert_eq!(COLUMNS[12], "Skonto");
    assert_eq!(
        (fields[0].as_str(), fields[12].as_str()),
        ("116,62", "2,38")
    );
    let plain = row(&payment_booking(&payment_template(), Chart::Skr03).unwrap()).unwrap();
    assert_eq!(plain.split(';').nth(12), Some(""));
}
