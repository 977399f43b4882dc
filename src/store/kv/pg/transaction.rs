//! One SERIALIZABLE transaction on PostgreSQL under the store's closure: point reads go to
//! the server on the transaction's own connection (after this attempt's own writes, which
//! they see first); writes are buffered and sent at commit in two statements, so a closure
//! that runs again leaves nothing behind. A serialization failure (SQLSTATE 40001) or a
//! deadlock (40P01), on a read or at commit, makes the closure run again, up to
//! `MAX_ATTEMPTS` times. What the attempt announces is notified just before its COMMIT, so
//! that other processes hear of it exactly when it commits (`listen`).
//!
//! A connection lost before COMMIT was sent took the transaction with it: nothing was
//! written, so the closure runs again on a new connection — to the standby once it is
//! promoted (waiting by `lost::Backoff`). A connection lost after COMMIT was sent leaves
//! the outcome unknown: the transaction is never run again (it might be written twice); the
//! caller gets `StoreError::CommitUnknown`. Room: store.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use postgres::error::{Severity, SqlState};
use sled::transaction::ConflictableTransactionError;

use super::super::super::error::{StoreError, StoreResult};
use super::super::super::written::Written;
use super::super::Attempt;
use super::lost::{Backoff, is_lost};
use super::pool::{Lease, Pool};
use super::{database_error, listen, sql};

/// Attempts of one transaction before its conflicts are reported as an error.
const MAX_ATTEMPTS: u32 = 200;

