//! Shared helpers of the CLI integration tests: run `kontor` on a temporary database —
//! in this process by default (`run`, `ok`, `json`, …: the binary's own parsing and path,
//! `cli::run_in_process`), through the real binary where only it can show what a test
//! checks (`run_binary`, `run_raw`, `command()`) — parse its `--format json` output, write
//! fixture files, and parse CSV independently of kontor.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod certificates;
pub mod cutting_proxy;
pub mod demo;
pub mod pg_cluster;
pub mod postgres;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use kontor::cli::Environment;
use kontor::core::{Clock, PIN_VARIABLE};
use kontor::lang::Locale;
use serde_json::Value;
use tempfile::TempDir;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::datetime;

/// The instant the suite runs at unless a test says otherwise: a Saturday morning. Every
/// run of the binary, the TUI in tmux and the server is pinned to it through `KONTOR_NOW`,
/// the in-process tests through `clock()` and `environment()`.
pub const NOW: OffsetDateTime = datetime!(2026-12-05 09:30:00 UTC);

/// The instants the date-sensitive tests run at, each with why it is hard: month and year
/// ends, a leap day, both 2027 daylight-saving switches in Europe/Berlin, a weekend and the
/// first second of a week.
pub const PINNED: [(&str, OffsetDateTime); 8] = [
    (
        "the last day of a month",
        datetime!(2026-11-30 15:45:00 UTC),
    ),
    ("a leap day", datetime!(2028-02-29 12:00:00 UTC)),
    (
        "the last second of a year",
        datetime!(2026-12-31 23:59:59 UTC),
    ),
    (
        "the first second of a year",
        datetime!(2027-01-01 00:00:01 UTC),
    ),
    ("Berlin's spring switch", datetime!(2027-03-28 01:30:00 UTC)),
    ("Berlin's autumn switch", datetime!(2027-10-31 00:30:00 UTC)),
    ("a Saturday", datetime!(2026-12-05 09:30:00 UTC)),
    (
        "a Monday's first second",
        datetime!(2026-12-07 00:00:01 UTC),
    ),
];

thread_local! {
    /// The instant this test thread runs at: `NOW`, or the pinned instant of
    /// `at_every_pinned_instant` while it runs a check.
    static PINNED_NOW: Cell<OffsetDateTime> = const { Cell::new(NOW) };
}

thread_local! {
    /// While a test runs `on_postgres`: the PostgreSQL database each database directory it
    /// names keeps its records in (made on first use).
    static STORES: RefCell<Option<HashMap<PathBuf, String>>> = const { RefCell::new(None) };
    /// While a test runs `on_postgres_at`: the one database all its directories use.
    static SHARED_STORE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `test` with the records of every database it names on a fresh PostgreSQL database
/// of their own (`--store`; the directory stays the data directory): the same test on the
/// second backend.
pub fn on_postgres(test: impl FnOnce()) {
    STORES.set(Some(HashMap::new()));
    test();
    STORES.set(None);
}

/// Runs `test` with the records of every database it names in the PostgreSQL database at
/// `url` (`--store url`): a test that owns its server.
pub fn on_postgres_at(url: &str, test: impl FnOnce()) {
    SHARED_STORE.set(Some(url.to_string()));
    on_postgres(test);
    SHARED_STORE.set(None);
}

/// `--store URL` for the database at `db` while the test runs `on_postgres`, else nothing.
pub fn store_args(db: &Path) -> Vec<String> {
    STORES.with_borrow_mut(|stores| match stores {
        Some(stores) => {
            let url = stores.entry(db.to_path_buf()).or_insert_with(|| {
                SHARED_STORE
                    .with_borrow(Clone::clone)
                    .unwrap_or_else(postgres::fresh_database)
            });
            vec!["--store".to_string(), url.clone()]
        }
        None => Vec::new(),
    })
}

/// While the test runs `on_postgres`: the database at `other` keeps its records where the
/// one at `db` does — one PostgreSQL database, two data directories (two front ends).
pub fn same_store(db: &Path, other: &Path) {
    let url = store_args(db).pop().expect("same_store runs on_postgres");
    STORES.with_borrow_mut(|stores| {
        if let Some(stores) = stores {
            stores.insert(other.to_path_buf(), url);
        }
    });
}

/// The instant the running test is pinned to (what `command()` passes to the binary and
/// `environment()` to the in-process CLI).
pub fn now() -> OffsetDateTime {
    PINNED_NOW.with(Cell::get)
}

/// The suite's clock for in-process tests, pinned to `NOW`.
pub fn clock() -> Clock {
    Clock::pinned(NOW)
}

/// Runs `check` once at every pinned instant, with `now()`, every in-process run and every
/// binary started by `command()` pinned to it; a failure names the instant.
pub fn at_every_pinned_instant(check: impl Fn(OffsetDateTime)) {
    for (name, at) in PINNED {
        PINNED_NOW.with(|now| now.set(at));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(at)));
        PINNED_NOW.with(|now| now.set(NOW));
        if let Err(panic) = result {
            eprintln!("failed at {name} ({at})");
            std::panic::resume_unwind(panic);
        }
    }
}

