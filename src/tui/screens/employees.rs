//! Employees: the list with search as you type (`/`) over number and name, an employee's
//! detail, and the forms to create one or edit one (against the version it was opened
//! on, see `versioned`). Only for the payroll and admin roles — the core refuses everyone
//! else, and the App does not open these screens for them. Room: tui — data only through
//! `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use time::UtcOffset;

use super::form::{Field, Form, Saved};
use super::refused::problems;
use super::versioned::{Values, Versioned};
use crate::core::Change;
use crate::core::Command;
use crate::core::payroll::{PayrollCommand, employee, employees};
use crate::domain::datetime::{format_date, format_instant};
use crate::domain::fields::employee::{CLEARABLE, EmployeeEdit, from_input, to_row};
use crate::domain::fields::{Input, LIST_SEPARATOR};
use crate::domain::payroll::{Employee, PayBasis};
use crate::domain::{Invalid, Money};
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{FilteredList, TableView, answers_list, error_panel, field_line, panel};

/// Employees shown at most.
const ROWS: usize = 1000;

/// The form fields with their labels, in order; `number` only for a new employee.
const FIELDS: &[(&str, &str)] = &[
    ("number", "Number"),
    ("name", "Name"),
    ("joined", "Joined"),
    ("left", "Left"),
    ("salary", "Monthly salary"),
    ("hourly", "or hourly rate"),
    ("deductions", "Deductions"),
    ("iban", "IBAN"),
];

pub fn pay_text(employee: &Employee) -> String {
    match &employee.pay {
        PayBasis::Hourly(rate) => format!("{} / h", Money::new(*rate, employee.currency)),
        PayBasis::Monthly(salary) => format!("{} / month", Money::new(*salary, employee.currency)),
    }
}

/// The form's fields of an employee as it shows them (the export's cells, deductions as
/// `a | b`).
fn values(employee: &Employee) -> Values {
    to_row(employee, UtcOffset::UTC)
        .into_iter()
        .filter(|(field, _)| FIELDS.iter().any(|(name, _)| name == field))
        .map(|(field, value)| {
            let text = match field {
                "deductions" => employee
                    .deductions
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(&format!(" {LIST_SEPARATOR} ")),
                _ => value.cell(),
            };
            (field, text)
        })
        .collect()
}

/// The form for a new employee: the same fields as `kontor employee add`.
fn new_employee(session: &Session) -> Form {
    let fields = FIELDS
        .iter()
        .filter(|(name, _)| *name != "left")
        .map(|&(name, label)| Field::new(name, label, ""))
        .collect();
    Form::new(
        "New employee",
        fields,
        Box::new(|session: &Session, input| {
            let employee = from_input(input, session.clock.now(), session.settings.currency)?;
            session
                .execute(Command::Payroll(PayrollCommand::AddEmployee { employee }))
                .map_err(problems)?;
            Ok(Saved::Done(format!(
                "employee {} saved",
                input.text("number")
            )))
        }),
        session,
    )
}

/// What the edit form changed: changed values set, emptied ones cleared (left, IBAN,
/// deductions); an emptied pay basis is replaced by the other one typed.
fn employee_edit(versioned: &Versioned, input: &Input) -> Result<EmployeeEdit, Vec<Invalid>> {
    let mut edit = EmployeeEdit::default();
    let mut problems = Vec::new();
    for &(field, _) in FIELDS.iter().filter(|(name, _)| *name != "number") {
        let typed = input.text(field);
        if typed == versioned.opened(field) {
            continue;
        }
        match (typed.is_empty(), field) {
            (false, _) => edit.set.set(field, typed),
            (true, "salary" | "hourly") => {}
            (true, _) if CLEARABLE.contains(&field) => edit.clear.push(field),
            (true, _) => problems.push(Invalid::new(field, "must not be empty")),
        }
    }
    if problems.is_empty() {
        Ok(edit)
    } else {
        Err(problems)
    }
}

/// Edits an employee; only what the form changed is sent.
pub fn edit_employee(person: &Employee, session: &Session) -> Form {
    let opened = values(person);
    let fields = FIELDS
        .iter()
        .filter(|(name, _)| *name != "number")
        .map(|&(name, label)| {
            let value = opened.iter().find(|(field, _)| *field == name);
            Field::new(name, label, value.map_or("", |(_, v)| v.as_str()))
        })
        .collect();
    let versioned = Versioned::new(person.version, opened);
    let number = person.number.clone();
    Form::new(
        &format!("Edit employee {number} — {}", person.name),
        fields,
        Box::new(move |session: &Session, input| {
            let command = Command::Payroll(PayrollCommand::EditEmployee {
                number: number.clone(),
                expected_version: Some(versioned.version()),
                edit: employee_edit(&versioned, input)?,
            });
            versioned.save(session, command, || {
                let now = employee(&session.store, &session.actor, &number).ok()?;
                Some((now.version, values(&now)))
            })?;
            Ok(Saved::Done(format!("employee {number} saved")))
        }),
        session,
    )
}

