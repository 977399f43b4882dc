//! A segment's candidate customers, in id order, from the customer indexes: each indexed
//! criterion — status, owner, a tag of `tags-all` (each tag its own), the tags of
//! `tags-any` (their union), country — is a stream of ids from its index, and the streams
//! are intersected by leapfrogging: every stream seeks to the largest id another one stands
//! on until all agree, so the most selective stream sets the pace and the others are read
//! only around its ids (a few steps forward, else a seek into the index). Without an
//! indexed criterion every customer is read (a scan). Candidates are read lazily: a page
//! stops reading when it is full. Every candidate still has to meet every criterion
//! (`core::segments` checks them); the indexes only narrow who is read. Room: core (reads
//! customers; writes nothing).

use crate::domain::Customer;
use crate::domain::fold::fold;
use crate::domain::segment::{Criterion, TagMatch};
use crate::store::kinds::customer::{Selector, selected_from};
use crate::store::{Store, StoreResult};

use super::CoreError;

/// Steps a cursor walks forward before it seeks instead.
const STEPS: usize = 8;

/// The index groups of `criteria`: each group the union of its selectors, all groups
/// intersected. Criteria without an index (or an owner folding to nothing, which the owner
/// index does not hold) add none.
pub(super) fn groups(criteria: &[Criterion]) -> Vec<Vec<Selector>> {
    let mut groups = Vec::new();
    for criterion in criteria {
        match criterion {
            Criterion::Status(status) => groups.push(vec![Selector::Status(*status)]),
            Criterion::Owner(owner) if !fold(owner).is_empty() => {
                groups.push(vec![Selector::Owner(fold(owner))]);
            }
            Criterion::Tags(TagMatch::All, tags) => {
                groups.extend(tags.iter().map(|tag| vec![Selector::Tag(fold(tag))]));
            }
            Criterion::Tags(TagMatch::Any, tags) if !tags.is_empty() => {
                groups.push(tags.iter().map(|tag| Selector::Tag(fold(tag))).collect());
            }
            Criterion::Country(country) => groups.push(vec![Selector::Country(*country)]),
            _ => {}
        }
    }
    groups
}

/// One index's ids, read forward, able to seek.
struct Cursor<'s> {
    store: &'s Store,
    selector: Selector,
    ids: Box<dyn Iterator<Item = StoreResult<u64>> + 's>,
    /// The id it stands on; `None` at the end.
    at: Option<u64>,
}

impl<'s> Cursor<'s> {
    fn open(store: &'s Store, selector: Selector) -> StoreResult<Cursor<'s>> {
        let mut ids: Box<dyn Iterator<Item = StoreResult<u64>> + 's> =
            Box::new(selected_from(store, &selector, 0)?);
        let at = ids.next().transpose()?;
        Ok(Cursor {
            store,
            selector,
            ids,
            at,
        })
    }

    /// The first id of at least `target`, if any.
    fn seek(&mut self, target: u64) -> StoreResult<Option<u64>> {
        let mut steps = 0;
        while let Some(at) = self.at {
            if at >= target {
                return Ok(Some(at));
            }
            if steps == STEPS {
                self.ids = Box::new(selected_from(self.store, &self.selector, target)?);
                self.at = self.ids.next().transpose()?;
                return Ok(self.at);
            }
            self.at = self.ids.next().transpose()?;
            steps += 1;
        }
        Ok(None)
    }
}

/// The union of some cursors: the first id of at least `target` any of them has.
fn seek_any(cursors: &mut [Cursor], target: u64) -> StoreResult<Option<u64>> {
    let mut first = None;
    for cursor in cursors {
        if let Some(id) = cursor.seek(target)? {
            first = Some(first.map_or(id, |known: u64| known.min(id)));
        }
    }
    Ok(first)
}

/// The ids every group holds, in id order (leapfrog intersection).
struct Intersection<'s> {
    groups: Vec<Vec<Cursor<'s>>>,
    /// The least id the next candidate may have; `None` when done.
    next: Option<u64>,
}

