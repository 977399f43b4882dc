//! `ticket reply`: a public answer to the customer. By mail the answer is queued in the
//! outbox in the same transaction as its article (`mail_out`: recipient, tagged subject,
//! threading headers), the article keeping the mail's Message-ID — so the customer's reply
//! threads back — and, through the outbox's origin hook, its delivery; by phone it records
//! the call (no delivery). The text's merge fields are filled in, a template wraps it
//! (`templates`). A new ticket becomes open with its first answer, unless a status is
//! given. Room: core.

use time::OffsetDateTime;

use super::{change_ticket, mail_out, surviving, templates, ticket_by_number_text};
use crate::core::mail_settings::MailSettings;
use crate::core::outbox::{self, Draft};
use crate::core::{Actor, CoreError};
use crate::domain::ticket::{Article, ArticleKind, Delivery, Ticket, TicketStatus};
use crate::domain::{Customer, Invalid};
use crate::store::{Store, abort};

/// The delivery a new article of `kind` starts with: mail out waits in the outbox.
pub fn initial_delivery(kind: ArticleKind) -> Option<Delivery> {
    (kind == ArticleKind::MailOut).then_some(Delivery::Queued)
}

/// What an answer says: its text (merge fields allowed) and the template around it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Answer<'a> {
    pub text: &'a str,
    pub template: Option<&'a str>,
}

pub(super) fn reply(
    store: &Store,
    actor: &Actor,
    number: &str,
    channel: ArticleKind,
    answer: Answer<'_>,
    status: Option<TicketStatus>,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    if !channel.to_customer() {
        return Err(Invalid::new("channel", crate::t!("core-ticket-reply-channel")).into());
    }
    let ticket = surviving(store, ticket_by_number_text(store, number)?)?;
    let customer = match ticket.customer {
        Some(id) => store.get::<Customer>(id)?,
        None => None,
    };
    let fields = mail_out::merge_fields(
        &ticket,
        customer.as_ref().map(|c| c.name.as_str()),
        &actor.name,
    );
    let text = match answer.template {
        Some(name) => templates::render(name, answer.text, &fields)?,
        None => templates::merge(answer.text, &fields),
    };
    let mail = match channel {
        ArticleKind::MailOut => {
            let settings = MailSettings::load(store)?;
            let draft = mail_out::draft(&ticket, customer.as_ref(), &text)?;
            outbox::check(&settings, &draft)?;
            Some((settings, customer))
        }
        _ => None,
    };
    let changed = change_ticket(store, actor, number, now, |tx, ticket| {
        let mut article = Article::new(channel, &actor.name, now, &text);
        article.delivery = initial_delivery(channel);
        if let Some((settings, customer)) = &mail {
            // Threaded on the ticket as it is in this transaction.
            let draft: Draft = mail_out::draft(ticket, customer.as_ref(), &text).or_else(abort)?;
            let seq = ticket.articles.iter().map(|a| a.seq).max().unwrap_or(0) + 1;
            let queued = outbox::enqueue_in(
                tx,
                settings,
                now,
                &mail_out::with_origin(draft, ticket.id, seq),
            )?;
            mail_out::record_headers(&mut article, &queued);
        }
        ticket.push_article(article);
        let next = match (status, ticket.status) {
            (Some(status), _) => status,
            (None, TicketStatus::New) => TicketStatus::Open,
            (None, current) => current,
        };
        ticket.set_status(next, &actor.name, now);
        Ok(())
    })?;
    if mail.is_some() {
        store.flush()?;
    }
    Ok(changed)
}
