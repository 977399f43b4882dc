//! Dunning arithmetic: which overdue items get which letter on a run date, with what fee
//! and what default interest. Pure: open items, customers and rules in, proposed letters
//! out; what is stored and printed is the caller's. Room: domain (pure).
//!
//! Rules chosen (and why):
//! - Three levels: payment reminder (Zahlungserinnerung), 1st and 2nd dunning letter
//!   (1. und 2. Mahnung). An item not yet dunned is due for a reminder `grace_days[0]`
//!   days after its due date; an item at a level is due for the next one `grace_days[n]`
//!   days after its last letter. After the 2nd letter nothing more is proposed (the case
//!   goes to collection). One letter per customer: the highest level among its items
//!   that are due for one; items not yet due for their next level are not on it.
//! - Fees per level (`fees`), once per letter, at the letter's level.
//! - Default interest (§ 288 BGB): base rate (§ 247 BGB, a dated table) + 9 percentage
//!   points when the customer is a business (`CustomerKind::Company`), + 5 for a consumer
//!   (`Person`). Default begins — § 286 Abs. 3 BGB — `default_days` (30) days after the
//!   due date without a reminder: kontor's due dates are "N days after the invoice", not
//!   a date fixed by the calendar (§ 286 Abs. 2 Nr. 1), so the 30 days apply; a firm
//!   whose invoices name a calendar date may set 0. (For consumers the 30 days apply only
//!   when the invoice points them out — kontor's invoices must, or the setting is too
//!   early for them; the integrator's invoice text decides.) Interest runs for the days
//!   after the start of default up to and including the run date, act/365, each day at
//!   the base rate in force on it (split across base-rate periods), and is rounded once
//!   per item to the cent, half away from zero. Letters at levels whose `interest` flag is
//!   off (by default the reminder) charge none.
//! - Blocks: an item or a whole customer can be blocked with a reason; blocked items are
//!   returned beside the letters with that reason, never on one.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::Date;
use time::macros::date;

use super::Invalid;
use super::customer::CustomerKind;
use super::money::{parse_decimal, round_commercial};

#[cfg(test)]
mod tests;

/// A dunning level, in the order a customer receives them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Level {
    Reminder,
    First,
    Second,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Reminder, Level::First, Level::Second];

    /// 0, 1, 2: the position in the rules' per-level lists.
    pub fn index(self) -> usize {
        match self {
            Level::Reminder => 0,
            Level::First => 1,
            Level::Second => 2,
        }
    }

    /// The level after `current` (`None`: not yet dunned); `None` after the 2nd letter.
    pub fn after(current: Option<Level>) -> Option<Level> {
        match current {
            None => Some(Level::Reminder),
            Some(Level::Reminder) => Some(Level::First),
            Some(Level::First) => Some(Level::Second),
            Some(Level::Second) => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Level::Reminder => "reminder",
            Level::First => "first",
            Level::Second => "second",
        }
    }

    pub fn label(self) -> String {
        match self {
            Level::Reminder => crate::t!("domain-dunning-level-reminder"),
            Level::First => crate::t!("domain-dunning-level-first"),
            Level::Second => crate::t!("domain-dunning-level-second"),
        }
    }
}

/// The base rate (§ 247 BGB, percent) in force from `from` until the next entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BaseRate {
    pub from: Date,
    pub rate: Decimal,
}

/// The dunning rules (settings `dunning_grace_days`, `dunning_fees`,
/// `dunning_interest_levels`, `dunning_default_days`, `dunning_base_rates`).
/// Invariant: `base_rates` ascending by `from`, no two on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DunningRules {
    pub grace_days: [u32; 3],
    pub fees: [Decimal; 3],
    pub interest: [bool; 3],
    pub default_days: u32,
    pub base_rates: Vec<BaseRate>,
}

