//! Running the App on the local terminal: raw mode, alternate screen, bracketed paste,
//! one event at a time into `App::handle`, a draw after each, a tick every second.
//! The terminal is restored on every way out. Room: tui.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::{execute, terminal};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::app::App;
use super::backend::SgrBackend;
use super::input::{Effect, Input};
use super::key::Key;
use super::keymap::Keymap;
use super::profile::Profile;
use super::session::Session;
use super::theme::Theme;
use crate::core::Actor;
use crate::store::Store;

/// How the local TUI starts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `default` or `vim`; the user's keymap file may also choose.
    pub preset: Option<String>,
    /// A keymap file instead of the one in the config directory.
    pub keymap: Option<PathBuf>,
    /// ASCII only, whatever the terminal says.
    pub ascii: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error("{0}")]
    Keymap(String),
    #[error("{0}")]
    Core(#[from] crate::core::CoreError),
    #[error("terminal: {0}")]
    Terminal(#[from] std::io::Error),
}

/// Restores the terminal when dropped, whatever happened.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let mut out = std::io::stdout();
        let _ = execute!(out, DisableBracketedPaste);
        let _ = out.write_all(b"\x1b[0m\x1b[?25h\x1b[?1049l");
        let _ = out.flush();
        let _ = terminal::disable_raw_mode();
    }
}

/// Runs the App on this terminal until the user quits.
pub fn run_local(store: Store, actor: Actor, options: Options) -> Result<(), TuiError> {
    let user_file = super::keymap::user_file(options.keymap.as_deref());
    let keymap = Keymap::load(options.preset.as_deref(), user_file.as_deref())
        .map_err(|error| TuiError::Keymap(error.to_string()))?;
    let profile = Profile::detect(&|name| std::env::var(name).ok(), options.ascii);
    let theme = Theme::new(profile);
    let session = Session::new(Arc::new(store), actor)?;
    let (width, height) = terminal::size()?;
    let mut app = App::new(session, Arc::new(keymap), theme, (width, height));
    terminal::enable_raw_mode()?;
    let _restore = Restore;
    let mut backend = SgrBackend::new(std::io::stdout(), profile, width, height);
    backend.enter_screen()?;
    execute!(std::io::stdout(), EnableBracketedPaste)?;
    let area = Rect::new(0, 0, width, height);
    let mut terminal = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )?;
    terminal.draw(|frame| app.view(frame))?;
    loop {
        let input = if event::poll(Duration::from_secs(1))? {
            match event::read()? {
                Event::Key(key) if key.kind != event::KeyEventKind::Release => {
                    Input::Key(Key::from(key))
                }
                Event::Paste(text) => Input::Paste(text),
                Event::Resize(w, h) => {
                    terminal.backend_mut().resize(w, h);
                    terminal.resize(Rect::new(0, 0, w, h))?;
                    Input::Resize(w, h)
                }
                _ => continue,
            }
        } else {
            Input::Tick
        };
        let effects = app.handle(input);
        if effects.contains(&Effect::Quit) {
            break;
        }
        if effects.contains(&Effect::Repaint) {
            terminal.clear()?;
        }
        if effects.contains(&Effect::Bell) {
            terminal.backend_mut().bell()?;
        }
        terminal.draw(|frame| app.view(frame))?;
    }
    Ok(())
}
