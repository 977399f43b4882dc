//! `kontor mailgate --queue Q` as Postfix, Exim or fetchmail call it: one RFC 5322 message
//! on stdin, filed by `mail::gate`; and `kontor mail quarantine list|show|reprocess|delete`
//! and `kontor mail attachment BLOB` (an attachment's bytes). Room: cli.
//!
//! Exit status of the mailgate (sysexits): 0 stored — on a ticket, in quarantine, or
//! already there; 75 (EX_TEMPFAIL) when the database is busy (another process holds it and
//! no `kontor serve` answers on its control socket), the disk is full, or the store failed
//! otherwise — nothing was stored, the mail system delivers again later. Never 65: what
//! cannot be read as mail is kept in quarantine. While `kontor serve` holds the database,
//! the message is handed to it over `control.sock` and its answer is the exit status.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value as Json, json};
use time::format_description::well_known::Rfc3339;

use super::args::Format;
use super::{CliError, Context};
use crate::core::Clock;
use crate::core::mailgate::{self as gate_core, reason_text};
use crate::domain::mail_quarantine::QuarantinedMail;
use crate::mail::gate;
use crate::store::{Store, StoreError};

/// EX_TEMPFAIL: the mail system keeps the message and tries again.
pub const TEMPFAIL: u8 = 75;
/// The most of a message read into memory; the rest is counted, not kept.
const READ_CAP: u64 = 256 * 1024 * 1024;
/// How long the mailgate waits for a database another process holds briefly.
const BUSY_WAIT: Duration = Duration::from_secs(3);

#[derive(Debug, Args)]
pub struct MailgateArgs {
    /// The queue a message that opens a ticket goes to
    #[arg(long)]
    pub queue: String,
}

#[derive(Debug, Subcommand)]
pub enum QuarantineCmd {
    /// The kept messages, newest first
    List,
    /// One kept message: why, and its raw bytes (`--raw`: only the bytes)
    Show {
        /// Number of the kept message
        id: u64,
        /// Write only the message's bytes, as they arrived
        #[arg(long)]
        raw: bool,
    },
    /// Run a kept message through the mailgate again
    Reprocess {
        /// Number of the kept message
        id: u64,
    },
    /// Delete a kept message for good
    Delete {
        /// Number of the kept message
        id: u64,
    },
}

/// Reads the message on stdin and files it (see the module header).
pub fn mailgate(
    place: super::Place<'_>,
    args: &MailgateArgs,
    clock: Clock,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let (raw, size) = read_message(&mut std::io::stdin().lock())?;
    let dir = place.0;
    let store = match open(place) {
        Ok(store) => store,
        Err(StoreError::InUse(_)) => {
            let json = matches!(format, Format::Json);
            return hand_to_server(dir, args, (&raw, size), json, out);
        }
        Err(error) => return Err(CliError::TempFail(error.to_string())),
    };
    let received = gate::receive(&store, clock.now(), &args.queue, &raw, size)
        .map_err(|error| CliError::TempFail(error.to_string()))?;
    match format {
        Format::Json => writeln!(out, "{}", gate::report_json(&received))?,
        _ => writeln!(out, "{}", gate::report(&received))?,
    }
    Ok(())
}

/// The store, waiting a moment for a process that holds it briefly.
fn open((dir, url): super::Place<'_>) -> Result<Store, StoreError> {
    let open = || Store::open_at(dir, url, &mut |_| {});
    match open() {
        Err(StoreError::InUse(_))
            if !dir.join(crate::server::control::FILE).exists()
                && Store::wait_until_free(dir, BUSY_WAIT) =>
        {
            open()
        }
        other => other,
    }
}

/// While `kontor serve` holds the database: its answer, else EX_TEMPFAIL.
fn hand_to_server(
    dir: &Path,
    args: &MailgateArgs,
    (raw, size): (&[u8], u64),
    json: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let busy = || CliError::TempFail(crate::t!("mailgate-busy", path = dir.display().to_string()));
    match crate::server::control::request_mailgate(dir, &args.queue, (raw, size), json) {
        Ok(Some((0, line))) => {
            writeln!(out, "{line}")?;
            Ok(())
        }
        Ok(Some((_, line))) => Err(CliError::TempFail(line)),
        Ok(None) => Err(busy()),
        Err(error) => Err(CliError::TempFail(error.to_string())),
    }
}

