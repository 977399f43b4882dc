//! `kontor serve` delivers the outbox: every few seconds, on a blocking thread, whatever is
//! due at the server's clock goes to the SMTP server (`mail::outgoing::deliver_due`) —
//! nothing when no SMTP server is set or nothing is due. What it did and what went wrong
//! go to the server's log. After the outbox, the same thread continues the marketing
//! mailings in state sending (`mail::mailing::continue_sending`), at most
//! `MAILING_SENDS_PER_ROUND` hand-overs per round so a shutdown never waits on a long
//! batch. Room: server.

use std::sync::Arc;
use std::time::Duration;

use crate::core::Clock;
use crate::core::mail_settings::MailSettings;
use crate::core::outbox;
use crate::lang::Locale;
use crate::mail::outgoing::{self, Report};
use crate::mail::smtp::Smtp;
use crate::store::Store;

/// How often the outbox is looked at.
const DELIVER_EVERY: Duration = Duration::from_secs(5);

/// Delivers the outbox every `DELIVER_EVERY` until aborted.
pub(super) async fn deliver_every(store: Arc<Store>, clock: Clock, locale: Locale) {
    let mut ticks = tokio::time::interval(DELIVER_EVERY);
    // A slow round (a server that lets connections time out) is not followed by a burst.
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let (store, mailings) = (store.clone(), store.clone());
        match tokio::task::spawn_blocking(move || deliver(&store, clock)).await {
            Ok(Ok(Some(report))) => server_log!(
                locale,
                "mail-log-delivered",
                sent = report.sent,
                deferred = report.deferred,
                failed = report.failed
            ),
            Ok(Ok(None)) => {}
            Ok(Err(error)) => server_log!(locale, "mail-log-failed", error = error),
            Err(error) => server_log!(locale, "mail-log-failed", error = error.to_string()),
        }
        match tokio::task::spawn_blocking(move || continue_mailings(&mailings, clock)).await {
            Ok(Ok(reports)) => {
                for (id, report) in reports {
                    server_log!(
                        locale,
                        "mailing-log-round",
                        id = id.to_string(),
                        sent = report.sent,
                        failed = report.failed,
                        deferred = report.deferred,
                        uncertain = report.uncertain
                    );
                }
            }
            Ok(Err(error)) => server_log!(locale, "mail-log-failed", error = error),
            Err(error) => server_log!(locale, "mail-log-failed", error = error.to_string()),
        }
    }
}

/// Hand-overs of marketing mail per round at most.
const MAILING_SENDS_PER_ROUND: usize = 50;

/// One round of every mailing in state sending; nothing when no SMTP server is set.
fn continue_mailings(
    store: &Store,
    clock: Clock,
) -> Result<Vec<(u64, crate::mail::mailing::Report)>, String> {
    let settings = MailSettings::load(store).map_err(|error| error.to_string())?;
    let sending = crate::core::mailing_ledger::sending(store).map_err(|e| e.to_string())?;
    if settings.host.is_empty() || sending.is_empty() {
        return Ok(Vec::new());
    }
    let smtp = Smtp::new(&settings).map_err(|error| error.to_string())?;
    crate::mail::mailing::continue_sending(store, &smtp, &settings, clock, MAILING_SENDS_PER_ROUND)
        .map_err(|error| error.to_string())
}

/// One delivery at the clock's now; `None` when there was nothing to do.
fn deliver(store: &Store, clock: Clock) -> Result<Option<Report>, String> {
    let now = clock.now();
    let settings = MailSettings::load(store).map_err(|error| error.to_string())?;
    if settings.host.is_empty()
        || outbox::due(store, now)
            .map_err(|e| e.to_string())?
            .is_empty()
    {
        return Ok(None);
    }
    let smtp = Smtp::new(&settings).map_err(|error| error.to_string())?;
    outgoing::deliver_due(store, &smtp, &settings, now)
        .map(Some)
        .map_err(|error| error.to_string())
}
