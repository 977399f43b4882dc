//! Scan mode receiving against a purchase order, end to end: the real binary in tmux at
//! 80×24 on a database prepared with the CLI — supplier L-1, BE-…-00001 sent for 3 Chai
//! Tea (5 on hand at WH1). `g s`, then Ctrl-E switches to receiving against an order; the
//! order number is typed as a scanner types it (code + Enter) and its open quantity shown;
//! an item not on the order is refused with one line and the bell; two scans of the
//! barcode and Enter on the empty field post them. The CLI then finds 2 received on the
//! line, 1 open, and on hand at WH1 grown from 5 to 7. A bin typed before the items
//! (`WH1/A-01`) takes the next receipt: the CLI finds it there and WH1 unchanged; an
//! unknown code and a location after the items are refused.

use crate::common;
use crate::tmux;

use common::{CHAI, Scratch, json, json_list, ok, text};
use rust_decimal::{Decimal, dec};

use super::scan::{WAIT, on_hand, prepared, quit, scan_mode, tui};

/// Supplier L-1 and BE-…-00001 sent for 3 Chai Tea; its number.
fn sent_order(db: &std::path::Path) -> String {
    ok(
        db,
        &[
            "supplier",
            "add",
            "--name",
            "Exotic Liquids",
            "--number",
            "L-1",
        ],
    );
    let added = json(
        db,
        &[
            "purchase",
            "add",
            "--supplier",
            "L-1",
            "--line",
            "CH-001:3:4.50",
        ],
    );
    let number = text(&added, "number").to_string();
    ok(db, &["purchase", "send", &number]);
    number
}

/// On hand of `sku` at `location` through the CLI.
fn on_hand_at(db: &std::path::Path, sku: &str, location: &str) -> Decimal {
    let lines = json_list(db, &["stock", "balance", sku, "--location", location]);
    lines.first().map_or(Decimal::ZERO, |line| {
        text(line, "quantity").parse().unwrap()
    })
}

#[test]
fn a_receipt_goes_to_the_location_scanned_before_the_items() {
    let scratch = Scratch::new();
    let db = prepared(&scratch);
    ok(&db, &["location", "add", "WH1/A-01", "--name", "Regal A"]);
    let number = sent_order(&db);

    let term: tmux::Tmux = tui(&db);
    scan_mode(&term, None, "");
    term.send(&["C-e"]);
    term.wait_for("Receive: purchase order", WAIT);
    term.type_text(&number);
    term.send(&["Enter"]);
    // Until a location is scanned the goods go to the default one.
    let default = format!("{number} → WH1");
    term.wait_until(&default, WAIT, |screen| {
        (screen.lines()).any(|l| l.contains(&default) && !l.contains("WH1/"))
    });
    // Neither an item nor a location: refused with the bell.
    term.type_text("NOWHERE");
    term.send(&["Enter"]);
    term.wait_for("\"NOWHERE\" is neither an item nor a location", WAIT);
    assert!(term.bell_rang(), "the bell rings");
    // The bin, typed in any case, then the scanner twice.
    term.type_text("wh1/a-01");
    term.send(&["Enter"]);
    term.wait_for(&format!("the goods of {number} go to WH1/A-01"), WAIT);
    term.wait_for(&format!("{number} → WH1/A-01"), WAIT);
    term.send(&[CHAI, "Enter", CHAI, "Enter"]);
    term.wait_for("CH-001: 2 of 3", WAIT);
    // A location after the items is refused: what was scanned would go elsewhere.
    term.type_text("WH1");
    term.send(&["Enter"]);
    term.wait_for("WH1: scan the location before the items", WAIT);
    term.send(&["Enter"]);
    term.wait_for(
        &format!("received on {number}: 2 units into WH1/A-01, now partly received"),
        WAIT,
    );
    quit(&term);

    assert_eq!(on_hand_at(&db, "CH-001", "WH1/A-01"), dec!(2));
    // WH1 keeps its 5.
    assert_eq!(on_hand_at(&db, "CH-001", "WH1"), dec!(5));
    let order = json(&db, &["purchase", "show", &number]);
    assert_eq!(text(&order["lines"][0], "received"), "2");
}

#[test]
fn a_purchase_order_is_received_by_scanning_its_number_then_the_items() {
    let scratch = Scratch::new();
    let db = prepared(&scratch);
    let number = sent_order(&db);

    let term: tmux::Tmux = tui(&db);
    scan_mode(&term, None, "");
    term.send(&["C-e"]);
    term.wait_for("Receive: purchase order", WAIT);
    term.type_text(&number);
    term.send(&["Enter"]);
    let opened = term.wait_for("CH-001 Chai Tea", WAIT);
    let line = opened
        .lines()
        .find(|l| l.contains("CH-001 Chai Tea"))
        .unwrap();
    // Scanned 0 of the 3 open.
    let inner = line.trim_matches(|c: char| matches!(c, '│' | '|' | ' '));
    let words: Vec<&str> = inner.split_whitespace().collect();
    assert_eq!(words[words.len() - 2..], ["0", "3"], "{line}");
    // Not on the order: refused with one line and the bell.
    term.type_text("SY-002");
    term.send(&["Enter"]);
    term.wait_for(&format!("SY-002 is not on {number}"), WAIT);
    assert!(term.bell_rang(), "the bell rings");
    // The scanner: code and Enter, twice.
    term.send(&[CHAI, "Enter", CHAI, "Enter"]);
    term.wait_for("CH-001: 2 of 3", WAIT);
    term.send(&["Enter"]);
    term.wait_for(
        &format!("received on {number}: 2 units into WH1, now partly received"),
        WAIT,
    );
    quit(&term);

    let order = json(&db, &["purchase", "show", &number]);
    let line = &order["lines"][0];
    let figure = |field| text(line, field).parse::<Decimal>().unwrap();
    assert_eq!((figure("received"), figure("open")), (dec!(2), dec!(1)));
    assert_eq!(on_hand(&db, "CH-001"), "7");
}
