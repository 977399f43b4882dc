//! `kontor mrp run|show|peg|firm|unfirm|ignore|unignore|actions|convert`: the MRP run on the store. `run`
//! plans and stores the accepted plan, printing a summary (`--dry-run` stores nothing and
//! lists what would be new, changed or gone); `show` lists the planned orders; `peg` the
//! demands one covers, or with `--demand` what covers a demand; `firm`/`unfirm` one
//! order; `ignore`/`unignore` one order (ignored ones "convert --all" passes by);
//! `actions` the action messages; `convert` turns planned orders into purchase and
//! production orders. Tables show people's words, `--json`/`--csv` machine fields (ISO
//! dates, plain decimals, references like `AU-2026-00001/1`). Room: cli.

use std::io::Write;

use clap::Subcommand;
use rust_decimal::Decimal;

use super::{CliError, Context, output};
use crate::core::mrp::{self, DEFAULT_HORIZON_DAYS, MrpCommand, MrpEvent, Names};
use crate::core::{Command, Event, execute};
use crate::domain::fields::{Row, Value};
use crate::domain::mrp::{ActionKind, DemandRef, OrderKind, PlannedOrder, SupplyRef};

#[derive(Debug, Subcommand)]
pub enum MrpCmd {
    /// Plan anew and store the plan (firm planned orders are kept); print a summary
    Run {
        /// Store nothing: list what would be new, changed or gone against the accepted plan
        #[arg(long)]
        dry_run: bool,
        /// Plan the demands up to this many days ahead
        #[arg(long, default_value_t = DEFAULT_HORIZON_DAYS)]
        horizon: u32,
    },
    /// The planned orders of the accepted plan
    Show {
        /// Only the orders of this item (SKU)
        #[arg(long)]
        item: Option<String>,
    },
    /// The demands a planned order covers, or (--demand) what covers a demand
    Peg {
        /// The planned order's key (PL-…)
        key: Option<String>,
        /// A sales order line (AU-2026-00001/1), production order (FA-…) or planned order's key
        #[arg(long)]
        demand: Option<String>,
    },
    /// Firm a planned order: later runs keep it as it is
    Firm {
        /// The planned order's key (PL-…)
        key: String,
    },
    /// Unfirm a planned order: the next run plans it anew
    Unfirm {
        /// The planned order's key (PL-…)
        key: String,
    },
    /// Ignore a planned order: convert --all passes it by while runs bring it back unchanged
    Ignore {
        /// The planned order's key (PL-…)
        key: String,
    },
    /// Stop ignoring a planned order
    Unignore {
        /// The planned order's key (PL-…)
        key: String,
    },
    /// The action messages for existing purchase and production orders
    Actions,
    /// Turn planned orders into purchase orders (one draft per supplier) and production orders
    Convert {
        /// The planned orders' keys
        keys: Vec<String>,
        /// Every planned order (of --buy or --make only, when given)
        #[arg(long)]
        all: bool,
        /// Only planned purchase orders
        #[arg(long, conflicts_with = "make")]
        buy: bool,
        /// Only planned production orders
        #[arg(long)]
        make: bool,
    },
}

const ORDER_COLUMNS: &[&str] = &[
    "key", "sku", "quantity", "release", "due", "kind", "supplier", "firm", "ignored",
];
const ORDER_FIELDS: &[&str] = &[
    "key", "sku", "item", "quantity", "release", "due", "kind", "supplier", "firm", "ignored",
];

