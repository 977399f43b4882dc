//! VAT: the category an item is taxed in, the tax treatment of a customer, and the table of
//! rates by the date they take effect. A rate is chosen by the date of supply (the delivery
//! date; for an undelivered order its requested date), never by the order date. The amounts
//! of a document are computed from these in `domain::amounts`, the one code path for every
//! screen and document. Room: domain (pure).

use rust_decimal::{Decimal, dec};
use serde::{Deserialize, Serialize};
use time::{Date, macros::date};

use super::invalid::parse_labelled;
use super::{Country, Invalid};

/// The VAT category of an item or a document line: the standard or the reduced rate of the
/// date of supply, the zero rate, or exempt from VAT with the legal reason printed on the
/// document (e.g. `§ 4 Nr. 14 UStG`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum VatCategory {
    Standard,
    Reduced,
    Zero,
    /// Invariant: the reason is trimmed and not empty (`VatCategory::exempt` checks it).
    Exempt(String),
}

/// The categories by name, without a reason: what `parse` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CategoryName {
    Standard,
    Reduced,
    Zero,
    Exempt,
}

impl CategoryName {
    const ALL: [CategoryName; 4] = [Self::Standard, Self::Reduced, Self::Zero, Self::Exempt];

    fn name(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Reduced => "reduced",
            Self::Zero => "zero",
            Self::Exempt => "exempt",
        }
    }

    fn label(self) -> String {
        match self {
            Self::Standard => crate::t!("domain-vat-category-standard"),
            Self::Reduced => crate::t!("domain-vat-category-reduced"),
            Self::Zero => crate::t!("domain-vat-category-zero"),
            Self::Exempt => crate::t!("domain-vat-category-exempt"),
        }
    }
}

impl VatCategory {
    /// The machine names users type and exports write.
    pub const NAMES: [&'static str; 4] = ["standard", "reduced", "zero", "exempt"];

    /// Exempt from VAT for `reason`, which must not be empty: the document has to say why.
    pub fn exempt(reason: &str) -> Result<VatCategory, Invalid> {
        match reason.trim() {
            "" => Err(Invalid::new(
                "vat-reason",
                crate::t!("domain-vat-exempt-needs-reason"),
            )),
            reason => Ok(VatCategory::Exempt(reason.to_string())),
        }
    }

    /// A category by its machine name or its label in the current language (`ermäßigt`);
    /// `reason` is the exemption reason, required for exempt and refused for the others.
    pub fn parse(text: &str, reason: &str) -> Result<VatCategory, Invalid> {
        let names = CategoryName::ALL.map(|name| (name.name(), name));
        let name = parse_labelled("vat-category", text, &names, CategoryName::label)?;
        match (name, reason.trim()) {
            (CategoryName::Exempt, reason) => VatCategory::exempt(reason),
            (_, "") => Ok(match name {
                CategoryName::Standard => VatCategory::Standard,
                CategoryName::Reduced => VatCategory::Reduced,
                _ => VatCategory::Zero,
            }),
            (_, _) => Err(Invalid::new(
                "vat-reason",
                crate::t!("domain-vat-reason-only-exempt", category = name.label()),
            )),
        }
    }

    fn category_name(&self) -> CategoryName {
        match self {
            Self::Standard => CategoryName::Standard,
            Self::Reduced => CategoryName::Reduced,
            Self::Zero => CategoryName::Zero,
            Self::Exempt(_) => CategoryName::Exempt,
        }
    }

    /// The machine name (`standard`, `reduced`, `zero`, `exempt`).
    pub fn name(&self) -> &'static str {
        self.category_name().name()
    }

    /// The name as a person reads it in the current language (German `Regelsatz`).
    pub fn label(&self) -> String {
        self.category_name().label()
    }

    /// The exemption reason of an exempt category.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Self::Exempt(reason) => Some(reason),
            _ => None,
        }
    }
}

/// How a customer's supplies are taxed: at home with German VAT; to an EU business with a
/// VAT ID as a tax-free intra-EU supply of goods, or for services under the reverse charge
/// (the recipient owes the VAT); or as a tax-free export outside the EU. Only domestic
/// supplies carry VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaxTreatment {
    Domestic,
    IntraEuSupply,
    ReverseCharge,
    Export,
}

impl TaxTreatment {
    pub const ALL: [TaxTreatment; 4] = [
        Self::Domestic,
        Self::IntraEuSupply,
        Self::ReverseCharge,
        Self::Export,
    ];

