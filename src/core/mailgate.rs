//! The mailgate's part of the core: its settings (`mail_max_message_bytes`,
//! `mail_max_attachment_bytes`, `mail_auto_per_hour` — how many acknowledgements and
//! reopenings one sender may cause per hour), the quarantine of messages it keeps instead
//! of filing them (kept, listed, shown, deleted: the service area's admins and agents),
//! and the per-sender budget of automatic reactions, kept in the store's `meta` so every
//! mailgate process agrees. Room: core; what to do with a message is `mail::gate`.

use time::{Duration, OffsetDateTime};

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::fold::fold;
use crate::domain::mail_quarantine::{QuarantineReason, QuarantinedMail};
use crate::domain::ticket::{AttachmentBlob, Queue, Ticket};
use crate::store::{Store, Tx, TxResult};

pub const MAX_MESSAGE: &str = "mail_max_message_bytes";
pub const MAX_ATTACHMENT: &str = "mail_max_attachment_bytes";
pub const AUTO_PER_HOUR: &str = "mail_auto_per_hour";
pub const GATE_SETTINGS: [&str; 3] = [MAX_MESSAGE, MAX_ATTACHMENT, AUTO_PER_HOUR];

/// The mailgate's limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GateSettings {
    /// Larger messages go to quarantine (their first bytes).
    pub max_message: u64,
    /// Larger attachments are dropped and listed on the article with their size.
    pub max_attachment: u64,
    /// Acknowledgements and reopenings one sender may cause per hour.
    pub auto_per_hour: u32,
}

impl Default for GateSettings {
    fn default() -> Self {
        GateSettings {
            max_message: 25 * 1024 * 1024,
            max_attachment: 10 * 1024 * 1024,
            auto_per_hour: 5,
        }
    }
}

impl GateSettings {
    pub fn load(store: &Store) -> Result<GateSettings, CoreError> {
        let defaults = GateSettings::default();
        let number = |name: &str| -> Result<Option<u64>, CoreError> {
            Ok(store.setting(name)?.and_then(|v| v.trim().parse().ok()))
        };
        Ok(GateSettings {
            max_message: number(MAX_MESSAGE)?.unwrap_or(defaults.max_message),
            max_attachment: number(MAX_ATTACHMENT)?.unwrap_or(defaults.max_attachment),
            auto_per_hour: number(AUTO_PER_HOUR)?
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(defaults.auto_per_hour),
        })
    }
}

/// Checks a mailgate setting's value (`None`: not one of them); empty clears it.
pub fn validate(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    let field = GATE_SETTINGS.into_iter().find(|setting| *setting == name)?;
    let value = value.trim();
    if value.is_empty() {
        return Some(Ok(String::new()));
    }
    let smallest = if field == AUTO_PER_HOUR { 0 } else { 1 };
    Some(
        value
            .parse::<u64>()
            .ok()
            .filter(|number| *number >= smallest && *number <= u64::from(u32::MAX))
            .map(|number| number.to_string())
            .ok_or_else(|| {
                Invalid::new(
                    field,
                    crate::t!("mailgate-setting-number", min = smallest.to_string()),
                )
            }),
    )
}

/// Keeps a message in quarantine, on its own (the message could not be filed).
pub fn quarantine(store: &Store, mail: &QuarantinedMail) -> Result<QuarantinedMail, CoreError> {
    let kept = store.transaction(|tx| {
        let mut kept = mail.clone();
        tx.insert(&mut kept)?;
        Ok(kept)
    })?;
    Ok(kept)
}

/// The quarantined messages, newest first (at most `limit`).
pub fn quarantined(
    store: &Store,
    actor: &Actor,
    limit: usize,
) -> Result<Vec<QuarantinedMail>, CoreError> {
    access::require(actor, Area::Service, Access::Read)?;
    Ok(store.last::<QuarantinedMail>(limit)?)
}

/// Quarantined message `id`.
pub fn quarantined_mail(
    store: &Store,
    actor: &Actor,
    id: u64,
) -> Result<QuarantinedMail, CoreError> {
    access::require(actor, Area::Service, Access::Read)?;
    Ok(store.require::<QuarantinedMail>(id)?)
}

/// Deletes quarantined message `id` for good.
pub fn delete_quarantined(store: &Store, actor: &Actor, id: u64) -> Result<(), CoreError> {
    access::require(actor, Area::Service, Access::Write)?;
    store.transaction(|tx| tx.remove::<QuarantinedMail>(id).map(|_| ()))?;
    Ok(())
}

/// Files quarantined message `id` again as the mailgate would (`mail::gate::reprocess`),
/// answering in words: the ticket it went to, or why it stays in quarantine.
pub type Reprocessor = fn(&Store, &Actor, u64, OffsetDateTime) -> Result<String, CoreError>;

static REPROCESSOR: std::sync::OnceLock<Reprocessor> = std::sync::OnceLock::new();