impl Default for DunningRules {
    /// Reminder 7 days after the due date, the letters 14 days after the previous one;
    /// fees 0 / 5 / 10; interest on the two dunning letters; the base rates from 2023 on
    /// as published by the Bundesbank (to be extended by the setting as they change).
    fn default() -> Self {
        let rate = |from, rate| BaseRate { from, rate };
        DunningRules {
            grace_days: [7, 14, 14],
            fees: [Decimal::ZERO, Decimal::new(500, 2), Decimal::new(1000, 2)],
            interest: [false, true, true],
            default_days: 30,
            base_rates: vec![
                rate(date!(2023 - 01 - 01), Decimal::new(162, 2)),
                rate(date!(2023 - 07 - 01), Decimal::new(312, 2)),
                rate(date!(2024 - 01 - 01), Decimal::new(362, 2)),
                rate(date!(2024 - 07 - 01), Decimal::new(337, 2)),
                rate(date!(2025 - 01 - 01), Decimal::new(227, 2)),
                rate(date!(2025 - 07 - 01), Decimal::new(127, 2)),
            ],
        }
    }
}

/// One open item as the dunning run sees it: the payments slice fills these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenItem {
    pub customer_id: u64,
    pub invoice_number: String,
    pub due_date: Date,
    pub open_amount: Decimal,
    /// The level of the last letter it was on, and that letter's date.
    pub level: Option<(Level, Date)>,
    /// Why it must not be dunned, when it must not.
    pub blocked: Option<String>,
}

/// A customer as the dunning run sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DunningCustomer {
    pub id: u64,
    pub kind: CustomerKind,
    pub blocked: Option<String>,
}

/// One item on a letter: its days in default and the interest on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterItem {
    pub invoice_number: String,
    pub due_date: Date,
    pub open_amount: Decimal,
    pub level: Level,
    pub days_in_default: i64,
    pub interest: Decimal,
}

/// A proposed letter to one customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub customer_id: u64,
    pub level: Level,
    pub items: Vec<LetterItem>,
    pub fee: Decimal,
    pub interest: Decimal,
    /// Open amounts + fee + interest.
    pub total: Decimal,
}

/// An overdue item left out because it or its customer is blocked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub customer_id: u64,
    pub invoice_number: String,
    pub reason: String,
}

/// What a run proposes: the letters by customer id, and the blocked items.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Proposal {
    pub letters: Vec<Letter>,
    pub held: Vec<Held>,
}

/// The percentage points § 288 BGB adds to the base rate.
pub fn points(kind: CustomerKind) -> Decimal {
    match kind {
        CustomerKind::Company => Decimal::from(9),
        CustomerKind::Person => Decimal::from(5),
    }
}

/// The default interest on `amount` for the days after `after` up to and including
/// `until`, at base rate + `points` per day, act/365, rounded once to the cent.
pub fn default_interest(
    amount: Decimal,
    after: Date,
    until: Date,
    points: Decimal,
    rates: &[BaseRate],
) -> Result<Decimal, Invalid> {
    let mut sum = Decimal::ZERO;
    let mut day = after.next_day();
    while let Some(current) = day.filter(|day| *day <= until) {
        let index = rates
            .iter()
            .rposition(|rate| rate.from <= current)
            .ok_or_else(|| {
                Invalid::new(
                    "dunning_base_rates",
                    crate::t!("domain-dunning-no-base-rate", date = current.to_string()),
                )
            })?;
        // The days of this period up to `until`.
        let end = rates
            .get(index + 1)
            .and_then(|next| next.from.previous_day())
            .map_or(until, |last| last.min(until));
        let days = (end - current).whole_days() + 1;
        sum += amount * (rates[index].rate + points) * Decimal::from(days);
        day = end.next_day();
    }
    Ok(round_commercial(sum / Decimal::from(36_500), 2))
}

