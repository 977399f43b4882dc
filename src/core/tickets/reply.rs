//! `ticket reply`: a public answer to the customer. By mail the article is recorded with
//! delivery `Queued` — the outbox's hook: it sends queued mail-out articles and records
//! sent or failed with the server's reply; by phone it records the call (no delivery).
//! A new ticket becomes open with its first answer, unless a status is given. Room: core.

use time::OffsetDateTime;

use super::change_ticket;
use crate::core::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::ticket::{Article, ArticleKind, Delivery, Ticket, TicketStatus};

/// The delivery a new article of `kind` starts with: mail out waits in the outbox.
pub fn initial_delivery(kind: ArticleKind) -> Option<Delivery> {
    (kind == ArticleKind::MailOut).then_some(Delivery::Queued)
}

pub(super) fn reply(
    store: &crate::store::Store,
    actor: &Actor,
    ticket: &str,
    channel: ArticleKind,
    text: &str,
    status: Option<TicketStatus>,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    if !channel.to_customer() {
        return Err(Invalid::new("channel", crate::t!("core-ticket-reply-channel")).into());
    }
    change_ticket(store, actor, ticket, now, |_, ticket| {
        let mut article = Article::new(channel, &actor.name, now, text);
        article.delivery = initial_delivery(channel);
        ticket.push_article(article);
        let next = match (status, ticket.status) {
            (Some(status), _) => status,
            (None, TicketStatus::New) => TicketStatus::Open,
            (None, current) => current,
        };
        ticket.set_status(next, &actor.name, now);
        Ok(())
    })
}
