//! The MRP plan as a subfile with an option column: every planned order of the accepted
//! plan — option, item, quantity, release and due date, buy or make, supplier, firm,
//! ignored — in the plan's order. Options are typed on rows (`1` firm, `2` convert, `3`
//! unfirm, `4` ignore, `5` stop ignoring; the same option again clears it) and applied
//! together with Enter: firm, unfirm, ignore and unignore order by order, the converted ones in one command (the purchase and production orders it made
//! are named). Enter with no option typed opens the pegging view of the row (the demands
//! it covers); `v` switches to the action messages for existing supply; the run key (`U`) runs MRP, the
//! dry-run changes shown first (`mrp_views::RunPreview`). Reads purchasing, changes with
//! the purchasing right. Room: tui — data only through `core::mrp`.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::core::mrp::{self, AcceptedPlan, ActionView, MrpCommand, MrpEvent, OrderView};
use crate::core::{Command, Event};
use crate::domain::mrp::{OrderKind, SupplyRef};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list};

/// An option typed on a planned order, applied with Enter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opt {
    Firm,
    Convert,
    Unfirm,
    Ignore,
    Unignore,
}

impl Opt {
    /// The digit shown in the option column (the key that types it in both keymaps).
    fn digit(self) -> &'static str {
        match self {
            Opt::Firm => "1",
            Opt::Convert => "2",
            Opt::Unfirm => "3",
            Opt::Ignore => "4",
            Opt::Unignore => "5",
        }
    }

    fn of(action: Action) -> Option<Opt> {
        match action {
            Action::MrpFirm => Some(Opt::Firm),
            Action::MrpConvert => Some(Opt::Convert),
            Action::MrpUnfirm => Some(Opt::Unfirm),
            Action::MrpIgnore => Some(Opt::Ignore),
            Action::MrpUnignore => Some(Opt::Unignore),
            _ => None,
        }
    }
}

/// What the list shows: the planned orders or the action messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Orders,
    Actions,
}

/// The accepted plan, as a list with an option column.
pub struct MrpList {
    plan: Option<AcceptedPlan>,
    actions: Vec<ActionView>,
    options: BTreeMap<String, Opt>,
    view: View,
    cursor: Cursor,
    error: Option<String>,
}

