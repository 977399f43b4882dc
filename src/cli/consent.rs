//! `kontor consent add|withdraw|object|request|confirm|use|show|standing|evidence|text`:
//! the consent ledger on the command line. There is no edit or delete: the ledger is
//! append-only. `show` and `evidence` print a party's events (a table or a letter-like
//! report for people, in their language; CSV and JSON with machine names and RFC 3339
//! times). Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::{Value as Json, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::args::Format;
use super::{CliError, Context};
use crate::core::consent::{self, Given};
use crate::core::consent_optin;
use crate::domain::consent::{Action, Channel, ConsentEvent, Party, Standing};
use crate::lang::format;

#[derive(Debug, Subcommand)]
pub enum ConsentCmd {
    /// Record consent a person gave (a call, a signed form)
    Add(EventArgs),
    /// Record that a person took consent back for a purpose
    Withdraw(EventArgs),
    /// Record a person's objection to direct marketing on a channel (every purpose)
    Object(EventArgs),
    /// Ask for e-mail consent by double opt-in: records the request and queues the confirmation mail
    Request(RequestArgs),
    /// Confirm a requested consent with the token of its confirmation mail (support staff)
    Confirm {
        /// The token from the confirmation mail's link or subject
        token: String,
    },
    /// Record a marketing mail or call that relied on a confirmed consent
    Use {
        /// Number of the confirmation event relied on
        event: u64,
        /// The mailing or call (e.g. "call 2026-03-02 anna")
        #[arg(long)]
        what: String,
    },
    /// A party's consent history, oldest first
    Show {
        /// customer:ID or lead:ID (a bare number is a customer's)
        party: String,
    },
    /// Whether kontor may contact an address on a channel for a purpose now
    Standing {
        /// email, phone, sms or post
        #[arg(long)]
        channel: String,
        /// The e-mail address, phone number or postal address
        #[arg(long)]
        address: String,
        /// newsletter, offers, surveys, events, calls or a slug of your own
        #[arg(long)]
        purpose: String,
    },
    /// Everything kontor can prove about one person's consent (--format text|csv|json)
    Evidence {
        /// customer:ID or lead:ID (a bare number is a customer's)
        party: String,
    },
    /// Consent texts kept by version: add LABEL FILE, list
    #[command(subcommand)]
    Text(TextCmd),
}

#[derive(Debug, Subcommand)]
pub enum TextCmd {
    /// Keep the exact wording of a consent text under a version label
    Add {
        /// The version label, one word (e.g. newsletter-2026-01)
        label: String,
        /// A UTF-8 file with the text
        file: std::path::PathBuf,
    },
    /// Every consent text with its SHA-256
    List,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    /// email, phone, sms or post
    #[arg(long)]
    channel: String,
    /// The e-mail address, phone number or postal address
    #[arg(long)]
    address: String,
    /// How it came about: form, call, import, letter …
    #[arg(long)]
    source: String,
    #[command(flatten)]
    who: Who,
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// The address the confirmation mail goes to
    #[arg(long)]
    email: String,
    /// How the request came: form, call, fair …
    #[arg(long, default_value = "form")]
    source: String,
    #[command(flatten)]
    who: Who,
}

/// Whose consent, for what, with which text, from where: what every event names.
#[derive(Debug, Args)]
pub struct Who {
    /// customer:ID or lead:ID (a bare number is a customer's)
    #[arg(long)]
    party: String,
    /// newsletter, offers, surveys, events, calls or a slug of your own
    #[arg(long)]
    purpose: String,
    /// The contact person's name (empty: the customer or lead itself)
    #[arg(long, default_value = "")]
    person: String,
    /// The label of the consent text shown
    #[arg(long, default_value = "")]
    text: String,
    /// The IP address it came from
    #[arg(long, default_value = "")]
    ip: String,
}

fn party(text: &str) -> Result<Party, CliError> {
    Party::parse(text).map_err(|problem| CliError::Core(problem.into()))
}

fn given(who: Who, channel: Channel, address: String, source: String) -> Result<Given, CliError> {
    Ok(Given {
        party: Some(party(&who.party)?),
        person: who.person,
        channel: Some(channel),
        address,
        purpose: who.purpose,
        source,
        text: who.text,
        ip: who.ip,
    })
}

