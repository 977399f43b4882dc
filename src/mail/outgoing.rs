//! Delivering the outbox: every message due (those an interrupted delivery left
//! `sending` first) is marked sending — durably, before the server hears of it — then
//! handed to the SMTP server, and what the server said is recorded (`core::outbox`).
//! A message may therefore reach its recipient twice after a crash between the server's
//! 250 and our record of it; that is SMTP's at-least-once norm, and the repeat carries the
//! same Message-ID, which receivers deduplicate on. A round stops at the first attempt
//! that got no reply at all (no connection, TLS refused): the server is unreachable, and
//! the rest waits, untouched, for the next round. What `kontor mail send`, cron and
//! `kontor serve` call. Room: mail.

use time::OffsetDateTime;

use super::smtp::Smtp;
use crate::core::CoreError;
use crate::core::mail_settings::MailSettings;
use crate::core::outbox;
use crate::domain::outbox::{DeliveryState, Outcome};
use crate::store::Store;

/// What one delivery did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Accepted by the server.
    pub sent: usize,
    /// Temporarily refused or not connected: queued again for later.
    pub deferred: usize,
    /// Refused for good (or out of attempts).
    pub failed: usize,
}

impl Report {
    pub fn tried(&self) -> usize {
        self.sent + self.deferred + self.failed
    }
}

/// Delivers every message due at `now` through `smtp`.
pub fn deliver_due(
    store: &Store,
    smtp: &Smtp,
    settings: &MailSettings,
    now: OffsetDateTime,
) -> Result<Report, CoreError> {
    let mut report = Report::default();
    for id in outbox::due(store, now)? {
        let Some(mail) = outbox::start_attempt(store, id, now)? else {
            continue;
        };
        let outcome = smtp.send(&mail, now);
        let unreachable = matches!(outcome, Outcome::Temporary { code: 0, .. });
        let mail = outbox::finish_attempt(store, id, now, outcome, settings)?;
        match mail.state {
            DeliveryState::Sent { .. } => report.sent += 1,
            DeliveryState::Failed { .. } => report.failed += 1,
            DeliveryState::Queued | DeliveryState::Sending => report.deferred += 1,
        }
        if unreachable {
            break;
        }
    }
    Ok(report)
}
