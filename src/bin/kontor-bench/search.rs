//! `--search`: kontor's word search next to SQLite FTS5 on the same texts, the same
//! tokens, the same queries and the same first page of 20 hits. Room: bench. Measures
//! and prints; asserts nothing about speed.
//!
//! The data: the `--tui` bench's customers and interactions (`--search-customers`,
//! `--search-interactions`), a quarter of the interactions with a reference `RE-n` in the
//! subject, one in 5,000 with a rare compound word in its notes. kontor imports them twice
//! with its bulk writer: once as they are (the word index written with every record) and
//! once through a wrapper whose index entries leave out the word trees — the cost of the
//! index is the difference. SQLite imports the texts twice too, without and with FTS5
//! (`search_sqlite.rs`).
//!
//! The query classes: a rare reference (one interaction carries it), a rare word (a few
//! interactions), the common word "Reklamation" (one in twenty), and search as you type
//! (every prefix of a surname from its third letter, over customers and interactions).
//! Warm: every class run `--search-queries` times after the imports. Cold: the OS page
//! cache dropped (`sync; echo 3 > /proc/sys/vm/drop_caches`, root only) before each of
//! `--search-cold` distinct rare references and rare words; without root the cold figures
//! are left out and the report says so.

use std::cell::RefCell;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, anyhow, bail};
use clap::Args as ClapArgs;
use serde::{Deserialize, Serialize};

use kontor::core::Actor;
use kontor::core::search::{SearchKind, SearchQuery, search};
use kontor::domain::{Customer, Interaction};
use kontor::store::{IndexEntry, Record, Store};

use super::data::{SURNAMES, synthetic_customer};
use super::search_report::{ClassFigures, Import, Report};
use super::search_sqlite::Fts;
use super::tui::{fill, synthetic_interaction};
use super::{DATED, SEED, dir_bytes, measure, measure_after};

/// Hits per kind on the first page, on both sides.
pub const PAGE: usize = 20;
/// One interaction in this many carries a rare word.
const RARE_EVERY: u64 = 5_000;

/// The two halves of the rare compound words: 12 × 12 words, each carried by one in
/// `RARE_EVERY × 144` interactions.
#[rustfmt::skip]
const RARE_HEADS: &[&str] = &[
    "Kühlmittel", "Hydraulik", "Förderband", "Zahnriemen", "Druckluft", "Schaltschrank",
    "Lüftungs", "Getriebe", "Spindel", "Dichtungs", "Wärmetauscher", "Kompressor",
];
#[rustfmt::skip]
const RARE_TAILS: &[&str] = &[
    "leck", "bruch", "ausfall", "verschleiß", "geräusch", "störung", "überhitzung",
    "riss", "defekt", "blockade", "fehlfunktion", "korrosion",
];

#[derive(Debug, ClapArgs)]
pub struct SearchArgs {
    /// Runs the word search benchmark against SQLite FTS5 (`search.rs`).
    #[arg(long)]
    pub search: bool,
    /// Customers of the search benchmark.
    #[arg(long, default_value_t = 100_000)]
    pub search_customers: u64,
    /// Interactions of the search benchmark.
    #[arg(long, default_value_t = 500_000)]
    pub search_interactions: u64,
    /// Warm queries per class.
    #[arg(long, default_value_t = 1_000)]
    pub search_queries: usize,
    /// Cold queries per class (each after dropping the page cache); 0 skips them.
    #[arg(long, default_value_t = 30)]
    pub search_cold: usize,
    /// FTS5's `prefix` option (e.g. "3"): extra prefix indexes; empty for none.
    #[arg(long, default_value = "")]
    pub search_fts_prefix: String,
}

/// The queries of one class.
pub struct Class {
    pub name: &'static str,
    pub texts: Vec<String>,
}

