//! The App: a stack of screens, the keymap with its pending sequence, popups (help,
//! palette, which-key, confirm), the status line and the key legend. Elm-like:
//! `handle(Input) -> Vec<Effect>` changes state, `view(&mut Frame)` draws it; while the
//! screen on top has work pending, every answer includes `Effect::MoreWork`. While the
//! terminal is below 80x24 only a notice shows, and keys and pastes do nothing but quit:
//! nothing is typed blind.
//! Room: tui — data only through `core` (via `Session`).

use std::sync::Arc;
use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::action::Action;
use super::input::{Effect, Input};
use super::key::{Key, KeyCode};
use super::key_names::KeyNames;
use super::keymap::{Keymap, Lookup};
use super::popup::{Here, Popup};
use super::route::Route;
use super::screen::{After, Outcome, Screen};
use super::screens;
use super::session::Session;
use super::theme::{Role, Theme};
use super::widgets::wrap;

mod legend;
use crate::core::Change;
use crate::core::first_start::offers_demo;

/// Smallest terminal the layout is made for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;
/// Lines a status message may take at the bottom (the body gives them up meanwhile).
const STATUS_LINES: usize = 3;

pub struct App {
    session: Session,
    keymap: Arc<Keymap>,
    theme: Theme,
    stack: Vec<Box<dyn Screen>>,
    pending: Vec<Key>,
    popup: Option<Popup>,
    /// A go-… action waiting for "discard unsaved changes?" to be answered yes.
    leaving_for: Option<Action>,
    status: Option<(String, bool)>,
    size: (u16, u16),
    /// The demo data was asked for: it loads at the next `Input::Work` (blocking work).
    demo_requested: bool,
}

impl App {
    /// A new App showing the home screen, or the demo offer when the database is empty.
    pub fn new(mut session: Session, keymap: Arc<Keymap>, theme: Theme, size: (u16, u16)) -> App {
        session.keys = KeyNames::new(keymap.clone(), theme.profile().ascii);
        // Whatever this session wrote before the App ran is not the App's to announce.
        session.take_changes();
        let home = screens::open(Route::Home, &session);
        let mut app = App {
            session,
            keymap,
            theme,
            stack: vec![home],
            pending: Vec::new(),
            popup: None,
            leaving_for: None,
            status: None,
            size,
            demo_requested: false,
        };
        let session = &app.session;
        if offers_demo(session.store(), &session.actor).unwrap_or(false) {
            app.popup = Some(Popup::confirm(
                &crate::t!("tui-demo-offer"),
                Action::LoadDemo,
            ));
        }
        app
    }

    /// Opens the screen `route` names on top, as a screen's `Outcome::Open` does.
    pub fn open(&mut self, route: Route) {
        let screen = screens::open(route, &self.session);
        self.stack.push(screen);
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// Draws with `theme` from now on (the App moved to another terminal); the keys named
    /// in hints follow its profile.
    pub fn set_theme(&mut self, theme: Theme) {
        self.session.keys = KeyNames::new(self.keymap.clone(), theme.profile().ascii);
        self.theme = theme;
    }

    /// The title of the screen on top ("Log call — Alfreds Futterkiste").
    pub fn title(&self) -> String {
        self.stack
            .last()
            .map(|screen| screen.title())
            .unwrap_or_default()
    }

    /// Handles one input; returns what the runner must do.
    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        match input {
            Input::Resize(width, height) => self.size = (width, height),
            Input::Tick => {
                if self.top().on_tick() {
                    effects.push(Effect::Refreshed);
                }
            }
            Input::Work if self.demo_requested => {
                self.demo_requested = false;
                self.load_demo();
            }
            Input::Work => {
                let session = self.session.clone();
                self.top().work(&session);
            }
            Input::NotDurable(why) => {
                self.status = Some((crate::t!("tui-not-saved", why = why), true));
                effects.push(Effect::Bell);
            }
            Input::DataChanged(change) => {
                if self.top().shows(change) {
                    let session = self.session.clone();
                    self.top().refresh(&session);
                    effects.push(Effect::Refreshed);
                }
            }
            Input::Paste(_) if self.too_small() => {}
            Input::Paste(text) => {
                let session = self.session.clone();
                let outcome = self.top().on_paste(&text, &session);
                self.apply(outcome, &mut effects);
            }
            Input::Key(key) => self.on_key(key, &mut effects),
        }
        let written = self.session.take_changes();
        if !written.is_empty() {
            effects.push(Effect::Committed(written));
        }
        if self.demo_requested {
            effects.extend([Effect::MoreWork, Effect::BlockingWork]);
        // Only the screen on top works: one opened over it pauses its work.
        } else if self.stack.last().is_some_and(|screen| screen.working()) {
            effects.push(Effect::MoreWork);
        }
        effects
    }

