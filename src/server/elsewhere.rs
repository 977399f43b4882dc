//! Commits of other front ends on the same database (several `kontor serve` processes on
//! one PostgreSQL database): the store's change feed is forwarded into the server's
//! broadcast as if a session of no id had committed, so every session whose screen shows
//! such records refreshes. A lost feed is logged; when it is back, every session refreshes,
//! since what was committed meanwhile was not heard. On sled there is no feed. Room:
//! server — the store's handle only.

use std::sync::Arc;

use tokio::sync::broadcast;

use crate::core::Change;
use crate::lang::Locale;
use crate::store::feed::{ChangeFeed, Elsewhere};
use crate::store::{Store, StoreResult};

/// The id the broadcast carries for a commit of another front end: no session has it.
pub(crate) const ELSEWHERE: u64 = 0;

/// Starts forwarding what other front ends commit into `changes`, logging in `locale`;
/// runs until the result is dropped.
pub(crate) fn forward(
    store: &Arc<Store>,
    changes: broadcast::Sender<(u64, Change)>,
    locale: Locale,
) -> StoreResult<Option<ChangeFeed>> {
    store.change_feed(move |heard| match heard {
        Elsewhere::Wrote(written) => {
            let _ = changes.send((ELSEWHERE, Change::of(&written)));
        }
        Elsewhere::Lost(error) => {
            server_log!(locale, "server-log-feed-lost", error = error);
        }
        Elsewhere::Back => {
            server_log!(locale, "server-log-feed-back");
            let _ = changes.send((ELSEWHERE, Change::ALL));
        }
    })
}
