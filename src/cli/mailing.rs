//! `kontor mailing add|list|preview|dry-run|send|status|resend-uncertain|suppress`:
//! marketing mailings on the command line. `send` plans the ledger and runs the batch in
//! the foreground (a progress bar on a terminal); run again, it resumes where an
//! interrupted one stopped — sends interrupted while being handed over are uncertain and
//! go again only by `resend-uncertain`. JSON output names states by their machine names.
//! Room: cli.

use std::io::Write;

use clap::Subcommand;
use serde_json::json;

use super::args::Format;
use super::{CliError, Context};
use crate::core::mail_settings::MailSettings;
use crate::core::mailing::{self, NewMailing, Skip};
use crate::core::mailing_ledger;
use crate::domain::mailing::send::{Recipient, SuppressReason, address_key};
use crate::domain::salutation::Salutation;
use crate::mail::mailing::{Batch, Report, Tokens, letter, run};
use crate::mail::smtp::Smtp;

#[derive(Debug, Subcommand)]
pub enum MailingCmd {
    /// Write a draft mailing to the customers and contacts carrying a tag or of a segment
    Add {
        /// Name of the mailing
        #[arg(long)]
        name: String,
        /// Subject line (merge fields allowed)
        #[arg(long)]
        subject: String,
        /// Text body (merge fields such as {salutation}, {name}, {unsubscribe_url})
        #[arg(long, required_unless_present = "body_file")]
        body: Option<String>,
        /// Read the text body from this file
        #[arg(long, conflicts_with = "body")]
        body_file: Option<std::path::PathBuf>,
        /// Read an HTML part from this file
        #[arg(long)]
        html_file: Option<std::path::PathBuf>,
        /// The audience: customers and contacts carrying this tag
        #[arg(long, required_unless_present = "segment")]
        tag: Option<String>,
        /// The audience: the customers of this saved segment (its id) and their contacts
        #[arg(long, conflicts_with = "tag")]
        segment: Option<u64>,
        /// The consent purpose the mailing relies on
        #[arg(long, default_value = "newsletter")]
        purpose: String,
        /// The campaign it belongs to
        #[arg(long)]
        campaign: Option<u64>,
    },
    /// List the mailings, newest first
    List,
    /// Show the message one recipient would get
    Preview {
        /// Number of the mailing
        id: u64,
        /// A customer number (id) or an e-mail address of the audience
        #[arg(long)]
        to: String,
    },
    /// List every audience member who would not be mailed, and why
    DryRun {
        /// Number of the mailing
        id: u64,
    },
    /// Send the mailing now (resumes an interrupted send)
    Send {
        /// Number of the mailing
        id: u64,
    },
    /// Counts of the mailing's sends by state, the uncertain and failed addresses
    Status {
        /// Number of the mailing
        id: u64,
    },
    /// Plan the uncertain sends again (their recipients may get the mail twice)
    ResendUncertain {
        /// Number of the mailing
        id: u64,
    },
    /// Put an address on the suppression list: it gets no marketing mail
    Suppress {
        /// The e-mail address
        address: String,
        /// unsubscribed, hard-bounce, soft-bounces, complaint or manual
        #[arg(long, default_value = "manual")]
        reason: String,
    },
}

