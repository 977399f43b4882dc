//! Users of `kontor serve`, for admins: one row per account and key (name, role, key
//! fingerprint and comment). Add a user with a role and a pasted public key, set the role,
//! add or remove a key, remove a user — removals ask first (the y/n popup). Everything runs through
//! the core's user commands and query, which refuse every other role; the refusal is shown
//! in place of the list. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::form::{Field, Form, Saved};
use super::refused::problems;
use crate::core::users::{UserCommand, list};
use crate::core::{Change, Command, Role};
use crate::domain::Invalid;
use crate::domain::fields::Input;
use crate::domain::user::UserKey;
use crate::t;
use crate::tui::action::Action;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, error_panel};

/// One line of the list: an account with one of its keys (or none).
struct Row {
    name: String,
    role: String,
    key: Option<UserKey>,
}

/// A removal waiting for its y/n (the App's confirmation popup).
enum Removal {
    User(String),
    Key { name: String, fingerprint: String },
}

pub struct Users {
    rows: Vec<Row>,
    cursor: Cursor,
    error: Option<String>,
    asking: Option<Removal>,
}

impl Users {
    pub fn new(session: &Session) -> Users {
        let mut screen = Users {
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
            asking: None,
        };
        screen.refresh(session);
        screen
    }

    fn selected(&self) -> Option<&Row> {
        self.rows.get(self.cursor.index)
    }

    /// Runs a removal the user confirmed.
    fn remove(session: &Session, removal: Removal) -> Outcome {
        let (command, done) = match removal {
            Removal::User(name) => (
                UserCommand::Remove { name: name.clone() },
                t!("crm-user-removed", name = name.as_str()),
            ),
            Removal::Key { name, fingerprint } => (
                UserCommand::RemoveKey {
                    name: name.clone(),
                    fingerprint: fingerprint.clone(),
                },
                t!(
                    "crm-user-key-removed",
                    fingerprint = fingerprint.as_str(),
                    name = name.as_str()
                ),
            ),
        };
        match session.execute(Command::Users(command)) {
            Ok(_) => Outcome::Saved(done, After::Stay),
            Err(error) => Outcome::Refuse(error.to_string()),
        }
    }
}

/// `ssh-ed25519 AAAA… comment` → `comment`.
fn comment(key: &UserKey) -> String {
    key.line
        .split_whitespace()
        .skip(2)
        .collect::<Vec<_>>()
        .join(" ")
}

