//! A whole shift end to end, the real binary in tmux at 80×24, once with TERM=xterm-256color
//! and F-keys, once with TERM=vt100 and NO_COLOR=1 driven only with keys such a terminal has.
//! First start loads the demo data; the help popup; the terminal restored on exit (no
//! alternate screen, cursor shown, canonical mode and echo back); a caller found by the last
//! digits of their number, the call logged with a follow-up due today and then seen by
//! `kontor interaction list --due`; a scan-mode receipt and an issue refused because it would
//! go negative. On the VT100 every screen captured on the way holds only ASCII and no colour
//! codes.

use crate::common;
use crate::tmux;

use std::path::Path;
use std::time::Duration;

use common::{CHAI, KONTOR, Scratch, add_chai_tea, json_list, s, text};
use tmux::{Tmux, colours, quote};

const WAIT: Duration = Duration::from_secs(20);

/// A terminal the shift is worked on, and the keys its user presses.
struct Terminal {
    env: &'static str,
    /// Whether screens must be ASCII without colour codes.
    thin: bool,
    help: &'static str,
    caller: &'static str,
    quit: &'static str,
    /// Whether the agent types the caller's number from its start, as displayed (else its
    /// last seven digits).
    from_start: bool,
}

const XTERM: Terminal = Terminal {
    env: "TERM=xterm-256color",
    thin: false,
    help: "F1",
    caller: "F2",
    quit: "F3",
    from_start: true,
};

const VT100: Terminal = Terminal {
    env: "TERM=vt100 NO_COLOR=1",
    thin: true,
    help: "C-k",
    caller: "C-g",
    quit: "C-c",
    from_start: false,
};

/// One kontor session on `db` in a terminal.
struct Session<'t> {
    tmux: Tmux,
    terminal: &'t Terminal,
    stty_file: &'t Path,
}

impl<'t> Session<'t> {
    /// Starts kontor. After it exits, `stty -a` goes to `stty_file` and the shell waits
    /// for a line, so the live terminal can be looked at (a dead pane hides its cursor); the
    /// shell's exit status stays kontor's.
    fn start(terminal: &'t Terminal, db: &Path, stty_file: &'t Path) -> Session<'t> {
        let _ = std::fs::remove_file(stty_file);
        let stty = quote(s(stty_file));
        let tmux = Tmux::start(&format!(
            "( env -u KONTOR_DB {} TZ=UTC USER=anna {} --db {}; rc=$?; stty -a > {stty}.new; mv {stty}.new {stty}; read _; exit $rc )",
            terminal.env,
            quote(KONTOR),
            quote(s(db)),
        ));
        Session {
            tmux,
            terminal,
            stty_file,
        }
    }

    /// Waits for `wanted`; on a thin terminal checks the screen is ASCII without colours.
    fn wait_for(&self, wanted: &str) -> String {
        self.wait_until(&format!("{wanted:?}"), |screen| screen.contains(wanted))
    }

    /// Waits until `ready(screen)`; on a thin terminal checks the screen is ASCII without
    /// colours.
    fn wait_until(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let screen = self.tmux.wait_until(what, WAIT, ready);
        if self.terminal.thin {
            assert!(screen.is_ascii(), "non-ASCII on a VT100:\n{screen}");
            let raw = self.tmux.screen_with_escapes();
            assert!(
                colours(&raw).is_empty(),
                "colour codes despite NO_COLOR: {:?}",
                colours(&raw)
            );
        }
        screen
    }

    fn send(&self, keys: &[&str]) {
        self.tmux.send(keys);
    }

    /// Quits and checks what the terminal was left in.
    fn quit(self) {
        let (term, stty_file) = (&self.tmux, self.stty_file);
        term.send(&[self.terminal.quit]);
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
}

#[test]
fn a_shift_on_an_xterm_with_f_keys() {
    shift(&XTERM);
}

#[test]
fn a_shift_on_a_vt100_without_colour_or_f_keys() {
    shift(&VT100);
}

/// The number of matches the caller lookup's list title shows (`12 matches`).
fn match_count(screen: &str) -> Option<usize> {
    let before = &screen[..screen.find(" matches")?];
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

/// An agent's and a warehouse worker's shift on `terminal`.
fn shift(terminal: &Terminal) {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let stty_file = scratch.path().join("stty");

    let term = Session::start(terminal, &db, &stty_file);
    term.wait_for("Load demo data?");
    term.send(&["y"]);
    term.wait_for("demo data loaded");
    term.send(&[terminal.help]);
    let help_title = |screen: &str| screen.contains("Help —") || screen.contains("Help --");
    let help = term.wait_until("the help popup", help_title);
    // Home's keys: open a follow-up, go elsewhere, quit.
    assert!(
        help.contains("quit") && help.contains("go-customers"),
        "{help}"
    );
    term.send(&["Escape"]);
    term.tmux
        .wait_until("the help closed", WAIT, |screen| !screen.contains("Help -"));
    term.quit();

    // The caller: customer 1 of the demo, found by the last 7 digits of their number.
    let customers = json_list(&db, &["customer", "list", "--limit", "1"]);
    let phone = customers[0]["phone"][0].as_str().unwrap().to_string();
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let fragment = &digits[digits.len() - 7..];
    add_chai_tea(&db);
    let today = crate::common::NOW.date().to_string();

    let term = Session::start(terminal, &db, &stty_file);
    term.wait_for("Home");
    term.send(&[terminal.caller]);
    term.wait_for("Number, name or e-mail");
    if terminal.from_start {
        // Found while the number is still being typed from its start; the whole number
        // leaves one match.
        let (start, rest) = phone.split_at(6);
        term.tmux.type_text(start);
        term.wait_until(
            "the caller among the matches for the number's start",
            |screen| screen.contains(&format!(": {start}")) && screen.contains(&phone),
        );
        term.tmux.type_text(rest);
    } else {
        term.tmux.type_text(fragment);
    }
    let matches = term.wait_for(&phone);
    assert_eq!(match_count(&matches), Some(1), "{matches}");
    term.send(&["Enter"]);
    term.wait_for("Log call");
    term.tmux.type_text("Lieferstatus VT100");
    term.send(&["C-x"]);
    term.wait_for("what came of the call?");
    term.tmux.type_text("Rueckruf zugesagt");
    term.send(&["Tab"]);
    term.tmux.type_text(&today);
    term.send(&["C-x"]);
    term.wait_for("call logged");

    // Back to the list first: an Esc followed at once by g would read as Alt-g.
    term.send(&["Escape"]);
    term.wait_until("the customer closed", |screen| !screen.contains("Timeline"));
    term.send(&["g", "s"]);
    term.wait_for("Scan: supplier -> location");
    term.send(&["Enter"]);
    term.wait_for(">Item");
    term.send(&[CHAI, "Enter", "Enter"]);
    term.wait_for("posted: receive 1 x CH-001");
    term.send(&["C-d"]);
    term.wait_for("Scan: location -> customer");
    term.send(&["Enter", "CH-001", "Enter"]);
    term.wait_for(">Quantity");
    term.send(&["9", "Enter"]);
    let refused = term.wait_for("only 6 pcs of CH-001 at WH1");
    assert!(refused.contains("nothing posted"), "{refused}");
    assert!(
        term.tmux.bell_rang(),
        "the bell rings for a refused posting"
    );
    term.quit();

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
