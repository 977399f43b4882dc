//! Database-wide settings kept in the store: the default region for phone numbers and the
//! default currency. Room: core.

use crate::domain::{Country, Currency, Invalid};
use crate::store::{Store, StoreResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Region phone numbers are read in when a customer has no country.
    pub default_region: Country,
    /// Currency of amounts given without one.
    pub currency: Currency,
}

pub const DEFAULT_REGION: &str = "default_region";
pub const CURRENCY: &str = "currency";

impl Settings {
    /// Reads the settings, falling back to DE and EUR.
    pub fn load(store: &Store) -> StoreResult<Settings> {
        let default_region = store
            .setting(DEFAULT_REGION)?
            .and_then(|code| Country::parse(&code))
            .unwrap_or(Country::DE);
        let currency = store
            .setting(CURRENCY)?
            .and_then(|code| code.parse().ok())
            .unwrap_or(Currency::EUR);
        Ok(Settings {
            default_region,
            currency,
        })
    }

    /// Validates a setting's value before it is stored.
    pub fn validate(name: &str, value: &str) -> Result<String, Invalid> {
        match name {
            DEFAULT_REGION => value
                .parse::<Country>()
                .map(|country| country.code().to_string())
                .map_err(|error| Invalid::new("default_region", error.to_string())),
            CURRENCY => value.parse::<Currency>().map(|c| c.to_string()),
            _ => Err(Invalid::new(
                "setting",
                format!("unknown setting \"{name}\" (one of: {DEFAULT_REGION}, {CURRENCY})"),
            )),
        }
    }
}
