//! An invoice's files through the real binary: `kontor invoice show --pdf --xml` and
//! `kontor invoice send` write the ZUGFeRD PDF and the XRechnung / EN 16931 XML of
//! invoices and a credit note issued by `kontor invoice add|credit`; the official rule
//! sets accept every XML, written and extracted from the PDF with `pdfdetach`, and the PDF
//! reads back with its number and total. A refused profile or incomplete data writes no file.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Scratch, add_customer, fails, json, ok, text};

use super::confirmation::pdf_text;
use crate::documents::einvoice::validate;

/// A company with everything XRechnung asks for, a public buyer with a Leitweg-ID and a
/// business buyer without one; a standard and a reduced item in stock.
fn shop(db: &Path) {
    for (name, value) in [
        ("company_name", "Kontor Handel GmbH"),
        ("company_street", "Hafenstraße 1"),
        ("company_postal_code", "20457"),
        ("company_city", "Hamburg"),
        ("company_vat_id", "DE123456789"),
        ("company_managing_directors", "Erika Mustermann"),
        ("company_phone", "+49 40 123456"),
        ("company_email", "rechnung@kontor.example"),
        ("company_iban", "DE02120300000000202051"),
        ("payment_days", "30"),
        ("payment_skonto", "14:2"),
    ] {
        ok(db, &["settings", name, value]);
    }
    for (sku, price, vat) in [
        ("CH-001", "18.00", "standard"),
        ("TEE-7", "4.99", "reduced"),
    ] {
        ok(
            db,
            &[
                "item", "add", "--sku", sku, "--name", sku, "--price", price, "--vat", vat,
            ],
        );
        ok(db, &["stock", "receive", sku, "50"]);
    }
    for (name, number, email, reference) in [
        (
            "Stadt Köln",
            "K-1",
            "einkauf@stadt-koeln.example",
            "05315-12345-67",
        ),
        ("Müller GmbH", "K-2", "", ""),
    ] {
        let mut flags = vec![
            "--name",
            name,
            "--number",
            number,
            "--street",
            "Rathausplatz 1",
            "--postal-code",
            "50667",
            "--city",
            "Köln",
            "--country",
            "DE",
        ];
        if !email.is_empty() {
            flags.extend(["--email", email, "--buyer-reference", reference]);
        }
        add_customer(db, &flags);
    }
}

/// Orders `lines` for `customer`, confirms and delivers them in one note per line.
fn delivered(db: &Path, customer: &str, lines: &[&str]) -> Vec<String> {
    let mut args = vec!["order", "add", "--customer", customer];
    for line in lines {
        args.extend(["--line", line]);
    }
    let order = text(&json(db, &args), "number").to_string();
    ok(db, &["order", "confirm", &order]);
    (1..=lines.len())
        .map(|line| {
            let only = format!("{line}:1");
            let posted = json(db, &["delivery", "post", &order, "--line", &only]);
            text(&posted, "number").to_string()
        })
        .collect()
}

