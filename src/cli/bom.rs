//! `bom` and `produce`: clap definitions and handlers. Trees (`bom show`, `bom cost`,
//! `bom where-used`) print indented in table format and as flat rows with a `level`
//! column in CSV and JSON; closing notes appear in table format only, so CSV and JSON
//! stay parseable. Amounts are rounded half away from zero for display only.
//! Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use rust_decimal::Decimal;

use super::args::Format;
use super::stock::{invalid, posted_row, quantity, require_item};
use super::{CliError, Context, output};
use crate::core::bom::{BomCommand, BomEvent, Production, Shortages};
use crate::core::bom_query::{self, Items};
use crate::core::{Command, CoreError, Event, execute};
use crate::domain::bom::cost::CostLine;
use crate::domain::bom::graph::{Node, Part};
use crate::domain::bom::{parse_line, parse_operation};
use crate::domain::fields::{Problems, Row, Value};
use crate::domain::money::parse_decimal;
use crate::domain::{Currency, Invalid, Item, Money};
use crate::lang::format::decimal;
use crate::t;

use super::output::heading;

/// A decimal written as text (an amount's digits) in the current language.
fn decimal_text(text: &str) -> String {
    text.parse::<Decimal>()
        .map_or_else(|_| text.to_string(), decimal)
}

/// An amount with its currency as the current language writes it: English `12.50 EUR`,
/// German `12,50 €`.
fn money_shown(amount: Decimal, currency: Currency) -> String {
    match crate::lang::lang() {
        crate::lang::Lang::En => Money::new(amount, currency).to_string(),
        crate::lang::Lang::De => {
            crate::lang::format::money(amount, &currency.to_string(), currency.minor_units())
        }
    }
}

pub(super) const SHOW_COLUMNS: &[&str] = &[
    "part",
    "name",
    "quantity",
    "uom",
    "scrap_pct",
    "output_qty",
    "rate",
];
pub(super) const COST_COLUMNS: &[&str] = &[
    "part",
    "name",
    "qty_per_unit",
    "uom",
    "unit_cost",
    "material",
    "operations",
    "cost_per_unit",
];
pub(super) const EXPLODE_COLUMNS: &[&str] = &["sku", "name", "quantity", "uom"];
pub(super) const USED_COLUMNS: &[&str] = &["part", "name", "uses", "quantity", "scrap_pct"];
pub(super) const MOVE_COLUMNS: &[&str] = &[
    "id",
    "sku",
    "quantity",
    "from",
    "to",
    "from_balance",
    "to_balance",
];
pub(super) const SHORT_COLUMNS: &[&str] = &["sku", "name", "needed", "on_hand", "short", "uom"];

#[derive(Debug, Subcommand)]
pub enum BomCmd {
    /// Create or replace the bill of materials of an item
    Set(BomSetArgs),
    /// The bill of materials as an indented tree
    Show {
        /// SKU or barcode of the item
        sku: String,
    },
    /// The leaf components QTY units need, summed across the tree
    Explode {
        /// SKU or barcode of the item
        sku: String,
        /// How many units of the item
        #[arg(long, default_value = "1")]
        qty: String,
    },
    /// The cost of one unit, rolled up level by level
    Cost {
        /// SKU or barcode of the item
        sku: String,
    },
    /// Every item that uses SKU, directly or through sub-assemblies
    WhereUsed {
        /// SKU or barcode of the component
        sku: String,
    },
    /// Delete the bill of materials of an item (the items stay)
    Delete {
        /// SKU or barcode of the item
        sku: String,
    },
}

#[derive(Debug, Args)]
pub struct BomSetArgs {
    /// The item the bill of materials makes (SKU or barcode)
    pub sku: String,
    /// Units one run makes; lines and operations are per run
    #[arg(long, default_value = "1")]
    pub output_qty: String,
    /// A component per run, scrap in percent (repeatable)
    #[arg(long = "line", value_name = "SKU:QTY[:SCRAP%]", required = true)]
    pub lines: Vec<String>,
    /// An operation per run, the rate per hour (repeatable)
    #[arg(long = "op", value_name = "NAME:MINUTES:RATE")]
    pub operations: Vec<String>,
    /// Refuse unless the stored bill of materials is still at this version
    #[arg(long)]
    pub expect_version: Option<u64>,
}

