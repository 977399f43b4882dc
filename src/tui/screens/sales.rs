//! The sales lists, read-only: quotes (number, customer, validity, state, net) and sales
//! orders (number, customer, date, state, net), newest number last. The view key cycles
//! a state filter (orders: open, confirmed, delivered, cancelled, held; quotes: their
//! states), `/` filters by customer as you type. Enter opens one with its lines and totals
//! (`sales_detail`). Needs the sales right to read (the `go-quotes` / `go-orders` actions
//! say so; the core refuses the warehouse too). Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use crate::core::sales_query::{OrderFilter, orders, orders_where, quotes};
use crate::core::{Change, CoreError};
use crate::domain::sales::{OrderState, QuoteState};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::amount;
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, SearchBox, TableView, answers_list, search_outcome};

/// Which sales documents a screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    Quote,
    Order,
}

/// One row of a list: the document's number, the cells shown, its customer and the state
/// filters it is shown under (machine names).
struct Row {
    number: String,
    cells: Vec<String>,
    customer: String,
    states: Vec<&'static str>,
}

/// The quotes or the orders, one row each.
pub struct SalesList {
    doc: Doc,
    /// Only the orders this filter names, titled with the text given.
    scope: Option<(OrderFilter, String)>,
    rows: Vec<Row>,
    /// The state filter: an index into `filters(doc)` less one; 0 shows every row.
    filter: usize,
    /// The customer filter.
    search: SearchBox,
    /// The indexes of the rows both filters let through.
    shown: Vec<usize>,
    cursor: Cursor,
    error: Option<String>,
}

/// The state filters of a list after "all", by machine name: an order's state, or
/// delivered (confirmed and delivered in full) or held; a quote's state on the day.
fn filters(doc: Doc) -> &'static [&'static str] {
    match doc {
        Doc::Order => &["open", "confirmed", "delivered", "cancelled", "held"],
        Doc::Quote => &["draft", "sent", "accepted", "declined", "expired"],
    }
}

/// The state filter `name` in words.
fn filter_label(name: Option<&str>) -> String {
    let order = OrderState::ALL.into_iter().find(|s| Some(s.name()) == name);
    let quote = QuoteState::ALL.into_iter().find(|s| Some(s.name()) == name);
    match (name, order, quote) {
        (_, Some(state), _) => state.label(),
        (_, _, Some(state)) => state.label(),
        (Some("delivered"), _, _) => crate::t!("sales-filter-delivered"),
        (Some("held"), _, _) => crate::t!("sales-filter-held"),
        _ => crate::t!("sales-filter-all"),
    }
}

/// Width of the net column.
const NET: usize = 12;

impl SalesList {
    pub fn new(doc: Doc, session: &Session) -> SalesList {
        SalesList::opened(doc, None, session)
    }

    /// The orders `filter` names, titled `title`.
    pub fn filtered(filter: OrderFilter, title: String, session: &Session) -> SalesList {
        SalesList::opened(Doc::Order, Some((filter, title)), session)
    }

