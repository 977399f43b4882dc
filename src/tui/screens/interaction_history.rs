//! The Interactions screen's search over the whole history (or over every follow-up due):
//! started by each change of the query, it shows a screenful of the interactions of the
//! customers matched by name and the matches of a first, shorter slice at once, then goes on a
//! step per `Screen::work` (between keystrokes) — the rest of the named customers'
//! interactions a screenful at a time, then a slice at a time — until the scope is read or
//! `MATCHES` are found.
//! Over all interactions the word index's hits (`search_hits`) join the first rows, so a
//! word or a reference however old shows with the key; the slices go on for the rest.
//! Rows are kept latest first (due: by due date) with the cursor on the same interaction
//! while more arrive. Reads only through `core::query`. Room: tui.

use std::cmp::Reverse;

use time::Date;

use super::search_hits::interaction_ids;
use crate::core::query::{
    FIRST_SLICE_RECORDS, InteractionSearch, Resume, SLICE_RECORDS, Scope, get_interaction,
    recent_interactions, with_customer_names,
};
use crate::domain::Interaction;
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::session::Session;
use crate::tui::widgets::Cursor;

/// Matches a search collects at most; then it stops and says so.
pub const MATCHES: usize = 500;
/// The named customers' interactions a key or a step reads: more than a screen shows. Each
/// is a record read, cold after a while (a short name prefix matches 20 customers with
/// hundreds of interactions), so they come a screenful at a time.
const NAMED_STEP: usize = 20;
/// The word index's hits a key shows at once: a page of them, read record by record.
const INDEXED: usize = 50;

/// Where a search stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Progress {
    /// Going on from there (from the start when `None`); come to this date so far.
    Scanning {
        from: Option<Resume>,
        reached: Option<Date>,
    },
    /// The whole scope was read.
    Done,
    /// `MATCHES` found; come to this date.
    Full { reached: Option<Date> },
    /// The query was refused (too long, no right).
    Failed(String),
}

pub struct HistorySearch {
    scope: Scope,
    search: Option<InteractionSearch>,
    /// Each match with its customer's name, latest first.
    rows: Vec<(Interaction, String)>,
    progress: Progress,
    /// The latest interaction id when the search last looked: ones logged later are
    /// caught up with on a change (`reload`).
    newest: u64,
    /// How many of the named customers' interactions were read, while more may remain.
    named_read: Option<usize>,
    pub cursor: Cursor,
}

/// The interactions the word index finds for `text` in the whole history (`INDEXED` at
/// most, best first): shown with the first key, however old.
fn indexed(text: &str, session: &Session) -> Vec<Interaction> {
    interaction_ids(session, text, INDEXED)
        .into_iter()
        .filter_map(|id| {
            get_interaction(session.store(), &session.actor, id)
                .ok()
                .flatten()
        })
        .collect()
}

/// The id of the latest interaction logged (0 when none, or none may be read).
fn latest_id(session: &Session) -> u64 {
    recent_interactions(session.store(), &session.actor, 1)
        .ok()
        .and_then(|latest| latest.first().map(|i| i.id))
        .unwrap_or(0)
}

impl HistorySearch {
    /// Starts a search for `text` over `scope`: the customers' interactions and the first
    /// slice.
    pub fn start(text: &str, scope: Scope, session: &Session) -> HistorySearch {
        let (store, actor) = (session.store(), &session.actor);
        let mut history = HistorySearch {
            scope,
            search: None,
            rows: Vec::new(),
            progress: Progress::Done,
            newest: latest_id(session),
            named_read: None,
            cursor: Cursor::default(),
        };
        let named = InteractionSearch::new(store, actor, text, scope).and_then(|search| {
            let named = search.of_named_customers(store, actor, 0..NAMED_STEP)?;
            Ok((search, named))
        });
        match named {
            Ok((search, named)) => {
                history.search = Some(search);
                history.named_read = (named.len() == NAMED_STEP).then_some(NAMED_STEP);
                history.add(named, session);
                if scope == Scope::All {
                    let indexed = indexed(text, session);
                    history.add(indexed, session);
                }
                history.progress = Progress::Scanning {
                    from: None,
                    reached: None,
                };
                history.slice(session, FIRST_SLICE_RECORDS);
            }
            Err(error) => history.progress = Progress::Failed(error.to_string()),
        }
        history
    }

    /// Whether named customers' interactions or slices remain to be read.
    pub fn working(&self) -> bool {
        self.named_read.is_some() || matches!(self.progress, Progress::Scanning { .. })
    }

    /// Goes on: the next of the named customers' interactions, else the next slice, if
    /// any remain.
    pub fn step(&mut self, session: &Session) {
        match self.named_read.take() {
            Some(read) => self.read_more_named(read, session),
            None => self.slice(session, SLICE_RECORDS),
        }
    }

