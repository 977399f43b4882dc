//! Holds in `kontor order`: `list --held` (the held orders, oldest hold first, then each
//! reason in words on a line of its own), and what `order show` adds of a hold — the reasons and since
//! when, and every past release (who, when, why, what it released). JSON keeps the rules'
//! machine names and exact figures beside the words. Room: cli.

use std::io::Write;

use serde_json::{Value as Json, json};

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::sales_query::OrderView;
use crate::domain::datetime::format_instant;
use crate::domain::fields::{Row, Value};
use crate::domain::sales::{Hold, HoldReason, SalesOrder};
use crate::lang::format;

const HELD_COLUMNS: &[&str] = &[
    "number",
    "customer",
    "date",
    "state",
    "net",
    "gross",
    "currency",
    "held_since",
    "reasons",
];

/// The reasons of a hold in words, joined.
fn words(hold: &Hold, order: &SalesOrder) -> String {
    hold.reasons
        .iter()
        .map(|reason| reason.describe(order.currency))
        .collect::<Vec<_>>()
        .join("; ")
}

/// An instant for people (`human`) or machines.
fn instant(at: time::OffsetDateTime, human: bool) -> String {
    match human {
        true => format::instant(at),
        false => format_instant(at, time::UtcOffset::UTC),
    }
}

/// `kontor order list --held`.
pub(super) fn list(context: &mut Context) -> Result<(), CliError> {
    let views = crate::core::holds::held(&context.store, &context.actor)?;
    let human = context.format == Format::Table;
    let rows: Vec<Row> = views.iter().map(|view| held_row(view, human)).collect();
    if !human {
        output::list(&mut context.out, context.format, &rows, HELD_COLUMNS)?;
        return Ok(());
    }
    // The reasons are sentences: a table cell would cut them, so each follows on a line.
    let columns = &HELD_COLUMNS[..HELD_COLUMNS.len() - 1];
    output::list(&mut context.out, context.format, &rows, columns)?;
    for view in &views {
        let order = &view.order;
        for reason in order.hold.iter().flat_map(|hold| &hold.reasons) {
            let text = reason.describe(order.currency);
            writeln!(context.out, "{}  {text}", order.number)?;
        }
    }
    Ok(())
}

/// An order's row of `order list` with since when it is held and why.
fn held_row(view: &OrderView, human: bool) -> Row {
    let order = &view.order;
    let (since, reasons) = match &order.hold {
        Some(hold) => (instant(hold.since, human), words(hold, order)),
        None => (String::new(), String::new()),
    };
    let mut row = super::order::list_row(view, human);
    row.push(("held_since", Value::Text(since)));
    row.push(("reasons", Value::Text(reasons)));
    row
}

/// The head lines `order show` adds: the hold's reasons and since when, each release.
pub(super) fn head(order: &SalesOrder, head: &mut Vec<(&str, String)>) {
    if let Some(hold) = &order.hold {
        head.push(("hold", words(hold, order)));
        head.push(("held_since", format::instant(hold.since)));
    }
    for release in &order.releases {
        let text = crate::t!(
            "cli-order-release",
            at = format::instant(release.at),
            by = release.by.as_str(),
            reason = release.reason.as_str(),
            reasons = words(&release.hold, order)
        );
        head.push(("released", text));
    }
}

fn reasons_json(hold: &Hold, order: &SalesOrder) -> Json {
    let reason = |reason: &HoldReason| {
        let mut figures = serde_json::to_value(reason)
            .ok()
            .and_then(|value| value.as_object().and_then(|o| o.values().next().cloned()))
            .unwrap_or(Json::Null);
        if let Some(object) = figures.as_object_mut() {
            object.insert("rule".into(), json!(reason.name()));
            object.insert("text".into(), json!(reason.describe(order.currency)));
        }
        figures
    };
    json!({
        "since": format_instant(hold.since, time::UtcOffset::UTC),
        "reasons": hold.reasons.iter().map(reason).collect::<Vec<_>>(),
    })
}

/// The hold as JSON (`null`: not held); figures as exact decimal strings.
pub(super) fn hold_json(order: &SalesOrder) -> Json {
    order
        .hold
        .as_ref()
        .map_or(Json::Null, |hold| reasons_json(hold, order))
}

/// Every release as JSON, oldest first.
pub(super) fn releases_json(order: &SalesOrder) -> Json {
    order
        .releases
        .iter()
        .map(|release| {
            json!({
                "by": release.by,
                "at": format_instant(release.at, time::UtcOffset::UTC),
                "reason": release.reason,
                "hold": reasons_json(&release.hold, order),
            })
        })
        .collect()
}
