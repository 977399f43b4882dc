//! What moving through a long list costs on the wire: the real App over the SGR backend at
//! 80×24, a customer list longer than a screen, Down and Up pressed row by row past the
//! edges of the view. Issue #4 allows ≤ 300 bytes per one-row move — every one, also where
//! the table scrolls (the backend has the terminal scroll the rows). Every frame is fed to
//! the vt100 emulator, whose screen must equal ratatui's frame.

use std::num::NonZeroU16;
use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::{Terminal, TerminalOptions, Viewport};
use time::OffsetDateTime;

use kontor::core::Role;
use kontor::domain::Customer;
use kontor::store::Store;
use kontor::tui::app::App;
use kontor::tui::backend::SgrBackend;
use kontor::tui::input::Input;
use kontor::tui::key::{Key, KeyCode, parse_sequence};
use kontor::tui::profile::Profile;

use super::snapshots::harness::Harness;

const WIDTH: u16 = 80;
const HEIGHT: u16 = 24;
const MOVE_BUDGET: usize = 300;
const CUSTOMERS: usize = 120;
const MOVES: usize = 100;

struct Ui {
    app: App,
    _dir: Option<tempfile::TempDir>,
    terminal: Terminal<SgrBackend<Vec<u8>>>,
    emulator: vt100::Parser,
}

impl Ui {
    /// Presses `key`, draws, and checks the emulated terminal shows the frame; returns the
    /// bytes the frame took.
    fn press(&mut self, key: Key) -> usize {
        self.app.handle(Input::Key(key));
        let frame = self.terminal.draw(|frame| self.app.view(frame)).unwrap();
        let expected = frame.buffer.clone();
        let bytes = std::mem::take(self.terminal.backend_mut().writer_mut());
        self.emulator.process(&bytes);
        assert_screen_is(self.emulator.screen(), &expected, &key);
        bytes.len()
    }

    /// Bytes of the current frame drawn anew on a cleared screen (what Ctrl-L costs).
    fn redraw(&mut self) -> usize {
        self.terminal.backend_mut().clear_all().unwrap();
        self.terminal.clear().unwrap();
        let frame = self.terminal.draw(|frame| self.app.view(frame)).unwrap();
        let expected = frame.buffer.clone();
        let bytes = std::mem::take(self.terminal.backend_mut().writer_mut());
        self.emulator.process(&bytes);
        assert_screen_is(
            self.emulator.screen(),
            &expected,
            &Key::plain(KeyCode::F(5)),
        );
        bytes.len()
    }
}

/// The emulated screen holds the frame's text, and the reverse video where the frame has it.
fn assert_screen_is(screen: &vt100::Screen, frame: &Buffer, key: &Key) {
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let cell = screen.cell(y, x).unwrap();
            let shown = match cell.contents() {
                "" => " ",
                text => text,
            };
            let wanted = &frame[(x, y)];
            assert_eq!(
                (shown, cell.inverse()),
                (
                    wanted.symbol(),
                    wanted.modifier.contains(Modifier::REVERSED)
                ),
                "cell {x},{y} after {key:?}:\n{}",
                screen.contents()
            );
        }
    }
}

/// `CUSTOMERS` customers.
fn customers(dir: &std::path::Path) -> Arc<Store> {
    let store = Store::open(dir).unwrap();
    // Names that differ in length and letters, as real ones do: a list that scrolls by
    // one row rewrites most cells of every row.
    let words = [
        "Alfreds",
        "Berglunds",
        "Ernst",
        "Folk och fä",
        "Wartian",
        "Königlich",
    ];
    let trades = [
        "Handel",
        "Futterkiste",
        "snabbköp",
        "Delikatessen",
        "HB",
        "Essen AG",
    ];
    let customers = (0..CUSTOMERS)
        .map(|n| {
            let name = format!("{} {} {n}", words[n % 6], trades[n * 7 / 6 % 6]);
            Customer::new(&name, OffsetDateTime::UNIX_EPOCH)
        })
        .collect();
    store.insert_all(customers, &mut |_| {}).unwrap();
    Arc::new(store)
}

/// The App over `customers` on the SGR backend and the emulator, both showing its first
/// frame.
fn ui() -> Ui {
    // Mono: the selection is reverse video, which the emulator reports cell by cell.
    let profile = Profile::detect(
        &|name| match name {
            "TERM" => Some("xterm-256color".into()),
            "NO_COLOR" => Some("1".into()),
            _ => None,
        },
        false,
    );
    let (app, dir) = Harness::setup()
        .data(customers)
        .actor("anna", Role::Admin)
        .profile(profile)
        .preset(None)
        .size(WIDTH, HEIGHT)
        .app();
    let mut backend = SgrBackend::new(Vec::new(), profile, WIDTH, HEIGHT);
    backend.enter_screen().unwrap();
    let viewport = Viewport::Fixed(Rect::new(0, 0, WIDTH, HEIGHT));
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
    terminal.draw(|frame| app.view(frame)).unwrap();
    let mut emulator = vt100::Parser::new(
        NonZeroU16::new(HEIGHT).unwrap(),
        NonZeroU16::new(WIDTH).unwrap(),
        0,
    );
    emulator.process(&std::mem::take(terminal.backend_mut().writer_mut()));
    Ui {
        app,
        _dir: dir,
        terminal,
        emulator,
    }
}

#[test]
fn every_one_row_move_through_a_long_list_stays_within_the_budget() {
    let mut ui = ui();
    for key in parse_sequence("g c").unwrap() {
        ui.press(key);
    }
    let down: Vec<usize> = (0..MOVES)
        .map(|_| ui.press(Key::plain(KeyCode::Down)))
        .collect();
    let up: Vec<usize> = (0..MOVES)
        .map(|_| ui.press(Key::plain(KeyCode::Up)))
        .collect();
    for (way, costs) in [("down", &down), ("up", &up)] {
        assert!(
            costs.iter().all(|&bytes| bytes > 0),
            "every move {way} drew: {costs:?}"
        );
        assert!(
            costs.iter().all(|&bytes| bytes <= MOVE_BUDGET),
            "moves {way} over {MOVE_BUDGET} bytes: {costs:?}"
        );
    }
}

#[test]
fn paging_scrolls_the_terminal_by_many_rows_and_the_screen_stays_right() {
    let mut ui = ui();
    for key in parse_sequence("g c").unwrap() {
        ui.press(key);
    }
    // A page moves the selection ten rows and the view up to ten of its eighteen: the
    // terminal scrolls the rows that stay by several lines at once, and every frame must
    // still come out cell for cell (`press` checks); a page costs less than a redraw.
    let keys = [KeyCode::PageDown; 5]
        .into_iter()
        .chain([KeyCode::PageUp; 5]);
    let costs: Vec<usize> = keys.map(|code| ui.press(Key::plain(code))).collect();
    let redraw = ui.redraw();
    assert!(
        costs.iter().all(|&bytes| bytes * 2 <= redraw),
        "page moves {costs:?} against a redraw of {redraw}"
    );
}
