//! One item: its fields (the VAT category with an exemption's reason among them), the
//! on-hand by location and the ledger of its moves with the running on-hand (oldest
//! first, the cursor starting on the newest): the items' own detail
//! in place of the generic one (`kind::OwnScreens::Items`). From here: edit the item (`e`)
//! or create another (`n`/F6) in the generic form of the kind, and see where it is used
//! (`w`). Roles that read items but not stock
//! (agents, sales) get the core's refusal in place of the ledger. Room: tui — data only
//! through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use rust_decimal::Decimal;

use super::kind::figures::{decimal, moment, money, quantity};
use super::kind::{KindUi, form};
use crate::core::stock_query::{BalanceLine, LedgerLine, balances, item, ledger};
use crate::core::{Change, CoreError};
use crate::domain::Item;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, field_line, panel};
use unicode_width::UnicodeWidthStr;

/// Height of the fields and balances panels.
const TOP: u16 = 10;
/// Least width of the field labels (wider when a label is).
const FIELD: usize = 9;
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
        let text = |value: Option<Decimal>| value.map_or_else(|| "-".to_string(), decimal);
        let state = match item.active {
            true => crate::t!("erp-item-active"),
            false => crate::t!("erp-item-inactive"),
        };
        let fields = [
            (crate::t!("erp-item-sku"), item.sku.clone()),
            (crate::t!("erp-item-name"), item.name.clone()),
            (crate::t!("erp-item-barcodes"), item.barcodes.join(", ")),
            (crate::t!("erp-item-unit"), item.uom.clone()),
            (
                crate::t!("erp-item-cost"),
                crate::t!(
                    "erp-item-cost-value",
                    cost = money(&item.cost),
                    price = money(&item.price)
                ),
            ),
            (
                crate::t!("erp-item-reorder"),
                crate::t!(
                    "erp-item-reorder-value",
                    min = text(rule.min),
                    max = text(rule.max),
                    multiple = text(rule.multiple)
                ),
            ),
            (
                crate::t!("erp-item-lead"),
                crate::t!("erp-item-lead-value", days = item.lead_days, state = state),
            ),
            (
                crate::t!("erp-item-vat"),
                match item.vat.reason() {
                    Some(reason) => format!("{} · {reason}", item.vat.label()),
                    None => item.vat.label(),
                },
            ),
        ];
        let width = fields
            .iter()
            .map(|(label, _)| label.width())
            .fold(FIELD, usize::max);
        fields
            .iter()
            .map(|(label, value)| field_line(theme, label, value, width))
            .collect()
    }

    fn balance_lines(&self, item: &Item, theme: &Theme) -> Vec<Line<'static>> {
        let total: Decimal = self.balances.iter().map(|b| b.quantity).sum();
        let mut lines: Vec<Line> = self
            .balances
            .iter()
            .map(|b| field_line(theme, &b.location, &quantity(b.quantity, 8), LABEL))
            .collect();
        if lines.is_empty() {
            lines.push(field_line(
                theme,
                &crate::t!("erp-item-no-stock"),
                "",
                LABEL,
            ));
        }
        lines.push(field_line(
            theme,
            &crate::t!("erp-item-total"),
            &format!("{} {}", quantity(total, 8), item.uom),
            LABEL,
        ));
        if let Some(order) = item.reorder.suggestion(total).filter(|_| item.active) {
            let label = crate::t!("erp-item-to-order");
            lines.push(field_line(theme, &label, &quantity(order, 8), LABEL));
        }
        lines
    }
}

impl Screen for ItemDetail {
    fn title(&self) -> String {
        match &self.item {
            Some(item) => crate::t!("erp-item-title", sku = &item.sku, name = &item.name),
            None => crate::t!("erp-item-title-id", id = self.id),
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
            (Action::WhereUsed, None) => Outcome::Refuse(crate::t!("erp-item-gone", id = self.id)),
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
                .unwrap_or_else(|| crate::t!("erp-item-gone", id = self.id));
            let title = crate::t!("erp-item-panel");
            panel(frame, area, theme, &title, vec![Line::raw(message)]);
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
            &crate::t!(
                "erp-item-panel-version",
                id = item.id,
                version = item.version
            ),
            self.field_lines(item, theme),
        );
        panel(
            frame,
            right,
            theme,
            &crate::t!("erp-item-balances"),
            self.balance_lines(item, theme),
        );
        let wide = area.width >= WIDE;
        let rows: Vec<Vec<String>> = self
            .ledger
            .iter()
            .map(|line| {
                let m = &line.stock_move;
                let mut row = vec![
                    moment(m.at),
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
        let mut header = vec![
            crate::t!("erp-item-col-when"),
            format!("{:>7}", crate::t!("erp-col-qty")),
            crate::t!("erp-item-col-from"),
            crate::t!("erp-item-col-to"),
            format!("{:>8}", crate::t!("erp-item-col-running")),
            crate::t!("erp-item-col-reference"),
        ];
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
            header.push(crate::t!("erp-item-col-agent"));
            widths.push(Constraint::Length(12));
        }
        let title = match &self.ledger_refused {
            Some(why) => crate::t!("erp-item-ledger-refused", why = why),
            None => crate::t!("erp-item-ledger", count = rows.len()),
        };
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
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
