//! The outbox as the core keeps it: queueing a message (alone, or as one write of another
//! command's transaction: `enqueue_in`), the delivery's state changes — each recorded and
//! flushed before the SMTP server hears of it — requeueing, and the lists. Room: core; the
//! SMTP side is `mail::outgoing`.
//!
//! Message-IDs are `<kontor.{database}.{outbox id}@{mail_domain}>`: the outbox id is unique
//! in the database, and `{database}` (base 36 of the instant the first message was queued,
//! kept in `meta`) tells databases apart — no random numbers, no clock of its own.
//!
//! **Origin hook.** A message queued with an `Origin` (say `("ticket", 17, 3)`: article 3 of
//! ticket 17) has each change of its delivery state passed, inside the same transaction, to
//! the hook registered for the origin's kind in `ORIGIN_HOOKS`; the ticket code adds one
//! line there to mirror `delivery` on its article.

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::mail_settings::{MAIL_FROM, MailSettings};
use super::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::outbox::{
    Attachment, DeliveryState, Origin, OutboxMail, Outcome, is_mailbox, state_tag,
};
use crate::store::kinds::outbox::{outbox_due, outbox_in_state};
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// What a hook gets: the transaction that changes the message, and the message as it is
/// now stored.
pub type OriginHook = fn(&Tx, &OutboxMail) -> TxResult<()>;

/// The hook of each origin kind that mirrors delivery states (see the module header).
pub const ORIGIN_HOOKS: &[(&str, OriginHook)] = &[(
    super::tickets::mail_out::ORIGIN,
    super::tickets::mail_out::mirror_delivery,
)];

/// The meta key of the database's part of Message-IDs.
const DATABASE_ID: &str = "mail/database_id";

/// A message to queue; the sender, Message-ID and state come from the outbox.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<Attachment>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub auto_submitted: bool,
    pub origin: Option<Origin>,
}

