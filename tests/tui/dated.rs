//! The TUI's dated screens at every pinned instant (`common::PINNED`): over the demo loaded
//! at that instant, the payroll screen opens on the month of the session's clock, and the
//! interactions screen's "due" list holds exactly the follow-ups the core finds due that day.

use std::sync::Arc;

use kontor::core::query::{InteractionFilter, list_interactions};
use kontor::core::{Actor, Clock, load_demo};
use kontor::store::Store;
use kontor::tui::app::App;
use kontor::tui::input::Input;
use kontor::tui::keymap::Keymap;
use kontor::tui::profile::{ColorDepth, Profile};
use kontor::tui::session::Session;
use kontor::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use time::OffsetDateTime;

/// The App as the local admin at `now` over `store`, 120×40 so long lists show more rows.
fn app_at(store: &Arc<Store>, now: OffsetDateTime) -> App {
    let session = Session::new(store.clone(), Clock::pinned(now), Actor::local("root")).unwrap();
    let keymap = Keymap::from_text(Some("default"), None).unwrap();
    let profile = Profile {
        colors: ColorDepth::Mono,
        ascii: false,
    };
    App::new(session, Arc::new(keymap), Theme::new(profile), (120, 40))
}

fn screen(app: &mut App, keys: &str) -> String {
    for key in keys.split(' ') {
        app.handle(Input::Key(key.parse().unwrap()));
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| app.view(frame)).unwrap();
    let buffer = terminal.backend().buffer();
    let symbols: Vec<&str> = buffer.content.iter().map(|cell| cell.symbol()).collect();
    symbols
        .chunks(120)
        .map(|line| line.concat())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn payroll_opens_on_the_month_of_the_clock_and_due_follow_ups_are_those_of_its_day() {
    crate::common::at_every_pinned_instant(|now| {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Store::open(dir.path()).unwrap());
        let root = Actor::local("root");
        load_demo(&store, &Clock::pinned(now), &root, 30).unwrap();

        let month = format!("{:04}-{:02}", now.year(), u8::from(now.month()));
        let payroll = screen(&mut app_at(&store, now), "g y");
        assert!(payroll.contains(&month), "{month} at {now}:\n{payroll}");

        let filter = InteractionFilter {
            due: Some(now.date()),
            ..InteractionFilter::default()
        };
        let due = list_interactions(&store, &root, &filter, usize::MAX).unwrap();
        assert!(!due.is_empty(), "the demo leaves follow-ups due at {now}");
        let listed = screen(&mut app_at(&store, now), "g i");
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
