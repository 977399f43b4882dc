//! Suppliers: the firms kontor buys from, with one contact, an address, phones, e-mails,
//! a VAT ID, payment terms and tags. Rules: a name is required; the number (the firm's own
//! supplier number) is optional and, when set, unique case- and accent-folded (the store's
//! unique index enforces that); phones are stored E.164, read in the supplier's country,
//! else the default region. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::customer::normalize_email;
use super::fields::one_list_value;
use super::{Country, Invalid, Phone};

/// The longest payment term accepted, in days (ten years): anything longer is a typo.
pub const MAX_PAYMENT_TERMS: u32 = 3650;

/// A supplier record. `version` counts changes (1 after creation); text fields are empty
/// when unset, `payment_terms` is `None` when unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supplier {
    pub id: u64,
    pub name: String,
    /// The supplier number, empty when none; unique when set (folded).
    pub number: String,
    pub contact: String,
    pub contact_role: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub region: String,
    pub country: Option<Country>,
    pub vat_id: String,
    /// Days until an invoice of the supplier is due.
    pub payment_terms: Option<u32>,
    pub tags: Vec<String>,
    pub notes: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl Supplier {
    /// A new supplier with only a name; callers fill in the rest and then `validate`.
    pub fn new(name: &str, now: OffsetDateTime) -> Supplier {
        Supplier {
            id: 0,
            name: name.trim().to_string(),
            number: String::new(),
            contact: String::new(),
            contact_role: String::new(),
            phones: Vec::new(),
            emails: Vec::new(),
            street: String::new(),
            postal_code: String::new(),
            city: String::new(),
            region: String::new(),
            country: None,
            vat_id: String::new(),
            payment_terms: None,
            tags: Vec::new(),
            notes: String::new(),
            created: now,
            updated: now,
            version: 0,
        }
    }

    /// The country phone numbers are read in: the supplier's, else `default`.
    pub fn phone_region(&self, default: Country) -> Country {
        self.country.unwrap_or(default)
    }

    /// Checks the rules a stored supplier always satisfies.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.name.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
        }
        for email in &self.emails {
            normalize_email(email)?;
        }
        let lists = self
            .phones
            .iter()
            .map(|p| ("phone", p.raw.as_str()))
            .chain(self.emails.iter().map(|e| ("email", e.as_str())))
            .chain(self.tags.iter().map(|t| ("tags", t.as_str())));
        for (field, value) in lists {
            one_list_value(field, value)?;
        }
        if self.tags.iter().any(|tag| tag.trim().is_empty()) {
            return Err(Invalid::new("tags", crate::t!("domain-tag-empty")));
        }
        if let Some(days) = self.payment_terms {
            check_payment_terms(days)?;
        }
        Ok(())
    }
}

/// Parses payment terms in days: a whole number from 0 to `MAX_PAYMENT_TERMS`; empty is
/// unknown (`None`).
pub fn parse_payment_terms(text: &str) -> Result<Option<u32>, Invalid> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let days = text.parse::<u32>().map_err(|_| {
        Invalid::new(
            "payment_terms",
            crate::t!("domain-days-invalid", text = text),
        )
    })?;
    check_payment_terms(days)?;
    Ok(Some(days))
}

fn check_payment_terms(days: u32) -> Result<(), Invalid> {
    if days > MAX_PAYMENT_TERMS {
        return Err(Invalid::new(
            "payment_terms",
            crate::t!(
                "domain-days-too-many",
                days = days,
                most = MAX_PAYMENT_TERMS
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exotic() -> Supplier {
        Supplier::new("Exotic Liquids", OffsetDateTime::UNIX_EPOCH)
    }

    #[test]
    fn a_name_is_required() {
        let supplier = Supplier::new("  ", OffsetDateTime::UNIX_EPOCH);
        assert_eq!(supplier.validate().unwrap_err().field, "name");
        assert!(exotic().validate().is_ok());
    }

    #[test]
    fn payment_terms_are_whole_days() {
        assert_eq!(parse_payment_terms(" 30 ").unwrap(), Some(30));
        assert_eq!(parse_payment_terms("0").unwrap(), Some(0));
        assert_eq!(parse_payment_terms("").unwrap(), None);
        for bad in ["-1", "thirty", "14.5", "3651"] {
            let problem = parse_payment_terms(bad).unwrap_err();
            assert_eq!(problem.field, "payment_terms", "{bad}");
        }
        let mut supplier = exotic();
        supplier.payment_terms = Some(MAX_PAYMENT_TERMS + 1);
        assert_eq!(supplier.validate().unwrap_err().field, "payment_terms");
    }

    #[test]
    fn emails_and_list_values_are_checked() {
        let mut supplier = exotic();
        supplier.emails.push("orders(at)exotic.uk".into());
        assert_eq!(supplier.validate().unwrap_err().field, "email");
        let mut supplier = exotic();
        supplier.tags.push("tea|coffee".into());
        assert_eq!(supplier.validate().unwrap_err().field, "tags");
    }

    #[test]
    fn phones_are_read_in_the_suppliers_country_else_the_default() {
        let de = Country::DE;
        let mut supplier = exotic();
        assert_eq!(supplier.phone_region(de), de);
        supplier.country = Country::parse("UK");
        assert_eq!(supplier.phone_region(de).code(), "GB");
    }
}
