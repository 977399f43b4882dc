//! The invoices and credit notes, newest number last: number, issue date, customer, gross
//! (a credit note's negative), open amount (`core::receivables::open_amount`), due date
//! and state — open, overdue (open past its due date, as of the session's today), paid,
//! or credit note. The view key cycles a state filter (open, overdue, paid; overdue ones
//! are open too), `/` filters by customer as you type, Enter opens one
//! (`invoice_detail`). Also `issue`, the one key on a delivery note's or an order's detail
//! that invoices it through `core::invoicing`, naming the new invoice in the status line.
//! Needs the invoices right to read (the warehouse has none: `go-invoices` says so, the
//! core refuses too). Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use rust_decimal::Decimal;
use time::Date;

use super::refused::refusal;
use super::sales::filter_line;
use crate::core::delivery_query::deliveries;
use crate::core::invoicing::{InvoiceCommand, InvoiceFilter, invoices};
use crate::core::receivables::open_amount;
use crate::core::{Change, Command, CoreError, Event};
use crate::domain::invoice::{Invoice, InvoiceKind};
use crate::domain::sales::{OrderState, SalesOrder};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::screens::kind::figures::amount;
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, SearchBox, TableView, answers_list, search_outcome};

/// Where an invoice stands: its open amount against its due date on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Open,
    Overdue,
    Paid,
    /// A credit note: nothing to pay.
    CreditNote,
}

impl Standing {
    /// The standing of `invoice` with `open` left on `today`.
    pub fn of(invoice: &Invoice, open: Decimal, today: Date) -> Standing {
        match invoice.kind {
            InvoiceKind::CreditNote => Standing::CreditNote,
            InvoiceKind::Invoice if open.is_zero() => Standing::Paid,
            InvoiceKind::Invoice if today > invoice.due_date() => Standing::Overdue,
            InvoiceKind::Invoice => Standing::Open,
        }
    }

    /// In words, in the current language.
    pub fn label(self) -> String {
        match self {
            Standing::Open => crate::t!("invoice-state-open"),
            Standing::Overdue => crate::t!("invoice-state-overdue"),
            Standing::Paid => crate::t!("invoice-state-paid"),
            Standing::CreditNote => InvoiceKind::CreditNote.label(),
        }
    }

    /// Whether the state filter `filter` shows it (`None`: all); overdue is open too.
    fn shown_under(self, filter: Option<Standing>) -> bool {
        match filter {
            None => true,
            Some(Standing::Open) => matches!(self, Standing::Open | Standing::Overdue),
            Some(filter) => self == filter,
        }
    }
}

/// The state filters after "all", in the order the view key cycles them.
const FILTERS: [Standing; 3] = [Standing::Open, Standing::Overdue, Standing::Paid];

/// Width of the amount columns.
const AMOUNT: usize = 10;

/// Invoices what `command` names and says which invoice it issued, or refuses inline
/// with the core's words.
pub fn issue(command: InvoiceCommand, session: &Session) -> Outcome {
    match session.execute(Command::Invoice(command)) {
        Ok(Event::Invoiced(invoice)) => {
            let message = crate::t!(
                "invoice-issued",
                number = invoice.number.as_str(),
                gross = amount(invoice.gross, invoice.currency)
            );
            Outcome::Saved(message, After::Stay)
        }
        Ok(_) => Outcome::Handled,
        Err(error) => refusal(error),
    }
}

/// Invoices an order: its posted delivery notes not invoiced yet, else (none left) its
/// service lines not invoiced yet; the core refuses when there is neither.
pub fn issue_order(order: &str, customer: u64, session: &Session) -> Outcome {
    match unbilled_deliveries(order, customer, session) {
        Ok(notes) if !notes.is_empty() => issue(
            InvoiceCommand::FromDeliveries {
                deliveries: notes,
                today: session.today(),
            },
            session,
        ),
        Ok(_) => issue(
            InvoiceCommand::FromOrder {
                order: order.to_string(),
                today: session.today(),
            },
            session,
        ),
        Err(error) => refusal(error),
    }
}

/// Whether a confirmed order has something to invoice: delivered and not invoiced, or a
/// service line (no item) not invoiced — the legend offers the invoice key then.
pub fn invoiceable(order: &SalesOrder) -> bool {
    order.state == OrderState::Confirmed
        && order.lines.iter().any(|line| match line.line.item_id {
            Some(_) => line.invoiced < line.delivered,
            None => line.invoiced < line.open_quantity(),
        })
}

