//! `kontor serve` end to end: the real OpenSSH client (`ssh`, in tmux where a terminal is
//! needed) against the real binary on 127.0.0.1 at a free port, with keys made by
//! `ssh-keygen` and accounts added by `kontor user add`. Covers login into the app, an
//! unknown key, a session without a PTY, the interactions search going on between keys,
//! resizing, two sessions at once seeing each other's saves, the CLI's in-use message and
//! a clean stop on SIGTERM; in `edits`, two
//! sessions editing one customer, an agent's refused payroll and the audit log of an edit;
//! in `roles`, what an agent's palette and a payroll clerk's keys reach; in
//! `login_limits`, public keys only, the login grace time, failed logins cut off per
//! address and the warnings about files others may read; in `keys`, Esc and the keys
//! after it bundled in one write; in `backup`, a backup taken while serving; in `resume`,
//! a session cut off and resumed; in `front_ends`, two servers on one PostgreSQL database
//! seeing each other's edits and refusing stale ones.
//! The session protocol in process (russh's client, screens read by `vt100`) is in
//! `protocol`; several kept sessions of one account, in process, in `kept`.
//! A missing `ssh`, `ssh-keygen` or `tmux` fails with a clear message: CI installs them.

use crate::common;
mod backup;
mod calls;
mod durability;
mod edits;
mod failover;
mod front_ends;
mod kept;
mod keys;
mod languages;
mod login_limits;
mod mail_out;
mod mailgate;
mod mailing;
mod protocol;
mod resume;
mod roles;
mod search;
use crate::tmux;

use std::fs::File;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{Scratch, add_long_history, fails, json_list, ok, s, text};
use kontor::core::query::SLICE_RECORDS;
use tmux::{Tmux, quote};

const WAIT: Duration = Duration::from_secs(20);
const TITLE: &str = "kontor · Home · anna";

/// Runs a tool the tests need, failing clearly when it is not installed.
fn tool(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "cannot run {program} ({error}): the ssh tests need the OpenSSH client \
                 (apt-get install openssh-client; .ci/run installs it)"
            )
        })
}

/// `kontor serve` on `db` (its records on PostgreSQL while the test runs `on_postgres`),
/// listening on 127.0.0.1 at `port`, ready to spawn.
fn serve_command(db: &Path, port: u16) -> Command {
    let mut command = common::command();
    command.args([
        "serve",
        "--db",
        s(db),
        "--listen",
        &format!("127.0.0.1:{port}"),
    ]);
    command.args(common::store_args(db));
    command
}

