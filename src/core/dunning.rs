//! The dunning rules as settings, checked when set: `dunning_grace_days` (`7;14;14`),
//! `dunning_fees` (`0;5.00;10.00`), `dunning_interest_levels` (`no;yes;yes`: which
//! letters charge default interest), `dunning_default_days` (30: default begins that many
//! days after the due date, § 286 Abs. 3 BGB) and `dunning_base_rates` (the § 247 BGB base
//! rate by date: `2025-01-01=2.27; 2025-07-01=1.27`). Unset ones take
//! `DunningRules::default()`. `propose` runs `domain::dunning::propose` over open items
//! the caller hands in (the payments slice's open items), each customer's kind (business
//! or consumer, for § 288 BGB) read from its record. Room: core.

use std::collections::HashMap;

use rust_decimal::Decimal;
use time::Date;

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::domain::dunning::{self, DunningCustomer, DunningRules, OpenItem, Proposal};
use crate::domain::money::parse_decimal;
use crate::domain::{Customer, Invalid};
use crate::store::Store;

pub const GRACE_DAYS: &str = "dunning_grace_days";
pub const FEES: &str = "dunning_fees";
pub const INTEREST_LEVELS: &str = "dunning_interest_levels";
pub const DEFAULT_DAYS: &str = "dunning_default_days";
pub const BASE_RATES: &str = "dunning_base_rates";

pub const DUNNING_SETTINGS: [&str; 5] =
    [GRACE_DAYS, FEES, INTEREST_LEVELS, DEFAULT_DAYS, BASE_RATES];

fn days(field: &'static str, text: &str) -> Result<u32, Invalid> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|days| *days <= 3650)
        .ok_or_else(|| Invalid::new(field, crate::t!("core-dunning-days", text = text)))
}

fn fee(text: &str) -> Result<Decimal, Invalid> {
    let fee = parse_decimal(FEES, text)?;
    match fee.is_sign_negative() {
        true => Err(Invalid::new(
            FEES,
            crate::t!("core-dunning-fee", text = text),
        )),
        false => Ok(fee),
    }
}

fn yes_no(text: &str) -> Result<bool, Invalid> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "ja" | "true" | "1" => Ok(true),
        "no" | "nein" | "false" | "0" => Ok(false),
        _ => Err(Invalid::new(
            INTEREST_LEVELS,
            crate::t!("core-dunning-yes-no", text = text),
        )),
    }
}

fn yes_no_text(value: bool) -> &'static str {
    match value {
        true => "yes",
        false => "no",
    }
}

fn parse(field: &'static str, value: &str, rules: &mut DunningRules) -> Result<String, Invalid> {
    Ok(match field {
        GRACE_DAYS => {
            rules.grace_days = dunning::parse_per_level(field, value, |t| days(field, t))?;
            rules.grace_days.map(|d| d.to_string()).join(";")
        }
        FEES => {
            rules.fees = dunning::parse_per_level(field, value, fee)?;
            rules.fees.map(|f| f.normalize().to_string()).join(";")
        }
        INTEREST_LEVELS => {
            rules.interest = dunning::parse_per_level(field, value, yes_no)?;
            rules.interest.map(yes_no_text).join(";")
        }
        DEFAULT_DAYS => {
            rules.default_days = days(field, value)?;
            rules.default_days.to_string()
        }
        _ => {
            rules.base_rates = dunning::parse_base_rates(value)?;
            dunning::base_rates_text(&rules.base_rates)
        }
    })
}

/// Checks a dunning setting's value (`None`: not a dunning setting); empty clears it.
pub fn validate(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    let field = DUNNING_SETTINGS
        .into_iter()
        .find(|setting| *setting == name)?;
    match value.trim().is_empty() {
        true => Some(Ok(String::new())),
        false => Some(parse(field, value, &mut DunningRules::default())),
    }
}

/// The rules as set, the defaults where unset.
pub fn rules(store: &Store) -> Result<DunningRules, CoreError> {
    let mut rules = DunningRules::default();
    for field in DUNNING_SETTINGS {
        if let Some(value) = store.setting(field)?.filter(|v| !v.trim().is_empty()) {
            parse(field, &value, &mut rules)?;
        }
    }
    Ok(rules)
}

/// Each dunning setting with its value in force (the default where unset), for
/// `kontor settings`.
pub fn settings(store: &Store) -> Result<Vec<(&'static str, String)>, CoreError> {
    let rules = rules(store)?;
    Ok(vec![
        (
            GRACE_DAYS,
            rules.grace_days.map(|d| d.to_string()).join(";"),
        ),
        (
            FEES,
            rules.fees.map(|f| f.normalize().to_string()).join(";"),
        ),
        (INTEREST_LEVELS, rules.interest.map(yes_no_text).join(";")),
        (DEFAULT_DAYS, rules.default_days.to_string()),
        (BASE_RATES, dunning::base_rates_text(&rules.base_rates)),
    ])
}

