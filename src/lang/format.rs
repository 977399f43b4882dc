//! How numbers, amounts, dates and times are written for people, per language: German
//! `1.234,56`, `2.533.246,85 €`, `05.12.2026`, `05.12.2026 14:30`; English as kontor has
//! always shown them (`1234.56`, `1234.56 EUR`, `2026-12-05`, RFC 3339 times). Times are
//! shown in the locale's zone. Machine formats (csv, json, exports) never come here.
//! Every function reads the current locale; the `_in` forms take the language.
//! Room: lang (pure).

use rust_decimal::Decimal;
use time::{Date, Month, OffsetDateTime, Weekday};

use super::{Lang, current, lang};

/// A whole number: German groups thousands with `.` (`1.234.567`), English not (`1234567`).
pub fn integer(number: i64) -> String {
    integer_in(lang(), number)
}

pub fn integer_in(lang: Lang, number: i64) -> String {
    match lang {
        Lang::En => number.to_string(),
        Lang::De => {
            let digits = grouped(&number.unsigned_abs().to_string(), '.');
            if number < 0 {
                format!("-{digits}")
            } else {
                digits
            }
        }
    }
}

/// A decimal with the digits it has (`1.5` stays one decimal): German `1.234,5`.
pub fn decimal(value: Decimal) -> String {
    decimal_in(lang(), value)
}

pub fn decimal_in(lang: Lang, value: Decimal) -> String {
    let text = value.to_string();
    match lang {
        Lang::En => text,
        Lang::De => {
            let (sign, unsigned) = match text.strip_prefix('-') {
                Some(rest) => ("-", rest),
                None => ("", text.as_str()),
            };
            match unsigned.split_once('.') {
                Some((whole, fraction)) => format!("{sign}{},{fraction}", grouped(whole, '.')),
                None => format!("{sign}{}", grouped(unsigned, '.')),
            }
        }
    }
}

/// A decimal rounded half away from zero to exactly `places` decimals (`places(x, 2)`:
/// `1.234,50`).
pub fn fixed(value: Decimal, places: u32) -> String {
    fixed_in(lang(), value, places)
}

pub fn fixed_in(lang: Lang, value: Decimal, places: u32) -> String {
    let mut rounded =
        value.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(places);
    decimal_in(lang, rounded)
}

/// An amount of money in a currency given by its ISO code, with the currency's minor digits
/// (`minor`): German `2.533.246,85 €`, `-0,50 €`, `1.200,00 CHF`; English `2533246.85 EUR`.
pub fn money(value: Decimal, currency: &str, minor: u32) -> String {
    money_in(lang(), value, currency, minor)
}

pub fn money_in(lang: Lang, value: Decimal, currency: &str, minor: u32) -> String {
    let amount = fixed_in(lang, value, minor);
    match lang {
        Lang::En => format!("{amount} {currency}"),
        Lang::De => format!("{amount} {}", symbol(currency)),
    }
}

/// The sign German writes after an amount: `€` for EUR, `$`, `£`, else the ISO code.
fn symbol(currency: &str) -> &str {
    match currency {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        other => other,
    }
}

/// A date: German `05.12.2026`, English `2026-12-05`.
pub fn date(day: Date) -> String {
    date_in(lang(), day)
}

pub fn date_in(lang: Lang, day: Date) -> String {
    let (year, month, dom) = (day.year(), u8::from(day.month()), day.day());
    match lang {
        Lang::En => format!("{year:04}-{month:02}-{dom:02}"),
        Lang::De => format!("{dom:02}.{month:02}.{year:04}"),
    }
}

/// An instant in the current zone: German `05.12.2026 14:30`, English RFC 3339 with the
/// zone's offset then (`2026-12-05T14:30:00+01:00`).
pub fn instant(at: OffsetDateTime) -> String {
    let locale = current();
    let local = locale.zone.local(at);
    match locale.lang {
        Lang::En => local
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| local.to_string()),
        Lang::De => format!(
            "{} {:02}:{:02}",
            date_in(Lang::De, local.date()),
            local.hour(),
            local.minute()
        ),
    }
}

/// The day of the week: German `Samstag`, English `Saturday`.
pub fn weekday(day: Weekday) -> &'static str {
    const GERMAN: [&str; 7] = [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ];
    const ENGLISH: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let index = usize::from(day.number_days_from_monday());
    match lang() {
        Lang::En => ENGLISH[index],
        Lang::De => GERMAN[index],
    }
}

/// The name of a month: German `März`, English `March`.
pub fn month(month: Month) -> &'static str {
    const GERMAN: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    const ENGLISH: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let index = usize::from(u8::from(month)) - 1;
    match lang() {
        Lang::En => ENGLISH[index],
        Lang::De => GERMAN[index],
    }
}

/// Digits grouped by three from the right with `separator`.
fn grouped(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn german_groups_thousands_and_writes_a_decimal_comma() {
        assert_eq!(decimal_in(Lang::De, dec!(2533246.85)), "2.533.246,85");
        assert_eq!(decimal_in(Lang::De, dec!(-1234.5)), "-1.234,5");
        assert_eq!(decimal_in(Lang::De, dec!(999)), "999");
        assert_eq!(fixed_in(Lang::De, dec!(0.005), 2), "0,01");
        assert_eq!(
            money_in(Lang::De, dec!(2533246.85), "EUR", 2),
            "2.533.246,85 €"
        );
        assert_eq!(decimal_in(Lang::En, dec!(2533246.85)), "2533246.85");
        assert_eq!(integer_in(Lang::De, -1_234_567), "-1.234.567");
    }
}
