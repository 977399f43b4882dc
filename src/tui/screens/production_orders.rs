//! Production orders (Fertigungsaufträge, `g F`): the list — number, item, quantity, done,
//! open, due, state — and one order's detail: its figures, completions and cancellation,
//! and what its open rest needs of each component (one BOM level, as completing consumes)
//! against what is on hand at its location, shortages marked. From the detail the produce
//! key completes all or part (a form asking how many, the open rest proposed; a short
//! component refuses with the shortage) and the cancel-rest key cancels what is open,
//! asking why. Everything through `core::production_orders`. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use rust_decimal::Decimal;

use super::form::{Field, Form, Saved};
use super::kind::figures::decimal;
use super::refused::problems;
use crate::core::production_orders::{self, ProductionCommand};
use crate::core::{Change, Command, CoreError};
use crate::domain::Invalid;
use crate::domain::money::parse_decimal;
use crate::domain::production_order::ProductionOrder;
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, panel};

/// The production orders, oldest first.
pub struct ProductionOrders {
    orders: Vec<ProductionOrder>,
    cursor: Cursor,
    error: Option<String>,
}

impl ProductionOrders {
    pub fn new(session: &Session) -> ProductionOrders {
        let mut screen = ProductionOrders {
            orders: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for ProductionOrders {
    fn title(&self) -> String {
        crate::t!("production-tui-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.orders.len()) {
            return Outcome::Handled;
        }
        match (action, self.orders.get(self.cursor.index)) {
            (Action::Open, Some(order)) => {
                Outcome::Open(Route::ProductionOrder(order.number.clone()))
            }
            (Action::Open, None) => Outcome::Refuse(crate::t!("production-tui-none")),
            _ => Outcome::Ignored,
        }
    }

    /// Orders change with their own commands and with stock (completions).
    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match production_orders::list(session.store(), &session.actor, false) {
            Ok(orders) => {
                self.orders = orders;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.orders.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let hint = crate::t!("production-tui-hint", count = self.orders.len());
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("production-tui-col-number"),
            crate::t!("erp-col-sku"),
            crate::t!("production-tui-col-quantity"),
            crate::t!("production-tui-col-done"),
            crate::t!("production-tui-col-open"),
            crate::t!("production-tui-col-due"),
            crate::t!("production-tui-col-state"),
        ];
        let widths = [
            Constraint::Length(14),
            Constraint::Min(8),
            Constraint::Length(9),
            Constraint::Length(9),
            Constraint::Length(9),
            Constraint::Length(11),
            Constraint::Length(16),
        ];
        let rows: Vec<Vec<String>> = self
            .orders
            .iter()
            .map(|order| {
                vec![
                    order.number.clone(),
                    order.sku.clone(),
                    decimal(order.quantity),
                    decimal(order.done),
                    decimal(order.open_quantity()),
                    format::date(order.due),
                    order.state().label(),
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

/// One production order, by number, with the needs of its open rest.
pub struct ProductionOrderDetail {
    number: String,
    order: Option<ProductionOrder>,
    /// (SKU, needed, on hand) per component for the open rest.
    needs: Vec<(String, Decimal, Decimal)>,
    error: Option<String>,
}

impl ProductionOrderDetail {
    pub fn new(number: String, session: &Session) -> ProductionOrderDetail {
        let mut screen = ProductionOrderDetail {
            number,
            order: None,
            needs: Vec::new(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(&mut self, session: &Session) -> Result<(), CoreError> {
        let order = production_orders::find(session.store(), &session.actor, &self.number)?;
        let open = order.open_quantity();
        self.needs = match open > Decimal::ZERO {
            true => production_orders::needs(session.store(), &session.actor, &order, open)?,
            false => Vec::new(),
        };
        self.order = Some(order);
        Ok(())
    }

    fn shortages(&self) -> usize {
        self.needs
            .iter()
            .filter(|(_, needed, on_hand)| needed > on_hand)
            .count()
    }
}

/// The order's figures, dates, completions and cancellation, a line each.
fn facts(order: &ProductionOrder) -> Vec<Line<'static>> {
    let fact = |label: String, value: String| Line::raw(format!("{label:<14}{value}"));
    let mut lines = vec![
        fact(crate::t!("erp-col-sku"), order.sku.clone()),
        fact(
            crate::t!("production-tui-col-quantity"),
            crate::t!(
                "production-tui-figures",
                quantity = decimal(order.quantity),
                done = decimal(order.done),
                open = decimal(order.open_quantity())
            ),
        ),
        fact(crate::t!("production-tui-location"), order.location.clone()),
        fact(
            crate::t!("production-tui-dates"),
            crate::t!(
                "production-tui-start-due",
                start = format::date(order.start),
                due = format::date(order.due)
            ),
        ),
        fact(crate::t!("production-tui-col-state"), order.state().label()),
    ];
    for completion in &order.completions {
        lines.push(Line::raw(crate::t!(
            "production-tui-completed",
            quantity = decimal(completion.quantity),
            at = format::instant(completion.at),
            agent = completion.agent.as_str()
        )));
    }
    if let Some(cancelled) = &order.cancelled {
        lines.push(Line::raw(crate::t!(
            "production-tui-cancelled",
            quantity = decimal(cancelled.quantity),
            reason = cancelled.reason.as_str()
        )));
    }
    lines
}

impl Screen for ProductionOrderDetail {
    fn title(&self) -> String {
        crate::t!("production-tui-detail-title", number = self.number.as_str())
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let Some(order) = &self.order else {
            return Outcome::Ignored;
        };
        match action {
            Action::Produce | Action::CancelRest if !order.is_open() => Outcome::Refuse(crate::t!(
                "production-tui-not-open",
                number = order.number.as_str(),
                state = order.state().label()
            )),
            Action::Produce => Outcome::Push(Box::new(complete_form(order, session))),
            Action::CancelRest => Outcome::Push(Box::new(cancel_form(order, session))),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        self.error = self.load(session).err().map(|error| error.to_string());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let facts = self.order.as_ref().map(facts).unwrap_or_default();
        let height = u16::try_from(facts.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let [top, table, status] = Layout::vertical([
            Constraint::Length(height),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        panel(frame, top, theme, &self.title(), facts);
        let rows: Vec<Vec<String>> = self
            .needs
            .iter()
            .map(|(sku, needed, on_hand)| {
                let short = (*needed - *on_hand).max(Decimal::ZERO);
                vec![
                    sku.clone(),
                    decimal(*needed),
                    decimal(*on_hand),
                    match short.is_zero() {
                        true => String::new(),
                        false => decimal(short),
                    },
                ]
            })
            .collect();
        let widths = [
            Constraint::Min(12),
            Constraint::Length(12),
            Constraint::Length(12),
            Constraint::Length(12),
        ];
        TableView {
            title: &crate::t!("production-tui-needs"),
            header: &[
                crate::t!("erp-col-sku"),
                crate::t!("erp-production-col-needed"),
                crate::t!("erp-col-on-hand"),
                crate::t!("erp-production-col-short"),
            ]
            .each_ref()
            .map(String::as_str),
            widths: &widths,
            rows: &rows,
            selected: None,
            top: None,
        }
        .render(frame, table, theme);
        let text = match self.shortages() {
            0 => String::new(),
            short => crate::t!("erp-production-shortages", count = short),
        };
        super::sales::hint_line(frame, status, theme, self.error.as_deref(), &text);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Produce, Action::CancelRest, Action::Back]
    }
}

/// The form completing `order`: how many (the open rest proposed).
fn complete_form(order: &ProductionOrder, session: &Session) -> Form {
    let number = order.number.clone();
    let open = order.open_quantity().normalize().to_string();
    let label = crate::t!("production-tui-col-quantity");
    Form::new(
        &crate::t!("production-tui-complete-title", number = number.as_str()),
        vec![Field::new("quantity", label, &open).required()],
        Box::new(move |session: &Session, input| {
            let quantity = parse_decimal("quantity", &input.text("quantity"))
                .map_err(|invalid| vec![invalid])?;
            let command = ProductionCommand::Complete {
                number: number.clone(),
                quantity: Some(quantity),
            };
            match session.execute(Command::Production(command)) {
                Ok(_) => Ok(Saved::Done(crate::t!(
                    "production-tui-completed-now",
                    quantity = decimal(quantity),
                    number = number.as_str()
                ))),
                Err(CoreError::Short(short)) => Err(vec![Invalid::new(
                    "quantity",
                    crate::t!(
                        "production-tui-short",
                        producing = short.producing(),
                        location = short.location.as_str(),
                        count = short.lines.len()
                    ),
                )]),
                Err(error) => Err(problems(error)),
            }
        }),
        session,
    )
}

/// The form cancelling what is open of `order`, asking why.
fn cancel_form(order: &ProductionOrder, session: &Session) -> Form {
    let number = order.number.clone();
    Form::new(
        &crate::t!("production-tui-cancel-title", number = number.as_str()),
        vec![Field::new("reason", crate::t!("production-tui-reason"), "").required()],
        Box::new(move |session: &Session, input| {
            let command = ProductionCommand::Cancel {
                number: number.clone(),
                reason: input.text("reason"),
            };
            session
                .execute(Command::Production(command))
                .map_err(problems)?;
            Ok(Saved::Done(crate::t!(
                "production-tui-cancelled-now",
                number = number.as_str()
            )))
        }),
        session,
    )
}
