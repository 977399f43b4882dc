//! Login for `kontor serve`: a public key is accepted when its SHA-256 fingerprint is one
//! of the named account's keys (looked up through `core::users`); everything else is
//! refused, logged to stderr with the address and user, and counted against the source
//! address, which a token bucket cuts off after too many failures (`Limits`).
//! Room: server — data only through `core`.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use russh::keys::ssh_key::PublicKey;

use crate::core::Actor;
use crate::core::users;
use crate::domain::user::fingerprint;
use crate::lang::scope as scoped;

use super::Shared;

/// Addresses remembered before full buckets are forgotten.
const REMEMBERED: usize = 4096;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Failed logins per source address: each failure takes one of `burst` tokens, they come
/// back evenly over `window`, and an address without tokens is refused at once, whatever
/// key it offers.
#[derive(Debug)]
pub struct Limiter {
    burst: f64,
    refill: Duration,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

impl Limiter {
    pub fn new(burst: u32, window: Duration) -> Limiter {
        Limiter {
            burst: f64::from(burst),
            refill: window / burst.max(1),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn refilled(&self, bucket: Bucket, now: Instant) -> Bucket {
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        let gained = elapsed / self.refill.as_secs_f64().max(f64::EPSILON);
        Bucket {
            tokens: (bucket.tokens + gained).min(self.burst),
            at: now,
        }
    }

    /// Whether `address` may try to log in now.
    pub fn allows(&self, address: IpAddr, now: Instant) -> bool {
        let buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        buckets
            .get(&address)
            .is_none_or(|&bucket| self.refilled(bucket, now).tokens >= 1.0)
    }

    /// Counts a failed attempt from `address`.
    pub fn failed(&self, address: IpAddr, now: Instant) {
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if buckets.len() >= REMEMBERED {
            buckets.retain(|_, bucket| self.refilled(*bucket, now).tokens < self.burst);
            if buckets.len() >= REMEMBERED {
                // Thousands of addresses failing at once: forget rather than grow.
                buckets.clear();
            }
        }
        let full = Bucket {
            tokens: self.burst,
            at: now,
        };
        let bucket = buckets.entry(address).or_insert(full);
        let mut current = self.refilled(*bucket, now);
        current.tokens = (current.tokens - 1.0).max(0.0);
        *bucket = current;
    }
}

/// Who `user` is when offering `key` from `peer`, or `None` (refused, logged in the
/// server's language and counted).
pub fn login(
    shared: &Shared,
    peer: Option<SocketAddr>,
    user: &str,
    key: &PublicKey,
) -> Option<Actor> {
    let (store, limiter, locale) = (&shared.store, &shared.limiter, shared.locale);
    let now = Instant::now();
    let shown_peer = super::shown_peer(locale, peer);
    let quoted = format!("{user:?}");
    let fingerprint = fingerprint(key);
    if let Some(address) = peer.map(|p| p.ip())
        && !limiter.allows(address, now)
    {
        server_log!(
            locale,
            "server-log-login-refused",
            user = quoted,
            peer = shown_peer
        );
        return None;
    }
    let reason = match users::login(store, user, &fingerprint) {
        Ok(Some(actor)) => return Some(actor),
        Ok(None) => match users::exists(store, user) {
            Ok(true) => scoped(locale, || crate::t!("server-log-reason-wrong-key")),
            Ok(false) => scoped(locale, || crate::t!("server-log-reason-no-user")),
            Err(_) => scoped(locale, || crate::t!("server-log-reason-no-key")),
        },
        Err(error) => {
            let error = error.to_string();
            server_log!(
                locale,
                "server-log-check-failed",
                user = quoted.as_str(),
                error = error
            );
            scoped(locale, || crate::t!("server-log-reason-error"))
        }
    };
    server_log!(
        locale,
        "server-log-key-refused",
        fingerprint = fingerprint,
        user = quoted,
        peer = shown_peer,
        reason = reason
    );
    if let Some(address) = peer.map(|p| p.ip()) {
        limiter.failed(address, now);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_use_up_the_burst_and_come_back_over_time() {
        let limiter = Limiter::new(3, Duration::from_secs(30));
        let start = Instant::now();
        let here: IpAddr = [127, 0, 0, 1].into();
        let there: IpAddr = [10, 0, 0, 9].into();
        for _ in 0..3 {
            assert!(limiter.allows(here, start));
            limiter.failed(here, start);
        }
        assert!(!limiter.allows(here, start));
        assert!(!limiter.allows(here, start + Duration::from_secs(9)));
        assert!(
            limiter.allows(there, start),
            "other addresses are not affected"
        );
        assert!(limiter.allows(here, start + Duration::from_secs(10)));
        limiter.failed(here, start + Duration::from_secs(10));
        assert!(!limiter.allows(here, start + Duration::from_secs(11)));
        assert!(limiter.allows(here, start + Duration::from_secs(60)));
    }

    #[test]
    fn memory_stays_bounded_under_many_addresses() {
        let limiter = Limiter::new(2, Duration::from_millis(2));
        let start = Instant::now();
        for n in 0..(REMEMBERED as u32 * 2) {
            limiter.failed(
                IpAddr::from(n.to_be_bytes()),
                start + Duration::from_secs(1 + u64::from(n / 1000)),
            );
        }
        let remembered = limiter.buckets.lock().unwrap().len();
        assert!(remembered <= REMEMBERED, "{remembered}");
    }
}