fn event_given(args: EventArgs) -> Result<Given, CliError> {
    let channel = Channel::parse(&args.channel).map_err(|p| CliError::Core(p.into()))?;
    given(args.who, channel, args.address, args.source)
}

pub fn consent_cmd(context: &mut Context, command: ConsentCmd) -> Result<(), CliError> {
    let now = context.clock.now();
    let (store, actor) = (&context.store, &context.actor);
    let recorded = match command {
        ConsentCmd::Add(args) => {
            consent::record(store, actor, now, &event_given(args)?, Action::Confirmed)?
        }
        ConsentCmd::Withdraw(args) => {
            consent::record(store, actor, now, &event_given(args)?, Action::Withdrawn)?
        }
        ConsentCmd::Object(args) => {
            consent::record(store, actor, now, &event_given(args)?, Action::Objected)?
        }
        ConsentCmd::Request(args) => {
            let given = given(args.who, Channel::Email, args.email, args.source)?;
            let (event, mail) = consent_optin::request(store, actor, now, &given)?;
            return match context.format {
                Format::Table => Ok(writeln!(
                    context.out,
                    "{}",
                    crate::t!(
                        "consent-requested",
                        id = event.id.to_string(),
                        address = event.address.as_str(),
                        mail = mail.to_string()
                    )
                )?),
                _ => Ok(writeln!(
                    context.out,
                    "{}",
                    json!({"event": event_json(&event), "outbox": mail})
                )?),
            };
        }
        ConsentCmd::Confirm { token } => consent_optin::confirm(store, actor, &token, now)?,
        ConsentCmd::Use { event, what } => consent::record_use(store, actor, event, &what, now)?,
        ConsentCmd::Show { party: text } => {
            let events = consent::history(store, actor, party(&text)?)?;
            return events_out(context, &events);
        }
        ConsentCmd::Standing {
            channel,
            address,
            purpose,
        } => {
            let channel = Channel::parse(&channel).map_err(|p| CliError::Core(p.into()))?;
            let standing = consent::standing_for(store, actor, channel, &address, &purpose, now)?;
            return standing_out(context, standing);
        }
        ConsentCmd::Evidence { party: text } => {
            let evidence = consent::evidence(store, actor, party(&text)?, now)?;
            return super::consent_evidence::write(context, &evidence);
        }
        ConsentCmd::Text(command) => return text_cmd(context, command),
    };
    match context.format {
        Format::Table => writeln!(
            context.out,
            "{}",
            crate::t!(
                "consent-recorded",
                id = recorded.id.to_string(),
                action = action_word(&recorded.action)
            )
        )?,
        _ => writeln!(context.out, "{}", event_json(&recorded))?,
    }
    Ok(())
}

fn text_cmd(context: &mut Context, command: TextCmd) -> Result<(), CliError> {
    let now = context.clock.now();
    match command {
        TextCmd::Add { label, file } => {
            let text = std::fs::read_to_string(&file).map_err(|error| {
                CliError::Usage(crate::t!(
                    "consent-text-unreadable",
                    file = file.display().to_string(),
                    error = error.to_string()
                ))
            })?;
            let kept = consent::add_text(&context.store, &context.actor, now, &label, &text)?;
            writeln!(
                context.out,
                "{}",
                crate::t!(
                    "consent-text-kept",
                    label = kept.label.as_str(),
                    sha256 = kept.sha256.as_str()
                )
            )?;
        }
        TextCmd::List => {
            let texts = consent::texts(&context.store, &context.actor)?;
            let rows: Vec<Json> = texts
                .iter()
                .map(|t| json!({"label": t.label, "sha256": t.sha256, "added_at": rfc3339(t.added_at), "text": t.text}))
                .collect();
            match context.format {
                Format::Table => {
                    for t in &texts {
                        writeln!(
                            context.out,
                            "{}  {}  {}",
                            t.label,
                            t.sha256,
                            format::instant(t.added_at)
                        )?;
                    }
                }
                _ => writeln!(context.out, "{}", Json::Array(rows))?,
            }
        }
    }
    Ok(())
}

