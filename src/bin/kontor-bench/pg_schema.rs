//! One table with a tree column (kontor's `kontor_kv`) against one table per tree, measured
//! as raw SQL over the same keys and values: the customers' records and every index entry
//! kontor writes for them (`Record::index_entries`), on the access patterns the store uses —
//! a batch of records with their index entries inserted in one SERIALIZABLE transaction
//! (one `unnest` statement for the one table, one per tree for the others), a point read of
//! a record, and an ordered page of 20 keys of the name index under a prefix. Both layouts
//! live in one throw-away database and take turns batch by batch and query by query, so
//! both see the same server and cache. Room: bench.

use std::collections::BTreeMap;
use std::time::Instant;

use anyhow::{Result, anyhow};
use postgres::Client;

use kontor::domain::Customer;
use kontor::store::{Record, encode_with_schema};

use super::data::{Workload, synthetic_customer};
use super::pg_store::Scratch;
use super::sqlite::successor;
use super::{Latency, NAME_PAGE, group, measure, micros};

/// The tree whose prefix pages are read (kontor's name-word index of customers).
const NAME_TREE: &str = "customers.by_name";

/// Keys and values of one batch, by tree.
type Trees = BTreeMap<&'static str, (Vec<Vec<u8>>, Vec<Vec<u8>>)>;

