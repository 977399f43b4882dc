//! One item: its fields, the on-hand by location and the ledger of its moves with the
//! running on-hand (oldest first, the cursor starting on the newest): the items' own detail
//! in place of the generic one (`kind::OwnScreens::Items`). From here: edit the item (`e`)
//! or create another (`n`/F6) in the generic form of the kind, and see where it is used
//! (`w`). Roles that read items but not stock
//! (agents, sales) get the core's refusal in place of the ledger. Room: tui — data only
//! through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use rust_decimal::Decimal;

use super::kind::{KindUi, form};
use super::shown::quantity;
use crate::core::stock_query::{BalanceLine, LedgerLine, balances, item, ledger};
use crate::core::{Change, CoreError};
use crate::domain::Item;
use crate::domain::datetime::format_date;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, field_line, panel};

/// Height of the fields and balances panels.
const TOP: u16 = 9;
/// Width of the location column of the balances.
const LABEL: usize = 14;
/// From this width on the ledger shows the agent.
const WIDE: u16 = 110;

pub struct ItemDetail {
    kind: &'static KindUi,
    id: u64,
    item: Option<Item>,
    balances: Vec<BalanceLine>,
    ledger: Vec<LedgerLine>,
    /// Why the ledger is not shown (the role reads no stock moves).
    ledger_refused: Option<String>,
    cursor: Cursor,
    error: Option<String>,
}

impl ItemDetail {
    pub fn new(kind: &'static KindUi, id: u64, session: &Session) -> ItemDetail {
        let mut screen = ItemDetail {
            kind,
            id,
            item: None,
            balances: Vec::new(),
            ledger: Vec::new(),
            ledger_refused: None,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen.cursor.index = screen.ledger.len().saturating_sub(1);
        screen
    }

    fn field_lines(&self, item: &Item, theme: &Theme) -> Vec<Line<'static>> {
        let rule = &item.reorder;
        let text = |value: Option<Decimal>| {
            value.map_or_else(|| "-".to_string(), |v| v.normalize().to_string())
        };
        vec![
            field_line(theme, "SKU", &item.sku, 9),
            field_line(theme, "Name", &item.name, 9),
            field_line(theme, "Barcodes", &item.barcodes.join(", "), 9),
            field_line(theme, "Unit", &item.uom, 9),
            field_line(
                theme,
                "Cost",
                &format!("{} / price {}", item.cost, item.price),
                9,
            ),
            field_line(
                theme,
                "Reorder",
                &format!(
                    "min {} max {} multiple {}",
                    text(rule.min),
                    text(rule.max),
                    text(rule.multiple)
                ),
                9,
            ),
            field_line(
                theme,
                "Lead",
                &format!(
                    "{} days · {}",
                    item.lead_days,
                    if item.active { "active" } else { "inactive" }
                ),
                9,
            ),
        ]
    }

    fn balance_lines(&self, item: &Item, theme: &Theme) -> Vec<Line<'static>> {
        let total: Decimal = self.balances.iter().map(|b| b.quantity).sum();
        let mut lines: Vec<Line> = self
            .balances
            .iter()
            .map(|b| field_line(theme, &b.location, &quantity(b.quantity, 8), LABEL))
            .collect();
        if lines.is_empty() {
            lines.push(field_line(theme, "no stock", "", LABEL));
        }
        lines.push(field_line(
            theme,
            "total",
            &format!("{} {}", quantity(total, 8), item.uom),
            LABEL,
        ));
        if let Some(order) = item.reorder.suggestion(total).filter(|_| item.active) {
            lines.push(field_line(theme, "to order", &quantity(order, 8), LABEL));
        }
        lines
    }
}

impl Screen for ItemDetail {
    fn title(&self) -> String {
        match &self.item {
            Some(item) => format!("Item {} {}", item.sku, item.name),
            None => format!("Item {}", self.id),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Create, Action::Edit, Action::WhereUsed])
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.ledger.len()) {
            return Outcome::Handled;
        }
        match (action, &self.item) {
            (Action::Create, _) => form::create(self.kind, session),
            (Action::Edit, _) => form::change_id(self.kind, self.id, session),
            (Action::WhereUsed, Some(item)) => {
                Outcome::Open(Route::WhereUsed(Box::new(item.clone())))
            }
            (Action::WhereUsed, None) => {
                Outcome::Refuse(format!("item {} does not exist any more", self.id))
            }
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        change.touches(Change::ITEMS | Change::STOCK | Change::BOMS)
    }

    fn refresh(&mut self, session: &Session) {
        let at_end = self.cursor.index + 1 >= self.ledger.len();
        let (store, actor) = (session.store(), &session.actor);
        let loaded = item(store, actor, self.id).and_then(|item| {
            let Some(item) = item else {
                return Ok((None, Vec::new(), Ok(Vec::new())));
            };
            let on_hand = balances(store, actor, Some(&item), None)?;
            let moves = match ledger(store, actor, &item, None, None) {
                Err(CoreError::Refused(why)) => Err(why),
                moves => Ok(moves?),
            };
            Ok((Some(item), on_hand, moves))
        });
        match loaded {
            Ok((item, on_hand, moves)) => {
                self.item = item;
                self.balances = on_hand;
                self.ledger_refused = moves.as_ref().err().cloned();
                self.ledger = moves.unwrap_or_default();
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        if at_end {
            self.cursor.index = self.ledger.len().saturating_sub(1);
        }
        self.cursor.clamp(self.ledger.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(item) = &self.item else {
            let message = self
                .error
                .clone()
                .unwrap_or_else(|| format!("item {} does not exist any more", self.id));
            panel(frame, area, theme, "Item", vec![Line::raw(message)]);
            return;
        };
        let [top, bottom] =
            Layout::vertical([Constraint::Length(TOP), Constraint::Min(4)]).areas(area);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(top);
        panel(
            frame,
            left,
            theme,
            &format!("Item {} · v{}", item.id, item.version),
            self.field_lines(item, theme),
        );
        panel(
            frame,
            right,
            theme,
            "On hand by location",
            self.balance_lines(item, theme),
        );
        let wide = area.width >= WIDE;
        let rows: Vec<Vec<String>> = self
            .ledger
            .iter()
            .map(|line| {
                let m = &line.stock_move;
                let mut row = vec![
                    format!(
                        "{} {:02}:{:02}",
                        format_date(m.at.date()),
                        m.at.hour(),
                        m.at.minute()
                    ),
                    quantity(m.quantity, 7),
                    m.from.clone(),
                    m.to.clone(),
                    quantity(line.running, 8),
                    m.reference.clone(),
                ];
                if wide {
                    row.push(m.agent.clone());
                }
                row
            })
            .collect();
        let mut header = vec!["When", "    Qty", "From", "To", " Running", "Reference"];
        let mut widths = vec![
            Constraint::Length(16),
            Constraint::Length(7),
            // Bin codes such as WH1/A-02-01, whole.
            Constraint::Length(12),
            Constraint::Length(12),
            Constraint::Length(8),
            Constraint::Min(10),
        ];
        if wide {
            header.push("Agent");
            widths.push(Constraint::Length(12));
        }
        let title = match &self.ledger_refused {
            Some(why) => format!("Ledger: {why}"),
            None => format!(
                "Ledger ({} move{})",
                rows.len(),
                if rows.len() == 1 { "" } else { "s" }
            ),
        };
        TableView {
            title: &title,
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, bottom, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Edit, Action::Create, Action::Back]
    }
}
