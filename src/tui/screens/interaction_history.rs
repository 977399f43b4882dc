//! The Interactions screen's search over the whole history: started by each change of the
//! query, it shows the interactions of the customers matched by name and the matches of
//! the first slice at once, then goes on a slice per `Screen::work` (between keystrokes)
//! until the oldest interaction is read or `MATCHES` are found. Rows are kept latest
//! first with the cursor on the same interaction while more arrive. Reads only through
//! `core::query`. Room: tui.

use std::cmp::Reverse;

use time::Date;

use crate::core::query::{InteractionSearch, SLICE_RECORDS, get_interaction, with_customer_names};
use crate::domain::Interaction;
use crate::domain::datetime::format_date;
use crate::tui::action::Action;
use crate::tui::session::Session;
use crate::tui::widgets::Cursor;

/// Matches a search collects at most; then it stops and says so.
pub const MATCHES: usize = 500;

/// Where a search over the whole history stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Progress {
    /// Going on below this interaction id (from the latest when `None`); read back to
    /// this date so far.
    Scanning {
        below: Option<u64>,
        reached: Option<Date>,
    },
    /// Every interaction was read.
    Done,
    /// `MATCHES` found; read back to this date.
    Full { reached: Option<Date> },
    /// The query was refused (too long, no right).
    Failed(String),
}

pub struct HistorySearch {
    search: Option<InteractionSearch>,
    /// Each match with its customer's name, latest first.
    rows: Vec<(Interaction, String)>,
    progress: Progress,
    pub cursor: Cursor,
}

impl HistorySearch {
    /// Starts a search for `text`: the customers' interactions and the first slice.
    pub fn start(text: &str, session: &Session) -> HistorySearch {
        let (store, actor) = (&session.store, &session.actor);
        let mut history = HistorySearch {
            search: None,
            rows: Vec::new(),
            progress: Progress::Done,
            cursor: Cursor::default(),
        };
        let named = InteractionSearch::new(store, actor, text).and_then(|search| {
            let named = search.of_named_customers(store, actor, MATCHES)?;
            Ok((search, named))
        });
        match named {
            Ok((search, named)) => {
                history.search = Some(search);
                history.add(named, session);
                history.progress = if history.rows.len() >= MATCHES {
                    Progress::Full { reached: None }
                } else {
                    Progress::Scanning {
                        below: None,
                        reached: None,
                    }
                };
                history.step(session);
            }
            Err(error) => history.progress = Progress::Failed(error.to_string()),
        }
        history
    }

    /// Whether slices remain to be read.
    pub fn working(&self) -> bool {
        matches!(self.progress, Progress::Scanning { .. })
    }

    /// Reads the next slice, if any remain.
    pub fn step(&mut self, session: &Session) {
        let (Progress::Scanning { below, .. }, Some(search)) = (&self.progress, &self.search)
        else {
            return;
        };
        let below = *below;
        let limit = MATCHES - self.rows.len();
        match search.slice(&session.store, &session.actor, below, SLICE_RECORDS, limit) {
            Ok(slice) => {
                let reached = slice.reached.map(|at| at.date());
                self.add(slice.found, session);
                self.progress = match slice.next {
                    _ if self.rows.len() >= MATCHES => Progress::Full { reached },
                    Some(below) => Progress::Scanning {
                        below: Some(below),
                        reached,
                    },
                    None => Progress::Done,
                };
            }
            Err(error) => self.progress = Progress::Failed(error.to_string()),
        }
    }

    /// Joins matches to the rows, latest first, the cursor staying on its interaction.
    fn add(&mut self, found: Vec<Interaction>, session: &Session) {
        if found.is_empty() {
            return;
        }
        let named = with_customer_names(&session.store, &session.actor, found).unwrap_or_default();
        self.keep_selection(|rows| {
            rows.extend(named);
            rows.sort_by_key(|(i, _)| Reverse((i.at, i.id)));
        });
    }

    /// Changes the rows by `change` and moves the cursor to where its interaction went.
    fn keep_selection(&mut self, change: impl FnOnce(&mut Vec<(Interaction, String)>)) {
        let selected = self.selected().map(|i| i.id);
        change(&mut self.rows);
        if let Some(index) = selected.and_then(|id| self.rows.iter().position(|(i, _)| i.id == id))
        {
            self.cursor.index = index;
        }
        self.cursor.clamp(self.rows.len());
    }

    /// Reads the matches found so far again (after a change): edited ones show as they
    /// are now, deleted ones go.
    pub fn reload(&mut self, session: &Session) {
        let ids: Vec<u64> = self.rows.iter().map(|(i, _)| i.id).collect();
        let mut found = Vec::with_capacity(ids.len());
        for id in ids {
            if let Ok(Some(interaction)) = get_interaction(&session.store, &session.actor, id) {
                found.push(interaction);
            }
        }
        let named = with_customer_names(&session.store, &session.actor, found).unwrap_or_default();
        self.keep_selection(|rows| *rows = named);
    }

    pub fn rows(&self) -> &[(Interaction, String)] {
        &self.rows
    }

    pub fn selected(&self) -> Option<&Interaction> {
        self.rows.get(self.cursor.index).map(|(i, _)| i)
    }

    /// The cursor's row for a table (none when nothing matched).
    pub fn highlighted(&self) -> Option<usize> {
        (!self.rows.is_empty()).then_some(self.cursor.index)
    }

    /// Moves the cursor; false for actions that do not move it.
    pub fn navigate(&mut self, action: Action) -> bool {
        self.cursor.navigate(action, self.rows.len())
    }

    /// What the title says after the screen's name: how far the search has come.
    pub fn reach(&self) -> String {
        let found = self.rows.len();
        let date = |reached: &Option<Date>| reached.map(format_date).unwrap_or_default();
        match &self.progress {
            Progress::Scanning { reached, .. } => {
                format!("searching… back to {}, {found} found", date(reached))
            }
            Progress::Done => format!("{found} found in the whole history"),
            Progress::Full { reached: None } => {
                format!("first {found} found; type more to narrow")
            }
            Progress::Full { reached } => format!(
                "first {found} found, back to {}; type more to narrow",
                date(reached)
            ),
            Progress::Failed(error) => error.clone(),
        }
    }
}
