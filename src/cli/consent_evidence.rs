//! `kontor consent evidence PARTY` (and `show`'s table lines): the complete evidence for
//! one person — as a plain letter-like report in the user's language (`--format table`,
//! alias `text`), as CSV (one row per event, the columns of `consent::COLUMNS`) or as JSON
//! (the party, the standings now, "keep until", every event and the consent texts with
//! their SHA-256).
//! Room: cli.

use std::io::Write;

use serde_json::{Value as Json, json};

use super::args::Format;
use super::consent::{COLUMNS, action_word, event_json, event_values, refusal_word, rfc3339};
use super::{CliError, Context};
use crate::core::consent::Evidence;
use crate::domain::consent::{ConsentEvent, Party, Standing};
use crate::lang::format;

/// Writes `evidence` in the context's format.
pub fn write(context: &mut Context, evidence: &Evidence) -> Result<(), CliError> {
    match context.format {
        Format::Json => writeln!(context.out, "{}", evidence_json(evidence))?,
        Format::Csv => csv_events(&mut context.out, &evidence.events)?,
        Format::Table => letter(&mut context.out, evidence)?,
    }
    Ok(())
}

/// The events as CSV with a header.
pub fn csv_events(out: &mut dyn Write, events: &[ConsentEvent]) -> Result<(), CliError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |error: csv::Error| CliError::Failed(error.to_string());
    writer.write_record(COLUMNS).map_err(failed)?;
    for event in events {
        writer.write_record(event_values(event)).map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| CliError::Failed(error.to_string()))?;
    out.write_all(&bytes)?;
    Ok(())
}

fn standing_json(standing: Standing) -> Json {
    match standing {
        Standing::May { relied_on } => json!({"allowed": true, "relied_on": relied_on}),
        Standing::MayNot { reason, event } => {
            json!({"allowed": false, "reason": reason.name(), "event": event})
        }
    }
}

fn evidence_json(evidence: &Evidence) -> Json {
    json!({
        "party": evidence.party.code(),
        "name": evidence.name,
        "at": rfc3339(evidence.at),
        "keep_until": evidence.keep_until.map(rfc3339),
        "standing": evidence.lines.iter().map(|line| {
            let mut object = json!({
                "channel": line.channel.name(), "address": line.address, "purpose": line.purpose,
            });
            if let (Some(object), Json::Object(standing)) = (object.as_object_mut(), standing_json(line.standing)) {
                object.extend(standing);
            }
            object
        }).collect::<Vec<_>>(),
        "events": evidence.events.iter().map(event_json).collect::<Vec<_>>(),
        "texts": evidence.texts.iter().map(|text| json!({
            "label": text.label, "sha256": text.sha256, "added_at": rfc3339(text.added_at), "text": text.text,
        })).collect::<Vec<_>>(),
    })
}

/// One event in a line a person reads.
pub fn event_line(event: &ConsentEvent) -> String {
    let mut line = crate::t!(
        "consent-event-line",
        id = event.id.to_string(),
        at = format::instant(event.at),
        action = action_word(&event.action),
        channel = event.channel.name(),
        address = event.address.as_str(),
        purpose = event.purpose.as_str(),
        source = event.source.as_str(),
        actor = event.actor.as_str()
    );
    if let crate::domain::consent::Action::Used { relied_on, what } = &event.action {
        line.push_str(&crate::t!(
            "consent-event-used",
            relied_on = relied_on.to_string(),
            what = what.as_str()
        ));
    }
    if !event.person.is_empty() {
        line.push_str(&crate::t!(
            "consent-event-person",
            person = event.person.as_str()
        ));
    }
    if !event.text_version.is_empty() {
        line.push_str(&crate::t!(
            "consent-event-text",
            label = event.text_version.as_str(),
            sha256 = event.text_sha256.as_str()
        ));
    }
    if !event.ip.is_empty() {
        line.push_str(&crate::t!("consent-event-ip", ip = event.ip.as_str()));
    }
    line
}

fn party_words(evidence: &Evidence) -> String {
    match evidence.party {
        Party::Customer(id) => crate::t!(
            "consent-evidence-customer",
            id = id.to_string(),
            name = evidence.name.as_str()
        ),
        Party::Lead(id) => crate::t!("consent-evidence-lead", id = id.to_string()),
    }
}

fn letter(out: &mut dyn Write, evidence: &Evidence) -> std::io::Result<()> {
    writeln!(
        out,
        "{}",
        crate::t!("consent-evidence-title", party = party_words(evidence))
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        crate::t!("consent-evidence-as-of", at = format::instant(evidence.at))
    )?;
    match evidence.keep_until {
        Some(until) => writeln!(
            out,
            "{}",
            crate::t!(
                "consent-evidence-keep-until",
                date = format::date(until.date())
            )
        )?,
        None => writeln!(out, "{}", crate::t!("consent-evidence-none"))?,
    }
    writeln!(out)?;
    writeln!(out, "{}", crate::t!("consent-evidence-standing"))?;
    for line in &evidence.lines {
        let verdict = match line.standing {
            Standing::May {
                relied_on: Some(id),
            } => {
                crate::t!("consent-may-relying", id = id.to_string())
            }
            Standing::May { relied_on: None } => crate::t!("consent-may-post"),
            Standing::MayNot { reason, .. } => {
                crate::t!("consent-may-not", reason = refusal_word(reason))
            }
        };
        writeln!(
            out,
            "  {} {}, {}: {verdict}",
            line.channel.name(),
            line.address,
            line.purpose
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", crate::t!("consent-evidence-history"))?;
    for event in &evidence.events {
        writeln!(out, "  {}", event_line(event))?;
    }
    if !evidence.texts.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", crate::t!("consent-evidence-texts"))?;
        for text in &evidence.texts {
            writeln!(out, "  {} (SHA-256 {}):", text.label, text.sha256)?;
            for line in text.text.lines() {
                writeln!(out, "    {line}")?;
            }
        }
    }
    Ok(())
}
