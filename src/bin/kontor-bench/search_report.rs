//! The report of `--search`: imports and disk with and without the word index on both
//! sides, then per query class p50/p99 and queries per second, warm and cold, and whether
//! both sides returned the same first pages. Room: bench. Prints; asserts nothing.

use super::{Latency, cpu_model, group};

/// One query class's figures: its name, kontor's, FTS5's.
pub type ClassFigures = (&'static str, Latency, Latency);

/// What one import measured.
pub struct Import {
    pub customers_per_sec: f64,
    pub interactions_per_sec: f64,
    /// Writing time of the whole import, flush or checkpoint included.
    pub secs: f64,
    pub disk_mb: f64,
}

/// Everything `--search` measured.
pub struct Report {
    customers: u64,
    interactions: u64,
    load_before: String,
    pub kontor_plain: Option<Import>,
    pub kontor_words: Option<Import>,
    pub sqlite_plain: Option<Import>,
    pub sqlite_fts: Option<Import>,
    /// Per class: kontor, SQLite FTS5.
    pub warm: Vec<ClassFigures>,
    /// `None` when the page cache could not be dropped.
    pub cold: Option<Vec<ClassFigures>>,
}

impl Report {
    pub fn new(customers: u64, interactions: u64) -> Report {
        Report {
            customers,
            interactions,
            load_before: load_average(),
            kontor_plain: None,
            kontor_words: None,
            sqlite_plain: None,
            sqlite_fts: None,
            warm: Vec::new(),
            cold: None,
        }
    }

    pub fn print(&self, fts_prefix: &str) {
        let cores = std::thread::available_parallelism().map_or(0, usize::from);
        println!();
        println!(
            "kontor-bench --search: {} customers, {} interactions — {cores} cores, {}",
            group(self.customers),
            group(self.interactions),
            cpu_model().unwrap_or_else(|| "unknown CPU".into())
        );
        println!(
            "load average before: {}; after: {}",
            self.load_before,
            load_average()
        );
        println!(
            "SQLite: FTS5 contentless, columnsize=0, unicode61 over kontor's words, prefix='{fts_prefix}'"
        );
        println!();
        println!(
            "{:<30}{:>14}{:>16}{:>12}{:>12}",
            "import", "customers/s", "interactions/s", "total s", "disk MB"
        );
        for (label, import) in [
            ("kontor without word index", &self.kontor_plain),
            ("kontor with word index", &self.kontor_words),
            ("SQLite without FTS5", &self.sqlite_plain),
            ("SQLite with FTS5", &self.sqlite_fts),
        ] {
            if let Some(i) = import {
                println!(
                    "{label:<30}{:>14}{:>16}{:>12.1}{:>12.1}",
                    group(i.customers_per_sec.round() as u64),
                    group(i.interactions_per_sec.round() as u64),
                    i.secs,
                    i.disk_mb
                );
            }
        }
        let extra = |with: &Option<Import>, without: &Option<Import>| match (with, without) {
            (Some(w), Some(o)) => Some((w.disk_mb - o.disk_mb, w.secs / o.secs.max(1e-9))),
            _ => None,
        };
        let kontor = extra(&self.kontor_words, &self.kontor_plain);
        let sqlite = extra(&self.sqlite_fts, &self.sqlite_plain);
        if let (Some((k_mb, k_slow)), Some((s_mb, s_slow))) = (kontor, sqlite) {
            println!(
                "word index extra disk: kontor {k_mb:.1} MB, FTS5 {s_mb:.1} MB ({:.2}x FTS5's); \
                 import time with/without: kontor {k_slow:.2}x, SQLite {s_slow:.2}x",
                k_mb / s_mb.max(1e-9)
            );
        }
        print_latencies("warm", &self.warm);
        match &self.cold {
            Some(cold) => print_latencies("cold (page cache dropped before each query)", cold),
            None => println!("\ncold: not measured (the page cache could not be dropped)"),
        }
    }
}

/// One table of query classes.
fn print_latencies(title: &str, classes: &[ClassFigures]) {
    println!();
    println!("{title} (ms; ratio: kontor's queries per second / FTS5's)");
    println!(
        "{:<28}{:>16}{:>16}{:>12}{:>12}{:>8}{:>6}",
        "class", "kontor p50/p99", "FTS5 p50/p99", "kontor q/s", "FTS5 q/s", "ratio", "same"
    );
    for (name, k, s) in classes {
        println!(
            "{name:<28}{:>16}{:>16}{:>12}{:>12}{:>7.2}x{:>6}",
            millis_pair(k),
            millis_pair(s),
            group(k.ops_per_sec.round() as u64),
            group(s.ops_per_sec.round() as u64),
            k.ops_per_sec / s.ops_per_sec.max(1e-9),
            if k.fingerprint == s.fingerprint {
                "yes"
            } else {
                "NO"
            }
        );
    }
    for (name, k, s) in classes {
        println!(
            "  {name}: {} queries, hits on the first pages kontor {} / FTS5 {}",
            k.queries,
            group(k.results),
            group(s.results)
        );
    }
}

/// "p50/p99" in milliseconds.
fn millis_pair(latency: &Latency) -> String {
    format!(
        "{:.2}/{:.2}",
        latency.p50_ns as f64 / 1e6,
        latency.p99_ns as f64 / 1e6
    )
}

/// The 1, 5 and 15 minute load averages.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| "?".into())
}
