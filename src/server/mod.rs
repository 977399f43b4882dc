//! `kontor serve`: SSH (russh): accounts, one session task per channel hosting a tui::App;
//! never touches sled. One process owns a sled database; several share a PostgreSQL one.
//! Every SSH session runs the TUI for its account (see `session`) with the account's keymap
//! (`keymaps/NAME.toml` in the data directory, if any), commits are broadcast with the
//! kinds of records they changed so that the other sessions showing such records refresh —
//! those of other servers on the same database too (`elsewhere`) —, the store is flushed every second and
//! on shutdown, the outbox is delivered every few seconds (`mail_out`), `serve.pid` tells
//! the local CLI where the server is, and `control.sock` takes its requests (a backup
//! while serving). A connection not logged in within the login grace time is closed, and
//! one from an address with too many failed logins is closed at once (`config::Limits`).
//! A session whose connection drops is kept for its user to resume (`kept`, `offer`, and
//! the rules in `session`).
//! Room: server — uses `core`, `tui` and the store's handle, never its trees.

/// Writes one line of the server's log on stderr: `kontor serve: ` and the message `key`
/// in the server's language (`locale`, `Shared::locale`). Log lines are written from the
/// runtime's worker threads, outside any session's scope, so each renders in its own.
macro_rules! server_log {
    ($locale:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        let line = $crate::lang::scope($locale, || $crate::t!($key $(, $name = $value)*));
        eprintln!("kontor serve: {line}");
    }};
}

mod accounts;
pub mod config;
mod connection;
pub mod control;
mod display;
mod elsewhere;
mod hostkey;
mod http;
mod http_pages;
mod kept;
mod mail_out;
mod offer;
mod pace;
pub mod pidfile;
mod session;

use crate::lang::{self, Locale};
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use russh::keys::PrivateKey;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::{broadcast, oneshot, watch};
use tokio::task::JoinSet;

pub use config::{Limits, ServeOptions};
use connection::Connection;
use pidfile::{PidFile, ServeInfo};

use crate::core::{Change, Clock, CoreError};
use crate::domain::datetime::shown_duration;
use crate::domain::user::fingerprint;
use crate::store::Store;
use crate::tui::keymap::Keymap;

