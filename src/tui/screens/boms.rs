//! Bills of materials: every item that has one; for the selected, its cost roll-up as a
//! collapsible tree (per-unit quantity and each level's contribution) and, on request,
//! where the item is used. Up/Down move in the tree, PgUp/PgDn choose the BOM; search as
//! you type (`/`) narrows the BOMs by SKU or name. Production starts from here: Enter or
//! the produce key on a BOM; `go-production` opens this screen titled for choosing what to
//! make. Room: tui.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::form::{Field, Form, Saved};
use super::kind::figures::{amount, quantity, typed_list};
use super::picker::PickerKind;
use super::refused::problems;
use crate::core::Change;
use crate::core::Command;
use crate::core::bom::BomCommand;
use crate::core::bom_query::{Items, bom_of, cost, parents};
use crate::domain::Invalid;
use crate::domain::Item;
use crate::domain::bom::cost::CostLine;
use crate::domain::bom::graph::Part;
use crate::domain::bom::{parse_line, parse_operation};
use crate::domain::fold::fold;
use crate::domain::money::parse_decimal;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, SearchBox, TableView, search_outcome};

/// The form that creates or replaces a BOM, written as `kontor bom set` takes it:
/// lines `SKU:QTY[:SCRAP%]` and operations `NAME:MINUTES:RATE`, separated by commas.
fn bom_form(parent: Option<&Item>, session: &Session) -> Form {
    let stored = parent.and_then(|item| {
        bom_of(session.store(), &session.actor, item.id)
            .ok()
            .flatten()
            .map(|(bom, items)| (item, bom, items))
    });
    let (parent, output, lines, operations) = match stored {
        Some((item, bom, items)) => {
            let sku = |id: u64| items.get(&id).map(|i| i.sku.clone()).unwrap_or_default();
            let lines: Vec<String> = bom
                .lines
                .iter()
                .map(|l| {
                    format!(
                        "{}:{}:{}",
                        sku(l.component_item_id),
                        l.quantity.normalize(),
                        l.scrap_pct.normalize()
                    )
                })
                .collect();
            let operations: Vec<String> = bom
                .operations
                .iter()
                .map(|o| {
                    format!(
                        "{}:{}:{}",
                        o.name,
                        o.minutes.normalize(),
                        o.hourly_rate.amount.normalize()
                    )
                })
                .collect();
            (
                item.sku.clone(),
                bom.output_qty.normalize().to_string(),
                lines.join(", "),
                operations.join(", "),
            )
        }
        None => (String::new(), "1".to_string(), String::new(), String::new()),
    };
    let fields = vec![
        Field::new("sku", crate::t!("erp-bom-field-parent"), &parent).with_picker(PickerKind::Item),
        Field::new("output_qty", crate::t!("erp-bom-field-output"), &output),
        Field::new("lines", crate::t!("erp-bom-field-lines"), &lines)
            .with_list_picker(PickerKind::Item, ":1"),
        Field::new(
            "operations",
            crate::t!("erp-bom-field-operations"),
            &operations,
        ),
    ];
    Form::new(
        &crate::t!("erp-bom-form-title"),
        fields,
        Box::new(|session: &Session, input| {
            let split = |field: &str| typed_list(&input.text(field), ':', &[]);
            let output_qty =
                parse_decimal("output_qty", &input.text("output_qty")).map_err(|e| vec![e])?;
            let lines = split("lines")
                .iter()
                .map(|l| parse_line(l))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| vec![Invalid::new("lines", e.message)])?;
            let operations = split("operations")
                .iter()
                .map(|o| parse_operation(o, session.settings.currency))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| vec![Invalid::new("operations", e.message)])?;
            let code = input.text("sku");
            let command = BomCommand::Set {
                code: code.clone(),
                output_qty,
                lines,
                operations,
                expected_version: None,
            };
            session.execute(Command::Bom(command)).map_err(problems)?;
            Ok(Saved::Done(crate::t!("erp-bom-saved", code = &code)))
        }),
        session,
    )
}

pub struct Boms {
    /// Opened to choose what to produce (`go-production`), not to look at costs.
    producing: bool,
    search: SearchBox,
    /// Every item that has a BOM, by SKU.
    all: Vec<Item>,
    /// Those of `all` that match the search.
    parents: Vec<Item>,
    cursor: Cursor,
    /// The roll-up of the selected parent, with the skus and names of its items.
    lines: Vec<(CostLine, String)>,
    /// The items the roll-up names, by id.
    items: Items,
    currency: crate::domain::Currency,
    /// Rows of `lines` whose subtrees are hidden.
    collapsed: BTreeSet<usize>,
    /// The selected row in the tree.
    row: Cursor,
    error: Option<String>,
}

