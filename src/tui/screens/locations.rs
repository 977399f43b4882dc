//! The locations' own list and detail in place of the generic ones (`kind::OwnScreens`): the
//! internal locations (warehouses and bins, with how many items they hold and, when all
//! are counted in one unit, how much) and the four virtual ones, with search as you type
//! (`/`) over code and name; `n`/F6 adds a location and `e` renames an internal one in the
//! generic form of the kind; Enter shows the stock at the selected location (the detail:
//! `e` renames it there too), and Enter there opens the item. Room: tui — data only
//! through `core`.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use rust_decimal::Decimal;

use super::kind::figures::{decimal, quantity};
use crate::lang::format::integer;
use time::UtcOffset;

use super::kind::{ITEMS, KindUi, Record, form};
use crate::core::kinds::location::Locations as Kind;
use crate::core::plain::PlainKind;
use crate::core::stock_query::{BalanceLine, balances, list_locations, virtual_locations};
use crate::core::{Change, plain_query};
use crate::domain::location::location_key;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, FilteredList, TableView, answers_list};

/// The locations' list.
pub fn list(kind: &'static KindUi, session: &Session) -> Box<dyn Screen> {
    Box::new(Locations::new(kind, session))
}

/// The locations' detail: the stock at location `id`.
pub fn detail(kind: &'static KindUi, id: u64, session: &Session) -> Box<dyn Screen> {
    let code = kind
        .get(session, id)
        .ok()
        .flatten()
        .map(|row| Record::new(row).text("code"))
        .unwrap_or_default();
    Box::new(LocationStock::new(kind, &code, session))
}

/// One row: code, name, the record (none for a virtual location), what it holds.
struct Row {
    code: String,
    name: String,
    record: Option<Record>,
    held: Option<Held>,
}

/// What an internal location holds: how many items, and their quantities by unit (pieces
/// and kilograms do not add up).
#[derive(Debug, Clone, Default)]
struct Held {
    items: usize,
    by_unit: BTreeMap<String, Decimal>,
}

impl Held {
    /// The quantity with its unit when every item is counted in one, else "mixed units".
    fn on_hand(&self) -> String {
        let mut units = self.by_unit.iter();
        match (units.next(), units.next()) {
            (None, _) => String::new(),
            (Some((unit, quantity)), None) => format!("{} {unit}", decimal(*quantity)),
            (Some(_), Some(_)) => crate::t!("erp-locations-mixed"),
        }
    }
}

pub struct Locations {
    kind: &'static KindUi,
    list: FilteredList<Row>,
    error: Option<String>,
}

