//! A form over domain fields: Tab/Shift-Tab/Enter move between fields, each validation
//! message appears under the field it concerns, wrapped so it is read whole (the form
//! scrolls to keep the focused field and its message in view), a value wider than its
//! field scrolls sideways with the caret, the prompt key (F4; on thin terminals as the
//! session's legend names it) opens a picker on reference fields, leaving
//! with unsaved changes asks first; a form that cancels something asks yes/no before it
//! saves (`Form::asking`). What the form saves is decided by its `submit`
//! function, which gets the fields as a `domain::fields::Input` — the same shape the CLI
//! and the import use. Room: tui.

use std::time::{Duration, Instant};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::picker::{Picker, PickerKind};
use crate::domain::Invalid;
use crate::domain::datetime::format_duration;
use crate::domain::fields::Input;
use crate::t;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TextInput, truncate, wrap};

/// What a successful save leads to.
pub enum Saved {
    /// Close the form and say so.
    Done(String),
    /// Close the form, say so, and open another screen (e.g. the record just created).
    Open(String, Route),
}

/// Saves the form's fields, or names what is wrong with which field.
pub type Submit = Box<dyn Fn(&Session, &Input) -> Result<Saved, Vec<Invalid>>>;

/// The yes/no question a form that destroys something asks before it saves (`Form::asking`),
/// or what is wrong with which field.
pub type Ask = Box<dyn Fn(&Input) -> Result<String, Vec<Invalid>>>;

pub struct Field {
    /// The domain field name (as in the export header).
    pub name: &'static str,
    pub label: String,
    pub input: TextInput,
    pub error: Option<String>,
    pub picker: Option<PickerKind>,
    /// For a comma-separated list (BOM lines `SKU:QTY`): a pick is added as a new entry,
    /// the value followed by this suffix, instead of replacing the text.
    pub appends: Option<&'static str>,
    /// Refused when empty: the label carries a `*`.
    pub required: bool,
}

impl Field {
    pub fn new(name: &'static str, label: impl Into<String>, value: &str) -> Field {
        Field {
            name,
            label: label.into(),
            input: TextInput::new(value),
            error: None,
            picker: None,
            appends: None,
            required: false,
        }
    }

    /// Marks the field as one that must not be left empty (`*` after its label).
    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    pub fn with_picker(mut self, picker: PickerKind) -> Field {
        self.picker = Some(picker);
        self
    }

    /// A picker whose pick is added to a comma-separated list as `VALUE` + `suffix`.
    pub fn with_list_picker(mut self, picker: PickerKind, suffix: &'static str) -> Field {
        self.picker = Some(picker);
        self.appends = Some(suffix);
        self
    }

    /// Takes a value chosen in the picker: replaces the text, or joins the list.
    fn take(&mut self, value: String) {
        match self.appends {
            Some(suffix) => {
                let kept = self.input.text.trim_end().trim_end_matches(',').trim_end();
                let text = match kept {
                    "" => format!("{value}{suffix}"),
                    kept => format!("{kept}, {value}{suffix}"),
                };
                self.input.set(text);
            }
            None => self.input.set(value),
        }
        self.error = None;
    }
}

pub struct Form {
    title: String,
    fields: Vec<Field>,
    focus: usize,
    initial: Vec<String>,
    submit: Submit,
    /// A field that shows a running duration until the user types into it.
    timer: Option<(usize, Instant)>,
    /// Shown beside a focused reference field: see [`list_hint`].
    list_hint: String,
    /// Asked (yes/no) before saving, when set.
    ask: Option<Ask>,
}

/// The keys a form's bottom line names: next field, save, the picker, leave.
pub const FORM_LEGEND: [Action; 4] = [
    Action::NextField,
    Action::Save,
    Action::Prompt,
    Action::Cancel,
];

/// The hint beside a focused field that has a picker: the key that opens it as the key
/// legend names it (`F4`; `C-o` on thin terminals, another key in a user's keymap).
pub fn list_hint(session: &Session) -> String {
    format!(
        "  {}",
        t!(
            "crm-form-list-hint",
            key = session.keys.key("form", Action::Prompt)
        )
    )
}

/// Width of the label column.
const LABEL: usize = 16;

/// Where values begin inside the border: the focus marker, the label and a space.
const VALUE: u16 = 1 + LABEL as u16 + 1;

impl Form {
    pub fn new(title: &str, fields: Vec<Field>, submit: Submit, session: &Session) -> Form {
        let initial = fields.iter().map(|f| f.input.text.clone()).collect();
        Form {
            title: title.to_string(),
            fields,
            focus: 0,
            initial,
            submit,
            timer: None,
            list_hint: list_hint(session),
            ask: None,
        }
    }

