//! Unit tests of scan mode on a temporary database, through the App and its default
//! keymap (so Enter really arrives as the scan layer's action) and on the screen itself.
//! Also the fixture the other stock screens' tests share. Room: tui.

use std::sync::Arc;

use rust_decimal::{Decimal, dec};

use super::*;
use crate::core::kinds::item;
use crate::core::stock::{StockCommand, StockEvent};
use crate::core::stock_query::balances;
use crate::core::{Actor, Command, Event};
use crate::domain::fields::Input;
use crate::domain::fields::item::from_input;
use crate::store::Store;
use crate::tui::app::App;
use crate::tui::input::{Effect, Input as AppInput};
use crate::tui::keymap::Keymap;
use crate::tui::profile::Profile;

/// A database with two items (Chai has a barcode and 5 at WH1) and a second location.
pub(crate) struct Fixture {
    pub session: Session,
    _dir: tempfile::TempDir,
}

pub(crate) const CHAI_BARCODE: &str = "4006381333931";

pub(crate) fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let session = Session::new(
        Arc::new(store),
        crate::core::clock::test_clock(),
        Actor::local("tester"),
    )
    .unwrap();
    for (sku, name, barcode, min) in [
        ("CH-001", "Chai Tea", CHAI_BARCODE, "10"),
        ("SY-002", "Aniseed Syrup", "", ""),
    ] {
        let mut input = Input::new();
        input.push("sku", sku);
        input.push("name", name);
        input.push("barcode", barcode);
        input.push("reorder_min", min);
        let item = from_input(&input, session.clock.now(), session.settings.currency).unwrap();
        session.execute(item::add(&item)).unwrap();
    }
    stock(
        &session,
        StockCommand::Post {
            code: "CH-001".into(),
            quantity: dec!(5),
            from: "supplier".into(),
            to: "WH1".into(),
            reference: "test".into(),
            allow_negative: false,
        },
    );
    session
        .execute(crate::core::kinds::location::add("WH2", "Second"))
        .unwrap();
    Fixture { session, _dir: dir }
}

fn stock(session: &Session, command: StockCommand) -> StockEvent {
    match session.execute(Command::Stock(command)).unwrap() {
        Event::Stock(event) => event,
        other => panic!("{other:?}"),
    }
}

pub(crate) fn on_hand(session: &Session, sku: &str, location: &str) -> Decimal {
    let item = find_item(session.store(), &session.actor, sku)
        .unwrap()
        .unwrap();
    balances(session.store(), &session.actor, Some(&item), Some(location))
        .unwrap()
        .first()
        .map_or(Decimal::ZERO, |line| line.quantity)
}

/// The App on the scan screen, with the default keymap.
fn app(session: &Session) -> App {
    let keymap = Keymap::from_text(None, None).unwrap();
    let theme = Theme::new(Profile::VT100);
    let mut app = App::new(session.clone(), Arc::new(keymap), theme, (80, 24));
    app.run(Action::GoScan, &mut Vec::new());
    app
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for word in keys.split(' ') {
        let key = match word {
            "Enter" => Key::plain(KeyCode::Enter),
            "Tab" => Key::plain(KeyCode::Tab),
            "C-d" => Key::ctrl('d'),
            "C-t" => Key::ctrl('t'),
            "C-v" => Key::ctrl('v'),
            text => {
                for c in text.chars() {
                    effects.extend(app.handle(AppInput::Key(Key::char(c))));
                }
                continue;
            }
        };
        effects.extend(app.handle(AppInput::Key(key)));
    }
    effects
}

#[test]
fn scanning_the_same_barcode_twice_then_enter_receives_two() {
    let f = fixture();
    let mut app = app(&f.session);
    press(
        &mut app,
        &format!("Enter {CHAI_BARCODE} Enter {CHAI_BARCODE} Enter"),
    );
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(5));
    let effects = press(&mut app, "Enter");
    assert!(
        effects.contains(&Effect::Committed(crate::core::Change::STOCK)),
        "{effects:?}"
    );
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(7));
}

