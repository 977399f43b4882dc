//! `kontor lead add|list|show|edit|touch|status|disqualify|convert|duplicates`: leads, the
//! people and firms not yet known to be customers, named by id. `convert` without
//! `--link` or `--create` prints the lead's duplicate candidates and exits non-zero saying
//! what to type. Tables are for people (labels and times in the current language); CSV and
//! JSON write machine names and RFC 3339 instants. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use time::format_description::well_known::Rfc3339;

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::leads::{
    Candidate, Conversion, LeadCommand, LeadEdit, LeadEvent, LeadFilter, NewLead, Target,
};
use crate::core::{Command, Event, execute};
use crate::domain::fields::{Row, Value};
use crate::domain::lead::{Lead, LeadStatus, STATUS_NAMES, Touch};

#[derive(Debug, Subcommand)]
pub enum LeadCmd {
    /// Add a lead (status new); a source or campaign is its first touch
    Add(AddArgs),
    /// Leads in id order, filtered by status, owner and campaign
    List {
        /// Only leads in this status (new, contacted, qualified, converted, disqualified)
        #[arg(long)]
        status: Option<String>,
        /// Only leads of this owner
        #[arg(long)]
        owner: Option<String>,
        /// Only leads attributed to this campaign (its id)
        #[arg(long)]
        campaign: Option<u64>,
    },
    /// One lead with its attribution and what it was converted to
    Show {
        /// The lead's id
        id: u64,
    },
    /// Change a lead's data (an empty value clears a field)
    Edit(EditArgs),
    /// Record a new touch: the lead was in contact again through a source
    Touch {
        /// The lead's id
        id: u64,
        /// Where the touch came from (web, event, referral, cold-call, social, …)
        #[arg(long, default_value = "")]
        source: String,
        /// The medium (email, cpc, print, …)
        #[arg(long, default_value = "")]
        medium: String,
        /// The campaign behind it (its id) [default: the lead's campaign]
        #[arg(long)]
        campaign: Option<u64>,
    },
    /// Move a lead to new, contacted or qualified
    Status {
        /// The lead's id
        id: u64,
        /// The new status: new, contacted or qualified
        status: String,
    },
    /// Disqualify a lead, with the reason
    Disqualify {
        /// The lead's id
        id: u64,
        /// Why the lead is no prospect
        #[arg(long)]
        reason: String,
    },
    /// Convert a qualified lead: link it to a customer or create one, with an opportunity
    Convert(ConvertArgs),
    /// The customers and leads a lead probably duplicates, with the rules they matched by
    Duplicates {
        /// The lead's id
        id: u64,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The person's name
    #[arg(long, default_value = "")]
    name: String,
    /// The firm's name
    #[arg(long, default_value = "")]
    company: String,
    /// person or company [default: company when --company is given]
    #[arg(long, default_value = "")]
    kind: String,
    /// An e-mail address (repeatable)
    #[arg(long)]
    email: Vec<String>,
    /// A phone number, read in the lead's country (repeatable)
    #[arg(long)]
    phone: Vec<String>,
    /// The city
    #[arg(long, default_value = "")]
    city: String,
    /// The postal code
    #[arg(long, default_value = "")]
    postal_code: String,
    /// The country (code or name)
    #[arg(long, default_value = "")]
    country: String,
    /// Notes
    #[arg(long, default_value = "")]
    notes: String,
    /// Who works the lead
    #[arg(long, default_value = "")]
    owner: String,
    /// The score, 0–100
    #[arg(long, default_value = "")]
    score: String,
    /// The campaign the lead came from (its id)
    #[arg(long)]
    campaign: Option<u64>,
    /// Where the lead came from (web, event, referral, cold-call, social, import, …)
    #[arg(long, default_value = "")]
    source: String,
    /// The medium (email, cpc, print, …)
    #[arg(long, default_value = "")]
    medium: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The lead's id
    id: u64,
    /// The person's name
    #[arg(long)]
    name: Option<String>,
    /// The firm's name
    #[arg(long)]
    company: Option<String>,
    /// person or company
    #[arg(long)]
    kind: Option<String>,
    /// The e-mail addresses (repeatable; replaces them all)
    #[arg(long)]
    email: Option<Vec<String>>,
    /// The phone numbers (repeatable; replaces them all)
    #[arg(long)]
    phone: Option<Vec<String>>,
    /// The city
    #[arg(long)]
    city: Option<String>,
    /// The postal code
    #[arg(long)]
    postal_code: Option<String>,
    /// The country (code or name)
    #[arg(long)]
    country: Option<String>,
    /// Notes
    #[arg(long)]
    notes: Option<String>,
    /// Who works the lead
    #[arg(long)]
    owner: Option<String>,
    /// The score, 0–100
    #[arg(long)]
    score: Option<String>,
    /// The campaign (its id; empty clears it)
    #[arg(long)]
    campaign: Option<String>,
    /// Where the lead came from
    #[arg(long)]
    source: Option<String>,
    /// The medium
    #[arg(long)]
    medium: Option<String>,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The lead's id
    id: u64,
    /// Add the lead's person to this customer (number or id)
    #[arg(long, conflicts_with = "create")]
    link: Option<String>,
    /// Create a customer of the lead
    #[arg(long)]
    create: bool,
    /// With --create: create it although duplicate candidates exist
    #[arg(long, requires = "create")]
    despite_duplicates: bool,
    /// The opportunity's title [default: the lead's name]
    #[arg(long, default_value = "")]
    title: String,
    /// The opportunity's amount [default: 0]
    #[arg(long, default_value = "")]
    amount: String,
}

pub fn lead(context: &mut Context, command: LeadCmd) -> Result<(), CliError> {
    let command = match command {
        LeadCmd::List {
            status,
            owner,
            campaign,
        } => {
            let status = status
                .map(|text| LeadStatus::parse_rank(&text))
                .transpose()
                .map_err(crate::core::CoreError::from)?;
            let filter = LeadFilter {
                status,
                owner,
                campaign,
            };
            return list(context, &filter);
        }
        LeadCmd::Show { id } => {
            let lead = crate::core::leads::show(&context.store, &context.actor, id)?;
            let row = row(&lead, context.format == Format::Table);
            output::record(&mut context.out, context.format, &row)?;
            return Ok(());
        }
        LeadCmd::Duplicates { id } => {
            let found = crate::core::leads::duplicates(&context.store, &context.actor, id)?;
            return candidates(context, id, &found);
        }
        LeadCmd::Add(args) => LeadCommand::Add(Box::new(NewLead {
            kind: args.kind,
            name: args.name,
            company: args.company,
            emails: args.email,
            phones: args.phone,
            city: args.city,
            postal_code: args.postal_code,
            country: args.country,
            notes: args.notes,
            owner: args.owner,
            score: args.score,
            campaign: args.campaign,
            source: args.source,
            medium: args.medium,
        })),
        LeadCmd::Edit(args) => edit(args)?,
        LeadCmd::Touch {
            id,
            source,
            medium,
            campaign,
        } => LeadCommand::Touch {
            id,
            source,
            medium,
            campaign,
        },
        LeadCmd::Status { id, status } => LeadCommand::Status {
            id,
            status: simple_status(&status)?,
        },
        LeadCmd::Disqualify { id, reason } => LeadCommand::Disqualify { id, reason },
        LeadCmd::Convert(args) => {
            let target = match (args.link, args.create) {
                (Some(customer), _) => Target::Link(customer),
                (None, true) => Target::Create {
                    despite_duplicates: args.despite_duplicates,
                },
                (None, false) => return choose(context, args.id),
            };
            LeadCommand::Convert {
                id: args.id,
                conversion: Box::new(Conversion {
                    target,
                    title: args.title,
                    amount: args.amount,
                }),
            }
        }
    };
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Lead(command),
    )?;
    match event {
        Event::Lead(LeadEvent::Saved(lead)) => written(context, &lead),
        Event::Lead(LeadEvent::Converted(done)) => {
            if context.format != Format::Table {
                return written(context, &done.lead);
            }
            let (id, customer, opportunity) = (
                done.lead.id.to_string(),
                done.customer.id.to_string(),
                done.opportunity.id.to_string(),
            );
            let text = match done.created {
                true => crate::t!(
                    "leads-converted-created",
                    id = id,
                    customer = customer,
                    opportunity = opportunity
                ),
                false => crate::t!(
                    "leads-converted-linked",
                    id = id,
                    customer = customer,
                    opportunity = opportunity
                ),
            };
            writeln!(context.out, "{text}")?;
            if done.contact_added {
                let text = crate::t!("leads-contact-added", name = done.lead.name.as_str());
                writeln!(context.out, "{text}")?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// New, contacted or qualified by name; the others have their own commands.
fn simple_status(text: &str) -> Result<LeadStatus, CliError> {
    match text.trim().to_lowercase().as_str() {
        "new" => Ok(LeadStatus::New),
        "contacted" => Ok(LeadStatus::Contacted),
        "qualified" => Ok(LeadStatus::Qualified),
        "disqualified" => Err(CliError::Usage(crate::t!("leads-use-disqualify"))),
        "converted" => Err(CliError::Usage(crate::t!("leads-convert-instead"))),
        other => Err(CliError::Usage(crate::t!(
            "leads-status-unknown",
            text = other,
            names = STATUS_NAMES.join(", ")
        ))),
    }
}

fn edit(args: EditArgs) -> Result<LeadCommand, CliError> {
    let campaign = match args.campaign.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(text) => Some(Some(text.parse::<u64>().map_err(|_| {
            CliError::Usage(crate::t!("leads-campaign-invalid", text = text))
        })?)),
    };
    Ok(LeadCommand::Edit {
        id: args.id,
        edit: Box::new(LeadEdit {
            kind: args.kind,
            name: args.name,
            company: args.company,
            emails: args.email,
            phones: args.phone,
            city: args.city,
            postal_code: args.postal_code,
            country: args.country,
            notes: args.notes,
            owner: args.owner,
            score: args.score,
            campaign,
            source: args.source,
            medium: args.medium,
        }),
    })
}

/// `convert` without a target: the candidates, then what to type (exit 2).
fn choose(context: &mut Context, id: u64) -> Result<(), CliError> {
    let found = crate::core::leads::duplicates(&context.store, &context.actor, id)?;
    candidates(context, id, &found)?;
    let customer = found
        .iter()
        .find(|candidate| candidate.kind == crate::core::leads::CandidateKind::Customer);
    Err(CliError::Usage(match customer {
        Some(first) => crate::t!(
            "leads-convert-choose",
            id = id.to_string(),
            first = first.id.to_string()
        ),
        None => crate::t!("leads-convert-choose-fresh", id = id.to_string()),
    }))
}

fn candidates(context: &mut Context, id: u64, found: &[Candidate]) -> Result<(), CliError> {
    let human = context.format == Format::Table;
    if human && found.is_empty() {
        writeln!(
            context.out,
            "{}",
            crate::t!("leads-no-duplicates", id = id.to_string())
        )?;
        return Ok(());
    }
    let rows: Vec<Row> = found
        .iter()
        .map(|candidate| {
            let rules = candidate.rules.iter().map(|rule| match human {
                true => rule.label(),
                false => rule.name().to_string(),
            });
            vec![
                ("kind", Value::Text(candidate.kind.name().to_string())),
                ("id", Value::Integer(candidate.id as i64)),
                ("name", Value::Text(candidate.name.clone())),
                ("rules", Value::List(rules.collect())),
            ]
        })
        .collect();
    let columns = ["kind", "id", "name", "rules"];
    output::list_with_header(&mut context.out, context.format, &rows, &columns, &columns)?;
    Ok(())
}

fn written(context: &mut Context, lead: &Lead) -> Result<(), CliError> {
    match context.format {
        Format::Table => writeln!(
            context.out,
            "{}",
            crate::t!(
                "leads-saved",
                id = lead.id.to_string(),
                status = lead.status.label()
            )
        )?,
        format => output::record(&mut context.out, format, &row(lead, false))?,
    }
    Ok(())
}

const LIST_COLUMNS: &[&str] = &[
    "id", "name", "company", "status", "owner", "score", "source", "city",
];

fn list(context: &mut Context, filter: &LeadFilter) -> Result<(), CliError> {
    let found = crate::core::leads::list(&context.store, &context.actor, filter)?;
    let human = context.format == Format::Table;
    let rows: Vec<Row> = found.iter().map(|lead| row(lead, human)).collect();
    let fields: Vec<&str> = FIELDS.to_vec();
    output::list_with_header(
        &mut context.out,
        context.format,
        &rows,
        LIST_COLUMNS,
        &fields,
    )?;
    Ok(())
}

const FIELDS: [&str; 24] = [
    "id",
    "kind",
    "name",
    "company",
    "email",
    "phone",
    "city",
    "postal_code",
    "country",
    "owner",
    "score",
    "status",
    "reason",
    "campaign",
    "source",
    "medium",
    "first_touch",
    "last_touch",
    "converted_customer",
    "converted_opportunity",
    "notes",
    "created",
    "updated",
    "version",
];

fn instant(at: time::OffsetDateTime, human: bool) -> String {
    match human {
        true => crate::lang::format::instant(at),
        false => at.format(&Rfc3339).unwrap_or_default(),
    }
}

/// A touch in one cell: `at source/medium #campaign`.
fn touch(touch: &Option<Touch>, human: bool) -> String {
    let Some(touch) = touch else {
        return String::new();
    };
    let mut text = format!("{} {}", instant(touch.at, human), touch.source);
    if !touch.medium.is_empty() {
        text.push('/');
        text.push_str(&touch.medium);
    }
    if let Some(campaign) = touch.campaign {
        text.push_str(&format!(" #{campaign}"));
    }
    text
}

/// A lead's fields in `FIELDS` order; labels and local times for people.
fn row(lead: &Lead, human: bool) -> Row {
    let optional =
        |id: Option<u64>| id.map_or(Value::Text(String::new()), |id| Value::Integer(id as i64));
    let reason = match &lead.status {
        LeadStatus::Disqualified { reason } => reason.clone(),
        _ => String::new(),
    };
    vec![
        ("id", Value::Integer(lead.id as i64)),
        (
            "kind",
            Value::Text(match human {
                true => lead.kind.label(),
                false => lead.kind.name().to_string(),
            }),
        ),
        ("name", Value::Text(lead.name.clone())),
        ("company", Value::Text(lead.company.clone())),
        ("email", Value::List(lead.emails.clone())),
        (
            "phone",
            Value::List(lead.phones.iter().map(|p| p.e164.clone()).collect()),
        ),
        ("city", Value::Text(lead.city.clone())),
        ("postal_code", Value::Text(lead.postal_code.clone())),
        (
            "country",
            Value::Text(
                lead.country
                    .map(|c| c.code().to_string())
                    .unwrap_or_default(),
            ),
        ),
        ("owner", Value::Text(lead.owner.clone())),
        (
            "score",
            lead.score
                .map_or(Value::Text(String::new()), |s| Value::Integer(i64::from(s))),
        ),
        (
            "status",
            Value::Text(match human {
                true => lead.status.label(),
                false => lead.status.name().to_string(),
            }),
        ),
        ("reason", Value::Text(reason)),
        ("campaign", optional(lead.campaign)),
        ("source", Value::Text(lead.source.clone())),
        ("medium", Value::Text(lead.medium.clone())),
        ("first_touch", Value::Text(touch(&lead.first_touch, human))),
        ("last_touch", Value::Text(touch(&lead.last_touch, human))),
        (
            "converted_customer",
            optional(lead.converted_to.map(|c| c.customer)),
        ),
        (
            "converted_opportunity",
            optional(lead.converted_to.map(|c| c.opportunity)),
        ),
        ("notes", Value::Text(lead.notes.clone())),
        ("created", Value::Text(instant(lead.created, human))),
        ("updated", Value::Text(instant(lead.updated, human))),
        ("version", Value::Integer(lead.version as i64)),
    ]
}
