//! One SSH session: its own thread owns the input decoder, one `tui::App` and a ratatui
//! `Terminal` (`Viewport::Fixed`) over an `SgrBackend` writing into a buffer, and sends
//! each frame to the channel. At most one write is in flight; while it is, inputs keep
//! being handled and frames coalesce (the next frame is drawn from the latest state once
//! the write is done), so a stalled client costs one frame of memory and delays no one.
//! While the App has work pending, `Input::Work` is fed whenever nothing else is ready.
//! Nothing polls: the session wakes on input, on another session's change, on the
//! deadline the App asks for (`App::wakeup`, a running call timer) and on its idle timeout.
//! Room: server — data only through the App and `core`; never touches sled.
//!
//! Why a thread per session: the App is not `Send` (screens are plain trait objects) and
//! its commands do blocking database I/O; on its own thread neither holds up the SSH
//! connections or other sessions. The thread runs a small current-thread tokio runtime
//! for its timers and channels.

use std::future::Future;
use std::io;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use russh::ChannelWriteHalf;
use russh::server::Msg;
use tokio::sync::{broadcast, mpsc};
use tokio::time::{Instant, sleep_until, timeout};

use super::Shared;
use crate::core::{Actor, Change};
use crate::store::Store;
use crate::tui::app::App;
use crate::tui::backend::SgrBackend;
use crate::tui::decode::Decoder;
use crate::tui::input::{Effect, Input};
use crate::tui::profile::Profile;
use crate::tui::session::Session;
use crate::tui::theme::Theme;

/// Largest terminal served; a bigger pty-req is clamped (the screen buffer is w×h cells).
pub const MAX_SIZE: (u16, u16) = (500, 300);
/// How long the goodbye may take before the channel is closed regardless.
const GOODBYE: Duration = Duration::from_secs(2);

/// What the connection forwards to its session.
#[derive(Debug)]
pub enum ToSession {
    Data(Vec<u8>),
    Resize(u16, u16),
    /// The client closed the channel.
    Closed,
}

/// Everything a session starts with.
pub struct Start {
    pub id: u64,
    pub actor: Actor,
    pub size: (u16, u16),
    pub profile: Profile,
    pub writer: ChannelWriteHalf<Msg>,
    pub input: mpsc::Receiver<ToSession>,
}

/// A terminal size from an SSH request: 0 means unknown (80×24), at most [`MAX_SIZE`].
pub fn clamp_size(columns: u32, rows: u32) -> (u16, u16) {
    let clamp = |value: u32, default: u16, max: u16| match value {
        0 => default,
        n => u16::try_from(n).unwrap_or(max).min(max),
    };
    (clamp(columns, 80, MAX_SIZE.0), clamp(rows, 24, MAX_SIZE.1))
}

/// Starts the session on its own thread.
pub fn spawn(shared: Arc<Shared>, start: Start) -> io::Result<()> {
    let active = shared.session_started();
    std::thread::Builder::new()
        .name(format!("kontor-session-{}", start.id))
        .spawn(move || {
            let _active = active;
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build()
            {
                Ok(runtime) => runtime,
                Err(error) => {
                    eprintln!("kontor serve: cannot start a session: {error}");
                    return;
                }
            };
            let writer = Arc::new(start.writer);
            let session = Parts {
                id: start.id,
                actor: start.actor,
                size: start.size,
                profile: start.profile,
                input: start.input,
            };
            let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
                runtime.block_on(run(&shared, session, writer.clone()))
            }));
            if result.is_err() {
                let notice =
                    b"\x1b[0m\x1b[?25h\x1b[?1049l\r\nkontor: internal error; the session ended\r\n";
                runtime.block_on(goodbye(&writer, notice.to_vec(), 1));
            }
        })?;
    Ok(())
}

struct Parts {
    id: u64,
    actor: Actor,
    size: (u16, u16),
    profile: Profile,
    input: mpsc::Receiver<ToSession>,
}

/// Why a session ends.
enum End {
    Quit,
    Idle,
    Shutdown,
    /// The client is gone: nothing more to send.
    Gone,
}

