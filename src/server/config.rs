//! How `kontor serve` runs: the address, the host key file, the idle timeout, and the
//! russh configuration made from them (public-key authentication only). Room: server.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use russh::MethodKind;
use russh::keys::PrivateKey;

use crate::core::Clock;

/// The default address: loopback only, so exposing the server is a decision.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:2222";
/// Sessions without input for this long are ended.
pub const DEFAULT_IDLE: Duration = Duration::from_secs(30 * 60);

/// The options of `kontor serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub listen: SocketAddr,
    /// The host key file; `None` means `ssh_host_ed25519_key` in the database directory.
    pub host_key: Option<PathBuf>,
    pub idle_timeout: Duration,
    /// Where "now" comes from (read by `main`, pinned by tests).
    pub clock: Clock,
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
