//! `kontor campaign add|edit|cost|show|list|report|calllist`: marketing campaigns, their booked
//! costs and their figures. Amounts are typed in the campaign's currency; `show` and
//! `report` print the figures exact to the cent, ROI and cost per lead rounded half away
//! from zero where they are shown (`n/a` without cost or leads). CSV and JSON write the
//! figures as plain decimals. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use rust_decimal::Decimal;

use super::args::Format;
use super::sales::{date_flag, invalid, today};
use super::{CliError, Context, output};
use crate::core::campaigns::{self, CampaignCommand, CampaignEdit};
use crate::core::{Command, Event, execute};
use crate::domain::campaign::{Campaign, CampaignChannel, CampaignStatus, Cost, Figures};
use crate::domain::fields::{Row, Value};
use crate::domain::money::parse_money_in;
use crate::domain::{Currency, Money};

#[derive(Debug, Subcommand)]
pub enum CampaignCmd {
    /// Add a campaign: name, channel and period are needed
    Add(AddArgs),
    /// Change a campaign: only what is given changes
    Edit(EditArgs),
    /// Book a cost of a campaign
    Cost(CostArgs),
    /// A campaign with its figures
    Show {
        /// The campaign's id
        id: u64,
    },
    /// Every campaign, newest first
    List,
    /// A campaign's figures: cost, leads, won, revenue, pipeline, cost per lead, ROI
    Report {
        /// The campaign's id
        id: u64,
    },
    /// Whom a phone campaign may call: a segment's people whose phone consent allows the purpose
    Calllist {
        /// The campaign's id
        id: u64,
        /// The saved segment to call (its id)
        #[arg(long)]
        segment: u64,
        /// The consent purpose the calls rely on
        #[arg(long, default_value = "calls")]
        purpose: String,
        /// Also list everyone not to call, and why
        #[arg(long)]
        why_not: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The campaign's name
    name: String,
    /// The currency of its amounts (default: the database's)
    #[arg(long)]
    currency: Option<String>,
    #[command(flatten)]
    fields: FieldArgs,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The campaign's id
    id: u64,
    /// A new name
    #[arg(long)]
    name: Option<String>,
    #[command(flatten)]
    fields: FieldArgs,
}

#[derive(Debug, Args)]
pub struct FieldArgs {
    /// email, phone, event, print or social
    #[arg(long)]
    channel: Option<String>,
    /// The first day it runs
    #[arg(long)]
    from: Option<String>,
    /// The last day it runs (default: the first)
    #[arg(long)]
    to: Option<String>,
    /// The budget
    #[arg(long)]
    budget: Option<String>,
    /// The revenue it is expected to bring
    #[arg(long)]
    expected_revenue: Option<String>,
    /// planned, active, done or cancelled
    #[arg(long)]
    status: Option<String>,
}

#[derive(Debug, Args)]
pub struct CostArgs {
    /// The campaign's id
    id: u64,
    /// The amount, in the campaign's currency
    amount: String,
    /// What it paid for
    #[arg(long)]
    what: String,
    /// The day of the cost (default: today)
    #[arg(long)]
    date: Option<String>,
}

impl FieldArgs {
    fn edit(&self, currency: Currency) -> Result<CampaignEdit, CliError> {
        let money = |field, text: &Option<String>| {
            text.as_deref()
                .map(|text| parse_money_in(field, text, currency).map_err(invalid))
                .transpose()
        };
        Ok(CampaignEdit {
            channel: self
                .channel
                .as_deref()
                .map(CampaignChannel::parse)
                .transpose()
                .map_err(invalid)?,
            from: date_flag("from", self.from.as_deref())?,
            to: date_flag("to", self.to.as_deref())?,
            budget: money("budget", &self.budget)?,
            expected_revenue: money("expected_revenue", &self.expected_revenue)?,
            status: self
                .status
                .as_deref()
                .map(CampaignStatus::parse)
                .transpose()
                .map_err(invalid)?,
            ..CampaignEdit::default()
        })
    }
}

pub fn campaign(context: &mut Context, command: CampaignCmd) -> Result<(), CliError> {
    let command = match command {
        CampaignCmd::List => {
            let found = campaigns::campaigns(&context.store, &context.actor)?;
            let rows: Vec<Row> = found.iter().map(campaign_row).collect();
            output::list_with_header(&mut context.out, context.format, &rows, COLUMNS, FIELDS)?;
            return Ok(());
        }
        CampaignCmd::Show { id } => return show(context, id, true),
        CampaignCmd::Report { id } => return show(context, id, false),
        CampaignCmd::Calllist {
            id,
            segment,
            purpose,
            why_not,
        } => return super::call_list::calllist(context, id, segment, &purpose, why_not),
        CampaignCmd::Add(args) => {
            let currency = match args.currency.as_deref() {
                Some(code) => code.trim().parse::<Currency>().map_err(invalid)?,
                None => context.settings.currency,
            };
            let mut edit = args.fields.edit(currency)?;
            edit.name = Some(args.name);
            edit.currency = Some(currency);
            CampaignCommand::Add(edit)
        }
        CampaignCmd::Edit(args) => {
            let currency = campaigns::campaign(&context.store, &context.actor, args.id)?.currency;
            let mut edit = args.fields.edit(currency)?;
            edit.name = args.name;
            CampaignCommand::Edit { id: args.id, edit }
        }
        CampaignCmd::Cost(args) => {
            let currency = campaigns::campaign(&context.store, &context.actor, args.id)?.currency;
            let cost = Cost {
                amount: parse_money_in("amount", &args.amount, currency).map_err(invalid)?,
                date: date_flag("date", args.date.as_deref())?.unwrap_or(today(context)),
                what: args.what,
            };
            CampaignCommand::Cost { id: args.id, cost }
        }
    };
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Campaign(command),
    )?;
    let Event::Campaign(campaign) = event else {
        return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
    };
    let line = crate::t!(
        "campaign-saved",
        id = campaign.id.to_string(),
        name = campaign.name.as_str()
    );
    saved(context, &line, &campaign_row(&campaign))
}

