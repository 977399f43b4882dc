//! The ids and versions a CRM import keeps. An export read back into an empty database keeps
//! every record's id, so the interactions and opportunities of the next file still point at
//! the customers they belonged to (renumbered customers would silently receive the wrong
//! history). Only a file with an `id` column keeps ids, and then every row needs one; the
//! store refuses ids the database has already given out. Plain kinds (suppliers, items) keep
//! theirs too (other records point at them); items imported with opening stock are
//! numbered anew.
//! Room: cli.

use std::collections::HashMap;

use super::args::Kind;
use crate::domain::Invalid;
use crate::domain::fields::Input;

/// The fields kontor assigns that a CRM import reads back.
const KEPT: [&str; 2] = ["id", "version"];

/// Reads the id and version of each row, remembering on which line each id was seen.
pub(super) struct KeptIds {
    /// Whether this import reads ids at all: a CRM kind and a file with an `id` column.
    reading: bool,
    seen: HashMap<u64, u64>,
}

impl KeptIds {
    /// Whether an import of `kind` keeps the ids of its rows.
    pub(super) fn kept_by(kind: Kind) -> bool {
        matches!(kind, Kind::Plain(_))
    }

    /// The assigned fields a column of the same name does not map itself to, for `kind`.
    pub(super) fn never_read(kind: Kind, assigned: &[&'static str]) -> Vec<&'static str> {
        assigned
            .iter()
            .copied()
            .filter(|field| !(Self::kept_by(kind) && KEPT.contains(field)))
            .collect()
    }

    /// `id_mapped`: whether a column feeds the `id` field.
    pub(super) fn new(kind: Kind, id_mapped: bool) -> KeptIds {
        KeptIds {
            reading: Self::kept_by(kind) && id_mapped,
            seen: HashMap::new(),
        }
    }

    /// The row's id and version (0 and 0 when the import keeps none).
    pub(super) fn read(&mut self, input: &Input, line: u64) -> Result<(u64, u64), Vec<Invalid>> {
        if !self.reading {
            return Ok((0, 0));
        }
        let id = match input.optional("id").filter(|text| !text.is_empty()) {
            None => Err(Invalid::new(
                "id",
                "empty: with an id column every row keeps its id (leave the column out to number the records anew)",
            )),
            Some(text) => whole_number("id", &text),
        };
        let version = match input.optional("version").filter(|text| !text.is_empty()) {
            None => Ok(0),
            Some(text) => whole_number("version", &text),
        };
        let id = id.map_err(|problem| vec![problem])?;
        if let Some(first) = self.seen.insert(id, line) {
            self.seen.insert(id, first);
            return Err(vec![Invalid::new(
                "id",
                format!("{id} is also the id on line {first}"),
            )]);
        }
        Ok((id, version.map_err(|problem| vec![problem])?))
    }
}

fn whole_number(field: &'static str, text: &str) -> Result<u64, Invalid> {
    text.parse::<u64>()
        .ok()
        .filter(|number| *number > 0)
        .ok_or_else(|| {
            Invalid::new(
                field,
                format!("\"{text}\" is not a kontor {field} (a whole number from 1)"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, version: &str) -> Input {
        let mut input = Input::new();
        input.push("id", id);
        input.push("version", version);
        input
    }

    #[test]
    fn ids_are_read_once_each_and_only_for_crm_kinds_with_an_id_column() {
        let mut kept = KeptIds::new(Kind::Plain(crate::core::kinds::CUSTOMERS), true);
        assert_eq!(kept.read(&row("7", "3"), 2), Ok((7, 3)));
        assert_eq!(kept.read(&row("8", ""), 3), Ok((8, 0)));
        let twice = kept.read(&row("7", "1"), 4).unwrap_err();
        assert_eq!(twice[0].message, "7 is also the id on line 2");
        let foreign = kept.read(&row("C-001", "1"), 5).unwrap_err();
        assert_eq!(foreign[0].field, "id");
        assert!(kept.read(&row("", "1"), 6).is_err());
        assert_eq!(
            KeptIds::new(Kind::Moves, true).read(&row("7", "3"), 2),
            Ok((0, 0))
        );
        assert_eq!(
            KeptIds::new(Kind::Plain(crate::core::kinds::CUSTOMERS), false).read(&row("7", "3"), 2),
            Ok((0, 0))
        );
        assert_eq!(
            KeptIds::never_read(
                Kind::Plain(crate::core::kinds::CUSTOMERS),
                &["id", "version", "weighted"]
            ),
            ["weighted"]
        );
        assert_eq!(
            KeptIds::never_read(Kind::Moves, &["id", "version"]),
            ["id", "version"]
        );
    }
}
