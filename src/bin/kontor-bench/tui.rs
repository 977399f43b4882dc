//! The TUI figures of kontor-bench (`--tui`): a database of N synthetic customers and M
//! interactions spread over them, then — the way `kontor` runs on a local terminal (see
//! `tui::run`): Store, keymap, profile, Session, App and an `SgrBackend` in a fixed 80×24
//! viewport — cold start to first frame, keystroke → frame rendered on list navigation,
//! search-as-you-type updates, and the interaction-history search (`history`), each
//! against the target of issue #4.
//! Room: bench. Uses kontor's public API only (store bulk import, the tui App, its keymap and
//! backend); every key goes through `App::handle` and a `Terminal::draw`, exactly as the
//! runner does. Frames go to a counting sink, so terminal I/O is not in the figures.
//! Measures and prints; asserts nothing about speed.

use std::io::Sink;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use hdrhistogram::Histogram;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use time::OffsetDateTime;

use kontor::core::{Actor, Clock};
use kontor::domain::{Channel, Customer, Interaction};
use kontor::lang::{self, Lang, Locale, Zone};
use kontor::store::{Record, Store};
use kontor::tui::action::Action;
use kontor::tui::app::App;
use kontor::tui::backend::SgrBackend;
use kontor::tui::input::{Effect, Input};
use kontor::tui::key::{Key, KeyCode, parse_sequence};
use kontor::tui::keymap::Keymap;
use kontor::tui::profile::Profile;
use kontor::tui::session::Session;
use kontor::tui::theme::Theme;

#[path = "tui_history.rs"]
mod history;
#[path = "tui_launch.rs"]
pub(crate) mod launch;

use super::data::{CITIES, FIRST_NAMES, OWNERS, SURNAMES, pick, synthetic_customer};
use super::{Progress, SEED, group};

/// Targets of issue #4, in milliseconds.
const NAVIGATION_TARGET_MS: f64 = 2.0;
const SEARCH_TARGET_MS: f64 = 16.0;
const COLD_START_TARGET_MS: f64 = 300.0;
/// The terminal the figures are taken on: the smallest the layout is made for.
const WIDTH: u16 = 80;
const HEIGHT: u16 = 24;
/// The keymap layer of list screens (home, customers, interactions).
const LIST: &str = "list";
/// Cold starts measured (the store is closed in between).
const COLD_STARTS: usize = 5;
/// The agent the App runs as: one of the synthetic agents, so Home shows her follow-ups.
const AGENT: &str = "anna";
/// How long to wait for a store whose previous owner in this process is closing.
const RELEASE_WAIT: Duration = Duration::from_secs(60);
/// Interactions go back this many days from now.
const HISTORY_DAYS: i64 = 3 * 365;

/// The `--tui` options, flattened into the bench's own.
#[derive(Debug, clap::Args)]
pub struct TuiArgs {
    /// Measure the TUI (cold start, list navigation, search as you type) instead of the
    /// store comparison: fills a database with --customers customers and --interactions
    /// interactions first.
    #[arg(long)]
    pub tui: bool,
    /// Interactions spread over the customers, for --tui.
    #[arg(long, default_value_t = 5_000_000)]
    pub interactions: u64,
    /// Keystrokes per list-navigation figure, for --tui (search types about a quarter).
    #[arg(long, default_value_t = 10_000)]
    pub keys: usize,
    /// For --tui: a database directory kept between runs — filled when empty, reused when
    /// it already holds exactly these customers and interactions.
    #[arg(long)]
    pub tui_db: Option<PathBuf>,
    /// For --tui: the language the App speaks (de or en), in Europe/Berlin for German.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub tui_lang: Lang,
}

fn parse_lang(code: &str) -> std::result::Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| format!("unknown language {code:?} (de or en)"))
}

/// Fills (or reuses) the database, measures the three figures and prints them, in the
/// language `--tui-lang` names.
pub fn run(args: &TuiArgs, customers: u64, batch: usize, work: &Path) -> Result<()> {
    let zone = match args.tui_lang {
        Lang::De => Zone::named("Europe/Berlin").unwrap_or_default(),
        Lang::En => Zone::UTC,
    };
    lang::scope(Locale::new(args.tui_lang, zone), || {
        run_in_locale(args, customers, batch, work)
    })
}