pub fn mailing(context: &mut Context, command: MailingCmd) -> Result<(), CliError> {
    let now = context.clock.now();
    let (store, actor) = (&context.store, &context.actor);
    match command {
        MailingCmd::Add {
            name,
            subject,
            body,
            body_file,
            html_file,
            tag,
            segment,
            purpose,
            campaign,
        } => {
            let read = |path: &std::path::Path| {
                std::fs::read_to_string(path)
                    .map_err(|error| CliError::Usage(format!("{}: {error}", path.display())))
            };
            let body = match (body, body_file) {
                (Some(body), _) => body,
                (None, Some(path)) => read(&path)?,
                (None, None) => String::new(),
            };
            let html = html_file.map(|path| read(&path)).transpose()?;
            let new = NewMailing {
                name,
                subject,
                body,
                html,
                tag: tag.unwrap_or_default(),
                segment,
                purpose,
                campaign,
            };
            let mailing = mailing::add(store, actor, now, &new)?;
            match context.format {
                Format::Json => writeln!(context.out, "{}", json!({"id": mailing.id}))?,
                _ => writeln!(
                    context.out,
                    "{}",
                    crate::t!("mailing-added", id = mailing.id.to_string())
                )?,
            }
            Ok(())
        }
        MailingCmd::List => {
            for mailing in mailing::list(store, actor)? {
                writeln!(
                    context.out,
                    "{}\t{}\t{}",
                    mailing.id,
                    mailing.state.name(),
                    mailing.name
                )?;
            }
            Ok(())
        }
        MailingCmd::Preview { id, to } => preview(context, id, &to),
        MailingCmd::DryRun { id } => {
            let mailing = mailing::get(store, actor, id)?;
            let members = mailing::audience(store, actor, &mailing, now)?;
            let skipped: Vec<_> = members.iter().filter(|m| m.skip.is_some()).collect();
            if context.format == Format::Json {
                let rows: Vec<_> = skipped
                    .iter()
                    .map(|member| {
                        json!({
                            "kind": member.kind.name(),
                            "customer": member.recipient.customer,
                            "lead": member.recipient.lead,
                            "name": member.recipient.name,
                            "address": member.address,
                            "reason": member.skip.map(|skip| skip.name()),
                            "consent": match member.skip {
                                Some(Skip::NoConsent(refusal)) => Some(refusal.name()),
                                _ => None,
                            },
                        })
                    })
                    .collect();
                writeln!(context.out, "{}", serde_json::Value::Array(rows))?;
                return Ok(());
            }
            for member in &skipped {
                writeln!(
                    context.out,
                    "{}\t{}\t{}\t{}\t{}",
                    match member.recipient.lead {
                        Some(lead) => crate::domain::consent::Party::Lead(lead).code(),
                        None => member.recipient.customer.to_string(),
                    },
                    member.recipient.name,
                    member.address.as_deref().unwrap_or("-"),
                    member.skip.map(|skip| skip.name()).unwrap_or_default(),
                    member.skip.map(|skip| skip.label()).unwrap_or_default()
                )?;
            }
            writeln!(
                context.out,
                "{}",
                crate::t!(
                    "mailing-dry-run-summary",
                    mailed = members.len() - skipped.len(),
                    skipped = skipped.len()
                )
            )?;
            Ok(())
        }
        MailingCmd::Send { id } => send(context, id),
        MailingCmd::Status { id } => status(context, id),
        MailingCmd::ResendUncertain { id } => {
            let count = mailing_ledger::resend_uncertain(store, actor, id)?;
            writeln!(
                context.out,
                "{}",
                crate::t!("mailing-resend-planned", count = count)
            )?;
            Ok(())
        }
        MailingCmd::Suppress { address, reason } => {
            let reason = SuppressReason::parse(&reason).ok_or_else(|| {
                CliError::Usage(crate::t!(
                    "mailing-bad-reason",
                    choices = SuppressReason::ALL.map(|r| r.name()).join(", ")
                ))
            })?;
            let added = mailing::suppress(store, actor, &address, reason, now)?;
            let address = address_key(&address);
            let said = match added {
                true => crate::t!("mailing-suppressed", address = address.as_str()),
                false => crate::t!("mailing-already-suppressed", address = address.as_str()),
            };
            writeln!(context.out, "{said}")?;
            Ok(())
        }
    }
}