impl Locations {
    pub fn new(kind: &'static KindUi, session: &Session) -> Locations {
        let mut screen = Locations {
            kind,
            list: FilteredList::new(|row| format!("{} {}", row.code, row.name)),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(session: &Session) -> Result<Vec<Row>, crate::core::CoreError> {
        let mut held: BTreeMap<String, Held> = BTreeMap::new();
        for line in balances(session.store(), &session.actor, None, None)? {
            let entry = held.entry(line.location).or_default();
            entry.items += 1;
            *entry.by_unit.entry(line.item.uom).or_default() += line.quantity;
        }
        let mut rows: Vec<Row> = list_locations(session.store(), &session.actor)?
            .into_iter()
            .map(|l| Row {
                held: Some(
                    held.get(&location_key(&l.code))
                        .cloned()
                        .unwrap_or_default(),
                ),
                code: l.code.clone(),
                name: l.name.clone(),
                record: Some(Record::new(Kind::to_row(&l, UtcOffset::UTC))),
            })
            .collect();
        rows.extend(virtual_locations().iter().map(|code| Row {
            code: code.to_string(),
            name: String::new(),
            record: None,
            held: None,
        }));
        Ok(rows)
    }
}

impl Screen for Locations {
    fn title(&self) -> String {
        crate::t!("erp-locations-title")
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
        let kind = self.kind;
        match action {
            Action::Create => form::create(kind, session),
            Action::Edit => match self.list.selected() {
                Some(Row {
                    record: Some(record),
                    ..
                }) => form::change(kind, record, session),
                Some(row) => Outcome::Refuse(crate::t!("erp-locations-no-name", code = &row.code)),
                None => Outcome::Refuse(crate::t!("erp-locations-none-selected")),
            },
            Action::Open => match self.list.selected() {
                Some(row) if row.record.is_some() => {
                    Outcome::Push(Box::new(LocationStock::new(kind, &row.code, session)))
                }
                Some(row) => Outcome::Refuse(crate::t!("erp-locations-no-stock", code = &row.code)),
                None => Outcome::Refuse(crate::t!("erp-locations-none-selected")),
            },
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::ITEMS | Change::STOCK | self.kind.change())
    }

    fn refresh(&mut self, session: &Session) {
        let loaded = Locations::load(session);
        self.error = loaded.as_ref().err().map(ToString::to_string);
        if let Ok(rows) = loaded {
            self.list.set(rows);
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let found = self.list.found();
        let hint = crate::t!("erp-locations-hint", count = found);
        let list = self.list.search.render(frame, area, theme, found, &hint);
        let rows: Vec<Vec<String>> = self
            .list
            .shown()
            .map(|row| {
                let (kind, items, on_hand) = match &row.held {
                    Some(held) => (
                        crate::t!("erp-locations-internal"),
                        format!(
                            "{:>5}",
                            integer(i64::try_from(held.items).unwrap_or(i64::MAX))
                        ),
                        format!("{:>12}", held.on_hand()),
                    ),
                    None => (
                        crate::t!("erp-locations-virtual"),
                        String::new(),
                        String::new(),
                    ),
                };
                vec![row.code.clone(), row.name.clone(), kind, items, on_hand]
            })
            .collect();
        let widths = [
            Constraint::Length(20),
            Constraint::Min(20),
            Constraint::Length(8),
            Constraint::Length(5),
            Constraint::Length(12),
        ];
        let title = match &self.error {
            Some(error) => crate::t!("erp-locations-error", error = error),
            None => crate::t!("erp-locations-title"),
        };
        let header = [
            crate::t!("erp-locations-col-code"),
            crate::t!("erp-col-name"),
            crate::t!("erp-locations-col-kind"),
            crate::t!("erp-locations-col-items"),
            format!("{:>12}", crate::t!("erp-col-on-hand")),
        ];
        TableView {
            title: &title,
            header: &header.each_ref().map(String::as_str),
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
            Action::Back,
        ]
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.list.search.cursor(area, theme)
    }
}

/// What one internal location holds, by item.
pub struct LocationStock {
    kind: &'static KindUi,
    code: String,
    /// The location as read last (for its edit).
    record: Option<Record>,
    lines: Vec<BalanceLine>,
    cursor: Cursor,
}

impl LocationStock {
    pub fn new(kind: &'static KindUi, code: &str, session: &Session) -> LocationStock {
        let mut screen = LocationStock {
            kind,
            code: code.to_string(),
            record: None,
            lines: Vec::new(),
            cursor: Cursor::default(),
        };
        screen.refresh(session);
        screen
    }
}

impl Screen for LocationStock {
    fn title(&self) -> String {
        crate::t!("erp-stock-at", code = &self.code)
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::Edit])
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.lines.len()) {
            return Outcome::Handled;
        }
        if action == Action::Edit {
            return match &self.record {
                Some(record) => form::change(self.kind, record, session),
                None => Outcome::Refuse(crate::t!("erp-stock-not-a-location", code = &self.code)),
            };
        }
        match (action, self.lines.get(self.cursor.index)) {
            (Action::Open, Some(line)) => Outcome::Open(Route::Record(ITEMS, line.item.id)),
            (Action::Open, None) => {
                Outcome::Refuse(crate::t!("erp-stock-nothing-at", code = &self.code))
            }
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::ITEMS | Change::STOCK | self.kind.change())
    }

    fn refresh(&mut self, session: &Session) {
        let (store, actor, decl) = (session.store(), &session.actor, self.kind.decl);
        self.record = plain_query::resolve(store, actor, decl, &self.code)
            .ok()
            .and_then(|id| self.kind.get(session, id).ok().flatten())
            .map(Record::new);
        self.lines =
            balances(session.store(), &session.actor, None, Some(&self.code)).unwrap_or_default();
        self.lines.retain(|line| !line.quantity.is_zero());
        self.cursor.clamp(self.lines.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let rows: Vec<Vec<String>> = self
            .lines
            .iter()
            .map(|line| {
                vec![
                    line.item.sku.clone(),
                    line.item.name.clone(),
                    quantity(line.quantity, 10),
                    line.item.uom.clone(),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(12),
            Constraint::Min(20),
            Constraint::Length(10),
            Constraint::Length(5),
        ];
        TableView {
            title: &self.title(),
            header: &[
                crate::t!("erp-col-sku"),
                crate::t!("erp-col-name"),
                format!("{:>10}", crate::t!("erp-col-on-hand")),
                crate::t!("erp-col-unit"),
            ]
            .each_ref()
            .map(String::as_str),
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, area, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Back]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::screens::scan::tests::fixture;

    #[test]
    fn internal_locations_with_their_stock_then_the_virtual_ones() {
        let f = fixture();
        let kind = crate::tui::screens::kind::ui_of(crate::core::kinds::LOCATIONS).unwrap();
        let screen = Locations::new(kind, &f.session);
        let rows: Vec<&Row> = screen.list.shown().collect();
        let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(
            codes,
            ["WH1", "WH2", "supplier", "customer", "production", "loss"]
        );
        let held = |row: &Row| row.held.as_ref().map(|h| (h.items, h.on_hand()));
        assert_eq!(held(rows[0]), Some((1, "5 pcs".to_string())));
        assert_eq!(held(rows[1]), Some((0, String::new())));
        let stock = LocationStock::new(kind, "wh1", &f.session);
        assert_eq!(stock.lines.len(), 1);
        assert_eq!(stock.lines[0].item.sku, "CH-001");
    }
}
