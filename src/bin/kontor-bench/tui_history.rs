//! The interaction-history figures of `--tui`: queries typed on the Interactions screen
//! (all interactions), each key timed to its frame (first results: the customers matched
//! by name and the first slice), then every `Input::Work` the App asks for timed to its
//! frame (one slice), and the whole scan of each query from its last key to the end.
//! Surnames are typed too, for more keys than three queries give: each key and the first
//! steps after the last are timed, then Esc (no whole scan: a surname is in no subject).
//! Room: bench. Drives the App as the runners do; measures and prints, asserts nothing.

use std::time::{Duration, Instant};

use anyhow::Result;

use kontor::tui::action::Action;
use kontor::tui::input::Input;
use kontor::tui::key::{Key, KeyCode};

use super::{Figure, Ui};
use crate::data::SURNAMES;

/// Surnames typed for first results only.
const TYPED_SURNAMES: usize = 12;
/// Steps timed after a surname's last key: the named customers' interactions a screenful
/// at a time, then slices.
const STEPS_AFTER_SURNAME: usize = 20;

/// What the history search measured.
pub struct History {
    /// Each key typed: the search starts over and shows its first results.
    pub first: Figure,
    /// Each step between keys: a screenful of the named customers' interactions, or a slice.
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
            self.type_timed(text, &mut history.first)?;
            let started = Instant::now();
            let mut slices = 0;
            while self.more_work {
                self.work_timed(&mut history.slice)?;
                slices += 1;
            }
            history
                .whole
                .push((text.clone(), started.elapsed(), slices));
            self.press(Key::plain(KeyCode::Esc))?;
        }
        for surname in &SURNAMES[..TYPED_SURNAMES] {
            self.type_timed(surname, &mut history.first)?;
            for _ in 0..STEPS_AFTER_SURNAME {
                if !self.more_work {
                    break;
                }
                self.work_timed(&mut history.slice)?;
            }
            self.press(Key::plain(KeyCode::Esc))?;
        }
        Ok(history)
    }

    /// One `Input::Work`, timed to its frame into `slice`.
    fn work_timed(&mut self, slice: &mut Figure) -> Result<()> {
        let at = Instant::now();
        let bytes = self.handle(Input::Work)?;
        slice.record(at.elapsed(), bytes);
        Ok(())
    }

    /// `/` and `text`, each key timed to its frame into `first`.
    fn type_timed(&mut self, text: &str, first: &mut Figure) -> Result<()> {
        self.go(Action::Search)?;
        for c in text.chars() {
            let at = Instant::now();
            let bytes = self.press(Key::char(c))?;
            first.record(at.elapsed(), bytes);
        }
        Ok(())
    }
}
