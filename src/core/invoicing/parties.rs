//! The parties and terms an invoice snapshots: the seller from the company settings —
//! refused, naming the setting, while § 14 UStG content is missing (name, address, tax
//! number or VAT ID) —, the buyer from the customer record (name, first address, VAT ID,
//! first contact) and the payment terms: the company-wide default (`payment_days`,
//! `payment_skonto` as `DAYS:PERCENT`). Room: core.

use crate::core::company::Company;
use crate::domain::Invalid;
use crate::domain::customer::Customer;
use crate::domain::invoice::{Party, PaymentTerms, Skonto};
use crate::store::{Store, StoreResult};

/// Days from the issue date to the due date, when the customer has no terms of their own.
pub const PAYMENT_DAYS: &str = "payment_days";
/// The early-payment discount `DAYS:PERCENT` (`14:2`), empty for none.
pub const PAYMENT_SKONTO: &str = "payment_skonto";
pub const PAYMENT_SETTINGS: [&str; 2] = [PAYMENT_DAYS, PAYMENT_SKONTO];

/// The seller as the company settings name it; refused while a detail § 14 UStG requires
/// is missing, naming the setting to set.
pub fn seller(company: &Company) -> Result<Party, Invalid> {
    let required = [
        ("company_name", &company.name),
        ("company_street", &company.street),
        ("company_postal_code", &company.postal_code),
        ("company_city", &company.city),
    ];
    for (setting, value) in required {
        if value.trim().is_empty() {
            return Err(missing(setting));
        }
    }
    if company.tax_number.trim().is_empty() && company.vat_id.trim().is_empty() {
        return Err(missing("company_tax_number"));
    }
    Ok(Party {
        name: company.name.clone(),
        street: company.street.clone(),
        postal_code: company.postal_code.clone(),
        city: company.city.clone(),
        country: match company.country.as_str() {
            "" => "DE".to_string(),
            code => code.to_string(),
        },
        vat_id: company.vat_id.clone(),
        tax_number: company.tax_number.clone(),
        contact: company.managing_directors.clone(),
        phone: company.phone.clone(),
        email: company.email.clone(),
    })
}

fn missing(setting: &'static str) -> Invalid {
    Invalid::new(
        setting,
        crate::t!("core-invoice-setting-missing", setting = setting),
    )
}

/// The buyer as the customer record names them now: name, first address, VAT ID, first
/// contact, first phone and e-mail.
pub fn buyer(customer: &Customer) -> Party {
    let address = customer.addresses.first().cloned().unwrap_or_default();
    Party {
        name: customer.name.clone(),
        street: address.street,
        postal_code: address.postal_code,
        city: address.city,
        country: address
            .country
            .map(|country| country.code().to_string())
            .unwrap_or_default(),
        vat_id: customer.vat_id.clone(),
        tax_number: String::new(),
        contact: customer
            .contacts
            .first()
            .map(|contact| contact.name.clone())
            .unwrap_or_default(),
        phone: customer
            .phones
            .first()
            .map(|phone| phone.raw.clone())
            .unwrap_or_default(),
        email: customer.emails.first().cloned().unwrap_or_default(),
    }
}

/// The company-wide payment terms: `payment_days` (14 when unset) and `payment_skonto`.
pub fn default_terms(store: &Store) -> StoreResult<PaymentTerms> {
    let fallback = PaymentTerms::default();
    let due_days = store
        .setting(PAYMENT_DAYS)?
        .and_then(|text| text.parse::<u32>().ok())
        .unwrap_or(fallback.due_days);
    let skonto = store
        .setting(PAYMENT_SKONTO)?
        .and_then(|text| parse_skonto(&text).ok().flatten());
    Ok(PaymentTerms { due_days, skonto })
}

/// `DAYS:PERCENT` (`14:2`): an early-payment discount, empty for none (`Skonto::parse`).
pub fn parse_skonto(text: &str) -> Result<Option<Skonto>, Invalid> {
    Skonto::parse(text)
}

/// Checks and normalizes a payment setting; `None` when `name` is none.
pub(crate) fn validate_setting(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    match name {
        PAYMENT_DAYS => Some(
            value
                .trim()
                .parse::<u32>()
                .map(|days| days.to_string())
                .map_err(|_| {
                    Invalid::new(
                        PAYMENT_DAYS,
                        crate::t!("core-invoice-payment-days-form", text = value.trim()),
                    )
                }),
        ),
        PAYMENT_SKONTO => Some(parse_skonto(value).map(|skonto| {
            skonto.map_or_else(String::new, |s| {
                format!("{}:{}", s.days, s.percent.normalize())
            })
        })),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn skonto_reads_days_and_percent_and_refuses_the_rest() {
        let skonto = parse_skonto("14:2").unwrap().unwrap();
        assert_eq!((skonto.days, skonto.percent), (14, dec!(2)));
        let skonto = parse_skonto(" 10 : 2,5 ").unwrap().unwrap();
        assert_eq!((skonto.days, skonto.percent), (10, dec!(2.5)));
        assert_eq!(parse_skonto("").unwrap(), None);
        for bad in ["14", "x:2", "14:0", "14:100", "0:2", "14:abc"] {
            assert!(parse_skonto(bad).is_err(), "{bad}");
        }
        assert_eq!(
            validate_setting(PAYMENT_SKONTO, "14:2,50")
                .unwrap()
                .unwrap(),
            "14:2.5"
        );
        assert!(validate_setting(PAYMENT_DAYS, "-3").unwrap().is_err());
        assert!(validate_setting("currency", "EUR").is_none());
    }

    #[test]
    fn the_seller_needs_name_address_and_a_tax_number_or_vat_id() {
        let mut company = Company {
            name: "Kontor GmbH".into(),
            street: "Hauptstr. 1".into(),
            postal_code: "10115".into(),
            city: "Berlin".into(),
            ..Company::default()
        };
        assert_eq!(seller(&company).unwrap_err().field, "company_tax_number");
        company.vat_id = "DE123456789".into();
        assert_eq!(seller(&company).unwrap().country, "DE");
        company.city.clear();
        assert_eq!(seller(&company).unwrap_err().field, "company_city");
    }
}