#[test]
fn an_unknown_code_rings_the_bell_and_posts_nothing() {
    let f = fixture();
    let mut app = app(&f.session);
    let effects = press(&mut app, "Enter 999999999 Enter");
    assert_eq!(effects, vec![Effect::Bell]);
    let mut scan = Scan::new(&f.session);
    scan.enter(&f.session);
    scan.item.text = "NOPE".into();
    assert!(matches!(scan.enter(&f.session), Outcome::Refuse(m) if m.contains("unknown code")));
    assert!(scan.item.text.is_empty() && scan.pending.is_none());
    assert_eq!(scan.focus, Focus::Item);
}

#[test]
fn an_issue_beyond_the_stock_is_refused_inline() {
    let f = fixture();
    let mut app = app(&f.session);
    let effects = press(&mut app, "C-d Enter CH-001 Enter 9 Enter");
    assert_eq!(effects, vec![Effect::Bell]);
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(5));
    press(&mut app, "CH-001 Enter 3 Enter");
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(2));
}

#[test]
fn a_count_posts_the_difference_against_loss() {
    let f = fixture();
    let mut app = app(&f.session);
    press(&mut app, "C-t Enter CH-001 Enter 8 Enter");
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(8));
    press(&mut app, "CH-001 Enter 0 Enter");
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(0));
}

#[test]
fn a_count_is_told_as_what_it_did_to_the_on_hand() {
    let f = fixture();
    let mut app = app(&f.session);
    press(&mut app, "C-t Enter CH-001 Enter Enter");
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(1));
    let told = "posted: count CH-001: on hand 5 -> counted 1: 4 written off";
    assert!(rows(&app)[7].contains(told), "{:#?}", rows(&app));
    assert!(rows(&app)[23].contains(told), "{:#?}", rows(&app));
    press(&mut app, "CH-001 Enter 3 Enter");
    let told = "posted: count CH-001: on hand 1 -> counted 3: 2 found";
    assert!(rows(&app)[23].contains(told), "{:#?}", rows(&app));
}

#[test]
fn a_move_asks_for_both_locations() {
    let f = fixture();
    let mut app = app(&f.session);
    press(&mut app, "C-v Enter WH2 Enter CH-001 Enter 2 Enter");
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(3));
    assert_eq!(on_hand(&f.session, "CH-001", "WH2"), dec!(2));
}

#[test]
fn a_paste_with_line_ends_is_a_burst_of_scans() {
    let f = fixture();
    let mut scan = Scan::new(&f.session);
    let outcome = scan.on_paste(
        &format!("WH2\r\n{CHAI_BARCODE}\r{CHAI_BARCODE}\r{CHAI_BARCODE}\r\r"),
        &f.session,
    );
    assert!(matches!(outcome, Outcome::Saved(..)));
    assert_eq!(on_hand(&f.session, "CH-001", "WH2"), dec!(3));
    assert_eq!(scan.postings.len(), 1);
    assert_eq!(scan.focus, Focus::Item);
}

#[test]
fn the_location_is_checked_and_a_scan_replaces_the_default() {
    let f = fixture();
    let mut scan = Scan::new(&f.session);
    assert_eq!(scan.location.text, "WH1");
    for c in "XX9".chars() {
        scan.on_key(&Key::char(c), &f.session);
    }
    assert_eq!(scan.location.text, "XX9");
    assert!(matches!(scan.enter(&f.session), Outcome::Refuse(m) if m.contains("unknown location")));
    scan.location.text = "loss".into();
    assert!(matches!(scan.enter(&f.session), Outcome::Refuse(m) if m.contains("virtual")));
    scan.location.text = "wh2".into();
    assert!(matches!(scan.enter(&f.session), Outcome::Handled));
    assert_eq!(scan.focus, Focus::Item);
}

#[test]
fn a_typed_quantity_replaces_the_default_and_codes_are_not_quantities() {
    let f = fixture();
    let mut scan = Scan::new(&f.session);
    scan.enter(&f.session);
    scan.item.text = "CH-001".into();
    scan.enter(&f.session);
    assert_eq!(scan.quantity.text, "1");
    scan.on_key(&Key::char('4'), &f.session);
    assert_eq!(scan.quantity.text, "4");
    scan.quantity.text = "SY-002".into();
    assert!(matches!(scan.enter(&f.session), Outcome::Refuse(m) if m.contains("is item SY-002")));
    assert_eq!(scan.quantity.text, "1");
    scan.quantity.text = "ch-001".into();
    assert!(matches!(scan.enter(&f.session), Outcome::Handled));
    assert_eq!(scan.quantity.text, "2");
    assert!(matches!(scan.enter(&f.session), Outcome::Saved(..)));
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(7));
}