    /// A treatment by its machine name or its label in the current language.
    pub fn parse(text: &str) -> Result<TaxTreatment, Invalid> {
        let names = Self::ALL.map(|treatment| (treatment.name(), treatment));
        parse_labelled("tax-treatment", text, &names, Self::label)
    }

    /// The machine name (`domestic`, `intra-eu`, `reverse-charge`, `export`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Domestic => "domestic",
            Self::IntraEuSupply => "intra-eu",
            Self::ReverseCharge => "reverse-charge",
            Self::Export => "export",
        }
    }

    /// The name as a person reads it in the current language (German `Ausfuhr`).
    pub fn label(self) -> String {
        match self {
            Self::Domestic => crate::t!("domain-vat-treatment-domestic"),
            Self::IntraEuSupply => crate::t!("domain-vat-treatment-intra-eu"),
            Self::ReverseCharge => crate::t!("domain-vat-treatment-reverse-charge"),
            Self::Export => crate::t!("domain-vat-treatment-export"),
        }
    }

    /// Whether the customer must have a VAT ID for this treatment (an EU business).
    pub fn requires_vat_id(self) -> bool {
        matches!(self, Self::IntraEuSupply | Self::ReverseCharge)
    }
}

/// The prefixes of EU VAT IDs: the member states' country codes, with `EL` for Greece and
/// `XI` for Northern Ireland's goods trade.
const VAT_ID_PREFIXES: [&str; 28] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
];

/// A VAT ID as it is stored: spaces, dots and hyphens dropped, upper case, then checked
/// for shape — an EU country prefix (`DE`, `EL`, …) and 2 to 13 letters or digits
/// (`DE123456789`, `ATU12345678`). Empty is no VAT ID. The check digits are not verified:
/// that needs the issuing state's service.
pub fn normalize_vat_id(text: &str) -> Result<String, Invalid> {
    let id: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-'))
        .collect::<String>()
        .to_uppercase();
    if id.is_empty() {
        return Ok(id);
    }
    let (prefix, rest) = id.split_at(id.char_indices().nth(2).map_or(id.len(), |(at, _)| at));
    let shaped = VAT_ID_PREFIXES.contains(&prefix)
        && (2..=13).contains(&rest.len())
        && rest.chars().all(|c| c.is_ascii_alphanumeric());
    match shaped {
        true => Ok(id),
        false => Err(Invalid::new(
            "vat_id",
            crate::t!("domain-vat-id-invalid", text = text.trim()),
        )),
    }
}

/// The rates in effect from one date until the next period of the table begins, as
/// percentages (19 means 19 %).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatePeriod {
    pub from: Date,
    pub standard: Decimal,
    pub reduced: Decimal,
}

/// A country's VAT rates by the date they take effect. Invariant: the periods are in
/// ascending order of `from`, without two on one date; the last one is open-ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateTable {
    pub country: Country,
    periods: &'static [RatePeriod],
}

/// Germany (§ 12 UStG) since VAT began on 1968-01-01 (order history goes back that far):
/// 10 % / 5 %, from 1968-07-01 11 % / 5.5 %, 1978-01-01 12 % / 6 %, 1979-07-01 13 % / 6.5 %,
/// 1983-07-01 14 % / 7 %, 1993-01-01 15 % / 7 %, 1998-04-01 16 % / 7 %; 19 % / 7 % since
/// 2007-01-01; 16 % / 5 % for supplies from 2020-07-01 to 2020-12-31 (the Second Corona
/// Tax Assistance Act); 19 % / 7 % again from 2021-01-01.
const GERMAN_PERIODS: &[RatePeriod] = &[
    RatePeriod {
        from: date!(1968 - 01 - 01),
        standard: dec!(10),
        reduced: dec!(5),
    },
    RatePeriod {
        from: date!(1968 - 07 - 01),
        standard: dec!(11),
        reduced: dec!(5.5),
    },
    RatePeriod {
        from: date!(1978 - 01 - 01),
        standard: dec!(12),
        reduced: dec!(6),
    },
    RatePeriod {
        from: date!(1979 - 07 - 01),
        standard: dec!(13),
        reduced: dec!(6.5),
    },
    RatePeriod {
        from: date!(1983 - 07 - 01),
        standard: dec!(14),
        reduced: dec!(7),
    },
    RatePeriod {
        from: date!(1993 - 01 - 01),
        standard: dec!(15),
        reduced: dec!(7),
    },
    RatePeriod {
        from: date!(1998 - 04 - 01),
        standard: dec!(16),
        reduced: dec!(7),
    },
    RatePeriod {
        from: date!(2007 - 01 - 01),
        standard: dec!(19),
        reduced: dec!(7),
    },
    RatePeriod {
        from: date!(2020 - 07 - 01),
        standard: dec!(16),
        reduced: dec!(5),
    },
    RatePeriod {
        from: date!(2021 - 01 - 01),
        standard: dec!(19),
        reduced: dec!(7),
    },
];

