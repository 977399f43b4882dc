//! Searching every interaction ever logged, or every open follow-up due, without an index
//! of its own. Over all interactions, those of the customers whose name matches come at
//! once through `interactions.by_customer`, and the subjects and bodies of all others are
//! read newest first, a slice at a time, so a screen shows the first matches at once and
//! goes on between keystrokes. Over the follow-ups due, slices read `interactions.by_due`
//! in due order and match the named customers too. A slice ends with where to go on;
//! nothing is read twice and nothing is skipped. What was logged after the search began is
//! read newest first down to the latest it knew (`logged_after`). Needs the CRM right, as
//! every interaction query. Room: core.

use std::collections::HashSet;
use std::ops::Range;

use time::Date;

use super::{checked_search_text, find_by_name};
use crate::core::access::{self, Access, Area};
use crate::core::{Actor, CoreError};
use crate::domain::Interaction;
use crate::domain::fold::fold;
use crate::store::kinds::interaction as interactions;
use crate::store::{IndexPosition, Store, StoreResult};

/// Records one slice reads. Most of a slice's cost is sled reading pages not in its cache
/// (a whole-history scan reads cold ones) and decoding. At 5M interactions on 2 cores
/// (`kontor-bench --tui`), slices of 2,500 took 15.9 ms (p50) and 104 ms (p99) with their
/// frame, and 11.5 ms each over a whole scan with a warm page cache: a key typed during a
/// slice waits for it, so slices are 1,000 records, about 5 ms warm.
pub const SLICE_RECORDS: usize = 1_000;
/// Records the first slice reads, with the key that starts a search: fewer, so that key's
/// frame comes sooner; the next slices, between keys, read `SLICE_RECORDS`.
pub const FIRST_SLICE_RECORDS: usize = SLICE_RECORDS / 4;
/// Customers matched by name whose interactions a search includes.
const NAMED_CUSTOMERS: usize = 20;

/// Which interactions a search reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every interaction, newest first.
    All,
    /// The open follow-ups due on or before this date, by due date.
    DueBy(Date),
}

/// One search text over a scope: the text folded, and the customers whose name matches it.
#[derive(Debug, Clone)]
pub struct InteractionSearch {
    folded: String,
    customers: HashSet<u64>,
    scope: Scope,
}

/// Where the next slice goes on; only a slice makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resume(Position);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Position {
    /// Below this interaction id (`Scope::All`).
    Below(u64),
    /// After this follow-up in due order (`Scope::DueBy`).
    After(IndexPosition),
}

/// What one slice of the scan found.
#[derive(Debug, Clone, Default)]
pub struct Slice {
    /// Matches in the scope's order.
    pub found: Vec<Interaction>,
    /// Where to go on; `None` when the whole scope has been read.
    pub next: Option<Resume>,
    /// How far the search has come: the day the last interaction read was logged (all),
    /// or its follow-up's due date (due).
    pub reached: Option<Date>,
}

impl InteractionSearch {
    /// A search for `text` (case and accents aside) over `scope`, with the customers whose
    /// name (or a word of it) begins with it.
    pub fn new(
        store: &Store,
        actor: &Actor,
        text: &str,
        scope: Scope,
    ) -> Result<InteractionSearch, CoreError> {
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
        Ok(InteractionSearch {
            folded,
            customers,
            scope,
        })
    }

    /// Whether an interaction's subject or body contains the text.
    fn in_text(&self, interaction: &Interaction) -> bool {
        fold(&interaction.subject).contains(&self.folded)
            || (!interaction.body.is_empty() && fold(&interaction.body).contains(&self.folded))
    }

    /// Whether a slice returns this interaction: over all, one whose subject or body
    /// matches but not of a customer matched by name (`of_named_customers` returns
    /// those); over the follow-ups due, any that matches and is due by the date.
    fn wanted(&self, interaction: &Interaction) -> bool {
        match self.scope {
            Scope::All => {
                !self.customers.contains(&interaction.customer_id) && self.in_text(interaction)
            }
            Scope::DueBy(_) => self.matches(interaction),
        }
    }