/// `kontor produce SKU QTY`: components from the location to `production`, the finished
/// item back, in one transaction.
#[derive(Debug, Args)]
pub struct ProduceArgs {
    /// SKU or barcode of the item to make
    pub sku: String,
    /// How many units to make
    pub quantity: String,
    /// Where the components are taken from and the product goes [default: the default
    /// location, WH1]
    #[arg(long)]
    pub location: Option<String>,
}

fn run(context: &Context, command: BomCommand) -> Result<BomEvent, CliError> {
    match execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Bom(command),
    )? {
        Event::Bom(event) => Ok(event),
        other => Err(CliError::Failed(format!(
            "{}: {other:?}",
            t!("cli-error-unexpected-bom-answer")
        ))),
    }
}

/// A closing line for people; only in table output.
fn note(context: &mut Context, text: &str) -> Result<(), CliError> {
    if context.format == Format::Table {
        writeln!(context.out, "{text}")?;
    }
    Ok(())
}

fn text(value: &str) -> Value {
    Value::Text(value.to_string())
}

fn number(value: Decimal) -> Value {
    Value::Decimal(value.normalize().to_string())
}

fn blank() -> Value {
    Value::Decimal(String::new())
}

/// An amount rounded to the currency's minor unit, half away from zero.
fn money(amount: Decimal, currency: Currency) -> Value {
    Value::Decimal(Money::new(amount, currency).amount_text())
}

/// Prints tree rows: in a table the first column is `part`, indented by level; CSV and
/// JSON keep the plain fields, `level` among them.
fn print_tree(
    context: &mut Context,
    rows: Vec<(usize, String, Row)>,
    columns: &[&str],
) -> Result<(), CliError> {
    let table = context.format == Format::Table;
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|(level, label, mut row)| {
            if table {
                row.insert(0, ("part", Value::Text("  ".repeat(level) + &label)));
            }
            row
        })
        .collect();
    output::list(&mut context.out, context.format, &rows, columns)?;
    Ok(())
}

pub fn bom(context: &mut Context, command: BomCmd) -> Result<(), CliError> {
    match command {
        BomCmd::Set(args) => set(context, args),
        BomCmd::Show { sku } => {
            let item = require_item(context, &sku)?;
            show(context, item.id)
        }
        BomCmd::Explode { sku, qty } => explode(context, &sku, &qty),
        BomCmd::Cost { sku } => cost(context, &sku),
        BomCmd::WhereUsed { sku } => where_used(context, &sku),
        BomCmd::Delete { sku } => {
            if let BomEvent::Deleted(bom) = run(context, BomCommand::Delete { code: sku.clone() })?
            {
                let version = bom.version.to_string();
                let line = t!("cli-bom-deleted", sku = sku, version = version);
                writeln!(context.out, "{line}")?;
            }
            Ok(())
        }
    }
}

fn set(context: &mut Context, args: BomSetArgs) -> Result<(), CliError> {
    let currency = context.settings.currency;
    let mut problems = Problems::default();
    let output_qty = problems.take(parse_decimal("output_qty", &args.output_qty));
    let lines: Vec<_> = args
        .lines
        .iter()
        .filter_map(|line| problems.take(parse_line(line)))
        .collect();
    let operations: Vec<_> = args
        .operations
        .iter()
        .filter_map(|op| problems.take(parse_operation(op, currency)))
        .collect();
    let output_qty = problems.finish(output_qty).map_err(CoreError::from)?;
    let command = BomCommand::Set {
        code: args.sku,
        output_qty,
        lines,
        operations,
        expected_version: args.expect_version,
    };
    match run(context, command)? {
        BomEvent::Saved(bom) => show(context, bom.id),
        _ => Ok(()),
    }
}

fn item_of(items: &Items, id: u64) -> Result<&Item, CliError> {
    items
        .get(&id)
        .ok_or_else(|| CliError::Failed(t!("cli-bom-not-loaded", id = id.to_string())))
}

