//! `kontor quote add|show|list|send|accept|decline|convert`: quotes (Angebote) by number
//! (`AN-2026-00001`) or id. `add` prices each `--line SKU:QTY[:PRICE[:DISCOUNT%[:VAT]]]`
//! at the customer's price unless a price is typed; `convert` makes the order of an
//! accepted quote and prints it. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::json;

use super::args::Format;
use super::sales::{
    DocumentArgs, LINE_COLUMNS, date_flag, date_shown, date_text, line_row, row_json, run,
    show_document, today, totals_json,
};
use super::{CliError, Context, order, output};
use crate::core::sales::{SalesCommand, SalesEvent};
use crate::core::sales_query::{self, QuoteView};
use crate::domain::fields::{Row, Value};

#[derive(Debug, Subcommand)]
pub enum QuoteCmd {
    /// Add a draft quote for a customer
    Add(AddArgs),
    /// Show a quote: its lines, the totals per VAT rate, net, VAT and gross
    Show {
        /// Number (AN-2026-00001) or id of the quote
        quote: String,
    },
    /// List the quotes, or those of one customer
    List {
        /// Number or id of the customer [default: every customer]
        #[arg(long)]
        customer: Option<String>,
    },
    /// Mark a draft quote as sent to the customer
    Send {
        /// Number (AN-2026-00001) or id of the quote
        quote: String,
    },
    /// Record that the customer accepted a sent quote
    Accept {
        /// Number (AN-2026-00001) or id of the quote
        quote: String,
    },
    /// Record that the customer declined a sent quote
    Decline {
        /// Number (AN-2026-00001) or id of the quote
        quote: String,
    },
    /// Make a sales order of an accepted quote; its opportunity moves to won
    Convert {
        /// Number (AN-2026-00001) or id of the quote
        quote: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    document: DocumentArgs,
    /// Last day the quote is valid [default: 30 days from today]
    #[arg(long)]
    valid_until: Option<String>,
    /// Id of the customer's opportunity the quote belongs to (won when the quote becomes an order)
    #[arg(long)]
    opportunity: Option<u64>,
}

pub fn quote(context: &mut Context, command: QuoteCmd) -> Result<(), CliError> {
    let day = today(context);
    let command = match command {
        QuoteCmd::Show { quote } => {
            let view = sales_query::quote(&context.store, &context.actor, &quote)?;
            return show(context, &view);
        }
        QuoteCmd::List { customer } => return list(context, customer.as_deref()),
        QuoteCmd::Add(args) => SalesCommand::AddQuote {
            lines: args.document.specs()?,
            terms: args.document.terms(),
            customer: args.document.customer,
            today: day,
            valid_until: date_flag("valid-until", args.valid_until.as_deref())?,
            opportunity: args.opportunity,
        },
        QuoteCmd::Send { quote } => SalesCommand::SendQuote { quote, today: day },
        QuoteCmd::Accept { quote } => SalesCommand::AcceptQuote { quote, today: day },
        QuoteCmd::Decline { quote } => SalesCommand::DeclineQuote { quote, today: day },
        QuoteCmd::Convert { quote } => SalesCommand::ConvertQuote { quote, today: day },
    };
    match run(context, command)? {
        SalesEvent::Quote(quote) => {
            let view = sales_query::quote(&context.store, &context.actor, &quote.id.to_string())?;
            show(context, &view)
        }
        SalesEvent::Converted(done) => {
            let view = sales_query::order(&context.store, &context.actor, &done.1.id.to_string())?;
            order::show(context, &view)
        }
        SalesEvent::Order(order) => {
            let view = sales_query::order(&context.store, &context.actor, &order.id.to_string())?;
            order::show(context, &view)
        }
        SalesEvent::Imported(_) | SalesEvent::Reallocated(_) => Ok(()),
    }
}

pub(super) const LIST_COLUMNS: &[&str] = &[
    "number",
    "customer",
    "date",
    "valid_until",
    "state",
    "net",
    "gross",
    "currency",
];

/// One quote as a list row; the state as of `today` (a sent quote past its validity is
/// expired), by its label for people (`human`).
fn list_row(view: &QuoteView, today: time::Date, human: bool) -> Row {
    let state = view.quote.state_on(today);
    let state = match human {
        true => state.label(),
        false => state.name().to_string(),
    };
    vec![
        (
            "id",
            Value::Integer(i64::try_from(view.quote.id).unwrap_or(i64::MAX)),
        ),
        ("number", Value::Text(view.quote.number.clone())),
        ("customer", Value::Text(view.customer.clone())),
        ("date", Value::Text(date_text(Some(view.quote.date)))),
        (
            "valid_until",
            Value::Text(date_text(Some(view.quote.valid_until))),
        ),
        ("state", Value::Text(state)),
        ("net", Value::Decimal(view.totals.net.to_string())),
        ("gross", Value::Decimal(view.totals.gross.to_string())),
        ("currency", Value::Text(view.quote.currency.to_string())),
    ]
}

fn list(context: &mut Context, customer: Option<&str>) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    let customer = customer
        .map(|text| crate::core::price::customer(store, actor, text))
        .transpose()?;
    let views = sales_query::quotes(store, actor, customer.map(|c| c.id))?;
    let (day, human) = (today(context), context.format == Format::Table);
    let rows: Vec<Row> = views.iter().map(|v| list_row(v, day, human)).collect();
    output::list(&mut context.out, context.format, &rows, LIST_COLUMNS)?;
    Ok(())
}

fn show(context: &mut Context, view: &QuoteView) -> Result<(), CliError> {
    let quote = &view.quote;
    let human = context.format == Format::Table;
    let lines: Vec<Row> = quote
        .lines
        .iter()
        .zip(&view.totals.line_nets)
        .enumerate()
        .map(|(index, (line, net))| line_row(index + 1, line, *net, human))
        .collect();
    let state = quote.state_on(today(context));
    if context.format == Format::Json {
        let document = json!({
            "id": quote.id,
            "number": quote.number,
            "customer": quote.customer_id,
            "customer_name": view.customer,
            "date": date_text(Some(quote.date)),
            "valid_until": date_text(Some(quote.valid_until)),
            "state": state.name(),
            "opportunity": quote.opportunity_id,
            "order": (!quote.order_number.is_empty()).then_some(&quote.order_number),
            "contact": quote.terms.contact,
            "payment_terms": quote.terms.payment,
            "delivery_terms": quote.terms.delivery,
            "lines": lines.iter().map(row_json).collect::<Vec<_>>(),
            "totals": totals_json(&view.totals),
        });
        writeln!(context.out, "{document}")?;
        return Ok(());
    }
    let mut head = vec![
        ("number", quote.number.clone()),
        ("customer", view.customer.clone()),
        ("date", date_shown(Some(quote.date))),
        ("valid_until", date_shown(Some(quote.valid_until))),
        ("state", state.label()),
    ];
    if let Some(id) = quote.opportunity_id {
        head.push(("opportunity", id.to_string()));
    }
    if !quote.order_number.is_empty() {
        head.push(("order", quote.order_number.clone()));
    }
    show_document(context, &head, &lines, LINE_COLUMNS, &view.totals)
}