pub fn mrp(context: &mut Context, command: MrpCmd) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    match command {
        MrpCmd::Run {
            dry_run: true,
            horizon,
        } => {
            let preview = mrp::preview(store, actor, context.clock.now(), horizon)?;
            let mut rows = Vec::new();
            for order in &preview.diff.new {
                rows.push(diff_row("new", order, None, &preview.names));
            }
            for (was, order) in &preview.diff.changed {
                rows.push(diff_row("changed", order, Some(was), &preview.names));
            }
            for order in &preview.diff.gone {
                rows.push(diff_row("gone", order, None, &preview.names));
            }
            if rows.is_empty() && matches!(context.format, super::args::Format::Table) {
                writeln!(context.out, "{}", crate::t!("mrp-dry-run-same"))?;
                return Ok(());
            }
            let columns = &["change", "key", "sku", "quantity", "was", "release", "due"];
            output::list_with_header(&mut context.out, context.format, &rows, columns, columns)?;
            Ok(())
        }
        MrpCmd::Run { horizon, .. } => {
            let command = MrpCommand::Run {
                today: context.clock.today(),
                horizon_days: horizon,
            };
            let MrpEvent::Ran(outcome) = write(context, command)? else {
                return Err(unexpected());
            };
            let (buy, make, firm) = outcome.counts();
            let diff = &outcome.diff;
            let line = crate::t!(
                "mrp-ran",
                orders = outcome.plan.orders.len(),
                buy = buy,
                make = make,
                firm = firm,
                actions = outcome.plan.plan.actions.len(),
                new = diff.new.len(),
                changed = diff.changed.len(),
                gone = diff.gone.len()
            );
            let count = |n: usize| Value::Integer(n as i64);
            let row: Row = vec![
                ("orders", count(outcome.plan.orders.len())),
                ("buy", count(buy)),
                ("make", count(make)),
                ("firm", count(firm)),
                ("actions", count(outcome.plan.plan.actions.len())),
                ("new", count(diff.new.len())),
                ("changed", count(diff.changed.len())),
                ("gone", count(diff.gone.len())),
            ];
            super::campaign::saved(context, &line, &row)
        }
        MrpCmd::Show { item } => {
            let table = matches!(context.format, super::args::Format::Table);
            let plan = mrp::accepted(store, actor)?;
            let rows: Vec<Row> = plan
                .iter()
                .flat_map(|plan| plan.orders.iter().map(move |o| (plan, o)))
                .filter(|(_, o)| {
                    item.as_deref()
                        .is_none_or(|sku| o.sku.eq_ignore_ascii_case(sku.trim()))
                })
                .map(|(plan, o)| order_row(&o.order, o.ignored, &plan.names, table))
                .collect();
            if plan.is_none() && table {
                writeln!(context.out, "{}", crate::t!("mrp-no-plan"))?;
                return Ok(());
            }
            output::list_with_header(
                &mut context.out,
                context.format,
                &rows,
                ORDER_COLUMNS,
                ORDER_FIELDS,
            )?;
            Ok(())
        }
        MrpCmd::Peg {
            demand: Some(demand),
            ..
        } => {
            let coverage = mrp::covering(store, actor, &demand)?;
            if coverage.is_empty() {
                return Err(CliError::Usage(crate::t!(
                    "mrp-demand-unknown",
                    demand = demand.trim()
                )));
            }
            let table = matches!(context.format, super::args::Format::Table);
            let mut rows = Vec::new();
            for c in &coverage {
                let mut cover = |supply: String, quantity: Decimal| {
                    rows.push(vec![
                        ("sku", Value::Text(c.sku.clone())),
                        (
                            "demand",
                            Value::Text(demand_text(&c.coverage.demand, table)),
                        ),
                        ("date", Value::Text(c.coverage.date.to_string())),
                        ("required", quantity_value(c.coverage.quantity)),
                        ("supply", Value::Text(supply)),
                        ("quantity", quantity_value(quantity)),
                    ])
                };
                for by in &c.covers {
                    cover(supply_text(&by.supply, table), by.quantity);
                }
                if c.uncovered > Decimal::ZERO {
                    cover(String::new(), c.uncovered);
                }
            }
            let columns = &["sku", "demand", "date", "required", "supply", "quantity"];
            output::list_with_header(&mut context.out, context.format, &rows, columns, columns)?;
            Ok(())
        }
        MrpCmd::Peg { key: Some(key), .. } => {
            let pegging = mrp::pegging(store, actor, &key)?;
            let table = matches!(context.format, super::args::Format::Table);
            let mut rows: Vec<Row> = pegging
                .pegs
                .iter()
                .map(|peg| {
                    vec![
                        ("demand", Value::Text(demand_text(&peg.demand, table))),
                        ("date", Value::Text(peg.date.to_string())),
                        ("quantity", quantity_value(peg.quantity)),
                    ]
                })
                .collect();
            if pegging.surplus > Decimal::ZERO {
                rows.push(vec![
                    ("demand", Value::Text(surplus_word(table))),
                    ("date", Value::Text(String::new())),
                    ("quantity", quantity_value(pegging.surplus)),
                ]);
            }
            let columns = &["demand", "date", "quantity"];
            output::list_with_header(&mut context.out, context.format, &rows, columns, columns)?;
            Ok(())
        }
        MrpCmd::Peg { .. } => Err(CliError::Usage(crate::t!("mrp-peg-what"))),
        MrpCmd::Firm { key } => firm(context, key, true),
        MrpCmd::Unfirm { key } => firm(context, key, false),
        MrpCmd::Ignore { key } => ignore(context, key, true),
        MrpCmd::Unignore { key } => ignore(context, key, false),
        MrpCmd::Actions => {
            let table = matches!(context.format, super::args::Format::Table);
            let rows: Vec<Row> = mrp::actions(store, actor)?
                .iter()
                .map(|a| {
                    let (from, to) = action_values(&a.action.kind);
                    vec![
                        ("sku", Value::Text(a.sku.clone())),
                        ("supply", Value::Text(supply_text(&a.action.supply, table))),
                        (
                            "action",
                            Value::Text(action_name(&a.action.kind).to_string()),
                        ),
                        ("message", Value::Text(a.message.clone())),
                        ("from", Value::Text(from)),
                        ("to", Value::Text(to)),
                    ]
                })
                .collect();
            let columns = &["sku", "supply", "message"];
            let fields = &["sku", "supply", "action", "message", "from", "to"];
            output::list_with_header(&mut context.out, context.format, &rows, columns, fields)?;
            Ok(())
        }
        MrpCmd::Convert {
            keys,
            all,
            buy,
            make,
        } => {
            if keys.is_empty() && !all {
                return Err(CliError::Usage(crate::t!("mrp-convert-what")));
            }
            let kind = match (buy, make) {
                (true, _) => Some(OrderKind::Buy),
                (_, true) => Some(OrderKind::Make),
                _ => None,
            };
            let command = MrpCommand::Convert {
                today: context.clock.today(),
                keys,
                all,
                kind,
            };
            let MrpEvent::Converted(done) = write(context, command)? else {
                return Err(unexpected());
            };
            let line = crate::t!(
                "mrp-converted",
                orders = done.keys.len(),
                purchase = list_or_none(&done.purchase_orders),
                production = list_or_none(&done.production_orders)
            );
            let row: Row = vec![
                ("keys", Value::List(done.keys.clone())),
                ("purchase_orders", Value::List(done.purchase_orders.clone())),
                (
                    "production_orders",
                    Value::List(done.production_orders.clone()),
                ),
            ];
            super::campaign::saved(context, &line, &row)
        }
    }
}

