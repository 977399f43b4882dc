//! What other processes commit on the same database (several front ends on one PostgreSQL
//! database), as the kinds of records a screen shows: the store's change feed, read for a
//! front end that has no log to write to (the local TUI). A feed that was lost and is back
//! counts as every kind, since what was committed meanwhile was not heard; the loss itself
//! changes nothing on screen. On sled there is no feed. Room: core.

use super::Change;
use crate::store::feed::{ChangeFeed, Elsewhere};
use crate::store::{Store, StoreResult};

/// Calls `each`, on the feed's own thread, with the kinds another process committed on
/// `store`'s database, until the returned feed is dropped; `None` on sled.
pub fn listen(
    store: &Store,
    mut each: impl FnMut(Change) + Send + 'static,
) -> StoreResult<Option<ChangeFeed>> {
    store.change_feed(move |heard| match heard {
        Elsewhere::Wrote(written) => each(Change::of(&written)),
        Elsewhere::Lost(_) => {}
        Elsewhere::Back => each(Change::ALL),
    })
}