fn issue(db: &Path, notes: &[String]) -> String {
    let mut args = vec!["invoice", "add"];
    for note in notes {
        args.extend(["--delivery", note.as_str()]);
    }
    text(&json(db, &args), "number").to_string()
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

fn detach(pdf: &Path, xml: &Path) {
    let status = Command::new("pdfdetach")
        .args(["-save", "1", "-o"])
        .arg(xml)
        .arg(pdf)
        .status()
        .expect("pdfdetach (poppler-utils) runs");
    assert!(status.success(), "pdfdetach failed on {}", pdf.display());
}

#[test]
fn issued_invoices_and_credit_notes_pass_the_official_rules_as_xml_and_inside_the_pdf() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let out = scratch.path().to_path_buf();
    shop(&db);
    let public = issue(&db, &delivered(&db, "K-1", &["CH-001:3", "TEE-7:4"]));
    let business = issue(&db, &delivered(&db, "K-2", &["CH-001:2:17.50:5%"]));
    let credited = json(
        &db,
        &[
            "invoice", "credit", &public, "--line", "2:1", "--reason", "Bruch",
        ],
    );
    let credit = text(&credited, "number").to_string();

    let shown = ok(
        &db,
        &[
            "invoice",
            "show",
            &public,
            "--pdf",
            &path(&out, "public.pdf"),
            "--xml",
            &path(&out, "public.xml"),
        ],
    );
    assert!(shown.contains(&public), "{shown}");
    ok(
        &db,
        &[
            "invoice",
            "show",
            &business,
            "--pdf",
            &path(&out, "business.pdf"),
            "--xml",
            &path(&out, "business.xml"),
        ],
    );
    let sent = ok(
        &db,
        &[
            "invoice",
            "send",
            &credit,
            "--dir",
            &out.display().to_string(),
        ],
    );
    assert!(sent.contains(&format!("{credit}.pdf")), "{sent}");

    let mut xrechnung: Vec<PathBuf> =
        vec![out.join("public.xml"), out.join(format!("{credit}.xml"))];
    let mut en16931: Vec<PathBuf> = vec![out.join("business.xml")];
    let credit_pdf = format!("{credit}.pdf");
    for (pdf, extracted, strict) in [
        ("public.pdf", "public-embedded.xml", true),
        (credit_pdf.as_str(), "credit-embedded.xml", true),
        ("business.pdf", "business-embedded.xml", false),
    ] {
        detach(&out.join(pdf), &out.join(extracted));
        match strict {
            true => xrechnung.push(out.join(extracted)),
            false => en16931.push(out.join(extracted)),
        }
    }
    let public_xml = std::fs::read_to_string(out.join("public.xml")).unwrap();
    assert!(
        public_xml.contains("xrechnung_3.0"),
        "a Leitweg-ID gives XRechnung"
    );
    assert!(public_xml.contains("05315-12345-67"));
    assert!(public_xml.contains("#SKONTO#TAGE=14#PROZENT=2.00#"));
    let business_xml = std::fs::read_to_string(out.join("business.xml")).unwrap();
    assert!(
        !business_xml.contains("xrechnung"),
        "no Leitweg-ID: EN 16931"
    );
    let credit_xml = std::fs::read_to_string(out.join(format!("{credit}.xml"))).unwrap();
    assert!(credit_xml.contains("<ram:TypeCode>381</ram:TypeCode>"));
    assert!(
        credit_xml.contains(&public),
        "the credit note names the invoice it corrects"
    );

    let strict = validate(true, &xrechnung);
    let plain = validate(false, &en16931);
    for (report, fatal) in [strict.join().unwrap(), plain.join().unwrap()] {
        assert!(fatal.is_empty(), "fatal rule failures: {fatal:?}\n{report}");
    }

    let read = pdf_text(&out.join("public.pdf"));
    assert!(read.contains(&public), "{read}");
    assert!(read.contains("Stadt Köln"), "{read}");
}

#[test]
fn an_unknown_profile_or_incomplete_xrechnung_data_writes_no_file() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let out = scratch.path().to_path_buf();
    shop(&db);
    let business = issue(&db, &delivered(&db, "K-2", &["CH-001:1"]));
    let pdf = path(&out, "x.pdf");
    let refused = fails(
        &db,
        &[
            "invoice",
            "show",
            &business,
            "--pdf",
            &pdf,
            "--profile",
            "ubl",
        ],
        2,
    );
    assert!(refused.contains("ubl"), "{refused}");
    let refused = fails(
        &db,
        &[
            "invoice",
            "show",
            &business,
            "--xml",
            &pdf,
            "--profile",
            "xrechnung",
        ],
        2,
    );
    assert!(refused.contains("BT-10"), "no buyer reference: {refused}");
    assert!(!Path::new(&pdf).exists(), "nothing written");
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
