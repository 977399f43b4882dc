//! `kontor mail outbox|retry|send|test`: the outbox on the command line. `outbox [--state
//! S]` lists the messages, newest first (a table for people: the state in the current
//! language, times as it writes them, the server's reply of a sent or failed one or the
//! last temporary refusal of a queued one; JSON and CSV the machine names and RFC 3339
//! times); `retry ID | --all-failed` queues failed messages again; `send` delivers what is
//! due now (what cron or `kontor serve` runs); `test ADDRESS` queues a test message and
//! delivers the outbox. Room: cli.

use std::io::Write;

use clap::Subcommand;
use serde_json::{Value as Json, json};
use time::format_description::well_known::Rfc3339;

use super::args::Format;
use super::{CliError, Context};
use crate::core::mail_settings::MailSettings;
use crate::core::outbox::{self, Draft};
use crate::domain::outbox::{DeliveryState, OutboxMail};
use crate::lang::format;
use crate::mail::outgoing::{self, Report};
use crate::mail::smtp::Smtp;

#[derive(Debug, Subcommand)]
pub enum MailCmd {
    /// List the outbox, newest first
    Outbox {
        /// Only messages in this state: queued, sending, sent, failed
        #[arg(long)]
        state: Option<String>,
    },
    /// Queue a failed message again (due now)
    Retry {
        /// Number of the outbox message
        #[arg(required_unless_present = "all_failed", conflicts_with = "all_failed")]
        id: Option<u64>,
        /// Queue every failed message again
        #[arg(long)]
        all_failed: bool,
    },
    /// Deliver every message that is due now through the SMTP server
    Send,
    /// Queue a test message to ADDRESS and deliver the outbox
    Test {
        /// Where the test message goes
        address: String,
    },
    /// Messages the mailgate kept instead of filing them: list, show, reprocess, delete
    #[command(subcommand)]
    Quarantine(super::mailgate::QuarantineCmd),
    /// The bytes of a ticket attachment (its blob number, `ticket show --format json`)
    Attachment {
        /// Number of the attachment's blob
        blob: u64,
        /// Write them to this file instead of stdout
        #[arg(long)]
        output: Option<std::path::PathBuf>,
    },
}

pub fn mail(context: &mut Context, command: MailCmd) -> Result<(), CliError> {
    let now = context.clock.now();
    match command {
        MailCmd::Outbox { state } => {
            let mails = outbox::list(&context.store, &context.actor, state.as_deref())?;
            show(context, &mails)
        }
        MailCmd::Retry { id: Some(id), .. } => {
            outbox::retry(&context.store, &context.actor, id, now)?;
            writeln!(
                context.out,
                "{}",
                crate::t!("mail-retried", id = id.to_string())
            )?;
            Ok(())
        }
        MailCmd::Retry { id: None, .. } => {
            let count = outbox::retry_failed(&context.store, &context.actor, now)?;
            writeln!(
                context.out,
                "{}",
                crate::t!("mail-retried-failed", count = count)
            )?;
            Ok(())
        }
        MailCmd::Send => send(context),
        MailCmd::Quarantine(command) => super::mailgate::quarantine(context, command),
        MailCmd::Attachment { blob, output } => super::mailgate::attachment(context, blob, output),
        MailCmd::Test { address } => {
            let settings = MailSettings::load(&context.store)?;
            let draft = Draft {
                to: vec![address.clone()],
                subject: crate::t!("mail-test-subject"),
                body: format!(
                    "{}\n",
                    crate::t!("mail-test-body", server = settings.host.as_str())
                ),
                ..Draft::default()
            };
            let mail = outbox::enqueue(&context.store, &context.actor, now, &draft)?;
            writeln!(
                context.out,
                "{}",
                crate::t!(
                    "mail-queued",
                    id = mail.id.to_string(),
                    to = address.as_str(),
                    message_id = mail.message_id.as_str()
                )
            )?;
            send(context)
        }
    }
}

/// Delivers what is due and says how it went.
fn send(context: &mut Context) -> Result<(), CliError> {
    crate::core::access::require(
        &context.actor,
        crate::core::access::Area::Admin,
        crate::core::access::Access::Write,
    )?;
    let settings = MailSettings::load(&context.store)?;
    let smtp = Smtp::new(&settings).map_err(|error| CliError::Usage(error.to_string()))?;
    let report = outgoing::deliver_due(&context.store, &smtp, &settings, context.clock.now())?;
    write_report(context, &report)
}

