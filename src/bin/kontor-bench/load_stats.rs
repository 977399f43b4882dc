//! What the load generator counts: per action of the agent's day a latency histogram
//! (last key sent → the frame that answers it) and its errors (no answer in time), the
//! logins (connect → Home), the acknowledged writes and how often a lookup found its
//! caller; each session keeps its own `Tally` and they are merged at the end.
//! Room: bench.

use std::collections::BTreeMap;
use std::time::Duration;

use anyhow::{Result, anyhow};
use hdrhistogram::Histogram;

/// One action of the agent's day, as the report names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Act {
    CallerOpen,
    DigitFromStart,
    DigitFromEnd,
    OpenCaller,
    FormKey,
    Save,
    FollowUps,
    Customers,
    PageDown,
    SearchKey,
    Back,
    Items,
    ItemStock,
}

impl Act {
    pub fn label(self) -> &'static str {
        match self {
            Act::CallerOpen => "caller lookup opens (F2)",
            Act::DigitFromStart => "caller lookup: digit, from the start",
            Act::DigitFromEnd => "caller lookup: digit, from the end",
            Act::OpenCaller => "open the caller: log-call form (Enter)",
            Act::FormKey => "log call: keystroke in the form",
            Act::Save => "log call: save, a write (C-x → saved)",
            Act::FollowUps => "my follow-ups due (g i)",
            Act::Customers => "customers list (g c)",
            Act::PageDown => "page through the list (PgDn)",
            Act::SearchKey => "search as you type: keystroke",
            Act::Back => "back to home (F12)",
            Act::Items => "items & stock list (g t)",
            Act::ItemStock => "open an item's stock (Enter)",
        }
    }
}

/// How a session came to log in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Login {
    /// One of the sessions that all connect at the same instant.
    AtOnce,
    /// Spread over the warm-up.
    Ramped,
    /// Again, after an error ended the session.
    Again,
}

/// What one session (or, merged, all) measured.
pub struct Tally {
    pub latency: BTreeMap<Act, Histogram<u64>>,
    pub errors: BTreeMap<Act, u64>,
    pub logins: BTreeMap<Login, Histogram<u64>>,
    pub login_errors: u64,
    pub acked: u64,
    pub lookups: u64,
    pub found: u64,
    /// Bytes the idle sessions (`--idle`) received after Home: redraws nobody asked for.
    pub idle_bytes: u64,
    /// The screens of the first errors, to see what went wrong.
    pub error_screens: Vec<String>,
    /// An empty histogram of microseconds, up to an hour, to clone.
    blank: Histogram<u64>,
}

/// Error screens kept.
const SCREENS_KEPT: usize = 3;

/// The histogram of `key`, a clone of `blank` when it has none yet.
fn slot<'m, K: Ord>(
    map: &'m mut BTreeMap<K, Histogram<u64>>,
    key: K,
    blank: &Histogram<u64>,
) -> &'m mut Histogram<u64> {
    map.entry(key).or_insert_with(|| blank.clone())
}

fn micros(duration: Duration) -> u64 {
    u64::try_from(duration.as_micros())
        .unwrap_or(u64::MAX)
        .max(1)
}

impl Tally {
    pub fn new() -> Result<Tally> {
        let blank = Histogram::new_with_bounds(1, 3_600_000_000, 3)
            .map_err(|error| anyhow!("histogram: {error}"))?;
        Ok(Tally {
            latency: BTreeMap::new(),
            errors: BTreeMap::new(),
            logins: BTreeMap::new(),
            login_errors: 0,
            acked: 0,
            lookups: 0,
            found: 0,
            idle_bytes: 0,
            error_screens: Vec::new(),
            blank,
        })
    }

    pub fn record(&mut self, act: Act, elapsed: Duration) {
        slot(&mut self.latency, act, &self.blank).saturating_record(micros(elapsed));
    }

    pub fn error(&mut self, act: Act, screen: String) {
        *self.errors.entry(act).or_default() += 1;
        if self.error_screens.len() < SCREENS_KEPT {
            self.error_screens.push(format!(
                "{} — no answer; the screen:\n{screen}",
                act.label()
            ));
        }
    }

    pub fn login(&mut self, kind: Login, elapsed: Duration) {
        slot(&mut self.logins, kind, &self.blank).saturating_record(micros(elapsed));
    }

    pub fn merge(&mut self, other: Tally) {
        for (act, histogram) in other.latency {
            let _ = slot(&mut self.latency, act, &self.blank).add(&histogram);
        }
        for (kind, histogram) in other.logins {
            let _ = slot(&mut self.logins, kind, &self.blank).add(&histogram);
        }
        for (act, count) in other.errors {
            *self.errors.entry(act).or_default() += count;
        }
        self.login_errors += other.login_errors;
        self.acked += other.acked;
        self.lookups += other.lookups;
        self.found += other.found;
        self.idle_bytes += other.idle_bytes;
        let room = SCREENS_KEPT.saturating_sub(self.error_screens.len());
        self.error_screens
            .extend(other.error_screens.into_iter().take(room));
    }

    /// Every action's latencies together.
    pub fn overall(&self) -> Histogram<u64> {
        let mut all = self.blank.clone();
        for histogram in self.latency.values() {
            let _ = all.add(histogram);
        }
        all
    }

    pub fn total_errors(&self) -> u64 {
        self.errors.values().sum()
    }
}
