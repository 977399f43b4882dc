//! `kontor price set|show|list`: price rules by the item's SKU and the customer's number,
//! and "why this price". `set` adds a rule through the registry's generic add of
//! `price-rule` (the same as `kontor price-rule add` with the item's and customer's ids
//! resolved, `--everyone` for neither customer nor tag); `show` prints the unit price with
//! the rule applied and why every other rule of the item was skipped (a table in the
//! current language; json with machine reasons); `list` the rules with their items' SKUs.
//! Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use rust_decimal::Decimal;
use serde_json::json;

use super::{CliError, Context, kind, output};
use crate::core::kinds::PRICE_RULES;
use crate::core::plain::{Done, RecordCommand, RecordEvent};
use crate::core::price::{self, PriceAnswer};
use crate::core::{Event, execute};
use crate::domain::Invalid;
use crate::domain::datetime::{format_date, parse_date};
use crate::domain::fields::price_rule::to_row;
use crate::domain::fields::{Input, Row, Value};
use crate::domain::money::parse_decimal;
use crate::domain::price::{PriceRule, Scope, Skipped};
use crate::lang::format;

use super::args::Format;

#[derive(Debug, Subcommand)]
pub enum PriceCmd {
    /// Add a price rule to an item (what `price-rule add` does, by SKU and customer number)
    Set(SetArgs),
    /// The unit price of an item for a customer, quantity and date, and why: the rule applied and every rule skipped
    Show {
        /// SKU or barcode of the item
        sku: String,
        /// Number or id of the customer [default: no customer, only rules for everyone apply]
        #[arg(long)]
        customer: Option<String>,
        /// How many units
        #[arg(long, default_value = "1")]
        qty: String,
        /// The day the price is for (2026-12-05 or 05.12.2026) [default: today]
        #[arg(long)]
        date: Option<String>,
    },
    /// The price rules of an item, or of every item
    List {
        /// SKU or barcode of the item [default: every item]
        sku: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// SKU or barcode of the item
    sku: String,
    /// Number or id of the one customer the rule is for
    #[arg(long)]
    customer: Option<String>,
    /// The customer tag the rule is for
    #[arg(long)]
    tag: Option<String>,
    /// The rule is for every customer
    #[arg(long)]
    everyone: bool,
    /// Quantity break: the rule applies from this quantity on [default: 1]
    #[arg(long, allow_hyphen_values = true)]
    min_qty: Option<String>,
    /// Fixed unit price in the currency of the item's list price
    #[arg(long, allow_hyphen_values = true)]
    price: Option<String>,
    /// Discount in percent off the list price, e.g. 5 or 5%
    #[arg(long, allow_hyphen_values = true)]
    discount: Option<String>,
    /// First day the rule is valid [default: always]
    #[arg(long)]
    from: Option<String>,
    /// Last day the rule is valid [default: no end]
    #[arg(long)]
    until: Option<String>,
}

pub fn price(context: &mut Context, command: PriceCmd) -> Result<(), CliError> {
    match command {
        PriceCmd::Set(args) => set(context, args),
        PriceCmd::Show {
            sku,
            customer,
            qty,
            date,
        } => show(context, &sku, customer.as_deref(), &qty, date.as_deref()),
        PriceCmd::List { sku } => list(context, sku.as_deref()),
    }
}

fn set(context: &mut Context, args: SetArgs) -> Result<(), CliError> {
    let scopes = [args.customer.is_some(), args.tag.is_some(), args.everyone];
    if scopes.iter().filter(|given| **given).count() != 1 {
        return Err(CliError::Usage(crate::t!("cli-price-one-scope")));
    }
    let (store, actor) = (&context.store, &context.actor);
    let item = price::item(store, actor, &args.sku)?;
    let mut input = Input::new();
    input.set("item", item.id.to_string());
    if let Some(text) = &args.customer {
        let customer = price::customer(store, actor, text)?;
        input.set("customer", customer.id.to_string());
    }
    let given = [
        ("tag", args.tag),
        ("min_qty", args.min_qty),
        ("price", args.price),
        ("discount", args.discount),
        ("valid_from", args.from),
        ("valid_until", args.until),
    ];
    for (field, value) in given {
        if let Some(value) = value {
            input.set(field, value);
        }
    }
    let command = RecordCommand::add(PRICE_RULES, input);
    let event = execute(&context.store, &context.clock, &context.actor, command)?;
    if let Event::Record(RecordEvent {
        done: Done::Added(row),
        ..
    }) = event
    {
        kind::show(context, &with_sku(row, &item.sku))?;
    }
    Ok(())
}

/// The row of a rule with the SKU of its item after the id.
fn with_sku(mut row: Row, sku: &str) -> Row {
    row.insert(1, ("sku", Value::Text(sku.to_string())));
    row
}

const LIST_COLUMNS: &[&str] = &[
    "id",
    "sku",
    "customer",
    "tag",
    "min_qty",
    "price",
    "discount",
    "valid_from",
    "valid_until",
];

fn list(context: &mut Context, sku: Option<&str>) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    let item = sku.map(|sku| price::item(store, actor, sku)).transpose()?;
    let offset = context.offset();
    let rows: Vec<Row> = price::listed(store, actor, item.as_ref())?
        .into_iter()
        .map(|(rule, sku)| with_sku(to_row(&rule, offset), &sku))
        .collect();
    output::list(&mut context.out, context.format, &rows, LIST_COLUMNS)?;
    Ok(())
}

