//! Every kind of invoice kontor writes, through the official rules, offline: each case is
//! built as an `Invoice` through the library, its totals from `domain::amounts`, then
//! written as EN 16931 CII XML, as XRechnung 3.0 XML and as a ZUGFeRD PDF whose embedded
//! `factur-x.xml` is taken out again with `pdfdetach`. The vendored validator
//! (`tests/data/einvoice/einvoice-validate`: the D16B schema, the CEN EN 16931 CII rules,
//! with `--xrechnung` the KoSIT BR-DE rules) runs twice — once per rule set, over all files
//! — and must report no fatal failure, while a copy with a wrong gross must fail. The
//! invoice PDF read back with `pdftotext` shows the § 14 Abs. 4 UStG content, with
//! figures worked out by hand. Needs python3 with saxonche and lxml and poppler-utils
//! (`.ci/run` installs them).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use kontor::documents::einvoice::{Profile, cii_xml};
use kontor::documents::invoice::{pdf, text, zugferd_pdf};
use kontor::domain::Currency;
use kontor::domain::amounts::Totals;
use kontor::domain::invoice::{
    Invoice, InvoiceKind, InvoiceLine, Letterhead, Party, PaymentTerms, Skonto,
};
use kontor::domain::vat::{RateTable, TaxTreatment, VatCategory};
use kontor::lang::{Lang, Locale, Zone, scope};
use rust_decimal::{Decimal, dec};
use time::Date;
use time::macros::{date, datetime};

use crate::cli::confirmation::{pdf_text, squeezed};
use crate::common::Scratch;
use crate::documents::pdffonts::assert_fonts_embedded;

fn seller() -> Party {
    Party {
        name: "Kontor Handel".into(),
        street: "Hafenstraße 1".into(),
        postal_code: "20457".into(),
        city: "Hamburg".into(),
        country: "DE".into(),
        vat_id: "DE123456789".into(),
        tax_number: "22/815/08150".into(),
        contact: "Erika Muster".into(),
        phone: "+49 40 123456".into(),
        email: "rechnung@kontor.example".into(),
    }
}

fn letterhead() -> Letterhead {
    Letterhead {
        legal_form: "GmbH".into(),
        seat: "Hamburg".into(),
        register_court: "Amtsgericht Hamburg".into(),
        register_number: "HRB 12345".into(),
        managing_directors: "Erika Muster".into(),
        bank_name: "Hamburger Sparkasse".into(),
        iban: "DE89370400440532013000".into(),
        bic: "HASPDEHHXXX".into(),
    }
}

fn buyer(name: &str, street: &str, postal_code: &str, city: &str, country: &str) -> Party {
    Party {
        name: name.into(),
        street: street.into(),
        postal_code: postal_code.into(),
        city: city.into(),
        country: country.into(),
        contact: "Maria Anders".into(),
        email: "einkauf@kunde.example".into(),
        ..Party::default()
    }
}

fn line(
    sku: &str,
    text: &str,
    quantity: Decimal,
    price: Decimal,
    category: VatCategory,
) -> InvoiceLine {
    InvoiceLine {
        item_id: Some(1),
        sku: sku.into(),
        text: text.into(),
        quantity,
        unit_price: price,
        discount: Decimal::ZERO,
        category,
        supplied: date!(2026 - 12 - 05),
        order_id: Some(1),
        order_number: "AU-2026-00001".into(),
        order_line: Some(1),
        delivery_id: Some(1),
        delivery_number: "LS-2026-00001".into(),
        corrects_line: None,
    }
}

