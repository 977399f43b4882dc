//! The service desk's ticket queue: the open tickets the user reads with number, priority,
//! status, customer, subject, owner and the SLA time left (the running clock's remaining
//! business time, `ticket_sla`: breached rows as errors, warned ones as warnings) —
//! breaches first, then least time left, then by priority and age (`core::tickets::list`). The view key cycles the view: my tickets, my queues (the
//! queues the user is an agent of), unassigned, all open; `/` filters by number, customer
//! or subject as you type; Enter opens the ticket (`ticket_detail`). `next-ticket` opens
//! this screen on the urgent end of the user's queues. Needs the service right to read.
//! Room: tui — data only through `core`.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::sales::filter_line;
use super::ticket_sla::{Shown, shown};
use crate::core::tickets::{ListedTicket, TicketFilter, list, queues, sla_of};
use crate::core::{Change, CoreError};
use crate::domain::fold::fold;
use crate::domain::ticket::Queue;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, SearchBox, TableView, answers_list, search_outcome};

/// Which tickets the queue screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Owned by the user.
    Mine,
    /// In a queue the user is an agent of.
    MyQueues,
    /// Owned by nobody.
    Unassigned,
    /// Every open ticket the user reads.
    AllOpen,
}

impl View {
    /// In the order the view key cycles them.
    pub const ALL: [View; 4] = [View::Mine, View::MyQueues, View::Unassigned, View::AllOpen];

    pub fn label(self) -> String {
        match self {
            View::Mine => crate::t!("ticket-tui-view-mine"),
            View::MyQueues => crate::t!("ticket-tui-view-queues"),
            View::Unassigned => crate::t!("ticket-tui-view-unassigned"),
            View::AllOpen => crate::t!("ticket-tui-view-all"),
        }
    }
}

/// One ticket: its number, the cells shown, what the search finds and what the views ask.
struct Row {
    number: String,
    cells: Vec<String>,
    searched: String,
    mine: bool,
    in_my_queue: bool,
    unassigned: bool,
    sla: Shown,
}

impl Row {
    fn shown_in(&self, view: View) -> bool {
        match view {
            View::Mine => self.mine,
            View::MyQueues => self.in_my_queue,
            View::Unassigned => self.unassigned,
            View::AllOpen => true,
        }
    }
}

/// The ticket queue screen.
pub struct TicketList {
    rows: Vec<Row>,
    view: usize,
    search: SearchBox,
    shown: Vec<usize>,
    cursor: Cursor,
    error: Option<String>,
}

