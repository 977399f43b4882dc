//! The purchase order's PDF through the command line, read back with `pdftotext` (as the
//! confirmation's is): `purchase send --dir` marks the draft sent and writes NUMBER.pdf,
//! `--pdf` a file of its own, `show --pdf` the same document again — with the order
//! number, the supplier's address, each line with our SKU and, where a supplier item
//! links it, the supplier's own number, quantities, prices, requested dates, and the net
//! total worked out by hand; in German and in English. A refused send writes nothing.

use std::path::Path;

use crate::common::{Scratch, fails, json, ok, text};

use super::confirmation::pdf_text;

/// Supplier L-1 in London; CH-001 with the supplier's number EX-CH1, BK-1 without one;
/// draft BE-2026-00001: 12 CH-001 at 4.15 (49.80) and 3 BK-1 at 11.95 (35.85) on
/// 2026-12-20 — 85.65 net.
fn ordered(db: &Path) {
    ok(
        db,
        &[
            "supplier",
            "add",
            "--name",
            "Exotic Liquids",
            "--number",
            "L-1",
            "--street",
            "49 Gilbert St.",
            "--postal-code",
            "EC1 4SD",
            "--city",
            "London",
            "--payment-terms",
            "30",
        ],
    );
    for (sku, name) in [("CH-001", "Chai"), ("BK-1", "Buch")] {
        ok(
            db,
            &["item", "add", "--sku", sku, "--name", name, "--price", "10"],
        );
    }
    ok(
        db,
        &[
            "supplier-item",
            "add",
            "--item",
            "CH-001",
            "--supplier",
            "L-1",
            "--supplier-sku",
            "EX-CH1",
            "--price",
            "4.15",
        ],
    );
    ok(
        db,
        &[
            "purchase",
            "add",
            "--supplier",
            "L-1",
            "--line",
            "CH-001:12:4.15:2026-12-20",
            "--line",
            "BK-1:3:11.95:2026-12-20",
        ],
    );
}

#[test]
fn send_writes_the_order_pdf_with_supplier_numbers_lines_and_total() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ordered(&db);
    let dir = scratch.path().join("out");
    std::fs::create_dir(&dir).unwrap();
    let said = ok(
        &db,
        &[
            "--lang",
            "de",
            "purchase",
            "send",
            "BE-2026-00001",
            "--dir",
            dir.to_str().unwrap(),
        ],
    );
    let file = dir.join("BE-2026-00001.pdf");
    assert!(said.contains("PDF geschrieben"), "{said}");
    assert_eq!(
        text(&json(&db, &["purchase", "show", "BE-2026-00001"]), "state"),
        "sent"
    );
    let shown = pdf_text(&file);
    for expected in [
        "Bestellung BE-2026-00001",
        "Bestell-Nr.",
        "Lieferanten-Nr.",
        "L-1",
        "Exotic Liquids",
        "49 Gilbert St.",
        "EC1 4SD London",
        "CH-001",
        "EX-CH1",
        "12",
        "4,15",
        "49,80",
        "BK-1",
        "11,95",
        "35,85",
        "20.12.2026",
        "Summe netto 85,65 €",
    ] {
        assert!(shown.contains(expected), "{expected:?} missing in\n{shown}");
    }
    // The second line has no supplier item: no supplier number is made up for it.
    let bk = shown.lines().find(|l| l.contains("BK-1")).unwrap();
    assert!(!bk.contains("EX-"), "{bk}");

    let english = scratch.path().join("again.pdf");
    ok(
        &db,
        &[
            "purchase",
            "show",
            "BE-2026-00001",
            "--pdf",
            english.to_str().unwrap(),
        ],
    );
    let shown = pdf_text(&english);
    for expected in [
        "Purchase order BE-2026-00001",
        "Supplier no.",
        "Your item no.",
        "EX-CH1",
        "2026-12-20",
        "4.15",
        "Total net 85.65 EUR",
        "Payment within 30 days net",
    ] {
        assert!(shown.contains(expected), "{expected:?} missing in\n{shown}");
    }
}

#[test]
fn a_refused_send_writes_no_pdf() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ordered(&db);
    ok(&db, &["purchase", "send", "BE-2026-00001"]);
    let file = scratch.path().join("BE.pdf");
    let refused = fails(
        &db,
        &[
            "purchase",
            "send",
            "BE-2026-00001",
            "--pdf",
            file.to_str().unwrap(),
        ],
        2,
    );
    assert!(refused.contains("only a draft"), "{refused}");
    assert!(!file.exists());
}
