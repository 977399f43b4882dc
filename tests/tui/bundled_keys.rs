//! Keys that arrive in one write, on the real binary in tmux (80×24): `send-keys Escape F2`
//! and `send-keys Escape g c` as one command each (tmux writes each command's keys in one
//! write) reach the caller lookup and the customer list, and a whole call typed ahead in
//! one command (F2, the digits, Enter, the form's fields and Ctrl-X twice) is logged: every
//! key reaches the screen it was typed for, however fast the screens come. The same keys
//! over OpenSSH are in `ssh::keys`.

use crate::common;
use crate::tmux;

use std::path::PathBuf;
use std::time::Duration;

use super::e2e::{add_alfreds, kontor};
use common::{Scratch, json_list, text};
use tmux::Tmux;

const WAIT: Duration = Duration::from_secs(15);

/// kontor in tmux on a database with Alfreds, at Home.
fn at_home(scratch: &Scratch) -> (Tmux, PathBuf) {
    let db = scratch.db("db");
    add_alfreds(&db);
    let term = Tmux::start(&kontor(&db, "TERM=xterm-256color USER=anna"));
    term.wait_for("kontor · Home · anna", WAIT);
    (term, db)
}

/// From Home: Esc and F2 in one write open the caller lookup, Esc, `g` and `c` in one write
/// the customer list, which shows `customer`; Esc and F3 end the session.
pub(crate) fn esc_then_keys_in_one_write(term: &Tmux, customer: &str) {
    term.send(&["Escape", "F2"]);
    term.wait_for("Number, name or e-mail", WAIT);
    term.send(&["Escape", "g", "c"]);
    let screen = term.wait_for("Customers · anna", WAIT);
    assert!(screen.contains(customer), "{screen}");
    assert!(!screen.contains("not available"), "{screen}");
    term.send(&["Escape", "F3"]);
}

#[test]
fn esc_then_f2_and_esc_then_g_c_in_one_write_each_are_those_keys() {
    let scratch = Scratch::new();
    let (term, _db) = at_home(&scratch);
    esc_then_keys_in_one_write(&term, "Alfreds Futterkiste");
    assert_eq!(term.wait_exit(WAIT), 0);
}

#[test]
fn a_call_typed_ahead_in_one_write_is_logged_with_every_key_in_place() {
    let scratch = Scratch::new();
    let (term, db) = at_home(&scratch);
    // The lookup, the customer with its log-call form, a refused save that moves the cursor
    // to the outcome, the outcome, the follow-up and the save: one write.
    term.send(&[
        "F2",
        "0074321",
        "Enter",
        "Lieferstatus",
        "C-x",
        "Rückruf zugesagt",
        "Tab",
        "2026-12-01",
        "C-x",
    ]);
    term.wait_for("call logged", WAIT);
    term.send(&["F3"]);
    assert_eq!(term.wait_exit(WAIT), 0);
    let calls = json_list(&db, &["interaction", "list", "--customer", "1"]);
    assert_eq!(calls.len(), 1);
    assert_eq!(text(&calls[0], "subject"), "Lieferstatus");
    assert_eq!(text(&calls[0], "outcome"), "Rückruf zugesagt");
    assert_eq!(text(&calls[0], "follow_up"), "2026-12-01");
}
