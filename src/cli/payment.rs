//! `kontor payment add|list|balance` and `kontor report ageing`: payments received and
//! what customers owe. `add --customer C --amount X --invoice RE-…[:AMOUNT]…` records a
//! payment allocated to invoices (`--skonto` takes each invoice's Skonto, `--write-off
//! REASON` writes off each remainder up to the `write_off_limit` setting); `balance C`
//! shows the open items and the account; `report ageing` the open amounts by days overdue.
//! Tables are for people (the language's numbers and dates); CSV and JSON write exact
//! decimals and ISO dates. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use super::args::Format;
use super::sales::{date_flag, today};
use super::{CliError, Context, output};
use crate::core::payment::{NewPayment, PaymentCommand};
use crate::core::receivables::{self, BUCKETS};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::fields::{Row, Value};
use crate::domain::money::parse_decimal;
use crate::domain::payment::Payment;

#[derive(Debug, Subcommand)]
pub enum PaymentCmd {
    /// Record a payment received and allocate it to invoices; what is left stays as credit
    Add(AddArgs),
    /// List the payments, newest first, or those of one customer
    List {
        /// Number or id of the customer [default: every customer]
        #[arg(long)]
        customer: Option<String>,
    },
    /// A customer's open invoices and account: open items, credit, balance
    Balance {
        /// Number or id of the customer
        customer: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Number or id of the customer who paid
    #[arg(long)]
    customer: String,
    /// The money received
    #[arg(long)]
    amount: String,
    /// The day it was received [default: today]
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// The bank statement's reference text
    #[arg(long, default_value = "")]
    reference: String,
    /// INVOICE[:AMOUNT] it pays (repeatable) [default amount: the invoice's rest, up to what is left]
    #[arg(long = "invoice", value_name = "INVOICE[:AMOUNT]")]
    invoices: Vec<String>,
    /// Take each invoice's Skonto (only within its period, only settling its whole rest)
    #[arg(long)]
    skonto: bool,
    /// Write off each invoice's remainder up to the write_off_limit setting, for this reason
    #[arg(long, value_name = "REASON")]
    write_off: Option<String>,
}

fn invalid(problem: Invalid) -> CliError {
    CliError::Core(problem.into())
}

/// `RE-2026-00001` or `RE-2026-00001:120.50`.
fn invoice_spec(text: &str) -> Result<(String, Option<Decimal>), Invalid> {
    match text.split_once(':') {
        Some((number, amount)) => Ok((
            number.trim().to_string(),
            Some(parse_decimal("invoice", amount.trim())?),
        )),
        None => Ok((text.trim().to_string(), None)),
    }
}

pub fn payment(context: &mut Context, command: PaymentCmd) -> Result<(), CliError> {
    match command {
        PaymentCmd::Add(args) => add(context, args),
        PaymentCmd::List { customer } => {
            let customer = match customer {
                Some(text) => Some(crate::core::payment::customer(&context.store, &text)?.id),
                None => None,
            };
            let found = crate::core::payment::payments(&context.store, &context.actor, customer)?;
            let rows: Vec<Row> = found.iter().map(payment_row).collect();
            output::list_with_header(
                &mut context.out,
                context.format,
                &rows,
                LIST_COLUMNS,
                LIST_COLUMNS,
            )?;
            Ok(())
        }
        PaymentCmd::Balance { customer } => balance(context, &customer),
    }
}

pub(super) const LIST_COLUMNS: &[&str] = &[
    "number",
    "date",
    "customer",
    "currency",
    "amount",
    "unallocated",
    "invoices",
    "reference",
];

fn amount(value: Decimal) -> Value {
    Value::Decimal(value.to_string())
}

fn payment_row(payment: &Payment) -> Row {
    vec![
        ("number", Value::Text(payment.number.clone())),
        ("date", Value::Text(payment.date.to_string())),
        ("customer", Value::Text(payment.customer_number.clone())),
        ("currency", Value::Text(payment.currency.code().to_string())),
        ("amount", amount(payment.amount)),
        ("unallocated", amount(payment.unallocated())),
        (
            "invoices",
            Value::List(
                payment
                    .allocations
                    .iter()
                    .map(|a| a.invoice_number.clone())
                    .collect(),
            ),
        ),
        ("reference", Value::Text(payment.reference.clone())),
    ]
}

pub(super) const ALLOCATION_COLUMNS: &[&str] =
    &["invoice", "amount", "skonto", "write_off", "reason"];

fn add(context: &mut Context, args: AddArgs) -> Result<(), CliError> {
    let invoices = args
        .invoices
        .iter()
        .map(|text| invoice_spec(text))
        .collect::<Result<Vec<_>, _>>()
        .map_err(invalid)?;
    let new = NewPayment {
        customer: args.customer,
        date: date_flag("date", args.date.as_deref())?.unwrap_or_else(|| today(context)),
        amount: parse_decimal("amount", &args.amount).map_err(invalid)?,
        reference: args.reference,
        invoices,
        skonto: args.skonto,
        write_off: args.write_off,
    };
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Payment(PaymentCommand::Add(new)),
    )?;
    let Event::Paid(payment) = event else {
        return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
    };
    let allocations: Vec<Row> = payment
        .allocations
        .iter()
        .map(|a| {
            vec![
                ("invoice", Value::Text(a.invoice_number.clone())),
                ("amount", amount(a.amount)),
                ("skonto", amount(a.skonto)),
                ("write_off", amount(a.write_off)),
                ("reason", Value::Text(a.write_off_reason.clone())),
            ]
        })
        .collect();
    match context.format {
        Format::Json => {
            let mut document = super::sales::row_json(&payment_row(&payment));
            if let Json::Object(map) = &mut document {
                let list: Vec<Json> = allocations.iter().map(super::sales::row_json).collect();
                map.insert("allocations".into(), Json::Array(list));
            }
            writeln!(context.out, "{document}")?;
        }
        Format::Csv => output::list(
            &mut context.out,
            context.format,
            &allocations,
            ALLOCATION_COLUMNS,
        )?,
        Format::Table => {
            let minor = payment.currency.minor_units();
            let money = |v: Decimal| crate::lang::format::money(v, payment.currency.code(), minor);
            let text = crate::t!(
                "cli-payment-recorded",
                number = payment.number.as_str(),
                amount = money(payment.amount),
                credit = money(payment.unallocated())
            );
            writeln!(context.out, "{text}")?;
            output::list(
                &mut context.out,
                context.format,
                &allocations,
                ALLOCATION_COLUMNS,
            )?;
        }
    }
    Ok(())
}

