//! What a session draws on and sends through: a `Canvas` (a ratatui `Terminal` with
//! `Viewport::Fixed` over an `SgrBackend` writing into a buffer), the `Display` (the App
//! on its canvas, with what the next frame must do) and the `Output` (the channel with at
//! most one write in flight). The offer to resume draws on a canvas of its own.
//! Room: server — data only through the App; never touches sled.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;

use ratatui::layout::Rect;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};
use russh::ChannelWriteHalf;
use russh::server::Msg;
use tokio::sync::broadcast;

use super::session::End;
use crate::core::Change;
use crate::lang::Locale;
use crate::tui::app::App;
use crate::tui::backend::SgrBackend;
use crate::tui::input::{Effect, Input};
use crate::tui::profile::Profile;
use crate::tui::theme::Theme;

/// A terminal of a fixed size whose frames become bytes for the channel.
pub struct Canvas {
    terminal: Terminal<SgrBackend<Vec<u8>>>,
}

impl Canvas {
    pub fn new(profile: Profile, (width, height): (u16, u16)) -> io::Result<Canvas> {
        let backend = SgrBackend::new(Vec::new(), profile, width, height);
        let terminal = Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
            },
        )?;
        Ok(Canvas { terminal })
    }

    /// The alternate screen, cleared, with bracketed paste on.
    pub fn enter(&mut self) -> Vec<u8> {
        let backend = self.terminal.backend_mut();
        let _ = backend.enter_screen();
        backend.writer_mut().extend_from_slice(b"\x1b[?2004h");
        std::mem::take(backend.writer_mut())
    }

    /// Bracketed paste off, the normal screen back.
    pub fn leave(&mut self) -> Vec<u8> {
        let backend = self.terminal.backend_mut();
        backend.writer_mut().clear();
        backend.writer_mut().extend_from_slice(b"\x1b[?2004l");
        let _ = backend.leave_screen();
        std::mem::take(backend.writer_mut())
    }

    pub fn resize(&mut self, width: u16, height: u16) -> io::Result<()> {
        self.terminal.backend_mut().resize(width, height);
        self.terminal.resize(Rect::new(0, 0, width, height))
    }

    /// Draws a frame and returns its bytes; `clear` repaints every cell, `bell` rings first.
    pub fn draw(
        &mut self,
        clear: bool,
        bell: bool,
        view: impl FnOnce(&mut Frame),
    ) -> io::Result<Vec<u8>> {
        if clear {
            self.terminal.clear()?;
        }
        if bell {
            self.terminal.backend_mut().bell()?;
        }
        self.terminal.draw(view)?;
        Ok(std::mem::take(self.terminal.backend_mut().writer_mut()))
    }
}

type Write = Pin<Box<dyn Future<Output = Result<(), russh::Error>> + Send>>;

/// The channel with at most one write in flight.
pub struct Output {
    pub writer: Arc<ChannelWriteHalf<Msg>>,
    in_flight: Option<Write>,
}

impl Output {
    pub fn new(writer: Arc<ChannelWriteHalf<Msg>>) -> Output {
        Output {
            writer,
            in_flight: None,
        }
    }

    pub fn busy(&self) -> bool {
        self.in_flight.is_some()
    }

    /// Starts sending `bytes` (nothing when empty). Only called when not busy.
    pub fn start(&mut self, bytes: Vec<u8>) {
        if bytes.is_empty() {
            return;
        }
        let writer = self.writer.clone();
        self.in_flight = Some(Box::pin(async move { writer.data_bytes(bytes).await }));
    }

    /// Resolves when the write in flight is done; never, when there is none. Safe to
    /// cancel: the write stays in flight.
    pub async fn done(&mut self) -> Result<(), russh::Error> {
        match self.in_flight.as_mut() {
            Some(write) => {
                let result = write.await;
                self.in_flight = None;
                result
            }
            None => std::future::pending().await,
        }
    }
}

