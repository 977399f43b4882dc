//! `kontor segment add|edit|show|list|members|count`: saved customer filters. Criteria
//! come as options (`--status customer --tags-any vip,press`) or in the compact form
//! (`--filter "status=customer; tags-any=vip,press"`), both through the one parser
//! (`domain::segment::Criterion::parse`); options are added after the compact form's
//! criteria. `members` and `count` take a saved segment's id or criteria given so, and say
//! whether an index or a scan found the candidates. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};

use super::args::Format;
use super::sales::invalid;
use super::{CliError, Context, output};
use crate::core::segments::{self, Members, SegmentCommand, Target};
use crate::core::{Command, Event, execute};
use crate::domain::fields::{Row, Value};
use crate::domain::segment::{Criterion, Segment, Selects, filter_text, parse_segment};

#[derive(Debug, Subcommand)]
pub enum SegmentCmd {
    /// Save a segment: a name and its criteria (all must hold)
    Add {
        /// The segment's name
        name: String,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Rename a segment or replace its criteria (given criteria replace all)
    Edit {
        /// The segment's id
        id: u64,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// A segment with its criteria and how many members it has now
    Show {
        /// The segment's id
        id: u64,
    },
    /// Every segment
    List,
    /// The customers a segment or the criteria given select now
    Members {
        /// A saved segment's id (or give criteria)
        id: Option<u64>,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// How many customers a segment or the criteria given select now
    Count {
        /// A saved segment's id (or give criteria)
        id: Option<u64>,
        #[command(flatten)]
        filter: FilterArgs,
    },
}

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Criteria in the compact form: key=value pairs separated by ;
    #[arg(long)]
    filter: Option<String>,
    /// What it selects: customers (the default), contacts, leads or people (all three)
    #[arg(long)]
    selects: Option<String>,
    /// lead, prospect, customer or inactive
    #[arg(long)]
    status: Option<String>,
    /// Has every one of these tags (comma-separated)
    #[arg(long)]
    tags_all: Option<String>,
    /// Has at least one of these tags (comma-separated)
    #[arg(long)]
    tags_any: Option<String>,
    /// Has none of these tags (comma-separated)
    #[arg(long)]
    tags_none: Option<String>,
    /// The country (ISO code) of the first address with one
    #[arg(long)]
    country: Option<String>,
    /// A city of one of the addresses
    #[arg(long)]
    city: Option<String>,
    /// A postal code range, e.g. 10000..14999
    #[arg(long)]
    postal_code: Option<String>,
    /// The customer's owner
    #[arg(long)]
    owner: Option<String>,
    /// The last interaction was before this day (or there was none)
    #[arg(long)]
    interaction_before: Option<String>,
    /// The last interaction was on or after this day
    #[arg(long)]
    interaction_after: Option<String>,
    /// The last interaction was within this many days
    #[arg(long)]
    interaction_within: Option<String>,
    /// Has an opportunity in an open stage
    #[arg(long)]
    open_opportunities: bool,
    /// Revenue in a period at least an amount: FROM..TO>=AMOUNT
    #[arg(long)]
    revenue: Option<String>,
    /// ABC class by revenue: A, B or C
    #[arg(long)]
    abc: Option<String>,
    /// RFM segment, e.g. champions or at-risk
    #[arg(long)]
    rfm: Option<String>,
    /// Consent allows contact now on CHANNEL for PURPOSE, e.g. email:newsletter or phone:calls
    #[arg(long, value_name = "CHANNEL:PURPOSE")]
    consent: Option<String>,
}

impl FilterArgs {
    /// What the segment selects when given (`--selects`, else `selects=` of the compact
    /// form), and the criteria given: the compact form's, then the options' in `KEYS` order.
    fn criteria(&self) -> Result<(Option<Selects>, Vec<Criterion>), CliError> {
        let (mut selects, mut criteria) = match &self.filter {
            Some(text) => parse_segment(text).map_err(invalid)?,
            None => (None, Vec::new()),
        };
        if let Some(text) = &self.selects {
            selects = Some(Selects::parse(text).map_err(invalid)?);
        }
        let options = [
            ("status", &self.status),
            ("tags-all", &self.tags_all),
            ("tags-any", &self.tags_any),
            ("tags-none", &self.tags_none),
            ("country", &self.country),
            ("city", &self.city),
            ("postal-code", &self.postal_code),
            ("owner", &self.owner),
            ("interaction-before", &self.interaction_before),
            ("interaction-after", &self.interaction_after),
            ("interaction-within", &self.interaction_within),
            ("revenue", &self.revenue),
            ("abc", &self.abc),
            ("rfm", &self.rfm),
            ("consent", &self.consent),
        ];
        for (key, value) in options {
            if let Some(value) = value {
                criteria.push(Criterion::parse(key, value).map_err(invalid)?);
            }
        }
        if self.open_opportunities {
            criteria.push(Criterion::OpenOpportunities);
        }
        Ok((selects, criteria))
    }

    /// A saved segment when `id` is given, else the selection and criteria given (at
    /// least one of them).
    fn target(&self, id: Option<u64>) -> Result<Target, CliError> {
        let (selects, criteria) = self.criteria()?;
        match (id, selects.is_none() && criteria.is_empty()) {
            (Some(id), true) => Ok(Target::Saved(id)),
            (None, false) => Ok(Target::Selecting(selects.unwrap_or_default(), criteria)),
            _ => Err(CliError::Usage(crate::t!("segment-id-or-criteria"))),
        }
    }
}

pub fn segment(context: &mut Context, command: SegmentCmd) -> Result<(), CliError> {
    let now = context.clock.now();
    let command = match command {
        SegmentCmd::List => {
            let found = segments::segments(&context.store, &context.actor)?;
            let rows: Vec<Row> = found.iter().map(segment_row).collect();
            let fields = ["id", "name", "filter"];
            output::list_with_header(&mut context.out, context.format, &rows, &fields, &fields)?;
            return Ok(());
        }
        SegmentCmd::Show { id } => {
            let segment = segments::segment(&context.store, &context.actor, id)?;
            let members =
                segments::members(&context.store, &context.actor, &Target::Saved(id), now)?;
            let mut row = segment_row(&segment);
            row.push(("members", Value::Integer(members.size() as i64)));
            for (kind, count) in members.by_kind() {
                row.push((KIND_FIELDS[kind as usize], Value::Integer(count as i64)));
            }
            row.push(("plan", Value::Text(members.plan.name().into())));
            output::record(&mut context.out, context.format, &row)?;
            return Ok(());
        }
        SegmentCmd::Members { id, filter } => {
            let target = filter.target(id)?;
            let members = segments::members(&context.store, &context.actor, &target, now)?;
            let table = context.format == Format::Table;
            let rows = super::segment_members::rows(&members, table);
            let consent = super::segment_members::has_consent(&members);
            let columns: Vec<&str> = super::segment_members::MEMBER
                .iter()
                .copied()
                .chain(consent.then_some("consent"))
                .collect();
            output::list_with_header(&mut context.out, context.format, &rows, &columns, &columns)?;
            return Ok(());
        }
        SegmentCmd::Count { id, filter } => {
            let target = filter.target(id)?;
            let members = segments::members(&context.store, &context.actor, &target, now)?;
            return write_count(context, &members);
        }
        SegmentCmd::Add { name, filter } => {
            let (selects, criteria) = filter.criteria()?;
            if selects.is_none() && criteria.is_empty() {
                return Err(CliError::Usage(crate::t!("segment-id-or-criteria")));
            }
            SegmentCommand::AddSelecting {
                name,
                selects: selects.unwrap_or_default(),
                criteria,
            }
        }
        SegmentCmd::Edit { id, name, filter } => {
            let (selects, criteria) = filter.criteria()?;
            SegmentCommand::EditSelecting {
                id,
                name,
                selects,
                criteria: (!criteria.is_empty()).then_some(criteria),
            }
        }
    };
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Segment(command),
    )?;
    let Event::Segment(segment) = event else {
        return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
    };
    let line = crate::t!(
        "segment-saved",
        id = segment.id.to_string(),
        name = segment.name.as_str()
    );
    super::campaign::saved(context, &line, &segment_row(&segment))
}

/// The count: customers alone as always; for a segment of other people the count of
/// each kind too.
fn write_count(context: &mut Context, members: &Members) -> Result<(), CliError> {
    let (count, plan) = (members.size(), members.plan.name());
    let people = members.selects != Selects::Customers;
    match context.format {
        Format::Table if !people => writeln!(
            context.out,
            "{}",
            crate::t!("segment-count", count = count, plan = plan)
        )?,
        Format::Table => {
            let [customers, contacts, leads] = members.by_kind().map(|(_, count)| count);
            writeln!(
                context.out,
                "{}",
                crate::t!(
                    "segment-count-people",
                    count = count,
                    customers = customers,
                    contacts = contacts,
                    leads = leads,
                    plan = plan
                )
            )?
        }
        format => {
            let mut row = vec![
                ("count", Value::Integer(count as i64)),
                ("plan", Value::Text(plan.into())),
                ("indexes", Value::Text(members.indexes.join(","))),
            ];
            if people {
                for (kind, count) in members.by_kind() {
                    row.push((KIND_FIELDS[kind as usize], Value::Integer(count as i64)));
                }
            }
            output::record(&mut context.out, format, &row)?;
        }
    }
    Ok(())
}

fn segment_row(segment: &Segment) -> Row {
    vec![
        ("id", Value::Integer(segment.id as i64)),
        ("name", Value::Text(segment.name.clone())),
        ("filter", Value::Text(filter_text(&segment.criteria))),
        ("selects", Value::Text(segment.selects.name().into())),
    ]
}

/// The fields of the count of each kind, in `MemberKind::ALL` order.
const KIND_FIELDS: [&str; 3] = ["customers", "contacts", "leads"];
