//! Handler of `kontor supplier …`: turns the parsed action into a command or a query of
//! the core and prints the result (table, csv or json; field names of the export header).
//! Room: cli.

use std::io::Write;

use super::kind_args::{KindAction, KindCmd};
use super::{CliError, Context, output};
use crate::core::kinds::Suppliers;
use crate::core::suppliers::{SupplierCommand, SupplierEvent};
use crate::core::{Command, Event, execute, supplier_query as query};
use crate::domain::Supplier;
use crate::domain::fields::supplier::{FIELDS, TABLE, to_row};
use crate::domain::fields::table::listed;
use crate::store::StoreError;

pub fn supplier(context: &mut Context, command: KindCmd<Suppliers>) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    match command.action {
        KindAction::Add(input) => run(context, SupplierCommand::Add { input }),
        KindAction::Show(id) => match query::get_supplier(store, actor, id)? {
            Some(supplier) => show(context, &supplier),
            None => Err(StoreError::NotFound {
                kind: "supplier",
                id,
            }
            .into()),
        },
        KindAction::List { after, limit } => {
            let suppliers = output::limited(limit, &mut context.err, |limit| {
                query::list_suppliers(store, actor, after, limit)
            })?;
            list(context, &suppliers)
        }
        KindAction::Search { text, limit } => {
            let region = context.settings.default_region;
            let suppliers = output::limited(limit, &mut context.err, |limit| {
                query::search_suppliers(store, actor, &text, limit, region)
            })?;
            list(context, &suppliers)
        }
        KindAction::Edit {
            id,
            expected_version,
            edit,
        } => run(
            context,
            SupplierCommand::Edit {
                id,
                expected_version,
                edit,
            },
        ),
        KindAction::Delete(id) => run(context, SupplierCommand::Delete { id }),
    }
}

fn run(context: &mut Context, command: SupplierCommand) -> Result<(), CliError> {
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Suppliers(command),
    )?;
    match event {
        Event::Suppliers(SupplierEvent::Added(supplier) | SupplierEvent::Edited(supplier)) => {
            show(context, &supplier)
        }
        Event::Suppliers(SupplierEvent::Deleted(supplier)) => {
            writeln!(
                context.out,
                "deleted supplier {} ({})",
                supplier.id, supplier.name
            )?;
            Ok(())
        }
        _ => Ok(()),
    }
}

fn show(context: &mut Context, supplier: &Supplier) -> Result<(), CliError> {
    let row = to_row(supplier, context.offset);
    output::record(&mut context.out, context.format, &row)?;
    Ok(())
}

fn list(context: &mut Context, suppliers: &[Supplier]) -> Result<(), CliError> {
    let rows: Vec<_> = suppliers
        .iter()
        .map(|s| to_row(s, context.offset))
        .collect();
    let columns = listed(&TABLE);
    output::list_with_header(&mut context.out, context.format, &rows, &columns, FIELDS)?;
    Ok(())
}
