//! `TicketCommand::Append`: an article as the mailgate (or an import) hands it over — an
//! incoming or outgoing mail with its Message-ID, In-Reply-To and References, automatic or
//! not, with attachments whose bytes go to the store's blobs in the same transaction. A
//! Message-ID another ticket already has is refused (the index is unique). Room: core.

use super::change_ticket;
use crate::core::{Actor, CoreError};
use crate::domain::ticket::{Article, AttachmentMeta, Ticket};
use crate::store::kinds::ticket::put_attachment;
use crate::store::{Store, Tx, TxResult};

/// An attachment as received: its name, MIME type and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    pub name: String,
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// Stores the bytes of `attachments` of article `seq` of ticket `id` and describes them on
/// the article.
pub(super) fn attach(
    tx: &Tx,
    id: u64,
    article: &mut Article,
    attachments: &[NewAttachment],
) -> TxResult<()> {
    article.attachments.clear();
    for attachment in attachments {
        let blob = put_attachment(tx, id, article.seq, &attachment.bytes)?;
        article.attachments.push(AttachmentMeta {
            name: attachment.name.trim().to_string(),
            mime: attachment.mime.trim().to_string(),
            size: u64::try_from(attachment.bytes.len()).unwrap_or(u64::MAX),
            blob,
        });
    }
    Ok(())
}

pub(super) fn append(
    store: &Store,
    actor: &Actor,
    ticket: &str,
    article: &Article,
    attachments: &[NewAttachment],
    now: time::OffsetDateTime,
) -> Result<Ticket, CoreError> {
    change_ticket(store, actor, ticket, now, |tx, ticket| {
        let seq = ticket.push_article(article.clone());
        let id = ticket.id;
        if let Some(added) = ticket.articles.iter_mut().find(|a| a.seq == seq) {
            attach(tx, id, added, attachments)?;
        }
        Ok(())
    })
}
