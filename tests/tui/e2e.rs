//! The TUI end to end: the real binary in a real terminal (tmux, 80×24). First start on an
//! empty database, the call-center flow (caller lookup → log call → saved), thin-terminal
//! profiles (VT100 puts only ASCII on the screen, NO_COLOR writes no colour codes), the
//! small-terminal notice until the terminal grows, the interactions search reading the
//! whole history between keys, and the line that tells a database is in use after the
//! opening screen is left.

use crate::common;
use crate::tmux;

use std::path::Path;
use std::time::Duration;

use common::{Scratch, add_customer, add_long_history, json_list, ok, s, text};
use kontor::core::query::SLICE_RECORDS;
use tmux::{Tmux, colours, quote};

const WAIT: Duration = Duration::from_secs(15);

/// The shell command that starts kontor on `db` with extra environment.
pub(super) fn kontor(db: &Path, env: &str) -> String {
    format!(
        "env -u KONTOR_DB {env} {} --db {}",
        quote(common::KONTOR),
        quote(s(db))
    )
}

/// Adds the customer a caller with the digits 0074321 is.
pub(super) fn add_alfreds(db: &Path) {
    let name = ["--name", "Alfreds Futterkiste", "--country", "DE"];
    add_customer(db, &[&name[..], &["--phone", "030-0074321"]].concat());
}

#[test]
fn first_start_offers_demo_data_and_loads_it() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let term = Tmux::start(&kontor(&db, "TERM=xterm-256color USER=anna"));
    term.wait_for("Load demo data?", WAIT);
    term.send(&["y"]);
    term.wait_for("demo data loaded", WAIT);
    term.wait_for("Pipeline (weighted)", WAIT);
    // The ERP half is there too: Home lists the demo's items below their reorder point.
    let home = term.wait_for("Below reorder point", WAIT);
    assert!(home.contains("BV-002") && home.contains("GB-201"), "{home}");
    term.send(&["F3"]);
    assert_eq!(term.wait_exit(WAIT), 0);
    assert!(!json_list(&db, &["customer", "list", "--limit", "5"]).is_empty());
    assert!(!json_list(&db, &["stock", "reorder"]).is_empty());
}

#[test]
fn a_caller_is_found_by_digits_and_the_call_is_logged_with_outcome_and_follow_up() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_alfreds(&db);
    ok(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "Berglunds snabbköp",
            "--phone",
            "0921-12 34 65",
            "--country",
            "SE",
        ],
    );
    let term = Tmux::start(&kontor(&db, "TERM=xterm-256color USER=anna"));
    term.wait_for("kontor · Home · anna", WAIT);
    term.send(&["C-g"]);
    term.wait_for("Number, name or e-mail", WAIT);
    term.type_text("0074321");
    let screen = term.wait_for("1 matches", WAIT);
    assert!(
        screen.contains("Alfreds Futterkiste") && !screen.contains("Berglunds"),
        "{screen}"
    );
    term.send(&["Enter"]);
    term.wait_for("Log call — Alfreds Futterkiste", WAIT);
    term.type_text("Lieferstatus");
    term.send(&["C-x"]);
    term.wait_for("what came of the call?", WAIT);
    // The refusal put the cursor on the outcome field.
    term.type_text("Rückruf zugesagt");
    term.send(&["Tab"]);
    term.type_text("2026-12-01");
    term.send(&["C-x"]);
    term.wait_for("call logged", WAIT);
    term.send(&["F3"]);
    assert_eq!(term.wait_exit(WAIT), 0);
    let calls = json_list(&db, &["interaction", "list", "--customer", "1"]);
    assert_eq!(calls.len(), 1);
    assert_eq!(text(&calls[0], "channel"), "call-in");
    assert_eq!(text(&calls[0], "subject"), "Lieferstatus");
    assert_eq!(text(&calls[0], "outcome"), "Rückruf zugesagt");
    assert_eq!(text(&calls[0], "follow_up"), "2026-12-01");
    assert_eq!(text(&calls[0], "agent"), "anna");
}

