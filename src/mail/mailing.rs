//! Marketing mail out: one message per send of the ledger, composed with its merge fields
//! filled, `List-Unsubscribe` (a mailto and, with `marketing_link_base`, an HTTPS link) and
//! `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058), `Precedence: bulk`, a
//! Message-ID per send, and a VERP envelope sender `bounce+TOKEN@domain` that names the
//! send; and the batch that hands the due sends over through one pooled SMTP connection,
//! paced by the per-minute limits. Exactly-once: see `core::mailing` — a send is recorded
//! handing before the server hears of it, and one interrupted there is never sent again
//! automatically. One recipient's 5xx fails that send only; a 4xx defers it (the retry
//! schedule of `mail_retry_*`); no connection at all ends the batch, the rest waits.
//! Room: mail.

use std::time::{Instant, SystemTime};

use lettre::Message;
use lettre::address::{Address, Envelope};
use lettre::message::header::{ContentType, HeaderName, HeaderValue, MIME_VERSION_1_0};
use lettre::message::{Mailbox, MultiPart};
use time::OffsetDateTime;

use super::smtp::{Smtp, wire};
use crate::core::mail_settings::{MailSettings, MarketingSettings};
use crate::core::{Clock, CoreError, link_secret, mailing_ledger};
use crate::domain::link_token::LinkPurpose;
use crate::domain::mailing::send::{Answer, MailingSend, Pacer, Recipient, SendState};
use crate::domain::mailing::{Mailing, MergeValues, render, render_html};
use crate::domain::outbox::{INTERRUPTED_AFTER, Outcome};
use crate::domain::salutation::greeting;
use crate::store::Store;

/// The tokens of one send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tokens {
    pub unsubscribe: String,
    pub bounce: String,
}

impl Tokens {
    pub fn of(store: &Store, send: u64) -> Result<Tokens, CoreError> {
        Ok(Tokens {
            unsubscribe: link_secret::sign(store, LinkPurpose::Unsubscribe, send)?,
            bounce: link_secret::sign(store, LinkPurpose::Bounce, send)?,
        })
    }
}

/// What one recipient reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// The HTTPS unsubscribe link, empty without `marketing_link_base`.
    pub unsubscribe_url: String,
}

/// The letter of `mailing` to `recipient` at `address`, its links signed with `tokens`.
pub fn letter(
    mailing: &Mailing,
    recipient: &Recipient,
    address: &str,
    tokens: &Tokens,
    link_base: &str,
) -> Letter {
    let unsubscribe_url = match link_base.is_empty() {
        true => String::new(),
        false => format!("{link_base}/u/{}", tokens.unsubscribe),
    };
    let values = MergeValues {
        salutation: greeting(&recipient.salutation),
        name: recipient.name.clone(),
        company: recipient.company.clone(),
        customer_number: recipient.customer_number.clone(),
        email: address.to_string(),
        unsubscribe_url: unsubscribe_url.clone(),
        title: recipient.salutation.title.clone(),
    };
    Letter {
        subject: render(&mailing.subject, &values),
        text: render(&mailing.body, &values),
        html: mailing.html.as_ref().map(|html| render_html(html, &values)),
        unsubscribe_url,
    }
}

/// The domain of the sender's address (where unsubscribe and bounce mail comes back).
fn domain_of(settings: &MailSettings) -> &str {
    crate::core::mail_settings::address_of(&settings.from)
        .rsplit('@')
        .next()
        .unwrap_or_default()
}

/// The message of one send and its envelope (VERP sender); the reason when it cannot be
/// written (an address lettre refuses).
pub fn compose(
    settings: &MailSettings,
    send: &MailingSend,
    letter: &Letter,
    tokens: &Tokens,
    now: OffsetDateTime,
) -> Result<(Message, Envelope), String> {
    let bad = |error: &dyn std::fmt::Display| error.to_string();
    let domain = domain_of(settings);
    let from: Mailbox = settings.from.parse().map_err(|e| bad(&e))?;
    let to_address: Address = send.address.parse().map_err(|e| bad(&e))?;
    let name = Some(send.recipient.name.clone()).filter(|name| !name.trim().is_empty());
    let builder = Message::builder()
        .message_id(Some(format!("<m.{}@{}>", tokens.bounce, settings.domain)))
        .date(SystemTime::from(now))
        .from(from)
        .to(Mailbox::new(name, to_address.clone()))
        .subject(letter.subject.as_str());
    let mut message = match &letter.html {
        None => builder
            .header(MIME_VERSION_1_0)
            .header(ContentType::TEXT_PLAIN)
            .body(letter.text.clone()),
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            letter.text.clone(),
            html.clone(),
        )),
    }
    .map_err(|e| bad(&e))?;
    let mut unsubscribe = format!("<mailto:unsubscribe+{}@{domain}>", tokens.unsubscribe);
    if !letter.unsubscribe_url.is_empty() {
        unsubscribe.push_str(&format!(", <{}>", letter.unsubscribe_url));
    }
    let headers = message.headers_mut();
    let mut raw = |name: &'static str, value: String| {
        headers.insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str(name),
            value,
        ));
    };
    raw("List-Unsubscribe", unsubscribe);
    if letter.unsubscribe_url.starts_with("https://") {
        raw("List-Unsubscribe-Post", "List-Unsubscribe=One-Click".into());
    }
    raw("Precedence", "bulk".into());
    let bounce: Address = format!("bounce+{}@{domain}", tokens.bounce)
        .parse()
        .map_err(|e| bad(&e))?;
    let envelope = Envelope::new(Some(bounce), vec![to_address]).map_err(|e| bad(&e))?;
    Ok((message, envelope))
}