/// The App and the canvas it is drawn on, with what the next frame must do.
pub struct Display {
    app: App,
    canvas: Canvas,
    id: u64,
    /// The server's locale, which the log is written in.
    log: Locale,
    changes: broadcast::Sender<(u64, Change)>,
    pub dirty: bool,
    bell: bool,
    clear: bool,
    /// The App has work pending (`Effect::MoreWork`): feed it `Input::Work` when idle.
    pub working: bool,
    /// That work blocks on the disk (`Effect::BlockingWork`): fed where blocking is allowed.
    blocking: bool,
    /// A command committed since the last frame: the store is flushed before the frame
    /// that says "saved" goes out.
    pub unflushed: bool,
}

impl Display {
    /// `app` on a new canvas of `size` in `profile`: the App takes both (it may have been
    /// drawn on another terminal before), and the first frame draws every cell.
    pub fn new(
        mut app: App,
        profile: Profile,
        (width, height): (u16, u16),
        (id, log): (u64, Locale),
        changes: broadcast::Sender<(u64, Change)>,
    ) -> io::Result<Display> {
        let canvas = Canvas::new(profile, (width, height))?;
        if app.theme().profile() != profile {
            app.set_theme(Theme::new(profile));
        }
        app.handle(Input::Resize(width, height));
        Ok(Display {
            app,
            canvas,
            id,
            log,
            changes,
            dirty: true,
            bell: false,
            clear: false,
            working: false,
            blocking: false,
            unflushed: false,
        })
    }

    /// The App, for keeping it while no terminal shows it.
    pub fn into_app(self) -> App {
        self.app
    }

    pub fn enter(&mut self) -> Vec<u8> {
        self.canvas.enter()
    }

    pub fn leave(&mut self) -> Vec<u8> {
        self.canvas.leave()
    }

    pub fn handle_all(&mut self, inputs: Vec<Input>) -> Option<End> {
        inputs.into_iter().find_map(|input| self.handle(input))
    }

    /// When the App next changes by itself (a running call timer), if ever.
    pub fn wakeup(&self) -> Option<std::time::Duration> {
        self.app.wakeup()
    }

    /// Runs one input through the App and notes what the next frame must do. Another
    /// session's change and a tick redraw only when the screen on top changed.
    pub fn handle(&mut self, input: Input) -> Option<End> {
        let from_elsewhere = matches!(input, Input::DataChanged(_) | Input::Tick);
        let effects = self.app.handle(input);
        self.dirty |= !from_elsewhere;
        self.working = effects.contains(&Effect::MoreWork);
        self.blocking = effects.contains(&Effect::BlockingWork);
        for effect in effects {
            match effect {
                Effect::Quit => return Some(End::Quit),
                Effect::Bell => self.bell = true,
                Effect::Repaint => self.clear = true,
                Effect::Refreshed => self.dirty = true,
                Effect::MoreWork | Effect::BlockingWork => {}
                Effect::Committed(change) => {
                    self.unflushed = true;
                    let _ = self.changes.send((self.id, change));
                }
            }
        }
        None
    }

    /// Feeds the App its pending work; work that blocks on the disk runs with the runtime
    /// told so (`block_in_place` hands this worker's other tasks to another thread), never
    /// as if it were quick.
    pub fn work(&mut self) -> Option<End> {
        let may_block_in_place = || {
            tokio::runtime::Handle::current().runtime_flavor()
                == tokio::runtime::RuntimeFlavor::MultiThread
        };
        if self.blocking && may_block_in_place() {
            tokio::task::block_in_place(|| self.handle(Input::Work))
        } else {
            self.handle(Input::Work)
        }
    }

    pub fn resize(&mut self, width: u16, height: u16) -> Option<End> {
        if let Err(error) = self.canvas.resize(width, height) {
            let (id, error) = (self.id.to_string(), error.to_string());
            server_log!(self.log, "server-log-session-error", id = id, error = error);
        }
        self.handle(Input::Resize(width, height))
    }

    /// Draws the App and returns the bytes of the frame.
    pub fn render(&mut self) -> io::Result<Vec<u8>> {
        let (clear, bell) = (
            std::mem::take(&mut self.clear),
            std::mem::take(&mut self.bell),
        );
        let app = &self.app;
        let bytes = self.canvas.draw(clear, bell, |frame| app.view(frame))?;
        self.dirty = false;
        Ok(bytes)
    }
}
