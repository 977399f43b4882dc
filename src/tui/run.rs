//! Running the App on the local terminal: raw mode, alternate screen, bracketed paste; the
//! terminal's bytes (read by `tty`) through the same `decode::Decoder` as an SSH session,
//! every decoded input into `App::handle` in the order typed (type-ahead: keys typed while a
//! screen loads or a command commits wait in the terminal and reach the screen that follows,
//! none dropped), a draw once no decoded input waits, a tick every second, `Input::Work`
//! whenever no input waits while the App has work pending, and `Input::DataChanged` when
//! another process commits on the same database (PostgreSQL's change feed).
//! The terminal is restored on every way out. Room: tui.

use std::collections::VecDeque;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::{execute, terminal};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};

use super::app::App;
use super::backend::SgrBackend;
use super::decode::Decoder;
use super::input::{Effect, Input};
use super::keymap::Keymap;
use super::profile::Profile;
use super::session::Session;
use super::theme::{Role, Theme};
use super::tty::{Ready, Tty};
use crate::core::{Actor, Change, Clock};
use crate::store::feed::ChangeFeed;
use crate::store::{OpenStep, Store};

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
    #[error("{}", crate::t!("tui-error-terminal", error = .0.to_string()))]
    Terminal(#[from] std::io::Error),
    #[error("{}", crate::t!("tui-error-no-terminal"))]
    NoTerminal,
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

/// Runs the App on this terminal until the user quits. While `open` opens the database —
/// a second or more for millions of records — the screen already says so; an error from it
/// (the database in use, say) comes back after the terminal is restored. `open` reports its
/// long steps (an index new in this release) to the observer it is given; the screen shows
/// them under the opening line.
pub fn run_local<E: From<TuiError>>(
    open: impl FnOnce(&mut dyn FnMut(OpenStep)) -> Result<Store, E>,
    label: &str,
    actor: Actor,
    clock: Clock,
    options: Options,
) -> Result<(), E> {
    let user_file = super::keymap::user_file(options.keymap.as_deref());
    let keymap = Keymap::load(options.preset.as_deref(), user_file.as_deref())
        .map_err(|error| TuiError::Keymap(error.to_string()))?;
    let profile = Profile::detect(&|name| std::env::var(name).ok(), options.ascii);
    let theme = Theme::new(profile);
    let (_restore, mut terminal) = match enter(profile, &theme, label) {
        Ok(entered) => entered,
        // Without a terminal, a database that cannot be opened is still the news to give.
        Err(error) => {
            open(&mut |_| {})?;
            return Err(error.into());
        }
    };
    let store = open(&mut |step| {
        let step = step.to_string();
        // The step line is news, not a must: a failed draw shows up at the App's first frame.
        let _ = terminal.draw(|frame| opening(frame, &theme, label, Some(&step)));
    })?;
    let session = Session::new(Arc::new(store), clock, actor).map_err(TuiError::from)?;
    let size = terminal.size().map_err(TuiError::from)?;
    let mut app = App::new(session, Arc::new(keymap), theme, (size.width, size.height));
    Ok(events(&mut terminal, &mut app)?)
}

type LocalTerminal = Terminal<SgrBackend<std::io::Stdout>>;

/// Raw mode, the alternate screen and bracketed paste on; the opening line drawn. The
/// `Restore` undoes it all when dropped, after the terminal (declared after it).
fn enter(
    profile: Profile,
    theme: &Theme,
    label: &str,
) -> Result<(Restore, LocalTerminal), TuiError> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(TuiError::NoTerminal);
    }
    let (width, height) = terminal::size()?;
    terminal::enable_raw_mode()?;
    let restore = Restore;
    let mut backend = SgrBackend::new(std::io::stdout(), profile, width, height);
    backend.enter_screen()?;
    execute!(std::io::stdout(), EnableBracketedPaste)?;
    let mut terminal = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )?;
    terminal.draw(|frame| opening(frame, theme, label, None))?;
    Ok((restore, terminal))
}

/// What the screen shows while the database opens: one line, and under it the long step
/// the store is taking, if any.
fn opening(frame: &mut Frame, theme: &Theme, label: &str, step: Option<&str>) {
    let opening = crate::t!("tui-run-opening", label = label);
    let lines: Vec<Line> = [Some(opening.as_str()), step]
        .into_iter()
        .flatten()
        .map(|text| Line::from(theme.text(text).into_owned()))
        .collect();
    let area = frame.area();
    let rows = Rect::new(0, area.height / 2, area.width, lines.len() as u16).intersection(area);
    frame.render_widget(
        Paragraph::new(lines)
            .style(theme.style(Role::Muted))
            .centered(),
        rows,
    );
}

