//! The holds queue: every held sales order, oldest hold first — number, customer, net and
//! the reasons, in words in full below for the order selected. Enter opens the order (`sales_detail`); the release action asks
//! why in a form and releases the hold through the core, which refuses everyone but
//! sales managers and admins. Needs the sales right to read. Room: tui — data only
//! through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::form::{Field, Form, Saved};
use super::refused::problems;
use super::sales::Doc;
use crate::core::Command;
use crate::core::sales::SalesCommand;
use crate::core::{Change, CoreError};
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::amount;
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list};

/// One held order: its number, the cells shown and each reason in words.
struct Row {
    number: String,
    cells: Vec<String>,
    reasons: Vec<String>,
}

/// The held orders, one row each.
pub struct Holds {
    rows: Vec<Row>,
    cursor: Cursor,
    error: Option<String>,
}

/// Width of the net column.
const NET: usize = 12;

impl Holds {
    pub fn new(session: &Session) -> Holds {
        let mut screen = Holds {
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(session: &Session) -> Result<Vec<Row>, CoreError> {
        let held = crate::core::holds::held(session.store(), &session.actor)?;
        Ok(held
            .into_iter()
            .map(|view| {
                let order = &view.order;
                let reasons: Vec<String> = order
                    .hold
                    .iter()
                    .flat_map(|hold| &hold.reasons)
                    .map(|reason| reason.describe(order.currency))
                    .collect();
                Row {
                    number: order.number.clone(),
                    cells: vec![
                        order.number.clone(),
                        view.customer.clone(),
                        format!("{:>NET$}", amount(view.totals.net, view.totals.currency)),
                        reasons.join("; "),
                    ],
                    reasons,
                }
            })
            .collect())
    }
}

/// The form that asks why order `number` is released, then releases it.
pub fn release_form(number: &str, session: &Session) -> Form {
    let order = number.to_string();
    Form::new(
        &crate::t!("erp-release-title", number = number),
        vec![Field::new("reason", crate::t!("erp-release-reason"), "").required()],
        Box::new(move |session: &Session, input| {
            let command = Command::Sales(SalesCommand::ReleaseHold {
                order: order.clone(),
                reason: input.text("reason"),
            });
            session.execute(command).map_err(problems)?;
            Ok(Saved::Done(crate::t!(
                "erp-released",
                number = order.as_str()
            )))
        }),
        session,
    )
}

impl Screen for Holds {
    fn title(&self) -> String {
        crate::t!("erp-holds-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::ReleaseHold])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        match (action, self.rows.get(self.cursor.index)) {
            (Action::Open, Some(row)) => {
                Outcome::Open(Route::SalesDocument(Doc::Order, row.number.clone()))
            }
            (Action::ReleaseHold, Some(row)) => {
                Outcome::Open(Route::ReleaseHold(row.number.clone()))
            }
            (Action::Open | Action::ReleaseHold, None) => {
                Outcome::Refuse(crate::t!("erp-holds-none-selected"))
            }
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
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let selected = self.rows.get(self.cursor.index);
        let reasons: Vec<ratatui::text::Line> = selected
            .iter()
            .flat_map(|row| &row.reasons)
            .map(|reason| ratatui::text::Line::raw(theme.text(reason).into_owned()))
            .collect();
        let height = u16::try_from(reasons.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let [line, list, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(height),
        ])
        .areas(area);
        let hint = crate::t!("erp-holds-hint", count = self.rows.len());
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("erp-sales-col-number"),
            crate::t!("erp-sales-col-customer"),
            format!("{:>NET$}", crate::t!("erp-sales-col-net")),
            crate::t!("erp-holds-col-reasons"),
        ];
        let widths = [
            Constraint::Length(13),
            Constraint::Length(18),
            Constraint::Length(NET as u16),
            Constraint::Min(20),
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
        if let Some(row) = selected {
            let title = crate::t!("erp-holds-reasons", number = row.number.as_str());
            crate::tui::widgets::panel(frame, bottom, theme, &title, reasons);
        }
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::ReleaseHold, Action::Back]
    }
}