fn run_in_locale(args: &TuiArgs, customers: u64, batch: usize, work: &Path) -> Result<()> {
    if args.keys == 0 {
        bail!("--keys must be at least 1");
    }
    let dir = args.tui_db.clone().unwrap_or_else(|| work.join("tui"));
    let fill = prepare(&dir, customers, args.interactions, batch)?;
    let load_before = load_average();
    eprintln!("tui: cold starts ...");
    let mut starts = Vec::with_capacity(COLD_STARTS);
    for _ in 0..COLD_STARTS {
        let (elapsed, ui) = Ui::start(&dir, AGENT)?;
        starts.push(elapsed);
        drop(ui);
    }
    let (stranger, _) = Ui::start(&dir, "nobody")?;
    eprintln!("tui: cold starts of the real binary ...");
    let launches = (0..COLD_STARTS)
        .map(|_| launch::launch(&dir, AGENT))
        .collect::<Result<Option<Vec<_>>>>()?;

    let mut ui = Ui::start(&dir, AGENT)?.1;
    eprintln!("tui: navigating the customers list ...");
    ui.go(Action::GoCustomers)?;
    let customers_nav = ui.navigate(args.keys)?;
    eprintln!("tui: navigating the interactions list ...");
    ui.go(Action::GoInteractions)?;
    let interactions_nav = ui.navigate(args.keys)?;
    eprintln!("tui: searching as you type ...");
    ui.go(Action::GoCustomers)?;
    let searches = searches(customers, (args.keys / 4).max(1));
    let search = ui.search(&searches)?;
    eprintln!("tui: searching the interaction history ...");
    let history = ui.search_history(&history::queries(args.interactions))?;

    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu = super::cpu_model().unwrap_or_else(|| "unknown CPU".into());
    println!();
    println!(
        "TUI: {} customers, {} interactions, {WIDTH}x{HEIGHT}, 256 colours, as agent {AGENT}, in {} — {cores} cores, {cpu}",
        group(customers),
        group(args.interactions),
        lang::lang().code(),
    );
    if let Some((customers_rate, interactions_rate)) = fill {
        println!(
            "fill: customers {} records/s, interactions {} records/s",
            group(customers_rate as u64),
            group(interactions_rate as u64)
        );
    }
    println!(
        "{:<40}{:>10}{:>10}{:>10}  verdict",
        "figure", "p50 ms", "p99 ms", "target"
    );
    let (median, slowest) = median_and_slowest(starts.iter().copied());
    row(
        &format!("cold start to first frame ({COLD_STARTS} runs)"),
        median,
        slowest,
        COLD_START_TARGET_MS,
    );
    row(
        "cold start, user who is no agent",
        millis(stranger),
        millis(stranger),
        COLD_START_TARGET_MS,
    );
    if let Some(launches) = &launches {
        let (median, slowest) = median_and_slowest(launches.iter().map(|l| l.opening));
        row(
            "kontor binary: opening line",
            median,
            slowest,
            COLD_START_TARGET_MS,
        );
        let (median, slowest) = median_and_slowest(launches.iter().map(|l| l.home));
        row(
            "kontor binary: Home with data",
            median,
            slowest,
            COLD_START_TARGET_MS,
        );
    }
    for (label, figure, target) in [
        (
            "key → frame, customers list",
            &customers_nav,
            NAVIGATION_TARGET_MS,
        ),
        (
            "key → frame, interactions list",
            &interactions_nav,
            NAVIGATION_TARGET_MS,
        ),
        ("search as you type, all", &search.all, SEARCH_TARGET_MS),
        ("  surname prefixes", &search.by_kind[0], SEARCH_TARGET_MS),
        ("  city prefixes", &search.by_kind[1], SEARCH_TARGET_MS),
        ("  phone fragments", &search.by_kind[2], SEARCH_TARGET_MS),
        (
            "interactions search: first results",
            &history.first,
            SEARCH_TARGET_MS,
        ),
        (
            "interactions search: one step",
            &history.slice,
            SEARCH_TARGET_MS,
        ),
    ] {
        row(label, figure.p50_ms(), figure.p99_ms(), target);
    }
    println!(
        "cold start: first {:.1} ms, then {}; \"no agent\": Home finds no follow-ups of its own",
        millis(starts[0]),
        starts[1..]
            .iter()
            .map(|d| format!("{:.1}", millis(*d)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for (label, figure) in [
        ("customers", &customers_nav),
        ("interactions", &interactions_nav),
        ("search", &search.all),
    ] {
        println!(
            "{label}: {} keys, max {:.2} ms, {:.0} bytes per frame on average, at most {}",
            group(figure.count),
            figure.max_ms(),
            figure.bytes as f64 / figure.count.max(1) as f64,
            figure.max_bytes
        );
    }
    for (text, elapsed, slices) in &history.whole {
        println!(
            "interactions search \"{text}\": {:.0} ms after the last key, {slices} slices",
            millis(*elapsed)
        );
    }
    println!(
        "frames are written to a sink: terminal or network I/O is not included; the OS page cache is warm"
    );
    match &launches {
        Some(_) => println!(
            "kontor binary: spawned by `script` on a pseudo-terminal, 80x24, timed to its output (process start, sled's recovery and the terminal included), {COLD_STARTS} runs"
        ),
        None => println!(
            "kontor binary: not measured (no `kontor` beside the bench, or no `script`): `cargo build --release --features bench` builds both"
        ),
    }
    println!(
        "wall clock; load average {load_before} before the figures, {} after (other work on the machine adds to p99)",
        load_average()
    );
    Ok(())
}

/// The median and the slowest of some durations, in milliseconds.
fn median_and_slowest(durations: impl Iterator<Item = Duration>) -> (f64, f64) {
    let mut sorted: Vec<Duration> = durations.collect();
    sorted.sort();
    match sorted.last() {
        Some(slowest) => (millis(sorted[sorted.len() / 2]), millis(*slowest)),
        None => (0.0, 0.0),
    }
}

fn row(label: &str, p50: f64, p99: f64, target: f64) {
    let verdict = if p99 <= target { "met" } else { "NOT met" };
    println!(
        "{label:<40}{p50:>10.2}{p99:>10.2}{:>10}  {verdict}",
        format!("≤ {target:.0} ms")
    );
}

/// The 1-minute load average, as /proc/loadavg says.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1_000.0
}

// ---------------------------------------------------------------------------------------
// The database

/// Fills `dir` unless it already holds exactly these records; returns the import rates
/// (records/s) when it filled.
fn prepare(
    dir: &Path,
    customers: u64,
    interactions: u64,
    batch: usize,
) -> Result<Option<(f64, f64)>> {
    let store = Store::open(dir).with_context(|| format!("opening {}", dir.display()))?;
    let held = (
        last_id::<Customer>(&store)?,
        last_id::<Interaction>(&store)?,
    );
    if held == (customers, interactions) {
        eprintln!(
            "tui: reusing {} ({} customers, {} interactions)",
            dir.display(),
            group(customers),
            group(interactions)
        );
        return Ok(None);
    }
    if held != (0, 0) {
        bail!(
            "{} holds {} customers and {} interactions, not {} and {}: give an empty --tui-db",
            dir.display(),
            held.0,
            held.1,
            customers,
            interactions
        );
    }
    let customers_rate = fill(&store, customers, batch, "customers", synthetic_customer)?;
    let now = crate::DATED;
    let interactions_rate = fill(&store, interactions, batch, "interactions", |index| {
        synthetic_interaction(index, interactions, customers, now)
    })?;
    store.flush()?;
    Ok(Some((customers_rate, interactions_rate)))
}

/// The highest id of a kind (its count in a database filled only by this bench).
fn last_id<T: Record>(store: &Store) -> Result<u64> {
    Ok(store.last::<T>(1)?.first().map_or(0, Record::id))
}

/// Imports `count` records made by `make` (from 0-based indexes) in batches; returns
/// records/s of the store writes alone.
pub(crate) fn fill<T: Record>(
    store: &Store,
    count: u64,
    batch: usize,
    what: &'static str,
    make: impl Fn(u64) -> T,
) -> Result<f64> {
    eprintln!("tui: importing {} {what} ...", group(count));
    let mut progress = Progress::new(what, count);
    let mut elapsed = Duration::ZERO;
    let mut bulk = store.bulk_insert::<T>(count)?;
    let mut records: Vec<T> = Vec::with_capacity(batch);
    let mut next = 0u64;
    while next < count {
        let end = (next + batch as u64).min(count);
        records.clear();
        records.extend((next..end).map(&make));
        let at = Instant::now();
        bulk.write(&mut records)?;
        elapsed += at.elapsed();
        next = end;
        progress.show(next, elapsed);
    }
    let at = Instant::now();
    bulk.finish()?;
    elapsed += at.elapsed();
    Ok(count as f64 / elapsed.as_secs_f64().max(1e-9))
}

/// Channels weighted as a call center sees them.
const CHANNELS: &[(Channel, u8)] = &[
    (Channel::CallIn, 30),
    (Channel::CallOut, 20),
    (Channel::Email, 25),
    (Channel::Visit, 5),
    (Channel::Chat, 8),
    (Channel::Social, 2),
    (Channel::Note, 10),
];

#[rustfmt::skip]
const SUBJECTS: &[&str] = &[
    "Rückfrage zur Rechnung", "Angebot Wartungsvertrag", "Lieferverzug", "Reklamation",
    "Terminvereinbarung", "Bestellung", "Preisanfrage", "Zahlungserinnerung", "Schulung",
    "Ersatzteile", "Rahmenvertrag verlängern", "Adressänderung", "Kündigung angedroht",
    "Messeeinladung", "Produktvorführung", "Gutschrift", "Lieferschein fehlt", "Montagetermin",
    "Garantiefall", "Neuer Ansprechpartner",
];

#[rustfmt::skip]
const OUTCOMES: &[&str] = &[
    "erledigt", "Rückruf vereinbart", "Angebot folgt", "an Technik weitergeleitet",
    "Kunde überlegt", "nicht erreicht", "",
];

/// Interaction number `index` (0-based) of `total`: newer with every index (ids grow with
/// time, as in real use), a fifth of them with the busiest tenth of the customers, one in
/// ten with a follow-up 1–14 days later — done when its date has passed, except for about
/// one in fifty, which stays open and overdue.
pub(crate) fn synthetic_interaction(
    index: u64,
    total: u64,
    customers: u64,
    now: OffsetDateTime,
) -> Interaction {
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0x6163_7473 ^ index.wrapping_mul(0x9e37_79b9));
    let span = time::Duration::days(HISTORY_DAYS).whole_seconds();
    let offset = span * (total - index) as i64 / total.max(1) as i64;
    let at = now - time::Duration::seconds(offset + rng.i64(60..3_600));
    let customer = if rng.u8(..100) < 20 {
        rng.u64(..(customers / 10).max(1))
    } else {
        rng.u64(..customers.max(1))
    };
    let mut roll = rng.u8(..100);
    let channel = CHANNELS
        .iter()
        .find(|(_, weight)| {
            let hit = roll < *weight;
            roll = roll.saturating_sub(*weight);
            hit
        })
        .map_or(Channel::Note, |(channel, _)| *channel);
    let spoken = matches!(channel, Channel::CallIn | Channel::CallOut | Channel::Visit);
    let mut subject = pick(&mut rng, SUBJECTS).to_string();
    if rng.u8(..4) == 0 {
        subject.push_str(&format!(" RE-{}", 2_000_000 + index));
    }
    let follow_up = (rng.u8(..10) == 0).then(|| at.date() + time::Duration::days(rng.i64(1..15)));
    let follow_up_done = follow_up.is_some_and(|due| due < now.date() && rng.u8(..50) != 0);
    Interaction {
        id: 0,
        customer_id: customer + 1,
        contact: if rng.bool() {
            format!(
                "{} {}",
                pick(&mut rng, FIRST_NAMES),
                pick(&mut rng, SURNAMES)
            )
        } else {
            String::new()
        },
        channel,
        subject,
        body: if rng.u8(..3) == 0 {
            "Kunde bittet um schriftliche Bestätigung per E-Mail.".into()
        } else {
            String::new()
        },
        outcome: if spoken {
            pick(&mut rng, OUTCOMES).to_string()
        } else {
            String::new()
        },
        duration: if spoken { rng.u32(30..1_200) } else { 0 },
        agent: pick(&mut rng, OWNERS).to_string(),
        at,
        follow_up,
        follow_up_done,
        campaign: None,
        version: 0,
    }
}

// ---------------------------------------------------------------------------------------
// The App as the local runner drives it

/// An App with its terminal: what `tui::run::run_local` holds while it runs.
struct Ui {
    app: App,
    terminal: Terminal<SgrBackend<Sink>>,
    keymap: Arc<Keymap>,
    /// The last input's effects asked for `Input::Work`.
    more_work: bool,
}

/// Latencies of one figure, with the bytes each frame wrote.
struct Figure {
    histogram: Histogram<u64>,
    count: u64,
    bytes: u64,
    max_bytes: u64,
}

impl Figure {
    fn new() -> Result<Figure> {
        Ok(Figure {
            histogram: Histogram::new_with_bounds(1, 600_000_000_000, 3)
                .map_err(|error| anyhow!("histogram: {error}"))?,
            count: 0,
            bytes: 0,
            max_bytes: 0,
        })
    }

    fn record(&mut self, elapsed: Duration, bytes: u64) {
        let nanos = u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX);
        self.histogram.saturating_record(nanos.max(1));
        self.count += 1;
        self.bytes += bytes;
        self.max_bytes = self.max_bytes.max(bytes);
    }

    fn p50_ms(&self) -> f64 {
        self.histogram.value_at_quantile(0.5) as f64 / 1e6
    }

    fn p99_ms(&self) -> f64 {
        self.histogram.value_at_quantile(0.99) as f64 / 1e6
    }

    fn max_ms(&self) -> f64 {
        self.histogram.max() as f64 / 1e6
    }
}

