//! Payroll: a period's payslips with every line; run (with the hours of hourly employees,
//! those of the draft filled in; a posted period is refused before asking) and post after
//! a y/n confirmation. The search key asks for another period on the line above
//! the list: Enter takes a valid one (an invalid one is refused and stays to be corrected),
//! Esc keeps the period shown. The employees have their own screens (`employees`). Only
//! for the payroll and admin roles — the core refuses everyone else, and the App does not
//! open these screens for them. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::form::{Field, Form, Saved};
use super::kind::figures::{amount, typed_list};
use super::refused::problems;
use crate::core::Change;
use crate::core::Command;
use crate::core::payroll::{PayrollCommand, has_payslips, payslips, runnable};
use crate::domain::Invalid;
use crate::domain::payroll::compute::parse_hours;
use crate::domain::payroll::{Payslip, Period};
use crate::tui::action::Action;
use crate::tui::key::{Key, KeyCode};
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, TextInput, answers_list, panel};
use unicode_width::UnicodeWidthStr;

pub struct Payroll {
    period: Period,
    /// The period being typed, while asking for another one.
    asking: Option<TextInput>,
    status: String,
    payslips: Vec<Payslip>,
    cursor: Cursor,
    /// The key that changes the period, as this session's keymap has it.
    period_key: String,
}

impl Payroll {
    pub fn new(session: &Session) -> Payroll {
        let mut screen = Payroll {
            period: Period::of(session.today()),
            asking: None,
            status: String::new(),
            payslips: Vec::new(),
            cursor: Cursor::default(),
            period_key: session.keys.key("list", Action::Search),
        };
        screen.refresh(session);
        screen
    }

    /// The form asking the hours of hourly employees (those of the draft shown, if any),
    /// then running the period.
    fn run_form(&self, period: Period, session: &Session) -> Form {
        let drafted: Vec<String> = self
            .payslips
            .iter()
            .filter_map(|p| Some(format!("{}={}", p.employee_number, p.hours()?.normalize())))
            .collect();
        Form::new(
            &crate::t!("erp-payroll-run-title", period = period.to_string()),
            vec![Field::new(
                "hours",
                crate::t!("erp-payroll-field-hours"),
                &drafted.join(", "),
            )],
            Box::new(move |session: &Session, input| {
                let hours = typed_list(&input.text("hours"), '=', &[';', ' '])
                    .iter()
                    .map(|part| parse_hours(part))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|invalid| vec![Invalid::new("hours", invalid.message)])?;
                session
                    .execute(Command::Payroll(PayrollCommand::RunPeriod {
                        period,
                        hours,
                    }))
                    .map_err(problems)?;
                Ok(Saved::Done(crate::t!(
                    "erp-payroll-computed",
                    period = period.to_string()
                )))
            }),
            session,
        )
    }
}

impl Screen for Payroll {
    fn title(&self) -> String {
        crate::t!("erp-payroll-title", period = self.period.to_string())
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[Action::PayrollPost, Action::PayrollRun, Action::Search],
        )
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let Some(typed) = &mut self.asking else {
            return Outcome::Ignored;
        };
        match key.code {
            KeyCode::Enter => match Period::parse(&typed.text) {
                Ok(period) => {
                    self.period = period;
                    self.asking = None;
                    self.refresh(session);
                }
                Err(invalid) => return Outcome::Refuse(invalid.to_string()),
            },
            KeyCode::Esc => self.asking = None,
            _ if typed.edit(key) => {}
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn on_paste(&mut self, text: &str, _session: &Session) -> Outcome {
        match &mut self.asking {
            Some(typed) => {
                typed.paste(text);
                Outcome::Handled
            }
            None => Outcome::Ignored,
        }
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.payslips.len()) {
            return Outcome::Handled;
        }
        let period = self.period;
        match action {
            Action::Search => {
                self.asking = Some(TextInput::default());
                Outcome::Handled
            }
            Action::PayrollRun => match runnable(session.store(), &session.actor, period) {
                Ok(()) => Outcome::Push(Box::new(self.run_form(period, session))),
                Err(error) => Outcome::Refuse(error.to_string()),
            },
            Action::PayrollPost => Outcome::Confirm(
                crate::t!("erp-payroll-post-question", period = period.to_string()),
                Action::PayrollPost,
            ),
            _ => Outcome::Ignored,
        }
    }

