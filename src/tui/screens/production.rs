//! Production: make a quantity of an item with a BOM at a location (at first the one where
//! its components are stocked), with a preview of every component needed, on hand and
//! short before anything is posted; the prompt key (F4, as the legend names it) on the
//! location picks one. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use rust_decimal::Decimal;

use super::form::{FORM_LEGEND, list_hint};
use super::kind::figures::decimal;
use super::picker::{Picker, PickerKind};
use crate::core::Change;
use crate::core::bom::BomCommand;
use crate::core::bom_query::{explode, production_location};
use crate::core::{Command, CoreError};
use crate::domain::Item;
use crate::domain::money::parse_decimal;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TableView, TextInput, truncate};
use unicode_width::UnicodeWidthStr;

/// Columns before an input's text: the focus marker, the longer label and two spaces
/// (`>Location  `).
fn label_width() -> u16 {
    let longest = [
        crate::t!("erp-production-quantity"),
        crate::t!("erp-production-location"),
    ]
    .iter()
    .map(|label| label.width())
    .max()
    .unwrap_or(0);
    u16::try_from(longest + 3).unwrap_or(u16::MAX)
}

pub struct Production {
    item: Item,
    quantity: TextInput,
    location: TextInput,
    /// The quantity and location the screen opened with (to tell unsaved input).
    initial: (String, String),
    /// The key that posts, as this session's keymap has it.
    post_key: String,
    /// Beside the location while it has focus: the key that opens its picker.
    list_hint: String,
    /// Which input has focus: 0 quantity, 1 location.
    focus: usize,
    /// (sku, needed, on hand) per leaf component for the typed quantity.
    preview: Vec<(String, Decimal, Decimal)>,
    note: Option<String>,
}

impl Production {
    /// Opens on one unit at the location holding the components (`production_location`).
    pub fn new(item: Item, session: &Session) -> Production {
        let default = &session.settings.default_location;
        let location = production_location(
            session.store(),
            &session.actor,
            item.id,
            Decimal::ONE,
            default,
        )
        .unwrap_or_else(|_| default.clone());
        let initial = ("1".to_string(), location);
        let mut screen = Production {
            item,
            quantity: TextInput::new(initial.0.clone()),
            location: TextInput::new(initial.1.clone()),
            initial,
            post_key: session.keys.key("form", Action::Save),
            list_hint: list_hint(session),
            focus: 0,
            preview: Vec::new(),
            note: None,
        };
        screen.refresh(session);
        screen
    }

    /// Input `index`: 0 quantity, 1 location.
    fn input(&self, index: usize) -> &TextInput {
        match index {
            0 => &self.quantity,
            _ => &self.location,
        }
    }

    /// Columns input `index` has in a line `width` wide: less the label, and less the list
    /// hint beside the focused location.
    fn value_width(&self, index: usize, width: u16) -> u16 {
        let hint = match index == 1 && self.focus == 1 {
            true => self.list_hint.width() as u16,
            false => 0,
        };
        width.saturating_sub(label_width() + hint).max(1)
    }

    fn shortages(&self) -> usize {
        self.preview
            .iter()
            .filter(|(_, needed, on_hand)| needed > on_hand)
            .count()
    }
}

/// Why a production was refused, in a line or two: the short components are in the
/// table above, so a shortage names only how many.
fn refused(error: CoreError) -> String {
    match error {
        CoreError::Short(short) => crate::t!(
            "erp-production-short",
            producing = short.producing(),
            location = short.location,
            count = short.lines.len()
        ),
        other => other.to_string(),
    }
}

impl Screen for Production {
    fn title(&self) -> String {
        crate::t!("erp-production-title", sku = &self.item.sku)
    }

