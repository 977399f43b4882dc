//! `kontor-bench --segments`: evaluating a segment — a tag, a country and e-mail consent for
//! the newsletter — over `--segment-customers` customers (1,000,000), p50/p99 of the
//! members' count and of the first page of 20, side by side with SQLite on the same data
//! (`segments_sqlite.rs`). The data: the store bench's synthetic customers with countries
//! spread (DE 70 %, AT 12 %, CH 10 %, NL 4 %, FR 4 %), each address made unique, and a
//! consent story per address (`story`: nothing, a request left unconfirmed, a double
//! opt-in, withdrawn, given again, objected, another purpose's consent, a confirmation
//! dated after now) in the ledger. kontor's side is the segment `tags-any=TAG; country=C;
//! consent=email:newsletter`: `core::segments::count` for the count and
//! `core::segments::members_page` for the first page (candidates from `customers.by_tag`
//! intersected with `customers.by_country`, each read and its address's standing taken
//! from the ledger; the page stops reading at its 20th member). SQLite derives consent in
//! the query itself (the latest confirming,
//! withdrawing or objecting event at or before now is a confirmation). Both sides must
//! return what the generator expects (`expected`, its own reading of the rule) for every
//! query, or the bench fails. Room: bench. Not a test.

use std::path::Path;
use std::time::Instant;

use anyhow::{Result, anyhow, bail};
use clap::Args;
use time::{Duration, OffsetDateTime};

use kontor::core::segments::{Target, count, members_page};
use kontor::core::{Actor, CoreError};
use kontor::domain::consent::{Action, Channel, ConsentEvent, Party};
use kontor::domain::segment::{Criterion, TagMatch};
use kontor::domain::{Country, Customer};
use kontor::store::{BATCH, Store};

use super::data::synthetic_customer;
use super::{DATED, Latency, SEED, measure, micros};

#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// Measure segment evaluation (tag + country + e-mail consent) against SQLite.
    #[arg(long)]
    pub segments: bool,
    /// Customers for --segments.
    #[arg(long, default_value_t = 1_000_000)]
    pub segment_customers: u64,
    /// Evaluations per figure for --segments (each of count and first page).
    #[arg(long, default_value_t = 20)]
    pub segment_runs: usize,
}

/// The consent purpose the segments ask for.
pub const PURPOSE: &str = "newsletter";
/// Members on the first page.
pub const PAGE: usize = 20;
/// The filters evaluated in turn: a tag and a country.
pub const FILTERS: [(&str, &str); 4] = [
    ("newsletter", "DE"),
    ("vip", "AT"),
    ("b2b", "DE"),
    ("messe", "CH"),
];
/// Countries and their weights (of 100).
const COUNTRIES: [(&str, u8); 5] = [("DE", 70), ("AT", 12), ("CH", 10), ("NL", 4), ("FR", 4)];

/// What one event of a story says (the SQLite side stores these codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    Requested = 0,
    Confirmed = 1,
    Withdrawn = 2,
    Objected = 3,
}

/// One event of an address's consent story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub said: Said,
    pub purpose: &'static str,
    pub at: OffsetDateTime,
}

