//! Scrolling a list in a real terminal (tmux, 80×24): the backend has the terminal scroll
//! rows (a scroll region, line feeds, reverse index) instead of redrawing them, so what the
//! terminal shows after moving row by row and page by page past the edges of the view must
//! be exactly what a full repaint (Ctrl-L) of the same frame shows — characters and
//! attributes (`capture-pane -e`), on a VT100 and on xterm-256color.

use crate::common;
use crate::tmux;

use std::path::Path;
use std::time::{Duration, Instant};

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
    let deadline = Instant::now() + WAIT;
    let mut last = term.screen_with_escapes();
    let mut since = Instant::now();
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        let now = term.screen_with_escapes();
        if now != last {
            last = now;
            since = Instant::now();
        } else if since.elapsed() >= SETTLED {
            return last;
        }
    }
    panic!("the screen kept changing for {WAIT:?}:\n{last}");
}

/// Presses `key` `times` times.
fn press(term: &Tmux, key: &str, times: usize) {
    for _ in 0..times {
        term.send(&[key]);
    }
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
    press(&term, "Down", 30);
    press(&term, "PageDown", 2);
    press(&term, "Up", 27);
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
