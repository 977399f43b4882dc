//! Scrolling a list in a real terminal (tmux, 80×24): the backend has the terminal scroll
//! rows (a scroll region, line feeds, reverse index) instead of redrawing them, so what the
//! terminal shows after moving row by row and page by page past the edges of the view must
//! be exactly what a full repaint (Ctrl-L) of the same frame shows — characters and
//! attributes (`capture-pane -e`), on a VT100 and on xterm-256color.

use crate::common;
use crate::tmux;

use std::path::Path;
use std::time::Duration;

use common::{Scratch, ok, s};
use tmux::{Tmux, quote};

const WAIT: Duration = Duration::from_secs(15);
/// How long the screen must stay unchanged to count as drawn.
const SETTLED: Duration = Duration::from_millis(400);

fn kontor(db: &Path, term: &str) -> String {
    format!(
        "env -u KONTOR_DB TERM={term} USER=anna {} --db {}",
        quote(common::KONTOR),
        quote(s(db))
    )
}

/// The screen with attributes once it has stopped changing.
fn settled(term: &Tmux) -> String {
    term.settled_with_escapes(SETTLED, WAIT)
}

fn scrolled_screen_equals_a_repaint(term_name: &str) {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["demo"]);
    let term = Tmux::start(&kontor(&db, term_name));
    term.wait_for("Home", WAIT);
    term.send(&["g", "c"]);
    term.wait_for("customers shown", WAIT);
    let first_page = settled(&term);
    // Down well past the last row of the view, a page on, and back up past its top.
    term.press("Down", 30);
    term.press("PageDown", 2);
    term.press("Up", 27);
    let scrolled = settled(&term);
    assert_ne!(scrolled, first_page, "the list did not move");
    term.send(&["C-l"]);
    std::thread::sleep(SETTLED);
    let repainted = settled(&term);
    assert_eq!(
        scrolled, repainted,
        "{term_name}: the scrolled screen differs from a repaint"
    );
    term.send(&["F3"]);
    assert_eq!(term.wait_exit(WAIT), 0);
}

#[test]
fn a_vt100_scrolled_list_equals_its_repaint() {
    scrolled_screen_equals_a_repaint("vt100");
}

#[test]
fn an_xterm_scrolled_list_equals_its_repaint() {
    scrolled_screen_equals_a_repaint("xterm-256color");
}