/// What `TERM=xterm-256color` with a UTF-8 locale gives: the common local terminal.
fn profile() -> Profile {
    Profile::detect(
        &|name| match name {
            "TERM" => Some("xterm-256color".into()),
            "LANG" => Some("C.UTF-8".into()),
            _ => None,
        },
        false,
    )
}

impl Ui {
    /// Opens the store and starts the App as `run_local` does, up to the first frame
    /// written; returns the time that took.
    fn start(dir: &Path, user: &str) -> Result<(Duration, Ui)> {
        // The previous store's sled threads may hold the lock a while after it is dropped
        // (long after a large import): wait for them untimed, so only the open is timed.
        if !Store::wait_until_free(dir, RELEASE_WAIT) {
            bail!("{} is still in use after {RELEASE_WAIT:?}", dir.display());
        }
        let at = Instant::now();
        let store = Store::open(dir).with_context(|| format!("opening {}", dir.display()))?;
        let keymap =
            Arc::new(Keymap::load(None, None).map_err(|error| anyhow!("default keymap: {error}"))?);
        let profile = profile();
        let session = Session::new(
            Arc::new(store),
            Clock::pinned(crate::DATED),
            Actor::local(user),
        )?;
        let app = App::new(
            session,
            Arc::clone(&keymap),
            Theme::new(profile),
            (WIDTH, HEIGHT),
        );
        let mut backend = SgrBackend::new(std::io::sink(), profile, WIDTH, HEIGHT);
        backend.enter_screen()?;
        let terminal = Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, WIDTH, HEIGHT)),
            },
        )?;
        let mut ui = Ui {
            app,
            terminal,
            keymap,
            more_work: false,
        };
        ui.draw()?;
        Ok((at.elapsed(), ui))
    }

    /// Draws a frame; returns the bytes it wrote to the terminal.
    fn draw(&mut self) -> Result<u64> {
        let before = self.terminal.backend().bytes_written();
        self.terminal.draw(|frame| self.app.view(frame))?;
        Ok(self.terminal.backend().bytes_written() - before)
    }

    /// One key as the runner handles it (see `handle`).
    fn press(&mut self, key: Key) -> Result<u64> {
        self.handle(Input::Key(key))
    }

    /// One input as the runner handles it: the App's update, its effects, a frame.
    /// Returns the bytes the frame wrote.
    fn handle(&mut self, input: Input) -> Result<u64> {
        let effects = self.app.handle(input);
        self.more_work = effects.contains(&Effect::MoreWork);
        if effects.contains(&Effect::Repaint) {
            self.terminal.clear()?;
        }
        if effects.contains(&Effect::Bell) {
            self.terminal.backend_mut().bell()?;
        }
        self.draw()
    }

    /// Presses the keys the keymap binds to `action` on list screens (untimed).
    fn go(&mut self, action: Action) -> Result<()> {
        let notation = self
            .keymap
            .key_for(LIST, action)
            .ok_or_else(|| anyhow!("no key for {action:?} on lists"))?;
        for key in parse_sequence(&notation).map_err(|error| anyhow!("{notation}: {error}"))? {
            self.press(key)?;
        }
        Ok(())
    }

    /// `keys` presses of Down (nine) and PageDown (one) in turn, back up with Up and
    /// PageUp once a key changes nothing (the end of the list), each timed to its frame.
    fn navigate(&mut self, keys: usize) -> Result<Figure> {
        let mut figure = Figure::new()?;
        let mut down = true;
        for n in 0..keys {
            let code = match (down, n % 10 == 9) {
                (true, false) => KeyCode::Down,
                (true, true) => KeyCode::PageDown,
                (false, false) => KeyCode::Up,
                (false, true) => KeyCode::PageUp,
            };
            let at = Instant::now();
            let bytes = self.press(Key::plain(code))?;
            figure.record(at.elapsed(), bytes);
            if bytes == 0 {
                down = !down;
            }
        }
        Ok(figure)
    }

    /// Types each query after `/`, one timed character at a time, then clears it with
    /// Ctrl-U and leaves the search box with Esc (untimed).
    fn search(&mut self, searches: &[(usize, String)]) -> Result<Searches> {
        let mut result = Searches {
            all: Figure::new()?,
            by_kind: [Figure::new()?, Figure::new()?, Figure::new()?],
        };
        for (kind, text) in searches {
            self.go(Action::Search)?;
            for c in text.chars() {
                let at = Instant::now();
                let bytes = self.press(Key::char(c))?;
                let elapsed = at.elapsed();
                result.all.record(elapsed, bytes);
                result.by_kind[*kind].record(elapsed, bytes);
            }
            self.press(Key::ctrl('u'))?;
            self.press(Key::plain(KeyCode::Esc))?;
        }
        Ok(result)
    }
}

