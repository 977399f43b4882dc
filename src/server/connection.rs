//! One SSH connection: the russh `Handler` that logs the user in (public keys only, see
//! `accounts`), collects what each session channel asks for before its shell (pty-req,
//! env) and then starts the session task; afterwards `data` and `window-change` are only
//! forwarded to it. A channel without a PTY is refused with one line and exit status 1.
//! Room: server — data only through `core` and the session's App; never touches sled.

use crate::lang::{self, Lang, Locale};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use russh::keys::ssh_key::PublicKey;
use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, Session};
use russh::{Channel, ChannelId, ChannelOpenFailure, ChannelWriteHalf, Pty};
use tokio::sync::{mpsc, oneshot};

use super::session::{self, Start, ToSession, clamp_size};
use super::{ServerError, Shared, accounts};
use crate::core::Actor;
use crate::tui::profile::Profile;

/// Environment variables a client may set; they choose the terminal profile and the
/// session's language.
const ACCEPTED_ENV: &[&str] = &[
    "TERM",
    "NO_COLOR",
    "COLORTERM",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "LC_MESSAGES",
];
/// Longest environment value kept.
const MAX_ENV_VALUE: usize = 256;
/// Inputs queued for a session before the connection waits for it.
const INPUT_QUEUE: usize = 64;

/// What one session channel asked for so far.
struct ChannelState {
    /// Until the shell starts; then the session owns it.
    writer: Option<ChannelWriteHalf<Msg>>,
    term: Option<String>,
    env: HashMap<&'static str, String>,
    /// Set by pty-req.
    size: Option<(u16, u16)>,
    /// Set when the session runs.
    input: Option<mpsc::Sender<ToSession>>,
}

impl ChannelState {
    /// The profile the session's terminal gets: TERM from an `env` request, else from
    /// the pty-req, plus NO_COLOR, COLORTERM and the locale.
    fn profile(&self) -> Profile {
        let lookup = |name: &str| match name {
            "TERM" => self.env.get("TERM").or(self.term.as_ref()).cloned(),
            other => self.env.get(other).cloned(),
        };
        Profile::detect(&lookup, false)
    }

    /// The language the client's locale variables name (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    fn lang(&self) -> Option<Lang> {
        Lang::from_environment(|name| self.env.get(name).cloned())
    }
}

/// The handler of one connection.
pub struct Connection {
    shared: Arc<Shared>,
    peer: Option<SocketAddr>,
    actor: Option<Actor>,
    channels: HashMap<ChannelId, ChannelState>,
    /// Told once the user is logged in (ends the login grace time).
    logged_in: Option<oneshot::Sender<()>>,
}

impl Connection {
    pub fn new(
        shared: Arc<Shared>,
        peer: Option<SocketAddr>,
        logged_in: oneshot::Sender<()>,
    ) -> Connection {
        Connection {
            shared,
            peer,
            actor: None,
            channels: HashMap::new(),
            logged_in: Some(logged_in),
        }
    }

    fn check(&self, user: &str, key: &PublicKey) -> Option<Actor> {
        accounts::login(&self.shared, self.peer, user, key)
    }

    /// The shell (or a command, which is ignored): starts the session, or refuses a
    /// channel without a terminal.
    fn start(&mut self, channel: ChannelId, ssh: &mut Session) -> Result<(), ServerError> {
        let Some(state) = self.channels.get_mut(&channel) else {
            return Ok(());
        };
        let (Some(actor), Some(writer)) = (self.actor.clone(), state.writer.take()) else {
            ssh.channel_failure(channel)?;
            return Ok(());
        };
        ssh.channel_success(channel)?;
        // What is said before a session starts is said in the client's language.
        let locale = Locale {
            lang: state.lang().unwrap_or(self.shared.locale.lang),
            ..self.shared.locale
        };
        let size = match (state.size, self.shared.stopping()) {
            (Some(size), false) => size,
            (None, _) => {
                let line = lang::scope(locale, || crate::t!("server-needs-pty"));
                return refuse(ssh, channel, &format!("{line}\n"));
            }
            (Some(_), true) => {
                let line = lang::scope(locale, || crate::t!("server-shutting-down"));
                return refuse(ssh, channel, &format!("{line}\n"));
            }
        };
        let (sender, receiver) = mpsc::channel(INPUT_QUEUE);
        state.input = Some(sender);
        let start = Start {
            id: self.shared.next_session_id(),
            actor,
            size,
            profile: state.profile(),
            client_lang: state.lang(),
            writer,
            input: receiver,
        };
        session::spawn(self.shared.clone(), start)?;
        Ok(())
    }

