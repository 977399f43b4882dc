//! Posting from scan mode: the stock command for the mode, the result inline and in the
//! list of the last postings, core refusals (unknown location, not enough stock) inline.
//! A count is told as what it did to the on-hand (`on hand 5 -> counted 3: 2 written
//! off`), never as the quantity of its move alone.
//! Room: tui — data only through `core`.

use rust_decimal::Decimal;

use super::{Focus, Mode, SHOWN, Scan};
use crate::core::stock::{Posted, StockCommand, StockEvent};
use crate::core::{Command, Event};
use crate::domain::location::{CUSTOMER, LOSS, SUPPLIER, is_virtual};
use crate::tui::screen::{After, Outcome};
use crate::tui::screens::kind::figures::decimal;
use crate::tui::screens::refused::problems;
use crate::tui::session::Session;

/// One line of the postings list.
pub(super) struct Posting {
    pub mode: Mode,
    pub sku: String,
    pub name: String,
    pub quantity: Decimal,
    pub route: String,
    pub after: String,
}

impl Scan {
    pub(super) fn post(&mut self, session: &Session, quantity: Decimal) -> Outcome {
        let Some(pending) = self.pending.take() else {
            return Outcome::Handled;
        };
        self.quantity.text.clear();
        self.go(Focus::Item);
        let at = self.at().to_string();
        let code = pending.item.sku.clone();
        let (from, to) = match self.mode {
            Mode::Receive => (SUPPLIER.to_string(), at.clone()),
            Mode::Issue => (at.clone(), CUSTOMER.to_string()),
            Mode::Move => (at.clone(), self.to.text.trim().to_string()),
            Mode::Count => (LOSS.to_string(), at.clone()),
        };
        let command = if self.mode == Mode::Count {
            StockCommand::Count {
                code,
                location: at,
                counted: quantity,
            }
        } else {
            StockCommand::Post {
                code,
                quantity,
                from,
                to,
                reference: format!("scan {}", self.mode.name()),
                allow_negative: false,
            }
        };
        match session.execute(Command::Stock(command)) {
            Ok(Event::Stock(StockEvent::Posted(posted))) => {
                let mut said = Vec::new();
                for line in posted {
                    said.push(match self.mode {
                        Mode::Count => crate::t!(
                            "erp-scan-counted-line",
                            sku = &line.item.sku,
                            effect = count_effect(counted_before(&line, quantity), quantity)
                        ),
                        mode => crate::t!(
                            "erp-scan-posted-line",
                            mode = mode.label(),
                            quantity = decimal(line.stock_move.quantity),
                            sku = &line.item.sku
                        ),
                    });
                    self.remember(posting(self.mode, &line));
                }
                let message = crate::t!("erp-scan-posted", lines = said.join(", "));
                self.message = Some((message.clone(), false));
                Outcome::Saved(message, After::Stay)
            }
            Ok(Event::Stock(StockEvent::CountMatched {
                item,
                location,
                quantity,
            })) => {
                let message = crate::t!(
                    "erp-scan-count-matches",
                    sku = &item.sku,
                    location = location,
                    quantity = decimal(quantity)
                );
                self.remember(Posting {
                    mode: Mode::Count,
                    sku: item.sku,
                    name: item.name,
                    quantity: Decimal::ZERO,
                    route: crate::t!("erp-scan-matched"),
                    after: decimal(quantity),
                });
                self.message = Some((message.clone(), false));
                Outcome::Status(message)
            }
            Ok(_) => Outcome::Handled,
            Err(error) => {
                let text = problems(error)
                    .into_iter()
                    .map(|p| p.message)
                    .collect::<Vec<_>>()
                    .join("; ");
                let text = text
                    .split(" (use --allow-negative")
                    .next()
                    .unwrap_or_default()
                    .to_string();
                self.refuse(text)
            }
        }
    }

    fn remember(&mut self, posting: Posting) {
        self.postings.push_front(posting);
        self.postings.truncate(SHOWN);
    }
}

/// What counting `counted` where `on_hand` is recorded does:
/// `on hand 5 -> counted 3: 2 written off` (or `… found`, or `… matches`).
pub(super) fn count_effect(on_hand: Decimal, counted: Decimal) -> String {
    let difference = counted - on_hand;
    let effect = if difference.is_zero() {
        crate::t!("erp-scan-effect-matches")
    } else if difference < Decimal::ZERO {
        crate::t!(
            "erp-scan-effect-written-off",
            quantity = decimal(-difference)
        )
    } else {
        crate::t!("erp-scan-effect-found", quantity = decimal(difference))
    };
    crate::t!(
        "erp-scan-effect",
        on_hand = decimal(on_hand),
        counted = decimal(counted),
        effect = effect
    )
}

/// The on-hand a count's move started from: the move took the difference to `loss`
/// (written off) or from it (found).
fn counted_before(line: &Posted, counted: Decimal) -> Decimal {
    let m = &line.stock_move;
    if m.to == LOSS {
        counted + m.quantity
    } else {
        counted - m.quantity
    }
}

fn posting(mode: Mode, line: &Posted) -> Posting {
    let m = &line.stock_move;
    let mut after = Vec::new();
    if !is_virtual(&m.from) {
        after.push(decimal(line.from_balance));
    }
    if !is_virtual(&m.to) {
        after.push(decimal(line.to_balance));
    }
    Posting {
        mode,
        sku: line.item.sku.clone(),
        name: line.item.name.clone(),
        quantity: m.quantity,
        route: format!("{} -> {}", m.from, m.to),
        after: after.join(" / "),
    }
}
