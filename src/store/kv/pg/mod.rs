//! The store's trees on PostgreSQL: one table `kontor_kv (tree, key, value)` with the
//! primary key (tree, key), whose b-tree gives each tree its byte order (bytea compares as
//! bytes). One table rather than one per tree: the schema is the same for every release's
//! list of trees, and a transaction's writes over many trees go out in one statement.
//! kontor creates and upgrades the schema itself (`UPGRADES`, recorded in
//! `kontor_schema`), under an advisory lock so that processes opening at once do it once.
//! Processes on one database hear each other's commits through NOTIFY (`listen`).
//! Room: store.

mod cursor;
mod listen;
mod lost;
mod pool;
mod tls;
mod transaction;

pub(in crate::store) use cursor::Cursor;
pub(in crate::store) use listen::Listening;
pub(in crate::store) use transaction::Transaction;

use std::ops::Bound;
use std::sync::Arc;

use postgres::Config;

use super::super::error::{StoreError, StoreResult};
use super::super::feed::Elsewhere;
use super::super::written::Written;
use super::Attempt;
use pool::Pool;

/// The statements of the key-value layer.
mod sql {
    pub(super) const GET: &str = "SELECT value FROM kontor_kv WHERE tree = $1 AND key = $2";
    pub(super) const PUT: &str = "INSERT INTO kontor_kv (tree, key, value) VALUES ($1, $2, $3) \
         ON CONFLICT (tree, key) DO UPDATE SET value = EXCLUDED.value";
    pub(super) const PUT_MANY: &str = "INSERT INTO kontor_kv (tree, key, value) \
         SELECT * FROM unnest($1::text[], $2::bytea[], $3::bytea[]) \
         ON CONFLICT (tree, key) DO UPDATE SET value = EXCLUDED.value";
    pub(super) const REMOVE: &str = "DELETE FROM kontor_kv WHERE tree = $1 AND key = $2";
    pub(super) const REMOVE_MANY: &str = "DELETE FROM kontor_kv USING \
         unnest($1::text[], $2::bytea[]) AS gone (tree, key) \
         WHERE kontor_kv.tree = gone.tree AND kontor_kv.key = gone.key";
    pub(super) const NOTIFY: &str = "SELECT pg_notify($1, $2)";
    pub(super) const CLEAR: &str = "DELETE FROM kontor_kv WHERE tree = $1";
    pub(super) const COUNT: &str = "SELECT count(*) FROM kontor_kv WHERE tree = $1";
    pub(super) const ANY: &str = "SELECT EXISTS (SELECT 1 FROM kontor_kv WHERE tree = $1)";
    pub(super) const RANGE_UP: &str = "SELECT key, value FROM kontor_kv \
         WHERE tree = $1 AND key >= $2 AND key < $3 ORDER BY key LIMIT $4";
    pub(super) const RANGE_DOWN: &str = "SELECT key, value FROM kontor_kv \
         WHERE tree = $1 AND key >= $2 AND key < $3 ORDER BY key DESC LIMIT $4";
    pub(super) const FROM_UP: &str = "SELECT key, value FROM kontor_kv \
         WHERE tree = $1 AND key >= $2 ORDER BY key LIMIT $3";
    pub(super) const FROM_DOWN: &str = "SELECT key, value FROM kontor_kv \
         WHERE tree = $1 AND key >= $2 ORDER BY key DESC LIMIT $3";
}

/// The schema's steps, in order: the database is at version n when the first n have run.
/// Never edit a released step; add one.
const UPGRADES: &[&str] = &["CREATE TABLE kontor_kv (
        tree text NOT NULL,
        key bytea NOT NULL,
        value bytea NOT NULL,
        PRIMARY KEY (tree, key)
    )"];

/// The advisory lock held while the schema is created or upgraded ("kontor" in ASCII).
const SCHEMA_LOCK: i64 = 0x6b6f_6e74_6f72;

/// An open PostgreSQL database.
pub(in crate::store) struct Pg {
    pool: Arc<Pool>,
    config: Config,
    tls: tls::Tls,
    /// The database as the user may see it (no password).
    shown: String,
    /// Names this store in the notifications of its commits, so that it skips its own.
    tag: Arc<str>,
}