async fn run(shared: &Shared, parts: Parts, writer: Arc<ChannelWriteHalf<Msg>>) {
    let Parts {
        id,
        actor,
        size,
        profile,
        mut input,
    } = parts;
    let session = match Session::new(shared.store.clone(), shared.clock, actor) {
        Ok(session) => session,
        Err(error) => {
            goodbye(&writer, format!("kontor: {error}\r\n").into_bytes(), 1).await;
            return;
        }
    };
    let keymap = shared.keymap_for(&session.actor.name);
    let app = App::new(session, keymap, Theme::new(profile), size);
    let mut display = match Display::new(app, profile, size, id, shared.changes.clone()) {
        Ok(display) => display,
        Err(error) => {
            eprintln!("kontor serve: session {id}: {error}");
            return;
        }
    };
    let mut output = Output::new(writer);
    let mut decoder = Decoder::new();
    let mut changes = shared.changes.subscribe();
    let mut shutdown = shared.shutdown.subscribe();
    let mut last_input = Instant::now();
    let mut esc_deadline: Option<Instant> = None;
    let mut changes_open = true;
    output.start(display.enter());

    let end = loop {
        if display.dirty && !output.busy() {
            if std::mem::take(&mut display.unflushed) {
                durable(&shared.store, id).await;
            }
            match display.render() {
                Ok(bytes) => output.start(bytes),
                Err(error) => {
                    eprintln!("kontor serve: session {id}: {error}");
                    break End::Gone;
                }
            }
        }
        let idle_deadline = last_input + shared.idle_timeout;
        let esc_wait = esc_deadline.unwrap_or(idle_deadline);
        // No clock ticks here: the App says when something on screen changes by itself.
        let tick_at = display.app.wakeup().map(|wait| Instant::now() + wait);
        let ended = tokio::select! {
            message = input.recv() => match message {
                Some(ToSession::Data(bytes)) => {
                    last_input = Instant::now();
                    let inputs = decoder.feed(&bytes);
                    esc_deadline = decoder.wait().map(|wait| last_input + wait);
                    display.handle_all(inputs)
                }
                Some(ToSession::Resize(width, height)) => display.resize(width, height),
                Some(ToSession::Closed) | None => Some(End::Gone),
            },
            _ = sleep_until(esc_wait), if esc_deadline.is_some() => {
                esc_deadline = None;
                display.handle_all(decoder.flush())
            }
            change = changes.recv(), if changes_open => match change {
                Ok((from, _)) if from == id => None,
                Ok((_, change)) => display.handle(Input::DataChanged(change)),
                Err(broadcast::error::RecvError::Lagged(_)) => display.handle(Input::DataChanged(Change::ALL)),
                Err(broadcast::error::RecvError::Closed) => {
                    changes_open = false;
                    None
                }
            },
            _ = sleep_until(tick_at.unwrap_or(idle_deadline)), if tick_at.is_some() => {
                display.handle(Input::Tick)
            }
            // Ready after one turn of the runtime, so input, output and timers go first.
            _ = tokio::task::yield_now(), if display.working => display.work(),
            _ = shutdown.wait_for(|stop| *stop) => Some(End::Shutdown),
            _ = sleep_until(idle_deadline) => Some(End::Idle),
            written = output.done() => match written {
                Ok(()) => None,
                Err(_) => Some(End::Gone),
            },
        };
        if let Some(end) = ended {
            break end;
        }
    };
    let (notice, status) = match end {
        End::Gone => return,
        End::Quit => ("", 0),
        End::Idle => ("kontor: session ended after being idle\r\n", 0),
        End::Shutdown => (
            "kontor: the server is shutting down; your saved work is kept\r\n",
            1,
        ),
    };
    if output.busy() {
        let _ = timeout(GOODBYE, output.done()).await;
    }
    let mut farewell = display.leave();
    farewell.extend_from_slice(notice.as_bytes());
    goodbye(&output.writer, farewell, status).await;
}

/// Waits until what this session committed is on disk, flushing on a blocking thread (never
/// on the runtime's workers), so the frame saying "saved" only leaves after it is durable.
async fn durable(store: &Arc<Store>, id: u64) {
    let store = store.clone();
    let flushed = tokio::task::spawn_blocking(move || crate::core::make_durable(&store)).await;
    let failure = match flushed {
        Ok(Ok(())) => return,
        Ok(Err(error)) => error.to_string(),
        Err(error) => error.to_string(),
    };
    eprintln!("kontor serve: session {id}: flushing failed: {failure}");
}

/// Sends the last bytes, the exit status, EOF and close; gives up on a stalled client.
async fn goodbye(writer: &ChannelWriteHalf<Msg>, bytes: Vec<u8>, status: u32) {
    let steps = async {
        writer.data_bytes(bytes).await?;
        writer.exit_status(status).await?;
        writer.eof().await?;
        writer.close().await
    };
    if !matches!(timeout(GOODBYE, steps).await, Ok(Ok(()))) {
        let _ = timeout(GOODBYE, writer.close()).await;
    }
}

