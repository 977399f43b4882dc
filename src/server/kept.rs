//! Sessions kept after their connection dropped, for their user to resume. A session whose
//! link went (the client vanished, the channel closed without F3) parks its App on its own
//! thread and registers here with a one-shot sender; the next login of the same account
//! (same name and role) is offered the newest of its kept sessions, and resuming takes the
//! entry out and sends the new connection through it. Dropping an entry (start fresh,
//! expiry, eviction) drops the sender, and the parked session ends.
//! Bounded: at most `PER_USER` kept sessions per account and `TOTAL` in all; a new one
//! pushes out the oldest. Expiry runs on the parked session's monotonic timer; the time
//! shown (`at`) is the server's `Clock`.
//! Room: server — holds no App itself, only the way to its session; never touches sled.

use std::sync::{Mutex, PoisonError};

use time::OffsetDateTime;
use tokio::sync::oneshot;

use crate::core::Actor;

/// Kept sessions one account may have; a fourth pushes out its oldest.
pub const PER_USER: usize = 3;
/// Kept sessions of all accounts together.
pub const TOTAL: usize = 256;

/// One kept session, waiting for a new link of type `T`.
pub struct Entry<T> {
    pub id: u64,
    pub actor: Actor,
    /// When the link dropped, by the server's clock.
    pub at: OffsetDateTime,
    /// The title of the screen it showed.
    pub title: String,
    resume: oneshot::Sender<T>,
}

impl<T> Entry<T> {
    pub fn new(
        id: u64,
        actor: Actor,
        at: OffsetDateTime,
        title: String,
        resume: oneshot::Sender<T>,
    ) -> Entry<T> {
        Entry {
            id,
            actor,
            at,
            title,
            resume,
        }
    }

    /// Hands `link` to the parked session; gives it back when that session has ended.
    pub fn resume(self, link: T) -> Result<(), T> {
        self.resume.send(link)
    }
}

/// What a login is offered: the newest kept session of its account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub id: u64,
    pub at: OffsetDateTime,
    pub title: String,
    /// How many more the account has kept.
    pub more: usize,
}

/// The kept sessions, oldest first.
pub struct Kept<T> {
    entries: Mutex<Vec<Entry<T>>>,
}

impl<T> Default for Kept<T> {
    fn default() -> Kept<T> {
        Kept {
            entries: Mutex::new(Vec::new()),
        }
    }
}

impl<T> Kept<T> {
    fn entries(&self) -> std::sync::MutexGuard<'_, Vec<Entry<T>>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Keeps `entry`; pushes out the account's oldest beyond `PER_USER` and the oldest of
    /// all beyond `TOTAL` (their sessions end).
    pub fn keep(&self, entry: Entry<T>) {
        let mut entries = self.entries();
        let actor = entry.actor.clone();
        entries.push(entry);
        let theirs = entries
            .iter()
            .filter(|e| e.actor.name == actor.name)
            .count();
        if theirs > PER_USER
            && let Some(oldest) = entries.iter().position(|e| e.actor.name == actor.name)
        {
            entries.remove(oldest);
        }
        if entries.len() > TOTAL {
            entries.remove(0);
        }
    }

    /// The newest session kept for `actor`, if any.
    pub fn offer(&self, actor: &Actor) -> Option<Offer> {
        let entries = self.entries();
        let mut theirs = entries.iter().filter(|e| e.actor == *actor);
        let newest = theirs.next_back()?;
        Some(Offer {
            id: newest.id,
            at: newest.at,
            title: newest.title.clone(),
            more: theirs.count(),
        })
    }

    /// Takes session `id` out to resume it; `None` when it is gone (expired, pushed out).
    pub fn take(&self, id: u64) -> Option<Entry<T>> {
        let mut entries = self.entries();
        let index = entries.iter().position(|e| e.id == id)?;
        Some(entries.remove(index))
    }

    /// Sessions kept now.
    pub fn len(&self) -> usize {
        self.entries().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Role;

    fn actor(name: &str) -> Actor {
        Actor {
            name: name.into(),
            role: Role::Agent,
        }
    }

    /// Keeps session `id` of `name`; returns the receiver its parked session waits on.
    fn keep(kept: &Kept<u64>, id: u64, name: &str) -> oneshot::Receiver<u64> {
        let (sender, receiver) = oneshot::channel();
        let at = OffsetDateTime::UNIX_EPOCH + time::Duration::minutes(id as i64);
        kept.keep(Entry::new(
            id,
            actor(name),
            at,
            format!("screen {id}"),
            sender,
        ));
        receiver
    }

    #[test]
    fn the_newest_of_the_accounts_sessions_is_offered_and_taken_once() {
        let kept = Kept::default();
        let _one = keep(&kept, 1, "anna");
        let mut two = keep(&kept, 2, "anna");
        let _bob = keep(&kept, 3, "bob");
        let offer = kept.offer(&actor("anna")).unwrap();
        assert_eq!(
            (offer.id, offer.more, offer.title.as_str()),
            (2, 1, "screen 2")
        );
        let entry = kept.take(2).unwrap();
        assert!(kept.take(2).is_none());
        assert!(entry.resume(42).is_ok());
        assert_eq!(two.try_recv(), Ok(42));
        assert_eq!(kept.offer(&actor("anna")).map(|o| o.id), Some(1));
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn another_role_under_the_same_name_is_offered_nothing() {
        let kept = Kept::default();
        let _one = keep(&kept, 1, "anna");
        let admin = Actor {
            name: "anna".into(),
            role: Role::Admin,
        };
        assert_eq!(kept.offer(&admin), None);
    }

    #[test]
    fn an_account_keeps_at_most_per_user_and_the_oldest_session_ends() {
        let kept = Kept::default();
        let mut first = keep(&kept, 1, "anna");
        let _rest: Vec<_> = (2..=PER_USER as u64 + 1)
            .map(|id| keep(&kept, id, "anna"))
            .collect();
        assert_eq!(kept.len(), PER_USER);
        assert!(first.try_recv().is_err(), "the oldest was let go");
        assert!(kept.take(1).is_none());
    }

    #[test]
    fn all_accounts_together_keep_at_most_total() {
        let kept = Kept::default();
        let receivers: Vec<_> = (0..TOTAL as u64 + 1)
            .map(|id| keep(&kept, id, &format!("user{id}")))
            .collect();
        assert_eq!(kept.len(), TOTAL);
        assert!(kept.take(0).is_none());
        assert!(kept.take(TOTAL as u64).is_some());
        drop(receivers);
    }

    #[test]
    fn a_session_that_ended_gives_the_link_back() {
        let kept = Kept::default();
        drop(keep(&kept, 1, "anna"));
        let entry = kept.take(1).unwrap();
        assert_eq!(entry.resume(7), Err(7));
    }
}
