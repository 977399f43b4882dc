//! Records as flat named fields: the one shape shared by export headers, import columns,
//! `--format csv|json|table` output and CLI flags. Room: domain (pure).
//!
//! Multi-valued fields (phones, e-mails, tags, contacts) join their values with `|` in a
//! CSV cell; contact fields are positional (the n-th value belongs to the n-th contact)
//! and a contact's own phones or e-mails are joined with `,`.

pub mod customer;
mod customer_edit;
mod customer_sales;
mod customer_salutation;
pub mod employee;
pub mod interaction;
pub mod item;
pub mod item_planning;
pub mod location;
pub mod opportunity;
pub mod payslip;
pub mod price_rule;
pub mod shown;
pub mod supplier;
pub mod supplier_item;
pub mod table;

use std::collections::HashMap;

use time::OffsetDateTime;

use super::Invalid;
use super::datetime::parse_instant;

/// Separator of values in one multi-valued cell.
pub const LIST_SEPARATOR: char = '|';
/// Separator of a contact's phones or e-mails inside one positional value.
pub const INNER_SEPARATOR: char = ',';

/// Refuses a value of a multi-valued field that contains `LIST_SEPARATOR`: exports join
/// the values with it, so the value would come back as two. Checked where one value is
/// typed (a flag, a form field, a record's validation), never on an import cell, where `|`
/// is the separator.
pub fn one_list_value(field: &'static str, value: &str) -> Result<(), Invalid> {
    if value.contains(LIST_SEPARATOR) {
        return Err(Invalid::new(
            field,
            crate::t!(
                "domain-list-separator",
                text = value.trim(),
                separator = LIST_SEPARATOR.to_string()
            ),
        ));
    }
    Ok(())
}

/// One output value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    /// An integer (ids, counts, percentages, seconds).
    Integer(i64),
    /// An exact decimal kept as text so it is never a float (amounts).
    Decimal(String),
    Bool(bool),
    List(Vec<String>),
}

impl Value {
    /// The value in one CSV cell (lists joined with `|`).
    pub fn cell(&self) -> String {
        match self {
            Value::Text(text) | Value::Decimal(text) => text.clone(),
            Value::Integer(number) => number.to_string(),
            Value::Bool(flag) => flag.to_string(),
            Value::List(items) => items.join(&LIST_SEPARATOR.to_string()),
        }
    }
}

/// A record as ordered (field, value) pairs, in export-header order.
pub type Row = Vec<(&'static str, Value)>;

/// Field values by name, as read from an import row or gathered from CLI flags. A field may
/// have several values (two columns mapped to `phone`, or `--phone` given twice).
/// Times typed without an offset are read in the zone of the current locale, by the rules
/// of their date.
#[derive(Debug, Default, Clone)]
pub struct Input {
    values: HashMap<&'static str, Vec<String>>,
}

impl Input {
    pub fn new() -> Input {
        Input::default()
    }

    /// An input of these (field, value) pairs, as a form or a row would give them.
    pub fn from_pairs(pairs: &[(&'static str, &str)]) -> Input {
        let mut input = Input::new();
        for (field, value) in pairs {
            input.push(field, *value);
        }
        input
    }

    /// The field parsed as an instant (stored UTC), a time without offset read as a local
    /// time in the current locale's zone (`lang::current()`, which the front end set for
    /// the user) by the rules of its date; `None` when absent.
    pub fn instant(&self, field: &'static str) -> Option<Result<OffsetDateTime, Invalid>> {
        let zone = crate::lang::current().zone;
        self.optional(field)
            .map(|text| parse_instant(field, &text, zone))
    }

    /// Adds a raw value (a cell or a flag) to a field. Empty values are ignored.
    pub fn push(&mut self, field: &'static str, value: impl Into<String>) {
        let value = value.into();
        if !value.trim().is_empty() {
            self.values.entry(field).or_default().push(value);
        }
    }

    /// Adds a value of a multi-valued field in its place, even an empty one: the n-th value
    /// of a positional field (`contact_title`) belongs to the n-th contact, so a gap must
    /// stay a gap. `list` drops it as `push` would.
    pub fn push_in_place(&mut self, field: &'static str, value: impl Into<String>) {
        self.values.entry(field).or_default().push(value.into());
    }

    /// Sets a field to exactly this value, even an empty one (an edit that clears it).
    pub fn set(&mut self, field: &'static str, value: impl Into<String>) {
        self.values.insert(field, vec![value.into()]);
    }

    /// Whether the field was given at all.
    pub fn has(&self, field: &str) -> bool {
        self.values.contains_key(field)
    }

    /// The field's single value (all given values joined by a space), trimmed.
    pub fn text(&self, field: &str) -> String {
        self.values
            .get(field)
            .map(|values| {
                values
                    .iter()
                    .map(|v| v.trim())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    }

    /// The field's text, or `None` when absent.
    pub fn optional(&self, field: &str) -> Option<String> {
        self.has(field).then(|| self.text(field))
    }

    /// Every value of a multi-valued field: each raw value split at `|`, trimmed, empties
    /// dropped.
    pub fn list(&self, field: &str) -> Vec<String> {
        self.values
            .get(field)
            .into_iter()
            .flatten()
            .flat_map(|value| value.split(LIST_SEPARATOR))
            .map(|value| value.trim().to_string())
            .filter(|value| !value.is_empty())
            .collect()
    }

    /// Positional values of a multi-valued field: split at `|`, trimmed, empties kept.
    pub fn positional(&self, field: &str) -> Vec<String> {
        self.values
            .get(field)
            .into_iter()
            .flatten()
            .flat_map(|value| value.split(LIST_SEPARATOR))
            .map(|value| value.trim().to_string())
            .collect()
    }
}

/// Collects every problem instead of stopping at the first, so an import row reports all.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Invalid>);

impl Problems {
    /// Keeps the value, or records the problem and returns `None`.
    pub fn take<T>(&mut self, result: Result<T, Invalid>) -> Option<T> {
        result.map_err(|invalid| self.0.push(invalid)).ok()
    }

    pub fn finish<T>(self, value: Option<T>) -> Result<T, Vec<Invalid>> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self.0),
        }
    }
}

/// Parses `true/false/yes/no/1/0/ja/nein/x` (empty is false).
pub fn parse_bool(field: &'static str, text: &str) -> Result<bool, Invalid> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "ja" | "x" | "y" | "done" => Ok(true),
        "false" | "no" | "0" | "nein" | "n" | "" | "open" => Ok(false),
        other => Err(Invalid::new(
            field,
            crate::t!("domain-not-yes-or-no", text = other),
        )),
    }
}