fn show(context: &mut Context, item_id: u64) -> Result<(), CliError> {
    let (nodes, items) = bom_query::tree(&context.store, &context.actor, item_id)?;
    let mut rows = Vec::with_capacity(nodes.len());
    for Node { level, part, .. } in &nodes {
        let row = match part {
            Part::Item {
                item_id,
                line,
                output_qty,
            } => {
                let item = item_of(&items, *item_id)?;
                let kind = if output_qty.is_some() {
                    "assembly"
                } else {
                    "component"
                };
                let (quantity, scrap) = match line {
                    Some(line) => (number(line.quantity), number(line.scrap_pct)),
                    None => (blank(), blank()),
                };
                let row = vec![
                    ("level", Value::Integer(*level as i64)),
                    ("kind", text(kind)),
                    ("sku", text(&item.sku)),
                    ("name", text(&item.name)),
                    ("quantity", quantity),
                    ("uom", text(&item.uom)),
                    ("scrap_pct", scrap),
                    ("output_qty", output_qty.map_or_else(blank, number)),
                    ("rate", blank()),
                ];
                (*level, item.sku.clone(), row)
            }
            Part::Operation(operation) => {
                let row = vec![
                    ("level", Value::Integer(*level as i64)),
                    ("kind", text("operation")),
                    ("sku", text("")),
                    ("name", text(&operation.name)),
                    ("quantity", number(operation.minutes)),
                    ("uom", text("min")),
                    ("scrap_pct", blank()),
                    ("output_qty", blank()),
                    (
                        "rate",
                        money(operation.hourly_rate.amount, operation.hourly_rate.currency),
                    ),
                ];
                (*level, "op".to_string(), row)
            }
        };
        rows.push(row);
    }
    print_tree(context, rows, SHOW_COLUMNS)?;
    let output_qty = heading("output_qty");
    let rate = heading("rate");
    note(
        context,
        &t!("cli-bom-show-note", output_qty = output_qty, rate = rate),
    )
}

fn explode(context: &mut Context, sku: &str, qty: &str) -> Result<(), CliError> {
    let item = require_item(context, sku)?;
    let wanted = quantity(qty)?;
    if wanted <= Decimal::ZERO {
        let wanted = decimal(wanted);
        return Err(invalid(Invalid::new(
            "qty",
            t!("cli-bom-not-positive", quantity = wanted),
        )));
    }
    let leaves = bom_query::explode(&context.store, &context.actor, item.id, wanted)?;
    let rows: Vec<Row> = leaves
        .iter()
        .map(|(leaf, needed)| {
            vec![
                ("sku", text(&leaf.sku)),
                ("name", text(&leaf.name)),
                ("quantity", number(*needed)),
                ("uom", text(&leaf.uom)),
            ]
        })
        .collect();
    output::list(&mut context.out, context.format, &rows, EXPLODE_COLUMNS)?;
    let line = t!(
        "cli-bom-explode-note",
        quantity = decimal(wanted.normalize()),
        uom = item.uom,
        sku = item.sku
    );
    note(context, &line)
}

fn cost_row(
    line: &CostLine,
    items: &Items,
    currency: Currency,
) -> Result<(usize, String, Row), CliError> {
    let level = line.node.level;
    let split = |pick: fn(&crate::domain::bom::cost::Split) -> Decimal| {
        line.split
            .as_ref()
            .map_or_else(blank, |split| money(pick(split), currency))
    };
    let (kind, sku, name, uom, label) = match &line.node.part {
        Part::Item {
            item_id,
            output_qty,
            ..
        } => {
            let item = item_of(items, *item_id)?;
            let kind = if output_qty.is_some() {
                "assembly"
            } else {
                "component"
            };
            (
                kind,
                item.sku.as_str(),
                item.name.as_str(),
                item.uom.as_str(),
                item.sku.clone(),
            )
        }
        Part::Operation(operation) => (
            "operation",
            "",
            operation.name.as_str(),
            "min",
            "op".to_string(),
        ),
    };
    let row = vec![
        ("level", Value::Integer(level as i64)),
        ("kind", text(kind)),
        ("sku", text(sku)),
        ("name", text(name)),
        ("qty_per_unit", number(line.node.per_unit)),
        ("uom", text(uom)),
        ("unit_cost", money(line.unit_cost, currency)),
        ("material", split(|s| s.material)),
        ("operations", split(|s| s.operations)),
        ("cost_per_unit", money(line.cost, currency)),
    ];
    Ok((level, label, row))
}