/// The letters a dunning run on `run` proposes for `items`: the rules as set, each
/// customer's kind from its record (a customer that no longer exists counts as a
/// business), `blocked` the customers blocked from dunning with their reasons (items carry
/// their own block).
pub fn propose(
    store: &Store,
    actor: &Actor,
    run: Date,
    items: &[OpenItem],
    blocked: &HashMap<u64, String>,
) -> Result<Proposal, CoreError> {
    access::require(actor, Area::Receivables, Access::Read)?;
    let rules = rules(store)?;
    let mut ids: Vec<u64> = items.iter().map(|item| item.customer_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut customers = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(customer) = store.get::<Customer>(id)? {
            customers.push(DunningCustomer {
                id,
                kind: customer.kind,
                blocked: blocked.get(&id).cloned(),
            });
        }
    }
    Ok(dunning::propose(items, &customers, run, &rules)?)
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;

    #[test]
    fn values_are_checked_and_written_back_in_one_shape() {
        assert_eq!(
            validate(FEES, "0; 5,00;10.5").unwrap(),
            Ok("0;5;10.5".into())
        );
        assert_eq!(
            validate(INTEREST_LEVELS, "nein;ja;yes").unwrap(),
            Ok("no;yes;yes".into())
        );
        assert_eq!(
            validate(GRACE_DAYS, "7;14").unwrap().unwrap_err().field,
            GRACE_DAYS
        );
        assert_eq!(validate(FEES, "0;-1;2").unwrap().unwrap_err().field, FEES);
        assert_eq!(
            validate(DEFAULT_DAYS, "x").unwrap().unwrap_err().field,
            DEFAULT_DAYS
        );
        assert_eq!(validate(BASE_RATES, "").unwrap(), Ok(String::new()));
        assert!(validate("currency", "EUR").is_none());
    }

    #[test]
    fn stored_settings_replace_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(rules(&store).unwrap(), DunningRules::default());
        store.set_setting(FEES, "1;2;3").unwrap();
        store.set_setting(BASE_RATES, "2026-01-01=1.5").unwrap();
        let rules = rules(&store).unwrap();
        assert_eq!(rules.fees, [dec!(1), dec!(2), dec!(3)]);
        assert_eq!(rules.base_rates.len(), 1);
        assert_eq!(rules.grace_days, DunningRules::default().grace_days);
    }

    #[test]
    fn a_consumer_pays_five_points_a_business_nine_and_blocks_hold() {
        use crate::domain::customer::CustomerKind;
        use time::macros::{date, datetime};
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let now = datetime!(2025-01-01 00:00 UTC);
        let mut ids = Vec::new();
        for (name, kind) in [
            ("Firma", CustomerKind::Company),
            ("Frau A", CustomerKind::Person),
        ] {
            let mut customer = Customer::new(name, now);
            customer.kind = kind;
            ids.push(
                store
                    .transaction(|tx| tx.insert(&mut customer.clone()))
                    .unwrap(),
            );
        }
        let item = |customer, number: &str| OpenItem {
            customer_id: customer,
            invoice_number: number.into(),
            due_date: date!(2025 - 05 - 02),
            open_amount: dec!(1000),
            level: Some((dunning::Level::Reminder, date!(2025 - 07 - 01))),
            blocked: None,
        };
        let items = [item(ids[0], "RE-1"), item(ids[1], "RE-2"), item(99, "RE-3")];
        let actor = Actor::local("admin");
        let run = date!(2025 - 07 - 31);
        let proposal = propose(&store, &actor, run, &items, &HashMap::new()).unwrap();
        // 1st letters: 29 days at 2.27 and 31 at 1.27, + 9 (17.68) or + 5 (11.10) points;
        // the vanished customer 99 counts as a business.
        let interest: Vec<(u64, Decimal)> = proposal
            .letters
            .iter()
            .map(|letter| (letter.customer_id, letter.interest))
            .collect();
        assert_eq!(
            interest,
            [
                (ids[0], dec!(17.68)),
                (ids[1], dec!(11.10)),
                (99, dec!(17.68))
            ]
        );
        let blocked = HashMap::from([(ids[1], "Ratenzahlung".to_string())]);
        let proposal = propose(&store, &actor, run, &items, &blocked).unwrap();
        assert_eq!(proposal.letters.len(), 2);
        assert_eq!(proposal.held[0].reason, "Ratenzahlung");
    }
}