    /// Posting was answered yes, whichever key or the palette asked for it.
    fn on_confirmed(&mut self, action: Action, session: &Session) -> Outcome {
        if action != Action::PayrollPost {
            return Outcome::Ignored;
        }
        let period = self.period;
        match session.execute(Command::Payroll(PayrollCommand::PostPeriod { period })) {
            Ok(_) => Outcome::Saved(
                crate::t!("erp-payroll-posted", period = period.to_string()),
                After::Stay,
            ),
            Err(error) => Outcome::Refuse(error.to_string()),
        }
    }

    /// A period's payslips (a run copies the employees into them).
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::PAYSLIPS | Change::EMPLOYEES)
    }

    fn refresh(&mut self, session: &Session) {
        let period = self.period;
        if let Ok(false) = has_payslips(session.store(), &session.actor, period) {
            let run = session.keys.key("list", Action::PayrollRun);
            self.status = crate::t!("erp-payroll-no-payslips", key = run);
            self.payslips.clear();
            self.cursor.clamp(0);
            return;
        }
        match payslips(session.store(), &session.actor, period, None) {
            Ok(found) => {
                let state = match found.posted {
                    Some(_) => crate::t!("erp-payroll-state-posted"),
                    None => crate::t!("erp-payroll-state-draft"),
                };
                let count = found.payslips.len();
                self.status = crate::t!("erp-payroll-status", status = state, count = count);
                self.payslips = found.payslips;
            }
            Err(error) => {
                self.status = error.to_string();
                self.payslips.clear();
            }
        }
        self.cursor.clamp(self.payslips.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [head, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(body);
        let (line, role) = match &self.asking {
            Some(typed) => (
                format!(
                    "{}{}  {}",
                    asking(),
                    typed.text,
                    crate::t!("erp-payroll-asking-hint", period = self.period.to_string())
                ),
                Role::Input,
            ),
            None => (
                format!(
                    " {}",
                    crate::t!(
                        "erp-payroll-period",
                        period = self.period.to_string(),
                        status = &self.status,
                        key = &self.period_key
                    )
                ),
                Role::Muted,
            ),
        };
        frame.render_widget(
            Paragraph::new(theme.text(&line).into_owned()).style(theme.style(role)),
            head,
        );
        let rows: Vec<Vec<String>> = self
            .payslips
            .iter()
            .map(|p| {
                vec![
                    p.employee_number.clone(),
                    p.employee_name.clone(),
                    format!("{:>11}", amount(p.net, p.currency)),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(6),
            Constraint::Min(10),
            Constraint::Length(11),
        ];
        let selected = (!rows.is_empty()).then_some(self.cursor.index);
        TableView {
            title: &crate::t!("erp-payroll-payslips"),
            header: &[
                crate::t!("erp-payroll-col-number"),
                crate::t!("erp-col-name"),
                format!("{:>11}", crate::t!("erp-payroll-col-net")),
            ]
            .each_ref()
            .map(String::as_str),
            widths: &widths,
            rows: &rows,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
        let lines: Vec<Line> = match self.payslips.get(self.cursor.index) {
            Some(p) => {
                let money = |value| amount(value, p.currency);
                let mut lines: Vec<Line> = p
                    .lines
                    .iter()
                    .map(|l| {
                        Line::raw(
                            theme
                                .text(&format!(
                                    "{:<22} {:>11}",
                                    p.shown_description(l),
                                    money(l.amount)
                                ))
                                .into_owned(),
                        )
                    })
                    .collect();
                lines.push(Line::styled(
                    format!(
                        "{:<22} {:>11}",
                        crate::t!("erp-payroll-gross"),
                        money(p.gross)
                    ),
                    theme.style(Role::Header),
                ));
                lines.push(Line::styled(
                    format!(
                        "{:<22} {:>11}",
                        crate::t!("erp-payroll-deductions"),
                        money(p.deductions)
                    ),
                    theme.style(Role::Muted),
                ));
                lines.push(Line::styled(
                    format!("{:<22} {:>11}", crate::t!("erp-payroll-net"), money(p.net)),
                    theme.style(Role::Header),
                ));
                lines
            }
            None => Vec::new(),
        };
        panel(
            frame,
            detail,
            theme,
            &crate::t!("erp-payroll-payslip"),
            lines,
        );
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Search,
            Action::PayrollRun,
            Action::PayrollPost,
            Action::Back,
        ]
    }

    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::Search).then(|| crate::t!("tui-meaning-period"))
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let typed = self.asking.as_ref()?;
        let before = u16::try_from(asking().width()).unwrap_or(0);
        Some((area.x + before + typed.column(theme), area.y))
    }
}

/// The prompt before the period being typed (` Period: `).
fn asking() -> String {
    format!(" {} ", crate::t!("erp-payroll-asking"))
}
