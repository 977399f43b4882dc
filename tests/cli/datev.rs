//! `kontor export datev` over a known month: invoices and credit notes written as records
//! through the store (issuing is another command's), the file read back field by field
//! against figures worked out by hand here, not by kontor's amounts code. Also: the DATEV
//! and dunning settings are listed and checked, and the export refuses without its
//! consultant number or its period. A payment recorded with `kontor payment add` joins the
//! month as the money received against the debitor.

use kontor::domain::Currency;
use kontor::domain::invoice::{Invoice, InvoiceKind, InvoiceLine, Party, PaymentTerms};
use kontor::domain::vat::{RateTable, TaxTreatment, VatCategory};
use kontor::store::Store;
use rust_decimal::Decimal;
use rust_decimal::dec;
use time::Date;
use time::macros::{date, datetime};

use crate::common::{Scratch, add_customer, fails, ok, run, s};

fn line(quantity: Decimal, price: Decimal, category: VatCategory, day: Date) -> InvoiceLine {
    InvoiceLine {
        item_id: None,
        sku: "A".into(),
        text: "A".into(),
        quantity,
        unit_price: price,
        discount: Decimal::ZERO,
        category,
        supplied: day,
        order_id: None,
        order_number: String::new(),
        order_line: None,
        delivery_id: None,
        delivery_number: String::new(),
        corrects_line: None,
    }
}

/// One document of the month, its lines (quantity, price, category) supplied on its day.
struct Doc<'a> {
    number: &'a str,
    kind: InvoiceKind,
    day: Date,
    customer: (&'a str, &'a str),
    treatment: TaxTreatment,
    lines: Vec<(Decimal, Decimal, VatCategory)>,
}

fn invoice(doc: Doc) -> Invoice {
    Invoice {
        id: 0,
        number: doc.number.into(),
        kind: doc.kind,
        customer_id: 1,
        customer_number: doc.customer.0.into(),
        seller: Party::default(),
        letterhead: Default::default(),
        buyer: Party {
            name: doc.customer.1.into(),
            ..Party::default()
        },
        buyer_reference: String::new(),
        order_reference: String::new(),
        issue_date: doc.day,
        currency: Currency::EUR,
        treatment: doc.treatment,
        terms: PaymentTerms::default(),
        lines: (doc.lines.into_iter())
            .map(|(quantity, price, category)| line(quantity, price, category, doc.day))
            .collect(),
        corrects: None,
        corrects_number: String::new(),
        reason: String::new(),
        net: Decimal::ZERO,
        vat: Decimal::ZERO,
        gross: Decimal::ZERO,
        issued_by: "admin".into(),
        issued_at: datetime!(2026-03-01 08:00 UTC),
        version: 0,
    }
}

fn write_invoices(db: &std::path::Path) {
    use InvoiceKind::{CreditNote, Invoice as Bill};
    use TaxTreatment::{Domestic, IntraEuSupply};
    use VatCategory::{Reduced, Standard};
    let muller = ("K-00042", "Müller & Söhne GmbH");
    let alfki = ("ALFKI-7", "Alfreds Futterkiste");
    #[rustfmt::skip]
    let documents = [
        ("RE-2026-00001", Bill, date!(2026 - 02 - 28), muller, Domestic, vec![(dec!(1), dec!(10), Standard)]),
        ("RE-2026-00002", Bill, date!(2026 - 03 - 02), muller, Domestic,
            vec![(dec!(2), dec!(50), Standard), (dec!(3), dec!(10), Reduced)]),
        ("RE-2026-00003", Bill, date!(2026 - 03 - 15), alfki, IntraEuSupply, vec![(dec!(4), dec!(12.345), Standard)]),
        ("GS-2026-00001", CreditNote, date!(2026 - 03 - 31), muller, Domestic, vec![(dec!(1), dec!(50), Standard)]),
        ("RE-2026-00004", Bill, date!(2026 - 04 - 01), muller, Domestic, vec![(dec!(1), dec!(10), Standard)]),
    ];
    let store = Store::open(db).unwrap();
    for (number, kind, day, customer, treatment, lines) in documents {
        let document = invoice(Doc {
            number,
            kind,
            day,
            customer,
            treatment,
            lines,
        });
        store
            .transaction(|tx| {
                let mut document = document.clone();
                let totals = document.document().totals(&RateTable::GERMANY).unwrap();
                (document.net, document.vat, document.gross) =
                    (totals.net, totals.vat, totals.gross);
                tx.insert(&mut document)?;
                Ok(())
            })
            .unwrap();
    }
    store.flush().unwrap();
}

