//! PostgreSQL connections, each living on a thread of its own: the `postgres` client runs
//! its own tokio runtime and blocks on it, which panics inside a tokio worker (`kontor
//! serve`), so no store call touches a client directly. A caller hands its connection's
//! thread a job over a channel and waits for the answer, from any thread, async runtime or
//! not. Idle connections are kept for the next caller; at most `MAX_CONNECTIONS` exist.
//!
//! A connection the server closed or lost is dropped, and with it every idle one (they went
//! to the same server, which most likely died). Connecting anew goes to whichever of the
//! address's hosts accepts writes now (`target_session_attrs=read-write`); while none does —
//! the primary died, its standby is being promoted — a caller waits and tries again
//! (`lost::Backoff`) before it reports the database unreachable. Room: store.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use postgres::types::ToSql;
use postgres::{Client, Config, NoTls, Row, Statement};

use super::super::super::error::{StoreError, StoreResult};
use super::database_error;
use super::lost::{Backoff, is_lost, worth_waiting};
use super::tls::Tls;

/// Connections a store opens at most; a caller beyond waits for one to come back.
const MAX_CONNECTIONS: usize = 16;

/// A client with the statements it prepared, by their text.
pub(in crate::store) struct Session {
    client: Client,
    statements: HashMap<&'static str, Statement>,
}

impl Session {
    /// Runs one of the store's statements, prepared once per connection.
    pub(in crate::store) fn query(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<Row>, postgres::Error> {
        let statement = match self.statements.get(sql) {
            Some(statement) => statement.clone(),
            None => {
                let statement = self.client.prepare(sql)?;
                self.statements.insert(sql, statement.clone());
                statement
            }
        };
        self.client.query(&statement, params)
    }

    /// Runs statements without parameters (transaction control, the schema).
    pub(in crate::store) fn batch(&mut self, sql: &str) -> Result<(), postgres::Error> {
        self.client.batch_execute(sql)
    }
}

type Job = Box<dyn FnOnce(&mut Session) + Send>;

/// Why a connection was not made: the server's answer (or silence), or a failure here.
enum Unopened {
    Refused(postgres::Error),
    Here(StoreError),
}

/// One connection: the channel to the thread that owns its client.
struct Connection {
    jobs: mpsc::Sender<Job>,
    closed: Arc<AtomicBool>,
}

impl Connection {
    /// Connects on the connection's own thread (the client's runtime must not start on a
    /// caller's, which may be a tokio worker) and waits until it is ready.
    fn open(config: &Config, tls: &Tls) -> Result<Connection, Unopened> {
        let (jobs, incoming) = mpsc::channel::<Job>();
        let (ready, connected) = mpsc::sync_channel(1);
        let closed = Arc::new(AtomicBool::new(false));
        let closed_seen = Arc::clone(&closed);
        let (config, tls) = (config.clone(), tls.clone());
        std::thread::Builder::new()
            .name("kontor-postgres".into())
            .spawn(move || {
                let client = match connect(&config, &tls) {
                    Ok(client) => client,
                    Err(error) => {
                        let _ = ready.send(Err(error));
                        return;
                    }
                };
                let _ = ready.send(Ok(()));
                let mut session = Session {
                    client,
                    statements: HashMap::new(),
                };
                for job in incoming {
                    job(&mut session);
                    closed_seen.store(session.client.is_closed(), Ordering::Release);
                }
            })
            .map_err(|error| Unopened::Here(StoreError::Postgres(error.to_string())))?;
        match connected.recv() {
            Ok(Ok(())) => Ok(Connection { jobs, closed }),
            Ok(Err(error)) => Err(Unopened::Refused(error)),
            Err(_) => Err(Unopened::Here(StoreError::Postgres(
                "the connection's thread ended".into(),
            ))),
        }
    }

    /// Connects, trying again while `backoff` lasts when a moment later may succeed.
    fn open_waiting(
        config: &Config,
        tls: &Tls,
        shown: &str,
        backoff: &mut Backoff,
    ) -> StoreResult<Connection> {
        loop {
            match Connection::open(config, tls) {
                Ok(connection) => return Ok(connection),
                Err(Unopened::Refused(error)) if worth_waiting(&error) && backoff.wait() => {}
                Err(Unopened::Refused(error)) => return Err(connect_error(shown, &error)),
                Err(Unopened::Here(error)) => return Err(error),
            }
        }
    }

    fn run<R: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Session) -> R + Send + 'static,
    ) -> StoreResult<R> {
        let (answer, answered) = mpsc::sync_channel(1);
        let sent = self.jobs.send(Box::new(move |session| {
            let _ = answer.send(job(session));
        }));
        let lost = || StoreError::Postgres("the connection's thread ended".into());
        sent.map_err(|_| lost())?;
        answered.recv().map_err(|_| lost())
    }
}

/// The connections of one store.
pub(in crate::store) struct Pool {
    config: Config,
    tls: Tls,
    /// The database as the user may see it (no password).
    shown: String,
    idle: Mutex<Idle>,
    returned: Condvar,
}

struct Idle {
    connections: Vec<Connection>,
    open: usize,
}

