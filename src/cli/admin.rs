//! `demo`, `check`, `reindex` and `settings`. Room: cli.

use std::io::Write;

use super::{CliError, Context};
use crate::core::{Command, Event, execute, load_demo, plural};

pub fn demo(context: &mut Context, customers: usize) -> Result<(), CliError> {
    let counts = load_demo(&context.store, &context.clock, &context.actor, customers)?;
    writeln!(
        context.out,
        "demo data loaded into {}: {} customers, {} interactions, {} opportunities",
        context.store.path().display(),
        counts.customers,
        counts.interactions,
        counts.opportunities
    )?;
    writeln!(
        context.out,
        "  stock: {}, {}, {}, {}, {}\n  payroll: {}, {} in {} ({} posted)",
        plural(counts.locations, "location"),
        plural(counts.items, "item"),
        plural(counts.stock_moves, "stock move"),
        plural(counts.boms, "BOM"),
        plural(counts.productions, "production run"),
        plural(counts.employees, "employee"),
        plural(counts.payslips, "payslip"),
        plural(counts.periods, "period"),
        counts.posted_periods
    )?;
    Ok(())
}

pub fn check(context: &mut Context) -> Result<(), CliError> {
    let problems = crate::core::maintenance::check(&context.store, &context.actor)?;
    if problems.is_empty() {
        writeln!(context.out, "ok: every index entry matches its record")?;
        return Ok(());
    }
    for problem in &problems {
        writeln!(context.out, "{problem}")?;
    }
    Err(CliError::Inconsistent(problems.len()))
}

pub fn reindex(context: &mut Context) -> Result<(), CliError> {
    crate::core::maintenance::reindex(&context.store, &context.actor)?;
    writeln!(context.out, "rebuilt every index from the records")?;
    Ok(())
}

pub fn settings(
    context: &mut Context,
    name: Option<String>,
    value: Option<String>,
) -> Result<(), CliError> {
    match (name, value) {
        (Some(name), Some(value)) => {
            if let Event::SettingChanged { name, value } = execute(
                &context.store,
                &context.clock,
                &context.actor,
                Command::SetSetting { name, value },
            )? {
                writeln!(context.out, "{name} = {value}")?;
            }
        }
        (Some(name), None) => {
            return Err(CliError::Usage(format!(
                "give a value: kontor settings {name} VALUE"
            )));
        }
        _ => {
            writeln!(
                context.out,
                "default_region = {}",
                context.settings.default_region
            )?;
            writeln!(context.out, "currency = {}", context.settings.currency)?;
            writeln!(
                context.out,
                "default_location = {}",
                context.settings.default_location
            )?;
        }
    }
    Ok(())
}
