//! What `kontor import` builds from its rows: the rows of the imported kind of the
//! registry, each checked by the core as it will be written (`plain_query::check_row`: a
//! missing customer, a number, SKU or barcode used on an earlier line or by a stored
//! record), then one import command (`RecordOp::Import`). Room: cli.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::args::Kind;
use super::{CliError, Context};
use crate::core::Command;
use crate::core::kinds::KindDecl;
use crate::core::plain::{FirstSeen, ImportRow, RecordCommand, RecordOp};
use crate::domain::Invalid;
use crate::domain::fields::Input;

/// The rows of a kind's import, each checked by the core as it will be written, with the
/// line each unique value was first seen on.
pub(super) struct Builder<'c> {
    context: &'c Context,
    kind: &'static KindDecl,
    now: OffsetDateTime,
    rows: Vec<ImportRow>,
    seen: FirstSeen,
}

impl<'c> Builder<'c> {
    pub(super) fn new(
        context: &'c Context,
        kind: Kind,
        now: OffsetDateTime,
    ) -> Result<Builder<'c>, CliError> {
        match kind {
            Kind::Plain(kind) => Ok(Builder {
                context,
                kind,
                now,
                rows: Vec::new(),
                seen: HashMap::new(),
            }),
            Kind::Orders | Kind::Moves | Kind::Balances | Kind::Datev => Err(CliError::Usage(
                crate::t!("cli-import-not-importable", kind = kind.name()),
            )),
        }
    }

    /// Checks the row on `line` as the core will write it, a unique value seen on an
    /// earlier line of the file refused too; `(id, version)` are what it keeps (0 for none,
    /// see `KeptIds`).
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
        crate::core::plain_query::check_row(
            &context.store,
            &context.actor,
            self.kind,
            &context.settings,
            self.now,
            (&row, line),
            &mut self.seen,
        )?;
        self.rows.push(row);
        Ok(())
    }

    /// The import command; `with` holds the options of the kind's import (where opening
    /// stock goes).
    pub(super) fn into_command(self, with: Input) -> Command {
        Command::Record(RecordCommand {
            kind: self.kind,
            op: RecordOp::Import {
                rows: self.rows,
                with,
            },
        })
    }
}