/// The letter one member of the audience (by customer id or address) would get.
fn preview(context: &mut Context, id: u64, to: &str) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    let mailing = mailing::get(store, actor, id)?;
    let members = mailing::audience(store, actor, &mailing, context.clock.now())?;
    let wanted = address_key(to);
    let found = match to.trim().parse::<u64>() {
        Ok(customer) => members
            .iter()
            .find(|member| member.recipient.customer == customer),
        Err(_) => members
            .iter()
            .find(|member| member.address.as_deref() == Some(wanted.as_str())),
    };
    let (recipient, address) = match found {
        Some(member) => (
            member.recipient.clone(),
            member.address.clone().unwrap_or_default(),
        ),
        None if wanted.contains('@') => (
            Recipient {
                salutation: Salutation::default(),
                ..Recipient::default()
            },
            wanted.clone(),
        ),
        None => {
            return Err(CliError::Usage(crate::t!(
                "mailing-preview-nobody",
                to = to
            )));
        }
    };
    let tokens = Tokens::of(store, 0)?;
    let link_base = MailSettings::load(store)?.link_base;
    let letter = letter(&mailing, &recipient, &address, &tokens, &link_base);
    match context.format {
        Format::Json => writeln!(
            context.out,
            "{}",
            json!({"to": address, "subject": letter.subject, "text": letter.text, "html": letter.html})
        )?,
        _ => {
            writeln!(
                context.out,
                "{}: {address}\n{}: {}\n\n{}",
                crate::t!("mailing-preview-to"),
                crate::t!("mailing-preview-subject"),
                letter.subject,
                letter.text
            )?;
        }
    }
    Ok(())
}

/// Plans and runs the batch, a progress bar on a terminal.
fn send(context: &mut Context, id: u64) -> Result<(), CliError> {
    let settings = MailSettings::load(&context.store)?;
    crate::core::outbox::check(
        &settings,
        &crate::core::outbox::Draft {
            to: vec!["check@example.org".into()],
            ..Default::default()
        },
    )?;
    let smtp = Smtp::new(&settings).map_err(|error| CliError::Usage(error.to_string()))?;
    mailing::plan(&context.store, &context.actor, id, context.clock.now())?;
    let bar = context.progress.then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        bar
    });
    let mut progress = |report: &Report| {
        if let Some(bar) = &bar {
            bar.set_length(report.due as u64);
            bar.set_position(
                (report.sent + report.failed + report.deferred + report.suppressed) as u64,
            );
        }
    };
    let report = run(
        &context.store,
        &smtp,
        &settings,
        id,
        context.clock,
        Batch::Whole,
        &mut progress,
    )?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if context.format == Format::Json {
        writeln!(
            context.out,
            "{}",
            json!({
                "sent": report.sent,
                "failed": report.failed,
                "deferred": report.deferred,
                "uncertain": report.uncertain,
                "suppressed": report.suppressed,
                "no_consent": report.no_consent,
                "done": report.done,
                "unreachable": report.unreachable,
            })
        )?;
        return Ok(());
    }
    writeln!(
        context.out,
        "{}",
        crate::t!(
            "mailing-sent-report",
            sent = report.sent,
            failed = report.failed,
            deferred = report.deferred,
            uncertain = report.uncertain
        )
    )?;
    if report.no_consent > 0 {
        writeln!(
            context.out,
            "{}",
            crate::t!("wiring-sent-no-consent", count = report.no_consent)
        )?;
    }
    if let Some(at) = report.next_at {
        writeln!(
            context.out,
            "{}",
            crate::t!("mailing-next-at", at = crate::lang::format::instant(at))
        )?;
    }
    Ok(())
}

fn status(context: &mut Context, id: u64) -> Result<(), CliError> {
    let status = mailing::status(&context.store, &context.actor, id)?;
    if context.format == Format::Json {
        let counts: serde_json::Map<String, serde_json::Value> = status
            .counts
            .iter()
            .map(|(name, count)| (name.to_string(), json!(count)))
            .collect();
        let failed: Vec<_> = status
            .failed
            .iter()
            .map(|(address, code, reply)| json!({"address": address, "code": code, "reply": reply}))
            .collect();
        writeln!(
            context.out,
            "{}",
            json!({
                "id": status.mailing.id,
                "state": status.mailing.state.name(),
                "counts": counts,
                "uncertain": status.uncertain,
                "failed": failed,
            })
        )?;
        return Ok(());
    }
    writeln!(
        context.out,
        "{} {} ({})",
        status.mailing.id,
        status.mailing.name,
        status.mailing.state.name()
    )?;
    for (name, count) in &status.counts {
        writeln!(context.out, "{name:<12}{count}")?;
    }
    for address in &status.uncertain {
        writeln!(
            context.out,
            "{}",
            crate::t!("mailing-uncertain-address", address = address.as_str())
        )?;
    }
    for (address, code, reply) in &status.failed {
        writeln!(context.out, "{address}\t{code}\t{reply}")?;
    }
    Ok(())
}
