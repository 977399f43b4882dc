//! The ids and versions a CRM import keeps. An export read back into an empty database keeps
//! every record's id, so the interactions and opportunities of the next file still point at
//! the customers they belonged to (renumbered customers would silently receive the wrong
//! history). Only a file with an `id` column keeps ids, and then every row needs one; an
//! id the database has already given out is refused on its line (and by the store, should
//! one slip through). Plain kinds (suppliers, items) keep theirs too (other records point
//! at them); items imported with opening stock are numbered anew. Room: cli.

use std::collections::HashMap;

use super::args::Kind;
use super::{CliError, Context};
use crate::core::given_ids::last_id_given_out;
use crate::core::kinds::KindDecl;
use crate::domain::Invalid;
use crate::domain::fields::Input;
use crate::t;

/// The fields kontor assigns that a CRM import reads back.
const KEPT: [&str; 2] = ["id", "version"];

/// Reads the id and version of each row, remembering on which line each id was seen.
pub(super) struct KeptIds {
    /// Whether this import reads ids at all: a CRM kind and a file with an `id` column.
    reading: bool,
    /// The highest id the database has given out to the kind: no row may keep one up to it.
    given_out: u64,
    seen: HashMap<u64, u64>,
}

impl KeptIds {
    /// The kind an import of `kind` keeps the ids of, if it keeps them.
    fn kept(kind: Kind) -> Option<&'static KindDecl> {
        match kind {
            Kind::Plain(kind) => Some(kind),
            Kind::Orders | Kind::Moves | Kind::Balances | Kind::Datev => None,
        }
    }

    /// The assigned fields a column of the same name does not map itself to, for `kind`.
    pub(super) fn never_read(kind: Kind, assigned: &[&'static str]) -> Vec<&'static str> {
        assigned
            .iter()
            .copied()
            .filter(|field| !(Self::kept(kind).is_some() && KEPT.contains(field)))
            .collect()
    }

    /// A reader for an import of `kind`; `id_mapped`: whether a column feeds the `id`
    /// field. Asks the database for the ids it has given out when the import keeps
    /// ids.
    pub(super) fn new(context: &Context, kind: Kind, id_mapped: bool) -> Result<KeptIds, CliError> {
        let kept = Self::kept(kind);
        let given_out = match kept.filter(|_| id_mapped) {
            Some(kept) => last_id_given_out(&context.store, &context.actor, kept)?,
            None => 0,
        };
        Ok(KeptIds::reading(kept.is_some() && id_mapped, given_out))
    }

    fn reading(reading: bool, given_out: u64) -> KeptIds {
        KeptIds {
            reading,
            given_out,
            seen: HashMap::new(),
        }
    }

    /// The row's id and version (0 and 0 when the import keeps none).
    pub(super) fn read(&mut self, input: &Input, line: u64) -> Result<(u64, u64), Vec<Invalid>> {
        if !self.reading {
            return Ok((0, 0));
        }
        let id = match input.optional("id").filter(|text| !text.is_empty()) {
            None => Err(Invalid::new("id", t!("cli-import-id-empty"))),
            Some(text) => whole_number("id", &text),
        };
        let version = match input.optional("version").filter(|text| !text.is_empty()) {
            None => Ok(0),
            Some(text) => whole_number("version", &text),
        };
        let id = id.map_err(|problem| vec![problem])?;
        if id <= self.given_out {
            let (id, given_out) = (id.to_string(), self.given_out.to_string());
            return Err(vec![Invalid::new(
                "id",
                t!("cli-import-id-taken", id = id, given = given_out),
            )]);
        }
        if let Some(first) = self.seen.insert(id, line) {
            self.seen.insert(id, first);
            let id = id.to_string();
            return Err(vec![Invalid::new(
                "id",
                t!("cli-import-id-twice", id = id, line = first),
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
                t!("cli-import-not-whole", text = text, field = field),
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
        let mut kept = KeptIds::reading(true, 0);
        assert_eq!(kept.read(&row("7", "3"), 2), Ok((7, 3)));
        assert_eq!(kept.read(&row("8", ""), 3), Ok((8, 0)));
        let twice = kept.read(&row("7", "1"), 4).unwrap_err();
        assert_eq!(twice[0].message, "7 is also the id on line 2");
        let foreign = kept.read(&row("C-001", "1"), 5).unwrap_err();
        assert_eq!(foreign[0].field, "id");
        assert!(kept.read(&row("", "1"), 6).is_err());
        assert_eq!(
            KeptIds::reading(false, 0).read(&row("7", "3"), 2),
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

    #[test]
    fn ids_the_database_has_given_out_are_refused_on_their_line() {
        let mut kept = KeptIds::reading(true, 45);
        let taken = kept.read(&row("1", ""), 2).unwrap_err();
        assert_eq!(taken[0].field, "id");
        assert!(
            taken[0]
                .message
                .starts_with("1 is taken: this database has given out ids up to 45"),
            "{}",
            taken[0].message
        );
        assert_eq!(kept.read(&row("46", ""), 3), Ok((46, 0)));
    }
}
