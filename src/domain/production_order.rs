//! Production orders (Fertigungsaufträge, `FA-2026-00001`): an item with a BOM to be made
//! in a quantity at a location, started on one day and due on another. An order is open
//! until something of it is done (partly done), done when all of it is, or cancelled: the
//! rest that is not done is cancelled with a reason (what was done stays done). What is
//! open of an order is a scheduled receipt for planning; its components are needed from
//! its start date. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime, Weekday};

use super::Invalid;

/// A production order; `sku` is the item's SKU when the order was created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductionOrder {
    pub id: u64,
    pub number: String,
    pub item_id: u64,
    pub sku: String,
    /// How many to make (> 0).
    pub quantity: Decimal,
    /// How many are made so far (0 ≤ done ≤ quantity).
    pub done: Decimal,
    /// The location code (key form) the components come from and the item goes to.
    pub location: String,
    /// The day making starts: when the components are needed.
    pub start: Date,
    /// The day the item is due.
    pub due: Date,
    /// Each completion, in order.
    pub completions: Vec<Completion>,
    /// Set when the rest was cancelled.
    pub cancelled: Option<Cancellation>,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// A quantity made against the order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completion {
    pub quantity: Decimal,
    pub at: OffsetDateTime,
    pub agent: String,
}

/// The rest of an order cancelled: how much, why, when and by whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cancellation {
    pub quantity: Decimal,
    pub reason: String,
    pub at: OffsetDateTime,
    pub agent: String,
}

/// Where an order stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProductionState {
    Open,
    PartlyDone,
    Done,
    Cancelled,
}

impl ProductionState {
    /// The machine name (json, csv): `open`, `partly-done`, `done`, `cancelled`.
    pub fn name(self) -> &'static str {
        match self {
            ProductionState::Open => "open",
            ProductionState::PartlyDone => "partly-done",
            ProductionState::Done => "done",
            ProductionState::Cancelled => "cancelled",
        }
    }

    /// The name as a person reads it, in the current language.
    pub fn label(self) -> String {
        match self {
            ProductionState::Open => crate::t!("production-state-open"),
            ProductionState::PartlyDone => crate::t!("production-state-partly-done"),
            ProductionState::Done => crate::t!("production-state-done"),
            ProductionState::Cancelled => crate::t!("production-state-cancelled"),
        }
    }
}

impl ProductionOrder {
    pub fn state(&self) -> ProductionState {
        if self.cancelled.is_some() {
            ProductionState::Cancelled
        } else if self.done >= self.quantity {
            ProductionState::Done
        } else if self.done > Decimal::ZERO {
            ProductionState::PartlyDone
        } else {
            ProductionState::Open
        }
    }

    /// What is still to be made: nothing once done or cancelled.
    pub fn open_quantity(&self) -> Decimal {
        match self.state() {
            ProductionState::Open | ProductionState::PartlyDone => self.quantity - self.done,
            ProductionState::Done | ProductionState::Cancelled => Decimal::ZERO,
        }
    }

    pub fn is_open(&self) -> bool {
        self.open_quantity() > Decimal::ZERO
    }

    /// A positive quantity, a start not after the due date.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.quantity <= Decimal::ZERO {
            return Err(not_positive(self.quantity));
        }
        if self.start > self.due {
            return Err(Invalid::new(
                "start",
                crate::t!(
                    "production-start-after-due",
                    start = crate::lang::format::date(self.start),
                    due = crate::lang::format::date(self.due)
                ),
            ));
        }
        Ok(())
    }

    /// Books `quantity` made (all of the rest when `None`): refused when the order is not
    /// open, the quantity is not positive or more than is open.
    pub fn complete(
        &mut self,
        quantity: Option<Decimal>,
        at: OffsetDateTime,
        agent: &str,
    ) -> Result<Decimal, Invalid> {
        self.refuse_closed()?;
        let open = self.open_quantity();
        let quantity = quantity.unwrap_or(open);
        if quantity <= Decimal::ZERO {
            return Err(not_positive(quantity));
        }
        if quantity > open {
            return Err(Invalid::new(
                "quantity",
                crate::t!(
                    "production-more-than-open",
                    number = &self.number,
                    quantity = crate::lang::format::decimal(quantity.normalize()),
                    open = crate::lang::format::decimal(open.normalize())
                ),
            ));
        }
        self.done += quantity;
        self.completions.push(Completion {
            quantity,
            at,
            agent: agent.to_string(),
        });
        self.updated = at;
        Ok(quantity)
    }

    /// Cancels what is open of the order, with a reason (not empty).
    pub fn cancel(&mut self, reason: &str, at: OffsetDateTime, agent: &str) -> Result<(), Invalid> {
        if reason.trim().is_empty() {
            return Err(Invalid::new(
                "reason",
                crate::t!("production-reason-missing"),
            ));
        }
        self.refuse_closed()?;
        self.cancelled = Some(Cancellation {
            quantity: self.open_quantity(),
            reason: reason.trim().to_string(),
            at,
            agent: agent.to_string(),
        });
        self.updated = at;
        Ok(())
    }

    fn refuse_closed(&self) -> Result<(), Invalid> {
        if self.is_open() {
            return Ok(());
        }
        Err(Invalid::new(
            "state",
            crate::t!(
                "production-not-open",
                number = &self.number,
                state = self.state().label()
            ),
        ))
    }
}