pub struct Employees {
    list: FilteredList<Employee>,
    error: Option<String>,
}

impl Employees {
    pub fn new(session: &Session) -> Employees {
        let mut screen = Employees {
            list: FilteredList::new(|e| format!("{} {}", e.number, e.name)),
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for Employees {
    fn title(&self) -> String {
        "Employees".into()
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[Action::Open, Action::Create, Action::Edit, Action::Search],
        )
    }

    fn on_key(&mut self, key: &Key, _session: &Session) -> Outcome {
        self.list.on_key(key)
    }

    fn on_paste(&mut self, text: &str, _session: &Session) -> Outcome {
        self.list.on_paste(text)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.list.on_action(action) {
            return Outcome::Handled;
        }
        match action {
            Action::Create => Outcome::Push(Box::new(new_employee(session))),
            Action::Open => match self.list.selected() {
                Some(e) => Outcome::Push(Box::new(EmployeeDetail::new(&e.number, session))),
                None => Outcome::Refuse("no employee selected".into()),
            },
            Action::Edit => match self.list.selected() {
                Some(e) => Outcome::Push(Box::new(edit_employee(e, session))),
                None => Outcome::Refuse("no employee selected".into()),
            },
            _ => Outcome::Ignored,
        }
    }

    /// Employees only.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::EMPLOYEES)
    }

    fn refresh(&mut self, session: &Session) {
        match employees(&session.store, &session.actor, ROWS) {
            Ok(rows) => {
                self.list.set(rows);
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        if let Some(error) = &self.error {
            error_panel(frame, area, theme, "Employees", error);
            return;
        }
        let found = self.list.found();
        let hint = format!("{found} employees — / to search by number or name");
        let list = self.list.search.render(frame, area, theme, found, &hint);
        let rows: Vec<Vec<String>> = self
            .list
            .shown()
            .map(|e| {
                vec![
                    e.number.clone(),
                    e.name.clone(),
                    pay_text(e),
                    format_date(e.joined),
                    e.left.map(format_date).unwrap_or_default(),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(8),
            Constraint::Min(16),
            Constraint::Length(22),
            Constraint::Length(10),
            Constraint::Length(10),
        ];
        TableView {
            title: "Employees",
            header: &["No.", "Name", "Pay", "Joined", "Left"],
            widths: &widths,
            rows: &rows,
            selected: self.list.highlighted(),
            top: Some(self.list.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Search,
            Action::Open,
            Action::Create,
            Action::Edit,
            Action::GoPayroll,
            Action::Back,
        ]
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.list.search.cursor(area, theme)
    }
}

/// One employee: number, name, dates, pay, deductions and IBAN; `e` edits.
pub struct EmployeeDetail {
    number: String,
    employee: Option<Employee>,
    error: Option<String>,
}

impl EmployeeDetail {
    pub fn new(number: &str, session: &Session) -> EmployeeDetail {
        let mut screen = EmployeeDetail {
            number: number.to_string(),
            employee: None,
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for EmployeeDetail {
    fn title(&self) -> String {
        match &self.employee {
            Some(e) => format!("Employee {} {}", e.number, e.name),
            None => format!("Employee {}", self.number),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        matches!(action, Action::Edit)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match (action, &self.employee) {
            (Action::Edit, Some(employee)) => {
                Outcome::Push(Box::new(edit_employee(employee, session)))
            }
            (Action::Edit, None) => {
                Outcome::Refuse(format!("employee {} is not there any more", self.number))
            }
            _ => Outcome::Ignored,
        }
    }

    /// Employees only.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::EMPLOYEES)
    }

    fn refresh(&mut self, session: &Session) {
        match employee(&session.store, &session.actor, &self.number) {
            Ok(found) => {
                self.employee = Some(found);
                self.error = None;
            }
            Err(error) => {
                self.employee = None;
                self.error = Some(error.to_string());
            }
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(e) = &self.employee else {
            let error = self.error.as_deref().unwrap_or_default();
            error_panel(frame, area, theme, "Employee", error);
            return;
        };
        let mut rows = vec![
            ("Number", e.number.clone()),
            ("Name", e.name.clone()),
            ("Joined", format_date(e.joined)),
            ("Left", e.left.map(format_date).unwrap_or_default()),
            ("Pay", pay_text(e)),
            (
                "IBAN",
                e.iban.as_ref().map(ToString::to_string).unwrap_or_default(),
            ),
            ("Updated", format_instant(e.updated, UtcOffset::UTC)),
        ];
        let deductions = e.deductions.iter().map(ToString::to_string);
        rows.extend(deductions.map(|rule| ("Deduction", rule)));
        let lines: Vec<Line> = rows
            .iter()
            .map(|(label, value)| field_line(theme, label, value, 10))
            .collect();
        let title = format!("Employee {} · v{}", e.number, e.version);
        panel(frame, area, theme, &title, lines);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Edit, Action::GoPayroll, Action::Back]
    }
}
