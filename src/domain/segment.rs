//! Segments: a saved filter over customers — every criterion must hold (AND). Criteria are
//! typed once from `key=value` pairs, which both the compact text form (`status=customer;
//! tags-any=vip,press; country=DE`) and the CLI's options (`--status customer`) hand in, so
//! the two never parse differently; `text` writes the compact form back. Criteria that
//! need the store (last interaction, opportunities, revenue, ABC, RFM) are evaluated by
//! `core::segments`; those on the customer record alone here (`Criterion::holds_for`).
//! The consent criterion (`consent=email:newsletter`) holds when the ledger allows
//! contact on the channel for the purpose now on at least one of the customer's or its
//! contacts' addresses (`core::consent_reach`). Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::consent::{Channel, purpose as consent_purpose};
use super::customer::CustomerStatus;
use super::datetime::parse_date;
use super::fold::fold;
use super::lead::{LeadStatus, STATUS_NAMES};
use super::money::parse_money;
pub use super::segment_select::{MemberKind, Selects, parse_segment, segment_text};
use super::{Country, Customer, Invalid};

/// How a tag criterion matches a customer's tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TagMatch {
    /// Every tag named.
    All,
    /// At least one of them.
    Any,
    /// None of them.
    None,
}

/// When the last interaction with a customer was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LastInteraction {
    /// Before the day (none at all counts as before).
    Before(Date),
    /// On or after the day.
    After(Date),
    /// Within the last N days up to today (today and N days back).
    Within(u32),
}

/// One condition a member meets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Criterion {
    Status(CustomerStatus),
    Tags(TagMatch, Vec<String>),
    Country(Country),
    /// A city of one of the customer's addresses (case and accents ignored).
    City(String),
    /// A postal code of one of the addresses between the two, inclusive (compared as text
    /// of equal length: `10000..14999`).
    PostalCode(String, String),
    /// The customer's owner (case and accents ignored).
    Owner(String),
    LastInteraction(LastInteraction),
    /// Has at least one opportunity in an open stage.
    OpenOpportunities,
    /// Net revenue (the reports' revenue) of orders dated in the period is at least this.
    Revenue {
        from: Date,
        to: Date,
        at_least: Decimal,
    },
    /// ABC class of the customer by revenue of all orders (`report abc`): A, B or C.
    Abc(String),
    /// RFM segment (`report rfm`), by its machine name (`champions`, `at-risk` …).
    Rfm(String),
    /// The consent ledger allows contact on the channel for the purpose now, on at least
    /// one address of the customer or its contacts (`consent=phone:calls`).
    Consent {
        channel: Channel,
        purpose: String,
    },
    /// A lead's status, by its rank in `lead::STATUS_NAMES` (leads only).
    LeadStatus(u8),
    /// A lead's score between the two, inclusive (leads only; a lead without one fails).
    Score(u8, u8),
    /// The lead came through this campaign (leads only).
    Campaign(u64),
    /// The lead's source, e.g. `web` (leads only; case and accents ignored).
    Source(String),
    /// The contact's role contains this (contacts only; case and accents ignored).
    Role(String),
    /// The person has an e-mail address (a customer: its own or one of its contacts').
    HasEmail,
    /// The person has a phone number (a customer: its own or one of its contacts').
    HasPhone,
}

/// The keys of the compact form and of the CLI options, in the order `text` writes them.
pub const KEYS: &[&str] = &[
    "status",
    "tags-all",
    "tags-any",
    "tags-none",
    "country",
    "city",
    "postal-code",
    "owner",
    "interaction-before",
    "interaction-after",
    "interaction-within",
    "open-opportunities",
    "revenue",
    "abc",
    "rfm",
    "consent",
    "lead-status",
    "score",
    "campaign",
    "source",
    "role",
    "has-email",
    "has-phone",
];

fn invalid(key: &str, value: &str) -> Invalid {
    Invalid::new(
        "filter",
        crate::t!("segment-criterion-invalid", key = key, value = value),
    )
}