    /// How long until what the App shows changes by itself, when the runner must feed
    /// `Input::Tick`; `None` when nothing on screen changes without input, so an idle
    /// session is never woken. Only the screen on top ticks.
    pub fn wakeup(&self) -> Option<Duration> {
        self.stack.last().and_then(|screen| screen.next_tick())
    }

    fn top(&mut self) -> &mut Box<dyn Screen> {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn refresh_all(&mut self) {
        let session = self.session.clone();
        for screen in &mut self.stack {
            screen.refresh(&session);
        }
    }

    /// Whether the terminal is too small for anything but the notice.
    fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    fn on_key(&mut self, key: Key, effects: &mut Vec<Effect>) {
        if self.too_small() {
            let layer = self.top().layer();
            if let Lookup::Matched(action @ (Action::Quit | Action::ForceQuit)) =
                self.keymap.lookup(layer, &[key])
            {
                self.run(action, effects);
            }
            return;
        }
        if self.popup.is_some() {
            self.on_popup_key(key, effects);
            return;
        }
        self.status = None;
        if self.pending.is_empty() {
            let session = self.session.clone();
            let outcome = self.top().on_key(&key, &session);
            if !matches!(outcome, Outcome::Ignored) {
                self.apply(outcome, effects);
                return;
            }
        }
        self.pending.push(key);
        let layer = self.top().layer();
        // The layer's trie already has the global bindings merged under it.
        match self.keymap.lookup(layer, &self.pending) {
            Lookup::Matched(action) => {
                self.pending.clear();
                self.run(action, effects);
            }
            Lookup::Pending(continuations) => {
                self.popup = Some(Popup::which_key(&self.pending, continuations));
            }
            Lookup::NotFound => {
                if self.pending.len() > 1 {
                    let keys = super::key::format_sequence(&self.pending);
                    let message = crate::t!("tui-not-a-key", keys = keys);
                    self.status = Some((message, true));
                    effects.push(Effect::Bell);
                }
                self.pending.clear();
            }
        }
    }

    fn on_popup_key(&mut self, key: Key, effects: &mut Vec<Effect>) {
        let Some(popup) = self.popup.take() else {
            return;
        };
        if let Popup::WhichKey { .. } = popup {
            self.on_key(key, effects);
            return;
        }
        match popup.on_key(&key) {
            super::popup::Answer::Keep(popup) => self.popup = Some(popup),
            super::popup::Answer::Close => self.leaving_for = None,
            super::popup::Answer::Run(action) => self.run(action, effects),
            super::popup::Answer::Confirmed(action) => {
                let session = self.session.clone();
                let outcome = self.top().on_confirmed(action, &session);
                self.apply(outcome, effects);
            }
        }
    }

    /// Runs an action: global ones here, the rest by the screen on top. An action the
    /// role has no right for (`screens::permitted`) is refused as the core would refuse it.
    pub fn run(&mut self, action: Action, effects: &mut Vec<Effect>) {
        let role = self.session.actor.role;
        if !screens::permitted(action, role) {
            let message = crate::t!("tui-not-permitted", role = role.label());
            self.status = Some((message, true));
            effects.push(Effect::Bell);
            return;
        }
        match action {
            Action::Quit => {
                if self.stack.iter().any(|s| s.has_unsaved_changes()) {
                    self.popup = Some(Popup::confirm(
                        &crate::t!("tui-confirm-discard-and-exit"),
                        Action::ForceQuit,
                    ));
                } else {
                    effects.push(Effect::Quit);
                }
            }
            Action::ForceQuit => effects.push(Effect::Quit),
            Action::Help => {
                let layer = self.top().layer();
                let thin = self.session.keys.thin();
                let screen = self.stack.last().map(|screen| screen.as_ref());
                let here = Here {
                    answers: &|action| {
                        runs_itself(action) || screen.is_none_or(|screen| screen.answers(action))
                    },
                    meaning: &|action| screen.and_then(|screen| screen.meaning(action)),
                };
                self.popup = Some(Popup::help(&self.keymap, layer, role, thin, &here));
            }
            Action::Palette => self.popup = Some(Popup::palette(role)),
            Action::CallerLookup => self
                .stack
                .push(screens::open(Route::CallerLookup, &self.session)),
            Action::Repaint => effects.push(Effect::Repaint),
            Action::Refresh => {
                let session = self.session.clone();
                self.top().refresh(&session);
                self.status = Some((crate::t!("tui-refreshed"), false));
            }
            // Leaving a screen with typed input asks first, whichever key leaves it.
            Action::Back | Action::Cancel
                if self.stack.last().is_some_and(|s| s.has_unsaved_changes()) =>
            {
                self.popup = Some(Popup::confirm(
                    &crate::t!("tui-confirm-discard"),
                    Action::Discard,
                ));
            }
            Action::Back if self.stack.len() > 1 => self.pop(),
            Action::Discard => match self.leaving_for.take() {
                Some(go) => {
                    self.go(go, true);
                }
                None => self.pop(),
            },
            Action::LoadDemo => {
                self.demo_requested = true;
                self.status = Some((crate::t!("tui-loading-demo"), false));
            }
            action => {
                if self.go(action, false) {
                    return;
                }
                let session = self.session.clone();
                let screen = self.top();
                let outcome = if screen.answers(action) {
                    screen.on_action(action, &session)
                } else {
                    Outcome::Ignored
                };
                match outcome {
                    // A key bound in the layer that this screen has no use for: say so
                    // rather than nothing.
                    Outcome::Ignored => {
                        let message = crate::t!("tui-not-available", what = action.label());
                        self.status = Some((message, false));
                    }
                    outcome => self.apply(outcome, effects),
                }
            }
        }
    }

    /// Opens the screen of a go-… action; false when `action` is none. Every other go-…
    /// screen opens on top of home; go-home's own screen is that home, freshly loaded, in
    /// place of the one kept since the start. Screens it would close with typed input make it
    /// ask first, unless `discarding` (the answer was yes).
    fn go(&mut self, action: Action, discarding: bool) -> bool {
        let Some(route) = screens::opener(action) else {
            return false;
        };
        let kept = if action == Action::GoHome { 0 } else { 1 };
        let unsaved = self
            .stack
            .iter()
            .skip(kept)
            .any(|s| s.has_unsaved_changes());
        if unsaved && !discarding {
            self.leaving_for = Some(action);
            self.popup = Some(Popup::confirm(
                &crate::t!("tui-confirm-discard"),
                Action::Discard,
            ));
            return true;
        }
        let screen = screens::open(route, &self.session);
        self.stack.truncate(kept);
        self.stack.push(screen);
        true
    }

    fn pop(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
            let session = self.session.clone();
            self.top().refresh(&session);
        }
    }

