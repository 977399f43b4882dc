//! One purchase order: supplier, date, state and total above, every line (item, ordered,
//! received, short-closed, open, unit price) and, for the selected line, its requested
//! date, state and why it was short-closed. The actions run from here (`purchase_forms`):
//! send a draft (a supplier with an e-mail address is asked for: yes mails the order's
//! PDF through the outbox), receive the selected line (quantity and location), short-close its rest
//! with a reason, cancel the order with a reason. The legend shows what the order's state
//! allows and the role may do: purchasing sends, closes and cancels; the warehouse
//! receives. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::core::purchase::PurchaseCommand;
use crate::core::purchase_mail::recipient;
use crate::core::purchase_query::{OrderView, document, order};
use crate::core::{Change, Command, CoreError};
use crate::documents::{pdf, purchase_order};
use crate::domain::purchase::{PurchaseOrder, PurchaseState};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::screens::kind::figures::{amount, decimal};
use crate::tui::screens::refused::refusal;
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, panel};

/// Every action on a purchase order, as the detail answers them.
const ACTIONS: [Action; 4] = [
    Action::SendPurchase,
    Action::ReceivePurchase,
    Action::ShortCloseLine,
    Action::CancelPurchase,
];

pub struct PurchaseDetail {
    number: String,
    loaded: Option<OrderView>,
    cursor: Cursor,
    error: Option<String>,
}

/// The actions the order's state allows, most wanted first.
pub fn legend_of(order: &PurchaseOrder) -> Vec<Action> {
    match order.state() {
        PurchaseState::Draft => vec![Action::SendPurchase, Action::CancelPurchase],
        PurchaseState::Sent => vec![
            Action::ReceivePurchase,
            Action::ShortCloseLine,
            Action::CancelPurchase,
        ],
        PurchaseState::PartlyReceived => {
            vec![Action::ReceivePurchase, Action::ShortCloseLine]
        }
        PurchaseState::Received | PurchaseState::Closed => Vec::new(),
    }
}