/// `A..B` split in two trimmed halves.
fn range<'t>(key: &str, value: &'t str) -> Result<(&'t str, &'t str), Invalid> {
    let (from, to) = value.split_once("..").ok_or_else(|| invalid(key, value))?;
    Ok((from.trim(), to.trim()))
}

impl Criterion {
    /// The criterion of one `key=value` pair (`open-opportunities` takes no value).
    pub fn parse(key: &str, value: &str) -> Result<Criterion, Invalid> {
        let key = key.trim();
        let value = value.trim();
        let tags = |kind| {
            let tags: Vec<String> = value
                .split(',')
                .map(str::trim)
                .filter(|tag| !tag.is_empty())
                .map(str::to_string)
                .collect();
            match tags.is_empty() {
                true => Err(invalid(key, value)),
                false => Ok(Criterion::Tags(kind, tags)),
            }
        };
        let text = |make: fn(String) -> Criterion| match value.is_empty() {
            true => Err(invalid(key, value)),
            false => Ok(make(value.to_string())),
        };
        match key {
            "status" => CustomerStatus::parse(value)
                .map(Criterion::Status)
                .map_err(|problem| Invalid::new("filter", problem.message)),
            "tags-all" => tags(TagMatch::All),
            "tags-any" => tags(TagMatch::Any),
            "tags-none" => tags(TagMatch::None),
            "country" => Country::parse(value)
                .map(Criterion::Country)
                .ok_or_else(|| invalid(key, value)),
            "city" => text(Criterion::City),
            "owner" => text(Criterion::Owner),
            "postal-code" => {
                let (from, to) = range(key, value)?;
                if from.is_empty() || to.is_empty() || from.len() != to.len() || from > to {
                    return Err(invalid(key, value));
                }
                Ok(Criterion::PostalCode(from.into(), to.into()))
            }
            "interaction-before" => parse_date("filter", value)
                .map(|day| Criterion::LastInteraction(LastInteraction::Before(day))),
            "interaction-after" => parse_date("filter", value)
                .map(|day| Criterion::LastInteraction(LastInteraction::After(day))),
            "interaction-within" => value
                .parse::<u32>()
                .map(|days| Criterion::LastInteraction(LastInteraction::Within(days)))
                .map_err(|_| invalid(key, value)),
            "open-opportunities" if value.is_empty() || value == "yes" => {
                Ok(Criterion::OpenOpportunities)
            }
            "revenue" => {
                let (period, at_least) =
                    value.split_once(">=").ok_or_else(|| invalid(key, value))?;
                let (from, to) = range(key, period)?;
                let (from, to) = (parse_date("filter", from)?, parse_date("filter", to)?);
                if to < from {
                    return Err(invalid(key, value));
                }
                let at_least = parse_money("filter", at_least)?;
                Ok(Criterion::Revenue { from, to, at_least })
            }
            "abc" => match value.to_ascii_uppercase().as_str() {
                class @ ("A" | "B" | "C") => Ok(Criterion::Abc(class.to_string())),
                _ => Err(invalid(key, value)),
            },
            "rfm" => text(|name| Criterion::Rfm(name.to_ascii_lowercase())),
            "consent" => {
                let (channel, purpose) =
                    value.split_once(':').ok_or_else(|| invalid(key, value))?;
                let channel = Channel::parse(channel)
                    .map_err(|problem| Invalid::new("filter", problem.message))?;
                let purpose = consent_purpose(purpose)
                    .map_err(|problem| Invalid::new("filter", problem.message))?;
                Ok(Criterion::Consent { channel, purpose })
            }
            "lead-status" => LeadStatus::parse_rank(value)
                .map(Criterion::LeadStatus)
                .map_err(|problem| Invalid::new("filter", problem.message)),
            "score" => {
                let (from, to) = range(key, value)?;
                match (from.parse::<u8>(), to.parse::<u8>()) {
                    (Ok(from), Ok(to)) if from <= to && to <= 100 => Ok(Criterion::Score(from, to)),
                    _ => Err(invalid(key, value)),
                }
            }
            "campaign" => value
                .parse::<u64>()
                .map(Criterion::Campaign)
                .map_err(|_| invalid(key, value)),
            "source" => text(Criterion::Source),
            "role" => text(Criterion::Role),
            "has-email" if value.is_empty() || value == "yes" => Ok(Criterion::HasEmail),
            "has-phone" if value.is_empty() || value == "yes" => Ok(Criterion::HasPhone),
            _ => Err(Invalid::new(
                "filter",
                crate::t!(
                    "segment-criterion-unknown",
                    key = key,
                    keys = KEYS.join(", ")
                ),
            )),
        }
    }

