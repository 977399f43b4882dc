//! Where-used: every BOM that uses one item, directly or through sub-assemblies, indented
//! by level — opened with `w` from a row of a BOM tree or from the Items list, so raw
//! components (items with no BOM of their own) can be asked about too. Room: tui — reads
//! through `core::bom_query::where_used` only.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use crate::core::Change;
use crate::core::bom_query::where_used;
use crate::domain::Item;
use crate::tui::action::Action;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list};

use super::kind::figures::decimal;

pub struct WhereUsed {
    item: Item,
    /// One row per use: parent (indented by level), the component it uses, quantity.
    rows: Vec<Vec<String>>,
    cursor: Cursor,
}

impl WhereUsed {
    pub fn new(item: Item, session: &Session) -> WhereUsed {
        let mut screen = WhereUsed {
            item,
            rows: Vec::new(),
            cursor: Cursor::default(),
        };
        screen.refresh(session);
        screen
    }

    /// The rows of the table (for tests of the screens that open it).
    pub fn rows(&self) -> &[Vec<String>] {
        &self.rows
    }
}

/// A one-cell row: a message in place of uses.
fn message(text: String) -> Vec<Vec<String>> {
    vec![vec![text, String::new(), String::new()]]
}

impl Screen for WhereUsed {
    fn title(&self) -> String {
        crate::t!("erp-where-used-title", sku = &self.item.sku)
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::BOMS | Change::ITEMS)
    }

    fn refresh(&mut self, session: &Session) {
        self.rows = match where_used(session.store(), &session.actor, self.item.id) {
            Ok(uses) if uses.is_empty() => {
                message(crate::t!("erp-where-used-none", sku = &self.item.sku))
            }
            Ok(uses) => uses
                .iter()
                .map(|u| {
                    vec![
                        format!(
                            "{}{} {}",
                            "  ".repeat(u.level.saturating_sub(1)),
                            u.parent.sku,
                            u.parent.name
                        ),
                        u.component.sku.clone(),
                        decimal(u.line.quantity),
                    ]
                })
                .collect(),
            Err(error) => message(error.to_string()),
        };
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let title = crate::t!(
            "erp-where-used-table",
            sku = &self.item.sku,
            name = &self.item.name
        );
        let header = [
            crate::t!("erp-where-used-col-parent"),
            crate::t!("erp-where-used-col-uses"),
            crate::t!("erp-col-quantity"),
        ];
        TableView {
            title: &title,
            header: &header.each_ref().map(String::as_str),
            widths: &[
                Constraint::Min(24),
                Constraint::Length(12),
                Constraint::Length(10),
            ],
            rows: &self.rows,
            selected: Some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, area, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Back]
    }
}
