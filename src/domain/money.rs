//! Money: an exact decimal amount with an ISO 4217 currency. Never f64. Rounding is
//! commercial (half away from zero) to the currency's minor unit, and only where a caller
//! names it. Room: domain (pure).

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy, dec};
use serde::{Deserialize, Serialize};

use super::Invalid;

/// An ISO 4217 currency code, three uppercase ASCII letters. Typed codes must be in the
/// standard's table (the `iso_currency` crate) and denote money (not gold or the test
/// code); stored codes are read back as they are.
/// Serialised as the code text in JSON and as the three bytes in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::code_serde::serialize(self.code(), &self.0, serializer)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::code_serde::deserialize(deserializer, Currency::three_letters, |bytes| {
            Ok::<_, Invalid>(Currency(bytes))
        })
    }
}

impl Currency {
    pub const EUR: Currency = Currency(*b"EUR");

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// Digits after the decimal point in everyday amounts (EUR 2, JPY 0, KWD 3, CLF 4), as
    /// ISO 4217 gives them; 2 for a stored code the table does not know.
    pub fn minor_units(&self) -> u32 {
        iso_currency::Currency::from_code(self.code())
            .and_then(|currency| currency.exponent())
            .map_or(2, u32::from)
    }

    /// Any three letters, uppercased: what a stored or logged code is read back as.
    fn three_letters(text: &str) -> Result<Currency, Invalid> {
        let code = text.trim().to_ascii_uppercase();
        match <[u8; 3]>::try_from(code.as_bytes()) {
            Ok(bytes) if bytes.iter().all(u8::is_ascii_uppercase) => Ok(Currency(bytes)),
            _ => Err(Invalid::new(
                "currency",
                crate::t!("domain-currency-not-a-code", text = text.trim()),
            )),
        }
    }
}

