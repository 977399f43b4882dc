//! `kontor order add|show|list|confirm|cancel|release|reallocate|…`: sales orders
//! (Aufträge) by number (`AU-2026-00001`) or id. `add` prices each `--line` at the
//! customer's price for the requested date unless a price is typed; `confirm` reserves what
//! stock is available and prints the confirmation (reserved and backordered per line);
//! `cancel` cancels the whole order with a reason, releasing its reservations; `release`
//! releases a held order with a reason and `list --held` lists the held ones
//! (`order_holds`); `reallocate` moves a reservation from one order to another, naming
//! both. Room: cli.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;

use super::args::Format;
use super::confirmation::{SetArgs, print, promised};
use super::sales::{
    DocumentArgs, ORDER_LINE_COLUMNS, date_flag, date_shown, date_text, invalid, line_row,
    row_json, run, show_document, today, totals_json,
};
use super::{CliError, Context, output};
use crate::core::sales::{SalesCommand, SalesEvent};
use crate::core::sales_query::{self, OrderView};
use crate::domain::fields::{Row, Value};

#[derive(Debug, Subcommand)]
pub enum OrderCmd {
    /// Add an open sales order for a customer
    Add(AddArgs),
    /// Show an order: its lines, the totals per VAT rate, net, VAT and gross
    Show {
        /// Number (AU-2026-00001) or id of the order
        order: String,
    },
    /// List the orders, or those of one customer
    List {
        /// Number or id of the customer [default: every customer]
        #[arg(long)]
        customer: Option<String>,
        /// Only the orders on hold, oldest hold first, with the reasons
        #[arg(long)]
        held: bool,
    },
    /// Confirm an order: reserve what stock is available, backorder the rest, and issue
    /// the order confirmation (again, listing the changes, for a confirmed order changed since)
    Confirm {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// Also write the confirmation as PDF to this file
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
    },
    /// Print an issued order confirmation again, or write it as PDF
    Confirmation {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// Which confirmation (1 for the first) [default: the last]
        #[arg(long)]
        sequence: Option<u32>,
        /// Also write the confirmation as PDF to this file
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
    },
    /// Set the promised date of a line (an empty date clears it)
    Promise {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// The line's number (1 for the first)
        #[arg(long)]
        line: usize,
        /// The promised date (2026-12-18 or 18.12.2026)
        #[arg(long)]
        date: String,
    },
    /// Set the day the customer wants a line, its date of supply (an empty date: the order's date)
    Request {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// The line's number (1 for the first)
        #[arg(long)]
        line: usize,
        /// The requested date (2026-12-18 or 18.12.2026)
        #[arg(long)]
        date: String,
    },
    /// Change the quantity of a line; a confirmed order reserves or releases to match
    Quantity {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// The line's number (1 for the first)
        #[arg(long)]
        line: usize,
        /// The new ordered quantity
        #[arg(long)]
        qty: String,
    },
    /// Change the customer's reference, the contact and the terms of an order
    Set(SetArgs),
    /// Cancel an open or confirmed order, every line of it, or part of one line (--line, --qty)
    Cancel {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// Why it is cancelled
        #[arg(long)]
        reason: String,
        /// The line (1, 2, …) to cancel part of [default: the whole order]
        #[arg(long, requires = "qty")]
        line: Option<usize>,
        /// How much of the line to cancel
        #[arg(long, requires = "line")]
        qty: Option<String>,
    },
    /// Release an order on hold (sales managers and admins), saying why
    Release {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// Why it is released
        #[arg(long)]
        reason: String,
    },
    /// Move stock reserved for one confirmed order to another that waits for the item
    Reallocate {
        /// SKU or barcode of the item
        sku: String,
        /// How much of the reservation moves
        #[arg(long)]
        qty: String,
        /// Number or id of the order that gives the reservation up
        #[arg(long)]
        from: String,
        /// Number or id of the order that takes it (its backordered lines)
        #[arg(long)]
        to: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    document: DocumentArgs,
    /// The customer's own order reference
    #[arg(long)]
    reference: Option<String>,
    /// The date of the customer's order
    #[arg(long)]
    reference_date: Option<String>,
    /// The day the customer wants every line (the date of supply for VAT) [default: the order's date]
    #[arg(long)]
    requested: Option<String>,
    /// Whether this order takes partial deliveries: yes or no [default: the customer's term]
    #[arg(long)]
    partial_deliveries: Option<String>,
    /// Whether this order takes backorders: yes or no [default: the customer's term]
    #[arg(long)]
    backorders: Option<String>,
    /// The day every line is promised for [default: none promised]
    #[arg(long)]
    promised: Option<String>,
    /// Confirm it at once, in the same write (reserves stock, issues the confirmation)
    #[arg(long, conflicts_with_all = ["partial_deliveries", "backorders"])]
    confirm: bool,
}

pub fn order(context: &mut Context, command: OrderCmd) -> Result<(), CliError> {
    let command = match command {
        OrderCmd::Show { order } => {
            let view = sales_query::order(&context.store, &context.actor, &order)?;
            return show(context, &view);
        }
        OrderCmd::List { held: true, .. } => return super::order_holds::list(context),
        OrderCmd::List { customer, .. } => return list(context, customer.as_deref()),
        OrderCmd::Add(args) if args.confirm => {
            let command = add_order(context, args)?;
            return confirm(context, command, None);
        }
        OrderCmd::Add(args) => {
            let partial = yes_no("partial-deliveries", args.partial_deliveries.as_deref())?;
            let backorders = yes_no("backorders", args.backorders.as_deref())?;
            let added = run(context, add_order(context, args)?)?;
            let SalesEvent::Order(order) = added else {
                return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
            };
            if partial.is_some() || backorders.is_some() {
                let terms = SalesCommand::SetDeliveryTerms {
                    order: order.id.to_string(),
                    partial_deliveries: partial,
                    backorders,
                };
                run(context, terms)?;
            }
            let view = sales_query::order(&context.store, &context.actor, &order.id.to_string())?;
            return show(context, &view);
        }
        OrderCmd::Cancel {
            order,
            reason,
            line: Some(line),
            qty: Some(qty),
        } => SalesCommand::CancelLine {
            order,
            line,
            quantity: crate::domain::money::parse_decimal("qty", &qty)
                .map_err(|problem| CliError::Core(problem.into()))?,
            reason,
        },
        OrderCmd::Cancel { order, reason, .. } => SalesCommand::CancelOrder { order, reason },
        OrderCmd::Release { order, reason } => SalesCommand::ReleaseHold { order, reason },
        OrderCmd::Reallocate { sku, qty, from, to } => {
            let quantity = crate::domain::money::parse_decimal("qty", &qty).map_err(invalid)?;
            let command = SalesCommand::Reallocate {
                item: sku.clone(),
                quantity,
                from,
                to,
            };
            return reallocate(context, command, &sku, quantity);
        }
        OrderCmd::Confirm { order, pdf } => {
            let command = SalesCommand::ConfirmOrder { order };
            return confirm(context, command, pdf);
        }
        OrderCmd::Confirmation {
            order,
            sequence,
            pdf,
        } => return print(context, &order, sequence, pdf.as_deref(), true),
        OrderCmd::Promise { order, line, date } => SalesCommand::PromiseLine {
            order,
            line,
            date: promised(&date)?,
        },
        OrderCmd::Request { order, line, date } => SalesCommand::RequestLine {
            order,
            line,
            date: promised(&date)?,
        },
        OrderCmd::Quantity { order, line, qty } => SalesCommand::SetQuantity {
            order,
            line,
            quantity: crate::domain::money::parse_decimal("qty", &qty).map_err(invalid)?,
        },
        OrderCmd::Set(args) => SalesCommand::SetOrder {
            edit: args.edit()?,
            order: args.order,
        },
    };
    let id = order_of(run(context, command)?);
    let view = sales_query::order(&context.store, &context.actor, &id.to_string())?;
    show(context, &view)
}

/// The id of the order a command wrote.
fn order_of(event: SalesEvent) -> u64 {
    match event {
        SalesEvent::Order(order) => order.id,
        SalesEvent::Converted(done) => done.1.id,
        SalesEvent::Quote(quote) => quote.order_id.unwrap_or_default(),
        SalesEvent::Imported(orders) => orders.first().map_or(0, |order| order.id),
        SalesEvent::Reallocated(moved) => moved.1.id,
    }
}

/// Moves a reservation: a line naming both orders (table), then the order that took it.
fn reallocate(
    context: &mut Context,
    command: SalesCommand,
    sku: &str,
    quantity: rust_decimal::Decimal,
) -> Result<(), CliError> {
    let SalesEvent::Reallocated(moved) = run(context, command)? else {
        return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
    };
    let (giving, taking) = *moved;
    if context.format == Format::Table {
        let text = crate::t!(
            "cli-order-reallocated",
            quantity = crate::lang::format::decimal(quantity.normalize()),
            sku = sku,
            from = giving.number.as_str(),
            to = taking.number.as_str()
        );
        writeln!(context.out, "{text}")?;
    }
    let view = sales_query::order(&context.store, &context.actor, &taking.id.to_string())?;
    show(context, &view)
}

/// Confirms an order: the summary, the order with what is reserved and backordered, then
/// the confirmation issued as text (and as PDF to `pdf`). JSON prints the order only.
fn confirm(
    context: &mut Context,
    command: SalesCommand,
    pdf: Option<PathBuf>,
) -> Result<(), CliError> {
    let id = order_of(run(context, command)?);
    let view = sales_query::order(&context.store, &context.actor, &id.to_string())?;
    if context.format == Format::Table {
        let order = &view.order;
        let items = order.lines.iter().filter(|l| l.line.item_id.is_some());
        let complete = items.clone().filter(|l| l.backordered().is_zero()).count();
        let text = crate::t!(
            "cli-order-confirmed",
            number = order.number.as_str(),
            customer = view.customer.as_str(),
            complete = complete,
            lines = items.count()
        );
        writeln!(context.out, "{text}")?;
    }
    show(context, &view)?;
    let as_text = context.format == Format::Table;
    if as_text {
        writeln!(context.out)?;
    }
    print(context, &view.order.number, None, pdf.as_deref(), as_text)
}

/// The open order `order add` asks for.
fn add_order(context: &Context, args: AddArgs) -> Result<SalesCommand, CliError> {
    Ok(SalesCommand::AddOrder {
        lines: args.document.specs()?,
        terms: args.document.terms(),
        promised: date_flag("promised", args.promised.as_deref())?,
        confirm: args.confirm,
        customer: args.document.customer,
        today: today(context),
        reference: args.reference.unwrap_or_default(),
        reference_date: date_flag("reference-date", args.reference_date.as_deref())?,
        requested: date_flag("requested", args.requested.as_deref())?,
    })
}

/// A yes/no flag (`None` when not given).
fn yes_no(field: &'static str, text: Option<&str>) -> Result<Option<bool>, CliError> {
    text.map(|text| crate::domain::fields::parse_bool(field, text))
        .transpose()
        .map_err(|problem| CliError::Core(problem.into()))
}

pub(super) const LIST_COLUMNS: &[&str] = &[
    "number",
    "customer",
    "date",
    "reference",
    "state",
    "net",
    "gross",
    "currency",
];

pub(super) fn list_row(view: &OrderView, human: bool) -> Row {
    let order = &view.order;
    let state = state(order, human);
    vec![
        (
            "id",
            Value::Integer(i64::try_from(order.id).unwrap_or(i64::MAX)),
        ),
        ("number", Value::Text(order.number.clone())),
        ("customer", Value::Text(view.customer.clone())),
        ("date", Value::Text(date_text(Some(order.date)))),
        ("reference", Value::Text(order.reference.clone())),
        ("state", Value::Text(state)),
        ("net", Value::Decimal(view.totals.net.to_string())),
        ("gross", Value::Decimal(view.totals.gross.to_string())),
        ("currency", Value::Text(order.currency.to_string())),
    ]
}

fn list(context: &mut Context, customer: Option<&str>) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    let customer = customer
        .map(|text| crate::core::price::customer(store, actor, text))
        .transpose()?;
    let views = sales_query::orders(store, actor, customer.map(|c| c.id))?;
    let human = context.format == Format::Table;
    let rows: Vec<Row> = views.iter().map(|v| list_row(v, human)).collect();
    output::list(&mut context.out, context.format, &rows, LIST_COLUMNS)?;
    Ok(())
}