/// A write of this attempt: the new value, or none for a removal.
type Writes = BTreeMap<(&'static str, Vec<u8>), Option<Vec<u8>>>;

/// The running attempt of a transaction.
pub(in crate::store) struct Transaction {
    lease: Lease,
    writes: RefCell<Writes>,
    /// The store's tag, and the notification this attempt sends when it commits.
    tag: Arc<str>,
    announced: RefCell<Option<String>>,
}

impl Transaction {
    /// The value of `key` in `tree` as this attempt sees it.
    pub(in crate::store) fn get(&self, tree: &'static str, key: &[u8]) -> Attempt<Option<Vec<u8>>> {
        if let Some(written) = self.writes.borrow().get(&(tree, key.to_vec())) {
            return Ok(written.clone());
        }
        let key = key.to_vec();
        let read = self
            .lease
            .run(move |session| {
                session
                    .query(sql::GET, &[&tree, &key])
                    .map(|rows| rows.first().map(|row| row.get::<_, Vec<u8>>(0)))
            })
            .map_err(ConflictableTransactionError::Abort)?;
        read.map_err(|error| self.failed(&error))
    }

    /// Notes a write (`None` removes the key), sent at commit.
    pub(in crate::store) fn put(&self, tree: &'static str, key: &[u8], value: Option<&[u8]>) {
        self.writes
            .borrow_mut()
            .insert((tree, key.to_vec()), value.map(<[u8]>::to_vec));
    }

    /// Tells the other processes, when this attempt commits, what `written` changed.
    pub(in crate::store) fn announce(&self, written: &Written) {
        self.announced.replace(listen::payload(&self.tag, written));
    }

    fn commit(&self) -> Attempt<()> {
        let announced = self.announced.take();
        let mut removed: (Vec<&'static str>, Vec<Vec<u8>>) = Default::default();
        let mut put: (Vec<&'static str>, Vec<Vec<u8>>, Vec<Vec<u8>>) = Default::default();
        for ((tree, key), value) in self.writes.take() {
            match value {
                Some(value) => {
                    put.0.push(tree);
                    put.1.push(key);
                    put.2.push(value);
                }
                None => {
                    removed.0.push(tree);
                    removed.1.push(key);
                }
            }
        }
        let sent = self
            .lease
            .run(move |session| {
                if !removed.0.is_empty() {
                    session.query(sql::REMOVE_MANY, &[&removed.0, &removed.1])?;
                }
                if !put.0.is_empty() {
                    session.query(sql::PUT_MANY, &[&put.0, &put.1, &put.2])?;
                }
                if let Some(payload) = &announced {
                    session.query(sql::NOTIFY, &[&listen::CHANNEL, payload])?;
                }
                Ok(session.batch("COMMIT"))
            })
            .map_err(ConflictableTransactionError::Abort)?;
        match sent {
            Ok(Ok(())) => Ok(()),
            Err(before_commit) => {
                rollback(&self.lease);
                Err(self.failed(&before_commit))
            }
            Ok(Err(refused)) if answered_with_error(&refused) => Err(self.failed(&refused)),
            Ok(Err(unknown)) => Err(ConflictableTransactionError::Abort(
                self.lease.lost_at_commit(&unknown),
            )),
        }
    }

    /// A failed statement before COMMIT: a conflict to run again, a lost connection (the
    /// pool drops it; the transaction runs again on a new one), or the end of it.
    fn failed(&self, error: &postgres::Error) -> ConflictableTransactionError<StoreError> {
        match error.code() {
            Some(code)
                if *code == SqlState::T_R_SERIALIZATION_FAILURE
                    || *code == SqlState::T_R_DEADLOCK_DETECTED =>
            {
                ConflictableTransactionError::Conflict
            }
            _ if is_lost(error) => ConflictableTransactionError::Abort(self.lease.lost(error)),
            _ => ConflictableTransactionError::Abort(database_error(error)),
        }
    }
}

/// Whether the server answered COMMIT with an error of the statement (severity ERROR): the
/// transaction was rolled back, nothing of it written. Anything else — the connection closed,
/// the server died or shut down (FATAL) — leaves the outcome unknown.
fn answered_with_error(error: &postgres::Error) -> bool {
    error
        .as_db_error()
        .is_some_and(|db| db.parsed_severity() == Some(Severity::Error))
}

/// Runs `work` in a transaction on a connection of `pool`, again after a conflict, and again
/// on a new connection after one was lost before COMMIT was sent.
pub(in crate::store) fn run<R>(
    pool: &Arc<Pool>,
    tag: &Arc<str>,
    work: impl Fn(&Transaction) -> Attempt<R>,
) -> StoreResult<R> {
    let mut backoff = Backoff::failover();
    let mut conflicts = 0;
    loop {
        let lease = pool.lease(&mut backoff)?;
        let began = lease.run(|session| session.batch("BEGIN ISOLATION LEVEL SERIALIZABLE"))?;
        let outcome = match began {
            Ok(()) => {
                let tx = Transaction {
                    lease,
                    writes: RefCell::new(BTreeMap::new()),
                    tag: Arc::clone(tag),
                    announced: RefCell::new(None),
                };
                match work(&tx) {
                    Ok(result) => tx.commit().map(|()| result),
                    Err(error) => {
                        rollback(&tx.lease);
                        Err(error)
                    }
                }
            }
            Err(error) if is_lost(&error) => {
                Err(ConflictableTransactionError::Abort(lease.lost(&error)))
            }
            Err(error) => return Err(database_error(&error)),
        };
        match outcome {
            Ok(result) => return Ok(result),
            Err(ConflictableTransactionError::Conflict) => {
                conflicts += 1;
                if conflicts == MAX_ATTEMPTS {
                    return Err(StoreError::Postgres(format!(
                        "the transaction met a conflict {MAX_ATTEMPTS} times"
                    )));
                }
                std::thread::sleep(Duration::from_micros(fastrand::u64(
                    0..200 * u64::from(conflicts.min(50)),
                )));
            }
            Err(ConflictableTransactionError::Abort(lost @ StoreError::Unreachable { .. })) => {
                if !backoff.wait() {
                    return Err(lost);
                }
            }
            Err(ConflictableTransactionError::Abort(error)) => return Err(error),
            Err(ConflictableTransactionError::Storage(error)) => return Err(error.into()),
        }
    }
}

/// Ends the attempt on its connection (a failed statement already ended it; a connection
/// lost is not kept by the pool).
fn rollback(lease: &Lease) {
    let _ = lease.run(|session| session.batch("ROLLBACK"));
}
