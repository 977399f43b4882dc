//! The SQLite side of `--search`: the customers' and interactions' texts in plain tables,
//! imported once without and once with FTS5, and the first page of a query from FTS5.
//! Room: bench. Not a test.
//!
//! Same tokens: each record's FTS5 row is the words kontor's index gets
//! (`domain::words::words` of the same fields), made safe for FTS5's `unicode61` tokenizer
//! (`remove_diacritics 0`, every character but letters and digits written as `_`, which is a
//! token character) — so FTS5 splits a row into exactly kontor's words and the folding is
//! kontor's. A query is parsed by `domain::words::Query::parse` and asked as FTS5 MATCH
//! expressions. The tables are contentless (`content=''`, `columnsize=0`): FTS5 keeps its
//! index only, the texts stay in the plain tables, as kontor keeps its records.
//!
//! Same first page: per kind (customers, then interactions) the records matching every
//! word whole, newest (highest id) first, then — when the last word is a prefix and the
//! page is not full — those matching it only as a prefix, newest first: kontor's ranking
//! on these records, whose ids grow with their time.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use rusqlite::{Connection, params};

use kontor::domain::words::{Query, Searchable, words};
use kontor::domain::{Customer, Interaction};

use super::data::synthetic_customer;
use super::search::{PAGE, search_interaction};
use super::search_report::Import;
use super::{SQLITE_CACHE_KIB, dir_bytes};

/// Records per transaction.
const BATCH: u64 = 10_000;
/// Bits of a record id in an FTS5 row id (`row_key`): up to 16.7 million records.
const ID_BITS: u32 = 24;
const ID_MASK: i64 = (1 << ID_BITS) - 1;
/// Most records of a kind the row ids hold.
pub const MAX_RECORDS: u64 = ID_MASK as u64;

const TABLES: &str = "
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, contacts TEXT NOT NULL,
    notes TEXT NOT NULL, tags TEXT NOT NULL, created INTEGER NOT NULL);
CREATE TABLE interactions (id INTEGER PRIMARY KEY, customer INTEGER NOT NULL,
    at INTEGER NOT NULL, contact TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
    outcome TEXT NOT NULL);
";

/// Where `build` keeps the FTS5 database in the work directory.
const FTS_DIR: &str = "sqlite-fts";

/// The word tables of the FTS5 database, in the order of a page.
const WORD_TABLES: [&str; 2] = ["customer_words", "interaction_words"];

/// The FTS5 database, open for queries.
pub struct Fts {
    conn: Connection,
}

impl Fts {
    /// Imports the texts into `work/sqlite-plain.db` (then removed) and
    /// `work/sqlite-fts.db`; `prefix` is FTS5's `prefix` option. Returns the database and
    /// the imports without and with FTS5.
    pub fn build(
        work: &Path,
        customers: u64,
        interactions: u64,
        prefix: &str,
    ) -> Result<(Fts, Import, Import)> {
        let plain = work.join("sqlite-plain");
        let plain_import = import(&plain, customers, interactions, None)?;
        std::fs::remove_dir_all(&plain)?;
        let fts_dir = work.join(FTS_DIR);
        let fts_import = import(&fts_dir, customers, interactions, Some(prefix))?;
        Ok((Fts::open(work)?, plain_import, fts_import))
    }

    /// Opens the FTS5 database `build` made in `work`.
    pub fn open(work: &Path) -> Result<Fts> {
        Ok(Fts {
            conn: open(&work.join(FTS_DIR))?,
        })
    }

    /// The first page of `text`: the ids of up to `PAGE` customers, then of up to `PAGE`
    /// interactions.
    pub fn page(&self, text: &str) -> Result<Vec<u64>> {
        let query = Query::parse(text);
        let Some((whole, prefix)) = expressions(&query) else {
            return Ok(Vec::new());
        };
        let mut ids = Vec::new();
        for table in WORD_TABLES {
            let before = ids.len();
            self.ask(table, &whole, PAGE, &mut ids)?;
            let found = ids.len() - before;
            if let Some(prefix) = &prefix
                && found < PAGE
            {
                self.ask(table, prefix, PAGE - found, &mut ids)?;
            }
        }
        Ok(ids)
    }

    fn ask(&self, table: &str, expression: &str, limit: usize, ids: &mut Vec<u64>) -> Result<()> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid DESC LIMIT ?2"
        ))?;
        let rows = statement.query_map(params![expression, limit as i64], |row| {
            row.get::<_, i64>(0)
        })?;
        for row in rows {
            ids.push(id_of(row?));
        }
        Ok(())
    }
}

