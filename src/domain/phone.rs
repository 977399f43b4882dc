//! Phone numbers: parsed with libphonenumber (the `phonenumber` crate) in the record's
//! country, stored as E.164, searched by any trailing fragment — and, when what was typed is
//! the beginning of a number (`+49 30 4…`, `0049 30 4…`, `030 4…`), by that beginning, so a
//! number typed digit by digit from the caller display narrows the matches with each digit.
//! Room: domain (pure).

use serde::{Deserialize, Serialize};

use super::{Country, Invalid};

/// A phone number as the user wrote it and as E.164 (`+49300074321`). Numbers that parse
/// but that libphonenumber calls invalid (old or fictional numbering) are kept as parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    pub raw: String,
    pub e164: String,
}

/// The fewest digits a fragment search accepts.
pub const MIN_FRAGMENT_DIGITS: usize = 4;

/// Whether `text` is the start of a number too short to look up: written only with what
/// numbers are written with (digits, spaces, `+ - / ( ) .`), with some digits but fewer
/// than `MIN_FRAGMENT_DIGITS`.
pub fn too_few_digits(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let number_like = text
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || "+-/().".contains(c));
    number_like && (1..MIN_FRAGMENT_DIGITS).contains(&digits)
}

impl Phone {
    /// Parses `raw` in `region` (the customer's country, else the configured default).
    pub fn parse(raw: &str, region: Country) -> Result<Phone, Invalid> {
        let raw = raw.trim();
        let id = region.code().parse::<phonenumber::country::Id>().ok();
        let parsed = phonenumber::parse(id, raw)
            .or_else(|_| phonenumber::parse(None, raw))
            .map_err(|_| Invalid::new("phone", crate::t!("domain-phone-invalid", text = raw)))?;
        let e164 = parsed.format().mode(phonenumber::Mode::E164).to_string();
        Ok(Phone {
            raw: raw.to_string(),
            e164,
        })
    }

    /// The E.164 digits without the leading `+`.
    pub fn digits(&self) -> &str {
        self.e164.trim_start_matches('+')
    }

    /// The digits last-first: the key under which every trailing fragment is a prefix.
    pub fn reversed_digits(&self) -> String {
        self.digits().chars().rev().collect()
    }
}

/// What a typed phone query searches for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneQuery {
    /// Reversed digits with leading zeros (trunk or international prefixes) dropped, unless
    /// fewer than four digits would remain (`0297` is a fragment, not a prefix and `297`):
    /// the prefix to scan in the reversed-digits index.
    pub reversed_prefix: String,
    /// All typed digits, to rank numbers that end with exactly these first.
    pub digits: String,
    /// The query parsed as a whole number in the default region, when it is one.
    pub e164: Option<String>,
    /// When the text is the beginning of a number — international (`+`, `00`) or national
    /// (the default region's trunk prefix, `0` in Germany) — the E.164 digits (without `+`)
    /// every number beginning like that starts with.
    pub leading: Option<String>,
}