impl FromStr for Currency {
    type Err = Invalid;
    /// A typed code: three letters that ISO 4217 lists for a currency with minor units.
    fn from_str(text: &str) -> Result<Self, Invalid> {
        let currency = Currency::three_letters(text)?;
        match iso_currency::Currency::from_code(currency.code()) {
            Some(known) if known.exponent().is_some() => Ok(currency),
            _ => Err(Invalid::new(
                "currency",
                crate::t!("domain-currency-unknown", text = text.trim()),
            )),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money. Arithmetic keeps full precision; `rounded` rounds to the minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub amount: Decimal,
    pub currency: Currency,
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Self {
        Money { amount, currency }
    }

    /// Parses an amount as people type it: `1200.50`, `1.200,50`, `1200,5`, `€ 1 200,50`.
    pub fn parse_amount(text: &str) -> Result<Decimal, Invalid> {
        parse_money("amount", text)
    }

    /// Rounded half away from zero to the currency's minor unit.
    pub fn rounded(&self) -> Money {
        Money::new(
            round_commercial(self.amount, self.currency.minor_units()),
            self.currency,
        )
    }

    /// The amount with exactly the currency's minor digits, e.g. `1200.50`.
    pub fn amount_text(&self) -> String {
        let rounded = self.rounded().amount;
        let mut text = rounded.to_string();
        let digits = self.currency.minor_units() as usize;
        if digits > 0 {
            let have = text.split_once('.').map_or(0, |(_, frac)| frac.len());
            if have == 0 {
                text.push('.');
            }
            text.extend(std::iter::repeat_n('0', digits.saturating_sub(have)));
        }
        text
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount_text(), self.currency)
    }
}

/// Rounds half away from zero ("kaufmännisch") to `digits` decimal places.
pub fn round_commercial(value: Decimal, digits: u32) -> Decimal {
    value.round_dp_with_strategy(digits, RoundingStrategy::MidpointAwayFromZero)
}

/// The largest magnitude a typed amount or quantity may have: far above any real figure,
/// and small enough that products and sums of such values stay inside `Decimal`'s range.
pub const MAX_INPUT: Decimal = dec!(999_999_999_999.99);

/// Parses a decimal number in English (`1,200.50`) or German (`1.200,50`) notation.
/// The last of `.`/`,` is the decimal separator when both appear; one separator repeated
/// groups thousands when every group after the first has three digits (`1.234.567`); a
/// lone separator is decimal (`1,5`, `1.250`). That last reading is right for quantities,
/// hours and factors, which often have three decimals (1.250 kg); amounts of money go
/// through `parse_money`, which refuses it where it is ambiguous. Refuses magnitudes above
/// `MAX_INPUT`.
pub fn parse_decimal(field: &'static str, text: &str) -> Result<Decimal, Invalid> {
    let cleaned = clean_number(text);
    let normalized = match (cleaned.rfind('.'), cleaned.rfind(',')) {
        (Some(dot), Some(comma)) if comma > dot => cleaned.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => cleaned.replace(',', ""),
        _ => match thousands(&cleaned) {
            Some(digits) => digits,
            None => cleaned.replace(',', "."),
        },
    };
    let value = Decimal::from_str(&normalized).map_err(|_| {
        Invalid::new(
            field,
            crate::t!("domain-number-invalid", text = text.trim()),
        )
    })?;
    if value.abs() > MAX_INPUT {
        let text = text.trim();
        let message = match value.is_sign_negative() {
            true => crate::t!("domain-number-too-small", text = text),
            false => crate::t!("domain-number-too-large", text = text),
        };
        return Err(Invalid::new(field, message));
    }
    Ok(value)
}

/// Parses an amount of money like `parse_decimal`, but a lone separator followed by
/// exactly three digits after a non-zero integer part (`1.200`, `1,200`) is refused: an
/// English reader means 1200 by `1,200`, a German one by `1.200`, and money rarely has
/// three decimals. `0.125`, `1.20`, `1,20` and `1.200,00` stay as they are.
pub fn parse_money(field: &'static str, text: &str) -> Result<Decimal, Invalid> {
    let cleaned = clean_number(text);
    let mut separators = cleaned.match_indices(['.', ',']);
    if let (Some((at, _)), None) = (separators.next(), separators.next()) {
        let (whole, fraction) = (&cleaned[..at], &cleaned[at + 1..]);
        let digits = whole.trim_start_matches(['-', '+']);
        let nonzero =
            digits.chars().any(|c| c != '0') && digits.chars().all(|c| c.is_ascii_digit());
        if nonzero && fraction.len() == 3 && fraction.chars().all(|c| c.is_ascii_digit()) {
            let cents = fraction.trim_end_matches('0');
            let decimal = match crate::lang::lang() {
                crate::lang::Lang::En => format!("{whole}.{cents:0<2}"),
                crate::lang::Lang::De => format!("{whole},{cents:0<2}"),
            };
            return Err(Invalid::new(
                field,
                crate::t!(
                    "domain-money-ambiguous",
                    text = text.trim(),
                    whole = format!("{whole}{fraction}"),
                    decimal = decimal
                ),
            ));
        }
    }
    parse_decimal(field, text)
}

/// Parses an amount of money in `currency` like `parse_money`, refusing more decimals
/// than the currency's minor unit (cents of EUR, none of JPY): amounts are shown rounded
/// to it, so a finer one would be changed without a word. `1200.500` is 1200.50 and fine.
/// In a currency with three or more minor digits (KWD, BHD, CLF) three decimals are how
/// amounts are written (`1.250` KWD, as kontor exports it), so there a lone separator is
/// decimal, as in `parse_decimal`.
pub fn parse_money_in(
    field: &'static str,
    text: &str,
    currency: Currency,
) -> Result<Decimal, Invalid> {
    let digits = currency.minor_units();
    let value = match digits {
        0..=2 => parse_money(field, text)?,
        _ => parse_decimal(field, text)?,
    };
    if value.normalize().scale() > digits {
        let nearest = crate::lang::format::fixed(value, digits);
        let currency = currency.code();
        let message = match digits {
            0 => crate::t!(
                "domain-money-no-decimals",
                currency = currency,
                nearest = nearest
            ),
            _ => crate::t!(
                "domain-money-decimals",
                currency = currency,
                digits = digits,
                nearest = nearest
            ),
        };
        return Err(Invalid::new(field, message));
    }
    Ok(value)
}

/// The text without currency signs, spaces and apostrophes (Swiss grouping).
fn clean_number(text: &str) -> String {
    text.trim()
        .trim_start_matches(['€', '$', '£'])
        .trim_end_matches(['€', '$', '£'])
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '\u{a0}')
        .collect()
}

