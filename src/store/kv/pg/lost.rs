//! What a lost connection to PostgreSQL is, and how long kontor waits for a server to take
//! writes again: the errors that mean the connection or the server is gone (not one
//! statement failed), the connection failures a moment may mend (no server answered, only
//! standbys did, the server is starting), and the waits between attempts — `FAILOVER_WAIT`
//! in all, enough for a standby to be promoted. Room: store.

use std::time::Duration;

use postgres::error::{Severity, SqlState};

/// How long one call waits in all, between its attempts, for a lost server to come back or a
/// standby to be promoted before it reports the database unreachable.
const FAILOVER_WAIT: Duration = Duration::from_secs(10);

/// The first wait after a failed attempt; each next one doubles, up to `LONGEST_WAIT`.
const FIRST_WAIT: Duration = Duration::from_millis(50);
const LONGEST_WAIT: Duration = Duration::from_secs(1);

/// The waits of one call between its attempts to reach a writable server: they double from
/// `FIRST_WAIT` to `LONGEST_WAIT` and end once `FAILOVER_WAIT` is spent. Counted by the time
/// slept, so no clock is read.
pub(in crate::store) struct Backoff {
    left: Duration,
    next: Duration,
}

impl Backoff {
    /// The waits of a call on an open store.
    pub(in crate::store) fn failover() -> Backoff {
        Backoff {
            left: FAILOVER_WAIT,
            next: FIRST_WAIT,
        }
    }

    /// No wait at all: the first failure is the answer.
    pub(super) fn none() -> Backoff {
        Backoff {
            left: Duration::ZERO,
            next: FIRST_WAIT,
        }
    }

    /// Sleeps before the next attempt; false (without sleeping) once the wait is spent.
    pub(in crate::store) fn wait(&mut self) -> bool {
        if self.left.is_zero() {
            return false;
        }
        let pause = self.next.min(self.left);
        std::thread::sleep(pause);
        self.left -= pause;
        self.next = (self.next * 2).min(LONGEST_WAIT);
        true
    }
}

/// Whether `error`, met on an open connection, means the connection is gone — the server
/// died, shut down, closed it, or no longer accepts writes (it became a standby) — rather
/// than that one statement failed on a live connection.
pub(super) fn is_lost(error: &postgres::Error) -> bool {
    if error.is_closed() || from_the_network(error) {
        return true;
    }
    error.as_db_error().is_some_and(|db| {
        matches!(
            db.parsed_severity(),
            Some(Severity::Fatal | Severity::Panic)
        ) || *db.code() == SqlState::READ_ONLY_SQL_TRANSACTION
            || db.code().code().starts_with("08")
    })
}

/// Whether a failed connection attempt may succeed a moment later: no server answered, the
/// ones that did refuse writes (standbys), or the server is starting or stopping. A refused
/// password or an unknown database is final.
pub(super) fn worth_waiting(error: &postgres::Error) -> bool {
    match error.as_db_error() {
        Some(db) => [
            SqlState::CANNOT_CONNECT_NOW,
            SqlState::ADMIN_SHUTDOWN,
            SqlState::CRASH_SHUTDOWN,
        ]
        .contains(db.code()),
        None => from_the_network(error),
    }
}

/// Whether the client's error comes from the socket (refused, reset, closed, or a server that
/// accepts no writes), not from the server's words or a TLS handshake that failed.
fn from_the_network(error: &postgres::Error) -> bool {
    std::error::Error::source(error)
        .and_then(|source| source.downcast_ref::<std::io::Error>())
        .is_some_and(|io| {
            io.get_ref()
                .is_none_or(|inner| !inner.is::<rustls::Error>())
        })
}
