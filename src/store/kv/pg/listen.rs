//! The change feed between processes on one PostgreSQL database. A commit that wrote records
//! or a setting sends, inside its transaction, `NOTIFY kontor_changes` with a small text
//! payload — `kontor/1 TAG TREE…` (the committing store's tag, then the record kinds by
//! tree name, `*` for a setting, which counts as everything) — and PostgreSQL delivers it
//! only once the transaction commits. A store that listens holds one connection of its own
//! on a thread of its own, blocked until a notification arrives (an idle listener costs no
//! CPU); it passes on what other stores committed, coalescing what arrived together, skips
//! its own and ignores what it cannot read (another version, unknown kinds). When the
//! connection drops it says so, connects again (pausing longer each time, up to
//! `RETRY_MAX`) and says it is back: what was committed meanwhile was not heard. Room: store.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, Config};

use super::super::super::error::{StoreError, StoreResult};
use super::super::super::feed::Elsewhere;
use super::super::super::written::Written;
use super::super::super::{KINDS, audit::AUDIT_TREE};
use super::pool::{self, Pool};
use super::sql;
use super::tls::Tls;

/// The channel every kontor process on a database notifies and listens on.
pub(in crate::store) const CHANNEL: &str = "kontor_changes";
/// The first word of a payload: its format.
const FORMAT: &str = "kontor/1";
/// A payload's kinds when a setting changed, or too many to name.
const EVERYTHING: &str = "*";
/// PostgreSQL takes payloads shorter than 8000 bytes; beyond this, `*` is sent instead.
const MAX_PAYLOAD: usize = 7900;
/// The pause before connecting again after the first failure, and the longest pause.
const RETRY_FIRST: Duration = Duration::from_millis(250);
const RETRY_MAX: Duration = Duration::from_secs(5);
/// A listening connection that went silent is found dead by TCP keepalive after about
/// `KEEPALIVE_IDLE` + 3 × `KEEPALIVE_INTERVAL` (the kernel probes; the thread sleeps).
const KEEPALIVE_IDLE: Duration = Duration::from_secs(30);
const KEEPALIVE_INTERVAL: Duration = Duration::from_secs(10);

/// The payload telling other processes what `written` changed, from the store tagged `tag`;
/// none when it changed nothing they show (only the audit log, counters).
pub(in crate::store) fn payload(tag: &str, written: &Written) -> Option<String> {
    let mut payload = format!("{FORMAT} {tag}");
    if written.settings() {
        payload = format!("{payload} {EVERYTHING}");
        return Some(payload);
    }
    let mut named = false;
    for tree in written.trees().filter(|tree| *tree != AUDIT_TREE) {
        payload.push(' ');
        payload.push_str(tree);
        named = true;
    }
    if payload.len() > MAX_PAYLOAD {
        return Some(format!("{FORMAT} {tag} {EVERYTHING}"));
    }
    named.then_some(payload)
}

/// What another store committed, from `payload`; none when it is this store's own (tagged
/// `own`), in a format this kontor does not know, or names no kind it knows.
fn read(payload: &str, own: &str) -> Option<Written> {
    let mut words = payload.split(' ');
    if words.next()? != FORMAT || words.next()? == own {
        return None;
    }
    let mut written = Written::default();
    for word in words {
        if word == EVERYTHING {
            written.note_setting();
        } else if let Some(kind) = KINDS.iter().find(|kind| kind.tree == word) {
            written.note_kind(kind.tree);
        }
    }
    (!written.is_empty()).then_some(written)
}

/// A running listener; dropping it ends its thread.
pub(in crate::store) struct Listening {
    stopped: Arc<AtomicBool>,
    pool: Arc<Pool>,
    tag: Arc<str>,
}

impl Drop for Listening {
    /// Marks the listener stopped and wakes it with a notification of its own, which every
    /// listener skips (a listener reconnecting meanwhile sees the mark when it wakes).
    fn drop(&mut self) {
        self.stopped.store(true, Ordering::Release);
        let wake = format!("{FORMAT} {}", self.tag);
        let _ = self
            .pool
            .call(move |session| session.query(sql::NOTIFY, &[&CHANNEL, &wake]).map(|_| ()));
    }
}

