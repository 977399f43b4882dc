//! The answer and note editor of a ticket: a multi-line text area (`tui::text_area`) —
//! Enter breaks the line, a paste keeps its lines. An answer opens with the customer's
//! last message quoted (`> ` lines) below an empty first line; the save key (Ctrl-X, F10)
//! sends the answer as a mail out (queued in the outbox) or records the internal note; the
//! prompt key (F4) picks an answer template (`core::tickets::templates`) and puts it in at
//! the caret with the customer, the ticket and the agent filled in;
//! leaving with typed text asks first. A refusal of the core stays on the screen under
//! the text. Room: tui — data only through `core`.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::picker::{Picker, PickerKind};
use super::refused::problems;
use crate::core::Command;
use crate::core::tickets::mail_out::merge_fields;
use crate::core::tickets::templates::{MergeFields, template};
use crate::core::tickets::{TicketCommand, TicketView, show};
use crate::domain::ticket::ArticleKind;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::text_area::TextArea;
use crate::tui::theme::{Role, Theme};

/// What the editor writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Writing {
    Answer,
    Note,
}

pub struct TicketEditor {
    ticket: String,
    writing: Writing,
    text: TextArea,
    initial: String,
    error: Option<String>,
    /// The first line the last drawing showed (kept so the caret stays in view).
    top: Cell<usize>,
    /// What fills an answer template's merge fields.
    fields: MergeFields,
}

impl TicketEditor {
    /// An internal note on ticket `ticket`.
    pub fn note(ticket: String) -> TicketEditor {
        TicketEditor::new(ticket, Writing::Note, TextArea::default())
    }

    /// A public answer to ticket `ticket`, quoting the customer's last message below the
    /// caret (nothing when the ticket cannot be read: sending names why).
    pub fn answer(ticket: String, session: &Session) -> TicketEditor {
        let view = show(session.store(), &session.actor, &ticket).ok();
        let quoted = view.as_ref().map(quoted_original).unwrap_or_default();
        let agent = session.actor.name.as_str();
        let fields = match &view {
            Some(view) => merge_fields(&view.ticket, view.customer_name.as_deref(), agent),
            None => MergeFields::default(),
        };
        let text = match quoted.as_str() {
            "" => TextArea::default(),
            quoted => TextArea::new_at_start(&format!("\n\n{quoted}")),
        };
        TicketEditor {
            fields,
            ..TicketEditor::new(ticket, Writing::Answer, text)
        }
    }

    fn new(ticket: String, writing: Writing, text: TextArea) -> TicketEditor {
        TicketEditor {
            ticket,
            writing,
            initial: text.text(),
            text,
            error: None,
            top: Cell::new(0),
            fields: MergeFields::default(),
        }
    }

    fn send(&mut self, session: &Session) -> Outcome {
        let text = self.text.text();
        if text.trim().is_empty() {
            self.error = Some(crate::t!("ticket-tui-empty"));
            return Outcome::Handled;
        }
        let ticket = self.ticket.clone();
        let command = match self.writing {
            Writing::Answer => TicketCommand::Reply {
                ticket,
                channel: ArticleKind::MailOut,
                text,
                status: None,
                template: None,
            },
            Writing::Note => TicketCommand::Note { ticket, text },
        };
        match session.execute(Command::Ticket(command)) {
            Ok(_) => {
                let number = self.ticket.as_str();
                let said = match self.writing {
                    Writing::Answer => crate::t!("ticket-tui-answered", number = number),
                    Writing::Note => crate::t!("ticket-tui-noted", number = number),
                };
                Outcome::Saved(said, After::Close)
            }
            Err(error) => {
                let said: Vec<String> = problems(error).iter().map(ToString::to_string).collect();
                self.error = Some(said.join("; "));
                Outcome::Handled
            }
        }
    }

    /// The first line to show in `height` lines so that the caret's line is in view.
    fn first_line(&self, height: usize) -> usize {
        let (line, _) = self.text.caret();
        let top = self.top.get();
        let top = if line < top {
            line
        } else if height > 0 && line >= top + height {
            line + 1 - height
        } else {
            top
        };
        self.top.set(top);
        top
    }

