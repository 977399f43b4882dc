//! The DATEV export as the front ends call it: its settings (`datev_consultant`,
//! `datev_client`, `datev_chart`, `datev_fiscal_year_start`), checked when set, and the
//! batch of one period read from the store — the invoices and credit notes issued in it
//! (`invoices.by_date`) and the payments received in it (`payments.by_date`), each as the
//! money that came in against the customer's debitor account, per invoice it settles, with
//! the Skonto taken in DATEV's Skonto field. The file is made by
//! `domain::datev`. Room: core.

use rust_decimal::Decimal;
use time::{Date, Month, OffsetDateTime};

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::datev::{self, Batch, Chart, DatevSettings, PaymentPosting};
use crate::domain::invoice::Invoice;
use crate::domain::payment::Payment;
use crate::store::Store;
use crate::store::kinds::invoice::issued_between;
use crate::store::kinds::payment::payments_between;

pub const CONSULTANT: &str = "datev_consultant";
pub const CLIENT: &str = "datev_client";
pub const CHART: &str = "datev_chart";
pub const FISCAL_YEAR_START: &str = "datev_fiscal_year_start";

pub const DATEV_SETTINGS: [&str; 4] = [CONSULTANT, CLIENT, CHART, FISCAL_YEAR_START];

/// Each DATEV setting with its value as stored (empty: not set), for `kontor settings`.
pub fn settings(store: &Store) -> Result<Vec<(&'static str, String)>, CoreError> {
    DATEV_SETTINGS
        .into_iter()
        .map(|name| Ok((name, store.setting(name)?.unwrap_or_default())))
        .collect()
}

/// Checks a DATEV setting's value (`None`: not a DATEV setting); empty clears it.
pub fn validate(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    let field = DATEV_SETTINGS
        .into_iter()
        .find(|setting| *setting == name)?;
    let value = value.trim();
    if value.is_empty() {
        return Some(Ok(String::new()));
    }
    let number = |range: std::ops::RangeInclusive<u32>, message: fn() -> String| {
        value
            .parse::<u32>()
            .ok()
            .filter(|number| range.contains(number))
            .map(|number| number.to_string())
            .ok_or_else(|| Invalid::new(field, message()))
    };
    Some(match field {
        CONSULTANT => number(1001..=9_999_999, || crate::t!("domain-datev-consultant")),
        CLIENT => number(1..=99_999, || crate::t!("domain-datev-client")),
        CHART => Chart::parse(value).map(|chart| chart.name().to_string()),
        _ => month_day(value).map(|(month, day)| format!("{:02}{day:02}", u8::from(month))),
    })
}

/// `MMDD` (`0101`, `0701`) as a month and a day that exists in every year.
fn month_day(text: &str) -> Result<(Month, u8), Invalid> {
    let invalid = || {
        Invalid::new(
            FISCAL_YEAR_START,
            crate::t!("domain-datev-fiscal-year-start"),
        )
    };
    let digits = text.trim();
    if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(invalid());
    }
    let month: u8 = digits[..2].parse().map_err(|_| invalid())?;
    let day: u8 = digits[2..].parse().map_err(|_| invalid())?;
    let month = Month::try_from(month).map_err(|_| invalid())?;
    // A leap year's length, less the 29th of February: a start every year has.
    let fits = Date::from_calendar_date(2023, month, day).is_ok();
    match fits {
        true => Ok((month, day)),
        false => Err(invalid()),
    }
}

/// The settings as the header needs them; consultant and client must be set.
pub fn load(store: &Store) -> Result<DatevSettings, CoreError> {
    let read = |name| -> Result<Option<String>, CoreError> {
        Ok(store
            .setting(name)?
            .filter(|value| !value.trim().is_empty()))
    };
    let required = |name: &'static str| -> Result<u32, CoreError> {
        read(name)?
            .and_then(|value| value.parse().ok())
            .ok_or_else(|| {
                CoreError::from(Invalid::new(
                    name,
                    crate::t!("core-datev-setting-missing", name = name),
                ))
            })
    };
    let chart = match read(CHART)? {
        Some(value) => Chart::parse(&value)?,
        None => Chart::Skr03,
    };
    let fiscal_year_start = match read(FISCAL_YEAR_START)? {
        Some(value) => month_day(&value)?,
        None => (Month::January, 1),
    };
    Ok(DatevSettings {
        consultant: required(CONSULTANT)?,
        client: required(CLIENT)?,
        chart,
        fiscal_year_start,
        account_length: 4,
    })
}

/// The invoices and credit notes issued from `from` to `until` (both included), by issue
/// date then id.
pub fn invoices(
    store: &Store,
    actor: &Actor,
    from: Date,
    until: Date,
) -> Result<Vec<Invoice>, CoreError> {
    access::require(actor, Area::Invoices, Access::Read)?;
    issued_between(store, from, until)?
        .into_iter()
        .map(|id| Ok(store.require::<Invoice>(id)?))
        .collect()
}

/// The payments received from `from` to `until` as DATEV books them: one booking per
/// invoice a payment settles (the money put on it and the Skonto taken, Belegfeld 1 the
/// invoice's number so DATEV's open items match), and one for money left on the account
/// (Belegfeld 1 the payment's number). Write-offs are not booked here.
fn payments(store: &Store, from: Date, until: Date) -> Result<Vec<PaymentPosting>, CoreError> {
    let mut postings = Vec::new();
    for id in payments_between(store, from, until)? {
        let payment = store.require::<Payment>(id)?;
        let text = format!("{} {}", payment.number, payment.reference.trim());
        let posting = |document: &str, amount, skonto| PaymentPosting {
            date: payment.date,
            amount,
            skonto,
            customer_number: payment.customer_number.clone(),
            document: document.to_string(),
            text: text.trim().to_string(),
        };
        let mut allocated = Decimal::ZERO;
        for allocation in &payment.allocations {
            allocated += allocation.amount;
            if !(allocation.amount.is_zero() && allocation.skonto.is_zero()) {
                postings.push(posting(
                    &allocation.invoice_number,
                    allocation.amount,
                    allocation.skonto,
                ));
            }
        }
        let rest = payment.amount - allocated;
        if !rest.is_zero() {
            postings.push(posting(&payment.number, rest, Decimal::ZERO));
        }
    }
    Ok(postings)
}

/// The Buchungsstapel of `from` to `until`, made at `now`: the invoices and credit notes
/// issued and the payments received in the period. Returns the bytes and the number of
/// the bookings' source documents (invoices + payments).
pub fn export(
    store: &Store,
    actor: &Actor,
    from: Date,
    until: Date,
    now: OffsetDateTime,
) -> Result<(Vec<u8>, usize), CoreError> {
    let settings = load(store)?;
    let invoices = invoices(store, actor, from, until)?;
    let payments = &payments(store, from, until)?;
    let batch = Batch {
        from,
        until,
        created: now,
        label: format!("kontor {from} {until}"),
    };
    let bytes = datev::buchungsstapel(&settings, &batch, &invoices, payments)?;
    Ok((bytes, invoices.len() + payments.len()))
}
