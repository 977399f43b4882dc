//! Handler of `kontor KIND …` for every kind of the core's registry (`kontor supplier …`):
//! turns the parsed action into the generic record command or query of the core and prints
//! the result (table, csv or json; field names of the export header). A record named by
//! its natural key or id is resolved by the core; a kind's own subcommands
//! (`kind_args::OWN_COMMANDS`) run their own handlers. Room: cli.

use std::io::Write;

use super::kind_args::{KindAction, RecordCmd, Target, own_commands};
use super::{CliError, Context, output};
use crate::core::kinds::KindDecl;
use crate::core::plain::{Done, RecordCommand, RecordEvent, RecordOp};
use crate::core::{Command, Event, execute, plain_query as query};
use crate::domain::fields::table::listed;
use crate::domain::fields::{Row, Value};
use crate::store::StoreError;

pub fn record(context: &mut Context, command: RecordCmd) -> Result<(), CliError> {
    let kind = command.kind;
    let (store, actor, offset) = (&context.store, &context.actor, context.offset());
    match command.action {
        KindAction::Add(input) => run(context, kind, RecordOp::Add { input }),
        KindAction::Show(target) => {
            let id = resolve(context, kind, target)?;
            let (store, actor) = (&context.store, &context.actor);
            match query::get(store, actor, kind, id, offset)? {
                Some(row) => show(context, &row),
                None if kind.name == "customer" => {
                    Err(crate::core::customer_merge::missing(store, id)?.into())
                }
                None => Err(StoreError::NotFound {
                    kind: kind.name,
                    id,
                }
                .into()),
            }
        }
        KindAction::Own(matches) => match own_commands(kind) {
            Some(own) => (own.run)(context, &matches),
            None => Ok(()),
        },
        KindAction::List { after, limit } => {
            let rows = output::limited(limit, &mut context.err, |limit| {
                query::list(store, actor, kind, after, limit, offset)
            })?;
            list(context, kind, &rows)
        }
        KindAction::Search { text, limit } => {
            let region = context.settings.default_region;
            let rows = output::limited(limit, &mut context.err, |limit| {
                query::search(store, actor, kind, &text, limit, region, offset)
            })?;
            list(context, kind, &rows)
        }
        KindAction::Edit {
            id,
            expected_version,
            edit,
        } => {
            let id = resolve(context, kind, id)?;
            let op = RecordOp::Edit {
                id,
                expected_version,
                edit,
            };
            run(context, kind, op)
        }
        KindAction::Delete { id, force } => {
            let id = resolve(context, kind, id)?;
            run(context, kind, RecordOp::Delete { id, force })
        }
    }
}

/// The id of the record `target` names.
fn resolve(context: &Context, kind: &KindDecl, target: Target) -> Result<u64, CliError> {
    Ok(match target {
        Target::Id(id) => id,
        Target::Key(text) => query::resolve(&context.store, &context.actor, kind, &text)?,
    })
}

fn run(context: &mut Context, kind: &'static KindDecl, op: RecordOp) -> Result<(), CliError> {
    let command = Command::Record(RecordCommand { kind, op });
    let event = execute(&context.store, &context.clock, &context.actor, command)?;
    let Event::Record(RecordEvent { done, .. }) = event else {
        return Ok(());
    };
    match done {
        Done::Added(row) | Done::Edited(row) => {
            let id = id_of(&row);
            let (store, actor) = (&context.store, &context.actor);
            let shown = query::get(store, actor, kind, id, context.offset())?.unwrap_or(row);
            show(context, &shown)
        }
        Done::Deleted { row, cascaded } => {
            let name = row
                .iter()
                .find(|(field, _)| *field == "name")
                .map(|(_, value)| value.cell())
                .unwrap_or_default();
            let (kind, id) = (super::kind_word(kind.name), id_of(&row).to_string());
            let deleted = match cascaded {
                0 => crate::t!("cli-deleted", kind = kind, id = id, name = name),
                n => crate::t!(
                    "cli-deleted-cascaded",
                    kind = kind,
                    id = id,
                    name = name,
                    count = n
                ),
            };
            writeln!(context.out, "{deleted}")?;
            Ok(())
        }
        Done::Imported { .. } => Ok(()),
    }
}

fn id_of(row: &Row) -> u64 {
    match row.iter().find(|(field, _)| *field == "id") {
        Some((_, Value::Integer(id))) => u64::try_from(*id).unwrap_or(0),
        _ => 0,
    }
}

pub(super) fn show(context: &mut Context, row: &Row) -> Result<(), CliError> {
    output::record(&mut context.out, context.format, row)?;
    Ok(())
}

/// `rows` of `kind` as a list: its listed columns (csv and json: every field).
pub(super) fn list(context: &mut Context, kind: &KindDecl, rows: &[Row]) -> Result<(), CliError> {
    let columns = listed(kind.fields);
    let header = kind.names();
    output::list_with_header(&mut context.out, context.format, rows, &columns, &header)?;
    Ok(())
}
