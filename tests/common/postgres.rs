//! PostgreSQL for tests: a fresh, empty database per test (`fresh_database`), on the server
//! named by `KONTOR_TEST_POSTGRES` (a base URL without a database, e.g.
//! `postgres://postgres@127.0.0.1:54329`, as `.ci/run` exports it), else on a private
//! cluster this test process starts once from Debian's `postgresql` binaries and that stops
//! and removes itself when the process ends. Without either, a test fails with one line
//! saying what to install — never skips. Shared by the crate's own tests (`#[path]`) and
//! the integration tests; it uses std and the `postgres` client only.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The environment variable naming a running server for the tests.
pub const SERVER_VARIABLE: &str = "KONTOR_TEST_POSTGRES";

/// The URL of a new, empty database of its own for the calling test.
pub fn fresh_database() -> String {
    let base = match server() {
        Ok(base) => base,
        Err(reason) => panic!("{reason}"),
    };
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.subsec_nanos());
    let name = format!(
        "kontor_test_{}_{}_{nanos}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = postgres::Client::connect(&format!("{base}/postgres"), postgres::NoTls)
        .unwrap_or_else(|error| panic!("cannot reach the test PostgreSQL at {base}: {error}"));
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap_or_else(|error| panic!("cannot create a test database at {base}: {error}"));
    format!("{base}/{name}")
}

/// The base URL of the tests' server, started once per process when none is given.
fn server() -> Result<String, String> {
    static SERVER: OnceLock<Result<String, String>> = OnceLock::new();
    SERVER
        .get_or_init(|| match std::env::var(SERVER_VARIABLE) {
            Ok(base) if !base.trim().is_empty() => Ok(base.trim_end_matches('/').to_string()),
            _ => start_private_cluster(),
        })
        .clone()
}

/// The directory of Debian's PostgreSQL server binaries (the newest version installed).
pub fn binaries() -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path().join("bin")))
        .filter(|bin| bin.join("initdb").exists() && bin.join("postgres").exists())
        .collect();
    found.sort_by_key(|bin| {
        bin.parent()
            .and_then(|version| version.file_name())
            .and_then(|version| version.to_str())
            .and_then(|version| version.parse::<u32>().ok())
    });
    found.pop()
}

/// initdb's arguments for a cluster in `data`: trust authentication, superuser `postgres`,
/// UTF-8 with the C locale, no syncing (a test's cluster is thrown away).
pub fn initdb_args(data: &str) -> [&str; 10] {
    [
        "-D",
        data,
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
    ]
}

/// `program` with `args` as the user the cluster runs as: `postgres` when the tests run as
/// root (initdb refuses root), else the tests' own user.
pub fn as_cluster_user(program: &Path, args: &[&str]) -> Command {
    let root = rustix::process::geteuid().is_root();
    let mut command = if root {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    };
    command.args(args);
    command
}

/// initdb and start a cluster on 127.0.0.1 with trust authentication; a watchdog stops it
/// and removes its directory once this process has ended.
fn start_private_cluster() -> Result<String, String> {
    let missing = format!(
        "the PostgreSQL tests need PostgreSQL's server: install it (apt-get install postgresql) \
         or set {SERVER_VARIABLE}=postgres://user@host:port to a running server"
    );
    let bin = binaries().ok_or(missing)?;
    let dir = std::env::temp_dir().join(format!("kontor-test-postgres-{}", std::process::id()));
    let data = dir.join("data");
    let failed =
        |what: &str, error: String| format!("private PostgreSQL for the tests: {what}: {error}");
    std::fs::create_dir_all(&dir)
        .map_err(|error| failed("create its directory", error.to_string()))?;
    if rustix::process::geteuid().is_root() {
        let owned = Command::new("chown")
            .args(["postgres:postgres"])
            .arg(&dir)
            .status();
        if !owned.as_ref().is_ok_and(|status| status.success()) {
            return Err(failed("chown to postgres", format!("{owned:?}")));
        }
    }
    let data_text = data.display().to_string();
    let initdb = as_cluster_user(&bin.join("initdb"), &initdb_args(&data_text))
        .stdout(Stdio::null())
        .output()
        .map_err(|error| failed("initdb", error.to_string()))?;
    if !initdb.status.success() {
        return Err(failed(
            "initdb",
            String::from_utf8_lossy(&initdb.stderr).into_owned(),
        ));
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map_err(|error| failed("find a free port", error.to_string()))?
        .port();
    let watchdog = format!(
        "'{postgres}' -D '{data}' -p {port} -k '{dir}' -c listen_addresses=127.0.0.1 \
         -c fsync=off -c max_connections=200 >'{dir}/log' 2>&1 & server=$!; \
         while [ -d /proc/{parent} ]; do sleep 1; done; \
         kill -INT $server; wait $server; rm -rf '{dir}'",
        postgres = bin.join("postgres").display(),
        data = data_text,
        dir = dir.display(),
        parent = std::process::id(),
    );
    as_cluster_user(Path::new("sh"), &["-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|error| failed("start", error.to_string()))?;
    let base = format!("postgres://postgres@127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match postgres::Client::connect(&format!("{base}/postgres"), postgres::NoTls) {
            Ok(_) => return Ok(base),
            Err(error) if Instant::now() > deadline => {
                let log = std::fs::read_to_string(dir.join("log")).unwrap_or_default();
                return Err(failed("start", format!("{error}\n{log}")));
            }
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}
