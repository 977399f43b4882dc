//! `ticket note`: an internal note (never shown to the customer, moves no SLA clock).
//! Room: core.

use time::OffsetDateTime;

use super::change_ticket;
use crate::core::{Actor, CoreError};
use crate::domain::ticket::{Article, ArticleKind, Ticket};

pub(super) fn note(
    store: &crate::store::Store,
    actor: &Actor,
    ticket: &str,
    text: &str,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    change_ticket(store, actor, ticket, now, |_, ticket| {
        ticket.push_article(Article::new(ArticleKind::Note, &actor.name, now, text));
        Ok(())
    })
}
