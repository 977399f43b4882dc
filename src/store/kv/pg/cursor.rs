//! A walk over a key range of one tree on PostgreSQL, from either end, a page at a time
//! (`ORDER BY key [DESC] LIMIT n`, going on after the last key read), so a scan never loads a
//! whole tree and a newest-first page of ten reads one small page. Pages grow from
//! `FIRST_PAGE` to `LAST_PAGE` as a walk goes on. Room: store.

use std::collections::VecDeque;
use std::sync::Arc;

use super::super::super::error::StoreResult;
use super::pool::Pool;
use super::sql;

const FIRST_PAGE: i64 = 32;
const LAST_PAGE: i64 = 2048;

type Pair = (Vec<u8>, Vec<u8>);

/// One end of a walk: what it fetched and has not handed out yet, and the next page's size.
#[derive(Default)]
struct End {
    fetched: VecDeque<Pair>,
    page: i64,
    exhausted: bool,
}

/// The entries with keys from `low` (inclusive) to `high` (exclusive, none: no end) not
/// handed out yet from either end.
pub(in crate::store) struct Cursor {
    pool: Arc<Pool>,
    tree: &'static str,
    low: Vec<u8>,
    high: Option<Vec<u8>>,
    front: End,
    back: End,
    failed: bool,
}

impl Cursor {
    pub(in crate::store) fn new(
        pool: Arc<Pool>,
        tree: &'static str,
        low: Vec<u8>,
        high: Option<Vec<u8>>,
    ) -> Cursor {
        Cursor {
            pool,
            tree,
            low,
            high,
            front: End::default(),
            back: End::default(),
            failed: false,
        }
    }

    /// The high end's state when `descending`, else the low end's.
    fn end(&mut self, descending: bool) -> &mut End {
        if descending {
            &mut self.back
        } else {
            &mut self.front
        }
    }

    fn within(&self, key: &[u8]) -> bool {
        key >= self.low.as_slice() && self.high.as_deref().is_none_or(|high| key < high)
    }

    /// The next page from the low end (`descending` false) or the high end.
    fn fetch(&mut self, descending: bool) -> StoreResult<()> {
        let end = self.end(descending);
        let limit = end.page.clamp(FIRST_PAGE, LAST_PAGE);
        end.page = limit * 2;
        let (tree, low, high) = (self.tree, self.low.clone(), self.high.clone());
        let pairs = self.pool.call(move |session| {
            let rows = match (&high, descending) {
                (Some(high), false) => session.query(sql::RANGE_UP, &[&tree, &low, high, &limit]),
                (Some(high), true) => session.query(sql::RANGE_DOWN, &[&tree, &low, high, &limit]),
                (None, false) => session.query(sql::FROM_UP, &[&tree, &low, &limit]),
                (None, true) => session.query(sql::FROM_DOWN, &[&tree, &low, &limit]),
            };
            rows.map(|rows| {
                rows.iter()
                    .map(|row| (row.get::<_, Vec<u8>>(0), row.get::<_, Vec<u8>>(1)))
                    .collect::<Vec<Pair>>()
            })
        })?;
        let end = self.end(descending);
        end.exhausted = (pairs.len() as i64) < limit;
        end.fetched.extend(pairs);
        Ok(())
    }

    /// The next entry from one end, narrowing the range past it.
    fn step(&mut self, descending: bool) -> Option<StoreResult<Pair>> {
        if self.failed {
            return None;
        }
        let end = if descending { &self.back } else { &self.front };
        if end.fetched.is_empty()
            && !end.exhausted
            && let Err(error) = self.fetch(descending)
        {
            self.failed = true;
            return Some(Err(error));
        }
        let (key, value) = self.end(descending).fetched.pop_front()?;
        if !self.within(&key) {
            self.front.fetched.clear();
            self.back.fetched.clear();
            self.front.exhausted = true;
            self.back.exhausted = true;
            return None;
        }
        if descending {
            self.high = Some(key.clone());
        } else {
            let mut after = key.clone();
            after.push(0);
            self.low = after;
        }
        Some(Ok((key, value)))
    }
}

impl Iterator for Cursor {
    type Item = StoreResult<Pair>;

    fn next(&mut self) -> Option<Self::Item> {
        self.step(false)
    }
}

impl DoubleEndedIterator for Cursor {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.step(true)
    }
}
