//! Searching every interaction ever logged, without an index of its own: the interactions
//! of the customers whose name matches come at once through `interactions.by_customer`;
//! the subjects and bodies of all others are read newest first, a slice at a time, so a
//! screen can show the first matches at once and go on between keystrokes. A slice ends
//! with the id to go on below; nothing is read twice and nothing is skipped. Needs the CRM
//! right, as every interaction query. Room: core.

use std::collections::HashSet;

use time::OffsetDateTime;

use super::{checked_search_text, find_by_name};
use crate::core::access::{self, Access, Area};
use crate::core::{Actor, CoreError};
use crate::domain::Interaction;
use crate::domain::fold::fold;
use crate::store::Store;
use crate::store::keys::Key;
use crate::store::kinds::interaction::BY_CUSTOMER;

/// Records one slice reads: about 5 ms in a release build (see `kontor-bench --tui`),
/// well inside a frame, so typing stays responsive while a search goes on.
pub const SLICE_RECORDS: usize = 10_000;
/// Customers matched by name whose interactions a search includes.
const NAMED_CUSTOMERS: usize = 20;

/// One search text over the whole history: the text folded, and the customers whose name
/// matches it (their interactions come from `of_named_customers`, and slices skip them).
#[derive(Debug, Clone)]
pub struct InteractionSearch {
    folded: String,
    customers: HashSet<u64>,
}

/// What one slice of the scan found.
#[derive(Debug, Clone, Default)]
pub struct Slice {
    /// Matches, highest id first.
    pub found: Vec<Interaction>,
    /// The id to go on below; `None` when the oldest interaction has been read.
    pub next: Option<u64>,
    /// When the last interaction read was logged: how far back the search has come.
    pub reached: Option<OffsetDateTime>,
}

impl InteractionSearch {
    /// A search for `text` (case and accents aside), with the customers whose name (or a
    /// word of it) begins with it.
    pub fn new(store: &Store, actor: &Actor, text: &str) -> Result<InteractionSearch, CoreError> {
        access::require(actor, Area::Crm, Access::Read)?;
        let folded = fold(checked_search_text(text)?);
        let customers = if folded.is_empty() {
            HashSet::new()
        } else {
            find_by_name(store, actor, &folded, NAMED_CUSTOMERS)?
                .into_iter()
                .map(|hit| hit.customer.id)
                .collect()
        };
        Ok(InteractionSearch { folded, customers })
    }

    /// Whether an interaction's subject or body contains the text.
    fn in_text(&self, interaction: &Interaction) -> bool {
        fold(&interaction.subject).contains(&self.folded)
            || (!interaction.body.is_empty() && fold(&interaction.body).contains(&self.folded))
    }

    /// The interactions of the customers whose name matched, latest first, at most
    /// `limit`: ordered by the index keys, so only the ones returned are read.
    pub fn of_named_customers(
        &self,
        store: &Store,
        actor: &Actor,
        limit: usize,
    ) -> Result<Vec<Interaction>, CoreError> {
        access::require(actor, Area::Crm, Access::Read)?;
        // Keys are (customer, time, id): past the customer's 8 bytes, (time, id).
        let mut latest: Vec<(Vec<u8>, u64)> = Vec::new();
        for &customer in &self.customers {
            let prefix = Key::new().u64(customer);
            for entry in store
                .index_prefix(BY_CUSTOMER, prefix.as_bytes())?
                .rev()
                .take(limit)
            {
                let (mut key, id) = entry?;
                key.drain(..key.len().min(8));
                latest.push((key, id));
            }
        }
        latest.sort_unstable_by(|a, b| b.cmp(a));
        let mut found = Vec::with_capacity(limit.min(latest.len()));
        for (_, id) in latest.into_iter().take(limit) {
            found.extend(store.get::<Interaction>(id)?);
        }
        Ok(found)
    }

    /// Reads up to `budget` interactions newest first, below the id `below` (from the
    /// newest when `None`), and returns those whose subject or body contains the text — not
    /// those of the customers matched by name, which `of_named_customers` returns. Stops
    /// early at the `limit`th match, and then goes on below it.
    pub fn slice(
        &self,
        store: &Store,
        actor: &Actor,
        below: Option<u64>,
        budget: usize,
        limit: usize,
    ) -> Result<Slice, CoreError> {
        access::require(actor, Area::Crm, Access::Read)?;
        let page = store.before::<Interaction>(below, budget)?;
        let mut slice = Slice {
            next: page.last().filter(|_| page.len() == budget).map(|i| i.id),
            reached: page.last().map(|i| i.at),
            found: Vec::new(),
        };
        for interaction in page {
            if self.customers.contains(&interaction.customer_id) || !self.in_text(&interaction) {
                continue;
            }
            let (id, at) = (interaction.id, interaction.at);
            slice.found.push(interaction);
            if slice.found.len() >= limit {
                slice.next = Some(id);
                slice.reached = Some(at);
                break;
            }
        }
        Ok(slice)
    }
}

#[cfg(test)]
mod tests;
