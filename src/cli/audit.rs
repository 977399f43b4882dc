//! `kontor audit`: who changed what, one row per changed field. Room: cli.

use clap::Args;

use super::{CliError, Context, output};
use crate::core::CoreError;
use crate::core::audit::{AuditFilter, audit_log};
use crate::domain::Invalid;
use crate::domain::datetime::{format_instant, parse_date};
use crate::domain::fields::{Row, Value};

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only this record, as KIND:ID (customer:42, item:7)
    #[arg(long, value_name = "KIND:ID")]
    pub record: Option<String>,
    /// Only what this user did
    #[arg(long)]
    pub user: Option<String>,
    /// Only entries on or after this date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// At most this many entries, the latest (an entry shows a row per changed field)
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
}

fn parse_record(text: &str) -> Result<(String, u64), Invalid> {
    let invalid = || Invalid::new("record", crate::t!("cli-audit-not-a-record", text = text));
    let (kind, id) = text.split_once(':').ok_or_else(invalid)?;
    let id = id.trim().parse::<u64>().map_err(|_| invalid())?;
    Ok((kind.trim().to_lowercase(), id))
}

pub fn run(context: &mut Context, args: AuditArgs) -> Result<(), CliError> {
    let record = args
        .record
        .as_deref()
        .map(parse_record)
        .transpose()
        .map_err(CoreError::from)?;
    let since = args
        .since
        .as_deref()
        .map(|d| parse_date("since", d))
        .transpose()
        .map_err(CoreError::from)?;
    let filter = AuditFilter {
        record,
        user: args.user,
        since,
    };
    let entries = audit_log(&context.store, &context.actor, &filter, args.limit)?;
    let mut rows: Vec<Row> = Vec::new();
    for entry in &entries {
        for change in &entry.changes {
            let base = |field: &str, old: &str, new: &str| -> Row {
                vec![
                    ("entry", Value::Integer(entry.id as i64)),
                    (
                        "at",
                        Value::Text(format_instant(entry.at, context.offset())),
                    ),
                    ("user", Value::Text(entry.user.clone())),
                    ("command", Value::Text(entry.command.clone())),
                    (
                        "record",
                        Value::Text(format!("{}:{}", change.kind, change.record_id)),
                    ),
                    ("change", Value::Text(change.what.name().to_string())),
                    ("field", Value::Text(field.to_string())),
                    ("old", Value::Text(old.to_string())),
                    ("new", Value::Text(new.to_string())),
                ]
            };
            if change.fields.is_empty() {
                rows.push(base("", "", ""));
            }
            rows.extend(change.fields.iter().map(|f| base(&f.field, &f.old, &f.new)));
        }
    }
    output::list(
        &mut context.out,
        context.format,
        &rows,
        &[
            "entry", "at", "user", "command", "record", "field", "old", "new",
        ],
    )?;
    Ok(())
}
