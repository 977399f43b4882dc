//! Purchase orders (Bestellungen, `BE-2026-00001`): what kontor orders from a supplier,
//! line by line (item, quantity, unit price in the order's currency, requested date), and
//! what came of each line — received, or short-closed with a reason. The states are
//! derived, never stored: draft → sent → partly received → received, or closed when what
//! was still open was short-closed or the whole order cancelled. A line's open quantity
//! (ordered − received − short-closed, never below zero) is the supply the MRP run counts.
//! Rules: a draft is sent before anything is received; a receipt may exceed the ordered
//! quantity by the over-receipt tolerance (percent of the ordered quantity) and no more;
//! only a draft or a sent order with nothing received is cancelled; closing needs a
//! reason. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::money::round_commercial;
use super::{Currency, Invalid};

/// A purchase order. `version` counts changes (1 after creation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurchaseOrder {
    pub id: u64,
    /// `BE-2026-00001`, gapless per year.
    pub number: String,
    pub supplier_id: u64,
    /// The currency of every unit price.
    pub currency: Currency,
    /// The day it was ordered (the user's date).
    pub date: Date,
    pub lines: Vec<PurchaseLine>,
    pub notes: String,
    /// When it was sent to the supplier; `None` while a draft.
    pub sent: Option<OffsetDateTime>,
    pub sent_by: String,
    /// Why the whole order was cancelled, `None` unless it was.
    pub cancelled: Option<String>,
    pub created: OffsetDateTime,
    pub created_by: String,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// One line: `quantity` of an item at `unit_price`, wanted on `requested`; what has been
/// received of it and what of the rest was short-closed (with the reason).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurchaseLine {
    pub item_id: u64,
    /// The item's SKU and name when the line was written.
    pub sku: String,
    pub text: String,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub requested: Date,
    pub received: Decimal,
    pub short_closed: Decimal,
    pub close_reason: String,
}

/// Where a purchase order stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PurchaseState {
    Draft,
    Sent,
    PartlyReceived,
    Received,
    Closed,
}

/// Where one line stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineState {
    Open,
    PartlyReceived,
    Received,
    Closed,
}

impl PurchaseState {
    /// The machine name (json, csv).
    pub fn name(self) -> &'static str {
        match self {
            PurchaseState::Draft => "draft",
            PurchaseState::Sent => "sent",
            PurchaseState::PartlyReceived => "partly_received",
            PurchaseState::Received => "received",
            PurchaseState::Closed => "closed",
        }
    }

    /// The name as people read it, in the current language.
    pub fn label(self) -> String {
        match self {
            PurchaseState::Draft => crate::t!("purchase-state-draft"),
            PurchaseState::Sent => crate::t!("purchase-state-sent"),
            PurchaseState::PartlyReceived => crate::t!("purchase-state-partly-received"),
            PurchaseState::Received => crate::t!("purchase-state-received"),
            PurchaseState::Closed => crate::t!("purchase-state-closed"),
        }
    }
}

impl LineState {
    /// The machine name (json, csv).
    pub fn name(self) -> &'static str {
        match self {
            LineState::Open => "open",
            LineState::PartlyReceived => "partly_received",
            LineState::Received => "received",
            LineState::Closed => "closed",
        }
    }

    /// The name as people read it, in the current language.
    pub fn label(self) -> String {
        match self {
            LineState::Open => crate::t!("purchase-line-open"),
            LineState::PartlyReceived => crate::t!("purchase-state-partly-received"),
            LineState::Received => crate::t!("purchase-state-received"),
            LineState::Closed => crate::t!("purchase-state-closed"),
        }
    }
}

impl PurchaseLine {
    /// What is still to come: ordered − received − short-closed, never below zero.
    pub fn open(&self) -> Decimal {
        (self.quantity - self.received - self.short_closed).max(Decimal::ZERO)
    }

    pub fn state(&self) -> LineState {
        if self.open() > Decimal::ZERO {
            match self.received > Decimal::ZERO {
                true => LineState::PartlyReceived,
                false => LineState::Open,
            }
        } else if self.short_closed > Decimal::ZERO {
            LineState::Closed
        } else {
            LineState::Received
        }
    }

    /// Quantity × unit price, rounded to the currency's minor units (half away from zero)
    /// and written with them (`45.00`).
    pub fn net(&self, currency: Currency) -> Decimal {
        let mut net = round_commercial(self.quantity * self.unit_price, currency.minor_units());
        net.rescale(currency.minor_units());
        net
    }
}

impl PurchaseOrder {
    pub fn state(&self) -> PurchaseState {
        if self.sent.is_none() && self.cancelled.is_none() {
            return PurchaseState::Draft;
        }
        if self.lines.iter().all(|line| line.open().is_zero()) {
            let closed = self.cancelled.is_some()
                || self
                    .lines
                    .iter()
                    .any(|line| line.short_closed > Decimal::ZERO);
            return match closed {
                true => PurchaseState::Closed,
                false => PurchaseState::Received,
            };
        }
        match self.lines.iter().any(|line| line.received > Decimal::ZERO) {
            true => PurchaseState::PartlyReceived,
            false => PurchaseState::Sent,
        }
    }

    /// The sum of the lines' net amounts.
    pub fn total(&self) -> Decimal {
        let mut total: Decimal = self.lines.iter().map(|line| line.net(self.currency)).sum();
        total.rescale(self.currency.minor_units());
        total
    }

