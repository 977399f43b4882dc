//! The mailgate figure of kontor-bench (`--mailgate`): messages of about 20 KB stored per
//! second through `mail::gate::receive` — the core path of `kontor mailgate` without the
//! process start: parsing, the loop guard, threading (tag, In-Reply-To), the customer
//! look-up by address, the ticket or article written through `core::execute` (audited),
//! the acknowledgement queued in the outbox for each new ticket, one flush per message
//! (as the command does before it answers 0). Every third message is a reply by tag,
//! every third one by In-Reply-To. Not a test.

use std::path::Path;
use std::time::Instant;

use anyhow::{Result, bail};
use clap::Args;

use kontor::core::tickets::{QueueCommand, QueueEdit};
use kontor::core::{Actor, Clock, Command, execute};
use kontor::mail::gate::{Received, receive};
use kontor::store::Store;

use super::DATED;

#[derive(Debug, Args)]
pub struct MailgateArgs {
    /// Measure the mailgate: messages of 20 KB stored per second (core path).
    #[arg(long)]
    pub mailgate: bool,
    /// Messages filed for --mailgate.
    #[arg(long, default_value_t = 2_000)]
    pub mailgate_messages: u64,
}

/// About 20 KB of body text.
fn body(n: u64) -> String {
    let line = format!("Zeile der Nachricht {n}: der Drucker im Lager druckt keine Etiketten.\n");
    line.repeat(20 * 1024 / line.len() + 1)
}

/// Message `n`: a new one, a reply by tag to ticket `tag`, or by In-Reply-To to `n - 1`.
fn message(n: u64, tag: Option<&str>) -> Vec<u8> {
    let sender = format!("kunde{}@example.de", n % 100);
    let (subject, reply) = match (n % 3, tag) {
        (1, Some(number)) => (format!("AW: [Ticket#{number}] Frage"), String::new()),
        (2, _) => (
            "Nachtrag".to_string(),
            format!("In-Reply-To: <m{}@bench.example>\n", n - 1),
        ),
        _ => (format!("Frage {n}"), String::new()),
    };
    format!(
        "From: Kunde <{sender}>\nTo: support@kontor.example\nMessage-ID: <m{n}@bench.example>\n\
         {reply}Subject: {subject}\nDate: Mon, 5 Jan 2026 09:00:00 +0000\n\
         Content-Type: text/plain; charset=UTF-8\n\n{}",
        body(n)
    )
    .into_bytes()
}

pub fn run(args: &MailgateArgs, dir: &Path) -> Result<()> {
    let store = Store::open(&dir.join("mailgate"))?;
    let actor = Actor::local("bench");
    let clock = Clock::pinned(DATED);
    let edit = QueueEdit {
        acknowledge: Some(true),
        ..QueueEdit::default()
    };
    let add = QueueCommand::Add {
        name: "Support".into(),
        edit,
    };
    execute(&store, &clock, &actor, Command::Queue(add))?;
    store.set_setting("mail_from", "support@kontor.example")?;
    store.set_setting("mail_auto_per_hour", "1000000")?;
    let messages: Vec<Vec<u8>> = (0..args.mailgate_messages)
        .map(|n| message(n, None))
        .collect();
    let bytes: usize = messages.iter().map(Vec::len).sum();
    let started = Instant::now();
    let mut last_ticket = String::new();
    let mut filed = 0u64;
    for (n, raw) in (0u64..).zip(&messages) {
        let raw = match n % 3 {
            1 if !last_ticket.is_empty() => message(n, Some(&last_ticket)),
            _ => raw.clone(),
        };
        let size = u64::try_from(raw.len())?;
        match receive(&store, DATED, "Support", &raw, size)? {
            Received::Filed { ticket, .. } => {
                filed += 1;
                last_ticket = ticket.to_string();
            }
            other => bail!("message {n} was not filed: {other:?}"),
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "mailgate: {filed} messages of {:.1} KB average filed in {seconds:.2} s: {:.0} messages/s",
        bytes as f64 / args.mailgate_messages.max(1) as f64 / 1024.0,
        filed as f64 / seconds
    );
    Ok(())
}