/// `at` as the binary's test pin reads it.
pub fn pin(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap()
}

/// The binary under test.
pub const KONTOR: &str = env!("CARGO_BIN_EXE_kontor");

/// Where the fixture files of the repository live.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
}

/// What a finished `kontor` run left behind.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from_captured(captured: kontor::cli::Captured) -> Run {
        Run {
            code: i32::from(captured.code),
            stdout: String::from_utf8_lossy(&captured.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&captured.stderr).into_owned(),
        }
    }

    fn from_output(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// The stdout parsed as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|error| panic!("stdout is not JSON ({error}): {self:?}"))
    }
}

/// A `kontor` command with a clean, reproducible environment: no `KONTOR_DB` leaking in
/// from the caller, the clock pinned to `now()`, UTC as local time so "today" is the
/// same date the tests compute, and English (no language or zone of the caller's).
pub fn command() -> Command {
    let mut command = Command::new(KONTOR);
    command
        .env_remove("KONTOR_DB")
        .env_remove("KONTOR_STORE")
        .env_remove("KONTOR_LANG")
        .env_remove("KONTOR_TZ")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env(PIN_VARIABLE, pin(now()))
        .env("TZ", "UTC")
        .env("USER", "tester")
        .stdin(Stdio::null());
    command
}

/// What the in-process CLI is given in place of the environment `command()` gives the
/// binary: the clock pinned to `now()`, UTC as local time, `tester` acting, no progress
/// bar. (No `KONTOR_DB` either: `run` always passes `--db`.)
pub fn environment() -> Environment {
    Environment {
        clock: Clock::pinned(now()),
        locale: Locale::default(),
        user: "tester".to_string(),
        progress: false,
    }
}

/// The sled database in `db`, opened directly to plant damage, once the command before has
/// let go of it: sled's threads release its lock a moment after the store is dropped, later
/// on a busy machine.
pub fn raw_sled(db: &Path) -> sled::Db {
    assert!(
        kontor::store::Store::wait_until_free(db, std::time::Duration::from_secs(20)),
        "{} is still in use",
        db.display()
    );
    sled::open(db).expect("cannot open the database with sled")
}

/// Runs `kontor ARGS… --db DB` in this process and returns what happened, whatever the
/// exit code: the binary's parsing and path, its stdout and stderr captured.
pub fn run(db: &Path, args: &[&str]) -> Run {
    let store = store_args(db);
    let mut args = args.to_vec();
    args.extend(["--db", s(db)]);
    args.extend(store.iter().map(String::as_str));
    Run::from_captured(kontor::cli::run_in_process(&args, environment()))
}

/// Runs `kontor ARGS… --db DB` through the real binary, for what only it shows: main's
/// exit codes, the process's streams, the database held by another process.
pub fn run_binary(db: &Path, args: &[&str]) -> Run {
    let output = command()
        .args(args)
        .arg("--db")
        .arg(db)
        .args(store_args(db))
        .output()
        .expect("cannot start kontor");
    Run::from_output(output)
}

/// Runs `kontor ARGS… --db DB` through the real binary with extra environment variables
/// (`LANG`, `KONTOR_TZ` …).
pub fn run_binary_with(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = command();
    command.args(args).arg("--db").arg(db).args(store_args(db));
    for (name, value) in env {
        command.env(name, value);
    }
    Run::from_output(command.output().expect("cannot start kontor"))
}

/// Runs a command line exactly as given (no `--db` added), with extra environment.
pub fn run_raw(args: &[&str], env: &[(&str, &Path)]) -> Run {
    let mut command = command();
    command.args(args);
    for (name, value) in env {
        command.env(name, value);
    }
    Run::from_output(command.output().expect("cannot start kontor"))
}

/// Runs a command that must succeed; returns its stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let run = run(db, args);
    assert_eq!(run.code, 0, "kontor {args:?} failed: {run:?}");
    run.stdout
}