/// The letters a run on `run` proposes. Customers missing from `customers` count as
/// businesses without a block.
pub fn propose(
    items: &[OpenItem],
    customers: &[DunningCustomer],
    run: Date,
    rules: &DunningRules,
) -> Result<Proposal, Invalid> {
    let mut proposal = Proposal::default();
    let mut by_customer: BTreeMap<u64, Vec<(&OpenItem, Level)>> = BTreeMap::new();
    for item in items.iter().filter(|item| item.open_amount > Decimal::ZERO) {
        let Some(next) = Level::after(item.level.map(|(level, _)| level)) else {
            continue;
        };
        let since = item.level.map_or(item.due_date, |(_, date)| date);
        let grace = i64::from(rules.grace_days[next.index()]);
        if (run - since).whole_days() < grace.max(1) {
            continue;
        }
        let customer = customers.iter().find(|c| c.id == item.customer_id);
        let block = item
            .blocked
            .as_ref()
            .or_else(|| customer.and_then(|c| c.blocked.as_ref()));
        match block {
            Some(reason) => proposal.held.push(Held {
                customer_id: item.customer_id,
                invoice_number: item.invoice_number.clone(),
                reason: reason.clone(),
            }),
            None => by_customer
                .entry(item.customer_id)
                .or_default()
                .push((item, next)),
        }
    }
    for (customer_id, due) in by_customer {
        let kind = customers
            .iter()
            .find(|c| c.id == customer_id)
            .map_or(CustomerKind::Company, |c| c.kind);
        let level = due
            .iter()
            .map(|(_, level)| *level)
            .max()
            .unwrap_or(Level::Reminder);
        let charge_interest = rules.interest[level.index()];
        let mut letter_items = Vec::with_capacity(due.len());
        for (item, item_level) in due {
            let default_from = item.due_date + time::Duration::days(i64::from(rules.default_days));
            let days = (run - default_from).whole_days().max(0);
            let interest = match charge_interest && days > 0 {
                true => default_interest(
                    item.open_amount,
                    default_from,
                    run,
                    points(kind),
                    &rules.base_rates,
                )?,
                false => Decimal::ZERO,
            };
            letter_items.push(LetterItem {
                invoice_number: item.invoice_number.clone(),
                due_date: item.due_date,
                open_amount: item.open_amount,
                level: item_level,
                days_in_default: days,
                interest,
            });
        }
        let fee = rules.fees[level.index()];
        let interest: Decimal = letter_items.iter().map(|item| item.interest).sum();
        let open: Decimal = letter_items.iter().map(|item| item.open_amount).sum();
        proposal.letters.push(Letter {
            customer_id,
            level,
            items: letter_items,
            fee,
            interest,
            total: open + fee + interest,
        });
    }
    Ok(proposal)
}

/// Parses `dunning_base_rates`: `2025-01-01=2.27; 2025-07-01=1.27` (percent, a decimal point or comma), sorted.
pub fn parse_base_rates(text: &str) -> Result<Vec<BaseRate>, Invalid> {
    const FIELD: &str = "dunning_base_rates";
    let mut rates = Vec::new();
    for entry in text.split(';').map(str::trim).filter(|e| !e.is_empty()) {
        let (date, rate) = entry.split_once('=').ok_or_else(|| {
            Invalid::new(
                FIELD,
                crate::t!("domain-dunning-base-rate-entry", entry = entry),
            )
        })?;
        rates.push(BaseRate {
            from: super::datetime::parse_date(FIELD, date.trim())?,
            rate: parse_decimal(FIELD, rate.trim())?,
        });
    }
    rates.sort_by_key(|rate| rate.from);
    if rates.is_empty() || rates.windows(2).any(|pair| pair[0].from == pair[1].from) {
        return Err(Invalid::new(FIELD, crate::t!("domain-dunning-base-rates")));
    }
    Ok(rates)
}

/// Writes base rates as `parse_base_rates` reads them.
pub fn base_rates_text(rates: &[BaseRate]) -> String {
    rates
        .iter()
        .map(|rate| format!("{}={}", rate.from, rate.rate.normalize()))
        .collect::<Vec<_>>()
        .join(";")
}

/// Parses three values separated by `;`, one per level (`7;14;14`, `0;5,00;10,00`).
pub fn parse_per_level<T>(
    field: &'static str,
    text: &str,
    parse: impl Fn(&str) -> Result<T, Invalid>,
) -> Result<[T; 3], Invalid> {
    let parts: Vec<T> = text
        .split(';')
        .map(|part| parse(part.trim()))
        .collect::<Result<_, _>>()?;
    <[T; 3]>::try_from(parts)
        .map_err(|_| Invalid::new(field, crate::t!("domain-dunning-three-values")))
}
