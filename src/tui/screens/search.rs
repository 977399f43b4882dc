//! The search over everything: `/` on Home, `g /` anywhere and the palette open it. Each
//! key searches the word index again (`search_hits`, over `core::search`); the hits come
//! grouped by kind (customers, interactions, tickets, orders, invoices, items …), best
//! first within each, one line per hit: the kind (on its group's first line), the title,
//! a snippet (blank when the title is what matched) and the date. The cursor runs over the hits; Enter opens the record through
//! its route, Esc goes back. Only what the user may read is found (the core filters).
//! Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::prompt_line;
use super::search_hits::{Found, find};
use crate::core::Change;
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, TextInput, answers_list};

/// Hits asked for per kind: more than a screen shows of any one group.
pub const PER_KIND: usize = 20;

pub struct GlobalSearch {
    query: TextInput,
    /// The hits, grouped by kind, best first within each group.
    hits: Vec<Found>,
    /// Why the query finds nothing (refused, too long), shown instead of the count.
    refused: Option<String>,
    cursor: Cursor,
}

impl GlobalSearch {
    pub fn new(_session: &Session) -> GlobalSearch {
        GlobalSearch {
            query: TextInput::default(),
            hits: Vec::new(),
            refused: None,
            cursor: Cursor::default(),
        }
    }

    /// Searches again for the text as typed now; the cursor goes back to the best hit.
    fn search(&mut self, session: &Session) {
        (self.hits, self.refused) = match find(session, self.query.text.trim(), None, PER_KIND) {
            Ok(hits) => (hits, None),
            Err(why) => (Vec::new(), Some(why)),
        };
        self.cursor = Cursor::default();
    }

    /// The table's title: why nothing is found, what to type, or how many hits.
    fn heading(&self) -> String {
        if let Some(why) = &self.refused {
            return why.clone();
        }
        if self.query.text.trim().is_empty() {
            return t!("search-screen-type");
        }
        t!("search-screen-hits", count = self.hits.len())
    }
}

impl Screen for GlobalSearch {
    fn title(&self) -> String {
        t!("search-screen-title")
    }

    fn layer(&self) -> &'static str {
        "prompt"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::Cancel])
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        if self.query.edit(key) {
            self.search(session);
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        self.query.paste(text);
        self.search(session);
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.hits.len()) {
            return Outcome::Handled;
        }
        match action {
            Action::Open => match self.hits.get(self.cursor.index) {
                Some(hit) => Outcome::Open(hit.target.route()),
                None => Outcome::Refuse(t!("search-screen-nothing-selected")),
            },
            Action::Cancel => Outcome::Pop,
            _ => Outcome::Ignored,
        }
    }

    /// A record written meanwhile may match now: search again.
    fn refresh(&mut self, session: &Session) {
        let at = self.cursor.index;
        self.search(session);
        self.cursor.index = at;
        self.cursor.clamp(self.hits.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [prompt, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        prompt_line::render(
            frame,
            prompt,
            theme,
            &t!("search-screen-prompt"),
            &self.query,
        );
        // The kind on the first hit of each group only: the groups read as blocks.
        let rows: Vec<Vec<String>> = self
            .hits
            .iter()
            .enumerate()
            .map(|(n, hit)| {
                let first = n == 0 || self.hits[n - 1].group != hit.group;
                vec![
                    if first {
                        hit.group.clone()
                    } else {
                        String::new()
                    },
                    hit.title.clone(),
                    // Found in the title: said once.
                    match hit.snippet == hit.title {
                        true => String::new(),
                        false => hit.snippet.clone(),
                    },
                    hit.date.map(format::date).unwrap_or_default(),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(13),
            Constraint::Length(26),
            Constraint::Min(12),
            Constraint::Length(10),
        ];
        let selected = (!rows.is_empty()).then_some(self.cursor.index);
        TableView {
            title: &self.heading(),
            header: &[
                &t!("search-screen-column-kind"),
                &t!("search-screen-column-title"),
                &t!("search-screen-column-snippet"),
                &t!("search-screen-column-date"),
            ],
            widths: &widths,
            rows: &rows,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    /// Hits are looked up as the user types; another session's change searches again.
    fn shows(&self, _change: Change) -> bool {
        !self.query.text.trim().is_empty()
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Cancel]
    }

    fn meaning(&self, action: Action) -> Option<String> {
        match action {
            Action::Open => Some(t!("search-screen-meaning-open")),
            Action::Cancel => Some(t!("search-screen-meaning-back")),
            _ => None,
        }
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let label = t!("search-screen-prompt");
        Some(prompt_line::cursor(area, theme, &label, &self.query))
    }
}