/// Runs the benchmark in `work` and prints the report.
pub fn run(args: &SearchArgs, work: &Path, batch: usize) -> Result<()> {
    if args.search_customers == 0 || args.search_interactions == 0 || args.search_queries == 0 {
        bail!("--search-customers, --search-interactions and --search-queries must be at least 1");
    }
    let (customers, interactions) = (args.search_customers, args.search_interactions);
    if customers.max(interactions) > super::search_sqlite::MAX_RECORDS {
        bail!(
            "at most {} customers or interactions",
            super::search_sqlite::MAX_RECORDS
        );
    }
    let mut report = Report::new(customers, interactions);

    let plain = work.join("kontor-plain");
    report.kontor_plain = Some(import_kontor::<Unworded<Customer>, Unworded<Interaction>>(
        &plain,
        customers,
        interactions,
        batch,
    )?);
    std::fs::remove_dir_all(&plain).with_context(|| format!("removing {}", plain.display()))?;
    let dir = work.join("kontor");
    report.kontor_words = Some(import_kontor::<Customer, Interaction>(
        &dir,
        customers,
        interactions,
        batch,
    )?);

    let (fts, plain_import, fts_import) =
        Fts::build(work, customers, interactions, &args.search_fts_prefix)?;
    report.sqlite_plain = Some(plain_import);
    report.sqlite_fts = Some(fts_import);

    let warm = warm_classes(customers, interactions, args.search_queries);
    // Warm: every file of both databases in the OS page cache.
    read_all(work)?;
    let store = Store::open(&dir).with_context(|| format!("opening {}", dir.display()))?;
    let actor = Actor::local("bench");
    for class in &warm {
        eprintln!("search: {} warm ...", class.name);
        let kontor = measure(&class.texts, |text| kontor_page(&store, &actor, text))?;
        let sqlite = measure(&class.texts, |text| fts.page(text))?;
        report.warm.push((class.name, kontor, sqlite));
    }
    drop(store);
    drop(fts);
    report.cold = cold(args, work, &dir, &actor, customers, interactions)?;
    report.print(&args.search_fts_prefix);
    Ok(())
}

/// The cold figures: per class, the kontor side then the SQLite side, each query on a
/// database opened anew (no process cache) after the OS page cache was dropped. `None`
/// when the cache cannot be dropped.
fn cold(
    args: &SearchArgs,
    work: &Path,
    dir: &Path,
    actor: &Actor,
    customers: u64,
    interactions: u64,
) -> Result<Option<Vec<ClassFigures>>> {
    if args.search_cold == 0 {
        return Ok(None);
    }
    if let Err(error) = drop_page_cache() {
        eprintln!("search: {error:#}: no cold figures");
        return Ok(None);
    }
    let mut figures = Vec::new();
    // Other queries than the warm ones.
    for class in cold_classes(customers, interactions, args.search_cold) {
        eprintln!("search: {} cold ...", class.name);
        let kontor = measure_cold(
            &class.texts,
            || Ok(Store::open(dir)?),
            |store, text| kontor_page(store, actor, text),
        )?;
        let sqlite = measure_cold(&class.texts, || Fts::open(work), |fts, text| fts.page(text))?;
        figures.push((class.name, kontor, sqlite));
    }
    Ok(Some(figures))
}

/// Each query on a database opened anew by `open` after the OS page cache was dropped; the
/// opening is not timed.
fn measure_cold<D>(
    texts: &[String],
    open: impl Fn() -> Result<D>,
    query: impl Fn(&D, &String) -> Result<Vec<u64>>,
) -> Result<crate::Latency> {
    let database: RefCell<Option<D>> = RefCell::new(None);
    measure_after(
        texts,
        || {
            database.replace(None);
            database.replace(Some(open()?));
            drop_page_cache()
        },
        |text| {
            let open = database.borrow();
            query(open.as_ref().ok_or_else(|| anyhow!("no database"))?, text)
        },
    )
}

/// Reads every file under `dir` once, into the OS page cache.
fn read_all(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            read_all(&entry.path())?;
        } else {
            std::io::copy(
                &mut std::fs::File::open(entry.path())?,
                &mut std::io::sink(),
            )?;
        }
    }
    Ok(())
}

/// Writes dirty pages and drops the OS page cache (root only).
fn drop_page_cache() -> Result<()> {
    let status = std::process::Command::new("sync").status()?;
    if !status.success() {
        bail!("sync failed");
    }
    std::fs::write("/proc/sys/vm/drop_caches", "3\n").context("dropping the page cache")?;
    Ok(())
}

/// kontor's first page: the ids of the customers, then of the interactions, found by
/// `core::search` with a limit of `PAGE`.
pub(crate) fn kontor_page(store: &Store, actor: &Actor, text: &str) -> Result<Vec<u64>> {
    let mut query = SearchQuery::new(text);
    query.limit = PAGE;
    let groups = search(store, actor, &query)?;
    let mut ids = Vec::new();
    for kind in [SearchKind::Customer, SearchKind::Interaction] {
        for group in groups.iter().filter(|group| group.kind == kind) {
            ids.extend(group.hits.iter().map(|hit| hit.id));
        }
    }
    Ok(ids)
}

