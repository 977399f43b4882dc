//! One SSH session: its own thread owns the input decoder and one `tui::App`, drawn on a
//! `Display` and sent through an `Output` (see `display`). At most one write is in flight;
//! while it is, inputs keep being handled and frames coalesce (the next frame is drawn from
//! the latest state once the write is done), so a stalled client costs one frame of memory
//! and delays no one. While the App has work pending, `Input::Work` is fed whenever nothing
//! else is ready. Nothing polls: the session wakes on input, on another session's change
//! (paced by `pace`: a screen reloads for others' commits at most twice a second),
//! on the deadline the App asks for (`App::wakeup`, a running call timer) and on its idle
//! timeout.
//! Room: server — data only through the App and `core`; never touches sled.
//!
//! Why a thread per session: the App is not `Send` (screens are plain trait objects) and
//! its commands do blocking database I/O; on its own thread neither holds up the SSH
//! connections or other sessions. The thread runs a small current-thread tokio runtime
//! for its timers and channels.
//!
//! A dropped link loses nothing. When the connection goes without the user quitting (the
//! client vanished, the TCP connection was cut, the channel closed or a write failed), the
//! App stays on this thread for `--resume-within` (registered in `kept`), and only the App:
//! no canvas, channel, timer or subscription to other sessions' changes is held meanwhile,
//! so nothing grows and no writer waits on it. The next login of the same account is asked
//! first (`offer`); resuming hands that connection to this thread, which draws the App in
//! the new terminal's size and profile from a cleared screen and reloads the screen on top
//! (what others saved meanwhile). Nothing is kept of a session the user quit (F3), of one
//! ended by the idle timeout (that timeout is the administrator's word on how long an
//! unattended session may hold its state, and the terminal says it ended; keeping it would
//! stretch that word), nor of any when the server stops (saved work is in the database;
//! memory does not outlive the process).

use crate::lang::{self, Lang, Locale};
use std::cell::RefCell;
use std::io;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use russh::ChannelWriteHalf;
use russh::server::Msg;
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio::time::{Instant, sleep_until, timeout};

use super::display::{Display, Output};
use super::kept::Entry;
use super::offer::{self, Answer};
use super::pace::Pacer;
use super::{ActiveSession, Shared};
use crate::core::{Actor, Change};
use crate::tui::app::App;
use crate::tui::decode::Decoder;
use crate::tui::input::Input;
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
    /// The language the client's `LANG` (or `LC_ALL`, `LC_MESSAGES`) names.
    pub client_lang: Option<Lang>,
    pub writer: ChannelWriteHalf<Msg>,
    pub input: mpsc::Receiver<ToSession>,
}

/// One connection's terminal as a session uses it; handed whole to a kept session that is
/// resumed.
pub struct Link {
    pub output: Output,
    pub input: mpsc::Receiver<ToSession>,
    pub decoder: Decoder,
    /// Inputs decoded but not handled yet (typed after the answer to the offer).
    pub typed: Vec<Input>,
    pub size: (u16, u16),
    pub profile: Profile,
}

/// Why a session ends.
pub enum End {
    Quit,
    Idle,
    Shutdown,
    /// The client is gone: nothing more to send.
    Gone,
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
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build()
            {
                Ok(runtime) => runtime,
                Err(error) => {
                    let error = error.to_string();
                    server_log!(shared.locale, "server-log-session-failed", error = error);
                    return;
                }
            };
            let writer = Arc::new(start.writer);
            // The channel the session shows on now: a resumed session moves to another.
            let shown = RefCell::new(writer.clone());
            let link = Link {
                output: Output::new(writer),
                input: start.input,
                decoder: Decoder::new(),
                typed: Vec::new(),
                size: start.size,
                profile: start.profile,
            };
            let locale = session_locale(&shared, &start.actor.name, start.client_lang);
            let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
                lang::scope(locale, || {
                    runtime.block_on(run(&shared, start.id, start.actor, link, active, &shown))
                })
            }));
            if result.is_err() {
                let line = lang::scope(locale, || crate::t!("server-internal-error"));
                let notice = format!("\x1b[0m\x1b[?25h\x1b[?1049l\r\n{line}\r\n");
                runtime.block_on(goodbye(&shown.borrow(), notice.into_bytes(), 1));
            }
        })?;
    Ok(())
}

