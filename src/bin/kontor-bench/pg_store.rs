//! kontor's store on PostgreSQL in the store bench (`--postgres URL`): the same customers
//! imported and queried through the same store calls as on sled, into a throw-away database
//! the bench creates on that server and drops afterwards; then the schema comparison
//! (`pg_schema.rs`) in another. The server's memory is its own processes', so no RSS figure
//! is shown for this side; its size on disk is `pg_database_size`. Room: bench.

use std::path::Path;

use anyhow::{Context, Result};
use clap::Args as ClapArgs;
use postgres::{Client, NoTls};

use kontor::store::Store;

use super::data::Workload;
use super::{Args, Figures, run_kontor};

#[derive(Debug, Clone, ClapArgs)]
pub(crate) struct PostgresArgs {
    /// A PostgreSQL server (postgres://user@host:port, no database): kontor's store on it
    /// beside sled and SQLite, and one table against one table per tree, in throw-away
    /// databases created there and dropped afterwards.
    #[arg(long = "postgres", value_name = "URL")]
    pub(crate) server: Option<String>,
}

/// A database of the bench's own on the server, dropped when this ends.
pub(crate) struct Scratch {
    server: String,
    name: String,
}

impl Scratch {
    /// Creates `kontor_bench_<purpose>_<process id>` on `server`.
    pub(crate) fn create(server: &str, purpose: &str) -> Result<Scratch> {
        let server = server.trim_end_matches('/').to_string();
        let name = format!("kontor_bench_{purpose}_{}", std::process::id());
        let mut admin = admin(&server)?;
        // One statement per call: CREATE DATABASE refuses to run inside a transaction.
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))?;
        admin.batch_execute(&format!("CREATE DATABASE {name}"))?;
        Ok(Scratch { server, name })
    }

    pub(crate) fn url(&self) -> String {
        format!("{}/{}", self.server, self.name)
    }

    pub(crate) fn connect(&self) -> Result<Client> {
        Client::connect(&self.url(), NoTls).with_context(|| format!("connecting to {}", self.url()))
    }

    /// Bytes the database takes on the server's disk.
    pub(crate) fn size_mb(&self) -> Result<f64> {
        let row = self
            .connect()?
            .query_one("SELECT pg_database_size(current_database())", &[])?;
        Ok(row.get::<_, i64>(0) as f64 / 1e6)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let dropped = admin(&self.server).and_then(|mut admin| {
            Ok(admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))?)
        });
        if let Err(error) = dropped {
            eprintln!("PostgreSQL: could not drop {}: {error}", self.name);
        }
    }
}

fn admin(server: &str) -> Result<Client> {
    Client::connect(&format!("{server}/postgres"), NoTls)
        .with_context(|| format!("connecting to the PostgreSQL server {server}"))
}

/// kontor's figures with its records on PostgreSQL at `server`; `dir` is the data directory.
pub(crate) fn run_kontor_postgres(
    args: &Args,
    server: &str,
    dir: &Path,
    workload: &Workload,
) -> Result<Figures> {
    let scratch = Scratch::create(server, "store")?;
    let store = Store::open_postgres(&scratch.url(), dir, &mut |_| {})?;
    let size = || scratch.size_mb();
    let mut figures = run_kontor(args, "kontor/PostgreSQL", store, workload, &size)?;
    figures.hwm_after_import_mb = None;
    figures.hwm_end_mb = None;
    Ok(figures)
}
