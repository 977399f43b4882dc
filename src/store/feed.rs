//! What other processes commit on the same database, for a front end that shows records to
//! refresh its screens: several `kontor serve` processes (and the CLI) on one PostgreSQL
//! database hear each other's commits within milliseconds (`kv::pg::listen`). No other
//! process opens a sled database, so on sled there is nothing to hear. Room: store — the
//! listener's connection and thread stay inside; what leaves is plain data.

use super::Store;
use super::error::StoreResult;
use super::kv::pg::Listening;
use super::written::Written;

/// One event of the change feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elsewhere {
    /// Another process committed records of these kinds (their ids are not told) or a
    /// setting (`Written::settings`).
    Wrote(Written),
    /// The feed's connection dropped, for this reason: commits are not heard until `Back`.
    Lost(String),
    /// The feed is connected again after `Lost`: anything may have changed meanwhile.
    Back,
}

/// A running change feed; dropping it stops it.
pub struct ChangeFeed {
    _listening: Listening,
}

impl Store {
    /// Calls `each` on a thread of the feed's own with what other processes commit on this
    /// database, until the feed is dropped; none on sled. Fails when the feed cannot connect.
    pub fn change_feed(
        &self,
        each: impl FnMut(Elsewhere) + Send + 'static,
    ) -> StoreResult<Option<ChangeFeed>> {
        Ok(self.kv.listen(each)?.map(|listening| ChangeFeed {
            _listening: listening,
        }))
    }
}

#[cfg(test)]
mod tests;
