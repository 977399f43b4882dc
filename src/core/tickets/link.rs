//! `ticket link`: links a ticket to an interaction (id), a sales order or invoice (number
//! or id) or another ticket (number); the linked record must exist. Room: core.

use super::{change_ticket, ticket_by_number_text};
use crate::core::{Actor, CoreError};
use crate::domain::Interaction;
use crate::domain::Invalid;
use crate::domain::invoice::Invoice;
use crate::domain::sales::SalesOrder;
use crate::domain::ticket::{LinkKind, Ticket, TicketLink};
use crate::store::Store;
use crate::store::kinds::{invoice::invoice_by_number, sales::order_by_number};

/// What to link, as typed.
#[derive(Debug, Clone)]
pub struct LinkTarget {
    pub kind: LinkKind,
    pub reference: String,
}

/// The id of the record `target` names; refused when there is none.
fn resolve(store: &Store, target: &LinkTarget) -> Result<u64, CoreError> {
    let text = target.reference.trim();
    let id = text.parse::<u64>().ok();
    let found = match target.kind {
        LinkKind::Interaction => {
            id.filter(|id| matches!(store.get::<Interaction>(*id), Ok(Some(_))))
        }
        LinkKind::Order => match order_by_number(store, text)? {
            Some(id) => Some(id),
            None => id.filter(|id| matches!(store.get::<SalesOrder>(*id), Ok(Some(_)))),
        },
        LinkKind::Invoice => match invoice_by_number(store, text)? {
            Some(id) => Some(id),
            None => id.filter(|id| matches!(store.get::<Invoice>(*id), Ok(Some(_)))),
        },
        LinkKind::Ticket => Some(ticket_by_number_text(store, text)?.id),
    };
    found.ok_or_else(|| {
        Invalid::new(
            "link",
            crate::t!(
                "core-ticket-link-unknown",
                kind = crate::domain::names::kind(target.kind.name()),
                reference = text
            ),
        )
        .into()
    })
}

pub(super) fn link(
    store: &Store,
    actor: &Actor,
    ticket: &str,
    target: &LinkTarget,
    now: time::OffsetDateTime,
) -> Result<Ticket, CoreError> {
    let link = TicketLink {
        kind: target.kind,
        id: resolve(store, target)?,
    };
    change_ticket(store, actor, ticket, now, |_, ticket| {
        ticket.link(link);
        Ok(())
    })
}