/// The digits of a number grouped by one repeated separator (`1.234.567`, `-1,234,567`):
/// a first group of one to three digits, then two or more groups of three.
fn thousands(cleaned: &str) -> Option<String> {
    let separator = if cleaned.contains('.') { '.' } else { ',' };
    let groups: Vec<&str> = cleaned.split(separator).collect();
    let first = groups[0].trim_start_matches(['-', '+']);
    let grouped = groups.len() > 2
        && (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups[1..]
            .iter()
            .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
    grouped.then(|| groups.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_is_text_in_json_and_three_bytes_in_the_store() {
        let money = Money::new(dec!(12.50), Currency::EUR);
        let json = serde_json::to_string(&money).unwrap();
        assert_eq!(json, r#"{"amount":"12.50","currency":"EUR"}"#);
        assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), money);
        assert!(serde_json::from_str::<Currency>(r#""EURO""#).is_err());
        let config = bincode::config::standard();
        let bytes = bincode::serde::encode_to_vec(Currency::EUR, config).unwrap();
        assert_eq!(bytes, b"EUR");
        let (back, _): (Currency, usize) =
            bincode::serde::decode_from_slice(&bytes, config).unwrap();
        assert_eq!(back, Currency::EUR);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_commercial(dec!(2.345), 2), dec!(2.35));
        assert_eq!(round_commercial(dec!(2.344), 2), dec!(2.34));
        assert_eq!(round_commercial(dec!(-2.345), 2), dec!(-2.35));
        assert_eq!(round_commercial(dec!(0.125), 2), dec!(0.13));
        assert_eq!(round_commercial(dec!(2.5), 0), dec!(3));
        assert_eq!(round_commercial(dec!(-0.5), 0), dec!(-1));
    }

    #[test]
    fn money_rounds_to_the_currency_minor_unit() {
        let eur = Money::new(dec!(10.005), Currency::EUR);
        assert_eq!(eur.rounded().amount, dec!(10.01));
        let yen = Money::new(dec!(1234.5), "JPY".parse().unwrap());
        assert_eq!(yen.rounded().amount, dec!(1235));
        let dinar = Money::new(dec!(1.0005), "KWD".parse().unwrap());
        assert_eq!(dinar.rounded().amount, dec!(1.001));
    }

    #[test]
    fn display_pads_minor_digits() {
        assert_eq!(
            Money::new(dec!(1200.5), Currency::EUR).to_string(),
            "1200.50 EUR"
        );
        assert_eq!(Money::new(dec!(7), Currency::EUR).to_string(), "7.00 EUR");
        let yen: Currency = "jpy".parse().unwrap();
        assert_eq!(Money::new(dec!(7), yen).to_string(), "7 JPY");
    }

    #[test]
    fn amounts_parse_in_english_and_german_notation() {
        assert_eq!(Money::parse_amount("1200.50").unwrap(), dec!(1200.50));
        assert_eq!(Money::parse_amount("1.200,50").unwrap(), dec!(1200.50));
        assert_eq!(Money::parse_amount("1,200.50").unwrap(), dec!(1200.50));
        assert_eq!(Money::parse_amount("1200,5").unwrap(), dec!(1200.5));
        assert_eq!(Money::parse_amount("€ 1 200,50").unwrap(), dec!(1200.50));
        assert!(Money::parse_amount("twelve").is_err());
    }

    #[test]
    fn amounts_beyond_the_maximum_are_refused_naming_the_field() {
        assert_eq!(
            parse_decimal("cost", "999,999,999,999.99").unwrap(),
            MAX_INPUT
        );
        assert_eq!(
            parse_decimal("cost", "-999999999999.99").unwrap(),
            -MAX_INPUT
        );
        let huge = Money::parse_amount("50000000000000000000000000000").unwrap_err();
        assert_eq!(huge.field, "amount");
        assert!(
            huge.message.contains("at most 999,999,999,999.99"),
            "{huge}"
        );
        let over = parse_decimal("salary", "1000000000000").unwrap_err();
        assert_eq!(
            over.to_string(),
            "salary: \"1000000000000\" is too large (at most 999,999,999,999.99)"
        );
        assert!(parse_decimal("cost", "-1000000000000").is_err());
    }

    #[test]
    fn ambiguous_money_is_refused_naming_both_readings() {
        for (text, message) in [
            ("1.200", "\"1.200\" is ambiguous: write 1200 or 1.20"),
            ("1,200", "\"1,200\" is ambiguous: write 1200 or 1.20"),
            (
                "€ 12.345",
                "\"€ 12.345\" is ambiguous: write 12345 or 12.345",
            ),
            ("-3,500", "\"-3,500\" is ambiguous: write -3500 or -3.50"),
        ] {
            let error = parse_money("amount", text).unwrap_err();
            assert_eq!(error.to_string(), format!("amount: {message}"), "{text}");
        }
        for (text, value) in [
            ("0.125", dec!(0.125)),
            ("1.20", dec!(1.20)),
            ("1,20", dec!(1.20)),
            ("1200", dec!(1200)),
            ("1.200,00", dec!(1200)),
            ("1,200.00", dec!(1200)),
            ("1.234.567", dec!(1234567)),
            ("1,234,567", dec!(1234567)),
            ("1.2345", dec!(1.2345)),
        ] {
            assert_eq!(parse_money("amount", text).unwrap(), value, "{text}");
        }
    }

    #[test]
    fn money_finer_than_the_currency_allows_is_refused_not_rounded() {
        let yen: Currency = "JPY".parse().unwrap();
        let dinar: Currency = "KWD".parse().unwrap();
        for (text, currency, message) in [
            (
                "1.234,565",
                Currency::EUR,
                "EUR takes at most 2 decimals: write 1234.57",
            ),
            (
                "0.001",
                Currency::EUR,
                "EUR takes at most 2 decimals: write 0.00",
            ),
            ("1234.5", yen, "JPY takes no decimals: write 1235"),
            ("1.0005", dinar, "KWD takes at most 3 decimals: write 1.001"),
        ] {
            let error = parse_money_in("amount", text, currency).unwrap_err();
            assert_eq!(error.to_string(), format!("amount: {message}"), "{text}");
        }
        for (text, currency, value) in [
            ("1.234,56", Currency::EUR, dec!(1234.56)),
            ("1.200,500", Currency::EUR, dec!(1200.5)),
            ("1234", yen, dec!(1234)),
            ("0,125", dinar, dec!(0.125)),
        ] {
            assert_eq!(
                parse_money_in("amount", text, currency).unwrap(),
                value,
                "{text}"
            );
        }
        let ambiguous = parse_money_in("amount", "1.200", Currency::EUR).unwrap_err();
        assert!(ambiguous.message.contains("ambiguous"), "{ambiguous}");
    }

    #[test]
    fn three_decimals_read_back_in_currencies_that_have_them() {
        let dinar: Currency = "KWD".parse().unwrap();
        let text = Money::new(dec!(-1), dinar).amount_text();
        assert_eq!(text, "-1.000");
        assert_eq!(parse_money_in("price", &text, dinar).unwrap(), dec!(-1));
        assert_eq!(parse_money_in("price", "1,250", dinar).unwrap(), dec!(1.25));
        assert!(parse_money_in("price", "1,250", Currency::EUR).is_err());
    }

    #[test]
    fn quantities_read_a_lone_separator_as_decimal() {
        assert_eq!(parse_decimal("quantity", "1.250").unwrap(), dec!(1.25));
        assert_eq!(parse_decimal("quantity", "1,250").unwrap(), dec!(1.25));
        assert_eq!(
            parse_decimal("quantity", "1.234.567").unwrap(),
            dec!(1234567)
        );
        assert_eq!(
            parse_decimal("quantity", "-1.234.567,5").unwrap(),
            dec!(-1234567.5)
        );
        for bad in ["1.23.4", "1,2,3", "1..2", ".", "1.234.56"] {
            assert!(parse_decimal("quantity", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn currency_codes_are_iso_4217_codes_of_money() {
        assert_eq!("usd".parse::<Currency>().unwrap().code(), "USD");
        assert_eq!(" chf ".parse::<Currency>().unwrap().code(), "CHF");
        for text in ["EURO", "E1R", "ZZZ", "ABC", "XAU", "XXX", "XTS", ""] {
            let error = text.parse::<Currency>().unwrap_err();
            assert_eq!(error.field, "currency", "{text}");
            assert!(error.message.contains("ISO 4217"), "{text}: {error}");
        }
        // A code stored before the check is still read back.
        assert_eq!(
            serde_json::from_str::<Currency>(r#""ZZZ""#).unwrap().code(),
            "ZZZ"
        );
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        let units = |code: &str| code.parse::<Currency>().unwrap().minor_units();
        for (code, digits) in [
            ("EUR", 2),
            ("USD", 2),
            ("JPY", 0),
            ("KRW", 0),
            ("XPF", 0),
            ("BIF", 0),
            ("KWD", 3),
            ("BHD", 3),
            ("TND", 3),
            ("CLF", 4),
        ] {
            assert_eq!(units(code), digits, "{code}");
        }
        let stored: Currency = serde_json::from_str(r#""ZZZ""#).unwrap();
        assert_eq!(stored.minor_units(), 2);
        let francs = Money::new(dec!(1234.5), "XPF".parse().unwrap());
        assert_eq!(francs.to_string(), "1235 XPF");
    }
}
