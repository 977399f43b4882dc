//! Payroll: a period's payslips with every line; run (with the hours of hourly employees)
//! and post with confirmation. The employees have their own screens (`employees`). Only
//! for the payroll and admin roles — the core refuses everyone else, and the App does not
//! open these screens for them. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::customer_forms::problems;
use super::form::{Field, Form, Saved};
use crate::core::Change;
use crate::core::Command;
use crate::core::payroll::{PayrollCommand, has_payslips, payslips};
use crate::domain::payroll::compute::parse_hours;
use crate::domain::payroll::{Payslip, Period};
use crate::domain::{Invalid, Money};
use crate::tui::action::Action;
use crate::tui::key::{Key, KeyCode};
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, TextInput, answers_list, panel};

pub struct Payroll {
    period: TextInput,
    editing: bool,
    status: String,
    payslips: Vec<Payslip>,
    cursor: Cursor,
    /// The post key was pressed once: the next post action posts, any other disarms.
    confirm_post: bool,
    /// The key that changes the period, as this session's keymap has it.
    period_key: String,
}

impl Payroll {
    pub fn new(session: &Session) -> Payroll {
        let today = session.today();
        let period = format!("{:04}-{:02}", today.year(), u8::from(today.month()));
        let mut screen = Payroll {
            period: TextInput::new(period),
            editing: false,
            status: String::new(),
            payslips: Vec::new(),
            cursor: Cursor::default(),
            confirm_post: false,
            period_key: session.keys.key("list", Action::Search),
        };
        screen.refresh(session);
        screen
    }

    fn period(&self) -> Result<Period, Invalid> {
        Period::parse(&self.period.text)
    }

    /// The form asking the hours of hourly employees, then running the period.
    fn run_form(&self, period: Period, session: &Session) -> Form {
        Form::new(
            &format!("Run payroll {period}"),
            vec![Field::new("hours", "Hours (NO=H, …)", "")],
            Box::new(move |session: &Session, input| {
                let hours = input
                    .text("hours")
                    .split([',', ';', ' '])
                    .filter(|part| !part.trim().is_empty())
                    .map(parse_hours)
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|invalid| vec![Invalid::new("hours", invalid.message)])?;
                session
                    .execute(Command::Payroll(PayrollCommand::RunPeriod {
                        period,
                        hours,
                    }))
                    .map_err(problems)?;
                Ok(Saved::Done(format!("payroll {period} computed (draft)")))
            }),
            session,
        )
    }
}

impl Screen for Payroll {
    fn title(&self) -> String {
        format!("Payroll {}", self.period.text)
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
        if self.editing {
            match key.code {
                KeyCode::Enter | KeyCode::Esc => {
                    self.editing = false;
                    self.refresh(session);
                }
                _ if self.period.edit(key) => {}
                _ => return Outcome::Ignored,
            }
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        // Confirmed by the action, whichever key or the palette ran it.
        if action != Action::PayrollPost {
            self.confirm_post = false;
        }
        if self.cursor.navigate(action, self.payslips.len()) {
            return Outcome::Handled;
        }
        let period = match self.period() {
            Ok(period) => period,
            Err(invalid) => return Outcome::Refuse(invalid.to_string()),
        };
        match action {
            Action::Search => {
                self.editing = true;
                Outcome::Handled
            }
            Action::PayrollRun => Outcome::Push(Box::new(self.run_form(period, session))),
            Action::PayrollPost if !self.confirm_post => {
                self.confirm_post = true;
                let key = session.keys.key("list", Action::PayrollPost);
                Outcome::Status(format!(
                    "post {period}? its payslips become final — {key} again posts them"
                ))
            }
            Action::PayrollPost => {
                self.confirm_post = false;
                match session.execute(Command::Payroll(PayrollCommand::PostPeriod { period })) {
                    Ok(_) => Outcome::Saved(format!("payroll {period} posted"), After::Stay),
                    Err(error) => Outcome::Refuse(error.to_string()),
                }
            }
            _ => Outcome::Ignored,
        }
    }

    /// A period's payslips (a run copies the employees into them).
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::PAYSLIPS | Change::EMPLOYEES)
    }

    fn refresh(&mut self, session: &Session) {
        let Ok(period) = self.period() else {
            self.status = "type a period as YYYY-MM".into();
            self.payslips.clear();
            return;
        };
        if let Ok(false) = has_payslips(&session.store, &session.actor, period) {
            let run = session.keys.key("list", Action::PayrollRun);
            self.status = format!("no payslips yet — {run} runs the period");
            self.payslips.clear();
            self.cursor.clamp(0);
            return;
        }
        match payslips(&session.store, &session.actor, period, None) {
            Ok(found) => {
                self.status = format!("{} · {} payslips", found.status(), found.payslips.len());
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
        let line = format!(
            " Period {} ({}) — {} changes the period",
            self.period.text, self.status, self.period_key
        );
        frame.render_widget(
            Paragraph::new(theme.text(&line).into_owned()).style(theme.style(if self.editing {
                Role::Input
            } else {
                Role::Muted
            })),
            head,
        );
        let rows: Vec<Vec<String>> = self
            .payslips
            .iter()
            .map(|p| {
                vec![
                    p.employee_number.clone(),
                    p.employee_name.clone(),
                    Money::new(p.net, p.currency).amount_text(),
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
            title: "Payslips",
            header: &["No.", "Name", "Net"],
            widths: &widths,
            rows: &rows,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
        let lines: Vec<Line> = match self.payslips.get(self.cursor.index) {
            Some(p) => {
                let money = |amount| Money::new(amount, p.currency).amount_text();
                let mut lines: Vec<Line> = p
                    .lines
                    .iter()
                    .map(|l| {
                        Line::raw(
                            theme
                                .text(&format!("{:<22} {:>11}", l.description, money(l.amount)))
                                .into_owned(),
                        )
                    })
                    .collect();
                lines.push(Line::styled(
                    format!("{:<22} {:>11}", "gross", money(p.gross)),
                    theme.style(Role::Header),
                ));
                lines.push(Line::styled(
                    format!("{:<22} {:>11}", "deductions", money(p.deductions)),
                    theme.style(Role::Muted),
                ));
                lines.push(Line::styled(
                    format!("{:<22} {:>11}", "net", money(p.net)),
                    theme.style(Role::Header),
                ));
                lines
            }
            None => Vec::new(),
        };
        panel(frame, detail, theme, "Payslip", lines);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Search,
            Action::PayrollRun,
            Action::PayrollPost,
            Action::Back,
        ]
    }

    fn meaning(&self, action: Action) -> Option<&'static str> {
        (action == Action::Search).then_some("Period")
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.editing
            .then(|| (area.x + 8 + self.period.column(theme), area.y))
    }
}
