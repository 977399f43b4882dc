//! The session protocol in process: russh's client over an in-memory duplex stream against
//! `kontor::server::Server`, the received bytes fed to the `vt100` terminal emulator.
//! Deterministic checks of login and refusal (public keys only: password and
//! keyboard-interactive refused; the login grace time), pty-req / shell / window-change / exit-status
//! / eof / close, the ASCII profile for TERM=vt100, the refusal without a PTY, live
//! refresh between two sessions, an account's own keymap file and keys bundled in one
//! data message.

use std::sync::Arc;
use std::time::Duration;

use kontor::core::users::UserCommand;
use kontor::core::{Actor, Command, Role, execute};
use kontor::server::{Limits, Server};
use kontor::store::Store;
use kontor::tui::keymap::Keymap;
use russh::client::{self, Handle};
use russh::keys::ssh_key::private::{Ed25519Keypair, Ed25519PrivateKey};
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh::{Channel, ChannelMsg};
use tempfile::TempDir;

pub(super) const WAIT: Duration = Duration::from_secs(10);

pub(super) fn key(seed: u8) -> PrivateKey {
    PrivateKey::from(Ed25519Keypair::from(Ed25519PrivateKey::from_bytes(
        &[seed; 32],
    )))
}

/// Trusts any host key (the test made it).
pub(super) struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// A server on a fresh database with `anna` (agent, key seed 1).
pub(super) fn server() -> (TempDir, Arc<Server>) {
    server_with_idle(Duration::from_secs(600))
}

fn server_with_idle(idle: Duration) -> (TempDir, Arc<Server>) {
    server_with(Limits {
        idle_timeout: idle,
        ..Limits::default()
    })
}

fn server_with(limits: Limits) -> (TempDir, Arc<Server>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let line = key(1).public_key().to_openssh().unwrap();
    let add = UserCommand::Add {
        name: "anna".into(),
        role: Role::Agent,
        keys: vec![line],
        lang: None,
    };
    execute(
        &store,
        &crate::common::clock(),
        &Actor::local("root"),
        Command::Users(add),
    )
    .unwrap();
    let keymap = Keymap::load(None, None).unwrap();
    let server = Server::new(
        Arc::new(store),
        keymap,
        key(200),
        limits,
        crate::common::clock(),
    );
    (dir, Arc::new(server))
}

/// Connects over a duplex stream, not logged in yet.
async fn connect_only(server: &Arc<Server>) -> Handle<Client> {
    let (near, far) = tokio::io::duplex(1 << 16);
    let served = server.clone();
    tokio::spawn(async move { served.connection(far, None).await });
    let config = Arc::new(client::Config::default());
    client::connect_stream(config, near, Client).await.unwrap()
}

/// Connects over a duplex stream; returns the client handle and whether login worked.
pub(super) async fn connect(server: &Arc<Server>, user: &str, seed: u8) -> (Handle<Client>, bool) {
    let mut handle = connect_only(server).await;
    let key = PrivateKeyWithHashAlg::new(Arc::new(key(seed)), None);
    let auth = handle.authenticate_publickey(user, key).await.unwrap();
    (handle, auth.success())
}

/// One session channel and the terminal its output is drawn on.
pub(super) struct Terminal {
    channel: Channel<client::Msg>,
    parser: vt100::Parser,
    bytes: Vec<u8>,
    stderr: String,
    /// Exit status, EOF and close, in the order they came.
    ending: Vec<String>,
}

