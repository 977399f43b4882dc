//! An agent's day, played by one session of the load generator: a call comes in — caller
//! lookup (F2) typing the number from the start, or on the next call its last 4–7 digits;
//! Enter opens the caller with the log-call form, the agent types a unique subject, an
//! outcome and a follow-up date and saves (a write, acknowledged by "call logged" on the
//! status line, which the server sends only once the write is on disk) — then my
//! follow-ups due, the customers list paged through and searched as you type, back home,
//! and an item's stock. Keys within an action come at typing speed; between actions the
//! agent thinks. Every step waits for the screen that answers its last key and records the
//! time (after the warm-up); no answer within the patience is an error, after which the
//! session logs in again. In `--idle` mode a session logs in and then only reads.
//! Room: bench.

use std::fs::File;
use std::io::{LineWriter, Write};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kontor::core::Clock;
use russh::client;

use super::setup::{Account, Caller, Workload};
use super::stats::{Act, Login, Tally};
use super::term::{Failure, HEIGHT, Ready, Term, focused_field, row};

/// Keys as xterm sends them, for the default keymap.
const F2: &[u8] = b"\x1bOQ";
const F12: &[u8] = b"\x1b[24~";
const PAGE_DOWN: &[u8] = b"\x1b[6~";
const SAVE: &[u8] = b"\x18";
/// Pause between keys within one action, in milliseconds: a quick typist.
const TYPING_MS: std::ops::Range<u64> = 80..220;
/// Pages turned in the customers list.
const PAGES: usize = 3;
#[rustfmt::skip]
const OUTCOMES: &[&str] = &["erledigt", "Angebot folgt", "Rueckruf vereinbart", "nicht erreicht"];

/// Think time between actions.
#[derive(Debug, Clone, Copy)]
pub struct Think {
    pub min: Duration,
    pub max: Duration,
}

/// What every session of a run shares.
pub struct Plan {
    pub address: SocketAddr,
    pub ssh: Arc<client::Config>,
    pub accounts: Vec<Arc<Account>>,
    pub workload: Arc<Workload>,
    pub think: Think,
    /// How long an answer may take before it counts as an error.
    pub patience: Duration,
    /// Latencies count from here (the warm-up ends).
    pub measure_from: Instant,
    pub end: Instant,
    /// Only log in and read.
    pub idle: bool,
    /// Tells this run's subjects apart from other runs'.
    pub run: String,
    /// Where the time comes from (follow-up dates, acknowledgement times).
    pub clock: Clock,
    /// One line per acknowledged write (see `load::ACKED_HEADER`).
    pub acked: Option<Mutex<LineWriter<File>>>,
}

/// Runs session `index` from `start` to the end of the run; returns what it measured.
pub async fn session(
    plan: Arc<Plan>,
    index: usize,
    start: Instant,
    first: Login,
) -> anyhow::Result<Tally> {
    let mut tally = Tally::new()?;
    tokio::time::sleep_until(start.into()).await;
    let account = plan.accounts[index % plan.accounts.len()].clone();
    let mut rng = fastrand::Rng::with_seed(index as u64 ^ 0x6c6f_6164);
    let mut kind = first;
    let mut calls = 0u64;
    while Instant::now() < plan.end {
        let at = Instant::now();
        let mut term = match home(&plan, &account).await {
            Ok(term) => term,
            Err(failure) => {
                tally.login_errors += 1;
                if tally.error_screens.len() < 3 {
                    tally
                        .error_screens
                        .push(format!("login as {}: {failure}", account.name));
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
                kind = Login::Again;
                continue;
            }
        };
        tally.login(kind, at.elapsed());
        kind = Login::Again;
        if plan.idle {
            let before = term.received;
            let _ = term.idle_until(plan.end).await;
            tally.idle_bytes += term.received - before;
            term.close().await;
            break;
        }
        let mut agent = Agent {
            plan: &plan,
            term,
            rng: &mut rng,
            tally: &mut tally,
            index,
        };
        let ended = loop {
            calls += 1;
            if let Err(failure) = agent.call(calls).await {
                break failure;
            }
        };
        let term = agent.term;
        term.close().await;
        if let Failure::Over = ended {
            break;
        }
    }
    Ok(tally)
}

/// Logs in and waits for Home with its panels.
async fn home(plan: &Plan, account: &Account) -> Result<Term, Failure> {
    let deadline = Instant::now() + plan.patience;
    let login = Term::open(
        plan.address,
        plan.ssh.clone(),
        &account.name,
        account.key.clone(),
    );
    let mut term = tokio::time::timeout_at(deadline.into(), login)
        .await
        .map_err(|_| Failure::Timeout)??;
    term.until(deadline, &|s| is_home(s)).await?;
    Ok(term)
}

fn is_home(screen: &vt100::Screen) -> bool {
    row(screen, 0).contains("· Home ·") && row(screen, 1).contains("My follow-ups")
}

struct Agent<'a> {
    plan: &'a Plan,
    term: Term,
    rng: &'a mut fastrand::Rng,
    tally: &'a mut Tally,
    index: usize,
}