impl Intersection<'_> {
    fn advance(&mut self) -> StoreResult<Option<u64>> {
        let Some(mut candidate) = self.next else {
            return Ok(None);
        };
        'agree: loop {
            for group in &mut self.groups {
                match seek_any(group, candidate)? {
                    None => {
                        self.next = None;
                        return Ok(None);
                    }
                    Some(id) if id > candidate => {
                        candidate = id;
                        continue 'agree;
                    }
                    Some(_) => {}
                }
            }
            self.next = candidate.checked_add(1);
            return Ok(Some(candidate));
        }
    }
}

enum Source<'s> {
    Indexed(Intersection<'s>),
    Scan(Box<dyn Iterator<Item = StoreResult<Customer>> + 's>),
}

/// The candidate customers of a segment, in id order, read as they are asked for.
pub(super) struct Candidates<'s> {
    store: &'s Store,
    source: Source<'s>,
    /// The indexes intersected, in the criteria's order; empty for a scan.
    pub indexes: Vec<&'static str>,
}

impl<'s> Candidates<'s> {
    /// The candidates of `criteria` with an id above `after`: from their indexes, or
    /// every customer.
    pub(super) fn of(
        store: &'s Store,
        criteria: &[Criterion],
        after: u64,
    ) -> Result<Candidates<'s>, CoreError> {
        let groups = groups(criteria);
        let mut indexes: Vec<&'static str> = Vec::new();
        for selector in groups.iter().flatten() {
            if !indexes.contains(&selector.index()) {
                indexes.push(selector.index());
            }
        }
        let source = match groups.is_empty() {
            true => Source::Scan(Box::new(store.scan::<Customer>()?.filter(
                move |customer| !matches!(customer, Ok(customer) if customer.id <= after),
            ))),
            false => {
                let mut cursors = Vec::with_capacity(groups.len());
                for group in groups {
                    let group = group
                        .into_iter()
                        .map(|selector| Cursor::open(store, selector))
                        .collect::<StoreResult<Vec<_>>>()?;
                    cursors.push(group);
                }
                Source::Indexed(Intersection {
                    groups: cursors,
                    next: after.checked_add(1),
                })
            }
        };
        Ok(Candidates {
            store,
            source,
            indexes,
        })
    }
}

impl Iterator for Candidates<'_> {
    type Item = Result<Customer, CoreError>;

    fn next(&mut self) -> Option<Self::Item> {
        let found = match &mut self.source {
            Source::Scan(customers) => customers.next()?,
            Source::Indexed(intersection) => match intersection.advance() {
                Ok(Some(id)) => self.store.require::<Customer>(id),
                Ok(None) => return None,
                Err(error) => Err(error),
            },
        };
        Some(found.map_err(CoreError::from))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Country;
    use crate::domain::customer::CustomerStatus;

    #[test]
    fn each_indexed_criterion_is_a_group_and_any_tags_one_union() {
        let criteria = [
            Criterion::Tags(TagMatch::All, vec!["VIP".into(), "Presse".into()]),
            Criterion::Tags(TagMatch::Any, vec!["a".into(), "b".into()]),
            Criterion::Tags(TagMatch::None, vec!["old".into()]),
            Criterion::Status(CustomerStatus::Customer),
            Criterion::Owner("Änna".into()),
            Criterion::Owner("  ".into()),
            Criterion::Country(Country::DE),
            Criterion::City("Berlin".into()),
        ];
        let groups = groups(&criteria);
        assert_eq!(
            groups,
            vec![
                vec![Selector::Tag("vip".into())],
                vec![Selector::Tag("presse".into())],
                vec![Selector::Tag("a".into()), Selector::Tag("b".into())],
                vec![Selector::Status(CustomerStatus::Customer)],
                vec![Selector::Owner(fold("Änna"))],
                vec![Selector::Country(Country::DE)],
            ]
        );
    }
}