fn show(
    context: &mut Context,
    sku: &str,
    customer: Option<&str>,
    qty: &str,
    date: Option<&str>,
) -> Result<(), CliError> {
    let invalid = |problem: Invalid| CliError::Core(problem.into());
    let qty = parse_decimal("qty", qty).map_err(invalid)?;
    let date = match date {
        Some(text) => parse_date("date", text).map_err(invalid)?,
        None => {
            let now = context.clock.now();
            now.to_offset(context.offset()).date()
        }
    };
    let (store, actor) = (&context.store, &context.actor);
    let item = price::item(store, actor, sku)?;
    let customer = customer
        .map(|text| price::customer(store, actor, text))
        .transpose()?;
    let answer = price::price_of(store, actor, item, customer, qty, date)?;
    match context.format {
        Format::Json => writeln!(context.out, "{}", explained_json(&answer, qty, date))?,
        format => explained(&mut context.out, format, &answer, qty, date)?,
    }
    Ok(())
}

/// The reason's detail as a machine reads it (a date, a quantity, an id, a tag).
fn detail(why: &Skipped) -> String {
    match why {
        Skipped::OtherCustomer(id) | Skipped::Outranked(id) => id.to_string(),
        Skipped::TagMissing(tag) => tag.clone(),
        Skipped::NotYetValid(day) | Skipped::Expired(day) => format_date(*day),
        Skipped::BelowBreak(min) => min.normalize().to_string(),
    }
}

fn explained_json(answer: &PriceAnswer, qty: Decimal, date: time::Date) -> serde_json::Value {
    let found = &answer.found;
    let skipped: Vec<serde_json::Value> = found
        .skipped
        .iter()
        .map(|(rule, why)| json!({"rule": rule, "reason": why.code(), "detail": detail(why)}))
        .collect();
    json!({
        "sku": answer.item.sku,
        "customer": answer.customer.as_ref().map(|c| c.id),
        "qty": qty.normalize().to_string(),
        "date": format_date(date),
        "currency": answer.item.price.currency.to_string(),
        "list_price": answer.item.price.amount.to_string(),
        "unit_price": found.unit_price.to_string(),
        "applied_rule": found.applied,
        "skipped": skipped,
    })
}

/// Who a rule is for, as a person reads it.
fn scope_text(rule: &PriceRule) -> String {
    match &rule.scope {
        Scope::Customer(id) => crate::t!("cli-price-for-customer", id = id.to_string()),
        Scope::Tag(tag) => crate::t!("cli-price-for-tag", tag = tag.as_str()),
        Scope::Everyone => crate::t!("cli-price-for-everyone"),
    }
}

/// The headline, what set the price, and a table of every rule with its outcome.
fn explained(
    out: &mut dyn Write,
    format: Format,
    answer: &PriceAnswer,
    qty: Decimal,
    date: time::Date,
) -> Result<(), CliError> {
    let currency = answer.item.price.currency;
    let money = |amount: Decimal| format::money(amount, currency.code(), currency.minor_units());
    let found = &answer.found;
    let buyer = match &answer.customer {
        Some(customer) => crate::t!(
            "cli-price-buyer",
            id = customer.id.to_string(),
            name = customer.name.as_str()
        ),
        None => crate::t!("cli-price-anyone"),
    };
    let head = crate::t!(
        "cli-price-headline",
        sku = answer.item.sku.as_str(),
        buyer = buyer,
        qty = format::decimal(qty.normalize()),
        uom = answer.item.uom.as_str(),
        date = format::date(date),
        price = money(found.unit_price)
    );
    let why = match found.applied {
        Some(rule) => crate::t!("cli-price-applied", rule = rule.to_string()),
        None => crate::t!("cli-price-list", price = money(answer.item.price.amount)),
    };
    if format == Format::Table {
        writeln!(out, "{head}\n{why}")?;
    }
    let rows: Vec<Row> = answer
        .rules
        .iter()
        .map(|rule| {
            let outcome = match found.skipped.iter().find(|(id, _)| *id == rule.id) {
                Some((_, why)) => why.text(),
                None => crate::t!("cli-price-outcome-applied"),
            };
            let mut row = to_row(rule, time::UtcOffset::UTC);
            row.retain(|(field, _)| ["id", "min_qty", "price", "discount"].contains(field));
            row.insert(1, ("for", Value::Text(scope_text(rule))));
            let valid =
                |day: Option<time::Date>| Value::Text(day.map(format_date).unwrap_or_default());
            row.push(("valid_from", valid(rule.valid_from)));
            row.push(("valid_until", valid(rule.valid_until)));
            row.push(("outcome", Value::Text(outcome)));
            row
        })
        .collect();
    if !rows.is_empty() {
        let columns = [
            "id",
            "for",
            "min_qty",
            "price",
            "discount",
            "valid_from",
            "valid_until",
            "outcome",
        ];
        match format {
            Format::Table => output::table_whole(out, &rows, &columns)?,
            format => output::list(out, format, &rows, &columns)?,
        }
    }
    Ok(())
}