fn write_report(context: &mut Context, report: &Report) -> Result<(), CliError> {
    if matches!(context.format, Format::Json) {
        let object = json!({
            "sent": report.sent,
            "deferred": report.deferred,
            "failed": report.failed,
        });
        writeln!(context.out, "{object}")?;
    } else if report.tried() == 0 {
        writeln!(context.out, "{}", crate::t!("mail-nothing-due"))?;
    } else {
        let line = crate::t!(
            "mail-sent-report",
            sent = report.sent,
            deferred = report.deferred,
            failed = report.failed
        );
        writeln!(context.out, "{line}")?;
    }
    Ok(())
}

/// The instant a message's state is about and the server's words on it.
fn when_and_reply(mail: &OutboxMail) -> (time::OffsetDateTime, String) {
    match &mail.state {
        DeliveryState::Sent { at, reply } => (*at, reply.clone()),
        DeliveryState::Failed { at, code: 0, reply } => (*at, reply.clone()),
        DeliveryState::Failed { at, code, reply } => (*at, format!("{code} {reply}")),
        _ => (mail.next_attempt_at, mail.last_error.clone()),
    }
}

const FIELDS: [&str; 8] = [
    "id",
    "state",
    "message_id",
    "to",
    "subject",
    "attempts",
    "at",
    "reply",
];

fn show(context: &mut Context, mails: &[OutboxMail]) -> Result<(), CliError> {
    let machine = |mail: &OutboxMail| {
        let (at, reply) = when_and_reply(mail);
        let at = at.format(&Rfc3339).unwrap_or_default();
        (at, reply)
    };
    match context.format {
        Format::Json => {
            let rows: Vec<Json> = mails
                .iter()
                .map(|mail| {
                    let (at, reply) = machine(mail);
                    json!({
                        "id": mail.id,
                        "state": mail.state.name(),
                        "message_id": mail.message_id,
                        "to": mail.to,
                        "cc": mail.cc,
                        "subject": mail.subject,
                        "attempts": mail.attempts,
                        "at": at,
                        "reply": reply,
                        "origin": mail.origin.as_ref().map(|o| json!({
                            "kind": o.kind, "id": o.id, "seq": o.seq
                        })),
                    })
                })
                .collect();
            writeln!(context.out, "{}", Json::Array(rows))?;
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut context.out);
            writer.write_record(FIELDS).map_err(csv_error)?;
            for mail in mails {
                let (at, reply) = machine(mail);
                writer
                    .write_record([
                        mail.id.to_string(),
                        mail.state.name().to_string(),
                        mail.message_id.clone(),
                        mail.to.join("|"),
                        mail.subject.clone(),
                        mail.attempts.to_string(),
                        at,
                        reply,
                    ])
                    .map_err(csv_error)?;
            }
            writer.flush()?;
        }
        Format::Table => table(context, mails)?,
    }
    Ok(())
}

fn csv_error(error: csv::Error) -> CliError {
    CliError::Failed(error.to_string())
}

fn table(context: &mut Context, mails: &[OutboxMail]) -> Result<(), CliError> {
    if mails.is_empty() {
        writeln!(context.out, "{}", crate::t!("mail-outbox-empty"))?;
        return Ok(());
    }
    let headings = [
        "mail-col-id",
        "mail-col-state",
        "mail-col-to",
        "mail-col-subject",
        "mail-col-attempts",
        "mail-col-when",
        "mail-col-reply",
    ]
    .map(crate::lang::text);
    let rows: Vec<[String; 7]> = mails
        .iter()
        .map(|mail| {
            let (at, reply) = when_and_reply(mail);
            let state = match mail.state {
                DeliveryState::Queued => crate::t!("mail-state-queued"),
                DeliveryState::Sending => crate::t!("mail-state-sending"),
                DeliveryState::Sent { .. } => crate::t!("mail-state-sent"),
                DeliveryState::Failed { .. } => crate::t!("mail-state-failed"),
            };
            [
                mail.id.to_string(),
                state,
                mail.to.join(", "),
                mail.subject.clone(),
                format::decimal(mail.attempts.into()),
                format::instant(at),
                reply,
            ]
        })
        .collect();
    let mut widths = headings.clone().map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String; 7]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(column, (cell, width))| match column {
                6 => cell.clone(),
                _ => format!("{cell:<width$}"),
            })
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    writeln!(context.out, "{}", line(&headings))?;
    for row in &rows {
        writeln!(context.out, "{}", line(row))?;
    }
    Ok(())
}
