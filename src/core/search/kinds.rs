//! Per searched kind: the right it takes, the fields each role reads of it and the title a
//! hit shows. Room: core (rules over `core::access`; no I/O beyond the store's reads).

use super::{Asked, Fields, SearchGroup, SearchKind, hits_of};
use crate::core::access::{Access, Area, CustomerSight, require, serves};
use crate::core::{Actor, CoreError};
use crate::domain::campaign::Campaign;
use crate::domain::invoice::Invoice;
use crate::domain::sales::{Quote, SalesOrder};
use crate::domain::ticket::{Queue, Ticket};
use crate::domain::words::Field;
use crate::domain::{Customer, Interaction, Item, Supplier};
use crate::store::Store;

/// What readers of customers' names and addresses only (the warehouse) are found by.
const CUSTOMER_NAMES: &[Field] = &[Field::Name];

/// The hits of one kind, refused (`Refused`) when the actor reads none of it.
pub(super) fn search_kind(
    store: &Store,
    actor: &Actor,
    kind: SearchKind,
    asked: &Asked,
) -> Result<SearchGroup, CoreError> {
    let read = |area| require(actor, area, Access::Read);
    match kind {
        SearchKind::Customer => {
            let fields = match CustomerSight::of(actor)? {
                CustomerSight::Full => Fields::All,
                CustomerSight::NamesAndAddresses => Fields::Only(CUSTOMER_NAMES),
            };
            hits_of::<Customer>(store, kind, asked, &|customer| {
                Ok(Some((titled(&customer.number, &customer.name), fields)))
            })
        }
        SearchKind::Interaction => {
            read(Area::Crm)?;
            hits_of::<Interaction>(store, kind, asked, &|interaction| {
                Ok(Some((interaction.subject.clone(), Fields::All)))
            })
        }
        SearchKind::Ticket => {
            read(Area::Service)?;
            let queues = std::cell::RefCell::new(std::collections::HashMap::new());
            hits_of::<Ticket>(store, kind, asked, &|ticket| {
                let mut queues = queues.borrow_mut();
                let served = match queues.get(&ticket.queue) {
                    Some(served) => *served,
                    None => {
                        let served = store
                            .get::<Queue>(ticket.queue)?
                            .is_some_and(|queue| serves(actor, &queue, Access::Read));
                        queues.insert(ticket.queue, served);
                        served
                    }
                };
                let title = titled(&ticket.number.to_string(), &ticket.subject);
                Ok(served.then_some((title, Fields::All)))
            })
        }
        SearchKind::Quote => {
            read(Area::Sales)?;
            hits_of::<Quote>(store, kind, asked, &|quote| {
                Ok(Some((quote.number.clone(), Fields::All)))
            })
        }
        SearchKind::Order => {
            read(Area::Sales)?;
            hits_of::<SalesOrder>(store, kind, asked, &|order| {
                Ok(Some((titled(&order.number, &order.reference), Fields::All)))
            })
        }
        SearchKind::Invoice => {
            read(Area::Invoices)?;
            hits_of::<Invoice>(store, kind, asked, &|invoice| {
                Ok(Some((
                    titled(&invoice.number, &invoice.buyer.name),
                    Fields::All,
                )))
            })
        }
        SearchKind::Item => {
            read(Area::Items)?;
            hits_of::<Item>(store, kind, asked, &|item| {
                Ok(Some((titled(&item.sku, &item.name), Fields::All)))
            })
        }
        SearchKind::Supplier => {
            read(Area::Purchasing)?;
            hits_of::<Supplier>(store, kind, asked, &|supplier| {
                Ok(Some((
                    titled(&supplier.number, &supplier.name),
                    Fields::All,
                )))
            })
        }
        SearchKind::Campaign => {
            read(Area::Marketing)?;
            hits_of::<Campaign>(store, kind, asked, &|campaign| {
                Ok(Some((campaign.name.clone(), Fields::All)))
            })
        }
    }
}

/// "number · name", or whichever of the two is there.
fn titled(number: &str, name: &str) -> String {
    match (number.trim(), name.trim()) {
        ("", name) => name.to_string(),
        (number, "") => number.to_string(),
        (number, name) => format!("{number} · {name}"),
    }
}