/// The numbers of the order's posted delivery notes that no invoice of `customer` bills.
fn unbilled_deliveries(
    order: &str,
    customer: u64,
    session: &Session,
) -> Result<Vec<String>, CoreError> {
    let (store, actor) = (session.store(), &session.actor);
    let filter = InvoiceFilter {
        customer: Some(customer),
        kind: Some(InvoiceKind::Invoice),
        ..InvoiceFilter::default()
    };
    let billed: std::collections::BTreeSet<u64> = invoices(store, actor, &filter)?
        .iter()
        .flat_map(|invoice| invoice.lines.iter().filter_map(|line| line.delivery_id))
        .collect();
    let posted = Some(crate::domain::sales::DeliveryState::Posted);
    Ok(deliveries(store, actor, Some(order), posted)?
        .into_iter()
        .filter(|view| !billed.contains(&view.note.id))
        .map(|view| view.note.number)
        .collect())
}

/// One invoice: its number, the cells shown, its customer and standing.
struct Row {
    number: String,
    cells: Vec<String>,
    customer: String,
    standing: Standing,
}

/// The invoices and credit notes, one row each.
pub struct InvoiceList {
    rows: Vec<Row>,
    /// The state filter: an index into `FILTERS` less one; 0 shows every row.
    filter: usize,
    search: SearchBox,
    shown: Vec<usize>,
    cursor: Cursor,
    error: Option<String>,
}

impl InvoiceList {
    pub fn new(session: &Session) -> InvoiceList {
        let mut screen = InvoiceList {
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
        let store = session.store();
        let today = session.today();
        let found = invoices(store, &session.actor, &InvoiceFilter::default())?;
        let mut rows = Vec::with_capacity(found.len());
        for invoice in found {
            let open = open_amount(store, &invoice)?;
            let standing = Standing::of(&invoice, open, today);
            let money = |value| format!("{:>AMOUNT$}", amount(value, invoice.currency));
            let due = match invoice.kind {
                InvoiceKind::Invoice => format::date(invoice.due_date()),
                InvoiceKind::CreditNote => String::new(),
            };
            rows.push(Row {
                number: invoice.number.clone(),
                cells: vec![
                    invoice.number.clone(),
                    format::date(invoice.issue_date),
                    invoice.buyer.name.clone(),
                    money(invoice.signed_gross()),
                    money(open),
                    due,
                    standing.label(),
                ],
                customer: format!("{} {}", invoice.customer_number, invoice.buyer.name),
                standing,
            });
        }
        Ok(rows)
    }

    fn state(&self) -> Option<Standing> {
        self.filter
            .checked_sub(1)
            .and_then(|index| FILTERS.get(index).copied())
    }

    fn narrow(&mut self) {
        let state = self.state();
        self.shown = self
            .search
            .matching(&self.rows, |row| row.customer.clone())
            .into_iter()
            .filter(|index| self.rows[*index].standing.shown_under(state))
            .collect();
        self.cursor.clamp(self.shown.len());
    }

    fn selected(&self) -> Option<&Row> {
        self.rows.get(*self.shown.get(self.cursor.index)?)
    }

    fn filter_label(&self) -> String {
        self.state()
            .map_or_else(|| crate::t!("sales-filter-all"), Standing::label)
    }
}

impl Screen for InvoiceList {
    fn title(&self) -> String {
        crate::t!("invoice-list-title")
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
                self.filter = (self.filter + 1) % (FILTERS.len() + 1);
                self.cursor = Cursor::default();
                self.narrow();
                Outcome::Handled
            }
            Action::Open => match self.selected() {
                Some(row) => Outcome::Open(Route::Invoice(row.number.clone())),
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
        let state = self.state().map(Standing::label);
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
        let header = [
            crate::t!("erp-sales-col-number"),
            crate::t!("erp-sales-col-date"),
            crate::t!("erp-sales-col-customer"),
            format!("{:>AMOUNT$}", crate::t!("invoice-col-gross")),
            format!("{:>AMOUNT$}", crate::t!("invoice-col-open")),
            crate::t!("invoice-col-due"),
            crate::t!("erp-sales-col-state"),
        ];
        let widths = [
            Constraint::Length(13),
            Constraint::Length(10),
            Constraint::Min(8),
            Constraint::Length(AMOUNT as u16),
            Constraint::Length(AMOUNT as u16),
            Constraint::Length(10),
            Constraint::Length(10),
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
            .then(|| crate::t!("sales-filter-legend", state = self.filter_label()))
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