fn standing_out(context: &mut Context, standing: Standing) -> Result<(), CliError> {
    let (allowed, relied_on, reason, event) = match standing {
        Standing::May { relied_on } => (true, relied_on, None, None),
        Standing::MayNot { reason, event } => (false, None, Some(reason), event),
    };
    match context.format {
        Format::Table => {
            let line = match (relied_on, reason) {
                (Some(id), _) => crate::t!("consent-may-relying", id = id.to_string()),
                (None, None) => crate::t!("consent-may-post"),
                (None, Some(reason)) => crate::t!("consent-may-not", reason = refusal_word(reason)),
            };
            writeln!(context.out, "{line}")?;
        }
        _ => writeln!(
            context.out,
            "{}",
            json!({"allowed": allowed, "relied_on": relied_on, "reason": reason.map(|r| r.name()), "event": event})
        )?,
    }
    Ok(())
}

/// A refusal in the current language.
pub(super) fn refusal_word(reason: crate::domain::consent::Refusal) -> String {
    reason.label()
}

/// An action in the current language.
pub(super) fn action_word(action: &Action) -> String {
    match action {
        Action::Requested => crate::t!("consent-action-requested"),
        Action::Confirmed => crate::t!("consent-action-confirmed"),
        Action::Withdrawn => crate::t!("consent-action-withdrawn"),
        Action::Objected => crate::t!("consent-action-objected"),
        Action::Used { .. } => crate::t!("consent-action-used"),
        Action::Merged { .. } => crate::t!("wiring-action-merged"),
    }
}

pub(super) fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// The fields of an event for machines, in this order (CSV's header too).
pub(super) const COLUMNS: [&str; 15] = [
    "id",
    "party",
    "person",
    "channel",
    "address",
    "purpose",
    "action",
    "relied_on",
    "what",
    "at",
    "source",
    "text_version",
    "text_sha256",
    "ip",
    "actor",
];

/// An event's values in `COLUMNS` order.
pub(super) fn event_values(event: &ConsentEvent) -> [String; 15] {
    let (relied_on, what) = match &event.action {
        Action::Used { relied_on, what } => (relied_on.to_string(), what.clone()),
        Action::Merged { original } => (original.to_string(), String::new()),
        _ => (String::new(), String::new()),
    };
    [
        event.id.to_string(),
        event.party.code(),
        event.person.clone(),
        event.channel.name().to_string(),
        event.address.clone(),
        event.purpose.clone(),
        event.action.name().to_string(),
        relied_on,
        what,
        rfc3339(event.at),
        event.source.clone(),
        event.text_version.clone(),
        event.text_sha256.clone(),
        event.ip.clone(),
        event.actor.clone(),
    ]
}

pub(super) fn event_json(event: &ConsentEvent) -> Json {
    let mut object = serde_json::Map::new();
    for (column, value) in COLUMNS.iter().zip(event_values(event)) {
        let value = match *column {
            "id" => json!(event.id),
            "relied_on" if value.is_empty() => Json::Null,
            "relied_on" => json!(value.parse::<u64>().unwrap_or_default()),
            _ => Json::String(value),
        };
        object.insert((*column).to_string(), value);
    }
    Json::Object(object)
}

fn events_out(context: &mut Context, events: &[ConsentEvent]) -> Result<(), CliError> {
    match context.format {
        Format::Json => {
            let list: Vec<Json> = events.iter().map(event_json).collect();
            writeln!(context.out, "{}", Json::Array(list))?;
        }
        Format::Csv => super::consent_evidence::csv_events(&mut context.out, events)?,
        Format::Table => {
            for event in events {
                writeln!(
                    context.out,
                    "{}",
                    super::consent_evidence::event_line(event)
                )?;
            }
            if let Some(until) = crate::domain::consent::keep_until(events) {
                writeln!(
                    context.out,
                    "{}",
                    crate::t!(
                        "consent-evidence-keep-until",
                        date = format::date(until.date())
                    )
                )?;
            }
        }
    }
    Ok(())
}
