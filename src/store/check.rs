//! `check` and `reindex`: compare every index tree with the entries the records imply (the
//! kinds' one index-entries function), and rebuild index trees from the records.
//! Room: store.
//!
//! Each kind's records are read and their index entries computed once; the entries a kind
//! implies are then sorted and merged tree by tree against each index tree's own sorted
//! iteration, so memory stays bounded by the index entries of one kind at a time.

use std::cmp::Ordering;
use std::fmt;

use super::error::StoreResult;
use super::keys::{read_u64, trailing_id};
use super::kinds::{KINDS, KindOps};
use super::tree_writes::TreeWrites;
use super::tx::META;
use super::{OpenStep, Store, WORD_STEP};

/// How many index entries are gathered and written in key order at a time while rebuilding.
const REINDEX_BATCH: usize = 10_000;
/// In `meta` while `reindex` runs.
const REINDEX_UNDER_WAY: &str = "reindex/under-way";

/// The entries of one index tree that the records imply: (key, value) pairs, and whether
/// the tree sums its records' figures.
#[derive(Default)]
struct Expected {
    entries: Vec<(Vec<u8>, Vec<u8>)>,
    summed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// A record implies an entry the index lacks.
    Missing,
    /// The index has an entry no record implies.
    Extra,
    /// A unique entry points at a different record than the one that implies it.
    Stale,
    /// A record cannot be read.
    Unreadable,
    /// Confirmed orders reserve more of an item than is on hand (at a location, or in all):
    /// stock was taken against the reservations (`--allow-negative`, a count); `reindex`
    /// does not mend it — receiving stock, cancelling or re-allocating does.
    Overreserved,
}

/// One inconsistency found by `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub tree: &'static str,
    pub key: Vec<u8>,
    pub detail: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ProblemKind::Missing => crate::t!("core-store-check-missing"),
            ProblemKind::Extra => crate::t!("core-store-check-extra"),
            ProblemKind::Stale => crate::t!("core-store-check-stale"),
            ProblemKind::Unreadable => crate::t!("core-store-check-unreadable"),
            ProblemKind::Overreserved => crate::t!("core-store-check-overreserved"),
        };
        write!(
            f,
            "{}: {what} {}: {}",
            self.tree,
            shown_key(&self.key),
            self.detail
        )
    }
}

/// A key for people: printable ASCII as is, other bytes as \xNN.
fn shown_key(key: &[u8]) -> String {
    key.iter()
        .map(|&b| match b {
            0x20..=0x7e => (b as char).to_string(),
            _ => format!("\\x{b:02x}"),
        })
        .collect()
}

impl Store {
    /// Walks every record and every index entry; returns each inconsistency.
    pub fn check(&self) -> StoreResult<Vec<Problem>> {
        let mut problems = Vec::new();
        for kind in KINDS.iter().filter(|kind| !kind.indexes.is_empty()) {
            let expected = self.expected_entries(kind, &mut problems)?;
            for (
                &index,
                Expected {
                    mut entries,
                    summed,
                },
            ) in kind.indexes.iter().zip(expected)
            {
                entries.sort();
                if summed {
                    entries = super::sums::fold(entries)?;
                }
                self.merge_index(kind, index, entries, summed, &mut problems)?;
            }
        }
        problems.extend(self.check_balances()?);
        problems.extend(super::kinds::sales_demand::reservation_problems(self)?);
        Ok(problems)
    }

    /// The entries the records of a kind imply, one `Expected` per index tree in the order
    /// of `kind.indexes`, from one walk over the records (each decoded once); a record that
    /// cannot be read is a problem.
    fn expected_entries(
        &self,
        kind: &KindOps,
        problems: &mut Vec<Problem>,
    ) -> StoreResult<Vec<Expected>> {
        let mut expected: Vec<Expected> =
            kind.indexes.iter().map(|_| Expected::default()).collect();
        for entry in self.tree(kind.tree)?.iter() {
            let (id, bytes) = entry?;
            match (kind.entries_of)(&bytes) {
                Ok(entries) => {
                    for entry in entries {
                        let slot = kind.indexes.iter().position(|&index| index == entry.tree);
                        if let Some(into) = slot.and_then(|slot| expected.get_mut(slot)) {
                            into.summed |= entry.summed;
                            into.entries.push((entry.key, entry.value));
                        }
                    }
                }
                Err(error) => problems.push(Problem {
                    kind: ProblemKind::Unreadable,
                    tree: kind.tree,
                    key: id.to_vec(),
                    detail: error.to_string(),
                }),
            }
        }
        Ok(expected)
    }

