//! How often other sessions' commits reach one session's screen: at most once per
//! `REFRESH_EVERY`. The first change after a quiet interval is shown at once; changes that
//! follow within the interval are gathered (the union of their kinds) and shown together at
//! its end. With hundreds of agents saving, a screen would otherwise reload for every save
//! anyone makes — at 300 sessions, thousands of reloads a second nobody can read — while an
//! edit still shows elsewhere well within a second.
//! Room: server — plain data; the moments are the session loop's, passed in.

use std::time::Duration;

use tokio::time::Instant;

use crate::core::Change;

/// The shortest time between two refreshes of one session's screen for others' commits.
pub const REFRESH_EVERY: Duration = Duration::from_millis(500);

/// One session's pace of showing others' commits.
#[derive(Debug, Default)]
pub struct Pacer {
    /// When others' changes were last handed to the screen.
    shown_at: Option<Instant>,
    /// Changes heard since then, waiting for the interval to end.
    held: Change,
}

impl Pacer {
    /// `change` heard at `now`: what to hand to the screen at once, if anything; otherwise
    /// it is held until `due`.
    pub fn heard(&mut self, change: Change, now: Instant) -> Option<Change> {
        let quiet = self
            .shown_at
            .is_none_or(|shown| now.saturating_duration_since(shown) >= REFRESH_EVERY);
        if quiet && self.held.is_empty() {
            self.shown_at = Some(now);
            return Some(change);
        }
        self.held = self.held | change;
        None
    }

    /// When the held changes are to be shown; `None` when nothing is held.
    pub fn due(&self) -> Option<Instant> {
        // Something is held only after a change was shown.
        self.shown_at
            .filter(|_| !self.held.is_empty())
            .map(|shown| shown + REFRESH_EVERY)
    }

    /// The held changes, shown at `now`.
    pub fn release(&mut self, now: Instant) -> Change {
        self.shown_at = Some(now);
        std::mem::take(&mut self.held)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_change_shows_at_once_and_those_within_the_interval_together_at_its_end() {
        let start = Instant::now();
        let mut pacer = Pacer::default();
        assert_eq!(pacer.due(), None);
        assert_eq!(
            pacer.heard(Change::CUSTOMERS, start),
            Some(Change::CUSTOMERS)
        );
        assert_eq!(pacer.due(), None);

        let soon = start + Duration::from_millis(100);
        assert_eq!(pacer.heard(Change::INTERACTIONS, soon), None);
        assert_eq!(pacer.heard(Change::STOCK, soon), None);
        assert_eq!(pacer.due(), Some(start + REFRESH_EVERY));
        assert_eq!(
            pacer.release(start + REFRESH_EVERY),
            Change::INTERACTIONS | Change::STOCK
        );
        assert_eq!(pacer.due(), None);

        // Just shown: the next change waits a whole interval.
        let next = start + REFRESH_EVERY + Duration::from_millis(10);
        assert_eq!(pacer.heard(Change::ITEMS, next), None);
        assert_eq!(pacer.due(), Some(start + REFRESH_EVERY * 2));
        assert_eq!(pacer.release(start + REFRESH_EVERY * 2), Change::ITEMS);

        // After a quiet interval, at once again.
        let later = start + REFRESH_EVERY * 4;
        assert_eq!(pacer.heard(Change::USERS, later), Some(Change::USERS));
    }

    #[test]
    fn a_change_after_the_interval_waits_behind_one_already_held() {
        let start = Instant::now();
        let mut pacer = Pacer::default();
        pacer.heard(Change::CUSTOMERS, start);
        pacer.heard(Change::INTERACTIONS, start + Duration::from_millis(400));
        // The session was busy past the due moment: the newer change joins the held one
        // instead of overtaking it.
        let late = start + Duration::from_millis(700);
        assert_eq!(pacer.heard(Change::STOCK, late), None);
        assert_eq!(pacer.release(late), Change::INTERACTIONS | Change::STOCK);
    }
}