fn unexpected() -> CliError {
    CliError::Failed(crate::t!("cli-error-unexpected-answer"))
}

fn write(context: &mut Context, command: MrpCommand) -> Result<MrpEvent, CliError> {
    match execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Mrp(command),
    )? {
        Event::Mrp(event) => Ok(event),
        _ => Err(unexpected()),
    }
}

fn firm(context: &mut Context, key: String, firm: bool) -> Result<(), CliError> {
    let command = MrpCommand::Firm { key, firm };
    let MrpEvent::Firmed(order) = write(context, command)? else {
        return Err(unexpected());
    };
    let line = match firm {
        true => crate::t!("mrp-firmed", key = order.key.as_str()),
        false => crate::t!("mrp-unfirmed", key = order.key.as_str()),
    };
    let plan = mrp::accepted(&context.store, &context.actor)?;
    let names = plan.map(|p| p.names).unwrap_or_default();
    let table = matches!(context.format, super::args::Format::Table);
    let ignored = plan_ignored(context, &order.key)?;
    let row = order_row(&order, ignored, &names, table);
    super::campaign::saved(context, &line, &row)
}

/// Whether the accepted plan's order with this key is ignored.
fn plan_ignored(context: &Context, key: &str) -> Result<bool, CliError> {
    let pegging = mrp::pegging(&context.store, &context.actor, key)?;
    Ok(pegging.order.ignored)
}

fn ignore(context: &mut Context, key: String, ignore: bool) -> Result<(), CliError> {
    let command = MrpCommand::Ignore { key, ignore };
    let MrpEvent::Ignored(order) = write(context, command)? else {
        return Err(unexpected());
    };
    let line = match ignore {
        true => crate::t!("mrp-ignored", key = order.key.as_str()),
        false => crate::t!("mrp-unignored", key = order.key.as_str()),
    };
    let names = Names::of_orders(&context.store, [order.as_ref()])?;
    let table = matches!(context.format, super::args::Format::Table);
    let row = order_row(&order, ignore, &names, table);
    super::campaign::saved(context, &line, &row)
}

fn list_or_none(numbers: &[String]) -> String {
    match numbers.is_empty() {
        true => "–".to_string(),
        false => numbers.join(", "),
    }
}

