//! `kontor search TEXT`: every record kind's word index at once, hits grouped by kind,
//! best first, as far as the user's rights reach (`core::search`). Room: cli.

use std::io::Write;

use clap::Args;
use time::format_description::well_known::Rfc3339;

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::search::{DEFAULT_LIMIT, SearchGroup, SearchKind, SearchQuery, search};
use crate::domain::datetime::parse_date;
use crate::domain::fields::{Row, Value};
use crate::domain::words::Rank;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find (all of them), a "quoted phrase" in order; the last word also as a beginning
    #[arg(required = true, num_args = 1.., value_name = "TEXT")]
    pub text: Vec<String>,
    /// Only this kind: customer, interaction, ticket, quote, order, invoice, item, supplier, campaign
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Only records of this day or later (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// At most this many hits per kind
    #[arg(long, default_value_t = DEFAULT_LIMIT)]
    pub limit: usize,
}

/// Columns of the table.
const COLUMNS: &[&str] = &["kind", "id", "at", "title", "snippet"];

pub fn run(context: &mut Context, args: SearchArgs) -> Result<(), CliError> {
    let kind = args
        .kind
        .as_deref()
        .map(str::parse::<SearchKind>)
        .transpose()
        .map_err(crate::core::CoreError::from)?;
    let since = args
        .since
        .as_deref()
        .map(|day| parse_date("since", day))
        .transpose()
        .map_err(crate::core::CoreError::from)?;
    let query = SearchQuery {
        text: args.text.join(" "),
        kind,
        since,
        limit: args.limit,
    };
    let groups = search(&context.store, &context.actor, &query)?;
    let rows = rows(&groups, context.format);
    output::list_with_header(
        &mut context.out,
        context.format,
        &rows,
        COLUMNS,
        &["kind", "id", "at", "rank", "title", "snippet"],
    )?;
    for group in groups.iter().filter(|group| group.more) {
        let _ = writeln!(
            context.err,
            "kontor: {}",
            crate::t!(
                "search-more",
                kind = group.kind.label(),
                limit = group.hits.len()
            )
        );
    }
    if groups.is_empty() && context.format == Format::Table {
        let _ = writeln!(context.err, "kontor: {}", crate::t!("search-none"));
    }
    Ok(())
}

/// One row per hit, groups in order; the kind by its machine name in CSV and JSON, by its
/// label in a table.
fn rows(groups: &[SearchGroup], format: Format) -> Vec<Row> {
    let mut rows = Vec::new();
    for group in groups {
        let kind = match format {
            Format::Table => group.kind.label(),
            Format::Csv | Format::Json => group.kind.name().to_string(),
        };
        for hit in &group.hits {
            rows.push(vec![
                ("kind", Value::Text(kind.clone())),
                ("id", Value::Integer(hit.id as i64)),
                (
                    "at",
                    Value::Text(hit.at.format(&Rfc3339).unwrap_or_default()),
                ),
                ("rank", Value::Text(rank_name(hit.rank).to_string())),
                ("title", Value::Text(hit.title.clone())),
                ("snippet", Value::Text(hit.snippet.clone())),
            ]);
        }
    }
    rows
}

fn rank_name(rank: Rank) -> &'static str {
    match rank {
        Rank::Reference => "reference",
        Rank::Word => "word",
        Rank::Prefix => "prefix",
    }
}
