//! Audit values as a person would type them: a record's field, serialised to JSON, rendered
//! as text — money `12.50 EUR`, codes `EUR` / `DE`, instants in RFC 3339 UTC, periods
//! `2026-01`, phones as written, lists joined with `, ` (records in a list with `; `),
//! nested records summarised by their values. Room: store (imports `domain` only).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use time::{OffsetDateTime, UtcOffset};

use crate::domain::Money;
use crate::domain::datetime::format_instant;
use crate::domain::payroll::Period;

/// The value as text; absent values are empty.
pub(super) fn readable(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => match serde_json::from_value::<OffsetDateTime>(value.clone()) {
            Ok(at) => format_instant(at, UtcOffset::UTC),
            Err(_) => text.clone(),
        },
        Value::Array(items) => {
            let separator = if items.iter().any(Value::is_object) {
                "; "
            } else {
                ", "
            };
            joined(items.iter(), separator)
        }
        Value::Object(fields) => record(fields),
    }
}

/// Whether a value says nothing when a record appears or disappears.
pub(super) fn is_blank(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null | Value::Bool(false)) => true,
        Some(Value::Bool(true)) => false,
        Some(Value::String(text)) => text.is_empty(),
        Some(Value::Number(number)) => number.as_f64() == Some(0.0),
        Some(Value::Array(items)) => items.is_empty(),
        Some(Value::Object(fields)) => fields.is_empty(),
    }
}

/// A nested record: a known shape in its own words, an enum variant with data as
/// `Variant value`, anything else as its non-blank values joined with spaces.
fn record(fields: &Map<String, Value>) -> String {
    if has_keys(fields, &["raw", "e164"]) {
        return fields.get("raw").map(readable).unwrap_or_default();
    }
    if let Some(text) = shaped::<Money>(fields, &["amount", "currency"])
        .or_else(|| shaped::<Period>(fields, &["year", "month"]))
    {
        return text;
    }
    if let [(variant, inner)] = fields.iter().collect::<Vec<_>>()[..]
        && variant.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return format!("{variant} {}", readable(inner))
            .trim_end()
            .to_string();
    }
    joined(fields.values(), " ")
}

/// Whether the record's field names are exactly `keys`.
fn has_keys(fields: &Map<String, Value>, keys: &[&str]) -> bool {
    fields.len() == keys.len() && keys.iter().all(|key| fields.contains_key(*key))
}

/// The record read as `T` and shown with its `Display`, when its field names are `keys`.
fn shaped<T: DeserializeOwned + std::fmt::Display>(
    fields: &Map<String, Value>,
    keys: &[&str],
) -> Option<String> {
    has_keys(fields, keys)
        .then(|| serde_json::from_value::<T>(Value::Object(fields.clone())).ok())
        .flatten()
        .map(|value| value.to_string())
}

fn joined<'a>(values: impl Iterator<Item = &'a Value>, separator: &str) -> String {
    values
        .filter(|value| !is_blank(Some(value)))
        .map(readable)
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use serde_json::json;
    use time::macros::datetime;

    use super::*;
    use crate::domain::payroll::{LineKind, PayBasis, PayLine};
    use crate::domain::{Address, Country, Currency, Phone};

    fn shown<T: serde::Serialize>(value: T) -> String {
        readable(&serde_json::to_value(value).unwrap())
    }

    #[test]
    fn money_codes_instants_and_periods_read_as_typed() {
        assert_eq!(shown(Money::new(dec!(12.5), Currency::EUR)), "12.50 EUR");
        assert_eq!(shown(Currency::EUR), "EUR");
        assert_eq!(shown(Country::parse("de")), "DE");
        assert_eq!(
            shown(datetime!(2026-01-31 10:15:00 UTC)),
            "2026-01-31T10:15:00Z"
        );
        assert_eq!(shown(Period::parse("2026-01").unwrap()), "2026-01");
        assert_eq!(shown(true), "yes");
        assert_eq!(shown(Option::<u8>::None), "");
        assert_eq!(shown(PayBasis::Monthly(dec!(4200))), "Monthly 4200");
    }

    #[test]
    fn lists_are_joined_and_nested_records_summarised() {
        assert_eq!(shown(["vip", "north"]), "vip, north");
        let phones = [Phone {
            raw: "030 1234567".into(),
            e164: "+49301234567".into(),
        }];
        assert_eq!(shown(phones), "030 1234567");
        let line = |kind, description: &str, amount| PayLine {
            kind,
            description: description.into(),
            quantity: None,
            rate: None,
            amount,
        };
        let lines = [
            line(LineKind::Salary, "January", dec!(4200.00)),
            line(LineKind::Deduction, "pension", dec!(390.60)),
        ];
        assert_eq!(
            shown(lines),
            "Salary January 4200.00; Deduction pension 390.60"
        );
        let address = Address {
            street: "Obere Str. 57".into(),
            city: "Berlin".into(),
            country: Country::parse("DE"),
            ..Address::default()
        };
        assert_eq!(shown(address), "Obere Str. 57 Berlin DE");
    }

    #[test]
    fn blank_values_are_those_that_say_nothing() {
        for blank in [
            json!(null),
            json!(""),
            json!([]),
            json!({}),
            json!(false),
            json!(0),
        ] {
            assert!(is_blank(Some(&blank)), "{blank}");
        }
        assert!(is_blank(None));
        assert!(!is_blank(Some(&json!("x"))));
        assert!(!is_blank(Some(&json!(0.5))));
    }
}
