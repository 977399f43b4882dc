//! Ticket numbers `YYYY-NNNNNN-C`: the year the ticket was opened, its place in that year's
//! gapless series and a Damm check digit over the ten digits before it. The Damm check
//! catches every single wrong digit and every swap of two neighbouring digits, so a
//! mistyped number is refused rather than matched to another ticket. Dashes and spaces
//! are optional when typed. Room: domain (pure).

use serde::{Deserialize, Serialize};

use crate::domain::Invalid;

/// The Damm algorithm's weakly totally anti-symmetric quasigroup of order 10.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The Damm interim digit of `digits` (each 0–9): the check digit of them, and 0 for a
/// string that ends in its correct check digit.
fn damm(digits: impl IntoIterator<Item = u8>) -> u8 {
    digits.into_iter().fold(0, |interim, digit| {
        DAMM[usize::from(interim)][usize::from(digit)]
    })
}

/// The highest sequence a year holds (six digits).
pub const MAX_SEQUENCE: u32 = 999_999;

/// A ticket's number: year and sequence; the check digit is computed, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TicketNumber {
    pub year: u16,
    pub sequence: u32,
}

impl TicketNumber {
    /// The number `sequence` of `year`; refused outside 1000–9999 or 1–999999.
    pub fn new(year: i32, sequence: u64) -> Result<TicketNumber, Invalid> {
        let year = u16::try_from(year)
            .ok()
            .filter(|year| (1000..=9999).contains(year));
        let sequence = u32::try_from(sequence)
            .ok()
            .filter(|sequence| (1..=MAX_SEQUENCE).contains(sequence));
        match (year, sequence) {
            (Some(year), Some(sequence)) => Ok(TicketNumber { year, sequence }),
            _ => Err(Invalid::new(
                "ticket",
                crate::t!("domain-ticket-number-full"),
            )),
        }
    }

    /// The ten digits the check digit covers.
    fn digits(self) -> Vec<u8> {
        format!("{:04}{:06}", self.year, self.sequence)
            .bytes()
            .map(|byte| byte - b'0')
            .collect()
    }

    pub fn check_digit(self) -> u8 {
        damm(self.digits())
    }

    /// Reads `2026-000042-7` or `20260000427` (spaces and dashes anywhere are ignored);
    /// refuses anything else, and a number whose check digit is wrong.
    pub fn parse(text: &str) -> Result<TicketNumber, Invalid> {
        let shown = text.trim();
        let digits: Vec<u8> = shown
            .chars()
            .filter(|c| !matches!(c, '-' | ' '))
            .map(|c| c.to_digit(10).and_then(|d| u8::try_from(d).ok()).ok_or(()))
            .collect::<Result<_, _>>()
            .map_err(|()| malformed(shown))?;
        if digits.len() != 11 {
            return Err(malformed(shown));
        }
        if damm(digits.iter().copied()) != 0 {
            return Err(Invalid::new(
                "ticket",
                crate::t!("domain-ticket-number-check", number = shown),
            ));
        }
        let value = |range: std::ops::Range<usize>| {
            digits[range]
                .iter()
                .fold(0u64, |value, digit| value * 10 + u64::from(*digit))
        };
        let year = i32::try_from(value(0..4)).map_err(|_| malformed(shown))?;
        TicketNumber::new(year, value(4..10)).map_err(|_| malformed(shown))
    }
}

fn malformed(text: &str) -> Invalid {
    Invalid::new(
        "ticket",
        crate::t!("domain-ticket-number-malformed", number = text),
    )
}

impl std::fmt::Display for TicketNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:04}-{:06}-{}",
            self.year,
            self.sequence,
            self.check_digit()
        )
    }
}

impl std::str::FromStr for TicketNumber {
    type Err = Invalid;
    fn from_str(text: &str) -> Result<TicketNumber, Invalid> {
        TicketNumber::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(year: i32, sequence: u64) -> TicketNumber {
        TicketNumber::new(year, sequence).unwrap()
    }

    #[test]
    fn a_number_is_written_with_its_damm_check_digit_and_read_back() {
        // The check digit of 2026000001, walked through the table here.
        let mut interim = 0usize;
        for d in [2, 0, 2, 6, 0, 0, 0, 0, 0, 1] {
            interim = usize::from(DAMM[interim][d]);
        }
        let first = number(2026, 1);
        assert_eq!(first.to_string(), format!("2026-000001-{interim}"));
        assert_eq!(TicketNumber::parse(&first.to_string()), Ok(first));
        let bare: String = first.to_string().replace('-', "");
        assert_eq!(TicketNumber::parse(&bare), Ok(first));
        assert!(TicketNumber::parse(" 2026 000001 ").is_err());
        // The textbook example of the Damm algorithm: 572 has check digit 4.
        assert_eq!(damm([5, 7, 2]), 4);
        assert_eq!(damm([5, 7, 2, 4]), 0);
    }

    #[test]
    fn every_single_wrong_digit_and_every_adjacent_swap_is_refused() {
        for (year, sequence) in [(2026, 1), (2026, 42), (2027, 999_999), (1999, 123_456)] {
            let good = number(year, sequence);
            let digits: Vec<u8> = format!("{:04}{:06}{}", year, sequence, good.check_digit())
                .bytes()
                .map(|b| b - b'0')
                .collect();
            let text = |digits: &[u8]| {
                digits
                    .iter()
                    .map(|d| char::from(b'0' + d))
                    .collect::<String>()
            };
            for place in 0..digits.len() {
                for wrong in 0..10u8 {
                    if wrong == digits[place] {
                        continue;
                    }
                    let mut typo = digits.clone();
                    typo[place] = wrong;
                    assert!(
                        TicketNumber::parse(&text(&typo)).is_err(),
                        "{}",
                        text(&typo)
                    );
                }
            }
            for place in 0..digits.len() - 1 {
                if digits[place] == digits[place + 1] {
                    continue;
                }
                let mut swapped = digits.clone();
                swapped.swap(place, place + 1);
                assert!(
                    TicketNumber::parse(&text(&swapped)).is_err(),
                    "{}",
                    text(&swapped)
                );
            }
        }
    }

    #[test]
    fn malformed_numbers_are_refused_with_a_message_and_out_of_range_ones_too() {
        for text in ["", "2026-1-1", "abcd-000001-0", "2026-0000001-00"] {
            let refused = TicketNumber::parse(text).unwrap_err();
            assert_eq!(refused.field, "ticket");
        }
        assert!(TicketNumber::new(2026, 0).is_err());
        assert!(TicketNumber::new(2026, 1_000_000).is_err());
        assert!(TicketNumber::new(999, 1).is_err());
    }
}
