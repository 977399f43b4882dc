//! The sales lists, read-only: quotes (number, customer, validity, state, net) and sales
//! orders (number, customer, date, state, net), newest number last. Enter opens one with
//! its lines and totals (`sales_detail`). Needs the sales right to read (the `go-quotes` /
//! `go-orders` actions say so; the core refuses the warehouse too).
//! Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use crate::core::sales_query::{OrderFilter, orders, orders_where, quotes};
use crate::core::{Change, CoreError};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::amount;
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, answers_list};

/// Which sales documents a screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    Quote,
    Order,
}

/// One row of a list: the document's number and the cells shown.
struct Row {
    number: String,
    cells: Vec<String>,
}

/// The quotes or the orders, one row each.
pub struct SalesList {
    doc: Doc,
    /// Only the orders this filter names, titled with the text given.
    filter: Option<(OrderFilter, String)>,
    rows: Vec<Row>,
    cursor: Cursor,
    error: Option<String>,
}

/// Width of the net column.
const NET: usize = 12;

impl SalesList {
    pub fn new(doc: Doc, session: &Session) -> SalesList {
        let mut screen = SalesList {
            doc,
            filter: None,
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    /// The orders `filter` names, titled `title`.
    pub fn filtered(filter: OrderFilter, title: String, session: &Session) -> SalesList {
        let mut screen = SalesList {
            doc: Doc::Order,
            filter: Some((filter, title)),
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(&self, session: &Session) -> Result<Vec<Row>, CoreError> {
        let (store, actor) = (session.store(), &session.actor);
        let row =
            |number: &str, customer, day, state, totals: &crate::domain::amounts::Totals| Row {
                number: number.to_string(),
                cells: vec![
                    number.to_string(),
                    customer,
                    format::date(day),
                    state,
                    format!("{:>NET$}", amount(totals.net, totals.currency)),
                ],
            };
        Ok(match self.doc {
            Doc::Quote => quotes(store, actor, None)?
                .into_iter()
                .map(|v| {
                    let (q, customer) = (&v.quote, v.customer.clone());
                    row(
                        &q.number,
                        customer,
                        q.valid_until,
                        q.state.label(),
                        &v.totals,
                    )
                })
                .collect(),
            Doc::Order => match &self.filter {
                Some((filter, _)) => orders_where(store, actor, *filter)?,
                None => orders(store, actor, None)?,
            }
            .into_iter()
            .map(|v| {
                let (o, customer) = (&v.order, v.customer.clone());
                row(&o.number, customer, o.date, o.state.label(), &v.totals)
            })
            .collect(),
        })
    }
}

/// The line above a list: the error, when loading failed, else the hint.
pub(super) fn hint_line(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    error: Option<&str>,
    hint: &str,
) {
    let (text, role) = match error {
        Some(error) => (format!(" {error}"), Role::Error),
        None => (format!(" {hint}"), Role::Muted),
    };
    frame.render_widget(
        Paragraph::new(theme.text(&text).into_owned()).style(theme.style(role)),
        area,
    );
}

impl Screen for SalesList {
    fn title(&self) -> String {
        match (self.doc, &self.filter) {
            (Doc::Order, Some((_, title))) => title.clone(),
            (Doc::Quote, _) => crate::t!("erp-quotes-title"),
            (Doc::Order, None) => crate::t!("erp-orders-title"),
        }
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        match (action, self.rows.get(self.cursor.index)) {
            (Action::Open, Some(row)) => {
                Outcome::Open(Route::SalesDocument(self.doc, row.number.clone()))
            }
            (Action::Open, None) => Outcome::Refuse(crate::t!("erp-sales-none-selected")),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match self.load(session) {
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
        let hint = crate::t!("erp-sales-hint", count = self.rows.len());
        hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let third = match self.doc {
            Doc::Quote => crate::t!("erp-sales-col-valid"),
            Doc::Order => crate::t!("erp-sales-col-date"),
        };
        let header = [
            crate::t!("erp-sales-col-number"),
            crate::t!("erp-sales-col-customer"),
            third,
            crate::t!("erp-sales-col-state"),
            format!("{:>NET$}", crate::t!("erp-sales-col-net")),
        ];
        let widths = [
            Constraint::Length(13),
            Constraint::Min(20),
            Constraint::Length(11),
            Constraint::Length(11),
            Constraint::Length(NET as u16),
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
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Back]
    }
}
