//! What moving through a long list costs on the wire: the real App over the SGR backend at
//! 80×24, a customer list longer than a screen, Down pressed row by row. Issue #4 allows
//! ≤ 300 bytes per one-row move; the table pages green-screen style, so only the moves
//! that cross a page edge redraw the body.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use time::OffsetDateTime;

use kontor::core::Actor;
use kontor::domain::Customer;
use kontor::store::Store;
use kontor::tui::app::App;
use kontor::tui::backend::SgrBackend;
use kontor::tui::input::Input;
use kontor::tui::key::{Key, KeyCode, parse_sequence};
use kontor::tui::keymap::Keymap;
use kontor::tui::profile::Profile;
use kontor::tui::session::Session;
use kontor::tui::theme::Theme;

const WIDTH: u16 = 80;
const HEIGHT: u16 = 24;
const MOVE_BUDGET: u64 = 300;
const CUSTOMERS: usize = 120;
const MOVES: usize = 100;

struct Ui {
    app: App,
    terminal: Terminal<SgrBackend<std::io::Sink>>,
}

impl Ui {
    fn press(&mut self, key: Key) -> u64 {
        self.app.handle(Input::Key(key));
        let before = self.terminal.backend().bytes_written();
        self.terminal.draw(|frame| self.app.view(frame)).unwrap();
        self.terminal.backend().bytes_written() - before
    }
}

fn ui(dir: &std::path::Path) -> Ui {
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
    let profile = Profile::detect(
        &|name| (name == "TERM").then(|| "xterm-256color".into()),
        false,
    );
    let session = Session::new(Arc::new(store), Actor::local("anna")).unwrap();
    let keymap = Arc::new(Keymap::load(None, None).unwrap());
    let app = App::new(session, keymap, Theme::new(profile), (WIDTH, HEIGHT));
    let backend = SgrBackend::new(std::io::sink(), profile, WIDTH, HEIGHT);
    let viewport = Viewport::Fixed(Rect::new(0, 0, WIDTH, HEIGHT));
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
    terminal.draw(|frame| app.view(frame)).unwrap();
    Ui { app, terminal }
}

#[test]
fn moving_down_a_long_list_redraws_only_at_page_edges() {
    let dir = tempfile::tempdir().unwrap();
    let mut ui = ui(dir.path());
    for key in parse_sequence("g c").unwrap() {
        ui.press(key);
    }
    let costs: Vec<u64> = (0..MOVES)
        .map(|_| ui.press(Key::plain(KeyCode::Down)))
        .collect();
    assert!(
        costs.iter().all(|&bytes| bytes > 0),
        "every move drew: {costs:?}"
    );
    let over: Vec<usize> = (0..MOVES).filter(|&n| costs[n] > MOVE_BUDGET).collect();
    // A page holds at least 10 rows at 80×24, so 100 moves cross at most 10 page edges;
    // every other move must stay within the budget.
    assert!(
        over.len() <= MOVES / 10,
        "moves over {MOVE_BUDGET} bytes: {over:?} of {costs:?}"
    );
}
