//! The list of any registered kind: the columns are the field table's `listed` fields;
//! `/` searches as you type (the kind's search: for suppliers a name, a phone fragment or a
//! number), the unfiltered list is read a page at a time as the cursor reaches its end;
//! Enter opens the detail, create / edit / delete (asked first) for roles that may change
//! the kind — others get the core's refusal. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{KindUi, Record, form, records};
use crate::core::Change;
use crate::domain::fields::table::FieldSpec;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, SearchBox, TableView, answers_list, search_outcome};

/// Rows read per page of the unfiltered list.
const PAGE: usize = 200;
/// Best matches read for each keystroke of a search.
const SEARCH_ROWS: usize = 100;
/// The widest a column other than a required one grows.
const WIDEST: usize = 18;

/// What the list does beside moving its cursor, in legend order.
const ACTIONS: [Action; 5] = [
    Action::Search,
    Action::Open,
    Action::Create,
    Action::Edit,
    Action::Delete,
];

pub struct KindList {
    kind: &'static KindUi,
    search: SearchBox,
    rows: Vec<Record>,
    cursor: Cursor,
    /// Whether the unfiltered list may go on past the rows read.
    more: bool,
    error: Option<String>,
    /// The record a delete asks about.
    asking: Option<Record>,
}

impl KindList {
    pub fn new(kind: &'static KindUi, session: &Session) -> KindList {
        let mut list = KindList {
            kind,
            search: SearchBox::default(),
            rows: Vec::new(),
            cursor: Cursor::default(),
            more: false,
            error: None,
            asking: None,
        };
        list.refresh(session);
        list
    }

    fn selected(&self) -> Result<&Record, Outcome> {
        self.rows.get(self.cursor.index).ok_or_else(|| {
            Outcome::Refuse(crate::t!("erp-kind-none-selected", kind = self.kind.noun()))
        })
    }

    /// The query changed: the matches from the first.
    fn searched(&mut self, session: &Session) {
        self.cursor = Cursor::default();
        self.refresh(session);
    }

    /// Reads `limit` rows after id `after` of the unfiltered list; appends them.
    fn read_page(&mut self, session: &Session, after: u64, limit: usize) {
        match self.kind.page(session, after, limit) {
            Ok(rows) => {
                self.more = rows.len() == limit;
                self.rows.extend(records(rows));
                self.error = None;
            }
            Err(error) => {
                self.more = false;
                self.error = Some(error.to_string());
            }
        }
    }

    /// Reads the next page once the cursor is on the last row read.
    fn follow_cursor(&mut self, session: &Session) {
        if self.more && self.cursor.index + 1 >= self.rows.len() {
            let after = self.rows.last().map_or(0, |r| r.id);
            self.read_page(session, after, PAGE);
        }
    }

    /// The table's column widths: as wide as the label or the widest value read (at most
    /// `WIDEST`), the name taking what is left (in a table without one, the required
    /// fields).
    fn widths(columns: &[&FieldSpec], rows: &[Vec<String>]) -> Vec<Constraint> {
        let named = columns.iter().any(|field| field.name == "name");
        let fills = |field: &FieldSpec| match named {
            true => field.name == "name",
            false => field.required,
        };
        columns
            .iter()
            .enumerate()
            .map(|(index, field)| {
                let widest = rows.iter().map(|row| row[index].width()).max();
                let want = widest.unwrap_or(0).max(field.label().width()).min(WIDEST);
                match fills(field) {
                    true => Constraint::Fill(1),
                    false => Constraint::Length(u16::try_from(want).unwrap_or(1)),
                }
            })
            .collect()
    }
}

impl Screen for KindList {
    fn title(&self) -> String {
        self.kind.plural_title()
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &ACTIONS)
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let result = self.search.key(key);
        search_outcome(result, || self.searched(session))
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        self.search.paste(text);
        self.searched(session);
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            self.follow_cursor(session);
            return Outcome::Handled;
        }
        let kind = self.kind;
        match action {
            Action::Search => {
                self.search.typing = true;
                Outcome::Handled
            }
            Action::Create => form::create(kind, session),
            Action::Open => match self.selected() {
                Ok(record) => Outcome::Open(Route::Record(kind, record.id)),
                Err(refused) => refused,
            },
            Action::Edit => match self.selected() {
                Ok(record) => form::change(kind, record, session),
                Err(refused) => refused,
            },
            Action::Delete => match self.selected() {
                Ok(record) => {
                    let record = record.clone();
                    let asked = kind.ask_delete(&record, session);
                    self.asking = Some(record);
                    asked
                }
                Err(refused) => refused,
            },
            _ => Outcome::Ignored,
        }
    }

    fn on_confirmed(&mut self, _action: Action, session: &Session) -> Outcome {
        match self.asking.take() {
            Some(record) => super::delete(self.kind, &record, session, After::Stay),
            None => Outcome::Handled,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(self.kind.change())
    }

    fn refresh(&mut self, session: &Session) {
        let text = self.search.text().to_string();
        if text.is_empty() {
            let read = self.rows.len().max(PAGE);
            self.rows.clear();
            self.read_page(session, 0, read);
        } else {
            self.more = false;
            match self.kind.search(session, &text, SEARCH_ROWS) {
                Ok(rows) => {
                    self.rows = records(rows);
                    self.error = None;
                }
                Err(error) => self.error = Some(error.to_string()),
            }
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let hint = crate::t!(
            "erp-kind-hint",
            count = self.rows.len(),
            more = if self.more { "+" } else { "" },
            plural = self.kind.plural(),
            by = self.kind.search_by()
        );
        let list = self
            .search
            .render(frame, area, theme, self.rows.len(), &hint);
        if let Some(error) = &self.error {
            let line = Rect { height: 1, ..area };
            let text = theme.text(&format!(" {error}")).into_owned();
            frame.render_widget(Paragraph::new(text).style(theme.style(Role::Error)), line);
        }
        let columns: Vec<&FieldSpec> = self.kind.decl.fields.iter().filter(|f| f.listed).collect();
        let header: Vec<String> = columns.iter().map(|f| f.label()).collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|record| columns.iter().map(|f| record.shown(f.name)).collect())
            .collect();
        let title = self.kind.plural_title();
        TableView {
            title: &title,
            header: &header,
            widths: &KindList::widths(&columns, &rows),
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        ACTIONS.iter().copied().chain([Action::Back]).collect()
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