impl Boms {
    pub fn new(session: &Session) -> Boms {
        Boms::opened(false, session)
    }

    /// The BOMs to choose what to produce from: the same screen, titled for it.
    pub fn for_production(session: &Session) -> Boms {
        Boms::opened(true, session)
    }

    fn opened(producing: bool, session: &Session) -> Boms {
        let mut screen = Boms {
            producing,
            search: SearchBox::default(),
            all: Vec::new(),
            parents: Vec::new(),
            cursor: Cursor::default(),
            lines: Vec::new(),
            items: Items::new(),
            currency: session.settings.currency,
            collapsed: BTreeSet::new(),
            row: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load_tree(&mut self, session: &Session) {
        self.lines.clear();
        self.collapsed.clear();
        self.row = Cursor::default();
        self.items.clear();
        let Some(parent) = self.parents.get(self.cursor.index) else {
            return;
        };
        match cost(session.store(), &session.actor, parent.id) {
            Ok((rollup, items)) => {
                self.currency = rollup.currency;
                self.lines = rollup
                    .lines
                    .into_iter()
                    .map(|line| {
                        let label = match &line.node.part {
                            Part::Item { item_id, .. } => items
                                .get(item_id)
                                .map(|i| format!("{} {}", i.sku, i.name))
                                .unwrap_or_default(),
                            Part::Operation(operation) => {
                                crate::t!("erp-boms-operation", name = &operation.name)
                            }
                        };
                        (line, label)
                    })
                    .collect();
                self.items = items;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    /// Narrows the BOMs to the search and shows the first one's tree.
    fn apply_filter(&mut self, session: &Session) {
        let wanted = fold(self.search.text());
        self.parents = self
            .all
            .iter()
            .filter(|item| fold(&format!("{} {}", item.sku, item.name)).contains(&wanted))
            .cloned()
            .collect();
        self.cursor.clamp(self.parents.len());
        self.load_tree(session);
    }

    /// Indexes of `lines` that are visible (no collapsed ancestor).
    fn visible(&self) -> Vec<usize> {
        let mut shown = Vec::new();
        let mut hidden_below: Option<usize> = None;
        for (index, (line, _)) in self.lines.iter().enumerate() {
            let level = line.node.level;
            if hidden_below.is_some_and(|limit| level > limit) {
                continue;
            }
            hidden_below = self.collapsed.contains(&index).then_some(level);
            shown.push(index);
        }
        shown
    }
}

impl Screen for Boms {
    fn title(&self) -> String {
        if self.producing {
            crate::t!("erp-boms-title-producing")
        } else {
            crate::t!("erp-boms-title")
        }
    }

    fn layer(&self) -> &'static str {
        "tree"
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let result = self.search.key(key);
        search_outcome(result, || {
            self.cursor = Cursor::default();
            self.apply_filter(session);
        })
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        self.search.paste(text);
        self.apply_filter(session);
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let visible = self.visible();
        match action {
            Action::PageUp | Action::PageDown | Action::First | Action::Last => {
                let step = match action {
                    Action::PageUp => Action::Up,
                    Action::PageDown => Action::Down,
                    other => other,
                };
                self.cursor.navigate(step, self.parents.len());
                self.load_tree(session);
            }
            Action::Up | Action::Down => {
                self.row.navigate(action, visible.len());
            }
            Action::Collapse | Action::Expand => {
                if let Some(&index) = visible.get(self.row.index) {
                    if action == Action::Collapse {
                        self.collapsed.insert(index);
                    } else {
                        self.collapsed.remove(&index);
                    }
                }
            }
            Action::WhereUsed => {
                let line = visible
                    .get(self.row.index)
                    .and_then(|&index| self.lines.get(index));
                return match line.map(|(line, _)| &line.node.part) {
                    Some(Part::Item { item_id, .. }) => match self.items.get(item_id) {
                        Some(item) => Outcome::Open(Route::WhereUsed(Box::new(item.clone()))),
                        None => Outcome::Refuse(crate::t!("erp-boms-not-loaded", id = *item_id)),
                    },
                    Some(Part::Operation(operation)) => {
                        Outcome::Refuse(crate::t!("erp-boms-not-an-item", name = &operation.name))
                    }
                    None => Outcome::Refuse(crate::t!("erp-boms-none-selected")),
                };
            }
            Action::Search => self.search.typing = true,
            Action::Create => return Outcome::Push(Box::new(bom_form(None, session))),
            Action::Edit => {
                return match self.parents.get(self.cursor.index) {
                    Some(parent) => Outcome::Push(Box::new(bom_form(Some(parent), session))),
                    None => Outcome::Refuse(crate::t!("erp-boms-none-selected")),
                };
            }
            Action::Produce | Action::Open => {
                return match self.parents.get(self.cursor.index) {
                    Some(parent) => Outcome::Open(Route::Produce(Box::new(parent.clone()))),
                    None => Outcome::Refuse(crate::t!("erp-boms-none-selected")),
                };
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// BOMs with their items' names and costs.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::BOMS | Change::ITEMS)
    }

    /// Reloads; the same BOM keeps its tree row and collapsed rows (coming back from
    /// where-used, say).
    fn refresh(&mut self, session: &Session) {
        let selected = self.parents.get(self.cursor.index).map(|item| item.id);
        let kept = (self.row.clone(), std::mem::take(&mut self.collapsed));
        match parents(session.store(), &session.actor) {
            Ok(all) => self.all = all,
            Err(error) => {
                self.all.clear();
                self.error = Some(error.to_string());
            }
        }
        self.apply_filter(session);
        if selected.is_some() && selected == self.parents.get(self.cursor.index).map(|i| i.id) {
            (self.row, self.collapsed) = kept;
            self.row.clamp(self.visible().len());
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let found = self.parents.len();
        let hint = crate::t!("erp-boms-hint", count = found);
        let area = self.search.render(frame, area, theme, found, &hint);
        let [left, right] =
            Layout::horizontal([Constraint::Length(24), Constraint::Min(40)]).areas(area);
        let parents: Vec<Vec<String>> = self
            .parents
            .iter()
            .map(|i| vec![i.sku.clone(), i.name.clone()])
            .collect();
        let selected = (!parents.is_empty()).then_some(self.cursor.index);
        TableView {
            title: &crate::t!("erp-boms-table"),
            header: &[crate::t!("erp-col-sku-short"), crate::t!("erp-col-name")]
                .each_ref()
                .map(String::as_str),
            widths: &[Constraint::Length(8), Constraint::Min(6)],
            rows: &parents,
            selected,
            top: Some(self.cursor.top()),
        }
        .render(frame, left, theme);
        let (title, rows): (String, Vec<Vec<String>>) = match &self.error {
            Some(error) => (
                crate::t!("erp-boms-rollup"),
                vec![vec![error.clone(), String::new(), String::new()]],
            ),
            None => {
                let rows = self
                    .visible()
                    .into_iter()
                    .filter_map(|index| self.lines.get(index).map(|entry| (index, entry)))
                    .map(|(index, (line, label))| {
                        let marker = if self.collapsed.contains(&index) {
                            "+ "
                        } else {
                            "  "
                        };
                        vec![
                            format!("{}{marker}{label}", "  ".repeat(line.node.level)),
                            quantity(line.node.per_unit, 10),
                            format!("{:>12}", amount(line.cost, self.currency)),
                        ]
                    })
                    .collect();
                let currency = self.currency.to_string();
                let title = crate::t!("erp-boms-rollup-per-unit", currency = currency);
                (title, rows)
            }
        };
        let widths = [
            Constraint::Min(24),
            Constraint::Length(10),
            Constraint::Length(12),
        ];
        let selected = (self.error.is_none() && !rows.is_empty()).then_some(self.row.index);
        TableView {
            title: &title,
            header: &[
                crate::t!("erp-boms-col-part"),
                format!("{:>10}", crate::t!("erp-boms-col-per-unit")),
                format!("{:>12}", crate::t!("erp-col-cost")),
            ]
            .each_ref()
            .map(String::as_str),
            widths: &widths,
            rows: &rows,
            selected,
            top: Some(self.row.top()),
        }
        .render(frame, right, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Search,
            Action::PageDown,
            Action::WhereUsed,
            Action::Produce,
            Action::Back,
        ]
    }

    fn meaning(&self, action: Action) -> Option<String> {
        match action {
            Action::PageDown => Some(crate::t!("tui-meaning-next-bom")),
            Action::PageUp => Some(crate::t!("tui-meaning-previous-bom")),
            Action::First => Some(crate::t!("tui-meaning-first-bom")),
            Action::Last => Some(crate::t!("tui-meaning-last-bom")),
            Action::Open => Some(crate::t!("tui-meaning-produce")),
            _ => None,
        }
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}
