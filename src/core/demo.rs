//! Loading demo data into an empty database. Room: core.

use super::demo_data::generate;
use super::{Actor, Command, CoreError, Event, execute};
use crate::store::Store;

/// What `load_demo` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoCounts {
    pub customers: usize,
    pub interactions: usize,
    pub opportunities: usize,
}

/// Fills an empty database with `customers` demo customers and their history. Refuses a
/// database that holds any record.
pub fn load_demo(store: &Store, actor: &Actor, customers: usize) -> Result<DemoCounts, CoreError> {
    if !store.is_empty()? {
        return Err(CoreError::Refused(format!(
            "database {} is not empty; demo data goes only into an empty database",
            store.path().display()
        )));
    }
    let mut data = generate(customers, super::now(), 0x6b6f6e746f72);
    let ids = match execute(
        store,
        actor,
        Command::ImportCustomers {
            customers: data.customers,
        },
    )? {
        Event::Imported { ids, .. } => ids,
        _ => Vec::new(),
    };
    let real_id = |index: u64| ids.get(index as usize).copied().unwrap_or(0);
    for interaction in &mut data.interactions {
        interaction.customer_id = real_id(interaction.customer_id);
    }
    for opportunity in &mut data.opportunities {
        opportunity.customer_id = real_id(opportunity.customer_id);
    }
    let counts = DemoCounts {
        customers: ids.len(),
        interactions: data.interactions.len(),
        opportunities: data.opportunities.len(),
    };
    execute(
        store,
        actor,
        Command::ImportInteractions {
            interactions: data.interactions,
        },
    )?;
    execute(
        store,
        actor,
        Command::ImportOpportunities {
            opportunities: data.opportunities,
        },
    )?;
    Ok(counts)
}
