//! The SQLite side of kontor-bench: the same customers in tables with the same secondary
//! indexes (WAL, synchronous=NORMAL, a page cache as large as sled's), imported in the same
//! batches and queried the same way, so each figure compares equal work. Room: bench.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow, bail};
use rusqlite::{Connection, OptionalExtension, Row, Statement, params};
use time::OffsetDateTime;

use kontor::domain::fold::{fold, word_starts};
use kontor::domain::phone::PhoneQuery;
use kontor::domain::{Address, Country, Customer, CustomerKind, CustomerStatus, Phone};

use super::data::{Workload, synthetic_customer};
use super::{Args, Figures, NAME_PAGE, PHONE_LIMIT, PHONE_PAGE, Progress, SQLITE_CACHE_KIB};
use super::{mb, measure, proc_status_kb};

const SCHEMA: &str = "
CREATE TABLE customers(
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    name TEXT NOT NULL,
    folded_name TEXT NOT NULL,
    status INTEGER NOT NULL,
    owner TEXT NOT NULL,
    email TEXT NOT NULL,
    notes TEXT NOT NULL,
    street TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    region TEXT NOT NULL,
    country TEXT,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX customers_by_status ON customers(status);
CREATE INDEX customers_by_owner ON customers(owner);
CREATE INDEX customers_by_email ON customers(email);
CREATE TABLE customer_phones(
    customer_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    raw TEXT NOT NULL,
    e164 TEXT NOT NULL,
    reversed_digits BLOB NOT NULL,
    PRIMARY KEY(customer_id, seq)
) WITHOUT ROWID;
CREATE INDEX customer_phones_by_digits ON customer_phones(reversed_digits);
CREATE INDEX customer_phones_by_e164 ON customer_phones(e164);
CREATE TABLE customer_tags(
    customer_id INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY(customer_id, tag)
) WITHOUT ROWID;
CREATE INDEX customer_tags_by_tag ON customer_tags(tag);
CREATE TABLE customer_names(
    folded_suffix BLOB NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY(folded_suffix, customer_id)
) WITHOUT ROWID;
";

const CUSTOMER_COLUMNS: &str = "c.id, c.kind, c.name, c.folded_name, c.status, c.owner, \
    c.email, c.notes, c.street, c.postal_code, c.city, c.region, c.country, c.created, \
    c.updated, c.version";

pub(crate) fn run_sqlite(args: &Args, path: &Path, workload: &Workload) -> Result<Figures> {
    eprintln!("SQLite: importing {} customers ...", args.customers);
    let conn = Connection::open(path)?;
    conn.execute_batch(&format!(
        "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; \
         PRAGMA cache_size=-{SQLITE_CACHE_KIB};"
    ))?;
    conn.execute_batch(SCHEMA)?;
    let import_secs = sqlite_import(&conn, args)?;
    let hwm_after_import_mb = proc_status_kb("self", "VmHWM:").map(mb);
    eprintln!("SQLite: imported in {import_secs:.1} s");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    let disk_mb = sqlite_bytes(path) as f64 / 1e6;

    let mut reader = SqlReader::new(&conn)?;
    eprintln!("SQLite: point reads ...");
    let point = measure(&workload.points, |&index| {
        let id = index + 1;
        match reader.get(id)? {
            Some(customer) => Ok(vec![customer.id]),
            None => bail!("SQLite lost customer {id}"),
        }
    })?;
    eprintln!("SQLite: phone fragments ...");
    let phone = measure(&workload.phones, |query| {
        let hits = reader.find_by_phone(query)?;
        Ok(hits.iter().map(|(_, customer)| customer.id).collect())
    })?;
    eprintln!("SQLite: name prefixes ...");
    let name = measure(&workload.names, |prefix| {
        let hits = reader.find_by_name(prefix, NAME_PAGE)?;
        Ok(hits.iter().map(|(_, customer)| customer.id).collect())
    })?;
    let hwm_end_mb = proc_status_kb("self", "VmHWM:").map(mb);
    drop(reader);
    conn.close().map_err(|(_, error)| error)?;
    Ok(Figures {
        import_rate: args.customers as f64 / import_secs.max(1e-9),
        import_secs,
        point,
        phone,
        name,
        disk_mb,
        hwm_after_import_mb,
        hwm_end_mb,
    })
}

/// Imports the customers (ids 1..=N), one transaction per batch; returns the seconds spent
/// writing.
fn sqlite_import(conn: &Connection, args: &Args) -> Result<f64> {
    let mut customers = conn.prepare(
        "INSERT INTO customers(id, kind, name, folded_name, status, owner, email, notes, street, \
         postal_code, city, region, country, created, updated, version) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    let mut phones = conn.prepare(
        "INSERT INTO customer_phones(customer_id, seq, raw, e164, reversed_digits) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut tags = conn.prepare("INSERT INTO customer_tags(customer_id, tag) VALUES (?1, ?2)")?;
    let mut names =
        conn.prepare("INSERT INTO customer_names(folded_suffix, customer_id) VALUES (?1, ?2)")?;
    let no_address = Address::default();
    let mut elapsed = Duration::ZERO;
    let mut batch: Vec<Customer> = Vec::with_capacity(args.batch);
    let mut next = 0u64;
    let mut progress = Progress::new("SQLite", args.customers);
    while next < args.customers {
        let end = (next + args.batch as u64).min(args.customers);
        batch.clear();
        batch.extend((next..end).map(|index| {
            let mut customer = synthetic_customer(index);
            customer.id = index + 1;
            customer.version = 1;
            customer
        }));
        let at = Instant::now();
        conn.execute_batch("BEGIN")?;
        for customer in &batch {
            let id = i64::try_from(customer.id)?;
            let folded = fold(&customer.name);
            let address = customer.addresses.first().unwrap_or(&no_address);
            customers.execute(params![
                id,
                kind_number(customer.kind),
                customer.name,
                folded,
                customer.status as u8,
                customer.owner,
                customer.emails.first().map_or("", String::as_str),
                customer.notes,
                address.street,
                address.postal_code,
                address.city,
                address.region,
                address.country.as_ref().map(Country::code),
                nanos(customer.created)?,
                nanos(customer.updated)?,
                i64::try_from(customer.version)?,
            ])?;
            for (seq, phone) in customer.phones.iter().enumerate() {
                phones.execute(params![
                    id,
                    seq as i64,
                    phone.raw,
                    phone.e164,
                    phone.reversed_digits().into_bytes()
                ])?;
            }
            for tag in &customer.tags {
                tags.execute(params![id, tag])?;
            }
            let mut suffixes: Vec<&str> = word_starts(&folded)
                .into_iter()
                .filter_map(|start| folded.get(start..))
                .collect();
            suffixes.sort_unstable();
            suffixes.dedup();
            for suffix in suffixes {
                names.execute(params![suffix.as_bytes(), id])?;
            }
        }
        conn.execute_batch("COMMIT")?;
        elapsed += at.elapsed();
        next = end;
        progress.show(next, elapsed);
    }
    Ok(elapsed.as_secs_f64())
}

/// Prepared read statements; each read returns whole customers like kontor's.
struct SqlReader<'c> {
    customer: Statement<'c>,
    phones: Statement<'c>,
    tags: Statement<'c>,
    by_phone: Statement<'c>,
    by_phone_start: Statement<'c>,
    by_name: Statement<'c>,
}

impl<'c> SqlReader<'c> {
    fn new(conn: &'c Connection) -> Result<SqlReader<'c>> {
        Ok(SqlReader {
            customer: conn.prepare(&format!(
                "SELECT {CUSTOMER_COLUMNS} FROM customers c WHERE c.id = ?1"
            ))?,
            phones: conn.prepare(
                "SELECT raw, e164 FROM customer_phones WHERE customer_id = ?1 ORDER BY seq",
            )?,
            tags: conn.prepare("SELECT tag FROM customer_tags WHERE customer_id = ?1")?,
            by_phone: conn.prepare(&format!(
                "SELECT p.reversed_digits, p.customer_id FROM customer_phones p \
                 WHERE p.reversed_digits >= ?1 AND p.reversed_digits < ?2 \
                 ORDER BY p.reversed_digits, p.customer_id LIMIT {PHONE_LIMIT}"
            ))?,
            by_phone_start: conn.prepare(&format!(
                "SELECT p.e164, p.customer_id FROM customer_phones p \
                 WHERE p.e164 >= ?1 AND p.e164 < ?2 \
                 ORDER BY p.e164, p.customer_id LIMIT {PHONE_PAGE}"
            ))?,
            by_name: conn.prepare(&format!(
                "SELECT {CUSTOMER_COLUMNS} FROM customer_names n JOIN customers c \
                 ON c.id = n.customer_id WHERE n.folded_suffix >= ?1 AND n.folded_suffix < ?2 \
                 ORDER BY n.folded_suffix, n.customer_id"
            ))?,
        })
    }

    fn get(&mut self, id: u64) -> Result<Option<Customer>> {
        let found = self
            .customer
            .query_row(params![i64::try_from(id)?], |row| Ok(read_customer(row)))
            .optional()?;
        match found {
            Some(read) => {
                let (mut customer, _) = read?;
                load_children(&mut self.phones, &mut self.tags, &mut customer)?;
                Ok(Some(customer))
            }
            None => Ok(None),
        }
    }

    /// Like `find_by_phone`: the first `PHONE_LIMIT` index rows of the reversed prefix (and
    /// the first `PHONE_PAGE` of the numbers beginning as typed, when the query is a number's
    /// beginning), ranked from the number in the (covering) index, then the best
    /// `PHONE_PAGE` customers read whole.
    fn find_by_phone(&mut self, query: &PhoneQuery) -> Result<Vec<(u8, Customer)>> {
        let low = query.reversed_prefix.as_bytes();
        let high = successor(low).ok_or_else(|| anyhow!("phone prefix has no successor"))?;
        let mut best: HashMap<u64, u8> = HashMap::new();
        let mut rows = self.by_phone.query(params![low, high])?;
        while let Some(row) = rows.next()? {
            let reversed: Vec<u8> = row.get(0)?;
            let digits: String = reversed
                .iter()
                .rev()
                .map(|&byte| char::from(byte))
                .collect();
            let id = u64::try_from(row.get::<_, i64>(1)?)?;
            let rank = query.rank_digits(&digits);
            best.entry(id)
                .and_modify(|best| *best = (*best).min(rank))
                .or_insert(rank);
        }
        drop(rows);
        // A query that is the beginning of a number also reads the first page of the numbers
        // beginning so, as kontor does.
        if let Some(leading) = &query.leading {
            let low = format!("+{leading}");
            let high = successor(low.as_bytes())
                .ok_or_else(|| anyhow!("number start has no successor"))?;
            let high = String::from_utf8(high)?;
            let mut rows = self.by_phone_start.query(params![low, high])?;
            while let Some(row) = rows.next()? {
                let e164: String = row.get(0)?;
                let id = u64::try_from(row.get::<_, i64>(1)?)?;
                let rank = query.rank_digits(e164.trim_start_matches('+'));
                best.entry(id)
                    .and_modify(|best| *best = (*best).min(rank))
                    .or_insert(rank);
            }
        }
        let mut ranked: Vec<(u8, u64)> = best.into_iter().map(|(id, rank)| (rank, id)).collect();
        ranked.sort_unstable();
        let mut hits = Vec::with_capacity(PHONE_PAGE);
        for (rank, id) in ranked.into_iter().take(PHONE_PAGE) {
            if let Some(customer) = self.get(id)? {
                hits.push((rank, customer));
            }
        }
        Ok(hits)
    }

    /// Like `find_by_name`: index order, distinct customers, at most `candidates`.
    fn find_by_name(&mut self, folded: &str, candidates: usize) -> Result<Vec<(u8, Customer)>> {
        let low = folded.as_bytes();
        let high = successor(low).ok_or_else(|| anyhow!("name prefix has no successor"))?;
        let mut seen = HashSet::new();
        let mut hits = Vec::new();
        let mut rows = self.by_name.query(params![low, high])?;
        while let Some(row) = rows.next()? {
            let (customer, name) = read_customer(row)?;
            if !seen.insert(customer.id) {
                continue;
            }
            let rank = if name == folded {
                5
            } else if name.starts_with(folded) {
                6
            } else {
                7
            };
            hits.push((rank, customer));
            if hits.len() >= candidates {
                break;
            }
        }
        drop(rows);
        for (_, customer) in &mut hits {
            load_children(&mut self.phones, &mut self.tags, customer)?;
        }
        Ok(hits)
    }
}

/// A customer from a row of `CUSTOMER_COLUMNS`, and its folded name.
fn read_customer(row: &Row<'_>) -> Result<(Customer, String)> {
    let kind = match row.get::<_, i64>(1)? {
        1 => CustomerKind::Person,
        _ => CustomerKind::Company,
    };
    let status = match row.get::<_, i64>(4)? {
        0 => CustomerStatus::Lead,
        1 => CustomerStatus::Prospect,
        2 => CustomerStatus::Customer,
        _ => CustomerStatus::Inactive,
    };
    let email: String = row.get(6)?;
    let country = match row.get::<_, Option<String>>(12)? {
        Some(code) => {
            let bytes = <[u8; 2]>::try_from(code.as_bytes())?;
            Some(Country::try_from(bytes)?)
        }
        None => None,
    };
    let customer = Customer {
        id: u64::try_from(row.get::<_, i64>(0)?)?,
        kind,
        number: String::new(),
        name: row.get(2)?,
        phones: Vec::new(),
        emails: if email.is_empty() {
            Vec::new()
        } else {
            vec![email]
        },
        contacts: Vec::new(),
        addresses: vec![Address {
            street: row.get(8)?,
            postal_code: row.get(9)?,
            city: row.get(10)?,
            region: row.get(11)?,
            country,
        }],
        tags: Vec::new(),
        status,
        owner: row.get(5)?,
        notes: row.get(7)?,
        credit_limit: None,
        tax_treatment: kontor::domain::vat::TaxTreatment::Domestic,
        vat_id: String::new(),
        partial_deliveries: true,
        backorders: true,
        payment_days: None,
        skonto: None,
        buyer_reference: String::new(),
        salutation: Default::default(),
        created: OffsetDateTime::from_unix_timestamp_nanos(i128::from(row.get::<_, i64>(13)?))?,
        updated: OffsetDateTime::from_unix_timestamp_nanos(i128::from(row.get::<_, i64>(14)?))?,
        version: u64::try_from(row.get::<_, i64>(15)?)?,
    };
    Ok((customer, row.get(3)?))
}

fn load_children(
    phones: &mut Statement<'_>,
    tags: &mut Statement<'_>,
    customer: &mut Customer,
) -> Result<()> {
    let id = i64::try_from(customer.id)?;
    let mut rows = phones.query(params![id])?;
    while let Some(row) = rows.next()? {
        customer.phones.push(Phone {
            raw: row.get(0)?,
            e164: row.get(1)?,
        });
    }
    drop(rows);
    let mut rows = tags.query(params![id])?;
    while let Some(row) = rows.next()? {
        customer.tags.push(row.get(0)?);
    }
    Ok(())
}

/// The smallest byte string greater than every string starting with `prefix`.
pub(crate) fn successor(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut bytes = prefix.to_vec();
    while let Some(last) = bytes.pop() {
        if last < u8::MAX {
            bytes.push(last + 1);
            return Some(bytes);
        }
    }
    None
}

fn kind_number(kind: CustomerKind) -> i64 {
    match kind {
        CustomerKind::Company => 0,
        CustomerKind::Person => 1,
    }
}

fn nanos(at: OffsetDateTime) -> Result<i64> {
    Ok(i64::try_from(at.unix_timestamp_nanos())?)
}

fn sqlite_bytes(path: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            std::fs::metadata(PathBuf::from(name)).ok()
        })
        .map(|meta| meta.len())
        .sum()
}
