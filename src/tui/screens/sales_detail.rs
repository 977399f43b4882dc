//! One quote or sales order, read-only: who and when, every line (SKU or text, quantity,
//! unit price, discount, VAT category, net) and the totals — per VAT group, net, VAT,
//! gross — with the legal note (reverse charge, export, …) when the document needs one.
//! Totals are the core's (`sales_query`, through `domain::amounts`); nothing is computed
//! here. An order shows its hold and past releases below the totals; the release action
//! asks why and releases it (`Route::ReleaseHold`). Enter on an order's line shows why it
//! has its price; switch-view moves the cursor to the VAT groups of the totals, where Enter
//! lists a group's lines (`sales_why`). The selected order line's quantities and dates
//! show below the lines; the actions on quotes and orders (confirm, deliver, cancel,
//! promise; send, accept, decline, convert) are `sales_actions`; the invoice key bills an
//! order's delivered lines or its services (`invoices::issue_order`). Room: tui — data only
//! through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use super::sales::Doc;
use super::sales_actions::{self as actions, ORDER_ACTIONS, QUOTE_ACTIONS};
use crate::core::Change;
use crate::core::order_entry::WhyOf;
use crate::core::sales_query::{order, quote};
use crate::domain::amounts::Totals;
use crate::domain::sales::SalesLine;
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::{amount, decimal};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, field_line, panel};

/// Width of the labels of the totals.
const LABEL: usize = 22;

/// What the detail shows of a quote or an order.
struct Loaded {
    heading: String,
    lines: Vec<SalesLine>,
    totals: Totals,
    /// An order's hold and its past releases, a line each; whether it is held.
    holds: Vec<String>,
    held: bool,
    /// The order as stored (none for a quote); the quote's state and whether it was
    /// converted (none for an order).
    order: Option<Box<crate::domain::sales::SalesOrder>>,
    quote_state: Option<(crate::domain::sales::QuoteState, bool)>,
}

pub struct SalesDetail {
    doc: Doc,
    number: String,
    loaded: Option<Loaded>,
    cursor: Cursor,
    /// The VAT group under the cursor when the cursor is on the totals.
    group: Option<usize>,
    error: Option<String>,
}

impl SalesDetail {
    pub fn new(doc: Doc, number: String, session: &Session) -> SalesDetail {
        let mut screen = SalesDetail {
            doc,
            number,
            loaded: None,
            cursor: Cursor::default(),
            group: None,
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(&self, session: &Session) -> Result<Loaded, crate::core::CoreError> {
        let (store, actor) = (session.store(), &session.actor);
        Ok(match self.doc {
            Doc::Quote => {
                let view = quote(store, actor, &self.number)?;
                let state = view.quote.state_on(session.today());
                Loaded {
                    heading: crate::t!(
                        "erp-quote-heading",
                        customer = view.customer,
                        date = format::date(view.quote.date),
                        valid = format::date(view.quote.valid_until),
                        state = state.label()
                    ),
                    lines: view.quote.lines,
                    totals: view.totals,
                    holds: Vec::new(),
                    held: false,
                    order: None,
                    quote_state: Some((state, view.quote.order_id.is_some())),
                }
            }
            Doc::Order => {
                let view = order(store, actor, &self.number)?;
                Loaded {
                    heading: crate::t!(
                        "erp-order-heading",
                        customer = view.customer,
                        date = format::date(view.order.date),
                        state = view.order.state.label()
                    ),
                    holds: hold_lines(&view.order),
                    held: view.order.hold.is_some(),
                    lines: view.order.lines.iter().map(|l| l.line.clone()).collect(),
                    totals: view.totals,
                    order: Some(Box::new(view.order)),
                    quote_state: None,
                }
            }
        })
    }

    fn total_lines(totals: &Totals, theme: &Theme, group: Option<usize>) -> Vec<Line<'static>> {
        let money =
            |value| format::money(value, totals.currency.code(), totals.currency.minor_units());
        let mut lines: Vec<Line> = totals
            .breakdown
            .iter()
            .map(|group| {
                let (label, value) = group_text(group, &money);
                field_line(theme, &label, &value, LABEL)
            })
            .enumerate()
            .map(|(index, line)| match group == Some(index) {
                true => line.style(theme.style(crate::tui::theme::Role::Selected)),
                false => line,
            })
            .collect();
        for (label, value) in [
            (crate::t!("erp-sales-net"), totals.net),
            (crate::t!("erp-sales-vat"), totals.vat),
            (crate::t!("erp-sales-gross"), totals.gross),
        ] {
            lines.push(field_line(theme, &label, &money(value), LABEL));
        }
        lines.extend(note_lines(totals, theme));
        lines
    }
}

/// A VAT group's label (`standard 19 %`) and its figures (`275.00 net, 52.25 VAT`), the
/// amounts written by `money`.
pub(super) fn group_text(
    group: &crate::domain::amounts::VatBreakdown,
    money: &dyn Fn(rust_decimal::Decimal) -> String,
) -> (String, String) {
    let label = crate::t!(
        "erp-sales-group",
        category = group.category.label(),
        rate = decimal(group.rate)
    );
    let value = crate::t!(
        "erp-sales-group-value",
        net = money(group.net),
        vat = money(group.vat)
    );
    (label, value)
}

/// The legal notes of the totals (reverse charge, export, …), a line each.
pub(super) fn note_lines(totals: &Totals, theme: &Theme) -> Vec<Line<'static>> {
    let notes = totals.notes().into_iter();
    notes
        .map(|note| Line::raw(theme.text(&note).into_owned()))
        .collect()
}