    /// Asks `ask`'s question (yes/no) before saving: for forms that cancel or destroy.
    pub fn asking(mut self, ask: Ask) -> Form {
        self.ask = Some(ask);
        self
    }

    /// Starts a running duration in the field named `name` (the log-call form).
    pub fn with_timer(mut self, name: &str) -> Form {
        if let Some(index) = self.fields.iter().position(|f| f.name == name) {
            self.timer = Some((index, Instant::now()));
        }
        self
    }

    /// Puts the cursor in the field named `name`.
    pub fn focus_on(mut self, name: &str) -> Form {
        if let Some(index) = self.fields.iter().position(|f| f.name == name) {
            self.focus = index;
        }
        self
    }

    /// The fields as typed; a time without offset is a local time of the user's zone, by
    /// the rules of its date.
    fn input(&self) -> Input {
        let mut input = Input::new();
        for field in &self.fields {
            input.push(field.name, field.input.text.clone());
        }
        input
    }

    /// Saves, or first asks the form's question when it has one.
    fn save_or_ask(&mut self, session: &Session) -> Outcome {
        let Some(ask) = &self.ask else {
            return self.save(session);
        };
        for field in &mut self.fields {
            field.error = None;
        }
        match ask(&self.input()) {
            Ok(question) => Outcome::Confirm(question, Action::Save),
            Err(problems) => self.place(problems),
        }
    }

    fn save(&mut self, session: &Session) -> Outcome {
        self.tick_timer();
        for field in &mut self.fields {
            field.error = None;
        }
        match (self.submit)(session, &self.input()) {
            Ok(Saved::Done(message)) => Outcome::Saved(message, After::Close),
            Ok(Saved::Open(message, route)) => Outcome::Saved(message, After::Open(route)),
            Err(problems) => self.place(problems),
        }
    }

    /// Places each problem under the field it names and refuses; problems of no field
    /// are the refusal.
    fn place(&mut self, problems: Vec<Invalid>) -> Outcome {
        let mut unplaced = Vec::new();
        for problem in problems {
            match self.fields.iter_mut().find(|f| f.name == problem.field) {
                Some(field) => field.error = Some(problem.message),
                None => unplaced.push(problem.to_string()),
            }
        }
        if let Some(index) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = index;
        }
        Outcome::Refuse(if unplaced.is_empty() {
            t!("crm-form-correct-marked")
        } else {
            unplaced.join("; ")
        })
    }

    /// The line of the form (inside the border, `inner` columns wide) each field's row is
    /// on, and last the number of lines: every field's problem takes lines under it.
    fn rows(&self, inner: u16, theme: &Theme) -> Vec<usize> {
        let mut rows = vec![0];
        for field in &self.fields {
            let last = rows[rows.len() - 1];
            rows.push(last + 1 + error_lines(field, inner, theme).len());
        }
        rows
    }

    /// The first line shown in `height` lines: the focused field and its problem in view.
    fn top(&self, rows: &[usize], height: u16) -> usize {
        rows[self.focus + 1]
            .saturating_sub(usize::from(height))
            .min(rows[self.focus])
    }

    /// Columns the value of field `index` has: what the label leaves, less the list hint
    /// beside a focused reference field.
    fn value_width(&self, index: usize, inner: u16) -> u16 {
        let hint = match index == self.focus && self.fields[index].picker.is_some() {
            true => self.list_hint.width() as u16,
            false => 0,
        };
        inner.saturating_sub(VALUE + hint).max(1)
    }

    fn tick_timer(&mut self) -> bool {
        match self.timer {
            Some((index, started)) => {
                let text = format_duration(started.elapsed().as_secs() as u32);
                let changed = self.fields[index].input.text != text;
                self.fields[index].input.text = text;
                changed
            }
            None => false,
        }
    }
}

impl Screen for Form {
    fn title(&self) -> String {
        self.title.clone()
    }

