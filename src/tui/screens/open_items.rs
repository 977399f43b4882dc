//! A customer's open items, the block of the customer detail above the timeline: each open
//! invoice with its due date, open amount and days overdue (as of the session's today),
//! then per currency the balance and the credit on the account — the core's figures
//! (`core::receivables::{open_items, balance}`), nothing computed here but the days.
//! Shown to whoever reads receivables when the customer has an invoice or a payment.
//! Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use time::Date;

use crate::core::receivables::{Balance, OpenItem, balance, open_items};
use crate::lang::format;
use crate::tui::screens::kind::figures::amount;
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::panel;

/// Open items listed at most; more are counted in the title.
const SHOWN: usize = 3;

/// What the block shows of one customer.
pub struct OpenItems {
    items: Vec<OpenItem>,
    balances: Vec<Balance>,
    today: Date,
}

impl OpenItems {
    /// The customer's open items and account, `None` when the actor does not read
    /// receivables or the customer has no account yet.
    pub fn load(session: &Session, customer: u64) -> Option<OpenItems> {
        let (store, actor) = (session.store(), &session.actor);
        let balances = balance(store, actor, customer).ok()?;
        let items = open_items(store, actor, customer).ok()?;
        (!balances.is_empty() || !items.is_empty()).then(|| OpenItems {
            items,
            balances,
            today: session.today(),
        })
    }

    /// Rows the block takes, borders included.
    pub fn height(&self) -> u16 {
        let lines = self.items.len().min(SHOWN) + self.balances.len().max(1);
        u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(2)
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let mut lines: Vec<Line> = Vec::new();
        for item in self.items.iter().take(SHOWN) {
            let late = (self.today - item.due_date).whole_days();
            let mut text = crate::t!(
                "open-items-row",
                number = item.number.as_str(),
                due = format::date(item.due_date),
                open = format!("{:>10}", amount(item.open, item.currency))
            );
            if late > 0 {
                text.push_str(&crate::t!("open-items-overdue", days = late));
            }
            let line = Line::raw(theme.text(&text).into_owned());
            lines.push(match late > 0 {
                true => line.style(theme.style(Role::Error)),
                false => line,
            });
        }
        for account in &self.balances {
            let text = crate::t!(
                "open-items-balance",
                balance = format::fixed(account.balance, account.balance.scale()),
                currency = account.currency.as_str(),
                credit = format::fixed(account.credit, account.credit.scale())
            );
            lines.push(Line::styled(
                theme.text(&text).into_owned(),
                theme.style(Role::Muted),
            ));
        }
        let title = crate::t!("open-items-title", count = self.items.len());
        panel(frame, area, theme, &title, lines);
    }
}
