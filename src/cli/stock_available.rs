//! `stock available SKU [--date D]`: on hand, reserved and available per location (a
//! reservation carried over without a location on a row of its own) and in total, the
//! orders holding the item (json: with their locations), and the available-to-promise — on one date with `--date`,
//! else by each due date of the open demand. kontor has no purchase orders yet, so no
//! supply is counted, and the table says so. Room: cli.

use std::io::Write;

use rust_decimal::Decimal;

use super::args::Format;
use super::stock::invalid;
use super::{CliError, Context, output};
use crate::core::atp::{self, AtpOn, AtpStep};
use crate::domain::datetime::parse_date;
use crate::domain::fields::{Row, Value};

pub(super) const AVAILABLE_COLUMNS: &[&str] = &["location", "on_hand", "reserved", "available"];
pub(super) const ATP_COLUMNS: &[&str] = &["date", "demand", "supply", "atp"];

fn figure(value: Decimal) -> Value {
    Value::Decimal(value.normalize().to_string())
}

fn plain(value: Decimal) -> String {
    value.normalize().to_string()
}

fn atp_row(date: time::Date, demand: Decimal, supply: Decimal, atp: Decimal) -> Row {
    vec![
        ("date", Value::Text(date.to_string())),
        ("demand", figure(demand)),
        ("supply", figure(supply)),
        ("atp", figure(atp)),
    ]
}

fn step_json(step: &AtpStep) -> serde_json::Value {
    serde_json::json!({
        "date": step.due.to_string(),
        "demand": plain(step.demand),
        "supply": plain(step.supply),
        "atp": plain(step.atp),
    })
}

pub(super) fn available(
    context: &mut Context,
    sku: &str,
    date: Option<String>,
) -> Result<(), CliError> {
    let date = date
        .map(|d| parse_date("date", &d))
        .transpose()
        .map_err(invalid)?;
    let found = crate::core::reservations::of_item(&context.store, &context.actor, sku)?;
    let atp = atp::of_item_id(&context.store, found.item.id)
        .map_err(|error| CliError::Core(error.into()))?;
    let on: Option<AtpOn> = date.map(|date| atp.on(date));
    if context.format == Format::Json {
        let mut document = serde_json::json!({
            "sku": found.item.sku,
            "uom": found.item.uom,
            "locations": found.locations.iter().map(|at| serde_json::json!({
                "location": at.location,
                "on_hand": plain(at.on_hand),
                "reserved": plain(at.reserved),
                "available": plain(at.available),
            })).collect::<Vec<_>>(),
            "on_hand": plain(found.on_hand),
            "reserved": plain(found.reserved),
            "available": plain(found.available),
            "orders": found.holders.iter().map(|holder| serde_json::json!({
                "order": holder.number,
                "reserved": plain(holder.reserved),
                "locations": holder.locations.iter().map(|(location, reserved)| {
                    serde_json::json!({"location": location, "reserved": plain(*reserved)})
                }).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "atp": atp.steps.iter().map(step_json).collect::<Vec<_>>(),
        });
        if let (Some(on), Some(object)) = (on, document.as_object_mut()) {
            object.insert("date".into(), on.date.to_string().into());
            object.insert("demand_due".into(), plain(on.demand).into());
            object.insert("supply_due".into(), plain(on.supply).into());
            object.insert("available_to_promise".into(), plain(on.atp).into());
        }
        writeln!(context.out, "{document}")?;
        return Ok(());
    }
    let mut rows: Vec<Row> = found
        .locations
        .iter()
        .map(|at| {
            let location = match at.location.is_empty() {
                true => crate::t!("cli-stock-available-unassigned"),
                false => at.location.clone(),
            };
            vec![
                ("location", Value::Text(location)),
                ("on_hand", figure(at.on_hand)),
                ("reserved", figure(at.reserved)),
                ("available", figure(at.available)),
            ]
        })
        .collect();
    rows.push(vec![
        (
            "location",
            Value::Text(crate::t!("cli-stock-available-total")),
        ),
        ("on_hand", figure(found.on_hand)),
        ("reserved", figure(found.reserved)),
        ("available", figure(found.available)),
    ]);
    output::list(&mut context.out, context.format, &rows, AVAILABLE_COLUMNS)?;
    let steps: Vec<Row> = match on {
        Some(on) => vec![atp_row(on.date, on.demand, on.supply, on.atp)],
        None => atp
            .steps
            .iter()
            .map(|s| atp_row(s.due, s.demand, s.supply, s.atp))
            .collect(),
    };
    if steps.is_empty() || context.format != Format::Table {
        return Ok(());
    }
    writeln!(context.out)?;
    let heading = match on {
        Some(_) => crate::t!("cli-stock-atp-on-date"),
        None => crate::t!("cli-stock-atp-by-date"),
    };
    writeln!(context.out, "{heading}")?;
    output::list(&mut context.out, context.format, &steps, ATP_COLUMNS)?;
    writeln!(context.out, "{}", crate::t!("cli-stock-atp-no-supply"))?;
    Ok(())
}