    fn layer(&self) -> &'static str {
        "form"
    }

    /// A form never reloads: what others change is checked when it is saved.
    fn shows(&self, _change: crate::core::Change) -> bool {
        false
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let focus = self.focus;
        let input = &mut self.fields[focus].input;
        if input.edit(key) || (!session.keys.binds("form", key) && input.line_key(key)) {
            if self.timer.is_some_and(|(index, _)| index == focus) {
                self.timer = None;
            }
            self.fields[focus].error = None;
            Outcome::Handled
        } else {
            Outcome::Ignored
        }
    }

    fn on_paste(&mut self, text: &str, _session: &Session) -> Outcome {
        self.fields[self.focus].input.paste(text);
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let last = self.fields.len() - 1;
        match action {
            Action::NextField | Action::Down => {
                if self.focus == last && action == Action::NextField {
                    return self.save_or_ask(session);
                }
                self.focus = (self.focus + 1).min(last);
                Outcome::Handled
            }
            Action::PrevField | Action::Up => {
                self.focus = self.focus.saturating_sub(1);
                Outcome::Handled
            }
            Action::Save => self.save_or_ask(session),
            Action::Cancel => Outcome::Pop,
            Action::Prompt => match self.fields[self.focus].picker {
                Some(kind) => {
                    let field = &self.fields[self.focus];
                    let current = match field.appends {
                        Some(_) => "",
                        None => field.input.text.as_str(),
                    };
                    Outcome::Push(Box::new(Picker::new(kind, current, session)))
                }
                None => Outcome::Refuse(t!(
                    "crm-form-no-list",
                    field = self.fields[self.focus].label.as_str()
                )),
            },
            _ => Outcome::Ignored,
        }
    }

    /// Yes to the question of `asking`: saves.
    fn on_confirmed(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::Save => self.save(session),
            _ => Outcome::Ignored,
        }
    }

    fn on_result(&mut self, value: String, _session: &Session) -> Outcome {
        self.fields[self.focus].take(value);
        Outcome::Handled
    }

    /// The running duration shows whole seconds: the next one is due then.
    fn next_tick(&self) -> Option<Duration> {
        let (_, started) = self.timer?;
        let elapsed = started.elapsed();
        Some(Duration::from_secs(elapsed.as_secs() + 1).saturating_sub(elapsed))
    }

    fn on_tick(&mut self) -> bool {
        self.tick_timer()
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let inner = area.width.saturating_sub(2);
        let rows = self.rows(inner, theme);
        let top = self.top(&rows, area.height.saturating_sub(2));
        let mut lines = Vec::new();
        for (index, field) in self.fields.iter().enumerate() {
            let focused = index == self.focus;
            let marker = if focused { ">" } else { " " };
            let value_style = if focused {
                theme.style(Role::Input)
            } else {
                theme.style(Role::Normal)
            };
            let width = self.value_width(index, inner);
            let value = match focused {
                true => field.input.window(theme, width).0,
                false => truncate(theme, &field.input.text, usize::from(width)),
            };
            let label = match field.required {
                true => format!("{} *", theme.text(&field.label)),
                false => theme.text(&field.label).into_owned(),
            };
            let mut spans = vec![
                Span::styled(
                    format!("{marker}{label:<LABEL$} "),
                    theme.style(if focused {
                        Role::Highlight
                    } else {
                        Role::Muted
                    }),
                ),
                Span::styled(value, value_style),
            ];
            if field.picker.is_some() && focused {
                spans.push(Span::styled(
                    self.list_hint.clone(),
                    theme.style(Role::Muted),
                ));
            }
            lines.push(Line::from(spans));
            for error in error_lines(field, inner, theme) {
                lines.push(Line::styled(error, theme.style(Role::Error)));
            }
        }
        let block = Block::bordered()
            .title(theme.text(&self.title).into_owned())
            .border_style(theme.style(Role::Border));
        let lines = lines.split_off(top.min(lines.len()));
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }

    fn legend(&self) -> Vec<Action> {
        FORM_LEGEND.to_vec()
    }

    fn has_unsaved_changes(&self) -> bool {
        self.fields
            .iter()
            .zip(&self.initial)
            .enumerate()
            .any(|(index, (field, initial))| {
                field.input.text != *initial && self.timer.is_none_or(|(timer, _)| timer != index)
            })
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let field = self.fields.get(self.focus)?;
        let inner = area.width.saturating_sub(2);
        let rows = self.rows(inner, theme);
        let top = self.top(&rows, area.height.saturating_sub(2));
        let (_, caret) = field
            .input
            .window(theme, self.value_width(self.focus, inner));
        let x = area.x + 1 + VALUE + caret;
        let y = area.y + 1 + u16::try_from(rows[self.focus] - top).unwrap_or(0);
        Some((x, y))
    }
}

/// A field's problem as the lines under its value: `! ` and the message wrapped to the
/// width `inner` leaves right of the labels, so it is read whole.
fn error_lines(field: &Field, inner: u16, theme: &Theme) -> Vec<String> {
    let Some(error) = &field.error else {
        return Vec::new();
    };
    let width = usize::from(inner.saturating_sub(VALUE + 2));
    let indent = " ".repeat(usize::from(VALUE));
    wrap(&theme.text(error), width)
        .into_iter()
        .enumerate()
        .map(|(n, line)| match n {
            0 => format!("{indent}! {line}"),
            _ => format!("{indent}  {line}"),
        })
        .collect()
}