fn not_positive(quantity: Decimal) -> Invalid {
    Invalid::new(
        "quantity",
        crate::t!(
            "domain-quantity-not-positive",
            quantity = crate::lang::format::decimal(quantity)
        ),
    )
}

/// The day `days` working days (Monday to Friday) before `due`; `due` itself for 0.
pub fn working_days_before(due: Date, days: u32) -> Date {
    let mut day = due;
    let mut left = days;
    while left > 0 {
        match day.previous_day() {
            Some(previous) => day = previous,
            None => return day,
        }
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;
    use time::macros::date;

    fn order(quantity: Decimal) -> ProductionOrder {
        ProductionOrder {
            id: 1,
            number: "FA-2026-00001".into(),
            item_id: 7,
            sku: "BIKE".into(),
            quantity,
            done: Decimal::ZERO,
            location: "MAIN".into(),
            start: date!(2026 - 12 - 07),
            due: date!(2026 - 12 - 10),
            completions: Vec::new(),
            cancelled: None,
            created: OffsetDateTime::UNIX_EPOCH,
            updated: OffsetDateTime::UNIX_EPOCH,
            version: 1,
        }
    }

    #[test]
    fn an_order_goes_from_open_through_partly_done_to_done() {
        let mut o = order(dec!(10));
        let at = OffsetDateTime::UNIX_EPOCH;
        assert_eq!(
            (o.state(), o.open_quantity()),
            (ProductionState::Open, dec!(10))
        );
        assert_eq!(o.complete(Some(dec!(4)), at, "lea"), Ok(dec!(4)));
        assert_eq!(
            (o.state(), o.open_quantity()),
            (ProductionState::PartlyDone, dec!(6))
        );
        assert_eq!(
            o.complete(Some(dec!(7)), at, "lea").map_err(|e| e.field),
            Err("quantity")
        );
        assert_eq!(o.complete(None, at, "lea"), Ok(dec!(6)));
        assert_eq!(
            (o.state(), o.open_quantity()),
            (ProductionState::Done, dec!(0))
        );
        assert_eq!(o.completions.len(), 2);
        assert_eq!(
            o.complete(None, at, "lea").map_err(|e| e.field),
            Err("state")
        );
        assert_eq!(o.cancel("x", at, "lea").map_err(|e| e.field), Err("state"));
    }

    #[test]
    fn cancelling_the_rest_keeps_what_is_done_and_needs_a_reason() {
        let mut o = order(dec!(10));
        let at = OffsetDateTime::UNIX_EPOCH;
        o.complete(Some(dec!(3)), at, "lea").unwrap();
        assert_eq!(
            o.cancel("  ", at, "lea").map_err(|e| e.field),
            Err("reason")
        );
        o.cancel(" Kunde storniert ", at, "lea").unwrap();
        let cancelled = o.cancelled.clone().unwrap();
        assert_eq!(
            (cancelled.quantity, cancelled.reason.as_str()),
            (dec!(7), "Kunde storniert")
        );
        assert_eq!(
            (o.state(), o.open_quantity(), o.done),
            (ProductionState::Cancelled, dec!(0), dec!(3))
        );
        assert_eq!(
            o.complete(None, at, "lea").map_err(|e| e.field),
            Err("state")
        );
    }

    #[test]
    fn quantity_and_dates_are_checked() {
        assert_eq!(
            order(dec!(0)).validate().map_err(|e| e.field),
            Err("quantity")
        );
        let mut late = order(dec!(1));
        late.start = date!(2026 - 12 - 11);
        assert_eq!(late.validate().map_err(|e| e.field), Err("start"));
        assert_eq!(order(dec!(1)).validate(), Ok(()));
    }

    #[test]
    fn working_days_skip_weekends() {
        // Thursday 10 Dec 2026 − 3 working days = Monday 7 Dec; − 5 = Thursday 3 Dec;
        // Monday 7 Dec − 1 = Friday 4 Dec; 0 days is the day itself.
        for (due, days, start) in [
            (date!(2026 - 12 - 10), 3, date!(2026 - 12 - 07)),
            (date!(2026 - 12 - 10), 5, date!(2026 - 12 - 03)),
            (date!(2026 - 12 - 07), 1, date!(2026 - 12 - 04)),
            (date!(2026 - 12 - 07), 0, date!(2026 - 12 - 07)),
        ] {
            assert_eq!(working_days_before(due, days), start, "{due} − {days}");
        }
    }
}