impl Screen for SalesDetail {
    fn title(&self) -> String {
        match self.doc {
            Doc::Quote => crate::t!("erp-quote-title", number = &self.number),
            Doc::Order => crate::t!("erp-order-title", number = &self.number),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        match self.doc {
            Doc::Order => {
                let own = [
                    Action::Open,
                    Action::SwitchView,
                    Action::PreviewConfirmation,
                    Action::ReleaseHold,
                    Action::IssueInvoice,
                ];
                answers_list(action, &own) || ORDER_ACTIONS.contains(&action)
            }
            Doc::Quote => {
                answers_list(action, &[Action::Open, Action::SwitchView])
                    || QUOTE_ACTIONS.contains(&action)
            }
        }
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if action == Action::PreviewConfirmation && self.doc == Doc::Order {
            return Outcome::Open(Route::ConfirmationPreview(self.number.clone()));
        }
        let order = self.loaded.as_ref().and_then(|l| l.order.as_deref());
        if let Some(order) = order.filter(|_| action == Action::IssueInvoice) {
            return super::invoices::issue_order(&order.number, order.customer_id, session);
        }
        if let Some(order) = order.filter(|_| ORDER_ACTIONS.contains(&action)) {
            return actions::on_order(action, order, self.cursor.index, session);
        }
        if self.doc == Doc::Quote && QUOTE_ACTIONS.contains(&action) {
            return actions::on_quote(action, &self.number, session);
        }
        let count = self.loaded.as_ref().map_or(0, |l| l.lines.len());
        let groups = self.loaded.as_ref().map_or(0, |l| l.totals.breakdown.len());
        match (self.group, action) {
            (_, Action::SwitchView) if groups > 0 => {
                self.group = match self.group {
                    Some(_) => None,
                    None => Some(0),
                };
                return Outcome::Handled;
            }
            (Some(group), Action::Up) => {
                self.group = Some(group.saturating_sub(1));
                return Outcome::Handled;
            }
            (Some(group), Action::Down) => {
                self.group = Some((group + 1).min(groups.saturating_sub(1)));
                return Outcome::Handled;
            }
            (Some(group), Action::Open) => {
                let Some(loaded) = &self.loaded else {
                    return Outcome::Ignored;
                };
                return match loaded.totals.breakdown.get(group) {
                    Some(found) => Outcome::Push(Box::new(super::sales_why::group_lines(
                        found,
                        &loaded.lines,
                        &loaded.totals,
                    ))),
                    None => Outcome::Ignored,
                };
            }
            _ => {}
        }
        if self.cursor.navigate(action, count) {
            return Outcome::Handled;
        }
        match action {
            Action::Open if count > 0 => {
                let document = match self.doc {
                    Doc::Order => WhyOf::Order(&self.number),
                    Doc::Quote => WhyOf::Quote(&self.number),
                };
                let why = super::sales_why::price_why(document, self.cursor.index + 1, session);
                Outcome::Push(Box::new(why))
            }
            Action::ReleaseHold if self.doc == Doc::Order => {
                Outcome::Open(Route::ReleaseHold(self.number.clone()))
            }
            _ => Outcome::Ignored,
        }
    }

    fn on_confirmed(&mut self, action: Action, session: &Session) -> Outcome {
        actions::on_confirmed(action, &self.number, session)
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match self.load(session) {
            Ok(loaded) => {
                self.cursor.clamp(loaded.lines.len());
                let groups = loaded.totals.breakdown.len();
                self.group = self.group.filter(|g| *g < groups);
                self.loaded = Some(loaded);
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(loaded) = &self.loaded else {
            let message = self.error.clone().unwrap_or_default();
            panel(frame, area, theme, &self.title(), vec![Line::raw(message)]);
            return;
        };
        let mut totals = Self::total_lines(&loaded.totals, theme, self.group);
        totals.extend(
            loaded
                .holds
                .iter()
                .map(|text| Line::raw(theme.text(text).into_owned())),
        );
        let height = u16::try_from(totals.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let line = (loaded.order.as_deref())
            .and_then(|order| actions::line_panel(order, self.cursor.index, theme));
        let line_height = line.as_ref().map_or(0, |(_, lines)| lines.len() as u16 + 2);
        let [heading, table, line_area, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(4),
            Constraint::Length(line_height),
            Constraint::Length(height),
        ])
        .areas(area);
        if let Some((title, lines)) = line {
            panel(frame, line_area, theme, &title, lines);
        }
        frame.render_widget(
            ratatui::widgets::Paragraph::new(
                theme.text(&format!(" {}", loaded.heading)).into_owned(),
            ),
            heading,
        );
        let currency = loaded.totals.currency;
        let rows: Vec<Vec<String>> = loaded
            .lines
            .iter()
            .zip(&loaded.totals.line_nets)
            .map(|(line, net)| {
                let what = match line.sku.is_empty() {
                    true => line.text.clone(),
                    false => format!("{} {}", line.sku, line.text),
                };
                vec![
                    what,
                    format!("{:>7}", decimal(line.quantity)),
                    format!("{:>10}", amount(line.unit_price, currency)),
                    format!(
                        "{:>6}",
                        crate::t!("erp-sales-percent", value = decimal(line.discount))
                    ),
                    line.category.label(),
                    format!("{:>11}", amount(*net, currency)),
                ]
            })
            .collect();
        let header = [
            crate::t!("erp-sales-col-item"),
            format!("{:>7}", crate::t!("erp-col-qty")),
            format!("{:>10}", crate::t!("erp-sales-col-price")),
            format!("{:>6}", crate::t!("erp-sales-col-discount")),
            crate::t!("erp-sales-col-vat"),
            format!("{:>11}", crate::t!("erp-sales-col-net")),
        ];
        let widths = [
            Constraint::Min(16),
            Constraint::Length(7),
            Constraint::Length(10),
            Constraint::Length(6),
            Constraint::Length(10),
            Constraint::Length(11),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &crate::t!("erp-sales-lines", count = rows.len()),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, table, theme);
        panel(frame, bottom, theme, &crate::t!("erp-sales-totals"), totals);
    }

    fn legend(&self) -> Vec<Action> {
        let loaded = self.loaded.as_ref();
        let mut legend = match (self.doc, loaded.is_some_and(|l| l.held)) {
            (Doc::Order, true) => vec![Action::ReleaseHold],
            _ => Vec::new(),
        };
        legend.extend(match loaded {
            Some(Loaded {
                order: Some(order), ..
            }) => actions::order_legend(order),
            Some(Loaded {
                quote_state: Some((state, converted)),
                ..
            }) => actions::quote_legend(*state, *converted),
            _ => Vec::new(),
        });
        if loaded
            .and_then(|l| l.order.as_deref())
            .is_some_and(super::invoices::invoiceable)
        {
            legend.insert(0, Action::IssueInvoice);
        }
        if self.doc == Doc::Order {
            legend.push(Action::PreviewConfirmation);
        }
        legend.push(Action::Back);
        legend
    }
}

/// The order's hold (since when, then each reason in words on a line) and each past
/// release, a line each.
fn hold_lines(order: &crate::domain::sales::SalesOrder) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(hold) = &order.hold {
        let since = format::instant(hold.since);
        lines.push(crate::t!("erp-order-held", since = since));
        let reasons = hold.reasons.iter();
        lines.extend(reasons.map(|reason| format!("  {}", reason.describe(order.currency))));
    }
    lines.extend(order.releases.iter().map(|release| {
        crate::t!(
            "erp-order-released",
            at = format::instant(release.at),
            by = release.by.as_str(),
            reason = release.reason.as_str()
        )
    }));
    lines
}
