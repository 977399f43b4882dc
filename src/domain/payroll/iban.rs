//! IBANs (ISO 13616): checked with the mod-97 rule and, for the countries in the table,
//! the country's length. Kept normalized: uppercase, no spaces. Room: domain (pure).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::Invalid;

/// IBAN length per country (ISO 13616 registry).
#[rustfmt::skip]
const LENGTHS: &[(&str, usize)] = &[
    ("AD", 24), ("AE", 23), ("AL", 28), ("AT", 20), ("AZ", 28), ("BA", 20), ("BE", 16),
    ("BG", 22), ("BH", 22), ("BR", 29), ("BY", 28), ("CH", 21), ("CR", 22), ("CY", 28),
    ("CZ", 24), ("DE", 22), ("DK", 18), ("DO", 28), ("EE", 20), ("EG", 29), ("ES", 24),
    ("FI", 18), ("FO", 18), ("FR", 27), ("GB", 22), ("GE", 22), ("GI", 23), ("GL", 18),
    ("GR", 27), ("GT", 28), ("HR", 21), ("HU", 28), ("IE", 22), ("IL", 23), ("IQ", 23),
    ("IS", 26), ("IT", 27), ("JO", 30), ("KW", 30), ("KZ", 20), ("LB", 28), ("LC", 32),
    ("LI", 21), ("LT", 20), ("LU", 20), ("LV", 21), ("MC", 27), ("MD", 24), ("ME", 22),
    ("MK", 19), ("MR", 27), ("MT", 31), ("MU", 30), ("NL", 18), ("NO", 15), ("PK", 24),
    ("PL", 28), ("PS", 29), ("PT", 25), ("QA", 29), ("RO", 24), ("RS", 22), ("SA", 24),
    ("SC", 31), ("SE", 24), ("SI", 19), ("SK", 24), ("SM", 27), ("ST", 25), ("SV", 28),
    ("TL", 23), ("TN", 24), ("TR", 26), ("UA", 29), ("VA", 22), ("VG", 24), ("XK", 20),
];

/// A checked IBAN. Invariant: uppercase ASCII letters and digits only, country code,
/// two check digits, 15–34 characters, mod 97 = 1.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Iban(String);

impl Iban {
    /// Parses an IBAN as people type it: spaces and lowercase are accepted.
    pub fn parse(text: &str) -> Result<Iban, Invalid> {
        let iban: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let text = text.trim();
        let refuse = |why: String| Err(Invalid::new("iban", why));
        let bytes = iban.as_bytes();
        if !bytes.iter().all(u8::is_ascii_alphanumeric) {
            return refuse(crate::t!("domain-iban-characters", text = text));
        }
        if bytes.len() < 15
            || bytes.len() > 34
            || !bytes[..2].iter().all(u8::is_ascii_uppercase)
            || !bytes[2..4].iter().all(u8::is_ascii_digit)
        {
            return refuse(crate::t!("domain-iban-shape", text = text));
        }
        let country = &iban[..2];
        if let Some(&(_, length)) = LENGTHS.iter().find(|(code, _)| *code == country)
            && bytes.len() != length
        {
            return refuse(crate::t!(
                "domain-iban-length",
                text = text,
                length = bytes.len(),
                country = country,
                expected = length
            ));
        }
        if mod97(&iban) != 1 {
            return refuse(crate::t!("domain-iban-checksum", text = text));
        }
        Ok(Iban(iban))
    }

    /// The IBAN without spaces, e.g. `DE89370400440532013000`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Iban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The ISO 7064 mod-97 remainder of the IBAN with its first four characters moved to the
/// end and letters written as 10–35.
fn mod97(iban: &str) -> u32 {
    let (head, tail) = iban.split_at(4);
    tail.chars()
        .chain(head.chars())
        .filter_map(|c| c.to_digit(36))
        .fold(0, |rest, value| {
            let shift = if value >= 10 { 100 } else { 10 };
            (rest * shift + value) % 97
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ibans_are_accepted_and_normalized() {
        for text in [
            "DE89 3704 0044 0532 0130 00",
            "gb82 west 1234 5698 7654 32",
            "AT611904300234573201",
            "CH9300762011623852957",
            "FR1420041010050500013M02606",
            "NL91ABNA0417164300",
        ] {
            let iban = Iban::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert!(!iban.as_str().contains(' '));
            assert_eq!(iban.as_str(), iban.as_str().to_ascii_uppercase());
        }
        assert_eq!(
            Iban::parse("de89 3704 0044 0532 0130 00")
                .unwrap()
                .to_string(),
            "DE89370400440532013000"
        );
    }

    #[test]
    fn wrong_checksums_and_lengths_are_refused() {
        let checksum = Iban::parse("DE88 3704 0044 0532 0130 00").unwrap_err();
        assert_eq!(checksum.field, "iban");
        assert!(checksum.message.contains("checksum"), "{checksum}");
        let swapped = Iban::parse("DE89 3704 0044 0532 0103 00").unwrap_err();
        assert!(swapped.message.contains("checksum"));
        let short = Iban::parse("DE89 3704 0044 0532 0130 0").unwrap_err();
        assert!(short.message.contains("from DE has 22"), "{short}");
        let long = Iban::parse("NL91ABNA04171643001").unwrap_err();
        assert!(long.message.contains("from NL has 18"), "{long}");
        assert!(Iban::parse("DE89-3704-0044-0532-0130-00").is_err());
        assert!(Iban::parse("1234567890123456").is_err());
        assert!(Iban::parse("").is_err());
    }
}
