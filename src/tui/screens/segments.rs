//! The saved segments: id, name and the filter in its compact text form (with what it
//! selects when not customers); Enter lists the members (evaluated live by
//! `core::segments::members`, shown in the customer list: contacts by their customers,
//! leads not — `kontor segment members` lists them), n
//! opens the editor on a new segment and e on the selected one (`segment_editor`, with the
//! live count). Needs the right to read marketing. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::core::segments::{Target, members, segments};
use crate::core::{Change, CoreError};
use crate::domain::segment::{Segment, segment_text};
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list};

/// The segment list.
pub struct SegmentList {
    rows: Vec<Segment>,
    cursor: Cursor,
    error: Option<String>,
}

impl SegmentList {
    pub fn new(session: &Session) -> SegmentList {
        let mut list = SegmentList {
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        list.refresh(session);
        list
    }

    /// The members of the selected segment, as the customer list shows them.
    fn members(&self, segment: &Segment, session: &Session) -> Result<Route, CoreError> {
        let now = session.clock.now();
        let found = members(
            session.store(),
            &session.actor,
            &Target::Saved(segment.id),
            now,
        )?;
        // Contacts are shown by their customers; leads have no place in the customer list.
        let ids: std::collections::BTreeSet<u64> = found
            .customers
            .iter()
            .chain(found.contacts.iter().map(|of| &of.customer))
            .map(|customer| customer.id)
            .collect();
        let ids = ids.into_iter().collect();
        Ok(Route::CustomersAmong(segment.name.clone(), ids))
    }
}

impl Screen for SegmentList {
    fn title(&self) -> String {
        crate::t!("segment-tui-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::Create, Action::Edit])
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        if action == Action::Create {
            return Outcome::Open(Route::SegmentEditor(None));
        }
        let Some(segment) = self.rows.get(self.cursor.index) else {
            return match action {
                Action::Open | Action::Edit => Outcome::Refuse(crate::t!("segment-tui-none")),
                _ => Outcome::Ignored,
            };
        };
        match action {
            Action::Open => match self.members(segment, session) {
                Ok(route) => Outcome::Open(route),
                Err(error) => Outcome::Refuse(error.to_string()),
            },
            Action::Edit => Outcome::Open(Route::SegmentEditor(Some(segment.id))),
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, session: &Session) {
        match segments(session.store(), &session.actor) {
            Ok(rows) => {
                self.rows = rows;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let hint = crate::t!("segment-tui-hint", count = self.rows.len());
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("segment-tui-col-id"),
            crate::t!("segment-tui-col-name"),
            crate::t!("segment-tui-col-filter"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|s| {
                let filter = segment_text(s.selects, &s.criteria);
                vec![s.id.to_string(), s.name.clone(), filter]
            })
            .collect();
        TableView {
            title: &self.title(),
            header: &header,
            widths: &[
                Constraint::Length(4),
                Constraint::Length(24),
                Constraint::Min(20),
            ],
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Create, Action::Edit, Action::Back]
    }

    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::Open).then(|| crate::t!("segment-tui-members"))
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }
}