/// The message's bytes (at most `READ_CAP`) and its whole size.
fn read_message(input: &mut dyn Read) -> Result<(Vec<u8>, u64), CliError> {
    let mut raw = Vec::new();
    let read = input
        .take(READ_CAP)
        .read_to_end(&mut raw)
        .map_err(|error| CliError::TempFail(error.to_string()))?;
    let rest = std::io::copy(input, &mut std::io::sink())
        .map_err(|error| CliError::TempFail(error.to_string()))?;
    Ok((raw, read as u64 + rest))
}

fn kept_json(mail: &QuarantinedMail) -> Json {
    json!({
        "id": mail.id,
        "received_at": mail.received_at.format(&Rfc3339).unwrap_or_default(),
        "queue": mail.queue,
        "size": mail.size,
        "reason": mail.reason.name(),
        "why": reason_text(mail),
        "detail": mail.detail,
    })
}

/// `kontor mail quarantine …`.
pub fn quarantine(context: &mut Context, command: QuarantineCmd) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    match command {
        QuarantineCmd::List => {
            let kept = gate_core::quarantined(store, actor, usize::MAX)?;
            if matches!(context.format, Format::Json) {
                let rows: Vec<Json> = kept.iter().map(kept_json).collect();
                writeln!(context.out, "{}", Json::Array(rows))?;
            } else if kept.is_empty() {
                writeln!(context.out, "{}", crate::t!("mailgate-quarantine-empty"))?;
            } else {
                for mail in &kept {
                    let line = crate::t!(
                        "mailgate-quarantine-row",
                        id = mail.id.to_string(),
                        at = crate::lang::format::instant(mail.received_at),
                        queue = mail.queue.as_str(),
                        size = size_text(mail.size),
                        why = reason_text(mail)
                    );
                    writeln!(context.out, "{line}")?;
                }
            }
        }
        QuarantineCmd::Show { id, raw } => {
            let mail = gate_core::quarantined_mail(store, actor, id)?;
            if raw {
                context.out.write_all(&mail.raw)?;
            } else if matches!(context.format, Format::Json) {
                let mut object = kept_json(&mail);
                object["raw"] = json!(String::from_utf8_lossy(&mail.raw));
                writeln!(context.out, "{object}")?;
            } else {
                let line = crate::t!(
                    "mailgate-quarantine-row",
                    id = mail.id.to_string(),
                    at = crate::lang::format::instant(mail.received_at),
                    queue = mail.queue.as_str(),
                    size = size_text(mail.size),
                    why = reason_text(&mail)
                );
                writeln!(context.out, "{line}\n")?;
                writeln!(context.out, "{}", String::from_utf8_lossy(&mail.raw))?;
            }
        }
        QuarantineCmd::Reprocess { id } => {
            let received = gate::reprocess(store, actor, id, context.clock.now())?;
            match context.format {
                Format::Json => writeln!(context.out, "{}", gate::report_json(&received))?,
                _ => writeln!(context.out, "{}", gate::report(&received))?,
            }
        }
        QuarantineCmd::Delete { id } => {
            gate_core::delete_quarantined(store, actor, id)?;
            let line = crate::t!("mailgate-quarantine-deleted", id = id.to_string());
            writeln!(context.out, "{line}")?;
        }
    }
    Ok(())
}

/// `kontor mail attachment BLOB [--output FILE]`: a ticket attachment's bytes.
pub fn attachment(
    context: &mut Context,
    blob: u64,
    output: Option<PathBuf>,
) -> Result<(), CliError> {
    let bytes = gate_core::attachment(&context.store, &context.actor, blob)?;
    match output {
        Some(path) => std::fs::write(&path, bytes)?,
        None => context.out.write_all(&bytes)?,
    }
    Ok(())
}

fn size_text(size: u64) -> String {
    crate::lang::format::decimal(rust_decimal::Decimal::from(size))
}
