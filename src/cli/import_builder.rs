//! What `kontor import` builds from its rows: the records of the imported kind, each row
//! checked as it will be written (a missing customer, a number used on an earlier line or
//! by a stored record), then one import command. Plain kinds of the registry go through
//! the core's generic check (`plain_query::check_row`) and `RecordOp::Import`. Room: cli.

use std::collections::HashMap;

use rust_decimal::Decimal;
use time::OffsetDateTime;

use super::args::Kind;
use super::{CliError, Context};
use crate::core::Command;
use crate::core::customer_numbers::{
    find_customer_by_number, number_taken as customer_number_taken,
};
use crate::core::kinds::KindDecl;
use crate::core::plain::{ImportRow, RecordCommand, RecordOp};
use crate::core::query::get_customer;
use crate::core::records::RecordBuilder;
use crate::core::stock::StockCommand;
use crate::domain::Invalid;
use crate::domain::fields::{self, Input};

/// Turns rows into records of the imported kind.
pub(super) enum Builder<'c> {
    /// With the line each folded customer number was first seen on.
    Customers(
        &'c Context,
        RecordBuilder,
        Vec<crate::domain::Customer>,
        HashMap<String, u64>,
    ),
    Interactions(&'c Context, OffsetDateTime, Vec<crate::domain::Interaction>),
    Opportunities(&'c Context, OffsetDateTime, Vec<crate::domain::Opportunity>),
    Items(&'c Context, OffsetDateTime, Vec<crate::domain::Item>),
    /// A plain kind of the registry, with the line each folded unique value was first
    /// seen on.
    Plain(Plain<'c>),
}

/// The rows of a plain kind's import, each checked by the core as it will be written.
pub(super) struct Plain<'c> {
    context: &'c Context,
    kind: &'static KindDecl,
    now: OffsetDateTime,
    rows: Vec<ImportRow>,
    seen: HashMap<(&'static str, String), u64>,
}

impl<'c> Builder<'c> {
    pub(super) fn new(
        context: &'c Context,
        kind: Kind,
        now: OffsetDateTime,
    ) -> Result<Builder<'c>, CliError> {
        let records = || RecordBuilder::new(&context.store, &context.clock);
        Ok(match kind {
            Kind::Customers => Builder::Customers(context, records()?, Vec::new(), HashMap::new()),
            Kind::Interactions => Builder::Interactions(context, now, Vec::new()),
            Kind::Opportunities => Builder::Opportunities(context, now, Vec::new()),
            Kind::Plain(kind) => Builder::Plain(Plain {
                context,
                kind,
                now,
                rows: Vec::new(),
                seen: HashMap::new(),
            }),
            Kind::Items | Kind::Moves | Kind::Balances => Builder::Items(context, now, Vec::new()),
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
                let holder = |number: &str| {
                    find_customer_by_number(&context.store, &context.actor, number)
                        .map(|found| found.map(|c| (c.id, customer_number_taken(number, &c))))
                };
                number_free(&record.number, record.id, numbers, line, holder)?;
                records.push(record);
            }
            Builder::Interactions(context, now, records) => {
                let mut record = fields::interaction::from_input(input, *now, &context.actor.name)?;
                require_customer(context, record.customer_id)?;
                (record.id, record.version) = (id, version);
                records.push(record);
            }
            Builder::Opportunities(context, now, records) => {
                let mut record =
                    fields::opportunity::from_input(input, *now, context.settings.currency)?;
                require_customer(context, record.customer_id)?;
                (record.id, record.version) = (id, version);
                records.push(record);
            }
            Builder::Items(context, now, records) => {
                records.push(fields::item::from_input(
                    input,
                    *now,
                    context.settings.currency,
                )?);
            }
        }
        Ok(())
    }

    /// The import command; `opening` is the opening-stock location and quantities.
    pub(super) fn into_command(self, opening: Option<(String, Vec<Decimal>)>) -> Command {
        match self {
            Builder::Items(_, _, items) => {
                Command::Stock(StockCommand::ImportItems { items, opening })
            }
            Builder::Customers(_, _, customers, _) => Command::ImportCustomers { customers },
            Builder::Plain(plain) => Command::Record(RecordCommand {
                kind: plain.kind,
                op: RecordOp::Import { rows: plain.rows },
            }),
            Builder::Interactions(_, _, interactions) => {
                Command::ImportInteractions { interactions }
            }
            Builder::Opportunities(_, _, opportunities) => {
                Command::ImportOpportunities { opportunities }
            }
        }
    }
}

fn require_customer(context: &Context, id: u64) -> Result<(), Vec<Invalid>> {
    match get_customer(&context.store, &context.actor, id) {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(vec![Invalid::new(
            "customer",
            format!("customer {id} does not exist"),
        )]),
        Err(error) => Err(vec![Invalid::new("customer", error.to_string())]),
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
            let folded = crate::domain::fold::fold(&value);
            if folded.is_empty() {
                continue;
            }
            if let Some(first) = self.seen.get(&(field.name, folded.clone())) {
                return Err(vec![Invalid::new(
                    field.name,
                    format!(
                        "\"{}\" is also the {} on line {first}",
                        value.trim(),
                        field.name
                    ),
                )]);
            }
            self.seen.insert((field.name, folded), line);
        }
        self.rows.push(row);
        Ok(())
    }
}

/// Refuses a customer number seen on an earlier line of the file, or held
/// by a stored record other than the row's own (`id`, when ids are kept). `holder` finds
/// the stored record's id and the refusal naming it.
fn number_free(
    number: &str,
    id: u64,
    numbers: &mut HashMap<String, u64>,
    line: u64,
    holder: impl FnOnce(&str) -> Result<Option<(u64, String)>, crate::core::CoreError>,
) -> Result<(), Vec<Invalid>> {
    let folded = crate::domain::fold::fold(number);
    if folded.is_empty() {
        return Ok(());
    }
    let problem = |message: String| vec![Invalid::new("number", message)];
    if let Some(first) = numbers.get(&folded) {
        return Err(problem(format!(
            "\"{number}\" is also the number on line {first}"
        )));
    }
    numbers.insert(folded, line);
    match holder(number).map_err(|error| problem(error.to_string()))? {
        Some((other, taken)) if other != id => Err(problem(taken)),
        _ => Ok(()),
    }
}