/// The locale a session is shown in: the account's language, else the client's, else the
/// server's; always the server's zone. The whole session runs inside it on its own thread.
fn session_locale(shared: &Shared, account: &str, client: Option<Lang>) -> Locale {
    let account = crate::core::users::language(&shared.store, account).unwrap_or_else(|error| {
        let error = error.to_string();
        server_log!(
            shared.locale,
            "server-log-language-unreadable",
            user = account,
            error = error
        );
        None
    });
    Locale {
        lang: account.or(client).unwrap_or(shared.locale.lang),
        zone: shared.locale.zone,
    }
}

/// The session from login to its end: the offer to resume a kept session first, when the
/// account has one (resuming hands this link over and ends here); then the App, kept
/// whenever its link drops and shown again when resumed, until it ends for good.
async fn run(
    shared: &Arc<Shared>,
    id: u64,
    actor: Actor,
    mut link: Link,
    active: ActiveSession,
    shown: &RefCell<Arc<ChannelWriteHalf<Msg>>>,
) {
    let session = match Session::new(shared.store.clone(), shared.clock, actor) {
        Ok(session) => session,
        Err(error) => {
            goodbye(
                &link.output.writer,
                format!("kontor: {error}\r\n").into_bytes(),
                1,
            )
            .await;
            return;
        }
    };
    let keymap = shared.keymap_for(&session.actor.name);
    let name = session.actor.name.clone();
    if let Some(kept) = shared.kept.offer(&session.actor) {
        match offer::ask(shared, &kept, &keymap, &name, &mut link).await {
            Answer::Resume => {
                if let Some(entry) = shared.kept.take(kept.id) {
                    match entry.resume(link) {
                        Ok(()) => return,
                        Err(back) => link = back,
                    }
                }
                server_log!(
                    shared.locale,
                    "server-log-ended-meanwhile",
                    user = name.as_str(),
                    id = kept.id.to_string()
                );
            }
            Answer::New => {
                drop(shared.kept.take(kept.id));
                server_log!(
                    shared.locale,
                    "server-log-started-afresh",
                    user = name.as_str(),
                    id = kept.id.to_string()
                );
            }
            Answer::Ended => return,
        }
    }
    let app = App::new(session, keymap, Theme::new(link.profile), link.size);
    keep_alive(shared, id, app, link, active, shown).await;
}

/// Shows `app` on `link` until the session ends for good: a dropped link parks the App
/// (see `park`) and a resume shows it again on the new link.
async fn keep_alive(
    shared: &Arc<Shared>,
    id: u64,
    app: App,
    link: Link,
    active: ActiveSession,
    shown: &RefCell<Arc<ChannelWriteHalf<Msg>>>,
) {
    let (mut app, mut link, mut active, mut resumed) = (app, link, Some(active), false);
    loop {
        let changes = shared.changes.clone();
        let log = shared.locale;
        let mut display = match Display::new(app, link.profile, link.size, (id, log), changes) {
            Ok(display) => display,
            Err(error) => {
                let (id, error) = (id.to_string(), error.to_string());
                server_log!(log, "server-log-session-error", id = id, error = error);
                return;
            }
        };
        let end = attend(shared, id, &mut display, &mut link, resumed).await;
        if display.unflushed {
            durable(shared, id).await;
        }
        match end {
            End::Gone if !shared.resume_within.is_zero() => {}
            End::Gone => return,
            end => {
                let leave = display.leave();
                farewell(&mut link.output, leave, end).await;
                return;
            }
        }
        drop((link, active.take()));
        let Some((kept, next)) = park(shared, id, display.into_app()).await else {
            return;
        };
        active = Some(shared.session_started());
        shown.replace(next.output.writer.clone());
        (app, link, resumed) = (kept, next, true);
    }
}

/// Keeps the App of session `id`, whose link dropped, until its user resumes it (the new
/// link), starts afresh, it expires, it is pushed out or the server stops (`None`).
async fn park(shared: &Shared, id: u64, app: App) -> Option<(App, Link)> {
    let name = app.session().actor.name.clone();
    let (resume, mut resumed) = oneshot::channel();
    let at = shared.clock.now();
    let entry = Entry::new(id, app.session().actor.clone(), at, app.title(), resume);
    shared.kept.keep(entry);
    let within = shared.resume_within;
    let shown_within = lang::scope(shared.locale, || {
        let seconds = shared.resume_within.as_secs();
        crate::domain::datetime::shown_duration(u32::try_from(seconds).unwrap_or(u32::MAX))
    });
    let (user, shown_id) = (name.as_str(), id.to_string());
    server_log!(
        shared.locale,
        "server-log-kept",
        user = user,
        id = shown_id.as_str(),
        within = shown_within
    );
    let mut shutdown = shared.shutdown.subscribe();
    let link = tokio::select! {
        link = &mut resumed => link.ok(),
        () = tokio::time::sleep(within) => {
            if shared.kept.take(id).is_some() {
                server_log!(shared.locale, "server-log-expired", user = user, id = shown_id.as_str());
            }
            // Taken just now: whoever took it hands its link over at once.
            resumed.await.ok()
        }
        _ = shutdown.wait_for(|stop| *stop) => {
            drop(shared.kept.take(id));
            None
        }
    };
    if link.is_some() {
        server_log!(
            shared.locale,
            "server-log-resumed",
            user = user,
            id = shown_id.as_str()
        );
    }
    link.map(|link| (app, link))
}

