//! What keeps strangers out, over the real OpenSSH client and raw TCP against the real
//! binary: only public keys are offered, a connection that never logs in is closed after
//! the login grace time, an address with too many failed logins is cut off (others are
//! not), the database and host key are owner-only and a server over ones others may read
//! says so with the `chmod` that fixes it. Uses the helpers of `ssh/mod.rs`.

use std::io::Read;

use super::*;

#[test]
fn only_public_keys_are_offered() {
    let served = Served::start();
    let only = [
        "-o",
        "PubkeyAuthentication=no",
        "-o",
        "PreferredAuthentications=password,keyboard-interactive",
        "-T",
    ];
    let refused = served.ssh("anna", "anna", &only);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(255), "{refused:?}");
    assert!(stderr.contains("Permission denied (publickey)"), "{stderr}");
}

#[test]
fn a_connection_that_never_logs_in_is_closed_after_the_grace_time() {
    let served = Served::start_serving(&[("anna", "agent")], |_| {}, &["--login-grace-time", "1s"]);
    let started = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", served.port)).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let mut said = Vec::new();
    stream
        .read_to_end(&mut said)
        .expect("the server closes the connection");
    let took = started.elapsed();
    assert!(said.starts_with(b"SSH-2.0-"), "{said:?}");
    assert!(
        took >= Duration::from_millis(900) && took < WAIT,
        "{took:?}"
    );
    let log = log_with(&served, "not logged in within 1s");
    assert!(
        log.contains("closed the connection from 127.0.0.1"),
        "{log}"
    );
}

#[test]
fn an_address_with_too_many_failed_logins_is_cut_off_and_no_other() {
    let limits = ["--max-login-failures", "3", "--login-failure-window", "1h"];
    let served = Served::start_serving(&[("anna", "agent")], |_| {}, &limits);
    for _ in 0..3 {
        let refused = served.ssh("anna", "stranger", &["-T"]);
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(stderr.contains("Permission denied"), "{refused:?}");
    }
    let cut_off = served.ssh("anna", "anna", &["-T"]);
    let stderr = String::from_utf8_lossy(&cut_off.stderr);
    assert_eq!(cut_off.status.code(), Some(255), "{cut_off:?}");
    assert!(!stderr.contains("needs a terminal"), "{stderr}");
    let log = log_with(&served, ": too many failed logins");
    assert!(
        log.contains("closed the connection from 127.0.0.1:"),
        "{log}"
    );
    let elsewhere = served.ssh("anna", "anna", &["-T", "-b", "127.0.0.2"]);
    let stderr = String::from_utf8_lossy(&elsewhere.stderr);
    assert_eq!(elsewhere.status.code(), Some(1), "{elsewhere:?}");
    assert!(stderr.contains("kontor needs a terminal"), "{stderr}");
}

#[test]
fn the_database_and_the_host_key_are_the_owners_alone() {
    let served = Served::start();
    assert_eq!(key_mode(&served.db), 0o700);
    assert_eq!(key_mode(&served.db.join("ssh_host_ed25519_key")), 0o600);
    assert_eq!(key_mode(&served.db.join("serve.pid")), 0o600);
    assert!(!served.log().contains("warning"), "{}", served.log());
}

#[test]
fn a_server_over_files_others_may_read_says_the_chmod_that_fixes_them() {
    let served = Served::start_with(&[("anna", "agent")], |db| {
        let key = db.join("ssh_host_ed25519_key");
        std::fs::copy(db.with_file_name("anna"), &key).unwrap();
        chmod(&key, 0o640);
        chmod(db, 0o755);
    });
    let db = served.db.display();
    let key = served.db.join("ssh_host_ed25519_key");
    let key = key.display();
    let log = served.log();
    let database = format!(
        "kontor: warning: database {db} is readable by others (mode 755); \
         fix: chmod -R go-rwx {db}\n"
    );
    let host_key = format!(
        "kontor serve: warning: host key {key} is readable by others (mode 640); \
         fix: chmod go-rwx {key}\n"
    );
    assert!(log.contains(&database) && log.contains(&host_key), "{log}");
}

/// The server's log once it says `text` (it may write it just after closing).
fn log_with(served: &Served, text: &str) -> String {
    let deadline = Instant::now() + WAIT;
    loop {
        let log = served.log();
        if log.contains(text) {
            return log;
        }
        assert!(
            Instant::now() < deadline,
            "the log never said {text:?}: {log}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}