/// Names the mailgate's reprocessing for front ends that may not name `mail` themselves
/// (the TUI): the CLI sets it once before it runs anything.
pub fn set_reprocessor(reprocessor: Reprocessor) {
    let _ = REPROCESSOR.set(reprocessor);
}

/// Reprocesses quarantined message `id` through the mailgate set by `set_reprocessor`.
pub fn reprocess(
    store: &Store,
    actor: &Actor,
    id: u64,
    now: OffsetDateTime,
) -> Result<String, CoreError> {
    access::require(actor, Area::Service, Access::Write)?;
    match REPROCESSOR.get() {
        Some(reprocessor) => reprocessor(store, actor, id, now),
        None => Err(CoreError::Refused(crate::t!("mailgate-no-reprocessor"))),
    }
}

/// The bytes of ticket attachment `blob`, for whoever may read its ticket.
pub fn attachment(store: &Store, actor: &Actor, blob: u64) -> Result<Vec<u8>, CoreError> {
    let found = store.require::<AttachmentBlob>(blob)?;
    let ticket = store.require::<Ticket>(found.ticket)?;
    let queue = store.require::<Queue>(ticket.queue)?;
    access::require_queue(actor, &queue, Access::Read)?;
    Ok(found.bytes)
}

/// The meta key of a sender's automatic reactions.
fn budget_key(sender: &str) -> String {
    format!("mailgate/auto/{}", fold(sender.trim()))
}

/// Takes one automatic reaction (an acknowledgement, a reopening) from `sender`'s budget
/// of the last hour, inside the transaction that does it: true if there was one left.
pub fn spend_auto(tx: &Tx, sender: &str, per_hour: u32, now: OffsetDateTime) -> TxResult<bool> {
    let key = budget_key(sender);
    let since = (now - Duration::hours(1)).unix_timestamp();
    let mut spent: Vec<i64> = tx
        .meta_get(&key)?
        .map(|bytes| {
            String::from_utf8_lossy(&bytes)
                .split(',')
                .filter_map(|at| at.parse().ok())
                .filter(|at| *at > since)
                .collect()
        })
        .unwrap_or_default();
    let left = spent.len() < usize::try_from(per_hour).unwrap_or(usize::MAX);
    if left {
        spent.push(now.unix_timestamp());
    }
    let text: Vec<String> = spent.iter().map(i64::to_string).collect();
    tx.meta_put(&key, text.join(",").as_bytes())?;
    Ok(left)
}

/// Why the message was kept, as a person reads it.
pub fn reason_text(mail: &QuarantinedMail) -> String {
    reason_words(&mail.reason, &mail.queue, &mail.detail)
}

/// `reason` as a person reads it, for a message meant for `queue` with `detail`.
pub fn reason_words(reason: &QuarantineReason, queue: &str, detail: &str) -> String {
    match reason {
        QuarantineReason::Unreadable => crate::t!("mailgate-reason-unreadable"),
        QuarantineReason::TooLarge { size, max } => crate::t!(
            "mailgate-reason-too-large",
            size = crate::lang::format::decimal(rust_decimal::Decimal::from(*size)),
            max = crate::lang::format::decimal(rust_decimal::Decimal::from(*max))
        ),
        QuarantineReason::OwnLoop => crate::t!("mailgate-reason-own-loop"),
        QuarantineReason::ClosedTicket { number } => {
            crate::t!("mailgate-reason-closed-ticket", number = number.as_str())
        }
        QuarantineReason::UnknownQueue => {
            crate::t!("mailgate-reason-unknown-queue", queue = queue)
        }
        QuarantineReason::Refused => {
            crate::t!("mailgate-reason-refused", why = detail)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_positive_numbers_and_the_budget_may_be_zero() {
        assert_eq!(validate(MAX_MESSAGE, " 1000 "), Some(Ok("1000".into())));
        assert!(matches!(validate(MAX_MESSAGE, "0"), Some(Err(_))));
        assert!(matches!(validate(MAX_ATTACHMENT, "-5"), Some(Err(_))));
        assert_eq!(validate(AUTO_PER_HOUR, "0"), Some(Ok("0".into())));
        assert_eq!(validate(AUTO_PER_HOUR, ""), Some(Ok(String::new())));
        assert_eq!(validate("currency", "EUR"), None);
    }

    #[test]
    fn a_sender_has_so_many_automatic_reactions_per_hour() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let at = time::macros::datetime!(2026-03-02 10:00 UTC);
        let spend = |sender: &str, at| {
            store
                .transaction(|tx| spend_auto(tx, sender, 2, at))
                .unwrap()
        };
        assert!(spend("A@x.de", at));
        assert!(spend("a@x.de", at + Duration::minutes(10)));
        assert!(!spend("a@x.de", at + Duration::minutes(20)));
        assert!(spend("b@x.de", at + Duration::minutes(20)));
        // An hour after the first, one is free again.
        assert!(spend("a@x.de", at + Duration::minutes(61)));
        assert!(!spend("a@x.de", at + Duration::minutes(62)));
    }
}