/// Runs a command with `--format json` that must succeed; returns the parsed output.
pub fn json(db: &Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let run = run(db, &args);
    assert_eq!(run.code, 0, "kontor {args:?} failed: {run:?}");
    run.json()
}

/// Like `json` for a command that prints a list: the array's elements.
pub fn json_list(db: &Path, args: &[&str]) -> Vec<Value> {
    match json(db, args) {
        Value::Array(items) => items,
        other => panic!("kontor {args:?} did not print a JSON array: {other}"),
    }
}

/// Runs a command that must fail with `code`; checks the error is one `kontor: …` line
/// on stderr and returns that line.
pub fn fails(db: &Path, args: &[&str], code: i32) -> String {
    let run = run(db, args);
    assert_eq!(run.code, code, "kontor {args:?}: wrong exit code: {run:?}");
    last_error_line(&run)
}

/// The final `kontor: …` line of a failed run; there must be exactly one such line and it
/// must be the last line of stderr.
pub fn last_error_line(run: &Run) -> String {
    let lines: Vec<&str> = run.stderr.lines().collect();
    let errors = lines.iter().filter(|l| l.starts_with("kontor: ")).count();
    assert_eq!(errors, 1, "expected one `kontor: ` line: {run:?}");
    let last = lines.last().copied().unwrap_or_default();
    assert!(
        last.starts_with("kontor: "),
        "stderr does not end with the error: {run:?}"
    );
    last.to_string()
}

/// A fresh temporary directory; the database goes into its `db` subdirectory so the
/// directory itself can also hold fixture files.
pub struct Scratch {
    pub dir: TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().expect("cannot create a temporary directory"),
        }
    }

    /// A database directory (not yet created) named `name` inside the scratch dir.
    pub fn db(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `bytes` to `name` inside the scratch dir and returns the path.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        write_fixture(self.dir.path(), name, bytes)
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch::new()
    }
}

/// Writes a fixture file and returns its path.
pub fn write_fixture(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("cannot write a fixture");
    path
}

/// A path as `&str` for argument lists.
pub fn s(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// The value of a JSON string field (panics with the object when absent).
pub fn text<'a>(object: &'a Value, field: &str) -> &'a str {
    object
        .get(field)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string field {field} in {object}"))
}

/// The value of a JSON integer field.
pub fn int(object: &Value, field: &str) -> i64 {
    object
        .get(field)
        .and_then(Value::as_i64)
        .unwrap_or_else(|| panic!("no integer field {field} in {object}"))
}

/// The strings of a JSON array field.
pub fn strings(object: &Value, field: &str) -> Vec<String> {
    object
        .get(field)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no array field {field} in {object}"))
        .iter()
        .map(|v| v.as_str().expect("array of strings").to_string())
        .collect()
}

/// The ids of a JSON list of records, in output order.
pub fn ids(list: &[Value]) -> Vec<i64> {
    list.iter().map(|record| int(record, "id")).collect()
}

/// Adds a customer from `customer add` flags and returns its id.
pub fn add_customer(db: &Path, flags: &[&str]) -> i64 {
    let mut args = vec!["customer", "add"];
    args.extend(flags);
    int(&json(db, &args), "id")
}

/// Reads a CSV file with a header the way a spreadsheet would, independently of kontor:
/// returns the header and the records (the `csv` crate, flexible row widths).
pub fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .expect("cannot open the CSV file");
    let header = reader
        .headers()
        .expect("no header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.expect("bad CSV record")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect();
    (header, rows)
}

/// The barcode of the Chai Tea that `add_chai_tea` stocks.
pub const CHAI: &str = "4006381333931";

/// Adds item CH-001 "Chai Tea" (barcode `CHAI`) and receives 5 of it at WH1.
pub fn add_chai_tea(db: &Path) {
    ok(
        db,
        &[
            "item",
            "add",
            "--sku",
            "CH-001",
            "--name",
            "Chai Tea",
            "--barcode",
            CHAI,
        ],
    );
    ok(db, &["stock", "receive", "CH-001", "5", "--to", "WH1"]);
}