    fn load_demo(&mut self) {
        match crate::core::load_demo(
            self.session.store(),
            &self.session.clock,
            &self.session.actor,
            200,
        ) {
            Ok(counts) => {
                let message = crate::t!("tui-demo-loaded", count = counts.customers);
                self.status = Some((message, false));
                self.refresh_all();
                self.session.note(Change::ALL);
            }
            Err(error) => self.status = Some((error.to_string(), true)),
        }
    }

    fn apply(&mut self, outcome: Outcome, effects: &mut Vec<Effect>) {
        match outcome {
            Outcome::Ignored | Outcome::Handled => {}
            Outcome::Push(screen) => self.stack.push(screen),
            Outcome::Pop => self.pop(),
            Outcome::Open(route) => {
                let screen = screens::open(route, &self.session);
                self.stack.push(screen);
            }
            Outcome::Replace(routes) => {
                if self.stack.len() > 1 {
                    self.stack.pop();
                }
                for route in routes {
                    let screen = screens::open(route, &self.session);
                    self.stack.push(screen);
                }
            }
            Outcome::Refuse(message) => {
                self.status = Some((message, true));
                effects.push(Effect::Bell);
            }
            Outcome::Saved(message, after) => {
                match after {
                    After::Stay => {}
                    After::Close => {
                        self.stack.pop();
                    }
                    After::Open(route) => {
                        self.stack.pop();
                        let screen = screens::open(route, &self.session);
                        self.stack.push(screen);
                    }
                }
                if self.stack.is_empty() {
                    self.stack.push(screens::open(Route::Home, &self.session));
                }
                self.status = Some((message, false));
                self.refresh_all();
            }
            Outcome::Status(message) => self.status = Some((message, false)),
            Outcome::Confirm(question, then) => self.popup = Some(Popup::ask(&question, then)),
            Outcome::Return(value) => {
                if self.stack.len() > 1 {
                    self.stack.pop();
                    let session = self.session.clone();
                    let next = self.top().on_result(value, &session);
                    self.apply(next, effects);
                }
            }
        }
    }