#[test]
fn the_interactions_search_reads_the_whole_history_between_keys() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    // The complaint is the first of more interactions than three slices read.
    add_long_history(&db, 3 * SLICE_RECORDS);
    let term = Tmux::start(&kontor(&db, "TERM=xterm-256color USER=anna"));
    term.wait_for("Home", WAIT);
    term.send(&["g", "i", "v", "/"]);
    term.type_text("altbest");
    // No key after the last: the runner reads the rest of the history by itself.
    let found = term.wait_for("1 found in the whole history", WAIT);
    assert!(found.contains("Altbestand reklamiert"), "{found}");
    term.send(&["Escape"]);
    term.wait_for("last 500 logged", WAIT);
    term.send(&["F3"]);
    assert_eq!(term.wait_exit(WAIT), 0);
}

#[test]
fn a_vt100_gets_only_ascii_and_no_colour() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "Müller & Söhne Straßenbau",
            "--phone",
            "030 1234567",
        ],
    );
    let term = Tmux::start(&kontor(&db, "TERM=vt100"));
    term.wait_for("Home", WAIT);
    term.send(&["g", "c"]);
    let screen = term.wait_for("Mueller & Soehne", WAIT);
    assert!(screen.is_ascii(), "non-ASCII on a VT100:\n{screen}");
    assert!(screen.contains("+--"), "ASCII borders expected:\n{screen}");
    let raw = term.screen_with_escapes();
    assert!(
        colours(&raw).is_empty(),
        "colour codes on a VT100: {:?}\n{raw:?}",
        colours(&raw)
    );
    term.send(&["q"]);
    assert_eq!(term.wait_exit(WAIT), 0);
}

#[test]
fn no_color_writes_no_colour_codes_but_keeps_unicode() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "Müller & Söhne",
            "--phone",
            "030 1234567",
        ],
    );
    let term = Tmux::start(&kontor(&db, "TERM=xterm-256color NO_COLOR=1 LANG=C.UTF-8"));
    term.wait_for("Home", WAIT);
    term.send(&["g", "c"]);
    term.wait_for("Müller & Söhne", WAIT);
    let raw = term.screen_with_escapes();
    assert!(
        colours(&raw).is_empty(),
        "colour codes despite NO_COLOR: {:?}",
        colours(&raw)
    );
    term.send(&["F3"]);
    term.wait_exit(WAIT);
}

#[test]
fn a_terminal_below_80x24_gets_a_notice_until_it_grows() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "Alfreds",
            "--phone",
            "030 1234567",
        ],
    );
    let term = Tmux::start_sized(&kontor(&db, "TERM=xterm"), 60, 20);
    let screen = term.wait_for("needs at least 80x24", WAIT);
    assert!(!screen.contains("Pipeline"), "{screen}");
    term.resize(80, 24);
    term.wait_for("Pipeline", WAIT);
    term.send(&["F3"]);
    term.wait_exit(WAIT);
}

#[test]
fn a_database_in_use_is_told_in_one_line_on_the_restored_terminal() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["customer", "add", "--name", "Alfreds"]);
    let held = kontor::store::Store::open(&db).expect("the test opens the database");
    let term = Tmux::start(&kontor(&db, "TERM=xterm-256color"));
    // The screen answers while the database is being opened (here: waited for).
    let opening = term.wait_for("opening", WAIT);
    assert!(opening.contains(s(&db)), "{opening}");
    assert_eq!(term.wait_exit(WAIT), 1);
    let screen = term.screen_and_history();
    let told: Vec<&str> = screen.lines().filter(|l| l.contains("in use")).collect();
    assert_eq!(told.len(), 1, "{screen}");
    assert!(told[0].starts_with("kontor: "), "{screen}");
    assert!(told[0].contains(s(&db)), "{screen}");
    assert!(
        !screen.contains("opening"),
        "the alternate screen is left before the message: {screen}"
    );
    drop(held);
}
