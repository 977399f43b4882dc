//! The dunning run as a reviewable list, like a subfile with an option column: every
//! item today's run would put on a letter — its option (print, skip), customer, level,
//! invoice, due date, days overdue, open amount and interest — then the items a block
//! holds, with the reason. `dunning-skip` toggles an item between print and skip (a
//! skipped item is left for the next run and the letters are proposed again without
//! it), `dunning-block` asks why in a form and blocks the invoice, `dunning-post` asks
//! and posts the run without the skipped items (letters `MA-…`, printed with `kontor
//! dunning show`). Needs the receivables right. Room: tui — data only through `core`.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::form::{Field, Form, Saved};
use super::refused::problems;
use crate::core::dunning_run::{self, BlockSpec, DunningCommand, DunningEvent, Run};
use crate::core::{Change, Command, Event};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::screens::kind::figures::amount;
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list};

/// One row: the invoice it is about, whether a block holds it, the cells shown.
struct Row {
    invoice: String,
    held: bool,
    cells: Vec<String>,
}

/// Today's dunning run, for review.
pub struct Dunning {
    skip: BTreeSet<String>,
    rows: Vec<Row>,
    letters: usize,
    cursor: Cursor,
    error: Option<String>,
}

/// Width of the amount columns.
const AMOUNT: usize = 12;

impl Dunning {
    pub fn new(session: &Session) -> Dunning {
        let mut screen = Dunning {
            skip: BTreeSet::new(),
            rows: Vec::new(),
            letters: 0,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn skipped(&self) -> Vec<String> {
        self.skip.iter().cloned().collect()
    }

    /// The rows of `run` with the skipped invoices shown as skipped, by customer and
    /// invoice (a row stays in its place when skipped), then the held ones.
    fn rows(&self, run: &Run, before: &[Row]) -> Vec<Row> {
        let mut rows = Vec::new();
        for letter in &run.letters {
            for item in &letter.items {
                rows.push(Row {
                    invoice: item.invoice_number.clone(),
                    held: false,
                    cells: vec![
                        crate::t!("erp-dunning-print"),
                        shown(&letter.customer_number, &letter.buyer.name),
                        item.level.label(),
                        item.invoice_number.clone(),
                        format::date(item.due_date),
                        format!("{:>4}", format::integer(item.days_overdue)),
                        format!("{:>AMOUNT$}", amount(item.open_amount, letter.currency)),
                        format!("{:>AMOUNT$}", amount(item.interest, letter.currency)),
                    ],
                });
            }
        }
        for row in before.iter().filter(|r| self.skip.contains(&r.invoice)) {
            let mut cells = row.cells.clone();
            cells[0] = crate::t!("erp-dunning-skip");
            rows.push(Row {
                invoice: row.invoice.clone(),
                held: false,
                cells,
            });
        }
        rows.sort_by(|a, b| (&a.cells[1], &a.invoice).cmp(&(&b.cells[1], &b.invoice)));
        for held in &run.held {
            rows.push(Row {
                invoice: held.invoice_number.clone(),
                held: true,
                cells: vec![
                    crate::t!("erp-dunning-held"),
                    shown(&held.customer_number, &held.customer_name),
                    held.reason.clone(),
                    held.invoice_number.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ],
            });
        }
        rows
    }
}

/// A customer as the list names it: its number, else its name.
fn shown(number: &str, name: &str) -> String {
    match number.is_empty() {
        true => name.to_string(),
        false => number.to_string(),
    }
}

/// The form that asks why invoice `number` is blocked from dunning, then blocks it.
pub fn block_form(number: &str, session: &Session) -> Form {
    let invoice = number.to_string();
    Form::new(
        &crate::t!("erp-dunning-block-title", number = number),
        vec![Field::new("reason", crate::t!("erp-dunning-block-reason"), "").required()],
        Box::new(move |session: &Session, input| {
            let command = Command::Dunning(DunningCommand::Block {
                target: BlockSpec::Invoice(invoice.clone()),
                reason: input.text("reason"),
            });
            session.execute(command).map_err(problems)?;
            Ok(Saved::Done(crate::t!(
                "erp-dunning-blocked",
                number = invoice.as_str()
            )))
        }),
        session,
    )
}

impl Screen for Dunning {
    fn title(&self) -> String {
        crate::t!("erp-dunning-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::DunningSkip,
                Action::DunningBlock,
                Action::DunningPost,
            ],
        )
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        let selected = self.rows.get(self.cursor.index);
        match (action, selected) {
            (Action::DunningSkip | Action::DunningBlock, Some(row)) if row.held => {
                Outcome::Refuse(crate::t!("erp-dunning-is-held"))
            }
            (Action::DunningSkip, Some(row)) => {
                let invoice = row.invoice.clone();
                if !self.skip.remove(&invoice) {
                    self.skip.insert(invoice);
                }
                self.refresh(session);
                Outcome::Handled
            }
            (Action::DunningBlock, Some(row)) => {
                Outcome::Open(Route::BlockDunning(row.invoice.clone()))
            }
            (Action::DunningSkip | Action::DunningBlock, None) => {
                Outcome::Refuse(crate::t!("erp-dunning-none-selected"))
            }
            (Action::DunningPost, _) if self.letters == 0 => {
                Outcome::Refuse(crate::t!("erp-dunning-nothing"))
            }
            (Action::DunningPost, _) => Outcome::Confirm(
                crate::t!("erp-dunning-post-question", count = self.letters),
                Action::DunningPost,
            ),
            _ => Outcome::Ignored,
        }
    }

    /// Posting was answered yes.
    fn on_confirmed(&mut self, action: Action, session: &Session) -> Outcome {
        if action != Action::DunningPost {
            return Outcome::Ignored;
        }
        let command = Command::Dunning(DunningCommand::Post {
            date: session.today(),
            skip: self.skipped(),
        });
        match session.execute(command) {
            Ok(Event::Dunning(event)) => {
                let count = match *event {
                    DunningEvent::Posted(run) => run.letters.len(),
                    _ => 0,
                };
                Outcome::Saved(crate::t!("erp-dunning-posted", count = count), After::Stay)
            }
            Ok(_) => Outcome::Ignored,
            Err(error) => Outcome::Refuse(error.to_string()),
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        let skip = self.skipped();
        match dunning_run::proposal(session.store(), &session.actor, session.today(), &skip) {
            Ok(run) => {
                let before = std::mem::take(&mut self.rows);
                self.rows = self.rows(&run, &before);
                self.letters = run.letters.len();
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let hint = crate::t!("erp-dunning-hint", count = self.letters);
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("erp-dunning-col-option"),
            crate::t!("erp-sales-col-customer"),
            crate::t!("erp-dunning-col-level"),
            crate::t!("erp-dunning-col-invoice"),
            crate::t!("erp-dunning-col-due"),
            crate::t!("erp-dunning-col-days"),
            format!("{:>AMOUNT$}", crate::t!("erp-dunning-col-open")),
            format!("{:>AMOUNT$}", crate::t!("erp-dunning-col-interest")),
        ];
        let widths = [
            Constraint::Length(9),
            Constraint::Length(10),
            Constraint::Min(18),
            Constraint::Length(14),
            Constraint::Length(10),
            Constraint::Length(6),
            Constraint::Length(AMOUNT as u16),
            Constraint::Length(AMOUNT as u16),
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
        vec![
            Action::DunningSkip,
            Action::DunningBlock,
            Action::DunningPost,
            Action::Back,
        ]
    }
}
