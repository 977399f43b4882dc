//! How `kontor serve` runs: the address, the host key file, its time and login limits
//! (idle timeout, how long a dropped session is kept for resuming, the login grace time),
//! and the russh configuration made from them (public-key authentication only; password
//! and keyboard-interactive are never offered and always refused). Room: server.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use russh::MethodKind;
use russh::keys::PrivateKey;

use crate::core::Clock;

/// The default address: loopback only, so exposing the server is a decision.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:2222";

/// The options of `kontor serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub listen: SocketAddr,
    /// The host key file; `None` means `ssh_host_ed25519_key` in the database directory.
    pub host_key: Option<PathBuf>,
    pub limits: Limits,
    /// Where "now" comes from (read by `main`, pinned by tests).
    pub clock: Clock,
    /// Where the link endpoint (unsubscribe, confirm) listens; `None`: not at all.
    pub http: Option<SocketAddr>,
    /// Proxies whose `X-Forwarded-For` names the link endpoint's client.
    pub trusted_proxies: Vec<IpAddr>,
}

/// How long connections and sessions may take, and how many failed logins an address may
/// make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Sessions without input for this long are ended.
    pub idle_timeout: Duration,
    /// A session whose connection dropped is kept this long for its user to resume;
    /// zero keeps none.
    pub resume_within: Duration,
    /// A connection not logged in this long after it was accepted is closed (OpenSSH's
    /// LoginGraceTime).
    pub login_grace: Duration,
    /// Failed logins one source address may make in a burst; more than that and its
    /// connections are refused until `login_failure_window` gives attempts back.
    pub max_login_failures: u32,
    /// The time in which `max_login_failures` attempts come back, one at a time.
    pub login_failure_window: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            idle_timeout: Duration::from_secs(30 * 60),
            resume_within: Duration::from_secs(10 * 60),
            login_grace: Duration::from_secs(30),
            max_login_failures: 10,
            login_failure_window: Duration::from_secs(60),
        }
    }
}

/// The russh configuration: our host key, public keys only, a short constant delay on
/// refusals (not on the initial `none` probe), connections dropped some time after the
/// idle timeout in case a session task is gone, and keepalives to notice dead peers.
pub fn ssh_config(host_key: PrivateKey, idle_timeout: Duration) -> Arc<russh::server::Config> {
    Arc::new(russh::server::Config {
        keys: vec![host_key],
        methods: (&[MethodKind::PublicKey][..]).into(),
        auth_rejection_time: Duration::from_millis(300),
        auth_rejection_time_initial: Some(Duration::ZERO),
        max_auth_attempts: 6,
        inactivity_timeout: Some(idle_timeout.saturating_add(Duration::from_secs(120))),
        keepalive_interval: Some(Duration::from_secs(60)),
        nodelay: true,
        ..Default::default()
    })
}