/// A domestic invoice RE-2026-00001 of 05.12.2026 to Alfreds in Berlin, due in 14 days.
fn invoice(lines: Vec<InvoiceLine>) -> Invoice {
    Invoice {
        id: 1,
        number: "RE-2026-00001".into(),
        kind: InvoiceKind::Invoice,
        customer_id: 1,
        customer_number: "K-1001".into(),
        seller: seller(),
        letterhead: letterhead(),
        buyer: buyer(
            "Alfreds Futterkiste",
            "Obere Str. 57",
            "12209",
            "Berlin",
            "DE",
        ),
        buyer_reference: "04011000-12345-34".into(),
        order_reference: "PO-4711".into(),
        issue_date: date!(2026 - 12 - 05),
        currency: Currency::EUR,
        treatment: TaxTreatment::Domestic,
        terms: PaymentTerms::default(),
        lines,
        corrects: None,
        corrects_number: String::new(),
        reason: String::new(),
        net: Decimal::ZERO,
        vat: Decimal::ZERO,
        gross: Decimal::ZERO,
        issued_by: "erika".into(),
        issued_at: datetime!(2026-12-05 10:00 UTC),
        version: 1,
    }
}

fn totals(invoice: &Invoice) -> Totals {
    invoice.document().totals(&RateTable::GERMANY).unwrap()
}

/// The cases: name and invoice.
fn cases() -> Vec<(&'static str, Invoice)> {
    let standard = || VatCategory::Standard;
    let normal = invoice(vec![
        line("CH-001", "Chai Tee", dec!(10), dec!(12.50), standard()),
        line(
            "CH-002",
            "Chang Bier & <Spezial>",
            dec!(3),
            dec!(19.99),
            standard(),
        ),
    ]);
    let mixed = invoice(vec![
        line("CH-001", "Chai Tee", dec!(10), dec!(12.50), standard()),
        line(
            "TEE-7",
            "Grüner Tee",
            dec!(4),
            dec!(8.40),
            VatCategory::Reduced,
        ),
        line(
            "BUCH-1",
            "Kochbuch",
            dec!(1),
            dec!(24.90),
            VatCategory::Reduced,
        ),
    ]);
    let mut reverse = invoice(vec![line("SV-1", "Montage", dec!(6), dec!(85), standard())]);
    reverse.treatment = TaxTreatment::ReverseCharge;
    reverse.buyer = buyer("Ernst Handel", "Kirchgasse 6", "8010", "Graz", "AT");
    reverse.buyer.vat_id = "ATU12345678".into();
    let mut intra = invoice(vec![line(
        "CH-001",
        "Chai Tee",
        dec!(40),
        dec!(12.50),
        standard(),
    )]);
    intra.treatment = TaxTreatment::IntraEuSupply;
    intra.buyer = buyer(
        "Bon app'",
        "12, rue des Bouchers",
        "13008",
        "Marseille",
        "FR",
    );
    intra.buyer.vat_id = "FR12345678901".into();
    let mut export = invoice(vec![line(
        "CH-001",
        "Chai Tee",
        dec!(20),
        dec!(12.50),
        standard(),
    )]);
    export.treatment = TaxTreatment::Export;
    export.buyer = buyer("Chop-suey Chinese", "Hauptstr. 29", "3012", "Bern", "CH");
    let mut skonto = invoice(vec![line(
        "CH-001",
        "Chai Tee",
        dec!(8),
        dec!(12.50),
        standard(),
    )]);
    skonto.terms = PaymentTerms {
        due_days: 30,
        skonto: Some(Skonto {
            days: 14,
            percent: dec!(2),
        }),
    };
    let mut discounted = invoice(vec![
        line("CH-001", "Chai Tee", dec!(7), dec!(12.45), standard()),
        line(
            "TEE-7",
            "Grüner Tee",
            dec!(3),
            dec!(8.33),
            VatCategory::Reduced,
        ),
    ]);
    discounted.lines[0].discount = dec!(10);
    discounted.lines[1].discount = dec!(2.5);
    let mut credit = invoice(vec![line(
        "CH-002",
        "Chang Bier",
        dec!(1),
        dec!(19.99),
        standard(),
    )]);
    credit.kind = InvoiceKind::CreditNote;
    credit.number = "GS-2026-00001".into();
    credit.corrects = Some(1);
    credit.corrects_number = "RE-2026-00001".into();
    credit.reason = "Bruch beim Transport".into();
    credit.lines[0].corrects_line = Some(2);
    let mut deliveries = invoice(vec![
        line("CH-001", "Chai Tee", dec!(5), dec!(12.50), standard()),
        line("CH-001", "Chai Tee", dec!(5), dec!(12.50), standard()),
        line(
            "TEE-7",
            "Grüner Tee",
            dec!(2),
            dec!(8.40),
            VatCategory::Reduced,
        ),
    ]);
    for (index, (day, number)) in [
        (date!(2026 - 11 - 20), "LS-2026-00001"),
        (date!(2026 - 11 - 27), "LS-2026-00002"),
        (date!(2026 - 12 - 03), "LS-2026-00003"),
    ]
    .into_iter()
    .enumerate()
    {
        deliveries.lines[index].supplied = day;
        deliveries.lines[index].delivery_number = number.into();
    }
    let three = invoice(vec![line(
        "SCHR-1",
        "Schraube M4",
        dec!(1000),
        dec!(0.125),
        standard(),
    )]);
    let mut exempt = invoice(vec![
        line(
            "KURS-1",
            "Erste-Hilfe-Kurs",
            dec!(2),
            dec!(150),
            VatCategory::exempt("§ 4 Nr. 21 UStG").unwrap(),
        ),
        line(
            "MIETE",
            "Raummiete",
            dec!(1),
            dec!(400),
            VatCategory::exempt("§ 4 Nr. 12 UStG").unwrap(),
        ),
        line("ZEIT-1", "Zeitung", dec!(3), dec!(2.50), VatCategory::Zero),
        line("CH-001", "Chai Tee", dec!(1), dec!(12.50), standard()),
    ]);
    exempt.terms.due_days = 10;
    vec![
        ("normal", normal),
        ("mixed", mixed),
        ("reverse-charge", reverse),
        ("intra-eu", intra),
        ("export", export),
        ("skonto", skonto),
        ("discounts", discounted),
        ("credit-note", credit),
        ("deliveries", deliveries),
        ("three-decimals", three),
        ("exempt-zero", exempt),
    ]
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

pub(crate) fn validator() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/einvoice/einvoice-validate")
}

