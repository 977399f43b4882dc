//! The audit log for admins: who changed what and when, newest first, one line per changed
//! field. The core refuses everyone else. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use crate::core::audit::{AuditFilter, audit_log};
use crate::domain::datetime::format_instant;
use crate::tui::action::Action;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, error_panel};

/// Entries loaded at most.
const ENTRIES: usize = 300;

pub struct Audit {
    rows: Vec<Vec<String>>,
    cursor: Cursor,
    error: Option<String>,
}

impl Audit {
    pub fn new(session: &Session) -> Audit {
        let mut screen = Audit {
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for Audit {
    fn title(&self) -> String {
        "Audit log".into()
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            Outcome::Handled
        } else {
            Outcome::Ignored
        }
    }

    fn refresh(&mut self, session: &Session) {
        match audit_log(
            &session.store,
            &session.actor,
            &AuditFilter::default(),
            ENTRIES,
        ) {
            Ok(entries) => {
                self.rows = entries
                    .iter()
                    .rev()
                    .flat_map(|entry| {
                        entry.changes.iter().flat_map(move |change| {
                            let head = |field: &str, old: &str, new: &str| {
                                vec![
                                    format_instant(entry.at, time::UtcOffset::UTC),
                                    entry.user.clone(),
                                    format!("{}:{}", change.kind, change.record_id),
                                    field.to_string(),
                                    format!("{old} → {new}"),
                                ]
                            };
                            let mut lines: Vec<Vec<String>> = change
                                .fields
                                .iter()
                                .map(|f| head(&f.field, &f.old, &f.new))
                                .collect();
                            if lines.is_empty() {
                                lines.push(head(change.what.name(), "", ""));
                            }
                            lines
                        })
                    })
                    .collect();
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        if let Some(error) = &self.error {
            error_panel(frame, area, theme, "Audit log", error);
            return;
        }
        let widths = [
            Constraint::Length(20),
            Constraint::Length(8),
            Constraint::Length(14),
            Constraint::Length(10),
            Constraint::Min(10),
        ];
        let selected = (!self.rows.is_empty()).then_some(self.cursor.index);
        TableView {
            title: "Audit log",
            header: &["At (UTC)", "User", "Record", "Field", "Old → new"],
            widths: &widths,
            rows: &self.rows,
            selected,
        }
        .render(frame, area, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Refresh, Action::Back]
    }
}
