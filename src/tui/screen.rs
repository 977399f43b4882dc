//! The `Screen` trait every screen implements, and what handling an input can lead to —
//! another screen named by a `Route`, never built here.
//! Room: tui.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::Action;
use super::key::Key;
use super::route::Route;
use super::session::Session;
use super::theme::Theme;
use crate::core::Change;

/// What a screen asks the App to do after an input.
pub enum Outcome {
    /// Not for this screen: the App tries the keymap / global actions.
    Ignored,
    /// Handled; redraw.
    Handled,
    /// Open a screen of this screen's own on top of it (its own form, a picker).
    Push(Box<dyn Screen>),
    /// Open another screen on top of this one (see `Route`).
    Open(Route),
    /// Close this screen.
    Pop,
    /// Close this screen and open these in its place, the last on top.
    Replace(Vec<Route>),
    /// Refuse with an inline message and the bell; nothing was done.
    Refuse(String),
    /// Data was written; show the message, let other sessions refresh, then go on.
    Saved(String, After),
    /// Show a message in the status line.
    Status(String),
    /// Close this screen (a picker) and hand the chosen value to the screen below.
    Return(String),
    /// Ask this yes/no question in the confirmation popup; yes hands the action to the
    /// screen's `on_confirmed`, no (or Esc) does nothing.
    Confirm(String, Action),
}

/// Where a screen goes after it saved.
pub enum After {
    Stay,
    Close,
    /// Close and open another screen in its place (e.g. the record just created).
    Open(Route),
}

/// One screen of the App. Screens read through `core` queries and change data only by
/// running commands through the `Session`.
pub trait Screen {
    /// Shown in the title bar.
    fn title(&self) -> String;
    /// The keymap layer consulted before `global` (list, detail, form, prompt, scan, …).
    fn layer(&self) -> &'static str;
    /// A key before the keymap sees it: text inputs consume printable keys here.
    fn on_key(&mut self, _key: &Key, _session: &Session) -> Outcome {
        Outcome::Ignored
    }
    /// Pasted text (or a scanner burst) for the focused input.
    fn on_paste(&mut self, _text: &str, _session: &Session) -> Outcome {
        Outcome::Ignored
    }
    /// An action from the keymap that the App does not handle globally.
    fn on_action(&mut self, action: Action, session: &Session) -> Outcome;
    /// Whether this screen has a use for `action` (a keymap layer serves several screens):
    /// the App hands it only those — any other "is not available here" — and help lists
    /// only those beside the global keys. Every action, unless a screen says otherwise.
    fn answers(&self, _action: Action) -> bool {
        true
    }
    /// An action this screen asked to confirm (`Outcome::Confirm`) was answered yes.
    fn on_confirmed(&mut self, _action: Action, _session: &Session) -> Outcome {
        Outcome::Ignored
    }
    /// A value chosen in a picker opened by this screen; what to do next.
    fn on_result(&mut self, _value: String, _session: &Session) -> Outcome {
        Outcome::Handled
    }
    /// Reloads what the screen shows (after F5 or another session's change).
    fn refresh(&mut self, _session: &Session) {}
    /// Whether the screen shows records of these kinds, so that another session's change
    /// to them must reload it. When in doubt: yes.
    fn shows(&self, _change: Change) -> bool {
        true
    }
    /// How long until what this screen shows changes by itself (a running timer);
    /// `None` when nothing on it changes without input.
    fn next_tick(&self) -> Option<Duration> {
        None
    }
    /// The moment `next_tick` asked for has come; return true to redraw.
    fn on_tick(&mut self) -> bool {
        false
    }
    /// Whether work is pending that `work` would go on with (a search still scanning).
    fn working(&self) -> bool {
        false
    }
    /// One slice of the pending work, short enough not to hold up typing.
    fn work(&mut self, _session: &Session) {}
    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme);
    /// The actions worth a place in the key legend on the bottom line.
    fn legend(&self) -> Vec<Action>;
    /// What an action does on this screen when its own label would mislead (BOMs: page
    /// down selects the next BOM); the legend and help show this instead.
    /// In the current language.
    fn meaning(&self, _action: Action) -> Option<String> {
        None
    }
    /// Whether leaving would lose typed input (forms ask first).
    fn has_unsaved_changes(&self) -> bool {
        false
    }
    /// The cursor position when a text input has focus.
    fn cursor(&self, _area: Rect, _theme: &Theme) -> Option<(u16, u16)> {
        None
    }
}