/// Runs the validator over `files`; the failures it printed, by file.
pub(crate) fn validate(
    xrechnung: bool,
    files: &[PathBuf],
) -> std::thread::JoinHandle<(String, BTreeMap<String, Vec<String>>)> {
    let files = files.to_vec();
    std::thread::spawn(move || {
        let mut command = Command::new("python3");
        command.arg(validator()).arg("--quiet");
        if xrechnung {
            command.arg("--xrechnung");
        }
        let output = command
            .args(&files)
            .output()
            .expect("python3 runs the validator");
        let out = String::from_utf8_lossy(&output.stdout).to_string();
        let err = String::from_utf8_lossy(&output.stderr).to_string();
        assert!(
            output.status.code() == Some(0) || output.status.code() == Some(1),
            "the validator did not run (needs `pip install saxonche lxml`): {err}{out}"
        );
        let mut fatal: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for line in out.lines().filter(|line| line.contains(" (fatal): ")) {
            let (file, failure) = line.split_once(": ").unwrap();
            fatal
                .entry(file.to_string())
                .or_default()
                .push(failure.to_string());
        }
        (format!("{out}{err}"), fatal)
    })
}

#[test]
fn every_invoice_passes_the_official_rules_and_a_wrong_total_fails() {
    let scratch = Scratch::new();
    let dir = scratch.path();
    let (mut plain, mut xrechnung) = (Vec::new(), Vec::new());
    for (name, invoice) in cases() {
        let totals = totals(&invoice);
        let xml = cii_xml(&invoice, &totals, Profile::En16931).unwrap();
        plain.push(write(dir, &format!("{name}.xml"), xml.as_bytes()));
        let xr = cii_xml(&invoice, &totals, Profile::XRechnung).unwrap();
        xrechnung.push(write(dir, &format!("{name}-xrechnung.xml"), xr.as_bytes()));
        let bytes = zugferd_pdf(&invoice, &totals).unwrap();
        let pdf = write(dir, &format!("{name}.pdf"), &bytes);
        // PDF/A: both faces embedded as subsets; the subsets keep the file under 100 KB
        // (the whole DejaVu Sans alone is 742 KB).
        assert_fonts_embedded(&pdf, 100_000);
        let raw = String::from_utf8_lossy(&bytes);
        for wanted in [
            "/AFRelationship /Alternative",
            "/AF [",
            "/EmbeddedFiles",
            "/Subtype /text#2Fxml",
            "/S /GTS_PDFA1",
            "/DestOutputProfile",
            "<pdfaid:part>3</pdfaid:part>",
            "<pdfaid:conformance>B</pdfaid:conformance>",
            "<fx:DocumentType>INVOICE</fx:DocumentType>",
            "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
            "<fx:Version>1.0</fx:Version>",
            "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
            "<pdfaSchema:prefix>fx</pdfaSchema:prefix>",
        ] {
            assert!(raw.contains(wanted), "{name}: {wanted} missing in the PDF");
        }
        let embedded = dir.join(format!("{name}-embedded.xml"));
        let detach = Command::new("pdfdetach")
            .arg("-save")
            .arg("1")
            .arg("-o")
            .arg(&embedded)
            .arg(&pdf)
            .output()
            .expect("pdfdetach (poppler-utils) takes the XML out of the PDF");
        assert!(detach.status.success(), "{name}: {detach:?}");
        assert_eq!(std::fs::read_to_string(&embedded).unwrap(), xml, "{name}");
        let list = Command::new("pdfdetach")
            .arg("-list")
            .arg(&pdf)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&list.stdout).contains("1: factur-x.xml"),
            "{name}: {list:?}"
        );
        plain.push(embedded);
    }
    let normal = std::fs::read_to_string(dir.join("normal.xml")).unwrap();
    // 184.97 net + 35.14 VAT = 220.11; a gross of 220.12 breaks BR-CO-15.
    assert!(normal.contains("<ram:GrandTotalAmount>220.11</ram:GrandTotalAmount>"));
    let broken = normal.replace(
        "<ram:GrandTotalAmount>220.11</ram:GrandTotalAmount>",
        "<ram:GrandTotalAmount>220.12</ram:GrandTotalAmount>",
    );
    plain.push(write(dir, "broken.xml", broken.as_bytes()));
    let en16931 = validate(false, &plain);
    let german = validate(true, &xrechnung);
    let (out, fatal) = en16931.join().unwrap();
    let (xr_out, xr_fatal) = german.join().unwrap();
    let broken = dir.join("broken.xml").display().to_string();
    let broken_failures = fatal.get(&broken).cloned().unwrap_or_default();
    assert!(
        broken_failures
            .iter()
            .any(|failure| failure.starts_with("BR-CO-15")),
        "the wrong gross must fail BR-CO-15:\n{out}"
    );
    let others: Vec<_> = fatal.keys().filter(|file| **file != broken).collect();
    assert!(others.is_empty(), "EN 16931 failures:\n{out}");
    assert!(xr_fatal.is_empty(), "XRechnung failures:\n{xr_out}");
}