    /// Checks a new order: at least one line, quantities above zero, prices not below.
    pub fn validate(&self) -> Result<(), Vec<Invalid>> {
        let mut problems = Vec::new();
        if self.lines.is_empty() {
            problems.push(Invalid::new("line", crate::t!("purchase-no-lines")));
        }
        for (index, line) in self.lines.iter().enumerate() {
            let line_no = (index + 1).to_string();
            if line.quantity <= Decimal::ZERO {
                problems.push(Invalid::new(
                    "quantity",
                    crate::t!("purchase-quantity-positive", line = line_no.as_str()),
                ));
            }
            if line.unit_price < Decimal::ZERO {
                problems.push(Invalid::new(
                    "unit_price",
                    crate::t!("purchase-price-negative", line = line_no.as_str()),
                ));
            }
        }
        match problems.is_empty() {
            true => Ok(()),
            false => Err(problems),
        }
    }

    /// Marks a draft sent.
    pub fn send(&mut self, now: OffsetDateTime, by: &str) -> Result<(), Invalid> {
        if self.state() != PurchaseState::Draft {
            return Err(self.refused("purchase-send-not-draft"));
        }
        self.sent = Some(now);
        self.sent_by = by.to_string();
        Ok(())
    }

    /// Books `quantity` received on line `line_no` (1-based), allowing up to `tolerance`
    /// percent of the ordered quantity more than was ordered.
    pub fn receive(
        &mut self,
        line_no: usize,
        quantity: Decimal,
        tolerance: Decimal,
    ) -> Result<(), Invalid> {
        match self.state() {
            PurchaseState::Draft => return Err(self.refused("purchase-receive-draft")),
            PurchaseState::Received | PurchaseState::Closed => {
                return Err(self.refused("purchase-receive-done"));
            }
            PurchaseState::Sent | PurchaseState::PartlyReceived => {}
        }
        if quantity <= Decimal::ZERO {
            return Err(Invalid::new(
                "quantity",
                crate::t!("purchase-receive-positive"),
            ));
        }
        let number = self.number.clone();
        let line = self.line_mut(line_no)?;
        if line.short_closed > Decimal::ZERO {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "purchase-line-closed",
                    number = number.as_str(),
                    line = line_no.to_string()
                ),
            ));
        }
        let limit = line.quantity * (Decimal::ONE_HUNDRED + tolerance) / Decimal::ONE_HUNDRED;
        let after = line.received + quantity;
        if after > limit {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "purchase-over-receipt",
                    number = number.as_str(),
                    line = line_no.to_string(),
                    ordered = crate::lang::format::decimal(line.quantity.normalize()),
                    received = crate::lang::format::decimal(line.received.normalize()),
                    quantity = crate::lang::format::decimal(quantity.normalize()),
                    tolerance = crate::lang::format::decimal(tolerance.normalize()),
                    limit = crate::lang::format::decimal(limit.normalize())
                ),
            ));
        }
        line.received = after;
        Ok(())
    }

    /// Short-closes what is open of line `line_no`, or of every line (`None`), saying why.
    pub fn close(&mut self, line_no: Option<usize>, reason: &str) -> Result<(), Invalid> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Invalid::new("reason", crate::t!("purchase-reason-needed")));
        }
        if self.state() == PurchaseState::Draft {
            return Err(self.refused("purchase-close-draft"));
        }
        let number = self.number.clone();
        let lines: Vec<usize> = match line_no {
            Some(line_no) => {
                self.line_mut(line_no)?;
                vec![line_no]
            }
            None => (1..=self.lines.len()).collect(),
        };
        let mut closed = false;
        for line_no in lines {
            let line = self.line_mut(line_no)?;
            let open = line.open();
            if open > Decimal::ZERO {
                line.short_closed += open;
                line.close_reason = reason.to_string();
                closed = true;
            }
        }
        match (closed, line_no) {
            (true, _) => Ok(()),
            (false, Some(line_no)) => Err(Invalid::new(
                "state",
                crate::t!(
                    "purchase-line-nothing-open",
                    number = number.as_str(),
                    line = line_no.to_string()
                ),
            )),
            (false, None) => Err(self.refused("purchase-nothing-open")),
        }
    }

    /// Cancels a draft or a sent order of which nothing was received, saying why: every
    /// line's quantity is short-closed.
    pub fn cancel(&mut self, reason: &str) -> Result<(), Invalid> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Invalid::new("reason", crate::t!("purchase-reason-needed")));
        }
        if !matches!(self.state(), PurchaseState::Draft | PurchaseState::Sent) {
            return Err(self.refused("purchase-cancel-received"));
        }
        for line in &mut self.lines {
            line.short_closed = line.open();
            line.close_reason = reason.to_string();
        }
        self.cancelled = Some(reason.to_string());
        Ok(())
    }

    /// Line `line_no` (1-based), or the problem naming the lines there are.
    pub fn line_mut(&mut self, line_no: usize) -> Result<&mut PurchaseLine, Invalid> {
        let count = self.lines.len();
        let number = self.number.clone();
        line_no
            .checked_sub(1)
            .and_then(|index| self.lines.get_mut(index))
            .ok_or_else(|| {
                Invalid::new(
                    "line",
                    crate::t!(
                        "purchase-no-line",
                        number = number.as_str(),
                        line = line_no.to_string(),
                        count = count.to_string()
                    ),
                )
            })
    }

    /// A refusal naming the order and its state (field `state`: the core refuses it).
    fn refused(&self, key: &'static str) -> Invalid {
        let state = self.state().label();
        Invalid::new(
            "state",
            crate::lang::text_with(
                key,
                &[
                    ("number", crate::lang::Arg::from(self.number.as_str())),
                    ("state", crate::lang::Arg::from(state)),
                ],
            ),
        )
    }
}

#[cfg(test)]
mod tests;
