//! Order entry end to end: the real binary in tmux at 80×24 on a database made through the
//! CLI. The orders list (`g a`), `o` opens order entry; the customer picked by its number;
//! an unknown SKU is an error on the line and the code stays to be corrected; one line
//! typed by SKU, one by barcode as a scanner types it (code + Enter); Ctrl-X saves; then
//! `kontor order show` finds the order with its lines, the list prices and the totals,
//! computed here independently.

use crate::common;
use crate::tmux;

use std::time::Duration;

use common::{Scratch, add_customer, json, ok, text};
use rust_decimal::Decimal;
use tmux::Tmux;

const WAIT: Duration = Duration::from_secs(20);
const BARCODE: &str = "4006381333931";

fn decimal(value: &serde_json::Value) -> Decimal {
    value.as_str().unwrap().parse().unwrap()
}

#[test]
fn an_order_is_entered_by_customer_number_sku_and_barcode_and_saved_with_ctrl_x() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Alfreds Futterkiste", "--number", "ALFKI"]);
    let coffee = ["--sku", "CO-001", "--name", "Coffee", "--price", "12.35"];
    ok(&db, &[&["item", "add"][..], &coffee].concat());
    let chai = ["--sku", "CH-001", "--name", "Chai Tea", "--price", "4.55"];
    ok(
        &db,
        &[&["item", "add"][..], &chai, &["--barcode", BARCODE]].concat(),
    );
    ok(&db, &["stock", "receive", "CH-001", "5", "--to", "WH1"]);

    // The clock pinned as for the CLI, so the order's year is the tests' year.
    let pinned = format!(
        "TERM=xterm-256color TZ=UTC USER=anna {}={}",
        kontor::core::PIN_VARIABLE,
        common::pin(common::now())
    );
    let term = Tmux::start(&super::e2e::kontor(&db, &pinned));
    term.wait_for("Home", WAIT);
    term.send(&["g", "a"]);
    term.wait_for("Sales orders", WAIT);
    term.send(&["o"]);
    term.wait_for("New sales order", WAIT);
    term.type_text("ALFKI");
    term.send(&["Enter"]);
    term.wait_for("Alfreds Futterkiste", WAIT);
    term.type_text("PO-4711");
    term.send(&["Enter", "Enter"]);
    term.type_text("XX-999");
    term.send(&["Enter"]);
    let refused = term.wait_for("no item with SKU or barcode \"XX-999\"", WAIT);
    assert!(refused.contains("> XX-999"), "the code stays: {refused}");
    term.press("BSpace", 6);
    term.type_text("CO-001");
    term.send(&["Enter"]);
    term.type_text("3");
    term.send(&["Enter"]);
    term.wait_for("37.05", WAIT);
    // The scanner: the barcode and Enter, then the quantity.
    term.type_text(BARCODE);
    term.send(&["Enter"]);
    term.type_text("2");
    let typed = term.wait_for("Gross 54.92", WAIT);
    assert!(
        typed.contains("9.10") && typed.contains("Net 46.15"),
        "{typed}"
    );
    term.send(&["Enter"]);
    term.wait_for("Lines (2)", WAIT);
    term.send(&["C-x"]);
    term.wait_for("order AU-2026-00001 saved", WAIT);
    term.wait_for("Sales order AU-2026-00001", WAIT);
    term.send(&["F3"]);
    assert_eq!(term.wait_exit(WAIT), 0);

    let order = json(&db, &["order", "show", "AU-2026-00001"]);
    assert_eq!(text(&order, "reference"), "PO-4711");
    let lines = order["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    let expected = [("CO-001", "3", "12.35"), ("CH-001", "2", "4.55")];
    let mut net = Decimal::ZERO;
    for (line, (sku, quantity, price)) in lines.iter().zip(expected) {
        assert_eq!(text(line, "sku"), sku);
        let quantity: Decimal = quantity.parse().unwrap();
        let price: Decimal = price.parse().unwrap();
        assert_eq!(decimal(&line["quantity"]), quantity);
        assert_eq!(decimal(&line["unit_price"]), price);
        assert_eq!(decimal(&line["net"]), quantity * price);
        net += quantity * price;
    }
    // 37.05 + 9.10 = 46.15; 19 % of it is 8.7685, 8.77 to the cent; gross 54.92.
    let vat = (net * Decimal::new(19, 2))
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let totals = &order["totals"];
    assert_eq!(decimal(&totals["net"]), net);
    assert_eq!(decimal(&totals["vat"]), vat);
    assert_eq!(decimal(&totals["gross"]), net + vat);
    assert_eq!(net + vat, Decimal::new(5492, 2));
}