    /// Interactions logged after `newest` (ids above it), newest first, that the search
    /// matches in any way — a customer matched by name or the text; over the follow-ups due
    /// only those due by the date — at most `limit`: what a search running since `newest`
    /// was the latest has not seen.
    pub fn logged_after(
        &self,
        store: &Store,
        actor: &Actor,
        newest: u64,
        limit: usize,
    ) -> Result<Vec<Interaction>, CoreError> {
        access::require(actor, Area::Crm, Access::Read)?;
        let mut found = Vec::new();
        let mut below = None;
        while found.len() < limit {
            let page = store.before::<Interaction>(below, SLICE_RECORDS)?;
            let Some(last) = page.last().map(|i| i.id) else {
                break;
            };
            let newer: Vec<Interaction> = page.into_iter().take_while(|i| i.id > newest).collect();
            let ended = newer.last().map(|i| i.id) != Some(last);
            found.extend(newer.into_iter().filter(|i| self.matches(i)));
            if ended {
                break;
            }
            below = Some(last);
        }
        found.truncate(limit);
        Ok(found)
    }

    /// Whether the search matches an interaction in any way (`wanted` leaves out, over all,
    /// those `of_named_customers` returns).
    fn matches(&self, interaction: &Interaction) -> bool {
        let named = self.customers.contains(&interaction.customer_id);
        let due = match self.scope {
            Scope::All => true,
            Scope::DueBy(date) => interaction.open_follow_up().is_some_and(|due| due <= date),
        };
        due && (named || self.in_text(interaction))
    }

    /// Over all interactions: those of the customers whose name matched, latest first, the
    /// ones at `positions` in that order — ordered by the index keys, so only the ones
    /// returned are read (a screen reads a screenful first, the rest later). Over the
    /// follow-ups due: none (the slices return them).
    pub fn of_named_customers(
        &self,
        store: &Store,
        actor: &Actor,
        positions: Range<usize>,
    ) -> Result<Vec<Interaction>, CoreError> {
        access::require(actor, Area::Crm, Access::Read)?;
        if self.scope != Scope::All {
            return Ok(Vec::new());
        }
        // Positions in time compare as (time, id) across customers.
        let mut latest: Vec<(IndexPosition, u64)> = Vec::new();
        for &customer in &self.customers {
            for entry in interactions::of_customer_in_time(store, customer)?
                .rev()
                .take(positions.end)
            {
                latest.push(entry?);
            }
        }
        latest.sort_unstable_by(|a, b| b.cmp(a));
        let mut found = Vec::with_capacity(positions.len().min(latest.len()));
        for (_, id) in latest.into_iter().take(positions.end).skip(positions.start) {
            found.extend(store.get::<Interaction>(id)?);
        }
        Ok(found)
    }

    /// Reads up to `budget` interactions of the scope in its order, from `from` (the
    /// start when `None`), and returns the ones `wanted`. Stops early at the `limit`th
    /// match, and then goes on after it.
    pub fn slice(
        &self,
        store: &Store,
        actor: &Actor,
        from: Option<&Resume>,
        budget: usize,
        limit: usize,
    ) -> Result<Slice, CoreError> {
        access::require(actor, Area::Crm, Access::Read)?;
        let from = from.map(|Resume(position)| position);
        let read: Vec<(Position, Option<Interaction>)> = match self.scope {
            Scope::All => {
                let below = match from {
                    Some(Position::Below(id)) => Some(*id),
                    _ => None,
                };
                store
                    .before::<Interaction>(below, budget)?
                    .into_iter()
                    .map(|i| (Position::Below(i.id), Some(i)))
                    .collect()
            }
            Scope::DueBy(date) => {
                let after = match from {
                    Some(Position::After(position)) => Some(position),
                    _ => None,
                };
                interactions::due_by(store, date, after)?
                    .take(budget)
                    .map(|entry| {
                        let (position, id) = entry?;
                        Ok((Position::After(position), store.get::<Interaction>(id)?))
                    })
                    .collect::<StoreResult<_>>()?
            }
        };
        let complete = read.len() < budget;
        let mut slice = Slice::default();
        let mut last = None;
        for (position, interaction) in read {
            last = Some(position);
            let Some(interaction) = interaction else {
                continue;
            };
            slice.reached = match self.scope {
                Scope::All => Some(interaction.at.date()),
                Scope::DueBy(_) => interaction.open_follow_up(),
            };
            if self.wanted(&interaction) {
                slice.found.push(interaction);
                if slice.found.len() >= limit {
                    slice.next = last.map(Resume);
                    return Ok(slice);
                }
            }
        }
        slice.next = last.filter(|_| !complete).map(Resume);
        Ok(slice)
    }
}

#[cfg(test)]
mod tests;
