//! `kontor invoice add|show|list|credit`: invoices (Rechnungen) of posted delivery notes
//! or of an order's service lines, and credit notes (Gutschriften) of an invoice, whole or
//! per line, with a reason. There is no edit: an issued invoice never changes. What they
//! print is in `invoice_show`. Room: cli.

use clap::Subcommand;

use super::{CliError, Context, invoice_files};
use crate::core::invoicing::{self, InvoiceCommand, InvoiceFilter};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::invoice::InvoiceKind;

#[derive(Debug, Subcommand)]
pub enum InvoiceCmd {
    /// Issue an invoice of posted delivery notes of one customer, or of an order's service lines
    Add {
        /// Number (LS-2026-00001) or id of a posted delivery note (repeatable)
        #[arg(
            long = "delivery",
            required_unless_present = "order",
            conflicts_with = "order"
        )]
        deliveries: Vec<String>,
        /// Number (AU-2026-00001) or id of an order: its service lines not yet invoiced
        #[arg(long)]
        order: Option<String>,
        /// Issue date [default: today]
        #[arg(long)]
        date: Option<String>,
    },
    /// The invoicing run: invoice every posted delivery note and all delivered history not yet invoiced
    Run {
        /// Bill what was supplied on or before this date [default: the issue date]
        #[arg(long)]
        until: Option<String>,
        /// Issue date [default: today]
        #[arg(long)]
        date: Option<String>,
    },
    /// Show an invoice or credit note: parties, lines with their date of supply, VAT, due date
    Show {
        /// Number (RE-2026-00001, GS-2026-00001) or id
        invoice: String,
        /// Also write the ZUGFeRD PDF (Factur-X EN 16931, the XML inside) to this file
        #[arg(long)]
        pdf: Option<std::path::PathBuf>,
        /// Also write the CII e-invoice XML to this file
        #[arg(long)]
        xml: Option<std::path::PathBuf>,
        /// xrechnung or en16931 [default: xrechnung when the customer has a buyer reference]
        #[arg(long)]
        profile: Option<String>,
    },
    /// Send an invoice or credit note: writes NUMBER.pdf (ZUGFeRD) and NUMBER.xml into a folder
    Send {
        /// Number (RE-2026-00001, GS-2026-00001) or id
        invoice: String,
        /// The folder to write into [default: the current folder]
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
        /// xrechnung or en16931 [default: xrechnung when the customer has a buyer reference]
        #[arg(long)]
        profile: Option<String>,
    },
    /// List invoices and credit notes
    List {
        /// Customer number or name [default: every customer]
        #[arg(long)]
        customer: Option<String>,
        /// invoice or credit-note [default: both]
        #[arg(long)]
        kind: Option<String>,
        /// Issued on or after this date
        #[arg(long)]
        from: Option<String>,
        /// Issued on or before this date
        #[arg(long)]
        until: Option<String>,
    },
    /// Issue a credit note of an invoice: whole, or LINE:QUANTITY of some lines
    Credit {
        /// Number (RE-2026-00001) or id of the invoice
        invoice: String,
        /// LINE:QUANTITY to credit of that line (repeatable) [default: everything not yet credited]
        #[arg(long = "line")]
        lines: Vec<String>,
        /// Why the credit note is issued
        #[arg(long)]
        reason: String,
        /// Issue date [default: today]
        #[arg(long)]
        date: Option<String>,
    },
}

pub fn invoice(context: &mut Context, command: InvoiceCmd) -> Result<(), CliError> {
    let command = match command {
        InvoiceCmd::Run { until, date } => {
            let today = issue_date(context, date.as_deref())?;
            let until = super::sales::date_flag("until", until.as_deref())?.unwrap_or(today);
            let command = Command::InvoiceRun { until, today };
            let event = execute(&context.store, &context.clock, &context.actor, command)?;
            let Event::InvoiceRun(summary) = event else {
                return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
            };
            return super::invoice_show::run_summary(context, &summary, until);
        }
        InvoiceCmd::Show {
            invoice,
            pdf,
            xml,
            profile,
        } => {
            let view = invoicing::invoice(&context.store, &context.actor, &invoice)?;
            let profile = invoice_files::profile(&view, profile.as_deref())?;
            invoice_files::write(&view, profile, pdf.as_deref(), xml.as_deref())?;
            return super::invoice_show::show(context, &view);
        }
        InvoiceCmd::Send {
            invoice,
            dir,
            profile,
        } => {
            let view = invoicing::invoice(&context.store, &context.actor, &invoice)?;
            let profile = invoice_files::profile(&view, profile.as_deref())?;
            let dir = dir.unwrap_or_else(|| std::path::PathBuf::from("."));
            return invoice_files::send(context, &view, profile, &dir);
        }
        InvoiceCmd::List {
            customer,
            kind,
            from,
            until,
        } => {
            let filter = InvoiceFilter {
                customer: customer
                    .map(|text| crate::core::price::customer(&context.store, &context.actor, &text))
                    .transpose()?
                    .map(|customer| customer.id),
                kind: kind.as_deref().map(parse_kind).transpose()?,
                from: super::sales::date_flag("from", from.as_deref())?,
                until: super::sales::date_flag("until", until.as_deref())?,
            };
            let found = invoicing::invoices(&context.store, &context.actor, &filter)?;
            return super::invoice_show::list(context, &found);
        }
        InvoiceCmd::Add {
            deliveries,
            order,
            date,
        } => {
            let today = issue_date(context, date.as_deref())?;
            match order {
                Some(order) => InvoiceCommand::FromOrder { order, today },
                None => InvoiceCommand::FromDeliveries { deliveries, today },
            }
        }
        InvoiceCmd::Credit {
            invoice,
            lines,
            reason,
            date,
        } => InvoiceCommand::Credit {
            invoice,
            lines: lines
                .iter()
                .map(|text| {
                    super::delivery::parse_numbered(text, || {
                        Invalid::new("line", crate::t!("cli-invoice-line-form", text = text))
                    })
                })
                .collect::<Result<_, Invalid>>()
                .map_err(|problem| CliError::Core(problem.into()))?,
            reason,
            today: issue_date(context, date.as_deref())?,
        },
    };
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Invoice(command),
    )?;
    let Event::Invoiced(issued) = event else {
        return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
    };
    let view = invoicing::view(&context.store, *issued)?;
    super::invoice_show::show(context, &view)
}

fn issue_date(context: &Context, text: Option<&str>) -> Result<time::Date, CliError> {
    Ok(super::sales::date_flag("date", text)?.unwrap_or_else(|| super::sales::today(context)))
}

fn parse_kind(text: &str) -> Result<InvoiceKind, CliError> {
    InvoiceKind::ALL
        .into_iter()
        .find(|kind| kind.name() == text.trim())
        .ok_or_else(|| {
            let text = crate::t!("cli-invoice-kind-unknown", text = text.trim());
            CliError::Core(Invalid::new("kind", text).into())
        })
}