#[test]
fn the_last_ten_postings_stay_newest_first() {
    let f = fixture();
    let mut scan = Scan::new(&f.session);
    scan.enter(&f.session);
    for n in 1..=12 {
        scan.item.text = "SY-002".into();
        scan.enter(&f.session);
        scan.quantity.text = n.to_string();
        assert!(matches!(scan.enter(&f.session), Outcome::Saved(..)));
    }
    assert_eq!(scan.postings.len(), SHOWN);
    assert_eq!(scan.postings[0].quantity, dec!(12));
    assert_eq!(scan.postings[0].after, "78");
}

/// The rows of the App drawn at 80×24, as a VT100 shows them.
fn rows(app: &App) -> Vec<String> {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| app.view(frame)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..24)
        .map(|y| {
            (0..80)
                .map(|x| crate::tui::ascii::ascii_cell(buffer[(x, y)].symbol()))
                .collect()
        })
        .collect()
}

#[test]
fn tab_goes_to_the_next_field_and_only_enter_posts() {
    let f = fixture();
    let mut app = app(&f.session);
    press(&mut app, "Tab CH-001 Tab");
    assert!(rows(&app)[6].contains(">Quantity   1"), "{:#?}", rows(&app));
    let effects = press(&mut app, "Tab");
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(5));
    assert!(
        rows(&app)[23].contains("Enter posts 1 x CH-001"),
        "{:#?}",
        rows(&app)
    );
    press(&mut app, "Enter");
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(6));
    // A burst with tabs goes field by field and posts nothing.
    let mut scan = Scan::new(&f.session);
    let outcome = scan.on_paste("WH1\tCH-001\t\t", &f.session);
    assert!(matches!(outcome, Outcome::Handled));
    assert_eq!(scan.focus, Focus::Quantity);
    assert_eq!(on_hand(&f.session, "CH-001", "WH1"), dec!(6));
}

#[test]
fn the_screen_fits_80_by_24_as_a_vt100_shows_it() {
    let f = fixture();
    let mut app = app(&f.session);
    press(
        &mut app,
        &format!("Enter {CHAI_BARCODE} Enter Enter SY-002 Enter"),
    );
    let rows = rows(&app);
    let screen = rows.join("\n");
    assert!(screen.is_ascii(), "{screen}");
    assert!(
        rows[5].contains("SY-002 Aniseed Syrup (0 pcs on hand)"),
        "{screen}"
    );
    assert!(rows[6].contains(">Quantity   1"), "{screen}");
    assert!(rows[12].contains("receive CH-001"), "{screen}");
    assert!(rows[12].contains("supplier -> WH1"), "{screen}");
    assert!(rows[23].contains("C-x Save"), "{screen}");
}

#[test]
fn before_posting_a_count_shows_what_it_will_write_off() {
    let f = fixture();
    let mut app = app(&f.session);
    press(&mut app, "C-t Enter CH-001 Enter");
    let shown = rows(&app);
    assert!(shown[6].contains(">Counted    1"), "{shown:#?}");
    assert!(
        shown[6].contains("pcs  on hand 5 -> counted 1: 4 written off"),
        "{shown:#?}"
    );
    press(&mut app, "CH-001 Enter");
    assert!(rows(&app)[6].contains("on hand 5 -> counted 2: 3 written off"));
    press(&mut app, "7");
    assert!(rows(&app)[6].contains("on hand 5 -> counted 7: 2 found"));
    assert_eq!(
        on_hand(&f.session, "CH-001", "WH1"),
        dec!(5),
        "nothing posted"
    );
}

#[test]
fn a_long_item_name_is_shortened_and_the_on_hand_shows_whole() {
    let f = fixture();
    let mut input = Input::new();
    input.push("sku", "CO-006");
    input.push("name", "Grandma's Boysenberry Spread, 8 oz");
    let item = from_input(&input, f.session.clock.now(), f.session.settings.currency).unwrap();
    f.session.execute(item::add(&item)).unwrap();
    let mut app = app(&f.session);
    press(&mut app, "Enter CO-006 Enter");
    let shown = rows(&app);
    assert!(
        shown[5].contains("CO-006 Grandma's Boysenberry S... (0 pcs on hand)|"),
        "{shown:#?}"
    );
}
