//! Scan mode and the items list end to end: the real `kontor` binary in tmux at 80×24 on a
//! database prepared with the CLI; after quitting (the TUI holds the database lock) the CLI
//! checks what was posted. Covers a receipt by scanning a barcode twice in one burst, an
//! unknown code and an issue that would go negative (both refused inline with the bell,
//! nothing posted), a count posted against `loss`, and the item search by part of a name.

use crate::common;
use crate::tmux;

use std::path::Path;
use std::time::Duration;

use common::{CHAI, KONTOR, Scratch, add_chai_tea, json_list, ok, s, text};
use serde_json::Value;
use tmux::{Tmux, quote};

pub(super) const WAIT: Duration = Duration::from_secs(20);

/// A database with Chai Tea (barcode 4006381333931, 5 at WH1) and Aniseed Syrup (none).
pub(super) fn prepared(scratch: &Scratch) -> std::path::PathBuf {
    let db = scratch.db("db");
    add_chai_tea(&db);
    ok(
        &db,
        &["item", "add", "--sku", "SY-002", "--name", "Aniseed Syrup"],
    );
    db
}

/// The TUI on `db` in tmux, showing the home screen.
pub(super) fn tui(db: &Path) -> Tmux {
    let command = format!(
        "env -u KONTOR_DB TZ=UTC USER=tester TERM=xterm-256color {} --db {}",
        quote(KONTOR),
        quote(s(db))
    );
    let tmux = Tmux::start(&command);
    tmux.wait_for("Home", WAIT);
    tmux
}

/// Opens scan mode (`g s`) and switches with `mode_key` unless receiving.
pub(super) fn scan_mode(tmux: &Tmux, mode_key: Option<&str>, explain: &str) {
    tmux.send(&["g", "s"]);
    tmux.wait_for("Scan: supplier -> location", WAIT);
    if let Some(key) = mode_key {
        tmux.send(&[key]);
        tmux.wait_for(&format!("Scan: {explain}"), WAIT);
    }
}

/// The value shown after a field label (`>Quantity   2` → `2`).
fn field(screen: &str, label: &str) -> Option<String> {
    let line = screen.lines().find(|line| line.contains(label))?;
    let after = line.split(label).nth(1)?;
    after
        .split_whitespace()
        .next()
        .filter(|word| *word != "│" && *word != "|")
        .map(str::to_string)
}

fn wait_field(tmux: &Tmux, label: &str, value: &str) -> String {
    tmux.wait_until(&format!("{label} {value}"), WAIT, |screen| {
        field(screen, label).as_deref() == Some(value)
    })
}

/// Quits with F3 and waits until the process has ended and released the database.
pub(super) fn quit(tmux: &Tmux) {
    tmux.send(&["F3"]);
    assert_eq!(tmux.wait_exit(WAIT), 0, "kontor exited with an error");
}

/// On-hand of `sku` at WH1 through the CLI.
pub(super) fn on_hand(db: &Path, sku: &str) -> String {
    let lines = json_list(db, &["stock", "balance", sku, "--location", "WH1"]);
    lines.first().map_or_else(
        || "0".to_string(),
        |line| text(line, "quantity").to_string(),
    )
}

/// Every move of `sku` through the CLI.
fn ledger(db: &Path, sku: &str) -> Vec<Value> {
    json_list(db, &["stock", "ledger", sku])
}

#[test]
fn a_burst_of_two_scans_then_enter_receives_two() {
    let scratch = Scratch::new();
    let db = prepared(&scratch);
    let tmux = tui(&db);
    scan_mode(&tmux, None, "");
    assert_eq!(field(&tmux.screen(), ">Location").as_deref(), Some("WH1"));
    tmux.send(&["Enter"]);
    tmux.wait_for(">Item", WAIT);
    tmux.send(&[CHAI, "Enter", CHAI, "Enter"]);
    let screen = wait_field(&tmux, ">Quantity", "2");
    assert!(screen.contains("CH-001 Chai Tea"), "{screen}");
    tmux.send(&["Enter"]);
    let screen = tmux.wait_for("posted: receive 2 x CH-001", WAIT);
    assert!(
        screen
            .lines()
            .any(|l| l.contains("receive CH-001") && l.contains("supplier -> WH1")),
        "the posting is listed below: {screen}"
    );
    assert!(!tmux.bell_rang(), "no bell for a good posting");
    quit(&tmux);
    assert_eq!(on_hand(&db, "CH-001"), "7");
    let moves = ledger(&db, "CH-001");
    assert_eq!(moves.len(), 2);
    assert_eq!(text(&moves[1], "quantity"), "2");
}