/// Waits until the server `child` listens on `port`; panics with `log()` when it exits
/// first or takes longer than [`WAIT`].
fn wait_listening(port: u16, child: &mut Child, log: &dyn Fn() -> String) {
    let deadline = Instant::now() + WAIT;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("kontor serve exited with {status}: {}", log());
        }
        assert!(
            Instant::now() < deadline,
            "kontor serve did not listen: {}",
            log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A port nobody listens on right now.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// A running `kontor serve` on a database with accounts (by default `anna`, an agent), each
/// with a key of its name made by `ssh-keygen`, and a key `stranger` of no account; killed
/// on drop.
struct Served {
    scratch: Scratch,
    db: PathBuf,
    port: u16,
    child: Option<Child>,
}

impl Served {
    fn start() -> Served {
        Served::start_with(&[("anna", "agent")], |_| {})
    }

    /// A server with these (name, role) accounts over a database `prepare` filled first.
    fn start_with(accounts: &[(&str, &str)], prepare: impl FnOnce(&Path)) -> Served {
        Served::start_serving(accounts, prepare, &[])
    }

    /// `start_with`, giving `kontor serve` these options too (the keys lie beside the
    /// database `prepare` gets).
    fn start_serving(
        accounts: &[(&str, &str)],
        prepare: impl FnOnce(&Path),
        options: &[&str],
    ) -> Served {
        let scratch = Scratch::new();
        let db = scratch.db("db");
        let names = accounts.iter().map(|(name, _)| *name);
        for name in names.chain(["stranger"]) {
            let key = scratch.path().join(name);
            let made = tool(
                "ssh-keygen",
                &["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", s(&key)],
            );
            assert!(made.status.success(), "ssh-keygen failed: {made:?}");
        }
        for (name, role) in accounts {
            let key = scratch.path().join(format!("{name}.pub"));
            let add = ["user", "add", name, "--role", role, "--key-file", s(&key)];
            ok(&db, &add);
        }
        prepare(&db);
        Served::spawn(scratch, db, options)
    }

    /// Starts `kontor serve` with `options` on `db`, logging into the scratch directory, and
    /// waits until it listens.
    fn spawn(scratch: Scratch, db: PathBuf, options: &[&str]) -> Served {
        let port = free_port();
        let log = File::create(scratch.path().join("serve.log")).unwrap();
        let child = serve_command(&db, port)
            .args(options)
            .stderr(log)
            .stdout(Stdio::null())
            .spawn()
            .expect("cannot start kontor serve");
        let mut served = Served {
            scratch,
            db,
            port,
            child: Some(child),
        };
        served.wait_listening();
        served
    }

    fn wait_listening(&mut self) {
        let log = self.scratch.path().join("serve.log");
        let log = || std::fs::read_to_string(&log).unwrap_or_default();
        if let Some(child) = self.child.as_mut() {
            wait_listening(self.port, child, &log);
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.scratch.path().join("serve.log")).unwrap_or_default()
    }

    fn key(&self, name: &str) -> PathBuf {
        self.scratch.path().join(name)
    }

    /// The `ssh` command line for `user` with `key`, plus `extra` options.
    fn ssh_args(&self, user: &str, key: &str, extra: &[&str]) -> Vec<String> {
        let mut args: Vec<String> = [
            "-F",
            "/dev/null",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "IdentityAgent=none",
            "-o",
            "BatchMode=yes",
            "-o",
            "LogLevel=ERROR",
        ]
        .map(String::from)
        .to_vec();
        args.extend(["-i".into(), s(&self.key(key)).to_string()]);
        args.extend(["-p".into(), self.port.to_string()]);
        args.extend(extra.iter().map(|a| a.to_string()));
        args.push(format!("{user}@127.0.0.1"));
        args
    }

    /// `ssh` run directly (no terminal): its output.
    fn ssh(&self, user: &str, key: &str, extra: &[&str]) -> Output {
        let args = self.ssh_args(user, key, extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        tool("ssh", &args)
    }

    /// `ssh` as `anna` in a new tmux session of `width`×`height`.
    fn session(&self, width: u16, height: u16) -> Tmux {
        self.session_as("anna", width, height)
    }

    /// `ssh` as `user` (with the key of that name) in a new tmux session.
    fn session_as(&self, user: &str, width: u16, height: u16) -> Tmux {
        tool("ssh", &["-V"]);
        let args = self.ssh_args(user, user, &["-t"]);
        let line: Vec<String> = args.iter().map(|a| quote(a)).collect();
        // The shell stays after ssh ends, so the screen (the server's last words and ssh's
        // exit status) can still be read: tmux shows a dead pane empty.
        let command = format!(
            "ssh {}; echo \"[ssh exited $?]\"; sleep 600",
            line.join(" ")
        );
        Tmux::start_sized(&command, width, height)
    }

    fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    /// Sends SIGTERM and waits for the exit status.
    fn terminate(&mut self) -> i32 {
        let killed = tool("kill", &["-TERM", &self.pid().to_string()]);
        assert!(killed.status.success());
        let mut child = self.child.take().unwrap();
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            assert!(
                Instant::now() < deadline,
                "kontor serve did not stop: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Waits for the home screen, then goes to the customer list.
fn open_customers(session: &Tmux) {
    session.wait_for(TITLE, WAIT);
    session.send(&["g", "c"]);
    session.wait_for("Customers · anna", WAIT);
}

/// Creates a customer from the customer list (`n`, the name, C-x) and waits for "saved".
fn add_customer(session: &Tmux, name: &str) {
    session.send(&["n"]);
    session.wait_for("New customer", WAIT);
    session.type_text(name);
    session.send(&["C-x"]);
    session.wait_for("saved", WAIT);
}

#[test]
fn login_lands_in_the_app_and_quitting_ends_the_session() {
    let served = Served::start();
    let session = served.session(80, 24);
    let screen = session.wait_for(TITLE, WAIT);
    assert!(screen.contains("g c Customers"), "{screen}");
    session.send(&["F3"]);
    session.wait_for("[ssh exited 0]", WAIT);
    assert!(
        served.log().contains("anna logged in from 127.0.0.1"),
        "{}",
        served.log()
    );
}

#[test]
fn the_interactions_search_reads_the_whole_history_between_keys() {
    let served = Served::start_with(&[("anna", "agent")], |db| {
        add_long_history(db, 3 * SLICE_RECORDS);
    });
    let session = served.session(80, 24);
    session.wait_for(TITLE, WAIT);
    session.send(&["g", "i", "v", "/"]);
    session.type_text("altbest");
    // No key after the last: the session reads the rest of the history by itself.
    let found = session.wait_for("1 found in the whole history", WAIT);
    assert!(found.contains("Altbestand reklamiert"), "{found}");
    session.send(&["F3"]);
    session.wait_for("[ssh exited 0]", WAIT);
}

#[test]
fn an_unknown_key_or_user_is_refused_and_logged() {
    let served = Served::start();
    for (user, key) in [("anna", "stranger"), ("nobody", "anna")] {
        let refused = served.ssh(user, key, &["-T"]);
        let denied = String::from_utf8_lossy(&refused.stderr).contains("Permission denied");
        assert!(denied && refused.status.code() == Some(255), "{refused:?}");
    }
    let log = served.log();
    assert!(log.contains("for user \"anna\" from 127.0.0.1"), "{log}");
    assert!(
        log.contains("for user \"nobody\" from 127.0.0.1") && log.contains("no such user"),
        "{log}"
    );
}

#[test]
fn a_session_without_a_terminal_is_refused_in_one_line() {
    let served = Served::start();
    let output = served.ssh("anna", "anna", &["-T"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim(),
        "kontor needs a terminal: connect with ssh -t"
    );
    assert!(output.stdout.is_empty(), "{output:?}");
}

#[test]
fn resizing_lays_the_screen_out_again() {
    let served = Served::start();
    let session = served.session(80, 24);
    session.wait_for(TITLE, WAIT);
    session.resize(70, 20);
    session.wait_for("this terminal is 70x20", WAIT);
    session.resize(100, 30);
    let screen = session.wait_until("the layout at 100x30", WAIT, |screen| {
        let lines: Vec<&str> = screen.lines().collect();
        screen.contains(TITLE) && lines.len() >= 30 && lines[29].contains("Help")
    });
    let widest = screen.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest > 80, "{screen}");
}

#[test]
fn two_sessions_at_once_see_each_others_saves_within_a_second() {
    let served = Served::start();
    let writer = served.session(80, 24);
    let reader = served.session(100, 30);
    open_customers(&reader);
    open_customers(&writer);
    add_customer(&writer, "Acme Live");
    shows_within_a_second(&reader, "Acme Live", Instant::now());
}

/// Waits until `session` shows `text`, saved elsewhere at `saved`: within a second.
fn shows_within_a_second(session: &Tmux, text: &str, saved: Instant) {
    session.wait_for(text, WAIT);
    let seen = saved.elapsed();
    assert!(
        seen <= Duration::from_secs(1),
        "{text:?} showed after {seen:?}"
    );
}

/// The same with the records on PostgreSQL: the server's sessions on its async runtime over
/// the PostgreSQL store.
#[test]
fn two_sessions_at_once_see_each_others_saves_on_postgres() {
    common::on_postgres(two_sessions_at_once_see_each_others_saves_within_a_second);
}

#[test]
fn the_cli_names_the_server_and_sigterm_stops_it_cleanly() {
    let mut served = Served::start();
    let session = served.session(80, 24);
    open_customers(&session);
    add_customer(&session, "Kept Over SSH");

    let line = fails(&served.db, &["customer", "list"], 1);
    let expected = format!(
        "kontor: database {} is in use by kontor serve (pid {}); connect with: ssh -p {} USER@127.0.0.1",
        served.db.display(),
        served.pid(),
        served.port
    );
    assert_eq!(line, expected);
    let tui = common::command()
        .args(["--db", s(&served.db)])
        .output()
        .unwrap();
    assert_eq!(tui.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&tui.stderr).trim(), expected);

    assert_eq!(served.terminate(), 0, "{}", served.log());
    let screen = session.wait_for("[ssh exited 1]", WAIT);
    assert!(
        screen.contains("kontor: the server is shutting down"),
        "{screen}"
    );
    assert!(!served.db.join("serve.pid").exists());
    let customers = json_list(&served.db, &["customer", "list"]);
    assert_eq!(customers.len(), 1, "{customers:?}");
    assert_eq!(text(&customers[0], "name"), "Kept Over SSH");
    assert!(key_mode(&served.db.join("ssh_host_ed25519_key")) == 0o600);
}

/// The permission bits of `path`.
fn key_mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn accounts_are_managed_with_the_cli() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let key = scratch.path().join("k");
    let made = tool(
        "ssh-keygen",
        &[
            "-q",
            "-t",
            "ed25519",
            "-N",
            "",
            "-C",
            "k@host",
            "-f",
            s(&key),
        ],
    );
    assert!(made.status.success(), "ssh-keygen failed: {made:?}");
    let line = std::fs::read_to_string(scratch.path().join("k.pub")).unwrap();
    let listed = tool("ssh-keygen", &["-l", "-f", &format!("{}.pub", s(&key))]);
    let fingerprint = String::from_utf8_lossy(&listed.stdout)
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string();

    ok(
        &db,
        &[
            "user",
            "add",
            "bob",
            "--role",
            "sales",
            "--key",
            line.trim(),
        ],
    );
    let users = json_list(&db, &["user", "list"]);
    assert_eq!(text(&users[0], "role"), "sales");
    assert_eq!(users[0]["fingerprints"][0], fingerprint.as_str());
    let table = ok(&db, &["user", "list"]);
    assert!(
        table.contains(&format!("bob   sales      {fingerprint} k@host")),
        "{table}"
    );

    let refused = [
        (
            "agent",
            "ssh-ed25519 nonsense",
            "is not an OpenSSH public key line",
        ),
        ("boss", line.trim(), "unknown role \"boss\""),
        ("agent", line.trim(), "already belongs to user \"bob\""),
    ];
    for (role, key, why) in refused {
        let args = ["user", "add", "carl", "--role", role, "--key", key];
        let error = fails(&db, &args, 2);
        assert!(error.contains(why), "{error}");
    }

    ok(&db, &["user", "set-role", "bob", "payroll"]);
    ok(&db, &["user", "remove-key", "bob", &fingerprint]);
    let users = json_list(&db, &["user", "list"]);
    assert_eq!(text(&users[0], "role"), "payroll");
    assert_eq!(users[0]["fingerprints"], serde_json::json!([]));
    ok(
        &db,
        &[
            "user",
            "add-key",
            "bob",
            "--key-file",
            &format!("{}.pub", s(&key)),
        ],
    );
    ok(&db, &["user", "remove", "bob"]);
    assert!(json_list(&db, &["user", "list"]).is_empty());
}
