//! The TUI's dated screens at every pinned instant (`common::PINNED`): over the demo loaded
//! at that instant, the payroll screen opens on the month of the session's clock, and the
//! interactions screen's "due" list holds exactly the follow-ups the core finds due that day.

use std::sync::Arc;

use kontor::core::query::{InteractionFilter, list_interactions};
use kontor::core::{Actor, Clock, Role, load_demo};
use kontor::store::Store;
use time::OffsetDateTime;

use super::snapshots::harness::{Harness, mono};

/// The screen the local admin sees at `now` over `store` after `keys`, 120×40 so long
/// lists show more rows.
fn screen_at(store: &Arc<Store>, now: OffsetDateTime, keys: &str) -> String {
    Harness::setup()
        .store(store)
        .actor("root", Role::Admin)
        .at(now)
        .profile(mono())
        .size(120, 40)
        .build()
        .keys(keys)
        .plain()
}

#[test]
fn payroll_opens_on_the_month_of_the_clock_and_due_follow_ups_are_those_of_its_day() {
    crate::common::at_every_pinned_instant(|now| {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Store::open(dir.path()).unwrap());
        let root = Actor::local("root");
        load_demo(&store, &Clock::pinned(now), &root, 30).unwrap();

        let month = format!("{:04}-{:02}", now.year(), u8::from(now.month()));
        let payroll = screen_at(&store, now, "g y");
        assert!(payroll.contains(&month), "{month} at {now}:\n{payroll}");

        let filter = InteractionFilter {
            due: Some(now.date()),
            ..InteractionFilter::default()
        };
        let due = list_interactions(&store, &root, &filter, usize::MAX).unwrap();
        assert!(!due.is_empty(), "the demo leaves follow-ups due at {now}");
        let listed = screen_at(&store, now, "g i");
        for interaction in due.iter().take(10) {
            assert!(
                listed.contains(&interaction.subject),
                "{} due {:?} at {now}:\n{listed}",
                interaction.subject,
                interaction.follow_up
            );
        }
    });
}
