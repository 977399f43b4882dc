//! The SQLite side of `--segments`: the same customers (id, name, country, the first
//! address) and tags (a `WITHOUT ROWID` table keyed by folded tag and customer, the
//! counterpart of `customers.by_tag`) and the same consent events (indexed by channel,
//! address, instant and id, as `consents.by_channel_address`), under the store bench's
//! pragmas. A segment is one query: the tag's holders joined to their customers, the
//! country compared, and consent derived by a correlated subquery — the latest event at or
//! before now that confirms or withdraws the purpose, or objects to any, must be a
//! confirmation. Room: bench. Not a test.

use std::path::Path;
use std::time::Instant;

use anyhow::{Result, bail};
use rusqlite::{Connection, params};

use kontor::domain::fold::fold;

use super::segments::{FILTERS, PAGE, PURPOSE, SideFigures, segment_customer, story};
use super::{DATED, SQLITE_CACHE_KIB, measure};

const SCHEMA: &str = "
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT,
    email TEXT);
CREATE TABLE customer_tags (tag TEXT NOT NULL, customer INTEGER NOT NULL,
    PRIMARY KEY (tag, customer)) WITHOUT ROWID;
CREATE TABLE consent_events (id INTEGER PRIMARY KEY, customer INTEGER NOT NULL,
    channel INTEGER NOT NULL, address TEXT NOT NULL, purpose TEXT NOT NULL,
    action INTEGER NOT NULL, at INTEGER NOT NULL);
CREATE INDEX consent_by_address ON consent_events (channel, address, at, id);
";

/// Channel code of e-mail (kontor's `Channel::Email.tag()`).
const EMAIL: i64 = 1;

/// The members (tag `?1`, country `?2`, consent for `?4` at `?3`); `{select}` and `{tail}`
/// make it the count or a page.
fn query(select: &str, tail: &str) -> String {
    format!(
        "SELECT {select} FROM customer_tags t JOIN customers c ON c.id = t.customer
         WHERE t.tag = ?1 AND c.country = ?2
           AND (SELECT e.action FROM consent_events e
                WHERE e.channel = {EMAIL} AND e.address = c.email AND e.at <= ?3
                  AND (e.action = 3 OR (e.purpose = ?4 AND e.action IN (1, 2)))
                ORDER BY e.at DESC, e.id DESC LIMIT 1) = 1
         {tail}"
    )
}

fn import(conn: &mut Connection, customers: u64) -> Result<f64> {
    let mut taken = 0.0;
    let mut next = 0;
    let mut event_id = 0i64;
    while next < customers {
        let end = (next + 10_000).min(customers);
        let batch = (next..end)
            .map(|index| Ok((index, segment_customer(index)?, story(index))))
            .collect::<Result<Vec<_>>>()?;
        let at = Instant::now();
        let tx = conn.transaction()?;
        {
            let mut customer = tx.prepare_cached(
                "INSERT INTO customers (id, name, country, email) VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut tag = tx.prepare_cached("INSERT INTO customer_tags VALUES (?1, ?2)")?;
            let mut event = tx
                .prepare_cached("INSERT INTO consent_events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
            for (index, record, steps) in &batch {
                let id = index + 1;
                let email = record.emails.first().cloned().unwrap_or_default();
                let country = record.addresses.first().and_then(|a| a.country);
                customer.execute(params![
                    id,
                    record.name,
                    country.map(|c| c.code().to_string()),
                    email
                ])?;
                for own in &record.tags {
                    tag.execute(params![fold(own), id])?;
                }
                for step in steps {
                    event_id += 1;
                    event.execute(params![
                        event_id,
                        id,
                        EMAIL,
                        email,
                        step.purpose,
                        step.said as i64,
                        step.at.unix_timestamp()
                    ])?;
                }
            }
        }
        tx.commit()?;
        taken += at.elapsed().as_secs_f64();
        next = end;
    }
    Ok(taken)
}

fn members(conn: &Connection, filter: usize, page: bool) -> Result<Vec<u64>> {
    let (tag, country) = FILTERS[filter % FILTERS.len()];
    let now = DATED.unix_timestamp();
    if page {
        let mut statement =
            conn.prepare_cached(&query("c.id", &format!("ORDER BY t.customer LIMIT {PAGE}")))?;
        let rows = statement.query_map(params![fold(tag), country, now, PURPOSE], |row| {
            row.get::<_, i64>(0)
        })?;
        let mut ids = Vec::new();
        for id in rows {
            ids.push(u64::try_from(id?)?);
        }
        return Ok(ids);
    }
    let mut statement = conn.prepare_cached(&query("COUNT(*)", ""))?;
    let count: i64 =
        statement.query_row(params![fold(tag), country, now, PURPOSE], |row| row.get(0))?;
    Ok(vec![u64::try_from(count)?])
}

pub fn run(dir: &Path, customers: u64, runs: usize) -> Result<SideFigures> {
    eprintln!("segments: SQLite importing {customers} customers and their consent ...");
    let path = dir.join("segments.sqlite");
    if path.exists() {
        bail!("{} exists already", path.display());
    }
    let mut conn = Connection::open(&path)?;
    conn.execute_batch(&format!(
        "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
         PRAGMA cache_size=-{SQLITE_CACHE_KIB};"
    ))?;
    conn.execute_batch(SCHEMA)?;
    let import_secs = import(&mut conn, customers)?;
    conn.execute_batch("ANALYZE;")?;
    let mut answers = Vec::new();
    for filter in 0..FILTERS.len() {
        let count = members(&conn, filter, false)?;
        let count = usize::try_from(count.first().copied().unwrap_or(0))?;
        answers.push((count, members(&conn, filter, true)?));
    }
    let queries: Vec<usize> = (0..runs).map(|run| run % FILTERS.len()).collect();
    eprintln!("segments: SQLite evaluating ...");
    let count = measure(&queries, |&filter| members(&conn, filter, false))?;
    let page = measure(&queries, |&filter| members(&conn, filter, true))?;
    Ok(SideFigures {
        import_secs,
        count,
        page,
        answers,
    })
}