#[test]
fn an_unknown_code_is_refused_inline_and_posts_nothing() {
    let scratch = Scratch::new();
    let db = prepared(&scratch);
    let tmux = tui(&db);
    scan_mode(&tmux, None, "");
    tmux.send(&["Enter", "999999999", "Enter"]);
    let screen = tmux.wait_for("! unknown code \"999999999\"", WAIT);
    assert_eq!(
        field(&screen, ">Item"),
        None,
        "the field is cleared: {screen}"
    );
    assert!(tmux.bell_rang(), "the bell rings");
    tmux.send(&[CHAI, "Enter"]);
    wait_field(&tmux, ">Quantity", "1");
    quit_with_pending(&tmux);
    assert_eq!(on_hand(&db, "CH-001"), "5");
    assert_eq!(ledger(&db, "CH-001").len(), 1);
}

/// Quits although a line is pending: the App asks, `y` leaves without posting.
fn quit_with_pending(tmux: &Tmux) {
    tmux.send(&["F3"]);
    tmux.wait_for("(y/n)", WAIT);
    tmux.send(&["y"]);
    assert_eq!(tmux.wait_exit(WAIT), 0);
}

#[test]
fn an_issue_that_would_go_negative_is_refused_inline() {
    let scratch = Scratch::new();
    let db = prepared(&scratch);
    let tmux = tui(&db);
    scan_mode(&tmux, Some("C-d"), "location -> customer");
    tmux.send(&["Enter", "CH-001", "Enter"]);
    wait_field(&tmux, ">Quantity", "1");
    tmux.send(&["9", "Enter"]);
    let screen = tmux.wait_for("! only 5 pcs of CH-001 at WH1", WAIT);
    assert!(screen.contains("nothing posted"), "{screen}");
    assert!(tmux.bell_rang(), "the bell rings");
    tmux.send(&["CH-001", "Enter"]);
    wait_field(&tmux, ">Quantity", "1");
    tmux.send(&["3", "Enter"]);
    tmux.wait_for("posted: issue 3 x CH-001", WAIT);
    quit(&tmux);
    assert_eq!(on_hand(&db, "CH-001"), "2");
    let moves = ledger(&db, "CH-001");
    assert_eq!(moves.len(), 2, "only the good issue was posted: {moves:?}");
    assert_eq!(text(&moves[1], "to"), "customer");
}

#[test]
fn a_count_posts_the_difference_against_loss() {
    let scratch = Scratch::new();
    let db = prepared(&scratch);
    let tmux = tui(&db);
    scan_mode(&tmux, Some("C-t"), "difference against loss");
    tmux.send(&["Enter", CHAI, "Enter"]);
    wait_field(&tmux, ">Counted", "1");
    tmux.send(&["3", "Enter"]);
    tmux.wait_for(
        "posted: count CH-001: on hand 5 -> counted 3: 2 written off",
        WAIT,
    );
    quit(&tmux);
    assert_eq!(on_hand(&db, "CH-001"), "3");
    let moves = ledger(&db, "CH-001");
    let count = moves.last().unwrap();
    assert_eq!(
        (
            text(count, "from"),
            text(count, "to"),
            text(count, "quantity")
        ),
        ("WH1", "loss", "2")
    );
}

#[test]
fn the_items_list_finds_a_product_by_part_of_its_name() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let products = common::data_dir().join("northwind").join("products.csv");
    ok(
        &db,
        &[
            "import",
            "items",
            s(&products),
            "--map",
            "sku=productID",
            "--map",
            "name=productName",
            "--opening-stock",
            "unitsInStock",
        ],
    );
    let tmux = tui(&db);
    tmux.send(&["g", "t"]);
    tmux.wait_for("77 items", WAIT);
    tmux.send(&["/", "abral"]);
    let screen = tmux.wait_for("(1 found)", WAIT);
    assert!(screen.contains("Queso Cabrales"), "{screen}");
    tmux.send(&["Enter", "Enter"]);
    let screen = tmux.wait_for("On hand by location", WAIT);
    assert!(screen.contains("Item 11 Queso Cabrales"), "{screen}");
    assert!(
        screen.contains("opening stock"),
        "the ledger shows: {screen}"
    );
    quit(&tmux);
}
