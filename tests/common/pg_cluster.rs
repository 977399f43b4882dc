//! PostgreSQL clusters a test owns, for what a shared server cannot show: a primary with a
//! streaming standby (`Cluster::primary`, `Cluster::standby_of`) that a test kills and
//! promotes, a server with TLS. Each runs from Debian's binaries on 127.0.0.1 with trust
//! authentication, as the `postgres` user when the tests run as root (initdb refuses root),
//! and is stopped and removed when dropped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::postgres::{as_cluster_user, binaries, initdb_args};

/// One running (or killed) cluster.
pub struct Cluster {
    bin: PathBuf,
    dir: TempDir,
    port: u16,
}

impl Cluster {
    /// A new cluster whose server runs with `settings` (`name=value`, given on its command
    /// line, so a standby copied from it does not inherit them); `prepare` may add files to
    /// its data directory (the `postgres` user's) before it starts.
    pub fn primary(settings: &[&str], prepare: impl FnOnce(&Path)) -> Cluster {
        let cluster = Cluster::empty();
        cluster.as_owner("initdb", &initdb_args(&cluster.data_text()));
        prepare(&cluster.data());
        give_to_cluster_user(cluster.dir.path());
        cluster.start(settings);
        cluster
    }

    /// A streaming standby of `primary` (`pg_basebackup -R`), started and following it.
    pub fn standby_of(primary: &Cluster) -> Cluster {
        let cluster = Cluster::empty();
        cluster.as_owner(
            "pg_basebackup",
            &[
                "-D",
                &cluster.data_text(),
                "-R",
                "-X",
                "stream",
                "-h",
                "127.0.0.1",
                "-p",
                &primary.port.to_string(),
                "-U",
                "postgres",
                "--no-sync",
            ],
        );
        cluster.start(&[]);
        cluster
    }

    /// A primary whose commits wait for its synchronous standby, both running, with an empty
    /// database `kontor`; and the address naming both that connects to the writable one.
    pub fn primary_with_standby() -> (Cluster, Cluster, String) {
        let primary = Cluster::primary(
            &[
                "wal_level=replica",
                "synchronous_standby_names='*'",
                "synchronous_commit=on",
            ],
            |_| {},
        );
        let standby = Cluster::standby_of(&primary);
        primary.wait_for_synchronous_standby();
        primary.execute("CREATE DATABASE kontor");
        let url = format!(
            "postgres://postgres@127.0.0.1:{},127.0.0.1:{}/kontor?target_session_attrs=read-write",
            primary.port(),
            standby.port()
        );
        (primary, standby, url)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The URL of `database` on this cluster.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// Runs `sql` on this cluster's `postgres` database.
    pub fn execute(&self, sql: &str) {
        let mut client = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .unwrap_or_else(|error| panic!("connect to port {}: {error}", self.port));
        client
            .batch_execute(sql)
            .unwrap_or_else(|error| panic!("{sql}: {error}"));
    }

    /// Waits until a standby streams from this primary synchronously (at most 30 s).
    pub fn wait_for_synchronous_standby(&self) {
        let mut client = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .unwrap_or_else(|error| panic!("connect to port {}: {error}", self.port));
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let row = client
                .query_one(
                    "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'",
                    &[],
                )
                .expect("pg_stat_replication");
            if row.get::<_, i64>(0) > 0 {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "no synchronous standby: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGKILLs the server's postmaster, as a machine dying would leave it: no shutdown.
    pub fn kill(&self) {
        let pid = std::fs::read_to_string(self.data().join("postmaster.pid"))
            .expect("the postmaster's pid file");
        let pid = pid.lines().next().expect("a pid").trim().to_string();
        let killed = Command::new("kill")
            .args(["-KILL", &pid])
            .status()
            .expect("kill");
        assert!(killed.success(), "kill -KILL {pid}");
    }

    /// Promotes this standby to a primary and waits until it accepts writes.
    pub fn promote(&self) {
        self.as_owner("pg_ctl", &["-D", &self.data_text(), "-w", "promote"]);
    }

    fn empty() -> Cluster {
        let bin = binaries().expect(
            "the PostgreSQL tests need PostgreSQL's server: install it (apt-get install postgresql)",
        );
        let dir = tempfile::Builder::new()
            .prefix("kontor-test-cluster")
            .tempdir()
            .expect("a directory for the cluster");
        give_to_cluster_user(dir.path());
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        Cluster { bin, dir, port }
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn data_text(&self) -> String {
        self.data().display().to_string()
    }

    /// Starts the server with `settings` and waits until it answers.
    fn start(&self, settings: &[&str]) {
        let mut options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        for setting in settings {
            options.push_str(&format!(" -c {setting}"));
        }
        let log = self.dir.path().join("log").display().to_string();
        self.as_owner(
            "pg_ctl",
            &[
                "-D",
                &self.data_text(),
                "-l",
                &log,
                "-o",
                &options,
                "-w",
                "start",
            ],
        );
        let deadline = Instant::now() + Duration::from_secs(30);
        while postgres::Client::connect(&self.url("postgres"), postgres::NoTls).is_err() {
            assert!(Instant::now() < deadline, "{}", self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The server's log, for a failure's message.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
    }

    /// Runs one of the server's programs as the cluster's user; it must succeed.
    fn as_owner(&self, program: &str, args: &[&str]) -> Output {
        let output = as_cluster_user(&self.bin.join(program), args)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|error| panic!("{program}: {error}"));
        assert!(
            output.status.success(),
            "{program} {args:?}: {}\n{}",
            String::from_utf8_lossy(&output.stderr),
            self.log()
        );
        output
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = as_cluster_user(
            &self.bin.join("pg_ctl"),
            &["-D", &self.data_text(), "-m", "immediate", "-w", "stop"],
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    }
}

/// Makes `path` and everything in it the `postgres` user's when the tests run as root.
fn give_to_cluster_user(path: &Path) {
    if rustix::process::geteuid().is_root() {
        let owned = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(path)
            .status();
        assert!(
            owned.is_ok_and(|status| status.success()),
            "chown {} to postgres",
            path.display()
        );
    }
}
