//! `kontor-bench --mailing`: a marketing mailing to `--mailing-recipients` (10,000)
//! customers handed to a local SMTP server — the loopback sink in this process
//! (`smtp_sink.rs`, a thread per connection that accepts and counts) — through kontor's
//! real batch, `mail::mailing::run`: per send the ledger's `handing` written and flushed
//! before the hand-over, the unsubscribe and bounce tokens signed, the letter merged and
//! composed (List-Unsubscribe one-click, VERP sender), one pooled SMTP connection, the
//! answer recorded. Pacing is off (`mailing_per_minute` unset): a paced run takes exactly
//! as long as its limits say. The ledger's cost is measured by handing the same messages
//! over again without it — tokens, merge, compose and SMTP only — and by the planning of
//! the ledger (`core::mailing::plan`), timed on its own. Both runs must be counted by the
//! sink in full, or the bench fails. lettre 0.11 writes a message's body and its final
//! `CRLF . CRLF` in two writes on a socket with Nagle on, so every message waits for the
//! server's delayed ACK (40 ms on Linux) — the figures show it as it is. Not a test.

use std::path::Path;
use std::time::Instant;

use anyhow::{Result, bail};
use clap::Args;

use kontor::core::mail_settings::{
    MAIL_FROM, MARKETING_LINK_BASE, MailSettings, SMTP_HOST, SMTP_PORT, SMTP_SECURITY,
};
use kontor::core::mailing::{NewMailing, add, plan, sends};
use kontor::core::{Actor, Clock};
use kontor::domain::consent::{Action, Channel, ConsentEvent, Party};
use kontor::domain::{Customer, CustomerKind};
use kontor::mail::mailing::{Batch, Tokens, compose, letter, run as send_batch};
use kontor::mail::smtp::{Smtp, wire};
use kontor::store::{BATCH, Store};

use super::DATED;
use super::data::synthetic_customer;
use super::smtp_sink::Sink;

#[derive(Debug, Args)]
pub struct MailingArgs {
    /// Measure a mailing's throughput to a loopback SMTP server, with and without the ledger.
    #[arg(long)]
    pub mailing: bool,
    /// Recipients of the --mailing mailing.
    #[arg(long, default_value_t = 10_000)]
    pub mailing_recipients: u64,
}

/// The audience's tag.
const TAG: &str = "newsletter";

/// Recipient `index`: a synthetic customer carrying the tag, with an address of its own
/// spread over 50 domains.
fn recipient(index: u64) -> Customer {
    let mut customer = synthetic_customer(index);
    customer.tags = vec![TAG.to_string()];
    customer.emails = vec![format!("leser{index}@verlag{}.example", index % 50)];
    customer
}

/// Recipient `index`'s confirmed newsletter consent.
fn confirmed(index: u64) -> ConsentEvent {
    let customer = recipient(index);
    ConsentEvent {
        id: 0,
        version: 0,
        party: Party::Customer(index + 1),
        person: String::new(),
        channel: Channel::Email,
        address: customer.emails[0].clone(),
        purpose: "newsletter".into(),
        action: Action::Confirmed,
        at: DATED - time::Duration::days(1),
        source: "form".into(),
        text_version: String::new(),
        text_sha256: String::new(),
        ip: String::new(),
        actor: "bench".into(),
    }
}

/// The store with the recipients and the mail settings of the sink at `port`.
fn prepare(dir: &Path, recipients: u64, port: u16) -> Result<Store> {
    let store = Store::open(&dir.join("mailing"))?;
    let mut bulk = store.bulk_insert::<Customer>(recipients)?;
    let mut next = 0;
    while next < recipients {
        let end = (next + BATCH as u64).min(recipients);
        let mut batch: Vec<Customer> = (next..end).map(recipient).collect();
        bulk.write(&mut batch)?;
        next = end;
    }
    bulk.finish()?;
    // Every reader confirmed the newsletter the day before: a mailing mails only with consent.
    let mut bulk = store.bulk_insert::<ConsentEvent>(recipients)?;
    let mut next = 0;
    while next < recipients {
        let end = (next + BATCH as u64).min(recipients);
        let mut batch: Vec<ConsentEvent> = (next..end).map(confirmed).collect();
        bulk.write(&mut batch)?;
        next = end;
    }
    bulk.finish()?;
    for (name, value) in [
        (SMTP_HOST, "127.0.0.1".to_string()),
        (SMTP_PORT, port.to_string()),
        (SMTP_SECURITY, "none".to_string()),
        (
            MAIL_FROM,
            "Kontor Newsletter <news@kontor.example>".to_string(),
        ),
        (MARKETING_LINK_BASE, "https://kontor.example".to_string()),
    ] {
        store.set_setting(name, &value)?;
    }
    Ok(store)
}