/// How often the store is flushed while serving.
const FLUSH_EVERY: Duration = Duration::from_secs(1);
/// How long sessions get to say goodbye on shutdown, and connections to close after.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("{0}")]
    HostKey(String),
    #[error("{}", crate::t!("server-cannot-listen", address = .0.to_string(), error = .1.to_string()))]
    Listen(SocketAddr, std::io::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("ssh: {0}")]
    Ssh(#[from] russh::Error),
    #[error(transparent)]
    Core(#[from] CoreError),
}

/// What every connection and session of one server shares.
pub(crate) struct Shared {
    store: Arc<Store>,
    keymap: Arc<Keymap>,
    /// The id of the session that committed and what it changed; every other session
    /// whose screen shows such records refreshes.
    changes: broadcast::Sender<(u64, Change)>,
    /// Turns true when the server stops.
    shutdown: watch::Sender<bool>,
    limiter: accounts::Limiter,
    /// Sessions whose connection dropped, waiting to be resumed.
    kept: kept::Kept<session::Link>,
    idle_timeout: Duration,
    resume_within: Duration,
    login_grace: Duration,
    clock: Clock,
    /// The server's language and zone: sessions without a language of their own (neither
    /// the account's nor the client's `LANG`) use its language; every session its zone.
    locale: Locale,
    active: AtomicUsize,
    next_id: AtomicU64,
}

/// Counts a running session until dropped.
pub(crate) struct ActiveSession(Arc<Shared>);

impl Drop for ActiveSession {
    fn drop(&mut self) {
        self.0.active.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Shared {
    fn session_started(self: &Arc<Shared>) -> ActiveSession {
        self.active.fetch_add(1, Ordering::SeqCst);
        ActiveSession(self.clone())
    }

    /// Session ids start at 1: 0 stands for another front end (`elsewhere::ELSEWHERE`).
    fn next_session_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed) + 1
    }

    fn stopping(&self) -> bool {
        *self.shutdown.borrow()
    }

    /// The keymap of `user`'s sessions: `keymaps/NAME.toml` in the data directory, merged
    /// over its preset like a local user's `keymap.toml`, when that file exists; else the
    /// server's. A bad file is logged (naming file, line and key) and the server's used.
    /// Account names hold no `/`, so the path stays in that directory.
    fn keymap_for(&self, user: &str) -> Arc<Keymap> {
        let file = self
            .store
            .path()
            .join("keymaps")
            .join(format!("{user}.toml"));
        if !file.is_file() {
            return self.keymap.clone();
        }
        match Keymap::load(None, Some(&file)) {
            Ok(keymap) => Arc::new(keymap),
            Err(error) => {
                let error = error.to_string();
                server_log!(self.locale, "server-log-keymap", error = error, user = user);
                self.keymap.clone()
            }
        }
    }
}

/// An SSH server over one open database.
pub struct Server {
    shared: Arc<Shared>,
    config: Arc<russh::server::Config>,
}

impl Server {
    /// A server for `store`, identifying itself with `host_key`, within `limits`; `clock`
    /// tells every session the time; the locale of the caller's scope is the server's.
    pub fn new(
        store: Arc<Store>,
        keymap: Keymap,
        host_key: PrivateKey,
        limits: Limits,
        clock: Clock,
    ) -> Server {
        let (changes, _) = broadcast::channel(64);
        let (shutdown, _) = watch::channel(false);
        let shared = Shared {
            store,
            keymap: Arc::new(keymap),
            changes,
            shutdown,
            limiter: accounts::Limiter::new(limits.max_login_failures, limits.login_failure_window),
            kept: kept::Kept::default(),
            idle_timeout: limits.idle_timeout,
            resume_within: limits.resume_within,
            login_grace: limits.login_grace,
            clock,
            locale: crate::lang::current(),
            active: AtomicUsize::new(0),
            next_id: AtomicU64::new(0),
        };
        Server {
            shared: Arc::new(shared),
            config: config::ssh_config(host_key, limits.idle_timeout),
        }
    }

    /// Sessions running now on a connection (kept ones are not counted).
    pub fn active_sessions(&self) -> usize {
        self.shared.active.load(Ordering::SeqCst)
    }

    /// Sessions whose connection dropped, kept for their users to resume.
    pub fn kept_sessions(&self) -> usize {
        self.shared.kept.len()
    }

    /// Serves one client connected over `stream` until it disconnects, closing it when it
    /// has not logged in within the grace time or comes from an address with too many
    /// failed logins.
    pub async fn connection<S>(
        &self,
        stream: S,
        peer: Option<SocketAddr>,
    ) -> Result<(), ServerError>
    where
        S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        serve_connection(self.shared.clone(), self.config.clone(), stream, peer).await
    }

    /// Accepts connections until `stop` resolves, flushing the store every second and
    /// passing on what other front ends on its database commit; then stops accepting,
    /// tells every session (a notice, then close), waits a little for them, drops what is
    /// left and flushes the store.
    pub async fn run(
        &self,
        listener: TcpListener,
        stop: impl Future<Output = ()>,
    ) -> Result<(), ServerError> {
        let (store, changes, locale) = (
            self.shared.store.clone(),
            self.shared.changes.clone(),
            self.shared.locale,
        );
        let feed = tokio::task::spawn_blocking(move || elsewhere::forward(&store, changes, locale))
            .await
            .map_err(std::io::Error::other)?
            .map_err(CoreError::from)?;
        let flusher = tokio::spawn(flush_every(self.shared.store.clone(), self.shared.locale));
        let (store, clock, locale) = (
            self.shared.store.clone(),
            self.shared.clock,
            self.shared.locale,
        );
        let mailer = tokio::spawn(mail_out::deliver_every(store, clock, locale));
        let mut connections = JoinSet::new();
        tokio::pin!(stop);
        loop {
            tokio::select! {
                () = &mut stop => break,
                accepted = listener.accept() => match accepted {
                    Ok((socket, peer)) => {
                        let _ = socket.set_nodelay(true);
                        let (shared, config) = (self.shared.clone(), self.config.clone());
                        connections.spawn(async move {
                            let _ = serve_connection(shared, config, socket, Some(peer)).await;
                        });
                    }
                    Err(error) => {
                        let error = error.to_string();
                        server_log!(self.shared.locale, "server-log-accept-failed", error = error);
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                },
                Some(_) = connections.join_next() => {}
            }
        }
        drop(listener);
        self.shared.shutdown.send_replace(true);
        let deadline = tokio::time::Instant::now() + SHUTDOWN_GRACE;
        while self.active_sessions() > 0 && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let closing = async { while connections.join_next().await.is_some() {} };
        let _ = tokio::time::timeout(Duration::from_secs(1), closing).await;
        connections.shutdown().await;
        flusher.abort();
        mailer.abort();
        let store = self.shared.store.clone();
        tokio::task::spawn_blocking(move || {
            drop(feed);
            store.flush()
        })
        .await
        .map_err(std::io::Error::other)?
        .map_err(CoreError::from)?;
        Ok(())
    }
}

/// One connection from accept to close: refused at once when its address has failed to
/// log in too often; closed when it has not logged in within the grace time (also while
/// it has not even said which SSH it speaks).
async fn serve_connection<S>(
    shared: Arc<Shared>,
    config: Arc<russh::server::Config>,
    stream: S,
    peer: Option<SocketAddr>,
) -> Result<(), ServerError>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let locale = shared.locale;
    let shown = shown_peer(locale, peer);
    if let Some(address) = peer.map(|p| p.ip())
        && !shared.limiter.allows(address, Instant::now())
    {
        server_log!(
            locale,
            "server-log-too-many-failures",
            peer = shown.as_str()
        );
        return Ok(());
    }
    let grace = shared.login_grace;
    let deadline = tokio::time::Instant::now() + grace;
    let (logged_in, on_login) = oneshot::channel();
    let handler = Connection::new(shared, peer, logged_in);
    let grace_shown = lang::scope(locale, || {
        shown_duration(u32::try_from(grace.as_secs()).unwrap_or(u32::MAX))
    });
    let late = || {
        let grace = grace_shown.as_str();
        server_log!(
            locale,
            "server-log-login-late",
            peer = shown.as_str(),
            grace = grace
        );
    };
    let starting = russh::server::run_stream(config, stream, handler);
    let Ok(running) = tokio::time::timeout_at(deadline, starting).await else {
        late();
        return Ok(());
    };
    let running = running?;
    let handle = running.handle();
    tokio::pin!(running);
    tokio::select! {
        ended = &mut running => return ended,
        login = tokio::time::timeout_at(deadline, on_login) => if login.is_ok() {
            // Logged in, or the connection ended before (the sender is gone with it).
            return running.await;
        },
    }
    late();
    let reason = lang::scope(locale, || {
        crate::t!("server-login-late-reason", grace = grace_shown.as_str())
    });
    let _ = handle
        .disconnect(russh::Disconnect::ByApplication, reason, String::new())
        .await;
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, running).await;
    Ok(())
}

