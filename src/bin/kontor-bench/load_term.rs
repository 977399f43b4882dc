//! One SSH session of the load generator, as a terminal would hold it: russh's client logs
//! in with the run's key, asks for an 80×24 xterm-256color pty and a shell, sends key bytes
//! and feeds every byte it receives to a `vt100` emulator, so that a step can wait until
//! the screen shows what answers it. Room: bench.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use russh::client::{self, Handle};
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh::{ChannelMsg, Disconnect};
use tokio::net::TcpStream;

/// What a step waits for: the screen that answers its keys.
pub type Ready<'a> = &'a (dyn Fn(&vt100::Screen) -> bool + Sync);

pub const WIDTH: u16 = 80;
pub const HEIGHT: u16 = 24;
const TERM: &str = "xterm-256color";

/// Why a wait ended without the screen it waited for.
#[derive(Debug)]
pub enum Failure {
    /// No answer within the patience: an error of the action.
    Timeout,
    /// The server closed the session or the connection failed.
    Closed(String),
    /// The run is over (not an error).
    Over,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Timeout => write!(f, "no answer in time"),
            Failure::Closed(why) => write!(f, "session closed: {why}"),
            Failure::Over => write!(f, "the run is over"),
        }
    }
}

impl From<russh::Error> for Failure {
    fn from(error: russh::Error) -> Failure {
        Failure::Closed(error.to_string())
    }
}

/// Trusts the host key: the bench started the server itself.
pub struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// A logged-in session and the screen its output draws.
pub struct Term {
    handle: Handle<Trusting>,
    channel: russh::Channel<client::Msg>,
    parser: vt100::Parser,
    /// Bytes received since the session opened.
    pub received: u64,
}

impl Term {
    /// Connects, logs in as `user` and starts the shell (the App) on a pty.
    pub async fn open(
        address: SocketAddr,
        config: Arc<client::Config>,
        user: &str,
        key: Arc<PrivateKey>,
    ) -> Result<Term, Failure> {
        let closed = |error: std::io::Error| Failure::Closed(error.to_string());
        let size = |_| Failure::Closed("no terminal size".into());
        let stream = TcpStream::connect(address).await.map_err(closed)?;
        stream.set_nodelay(true).map_err(closed)?;
        let mut handle = client::connect_stream(config, stream, Trusting).await?;
        let key = PrivateKeyWithHashAlg::new(key, None);
        if !handle.authenticate_publickey(user, key).await?.success() {
            return Err(Failure::Closed(format!("{user}: the key was refused")));
        }
        let channel = handle.channel_open_session().await?;
        channel
            .request_pty(false, TERM, WIDTH.into(), HEIGHT.into(), 0, 0, &[])
            .await?;
        channel.request_shell(false).await?;
        Ok(Term {
            handle,
            channel,
            parser: vt100::Parser::new(
                HEIGHT.try_into().map_err(size)?,
                WIDTH.try_into().map_err(size)?,
                0,
            ),
            received: 0,
        })
    }

    pub fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    /// Sends key bytes; returns the moment they were handed to the connection.
    pub async fn send(&self, bytes: &[u8]) -> Result<Instant, Failure> {
        let at = Instant::now();
        self.channel.data_bytes(bytes.to_vec()).await?;
        Ok(at)
    }

    /// Reads until `ready` holds for the screen; returns when the bytes that made it so
    /// arrived. Gives up at `deadline`.
    pub async fn until(&mut self, deadline: Instant, ready: Ready<'_>) -> Result<Instant, Failure> {
        while !ready(self.parser.screen()) {
            self.read(deadline).await?.ok_or(Failure::Timeout)?;
        }
        Ok(Instant::now())
    }

    /// Reads (and draws) whatever comes until `deadline`, as a terminal does while its
    /// user thinks.
    pub async fn idle_until(&mut self, deadline: Instant) -> Result<(), Failure> {
        while self.read(deadline).await?.is_some() {}
        Ok(())
    }

    /// One message from the channel, drawn; `None` when `deadline` came first.
    async fn read(&mut self, deadline: Instant) -> Result<Option<()>, Failure> {
        let waited = tokio::time::timeout_at(deadline.into(), self.channel.wait()).await;
        match waited {
            Err(_) => Ok(None),
            Ok(Some(ChannelMsg::Data { data })) => {
                self.parser.process(&data);
                self.received += data.len() as u64;
                Ok(Some(()))
            }
            Ok(Some(ChannelMsg::Eof | ChannelMsg::Close) | None) => {
                Err(Failure::Closed("the server ended the session".into()))
            }
            Ok(Some(_)) => Ok(Some(())),
        }
    }

    /// Disconnects (the server's session ends as when a link drops).
    pub async fn close(self) {
        let bye = self.handle.disconnect(Disconnect::ByApplication, "", "en");
        let _ = tokio::time::timeout(Duration::from_secs(2), bye).await;
    }
}

/// Row `n` of the screen as text.
pub fn row(screen: &vt100::Screen, n: u16) -> String {
    screen
        .rows(0, WIDTH)
        .nth(usize::from(n))
        .unwrap_or_default()
}

/// The value of the focused form field labelled `label` (`>Label  value`), trimmed.
pub fn focused_field(screen: &vt100::Screen, label: &str) -> Option<String> {
    let marker = format!(">{label}");
    (0..HEIGHT).map(|n| row(screen, n)).find_map(|line| {
        let at = line.find(&marker)? + marker.len();
        let value = line[at..].trim_end_matches(['│', '|', ' ']).trim_start();
        Some(value.to_string())
    })
}
