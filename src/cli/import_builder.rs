//! What `kontor import` builds from its rows: the records of the imported kind, each row
//! checked as it will be written (a missing customer, a number, SKU or barcode used on an
//! earlier line or by a stored record), then one import command. Plain kinds of the
//! registry go through the core's generic check (`plain_query::check_row`) and
//! `RecordOp::Import`. Room: cli.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::args::Kind;
use super::{CliError, Context};
use crate::core::Command;
use crate::core::customer_numbers::{
    find_customer_by_number, number_taken as customer_number_taken,
};
use crate::core::kinds::KindDecl;
use crate::core::plain::{FirstSeen, ImportRow, RecordCommand, RecordOp};
use crate::core::records::RecordBuilder;
use crate::domain::Invalid;
use crate::domain::fields::Input;

/// Turns rows into records of the imported kind.
pub(super) enum Builder<'c> {
    /// With the line each folded customer number was first seen on.
    Customers(
        &'c Context,
        RecordBuilder,
        Vec<crate::domain::Customer>,
        FirstLines,
    ),
    /// A plain kind of the registry.
    Plain(Plain<'c>),
}

/// The rows of a plain kind's import, each checked by the core as it will be written,
/// with the line each unique value was first seen on.
pub(super) struct Plain<'c> {
    context: &'c Context,
    kind: &'static KindDecl,
    now: OffsetDateTime,
    rows: Vec<ImportRow>,
    seen: FirstSeen,
}

/// The line each folded customer number was first seen on in the file.
type FirstLines = HashMap<(&'static str, String), u64>;

impl<'c> Builder<'c> {
    pub(super) fn new(
        context: &'c Context,
        kind: Kind,
        now: OffsetDateTime,
    ) -> Result<Builder<'c>, CliError> {
        let records = || RecordBuilder::new(&context.store, &context.clock);
        Ok(match kind {
            Kind::Customers => Builder::Customers(context, records()?, Vec::new(), HashMap::new()),
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
            Builder::Customers(context, built, records, numbers) => {
                let mut record = built.customer(input)?;
                (record.id, record.version) = (id, version);
                if first_in_file(numbers, "number", &record.number, line)? {
                    number_free(context, &record)?;
                }
                records.push(record);
            }
        }
        Ok(())
    }

    /// The import command; `with` holds the options of a plain kind's import (where
    /// opening stock goes).
    pub(super) fn into_command(self, with: Input) -> Command {
        match self {
            Builder::Customers(_, _, customers, _) => Command::ImportCustomers { customers },
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
    /// Checks the row on `line` as the core will write it, a unique value seen on an
    /// earlier line of the file refused too.
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
}

/// Notes the line a customer number (case and accents ignored) is first seen on, and
/// refuses it on a later line; whether the value is set at all (an empty one is neither).
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

/// Refuses a customer number held by a stored customer other than the row's own (its id,
/// when ids are kept), naming that customer.
fn number_free(context: &Context, customer: &crate::domain::Customer) -> Result<(), Vec<Invalid>> {
    let problem = |message: String| vec![Invalid::new("number", message)];
    match find_customer_by_number(&context.store, &context.actor, &customer.number) {
        Ok(Some(other)) if other.id != customer.id => {
            Err(problem(customer_number_taken(&customer.number, &other)))
        }
        Ok(_) => Ok(()),
        Err(error) => Err(problem(error.to_string())),
    }
}