fn cost(context: &mut Context, sku: &str) -> Result<(), CliError> {
    let item = require_item(context, sku)?;
    let (rollup, items) = bom_query::cost(&context.store, &context.actor, item.id)?;
    let currency = rollup.currency;
    let rows = rollup
        .lines
        .iter()
        .map(|line| cost_row(line, &items, currency))
        .collect::<Result<Vec<_>, _>>()?;
    print_tree(context, rows, COST_COLUMNS)?;
    let split = rollup.lines.first().and_then(|line| line.split);
    let (material, operations) = split.map_or((Decimal::ZERO, Decimal::ZERO), |s| {
        (s.material, s.operations)
    });
    let amount = |value: Decimal| decimal_text(&Money::new(value, currency).amount_text());
    let unit_cost = t!(
        "cli-bom-cost-note",
        sku = &item.sku,
        cost = money_shown(rollup.unit_cost(), currency),
        uom = &item.uom,
        material = amount(material),
        operations = amount(operations)
    );
    let columns = t!(
        "cli-bom-cost-columns",
        qty_per_unit = heading("qty_per_unit"),
        cost_per_unit = heading("cost_per_unit"),
        material = heading("material"),
        operations = heading("operations"),
        unit_cost = heading("unit_cost"),
        sku = &item.sku,
        currency = currency.to_string()
    );
    note(context, &format!("{unit_cost}\n{columns}"))
}

fn where_used(context: &mut Context, sku: &str) -> Result<(), CliError> {
    let item = require_item(context, sku)?;
    let uses = bom_query::where_used(&context.store, &context.actor, item.id)?;
    let rows = uses
        .iter()
        .map(|found| {
            let row = vec![
                ("level", Value::Integer(found.level as i64)),
                ("sku", text(&found.parent.sku)),
                ("name", text(&found.parent.name)),
                ("uses", text(&found.component.sku)),
                ("quantity", number(found.line.quantity)),
                ("scrap_pct", number(found.line.scrap_pct)),
            ];
            (found.level - 1, found.parent.sku.clone(), row)
        })
        .collect();
    print_tree(context, rows, USED_COLUMNS)?;
    if uses.is_empty() {
        note(context, &t!("cli-bom-unused", sku = item.sku))?;
    }
    Ok(())
}

pub fn produce(context: &mut Context, args: ProduceArgs) -> Result<(), CliError> {
    let command = BomCommand::Produce {
        code: args.sku,
        quantity: quantity(&args.quantity)?,
        location: args.location,
    };
    match run(context, command) {
        Ok(BomEvent::Produced(production)) => {
            let Production {
                item,
                quantity,
                location,
                moves,
            } = *production;
            let rows: Vec<Row> = moves.iter().map(|m| posted_row(context, m)).collect();
            output::list(&mut context.out, context.format, &rows, MOVE_COLUMNS)?;
            let line = t!(
                "cli-bom-produced",
                quantity = decimal(quantity.normalize()),
                uom = item.uom,
                sku = item.sku,
                location = location,
                components = t!("cli-count-component", count = moves.len().saturating_sub(1))
            );
            note(context, &line)
        }
        Ok(_) => Ok(()),
        Err(CliError::Core(CoreError::Short(shortages))) => {
            print_shortages(context, &shortages)?;
            Err(CoreError::Short(shortages).into())
        }
        Err(error) => Err(error),
    }
}

/// The full shortage list on standard output; the one-line error follows on stderr.
pub(super) fn print_shortages(
    context: &mut Context,
    shortages: &Shortages,
) -> Result<(), CliError> {
    let rows: Vec<Row> = shortages
        .lines
        .iter()
        .map(|short| {
            vec![
                ("sku", text(&short.item.sku)),
                ("name", text(&short.item.name)),
                ("needed", number(short.needed)),
                ("on_hand", number(short.on_hand)),
                ("short", number(short.short())),
                ("uom", text(&short.item.uom)),
            ]
        })
        .collect();
    output::list(&mut context.out, context.format, &rows, SHORT_COLUMNS)?;
    Ok(())
}
