//! The customer duplicates: every pair of customers that are probably one, with the rules
//! they share (`core::customer_duplicates`), best evidence first; the keys too many
//! customers share (crowds) as their own lines at the end, which pair nobody. Enter on a
//! pair opens both customers side by side (`duplicate_pair`), where they are merged; the
//! list reloads after a merge like after any change to customers. Needs the CRM right to
//! read. The reasons of the selected line are repeated in full below the table (the
//! column cuts two of them). Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::core::Change;
use crate::core::customer_duplicates::{Crowd, Pair, duplicates};
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, answers_list};

/// One line of the list: a candidate pair, or a key too many customers share.
enum Entry {
    Pair(Pair),
    Crowd(Crowd),
}

impl Entry {
    /// Why the two are taken for one, or what the crowd shares, in the current language.
    fn why(&self) -> String {
        match self {
            Entry::Pair(pair) => pair
                .rules
                .iter()
                .map(|rule| rule.label())
                .collect::<Vec<_>>()
                .join(", "),
            Entry::Crowd(crowd) => crowd.rule.label(),
        }
    }

    fn cells(&self) -> Vec<String> {
        match self {
            Entry::Pair(pair) => vec![
                format!("{} {}", pair.left, pair.left_name),
                format!("{} {}", pair.right, pair.right_name),
                self.why(),
            ],
            Entry::Crowd(crowd) => vec![
                crate::t!("duplicates-tui-crowd-count", count = crowd.count),
                crowd.value.clone(),
                self.why(),
            ],
        }
    }
}

/// The candidate pairs, then the crowds.
pub struct Duplicates {
    entries: Vec<Entry>,
    pairs: usize,
    cursor: Cursor,
    error: Option<String>,
}

impl Duplicates {
    pub fn new(session: &Session) -> Duplicates {
        let mut screen = Duplicates {
            entries: Vec::new(),
            pairs: 0,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for Duplicates {
    fn title(&self) -> String {
        crate::t!("duplicates-tui-title")
    }

    fn layer(&self) -> &'static str {
        "duplicates"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open])
    }

    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::Open).then(|| crate::t!("duplicates-tui-open"))
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.entries.len()) {
            return Outcome::Handled;
        }
        if action != Action::Open {
            return Outcome::Ignored;
        }
        match self.entries.get(self.cursor.index) {
            Some(Entry::Pair(pair)) => Outcome::Open(Route::DuplicatePair {
                survivor: pair.left,
                loser: pair.right,
            }),
            Some(Entry::Crowd(_)) => Outcome::Refuse(crate::t!("duplicates-tui-crowd-no-pair")),
            None => Outcome::Refuse(crate::t!("duplicates-tui-none")),
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::CUSTOMERS)
    }

    fn refresh(&mut self, session: &Session) {
        match duplicates(session.store(), &session.actor, None) {
            Ok(report) => {
                self.pairs = report.pairs.len();
                self.entries = report.pairs.into_iter().map(Entry::Pair).collect();
                self.entries
                    .extend(report.crowds.into_iter().map(Entry::Crowd));
                self.error = None;
            }
            Err(error) => {
                self.entries.clear();
                self.pairs = 0;
                self.error = Some(error.to_string());
            }
        }
        self.cursor.clamp(self.entries.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list, why] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let crowds = self.entries.len() - self.pairs;
        let hint = crate::t!("duplicates-tui-hint", pairs = self.pairs, crowds = crowds);
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("duplicates-tui-col-customer"),
            crate::t!("duplicates-tui-col-duplicate"),
            crate::t!("duplicates-tui-col-why"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let widths = [
            Constraint::Percentage(30),
            Constraint::Percentage(30),
            Constraint::Fill(1),
        ];
        let rows: Vec<Vec<String>> = self.entries.iter().map(Entry::cells).collect();
        let roles: Vec<Option<Role>> = self
            .entries
            .iter()
            .map(|entry| matches!(entry, Entry::Crowd(_)).then_some(Role::Muted))
            .collect();
        TableView {
            title: &self.title(),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render_styled(frame, list, theme, &roles);
        // A cut reason column is read here in full, for the selected line.
        if let Some(entry) = self.entries.get(self.cursor.index) {
            let text = crate::t!("duplicates-tui-why", rules = entry.why());
            super::sales::hint_line(frame, why, theme, None, &text);
        }
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Back]
    }
}
