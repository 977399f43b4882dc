//! Customers: the list with search as you type (`/`), the way into a customer's detail,
//! the forms to create or edit one, and logging a call with the selected one. Room: tui.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use crate::core::Change;
use crate::core::query::{CustomerFilter, customers_with_ids, list_customers, search_customers};
use crate::domain::{Customer, Phone};
use crate::t;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::shown::{city, shown_phone, status_width};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, SearchBox, TableView, answers_list, search_outcome};

/// Rows loaded for the unfiltered list.
const ROWS: usize = 500;
/// Best matches loaded for each keystroke of a search: five screens; typing on narrows.
/// Every match is a customer read, so this bounds a keystroke's work.
const SEARCH_ROWS: usize = 100;

pub struct Customers {
    search: SearchBox,
    rows: Vec<Customer>,
    /// For rows found by a phone number: the number that matched, shown instead of the first.
    matched: HashMap<u64, Phone>,
    cursor: Cursor,
    error: Option<String>,
    /// Only these customers (by id), named: a segment of the trends screen.
    among: Option<(String, Vec<u64>)>,
}

impl Customers {
    pub fn new(session: &Session) -> Customers {
        Customers::opened(None, session)
    }

    /// The customers with `ids`, in that order, titled with `name`; a search narrows them.
    pub fn among(name: String, ids: Vec<u64>, session: &Session) -> Customers {
        Customers::opened(Some((name, ids)), session)
    }

    fn opened(among: Option<(String, Vec<u64>)>, session: &Session) -> Customers {
        let mut screen = Customers {
            search: SearchBox::default(),
            rows: Vec::new(),
            matched: HashMap::new(),
            cursor: Cursor::default(),
            error: None,
            among,
        };
        screen.refresh(session);
        screen
    }

    fn selected(&self) -> Option<&Customer> {
        self.rows.get(self.cursor.index)
    }
}

impl Screen for Customers {
    fn title(&self) -> String {
        match &self.among {
            Some((name, _)) => t!("crm-customers-among", name = name.as_str()),
            None => t!("crm-customers-title"),
        }
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::Open,
                Action::Create,
                Action::Edit,
                Action::LogCall,
                Action::Search,
            ],
        )
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let result = self.search.key(key);
        search_outcome(result, || {
            self.cursor = Cursor::default();
            self.refresh(session);
        })
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        self.search.paste(text);
        self.refresh(session);
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        match action {
            Action::Search => {
                self.search.typing = true;
                Outcome::Handled
            }
            Action::Open => match self.selected() {
                Some(customer) => Outcome::Open(Route::Customer(customer.id)),
                None => Outcome::Refuse(t!("crm-customers-none-selected")),
            },
            Action::Create => Outcome::Open(Route::NewCustomer),
            Action::Edit => match self.selected() {
                Some(customer) => Outcome::Open(Route::EditCustomer(Box::new(customer.clone()))),
                None => Outcome::Refuse(t!("crm-customers-none-selected")),
            },
            Action::LogCall => match self.selected() {
                Some(customer) => {
                    let matched = self.matched.get(&customer.id);
                    Outcome::Open(Route::LogCall(Box::new(customer.clone()), matched.cloned()))
                }
                None => Outcome::Refuse(t!("crm-customers-none-selected")),
            },
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::CUSTOMERS)
    }

    fn refresh(&mut self, session: &Session) {
        let text = self.search.text();
        let result = if let (true, Some((_, ids))) = (text.is_empty(), &self.among) {
            customers_with_ids(session.store(), &session.actor, ids)
                .map(|rows| (rows, HashMap::new()))
        } else if text.is_empty() {
            list_customers(
                session.store(),
                &session.actor,
                &CustomerFilter::default(),
                ROWS,
            )
            .map(|rows| (rows, HashMap::new()))
        } else {
            search_customers(
                session.store(),
                &session.actor,
                text,
                SEARCH_ROWS,
                session.settings.default_region,
            )
            .map(|hits| {
                let matched = hits
                    .iter()
                    .filter_map(|hit| Some((hit.customer.id, hit.phone.clone()?)))
                    .collect();
                let among = self.among.as_ref().map(|(_, ids)| ids);
                let rows = hits
                    .into_iter()
                    .map(|hit| hit.customer)
                    .filter(|c| among.is_none_or(|ids| ids.contains(&c.id)))
                    .collect();
                (rows, matched)
            })
        };
        match result {
            Ok((rows, matched)) => {
                self.rows = rows;
                self.matched = matched;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [search, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let prompt = match (&self.error, self.search.shown()) {
            (Some(error), _) => (format!(" {error}"), Role::Error),
            (None, true) => (
                self.search.prompt(self.rows.len(), area.width, theme),
                Role::Input,
            ),
            (None, false) => (
                format!(" {}", t!("crm-customers-hint", count = self.rows.len())),
                Role::Muted,
            ),
        };
        frame.render_widget(
            Paragraph::new(theme.text(&prompt.0).into_owned()).style(theme.style(prompt.1)),
            search,
        );
        let wide = area.width >= 110;
        let labels = [
            t!("crm-column-id"),
            t!("crm-column-name"),
            t!("crm-column-status"),
            t!("crm-column-phone"),
            t!("crm-column-city"),
            t!("crm-column-owner"),
            t!("crm-column-country"),
        ];
        let mut header: Vec<&str> = labels[..5].iter().map(String::as_str).collect();
        let mut widths = vec![
            Constraint::Length(5),
            Constraint::Min(20),
            Constraint::Length(status_width(9)),
            Constraint::Length(18),
            Constraint::Length(14),
        ];
        if wide {
            header.extend(labels[5..].iter().map(String::as_str));
            widths.extend([Constraint::Length(10), Constraint::Length(7)]);
        }
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|c| {
                let mut row = vec![
                    c.id.to_string(),
                    c.name.clone(),
                    c.status.short_label(),
                    shown_phone(c, self.matched.get(&c.id)),
                    city(c),
                ];
                if wide {
                    row.push(c.owner.clone());
                    row.push(
                        c.addresses
                            .first()
                            .and_then(|a| a.country)
                            .map(|c| c.to_string())
                            .unwrap_or_default(),
                    );
                }
                row
            })
            .collect();
        let selected = (!self.rows.is_empty()).then_some(self.cursor.index);
        TableView {
            title: &self.title(),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Search,
            Action::Open,
            Action::Create,
            Action::Edit,
            Action::CallerLookup,
            Action::Back,
        ]
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
