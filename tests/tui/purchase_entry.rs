//! Purchase order entry end to end: the real binary in tmux at 80×24 on a database
//! prepared with the CLI — Chai Tea (CH-001, barcode 4006381333931), supplier L-1 whose
//! preferred offer of it is 4.50, from 10 on 4.20. `g B`, `N`, the supplier, Enter past
//! the date and the note; the barcode scanned (code + Enter) into the item field, 12,
//! Enter on the empty price and date: the line shows the break's 4.20 and 50.40; a second
//! line typed fast as `CH-001:2:5` in the item field; Ctrl-X saves and opens the order.
//! The CLI then finds 12 at 4.20 and 2 at 5 — 50.40 + 10.00 = 60.40 net.

use crate::common;
use crate::tmux;

use common::{CHAI, Scratch, json, ok, text};

use super::scan::{WAIT, prepared, quit, tui};

#[test]
fn a_purchase_order_is_typed_in_the_grid_with_a_scanned_item_and_a_fast_line() {
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
    ok(
        &db,
        &[
            "supplier-item",
            "add",
            "--item",
            "CH-001",
            "--supplier",
            "L-1",
            "--price",
            "4.50",
            "--price",
            "10:4.20",
            "--preferred",
            "yes",
        ],
    );

    let term: tmux::Tmux = tui(&db);
    term.send(&["g", "B"]);
    term.wait_for("Purchase orders", WAIT);
    term.send(&["N"]);
    term.wait_for("New purchase order", WAIT);
    term.type_text("L-1");
    term.send(&["Enter"]);
    term.wait_for("Exotic Liquids", WAIT);
    term.send(&["Enter", "Enter", CHAI, "Enter"]);
    term.type_text("12");
    term.send(&["Enter", "Enter", "Enter"]);
    // 12 from the break at 10: 4.20, 12 × 4.20 = 50.40. The total shows the line while it
    // is still being typed; the line is named by its item only once it is taken.
    let taken = term.wait_for("CH-001 Chai Tea", WAIT);
    assert!(taken.contains("Total net 50.40 EUR"), "{taken}");
    let line = taken
        .lines()
        .find(|l| l.contains("CH-001 Chai Tea"))
        .unwrap();
    assert!(line.contains("4.20") && line.contains("50.40"), "{line}");
    term.type_text("CH-001:2:5");
    term.send(&["C-x"]);
    term.wait_for("Purchase order BE-2026-00001", WAIT);
    quit(&term);

    let order = json(&db, &["purchase", "show", "BE-2026-00001"]);
    let lines = order["lines"].as_array().unwrap();
    let figures: Vec<(&str, &str, &str)> = lines
        .iter()
        .map(|l| (text(l, "quantity"), text(l, "unit_price"), text(l, "net")))
        .collect();
    assert_eq!(figures, [("12", "4.20", "50.40"), ("2", "5", "10.00")]);
    assert_eq!(text(&order, "total"), "60.40");
    assert_eq!(text(&order, "state"), "draft");
}