/// Adds customer 1 "Weber Logistik" with `count` interactions: the first logged (2019) is
/// "Altbestand reklamiert", every later one an "Anruf" of 2024. For the search over the
/// whole history, which reads a slice of the newest at a time.
pub fn add_long_history(db: &Path, count: usize) {
    ok(db, &["customer", "add", "--name", "Weber Logistik"]);
    let mut csv = String::from(
        "customer,channel,subject,at\n1,note,Altbestand reklamiert,2019-03-04 10:00\n",
    );
    for n in 1..count {
        csv.push_str(&format!("1,note,Anruf {n},2024-01-01 10:00\n"));
    }
    let dir = TempDir::new().unwrap();
    let file = write_fixture(dir.path(), "calls.csv", csv.as_bytes());
    ok(db, &["import", "interactions", s(&file)]);
}

/// A small file system of its own (a size-limited tmpfs), to fill up: the disk-full tests
/// mount it, which needs root (CI runs as root); unmounted when dropped.
pub struct SmallDisk {
    scratch: Scratch,
}

impl SmallDisk {
    /// A tmpfs of `megabytes` MiB.
    pub fn new(megabytes: u32) -> SmallDisk {
        let scratch = Scratch::new();
        let mounted = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={megabytes}m"),
                "kontor-test",
            ])
            .arg(scratch.path())
            .output()
            .expect("cannot run mount");
        assert!(
            mounted.status.success(),
            "the disk-full tests mount a small tmpfs and need root (CI runs as root): {}",
            String::from_utf8_lossy(&mounted.stderr)
        );
        SmallDisk { scratch }
    }

    pub fn path(&self) -> &Path {
        self.scratch.path()
    }

    /// Bytes still free on it.
    pub fn free_bytes(&self) -> u64 {
        let stats = rustix::fs::statvfs(self.path()).expect("statvfs");
        stats.f_bavail * stats.f_frsize
    }

    /// Fills it with a file until at most `leave` bytes are free.
    pub fn fill(&self, leave: u64) {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.path().join("filler"))
            .expect("cannot create the filler");
        let chunk = vec![0x55u8; 64 * 1024];
        while self.free_bytes() > leave {
            let want = (self.free_bytes() - leave).min(chunk.len() as u64) as usize;
            if file.write_all(&chunk[..want]).is_err() {
                break;
            }
        }
        let _ = file.sync_all();
    }

    /// Removes the filler: the space is back.
    pub fn free(&self) {
        std::fs::remove_file(self.path().join("filler")).expect("cannot remove the filler");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .args(["-l"])
            .arg(self.scratch.path())
            .output();
    }
}

/// An invoice of customer `customer` over `gross` (or, with `corrects`, a credit note of
/// the invoice with that id), issued on `issued` with `terms`: one line without VAT, as
/// `kontor invoice add` will write one. The receivables tests write it through the store.
pub fn invoice_record(
    customer: u64,
    number: &str,
    issued: time::Date,
    gross: rust_decimal::Decimal,
    terms: kontor::domain::invoice::PaymentTerms,
    corrects: Option<u64>,
) -> kontor::domain::invoice::Invoice {
    use kontor::domain::invoice::{Invoice, InvoiceKind, InvoiceLine, Party};
    use rust_decimal::Decimal;
    Invoice {
        id: 0,
        number: number.into(),
        kind: match corrects {
            Some(_) => InvoiceKind::CreditNote,
            None => InvoiceKind::Invoice,
        },
        customer_id: customer,
        customer_number: format!("K-{customer}"),
        seller: Party::default(),
        letterhead: Default::default(),
        buyer: Party::default(),
        buyer_reference: String::new(),
        order_reference: String::new(),
        issue_date: issued,
        currency: kontor::domain::Currency::EUR,
        treatment: kontor::domain::vat::TaxTreatment::Export,
        terms,
        lines: vec![InvoiceLine {
            item_id: None,
            sku: String::new(),
            text: "Leistung".into(),
            quantity: Decimal::ONE,
            unit_price: gross,
            discount: Decimal::ZERO,
            category: kontor::domain::vat::VatCategory::Zero,
            supplied: issued,
            order_id: None,
            order_number: String::new(),
            order_line: None,
            delivery_id: None,
            delivery_number: String::new(),
            corrects_line: corrects.map(|_| 1),
        }],
        corrects,
        corrects_number: String::new(),
        reason: String::new(),
        net: gross,
        vat: Decimal::ZERO,
        gross,
        issued_by: "anna".into(),
        issued_at: NOW,
        version: 0,
    }
}

/// Writes `record` (`invoice_record`) into the store; returns its id.
pub fn write_invoice(
    store: &kontor::store::Store,
    record: &kontor::domain::invoice::Invoice,
) -> u64 {
    store
        .transaction(|tx| tx.insert(&mut record.clone()))
        .unwrap()
}