    fn areas(&self, area: Rect) -> (Rect, Rect) {
        let error = u16::from(self.error.is_some());
        let [text, error] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(error)]).areas(area);
        (text, error)
    }
}

/// The last article the customer wrote or called in, each line quoted with `> `.
fn quoted_original(view: &TicketView) -> String {
    let last = view
        .ticket
        .articles
        .iter()
        .rev()
        .find(|article| article.kind.from_customer());
    match last {
        Some(article) => article
            .text
            .lines()
            .map(|line| format!("> {line}").trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n"),
        None => String::new(),
    }
}

impl Screen for TicketEditor {
    fn title(&self) -> String {
        let number = self.ticket.as_str();
        match self.writing {
            Writing::Answer => crate::t!("ticket-tui-answer-title", number = number),
            Writing::Note => crate::t!("ticket-tui-note-title", number = number),
        }
    }

    fn layer(&self) -> &'static str {
        "form"
    }

    fn on_key(&mut self, key: &Key, _session: &Session) -> Outcome {
        match self.text.edit(key) {
            true => {
                self.error = None;
                Outcome::Handled
            }
            false => Outcome::Ignored,
        }
    }

    fn on_paste(&mut self, text: &str, _session: &Session) -> Outcome {
        self.text.insert(text);
        Outcome::Handled
    }

    fn answers(&self, action: Action) -> bool {
        match action {
            Action::Prompt => self.writing == Writing::Answer,
            action => matches!(action, Action::Save | Action::Cancel),
        }
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::Save => self.send(session),
            Action::Prompt if self.writing == Writing::Answer => {
                let picker = Picker::new(PickerKind::TicketTemplate, "", session);
                Outcome::Push(Box::new(picker))
            }
            Action::Cancel => Outcome::Pop,
            _ => Outcome::Ignored,
        }
    }

    /// A template picked: filled and put in at the caret.
    fn on_result(&mut self, value: String, _session: &Session) -> Outcome {
        if let Some(text) = template(&value, &self.fields) {
            self.text.insert(&text);
            self.error = None;
        }
        Outcome::Handled
    }

    fn shows(&self, _change: crate::core::Change) -> bool {
        false
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let (text_area, error_area) = self.areas(area);
        let height = usize::from(text_area.height.saturating_sub(2));
        let first = self.first_line(height);
        let lines: Vec<Line> = (self.text.lines().iter())
            .skip(first)
            .take(height)
            .map(|line| Line::raw(theme.text(line).into_owned()))
            .collect();
        let block = Block::bordered()
            .title(theme.text(&self.title()).into_owned())
            .border_style(theme.style(Role::Border));
        frame.render_widget(Paragraph::new(lines).block(block), text_area);
        if let Some(error) = &self.error {
            let line = Line::styled(theme.text(error).into_owned(), theme.style(Role::Error));
            frame.render_widget(Paragraph::new(line), error_area);
        }
    }

    fn legend(&self) -> Vec<Action> {
        match self.writing {
            Writing::Answer => vec![Action::Save, Action::Prompt, Action::Cancel],
            Writing::Note => vec![Action::Save, Action::Cancel],
        }
    }

    /// The prompt key picks an answer template.
    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::Prompt).then(|| crate::t!("ticket-tui-pick-template"))
    }

    fn has_unsaved_changes(&self) -> bool {
        self.text.text() != self.initial
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let (text_area, _) = self.areas(area);
        let (line, _) = self.text.caret();
        let row = line.checked_sub(self.top.get())?;
        let lines = self.text.lines();
        let before = lines.get(line).map_or("", |text| {
            let (_, column) = self.text.caret();
            let mut width = 0;
            let mut end = 0;
            for (index, c) in text.char_indices() {
                if width >= column {
                    break;
                }
                width += c.to_string().width();
                end = index + c.len_utf8();
            }
            &text[..end]
        });
        let x = theme.text(before).width();
        let x = text_area.x + 1 + u16::try_from(x).unwrap_or(0);
        let y = text_area.y + 1 + u16::try_from(row).unwrap_or(0);
        (y + 1 < text_area.y + text_area.height).then_some((x, y))
    }
}
