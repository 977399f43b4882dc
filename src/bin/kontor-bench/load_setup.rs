//! The server side of the load generator (`--load`): before the server starts, the bench
//! opens the database itself to give the agent accounts a key made for this run (accounts
//! missing are created as agents) and to sample what the agents will type (customers'
//! numbers and names, item SKUs); then it runs `kontor serve` (the binary beside the bench)
//! as a child on a free loopback port, reads its CPU time and memory from /proc, stops it
//! with SIGTERM and takes the run's key (and the accounts it created) away again.
//! Room: bench. Uses kontor's public API (store, core commands); measures, asserts nothing.

use std::fs::File;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use russh::keys::PrivateKey;
use russh::keys::ssh_key::private::{Ed25519Keypair, Ed25519PrivateKey};

use kontor::core::users::UserCommand;
use kontor::core::{Actor, Clock, Command as CoreCommand, Role, execute};
use kontor::domain::user::{User, fingerprint};
use kontor::domain::{Customer, Item};
use kontor::store::Store;

/// Customers drawn at random for the agents to look up and search.
const SAMPLE: usize = 2_000;
/// Items whose stock the agents open, at most.
const ITEMS: usize = 500;
/// Agent accounts used at most (the owners of the sampled customers, in name order).
const MAX_ACCOUNTS: usize = 16;
/// How long the server may take to listen, and to stop after SIGTERM.
const PATIENCE: Duration = Duration::from_secs(120);
/// Linux reports process times in USER_HZ, 100 per second on every architecture it runs on.
const TICKS_PER_SECOND: f64 = 100.0;

/// A customer the agents can be called by.
pub struct Caller {
    pub name: String,
    /// The number as a caller display shows it: its digits, with the leading `+` if any.
    pub number: String,
    /// The first word of the name, what an agent types to search for the customer.
    pub word: String,
}

/// What the agents type, sampled from the database.
pub struct Workload {
    pub callers: Vec<Caller>,
    pub skus: Vec<String>,
}

/// An agent account the sessions log in as, with the key this run gave it.
pub struct Account {
    pub name: String,
    pub key: Arc<PrivateKey>,
    fingerprint: String,
}

/// The accounts of this run, and what to undo afterwards.
pub struct Setup {
    pub accounts: Vec<Arc<Account>>,
    created: Vec<String>,
    pub workload: Arc<Workload>,
}

/// Opens the database, samples the workload and gives the agent accounts this run's key.
pub fn prepare(db: &Path, url: Option<&str>, seed: u64, clock: &Clock) -> Result<Setup> {
    let store = open(db, url)?;
    let mut rng = fastrand::Rng::with_seed(seed);
    let workload = sample(&store, &mut rng)?;
    let mut owners: Vec<String> = Vec::new();
    for name in store.scan::<Customer>()?.take(SAMPLE) {
        let owner = name?.owner;
        if valid_account(&owner) && !owners.contains(&owner) {
            owners.push(owner);
        }
    }
    owners.sort();
    owners.truncate(MAX_ACCOUNTS);
    if owners.is_empty() {
        owners.push("anna".into());
    }
    let existing: Vec<User> = store.scan::<User>()?.collect::<Result<_, _>>()?;
    let mut accounts = Vec::new();
    let mut created = Vec::new();
    for name in owners {
        // A key belongs to one account: each gets its own.
        let key = new_key()?;
        let line = key
            .public_key()
            .to_openssh()
            .map_err(|error| anyhow!("public key: {error}"))?;
        let command = if existing.iter().any(|user| user.name == name) {
            UserCommand::AddKey {
                name: name.clone(),
                key: line,
            }
        } else {
            created.push(name.clone());
            UserCommand::Add {
                name: name.clone(),
                role: Role::Agent,
                keys: vec![line],
                lang: None,
            }
        };
        admin(&store, clock, command)?;
        accounts.push(Arc::new(Account {
            fingerprint: fingerprint(key.public_key()),
            name,
            key: Arc::new(key),
        }));
    }
    store.flush()?;
    Ok(Setup {
        accounts,
        created,
        workload: Arc::new(workload),
    })
}

/// Removes this run's key from the accounts and the accounts the run created.
pub fn undo(db: &Path, url: Option<&str>, setup: &Setup, clock: &Clock) -> Result<()> {
    if !Store::wait_until_free(db, PATIENCE) {
        bail!("{} is still in use after {PATIENCE:?}", db.display());
    }
    let store = open(db, url)?;
    for account in &setup.accounts {
        let name = account.name.clone();
        let command = if setup.created.contains(&name) {
            UserCommand::Remove { name }
        } else {
            UserCommand::RemoveKey {
                name,
                fingerprint: account.fingerprint.clone(),
            }
        };
        admin(&store, clock, command)?;
    }
    store.flush()?;
    Ok(())
}

