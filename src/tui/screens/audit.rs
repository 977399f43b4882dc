//! The audit log for admins: who changed what and when, newest first, one line per changed
//! field; the selected line in full (command, old and new value) below the table, so long
//! values and field names are readable at 80 columns. The core refuses everyone else.
//! Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::core::Change;
use crate::core::audit::{AuditFilter, audit_log};
use crate::domain::audit::AuditEntry;
use crate::lang::{Zone, format};
use crate::t;
use crate::tui::action::Action;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, answers_list, error_panel};

/// Entries loaded at most.
const ENTRIES: usize = 300;
/// Rows of the panel showing the selected line in full (borders included).
const DETAIL_ROWS: u16 = 5;

/// One changed field of one entry.
struct AuditLine {
    /// When the entry was written.
    at: time::OffsetDateTime,
    user: String,
    command: String,
    record: String,
    /// The field, or what happened to the record when no field is listed.
    field: String,
    old: String,
    new: String,
}

pub struct Audit {
    lines: Vec<AuditLine>,
    rows: Vec<Vec<String>>,
    cursor: Cursor,
    error: Option<String>,
}

impl Audit {
    pub fn new(session: &Session) -> Audit {
        let mut screen = Audit {
            lines: Vec::new(),
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

/// Every changed field of the entries, newest entry first.
fn audit_lines(entries: &[AuditEntry]) -> Vec<AuditLine> {
    let mut lines = Vec::new();
    for entry in entries.iter().rev() {
        for change in &entry.changes {
            let line = |field: &str, old: &str, new: &str| AuditLine {
                at: entry.at,
                user: entry.user.clone(),
                command: entry.command.clone(),
                record: format!("{}:{}", change.kind, change.record_id),
                field: field.to_string(),
                old: old.to_string(),
                new: new.to_string(),
            };
            if change.fields.is_empty() {
                lines.push(line(&change.what.label(), "", ""));
            }
            lines.extend(change.fields.iter().map(|f| line(&f.field, &f.old, &f.new)));
        }
    }
    lines
}

/// An instant to the minute, as the table shows it (the panel shows the seconds): English
/// `2026-12-05 10:30`, German `05.12.2026 11:30`, in the user's zone.
fn minutes(at: time::OffsetDateTime) -> String {
    let full = format::instant(at);
    full.get(..16).unwrap_or(&full).replace('T', " ")
}

impl Screen for Audit {
    fn title(&self) -> String {
        t!("crm-audit-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            Outcome::Handled
        } else {
            Outcome::Ignored
        }
    }

    /// Every command writes an entry, so any change adds lines.
    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match audit_log(
            session.store(),
            &session.actor,
            &AuditFilter::default(),
            ENTRIES,
        ) {
            Ok(entries) => {
                self.lines = audit_lines(&entries);
                self.rows = self
                    .lines
                    .iter()
                    .map(|line| {
                        vec![
                            minutes(line.at),
                            line.user.clone(),
                            line.record.clone(),
                            line.field.clone(),
                            match line.old.is_empty() {
                                true => line.new.clone(),
                                false => format!("{} → {}", line.old, line.new),
                            },
                        ]
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
            error_panel(frame, area, theme, &t!("crm-audit-title"), error);
            return;
        }
        let [table, detail] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(DETAIL_ROWS)]).areas(area);
        let widths = [
            Constraint::Length(16),
            Constraint::Length(8),
            Constraint::Length(14),
            Constraint::Length(15),
            Constraint::Min(10),
        ];
        let selected = (!self.rows.is_empty()).then_some(self.cursor.index);
        TableView {
            title: &t!("crm-audit-title"),
            header: &[
                &match crate::lang::current().zone == Zone::UTC {
                    true => t!("crm-column-at-utc"),
                    false => t!("crm-column-at"),
                },
                &t!("crm-column-user"),
                &t!("crm-column-record"),
                &t!("crm-column-field"),
                &t!("crm-column-old-new"),
            ],
            widths: &widths,
            rows: &self.rows,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, table, theme);
        let mut text = Vec::new();
        if let Some(line) = self.lines.get(self.cursor.index) {
            let head = t!(
                "crm-audit-change",
                record = line.record.as_str(),
                field = line.field.as_str(),
                command = line.command.as_str(),
                user = line.user.as_str(),
                at = format::instant(line.at)
            );
            text.push(Line::styled(
                theme.text(&head).into_owned(),
                theme.style(Role::Header),
            ));
            for (label, value) in [
                (t!("crm-audit-old"), &line.old),
                (t!("crm-audit-new"), &line.new),
            ] {
                text.push(Line::from(
                    theme.text(&format!("{label}: {value}")).into_owned(),
                ));
            }
        }
        let block = Block::bordered()
            .title(theme.text(&t!("crm-audit-selected")).into_owned())
            .border_style(theme.style(Role::Border));
        frame.render_widget(
            Paragraph::new(text).block(block).wrap(Wrap { trim: false }),
            detail,
        );
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Refresh, Action::Back]
    }
}