/// Draws the App, then feeds it the inputs the terminal's bytes decode to, in order, one at
/// a time (a tick when the moment the App asked for comes, a slice of work without any
/// input while the App has work pending; without either it sleeps until input), and
/// draws again once no decoded input waits, until it quits.
fn events(terminal: &mut LocalTerminal, app: &mut App) -> Result<(), TuiError> {
    terminal.draw(|frame| app.view(frame))?;
    let mut tty = Tty::new()?;
    let heard = Arc::new(Mutex::new(Change::NONE));
    let _feed = hear_elsewhere(app, &tty, &heard);
    let mut decoder = Decoder::new();
    let mut buffer = [0u8; 4096];
    let mut waiting = VecDeque::new();
    let mut more_work = false;
    let mut flush_at: Option<Instant> = None;
    loop {
        let input = match waiting.pop_front() {
            Some(input) => input,
            None => {
                let wait = match (flush_at, more_work) {
                    (Some(at), _) => Some(at.saturating_duration_since(Instant::now())),
                    (None, true) => Some(Duration::ZERO),
                    (None, false) => app.wakeup(),
                };
                match tty.wait(wait, &mut buffer)? {
                    Ready::Bytes(read) => {
                        waiting.extend(decoder.feed(&buffer[..read]));
                        flush_at = decoder.wait().map(|wait| Instant::now() + wait);
                        continue;
                    }
                    Ready::Resized => {
                        let (w, h) = terminal::size()?;
                        terminal.backend_mut().resize(w, h);
                        terminal.resize(Rect::new(0, 0, w, h))?;
                        Input::Resize(w, h)
                    }
                    Ready::Rung => {
                        let mut pending = heard.lock().unwrap_or_else(PoisonError::into_inner);
                        match std::mem::take(&mut *pending) {
                            change if change.is_empty() => continue,
                            change => Input::DataChanged(change),
                        }
                    }
                    Ready::TimedOut if flush_at.take().is_some() => {
                        waiting.extend(decoder.flush());
                        continue;
                    }
                    Ready::TimedOut if more_work => Input::Work,
                    Ready::TimedOut => Input::Tick,
                }
            }
        };
        let effects = app.handle(input);
        more_work = effects.contains(&Effect::MoreWork);
        if effects.contains(&Effect::Quit) {
            break;
        }
        if effects.contains(&Effect::Repaint) {
            terminal.clear()?;
        }
        if effects.contains(&Effect::Bell) {
            terminal.backend_mut().bell()?;
        }
        if effects
            .iter()
            .any(|effect| matches!(effect, Effect::Committed(_)))
            && let Err(error) = crate::core::make_durable(app.session().store())
        {
            app.handle(Input::NotDurable(error.to_string()));
            terminal.backend_mut().bell()?;
        }
        if waiting.is_empty() {
            terminal.draw(|frame| app.view(frame))?;
        }
    }
    Ok(())
}

/// Starts hearing what other processes commit on the App's database: the kinds gather in
/// `heard` and the bell wakes the terminal's wait. None on sled; a feed that cannot start
/// leaves the TUI as it is on sled, refreshed by its own commits and F5.
fn hear_elsewhere(app: &App, tty: &Tty, heard: &Arc<Mutex<Change>>) -> Option<ChangeFeed> {
    let bell = tty.bell().ok()?;
    let heard = heard.clone();
    let listened = crate::core::elsewhere::listen(app.session().store(), move |change| {
        let mut pending = heard.lock().unwrap_or_else(PoisonError::into_inner);
        *pending = *pending | change;
        bell.ring();
    });
    listened.ok().flatten()
}

#[cfg(test)]
mod tests {
    use ratatui::backend::TestBackend;

    use super::*;

    fn opening_screen(profile: Profile, step: Option<&str>) -> Vec<String> {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let theme = Theme::new(profile);
        terminal
            .draw(|frame| opening(frame, &theme, "/srv/kontor", step))
            .unwrap();
        let buffer = terminal.backend().buffer();
        (0..24)
            .map(|y| {
                (0..80)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim()
                    .to_string()
            })
            .filter(|line| !line.is_empty())
            .collect()
    }

    #[test]
    fn the_opening_screen_names_the_database_and_then_the_long_step_under_it() {
        assert_eq!(
            opening_screen(Profile::VT100, None),
            ["kontor -- opening /srv/kontor ..."]
        );
        let step = OpenStep::Reindexing("interactions").to_string();
        assert_eq!(
            opening_screen(Profile::VT100, Some(&step)),
            [
                "kontor -- opening /srv/kontor ...",
                "filling the interactions indexes new in this release (runs once)"
            ]
        );
    }

    #[test]
    fn the_opening_screen_speaks_the_current_language() {
        let german = crate::lang::Locale::new(crate::lang::Lang::De, crate::lang::Zone::UTC);
        let unicode = Profile {
            ascii: false,
            ..Profile::VT100
        };
        let screen = crate::lang::scope(german, || {
            let step = OpenStep::FinishingReindex.to_string();
            opening_screen(unicode, Some(&step))
        });
        assert_eq!(screen[0], "kontor — /srv/kontor wird geöffnet …");
        assert_eq!(screen.len(), 2, "{screen:?}");
        assert_eq!(screen[1], "beende eine abgebrochene Neuindizierung");
    }
}