fn quantity_value(quantity: Decimal) -> Value {
    Value::Decimal(quantity.normalize().to_string())
}

/// `buy`/`make`; in words of the user's language for a table.
fn kind_word(kind: OrderKind, words: bool) -> String {
    match (kind, words) {
        (OrderKind::Buy, false) => "buy".to_string(),
        (OrderKind::Make, false) => "make".to_string(),
        (OrderKind::Buy, true) => crate::t!("mrp-kind-buy"),
        (OrderKind::Make, true) => crate::t!("mrp-kind-make"),
    }
}

/// A planned order's row: machine fields, `kind` in words for a table (`words`).
fn order_row(order: &PlannedOrder, ignored: bool, names: &Names, words: bool) -> Row {
    let supplier = names
        .supplier(order.supplier)
        .map(|(number, name)| match number.is_empty() {
            true => name.to_string(),
            false => number.to_string(),
        })
        .unwrap_or_default();
    vec![
        ("key", Value::Text(order.key.clone())),
        ("sku", Value::Text(names.sku(order.item).to_string())),
        ("item", Value::Text(names.item_name(order.item).to_string())),
        ("quantity", quantity_value(order.quantity)),
        ("release", Value::Text(order.release.to_string())),
        ("due", Value::Text(order.due.to_string())),
        ("kind", Value::Text(kind_word(order.kind, words))),
        ("supplier", Value::Text(supplier)),
        ("firm", Value::Bool(order.firm)),
        ("ignored", Value::Bool(ignored)),
    ]
}

fn diff_row(change: &str, order: &PlannedOrder, was: Option<&PlannedOrder>, names: &Names) -> Row {
    vec![
        ("change", Value::Text(change.to_string())),
        ("key", Value::Text(order.key.clone())),
        ("sku", Value::Text(names.sku(order.item).to_string())),
        ("quantity", quantity_value(order.quantity)),
        (
            "was",
            Value::Decimal(
                was.map(|w| w.quantity.normalize().to_string())
                    .unwrap_or_default(),
            ),
        ),
        ("release", Value::Text(order.release.to_string())),
        ("due", Value::Text(order.due.to_string())),
    ]
}

/// A demand: in words for a table, else its reference (`AU-2026-00001/1`).
fn demand_text(demand: &DemandRef, words: bool) -> String {
    if words {
        return demand.describe();
    }
    match demand {
        DemandRef::SafetyStock { location } => format!("safety-stock:{location}"),
        DemandRef::SalesLine { order, line } => format!("{order}/{line}"),
        DemandRef::ProductionOrder { order } => order.clone(),
        DemandRef::Planned { key } => key.clone(),
    }
}

/// A supply: in words for a table, else its reference (`BE-2026-00001/1`, `on-hand`).
fn supply_text(supply: &SupplyRef, words: bool) -> String {
    if words {
        return supply.describe();
    }
    match supply {
        SupplyRef::OnHand => "on-hand".to_string(),
        SupplyRef::PurchaseLine { order, line } => format!("{order}/{line}"),
        SupplyRef::ProductionOrder { order } => order.clone(),
        SupplyRef::Planned { key } => key.clone(),
    }
}

fn surplus_word(words: bool) -> String {
    match words {
        true => crate::t!("mrp-surplus"),
        false => "surplus".to_string(),
    }
}

fn action_name(kind: &ActionKind) -> &'static str {
    match kind {
        ActionKind::Expedite { .. } => "expedite",
        ActionKind::Defer { .. } => "defer",
        ActionKind::Cancel { .. } => "cancel",
        ActionKind::IncreaseTo { .. } => "increase",
        ActionKind::DecreaseTo { .. } => "decrease",
        ActionKind::ReleaseNow { .. } => "release",
        ActionKind::PastDue { .. } => "past-due",
    }
}

/// The machine values of an action: dates or quantities from and to (empty when none).
fn action_values(kind: &ActionKind) -> (String, String) {
    let q = |d: &Decimal| d.normalize().to_string();
    match kind {
        ActionKind::Expedite { from, to } | ActionKind::Defer { from, to } => {
            (from.to_string(), to.to_string())
        }
        ActionKind::Cancel { quantity } => (q(quantity), String::new()),
        ActionKind::IncreaseTo { from, to } | ActionKind::DecreaseTo { from, to } => {
            (q(from), q(to))
        }
        ActionKind::ReleaseNow { release } => (release.to_string(), String::new()),
        ActionKind::PastDue { due, quantity } => (due.to_string(), q(quantity)),
    }
}