    /// Draws the whole App into the frame.
    pub fn view(&self, frame: &mut Frame) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let notice = crate::t!(
                "tui-too-small",
                needed = format!("{MIN_WIDTH}x{MIN_HEIGHT}"),
                size = format!("{}x{}", area.width, area.height),
            );
            frame.render_widget(
                Paragraph::new(notice).style(self.theme.style(Role::Warning)),
                area,
            );
            return;
        }
        let status = self.status_text(area.width);
        let [title, body, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(status.as_ref().map_or(1, |lines| lines.len() as u16)),
        ])
        .areas(area);
        let Some(screen) = self.stack.last() else {
            return;
        };
        let heading = format!(" kontor · {} · {}", screen.title(), self.session.actor.name);
        frame.render_widget(
            Paragraph::new(self.theme.text(&heading).into_owned())
                .style(self.theme.style(Role::Title)),
            title,
        );
        screen.view(frame, body, &self.theme);
        if let Some((x, y)) = screen
            .cursor(body, &self.theme)
            .filter(|_| self.popup.is_none())
        {
            frame.set_cursor_position((x, y));
        }
        let bottom_line = match status {
            Some(lines) => self.status_lines(lines),
            None => self.legend_line(screen.as_ref(), usize::from(bottom.width)),
        };
        frame.render_widget(bottom_line, bottom);
        if let Some(popup) = &self.popup {
            popup.view(frame, body, &self.theme);
        }
    }

    /// The status message wrapped to the width on up to `STATUS_LINES` lines, so that a
    /// refusal is read whole; none when there is no status (the legend takes one line).
    fn status_text(&self, width: u16) -> Option<Vec<String>> {
        let (message, _) = self.status.as_ref()?;
        let mut lines = wrap(&self.theme.text(message), usize::from(width));
        lines.truncate(STATUS_LINES);
        Some(lines)
    }

    fn status_lines(&self, lines: Vec<String>) -> Paragraph<'static> {
        let error = self.status.as_ref().is_some_and(|(_, error)| *error);
        let role = if error { Role::Error } else { Role::Ok };
        let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
        Paragraph::new(lines).style(self.theme.style(role))
    }

    /// The area the App last drew into.
    pub fn size(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }
}

/// Whether a key is plain text for an input field.
pub fn is_text(key: &Key) -> Option<char> {
    match key.code {
        KeyCode::Char(c) if !key.ctrl && !key.alt => Some(c),
        _ => None,
    }
}

/// Whether the App runs `action` itself, whatever screen is on top (`App::run`): leaving,
/// help, the palette, the caller lookup, repainting, refreshing, going back or to another
/// screen, loading demo data. (Back on the first screen and cancel without unsaved input
/// go on to the screen.)
fn runs_itself(action: Action) -> bool {
    matches!(
        action,
        Action::Quit
            | Action::ForceQuit
            | Action::Help
            | Action::Palette
            | Action::CallerLookup
            | Action::Repaint
            | Action::Refresh
            | Action::Back
            | Action::Cancel
            | Action::Discard
            | Action::LoadDemo
    ) || screens::opener(action).is_some()
}