    /// The criterion as its `key=value` pair.
    pub fn pair(&self) -> (&'static str, String) {
        match self {
            Criterion::Status(status) => ("status", status.name().to_string()),
            Criterion::Tags(kind, tags) => {
                let key = match kind {
                    TagMatch::All => "tags-all",
                    TagMatch::Any => "tags-any",
                    TagMatch::None => "tags-none",
                };
                (key, tags.join(","))
            }
            Criterion::Country(country) => ("country", country.code().to_string()),
            Criterion::City(city) => ("city", city.clone()),
            Criterion::PostalCode(from, to) => ("postal-code", format!("{from}..{to}")),
            Criterion::Owner(owner) => ("owner", owner.clone()),
            Criterion::LastInteraction(LastInteraction::Before(day)) => {
                ("interaction-before", day.to_string())
            }
            Criterion::LastInteraction(LastInteraction::After(day)) => {
                ("interaction-after", day.to_string())
            }
            Criterion::LastInteraction(LastInteraction::Within(days)) => {
                ("interaction-within", days.to_string())
            }
            Criterion::OpenOpportunities => ("open-opportunities", String::new()),
            Criterion::Revenue { from, to, at_least } => {
                ("revenue", format!("{from}..{to}>={at_least}"))
            }
            Criterion::Abc(class) => ("abc", class.clone()),
            Criterion::Rfm(name) => ("rfm", name.clone()),
            Criterion::Consent { channel, purpose } => {
                ("consent", format!("{}:{purpose}", channel.name()))
            }
            Criterion::LeadStatus(rank) => (
                "lead-status",
                STATUS_NAMES
                    .get(usize::from(*rank))
                    .copied()
                    .unwrap_or_default()
                    .to_string(),
            ),
            Criterion::Score(from, to) => ("score", format!("{from}..{to}")),
            Criterion::Campaign(id) => ("campaign", id.to_string()),
            Criterion::Source(source) => ("source", source.clone()),
            Criterion::Role(role) => ("role", role.clone()),
            Criterion::HasEmail => ("has-email", String::new()),
            Criterion::HasPhone => ("has-phone", String::new()),
        }
    }

    /// Whether `customer` meets it, for the criteria decided by the record alone; `None`
    /// for those that need the store.
    pub fn holds_for(&self, customer: &Customer) -> Option<bool> {
        let addresses = || customer.addresses.iter();
        Some(match self {
            Criterion::Status(status) => customer.status == *status,
            Criterion::Tags(kind, tags) => {
                let has = |tag: &String| customer.tags.iter().any(|t| fold(t) == fold(tag));
                match kind {
                    TagMatch::All => tags.iter().all(has),
                    TagMatch::Any => tags.iter().any(has),
                    TagMatch::None => !tags.iter().any(has),
                }
            }
            // The customer's country is that of the first address with one (as reports).
            Criterion::Country(country) => addresses().find_map(|a| a.country) == Some(*country),
            Criterion::City(city) => addresses().any(|a| fold(&a.city) == fold(city)),
            Criterion::PostalCode(from, to) => {
                addresses().any(|a| super::segment_select::in_range(&a.postal_code, from, to))
            }
            Criterion::Owner(owner) => fold(&customer.owner) == fold(owner),
            Criterion::HasEmail => customer.all_emails().next().is_some(),
            Criterion::HasPhone => customer.all_phones().next().is_some(),
            _ => return None,
        })
    }
}

/// Parses the compact form: `key=value` pairs separated by `;` (a key alone for a flag).
pub fn parse_filter(text: &str) -> Result<Vec<Criterion>, Invalid> {
    text.split(';')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((key, value)) => Criterion::parse(key, value),
            None => Criterion::parse(part, ""),
        })
        .collect()
}

