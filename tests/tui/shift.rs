//! A whole shift end to end, the real binary in tmux at 80×24, once with TERM=xterm-256color
//! and F-keys, once with TERM=vt100 and NO_COLOR=1 driven only with keys such a terminal has,
//! and once in German (`LANG=de_DE.UTF-8`, a German date typed) on the xterm.
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

/// What the screens say on the way, in the terminal's language.
struct Words {
    demo_offer: &'static str,
    yes: &'static str,
    confirm: &'static str,
    demo_loaded: &'static str,
    help_titles: &'static [&'static str],
    home: &'static str,
    caller_prompt: &'static str,
    matches: &'static str,
    log_call: &'static str,
    outcome: &'static str,
    logged: &'static str,
    timeline: &'static str,
    scan_receive: &'static str,
    item: &'static str,
    posted: &'static str,
    scan_issue: &'static str,
    quantity: &'static str,
    short: &'static [&'static str],
    nothing_posted: &'static str,
    /// How the user types a date.
    date: fn(time::Date) -> String,
}

const ENGLISH: Words = Words {
    demo_offer: "Load demo data?",
    yes: "y",
    confirm: "(y/n)",
    demo_loaded: "demo data loaded",
    help_titles: &["Help —", "Help --"],
    home: "Home",
    caller_prompt: "Number, name or e-mail",
    matches: " matches",
    log_call: "Log call",
    outcome: "what came of the call?",
    logged: "call logged",
    timeline: "Timeline",
    scan_receive: "Scan: supplier -> location",
    item: ">Item",
    posted: "posted: receive 1 x CH-001",
    scan_issue: "Scan: location -> customer",
    quantity: ">Quantity",
    short: &["only 6 ", " of CH-001 at WH1"],
    nothing_posted: "nothing posted",
    date: |day| day.to_string(),
};

const GERMAN: Words = Words {
    demo_offer: "Demodaten laden?",
    yes: "j",
    confirm: "(j/n)",
    demo_loaded: "Demodaten geladen",
    help_titles: &["Hilfe —"],
    home: "Übersicht",
    caller_prompt: "Nummer, Name oder E-Mail",
    matches: " Treffer",
    log_call: "Anruf erfassen",
    outcome: "was hat der Anruf ergeben?",
    logged: "Anruf erfasst",
    timeline: "Verlauf",
    scan_receive: "Scan: Lieferant -> Lagerplatz",
    item: ">Artikel",
    posted: "gebucht: Zugang 1 x CH-001",
    scan_issue: "Scan: Lagerplatz -> Kunde",
    quantity: ">Menge",
    short: &["nur 6 ", " von CH-001 an WH1"],
    nothing_posted: "nichts gebucht",
    date: |day| {
        let (year, month, dom) = (day.year(), u8::from(day.month()), day.day());
        format!("{dom:02}.{month:02}.{year}")
    },
};

/// A terminal the shift is worked on, and the keys its user presses.
struct Terminal {
    env: &'static str,
    words: &'static Words,
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
    words: &ENGLISH,
    thin: false,
    help: "F1",
    caller: "F2",
    quit: "F3",
    from_start: true,
};

const VT100: Terminal = Terminal {
    env: "TERM=vt100 NO_COLOR=1",
    words: &ENGLISH,
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
        let words = self.terminal.words;
        if term.screen().contains(words.confirm) {
            term.send(&[words.yes]);
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

/// The same shift by a German agent: `LANG=de_DE.UTF-8`, German screens, a German date
/// typed for the follow-up.
#[test]
fn a_shift_in_german_on_an_xterm() {
    shift(&Terminal {
        env: "TERM=xterm-256color LANG=de_DE.UTF-8",
        words: &GERMAN,
        ..XTERM
    });
}

/// The number of matches the caller lookup's list title shows (`12 matches`).
fn match_count(screen: &str, matches: &str) -> Option<usize> {
    let before = &screen[..screen.find(matches)?];
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

    let words = terminal.words;
    let term = Session::start(terminal, &db, &stty_file);
    term.wait_for(words.demo_offer);
    term.send(&[words.yes]);
    term.wait_for(words.demo_loaded);
    term.send(&[terminal.help]);
    let help_title = |screen: &str| words.help_titles.iter().any(|title| screen.contains(title));
    let help = term.wait_until("the help popup", help_title);
    // Home's keys: open a follow-up, go elsewhere, quit.
    assert!(
        help.contains("quit") && help.contains("go-customers"),
        "{help}"
    );
    term.send(&["Escape"]);
    term.tmux
        .wait_until("the help closed", WAIT, |screen| !help_title(screen));
    term.quit();

    // The caller: customer 1 of the demo, found by the last 7 digits of their number.
    let customers = json_list(&db, &["customer", "list", "--limit", "1"]);
    let phone = customers[0]["phone"][0].as_str().unwrap().to_string();
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let fragment = &digits[digits.len() - 7..];
    add_chai_tea(&db);
    let today = crate::common::NOW.date();

    let term = Session::start(terminal, &db, &stty_file);
    term.wait_for(words.home);
    term.send(&[terminal.caller]);
    term.wait_for(words.caller_prompt);
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
    assert_eq!(match_count(&matches, words.matches), Some(1), "{matches}");
    term.send(&["Enter"]);
    term.wait_for(words.log_call);
    term.tmux.type_text("Lieferstatus VT100");
    term.send(&["C-x"]);
    term.wait_for(words.outcome);
    term.tmux.type_text("Rueckruf zugesagt");
    term.send(&["Tab"]);
    term.tmux.type_text(&(words.date)(today));
    term.send(&["C-x"]);
    term.wait_for(words.logged);

    // Back to the list first: an Esc followed at once by g would read as Alt-g.
    term.send(&["Escape"]);
    term.wait_until("the customer closed", |screen| {
        !screen.contains(words.timeline)
    });
    term.send(&["g", "s"]);
    term.wait_for(words.scan_receive);
    term.send(&["Enter"]);
    term.wait_for(words.item);
    term.send(&[CHAI, "Enter", "Enter"]);
    term.wait_for(words.posted);
    term.send(&["C-d"]);
    term.wait_for(words.scan_issue);
    term.send(&["Enter", "CH-001", "Enter"]);
    term.wait_for(words.quantity);
    term.send(&["9", "Enter"]);
    let refused = term.wait_until("the issue refused as short", |screen| {
        words.short.iter().all(|part| screen.contains(part))
    });
    assert!(refused.contains(words.nothing_posted), "{refused}");
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
    assert_eq!(text(call, "follow_up"), today.to_string());
    assert_eq!(text(call, "outcome"), "Rueckruf zugesagt");
    assert_eq!(call["customer"], 1);
    let ledger = json_list(&db, &["stock", "ledger", "CH-001"]);
    assert_eq!(
        ledger.len(),
        2,
        "the receipt posted, the issue did not: {ledger:?}"
    );
}