/// The MATCH expressions of a query: every word whole; and, when the last word is also a
/// prefix, the records with it only as a prefix.
fn expressions(query: &Query) -> Option<(String, Option<String>)> {
    if query.is_empty() {
        return None;
    }
    let quoted = |atoms: &[String]| {
        let safe: Vec<String> = atoms.iter().map(|atom| safe(atom)).collect();
        format!("\"{}\"", safe.join(" "))
    };
    let terms: Vec<String> = query
        .terms
        .iter()
        .map(|term| quoted(std::slice::from_ref(&term.word)))
        .collect();
    let phrases: Vec<String> = query.phrases.iter().map(|phrase| quoted(phrase)).collect();
    let whole = terms
        .iter()
        .chain(&phrases)
        .cloned()
        .collect::<Vec<_>>()
        .join(" AND ");
    let prefix = query.terms.last().filter(|term| term.prefix).map(|_| {
        let (last, others) = terms
            .split_last()
            .map_or((String::new(), &[][..]), |(l, o)| (l.clone(), o));
        let mut parts: Vec<String> = others.iter().chain(&phrases).cloned().collect();
        parts.push(format!("{last}*"));
        format!("({}) NOT {last}", parts.join(" AND "))
    });
    Some((whole, prefix))
}

/// A kontor word as one FTS5 `unicode61` token: letters and digits kept, anything else `_`.
fn safe(word: &str) -> String {
    word.chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect()
}

/// The words of the texts, as one FTS5 row.
fn row_words<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for text in texts {
        for word in words(text) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&safe(&word));
        }
    }
    out
}

/// The FTS5 row id of a record: its moment (seconds) above its id inverted, so that
/// `ORDER BY rowid DESC` is kontor's order — newest first, the lower id first within a
/// second.
fn row_key(record: &impl Searchable, id: u64) -> i64 {
    (record.moment().unix_timestamp() << ID_BITS) | (ID_MASK - id as i64)
}

/// The record id of an FTS5 row id.
fn id_of(rowid: i64) -> u64 {
    (ID_MASK - (rowid & ID_MASK)) as u64
}

/// The words of a record's searched texts, as one FTS5 row.
fn record_words(record: &impl Searchable) -> String {
    row_words(record.texts().iter().map(|(_, text)| text.as_ref()))
}

fn open(dir: &Path) -> Result<Connection> {
    std::fs::create_dir_all(dir)?;
    let conn = Connection::open(db_path(dir))?;
    conn.execute_batch(&format!(
        "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; \
         PRAGMA cache_size=-{SQLITE_CACHE_KIB};"
    ))?;
    Ok(conn)
}

fn db_path(dir: &Path) -> PathBuf {
    dir.join("search.db")
}

