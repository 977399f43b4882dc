//! What a command wrote, as the store committed it: per tree, the ids of the records it
//! created, changed or deleted — kept as ranges, so a bulk import of a million records is a
//! handful of entries — and whether a setting changed. The core opens a collection around
//! one command (`collect`); every transaction, bulk batch and setting that commits on that
//! thread meanwhile adds to it, and nothing that was rolled back does. Live refresh and the
//! audit use this report instead of guessing from the command's event. Room: store.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::RangeInclusive;

/// The records and settings one command wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    trees: BTreeMap<&'static str, Vec<RangeInclusive<u64>>>,
    settings: bool,
}

impl Written {
    /// Nothing was written.
    pub fn is_empty(&self) -> bool {
        self.trees.is_empty() && !self.settings
    }

    /// The trees (record kinds, by tree name) that had records written.
    pub fn trees(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.trees.keys().copied()
    }

    /// The ids written in `tree`, ascending (none are known of what another process wrote:
    /// see `feed`).
    pub fn ids(&self, tree: &str) -> impl Iterator<Item = u64> + '_ {
        self.trees
            .get(tree)
            .into_iter()
            .flatten()
            .cloned()
            .flatten()
    }

    /// Whether a database-wide setting changed.
    pub fn settings(&self) -> bool {
        self.settings
    }

    /// Notes that records of `tree` were written, without their ids.
    pub(super) fn note_kind(&mut self, tree: &'static str) {
        self.trees.entry(tree).or_default();
    }

    /// Notes a changed setting.
    pub(super) fn note_setting(&mut self) {
        self.settings = true;
    }

    /// Notes one record of `tree`.
    pub(super) fn add(&mut self, tree: &'static str, id: u64) {
        self.add_range(tree, id..=id);
    }

    /// Notes the records `ids` of `tree`, merging touching ranges.
    fn add_range(&mut self, tree: &'static str, ids: RangeInclusive<u64>) {
        let ranges = self.trees.entry(tree).or_default();
        if let Some(last) = ranges.last_mut()
            && *ids.start() >= *last.start()
            && *ids.start() <= last.end().saturating_add(1)
        {
            *last = *last.start()..=(*last.end()).max(*ids.end());
            return;
        }
        ranges.push(ids);
        ranges.sort_by_key(|range| *range.start());
        let mut merged: Vec<RangeInclusive<u64>> = Vec::with_capacity(ranges.len());
        for range in ranges.drain(..) {
            match merged.last_mut() {
                Some(last) if *range.start() <= last.end().saturating_add(1) => {
                    *last = *last.start()..=(*last.end()).max(*range.end());
                }
                _ => merged.push(range),
            }
        }
        *ranges = merged;
    }

    /// How many records were written.
    pub(super) fn count(&self) -> u64 {
        self.trees
            .values()
            .flatten()
            .map(|range| range.end() - range.start() + 1)
            .sum()
    }

    /// The same without the records of `tree`.
    pub(super) fn without(mut self, tree: &str) -> Written {
        self.trees.remove(tree);
        self
    }

    pub(super) fn merge(&mut self, other: Written) {
        for (tree, ranges) in other.trees {
            self.note_kind(tree);
            for range in ranges {
                self.add_range(tree, range);
            }
        }
        self.settings |= other.settings;
    }
}

thread_local! {
    static COLLECTING: RefCell<Option<Written>> = const { RefCell::new(None) };
}

/// Collects what commits on this thread until `finish` (or drop).
pub struct Collection {
    previous: Option<Written>,
    finished: bool,
}

/// Starts collecting what commits on this thread.
pub fn collect() -> Collection {
    Collection {
        previous: COLLECTING.with(|cell| cell.replace(Some(Written::default()))),
        finished: false,
    }
}

impl Collection {
    /// What committed since `collect`.
    pub fn finish(mut self) -> Written {
        self.finished = true;
        let previous = self.previous.take();
        COLLECTING
            .with(|cell| cell.replace(previous))
            .unwrap_or_default()
    }
}

impl Drop for Collection {
    fn drop(&mut self) {
        if !self.finished {
            let previous = self.previous.take();
            COLLECTING.with(|cell| *cell.borrow_mut() = previous);
        }
    }
}

/// Whether a collection is open on this thread (otherwise what commits need not be noted).
pub(super) fn collecting() -> bool {
    COLLECTING.with(|cell| cell.borrow().is_some())
}

/// Adds what just committed to the open collection, if any.
pub(super) fn committed(written: Written) {
    if written.is_empty() {
        return;
    }
    COLLECTING.with(|cell| {
        if let Some(open) = cell.borrow_mut().as_mut() {
            open.merge(written);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_kept_as_ranges_and_read_back_in_order() {
        let mut written = Written::default();
        for id in [5, 3, 4, 9, 1_000_000, 10, 2] {
            written.add("customers", id);
        }
        assert_eq!(
            written.ids("customers").collect::<Vec<_>>(),
            [2, 3, 4, 5, 9, 10, 1_000_000]
        );
        assert_eq!(written.trees["customers"].len(), 3);
        assert!(written.ids("items").next().is_none());
    }

    #[test]
    fn only_what_commits_inside_a_collection_is_reported() {
        let mut outside = Written::default();
        outside.add("items", 1);
        committed(outside);
        let collection = collect();
        let mut inside = Written::default();
        inside.add("customers", 7);
        committed(inside);
        let mut setting = Written::default();
        setting.note_setting();
        committed(setting);
        let written = collection.finish();
        assert_eq!(written.trees().collect::<Vec<_>>(), ["customers"]);
        assert!(written.settings());
        committed(Written::default());
        assert!(COLLECTING.with(|cell| cell.borrow().is_none()));
    }
}
