//! The MRP screens opened from the plan: the pegging of one planned order (whether it is
//! firm or ignored, its supplier, the demands it covers — sales order lines, parent planned
//! orders, production orders, safety stock — with date and quantity, and what it has beyond
//! them), and the run with its dry-run changes first (new, changed and gone planned orders
//! against the accepted plan; the run key stores the run, Esc leaves the accepted plan as it
//! is). Room: tui — data only through `core::mrp`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use rust_decimal::Decimal;

use crate::core::mrp::{self, MrpCommand, MrpEvent, Names, Pegging, Preview};
use crate::core::{Command, Event};
use crate::domain::mrp::PlannedOrder;
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list};

use super::mrp::kind;

/// The demands one planned order covers.
pub struct MrpPegging {
    key: String,
    pegging: Option<Pegging>,
    cursor: Cursor,
    error: Option<String>,
}

impl MrpPegging {
    pub fn new(key: String, session: &Session) -> MrpPegging {
        let mut screen = MrpPegging {
            key,
            pegging: None,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn rows(&self) -> Vec<Vec<String>> {
        let Some(pegging) = &self.pegging else {
            return Vec::new();
        };
        let mut rows: Vec<Vec<String>> = pegging
            .pegs
            .iter()
            .map(|peg| {
                vec![
                    peg.text.clone(),
                    format::date(peg.date),
                    format!("{:>10}", format::decimal(peg.quantity)),
                ]
            })
            .collect();
        if pegging.surplus > Decimal::ZERO {
            rows.push(vec![
                crate::t!("tui-mrp-peg-surplus"),
                String::new(),
                format!("{:>10}", format::decimal(pegging.surplus)),
            ]);
        }
        rows
    }

    fn summary(&self) -> Vec<String> {
        let Some(Pegging { order: view, .. }) = &self.pegging else {
            return vec![self.error.clone().unwrap_or_default()];
        };
        let order = &view.order;
        let mut lines = vec![crate::t!(
            "tui-mrp-peg-order",
            kind = kind(order.kind),
            quantity = format::decimal(order.quantity),
            sku = view.sku.as_str(),
            name = view.item_name.as_str(),
            release = format::date(order.release),
            due = format::date(order.due)
        )];
        let mut marks = Vec::new();
        if order.firm {
            marks.push(crate::t!("tui-mrp-peg-firm"));
        }
        if view.ignored {
            marks.push(crate::t!("tui-mrp-peg-ignored"));
        }
        if let (Some(number), Some(name)) = (&view.supplier_number, &view.supplier_name) {
            let supplier = format!("{number} {name}");
            marks.push(crate::t!("tui-mrp-peg-supplier", supplier = supplier));
        }
        if !marks.is_empty() {
            lines.push(marks.join(" · "));
        }
        lines
    }
}

impl Screen for MrpPegging {
    fn title(&self) -> String {
        crate::t!("tui-mrp-peg-title", key = self.key.as_str())
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        match self.cursor.navigate(action, self.rows().len()) {
            true => Outcome::Handled,
            false => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, session: &Session) {
        match mrp::pegging(session.store(), &session.actor, &self.key) {
            Ok(pegging) => {
                self.pegging = Some(pegging);
                self.error = None;
            }
            Err(error) => {
                self.pegging = None;
                self.error = Some(error.to_string());
            }
        }
        self.cursor.clamp(self.rows().len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [top, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(area);
        let summary = self.summary();
        let [first, second] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(top);
        let error = self.pegging.is_none().then_some(summary[0].as_str());
        super::sales::hint_line(frame, first, theme, error, &summary[0]);
        if let Some(line) = summary.get(1) {
            super::sales::hint_line(frame, second, theme, None, line);
        }
        let header = [
            crate::t!("tui-mrp-peg-col-demand"),
            crate::t!("tui-mrp-peg-col-date"),
            format!("{:>10}", crate::t!("tui-mrp-peg-col-quantity")),
        ];
        let rows = self.rows();
        TableView {
            title: &self.title(),
            header: &header.each_ref().map(String::as_str),
            widths: &[
                Constraint::Min(30),
                Constraint::Length(10),
                Constraint::Length(10),
            ],
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Back]
    }
}

/// A run of MRP, its changes against the accepted plan shown before it is stored.
pub struct RunPreview {
    preview: Option<Preview>,
    cursor: Cursor,
    error: Option<String>,
}

impl RunPreview {
    pub fn new(session: &Session) -> RunPreview {
        let mut screen = RunPreview {
            preview: None,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn rows(&self) -> Vec<Vec<String>> {
        let Some(Preview { diff, names, .. }) = &self.preview else {
            return Vec::new();
        };
        let new = diff
            .new
            .iter()
            .map(|o| change_row("tui-mrp-change-new", o, None, names));
        let changed = diff
            .changed
            .iter()
            .map(|(old, o)| change_row("tui-mrp-change-changed", o, Some(old), names));
        let gone = diff
            .gone
            .iter()
            .map(|o| change_row("tui-mrp-change-gone", o, None, names));
        new.chain(changed).chain(gone).collect()
    }

    fn hint(&self) -> String {
        match &self.preview {
            Some(preview) if preview.diff.is_empty() => crate::t!("tui-mrp-preview-same"),
            Some(Preview { diff, .. }) => crate::t!(
                "tui-mrp-preview-hint",
                new = diff.new.len(),
                changed = diff.changed.len(),
                gone = diff.gone.len()
            ),
            None => String::new(),
        }
    }
}

/// One changed planned order: what, the item, the quantity (`old → new` when it
/// changed), due date, buy or make.
fn change_row(
    change: &str,
    order: &PlannedOrder,
    old: Option<&PlannedOrder>,
    names: &Names,
) -> Vec<String> {
    let quantity = match old {
        Some(old) if old.quantity != order.quantity => format!(
            "{} → {}",
            format::decimal(old.quantity),
            format::decimal(order.quantity)
        ),
        _ => format::decimal(order.quantity),
    };
    let due = match old {
        Some(old) if old.due != order.due => {
            format!("{} → {}", format::date(old.due), format::date(order.due))
        }
        _ => format::date(order.due),
    };
    vec![
        crate::lang::text(change),
        names.sku(order.item).to_string(),
        quantity,
        due,
        kind(order.kind),
    ]
}

impl Screen for RunPreview {
    fn title(&self) -> String {
        crate::t!("tui-mrp-preview-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::MrpRun])
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows().len()) {
            return Outcome::Handled;
        }
        if action != Action::MrpRun {
            return Outcome::Ignored;
        }
        let command = MrpCommand::Run {
            today: session.today(),
            horizon_days: mrp::DEFAULT_HORIZON_DAYS,
        };
        match session.execute(Command::Mrp(command)) {
            Ok(Event::Mrp(MrpEvent::Ran(outcome))) => Outcome::Saved(
                crate::t!("tui-mrp-ran", count = outcome.plan.orders.len()),
                After::Close,
            ),
            Ok(_) => Outcome::Ignored,
            Err(error) => Outcome::Refuse(error.to_string()),
        }
    }

    fn shows(&self, _change: crate::core::Change) -> bool {
        false
    }

    fn refresh(&mut self, session: &Session) {
        let now = session.clock.now();
        let preview = mrp::preview(
            session.store(),
            &session.actor,
            now,
            mrp::DEFAULT_HORIZON_DAYS,
        );
        match preview {
            Ok(preview) => {
                self.preview = Some(preview);
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows().len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &self.hint());
        let header = [
            crate::t!("tui-mrp-col-change"),
            crate::t!("tui-mrp-col-item"),
            crate::t!("tui-mrp-col-quantity"),
            crate::t!("tui-mrp-col-due"),
            crate::t!("tui-mrp-col-kind"),
        ];
        let rows = self.rows();
        TableView {
            title: &self.title(),
            header: &header.each_ref().map(String::as_str),
            widths: &[
                Constraint::Length(9),
                Constraint::Min(10),
                Constraint::Length(16),
                Constraint::Length(23),
                Constraint::Length(4),
            ],
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::MrpRun, Action::Back]
    }
}
