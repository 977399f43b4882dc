//! One record of any registered kind: every field of its table with its label, in table
//! order (in two columns when one does not fit); edit, and delete after asking, for roles
//! that may change the kind. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use super::{KindUi, Record, form};
use crate::core::Change;
use crate::tui::action::Action;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{error_panel, field_line, panel};
use unicode_width::UnicodeWidthStr;

pub struct KindDetail {
    kind: &'static KindUi,
    id: u64,
    /// The record, or why it cannot be shown.
    record: Result<Record, String>,
}

impl KindDetail {
    pub fn new(kind: &'static KindUi, id: u64, session: &Session) -> KindDetail {
        let mut detail = KindDetail {
            kind,
            id,
            record: Err(String::new()),
        };
        detail.refresh(session);
        detail
    }

    fn gone(&self) -> String {
        crate::t!("erp-kind-gone", kind = self.kind.noun(), id = self.id)
    }
}

impl Screen for KindDetail {
    fn title(&self) -> String {
        match &self.record {
            Ok(record) => match record.text("name") {
                name if name.is_empty() => format!("{} {}", self.kind.title(), self.id),
                name => format!("{} {} {name}", self.kind.title(), self.id),
            },
            Err(_) => format!("{} {}", self.kind.title(), self.id),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        matches!(action, Action::Edit | Action::Delete)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let record = match &self.record {
            Ok(record) => record,
            Err(why) => return Outcome::Refuse(why.clone()),
        };
        let kind = self.kind;
        match action {
            Action::Edit => form::change(kind, record, session),
            Action::Delete => kind.ask_delete(record, session),
            _ => Outcome::Ignored,
        }
    }

    fn on_confirmed(&mut self, _action: Action, session: &Session) -> Outcome {
        match &self.record {
            Ok(record) => super::delete(self.kind, record, session, After::Close),
            Err(why) => Outcome::Refuse(why.clone()),
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(self.kind.change())
    }

    fn refresh(&mut self, session: &Session) {
        self.record = match self.kind.get(session, self.id) {
            Ok(Some(row)) => Ok(Record::new(row)),
            Ok(None) => Err(self.gone()),
            Err(error) => Err(error.to_string()),
        };
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let record = match &self.record {
            Ok(record) => record,
            Err(why) => return error_panel(frame, area, theme, &self.title(), why),
        };
        let fields = self.kind.decl.fields;
        let label = fields.iter().map(|f| f.label().width()).max().unwrap_or(0);
        let lines: Vec<Line> = fields
            .iter()
            .map(|f| field_line(theme, &f.label(), &record.shown(f.name), label))
            .collect();
        let title = format!("{} {} · v{}", self.kind.title(), record.id, record.version);
        let inner = usize::from(area.height.saturating_sub(2)).max(1);
        if lines.len() <= inner {
            return panel(frame, area, theme, &title, lines);
        }
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(area);
        let mut lines = lines;
        let rest = lines.split_off(lines.len().div_ceil(2));
        panel(frame, left, theme, &title, lines);
        panel(frame, right, theme, "", rest);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Edit, Action::Delete, Action::Back]
    }
}