/// What a command that saved a record prints: `line` in a table, else the record's `row`.
pub(super) fn saved(context: &mut Context, line: &str, row: &Row) -> Result<(), CliError> {
    match context.format {
        Format::Table => writeln!(context.out, "{line}")?,
        format => output::record(&mut context.out, format, row)?,
    }
    Ok(())
}

/// `show` (the campaign, then its figures) or `report` (the figures alone).
fn show(context: &mut Context, id: u64, whole: bool) -> Result<(), CliError> {
    let (campaign, figures) = campaigns::figures(&context.store, &context.actor, id)?;
    let mut row = match whole {
        true => campaign_row(&campaign),
        false => vec![
            ("id", Value::Integer(campaign.id as i64)),
            ("name", Value::Text(campaign.name.clone())),
        ],
    };
    let figures = figures_row(&campaign, &figures, context.format);
    let new: Vec<_> = figures
        .into_iter()
        .filter(|(field, _)| !row.iter().any(|(shown, _)| shown == field))
        .collect();
    row.extend(new);
    output::record(&mut context.out, context.format, &row)?;
    Ok(())
}

const COLUMNS: &[&str] = &[
    "id", "name", "channel", "status", "from", "to", "budget", "cost",
];

const FIELDS: &[&str] = &[
    "id",
    "name",
    "channel",
    "status",
    "from",
    "to",
    "currency",
    "budget",
    "cost",
    "expected_revenue",
    "costs",
];

/// An amount in `currency` exact to its minor unit, as stored (`1200.50`).
fn amount(value: Decimal, currency: Currency) -> Value {
    Value::Decimal(Money::new(value, currency).amount_text())
}

fn campaign_row(campaign: &Campaign) -> Row {
    let currency = campaign.currency;
    vec![
        ("id", Value::Integer(campaign.id as i64)),
        ("name", Value::Text(campaign.name.clone())),
        ("channel", Value::Text(campaign.channel.name().into())),
        ("status", Value::Text(campaign.status.name().into())),
        ("from", Value::Text(campaign.from.to_string())),
        ("to", Value::Text(campaign.to.to_string())),
        ("currency", Value::Text(currency.to_string())),
        ("budget", amount(campaign.budget, currency)),
        ("cost", amount(campaign.cost(), currency)),
        (
            "expected_revenue",
            amount(campaign.expected_revenue, currency),
        ),
        (
            "costs",
            Value::List(
                campaign
                    .costs
                    .iter()
                    .map(|cost| {
                        let money = Money::new(cost.amount, currency).amount_text();
                        format!("{} {money} {}", cost.date, cost.what)
                    })
                    .collect(),
            ),
        ),
    ]
}

/// The figures: amounts to the cent; ROI in percent and cost per lead rounded half away
/// from zero here, the display point; `n/a` in a table (empty in CSV and JSON) when there
/// is none.
fn figures_row(campaign: &Campaign, figures: &Figures, format: Format) -> Row {
    let currency = campaign.currency;
    let none = || match format {
        Format::Table => Value::Text(crate::t!("campaign-not-applicable")),
        _ => Value::Text(String::new()),
    };
    vec![
        ("cost", amount(figures.cost, currency)),
        ("leads", Value::Integer(figures.leads as i64)),
        ("won", Value::Integer(figures.won as i64)),
        ("won_revenue", amount(figures.won_revenue, currency)),
        ("pipeline", amount(figures.pipeline, currency)),
        ("replies", Value::Integer(figures.replies as i64)),
        (
            "replied_leads",
            Value::Integer(figures.replied_leads as i64),
        ),
        (
            "replied_opportunities",
            Value::Integer(figures.replied_opportunities as i64),
        ),
        (
            "cost_per_lead",
            match figures.cost_per_lead(currency.minor_units()) {
                Some(value) => amount(value, currency),
                None => none(),
            },
        ),
        (
            "roi",
            match figures.roi_percent() {
                Some(percent) => Value::Decimal(format!("{:.2}", percent)),
                None => none(),
            },
        ),
    ]
}