impl RateTable {
    pub const GERMANY: RateTable = RateTable {
        country: Country::DE,
        periods: GERMAN_PERIODS,
    };

    /// The periods, oldest first.
    pub fn periods(&self) -> &'static [RatePeriod] {
        self.periods
    }

    /// The last day of the period at `index`: the day before the next one begins; `None`
    /// for the last (open-ended) period.
    pub fn until(&self, index: usize) -> Option<Date> {
        let next = self.periods.get(index + 1)?;
        next.from.previous_day()
    }

    /// The index of the period in effect on `date`; a date before the table begins is
    /// refused, naming the first date the table knows.
    pub fn index_on(&self, date: Date) -> Result<usize, Invalid> {
        let after = self.periods.partition_point(|period| period.from <= date);
        match after.checked_sub(1) {
            Some(index) => Ok(index),
            None => Err(Invalid::new(
                "date-of-supply",
                crate::t!(
                    "domain-vat-no-rate",
                    date = crate::lang::format::date(date),
                    first = self
                        .periods
                        .first()
                        .map(|period| crate::lang::format::date(period.from))
                        .unwrap_or_default(),
                    country = self.country.code().to_string()
                ),
            )),
        }
    }

    /// The rates in effect on `date` (a date of supply).
    pub fn on(&self, date: Date) -> Result<RatePeriod, Invalid> {
        Ok(self.periods[self.index_on(date)?])
    }

    /// The rate (percent) of `category` for a supply on `date`: the period's standard or
    /// reduced rate; zero for the zero rate and for exempt supplies.
    pub fn rate(&self, category: &VatCategory, date: Date) -> Result<Decimal, Invalid> {
        let period = self.on(date)?;
        Ok(match category {
            VatCategory::Standard => period.standard,
            VatCategory::Reduced => period.reduced,
            VatCategory::Zero | VatCategory::Exempt(_) => Decimal::ZERO,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::in_german;

    #[test]
    fn the_2020_rates_follow_the_date_of_supply() {
        let table = RateTable::GERMANY;
        for (day, standard, reduced) in [
            (date!(1968 - 01 - 01), dec!(10), dec!(5)),
            (date!(1979 - 07 - 01), dec!(13), dec!(6.5)),
            (date!(1997 - 03 - 31), dec!(15), dec!(7)),
            (date!(1998 - 04 - 01), dec!(16), dec!(7)),
            (date!(2006 - 12 - 31), dec!(16), dec!(7)),
            (date!(2007 - 01 - 01), dec!(19), dec!(7)),
            (date!(2020 - 06 - 30), dec!(19), dec!(7)),
            (date!(2020 - 07 - 01), dec!(16), dec!(5)),
            (date!(2020 - 12 - 31), dec!(16), dec!(5)),
            (date!(2021 - 01 - 01), dec!(19), dec!(7)),
            (date!(2026 - 12 - 05), dec!(19), dec!(7)),
        ] {
            assert_eq!(
                table.rate(&VatCategory::Standard, day).unwrap(),
                standard,
                "{day}"
            );
            assert_eq!(
                table.rate(&VatCategory::Reduced, day).unwrap(),
                reduced,
                "{day}"
            );
            assert_eq!(table.rate(&VatCategory::Zero, day).unwrap(), dec!(0));
            let exempt = VatCategory::exempt("§ 4 Nr. 14 UStG").unwrap();
            assert_eq!(table.rate(&exempt, day).unwrap(), dec!(0));
        }
    }

    #[test]
    fn periods_end_the_day_before_the_next_begins() {
        let table = RateTable::GERMANY;
        assert_eq!(table.periods().len(), 10);
        assert_eq!(table.until(0), Some(date!(1968 - 06 - 30)));
        assert_eq!(table.until(6), Some(date!(2006 - 12 - 31)));
        assert_eq!(table.until(7), Some(date!(2020 - 06 - 30)));
        assert_eq!(table.until(8), Some(date!(2020 - 12 - 31)));
        assert_eq!(table.until(9), None);
        assert_eq!(table.index_on(date!(2020 - 07 - 01)).unwrap(), 8);
    }

    #[test]
    fn a_date_before_the_table_is_refused_naming_its_first_date() {
        let error = RateTable::GERMANY
            .rate(&VatCategory::Standard, date!(1967 - 12 - 31))
            .unwrap_err();
        assert_eq!(error.field, "date-of-supply");
        assert_eq!(
            error.message,
            "no VAT rates of DE for 1967-12-31: the table begins on 1968-01-01"
        );
        let german = in_german(|| {
            RateTable::GERMANY
                .on(date!(1967 - 12 - 31))
                .unwrap_err()
                .message
        });
        assert_eq!(
            german,
            "keine Umsatzsteuersätze für DE am 31.12.1967: die Tabelle beginnt am 01.01.1968"
        );
    }

    #[test]
    fn categories_parse_by_name_or_german_label_and_exempt_needs_a_reason() {
        assert_eq!(
            VatCategory::parse("standard", "").unwrap(),
            VatCategory::Standard
        );
        assert_eq!(
            VatCategory::parse(" Reduced ", "").unwrap(),
            VatCategory::Reduced
        );
        assert_eq!(VatCategory::parse("zero", "").unwrap(), VatCategory::Zero);
        let exempt = VatCategory::parse("exempt", " § 4 Nr. 8 UStG ").unwrap();
        assert_eq!(exempt, VatCategory::Exempt("§ 4 Nr. 8 UStG".to_string()));
        assert_eq!(exempt.reason(), Some("§ 4 Nr. 8 UStG"));
        assert_eq!(exempt.name(), "exempt");
        let missing = VatCategory::parse("exempt", "  ").unwrap_err();
        assert_eq!(missing.field, "vat-reason");
        assert_eq!(
            missing.message,
            "an exempt supply needs the reason it is exempt"
        );
        let stray = VatCategory::parse("standard", "§ 4").unwrap_err();
        assert_eq!(
            stray.message,
            "only an exempt supply takes a reason, not standard"
        );
        let unknown = VatCategory::parse("half", "").unwrap_err();
        assert_eq!(unknown.field, "vat-category");
        assert!(
            unknown
                .message
                .contains("one of: standard, reduced, zero, exempt"),
            "{unknown}"
        );
        in_german(|| {
            assert_eq!(
                VatCategory::parse("ermässigt", "").unwrap(),
                VatCategory::Reduced
            );
            assert_eq!(VatCategory::Standard.label(), "Regelsatz");
            assert_eq!(
                VatCategory::exempt("").unwrap_err().message,
                "eine steuerfreie Leistung braucht den Grund der Steuerbefreiung"
            );
        });
    }

    #[test]
    fn vat_ids_are_stored_compact_and_checked_for_shape() {
        assert_eq!(normalize_vat_id(" de 123.456-789 ").unwrap(), "DE123456789");
        assert_eq!(normalize_vat_id("ATU12345678").unwrap(), "ATU12345678");
        assert_eq!(normalize_vat_id("EL12").unwrap(), "EL12");
        assert_eq!(normalize_vat_id("  ").unwrap(), "");
        for bad in [
            "123456789",
            "US123456789",
            "GR123456789",
            "DE1",
            "DE12345678901234",
            "DE12_34",
            "DÉ123456",
        ] {
            let refused = normalize_vat_id(bad).unwrap_err();
            assert_eq!(refused.field, "vat_id", "{bad}");
            assert!(refused.message.contains(bad), "{refused}");
        }
        let german = in_german(|| normalize_vat_id("XX1").unwrap_err().message);
        assert!(german.contains("keine gültige USt-IdNr."), "{german}");
    }

    #[test]
    fn treatments_parse_and_name_whether_a_vat_id_is_needed() {
        for treatment in TaxTreatment::ALL {
            assert_eq!(TaxTreatment::parse(treatment.name()).unwrap(), treatment);
            let german = in_german(|| treatment.label());
            let back = in_german(|| TaxTreatment::parse(&german).unwrap());
            assert_eq!(back, treatment, "{german}");
        }
        assert_eq!(
            TaxTreatment::parse("Reverse_Charge").unwrap(),
            TaxTreatment::ReverseCharge
        );
        assert_eq!(in_german(|| TaxTreatment::Export.label()), "Ausfuhr");
        assert!(TaxTreatment::parse("abroad").is_err());
        let needs: Vec<bool> = TaxTreatment::ALL
            .iter()
            .map(|t| t.requires_vat_id())
            .collect();
        assert_eq!(needs, [false, true, true, false]);
    }
}
