//! The delivery notes, read-only: the list (number, order, customer, state, created),
//! newest number last, and one note with its pick list — location, bin, order line, SKU,
//! text and quantity, sorted for walking the warehouse. No prices: the warehouse works
//! from it. On a posted note the invoice key bills it (`invoices::issue`). Needs the right to read deliveries (the `go-deliveries` action says so).
//! Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::core::delivery_query::{DeliveryView, deliveries, delivery};
use crate::core::invoicing::InvoiceCommand;
use crate::core::{Change, CoreError};
use crate::domain::sales::DeliveryState;
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::decimal;
use crate::tui::screens::sales::hint_line;
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, panel};

/// Every delivery note, one row each.
pub struct DeliveryList {
    rows: Vec<DeliveryView>,
    cursor: Cursor,
    error: Option<String>,
}

impl DeliveryList {
    pub fn new(session: &Session) -> DeliveryList {
        let mut screen = DeliveryList {
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for DeliveryList {
    fn title(&self) -> String {
        crate::t!("erp-deliveries-title")
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
            (Action::Open, Some(row)) => Outcome::Open(Route::Delivery(row.note.number.clone())),
            (Action::Open, None) => Outcome::Refuse(crate::t!("erp-sales-none-selected")),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match deliveries(session.store(), &session.actor, None, None) {
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
        let header = [
            crate::t!("erp-sales-col-number"),
            crate::t!("erp-deliveries-col-order"),
            crate::t!("erp-sales-col-customer"),
            crate::t!("erp-sales-col-state"),
            crate::t!("erp-sales-col-date"),
        ];
        let widths = [
            Constraint::Length(13),
            Constraint::Length(13),
            Constraint::Min(16),
            Constraint::Length(11),
            Constraint::Length(11),
        ];
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|view| {
                let note = &view.note;
                vec![
                    note.number.clone(),
                    note.order_number.clone(),
                    view.customer.clone(),
                    note.state.label(),
                    format::date(note.created.date()),
                ]
            })
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
        vec![Action::Open, Action::Back]
    }
}

/// One delivery note with its pick list.
pub struct DeliveryDetail {
    number: String,
    loaded: Option<DeliveryView>,
    cursor: Cursor,
    error: Option<String>,
}

impl DeliveryDetail {
    pub fn new(number: String, session: &Session) -> DeliveryDetail {
        let mut screen = DeliveryDetail {
            number,
            loaded: None,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(&self, session: &Session) -> Result<DeliveryView, CoreError> {
        delivery(session.store(), &session.actor, &self.number)
    }
}

impl Screen for DeliveryDetail {
    fn title(&self) -> String {
        crate::t!("erp-delivery-title", number = &self.number)
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::IssueInvoice])
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let count = self.loaded.as_ref().map_or(0, |l| l.note.lines.len());
        if self.cursor.navigate(action, count) {
            return Outcome::Handled;
        }
        match action {
            Action::IssueInvoice => super::invoices::issue(
                InvoiceCommand::FromDeliveries {
                    deliveries: vec![self.number.clone()],
                    today: session.today(),
                },
                session,
            ),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match self.load(session) {
            Ok(loaded) => {
                self.cursor.clamp(loaded.note.lines.len());
                self.loaded = Some(loaded);
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(view) = &self.loaded else {
            let message = self.error.clone().unwrap_or_default();
            panel(frame, area, theme, &self.title(), vec![Line::raw(message)]);
            return;
        };
        let note = &view.note;
        let heading = crate::t!(
            "erp-delivery-heading",
            order = note.order_number.as_str(),
            customer = view.customer.as_str(),
            state = note.state.label(),
            by = note.created_by.as_str(),
            at = format::date(note.posted.unwrap_or(note.created).date())
        );
        let [line, table] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(4)]).areas(area);
        frame.render_widget(
            Paragraph::new(theme.text(&format!(" {heading}")).into_owned()),
            line,
        );
        let rows: Vec<Vec<String>> = note
            .lines
            .iter()
            .map(|pick| {
                vec![
                    pick.location().to_string(),
                    pick.bin().to_string(),
                    format!("{:>4}", pick.line),
                    format!("{} {}", pick.sku, pick.text),
                    format!("{:>7}", decimal(pick.quantity)),
                ]
            })
            .collect();
        let header = [
            crate::t!("erp-delivery-col-location"),
            crate::t!("erp-delivery-col-bin"),
            format!("{:>4}", crate::t!("erp-delivery-col-line")),
            crate::t!("erp-sales-col-item"),
            format!("{:>7}", crate::t!("erp-col-qty")),
        ];
        let widths = [
            Constraint::Length(10),
            Constraint::Length(10),
            Constraint::Length(4),
            Constraint::Min(16),
            Constraint::Length(7),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &crate::t!("erp-delivery-picks", count = rows.len()),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, table, theme);
    }

    fn legend(&self) -> Vec<Action> {
        match &self.loaded {
            Some(view) if view.note.state == DeliveryState::Posted => {
                vec![Action::IssueInvoice, Action::Back]
            }
            _ => vec![Action::Back],
        }
    }
}