pub(super) const OPEN_COLUMNS: &[&str] = &[
    "invoice", "issued", "due", "currency", "owed", "paid", "open",
];

fn balance(context: &mut Context, text: &str) -> Result<(), CliError> {
    let customer = crate::core::payment::customer(&context.store, text)?;
    let items = receivables::open_items(&context.store, &context.actor, customer.id)?;
    let accounts = receivables::balance(&context.store, &context.actor, customer.id)?;
    let rows: Vec<Row> = items
        .iter()
        .map(|item| {
            vec![
                ("invoice", Value::Text(item.number.clone())),
                ("issued", Value::Text(item.issue_date.to_string())),
                ("due", Value::Text(item.due_date.to_string())),
                ("currency", Value::Text(item.currency.code().to_string())),
                ("owed", amount(item.owed)),
                ("paid", amount(item.settled)),
                ("open", amount(item.open)),
            ]
        })
        .collect();
    let account_rows: Vec<Row> = accounts
        .iter()
        .map(|account| {
            vec![
                ("currency", Value::Text(account.currency.clone())),
                ("open_items", amount(account.open_items)),
                ("credit", amount(account.credit)),
                ("balance", amount(account.balance)),
            ]
        })
        .collect();
    match context.format {
        Format::Json => {
            let open: Vec<Json> = rows.iter().map(super::sales::row_json).collect();
            let accounts: Vec<Json> = account_rows.iter().map(super::sales::row_json).collect();
            let document = json!({
                "customer": customer.number,
                "open_items": open,
                "accounts": accounts,
            });
            writeln!(context.out, "{document}")?;
        }
        Format::Csv => output::list_with_header(
            &mut context.out,
            context.format,
            &rows,
            OPEN_COLUMNS,
            OPEN_COLUMNS,
        )?,
        Format::Table => {
            output::list(&mut context.out, context.format, &rows, OPEN_COLUMNS)?;
            writeln!(context.out)?;
            output::list(
                &mut context.out,
                context.format,
                &account_rows,
                ACCOUNT_COLUMNS,
            )?;
        }
    }
    Ok(())
}

pub(super) const ACCOUNT_COLUMNS: &[&str] = &["currency", "open_items", "credit", "balance"];

pub(super) const AGEING_COLUMNS: &[&str] = &[
    "customer", "name", "currency", "not_due", "1_30", "31_60", "61_90", "over_90", "total",
];

/// `kontor report ageing [--date D]`: one row per customer and currency, then the totals
/// (customer `*` in tables, empty in machine formats).
pub fn ageing(context: &mut Context, date: Option<&str>) -> Result<(), CliError> {
    let as_of = date_flag("date", date)?.unwrap_or_else(|| today(context));
    let rows = receivables::ageing(&context.store, &context.actor, as_of)?;
    let human = context.format == Format::Table;
    let rows: Vec<Row> = rows
        .iter()
        .map(|row| {
            let customer = match (&row.customer, human) {
                (None, true) => crate::t!("cli-ageing-total"),
                (None, false) => String::new(),
                (Some(id), _) if row.customer_number.is_empty() => id.to_string(),
                (Some(_), _) => row.customer_number.clone(),
            };
            let mut cells: Row = vec![
                ("customer", Value::Text(customer)),
                ("name", Value::Text(row.customer_name.clone())),
                ("currency", Value::Text(row.currency.clone())),
            ];
            for (field, figure) in BUCKETS.iter().zip(row.buckets) {
                cells.push((field, amount(figure)));
            }
            cells.push(("total", amount(row.total)));
            cells
        })
        .collect();
    output::list_with_header(
        &mut context.out,
        context.format,
        &rows,
        AGEING_COLUMNS,
        AGEING_COLUMNS,
    )?;
    Ok(())
}
