//! `kontor campaign calllist ID --segment S [--purpose P] [--why-not]`: the people of a
//! segment a phone campaign may call — only those whose phone consent allows the purpose
//! now (`core::consent_reach::call_list`) — with the number and the consent event each
//! call relies on; `--why-not` adds everyone else with the reason (its machine name in
//! CSV and JSON). Room: cli.

use std::io::Write;

use serde_json::json;

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::consent_reach::{Callee, WhyNot, call_list};
use crate::core::segments::Target;
use crate::domain::fields::{Row, Value};

const COLUMNS: &[&str] = &["customer", "lead", "name", "person", "phone", "consent"];
const WHY_NOT: &[&str] = &["customer", "lead", "name", "person", "phone", "why"];

/// Prints the call list of campaign `campaign` over segment `segment` for `purpose`.
pub fn calllist(
    context: &mut Context,
    campaign: u64,
    segment: u64,
    purpose: &str,
    why_not: bool,
) -> Result<(), CliError> {
    crate::core::campaigns::campaign(&context.store, &context.actor, campaign)?;
    let now = context.clock.now();
    let list = call_list(
        &context.store,
        &context.actor,
        &Target::Saved(segment),
        purpose,
        now,
    )?;
    let machine = context.format != Format::Table;
    let callable: Vec<Row> = list.callable.iter().map(|c| row(c, machine)).collect();
    let refused: Vec<Row> = list.not_callable.iter().map(|c| row(c, machine)).collect();
    if context.format == Format::Json {
        let rows = |callees: &[Callee]| -> Vec<serde_json::Value> {
            callees
                .iter()
                .map(|c| {
                    json!({
                        "customer": (c.lead.is_none()).then_some(c.customer),
                        "lead": c.lead,
                        "name": c.name,
                        "person": c.person,
                        "phone": c.phone,
                        "consent": c.relied_on,
                        "why": c.why_not.map(WhyNot::name),
                    })
                })
                .collect()
        };
        let mut answer = json!({"campaign": campaign, "callable": rows(&list.callable)});
        if why_not {
            answer["not_callable"] = serde_json::Value::Array(rows(&list.not_callable));
        }
        writeln!(context.out, "{answer}")?;
        return Ok(());
    }
    output::list_with_header(
        &mut context.out,
        context.format,
        &callable,
        COLUMNS,
        COLUMNS,
    )?;
    if why_not {
        if context.format == Format::Table {
            writeln!(
                context.out,
                "\n{}",
                crate::t!("wiring-calllist-why-not", count = refused.len())
            )?;
        }
        output::list_with_header(&mut context.out, context.format, &refused, WHY_NOT, WHY_NOT)?;
    }
    Ok(())
}

/// One callee; the reason by its machine name when `machine`.
fn row(callee: &Callee, machine: bool) -> Row {
    let last = match callee.why_not {
        Some(why) if machine => ("why", Value::Text(why.name().to_string())),
        Some(why) => ("why", Value::Text(why_text(why))),
        None => (
            "consent",
            Value::Text(
                callee
                    .relied_on
                    .map(|id| id.to_string())
                    .unwrap_or_default(),
            ),
        ),
    };
    vec![
        match callee.lead {
            None => ("customer", Value::Integer(callee.customer as i64)),
            Some(_) => ("customer", Value::Text(String::new())),
        },
        match callee.lead {
            Some(lead) => ("lead", Value::Integer(lead as i64)),
            None => ("lead", Value::Text(String::new())),
        },
        ("name", Value::Text(callee.name.clone())),
        ("person", Value::Text(callee.person.clone())),
        ("phone", Value::Text(callee.phone.clone())),
        last,
    ]
}

/// The reason in the current language.
fn why_text(why: WhyNot) -> String {
    match why {
        WhyNot::NoPhone => crate::t!("wiring-calllist-no-phone"),
        WhyNot::Refused(refusal) => refusal.label(),
    }
}