fn text_of(name: &str, german: bool) -> String {
    let (_, invoice) = cases().into_iter().find(|(n, _)| *n == name).unwrap();
    let totals = totals(&invoice);
    let scratch = Scratch::new();
    let bytes = match german {
        true => scope(Locale::new(Lang::De, Zone::UTC), || pdf(&invoice, &totals)),
        false => pdf(&invoice, &totals),
    };
    let path = write(scratch.path(), "invoice.pdf", &bytes);
    squeezed(&pdf_text(&path))
}

fn assert_shows(text: &str, expected: &[&str]) {
    for wanted in expected {
        assert!(text.contains(wanted), "{wanted:?} missing in:\n{text}");
    }
}

#[test]
fn the_invoice_pdf_shows_what_section_14_ustg_requires() {
    // 10 × 12,50 = 125,00 and 4 × 8,40 = 33,60 + 24,90 = 58,50 at 7 %: VAT 23,75 and 4,10
    // (4,095 rounded half away from zero), net 183,50, gross 211,35.
    let mixed = text_of("mixed", true);
    assert_shows(
        &mixed,
        &[
            "Kontor Handel GmbH",
            "Hafenstraße 1 · 20457 Hamburg",
            "Alfreds Futterkiste",
            "Obere Str. 57",
            "12209 Berlin",
            "Rechnung RE-2026-00001",
            "Rechnungs-Nr.: RE-2026-00001",
            "Rechnungsdatum: 05.12.2026",
            "Liefer-/Leistungsdatum: 05.12.2026",
            "10 12,50 125,00",
            "Grüner Tee 4 8,40 33,60",
            "Summe netto 183,50 €",
            "USt 19% (Regelsatz) auf 125,00 € 23,75 €",
            "USt 7% (ermäßigt) auf 58,50 € 4,10 €",
            "Rechnungsbetrag 211,35 €",
            "Zahlbar ohne Abzug bis 19.12.2026.",
            "USt-IdNr.: DE123456789",
            "Steuernummer: 22/815/08150",
            "IBAN: DE89 3704 0044 0532 0130 00",
            "HRB 12345",
        ],
    );
    // 8 × 12,50 = 100,00 + 19,00 VAT = 119,00; 2% Skonto is 2,38, leaving 116,62.
    let skonto = text_of("skonto", true);
    assert_shows(
        &skonto,
        &[
            "Zahlbar ohne Abzug bis 04.01.2027.",
            "Bei Zahlung bis 19.12.2026 2% Skonto (2,38 €): 116,62 €.",
        ],
    );
    let reverse = text_of("reverse-charge", true);
    assert_shows(
        &reverse,
        &[
            "Steuerschuldnerschaft des Leistungsempfängers",
            "Ihre USt-IdNr.: ATU12345678",
            "ÖSTERREICH",
            "Rechnungsbetrag 510,00 €",
        ],
    );
    let deliveries = text_of("deliveries", true);
    assert_shows(
        &deliveries,
        &[
            "Leistungszeitraum: 20.11.2026 bis 03.12.2026",
            "Lieferscheine: LS-2026-00001,",
            "LS-2026-00002, LS-2026-00003",
            "27.11.2026",
        ],
    );
    let three = text_of("three-decimals", true);
    assert_shows(&three, &["1.000 0,125 125,00"]);
    let credit = text_of("credit-note", false);
    assert_shows(
        &credit,
        &[
            "Credit note GS-2026-00001 correcting invoice RE-2026-00001",
            "Corrects invoice: RE-2026-00001",
            "Reason for the correction: Bruch beim Transport",
            "Date: 2026-12-05",
            "Credit total 23.79 EUR",
            "We will refund or offset the amount by 2026-12-19.",
        ],
    );
}

#[test]
fn xrechnung_refuses_naming_what_the_invoice_lacks_and_text_renders() {
    let (_, mut invoice) = cases().remove(0);
    invoice.buyer_reference.clear();
    let totals = totals(&invoice);
    assert!(cii_xml(&invoice, &totals, Profile::En16931).is_ok());
    let refused = cii_xml(&invoice, &totals, Profile::XRechnung).unwrap_err();
    assert_eq!(refused.field, "buyer_reference");
    assert!(refused.message.contains("BT-10"), "{refused:?}");
    invoice.buyer_reference = "x".into();
    invoice.seller.contact.clear();
    let refused = cii_xml(&invoice, &totals, Profile::XRechnung).unwrap_err();
    assert_eq!(refused.field, "seller.contact");
    let shown = text(&invoice, &totals, 100);
    assert!(shown.contains("Invoice RE-2026-00001"), "{shown}");
    assert!(shown.contains("Invoice total"), "{shown}");
    let _: Date = invoice.due_date();
}