impl Pg {
    /// Connects to the database at `url` (`postgres://…` or libpq's `key=value` words, TLS
    /// as its `sslmode` says) and brings its schema up to date.
    pub(in crate::store) fn open(url: &str) -> StoreResult<Pg> {
        let shown = without_password(url);
        let (config, tls) = tls::configure(url).map_err(|reason| StoreError::BadAddress {
            location: shown.clone(),
            reason,
        })?;
        let pool = Pool::open(config.clone(), tls.clone(), shown.clone())?;
        pool.call(upgrade_schema)??;
        let tag = format!("{:016x}", fastrand::u64(..)).into();
        Ok(Pg {
            pool,
            config,
            tls,
            shown,
            tag,
        })
    }

    pub(in crate::store) fn tree(&self, name: &'static str) -> Tree {
        Tree {
            pool: Arc::clone(&self.pool),
            name,
        }
    }

    pub(in crate::store) fn transaction<R>(
        &self,
        work: impl Fn(&Transaction) -> Attempt<R>,
    ) -> StoreResult<R> {
        transaction::run(&self.pool, &self.tag, work)
    }

    /// Tells the other processes what `written` changed, after it was written outside a
    /// transaction. A notification that cannot be sent is not an error of the write, which
    /// stands: their screens show it at their next refresh.
    pub(in crate::store) fn announce(&self, written: &Written) {
        if let Some(payload) = listen::payload(&self.tag, written) {
            let _ = self.pool.call(move |session| {
                session
                    .query(sql::NOTIFY, &[&listen::CHANNEL, &payload])
                    .map(|_| ())
            });
        }
    }

    /// Calls `each` with what other processes commit, until the result is dropped.
    pub(in crate::store) fn listen(
        &self,
        each: impl FnMut(Elsewhere) + Send + 'static,
    ) -> StoreResult<Listening> {
        listen::listen(
            &self.config,
            &self.tls,
            &self.shown,
            &self.pool,
            &self.tag,
            each,
        )
    }
}

/// Runs the schema steps the database has not had yet, in one transaction that leaves the
/// same schema however often it runs (again after a lost connection).
fn upgrade_schema(session: &mut pool::Session) -> Result<StoreResult<()>, postgres::Error> {
    session.batch(&format!(
        "BEGIN; SELECT pg_advisory_xact_lock({SCHEMA_LOCK}); \
         CREATE TABLE IF NOT EXISTS kontor_schema (version integer NOT NULL)"
    ))?;
    let rows = session.query("SELECT coalesce(max(version), 0) FROM kontor_schema", &[])?;
    let version = rows.first().map_or(0, |row| row.get::<_, i32>(0));
    let known = UPGRADES.len();
    let Some(missing) = usize::try_from(version)
        .ok()
        .and_then(|done| UPGRADES.get(done..))
    else {
        session.batch("ROLLBACK")?;
        return Ok(Err(StoreError::Postgres(format!(
            "the database's schema version {version} is newer than this kontor's ({known}); \
             use a newer kontor"
        ))));
    };
    for step in missing {
        session.batch(step)?;
    }
    session.batch(&format!(
        "DELETE FROM kontor_schema; INSERT INTO kontor_schema VALUES ({known}); COMMIT"
    ))?;
    Ok(Ok(()))
}

/// `url` (a URL or libpq's `key=value` words) with its password, if any, replaced by `***`:
/// what messages may show.
pub(in crate::store) fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url
            .split_whitespace()
            .map(|word| match word.split_once('=') {
                Some(("password", _)) => "password=***",
                _ => word,
            })
            .collect::<Vec<_>>()
            .join(" ");
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((user_info, host)) => match user_info.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}{path}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// A failed statement, in the server's words when it answered.
pub(super) fn database_error(error: &postgres::Error) -> StoreError {
    match error.as_db_error() {
        Some(db) => StoreError::Postgres(format!("{} ({})", db.message(), db.code().code())),
        None => StoreError::Postgres(error.to_string()),
    }
}