impl PhoneQuery {
    /// `None` when the text has fewer than four digits or contains letters (then it is a
    /// name, not a number). Accepts any formatting: `030-0074321`, `+49 30 0074321`,
    /// `0049300074321`, `0074321`.
    pub fn new(text: &str, default_region: Country) -> Option<PhoneQuery> {
        if text.chars().any(char::is_alphabetic) {
            return None;
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if digits.len() < MIN_FRAGMENT_DIGITS {
            return None;
        }
        let significant = Some(digits.trim_start_matches('0'))
            .filter(|rest| rest.len() >= MIN_FRAGMENT_DIGITS)
            .unwrap_or(&digits);
        let e164 = (digits.len() >= 7)
            .then(|| Phone::parse(text, default_region).ok())
            .flatten()
            .map(|phone| phone.e164);
        Some(PhoneQuery {
            reversed_prefix: significant.chars().rev().collect(),
            leading: leading_digits(text, &digits, default_region),
            digits,
            e164,
        })
    }

    /// 0 for the same number, 1 when it ends with every typed digit or begins as typed, 2
    /// for a looser match.
    pub fn rank(&self, phone: &Phone) -> u8 {
        self.rank_digits(phone.digits())
    }

    /// `rank` for a number given as its E.164 digits without the `+`.
    pub fn rank_digits(&self, digits: &str) -> u8 {
        if self.e164.as_deref().and_then(|e164| e164.strip_prefix('+')) == Some(digits) {
            0
        } else if digits.ends_with(&self.digits) || self.begins(digits) {
            1
        } else {
            2
        }
    }

    /// Whether E.164 `digits` (without `+`) begin as the typed beginning of a number.
    pub fn begins(&self, digits: &str) -> bool {
        self.leading
            .as_deref()
            .is_some_and(|leading| digits.starts_with(leading))
    }

    /// Whether `phone` matches this query at all.
    pub fn matches(&self, phone: &Phone) -> bool {
        phone.reversed_digits().starts_with(&self.reversed_prefix) || self.begins(phone.digits())
    }
}

/// The E.164 digits a number starts with when `text` is its beginning: after `+` or `00`
/// the digits as typed, after the region's trunk prefix the region's country code and the
/// rest; None for bare digits (a trailing fragment) or fewer than four digits in all.
fn leading_digits(text: &str, digits: &str, region: Country) -> Option<String> {
    let leading = if text.trim_start().starts_with('+') {
        digits.to_string()
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else {
        let metadata = phonenumber::metadata::DATABASE.by_id(region.code())?;
        let rest = digits.strip_prefix(metadata.national_prefix()?)?;
        format!("{}{rest}", metadata.country_code())
    };
    (leading.len() >= MIN_FRAGMENT_DIGITS).then_some(leading)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de() -> Country {
        Country::parse("DE").unwrap()
    }

    #[test]
    fn the_beginning_of_a_number_is_read_in_every_formatting_and_bare_digits_are_not() {
        let leading = |text: &str| PhoneQuery::new(text, de()).and_then(|query| query.leading);
        assert_eq!(leading("+49 30 42").as_deref(), Some("493042"));
        assert_eq!(leading("0049 30 42").as_deref(), Some("493042"));
        assert_eq!(leading("030 42").as_deref(), Some("493042"));
        assert_eq!(leading("030/4271828").as_deref(), Some("49304271828"));
        assert_eq!(
            leading("4271828"),
            None,
            "bare digits are a trailing fragment"
        );
        assert_eq!(leading("+1 5"), None, "too short to narrow anything");
        let query = PhoneQuery::new("030 42", de()).unwrap();
        let berlin = Phone::parse("030 4271828", de()).unwrap();
        let munich = Phone::parse("089 4271828", de()).unwrap();
        assert!(query.matches(&berlin) && !query.matches(&munich));
        assert_eq!(query.rank(&berlin), 1);
        let italy = Country::parse("IT").unwrap();
        assert_eq!(
            PhoneQuery::new("06 1234", italy).unwrap().leading,
            None,
            "Italy has no trunk prefix: 06 is part of the number"
        );
    }

    #[test]
    fn national_format_uses_the_country() {
        let phone = Phone::parse("030-0074321", de()).unwrap();
        assert_eq!(phone.e164, "+49300074321");
        assert_eq!(phone.raw, "030-0074321");
        let mexico = Phone::parse("(5) 555-4729", Country::parse("MX").unwrap()).unwrap();
        assert_eq!(mexico.e164, "+5255554729");
        let uk = Phone::parse("(171) 555-7788", Country::parse("GB").unwrap()).unwrap();
        assert_eq!(uk.e164, "+441715557788");
    }

    #[test]
    fn international_and_00_prefix_agree() {
        let plus = Phone::parse("+49 30 0074321", de()).unwrap();
        let zeros = Phone::parse("0049300074321", de()).unwrap();
        let us = Phone::parse("+1 (503) 555-7555", de()).unwrap();
        assert_eq!(plus.e164, "+49300074321");
        assert_eq!(zeros.e164, "+49300074321");
        assert_eq!(us.e164, "+15035557555");
    }

    #[test]
    fn text_without_a_number_is_refused() {
        let error = Phone::parse("n/a", de()).unwrap_err();
        assert_eq!(error.field, "phone");
        assert!(Phone::parse("", de()).is_err());
    }

    #[test]
    fn every_formatting_of_a_number_finds_it() {
        let stored = Phone::parse("030-0074321", de()).unwrap();
        for typed in [
            "030-0074321",
            "+49 30 0074321",
            "0049300074321",
            "0074321",
            "4321",
        ] {
            let query = PhoneQuery::new(typed, de()).unwrap();
            assert!(query.matches(&stored), "{typed} should match");
        }
        let other = Phone::parse("030-0076545", de()).unwrap();
        assert!(!PhoneQuery::new("0074321", de()).unwrap().matches(&other));
    }

    #[test]
    fn same_number_ranks_first() {
        let stored = Phone::parse("030-0074321", de()).unwrap();
        assert_eq!(
            PhoneQuery::new("+49 30 0074321", de())
                .unwrap()
                .rank(&stored),
            0
        );
        assert_eq!(PhoneQuery::new("74321", de()).unwrap().rank(&stored), 1);
        assert_eq!(PhoneQuery::new("000074321", de()).unwrap().rank(&stored), 2);
    }

    #[test]
    fn short_fragments_and_names_are_not_phone_queries() {
        assert!(PhoneQuery::new("321", de()).is_none());
        assert!(PhoneQuery::new("03-2", de()).is_none());
        assert!(PhoneQuery::new("Alfreds 4321", de()).is_none());
    }

    #[test]
    fn a_four_digit_fragment_starting_with_zero_matches_as_typed() {
        let stored = Phone::parse("(171) 555-0297", Country::parse("GB").unwrap()).unwrap();
        for typed in ["0297", "50297", "5-0297", "0001297"] {
            let query = PhoneQuery::new(typed, de()).unwrap();
            assert_eq!(query.matches(&stored), typed != "0001297", "{typed}");
        }
        let zeros = Phone::parse("+49 30 1230000", de()).unwrap();
        assert!(PhoneQuery::new("0000", de()).unwrap().matches(&zeros));
        assert!(!PhoneQuery::new("0000", de()).unwrap().matches(&stored));
        assert_eq!(PhoneQuery::new("0297", de()).unwrap().rank(&stored), 1);
    }
}