pub fn run(args: &MailingArgs, dir: &Path) -> Result<()> {
    if args.mailing_recipients == 0 {
        bail!("--mailing-recipients must be at least 1");
    }
    let recipients = args.mailing_recipients;
    let sink = Sink::start()?;
    eprintln!(
        "mailing: {recipients} recipients, SMTP sink on 127.0.0.1:{}",
        sink.port
    );
    let store = prepare(dir, recipients, sink.port)?;
    let settings = MailSettings::load(&store)?;
    let smtp = Smtp::new(&settings)?;
    let admin = Actor::local("bench");
    let clock = Clock::pinned(DATED);
    let body = "{salutation},\n\nunser Frühjahrsangebot für {company}: zehn Prozent auf \
                alle Etikettendrucker bis Ende März.\n\nAbmelden: {unsubscribe_url}\n";
    let mailing = add(
        &store,
        &admin,
        DATED,
        &NewMailing {
            name: "Frühjahr".into(),
            subject: "Frühjahrsangebot für {name}".into(),
            body: body.into(),
            html: None,
            tag: TAG.into(),
            purpose: "newsletter".into(),
            campaign: None,
            segment: None,
        },
    )?;

    let at = Instant::now();
    let planned = plan(&store, &admin, mailing.id, DATED)?;
    let plan_secs = at.elapsed().as_secs_f64();
    if planned as u64 != recipients {
        bail!("planned {planned} sends for {recipients} recipients");
    }

    eprintln!("mailing: sending with the ledger ...");
    let at = Instant::now();
    let report = send_batch(
        &store,
        &smtp,
        &settings,
        mailing.id,
        clock,
        Batch::Whole,
        &mut |_| {},
    )?;
    let ledger_secs = at.elapsed().as_secs_f64();
    let counted = sink.accepted();
    if report.sent as u64 != recipients || counted != recipients || !report.done {
        bail!(
            "the ledger run sent {} (sink counted {counted}) of {recipients}; done {}",
            report.sent,
            report.done
        );
    }

    eprintln!("mailing: the same messages without the ledger ...");
    let all = sends(&store, &admin, mailing.id)?;
    let mut bytes = 0usize;
    let at = Instant::now();
    for send in &all {
        let tokens = Tokens::of(&store, send.id)?;
        let letter = letter(
            &mailing,
            &send.recipient,
            &send.address,
            &tokens,
            &settings.link_base,
        );
        let (message, envelope) = match compose(&settings, send, &letter, &tokens, DATED) {
            Ok(composed) => composed,
            Err(reason) => bail!("send {} could not be composed: {reason}", send.id),
        };
        let wire = wire(&message);
        bytes += wire.len();
        let outcome = smtp.send_enveloped(&envelope, &wire);
        if !matches!(outcome, kontor::domain::outbox::Outcome::Accepted { .. }) {
            bail!("the sink refused send {}: {outcome:?}", send.id);
        }
    }
    let plain_secs = at.elapsed().as_secs_f64();
    let counted = sink.accepted() - recipients;
    if counted != recipients {
        bail!("the run without the ledger was counted {counted} times of {recipients}");
    }

    let persons = all
        .iter()
        .filter(|send| {
            store
                .get::<Customer>(send.recipient.customer)
                .ok()
                .flatten()
                .is_some_and(|customer| customer.kind == CustomerKind::Person)
        })
        .count();
    let rate = |secs: f64| recipients as f64 / secs.max(1e-9);
    println!(
        "mailing to {recipients} recipients ({persons} persons), {:.1} KB a message on average, \
         loopback SMTP sink, unpaced",
        bytes as f64 / recipients as f64 / 1024.0
    );
    let each = |secs: f64| secs / recipients as f64 * 1000.0;
    println!(
        "{:<46} {:>12} {:>10} {:>14}",
        "", "messages/s", "s", "ms a message"
    );
    for (label, secs) in [
        ("with the send ledger (mail::mailing::run)", ledger_secs),
        ("the same messages without the ledger", plain_secs),
    ] {
        println!(
            "{label:<46} {:>12.1} {secs:>10.2} {:>14.2}",
            rate(secs),
            each(secs)
        );
    }
    println!(
        "ledger cost per message: {:.0} µs; planning the ledger ({recipients} sends): {:.2} s",
        (ledger_secs - plain_secs) / recipients as f64 * 1e6,
        plan_secs
    );
    Ok(())
}
