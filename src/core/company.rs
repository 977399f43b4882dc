//! The company's own details for the letterhead of its documents (DIN 5008 business
//! letter; § 35a GmbHG and § 14 UStG name what a German business letter and invoice must
//! carry): name, address, legal form, seat, register court and number, managing
//! directors, VAT ID, tax number, bank, phone and e-mail. Each is a database setting
//! (`kontor settings company_iban DE89…`), checked when set: the country as an ISO code,
//! the VAT ID's shape, the IBAN's check digits, the BIC's shape, the e-mail's shape; the
//! rest is free text on one line. An empty value clears a detail. Room: core.

use crate::domain::customer::normalize_email;
use crate::domain::invoice::Letterhead;
use crate::domain::payroll::Iban;
use crate::domain::vat::normalize_vat_id;
use crate::domain::{Country, Invalid};
use crate::store::{Store, StoreResult};

/// The company settings with their help messages, in the order `kontor settings` lists
/// them.
pub const COMPANY_SETTINGS: [(&str, &str); 17] = [
    ("company_name", "core-setting-company-name"),
    ("company_street", "core-setting-company-street"),
    ("company_postal_code", "core-setting-company-postal-code"),
    ("company_city", "core-setting-company-city"),
    ("company_country", "core-setting-company-country"),
    ("company_legal_form", "core-setting-company-legal-form"),
    ("company_seat", "core-setting-company-seat"),
    (
        "company_register_court",
        "core-setting-company-register-court",
    ),
    (
        "company_register_number",
        "core-setting-company-register-number",
    ),
    (
        "company_managing_directors",
        "core-setting-company-managing-directors",
    ),
    ("company_vat_id", "core-setting-company-vat-id"),
    ("company_tax_number", "core-setting-company-tax-number"),
    ("company_bank_name", "core-setting-company-bank-name"),
    ("company_iban", "core-setting-company-iban"),
    ("company_bic", "core-setting-company-bic"),
    ("company_phone", "core-setting-company-phone"),
    ("company_email", "core-setting-company-email"),
];

/// The company's details as set; each empty until set. Values are stored as checked and
/// normalized (`DE123456789`, an IBAN without spaces, a country code).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Company {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166 alpha-2 code, e.g. `DE`.
    pub country: String,
    /// E.g. `GmbH`.
    pub legal_form: String,
    /// The seat of the company (Sitz der Gesellschaft).
    pub seat: String,
    /// E.g. `Amtsgericht Berlin-Charlottenburg`.
    pub register_court: String,
    /// E.g. `HRB 123456 B`.
    pub register_number: String,
    /// The managing directors (Geschäftsführer), as one line.
    pub managing_directors: String,
    pub vat_id: String,
    /// The tax number (Steuernummer) of the tax office.
    pub tax_number: String,
    pub bank_name: String,
    pub iban: String,
    pub bic: String,
    pub phone: String,
    pub email: String,
}

impl Company {
    /// The details as stored; an unset one is empty.
    pub fn load(store: &Store) -> StoreResult<Company> {
        let read = |name: &str| store.setting(name).map(Option::unwrap_or_default);
        Ok(Company {
            name: read("company_name")?,
            street: read("company_street")?,
            postal_code: read("company_postal_code")?,
            city: read("company_city")?,
            country: read("company_country")?,
            legal_form: read("company_legal_form")?,
            seat: read("company_seat")?,
            register_court: read("company_register_court")?,
            register_number: read("company_register_number")?,
            managing_directors: read("company_managing_directors")?,
            vat_id: read("company_vat_id")?,
            tax_number: read("company_tax_number")?,
            bank_name: read("company_bank_name")?,
            iban: read("company_iban")?,
            bic: read("company_bic")?,
            phone: read("company_phone")?,
            email: read("company_email")?,
        })
    }

    /// The value of the setting `name` (one of `COMPANY_SETTINGS`).
    pub fn value(&self, name: &str) -> Option<&str> {
        let value = match name {
            "company_name" => &self.name,
            "company_street" => &self.street,
            "company_postal_code" => &self.postal_code,
            "company_city" => &self.city,
            "company_country" => &self.country,
            "company_legal_form" => &self.legal_form,
            "company_seat" => &self.seat,
            "company_register_court" => &self.register_court,
            "company_register_number" => &self.register_number,
            "company_managing_directors" => &self.managing_directors,
            "company_vat_id" => &self.vat_id,
            "company_tax_number" => &self.tax_number,
            "company_bank_name" => &self.bank_name,
            "company_iban" => &self.iban,
            "company_bic" => &self.bic,
            "company_phone" => &self.phone,
            "company_email" => &self.email,
            _ => return None,
        };
        Some(value)
    }