impl MrpList {
    pub fn new(session: &Session) -> MrpList {
        let mut screen = MrpList {
            plan: None,
            actions: Vec::new(),
            options: BTreeMap::new(),
            view: View::Orders,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn orders(&self) -> &[OrderView] {
        self.plan
            .as_ref()
            .map_or(&[], |plan| plan.orders.as_slice())
    }

    fn len(&self) -> usize {
        match self.view {
            View::Orders => self.orders().len(),
            View::Actions => self.actions.len(),
        }
    }

    fn selected(&self) -> Option<&OrderView> {
        match self.view {
            View::Orders => self.orders().get(self.cursor.index),
            View::Actions => None,
        }
    }

    /// Types `opt` on the selected row, or clears it when it is typed there already.
    fn type_option(&mut self, opt: Opt) -> Outcome {
        let Some(key) = self.selected().map(|o| o.order.key.clone()) else {
            return Outcome::Refuse(crate::t!("tui-mrp-none-selected"));
        };
        if self.options.get(&key) == Some(&opt) {
            self.options.remove(&key);
        } else {
            self.options.insert(key, opt);
        }
        Outcome::Handled
    }

    /// Applies the typed options: firm, unfirm, ignore and unignore one by one, then one
    /// conversion of all rows typed `2`. Stops at the first refusal, keeping the options
    /// not yet applied.
    fn apply(&mut self, session: &Session) -> Outcome {
        // Applied per option: firmed, unfirmed, ignored, unignored.
        let mut done = [0; 4];
        let typed: Vec<(String, Opt)> = self.options.iter().map(|(k, o)| (k.clone(), *o)).collect();
        for (typed_key, opt) in &typed {
            let key = typed_key.clone();
            let (command, slot) = match opt {
                Opt::Firm => (MrpCommand::Firm { key, firm: true }, 0),
                Opt::Unfirm => (MrpCommand::Firm { key, firm: false }, 1),
                Opt::Ignore => (MrpCommand::Ignore { key, ignore: true }, 2),
                Opt::Unignore => (MrpCommand::Ignore { key, ignore: false }, 3),
                Opt::Convert => continue,
            };
            if let Err(error) = session.execute(Command::Mrp(command)) {
                self.refresh(session);
                return Outcome::Refuse(error.to_string());
            }
            self.options.remove(typed_key);
            done[slot] += 1;
        }
        let [firmed, unfirmed, ignored, unignored] = done;
        let keys: Vec<String> = typed
            .iter()
            .filter(|(_, opt)| *opt == Opt::Convert)
            .map(|(key, _)| key.clone())
            .collect();
        let mut made = Vec::new();
        if !keys.is_empty() {
            let command = MrpCommand::Convert {
                today: session.today(),
                keys: keys.clone(),
                all: false,
                kind: None,
            };
            match session.execute(Command::Mrp(command)) {
                Ok(Event::Mrp(MrpEvent::Converted(converted))) => {
                    made = [converted.purchase_orders, converted.production_orders].concat();
                }
                Ok(_) => {}
                Err(error) => {
                    self.refresh(session);
                    return Outcome::Refuse(error.to_string());
                }
            }
            self.options.retain(|key, _| !keys.contains(key));
        }
        self.refresh(session);
        let mut said = crate::t!(
            "tui-mrp-applied",
            firmed = firmed,
            unfirmed = unfirmed,
            converted = keys.len()
        );
        if ignored + unignored > 0 {
            said = format!(
                "{said} {}",
                crate::t!(
                    "tui-mrp-applied-ignored",
                    ignored = ignored,
                    unignored = unignored
                )
            );
        }
        if !made.is_empty() {
            said = format!(
                "{said} {}",
                crate::t!("tui-mrp-made", documents = made.join(", "))
            );
        }
        Outcome::Saved(said, After::Stay)
    }

    fn order_rows(&self) -> Vec<Vec<String>> {
        self.orders()
            .iter()
            .map(|view| {
                let order = &view.order;
                let option = self.options.get(&order.key).map_or("", |o| o.digit());
                vec![
                    option.to_string(),
                    view.sku.clone(),
                    format!("{:>8}", format::decimal(order.quantity)),
                    format::date(order.release),
                    format::date(order.due),
                    kind(order.kind),
                    view.supplier_number.clone().unwrap_or_default(),
                    match order.firm {
                        true => crate::t!("tui-mrp-firm-mark"),
                        false => String::new(),
                    },
                    match view.ignored {
                        true => crate::t!("tui-mrp-ignored-mark"),
                        false => String::new(),
                    },
                ]
            })
            .collect()
    }

    fn action_rows(&self) -> Vec<Vec<String>> {
        self.actions
            .iter()
            .map(|a| vec![a.sku.clone(), supply(&a.action.supply), a.message.clone()])
            .collect()
    }

    fn hint(&self) -> String {
        let Some(plan) = &self.plan else {
            return crate::t!("tui-mrp-none");
        };
        match self.view {
            View::Orders => crate::t!(
                "tui-mrp-hint",
                date = format::date(plan.today),
                user = plan.run_by.as_str(),
                count = plan.orders.len()
            ),
            View::Actions => crate::t!("tui-mrp-actions-hint", count = self.actions.len()),
        }
    }
}

/// A supply by its reference, short: `BE-2026-00001/2`, `FA-2026-00001`, a planned
/// order's key; on hand in words.
fn supply(supply: &SupplyRef) -> String {
    match supply {
        SupplyRef::PurchaseLine { order, line } => format!("{order}/{line}"),
        SupplyRef::ProductionOrder { order } => order.clone(),
        SupplyRef::Planned { key } => key.clone(),
        SupplyRef::OnHand => supply.describe(),
    }
}

/// Buy or make, as the list shows it.
pub(super) fn kind(kind: OrderKind) -> String {
    match kind {
        OrderKind::Buy => crate::t!("tui-mrp-buy"),
        OrderKind::Make => crate::t!("tui-mrp-make"),
    }
}

impl Screen for MrpList {
    fn title(&self) -> String {
        match self.view {
            View::Orders => crate::t!("tui-mrp-title"),
            View::Actions => crate::t!("tui-mrp-actions-title"),
        }
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::Open,
                Action::MrpFirm,
                Action::MrpConvert,
                Action::MrpUnfirm,
                Action::MrpIgnore,
                Action::MrpUnignore,
                Action::MrpRun,
                Action::SwitchView,
            ],
        )
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.len()) {
            return Outcome::Handled;
        }
        if let Some(opt) = Opt::of(action) {
            return self.type_option(opt);
        }
        match action {
            Action::SwitchView => {
                self.view = match self.view {
                    View::Orders => View::Actions,
                    View::Actions => View::Orders,
                };
                self.cursor = Cursor::default();
                Outcome::Handled
            }
            Action::MrpRun => Outcome::Open(Route::MrpRun),
            Action::Open if !self.options.is_empty() => self.apply(session),
            Action::Open => match self.selected() {
                Some(view) => Outcome::Open(Route::MrpPegging(view.order.key.clone())),
                None => Outcome::Ignored,
            },
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, session: &Session) {
        match mrp::accepted(session.store(), &session.actor) {
            Ok(plan) => {
                self.actions = match &plan {
                    Some(_) => mrp::actions(session.store(), &session.actor).unwrap_or_default(),
                    None => Vec::new(),
                };
                let keys: Vec<&str> = plan
                    .as_ref()
                    .map(|p| p.orders.iter().map(|o| o.order.key.as_str()).collect())
                    .unwrap_or_default();
                self.options.retain(|key, _| keys.contains(&key.as_str()));
                self.plan = plan;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &self.hint());
        let (header, widths, rows) = match self.view {
            View::Orders => (
                vec![
                    crate::t!("tui-mrp-col-option"),
                    crate::t!("tui-mrp-col-item"),
                    format!("{:>8}", crate::t!("tui-mrp-col-quantity")),
                    crate::t!("tui-mrp-col-release"),
                    crate::t!("tui-mrp-col-due"),
                    crate::t!("tui-mrp-col-kind"),
                    crate::t!("tui-mrp-col-supplier"),
                    crate::t!("tui-mrp-col-firm"),
                    crate::t!("tui-mrp-col-ignored"),
                ],
                vec![
                    Constraint::Length(3),
                    Constraint::Min(10),
                    Constraint::Length(8),
                    Constraint::Length(10),
                    Constraint::Length(10),
                    Constraint::Length(4),
                    Constraint::Length(10),
                    Constraint::Length(4),
                    Constraint::Length(4),
                ],
                self.order_rows(),
            ),
            View::Actions => (
                vec![
                    crate::t!("tui-mrp-col-item"),
                    crate::t!("tui-mrp-col-supply"),
                    crate::t!("tui-mrp-col-message"),
                ],
                vec![
                    Constraint::Length(10),
                    Constraint::Length(20),
                    Constraint::Min(30),
                ],
                self.action_rows(),
            ),
        };
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let title = match (self.view, &self.plan) {
            (View::Orders, Some(_)) => {
                format!("{} · {}", self.title(), crate::t!("tui-mrp-options"))
            }
            _ => self.title(),
        };
        TableView {
            title: &title,
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    /// The five options first, so that all of them keep their place at 80 columns; the run
    /// key follows (the hint line names it too).
    fn legend(&self) -> Vec<Action> {
        match self.view {
            View::Orders => vec![
                Action::MrpFirm,
                Action::MrpConvert,
                Action::MrpUnfirm,
                Action::MrpIgnore,
                Action::MrpUnignore,
                Action::MrpRun,
                Action::Open,
                Action::SwitchView,
                Action::Back,
            ],
            View::Actions => vec![Action::SwitchView, Action::MrpRun, Action::Back],
        }
    }

    fn meaning(&self, action: Action) -> Option<String> {
        match (action, self.view) {
            (Action::SwitchView, View::Orders) => Some(crate::t!("tui-mrp-to-actions")),
            (Action::SwitchView, View::Actions) => Some(crate::t!("tui-mrp-to-orders")),
            (Action::Open, View::Orders) if self.options.is_empty() => {
                Some(crate::t!("tui-mrp-enter-demands"))
            }
            (Action::Open, View::Orders) => Some(crate::t!("tui-mrp-enter-apply")),
            _ => None,
        }
    }
}