impl Pool {
    /// A pool for `config`, with one connection opened at once so that a wrong address or a
    /// server that is down shows when the store opens. An address naming several hosts (a
    /// primary and its standbys) waits, as an open store does, for one to accept writes.
    pub(in crate::store) fn open(
        config: Config,
        tls: Tls,
        shown: String,
    ) -> StoreResult<Arc<Pool>> {
        let mut backoff = if config.get_hosts().len() > 1 {
            Backoff::failover()
        } else {
            Backoff::none()
        };
        let first = Connection::open_waiting(&config, &tls, &shown, &mut backoff)?;
        Ok(Arc::new(Pool {
            config,
            tls,
            shown,
            idle: Mutex::new(Idle {
                connections: vec![first],
                open: 1,
            }),
            returned: Condvar::new(),
        }))
    }

    /// A connection for this caller alone until the lease is dropped, waiting by `backoff`
    /// while no server accepts writes.
    pub(in crate::store) fn lease(self: &Arc<Pool>, backoff: &mut Backoff) -> StoreResult<Lease> {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(connection) = idle.connections.pop() {
                return Ok(self.leased(connection));
            }
            if idle.open < MAX_CONNECTIONS {
                idle.open += 1;
                drop(idle);
                return match Connection::open_waiting(&self.config, &self.tls, &self.shown, backoff)
                {
                    Ok(connection) => Ok(self.leased(connection)),
                    Err(error) => {
                        self.forget_one();
                        Err(error)
                    }
                };
            }
            idle = self
                .returned
                .wait(idle)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn leased(self: &Arc<Pool>, connection: Connection) -> Lease {
        Lease {
            pool: Arc::clone(self),
            connection: Some(connection),
        }
    }

    /// Runs the statements of `job` on any connection, and again on a new one when the
    /// connection was lost (waiting by `Backoff::failover`): for reads, and for writes that
    /// leave the same state however often they run (setting or removing keys).
    pub(in crate::store) fn call<T: Send + 'static>(
        self: &Arc<Pool>,
        job: impl Fn(&mut Session) -> Result<T, postgres::Error> + Send + Sync + 'static,
    ) -> StoreResult<T> {
        let job = Arc::new(job);
        let mut backoff = Backoff::failover();
        loop {
            let lease = self.lease(&mut backoff)?;
            let attempt = Arc::clone(&job);
            match lease.run(move |session| attempt(session))? {
                Ok(value) => return Ok(value),
                Err(error) if is_lost(&error) => {
                    let lost = lease.lost(&error);
                    if !backoff.wait() {
                        return Err(lost);
                    }
                }
                Err(error) => return Err(database_error(&error)),
            }
        }
    }

    fn forget_one(&self) {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        idle.open = idle.open.saturating_sub(1);
        self.returned.notify_one();
    }

    /// Drops every idle connection after one was lost: they most likely went to the same
    /// server.
    fn forget_idle(&self) {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        let stale = std::mem::take(&mut idle.connections);
        idle.open = idle.open.saturating_sub(stale.len());
        self.returned.notify_all();
    }
}

/// A connection held by one caller; back to the pool when dropped (or closed for good, when
/// the server closed it).
pub(in crate::store) struct Lease {
    pool: Arc<Pool>,
    connection: Option<Connection>,
}

impl Lease {
    /// Runs `job` on this connection and waits for its answer.
    pub(in crate::store) fn run<R: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Session) -> R + Send + 'static,
    ) -> StoreResult<R> {
        match &self.connection {
            Some(connection) => connection.run(job),
            None => Err(StoreError::Postgres("no connection".into())),
        }
    }

    /// Notes that this connection is gone (`error` said so): it is dropped, not kept, and so
    /// is every idle one. What the caller may report when it gives up.
    pub(in crate::store) fn lost(&self, error: &postgres::Error) -> StoreError {
        self.discard();
        connect_error(&self.pool.shown, error)
    }

    /// Notes that this connection was lost after COMMIT was sent, and says so.
    pub(in crate::store) fn lost_at_commit(&self, error: &postgres::Error) -> StoreError {
        self.discard();
        StoreError::CommitUnknown {
            location: self.pool.shown.clone(),
            reason: reason(error),
        }
    }

    fn discard(&self) {
        if let Some(connection) = &self.connection {
            connection.closed.store(true, Ordering::Release);
        }
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        let Some(connection) = self.connection.take() else {
            return;
        };
        if connection.closed.load(Ordering::Acquire) {
            self.pool.forget_one();
            self.pool.forget_idle();
            return;
        }
        let mut idle = self
            .pool
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        idle.connections.push(connection);
        self.pool.returned.notify_one();
    }
}

/// A new client for the database of `config`, through `tls` when given, on the calling
/// thread.
pub(super) fn connect(config: &Config, tls: &Tls) -> Result<Client, postgres::Error> {
    match tls {
        Some(tls) => config.connect(tls.clone()),
        None => config.connect(NoTls),
    }
}

/// Why no connection could be made or kept, in one line.
pub(super) fn connect_error(shown: &str, error: &postgres::Error) -> StoreError {
    StoreError::Unreachable {
        location: shown.to_string(),
        reason: reason(error),
    }
}

/// What went wrong with a connection, in one line: the server's own words when it answered,
/// else the socket's.
fn reason(error: &postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            std::error::Error::source(error).map_or_else(|| error.to_string(), |e| e.to_string())
        }
    }
}
