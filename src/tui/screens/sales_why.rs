//! Two read-only views opened from a sales document's detail: "why this price" of an
//! order's line (the core's price explanation — the rule that applied, every rule skipped
//! and why, and the stored price when it differs: typed on the order or rules changed
//! since) and the lines of one VAT group of the totals with their nets and the group's
//! net and VAT, so every total opens down to its lines. Nothing is computed here: the
//! explanation is `core::order_entry::why_price`, the figures are the document's `Totals`.
//! Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::core::Change;
use crate::core::order_entry::{WhyOf, why_price};
use crate::domain::amounts::{Totals, VatBreakdown};
use crate::domain::price::Scope;
use crate::domain::sales::SalesLine;
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::{amount, decimal};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::panel;

/// A titled page of text lines, closed with Back.
pub struct Page {
    title: String,
    lines: Vec<String>,
}

impl Screen for Page {
    fn title(&self) -> String {
        self.title.clone()
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, _action: Action) -> bool {
        false
    }

    fn on_action(&mut self, _action: Action, _session: &Session) -> Outcome {
        Outcome::Ignored
    }

    fn shows(&self, _change: Change) -> bool {
        false
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let lines = self
            .lines
            .iter()
            .map(|text| Line::raw(theme.text(text).into_owned()))
            .collect();
        panel(frame, area, theme, &self.title, lines);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Back]
    }
}

/// What a rule is for, in words.
fn scope(scope: &Scope) -> String {
    match scope {
        Scope::Customer(id) => t!("erp-why-for-customer", id = id.to_string()),
        Scope::Tag(tag) => t!("erp-why-for-tag", tag = tag.as_str()),
        Scope::Everyone => t!("erp-why-for-everyone"),
    }
}

/// Why line `number` of order `order` costs what it does; the error as its only line when
/// the core cannot say.
pub fn price_why(document: WhyOf, number: usize, session: &Session) -> Page {
    let shown = match document {
        WhyOf::Order(number) | WhyOf::Quote(number) => number,
    };
    let title = t!("erp-why-title", order = shown, line = number.to_string());
    let lines = match why_price(session.store(), &session.actor, document, number) {
        Ok(why) => {
            let currency = session.settings.currency;
            let money = |value| format::money(value, currency.code(), currency.minor_units());
            let line = &why.line;
            let mut lines = vec![t!(
                "erp-why-line",
                item = format!("{} {}", line.sku, line.text).trim(),
                qty = decimal(line.quantity),
                date = format::date(why.date),
                price = money(line.unit_price)
            )];
            match &why.answer {
                None => lines.push(t!("erp-why-free-text")),
                Some(answer) => {
                    let found = &answer.found;
                    lines.push(match found.applied {
                        Some(rule) => t!("erp-why-applied", rule = rule.to_string()),
                        None => t!("erp-why-list", price = money(answer.item.price.amount)),
                    });
                    if found.unit_price != line.unit_price {
                        lines.push(t!(
                            "erp-why-differs",
                            stored = money(line.unit_price),
                            now = money(found.unit_price)
                        ));
                    }
                    lines.push(String::new());
                    lines.extend(answer.rules.iter().map(|rule| {
                        let outcome = match found.skipped.iter().find(|(id, _)| *id == rule.id) {
                            Some((_, why)) => why.text(),
                            None => t!("erp-why-outcome-applied"),
                        };
                        t!(
                            "erp-why-rule",
                            rule = rule.id.to_string(),
                            scope = scope(&rule.scope),
                            outcome = outcome
                        )
                    }));
                    if answer.rules.is_empty() {
                        lines.push(t!("erp-why-no-rules"));
                    }
                }
            }
            lines
        }
        Err(error) => vec![error.to_string()],
    };
    Page { title, lines }
}

/// The lines of one VAT group with their nets, then the group's net and VAT.
pub fn group_lines(group: &VatBreakdown, lines: &[SalesLine], totals: &Totals) -> Page {
    let currency = totals.currency;
    let rate = decimal(group.rate);
    let title = t!(
        "erp-group-title",
        category = group.category.label(),
        rate = rate.as_str()
    );
    let mut shown: Vec<String> = group
        .lines
        .iter()
        .filter_map(|&index| {
            let line = lines.get(index)?;
            let net = totals.line_nets.get(index)?;
            let what = match line.sku.is_empty() {
                true => line.text.clone(),
                false => format!("{} {}", line.sku, line.text),
            };
            Some(format!(
                "{:>3} {:<40} {:>12}",
                index + 1,
                what.chars().take(40).collect::<String>(),
                amount(*net, currency)
            ))
        })
        .collect();
    shown.push(String::new());
    let money = |value| format::money(value, currency.code(), currency.minor_units());
    shown.push(super::sales_detail::group_text(group, &money).1);
    Page {
        title,
        lines: shown,
    }
}