/// Imports the customers and interactions as `C` and `I` into a fresh store in `dir`.
fn import_kontor<C, I>(
    dir: &Path,
    customers: u64,
    interactions: u64,
    batch: usize,
) -> Result<Import>
where
    C: Record + From<Customer>,
    I: Record + From<Interaction>,
{
    let store = Store::open(dir).with_context(|| format!("opening {}", dir.display()))?;
    let customers_per_sec = fill(&store, customers, batch, "customers", |index| {
        C::from(synthetic_customer(index))
    })?;
    let interactions_per_sec = fill(&store, interactions, batch, "interactions", |index| {
        I::from(search_interaction(index, interactions, customers))
    })?;
    let at = Instant::now();
    store.flush()?;
    let flushed = at.elapsed().as_secs_f64();
    drop(store);
    let secs = customers as f64 / customers_per_sec.max(1e-9)
        + interactions as f64 / interactions_per_sec.max(1e-9)
        + flushed;
    Ok(Import {
        customers_per_sec,
        interactions_per_sec,
        secs,
        disk_mb: dir_bytes(dir) as f64 / 1e6,
    })
}

/// Interaction `index` of the `--tui` bench, one in `RARE_EVERY` with a rare word in its
/// notes.
pub fn search_interaction(index: u64, interactions: u64, customers: u64) -> Interaction {
    let mut interaction = synthetic_interaction(index, interactions, customers, DATED);
    if let Some(word) = rare_word(index) {
        interaction.body = format!("Techniker meldet {word} an der Anlage.");
    }
    interaction
}

/// The rare word interaction `index` carries, if any.
fn rare_word(index: u64) -> Option<String> {
    if index % RARE_EVERY != RARE_EVERY / 2 {
        return None;
    }
    let n = (index / RARE_EVERY) as usize % (RARE_HEADS.len() * RARE_TAILS.len());
    Some(format!(
        "{}{}",
        RARE_HEADS[n % RARE_HEADS.len()],
        RARE_TAILS[n / RARE_HEADS.len()]
    ))
}

/// The warm query classes.
pub(crate) fn warm_classes(customers: u64, interactions: u64, queries: usize) -> Vec<Class> {
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0x7365_6172_6368);
    let mut typed = Vec::with_capacity(queries);
    while typed.len() < queries {
        let surname: Vec<char> = SURNAMES[rng.usize(..SURNAMES.len())].chars().collect();
        for end in 3..=surname.len() {
            typed.push(surname[..end].iter().collect());
        }
    }
    typed.truncate(queries);
    vec![
        Class {
            name: "rare reference",
            texts: references(&mut rng, customers, interactions, queries),
        },
        Class {
            name: "rare word",
            texts: rare_words(&mut rng, interactions, queries),
        },
        Class {
            name: "common word (Reklamation)",
            texts: vec!["Reklamation".to_string(); queries],
        },
        Class {
            name: "search as you type",
            texts: typed,
        },
    ]
}

/// The cold query classes: distinct rare references and rare words, other than the warm
/// ones.
fn cold_classes(customers: u64, interactions: u64, queries: usize) -> Vec<Class> {
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0x636f_6c64);
    vec![
        Class {
            name: "rare reference",
            texts: references(&mut rng, customers, interactions, queries),
        },
        Class {
            name: "rare word",
            texts: rare_words(&mut rng, interactions, queries),
        },
    ]
}

/// References that interactions carry (`RE-n` of the subject), each carried once.
fn references(
    rng: &mut fastrand::Rng,
    customers: u64,
    interactions: u64,
    count: usize,
) -> Vec<String> {
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let index = rng.u64(..interactions);
        let subject = search_interaction(index, interactions, customers).subject;
        if let Some(reference) = subject.split(' ').find(|word| word.starts_with("RE-")) {
            out.push(reference.to_string());
        }
    }
    out
}

/// Rare words that some interaction carries.
fn rare_words(rng: &mut fastrand::Rng, interactions: u64, count: usize) -> Vec<String> {
    let carriers = interactions / RARE_EVERY;
    (0..count)
        .filter_map(|_| rare_word(rng.u64(..carriers.max(1)) * RARE_EVERY + RARE_EVERY / 2))
        .collect()
}

/// A record stored exactly as `T` but without its word index entries: the import without
/// the word index.
#[derive(Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Unworded<T>(T);

impl<T> From<T> for Unworded<T> {
    fn from(record: T) -> Unworded<T> {
        Unworded(record)
    }
}

impl<T: Record> Record for Unworded<T> {
    const TREE: &'static str = T::TREE;
    const NAME: &'static str = T::NAME;
    const SCHEMA: u16 = T::SCHEMA;
    const INDEXES: &'static [&'static str] = T::INDEXES;

    fn id(&self) -> u64 {
        self.0.id()
    }
    fn set_id(&mut self, id: u64) {
        self.0.set_id(id);
    }
    fn version(&self) -> u64 {
        self.0.version()
    }
    fn set_version(&mut self, version: u64) {
        self.0.set_version(version);
    }
    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = self.0.index_entries();
        entries.retain(|entry| !is_word_tree(entry.tree));
        entries
    }
}

/// Whether an index tree is part of the word index (`<kind>.by_word`).
fn is_word_tree(tree: &str) -> bool {
    tree.ends_with(".by_word")
}