/// The two layouts' SQL.
struct Layout {
    label: &'static str,
    /// Writes one batch inside the open transaction.
    write: fn(&mut postgres::Transaction<'_>, &Trees) -> Result<()>,
    get: String,
    page: String,
    /// Whether the statements take the tree's name as `$1`.
    tree_parameter: bool,
}

/// What one layout measured.
struct Measured {
    import_secs: f64,
    point: Latency,
    page: Latency,
    size_mb: f64,
}

fn one_table() -> Layout {
    Layout {
        label: "one table (tree, key)",
        write: |tx, trees| {
            let (mut names, mut keys, mut values) = (Vec::new(), Vec::new(), Vec::new());
            for (tree, (tree_keys, tree_values)) in trees {
                names.extend(std::iter::repeat_n(*tree, tree_keys.len()));
                keys.extend_from_slice(tree_keys);
                values.extend_from_slice(tree_values);
            }
            tx.execute(
                "INSERT INTO one_kv (tree, key, value) \
                 SELECT * FROM unnest($1::text[], $2::bytea[], $3::bytea[])",
                &[&names, &keys, &values],
            )?;
            Ok(())
        },
        get: "SELECT value FROM one_kv WHERE tree = $1 AND key = $2".into(),
        page: format!(
            "SELECT key FROM one_kv WHERE tree = $1 AND key >= $2 AND key < $3 \
             ORDER BY key LIMIT {NAME_PAGE}"
        ),
        tree_parameter: true,
    }
}

fn per_tree() -> Layout {
    Layout {
        label: "one table per tree",
        write: |tx, trees| {
            for (tree, (keys, values)) in trees {
                tx.execute(
                    &format!(
                        "INSERT INTO {} (key, value) SELECT * FROM unnest($1::bytea[], $2::bytea[])",
                        table(tree)
                    ),
                    &[keys, values],
                )?;
            }
            Ok(())
        },
        get: format!("SELECT value FROM {} WHERE key = $1", table(Customer::TREE)),
        page: format!(
            "SELECT key FROM {} WHERE key >= $1 AND key < $2 ORDER BY key LIMIT {NAME_PAGE}",
            table(NAME_TREE)
        ),
        tree_parameter: false,
    }
}

/// The table of `tree` in the per-tree layout.
fn table(tree: &str) -> String {
    format!("\"tree_{tree}\"")
}

/// Runs the comparison on the server and prints its table.
pub(crate) fn run(server: &str, customers: u64, batch: usize, workload: &Workload) -> Result<()> {
    let scratch = Scratch::create(server, "schema")?;
    let mut client = scratch.connect()?;
    let mut schema = String::from(
        "CREATE TABLE one_kv (tree text NOT NULL, key bytea NOT NULL, value bytea NOT NULL, \
         PRIMARY KEY (tree, key));",
    );
    for tree in std::iter::once(Customer::TREE).chain(Customer::INDEXES.iter().copied()) {
        schema.push_str(&format!(
            "CREATE TABLE {} (key bytea PRIMARY KEY, value bytea NOT NULL);",
            table(tree)
        ));
    }
    client.batch_execute(&schema)?;
    let layouts = [one_table(), per_tree()];
    eprintln!("PostgreSQL schemas: importing {customers} customers into both layouts ...");
    let mut import_secs = [0.0f64; 2];
    let mut next = 0u64;
    while next < customers {
        let end = (next + batch as u64).min(customers);
        let trees = entries(next..end)?;
        // Take turns on who goes first, so neither always meets a warmer server.
        let order = if (next / batch as u64).is_multiple_of(2) {
            [0, 1]
        } else {
            [1, 0]
        };
        for side in order {
            let at = Instant::now();
            let mut tx = client
                .build_transaction()
                .isolation_level(postgres::IsolationLevel::Serializable)
                .start()?;
            (layouts[side].write)(&mut tx, &trees)?;
            tx.commit()?;
            import_secs[side] += at.elapsed().as_secs_f64();
        }
        next = end;
    }
    client.batch_execute("ANALYZE")?;
    let mut measured = Vec::new();
    for (side, layout) in layouts.iter().enumerate() {
        eprintln!("PostgreSQL schemas: {} reads ...", layout.label);
        let (point, page) = reads(&mut client, layout, workload)?;
        measured.push(Measured {
            import_secs: import_secs[side],
            point,
            page,
            size_mb: size_mb(&mut client, side == 0)?,
        });
    }
    print(customers, &layouts, &measured);
    Ok(())
}

/// The records and index entries of the customers `range` (ids from 1), by tree.
fn entries(range: std::ops::Range<u64>) -> Result<Trees> {
    let mut trees = Trees::new();
    for index in range {
        let mut customer = synthetic_customer(index);
        customer.id = index + 1;
        customer.version = 1;
        let record = encode_with_schema(&customer, Customer::SCHEMA, Customer::NAME)?;
        let (keys, values) = trees.entry(Customer::TREE).or_default();
        keys.push(customer.id.to_be_bytes().to_vec());
        values.push(record);
        for entry in customer.index_entries() {
            let (keys, values) = trees.entry(entry.tree).or_default();
            keys.push(entry.key);
            values.push(entry.value);
        }
    }
    // In key order per tree, as kontor's transactions send their writes; a key is written
    // once (one INSERT may not name a key twice).
    for (keys, values) in trees.values_mut() {
        let mut pairs: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
        pairs.extend(keys.drain(..).zip(values.drain(..)));
        (*keys, *values) = pairs.into_iter().unzip();
    }
    Ok(trees)
}

/// Point reads of whole records and pages of the name index, one layout.
fn reads(client: &mut Client, layout: &Layout, workload: &Workload) -> Result<(Latency, Latency)> {
    let get = client.prepare(&layout.get)?;
    let page = client.prepare(&layout.page)?;
    let point = measure(&workload.points, |&index| {
        let key = (index + 1).to_be_bytes().to_vec();
        let rows = if layout.tree_parameter {
            client.query(&get, &[&Customer::TREE, &key])?
        } else {
            client.query(&get, &[&key])?
        };
        Ok(rows.iter().map(|_| index + 1).collect())
    })?;
    let pages = measure(&workload.names, |prefix| {
        let low = prefix.as_bytes().to_vec();
        let high = successor(&low).ok_or_else(|| anyhow!("name prefix has no successor"))?;
        let rows = if layout.tree_parameter {
            client.query(&page, &[&NAME_TREE, &low, &high])?
        } else {
            client.query(&page, &[&low, &high])?
        };
        Ok(rows
            .iter()
            .map(|row| {
                let key: Vec<u8> = row.get(0);
                key.get(key.len().saturating_sub(8)..)
                    .and_then(|id| <[u8; 8]>::try_from(id).ok())
                    .map_or(0, u64::from_be_bytes)
            })
            .collect())
    })?;
    Ok((point, pages))
}

/// Megabytes of the one table (`one`) or of every per-tree table, indexes included.
fn size_mb(client: &mut Client, one: bool) -> Result<f64> {
    let sql = if one {
        "SELECT pg_total_relation_size('one_kv')"
    } else {
        "SELECT sum(pg_total_relation_size(oid))::bigint FROM pg_class \
         WHERE relkind = 'r' AND relname LIKE 'tree\\_%'"
    };
    Ok(client.query_one(sql, &[])?.get::<_, i64>(0) as f64 / 1e6)
}

fn print(customers: u64, layouts: &[Layout; 2], measured: &[Measured]) {
    println!();
    println!(
        "PostgreSQL layouts, raw SQL over kontor's keys and values of {} customers:",
        group(customers)
    );
    println!(
        "{:<34}{:>22}{:>22}",
        "figure", layouts[0].label, layouts[1].label
    );
    let row = |label: &str, pick: &dyn Fn(&Measured) -> String| {
        println!(
            "{label:<34}{:>22}{:>22}",
            pick(&measured[0]),
            pick(&measured[1])
        );
    };
    row("batch insert (records/s)", &|m| {
        group((customers as f64 / m.import_secs.max(1e-9)).round() as u64)
    });
    for (label, pick) in [
        (
            "point read",
            (|m: &Measured| &m.point) as fn(&Measured) -> &Latency,
        ),
        ("name index page of 20", |m: &Measured| &m.page),
    ] {
        row(&format!("{label} (ops/s)"), &|m| {
            group(pick(m).ops_per_sec.round() as u64)
        });
        row(&format!("{label} p50 (µs)"), &|m| {
            format!("{:.1}", micros(pick(m).p50_ns))
        });
        row(&format!("{label} p99 (µs)"), &|m| {
            format!("{:.1}", micros(pick(m).p99_ns))
        });
    }
    row("size with indexes (MB)", &|m| format!("{:.0}", m.size_mb));
    let same = measured[0].point.fingerprint == measured[1].point.fingerprint
        && measured[0].page.fingerprint == measured[1].page.fingerprint;
    println!(
        "layout check: {}",
        if same {
            "both layouts returned the same keys for every query"
        } else {
            "MISMATCH — the layouts returned different keys"
        }
    );
}
