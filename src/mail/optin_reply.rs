//! The mailgate's check for replies to a double opt-in's confirmation mail, made before
//! any ticket routing: the reply's threading headers and subject, its sender and the loop
//! guard's verdict handed to `core::consent_optin::confirm_by_reply`. Room: mail (an
//! adapter over core).

use time::OffsetDateTime;

use super::inbound::InboundMail;
use crate::core::CoreError;
use crate::core::consent_optin::{Incoming, Reply, confirm_by_reply};
use crate::core::mail_settings::MailSettings;
use crate::store::Store;

/// Whether `mail` answers a double opt-in's confirmation mail, and what became of it.
pub(super) fn consent_reply(
    store: &Store,
    now: OffsetDateTime,
    mail: &InboundMail,
) -> Result<Option<Reply>, CoreError> {
    let own_loop = MailSettings::load(store)?.loop_tag;
    let incoming = Incoming {
        in_reply_to: mail.in_reply_to.as_deref(),
        references: &mail.references,
        subject: &mail.subject,
        from: &mail.from.address,
        automatic: super::loop_guard::automatic(mail, &own_loop).is_some(),
    };
    confirm_by_reply(store, &incoming, now)
}
