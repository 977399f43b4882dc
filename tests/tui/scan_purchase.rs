//! Scan mode receiving against a purchase order, end to end: the real binary in tmux at
//! 80×24 on a database prepared with the CLI — supplier L-1, BE-…-00001 sent for 3 Chai
//! Tea (5 on hand at WH1). `g s`, then Ctrl-E switches to receiving against an order; the
//! order number is typed as a scanner types it (code + Enter) and its open quantity shown;
//! an item not on the order is refused with one line and the bell; two scans of the
//! barcode and Enter on the empty field post them. The CLI then finds 2 received on the
//! line, 1 open, and on hand at WH1 grown from 5 to 7.

use crate::common;
use crate::tmux;

use common::{CHAI, Scratch, json, ok, text};
use rust_decimal::{Decimal, dec};

use super::scan::{WAIT, on_hand, prepared, quit, scan_mode, tui};

#[test]
fn a_purchase_order_is_received_by_scanning_its_number_then_the_items() {
    let scratch = Scratch::new();
    let db = prepared(&scratch);
    ok(
        &db,
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
        &db,
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
    ok(&db, &["purchase", "send", &number]);

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
        &format!("received on {number}: 2 units, now partly received"),
        WAIT,
    );
    quit(&term);

    let order = json(&db, &["purchase", "show", &number]);
    let line = &order["lines"][0];
    let figure = |field| text(line, field).parse::<Decimal>().unwrap();
    assert_eq!((figure("received"), figure("open")), (dec!(2), dec!(1)));
    assert_eq!(on_hand(&db, "CH-001"), "7");
}