    /// The letterhead details an invoice keeps beside its seller `Party`.
    pub fn letterhead(&self) -> Letterhead {
        Letterhead {
            legal_form: self.legal_form.clone(),
            seat: self.seat.clone(),
            register_court: self.register_court.clone(),
            register_number: self.register_number.clone(),
            managing_directors: self.managing_directors.clone(),
            bank_name: self.bank_name.clone(),
            iban: self.iban.clone(),
            bic: self.bic.clone(),
        }
    }
}

/// The help of a company setting in the current language; `None` for another name.
pub fn help(name: &str) -> Option<String> {
    COMPANY_SETTINGS
        .iter()
        .find(|(setting, _)| *setting == name)
        .map(|(_, key)| crate::lang::text(key))
}

/// Checks and normalizes the value of the company setting `name`; `None` when `name` is
/// no company setting. Empty clears.
pub fn validate(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    let field = COMPANY_SETTINGS
        .iter()
        .find(|(setting, _)| *setting == name)
        .map(|(setting, _)| *setting)?;
    let value = value.trim();
    if value.is_empty() {
        return Some(Ok(String::new()));
    }
    let renamed = |mut invalid: Invalid| {
        invalid.field = field;
        invalid
    };
    Some(
        match field {
            "company_country" => value
                .parse::<Country>()
                .map(|country| country.code().to_string())
                .map_err(|error| Invalid::new(field, error.to_string())),
            "company_vat_id" => normalize_vat_id(value),
            "company_iban" => Iban::parse(value).map(|iban| iban.as_str().to_string()),
            "company_bic" => bic(value),
            "company_email" => normalize_email(value),
            _ if value.chars().any(char::is_control) => Err(Invalid::new(
                field,
                crate::t!("core-setting-one-line", name = field),
            )),
            _ => Ok(value.to_string()),
        }
        .map_err(renamed),
    )
}

/// A BIC (ISO 9362): 4 letters of the bank, 2 of the country, 2 letters or digits of the
/// location, optionally 3 of the branch; spaces dropped, upper case.
fn bic(text: &str) -> Result<String, Invalid> {
    let bic: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let bytes = bic.as_bytes();
    let shaped = matches!(bytes.len(), 8 | 11)
        && bytes[..6].iter().all(u8::is_ascii_uppercase)
        && bytes[6..].iter().all(u8::is_ascii_alphanumeric);
    match shaped {
        true => Ok(bic),
        false => Err(Invalid::new(
            "company_bic",
            crate::t!("core-setting-bic-invalid", text = text),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::in_german;

    #[test]
    fn each_detail_is_checked_and_stored_normalized() {
        let ok = |name: &str, value: &str| validate(name, value).unwrap().unwrap();
        assert_eq!(ok("company_country", "Deutschland"), "DE");
        assert_eq!(ok("company_vat_id", "de 123 456 789"), "DE123456789");
        assert_eq!(
            ok("company_iban", "de89 3704 0044 0532 0130 00"),
            "DE89370400440532013000"
        );
        assert_eq!(ok("company_bic", "cobadeff xxx"), "COBADEFFXXX");
        assert_eq!(ok("company_bic", "COBADEFF"), "COBADEFF");
        assert_eq!(ok("company_email", " info@example.de "), "info@example.de");
        assert_eq!(
            ok("company_register_number", " HRB 123456 B "),
            "HRB 123456 B"
        );
        assert_eq!(ok("company_iban", ""), "", "empty clears");
        assert!(validate("colour", "blue").is_none());
        for (name, bad) in [
            ("company_country", "Atlantis"),
            ("company_vat_id", "123"),
            ("company_iban", "DE89 3704 0044 0532 0130 01"),
            ("company_bic", "COBADE"),
            ("company_bic", "1OBADEFF"),
            ("company_email", "info@"),
            ("company_name", "Zeile\nZwei"),
        ] {
            let refused = validate(name, bad).unwrap().unwrap_err();
            assert_eq!(refused.field, name, "{bad}");
        }
    }

    #[test]
    fn every_setting_has_a_value_and_a_help_in_both_languages() {
        let company = Company {
            iban: "DE89370400440532013000".into(),
            ..Company::default()
        };
        assert_eq!(
            company.value("company_iban"),
            Some("DE89370400440532013000")
        );
        assert_eq!(company.value("company_name"), Some(""));
        assert_eq!(company.value("default_region"), None);
        for (name, _) in COMPANY_SETTINGS {
            assert!(company.value(name).is_some(), "{name}");
            let english = help(name).unwrap();
            let german = in_german(|| help(name).unwrap());
            assert!(
                !english.is_empty() && !english.starts_with("core-"),
                "{name}"
            );
            assert_ne!(english, german, "{name}");
        }
    }
}
