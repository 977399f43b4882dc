//! The purchase orders list, read-only: number, supplier, date, state and total, in number
//! order. The view key cycles a state filter (draft, sent, partly received, received,
//! closed), `/` filters by supplier as you type; Enter opens one (`purchase_detail`), the
//! new-purchase key opens the entry form (`purchase_forms::new_purchase`). Reading needs
//! the right to read purchasing (purchasing, the warehouse); writing is purchasing's.
//! Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::sales::filter_line;
use crate::core::purchase_query::orders;
use crate::core::{Change, CoreError};
use crate::domain::purchase::PurchaseState;
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::amount;
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, SearchBox, TableView, answers_list, search_outcome};

/// The state filters after "all".
const FILTERS: [PurchaseState; 5] = [
    PurchaseState::Draft,
    PurchaseState::Sent,
    PurchaseState::PartlyReceived,
    PurchaseState::Received,
    PurchaseState::Closed,
];

/// Width of the total column.
const TOTAL: usize = 12;

/// One order: its number, the cells shown, its supplier and its state.
struct Row {
    number: String,
    cells: Vec<String>,
    supplier: String,
    state: PurchaseState,
}

pub struct PurchaseList {
    rows: Vec<Row>,
    /// An index into `FILTERS` less one; 0 shows every row.
    filter: usize,
    search: SearchBox,
    shown: Vec<usize>,
    cursor: Cursor,
    error: Option<String>,
}

impl PurchaseList {
    pub fn new(session: &Session) -> PurchaseList {
        let mut screen = PurchaseList {
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

    fn load(session: &Session) -> Result<Vec<Row>, CoreError> {
        let views = orders(session.store(), &session.actor, None, false)?;
        Ok(views
            .into_iter()
            .map(|view| {
                let order = &view.order;
                let state = order.state();
                Row {
                    number: order.number.clone(),
                    cells: vec![
                        order.number.clone(),
                        view.supplier.clone(),
                        format::date(order.date),
                        state.label(),
                        format!("{:>TOTAL$}", amount(order.total(), order.currency)),
                    ],
                    supplier: view.supplier,
                    state,
                }
            })
            .collect())
    }

    fn state(&self) -> Option<PurchaseState> {
        self.filter
            .checked_sub(1)
            .and_then(|index| FILTERS.get(index).copied())
    }

    fn narrow(&mut self) {
        let state = self.state();
        self.shown = self
            .search
            .matching(&self.rows, |row| row.supplier.clone())
            .into_iter()
            .filter(|index| state.is_none_or(|state| self.rows[*index].state == state))
            .collect();
        self.cursor.clamp(self.shown.len());
    }
}

/// The state filter in words (`None`: all).
fn filter_label(state: Option<PurchaseState>) -> String {
    state.map_or_else(|| crate::t!("sales-filter-all"), PurchaseState::label)
}

impl Screen for PurchaseList {
    fn title(&self) -> String {
        crate::t!("purchase-tui-list-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::Open,
                Action::Search,
                Action::SwitchView,
                Action::NewPurchase,
            ],
        )
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
                self.filter = (self.filter + 1) % (FILTERS.len() + 1);
                self.cursor = Cursor::default();
                self.narrow();
                Outcome::Handled
            }
            Action::NewPurchase => Outcome::Open(Route::NewPurchase),
            Action::Open => match self.shown.get(self.cursor.index) {
                Some(index) => Outcome::Open(Route::Purchase(self.rows[*index].number.clone())),
                None => Outcome::Refuse(crate::t!("erp-sales-none-selected")),
            },
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match PurchaseList::load(session) {
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
        let error = self.error.as_deref();
        filter_line(frame, line, theme, &self.search, shown, state, error);
        let header = [
            crate::t!("erp-sales-col-number"),
            crate::t!("purchase-tui-col-supplier"),
            crate::t!("erp-sales-col-date"),
            crate::t!("erp-sales-col-state"),
            format!("{:>TOTAL$}", crate::t!("erp-sales-col-net")),
        ];
        let widths = [
            Constraint::Length(13),
            Constraint::Min(16),
            Constraint::Length(11),
            Constraint::Length(18),
            Constraint::Length(TOTAL as u16),
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
            Action::NewPurchase,
            Action::SwitchView,
            Action::Search,
            Action::Back,
        ]
    }

    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::SwitchView)
            .then(|| crate::t!("sales-filter-legend", state = filter_label(self.state())))
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