/// Checks a draft against the settings before any transaction: a sender is set, every
/// recipient is a mailbox, there is one.
pub fn check(settings: &MailSettings, draft: &Draft) -> Result<(), CoreError> {
    let mut problems = Vec::new();
    if settings.from.is_empty() {
        problems.push(Invalid::new(MAIL_FROM, crate::t!("mail-no-sender")));
    }
    if draft.to.is_empty() && draft.cc.is_empty() {
        problems.push(Invalid::new("to", crate::t!("mail-no-recipient")));
    }
    for mailbox in draft.to.iter().chain(&draft.cc) {
        if !is_mailbox(mailbox) {
            problems.push(Invalid::new(
                "to",
                crate::t!("mail-bad-recipient", mailbox = mailbox.as_str()),
            ));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(CoreError::Invalid(problems)),
    }
}

/// Queues `draft` as one write of the running transaction (a ticket's reply, an invoice
/// sent): the message exists exactly when the rest of the command does. Call `check`
/// first; due at `now`.
pub fn enqueue_in(
    tx: &Tx,
    settings: &MailSettings,
    now: OffsetDateTime,
    draft: &Draft,
) -> TxResult<OutboxMail> {
    let database = match tx.meta_get(DATABASE_ID)? {
        Some(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        None => {
            let id = base36(u64::try_from(now.unix_timestamp()).unwrap_or(0));
            tx.meta_put(DATABASE_ID, id.as_bytes())?;
            id
        }
    };
    let id = tx.last_id(<OutboxMail as crate::store::Record>::TREE)? + 1;
    let mut mail = OutboxMail {
        id,
        version: 0,
        message_id: format!("<kontor.{database}.{id}@{}>", settings.domain),
        from: settings.from.clone(),
        to: trimmed(&draft.to),
        cc: trimmed(&draft.cc),
        subject: draft.subject.clone(),
        body: draft.body.clone(),
        attachments: draft.attachments.clone(),
        in_reply_to: draft.in_reply_to.clone(),
        references: draft.references.clone(),
        auto_submitted: draft.auto_submitted,
        loop_tag: settings.loop_tag.clone(),
        origin: draft.origin.clone(),
        state: DeliveryState::Queued,
        attempts: 0,
        next_attempt_at: now,
        queued_at: now,
        last_error: String::new(),
    };
    if tx.insert(&mut mail)? != id {
        return abort(StoreError::Sled("outbox id changed".into()));
    }
    mirror(tx, &mail)?;
    Ok(mail)
}

/// Queues `draft` on its own (a test message, a mail written by hand).
pub fn enqueue(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    draft: &Draft,
) -> Result<OutboxMail, CoreError> {
    access::require(actor, Area::Admin, Access::Write)?;
    let settings = MailSettings::load(store)?;
    check(&settings, draft)?;
    let mail = store.transaction(|tx| enqueue_in(tx, &settings, now, draft))?;
    store.flush()?;
    Ok(mail)
}

fn trimmed(mailboxes: &[String]) -> Vec<String> {
    mailboxes.iter().map(|m| m.trim().to_string()).collect()
}

fn base36(mut number: u64) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut text = Vec::new();
    loop {
        text.push(digits[(number % 36) as usize]);
        number /= 36;
        if number == 0 {
            break;
        }
    }
    text.reverse();
    String::from_utf8_lossy(&text).into_owned()
}

/// Passes the message to its origin's hook, if its kind has one.
fn mirror(tx: &Tx, mail: &OutboxMail) -> TxResult<()> {
    let hook = mail.origin.as_ref().and_then(|origin| {
        ORIGIN_HOOKS
            .iter()
            .find(|(kind, _)| *kind == origin.kind)
            .map(|(_, hook)| hook)
    });
    match hook {
        Some(hook) => hook(tx, mail),
        None => Ok(()),
    }
}

/// Changes one stored message with `change` (false: leave it as it is) and mirrors it.
fn change(
    store: &Store,
    id: u64,
    change: impl Fn(&mut OutboxMail) -> bool,
) -> Result<Option<OutboxMail>, CoreError> {
    let changed = store.transaction(|tx| {
        let mut mail = tx.require::<OutboxMail>(id)?;
        if !change(&mut mail) {
            return Ok(None);
        }
        tx.update(&mut mail, None)?;
        mirror(tx, &mail)?;
        Ok(Some(mail))
    })?;
    store.flush()?;
    Ok(changed)
}

/// Records that message `id` is being handed to the SMTP server now — durable before the
/// server hears of it, so a crash in between leaves it `sending`, and a delivery after
/// `INTERRUPTED_AFTER` sends it again (at least once: SMTP's norm, RFC 5321 §6.1 — the
/// receiver may see it twice, with the same Message-ID, never not at all). `None` when it
/// is not due (`OutboxMail::is_due`): another front end on the same database took it first
/// — the transaction that reads and marks it is serializable, so only one does.
pub fn start_attempt(
    store: &Store,
    id: u64,
    now: OffsetDateTime,
) -> Result<Option<OutboxMail>, CoreError> {
    change(store, id, |mail| {
        let due = mail.is_due(now);
        if due {
            mail.start_attempt(now);
        }
        due
    })
}

/// Records what the server answered to the attempt started last.
pub fn finish_attempt(
    store: &Store,
    id: u64,
    now: OffsetDateTime,
    outcome: Outcome,
    settings: &MailSettings,
) -> Result<OutboxMail, CoreError> {
    always(store, id, |mail| {
        mail.finish_attempt(now, outcome.clone(), settings.retry)
    })
}

/// `change` with a change that always applies.
fn always(
    store: &Store,
    id: u64,
    apply: impl Fn(&mut OutboxMail),
) -> Result<OutboxMail, CoreError> {
    let changed = change(store, id, |mail| {
        apply(mail);
        true
    })?;
    changed.ok_or(CoreError::Store(StoreError::NotFound {
        kind: "outbox mail",
        id,
    }))
}

/// Puts message `id` back in the queue, due now; refused for a sent one.
pub fn retry(store: &Store, actor: &Actor, id: u64, now: OffsetDateTime) -> Result<(), CoreError> {
    access::require(actor, Area::Admin, Access::Write)?;
    match change(store, id, |mail| mail.requeue(now))? {
        Some(_) => Ok(()),
        None => Err(CoreError::Refused(crate::t!(
            "mail-retry-sent",
            id = id.to_string()
        ))),
    }
}

/// Puts every failed message back in the queue; how many.
pub fn retry_failed(store: &Store, actor: &Actor, now: OffsetDateTime) -> Result<usize, CoreError> {
    access::require(actor, Area::Admin, Access::Write)?;
    let failed = outbox_in_state(store, failed_tag())?;
    for &id in &failed {
        change(store, id, |mail| mail.requeue(now))?;
    }
    Ok(failed.len())
}

fn failed_tag() -> u8 {
    state_tag("failed").unwrap_or(3)
}

/// The ids of the messages an outbox delivery at `now` tries: those left sending by an
/// interrupted one first, then the queued ones due, earliest first.
pub fn due(store: &Store, now: OffsetDateTime) -> Result<Vec<u64>, CoreError> {
    let sending = DeliveryState::Sending.tag();
    let mut ids = outbox_in_state(store, sending)?;
    ids.extend(outbox_due(store, DeliveryState::Queued.tag(), now)?);
    Ok(ids)
}

/// The messages in a state (by name), or all, newest first.
pub fn list(
    store: &Store,
    actor: &Actor,
    state: Option<&str>,
) -> Result<Vec<OutboxMail>, CoreError> {
    access::require(actor, Area::Admin, Access::Read)?;
    let mut mails = match state {
        None => store.scan::<OutboxMail>()?.collect::<Result<Vec<_>, _>>()?,
        Some(name) => {
            let tag = state_tag(name).ok_or_else(|| {
                Invalid::new(
                    "state",
                    crate::t!(
                        "mail-bad-state",
                        choices = crate::domain::outbox::STATES.join(", ")
                    ),
                )
            })?;
            outbox_in_state(store, tag)?
                .into_iter()
                .map(|id| store.require::<OutboxMail>(id))
                .collect::<Result<Vec<_>, _>>()?
        }
    };
    mails.sort_by_key(|mail| std::cmp::Reverse(mail.id));
    Ok(mails)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::outbox::INTERRUPTED_AFTER;
    use time::macros::datetime;

    #[test]
    fn of_two_deliveries_only_the_first_takes_a_message_until_its_attempt_counts_as_interrupted() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let now = datetime!(2026-12-05 09:30 UTC);
        let settings = MailSettings::load(&store).unwrap();
        let draft = Draft {
            to: vec!["kunde@example.org".into()],
            subject: "Rechnung".into(),
            body: "Anbei.".into(),
            ..Draft::default()
        };
        let mail = store
            .transaction(|tx| enqueue_in(tx, &settings, now, &draft))
            .unwrap();
        let first = start_attempt(&store, mail.id, now).unwrap();
        assert_eq!(first.map(|m| m.attempts), Some(1));
        let later = now + time::Duration::minutes(1);
        assert_eq!(start_attempt(&store, mail.id, later).unwrap(), None);
        let interrupted = start_attempt(&store, mail.id, now + INTERRUPTED_AFTER).unwrap();
        assert_eq!(interrupted.map(|m| m.attempts), Some(2));
    }

    #[test]
    fn base36_digits() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert_eq!(base36(1_796_547_600), "tpm900");
    }
}
