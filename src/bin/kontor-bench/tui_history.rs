//! The interaction-history figures of `--tui`: queries typed on the Interactions screen
//! (all interactions), each key timed to its frame (first results: the customers matched
//! by name and the first slice), then every `Input::Work` the App asks for timed to its
//! frame (one slice), and the whole scan of each query from its last key to the end.
//! Room: bench. Drives the App as the runners do; measures and prints, asserts nothing.

use std::time::{Duration, Instant};

use anyhow::Result;

use kontor::tui::action::Action;
use kontor::tui::input::Input;
use kontor::tui::key::{Key, KeyCode};

use super::{Figure, Ui};

/// What the history search measured.
pub struct History {
    /// Each key typed: the search starts over and shows its first results.
    pub first: Figure,
    /// Each slice read between keys.
    pub slice: Figure,
    /// Per query: the time from its last key until the search ended, and the slices read.
    pub whole: Vec<(String, Duration, usize)>,
}

/// A subject word many interactions carry (stops at the cap of matches), a reference only
/// a few carry (read back to the oldest), and a surname (customers matched by name).
pub fn queries(interactions: u64) -> Vec<String> {
    vec![
        "Reklamation".into(),
        format!("RE-{}", 2_000_000 + interactions / 3),
        "Weber".into(),
    ]
}

impl Ui {
    /// Types each query after `/` on all interactions, then lets the search run to its
    /// end, a slice per `Input::Work`; clears it with Esc (untimed).
    pub fn search_history(&mut self, queries: &[String]) -> Result<History> {
        let mut history = History {
            first: Figure::new()?,
            slice: Figure::new()?,
            whole: Vec::new(),
        };
        self.go(Action::GoInteractions)?;
        self.go(Action::SwitchView)?;
        for text in queries {
            self.go(Action::Search)?;
            for c in text.chars() {
                let at = Instant::now();
                let bytes = self.press(Key::char(c))?;
                history.first.record(at.elapsed(), bytes);
            }
            let started = Instant::now();
            let mut slices = 0;
            while self.more_work {
                let at = Instant::now();
                let bytes = self.handle(Input::Work)?;
                history.slice.record(at.elapsed(), bytes);
                slices += 1;
            }
            history
                .whole
                .push((text.clone(), started.elapsed(), slices));
            self.press(Key::plain(KeyCode::Esc))?;
        }
        Ok(history)
    }
}