/// Starts listening on a connection of its own to the database of `config` for what stores
/// other than the one tagged `tag` commit, calling `each` on the listener's thread. Fails
/// when the first connection cannot be made.
pub(in crate::store) fn listen(
    config: &Config,
    tls: &Tls,
    shown: &str,
    pool: &Arc<Pool>,
    tag: &Arc<str>,
    mut each: impl FnMut(Elsewhere) + Send + 'static,
) -> StoreResult<Listening> {
    let mut config = config.clone();
    config
        .keepalives(true)
        .keepalives_idle(KEEPALIVE_IDLE)
        .keepalives_interval(KEEPALIVE_INTERVAL)
        .keepalives_retries(3);
    let stopped = Arc::new(AtomicBool::new(false));
    let (ready, started) = mpsc::sync_channel(1);
    let (stop, own, shown) = (Arc::clone(&stopped), Arc::clone(tag), shown.to_string());
    let tls = tls.clone();
    std::thread::Builder::new()
        .name("kontor-listen".into())
        .spawn(move || {
            let mut client = match listening(&config, &tls) {
                Ok(client) => {
                    let _ = ready.send(Ok(()));
                    client
                }
                Err(error) => {
                    let _ = ready.send(Err(pool::connect_error(&shown, &error)));
                    return;
                }
            };
            loop {
                let lost = hear(&mut client, &own, &stop, &mut each);
                if stop.load(Ordering::Acquire) {
                    return;
                }
                each(Elsewhere::Lost(lost));
                match reconnect(&config, &tls, &stop) {
                    Some(again) => client = again,
                    None => return,
                }
                each(Elsewhere::Back);
            }
        })
        .map_err(|error| StoreError::Postgres(error.to_string()))?;
    match started.recv() {
        Ok(Ok(())) => Ok(Listening {
            stopped,
            pool: Arc::clone(pool),
            tag: Arc::clone(tag),
        }),
        Ok(Err(error)) => Err(error),
        Err(_) => Err(StoreError::Postgres("the listener's thread ended".into())),
    }
}

/// A new connection listening on `CHANNEL`.
fn listening(config: &Config, tls: &Tls) -> Result<Client, postgres::Error> {
    let mut client = pool::connect(config, tls)?;
    client.batch_execute(&format!("LISTEN {CHANNEL}"))?;
    Ok(client)
}

/// Connects again until it works or the listener is stopped (none), pausing in between.
fn reconnect(config: &Config, tls: &Tls, stopped: &AtomicBool) -> Option<Client> {
    let mut pause = RETRY_FIRST;
    loop {
        std::thread::sleep(pause);
        if stopped.load(Ordering::Acquire) {
            return None;
        }
        if let Ok(client) = listening(config, tls) {
            return Some(client);
        }
        pause = (pause * 2).min(RETRY_MAX);
    }
}

/// Waits for notifications and passes on what other stores committed, until the listener is
/// stopped or the connection is lost; why it was lost.
fn hear(
    client: &mut Client,
    own: &str,
    stopped: &AtomicBool,
    each: &mut impl FnMut(Elsewhere),
) -> String {
    let mut notifications = client.notifications();
    loop {
        let first = match notifications.blocking_iter().next() {
            Ok(Some(notification)) => notification,
            Ok(None) => return "the server closed the connection".into(),
            Err(error) => return error.to_string(),
        };
        if stopped.load(Ordering::Acquire) {
            return String::new();
        }
        let mut heard = Written::default();
        let mut arrived = vec![first];
        while !notifications.is_empty() {
            match notifications.iter().next() {
                Ok(Some(notification)) => arrived.push(notification),
                Ok(None) | Err(_) => break,
            }
        }
        for notification in arrived {
            if let Some(written) = read(notification.payload(), own) {
                heard.merge(written);
            }
        }
        if !heard.is_empty() {
            each(Elsewhere::Wrote(heard));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customers_and_audit() -> Written {
        let mut written = Written::default();
        written.note_kind("customers");
        written.note_kind(AUDIT_TREE);
        written
    }

    #[test]
    fn a_payload_names_the_kinds_and_is_read_back_by_another_store_only() {
        let payload = payload("a1", &customers_and_audit()).unwrap();
        assert_eq!(payload, "kontor/1 a1 customers");
        let heard = read(&payload, "b2").unwrap();
        assert_eq!(heard.trees().collect::<Vec<_>>(), ["customers"]);
        assert!(!heard.settings());
        assert!(read(&payload, "a1").is_none(), "its own commit");
    }

    #[test]
    fn a_setting_counts_as_everything_and_the_audit_alone_as_nothing() {
        let mut setting = Written::default();
        setting.note_setting();
        let payload = payload("a1", &setting).unwrap();
        assert_eq!(payload, "kontor/1 a1 *");
        assert!(read(&payload, "b2").unwrap().settings());
        let mut audit = Written::default();
        audit.note_kind(AUDIT_TREE);
        assert_eq!(super::payload("a1", &audit), None);
    }

    #[test]
    fn what_cannot_be_read_is_ignored() {
        for unreadable in [
            "",
            "kontor/1",
            "kontor/1 a1",
            "kontor/2 a1 customers",
            "kontor/1 a1 no_such_kind",
            "customers",
            "kontor/1 a1 \u{0} \u{fffd}",
        ] {
            assert!(read(unreadable, "b2").is_none(), "{unreadable:?}");
        }
        let known = read("kontor/1 a1 no_such_kind items  customers", "b2").unwrap();
        assert_eq!(known.trees().collect::<Vec<_>>(), ["customers", "items"]);
    }
}