pub(super) fn show(context: &mut Context, view: &OrderView) -> Result<(), CliError> {
    let order = &view.order;
    let human = context.format == Format::Table;
    let lines: Vec<Row> = order
        .lines
        .iter()
        .zip(&view.totals.line_nets)
        .enumerate()
        .map(|(index, (line, net))| {
            let mut row = line_row(index + 1, &line.line, *net, human);
            let requested = match human {
                true => date_shown(line.requested),
                false => date_text(line.requested),
            };
            let quantity =
                |value: rust_decimal::Decimal| Value::Decimal(value.normalize().to_string());
            row.insert(4, ("cancelled", quantity(line.cancelled)));
            row.insert(5, ("reserved", quantity(line.reserved())));
            row.insert(6, ("delivered", quantity(line.delivered)));
            row.insert(7, ("backordered", quantity(line.backordered())));
            row.insert(8, ("requested", Value::Text(requested)));
            row.push(("cancel_reason", Value::Text(line.cancel_reason.clone())));
            row.push(("invoiced", quantity(line.invoiced)));
            let promised = match human {
                true => date_shown(line.promised),
                false => date_text(line.promised),
            };
            row.insert(9, ("promised", Value::Text(promised)));
            row
        })
        .collect();
    if context.format == Format::Json {
        let mut line_documents: Vec<serde_json::Value> = lines.iter().map(row_json).collect();
        for (document, line) in line_documents.iter_mut().zip(&order.lines) {
            let reservations = line.reservations.iter().map(
                |r| json!({"location": r.location, "quantity": r.quantity.normalize().to_string()}),
            );
            if let Some(object) = document.as_object_mut() {
                object.insert("reservations".into(), reservations.collect());
            }
        }
        let document = json!({
            "id": order.id,
            "number": order.number,
            "customer": order.customer_id,
            "customer_name": view.customer,
            "date": date_text(Some(order.date)),
            "reference": order.reference,
            "reference_date": date_text(order.reference_date),
            "quote": (!order.quote_number.is_empty()).then_some(&order.quote_number),
            "campaign": order.campaign,
            "state": state(order, false),
            "cancel_reason": order.cancel_reason,
            "hold": super::order_holds::hold_json(order),
            "releases": super::order_holds::releases_json(order),
            "partial_deliveries": order.partial_deliveries,
            "backorders": order.backorders,
            "contact": order.terms.contact,
            "payment_terms": order.terms.payment,
            "delivery_terms": order.terms.delivery,
            "confirmations": order.confirmations.len(),
            "lines": line_documents,
            "totals": totals_json(&view.totals),
        });
        writeln!(context.out, "{document}")?;
        return Ok(());
    }
    let mut head = vec![
        ("number", order.number.clone()),
        ("customer", view.customer.clone()),
        ("date", date_shown(Some(order.date))),
    ];
    if !order.reference.is_empty() || order.reference_date.is_some() {
        let reference = [order.reference.clone(), date_shown(order.reference_date)]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" / ");
        head.push(("reference", reference));
    }
    if !order.quote_number.is_empty() {
        head.push(("quote", order.quote_number.clone()));
    }
    if let Some(campaign) = order.campaign {
        head.push(("campaign", campaign.to_string()));
    }
    head.push(("state", state(order, true)));
    if !order.cancel_reason.is_empty() {
        head.push(("reason", order.cancel_reason.clone()));
    }
    super::order_holds::head(order, &mut head);
    show_document(context, &head, &lines, ORDER_LINE_COLUMNS, &view.totals)
}

/// The order's state for people (`human`) or machines; a confirmed order whose every item
/// line was delivered in full reads as delivered.
pub(super) fn state(order: &crate::domain::sales::SalesOrder, human: bool) -> String {
    match (order.fully_delivered(), human) {
        (true, true) => crate::t!("cli-order-delivered"),
        (true, false) => "delivered".to_string(),
        (false, true) => order.state.label(),
        (false, false) => order.state.name().to_string(),
    }
}