type Write = Pin<Box<dyn Future<Output = Result<(), russh::Error>> + Send>>;

/// The channel with at most one write in flight.
struct Output {
    writer: Arc<ChannelWriteHalf<Msg>>,
    in_flight: Option<Write>,
}

impl Output {
    fn new(writer: Arc<ChannelWriteHalf<Msg>>) -> Output {
        Output {
            writer,
            in_flight: None,
        }
    }

    fn busy(&self) -> bool {
        self.in_flight.is_some()
    }

    /// Starts sending `bytes` (nothing when empty). Only called when not busy.
    fn start(&mut self, bytes: Vec<u8>) {
        if bytes.is_empty() {
            return;
        }
        let writer = self.writer.clone();
        self.in_flight = Some(Box::pin(async move { writer.data_bytes(bytes).await }));
    }

    /// Resolves when the write in flight is done; never, when there is none. Safe to
    /// cancel: the write stays in flight.
    async fn done(&mut self) -> Result<(), russh::Error> {
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

/// The App and the terminal it is drawn on, with what the next frame must do.
struct Display {
    app: App,
    terminal: Terminal<SgrBackend<Vec<u8>>>,
    id: u64,
    changes: broadcast::Sender<(u64, Change)>,
    dirty: bool,
    bell: bool,
    clear: bool,
    /// The App has work pending (`Effect::MoreWork`): feed it `Input::Work` when idle.
    working: bool,
    /// That work blocks on the disk (`Effect::BlockingWork`): fed where blocking is allowed.
    blocking: bool,
    /// A command committed since the last frame: the store is flushed before the frame
    /// that says "saved" goes out.
    unflushed: bool,
}

impl Display {
    fn new(
        app: App,
        profile: Profile,
        (width, height): (u16, u16),
        id: u64,
        changes: broadcast::Sender<(u64, Change)>,
    ) -> io::Result<Display> {
        let backend = SgrBackend::new(Vec::new(), profile, width, height);
        let terminal = Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
            },
        )?;
        Ok(Display {
            app,
            terminal,
            id,
            changes,
            dirty: true,
            bell: false,
            clear: false,
            working: false,
            blocking: false,
            unflushed: false,
        })
    }

    /// The alternate screen, cleared, with bracketed paste on.
    fn enter(&mut self) -> Vec<u8> {
        let backend = self.terminal.backend_mut();
        let _ = backend.enter_screen();
        backend.writer_mut().extend_from_slice(b"\x1b[?2004h");
        std::mem::take(backend.writer_mut())
    }

    /// Bracketed paste off, the normal screen back.
    fn leave(&mut self) -> Vec<u8> {
        let backend = self.terminal.backend_mut();
        backend.writer_mut().clear();
        backend.writer_mut().extend_from_slice(b"\x1b[?2004l");
        let _ = backend.leave_screen();
        std::mem::take(backend.writer_mut())
    }

    fn handle_all(&mut self, inputs: Vec<Input>) -> Option<End> {
        inputs.into_iter().find_map(|input| self.handle(input))
    }

    /// Runs one input through the App and notes what the next frame must do. Another
    /// session's change and a tick redraw only when the screen on top changed.
    fn handle(&mut self, input: Input) -> Option<End> {
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
    fn work(&mut self) -> Option<End> {
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

    fn resize(&mut self, width: u16, height: u16) -> Option<End> {
        self.terminal.backend_mut().resize(width, height);
        if let Err(error) = self.terminal.resize(Rect::new(0, 0, width, height)) {
            eprintln!("kontor serve: session {}: {error}", self.id);
        }
        self.handle(Input::Resize(width, height))
    }

    /// Draws the App and returns the bytes of the frame.
    fn render(&mut self) -> io::Result<Vec<u8>> {
        if std::mem::take(&mut self.clear) {
            self.terminal.clear()?;
        }
        if std::mem::take(&mut self.bell) {
            self.terminal.backend_mut().bell()?;
        }
        let app = &self.app;
        self.terminal.draw(|frame| app.view(frame))?;
        self.dirty = false;
        Ok(std::mem::take(self.terminal.backend_mut().writer_mut()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_clamped() {
        assert_eq!(clamp_size(0, 0), (80, 24));
        assert_eq!(clamp_size(100, 30), (100, 30));
        assert_eq!(clamp_size(u32::MAX, 70_000), MAX_SIZE);
    }
}
