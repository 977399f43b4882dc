//! Items & stock: the items' own list in place of the generic one (`kind::OwnScreens::Items`)
//! — the on-hand of each item, search as you type (`/`) over SKU, barcode and name, and the
//! reorder list (items below their reorder point with what to order). Enter opens an item's
//! detail; `n`/F6 and `e` open the generic form of the kind; `w` shows where the item is
//! used.
//! Room: tui — data only through `core`.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;
use rust_decimal::Decimal;

use crate::core::stock_query::{ReorderLine, list_items, on_hand_by_item, reorder, search_items};
use crate::core::{Actor, Change, CoreError};
use crate::domain::Item;
use crate::domain::fold::fold;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::{amount, quantity};
use crate::tui::screens::kind::{KindUi, form};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, SearchBox, TableView, answers_list, search_outcome};

/// Rows loaded for the list and for each search.
const ROWS: usize = 500;
/// From this width on the list shows more columns.
const WIDE: u16 = 110;

/// Items matching `text`: an exact SKU or barcode, then names with a word starting with
/// it (the index), then — among the first `limit` items — any SKU, barcode or name
/// containing it.
pub fn find_items(
    store: &Store,
    actor: &Actor,
    text: &str,
    limit: usize,
) -> Result<Vec<Item>, CoreError> {
    let mut found = search_items(store, actor, text, limit)?;
    let wanted = fold(text);
    if found.len() < limit && !wanted.is_empty() {
        for item in list_items(store, actor, limit)? {
            let hit = fold(&item.name).contains(&wanted)
                || std::iter::once(&item.sku)
                    .chain(&item.barcodes)
                    .any(|code| fold(code).contains(&wanted));
            if hit && found.len() < limit && !found.iter().any(|f| f.id == item.id) {
                found.push(item);
            }
        }
    }
    Ok(found)
}

fn optional(value: Option<Decimal>, width: usize) -> String {
    value.map_or_else(|| " ".repeat(width), |v| quantity(v, width))
}