impl Screen for Users {
    fn title(&self) -> String {
        t!("crm-users-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::AddKey,
                Action::Create,
                Action::Delete,
                Action::Edit,
                Action::RemoveKey,
            ],
        )
    }

    fn on_confirmed(&mut self, _action: Action, session: &Session) -> Outcome {
        match self.asking.take() {
            Some(removal) => Users::remove(session, removal),
            None => Outcome::Handled,
        }
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        if action == Action::Create {
            return Outcome::Push(Box::new(add_user_form(session)));
        }
        let Some(row) = self.selected() else {
            return match action {
                Action::Edit | Action::Delete | Action::AddKey | Action::RemoveKey => {
                    Outcome::Refuse(t!("crm-user-none-selected"))
                }
                _ => Outcome::Ignored,
            };
        };
        let name = row.name.clone();
        match action {
            Action::Edit => Outcome::Push(Box::new(role_form(&name, &row.role, session))),
            Action::AddKey => Outcome::Push(Box::new(key_form(&name, session))),
            Action::RemoveKey => match &row.key {
                Some(key) => {
                    let question = t!(
                        "crm-user-remove-key-question",
                        fingerprint = key.fingerprint.as_str(),
                        name = name.as_str()
                    );
                    self.asking = Some(Removal::Key {
                        name,
                        fingerprint: key.fingerprint.clone(),
                    });
                    Outcome::Confirm(question, action)
                }
                None => Outcome::Refuse(t!("crm-user-no-key", name = name.as_str())),
            },
            Action::Delete => {
                let question = t!("crm-user-remove-question", name = name.as_str());
                self.asking = Some(Removal::User(name));
                Outcome::Confirm(question, action)
            }
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::USERS)
    }

    fn refresh(&mut self, session: &Session) {
        match list(session.store(), &session.actor) {
            Ok(users) => {
                self.rows = users
                    .into_iter()
                    .flat_map(|user| {
                        let keys: Vec<Option<UserKey>> = match user.keys.is_empty() {
                            true => vec![None],
                            false => user.keys.into_iter().map(Some).collect(),
                        };
                        let (name, role) = (user.name, user.role);
                        keys.into_iter().map(move |key| Row {
                            name: name.clone(),
                            role: role.clone(),
                            key,
                        })
                    })
                    .collect();
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        if let Some(error) = &self.error {
            error_panel(frame, area, theme, &t!("crm-users-title"), error);
            return;
        }
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| match &row.key {
                Some(key) => vec![
                    row.name.clone(),
                    Role::label_of(&row.role),
                    key.fingerprint.clone(),
                    comment(key),
                ],
                None => vec![
                    row.name.clone(),
                    Role::label_of(&row.role),
                    t!("crm-user-no-key-cell"),
                ],
            })
            .collect();
        let widths = [
            Constraint::Length(12),
            Constraint::Length(9),
            Constraint::Length(50),
            Constraint::Min(7),
        ];
        TableView {
            title: &t!("crm-users-title"),
            header: &[
                &t!("crm-column-name"),
                &t!("crm-column-role"),
                &t!("crm-column-fingerprint"),
                &t!("crm-column-comment"),
            ],
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, area, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Create,
            Action::Edit,
            Action::AddKey,
            Action::RemoveKey,
            Action::Delete,
        ]
    }
}

/// The role field's value, or the problem placed beside it.
fn role(input: &Input) -> Result<Role, Vec<Invalid>> {
    input
        .text("role")
        .parse::<Role>()
        .map_err(|invalid| vec![Invalid::new("role", invalid.message)])
}

/// Runs a user command from a form, naming what it did.
fn run(session: &Session, command: UserCommand, done: String) -> Result<Saved, Vec<Invalid>> {
    session
        .execute(Command::Users(command))
        .map(|_| Saved::Done(done))
        .map_err(problems)
}

fn add_user_form(session: &Session) -> Form {
    let fields = vec![
        Field::new("name", t!("crm-label-name"), ""),
        Field::new("role", t!("crm-label-role"), "agent"),
        Field::new("key", t!("crm-label-public-key"), ""),
    ];
    Form::new(
        &t!("crm-user-new"),
        fields,
        Box::new(|session: &Session, input: &Input| {
            let name = input.text("name");
            let command = UserCommand::Add {
                name: name.clone(),
                role: role(input)?,
                keys: input.optional("key").into_iter().collect(),
                lang: None,
            };
            run(session, command, t!("crm-user-added", name = name.as_str()))
        }),
        session,
    )
}

fn role_form(name: &str, current: &str, session: &Session) -> Form {
    let name = name.to_string();
    Form::new(
        &t!("crm-user-role-title", name = name.as_str()),
        vec![Field::new("role", t!("crm-label-role"), current)],
        Box::new(move |session: &Session, input: &Input| {
            let role = role(input)?;
            let command = UserCommand::SetRole {
                name: name.clone(),
                role,
            };
            run(
                session,
                command,
                t!(
                    "crm-user-role-set",
                    name = name.as_str(),
                    role = role.label()
                ),
            )
        }),
        session,
    )
}

fn key_form(name: &str, session: &Session) -> Form {
    let name = name.to_string();
    Form::new(
        &t!("crm-user-key-title", name = name.as_str()),
        vec![Field::new("key", t!("crm-label-public-key"), "")],
        Box::new(move |session: &Session, input: &Input| {
            let command = UserCommand::AddKey {
                name: name.clone(),
                key: input.text("key"),
            };
            run(
                session,
                command,
                t!("crm-user-key-added", name = name.as_str()),
            )
        }),
        session,
    )
}
