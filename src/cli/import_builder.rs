//! What `kontor import` builds from its rows: the records of the imported kind, each row
//! checked as it will be written (a missing customer, a number used on an earlier line or
//! by a stored record), then one import command. Plain kinds of the registry go through
//! the core's generic check (`plain_query::check_row`) and `RecordOp::Import`. Room: cli.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::args::Kind;
use super::{CliError, Context};
use crate::core::Command;
use crate::core::kinds::KindDecl;
use crate::core::plain::{ImportRow, RecordCommand, RecordOp};
use crate::domain::Invalid;
use crate::domain::fields::{Input, LIST_SEPARATOR};

/// Turns rows into records of the imported kind: a plain kind of the registry, with the
/// line each folded unique value was first seen on.
pub(super) enum Builder<'c> {
    Plain(Plain<'c>),
}

/// The rows of a plain kind's import, each checked by the core as it will be written.
pub(super) struct Plain<'c> {
    context: &'c Context,
    kind: &'static KindDecl,
    now: OffsetDateTime,
    rows: Vec<ImportRow>,
    seen: FirstLines,
}

/// The line each folded unique value (by field) was first seen on in the file.
type FirstLines = HashMap<(&'static str, String), u64>;

impl<'c> Builder<'c> {
    pub(super) fn new(
        context: &'c Context,
        kind: Kind,
        now: OffsetDateTime,
    ) -> Result<Builder<'c>, CliError> {
        Ok(match kind {
            Kind::Plain(kind) => Builder::Plain(Plain {
                context,
                kind,
                now,
                rows: Vec::new(),
                seen: HashMap::new(),
            }),
            Kind::Moves | Kind::Balances => {
                return Err(CliError::Usage(format!(
                    "{} cannot be imported",
                    kind.name()
                )));
            }
        })
    }

    /// Adds the record of the row on `line`; `(id, version)` are what it keeps (0 for none,
    /// see `KeptIds`).
    pub(super) fn add(
        &mut self,
        input: &Input,
        (id, version): (u64, u64),
        line: u64,
    ) -> Result<(), Vec<Invalid>> {
        match self {
            Builder::Plain(plain) => plain.add(input, (id, version), line)?,
        }
        Ok(())
    }

    /// The import command; `with` holds the options of a plain kind's import (where
    /// opening stock goes).
    pub(super) fn into_command(self, with: Input) -> Command {
        match self {
            Builder::Plain(plain) => Command::Record(RecordCommand {
                kind: plain.kind,
                op: RecordOp::Import {
                    rows: plain.rows,
                    with,
                },
            }),
        }
    }
}

impl Plain<'_> {
    /// Checks the row on `line` as the core will write it, and refuses a unique value seen
    /// on an earlier line of the file.
    pub(super) fn add(
        &mut self,
        input: &Input,
        (id, version): (u64, u64),
        line: u64,
    ) -> Result<(), Vec<Invalid>> {
        let row = ImportRow {
            input: input.clone(),
            id,
            version,
        };
        let context = self.context;
        let built = crate::core::plain_query::check_row(
            &context.store,
            &context.actor,
            self.kind,
            &context.settings,
            self.now,
            &row,
        )?;
        for field in self.kind.fields.iter().filter(|field| field.unique) {
            let value = built
                .iter()
                .find(|(name, _)| *name == field.name)
                .map(|(_, value)| value.cell())
                .unwrap_or_default();
            for value in value.split(LIST_SEPARATOR) {
                first_in_file(&mut self.seen, field.name, value, line)?;
            }
        }
        self.rows.push(row);
        Ok(())
    }
}

/// Notes the line a unique `field` value (case and accents ignored) is first seen on, and
/// refuses it on a later line (an empty value is neither).
fn first_in_file(
    seen: &mut FirstLines,
    field: &'static str,
    value: &str,
    line: u64,
) -> Result<bool, Vec<Invalid>> {
    let folded = crate::domain::fold::fold(value);
    if folded.is_empty() {
        return Ok(false);
    }
    if let Some(first) = seen.get(&(field, folded.clone())) {
        return Err(vec![Invalid::new(
            field,
            format!("\"{}\" is also the {field} on line {first}", value.trim()),
        )]);
    }
    seen.insert((field, folded), line);
    Ok(true)
}
