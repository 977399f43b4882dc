//! Unit tests of the App's wakeups: an idle App asks for none (nothing on screen changes
//! by itself, so a runner never polls it), and the log-call form's running duration asks
//! for the next whole second until the agent types over it. Room: tui.

use std::sync::Arc;
use std::time::Duration;

use super::app::App;
use super::input::{Effect, Input};
use super::key::{Key, KeyCode};
use super::keymap::Keymap;
use super::profile::Profile;
use super::screen::Screen;
use super::screens::customer_forms::log_call;
use super::session::Session;
use super::theme::Theme;
use crate::core::Actor;
use crate::domain::Customer;
use crate::store::Store;

fn session(dir: &tempfile::TempDir) -> Session {
    let store = Store::open(dir.path()).unwrap();
    Session::new(
        Arc::new(store),
        crate::core::clock::test_clock(),
        Actor::local("anna"),
    )
    .unwrap()
}

#[test]
fn an_idle_app_asks_for_no_wakeup_and_a_tick_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let keymap = Arc::new(Keymap::load(None, None).unwrap());
    let mut app = App::new(session(&dir), keymap, Theme::new(Profile::VT100), (80, 24));
    assert_eq!(app.wakeup(), None, "the demo offer on an empty database");
    // No to the demo data: Home.
    app.handle(Input::Key(Key::char('n')));
    assert_eq!(app.wakeup(), None, "home");
    assert!(app.handle(Input::Tick).is_empty());
    app.handle(Input::Key(Key::plain(KeyCode::F(2))));
    assert_eq!(app.wakeup(), None, "the caller lookup");
    assert!(!app.handle(Input::Tick).contains(&Effect::Refreshed));
}

#[test]
fn the_call_timer_asks_for_the_next_second_until_typed_over() {
    let dir = tempfile::tempdir().unwrap();
    let session = session(&dir);
    let customer = Customer::new("Alfreds Futterkiste", session.clock.now());
    let mut form = log_call(&customer, None, &session);
    let wait = form
        .next_tick()
        .expect("a running duration asks for a wakeup");
    assert!(wait <= Duration::from_secs(1), "{wait:?}");
    assert!(!form.on_tick(), "no whole second has passed yet");
    // Subject → outcome → follow-up → duration, then a digit: the timer stops.
    for _ in 0..3 {
        form.on_action(crate::tui::action::Action::NextField, &session);
    }
    form.on_key(&Key::char('5'), &session);
    assert_eq!(form.next_tick(), None, "a typed duration does not run");
}