impl TicketList {
    /// Opens on "all open" — the view a user without tickets of their own still sees work in.
    pub fn new(session: &Session) -> TicketList {
        let mut screen = TicketList {
            rows: Vec::new(),
            view: View::ALL.len() - 1,
            search: SearchBox::default(),
            shown: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(session: &Session) -> Result<Vec<Row>, CoreError> {
        let (store, actor) = (session.store(), &session.actor);
        let me = fold(&actor.name);
        let by_name: HashMap<String, Queue> = queues(store, actor)?
            .into_iter()
            .map(|queue| (queue.name.clone(), queue))
            .collect();
        let found = list(store, actor, &TicketFilter::default())?;
        let customers = customer_names(session, &found);
        let now = session.clock.now();
        let mut rows: Vec<Row> = found
            .into_iter()
            .zip(customers)
            .map(|(listed, customer)| {
                let ticket = &listed.ticket;
                let number = ticket.number.to_string();
                let owner = ticket.owner.clone().unwrap_or_default();
                let queue = by_name.get(&listed.queue);
                let report = queue
                    .and_then(|_| sla_of(store, actor, ticket.clone(), now).ok())
                    .map(|sla| sla.report);
                let sla = shown(report.as_ref());
                Row {
                    searched: format!("{number} {customer} {}", ticket.subject),
                    mine: ticket.owner.as_deref().map(fold).as_ref() == Some(&me),
                    in_my_queue: queue.is_some_and(|queue| queue.has_agent(&actor.name)),
                    unassigned: ticket.owner.is_none(),
                    cells: vec![
                        number.clone(),
                        ticket.priority.label(),
                        ticket.status.label(),
                        customer,
                        ticket.subject.clone(),
                        owner,
                        format!("{:>9}", sla.text),
                    ],
                    number,
                    sla,
                }
            })
            .collect();
        // Breaches first, then least time left; the core's order (priority, age) otherwise.
        rows.sort_by_key(|row| row.sla.key);
        Ok(rows)
    }

    /// The queue showing `message` above its rows.
    pub fn saying(message: String, session: &Session) -> TicketList {
        let mut screen = TicketList::new(session);
        screen.error = Some(message);
        screen
    }

    fn view_shown(&self) -> View {
        View::ALL[self.view % View::ALL.len()]
    }

    fn narrow(&mut self) {
        let view = self.view_shown();
        self.shown = self
            .search
            .matching(&self.rows, |row| row.searched.clone())
            .into_iter()
            .filter(|index| self.rows[*index].shown_in(view))
            .collect();
        self.cursor.clamp(self.shown.len());
    }

    fn selected(&self) -> Option<&Row> {
        self.rows.get(*self.shown.get(self.cursor.index)?)
    }
}

/// The customer of each ticket as shown: its name, else the sender's address, else empty.
fn customer_names(session: &Session, found: &[ListedTicket]) -> Vec<String> {
    found
        .iter()
        .map(|listed| {
            let ticket = &listed.ticket;
            let name = ticket.customer.and_then(|id| {
                crate::core::query::get_customer(session.store(), &session.actor, id)
                    .ok()
                    .flatten()
                    .map(|customer| customer.name)
            });
            name.or_else(|| ticket.sender.clone()).unwrap_or_default()
        })
        .collect()
}

impl Screen for TicketList {
    fn title(&self) -> String {
        crate::t!("ticket-tui-list-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::Search, Action::SwitchView])
    }

    fn on_key(&mut self, key: &Key, _session: &Session) -> Outcome {
        let result = self.search.key(key);
        search_outcome(result, || {
            self.cursor = Cursor::default();
            self.narrow();
        })
    }

    fn on_paste(&mut self, text: &str, _session: &Session) -> Outcome {
        self.search.paste(text);
        self.narrow();
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.shown.len()) {
            return Outcome::Handled;
        }
        match action {
            Action::Search => {
                self.search.typing = true;
                Outcome::Handled
            }
            Action::SwitchView => {
                self.view = (self.view + 1) % View::ALL.len();
                self.cursor = Cursor::default();
                self.narrow();
                Outcome::Handled
            }
            Action::Open => match self.selected() {
                Some(row) => Outcome::Open(Route::Ticket(row.number.clone())),
                None => Outcome::Refuse(crate::t!("erp-sales-none-selected")),
            },
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
        self.narrow();
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let shown = (self.shown.len(), self.rows.len());
        let view = Some(self.view_shown().label());
        filter_line(
            frame,
            line,
            theme,
            &self.search,
            shown,
            view,
            self.error.as_deref(),
        );
        let header = [
            crate::t!("erp-sales-col-number"),
            crate::t!("ticket-tui-col-priority"),
            crate::t!("erp-sales-col-state"),
            crate::t!("erp-sales-col-customer"),
            crate::t!("ticket-tui-col-subject"),
            crate::t!("ticket-tui-col-owner"),
            format!("{:>9}", crate::t!("ticket-tui-col-sla")),
        ];
        let widths = [
            Constraint::Length(13),
            Constraint::Length(8),
            Constraint::Length(12),
            Constraint::Min(8),
            Constraint::Min(10),
            Constraint::Length(8),
            Constraint::Length(9),
        ];
        let roles: Vec<_> = (self.shown.iter())
            .map(|index| self.rows[*index].sla.role)
            .collect();
        let rows: Vec<Vec<String>> = (self.shown.iter())
            .map(|index| self.rows[*index].cells.clone())
            .collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &self.title(),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render_styled(frame, list, theme, &roles);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Open,
            Action::SwitchView,
            Action::Search,
            Action::Back,
        ]
    }

    /// The view key cycles the views: its legend names the one shown.
    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::SwitchView)
            .then(|| crate::t!("ticket-tui-view-legend", view = self.view_shown().label()))
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
