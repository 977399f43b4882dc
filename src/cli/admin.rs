//! `demo`, `check`, `reindex` and `settings`. Room: cli.

use std::io::Write;

use super::{CliError, Context};
use crate::core::company::COMPANY_SETTINGS;
use crate::core::{Command, Event, execute, load_demo};
use crate::t;

pub fn demo(context: &mut Context, customers: usize) -> Result<(), CliError> {
    let counts = load_demo(&context.store, &context.clock, &context.actor, customers)?;
    writeln!(
        context.out,
        "{}",
        t!(
            "cli-demo-loaded",
            path = context.store.path().display().to_string(),
            customers = counts.customers,
            interactions = counts.interactions,
            opportunities = counts.opportunities
        )
    )?;
    let stock = [
        t!("cli-count-location", count = counts.locations),
        t!("cli-count-item", count = counts.items),
        t!("cli-count-stock-move", count = counts.stock_moves),
        t!("cli-count-bom", count = counts.boms),
        t!("cli-count-production-run", count = counts.productions),
    ];
    writeln!(
        context.out,
        "  {}",
        t!("cli-demo-stock", counts = stock.join(", "))
    )?;
    writeln!(
        context.out,
        "  {}",
        t!(
            "cli-demo-payroll",
            employees = t!("cli-count-employee", count = counts.employees),
            payslips = t!("cli-count-payslip", count = counts.payslips),
            periods = t!("cli-count-period", count = counts.periods),
            posted = counts.posted_periods
        )
    )?;
    if counts.suppliers > 0 {
        let purchasing = t!(
            "supplier-item-demo",
            suppliers = counts.suppliers,
            offers = counts.supplier_items
        );
        writeln!(context.out, "  {purchasing}")?;
    }
    if counts.purchase_orders > 0 {
        let orders = t!(
            "purchase-demo",
            purchases = counts.purchase_orders,
            productions = counts.production_orders,
            planned = counts.planned_items
        );
        writeln!(context.out, "  {orders}")?;
    }
    if counts.orders > 0 {
        let sales = t!(
            "cli-demo-sales",
            quotes = counts.quotes,
            orders = counts.orders,
            history = counts.history,
            deliveries = counts.deliveries
        );
        writeln!(context.out, "  {sales}")?;
    }
    if counts.invoices > 0 {
        let billed = t!(
            "cli-demo-invoicing",
            invoices = counts.invoices,
            credits = counts.credit_notes,
            payments = counts.payments
        );
        writeln!(context.out, "  {billed}")?;
    }
    if counts.tickets > 0 {
        let service = t!(
            "cli-demo-service",
            queues = counts.queues,
            tickets = counts.tickets
        );
        writeln!(context.out, "  {service}")?;
    }
    Ok(())
}

pub fn check(context: &mut Context) -> Result<(), CliError> {
    let problems = crate::core::maintenance::check(&context.store, &context.actor)?;
    if problems.is_empty() {
        writeln!(context.out, "{}", t!("cli-check-ok"))?;
        return Ok(());
    }
    for problem in &problems {
        writeln!(context.out, "{problem}")?;
    }
    Err(CliError::Inconsistent(problems.len()))
}

pub fn reindex(context: &mut Context) -> Result<(), CliError> {
    let now = context.clock.now();
    crate::core::maintenance::reindex(&context.store, &context.actor)?;
    crate::core::tickets::restamp(&context.store, &context.actor, now)?;
    writeln!(context.out, "{}", t!("cli-reindex-done"))?;
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
                let value = crate::core::mail_settings::shown(&name, &value);
                writeln!(context.out, "{name} = {value}")?;
            }
        }
        (Some(name), None) => match (
            context.settings.company.value(&name),
            crate::core::company::help(&name),
        ) {
            (Some(value), Some(help)) => {
                writeln!(context.out, "{name} = {value}")?;
                writeln!(context.out, "  {help}")?;
            }
            _ => return Err(CliError::Usage(t!("cli-settings-give-value", name = name))),
        },
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
            for (name, value) in crate::core::holds::settings(&context.store)? {
                writeln!(context.out, "{name} = {value}")?;
            }
            let receivables = [
                crate::core::datev::settings(&context.store)?,
                crate::core::dunning::settings(&context.store)?,
            ];
            for (name, value) in receivables.concat() {
                writeln!(context.out, "{name} = {value}")?;
            }
            let limit = crate::core::receivables::write_off_limit(&context.store)?;
            let name = crate::core::receivables::WRITE_OFF_LIMIT;
            writeln!(context.out, "{name} = {limit}")?;
            let tolerance = crate::core::purchase::over_receipt(&context.store)?;
            let name = crate::core::purchase::OVER_RECEIPT;
            writeln!(context.out, "{name} = {}", tolerance.normalize())?;
            let terms = crate::core::invoicing::default_terms(&context.store)?;
            writeln!(context.out, "payment_days = {}", terms.due_days)?;
            let skonto = terms.skonto.map(|skonto| skonto.text()).unwrap_or_default();
            writeln!(context.out, "payment_skonto = {skonto}")?;
            for (name, _) in COMPANY_SETTINGS {
                let value = context.settings.company.value(name).unwrap_or_default();
                writeln!(context.out, "{name} = {value}")?;
            }
            for (name, value) in crate::core::mail_settings::settings(&context.store)? {
                writeln!(context.out, "{name} = {value}")?;
            }
        }
    }
    Ok(())
}
