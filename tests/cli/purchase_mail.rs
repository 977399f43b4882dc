//! `kontor purchase send BE-… --mail` against the loopback SMTP sink the mail tests use:
//! the draft is marked sent and its PDF queued in the outbox to the supplier's first
//! address; `mail send` delivers it — the recipient, subject and the attached PDF read
//! back with `pdftotext` (order number, supplier, net total worked out by hand). A
//! supplier without an address is refused in one line, the order stays a draft and
//! nothing is queued.

use std::path::Path;

use crate::common::{Scratch, fails, json, text};

use super::confirmation::pdf_text;
use super::mail_out::{NOW, Sink, configured, ok_at};

/// Supplier L-1 (with `emails`), item CH-001 and draft BE-2026-00001: 12 CH-001 at
/// 4.15 and 3 at 2.50 — 49.80 + 7.50 = 57.30 net.
fn ordered(db: &Path, emails: &[&str]) {
    let mut supplier = vec![
        "supplier",
        "add",
        "--name",
        "Exotic Liquids",
        "--number",
        "L-1",
        "--city",
        "London",
    ];
    for email in emails {
        supplier.extend(["--email", email]);
    }
    ok_at(db, NOW, &supplier);
    ok_at(
        db,
        NOW,
        &[
            "item", "add", "--sku", "CH-001", "--name", "Chai", "--price", "10",
        ],
    );
    ok_at(
        db,
        NOW,
        &[
            "purchase",
            "add",
            "--supplier",
            "L-1",
            "--line",
            "CH-001:12:4.15:2026-12-20",
            "--line",
            "CH-001:3:2.50:2026-12-21",
        ],
    );
}

#[test]
fn send_mail_queues_the_pdf_to_the_supplier_and_the_sink_receives_it() {
    let sink = Sink::start(&[]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    ordered(&db, &["orders@exotic.uk", "info@exotic.uk"]);

    let said = ok_at(&db, NOW, &["purchase", "send", "BE-2026-00001", "--mail"]);
    assert!(
        said.contains("BE-2026-00001: mailed to orders@exotic.uk"),
        "{said}"
    );
    let shown = json(&db, &["purchase", "show", "BE-2026-00001"]);
    assert_eq!(text(&shown, "state"), "sent");
    assert_eq!(sink.count(), 0, "queued, not yet sent");

    let report = ok_at(&db, NOW, &["mail", "send"]);
    assert!(report.contains("sent 1"), "{report}");
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert_eq!(message["rcpt_tos"], serde_json::json!(["orders@exotic.uk"]));
    assert_eq!(
        message["headers"]["Subject"],
        "Purchase order BE-2026-00001"
    );
    assert!(
        (message["body"].as_str().unwrap()).contains("purchase order BE-2026-00001"),
        "{}",
        message["body"]
    );
    let attachments = message["attachments"].as_array().unwrap();
    assert_eq!(attachments.len(), 1);
    assert_eq!(attachments[0]["name"], "BE-2026-00001.pdf");
    assert_eq!(attachments[0]["mime"], "application/pdf");
    let bytes: Vec<u8> = (attachments[0]["bytes"].as_array().unwrap())
        .iter()
        .map(|b| u8::try_from(b.as_u64().unwrap()).unwrap())
        .collect();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let path = scratch.path().join("mailed.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let pdf = pdf_text(&path);
    assert!(pdf.contains("BE-2026-00001"), "{pdf}");
    assert!(pdf.contains("Exotic Liquids"), "{pdf}");
    assert!(pdf.contains("57.30"), "{pdf}");

    let again = fails(&db, &["purchase", "send", "BE-2026-00001", "--mail"], 2);
    assert!(again.contains("only a draft"), "{again}");
    assert_eq!(
        ok_at(&db, NOW, &["mail", "send"]).trim(),
        "nothing due in the outbox"
    );
}

#[test]
fn a_supplier_without_an_address_is_refused_in_one_line_and_nothing_is_sent() {
    let sink = Sink::start(&[]);
    let scratch = Scratch::new();
    let db = configured(&scratch, sink.port);
    ordered(&db, &[]);

    let refused = fails(&db, &["purchase", "send", "BE-2026-00001", "--mail"], 2);
    assert_eq!(
        refused,
        "kontor: Supplier L-1 Exotic Liquids has no e-mail address: BE-2026-00001 was not sent"
    );
    let shown = json(&db, &["purchase", "show", "BE-2026-00001"]);
    assert_eq!(text(&shown, "state"), "draft");
    let outbox = json(&db, &["mail", "outbox"]);
    assert_eq!(outbox, serde_json::json!([]));
}