impl PurchaseDetail {
    pub fn new(number: String, session: &Session) -> PurchaseDetail {
        let mut screen = PurchaseDetail {
            number,
            loaded: None,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    /// The send key: a supplier with an e-mail address is offered the mail (yes mails the
    /// PDF and marks the order sent: `mail`); one without is marked sent, saying no mail
    /// went.
    fn send(&self, session: &Session) -> Outcome {
        let number = self.number.as_str();
        match recipient(session.store(), &session.actor, number) {
            Ok(to) => {
                let question = crate::t!(
                    "purchase-tui-mail-question",
                    number = number,
                    to = to.as_str()
                );
                return Outcome::Confirm(question, Action::SendPurchase);
            }
            Err(CoreError::Refused(_)) => {}
            Err(error) => return refusal(error),
        }
        let command = PurchaseCommand::Send {
            order: self.number.clone(),
        };
        match session.execute(Command::Purchase(command)) {
            Ok(_) => Outcome::Saved(
                crate::t!("purchase-tui-sent-unmailed", number = number),
                After::Stay,
            ),
            Err(error) => refusal(error),
        }
    }

    /// Marks the order sent and queues its PDF to the supplier (`PurchaseCommand::SendMail`).
    fn mail(&self, session: &Session) -> Outcome {
        let number = self.number.as_str();
        let pdf = match document(session.store(), &session.actor, number) {
            Ok(document) => pdf::render(&purchase_order::letter(&document)),
            Err(error) => return refusal(error),
        };
        let command = PurchaseCommand::SendMail {
            order: self.number.clone(),
            pdf,
        };
        match session.execute(Command::Purchase(command)) {
            Ok(_) => Outcome::Saved(
                crate::t!("purchase-tui-mailed", number = number),
                After::Stay,
            ),
            Err(error) => refusal(error),
        }
    }

    /// The selected line's panel: its title and what it says.
    fn line_panel(&self, theme: &Theme) -> Option<(String, Vec<Line<'static>>)> {
        let view = self.loaded.as_ref()?;
        let line = view.order.lines.get(self.cursor.index)?;
        let title = crate::t!(
            "purchase-tui-line-title",
            line = self.cursor.index + 1,
            item = format!("{} {}", line.sku, line.text)
        );
        let mut text = crate::t!(
            "purchase-tui-line-state",
            requested = format::date(line.requested),
            state = line.state().label()
        );
        if !line.close_reason.is_empty() {
            let reason = crate::t!(
                "purchase-tui-line-reason",
                reason = line.close_reason.as_str()
            );
            text = format!("{text} · {reason}");
        }
        Some((title, vec![Line::raw(theme.text(&text).into_owned())]))
    }
}

impl Screen for PurchaseDetail {
    fn title(&self) -> String {
        crate::t!("purchase-tui-title", number = self.number.as_str())
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[]) || ACTIONS.contains(&action)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let count = self.loaded.as_ref().map_or(0, |v| v.order.lines.len());
        if self.cursor.navigate(action, count) {
            return Outcome::Handled;
        }
        let Some(view) = &self.loaded else {
            return Outcome::Ignored;
        };
        let (order, index) = (&view.order, self.cursor.index);
        match action {
            Action::SendPurchase => self.send(session),
            Action::CancelPurchase => Outcome::Open(Route::CancelPurchase(order.number.clone())),
            Action::ReceivePurchase | Action::ShortCloseLine => {
                let Some(line) = order.lines.get(index) else {
                    return Outcome::Refuse(crate::t!("sales-no-line"));
                };
                let (number, of) = (order.number.clone(), Box::new(line.clone()));
                Outcome::Open(match action {
                    Action::ReceivePurchase => Route::ReceivePurchase(number, index + 1, of),
                    _ => Route::ShortCloseLine(number, index + 1, of),
                })
            }
            _ => Outcome::Ignored,
        }
    }

    fn on_confirmed(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::SendPurchase => self.mail(session),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match order(session.store(), &session.actor, &self.number) {
            Ok(view) => {
                self.cursor.clamp(view.order.lines.len());
                self.loaded = Some(view);
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
        let order = &view.order;
        let line = self.line_panel(theme);
        let line_height = line.as_ref().map_or(0, |(_, lines)| lines.len() as u16 + 2);
        let [heading, table, line_area] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(4),
            Constraint::Length(line_height),
        ])
        .areas(area);
        let text = crate::t!(
            "purchase-tui-heading",
            supplier = view.supplier.as_str(),
            date = format::date(order.date),
            state = order.state().label(),
            total = format::money(
                order.total(),
                order.currency.code(),
                order.currency.minor_units()
            )
        );
        frame.render_widget(
            Paragraph::new(theme.text(&format!(" {text}")).into_owned()),
            heading,
        );
        if let Some((title, lines)) = line {
            panel(frame, line_area, theme, &title, lines);
        }
        let figure = |value| format!("{:>9}", decimal(value));
        let rows: Vec<Vec<String>> = (order.lines.iter())
            .map(|line| {
                vec![
                    format!("{} {}", line.sku, line.text),
                    figure(line.quantity),
                    figure(line.received),
                    figure(line.short_closed),
                    figure(line.open()),
                    format!("{:>10}", amount(line.unit_price, order.currency)),
                ]
            })
            .collect();
        let header = [
            crate::t!("erp-sales-col-item"),
            format!("{:>9}", crate::t!("purchase-tui-col-ordered")),
            format!("{:>9}", crate::t!("purchase-tui-col-received")),
            format!("{:>9}", crate::t!("purchase-tui-col-closed")),
            format!("{:>9}", crate::t!("purchase-tui-col-open")),
            format!("{:>10}", crate::t!("erp-sales-col-price")),
        ];
        let widths = [
            Constraint::Min(14),
            Constraint::Length(9),
            Constraint::Length(9),
            Constraint::Length(9),
            Constraint::Length(9),
            Constraint::Length(10),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &crate::t!("erp-sales-lines", count = rows.len()),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, table, theme);
    }

    fn legend(&self) -> Vec<Action> {
        let mut legend = (self.loaded.as_ref())
            .map(|view| legend_of(&view.order))
            .unwrap_or_default();
        legend.push(Action::Back);
        legend
    }
}