/// Runs the App on `link` until the session ends or the link drops; a `resumed` App first
/// reloads the screen on top. Keys typed ahead on the link are handled first.
async fn attend(
    shared: &Shared,
    id: u64,
    display: &mut Display,
    link: &mut Link,
    resumed: bool,
) -> End {
    let Link {
        output,
        input,
        decoder,
        typed,
        ..
    } = link;
    let mut changes = shared.changes.subscribe();
    let mut shutdown = shared.shutdown.subscribe();
    let mut last_input = Instant::now();
    let mut esc_deadline = decoder.wait().map(|wait| last_input + wait);
    let mut changes_open = true;
    let mut pacer = Pacer::default();
    // The screen is cleared before the App's first frame (the prompt's frame may be on its way).
    if output.busy() && output.done().await.is_err() {
        return End::Gone;
    }
    output.start(display.enter());
    if resumed {
        display.handle(Input::DataChanged(Change::ALL));
    }
    if let Some(end) = display.handle_all(std::mem::take(typed)) {
        return end;
    }

    loop {
        if display.dirty && !output.busy() {
            if std::mem::take(&mut display.unflushed)
                && let Some(why) = durable(shared, id).await
                && let Some(end) = display.handle(Input::NotDurable(why))
            {
                break end;
            }
            match display.render() {
                Ok(bytes) => output.start(bytes),
                Err(error) => {
                    let (id, error) = (id.to_string(), error.to_string());
                    server_log!(
                        shared.locale,
                        "server-log-session-error",
                        id = id,
                        error = error
                    );
                    return End::Gone;
                }
            }
        }
        let idle_deadline = last_input + shared.idle_timeout;
        let esc_wait = esc_deadline.unwrap_or(idle_deadline);
        // No clock ticks here: the App says when something on screen changes by itself.
        let tick_at = display.wakeup().map(|wait| Instant::now() + wait);
        let refresh_at = pacer.due();
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
            change = changes.recv(), if changes_open => {
                let heard = match change {
                    Ok((from, _)) if from == id => None,
                    Ok((_, change)) => Some(change),
                    Err(broadcast::error::RecvError::Lagged(_)) => Some(Change::ALL),
                    Err(broadcast::error::RecvError::Closed) => {
                        changes_open = false;
                        None
                    }
                };
                heard
                    .and_then(|change| pacer.heard(change, Instant::now()))
                    .and_then(|change| display.handle(Input::DataChanged(change)))
            }
            _ = sleep_until(refresh_at.unwrap_or(idle_deadline)), if refresh_at.is_some() => {
                let held = pacer.release(Instant::now());
                display.handle(Input::DataChanged(held))
            }
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
            return end;
        }
    }
}

/// Says goodbye for `end` on `output`: `leave` (the normal screen back), the notice, the
/// exit status, EOF and close. Nothing for a link that is gone.
pub async fn farewell(output: &mut Output, leave: Vec<u8>, end: End) {
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
    let mut bytes = leave;
    bytes.extend_from_slice(notice.as_bytes());
    goodbye(&output.writer, bytes, status).await;
}

/// Waits until what this session committed is on disk, flushing on a blocking thread (never
/// on the runtime's workers), so the frame saying "saved" only leaves after it is durable;
/// when it cannot be made durable, why (the frame then says "not saved" instead).
async fn durable(shared: &Shared, id: u64) -> Option<String> {
    let store = shared.store.clone();
    let flushed = tokio::task::spawn_blocking(move || crate::core::make_durable(&store)).await;
    let failure = match flushed {
        Ok(Ok(())) => return None,
        Ok(Err(error)) => error.to_string(),
        Err(error) => error.to_string(),
    };
    server_log!(
        shared.locale,
        "server-log-flush-session-failed",
        id = id.to_string(),
        error = failure.as_str()
    );
    Some(failure)
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