/// What one batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub failed: usize,
    pub deferred: usize,
    /// Found handing from an interrupted batch and marked uncertain.
    pub uncertain: usize,
    /// Skipped: suppressed after planning.
    pub suppressed: usize,
    /// Skipped: no consent for the mailing's purpose at hand-over.
    pub no_consent: usize,
    /// The sends due when the batch began.
    pub due: usize,
    /// When the next deferred send may go, if any waits.
    pub next_at: Option<OffsetDateTime>,
    /// Whether the mailing is sent: no send left planned, handing or deferred.
    pub done: bool,
    /// The batch stopped because the server could not be reached.
    pub unreachable: bool,
}

/// How much of a mailing one batch hands over, and which hand-overs left `handing` it
/// takes for interrupted (uncertain) first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Batch {
    /// Every send due, after every hand-over left `handing`: the caller knows no other
    /// batch of the mailing runs (a person's `kontor mailing send`).
    Whole,
    /// At most this many sends (a round of `kontor serve`), after the hand-overs begun
    /// `INTERRUPTED_AFTER` ago or longer: another front end on the same database may be
    /// handing the younger ones now.
    Round(usize),
}

/// Hands over the sends of mailing `id` due at the clock's now, as much as `batch` says,
/// paced; `progress` hears of each. The mailing must be planned (`core::mailing::plan`).
pub fn run(
    store: &Store,
    smtp: &Smtp,
    settings: &MailSettings,
    id: u64,
    clock: Clock,
    batch: Batch,
    progress: &mut dyn FnMut(&Report),
) -> Result<Report, CoreError> {
    let marketing = MarketingSettings::load(store)?;
    let mailing = store.require::<Mailing>(id)?;
    let now = clock.now();
    let (limit, handed_before) = match batch {
        Batch::Whole => (usize::MAX, now),
        Batch::Round(limit) => (limit, now - INTERRUPTED_AFTER),
    };
    let mut report = Report {
        uncertain: mailing_ledger::recover_interrupted(store, id, handed_before)?,
        ..Report::default()
    };
    let (due, later) = mailing_ledger::due(store, id, clock.now())?;
    report.due = due.len();
    progress(&report);
    let mut pacer = Pacer::new(marketing.per_minute, marketing.per_domain);
    let began = Instant::now();
    for send_id in due.into_iter().take(limit) {
        let Some(planned) = store.get::<MailingSend>(send_id)? else {
            continue;
        };
        std::thread::sleep(pacer.wait(planned.domain(), began.elapsed()));
        let now = clock.now();
        let Some(send) = mailing_ledger::start(store, send_id, now)? else {
            match store.get::<MailingSend>(send_id)?.map(|send| send.state) {
                Some(SendState::NoConsent { .. }) => report.no_consent += 1,
                _ => report.suppressed += 1,
            }
            continue;
        };
        pacer.note(send.domain(), began.elapsed());
        let tokens = Tokens::of(store, send.id)?;
        let letter = letter(
            &mailing,
            &send.recipient,
            &send.address,
            &tokens,
            &settings.link_base,
        );
        let outcome = match compose(settings, &send, &letter, &tokens, now) {
            Ok((message, envelope)) => smtp.send_enveloped(&envelope, &wire(&message)),
            Err(reply) => Outcome::Permanent { code: 0, reply },
        };
        report.unreachable = matches!(outcome, Outcome::Temporary { code: 0, .. });
        let answer = match outcome {
            Outcome::Accepted { reply } => Answer::Accepted { reply },
            Outcome::Temporary { code, reply } => Answer::Temporary { code, reply },
            Outcome::Permanent { code, reply } => Answer::Permanent { code, reply },
        };
        let send = mailing_ledger::finish(store, send.id, clock.now(), answer, settings.retry)?;
        match send.state {
            SendState::Sent { .. } => report.sent += 1,
            SendState::Deferred { until, .. } => {
                report.deferred += 1;
                report.next_at = Some(report.next_at.map_or(until, |at| at.min(until)));
            }
            _ => report.failed += 1,
        }
        progress(&report);
        if report.unreachable {
            break;
        }
    }
    if let Some(later) = later {
        report.next_at = Some(report.next_at.map_or(later, |at| at.min(later)));
    }
    report.done = mailing_ledger::close_if_done(store, id)?;
    Ok(report)
}

/// Continues every mailing in state sending, at most `limit` hand-overs each (what
/// `kontor serve` does every round); the reports of those that had anything to do.
pub fn continue_sending(
    store: &Store,
    smtp: &Smtp,
    settings: &MailSettings,
    clock: Clock,
    limit: usize,
) -> Result<Vec<(u64, Report)>, CoreError> {
    let mut reports = Vec::new();
    for id in mailing_ledger::sending(store)? {
        let report = run(
            store,
            smtp,
            settings,
            id,
            clock,
            Batch::Round(limit),
            &mut |_| {},
        )?;
        if report.due > 0 || report.uncertain > 0 || report.done {
            reports.push((id, report));
        }
    }
    Ok(reports)
}