    fn opened(doc: Doc, scope: Option<(OrderFilter, String)>, session: &Session) -> SalesList {
        let mut screen = SalesList {
            doc,
            scope,
            rows: Vec::new(),
            filter: 0,
            search: SearchBox::default(),
            shown: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(&self, session: &Session) -> Result<Vec<Row>, CoreError> {
        let (store, actor) = (session.store(), &session.actor);
        let row = |number: &str,
                   customer: String,
                   day,
                   state,
                   totals: &crate::domain::amounts::Totals,
                   states| Row {
            number: number.to_string(),
            cells: vec![
                number.to_string(),
                customer.clone(),
                format::date(day),
                state,
                format!("{:>NET$}", amount(totals.net, totals.currency)),
            ],
            customer,
            states,
        };
        let today = session.today();
        Ok(match self.doc {
            Doc::Quote => quotes(store, actor, None)?
                .into_iter()
                .map(|v| {
                    let (q, customer) = (&v.quote, v.customer.clone());
                    let state = q.state_on(today);
                    let states = vec![state.name()];
                    row(
                        &q.number,
                        customer,
                        q.valid_until,
                        state.label(),
                        &v.totals,
                        states,
                    )
                })
                .collect(),
            Doc::Order => match &self.scope {
                Some((filter, _)) => orders_where(store, actor, *filter)?,
                None => orders(store, actor, None)?,
            }
            .into_iter()
            .map(|v| {
                let (o, customer) = (&v.order, v.customer.clone());
                let mut states = vec![match o.fully_delivered() {
                    true => "delivered",
                    false => o.state.name(),
                }];
                if o.hold.is_some() {
                    states.push("held");
                }
                row(
                    &o.number,
                    customer,
                    o.date,
                    o.state.label(),
                    &v.totals,
                    states,
                )
            })
            .collect(),
        })
    }

    /// The state filter chosen, by machine name (`None`: all).
    fn state(&self) -> Option<&'static str> {
        self.filter
            .checked_sub(1)
            .and_then(|index| filters(self.doc).get(index).copied())
    }

    /// Applies both filters to the rows loaded.
    fn narrow(&mut self) {
        let state = self.state();
        self.shown = self
            .search
            .matching(&self.rows, |row| row.customer.clone())
            .into_iter()
            .filter(|index| state.is_none_or(|state| self.rows[*index].states.contains(&state)))
            .collect();
        self.cursor.clamp(self.shown.len());
    }

    fn selected(&self) -> Option<&Row> {
        let index = self.shown.get(self.cursor.index)?;
        self.rows.get(*index)
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

/// The line above a list filtered by state and by search: the search prompt while one is
/// typed, else the error or the hint — how many rows (`shown` of all, under the state
/// filter named, when one is chosen).
pub(super) fn filter_line(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    search: &SearchBox,
    (shown, count): (usize, usize),
    state: Option<String>,
    error: Option<&str>,
) {
    if search.shown() && error.is_none() {
        let prompt = search.prompt(shown, area.width, theme);
        frame.render_widget(
            Paragraph::new(theme.text(&prompt).into_owned()).style(theme.style(Role::Input)),
            area,
        );
        return;
    }
    let hint = match state {
        None => crate::t!("erp-sales-hint", count = count),
        Some(state) => crate::t!(
            "sales-filter-hint",
            shown = shown,
            count = count,
            state = state
        ),
    };
    hint_line(frame, area, theme, error, &hint);
}

impl Screen for SalesList {
    fn title(&self) -> String {
        match (self.doc, &self.scope) {
            (Doc::Order, Some((_, title))) => title.clone(),
            (Doc::Quote, _) => crate::t!("erp-quotes-title"),
            (Doc::Order, None) => crate::t!("erp-orders-title"),
        }
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::Search, Action::SwitchView])
            || (self.doc == Doc::Order && action == Action::NewOrder)
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
                return Outcome::Handled;
            }
            Action::SwitchView => {
                self.filter = (self.filter + 1) % (filters(self.doc).len() + 1);
                self.cursor = Cursor::default();
                self.narrow();
                return Outcome::Handled;
            }
            _ => {}
        }
        match (action, self.selected()) {
            (Action::Open, Some(row)) => {
                Outcome::Open(Route::SalesDocument(self.doc, row.number.clone()))
            }
            (Action::Open, None) => Outcome::Refuse(crate::t!("erp-sales-none-selected")),
            (Action::NewOrder, _) if self.doc == Doc::Order => Outcome::Open(Route::NewOrder(None)),
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
        self.narrow();
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let state = self.state().map(|state| filter_label(Some(state)));
        let shown = (self.shown.len(), self.rows.len());
        filter_line(
            frame,
            line,
            theme,
            &self.search,
            shown,
            state,
            self.error.as_deref(),
        );
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
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Open,
            Action::SwitchView,
            Action::Search,
            Action::Back,
        ]
    }

    /// The view key cycles the state filter: its legend names the state shown.
    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::SwitchView)
            .then(|| crate::t!("sales-filter-legend", state = filter_label(self.state())))
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