fn rng(index: u64, salt: u64) -> fastrand::Rng {
    fastrand::Rng::with_seed(SEED ^ salt ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// The country of customer `index`, by `COUNTRIES`' weights.
pub fn country_code(index: u64) -> &'static str {
    let mut roll = rng(index, 0x0063_6f75_6e74_7279).u8(..100);
    for (code, weight) in COUNTRIES {
        if roll < weight {
            return code;
        }
        roll -= weight;
    }
    "DE"
}

/// Customer `index` of the segment data: the store bench's customer with its country set
/// and its address made unique (`k<index>.` before the local part).
pub fn segment_customer(index: u64) -> Result<Customer> {
    let mut customer = synthetic_customer(index);
    let code = country_code(index);
    let country = Country::parse(code).ok_or_else(|| anyhow!("unknown country {code}"))?;
    for address in &mut customer.addresses {
        address.country = Some(country);
    }
    customer.emails = customer
        .emails
        .iter()
        .map(|email| format!("k{index}.{email}"))
        .collect();
    Ok(customer)
}

/// The consent story of customer `index`'s address, oldest first: shares (of 100) 40
/// nothing, 12 only requested, 28 double opt-in, 8 withdrawn after it, 3 given again after
/// a withdrawal, 3 objected after consenting, 3 consent for `offers` only, 2 consent with
/// a withdrawal for `offers` only, 1 a confirmation dated after now.
pub fn story(index: u64) -> Vec<Step> {
    use Said::*;
    let mut rng = rng(index, 0x0063_6f6e_7365_6e74);
    let roll = rng.u8(..100);
    let mut at = time::macros::datetime!(2022-01-03 10:00 UTC) + Duration::days(rng.i64(0..1000));
    let plan: &[(Said, &'static str)] = match roll {
        0..40 => &[],
        40..52 => &[(Requested, PURPOSE)],
        52..80 => &[(Requested, PURPOSE), (Confirmed, PURPOSE)],
        80..88 => &[
            (Requested, PURPOSE),
            (Confirmed, PURPOSE),
            (Withdrawn, PURPOSE),
        ],
        88..91 => &[
            (Confirmed, PURPOSE),
            (Withdrawn, PURPOSE),
            (Confirmed, PURPOSE),
        ],
        91..94 => &[(Confirmed, PURPOSE), (Objected, PURPOSE)],
        94..97 => &[(Confirmed, "offers")],
        97..99 => &[(Confirmed, PURPOSE), (Withdrawn, "offers")],
        _ => {
            at = DATED + Duration::days(10);
            &[(Confirmed, PURPOSE)]
        }
    };
    plan.iter()
        .map(|&(said, purpose)| {
            let step = Step { said, purpose, at };
            at += Duration::days(rng.i64(1..200));
            step
        })
        .collect()
}

/// Whether the story allows newsletter mail at `now` — the rule as the bench reads it
/// (independently of kontor's): the latest event at or before `now` that confirms or
/// withdraws the purpose, or objects to any, is a confirmation.
pub fn allowed(steps: &[Step], now: OffsetDateTime) -> bool {
    steps
        .iter()
        .filter(|step| step.at <= now)
        .filter(|step| match step.said {
            Said::Objected => true,
            Said::Confirmed | Said::Withdrawn => step.purpose == PURPOSE,
            Said::Requested => false,
        })
        .max_by_key(|step| step.at)
        .is_some_and(|step| step.said == Said::Confirmed)
}

/// The members' count and first page of every filter as the generator expects them.
pub fn expected(customers: u64) -> Result<Vec<(usize, Vec<u64>)>> {
    let mut found = vec![(0usize, Vec::new()); FILTERS.len()];
    for index in 0..customers {
        let customer = segment_customer(index)?;
        let code = country_code(index);
        let consents = allowed(&story(index), DATED);
        for (filter, (tag, country)) in FILTERS.iter().enumerate() {
            if consents && code == *country && customer.tags.iter().any(|own| own == tag) {
                found[filter].0 += 1;
                if found[filter].1.len() < PAGE {
                    found[filter].1.push(index + 1);
                }
            }
        }
    }
    Ok(found)
}

/// The ledger's event of `step` for customer `id` at `address`.
fn event(id: u64, address: &str, step: &Step) -> ConsentEvent {
    ConsentEvent {
        id: 0,
        version: 0,
        party: Party::Customer(id),
        person: String::new(),
        channel: Channel::Email,
        address: address.to_string(),
        purpose: step.purpose.to_string(),
        action: match step.said {
            Said::Requested => Action::Requested,
            Said::Confirmed => Action::Confirmed,
            Said::Withdrawn => Action::Withdrawn,
            Said::Objected => Action::Objected,
        },
        at: step.at,
        source: "form".into(),
        text_version: String::new(),
        text_sha256: String::new(),
        ip: String::new(),
        actor: "bench".into(),
    }
}

/// The customers and their consent events written in bulk; the seconds the store took.
fn import(store: &Store, customers: u64) -> Result<f64> {
    let mut taken = 0.0;
    let mut bulk = store.bulk_insert::<Customer>(customers)?;
    let mut next = 0;
    while next < customers {
        let end = (next + BATCH as u64).min(customers);
        let mut batch = (next..end)
            .map(segment_customer)
            .collect::<Result<Vec<_>>>()?;
        let at = Instant::now();
        bulk.write(&mut batch)?;
        taken += at.elapsed().as_secs_f64();
        if next == 0 && batch.first().map(|customer| customer.id) != Some(1) {
            bail!("kontor's first customer id is not 1; the sides' ids would differ");
        }
        next = end;
    }
    let at = Instant::now();
    bulk.finish()?;
    taken += at.elapsed().as_secs_f64();
    let events: u64 = (0..customers).map(|index| story(index).len() as u64).sum();
    let mut bulk = store.bulk_insert::<ConsentEvent>(events)?;
    let mut batch = Vec::with_capacity(BATCH);
    for index in 0..customers {
        let customer = segment_customer(index)?;
        let address = customer.emails.first().cloned().unwrap_or_default();
        batch.extend(
            story(index)
                .iter()
                .map(|step| event(index + 1, &address, step)),
        );
        if batch.len() >= BATCH || index + 1 == customers {
            let at = Instant::now();
            bulk.write(&mut batch)?;
            taken += at.elapsed().as_secs_f64();
            batch.clear();
        }
    }
    let at = Instant::now();
    bulk.finish()?;
    Ok(taken + at.elapsed().as_secs_f64())
}

/// The criteria of filter `filter`: the tag, the country and e-mail consent.
fn criteria(filter: usize) -> Result<Vec<Criterion>> {
    let (tag, country) = FILTERS[filter % FILTERS.len()];
    let country = Country::parse(country).ok_or_else(|| anyhow!("unknown country {country}"))?;
    Ok(vec![
        Criterion::Tags(TagMatch::Any, vec![tag.to_string()]),
        Criterion::Country(country),
        Criterion::Consent {
            channel: Channel::Email,
            purpose: PURPOSE.to_string(),
        },
    ])
}

fn failed(error: CoreError) -> anyhow::Error {
    anyhow!("{error}")
}

/// The members' count of filter `filter` (`core::segments::count`).
fn counted(store: &Store, admin: &Actor, filter: usize) -> Result<usize> {
    let target = Target::Filter(criteria(filter)?);
    Ok(count(store, admin, &target, DATED).map_err(failed)?.0)
}

/// The first page of filter `filter` (`core::segments::members_page`).
fn first_page(store: &Store, admin: &Actor, filter: usize) -> Result<Vec<u64>> {
    let target = Target::Filter(criteria(filter)?);
    let (members, _) = members_page(store, admin, &target, DATED, 0, PAGE).map_err(failed)?;
    Ok(members
        .customers
        .iter()
        .map(|customer| customer.id)
        .collect())
}

/// What one side measured.
pub struct SideFigures {
    pub import_secs: f64,
    pub count: Latency,
    pub page: Latency,
    /// Per filter: the count and the first page.
    pub answers: Vec<(usize, Vec<u64>)>,
}

fn kontor_side(dir: &Path, customers: u64, runs: usize) -> Result<SideFigures> {
    eprintln!("segments: kontor importing {customers} customers and their consent ...");
    let store = Store::open(&dir.join("segments"))?;
    let import_secs = import(&store, customers)?;
    let admin = Actor::local("bench");
    let mut answers = Vec::new();
    for filter in 0..FILTERS.len() {
        let count = counted(&store, &admin, filter)?;
        answers.push((count, first_page(&store, &admin, filter)?));
    }
    let queries: Vec<usize> = (0..runs).map(|run| run % FILTERS.len()).collect();
    eprintln!("segments: kontor evaluating ...");
    let count = measure(&queries, |&filter| {
        Ok(vec![counted(&store, &admin, filter)? as u64])
    })?;
    let page = measure(&queries, |&filter| first_page(&store, &admin, filter))?;
    Ok(SideFigures {
        import_secs,
        count,
        page,
        answers,
    })
}

pub fn run(args: &SegmentArgs, dir: &Path) -> Result<()> {
    let customers = args.segment_customers;
    let runs = args.segment_runs;
    if customers == 0 || runs == 0 {
        bail!("--segment-customers and --segment-runs must be at least 1");
    }
    eprintln!("segments: computing the expected members ...");
    let expected = expected(customers)?;
    let kontor = kontor_side(dir, customers, runs)?;
    let sqlite = super::segments_sqlite::run(dir, customers, runs)?;
    let events: u64 = (0..customers).map(|index| story(index).len() as u64).sum();
    println!(
        "segment evaluation: {customers} customers, {events} consent events, {runs} runs per \
         figure over {} filters (tag + country + e-mail consent for {PURPOSE})",
        FILTERS.len()
    );
    for (filter, (tag, country)) in FILTERS.iter().enumerate() {
        println!(
            "  tags-any={tag}; country={country}; consent=email/{PURPOSE}: {} members",
            expected[filter].0
        );
    }
    println!("{:<34} {:>12} {:>12}", "", "kontor", "SQLite");
    println!(
        "{:<34} {:>12.1} {:>12.1}",
        "import with consent (s)", kontor.import_secs, sqlite.import_secs
    );
    for (label, pick) in [
        (
            "members' count",
            (|f: &SideFigures| &f.count) as fn(&SideFigures) -> &Latency,
        ),
        ("first page of 20", |f: &SideFigures| &f.page),
    ] {
        for (quantile, value) in [
            ("p50", (|l: &Latency| l.p50_ns) as fn(&Latency) -> u64),
            ("p99", |l: &Latency| l.p99_ns),
        ] {
            println!(
                "{:<34} {:>12.1} {:>12.1}",
                format!("{label} {quantile} (ms)"),
                micros(value(pick(&kontor))) / 1000.0,
                micros(value(pick(&sqlite))) / 1000.0
            );
        }
    }
    let same = kontor.count.fingerprint == sqlite.count.fingerprint
        && kontor.page.fingerprint == sqlite.page.fingerprint;
    if kontor.answers != expected || sqlite.answers != expected || !same {
        bail!("the sides' members differ from each other or from the generator's");
    }
    println!("result check: kontor, SQLite and the generator agree on every count and page");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_follow_their_weights() {
        let total: u32 = COUNTRIES.iter().map(|(_, w)| u32::from(*w)).sum();
        assert_eq!(total, 100);
        let n = 20_000;
        let de = (0..n).filter(|&i| country_code(i) == "DE").count();
        let fr = (0..n).filter(|&i| country_code(i) == "FR").count();
        assert!((13_400..14_600).contains(&de), "{de}");
        assert!((600..1_000).contains(&fr), "{fr}");
    }

    #[test]
    fn about_a_third_of_the_addresses_may_get_the_newsletter() {
        let n = 20_000;
        let allowed = (0..n).filter(|&i| allowed(&story(i), DATED)).count();
        // 28 + 3 + 2 of 100.
        assert!((6_200..7_000).contains(&allowed), "{allowed}");
        let silent = (0..n).filter(|&i| story(i).is_empty()).count();
        assert!((7_600..8_400).contains(&silent), "{silent}");
    }

    #[test]
    fn the_rule_reads_the_latest_deciding_event() {
        let at = |day: i64| DATED - Duration::days(100 - day);
        let step = |said, purpose, day| Step {
            said,
            purpose,
            at: at(day),
        };
        use Said::*;
        assert!(allowed(&[step(Confirmed, PURPOSE, 1)], DATED));
        assert!(!allowed(&[step(Requested, PURPOSE, 1)], DATED));
        assert!(!allowed(
            &[step(Confirmed, PURPOSE, 1), step(Withdrawn, PURPOSE, 2)],
            DATED
        ));
        assert!(allowed(
            &[step(Confirmed, PURPOSE, 1), step(Withdrawn, "offers", 2)],
            DATED
        ));
        assert!(!allowed(
            &[step(Confirmed, PURPOSE, 1), step(Objected, "offers", 2)],
            DATED
        ));
        assert!(!allowed(&[step(Confirmed, PURPOSE, 1)], at(0)));
        assert!(!allowed(&[step(Confirmed, "offers", 1)], DATED));
    }

    #[test]
    fn the_benchs_rule_is_kontors_on_every_kind_of_story() {
        // Every branch of `story` is met within the first few hundred customers.
        for index in 0..2_000 {
            let steps = story(index);
            let address = format!("k{index}@example.de");
            let events: Vec<ConsentEvent> = steps
                .iter()
                .enumerate()
                .map(|(n, step)| ConsentEvent {
                    id: n as u64 + 1,
                    ..event(index + 1, &address, step)
                })
                .collect();
            let kontor = kontor::domain::consent::standing(
                &events,
                Channel::Email,
                &address,
                PURPOSE,
                DATED,
            );
            assert_eq!(kontor.allows(), allowed(&steps, DATED), "story {steps:?}");
        }
    }

    #[test]
    fn addresses_are_unique_and_countries_set() -> Result<()> {
        let a = segment_customer(7)?;
        let b = segment_customer(107)?;
        assert_ne!(a.emails, b.emails);
        assert!(a.emails[0].starts_with("k7."));
        let code = a.addresses[0].country.map(|c| c.code().to_string());
        assert_eq!(code.as_deref(), Some(country_code(7)));
        Ok(())
    }
}