/// The records: PostgreSQL at `url` when given, else sled in `db`.
fn open(db: &Path, url: Option<&str>) -> Result<Store> {
    let place = url.map_or_else(|| db.display().to_string(), Store::shown_address);
    Store::open_at(db, url, &mut |_| {}).with_context(|| format!("opening {place}"))
}

/// A fresh ed25519 key, never written anywhere.
fn new_key() -> Result<PrivateKey> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|error| anyhow!("random key: {error}"))?;
    Ok(PrivateKey::from(Ed25519Keypair::from(
        Ed25519PrivateKey::from_bytes(&seed),
    )))
}

fn admin(store: &Store, clock: &Clock, command: UserCommand) -> Result<()> {
    execute(
        store,
        clock,
        &Actor::local("kontor-bench"),
        CoreCommand::Users(command),
    )?;
    Ok(())
}

/// An account name `kontor user add` takes: 1–32 of a-z, 0-9, `.`, `_`, `-`.
fn valid_account(name: &str) -> bool {
    (1..=32).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

fn sample(store: &Store, rng: &mut fastrand::Rng) -> Result<Workload> {
    let last = store.last::<Customer>(1)?.first().map_or(0, |c| c.id);
    if last == 0 {
        bail!(
            "{} holds no customers: fill it first (kontor demo --customers 20000)",
            store.path().display()
        );
    }
    let mut callers = Vec::new();
    for _ in 0..SAMPLE {
        let Some(customer) = store.get::<Customer>(rng.u64(1..=last))? else {
            continue;
        };
        let Some(phone) = customer.phones.first() else {
            continue;
        };
        let digits = phone.raw.chars().filter(char::is_ascii_digit);
        let plus = phone.raw.trim_start().starts_with('+').then_some('+');
        let number: String = plus.into_iter().chain(digits).collect();
        let word: String = customer
            .name
            .split_whitespace()
            .find(|word| word.chars().count() >= 3 && word.chars().all(char::is_alphabetic))
            .unwrap_or_default()
            .chars()
            .take(6)
            .collect();
        if number.len() >= 7 && !word.is_empty() {
            callers.push(Caller {
                name: customer.name,
                number,
                word,
            });
        }
    }
    if callers.is_empty() {
        bail!("none of the sampled customers has a phone number and a name to search");
    }
    let skus = store
        .scan::<Item>()?
        .take(ITEMS)
        .map(|item| item.map(|item| item.sku))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Workload { callers, skus })
}

/// `kontor serve` running as a child of the bench.
pub struct Served {
    child: Child,
    pub address: SocketAddr,
    pub log: PathBuf,
}

impl Served {
    /// Starts `kontor` `serve` on `db` at a free loopback port, its stderr into `log`, and
    /// waits until it listens.
    pub fn start(kontor: &Path, db: &Path, url: Option<&str>, log: PathBuf) -> Result<Served> {
        if !Store::wait_until_free(db, PATIENCE) {
            bail!("{} is still in use after {PATIENCE:?}", db.display());
        }
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let child = Command::new(kontor)
            .args(["serve", "--db"])
            .arg(db)
            .args(["--listen", &address.to_string()])
            .args(url.map(|url| ["--store", url]).into_iter().flatten())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&log).context("creating the server's log")?)
            .spawn()
            .with_context(|| format!("starting {} serve", kontor.display()))?;
        let mut served = Served {
            child,
            address,
            log,
        };
        let at = Instant::now();
        while TcpStream::connect(address).is_err() {
            if let Some(status) = served.child.try_wait()? {
                bail!("kontor serve exited with {status}: {}", served.log_text());
            }
            if at.elapsed() > PATIENCE {
                bail!("kontor serve did not listen within {PATIENCE:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(served)
    }

    pub fn pid(&self) -> String {
        self.child.id().to_string()
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM, then waits for the clean stop (SIGKILL after [`PATIENCE`]).
    pub fn stop(mut self) -> Result<()> {
        if let Some(pid) = rustix::process::Pid::from_raw(self.child.id() as i32) {
            let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
        }
        let at = Instant::now();
        while self.child.try_wait()?.is_none() {
            if at.elapsed() > PATIENCE {
                self.child.kill()?;
                self.child.wait()?;
                bail!("kontor serve did not stop within {PATIENCE:?} of SIGTERM");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }
}

/// User and system CPU time of every process named `postgres` on the machine, in seconds.
pub fn postgres_cpu_seconds() -> Option<f64> {
    let processes = std::fs::read_dir("/proc").ok()?;
    let pids = processes
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.bytes().all(|b| b.is_ascii_digit()));
    let postgres = pids.filter(|pid| {
        std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|c| c.trim() == "postgres")
    });
    Some(postgres.filter_map(|pid| cpu_seconds(&pid)).sum())
}

/// User and system CPU time of a process (`self` or a process id) in seconds, from
/// /proc/PROCESS/stat (fields 14 and 15, all threads).
pub fn cpu_seconds(process: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{process}/stat")).ok()?;
    // The command name may hold spaces: the fields after it start past the last ')'.
    let after = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / TICKS_PER_SECOND)
}
