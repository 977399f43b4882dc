//! Database-wide settings kept in the store: the default region for phone numbers, the
//! default currency, the default stock location, the payroll's overtime rule and the
//! company's details for its letterhead (`core::company`); the limits orders are held by
//! are checked in `core::holds`. Room: core.

use super::company::{COMPANY_SETTINGS, Company};
use crate::domain::payroll::OvertimeRule;
use crate::domain::{Country, Currency, Invalid};
use crate::store::{Store, StoreResult};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Region phone numbers are read in when a customer has no country.
    pub default_region: Country,
    /// Currency of amounts given without one.
    pub currency: Currency,
    /// Location code used when `--to` / `--from` are omitted (`WH1` in a new database).
    pub default_location: String,
    /// Payroll: monthly hours before overtime, and the overtime factor (173.33, 1.25).
    pub overtime: OvertimeRule,
    /// The company's details for the letterhead, each empty until set.
    pub company: Company,
}

pub const DEFAULT_REGION: &str = "default_region";
pub const CURRENCY: &str = "currency";
pub const DEFAULT_LOCATION: &str = "default_location";
pub const OVERTIME_THRESHOLD: &str = "overtime_threshold";
pub const OVERTIME_FACTOR: &str = "overtime_factor";

impl Settings {
    /// Reads the settings, falling back to DE and EUR.
    pub fn load(store: &Store) -> StoreResult<Settings> {
        let default_region = Settings::region(store)?;
        let currency = store
            .setting(CURRENCY)?
            .and_then(|code| code.parse().ok())
            .unwrap_or(Currency::EUR);
        let default_location = store
            .setting(DEFAULT_LOCATION)?
            .unwrap_or_else(|| "WH1".to_string());
        let decimal = |text: String| text.parse::<rust_decimal::Decimal>().ok();
        let overtime = OvertimeRule {
            threshold: store
                .setting(OVERTIME_THRESHOLD)?
                .and_then(decimal)
                .unwrap_or(OvertimeRule::DEFAULT_THRESHOLD),
            factor: store
                .setting(OVERTIME_FACTOR)?
                .and_then(decimal)
                .unwrap_or(OvertimeRule::DEFAULT_FACTOR),
        };
        Ok(Settings {
            default_region,
            currency,
            default_location,
            overtime,
            company: Company::load(store)?,
        })
    }

    /// The default region alone (DE when unset): one read where `load` makes many.
    pub fn region(store: &Store) -> StoreResult<Country> {
        Ok(store
            .setting(DEFAULT_REGION)?
            .and_then(|code| Country::parse(&code))
            .unwrap_or(Country::DE))
    }

    /// Validates a setting's value before it is stored.
    pub fn validate(name: &str, value: &str) -> Result<String, Invalid> {
        if let Some(checked) = super::company::validate(name, value)
            .or_else(|| super::holds::validate(name, value))
            .or_else(|| super::datev::validate(name, value))
            .or_else(|| super::dunning::validate(name, value))
            .or_else(|| super::receivables::validate(name, value))
            .or_else(|| super::invoicing::validate_setting(name, value))
            .or_else(|| super::mail_settings::validate(name, value))
            .or_else(|| super::mailgate::validate(name, value))
            .or_else(|| super::tickets::validate_setting(name, value))
            .or_else(|| super::purchase::validate_setting(name, value))
            .or_else(|| super::mrp::validate_setting(name, value))
        {
            return checked;
        }
        match name {
            DEFAULT_REGION => value
                .parse::<Country>()
                .map(|country| country.code().to_string())
                .map_err(|error| Invalid::new("default_region", error.to_string())),
            CURRENCY => value.parse::<Currency>().map(|c| c.to_string()),
            DEFAULT_LOCATION => crate::domain::location::validate_code(value)
                .map(|()| crate::domain::location::location_key(value)),
            OVERTIME_THRESHOLD => OvertimeRule::parse_threshold(value).map(|v| v.to_string()),
            OVERTIME_FACTOR => OvertimeRule::parse_factor(value).map(|v| v.to_string()),
            _ => Err(Invalid::new(
                "setting",
                crate::t!(
                    "core-unknown-setting",
                    name = name,
                    choices = [
                        DEFAULT_REGION,
                        CURRENCY,
                        DEFAULT_LOCATION,
                        OVERTIME_THRESHOLD,
                        OVERTIME_FACTOR
                    ]
                    .into_iter()
                    .chain(super::holds::HOLD_SETTINGS)
                    .chain(super::datev::DATEV_SETTINGS)
                    .chain(super::dunning::DUNNING_SETTINGS)
                    .chain([super::receivables::WRITE_OFF_LIMIT])
                    .chain(super::invoicing::PAYMENT_SETTINGS)
                    .chain(COMPANY_SETTINGS.map(|(name, _)| name))
                    .chain(super::mail_settings::MAIL_SETTINGS)
                    .chain(super::mailgate::GATE_SETTINGS)
                    .chain([super::tickets::LEASE_MINUTES])
                    .chain([super::purchase::OVER_RECEIPT])
                    .chain([super::mrp::PLANNING_CALENDAR])
                    .collect::<Vec<_>>()
                    .join(", ")
                ),
            )),
        }
    }
}
