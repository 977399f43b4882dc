//! PostgreSQL connections, each living on a thread of its own: the `postgres` client runs
//! its own tokio runtime and blocks on it, which panics inside a tokio worker (`kontor
//! serve`), so no store call touches a client directly. A caller hands its connection's
//! thread a job over a channel and waits for the answer, from any thread, async runtime or
//! not. Idle connections are kept for the next caller; at most `MAX_CONNECTIONS` exist, and
//! a connection the server closed is dropped instead of being kept. Room: store.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use postgres::types::ToSql;
use postgres::{Client, Config, NoTls, Row, Statement};

use super::super::super::error::{StoreError, StoreResult};

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

/// One connection: the channel to the thread that owns its client.
struct Connection {
    jobs: mpsc::Sender<Job>,
    closed: Arc<AtomicBool>,
}

impl Connection {
    /// Connects on the connection's own thread (the client's runtime must not start on a
    /// caller's, which may be a tokio worker) and waits until it is ready.
    fn open(config: &Config, shown: &str) -> StoreResult<Connection> {
        let (jobs, incoming) = mpsc::channel::<Job>();
        let (ready, connected) = mpsc::sync_channel(1);
        let closed = Arc::new(AtomicBool::new(false));
        let closed_seen = Arc::clone(&closed);
        let config = config.clone();
        std::thread::Builder::new()
            .name("kontor-postgres".into())
            .spawn(move || {
                let client = match connect(&config) {
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
            .map_err(|error| StoreError::Postgres(error.to_string()))?;
        match connected.recv() {
            Ok(Ok(())) => Ok(Connection { jobs, closed }),
            Ok(Err(error)) => Err(connect_error(shown, &error)),
            Err(_) => Err(StoreError::Postgres("the connection's thread ended".into())),
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
    /// server that is down shows when the store opens.
    pub(in crate::store) fn open(config: Config, shown: String) -> StoreResult<Arc<Pool>> {
        let first = Connection::open(&config, &shown)?;
        Ok(Arc::new(Pool {
            config,
            shown,
            idle: Mutex::new(Idle {
                connections: vec![first],
                open: 1,
            }),
            returned: Condvar::new(),
        }))
    }

    /// A connection for this caller alone until the lease is dropped.
    pub(in crate::store) fn lease(self: &Arc<Pool>) -> StoreResult<Lease> {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(connection) = idle.connections.pop() {
                return Ok(self.leased(connection));
            }
            if idle.open < MAX_CONNECTIONS {
                idle.open += 1;
                drop(idle);
                return match Connection::open(&self.config, &self.shown) {
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

    /// Runs `job` on any connection.
    pub(in crate::store) fn run<R: Send + 'static>(
        self: &Arc<Pool>,
        job: impl FnOnce(&mut Session) -> R + Send + 'static,
    ) -> StoreResult<R> {
        self.lease()?.run(job)
    }

    fn forget_one(&self) {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        idle.open = idle.open.saturating_sub(1);
        self.returned.notify_one();
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
}

impl Drop for Lease {
    fn drop(&mut self) {
        let Some(connection) = self.connection.take() else {
            return;
        };
        if connection.closed.load(Ordering::Acquire) {
            self.pool.forget_one();
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

/// A new client for the database of `config`, on the calling thread.
pub(super) fn connect(config: &Config) -> Result<Client, postgres::Error> {
    config.connect(NoTls)
}

/// Why no connection could be made, in one line (the server's own words when it answered).
pub(super) fn connect_error(shown: &str, error: &postgres::Error) -> StoreError {
    let reason = match error.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            std::error::Error::source(error).map_or_else(|| error.to_string(), |e| e.to_string())
        }
    };
    StoreError::Unreachable {
        location: shown.to_string(),
        reason,
    }
}
