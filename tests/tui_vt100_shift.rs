//! A shift on a thin terminal, end to end: the real binary in tmux at 80×24 with TERM=vt100
//! and NO_COLOR=1, driven only with keys such a terminal has (no F-keys). First start loads
//! the demo data; the help popup; the terminal restored on exit (no alternate screen, cursor
//! shown, canonical mode and echo back); a caller found by the last digits of their number,
//! the call logged with a follow-up due today and then seen by `kontor interaction list
//! --due`; a scan-mode receipt and an issue refused because it would go negative. Every
//! screen captured on the way holds only ASCII and no colour codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod tmux;

use std::path::Path;
use std::time::Duration;

use common::{CHAI, KONTOR, Scratch, add_chai_tea, json_list, s, text};
use tmux::{Tmux, colours, quote};

const WAIT: Duration = Duration::from_secs(20);

/// kontor on `db` as a VT100 without colour. After it exits, `stty -a` goes to `stty_file`
/// and the shell waits for a line, so the live terminal can be looked at (a dead pane hides
/// its cursor); the shell's exit status stays kontor's.
fn vt100(db: &Path, stty_file: &Path) -> Tmux {
    let _ = std::fs::remove_file(stty_file);
    let stty = quote(s(stty_file));
    Tmux::start(&format!(
        "( env -u KONTOR_DB TERM=vt100 NO_COLOR=1 TZ=UTC USER=anna {} --db {}; rc=$?; stty -a > {stty}.new; mv {stty}.new {stty}; read _; exit $rc )",
        quote(KONTOR),
        quote(s(db)),
    ))
}

/// Waits for `wanted` and checks that screen is fit for a VT100: ASCII only, no colours.
fn thin(term: &Tmux, wanted: &str) -> String {
    let screen = term.wait_for(wanted, WAIT);
    assert!(screen.is_ascii(), "non-ASCII on a VT100:\n{screen}");
    let raw = term.screen_with_escapes();
    assert!(
        colours(&raw).is_empty(),
        "colour codes despite NO_COLOR: {:?}",
        colours(&raw)
    );
    screen
}

/// Quits with Ctrl-C (a VT100 has no F3) and checks what the terminal was left in.
fn quit_and_check_the_terminal(term: &Tmux, stty_file: &Path) {
    term.send(&["C-c"]);
    if term.screen().contains("(y/n)") {
        term.send(&["y"]);
    }
    let deadline = std::time::Instant::now() + WAIT;
    while !stty_file.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "kontor did not exit:\n{}",
            term.screen()
        );
        std::thread::sleep(Duration::from_millis(40));
    }
    assert_eq!(term.format("#{alternate_on}"), "0", "alternate screen left");
    assert_eq!(term.format("#{cursor_flag}"), "1", "cursor shown again");
    term.send(&["Enter"]);
    assert_eq!(term.wait_exit(WAIT), 0);
    let stty = std::fs::read_to_string(stty_file).unwrap();
    let modes: Vec<&str> = stty.split_whitespace().collect();
    for mode in ["icanon", "echo", "isig"] {
        assert!(modes.contains(&mode), "{mode} not restored: {stty}");
    }
}

#[test]
fn an_agent_and_a_warehouse_worker_get_through_their_shift_on_a_vt100_without_colour() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let stty_file = scratch.path().join("stty");

    let term = vt100(&db, &stty_file);
    thin(&term, "Load demo data?");
    term.send(&["y"]);
    thin(&term, "demo data loaded");
    term.send(&["C-k"]);
    let help = thin(&term, "Help -");
    assert!(help.contains("quit") && help.contains("search"), "{help}");
    term.send(&["Escape"]);
    term.wait_until("the help closed", WAIT, |screen| !screen.contains("Help -"));
    quit_and_check_the_terminal(&term, &stty_file);
    drop(term);

    // The caller: customer 1 of the demo, found by the last 7 digits of their number.
    let customers = json_list(&db, &["customer", "list", "--limit", "1"]);
    let phone = customers[0]["phone"][0].as_str().unwrap().to_string();
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let fragment = &digits[digits.len() - 7..];
    add_chai_tea(&db);
    let today = time::OffsetDateTime::now_utc().date().to_string();

    let term = vt100(&db, &stty_file);
    thin(&term, "Home");
    term.send(&["C-g"]);
    thin(&term, "Number, name or e-mail");
    term.type_text(fragment);
    let matches = thin(&term, &phone);
    assert!(matches.contains("1 matches"), "{matches}");
    term.send(&["Enter"]);
    thin(&term, "Log call");
    term.type_text("Lieferstatus VT100");
    term.send(&["C-x"]);
    thin(&term, "what came of the call?");
    term.type_text("Rueckruf zugesagt");
    term.send(&["Tab"]);
    term.type_text(&today);
    term.send(&["C-x"]);
    thin(&term, "call logged");

    term.send(&["Escape"]);
    term.send(&["g", "s"]);
    thin(&term, "Scan: supplier -> location");
    term.send(&["Enter"]);
    thin(&term, ">Item");
    term.send(&[CHAI, "Enter", "Enter"]);
    thin(&term, "posted: receive 1 x CH-001");
    term.send(&["C-d"]);
    thin(&term, "Scan: location -> customer");
    term.send(&["Enter", "CH-001", "Enter"]);
    thin(&term, ">Quantity");
    term.send(&["9", "Enter"]);
    let refused = thin(&term, "only 6 pcs of CH-001 at WH1");
    assert!(refused.contains("nothing posted"), "{refused}");
    assert!(term.bell_rang(), "the bell rings for a refused posting");
    quit_and_check_the_terminal(&term, &stty_file);

    let due = json_list(&db, &["interaction", "list", "--due"]);
    let call = due
        .iter()
        .find(|call| text(call, "subject") == "Lieferstatus VT100")
        .unwrap_or_else(|| panic!("the call is due today: {due:?}"));
    assert_eq!(text(call, "follow_up"), today);
    assert_eq!(text(call, "outcome"), "Rueckruf zugesagt");
    assert_eq!(call["customer"], 1);
    let ledger = json_list(&db, &["stock", "ledger", "CH-001"]);
    assert_eq!(
        ledger.len(),
        2,
        "the receipt posted, the issue did not: {ledger:?}"
    );
}