    /// Reads the next `NAMED_STEP` of the named customers' interactions after the `read`
    /// ones. They come before text matches: when slices already found `MATCHES`, the
    /// oldest rows make room for them.
    fn read_more_named(&mut self, read: usize, session: &Session) {
        let (Some(search), false) = (&self.search, matches!(self.progress, Progress::Failed(_)))
        else {
            return;
        };
        let (store, actor) = (session.store(), &session.actor);
        let end = (read + NAMED_STEP).min(MATCHES);
        match search.of_named_customers(store, actor, read..end) {
            Ok(named) => {
                if named.len() == end - read && end < MATCHES {
                    self.named_read = Some(end);
                }
                self.add(named, session);
                if self.rows.len() >= MATCHES {
                    self.keep_selection(|rows| rows.truncate(MATCHES));
                    let reached = match &self.progress {
                        Progress::Scanning { reached, .. } | Progress::Full { reached } => *reached,
                        Progress::Done | Progress::Failed(_) => None,
                    };
                    self.progress = Progress::Full { reached };
                }
            }
            Err(error) => self.progress = Progress::Failed(error.to_string()),
        }
    }

    /// Reads the next slice of `budget` records, if any remain.
    fn slice(&mut self, session: &Session, budget: usize) {
        let (Progress::Scanning { from, .. }, Some(search)) = (&self.progress, &self.search) else {
            return;
        };
        let limit = MATCHES - self.rows.len();
        let (store, actor) = (session.store(), &session.actor);
        match search.slice(store, actor, from.as_ref(), budget, limit) {
            Ok(slice) => {
                let reached = slice.reached;
                self.add(slice.found, session);
                self.progress = match slice.next {
                    _ if self.rows.len() >= MATCHES => Progress::Full { reached },
                    Some(from) => Progress::Scanning {
                        from: Some(from),
                        reached,
                    },
                    None => Progress::Done,
                };
            }
            Err(error) => self.progress = Progress::Failed(error.to_string()),
        }
    }

    /// Joins matches to the rows in the scope's order, the cursor staying on its
    /// interaction; one found already (by the word index, a slice) is not added twice.
    fn add(&mut self, mut found: Vec<Interaction>, session: &Session) {
        found.retain(|new| self.rows.iter().all(|(known, _)| known.id != new.id));
        if found.is_empty() {
            return;
        }
        let named = with_customer_names(session.store(), &session.actor, found).unwrap_or_default();
        let scope = self.scope;
        self.keep_selection(|rows| {
            rows.extend(named);
            match scope {
                Scope::All => rows.sort_by_key(|(i, _)| Reverse((i.at, i.id))),
                Scope::DueBy(_) => rows.sort_by_key(|(i, _)| (i.open_follow_up(), i.id)),
            }
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
    /// are now, deleted ones go, and matches logged since the search last looked join.
    pub fn reload(&mut self, session: &Session) {
        self.reread(session);
        self.catch_up(session);
    }

    fn reread(&mut self, session: &Session) {
        let ids: Vec<u64> = self.rows.iter().map(|(i, _)| i.id).collect();
        let mut found = Vec::with_capacity(ids.len());
        for id in ids {
            if let Ok(Some(interaction)) = get_interaction(session.store(), &session.actor, id) {
                found.push(interaction);
            }
        }
        let named = with_customer_names(session.store(), &session.actor, found).unwrap_or_default();
        self.keep_selection(|rows| *rows = named);
    }

    /// Adds the matches logged since the search last looked, while there is room.
    fn catch_up(&mut self, session: &Session) {
        let latest = latest_id(session);
        let Some(search) = &self.search else {
            return;
        };
        if latest <= self.newest {
            return;
        }
        let room = MATCHES.saturating_sub(self.rows.len());
        let (store, actor) = (session.store(), &session.actor);
        if let Ok(mut found) = search.logged_after(store, actor, self.newest, room) {
            // A slice read after the search began may have found some already.
            found.retain(|new| self.rows.iter().all(|(known, _)| known.id != new.id));
            self.add(found, session);
            self.newest = latest;
        }
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
        let come = |reached: &Option<Date>| {
            let date = reached.map(format::date).unwrap_or_default();
            match self.scope {
                Scope::All => t!("crm-history-back-to", date = date),
                Scope::DueBy(_) => t!("crm-history-due-up-to", date = date),
            }
        };
        match &self.progress {
            Progress::Scanning { reached, .. } => {
                t!(
                    "crm-history-searching",
                    reach = come(reached),
                    count = found
                )
            }
            Progress::Done => match self.scope {
                Scope::All => t!("crm-history-found-all", count = found),
                Scope::DueBy(_) => t!("crm-history-found-due", count = found),
            },
            Progress::Full { reached: None } => {
                t!("crm-history-first", count = found)
            }
            Progress::Full { reached } => {
                t!(
                    "crm-history-first-reach",
                    reach = come(reached),
                    count = found
                )
            }
            Progress::Failed(error) => error.clone(),
        }
    }
}