    fn layer(&self) -> &'static str {
        "form"
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let input = if self.focus == 0 {
            &mut self.quantity
        } else {
            &mut self.location
        };
        if input.edit(key) {
            self.refresh(session);
            return Outcome::Handled;
        }
        if !session.keys.binds("form", key) && input.line_key(key) {
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::NextField | Action::PrevField | Action::Up | Action::Down => {
                self.focus = 1 - self.focus;
                Outcome::Handled
            }
            Action::Save => {
                let quantity = match parse_decimal("quantity", &self.quantity.text) {
                    Ok(quantity) => quantity,
                    Err(invalid) => return Outcome::Refuse(invalid.to_string()),
                };
                let command = BomCommand::Produce {
                    code: self.item.sku.clone(),
                    quantity,
                    location: Some(self.location.text.clone()),
                };
                match session.execute(Command::Bom(command)) {
                    Ok(_) => Outcome::Saved(
                        crate::t!(
                            "erp-production-produced",
                            quantity = decimal(quantity),
                            sku = &self.item.sku
                        ),
                        After::Close,
                    ),
                    Err(error) => Outcome::Refuse(refused(error)),
                }
            }
            Action::Prompt if self.focus == 1 => Outcome::Push(Box::new(Picker::new(
                PickerKind::Location,
                &self.location.text,
                session,
            ))),
            Action::Prompt => Outcome::Refuse(crate::t!("erp-production-no-list")),
            Action::Cancel => Outcome::Pop,
            _ => Outcome::Ignored,
        }
    }

    /// The location chosen in the picker (the prompt key on Location).
    fn on_result(&mut self, value: String, session: &Session) -> Outcome {
        self.location.set(value);
        self.refresh(session);
        Outcome::Handled
    }

    /// A BOM's explosion with the items' stock.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::BOMS | Change::ITEMS | Change::STOCK)
    }

    fn refresh(&mut self, session: &Session) {
        self.preview.clear();
        let quantity = match parse_decimal("quantity", &self.quantity.text) {
            Ok(quantity) if quantity > Decimal::ZERO => quantity,
            _ => {
                self.note = Some(crate::t!("erp-production-type-quantity"));
                return;
            }
        };
        let location = crate::domain::location::location_key(&self.location.text);
        match explode(session.store(), &session.actor, self.item.id, quantity) {
            Ok(leaves) => {
                for (item, needed) in leaves {
                    let on_hand = crate::core::stock_query::balances(
                        session.store(),
                        &session.actor,
                        Some(&item),
                        Some(&location),
                    )
                    .map(|lines| lines.iter().map(|l| l.quantity).sum())
                    .unwrap_or_default();
                    self.preview.push((item.sku, needed, on_hand));
                }
                self.note = None;
            }
            Err(error) => self.note = Some(error.to_string()),
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [inputs, table, status] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let marker = |index: usize| if self.focus == index { ">" } else { " " };
        let shown = |index: usize| {
            let input = self.input(index);
            let width = self.value_width(index, inputs.width);
            match index == self.focus {
                true => input.window(theme, width).0,
                false => truncate(theme, &input.text, usize::from(width)),
            }
        };
        let label = |index: usize| {
            let label = match index {
                0 => crate::t!("erp-production-quantity"),
                _ => crate::t!("erp-production-location"),
            };
            let width = usize::from(label_width()) - 1;
            format!("{}{label:<width$}{}", marker(index), shown(index))
        };
        let mut location = vec![Span::raw(label(1))];
        if self.focus == 1 {
            location.push(Span::styled(
                self.list_hint.clone(),
                theme.style(Role::Muted),
            ));
        }
        let lines = vec![Line::raw(label(0)), Line::from(location)];
        frame.render_widget(
            Paragraph::new(lines).style(theme.style(Role::Input)),
            inputs,
        );
        let rows: Vec<Vec<String>> = self
            .preview
            .iter()
            .map(|(sku, needed, on_hand)| {
                let short = (*needed - *on_hand).max(Decimal::ZERO);
                vec![
                    sku.clone(),
                    decimal(*needed),
                    decimal(*on_hand),
                    if short.is_zero() {
                        String::new()
                    } else {
                        decimal(short)
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
            title: &crate::t!("erp-production-table"),
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
        let (text, role) = match (&self.note, self.shortages()) {
            (Some(note), _) => (note.clone(), Role::Error),
            (None, 0) => (
                crate::t!("erp-production-ready", key = &self.post_key),
                Role::Ok,
            ),
            (None, short) => (
                crate::t!("erp-production-shortages", count = short),
                Role::Error,
            ),
        };
        frame.render_widget(
            Paragraph::new(theme.text(&text).into_owned()).style(theme.style(role)),
            status,
        );
    }

    fn legend(&self) -> Vec<Action> {
        FORM_LEGEND.to_vec()
    }

    fn has_unsaved_changes(&self) -> bool {
        (&self.quantity.text, &self.location.text) != (&self.initial.0, &self.initial.1)
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let width = self.value_width(self.focus, area.width);
        let (_, caret) = self.input(self.focus).window(theme, width);
        Some((area.x + label_width() + caret, area.y + self.focus as u16))
    }
}
