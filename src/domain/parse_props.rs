//! Properties of the parsers of typed text — dates, instants, durations, amounts,
//! quantities, currency codes and payroll periods — over any text: never a panic, every
//! refusal names its field and the text it refused, and what kontor writes reads back as
//! the same value. Room: domain (tests only).

use proptest::prelude::*;
use rust_decimal::Decimal;
use time::{Date, OffsetDateTime, UtcOffset};

use super::Invalid;
use super::datetime::{
    YEARS, format_date, format_duration, format_instant, parse_date, parse_duration, parse_instant,
};
use super::money::{MAX_INPUT, parse_decimal, parse_money, parse_money_in};
use super::payroll::Period;
use super::{Currency, Money};
use crate::lang::Zone;

/// Text as people type it into a field, and text nobody would: numbers with signs,
/// separators, currency signs and units, dates and times, and any characters at all.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "[-+0-9 .,:;'€$£hmsTZ]{0,24}",
        "[0-9]{1,4}[-.][0-9]{1,4}[-.][0-9]{1,5}( [0-9]{1,3}:[0-9]{1,3}(:[0-9]{1,3})?)?",
        "[0-9]{1,9}[hms:][0-9]{0,12}[hms]?",
        "[-+]?[0-9]{0,40}([.,][0-9]{0,40}){0,3}",
        "\\PC{0,16}",
        any::<String>(),
    ]
}

/// Any UTC offset a system may report, in whole minutes.
fn offset() -> impl Strategy<Value = UtcOffset> {
    (-(24 * 60 - 1)..24 * 60).prop_map(|minutes: i32| {
        UtcOffset::from_whole_seconds(minutes * 60).unwrap_or(UtcOffset::UTC)
    })
}

/// A zone a user may be in: UTC, one with summer time either side of the equator, one with
/// a half-hour offset.
fn zone() -> impl Strategy<Value = Zone> {
    prop::sample::select(vec![
        "UTC",
        "Europe/Berlin",
        "America/New_York",
        "Australia/Sydney",
        "Asia/Kolkata",
    ])
    .prop_map(|name| Zone::named(name).unwrap_or_default())
}

fn day(year: i32) -> Date {
    Date::from_ordinal_date(year, 1).unwrap_or(Date::MIN)
}

/// A date within `YEARS`.
fn date() -> impl Strategy<Value = Date> {
    let (first, last) = (day(*YEARS.start()), day(*YEARS.end() + 1));
    (first.to_julian_day()..last.to_julian_day())
        .prop_map(|julian| Date::from_julian_day(julian).unwrap_or(Date::MIN))
}

/// An instant whose date stays within `YEARS` in every offset.
fn instant() -> impl Strategy<Value = OffsetDateTime> {
    let (first, last) = (day(*YEARS.start()), day(*YEARS.end()));
    let second = |date: Date| date.midnight().assume_utc().unix_timestamp() + 86_400;
    (
        second(first)..second(last) - 2 * 86_400,
        0..1_000_000_000u32,
    )
        .prop_map(|(at, nanos)| {
            OffsetDateTime::from_unix_timestamp(at)
                .map(|at| at.replace_nanosecond(nanos).unwrap_or(at))
                .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        })
}

/// Currencies with 0, 2, 3 and 4 minor digits.
fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(vec!["EUR", "USD", "CHF", "JPY", "KWD", "BHD", "CLF"])
        .prop_map(|code| code.parse().unwrap_or(Currency::EUR))
}

/// An amount of `currency` that a user may type: at most `MAX_INPUT`, no finer than the
/// currency's minor unit.
fn amount(currency: Currency) -> impl Strategy<Value = Decimal> {
    let digits = currency.minor_units();
    (0..=digits)
        .prop_flat_map(|scale| {
            let most = 10i64.pow(12 + scale) - 1;
            (-most..=most).prop_map(move |mantissa| Decimal::new(mantissa, scale))
        })
        .prop_filter("within MAX_INPUT", |value| value.abs() <= MAX_INPUT)
}

/// A refusal names the field and quotes the text it refused, trimmed.
fn refusal_names<T>(
    read: Result<T, Invalid>,
    field: &str,
    text: &str,
) -> Result<(), TestCaseError> {
    if let Err(error) = read {
        prop_assert_eq!(error.field, field);
        prop_assert!(
            error.message.contains(&format!("\"{}\"", text.trim())),
            "{error} does not name {text:?}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_is_read_or_refused_naming_it(
        text in typed(),
        local in zone(),
        currency in currency(),
    ) {
        refusal_names(parse_date("due", &text), "due", &text)?;
        refusal_names(parse_duration("duration", &text), "duration", &text)?;
        refusal_names(parse_decimal("quantity", &text), "quantity", &text)?;
        refusal_names(parse_money("amount", &text), "amount", &text)?;
        refusal_names(text.parse::<Currency>(), "currency", &text)?;
        refusal_names(Period::parse(&text), "period", &text)?;
        let at = parse_instant("at", &text, local);
        if let Ok(at) = at {
            prop_assert_eq!(at.offset(), UtcOffset::UTC);
        }
        refusal_names(at, "at", &text)?;
        if let Err(error) = parse_money_in("price", &text, currency) {
            prop_assert_eq!(error.field, "price");
            let names_it = error.message.contains(&format!("\"{}\"", text.trim()))
                || error.message.starts_with(&format!("{currency} takes "));
            prop_assert!(names_it, "{error} names neither {text:?} nor {currency}");
        }
    }

    #[test]
    fn dates_read_back_as_written(date in date()) {
        prop_assert_eq!(parse_date("due", &format_date(date)), Ok(date));
        let german = format!("{:02}.{:02}.{}", date.day(), u8::from(date.month()), date.year());
        prop_assert_eq!(parse_date("due", &german), Ok(date));
    }

    #[test]
    fn instants_read_back_as_written(at in instant(), shown in offset(), local in zone()) {
        let text = format_instant(at, shown);
        prop_assert_eq!(parse_instant("at", &text, local), Ok(at), "{}", text);
    }

    #[test]
    fn durations_read_back_as_written(seconds in any::<u32>()) {
        prop_assert_eq!(parse_duration("duration", &format_duration(seconds)), Ok(seconds));
        let clock = format!("{}:{:02}", seconds / 60, seconds % 60);
        prop_assert_eq!(parse_duration("duration", &clock), Ok(seconds));
    }

    #[test]
    fn amounts_read_back_as_written(
        (currency, value) in currency().prop_flat_map(|c| (Just(c), amount(c)))
    ) {
        let text = Money::new(value, currency).amount_text();
        prop_assert_eq!(parse_money_in("price", &text, currency), Ok(value), "{}", text);
    }

    #[test]
    fn quantities_read_back_as_written(mantissa in -10i64.pow(15)..10i64.pow(15), scale in 0..=6u32) {
        let value = Decimal::new(mantissa, scale);
        prop_assume!(value.abs() <= MAX_INPUT);
        prop_assert_eq!(parse_decimal("quantity", &value.to_string()), Ok(value));
    }


    #[test]
    fn periods_read_back_as_written(date in date()) {
        let period = Period::of(date);
        prop_assert_eq!(Period::parse(&period.to_string()), Ok(period));
    }
}