impl Terminal {
    pub(super) async fn open(
        handle: &Handle<Client>,
        term: &str,
        width: u16,
        height: u16,
    ) -> Terminal {
        let channel = handle.channel_open_session().await.unwrap();
        channel
            .request_pty(true, term, width.into(), height.into(), 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(true).await.unwrap();
        Terminal::new(channel, width, height)
    }

    fn new(channel: Channel<client::Msg>, width: u16, height: u16) -> Terminal {
        let size = |n: u16| n.try_into().unwrap();
        Terminal {
            channel,
            parser: vt100::Parser::new(size(height), size(width), 0),
            bytes: Vec::new(),
            stderr: String::new(),
            ending: Vec::new(),
        }
    }

    pub(super) fn text(&self) -> String {
        self.parser.screen().contents()
    }

    pub(super) fn row(&self, row: u16) -> String {
        let (_, width) = self.parser.screen().size();
        self.parser
            .screen()
            .rows(0, width.get())
            .nth(usize::from(row))
            .unwrap_or_default()
    }

    /// Reads until `ready` holds; panics with the screen after [`WAIT`] or when the
    /// connection closes first.
    pub(super) async fn until(&mut self, what: &str, ready: impl Fn(&Terminal) -> bool) {
        if !self.try_until(ready).await {
            panic!(
                "{} waiting for {what}; the screen:\n{}",
                match self.ending.iter().any(|end| end == "close") {
                    true => "closed",
                    false => "timed out",
                },
                self.text()
            );
        }
    }

    /// Reads until `ready` holds; false when the connection closes or [`WAIT`] passes first.
    pub(super) async fn try_until(&mut self, ready: impl Fn(&Terminal) -> bool) -> bool {
        let deadline = tokio::time::Instant::now() + WAIT;
        while !ready(self) {
            let message = tokio::time::timeout_at(deadline, self.channel.wait()).await;
            match message {
                Ok(Some(ChannelMsg::Data { data })) => {
                    self.parser.process(&data);
                    self.bytes.extend_from_slice(&data);
                }
                Ok(Some(ChannelMsg::ExtendedData { data, .. })) => {
                    self.stderr.push_str(&String::from_utf8_lossy(&data));
                }
                Ok(Some(ChannelMsg::ExitStatus { exit_status })) => {
                    self.ending.push(format!("exit {exit_status}"));
                }
                Ok(Some(ChannelMsg::Eof)) => self.ending.push("eof".into()),
                Ok(Some(ChannelMsg::Close)) | Ok(None) => {
                    self.ending.push("close".into());
                    return ready(self);
                }
                Ok(Some(_)) => {}
                Err(_) => return false,
            }
        }
        true
    }

    /// Asks for a pty and a shell on `channel` and waits for Home; `None` when the
    /// connection breaks first.
    pub(super) async fn adopt(
        channel: Channel<client::Msg>,
        width: u16,
        height: u16,
    ) -> Option<Terminal> {
        let pty = channel
            .request_pty(true, "xterm", width.into(), height.into(), 0, 0, &[])
            .await;
        pty.ok()?;
        channel.request_shell(true).await.ok()?;
        let mut terminal = Terminal::new(channel, width, height);
        let home = terminal.try_until(|t| t.row(0).contains("Home")).await;
        home.then_some(terminal)
    }

    pub(super) async fn send(&self, bytes: &[u8]) {
        assert!(self.try_send(bytes).await, "the connection is gone");
    }

    /// Sends `bytes`; false when the connection is gone.
    pub(super) async fn try_send(&self, bytes: &[u8]) -> bool {
        self.channel.data_bytes(bytes.to_vec()).await.is_ok()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_draws_the_app_in_ascii_for_a_vt100_resizes_and_quits() {
    let (_dir, server) = server();
    let (handle, ok) = connect(&server, "anna", 1).await;
    assert!(ok);
    let mut terminal = Terminal::open(&handle, "vt100", 80, 24).await;
    terminal
        .until("the home screen", |t| {
            t.row(0).contains("Home") && t.row(23).contains("Help")
        })
        .await;
    let title = terminal.row(0);
    assert!(
        title.starts_with(" kontor ") && title.contains(" anna"),
        "{title}"
    );
    assert!(terminal.parser.screen().alternate_screen());
    assert!(terminal.bytes.is_ascii(), "TERM=vt100 must get ASCII only");
    assert!(
        terminal.text().contains("+--"),
        "ASCII borders:\n{}",
        terminal.text()
    );

    terminal.channel.window_change(100, 30, 0, 0).await.unwrap();
    terminal
        .parser
        .set_size(30.try_into().unwrap(), 100.try_into().unwrap());
    terminal
        .until("the layout at 100x30", |t| t.row(29).contains("Help"))
        .await;
    assert!(terminal.row(3).trim_end().len() > 80, "{}", terminal.text());

    terminal.send(b"\x1bOR").await;
    terminal
        .until("the end of the session", |t| {
            t.ending.contains(&"close".to_string())
        })
        .await;
    assert_eq!(terminal.ending, ["exit 0", "eof", "close"]);
    assert!(
        !terminal.parser.screen().alternate_screen(),
        "the normal screen is back"
    );
    assert!(terminal.bytes.ends_with(b"\x1b[?1049l"));
    assert!(terminal.bytes.is_ascii());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn colours_follow_term_and_no_color() {
    let (_dir, server) = server();
    let (handle, _) = connect(&server, "anna", 1).await;
    let mut colour = Terminal::open(&handle, "xterm-256color", 80, 24).await;
    colour
        .until("the home screen", |t| {
            t.row(0).contains("kontor · Home · anna")
        })
        .await;
    assert!(
        String::from_utf8_lossy(&colour.bytes).contains("\x1b[38;5;"),
        "256 colours"
    );

    let channel = handle.channel_open_session().await.unwrap();
    channel.set_env(true, "NO_COLOR", "1").await.unwrap();
    channel
        .request_pty(true, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .unwrap();
    channel.request_shell(true).await.unwrap();
    let mut mono = Terminal::new(channel, 80, 24);
    mono.until("the home screen", |t| {
        t.row(0).contains("kontor · Home · anna")
    })
    .await;
    let colours: Vec<String> = sgr_parameters(&mono.bytes)
        .into_iter()
        .filter(|p| {
            p.split(';')
                .any(|n| matches!(n.parse::<u8>(), Ok(30..=49 | 90..=107)))
        })
        .collect();
    assert!(colours.is_empty(), "NO_COLOR got colour codes: {colours:?}");
    assert!(!sgr_parameters(&colour.bytes).is_empty());
}

/// The parameters of every SGR sequence (`ESC [ … m`) in `bytes`.
fn sgr_parameters(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.split("\x1b[")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            (rest[end..].starts_with('m')).then(|| rest[..end].to_string())
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_keys_and_users_are_refused() {
    let (_dir, server) = server();
    assert!(
        !connect(&server, "anna", 2).await.1,
        "a key anna does not have"
    );
    assert!(
        !connect(&server, "bob", 1).await.1,
        "anna's key for another name"
    );
    assert!(connect(&server, "anna", 1).await.1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passwords_and_keyboard_interactive_are_refused() {
    let (_dir, server) = server();
    let mut handle = connect_only(&server).await;
    let password = handle.authenticate_password("anna", "anna").await.unwrap();
    assert!(!password.success());
    let interactive = handle
        .authenticate_keyboard_interactive_start("anna", None)
        .await
        .unwrap();
    assert!(
        matches!(
            interactive,
            client::KeyboardInteractiveAuthResponse::Failure { .. }
        ),
        "{interactive:?}"
    );
    let key = PrivateKeyWithHashAlg::new(Arc::new(key(1)), None);
    let auth = handle.authenticate_publickey("anna", key).await.unwrap();
    assert!(
        auth.success(),
        "the key still logs in on the same connection"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_not_logged_in_within_the_grace_time_is_closed() {
    let (_dir, server) = server_with(Limits {
        login_grace: Duration::from_secs(1),
        ..Limits::default()
    });
    let idle = connect_only(&server).await;
    let (logged_in, ok) = connect(&server, "anna", 1).await;
    assert!(ok);
    let deadline = tokio::time::Instant::now() + WAIT;
    while !idle.is_closed() {
        assert!(tokio::time::Instant::now() < deadline, "still open");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(!logged_in.is_closed(), "a login ends the grace time");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shell_without_a_pty_is_refused_with_one_line() {
    let (_dir, server) = server();
    let (handle, _) = connect(&server, "anna", 1).await;
    let channel = handle.channel_open_session().await.unwrap();
    channel.request_shell(true).await.unwrap();
    let mut terminal = Terminal::new(channel, 80, 24);
    terminal
        .until("the refusal", |t| t.ending.contains(&"close".to_string()))
        .await;
    assert_eq!(
        terminal.stderr,
        "kontor needs a terminal: connect with ssh -t\n"
    );
    assert_eq!(terminal.ending, ["exit 1", "eof", "close"]);
    assert!(terminal.bytes.is_empty());
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(server.active_sessions(), 0);
}

/// Two sessions of anna on the customer list (the handles keep them connected).
async fn two_on_the_customer_list(
    server: &Arc<Server>,
) -> (Vec<Handle<Client>>, Terminal, Terminal) {
    let mut handles = Vec::new();
    let mut terminals = Vec::new();
    for _ in 0..2 {
        let (handle, _) = connect(server, "anna", 1).await;
        let mut terminal = Terminal::open(&handle, "xterm", 80, 24).await;
        terminal
            .until("the home screen", |t| t.row(0).contains("Home"))
            .await;
        terminal.send(b"gc").await;
        terminal
            .until("the customer list", |t| t.row(0).contains("Customers"))
            .await;
        handles.push(handle);
        terminals.push(terminal);
    }
    let reader = terminals.pop().unwrap();
    let writer = terminals.pop().unwrap();
    (handles, writer, reader)
}

/// Creates a customer in `writer`; returns how long `reader` took to show it.
async fn save_and_see(writer: &mut Terminal, reader: &mut Terminal, name: &str) -> Duration {
    writer.send(b"n").await;
    writer
        .until("the form", |t| t.text().contains("New customer"))
        .await;
    writer.send(format!("{name}\x18").as_bytes()).await;
    writer
        .until("the saved customer", |t| t.text().contains("saved"))
        .await;
    let saved = std::time::Instant::now();
    reader
        .until("the new customer", |t| t.text().contains(name))
        .await;
    saved.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_save_in_one_session_refreshes_the_other() {
    let (_dir, server) = server();
    let (_handles, mut writer, mut reader) = two_on_the_customer_list(&server).await;
    let seen = save_and_see(&mut writer, &mut reader, "Acme Live").await;
    assert!(seen < Duration::from_secs(1), "{seen:?}");
    assert_eq!(server.active_sessions(), 2);
}

/// Saves in quick succession, typed ahead in one message: the other session shows the
/// first at once and the next, heard within the half second after, when it ends — none
/// is lost to the pace at which a session shows others' commits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saves_in_quick_succession_all_reach_the_other_session() {
    let (_dir, server) = server();
    let (_handles, mut writer, mut reader) = two_on_the_customer_list(&server).await;
    writer
        .send(b"nAcme One\x18gcnAcme Two\x18gcnAcme Three\x18")
        .await;
    writer
        .until("the third save", |t| t.text().contains("Acme Three"))
        .await;
    let saved = std::time::Instant::now();
    reader
        .until("all three customers", |t| {
            ["Acme One", "Acme Two", "Acme Three"]
                .iter()
                .all(|name| t.text().contains(name))
        })
        .await;
    let seen = saved.elapsed();
    assert!(seen < Duration::from_secs(1), "{seen:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_session_ends_with_a_notice() {
    let (_dir, server) = server_with_idle(Duration::from_secs(1));
    let (handle, _) = connect(&server, "anna", 1).await;
    let mut terminal = Terminal::open(&handle, "xterm", 80, 24).await;
    terminal
        .until("the home screen", |t| t.row(0).contains("Home"))
        .await;
    let closed = |t: &Terminal| t.ending.contains(&"close".to_string());
    terminal.until("the idle timeout", closed).await;
    assert_eq!(terminal.ending, ["exit 0", "eof", "close"]);
    assert!(!terminal.parser.screen().alternate_screen());
    assert!(
        terminal.text().contains("session ended after being idle"),
        "{}",
        terminal.text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_client_delays_no_one() {
    let (_dir, server) = server();
    let (stalled, _) = connect(&server, "anna", 1).await;
    let stuck = Terminal::open(&stalled, "xterm-256color", 80, 24).await;
    // Hundreds of full redraws that this client never reads.
    stuck.send("gcgh".repeat(300).as_bytes()).await;

    let started = std::time::Instant::now();
    let (_handles, mut writer, mut reader) = two_on_the_customer_list(&server).await;
    let seen = save_and_see(&mut writer, &mut reader, "Still Fast").await;
    assert!(seen < Duration::from_secs(1), "{seen:?}");
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
    assert_eq!(server.active_sessions(), 3);
    drop(stuck);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_accounts_keymap_file_applies_to_its_sessions() {
    let (dir, server) = server();
    let (handle, _) = connect(&server, "anna", 1).await;
    let mut before = Terminal::open(&handle, "xterm", 80, 24).await;
    before
        .until("the home screen", |t| t.row(0).contains("Home"))
        .await;
    // Help comes after "zc" was handled: still at home, "z c" means nothing here.
    before.send(b"zc?").await;
    before
        .until("the help", |t| t.text().contains("list:"))
        .await;
    assert!(before.row(0).contains("Home"), "{}", before.text());

    let keymaps = dir.path().join("keymaps");
    std::fs::create_dir_all(&keymaps).unwrap();
    let file = "list = [ { on = \"z c\", run = \"go-customers\" } ]\n";
    std::fs::write(keymaps.join("anna.toml"), file).unwrap();
    let mut after = Terminal::open(&handle, "xterm", 80, 24).await;
    after
        .until("the home screen", |t| t.row(0).contains("Home"))
        .await;
    after.send(b"zc").await;
    after
        .until("the customer list by anna's own keys", |t| {
            t.row(0).contains("Customers")
        })
        .await;
}

/// Bytes sent as one SSH data message each: Esc and F2, Esc and `g c`, and a caller lookup
/// typed ahead and left again reach the screens those keys lead to.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_bundled_in_one_message_are_each_read() {
    let (_dir, server) = server();
    let (handle, ok) = connect(&server, "anna", 1).await;
    assert!(ok);
    let mut terminal = Terminal::open(&handle, "xterm-256color", 80, 24).await;
    terminal
        .until("the home screen", |t| t.row(0).contains("Home"))
        .await;
    terminal.send(b"\x1b\x1bOQ").await;
    terminal
        .until("the caller lookup", |t| {
            t.text().contains("Number, name or e-mail")
        })
        .await;
    terminal.send(b"\x1b\x1bgc").await;
    terminal
        .until("the customer list", |t| t.row(0).contains("Customers"))
        .await;
    assert!(
        !terminal.text().contains("not available"),
        "{}",
        terminal.text()
    );
    // Type-ahead: the lookup, digits, back twice and the pipeline, in one message.
    terminal.send(b"\x1bOQ12345\x1b\x1b[24~\x1bgo").await;
    terminal
        .until("the pipeline", |t| t.row(0).contains("Pipeline"))
        .await;
}