/// How the log names the address a connection comes from, when it is known.
pub(crate) fn shown_peer(locale: Locale, peer: Option<SocketAddr>) -> String {
    peer.map_or_else(
        || crate::lang::scope(locale, || crate::t!("server-log-unknown-address")),
        |p| p.to_string(),
    )
}

async fn flush_every(store: Arc<Store>, locale: Locale) {
    let mut ticks = tokio::time::interval(FLUSH_EVERY);
    loop {
        ticks.tick().await;
        let store = store.clone();
        if let Ok(Err(error)) = tokio::task::spawn_blocking(move || store.flush()).await {
            let error = error.to_string();
            server_log!(locale, "server-log-flush-failed", error = error);
        }
    }
}

/// Runs `kontor serve` until SIGTERM or Ctrl-C: host key, listener, `serve.pid`, the
/// server; exits cleanly with the database flushed.
pub fn serve(store: Store, keymap: Keymap, options: ServeOptions) -> Result<(), ServerError> {
    let locale = crate::lang::current();
    let dir = store.path().to_path_buf();
    let key_path: PathBuf = options
        .host_key
        .clone()
        .unwrap_or_else(|| hostkey::default_path(&dir));
    let host_key = hostkey::load_or_create(&key_path)?;
    let host_fingerprint = fingerprint(host_key.public_key());
    let store = Arc::new(store);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        // Bound first, listening last: once the port answers, the pid file and the
        // control socket are there.
        let listen_failed = |error| ServerError::Listen(options.listen, error);
        let socket = bound(options.listen).map_err(listen_failed)?;
        let local = socket.local_addr()?;
        let _pidfile = PidFile::write(&dir, ServeInfo::of_this_process(local))?;
        let _control = control::listen(&dir, store.clone(), options.clock)?;
        let listener = socket.listen(1024).map_err(listen_failed)?;
        server_log!(
            locale,
            "server-log-listening",
            address = local.to_string(),
            database = dir.display().to_string(),
            fingerprint = host_fingerprint.as_str(),
        );
        let links = match options.http {
            Some(address) => Some(serve_links(address, &options, store.clone(), locale).await?),
            None => None,
        };
        let stop = stop_signal()?;
        let server = Server::new(store, keymap, host_key, options.limits, options.clock);
        server.run(listener, stop).await?;
        if let Some(links) = links {
            links.abort();
        }
        server_log!(locale, "server-log-stopped");
        Ok(())
    })
}

/// A socket bound to `address` and not yet listening (address reuse on, as
/// `TcpListener::bind` has it), so that what must exist before the first connection is
/// made between binding and listening.
fn bound(address: SocketAddr) -> std::io::Result<tokio::net::TcpSocket> {
    let socket = match address {
        SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
        SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
    };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    Ok(socket)
}

/// Starts the link endpoint (`http`) on `address`; its task, to abort on shutdown.
async fn serve_links(
    address: SocketAddr,
    options: &ServeOptions,
    store: Arc<Store>,
    locale: Locale,
) -> Result<tokio::task::JoinHandle<()>, ServerError> {
    let listener = TcpListener::bind(address)
        .await
        .map_err(|error| ServerError::Listen(address, error))?;
    let local = listener.local_addr()?;
    server_log!(locale, "http-log-listening", address = local.to_string());
    let endpoint = http::Endpoint {
        store,
        clock: options.clock,
        locale,
        trusted_proxies: options.trusted_proxies.clone(),
    };
    Ok(tokio::spawn(http::run(listener, Arc::new(endpoint))))
}

/// Resolves on SIGTERM or Ctrl-C (SIGINT).
fn stop_signal() -> std::io::Result<impl Future<Output = ()>> {
    #[cfg(unix)]
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    })
}