/// The compact form of `criteria`, read back by `parse_filter`.
pub fn filter_text(criteria: &[Criterion]) -> String {
    criteria
        .iter()
        .map(|criterion| match criterion.pair() {
            (key, value) if value.is_empty() => key.to_string(),
            (key, value) => format!("{key}={value}"),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A saved segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub id: u64,
    pub name: String,
    pub criteria: Vec<Criterion>,
    /// What kind of people it selects (schema 2; older segments select customers).
    pub selects: Selects,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl Segment {
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.name.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::date;

    use super::*;
    use crate::domain::Address;

    #[test]
    fn the_compact_form_reads_back_to_the_same_criteria() {
        let text = "status=customer; tags-all=vip,Press; tags-none=old; country=de; \
                    city=München; postal-code=10000..14999; owner=anna; \
                    interaction-within=30; open-opportunities; \
                    revenue=2026-01-01..2026-12-31>=1000.50; abc=a; rfm=Champions";
        let criteria = parse_filter(text).unwrap();
        assert_eq!(criteria.len(), 12);
        assert_eq!(
            criteria[5],
            Criterion::PostalCode("10000".into(), "14999".into())
        );
        assert_eq!(
            criteria[9],
            Criterion::Revenue {
                from: date!(2026 - 01 - 01),
                to: date!(2026 - 12 - 31),
                at_least: dec!(1000.50)
            }
        );
        assert_eq!(criteria[10], Criterion::Abc("A".into()));
        let consent = parse_filter("consent=Phone:calls").unwrap();
        assert_eq!(
            consent,
            [Criterion::Consent {
                channel: Channel::Phone,
                purpose: "calls".into()
            }]
        );
        assert_eq!(filter_text(&consent), "consent=phone:calls");
        assert_eq!(parse_filter(&filter_text(&criteria)).unwrap(), criteria);
    }

    #[test]
    fn bad_criteria_name_the_key_and_value() {
        for bad in [
            "colour=red",
            "postal-code=2000..1000",
            "postal-code=100..20000",
            "revenue=2026-01-01..2026-12-31",
            "abc=D",
            "interaction-within=soon",
            "tags-any=",
            "status=vip",
            "consent=email",
            "consent=fax:newsletter",
            "consent=email:News Letter",
        ] {
            let problem = parse_filter(bad).unwrap_err();
            assert_eq!(problem.field, "filter", "{bad}");
        }
        let unknown = parse_filter("colour=red").unwrap_err().message;
        assert!(
            unknown.contains("colour") && unknown.contains("tags-any"),
            "{unknown}"
        );
    }

    #[test]
    fn record_criteria_hold_on_the_customer_alone() {
        let mut customer = Customer::new("Müller GmbH", OffsetDateTime::UNIX_EPOCH);
        customer.tags = vec!["VIP".into(), "press".into()];
        customer.owner = "Anna".into();
        customer.addresses.push(Address {
            street: String::new(),
            postal_code: "10115".into(),
            city: "Berlin".into(),
            region: String::new(),
            country: Some("DE".parse().unwrap()),
        });
        let holds = |text: &str| parse_filter(text).unwrap()[0].holds_for(&customer);
        assert_eq!(holds("tags-all=vip,PRESS"), Some(true));
        assert_eq!(holds("tags-all=vip,old"), Some(false));
        assert_eq!(holds("tags-any=old,press"), Some(true));
        assert_eq!(holds("tags-none=old"), Some(true));
        assert_eq!(holds("tags-none=vip"), Some(false));
        assert_eq!(holds("country=DE"), Some(true));
        assert_eq!(holds("country=AT"), Some(false));
        assert_eq!(holds("city=berlin"), Some(true));
        assert_eq!(holds("postal-code=10000..10115"), Some(true));
        assert_eq!(holds("postal-code=10116..14999"), Some(false));
        assert_eq!(holds("owner=anna"), Some(true));
        assert_eq!(holds("open-opportunities"), None);
    }
}
