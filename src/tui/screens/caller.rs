//! Caller lookup: one key from anywhere opens this prompt; each digit narrows the matches
//! through the phone index (names and e-mails work too); Enter opens the customer with the
//! log-call form on top. The selected caller's open tickets show under the matches
//! (`call_ticket`). Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::call_ticket::{CallerTicket, caller_tickets, render_tickets};
use super::prompt_line;
use super::shown::{city, shown_phone};
use crate::core::Change;
use crate::core::query::{Hit, search_customers};
use crate::t;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, TextInput};

/// Matches shown while typing.
const MATCHES: usize = 30;

pub struct CallerLookup {
    number: TextInput,
    hits: Vec<Hit>,
    /// Why the text finds nothing yet (too few digits), shown instead of the count.
    refused: Option<String>,
    cursor: Cursor,
    /// The open tickets of the selected match.
    tickets: Vec<CallerTicket>,
}

impl CallerLookup {
    pub fn new() -> CallerLookup {
        CallerLookup {
            number: TextInput::default(),
            hits: Vec::new(),
            refused: None,
            cursor: Cursor::default(),
            tickets: Vec::new(),
        }
    }

    /// Reads the open tickets of the selected match.
    fn select(&mut self, session: &Session) {
        self.tickets = match self.hits.get(self.cursor.index) {
            Some(hit) => caller_tickets(session, hit.customer.id),
            None => Vec::new(),
        };
    }

    fn search(&mut self, session: &Session) {
        let text = self.number.text.trim();
        let found = if text.is_empty() {
            Ok(Vec::new())
        } else {
            search_customers(
                session.store(),
                &session.actor,
                text,
                MATCHES,
                session.settings.default_region,
            )
        };
        (self.hits, self.refused) = match found {
            Ok(hits) => (hits, None),
            Err(error) => (Vec::new(), Some(error.to_string())),
        };
        self.cursor = Cursor::default();
        self.select(session);
    }
}

impl Default for CallerLookup {
    fn default() -> Self {
        CallerLookup::new()
    }
}

impl Screen for CallerLookup {
    fn title(&self) -> String {
        t!("crm-caller-title")
    }

    fn layer(&self) -> &'static str {
        "prompt"
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        if self.number.edit(key) {
            self.search(session);
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        self.number.paste(text);
        self.search(session);
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.hits.len()) {
            self.select(session);
            return Outcome::Handled;
        }
        match action {
            Action::Open | Action::Save | Action::NextField => {
                match self.hits.get(self.cursor.index) {
                    Some(hit) => Outcome::Replace(vec![
                        Route::Customer(hit.customer.id),
                        Route::LogCall(Box::new(hit.customer.clone()), hit.phone.clone()),
                    ]),
                    None => Outcome::Refuse(t!("crm-caller-no-match")),
                }
            }
            // A new order for the caller: the customer, order entry on top.
            Action::NewOrder => match self.hits.get(self.cursor.index) {
                Some(hit) => Outcome::Replace(vec![
                    Route::Customer(hit.customer.id),
                    Route::NewOrder(Some(hit.customer.id)),
                ]),
                None => Outcome::Refuse(t!("crm-caller-no-match")),
            },
            Action::Cancel => Outcome::Pop,
            _ => Outcome::Ignored,
        }
    }

    /// Matches are looked up as the user types; nothing to reload.
    fn shows(&self, _change: Change) -> bool {
        false
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let shown = u16::try_from(self.tickets.len().min(6)).unwrap_or(6);
        let tickets_height = match shown {
            0 => 0,
            n => n + 3,
        };
        let [prompt, list, tickets] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(tickets_height),
        ])
        .areas(area);
        if tickets_height > 0 {
            render_tickets(frame, tickets, theme, &self.tickets);
        }
        prompt_line::render(frame, prompt, theme, &t!("crm-caller-prompt"), &self.number);
        let rows: Vec<Vec<String>> = self
            .hits
            .iter()
            .map(|hit| {
                vec![
                    hit.customer.id.to_string(),
                    hit.customer.name.clone(),
                    shown_phone(&hit.customer, hit.phone.as_ref()),
                    city(&hit.customer),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(5),
            Constraint::Min(20),
            Constraint::Length(20),
            Constraint::Length(16),
        ];
        let title = self
            .refused
            .clone()
            .unwrap_or_else(|| t!("crm-caller-matches", count = self.hits.len()));
        let selected = (!rows.is_empty()).then_some(self.cursor.index);
        TableView {
            title: &title,
            header: &[
                &t!("crm-column-id"),
                &t!("crm-column-name"),
                &t!("crm-column-phone"),
                &t!("crm-column-city"),
            ],
            widths: &widths,
            rows: &rows,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Cancel]
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let label = t!("crm-caller-prompt");
        Some(prompt_line::cursor(area, theme, &label, &self.number))
    }
}