    /// A channel whose session has not started yet (requests still shape it).
    fn before_shell(&mut self, channel: ChannelId) -> Option<&mut ChannelState> {
        self.channels
            .get_mut(&channel)
            .filter(|state| state.input.is_none())
    }

    async fn forward(&mut self, channel: ChannelId, message: ToSession) {
        let sender = self
            .channels
            .get(&channel)
            .and_then(|state| state.input.clone());
        if let Some(sender) = sender {
            // A session that has ended drops its receiver; nothing to do then.
            let _ = sender.send(message).await;
        }
    }
}

impl Handler for Connection {
    type Error = ServerError;

    async fn auth_publickey_offered(
        &mut self,
        user: &str,
        key: &PublicKey,
    ) -> Result<Auth, Self::Error> {
        Ok(match self.check(user, key) {
            Some(_) => Auth::Accept,
            None => Auth::reject(),
        })
    }

    async fn auth_publickey(&mut self, user: &str, key: &PublicKey) -> Result<Auth, Self::Error> {
        match self.check(user, key) {
            Some(actor) => {
                let (locale, user) = (self.shared.locale, actor.name.as_str());
                match self.peer {
                    Some(peer) => server_log!(
                        locale,
                        "server-log-logged-in-from",
                        user = user,
                        peer = peer.to_string()
                    ),
                    None => server_log!(locale, "server-log-logged-in", user = user),
                }
                self.actor = Some(actor);
                Ok(Auth::Accept)
            }
            None => Ok(Auth::reject()),
        }
    }

    async fn auth_succeeded(&mut self, _ssh: &mut Session) -> Result<(), Self::Error> {
        if let Some(logged_in) = self.logged_in.take() {
            let _ = logged_in.send(());
        }
        Ok(())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.actor.is_none() {
            reply
                .reject(ChannelOpenFailure::AdministrativelyProhibited)
                .await;
            return Ok(());
        }
        // Requests and data reach us through the handler methods; the read half would
        // only hold a second copy.
        let id = channel.id();
        let (_, writer) = channel.split();
        let state = ChannelState {
            writer: Some(writer),
            term: None,
            env: HashMap::new(),
            size: None,
            input: None,
        };
        self.channels.insert(id, state);
        reply.accept().await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        columns: u32,
        rows: u32,
        _pixel_width: u32,
        _pixel_height: u32,
        _modes: &[(Pty, u32)],
        ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        let size = clamp_size(columns, rows);
        let term: String = term.chars().take(MAX_ENV_VALUE).collect();
        let state = self.before_shell(channel);
        let known = state.is_some();
        if let Some(state) = state {
            state.size = Some(size);
            state.term = Some(term);
        }
        answer(ssh, channel, known)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        let accepted = ACCEPTED_ENV.iter().find(|accepted| **accepted == name);
        let value: String = value.chars().take(MAX_ENV_VALUE).collect();
        let kept = match (self.before_shell(channel), accepted) {
            (Some(state), Some(name)) => {
                state.env.insert(name, value);
                true
            }
            _ => false,
        };
        answer(ssh, channel, kept)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        self.start(channel, ssh)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _command: &[u8],
        ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        // `ssh -t HOST anything` gets the app too: there is nothing else to run.
        self.shell_request(channel, ssh).await
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        ssh.channel_failure(channel)?;
        Ok(())
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        self.forward(channel, ToSession::Data(data.to_vec())).await;
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        columns: u32,
        rows: u32,
        _pixel_width: u32,
        _pixel_height: u32,
        _ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        let (width, height) = clamp_size(columns, rows);
        if let Some(state) = self.before_shell(channel) {
            state.size = Some((width, height));
        }
        self.forward(channel, ToSession::Resize(width, height))
            .await;
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _ssh: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(sender) = self.channels.remove(&channel).and_then(|state| state.input) {
            let _ = sender.try_send(ToSession::Closed);
        }
        Ok(())
    }
}

/// Replies to a channel request that wants a reply.
fn answer(ssh: &mut Session, channel: ChannelId, ok: bool) -> Result<(), ServerError> {
    if ok {
        ssh.channel_success(channel)?;
    } else {
        ssh.channel_failure(channel)?;
    }
    Ok(())
}

/// Ends a channel with one line on stderr and exit status 1.
fn refuse(ssh: &mut Session, channel: ChannelId, line: &str) -> Result<(), ServerError> {
    ssh.extended_data(channel, 1, line.as_bytes().to_vec())?;
    ssh.exit_status_request(channel, 1)?;
    ssh.eof(channel)?;
    ssh.close(channel)?;
    Ok(())
}