/// Imports the texts into a fresh database in `dir`, with FTS5 (its `prefix` option) when
/// `fts` is given; the word lists are made inside the timed part.
fn import(dir: &Path, customers: u64, interactions: u64, fts: Option<&str>) -> Result<Import> {
    let side = if fts.is_some() {
        "SQLite FTS5"
    } else {
        "SQLite"
    };
    eprintln!("search: {side} importing ...");
    let mut conn = open(dir)?;
    conn.execute_batch(TABLES)?;
    if let Some(prefix) = fts {
        let prefix = if prefix.is_empty() {
            String::new()
        } else {
            format!(", prefix='{prefix}'")
        };
        for table in WORD_TABLES {
            conn.execute_batch(&format!(
                "CREATE VIRTUAL TABLE {table} USING fts5(words, content='', columnsize=0, \
                 tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\"{prefix});"
            ))?;
        }
    }
    let mut customer_secs = 0.0;
    let mut next = 0;
    while next < customers {
        let end = (next + BATCH).min(customers);
        let batch: Vec<Customer> = (next..end).map(synthetic_customer).collect();
        let at = Instant::now();
        let tx = conn.transaction()?;
        {
            let mut row =
                tx.prepare_cached("INSERT INTO customers VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
            let mut word_row = tx
                .prepare_cached("INSERT INTO customer_words (rowid, words) VALUES (?1, ?2)")
                .ok();
            for (offset, customer) in batch.iter().enumerate() {
                let id = (next + offset as u64 + 1) as i64;
                let contacts: Vec<&str> =
                    customer.contacts.iter().map(|c| c.name.as_str()).collect();
                row.execute(params![
                    id,
                    customer.name,
                    contacts.join("\n"),
                    customer.notes,
                    customer.tags.join("\n"),
                    customer.created.unix_timestamp()
                ])?;
                if let Some(word_row) = word_row.as_mut() {
                    word_row.execute(params![
                        row_key(customer, id as u64),
                        record_words(customer)
                    ])?;
                }
            }
        }
        tx.commit()?;
        customer_secs += at.elapsed().as_secs_f64();
        next = end;
    }
    let mut interaction_secs = 0.0;
    next = 0;
    while next < interactions {
        let end = (next + BATCH).min(interactions);
        let batch: Vec<Interaction> = (next..end)
            .map(|index| search_interaction(index, interactions, customers))
            .collect();
        let at = Instant::now();
        let tx = conn.transaction()?;
        {
            let mut row =
                tx.prepare_cached("INSERT INTO interactions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
            let mut word_row = tx
                .prepare_cached("INSERT INTO interaction_words (rowid, words) VALUES (?1, ?2)")
                .ok();
            for (offset, interaction) in batch.iter().enumerate() {
                let id = (next + offset as u64 + 1) as i64;
                row.execute(params![
                    id,
                    interaction.customer_id as i64,
                    interaction.at.unix_timestamp(),
                    interaction.contact,
                    interaction.subject,
                    interaction.body,
                    interaction.outcome
                ])?;
                if let Some(word_row) = word_row.as_mut() {
                    word_row.execute(params![
                        row_key(interaction, id as u64),
                        record_words(interaction)
                    ])?;
                }
            }
        }
        tx.commit()?;
        interaction_secs += at.elapsed().as_secs_f64();
        next = end;
    }
    let at = Instant::now();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .context("checkpointing")?;
    let secs = customer_secs + interaction_secs + at.elapsed().as_secs_f64();
    drop(conn);
    Ok(Import {
        customers_per_sec: customers as f64 / customer_secs.max(1e-9),
        interactions_per_sec: interactions as f64 / interaction_secs.max(1e-9),
        secs,
        disk_mb: dir_bytes(dir) as f64 / 1e6,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use kontor::core::Actor;
    use kontor::store::Store;

    #[test]
    fn row_ids_order_newest_first_and_the_lower_id_first_within_a_second() {
        let mut early = search_interaction(10, 1_000, 100);
        let mut late = early.clone();
        late.at = early.at + time::Duration::seconds(1);
        early.at = late.at - time::Duration::seconds(1);
        assert!(row_key(&late, 3) > row_key(&early, 9));
        // The same second: id 5 before id 7 when read by descending row id.
        assert!(row_key(&early, 5) > row_key(&early, 7));
        assert_eq!(id_of(row_key(&early, 5)), 5);
        assert_eq!(id_of(row_key(&late, MAX_RECORDS)), MAX_RECORDS);
    }

    #[test]
    fn queries_become_match_expressions_of_kontors_words() {
        let (whole, prefix) = expressions(&Query::parse("Schn")).unwrap();
        assert_eq!(whole, "\"schn\"");
        assert_eq!(prefix.as_deref(), Some("(\"schn\"*) NOT \"schn\""));
        let (whole, prefix) = expressions(&Query::parse("RE-2000123")).unwrap();
        assert_eq!(whole, "\"re_2000123\"");
        assert_eq!(
            prefix.as_deref(),
            Some("(\"re_2000123\"*) NOT \"re_2000123\"")
        );
        let (whole, prefix) = expressions(&Query::parse("Reklamation Weber")).unwrap();
        assert_eq!(whole, "\"reklamation\" AND \"weber\"");
        assert_eq!(
            prefix.as_deref(),
            Some("(\"reklamation\" AND \"weber\"*) NOT \"weber\"")
        );
        let (whole, prefix) = expressions(&Query::parse("\"Rückruf vereinbart\" ab")).unwrap();
        assert_eq!(whole, "\"ab\" AND \"ruckruf vereinbart\"");
        assert_eq!(prefix, None);
        assert!(expressions(&Query::parse("  ")).is_none());
    }

    #[test]
    fn a_reference_becomes_its_words_for_fts5() {
        assert_eq!(
            row_words(["Reklamation RE-2000123"]),
            "reklamation re_2000123 re 2000123"
        );
        assert_eq!(row_words(["Straße", "Müller"]), "strasse muller");
    }

    /// Both sides, filled with the same records, return the same first pages for every
    /// class of the benchmark's queries — what makes their timings comparable.
    #[test]
    fn kontor_and_fts5_return_the_same_first_pages() {
        let (customers, interactions) = (2_000, 12_000);
        let work = tempfile::tempdir().unwrap();
        let dir = work.path().join("kontor");
        let store = Store::open(&dir).unwrap();
        let mut bulk = store.bulk_insert::<Customer>(customers).unwrap();
        let mut records: Vec<Customer> = (0..customers).map(synthetic_customer).collect();
        bulk.write(&mut records).unwrap();
        bulk.finish().unwrap();
        let mut bulk = store.bulk_insert::<Interaction>(interactions).unwrap();
        let mut records: Vec<Interaction> = (0..interactions)
            .map(|index| search_interaction(index, interactions, customers))
            .collect();
        bulk.write(&mut records).unwrap();
        bulk.finish().unwrap();
        let (fts, _, _) = Fts::build(work.path(), customers, interactions, "").unwrap();
        let actor = Actor::local("bench");
        let classes = super::super::search::warm_classes(customers, interactions, 60);
        let mut compared = 0;
        for class in &classes {
            for text in &class.texts {
                let kontor = super::super::search::kontor_page(&store, &actor, text).unwrap();
                let sqlite = fts.page(text).unwrap();
                assert!(!kontor.is_empty(), "{text}: no hits");
                assert_eq!(kontor, sqlite, "{text}");
                compared += 1;
            }
        }
        assert_eq!(compared, 4 * 60);
    }
}