/// One tree of a PostgreSQL store.
#[derive(Clone)]
pub(in crate::store) struct Tree {
    pool: Arc<Pool>,
    name: &'static str,
}

impl Tree {
    /// Runs one statement with the tree's name as `$1` and `key` (when given) as `$2`,
    /// returning what `read` makes of the rows (again on a new connection when one is lost:
    /// every statement of a tree outside a transaction may run twice).
    fn query<R: Send + 'static>(
        &self,
        sql: &'static str,
        key: Option<Vec<u8>>,
        read: impl Fn(Vec<postgres::Row>) -> R + Send + Sync + 'static,
    ) -> StoreResult<R> {
        let tree = self.name;
        self.pool.call(move |session| {
            let rows = match &key {
                Some(key) => session.query(sql, &[&tree, key]),
                None => session.query(sql, &[&tree]),
            };
            rows.map(&read)
        })
    }

    pub(in crate::store) fn get(&self, key: &[u8]) -> StoreResult<Option<Vec<u8>>> {
        self.query(sql::GET, Some(key.to_vec()), |rows| {
            rows.first().map(|row| row.get::<_, Vec<u8>>(0))
        })
    }

    pub(in crate::store) fn insert(&self, key: &[u8], value: &[u8]) -> StoreResult<()> {
        let (tree, key, value) = (self.name, key.to_vec(), value.to_vec());
        self.pool
            .call(move |session| session.query(sql::PUT, &[&tree, &key, &value]).map(|_| ()))
    }

    pub(in crate::store) fn insert_all(&self, pairs: Vec<(Vec<u8>, Vec<u8>)>) -> StoreResult<()> {
        let trees = vec![self.name; pairs.len()];
        let (keys, values): (Vec<Vec<u8>>, Vec<Vec<u8>>) = pairs.into_iter().unzip();
        self.pool.call(move |session| {
            session
                .query(sql::PUT_MANY, &[&trees, &keys, &values])
                .map(|_| ())
        })
    }

    pub(in crate::store) fn remove(&self, key: &[u8]) -> StoreResult<()> {
        self.query(sql::REMOVE, Some(key.to_vec()), |_| ())
    }

    pub(in crate::store) fn clear(&self) -> StoreResult<()> {
        self.query(sql::CLEAR, None, |_| ())
    }

    pub(in crate::store) fn len(&self) -> StoreResult<usize> {
        let count = self.query(sql::COUNT, None, |rows| {
            rows.first().map_or(0, |row| row.get::<_, i64>(0))
        })?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    pub(in crate::store) fn is_empty(&self) -> StoreResult<bool> {
        let any = self.query(sql::ANY, None, |rows| {
            rows.first().is_some_and(|row| row.get::<_, bool>(0))
        })?;
        Ok(!any)
    }

    /// The entries between the bounds, a page at a time.
    pub(in crate::store) fn range(&self, start: Bound<Vec<u8>>, end: Bound<Vec<u8>>) -> Cursor {
        let low = match start {
            Bound::Included(key) => key,
            Bound::Excluded(mut key) => {
                key.push(0);
                key
            }
            Bound::Unbounded => Vec::new(),
        };
        let high = match end {
            Bound::Included(mut key) => {
                key.push(0);
                Some(key)
            }
            Bound::Excluded(key) => Some(key),
            Bound::Unbounded => None,
        };
        Cursor::new(Arc::clone(&self.pool), self.name, low, high)
    }
}

#[cfg(test)]
mod tests {
    use super::without_password;

    #[test]
    fn a_shown_address_hides_the_password_only() {
        assert_eq!(
            without_password("postgres://anna:geheim@db.example:5432/kontor"),
            "postgres://anna:***@db.example:5432/kontor"
        );
        assert_eq!(
            without_password("postgres://anna@db/kontor"),
            "postgres://anna@db/kontor"
        );
        assert_eq!(
            without_password("host=db1,db2 user=anna password=geheim dbname=kontor"),
            "host=db1,db2 user=anna password=*** dbname=kontor"
        );
    }
}