/// Shows the line above a list — the error if any, else the hint in its role — and
/// returns the area left for the list.
fn note_line(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    error: Option<&str>,
    (hint, role): (String, Role),
) -> Rect {
    let [line, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    let (text, role) = match error {
        Some(error) => (format!(" {error}"), Role::Error),
        None => (hint, role),
    };
    frame.render_widget(
        Paragraph::new(theme.text(&text).into_owned()).style(theme.style(role)),
        line,
    );
    list
}

pub struct Items {
    kind: &'static KindUi,
    search: SearchBox,
    rows: Vec<Item>,
    on_hand: BTreeMap<u64, Decimal>,
    cursor: Cursor,
    error: Option<String>,
}

impl Items {
    pub fn new(kind: &'static KindUi, session: &Session) -> Items {
        let mut screen = Items {
            kind,
            search: SearchBox::default(),
            rows: Vec::new(),
            on_hand: BTreeMap::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn selected(&self) -> Option<&Item> {
        self.rows.get(self.cursor.index)
    }

    fn row(&self, item: &Item, wide: bool) -> Vec<String> {
        let have = self.on_hand.get(&item.id).copied().unwrap_or_default();
        let low = item.reorder.suggestion(have).is_some() && item.active;
        let mut row = vec![
            item.sku.clone(),
            item.name.clone(),
            format!("{}{}", quantity(have, 8), if low { "!" } else { " " }),
            item.uom.clone(),
            format!("{:>10}", amount(item.price.amount, item.price.currency)),
            optional(item.reorder.min, 7),
        ];
        if wide {
            row.extend([
                item.barcodes.join(" "),
                format!("{:>10}", amount(item.cost.amount, item.cost.currency)),
                format!(
                    "{:>4}",
                    crate::lang::format::integer(i64::from(item.lead_days))
                ),
                if item.active {
                    crate::t!("yes")
                } else {
                    crate::t!("no")
                },
            ]);
        }
        row
    }
}

impl Screen for Items {
    fn title(&self) -> String {
        crate::t!("erp-items-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::Open,
                Action::Create,
                Action::Edit,
                Action::Reorder,
                Action::Search,
                Action::WhereUsed,
            ],
        )
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let result = self.search.key(key);
        search_outcome(result, || {
            self.cursor = Cursor::default();
            self.refresh(session);
        })
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        self.search.paste(text);
        self.refresh(session);
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        match action {
            Action::Search => {
                self.search.typing = true;
                Outcome::Handled
            }
            Action::Open => match self.selected() {
                Some(item) => Outcome::Open(Route::Record(self.kind, item.id)),
                None => Outcome::Refuse(crate::t!("erp-items-none-selected")),
            },
            Action::Create => form::create(self.kind, session),
            Action::Edit => match self.selected() {
                Some(item) => form::change_id(self.kind, item.id, session),
                None => Outcome::Refuse(crate::t!("erp-items-none-selected")),
            },
            Action::Reorder => Outcome::Push(Box::new(Reorder::new(self.kind, session))),
            Action::WhereUsed => match self.selected() {
                Some(item) => Outcome::Open(Route::WhereUsed(Box::new(item.clone()))),
                None => Outcome::Refuse(crate::t!("erp-items-none-selected")),
            },
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::ITEMS | Change::STOCK)
    }

    fn refresh(&mut self, session: &Session) {
        let text = self.search.text();
        let rows = if text.is_empty() {
            list_items(session.store(), &session.actor, ROWS)
        } else {
            find_items(session.store(), &session.actor, text, ROWS)
        };
        let on_hand = || on_hand_by_item(session.store(), &session.actor);
        match rows.and_then(|rows| Ok((rows, on_hand()?))) {
            Ok((rows, on_hand)) => {
                self.rows = rows;
                self.on_hand = on_hand;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let (hint, role) = if self.search.shown() {
            (
                self.search.prompt(self.rows.len(), area.width, theme),
                Role::Input,
            )
        } else {
            (
                format!(" {}", crate::t!("erp-items-hint", count = self.rows.len())),
                Role::Muted,
            )
        };
        let list = note_line(frame, area, theme, self.error.as_deref(), (hint, role));
        let wide = area.width >= WIDE;
        let mut header = vec![
            crate::t!("erp-col-sku"),
            crate::t!("erp-col-name"),
            format!("{:>9}", crate::t!("erp-col-on-hand")),
            crate::t!("erp-col-unit"),
            format!("{:>10}", crate::t!("erp-items-col-price")),
            format!("{:>7}", crate::t!("erp-col-min")),
        ];
        let mut widths = vec![
            Constraint::Length(10),
            Constraint::Min(20),
            Constraint::Length(9),
            Constraint::Length(4),
            Constraint::Length(10),
            Constraint::Length(7),
        ];
        if wide {
            header.extend([
                crate::t!("erp-items-col-barcodes"),
                format!("{:>10}", crate::t!("erp-col-cost")),
                crate::t!("erp-items-col-lead"),
                crate::t!("erp-items-col-active"),
            ]);
            widths.extend([
                Constraint::Length(15),
                Constraint::Length(10),
                Constraint::Length(4),
                Constraint::Length(6),
            ]);
        }
        let rows: Vec<Vec<String>> = self.rows.iter().map(|i| self.row(i, wide)).collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &crate::t!("erp-items-table"),
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
            Action::Search,
            Action::Open,
            Action::Create,
            Action::Edit,
            Action::Reorder,
            Action::Back,
        ]
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.search.cursor(area, theme)
    }
}

/// Active items whose on-hand across internal locations is below their minimum, with the
/// quantity to order (up to the maximum, in order multiples).
pub struct Reorder {
    kind: &'static KindUi,
    lines: Vec<ReorderLine>,
    cursor: Cursor,
    error: Option<String>,
}

impl Reorder {
    pub fn new(kind: &'static KindUi, session: &Session) -> Reorder {
        let mut screen = Reorder {
            kind,
            lines: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for Reorder {
    fn title(&self) -> String {
        crate::t!("erp-reorder-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::Edit, Action::Reorder])
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.lines.len()) {
            return Outcome::Handled;
        }
        let selected = self.lines.get(self.cursor.index).map(|line| &line.item);
        match (action, selected) {
            (Action::Open, Some(item)) => Outcome::Open(Route::Record(self.kind, item.id)),
            (Action::Edit, Some(item)) => form::change_id(self.kind, item.id, session),
            (Action::Open | Action::Edit, None) => {
                Outcome::Refuse(crate::t!("erp-reorder-nothing"))
            }
            (Action::Reorder, _) => Outcome::Pop,
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::ITEMS | Change::STOCK)
    }

    fn refresh(&mut self, session: &Session) {
        let loaded = reorder(session.store(), &session.actor);
        self.error = loaded.as_ref().err().map(ToString::to_string);
        if let Ok(lines) = loaded {
            self.lines = lines;
        }
        self.cursor.clamp(self.lines.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let hint = format!(
            " {}",
            crate::t!("erp-reorder-hint", count = self.lines.len())
        );
        let list = note_line(
            frame,
            area,
            theme,
            self.error.as_deref(),
            (hint, Role::Muted),
        );
        let rows: Vec<Vec<String>> = self
            .lines
            .iter()
            .map(|line| {
                let rule = &line.item.reorder;
                vec![
                    line.item.sku.clone(),
                    line.item.name.clone(),
                    quantity(line.on_hand, 8),
                    optional(rule.min, 7),
                    optional(rule.max, 7),
                    optional(rule.multiple, 5),
                    quantity(line.suggested, 8),
                    line.item.uom.clone(),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(10),
            Constraint::Min(16),
            Constraint::Length(8),
            Constraint::Length(7),
            Constraint::Length(7),
            Constraint::Length(5),
            Constraint::Length(8),
            Constraint::Length(4),
        ];
        let header = [
            crate::t!("erp-col-sku"),
            crate::t!("erp-col-name"),
            format!("{:>8}", crate::t!("erp-col-on-hand")),
            format!("{:>7}", crate::t!("erp-col-min")),
            format!("{:>7}", crate::t!("erp-col-max")),
            format!("{:>5}", crate::t!("erp-reorder-col-multiple")),
            format!("{:>8}", crate::t!("erp-reorder-col-order")),
            crate::t!("erp-col-unit"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &crate::t!("erp-reorder-table"),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Edit, Action::Back]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::screens::kind::ITEMS;
    use crate::tui::screens::scan::tests::{CHAI_BARCODE, fixture};

    fn skus(items: &[Item]) -> Vec<&str> {
        items.iter().map(|item| item.sku.as_str()).collect()
    }

    #[test]
    fn search_finds_codes_word_starts_and_parts_of_names() {
        let f = fixture();
        let find = |text| find_items(f.session.store(), &f.session.actor, text, 10).unwrap();
        assert_eq!(skus(&find(CHAI_BARCODE)), ["CH-001"]);
        assert_eq!(skus(&find("syr")), ["SY-002"]);
        assert_eq!(skus(&find("NISEED")), ["SY-002"]);
        assert_eq!(skus(&find("-00")), ["CH-001", "SY-002"]);
        assert!(find("zzz").is_empty());
    }

    #[test]
    fn typing_narrows_the_list_and_low_stock_is_marked() {
        let f = fixture();
        let mut screen = Items::new(ITEMS, &f.session);
        assert_eq!(screen.rows.len(), 2);
        let chai = screen.row(&screen.rows[0], false);
        assert_eq!(chai[2], "       5!");
        screen.on_action(Action::Search, &f.session);
        for c in "tea".chars() {
            screen.on_key(&Key::char(c), &f.session);
        }
        assert_eq!(skus(&screen.rows), ["CH-001"]);
        let reorder = Reorder::new(ITEMS, &f.session);
        assert_eq!(reorder.lines.len(), 1);
        assert_eq!(reorder.lines[0].suggested, Decimal::from(5));
    }
}