/// The file as lines of fields, decoded from Windows-1252, split at CR LF.
fn fields(bytes: &[u8]) -> Vec<Vec<String>> {
    let (text, _, bad) = encoding_rs::WINDOWS_1252.decode(bytes);
    assert!(!bad);
    assert!(!text.replace("\r\n", "").contains('\n'));
    text.trim_end_matches("\r\n")
        .split("\r\n")
        .map(|line| line.split(';').map(str::to_string).collect())
        .collect()
}

#[test]
fn a_known_month_is_exported_field_by_field() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["settings", "datev_consultant", "29098"]);
    ok(&db, &["settings", "datev_client", "55003"]);
    ok(&db, &["settings", "datev_chart", "SKR03"]);
    add_customer(
        &db,
        &["--name", "Müller & Söhne GmbH", "--number", "K-00042"],
    );
    write_invoices(&db);
    let paid = [
        "payment",
        "add",
        "--customer",
        "K-00042",
        "--amount",
        "151.10",
        "--date",
        "2026-03-20",
        "--invoice",
        "RE-2026-00002",
        "--reference",
        "Überweisung 4711",
    ];
    ok(&db, &paid);
    let out = scratch.path().join("EXTF_Buchungsstapel.csv");
    let args = [
        "export",
        "datev",
        "--from",
        "2026-03-01",
        "--until",
        "2026-03-31",
        "--out",
        s(&out),
    ];
    let done = run(&db, &args);
    assert_eq!(done.code, 0, "{done:?}");
    assert!(done.stderr.contains('4'), "{}", done.stderr);
    let bytes = std::fs::read(&out).unwrap();
    // The umlauts of the customer's name as Windows-1252 bytes (ü FC, ö F6).
    assert!(bytes.windows(6).any(|w| w == b"M\xFCller"));
    assert!(bytes.windows(5).any(|w| w == b"S\xF6hne"));
    let lines = fields(&bytes);
    let header = &lines[0];
    assert_eq!(header.len(), 31);
    assert_eq!(
        &header[..5],
        ["\"EXTF\"", "700", "21", "\"Buchungsstapel\"", "13"]
    );
    assert_eq!(header[5].len(), 17, "created at: {}", header[5]);
    assert_eq!(
        &header[10..16],
        ["29098", "55003", "20260101", "4", "20260301", "20260331"]
    );
    assert_eq!(header[21], "\"EUR\"");
    assert_eq!(header[26], "\"03\"");
    assert_eq!(lines[1][0], "Umsatz (ohne Soll/Haben-Kz)");
    assert_eq!(lines[1][13], "Buchungstext");
    // By hand: RE-2026-00002 2 × 50 + 19 % = 119,00 and 3 × 10 + 7 % = 32,10; RE-2026-00003
    // 4 × 12,345 = 49,38 tax-free intra-EU to ALFKI-7 (debitor 10007); GS-2026-00001
    // 50 + 19 % = 59,50 on the credit side; the payment of RE-2026-00002 (151,10) on the
    // credit side of the debitor against the bank (1200), Belegfeld 1 the invoice it
    // settles. February and April stay out.
    let expected = [
        [
            "119,00",
            "\"S\"",
            "10042",
            "8400",
            "0203",
            "\"RE-2026-00002\"",
        ],
        [
            "32,10",
            "\"S\"",
            "10042",
            "8300",
            "0203",
            "\"RE-2026-00002\"",
        ],
        [
            "49,38",
            "\"S\"",
            "10007",
            "8125",
            "1503",
            "\"RE-2026-00003\"",
        ],
        [
            "59,50",
            "\"H\"",
            "10042",
            "8400",
            "3103",
            "\"GS-2026-00001\"",
        ],
        [
            "151,10",
            "\"H\"",
            "10042",
            "1200",
            "2003",
            "\"RE-2026-00002\"",
        ],
    ];
    assert_eq!(lines.len(), 2 + expected.len());
    for (row, want) in lines[2..].iter().zip(expected) {
        assert_eq!(row.len(), 14);
        let got = [&row[0], &row[1], &row[6], &row[7], &row[9], &row[10]];
        assert_eq!(got, want);
        assert_eq!(row[2], "\"EUR\"");
        assert_eq!(row[8], "\"\"", "no BU key on automatic accounts");
    }
    assert_eq!(lines[2][13], "\"RE-2026-00002 Müller & Söhne GmbH\"");
    assert!(
        lines[6][13].contains("Überweisung 4711"),
        "{}",
        lines[6][13]
    );
    // SKR04: the same month on the 4xxx revenue accounts.
    ok(&db, &["settings", "datev_chart", "skr04"]);
    assert_eq!(run(&db, &args).code, 0);
    let lines = fields(&std::fs::read(&out).unwrap());
    let contra: Vec<&str> = lines[2..].iter().map(|row| row[7].as_str()).collect();
    assert_eq!(contra, ["4400", "4300", "4125", "4400", "1800"]);
    assert_eq!(lines[0][26], "\"04\"");
}