/// Search keystrokes, all and by kind of query (surname, city, phone fragment).
struct Searches {
    all: Figure,
    by_kind: [Figure; 3],
}

/// Queries of the three kinds in turn, about `keystrokes` characters in all, drawn from
/// the synthetic customers: a surname's first 3 to all letters, a city's first 3 to all
/// letters, and the last 4 to 7 digits of a phone number. Tagged 0, 1, 2 by kind.
fn searches(customers: u64, keystrokes: usize) -> Vec<(usize, String)> {
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0x7365_6172_6368);
    let mut queries = Vec::new();
    let mut typed = 0;
    while typed < keystrokes {
        let kind = queries.len() % 3;
        let customer = synthetic_customer(rng.u64(..customers));
        let text: String = match kind {
            0 => {
                let surname = customer
                    .name
                    .split(' ')
                    .find(|word| SURNAMES.contains(word))
                    .unwrap_or("Müller");
                let take = rng.usize(3..=surname.chars().count().max(3));
                surname.chars().take(take).collect()
            }
            1 => {
                let (city, _, _) = CITIES[rng.usize(..CITIES.len())];
                let take = rng.usize(3..=city.chars().count());
                city.chars().take(take).collect()
            }
            _ => {
                let digits: String = customer
                    .phones
                    .first()
                    .map(|phone| phone.raw.chars().filter(char::is_ascii_digit).collect())
                    .unwrap_or_default();
                let take = rng.usize(4..=7).min(digits.len());
                digits[digits.len() - take..].to_string()
            }
        };
        typed += text.chars().count();
        queries.push((kind, text));
    }
    queries
}