impl Agent<'_> {
    /// One call and what the agent does after it.
    async fn call(&mut self, number: u64) -> Result<(), Failure> {
        let plan = self.plan;
        let workload = &plan.workload;
        let caller = &workload.callers[self.rng.usize(..workload.callers.len())];
        self.think().await?;
        self.step(Act::CallerOpen, F2, &|s| {
            row(s, 0).contains("Caller lookup")
        })
        .await?;
        self.lookup(caller, number.is_multiple_of(2)).await?;
        self.gap().await?;
        self.step(Act::OpenCaller, b"\r", &|s| row(s, 0).contains("Log call"))
            .await?;
        self.log_call(number).await?;
        self.think().await?;
        self.go(Act::FollowUps, b'i', &|s| {
            row(s, 0).contains("Follow-ups due")
        })
        .await?;
        self.think().await?;
        self.go(Act::Customers, b'c', &|s| {
            row(s, 0).contains("· Customers ·")
        })
        .await?;
        for _ in 0..PAGES {
            self.gap().await?;
            // The cursor moves a page, or the page turns: either way the list looks different.
            let before = self.term.screen().contents_formatted();
            self.step(Act::PageDown, PAGE_DOWN, &|s| {
                s.contents_formatted() != before
            })
            .await?;
        }
        self.think().await?;
        self.search(&caller.word).await?;
        self.think().await?;
        self.step(Act::Back, F12, &|s| is_home(s)).await?;
        if !workload.skus.is_empty() {
            let sku = &workload.skus[self.rng.usize(..workload.skus.len())];
            self.think().await?;
            self.go(Act::Items, b't', &|s| row(s, 0).contains("Items & stock"))
                .await?;
            self.search(sku).await?;
            self.gap().await?;
            // The first Enter ends typing, the second opens the item.
            self.term.send(b"\r").await?;
            self.gap().await?;
            self.step(Act::ItemStock, b"\r", &|s| {
                row(s, 0).contains("· Item ") && s.contents().contains("On hand")
            })
            .await?;
        }
        Ok(())
    }

    /// Types the caller's number from the start, or its last 4–7 digits from the end.
    async fn lookup(&mut self, caller: &Caller, from_start: bool) -> Result<(), Failure> {
        let (act, typed) = if from_start {
            (Act::DigitFromStart, caller.number.clone())
        } else {
            let digits: String = caller.number.chars().filter(char::is_ascii_digit).collect();
            let take = self.rng.usize(4..=7).min(digits.len());
            (Act::DigitFromEnd, digits[digits.len() - take..].to_string())
        };
        let mut sofar = String::new();
        for c in typed.chars() {
            sofar.push(c);
            self.gap().await?;
            let echo = format!("e-mail: {sofar}");
            self.step(act, c.to_string().as_bytes(), &|s| {
                row(s, 1).trim_end().ends_with(&echo)
            })
            .await?;
        }
        self.tally.lookups += 1;
        let shown: String = caller.name.chars().take(20).collect();
        if self.term.screen().contents().contains(&shown) {
            self.tally.found += 1;
        }
        Ok(())
    }

    /// Fills the log-call form and saves it; records the acknowledged write.
    async fn log_call(&mut self, number: u64) -> Result<(), Failure> {
        let subject = format!("LT-{}-{}-{number}", self.plan.run, self.index);
        let outcome = OUTCOMES[self.rng.usize(..OUTCOMES.len())];
        let due = self.plan.clock.today() + time::Duration::days(self.rng.i64(1..=14));
        let due = due.to_string();
        self.type_field("Subject", &subject).await?;
        for (label, text) in [("Outcome", outcome), ("Follow-up date", due.as_str())] {
            self.gap().await?;
            self.step(Act::FormKey, b"\t", &|s| {
                focused_field(s, label).is_some_and(|value| value.is_empty())
            })
            .await?;
            self.type_field(label, text).await?;
        }
        self.gap().await?;
        self.step(Act::Save, SAVE, &|s| {
            (HEIGHT - 3..HEIGHT).any(|n| row(s, n).contains("call logged"))
        })
        .await?;
        self.tally.acked += 1;
        if let Some(acked) = &self.plan.acked {
            let customer = customer_id(&row(self.term.screen(), 0));
            let at = self
                .plan
                .clock
                .now()
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default();
            let line = format!("{customer}\t{subject}\t{outcome}\t{due}\t{at}\n");
            if let Ok(mut file) = acked.lock() {
                let _ = file.write_all(line.as_bytes());
            }
        }
        Ok(())
    }

    async fn type_field(&mut self, label: &str, text: &str) -> Result<(), Failure> {
        let mut sofar = String::new();
        for c in text.chars() {
            sofar.push(c);
            self.gap().await?;
            self.step(Act::FormKey, c.to_string().as_bytes(), &|s| {
                focused_field(s, label).as_deref() == Some(sofar.trim_end())
            })
            .await?;
        }
        Ok(())
    }

    /// `/`, then `text` a key at a time, each answered by the list it filters.
    async fn search(&mut self, text: &str) -> Result<(), Failure> {
        self.step(Act::SearchKey, b"/", &|s| row(s, 1).starts_with(" / "))
            .await?;
        let mut sofar = String::new();
        for c in text.chars() {
            sofar.push(c);
            self.gap().await?;
            let prompt = format!(" / {sofar}  (");
            self.step(Act::SearchKey, c.to_string().as_bytes(), &|s| {
                row(s, 1).starts_with(&prompt)
            })
            .await?;
        }
        Ok(())
    }

    /// `g` then `key`: a go-… action from a list.
    async fn go(&mut self, act: Act, key: u8, ready: Ready<'_>) -> Result<(), Failure> {
        self.term.send(b"g").await?;
        self.gap().await?;
        self.step(act, &[key], ready).await
    }

    /// Sends `keys` and waits for the screen that answers them.
    async fn step(&mut self, act: Act, keys: &[u8], ready: Ready<'_>) -> Result<(), Failure> {
        let sent = self.term.send(keys).await?;
        match self.term.until(sent + self.plan.patience, ready).await {
            Ok(answered) => {
                if answered >= self.plan.measure_from && answered <= self.plan.end {
                    self.tally.record(act, answered - sent);
                }
                Ok(())
            }
            Err(failure) => {
                if let Failure::Timeout = failure {
                    self.tally.error(act, self.term.screen().contents());
                }
                Err(failure)
            }
        }
    }

    async fn think(&mut self) -> Result<(), Failure> {
        let think = self.plan.think;
        let span = think.max.saturating_sub(think.min).as_millis() as u64;
        let pause = think.min + Duration::from_millis(self.rng.u64(0..=span));
        self.pause(pause).await
    }

    async fn gap(&mut self) -> Result<(), Failure> {
        let pause = Duration::from_millis(self.rng.u64(TYPING_MS));
        self.pause(pause).await
    }

    /// Waits (reading what comes), or ends the day when the run is over.
    async fn pause(&mut self, pause: Duration) -> Result<(), Failure> {
        let until = Instant::now() + pause;
        if until >= self.plan.end {
            return Err(Failure::Over);
        }
        self.term.idle_until(until).await
    }
}

/// The customer id in a title row ` kontor · Customer 17 Jens Schneider · anna`, or `?`.
fn customer_id(title: &str) -> String {
    title
        .split_once("Customer ")
        .map(|(_, rest)| rest.chars().take_while(char::is_ascii_digit).collect())
        .filter(|id: &String| !id.is_empty())
        .unwrap_or_else(|| "?".into())
}