    fn merge_index(
        &self,
        kind: &KindOps,
        index: &'static str,
        expected: Vec<(Vec<u8>, Vec<u8>)>,
        summed: bool,
        problems: &mut Vec<Problem>,
    ) -> StoreResult<()> {
        let owner = |key: &[u8], value: &[u8]| {
            if summed {
                return crate::t!(
                    "core-store-check-sums",
                    kind = crate::domain::names::kind(kind.name)
                );
            }
            let id = read_u64(value).or_else(|| trailing_id(key)).unwrap_or(0);
            crate::domain::names::record(kind.name, id)
        };
        let mut wanted = expected.into_iter().peekable();
        let mut actual = self.tree(index)?.iter().peekable();
        loop {
            let order = match (wanted.peek(), actual.peek()) {
                (None, None) => break,
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (Some((want, _)), Some(Ok((have, _)))) => want.as_slice().cmp(have.as_ref()),
                (Some(_), Some(Err(_))) => Ordering::Greater,
            };
            match order {
                Ordering::Less => {
                    if let Some((key, value)) = wanted.next() {
                        let detail =
                            crate::t!("core-store-check-for", record = owner(&key, &value));
                        problems.push(Problem {
                            kind: ProblemKind::Missing,
                            tree: index,
                            key,
                            detail,
                        });
                    }
                }
                Ordering::Greater => {
                    if let Some(entry) = actual.next() {
                        let (key, value) = entry?;
                        problems.push(Problem {
                            kind: ProblemKind::Extra,
                            tree: index,
                            key: key.to_vec(),
                            detail: crate::t!(
                                "core-store-check-points-to",
                                record = owner(&key, &value)
                            ),
                        });
                    }
                }
                Ordering::Equal => {
                    if let (Some((key, want)), Some(entry)) = (wanted.next(), actual.next()) {
                        let (_, have) = entry?;
                        if want != have.as_ref() {
                            let detail = match read_u64(&want) {
                                Some(_) => format!(
                                    "points to {} instead of {}",
                                    owner(&[], &have),
                                    owner(&[], &want)
                                ),
                                None => crate::t!(
                                    "core-store-check-figures-differ",
                                    record = owner(&key, &want)
                                ),
                            };
                            problems.push(Problem {
                                kind: ProblemKind::Stale,
                                tree: index,
                                detail,
                                key,
                            });
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Rebuilds every index tree and the stock balances from the records. A mark in `meta`
    /// says a rebuild is under way until it is done, so a rebuild cut short (a killed
    /// process) is finished by the next open instead of leaving indexes half empty.
    pub fn reindex(&self) -> StoreResult<()> {
        let meta = self.tree(META)?;
        meta.insert(REINDEX_UNDER_WAY, [])?;
        self.flush()?;
        for kind in KINDS {
            self.reindex_kind(kind)?;
        }
        self.rebuild_balances()?;
        meta.remove(REINDEX_UNDER_WAY)?;
        self.flush()
    }

    /// Finishes a `reindex` that a killed process left under way.
    pub(super) fn finish_reindex(&self, observe: &mut dyn FnMut(OpenStep)) -> StoreResult<()> {
        if self.tree(META)?.contains_key(REINDEX_UNDER_WAY)? {
            observe(OpenStep::FinishingReindex);
            self.reindex()?;
        }
        Ok(())
    }

    pub(super) fn reindex_kind(&self, kind: &KindOps) -> StoreResult<()> {
        self.reindex_trees(kind, kind.indexes)
    }

    /// Rebuilds the index trees `indexes` of a kind (all of them, or the ones a release
    /// added) from its records.
    pub(super) fn reindex_trees(&self, kind: &KindOps, indexes: &[&str]) -> StoreResult<()> {
        self.reindex_trees_counted(kind, indexes, &mut |_| {})
    }

    /// Fills the word index (with any other index the release added) of a database from
    /// before it, telling `observe` how far it has come every `WORD_STEP` records.
    pub(super) fn fill_word_index(
        &self,
        kind: &KindOps,
        indexes: &[&str],
        observe: &mut dyn FnMut(OpenStep),
    ) -> StoreResult<()> {
        let total = self.tree(kind.tree)?.len()? as u64;
        let mut step = |done: u64| {
            observe(OpenStep::WordIndex {
                kind: kind.tree,
                done,
                total,
            })
        };
        step(0);
        self.reindex_trees_counted(kind, indexes, &mut |done| {
            if done.is_multiple_of(WORD_STEP) {
                step(done);
            }
        })
    }

    /// `reindex_trees`, calling `counted` with the number of records done after each.
    fn reindex_trees_counted(
        &self,
        kind: &KindOps,
        indexes: &[&str],
        counted: &mut dyn FnMut(u64),
    ) -> StoreResult<()> {
        for &index in indexes {
            self.tree(index)?.clear()?;
        }
        let mut pending = TreeWrites::default();
        let mut done = 0u64;
        for entry in self.tree(kind.tree)?.iter() {
            done += 1;
            counted(done);
            let (_, bytes) = entry?;
            pending.add_entries(
                (kind.entries_of)(&bytes)?
                    .into_iter()
                    .filter(|entry| indexes.contains(&entry.tree)),
            );
            if pending.len() >= REINDEX_BATCH {
                std::mem::take(&mut pending).apply(self)?;
            }
        }
        pending.apply(self)
    }
}
