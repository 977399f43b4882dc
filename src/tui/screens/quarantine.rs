//! The mail quarantine: every message the mailgate kept instead of filing it, newest
//! first — id, when it came in (the user's zone), why it was kept, its sender and subject
//! when its header says them, and its size; the first lines of the selected message below
//! (Enter shows more of them). The reprocess action files it again as the mailgate would
//! (the ticket it went to, or why it stays, shows in the status line); delete removes it
//! for good after a y/n. Needs the service right (`core::mailgate`). Room: tui — data
//! only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::core::mailgate::{delete_quarantined, quarantined, reason_text, reprocess};
use crate::core::{Change, CoreError};
use crate::domain::mail_quarantine::QuarantinedMail;
use crate::tui::action::Action;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list};

/// How many messages the screen lists.
const LIMIT: usize = 500;
/// Lines of the message shown below the list, and with Enter.
const HEAD: usize = 6;
const MORE: usize = 16;
/// Width of the size column.
const SIZE: usize = 10;

/// One kept message: its id, the cells shown and its first lines.
struct Row {
    id: u64,
    cells: Vec<String>,
    head: Vec<String>,
}

/// The quarantined messages, one row each.
pub struct Quarantine {
    rows: Vec<Row>,
    cursor: Cursor,
    error: Option<String>,
    /// Enter shows more of the message.
    more: bool,
    /// The message whose deletion waits for its y/n.
    asking: Option<u64>,
}

/// The value of header `name` in the header block of `raw`, if it has one.
fn header(raw: &str, name: &str) -> Option<String> {
    let mut lines = raw.lines().take_while(|line| !line.trim().is_empty());
    let mut value: Option<String> = None;
    for line in lines.by_ref() {
        if let Some(found) = value.as_mut() {
            if line.starts_with([' ', '\t']) {
                found.push(' ');
                found.push_str(line.trim());
                continue;
            }
            break;
        }
        if let Some((key, rest)) = line.split_once(':')
            && key.trim().eq_ignore_ascii_case(name)
        {
            value = Some(rest.trim().to_string());
        }
    }
    value.filter(|text| !text.is_empty())
}

fn size_text(size: u64) -> String {
    crate::lang::format::decimal(rust_decimal::Decimal::from(size))
}

/// An instant to the minute in the user's zone (as the audit list shows it).
fn minutes(at: time::OffsetDateTime) -> String {
    let full = crate::lang::format::instant(at);
    full.get(..16).unwrap_or(&full).replace('T', " ")
}

fn row(mail: &QuarantinedMail) -> Row {
    let raw = String::from_utf8_lossy(&mail.raw);
    let sender = header(&raw, "from");
    let subject = header(&raw, "subject");
    let what = match (sender, subject) {
        (None, None) => crate::t!("mailgate-tui-no-header", size = size_text(mail.size)),
        (sender, subject) => [sender, subject]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
    };
    Row {
        id: mail.id,
        cells: vec![
            mail.id.to_string(),
            minutes(mail.received_at),
            reason_text(mail),
            what,
            format!("{:>SIZE$}", size_text(mail.size)),
        ],
        head: raw.lines().take(MORE).map(str::to_string).collect(),
    }
}

impl Quarantine {
    pub fn new(session: &Session) -> Quarantine {
        let mut screen = Quarantine {
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
            more: false,
            asking: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(session: &Session) -> Result<Vec<Row>, CoreError> {
        let kept = quarantined(session.store(), &session.actor, LIMIT)?;
        Ok(kept.iter().map(row).collect())
    }
}

impl Screen for Quarantine {
    fn title(&self) -> String {
        crate::t!("mailgate-tui-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[Action::Open, Action::ReprocessMail, Action::Delete],
        )
    }

    fn on_confirmed(&mut self, _action: Action, session: &Session) -> Outcome {
        let Some(id) = self.asking.take() else {
            return Outcome::Handled;
        };
        match delete_quarantined(session.store(), &session.actor, id) {
            Ok(()) => {
                session.note(Change::ALL);
                Outcome::Saved(
                    crate::t!("mailgate-quarantine-deleted", id = id.to_string()),
                    After::Stay,
                )
            }
            Err(error) => Outcome::Refuse(error.to_string()),
        }
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        let Some(id) = self.rows.get(self.cursor.index).map(|row| row.id) else {
            return match action {
                Action::Open | Action::ReprocessMail | Action::Delete => {
                    Outcome::Refuse(crate::t!("mailgate-tui-none-selected"))
                }
                _ => Outcome::Ignored,
            };
        };
        match action {
            Action::Open => {
                self.more = !self.more;
                Outcome::Handled
            }
            Action::ReprocessMail => {
                match reprocess(session.store(), &session.actor, id, session.clock.now()) {
                    Ok(words) => {
                        session.note(Change::ALL);
                        Outcome::Saved(words, After::Stay)
                    }
                    Err(error) => Outcome::Refuse(error.to_string()),
                }
            }
            Action::Delete => {
                self.asking = Some(id);
                Outcome::Confirm(
                    crate::t!("mailgate-tui-delete-question", id = id.to_string()),
                    action,
                )
            }
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match Self::load(session) {
            Ok(rows) => {
                self.rows = rows;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let selected = self.rows.get(self.cursor.index);
        let shown = if self.more { MORE } else { HEAD };
        let head: Vec<ratatui::text::Line> = selected
            .iter()
            .flat_map(|row| row.head.iter().take(shown))
            .map(|line| ratatui::text::Line::raw(theme.text(line).into_owned()))
            .collect();
        let height = u16::try_from(head.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let [line, list, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(height),
        ])
        .areas(area);
        let hint = crate::t!("mailgate-tui-hint", count = self.rows.len());
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("mailgate-tui-col-id"),
            crate::t!("mailgate-tui-col-received"),
            crate::t!("mailgate-tui-col-reason"),
            crate::t!("mailgate-tui-col-message"),
            format!("{:>SIZE$}", crate::t!("mailgate-tui-col-size")),
        ];
        let widths = [
            Constraint::Length(6),
            Constraint::Length(17),
            Constraint::Min(24),
            Constraint::Min(24),
            Constraint::Length(SIZE as u16),
        ];
        let rows: Vec<Vec<String>> = self.rows.iter().map(|row| row.cells.clone()).collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &self.title(),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
        if let Some(row) = selected {
            let title = crate::t!("mailgate-tui-head", id = row.id.to_string());
            crate::tui::widgets::panel(frame, bottom, theme, &title, head);
        }
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Open,
            Action::ReprocessMail,
            Action::Delete,
            Action::Back,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::header;

    #[test]
    fn the_header_block_names_sender_and_subject() {
        let raw = "From: Ann <ann@x.de>\r\nSubject: a long\r\n  line\r\n\r\nSubject: body\r\n";
        assert_eq!(header(raw, "from").as_deref(), Some("Ann <ann@x.de>"));
        assert_eq!(header(raw, "subject").as_deref(), Some("a long line"));
        assert_eq!(header("no header here", "from"), None);
    }
}
