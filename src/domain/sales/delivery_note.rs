//! The delivery note (Lieferschein) record: which quantities of which order lines leave
//! from which location and bin, first as a pick list (draft), then posted. It carries no
//! prices — the warehouse reads it. Its lines are sorted for walking the warehouse
//! (location, then bin, then order line). Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::Invalid;

/// Where a delivery note stands: a pick list (draft) until posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeliveryState {
    Draft,
    Posted,
}

impl DeliveryState {
    pub const ALL: [DeliveryState; 2] = [Self::Draft, Self::Posted];

    pub fn name(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Posted => "posted",
        }
    }

    pub fn label(self) -> String {
        match self {
            Self::Draft => crate::t!("domain-delivery-state-draft"),
            Self::Posted => crate::t!("domain-delivery-state-posted"),
        }
    }

    /// The state named `text` (`draft`, `posted`, any case).
    pub fn parse(text: &str) -> Result<DeliveryState, Invalid> {
        Self::ALL
            .into_iter()
            .find(|state| state.name().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| {
                Invalid::new(
                    "state",
                    crate::t!("domain-delivery-state-unknown", state = text.trim()),
                )
            })
    }
}

/// One line of a pick list: `quantity` of order line `line` (1-based), item `item_id`
/// (its SKU and text at the time), taken from the internal location `from`
/// (`WH1/A-01-03`: location `WH1`, bin `A-01-03`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickLine {
    pub line: usize,
    pub item_id: u64,
    pub sku: String,
    pub text: String,
    pub quantity: Decimal,
    pub from: String,
}

impl PickLine {
    /// The location part of `from` (before the first `/`).
    pub fn location(&self) -> &str {
        self.from.split_once('/').map_or(&self.from, |(l, _)| l)
    }

    /// The bin part of `from` (after the first `/`; empty when the location has none).
    pub fn bin(&self) -> &str {
        self.from.split_once('/').map_or("", |(_, bin)| bin)
    }
}

/// A delivery note of order `order_id` (`order_number`) for customer `customer_id`.
/// Invariants: `number` is unique; a posted note has `posted` and `posted_by`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryNote {
    pub id: u64,
    pub number: String,
    pub order_id: u64,
    pub order_number: String,
    pub customer_id: u64,
    pub lines: Vec<PickLine>,
    pub state: DeliveryState,
    pub created: OffsetDateTime,
    pub created_by: String,
    pub posted: Option<OffsetDateTime>,
    pub posted_by: String,
    pub version: u64,
}

impl DeliveryNote {
    /// Sorts the lines for walking the warehouse: by location and bin, then order line.
    pub fn sort_for_walking(&mut self) {
        self.lines
            .sort_by(|a, b| (&a.from, a.line).cmp(&(&b.from, b.line)));
    }

    /// The quantities per order line (1-based), in line order, each line once.
    pub fn per_line(&self) -> Vec<(usize, Decimal)> {
        let mut found: Vec<(usize, Decimal)> = Vec::new();
        for pick in &self.lines {
            match found.iter_mut().find(|(line, _)| *line == pick.line) {
                Some((_, quantity)) => *quantity += pick.quantity,
                None => found.push((pick.line, pick.quantity)),
            }
        }
        found.sort_by_key(|(line, _)| *line);
        found
    }

    /// Marks the note posted by `by` at `at`; refused when it is posted already.
    pub fn post(&mut self, by: &str, at: OffsetDateTime) -> Result<(), Invalid> {
        if self.state == DeliveryState::Posted {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-delivery-posted-already",
                    number = self.number.as_str()
                ),
            ));
        }
        self.state = DeliveryState::Posted;
        self.posted = Some(at);
        self.posted_by = by.to_string();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::datetime;

    use super::*;

    fn pick(line: usize, quantity: Decimal, from: &str) -> PickLine {
        PickLine {
            line,
            item_id: 1,
            sku: "A".into(),
            text: "A".into(),
            quantity,
            from: from.into(),
        }
    }

    #[test]
    fn lines_sort_by_location_and_bin_and_sum_per_order_line() {
        let mut note = DeliveryNote {
            id: 0,
            number: "LS-2026-00001".into(),
            order_id: 1,
            order_number: "AU-2026-00001".into(),
            customer_id: 1,
            lines: vec![
                pick(1, dec!(2), "WH2/A-01"),
                pick(2, dec!(1), "WH1/B-02"),
                pick(1, dec!(3), "WH1/A-07"),
            ],
            state: DeliveryState::Draft,
            created: datetime!(2026-12-05 09:00 UTC),
            created_by: "lager".into(),
            posted: None,
            posted_by: String::new(),
            version: 0,
        };
        note.sort_for_walking();
        let order: Vec<&str> = note.lines.iter().map(|l| l.from.as_str()).collect();
        assert_eq!(order, ["WH1/A-07", "WH1/B-02", "WH2/A-01"]);
        assert_eq!(
            (note.lines[0].location(), note.lines[0].bin()),
            ("WH1", "A-07")
        );
        assert_eq!(pick(1, dec!(1), "MAIN").bin(), "");
        assert_eq!(note.per_line(), vec![(1, dec!(5)), (2, dec!(1))]);
        note.post("lager", datetime!(2026-12-05 10:00 UTC)).unwrap();
        assert_eq!(note.state, DeliveryState::Posted);
        assert!(note.post("lager", datetime!(2026-12-05 11:00 UTC)).is_err());
        assert_eq!(DeliveryState::parse(" Posted "), Ok(DeliveryState::Posted));
        assert!(DeliveryState::parse("gone").is_err());
    }
}