#[test]
fn the_export_needs_its_settings_and_its_period() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let out = scratch.path().join("out.csv");
    let period = ["--from", "2026-03-01", "--until", "2026-03-31"];
    let mut args = vec!["export", "datev", "--out", s(&out)];
    args.extend(period);
    let error = run(&db, &args);
    assert_ne!(error.code, 0);
    assert!(error.stderr.contains("datev_consultant"), "{error:?}");
    assert!(!out.exists());
    ok(&db, &["settings", "datev_consultant", "29098"]);
    ok(&db, &["settings", "datev_client", "1"]);
    let line = fails(&db, &["export", "datev", "--out", s(&out)], 2);
    assert!(line.contains("--from"), "{line}");
    // A period across the fiscal year's start is refused.
    let crossing = [
        "export",
        "datev",
        "--from",
        "2025-12-01",
        "--until",
        "2026-01-31",
        "--out",
        s(&out),
    ];
    assert_ne!(run(&db, &crossing).code, 0);
    assert!(!out.exists());
    ok(&db, &args);
    assert!(out.exists());
}

#[test]
fn datev_and_dunning_settings_are_listed_and_checked() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let listing = ok(&db, &["settings"]);
    for line in [
        "datev_consultant = ",
        "datev_chart = ",
        "dunning_grace_days = 7;14;14",
        "dunning_fees = 0;5;10",
        "dunning_interest_levels = no;yes;yes",
        "dunning_default_days = 30",
        "dunning_base_rates = 2023-01-01=1.62;",
    ] {
        assert!(listing.contains(line), "{line} not in\n{listing}");
    }
    let set = ok(&db, &["settings", "dunning_fees", "0;2,50;7.5"]);
    assert!(set.contains("dunning_fees = 0;2.5;7.5"), "{set}");
    assert!(ok(&db, &["settings"]).contains("dunning_fees = 0;2.5;7.5"));
    assert_ne!(run(&db, &["settings", "datev_chart", "skr99"]).code, 0);
    assert_ne!(run(&db, &["settings", "datev_consultant", "12"]).code, 0);
    assert_ne!(
        run(&db, &["settings", "datev_fiscal_year_start", "0230"]).code,
        0
    );
    assert!(ok(&db, &["settings", "datev_fiscal_year_start", "0701"]).contains("0701"));
    assert_ne!(
        run(&db, &["settings", "dunning_base_rates", "2025-01-01"]).code,
        0
    );
}
