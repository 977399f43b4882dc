//! What `kontor import` builds from its rows: the records of the imported kind, each row
//! checked as it will be written (a missing customer, a number, SKU or barcode used on an
//! earlier line or by a stored record), then one import command. Plain kinds of the
//! registry go through the core's generic check (`plain_query::check_row`) and
//! `RecordOp::Import`. Room: cli.

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
use crate::core::stock_query::find_item;
use crate::domain::Invalid;
use crate::domain::fields::{self, Input};
use crate::domain::item::code_key;

/// Turns rows into records of the imported kind.
pub(super) enum Builder<'c> {
    /// With the line each folded customer number was first seen on.
    Customers(
        &'c Context,
        RecordBuilder,
        Vec<crate::domain::Customer>,
        FirstLines,
    ),
    Interactions(&'c Context, OffsetDateTime, Vec<crate::domain::Interaction>),
    Opportunities(&'c Context, OffsetDateTime, Vec<crate::domain::Opportunity>),
    /// With the line each SKU and barcode was first seen on.
    Items(
        &'c Context,
        OffsetDateTime,
        Vec<crate::domain::Item>,
        HashMap<String, u64>,
    ),
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
            Kind::Items | Kind::Moves | Kind::Balances => {
                Builder::Items(context, now, Vec::new(), HashMap::new())
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
            Builder::Items(context, now, records, codes) => {
                let record = fields::item::from_input(input, *now, context.settings.currency)?;
                codes_free(context, codes, &record, line)?;
                records.push(record);
            }
        }
        Ok(())
    }

    /// The import command; `opening` is the opening-stock location and quantities.
    pub(super) fn into_command(self, opening: Option<(String, Vec<Decimal>)>) -> Command {
        match self {
            Builder::Items(_, _, items, _) => {
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
            first_in_file(&mut self.seen, field.name, &value, line)?;
        }
        self.rows.push(row);
        Ok(())
    }
}

/// Notes the line a unique `field` value (case and accents ignored) is first seen on, and
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

/// Refuses a SKU or barcode (one set of codes: either finds its item) that an earlier line
/// of the file or a stored item has, naming that line or item; notes the line of the new.
fn codes_free(
    context: &Context,
    seen: &mut HashMap<String, u64>,
    item: &crate::domain::Item,
    line: u64,
) -> Result<(), Vec<Invalid>> {
    let codes = std::iter::once(("sku", &item.sku))
        .chain(item.barcodes.iter().map(|barcode| ("barcode", barcode)));
    let mut problems = Vec::new();
    for (field, code) in codes {
        let first = *seen.entry(code_key(code)).or_insert(line);
        if first != line {
            problems.push(Invalid::new(
                field,
                format!(
                    "\"{}\" is also a SKU or barcode on line {first}",
                    code.trim()
                ),
            ));
        }
        match find_item(&context.store, &context.actor, code) {
            Ok(Some(other)) => problems.push(Invalid::new(
                field,
                format!(
                    "\"{}\" is already the SKU or a barcode of item {} ({})",
                    code.trim(),
                    other.id,
                    other.sku
                ),
            )),
            Ok(None) => {}
            Err(error) => problems.push(Invalid::new(field, error.to_string())),
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems),
    }
}
