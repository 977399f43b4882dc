//! Locations as fields: the one field table (export header, import columns, the code as
//! the CLI's positional key, `--name`, form labels, list columns), the export row, building
//! from input and the edit (the code stays, see `location::apply_edit`). Room: domain
//! (pure).

use time::{OffsetDateTime, UtcOffset};

use super::table::FieldSpec;
use super::{Input, Problems, Row, Value};
use crate::domain::datetime::format_instant;
use crate::domain::location::{self, validate_code};
use crate::domain::{Invalid, Location};

/// The field table of locations, in export-header order; `code` is the natural key.
pub const TABLE: [FieldSpec; 6] = [
    FieldSpec::assigned("id", "domain-field-location-id"),
    FieldSpec::text(
        "code",
        "code",
        "domain-field-location-code",
        "domain-help-location-code",
    )
    .required()
    .unique()
    .listed(),
    FieldSpec::text(
        "name",
        "name",
        "domain-field-location-name",
        "domain-help-location-name",
    )
    .listed(),
    FieldSpec::assigned("kind", "domain-field-location-kind").listed(),
    FieldSpec::assigned("created", "domain-field-location-created"),
    FieldSpec::assigned("version", "domain-field-location-version"),
];

/// The record's fields in export-header order; instants shown in `offset`. Every stored
/// location is an internal one (`kind`); the virtual ones are no records.
pub fn to_row(location: &Location, offset: UtcOffset) -> Row {
    let text = |value: &str| Value::Text(value.to_string());
    vec![
        ("id", Value::Integer(location.id as i64)),
        ("code", text(&location.code)),
        ("name", text(&location.name)),
        ("kind", text("internal")),
        ("created", text(&format_instant(location.created, offset))),
        ("version", Value::Integer(location.version as i64)),
    ]
}

/// A new internal location: its code checked (`validate_code`) and stored as given,
/// trimmed; `created` from the input (an import) or `now`.
pub fn from_input(input: &Input, now: OffsetDateTime) -> Result<Location, Vec<Invalid>> {
    let mut problems = Problems::default();
    let code = input.text("code").trim().to_string();
    problems.take(validate_code(&code));
    let created = match input.instant("created") {
        Some(at) => problems.take(at).unwrap_or(now),
        None => now,
    };
    let location = Location {
        id: 0,
        code,
        name: input.text("name").trim().to_string(),
        created,
        version: 0,
    };
    problems.finish(Some(location))
}

/// Renames a location; a code other than its own is refused (see `location::apply_edit`).
pub fn apply_edit(location: &mut Location, edit: &Input) -> Result<(), Vec<Invalid>> {
    location::apply_edit(location, edit).map_err(|invalid| vec![invalid])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_round_trips_through_its_row() {
        let mut input = Input::new();
        input.set("code", " WH1/A-01 ");
        input.set("name", "Regal A");
        let now = OffsetDateTime::UNIX_EPOCH;
        let location = from_input(&input, now).unwrap();
        assert_eq!(
            (location.code.as_str(), location.name.as_str()),
            ("WH1/A-01", "Regal A")
        );
        let row = to_row(&location, UtcOffset::UTC);
        let names: Vec<&str> = row.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, super::super::table::names(&TABLE));
        input.set("code", "loss");
        assert_eq!(from_input(&input, now).unwrap_err()[0].field, "code");
    }
}
