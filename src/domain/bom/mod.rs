//! Bills of materials: what one run of making an item consumes (component lines with
//! scrap) and what it costs in work (operations with minutes and an hourly rate), the rules
//! a BOM must keep, and the `SKU:QTY[:SCRAP%]` / `NAME:MINUTES:RATE` forms people type.
//! The algorithms over many BOMs live in `graph` (gathering, cycles, explosion, trees,
//! where-used) and `cost` (roll-up). Everything stays in exact decimals; nothing here
//! rounds. Room: domain (pure).

pub mod cost;
pub mod graph;

use std::collections::HashSet;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::money::parse_decimal;
use super::{Currency, Invalid, Money};

/// The bill of materials of one item. There is at most one per item: `id` always equals
/// `parent_item_id`, and the store keeps it under that id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bom {
    pub id: u64,
    pub parent_item_id: u64,
    /// How many units of the parent one run makes (> 0); lines and operations are per run.
    pub output_qty: Decimal,
    pub lines: Vec<BomLine>,
    pub operations: Vec<Operation>,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// One component of a run: `quantity` units (> 0) before scrap, plus `scrap_pct` percent
/// lost in making (0 ≤ scrap < 100; 5 means 5 %).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BomLine {
    pub component_item_id: u64,
    pub quantity: Decimal,
    pub scrap_pct: Decimal,
}

/// Work done once per run: `minutes` (≥ 0) at `hourly_rate` (≥ 0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    pub name: String,
    pub minutes: Decimal,
    pub hourly_rate: Money,
}

/// A component line as typed, before its SKU is looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineSpec {
    pub code: String,
    pub quantity: Decimal,
    pub scrap_pct: Decimal,
}

/// Why an algorithm over BOMs could not answer. Ids are item ids; the core names them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BomError {
    /// The BOMs lead from an item back to itself; the path starts and ends with it.
    #[error("{}", crate::t!("domain-bom-cycle", items = format!("{:?}", .0)))]
    Cycle(Vec<u64>),
    #[error("{}", crate::t!("domain-bom-overflow"))]
    Overflow,
    /// An amount in another currency than the roll-up's.
    #[error("{}", crate::t!(
        "domain-bom-currency",
        what = what,
        item = item_id.to_string(),
        found = found.code(),
        expected = expected.code()
    ))]
    Currency {
        item_id: u64,
        what: String,
        found: Currency,
        expected: Currency,
    },
    /// A component whose item (and so its cost) is unknown.
    #[error("{}", crate::t!("domain-bom-unknown-item", item = .0.to_string()))]
    Unknown(u64),
}

/// `a × b`, or `Overflow`.
pub(crate) fn mul(a: Decimal, b: Decimal) -> Result<Decimal, BomError> {
    a.checked_mul(b).ok_or(BomError::Overflow)
}

/// `a ÷ b` for a divisor checked to be non-zero, or `Overflow`. Dividing by one, the
/// usual output quantity, costs nothing.
pub(crate) fn div(a: Decimal, b: Decimal) -> Result<Decimal, BomError> {
    if b == Decimal::ONE {
        return Ok(a);
    }
    a.checked_div(b).ok_or(BomError::Overflow)
}

/// `a + b`, or `Overflow`.
pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, BomError> {
    a.checked_add(b).ok_or(BomError::Overflow)
}

/// Minutes in an hour.
pub(crate) const SIXTY: Decimal = Decimal::from_parts(60, 0, 0, false, 0);

impl BomLine {
    /// What making `times` runs' worth takes: times × quantity × (1 + scrap %), unrounded.
    pub fn gross(&self, times: Decimal) -> Result<Decimal, BomError> {
        let net = mul(times, self.quantity)?;
        if self.scrap_pct.is_zero() {
            return Ok(net);
        }
        mul(net, Decimal::ONE + self.scrap_pct / Decimal::ONE_HUNDRED)
    }
}

impl Operation {
    /// The cost of `runs` runs: runs × minutes × rate ÷ 60 (multiplied first, so whole
    /// figures stay exact).
    pub fn cost(&self, runs: Decimal) -> Result<Decimal, BomError> {
        div(
            mul(mul(runs, self.minutes)?, self.hourly_rate.amount)?,
            SIXTY,
        )
    }
}

fn negative(value: Decimal) -> bool {
    value < Decimal::ZERO
}

impl Bom {
    /// Checks every rule and reports all that are broken; `sku` names an item id.
    pub fn validate(&self, sku: &dyn Fn(u64) -> String) -> Result<(), Vec<Invalid>> {
        let mut problems = Vec::new();
        if self.output_qty <= Decimal::ZERO {
            problems.push(Invalid::new(
                "output_qty",
                crate::t!(
                    "domain-quantity-not-positive",
                    quantity = crate::lang::format::decimal(self.output_qty)
                ),
            ));
        }
        if self.lines.is_empty() {
            problems.push(Invalid::new("line", crate::t!("domain-bom-needs-line")));
        }
        let mut seen = HashSet::new();
        for line in &self.lines {
            let name = sku(line.component_item_id);
            if line.component_item_id == self.parent_item_id {
                problems.push(Invalid::new(
                    "line",
                    crate::t!("domain-bom-self", item = &name),
                ));
            }
            if !seen.insert(line.component_item_id) {
                problems.push(Invalid::new(
                    "line",
                    crate::t!("domain-bom-twice", item = &name),
                ));
            }
            if line.quantity <= Decimal::ZERO {
                problems.push(Invalid::new(
                    "line",
                    crate::t!(
                        "domain-bom-quantity",
                        item = &name,
                        quantity = crate::lang::format::decimal(line.quantity)
                    ),
                ));
            }
            if negative(line.scrap_pct) || line.scrap_pct >= Decimal::ONE_HUNDRED {
                problems.push(Invalid::new(
                    "line",
                    crate::t!(
                        "domain-bom-scrap",
                        item = &name,
                        scrap = crate::lang::format::decimal(line.scrap_pct)
                    ),
                ));
            }
        }
        for operation in &self.operations {
            let name = operation.name.trim();
            if name.is_empty() {
                problems.push(Invalid::new("op", crate::t!("domain-bom-operation-name")));
            }
            if negative(operation.minutes) {
                problems.push(Invalid::new(
                    "op",
                    crate::t!("domain-bom-minutes", operation = name),
                ));
            }
            if negative(operation.hourly_rate.amount) {
                problems.push(Invalid::new(
                    "op",
                    crate::t!("domain-bom-rate", operation = name),
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// Parses `SKU:QTY` or `SKU:QTY:SCRAP` (scrap in percent, `%` optional). A SKU may
/// itself contain `:`: the numbers are read from the right, so `A:2:5` is 2 of `A` with
/// 5 % scrap.
pub fn parse_line(text: &str) -> Result<LineSpec, Invalid> {
    let text = text.trim();
    let number = |part: &str| parse_decimal("line", part).ok();
    let percent = |part: &str| number(part.trim().trim_end_matches('%'));
    let parts: Vec<&str> = text.split(':').collect();
    let spec = |code: &[&str], quantity: Decimal, scrap_pct: Decimal| {
        let code = code.join(":").trim().to_string();
        (!code.is_empty()).then_some(LineSpec {
            code,
            quantity,
            scrap_pct,
        })
    };
    let with_scrap = match parts.as_slice() {
        [code @ .., quantity, scrap] => match (number(quantity), percent(scrap)) {
            (Some(quantity), Some(scrap)) => spec(code, quantity, scrap),
            _ => None,
        },
        _ => None,
    };
    let plain = || match parts.as_slice() {
        [code @ .., quantity] => number(quantity).and_then(|q| spec(code, q, Decimal::ZERO)),
        _ => None,
    };
    with_scrap
        .or_else(plain)
        .ok_or_else(|| Invalid::new("line", crate::t!("domain-bom-line-invalid", text = text)))
}

/// Parses `NAME:MINUTES:RATE`, the rate per hour in `currency`. The name may contain `:`.
pub fn parse_operation(text: &str, currency: Currency) -> Result<Operation, Invalid> {
    let text = text.trim();
    let mut parts = text.rsplitn(3, ':');
    let (rate, minutes, name) = (parts.next(), parts.next(), parts.next());
    let parsed = match (name, minutes, rate) {
        (Some(name), Some(minutes), Some(rate)) if !name.trim().is_empty() => {
            match (parse_decimal("op", minutes), Money::parse_amount(rate)) {
                (Ok(minutes), Ok(rate)) => Some(Operation {
                    name: name.trim().to_string(),
                    minutes,
                    hourly_rate: Money::new(rate, currency),
                }),
                _ => None,
            }
        }
        _ => None,
    };
    parsed.ok_or_else(|| Invalid::new("op", crate::t!("domain-bom-operation-invalid", text = text)))
}

/// Builders shared by the unit tests of this module and its children.
#[cfg(test)]
pub(crate) mod fixtures {
    use std::collections::HashMap;

    use rust_decimal::{Decimal, dec};
    use time::OffsetDateTime;

    use super::{Bom, BomLine, Operation};
    use crate::domain::{Currency, Money};

    pub const BIKE: u64 = 1;
    pub const FRAME: u64 = 2;
    pub const WHEEL: u64 = 3;
    pub const RIM: u64 = 4;
    pub const HUB: u64 = 5;
    pub const SPOKE: u64 = 6;

    pub fn bom(parent: u64, output: Decimal, lines: &[(u64, Decimal, Decimal)]) -> Bom {
        Bom {
            id: parent,
            parent_item_id: parent,
            output_qty: output,
            lines: lines
                .iter()
                .map(|&(component_item_id, quantity, scrap_pct)| BomLine {
                    component_item_id,
                    quantity,
                    scrap_pct,
                })
                .collect(),
            operations: Vec::new(),
            updated: OffsetDateTime::UNIX_EPOCH,
            version: 1,
        }
    }

    pub fn operation(name: &str, minutes: Decimal, rate: Decimal) -> Operation {
        Operation {
            name: name.into(),
            minutes,
            hourly_rate: Money::new(rate, Currency::EUR),
        }
    }

    pub fn map(boms: Vec<Bom>) -> HashMap<u64, Bom> {
        boms.into_iter().map(|bom| (bom.id, bom)).collect()
    }

    /// A bicycle: a frame and two wheels, assembled in 45 min at 40.00/h. Wheels are made
    /// two at a time from 2 rims, 2 hubs and 72 spokes (5 % scrap), laced in 40 min at
    /// 30.00/h.
    pub fn bicycle() -> HashMap<u64, Bom> {
        let mut bike = bom(
            BIKE,
            dec!(1),
            &[(FRAME, dec!(1), dec!(0)), (WHEEL, dec!(2), dec!(0))],
        );
        bike.operations = vec![operation("Assembly", dec!(45), dec!(40.00))];
        let mut wheel = bom(
            WHEEL,
            dec!(2),
            &[
                (RIM, dec!(2), dec!(0)),
                (HUB, dec!(2), dec!(0)),
                (SPOKE, dec!(72), dec!(5)),
            ],
        );
        wheel.operations = vec![operation("Lacing", dec!(40), dec!(30.00))];
        map(vec![bike, wheel])
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{FRAME, RIM, SPOKE, WHEEL, bicycle, bom, operation};
    use super::*;
    use rust_decimal::dec;

    fn sku(id: u64) -> String {
        format!("SKU{id}")
    }

    #[test]
    fn a_sound_bom_passes() {
        for bom in bicycle().values() {
            assert_eq!(bom.validate(&sku), Ok(()));
        }
    }

    #[test]
    fn every_broken_rule_is_reported() {
        let mut bad = bom(
            WHEEL,
            dec!(0),
            &[
                (WHEEL, dec!(1), dec!(0)),
                (RIM, dec!(0), dec!(100)),
                (RIM, dec!(1), dec!(-1)),
            ],
        );
        bad.operations = vec![operation(" ", dec!(-5), dec!(-1))];
        let problems = bad.validate(&sku).unwrap_err();
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "output_qty: 0 must be greater than zero",
                "line: SKU3 cannot be a component of itself",
                "line: SKU4: quantity 0 must be greater than zero",
                "line: SKU4: scrap 100% must be at least 0 and below 100",
                "line: SKU4 appears in two lines; give its whole quantity in one",
                "line: SKU4: scrap -1% must be at least 0 and below 100",
                "op: an operation needs a name",
                "op: : minutes must not be negative",
                "op: : the hourly rate must not be negative",
            ]
        );
        assert!(bom(FRAME, dec!(1), &[]).validate(&sku).is_err());
    }

    #[test]
    fn lines_parse_with_and_without_scrap() {
        let line = |code: &str, quantity, scrap_pct| LineSpec {
            code: code.into(),
            quantity,
            scrap_pct,
        };
        assert_eq!(
            parse_line("SPOKE:36:5"),
            Ok(line("SPOKE", dec!(36), dec!(5)))
        );
        assert_eq!(
            parse_line("SPOKE:36:2,5%"),
            Ok(line("SPOKE", dec!(36), dec!(2.5)))
        );
        assert_eq!(parse_line(" RIM:1 "), Ok(line("RIM", dec!(1), dec!(0))));
        assert_eq!(parse_line("A:B:0.5"), Ok(line("A:B", dec!(0.5), dec!(0))));
        for bad in ["RIM", ":3", "RIM:x", "RIM:1:x:", ""] {
            assert_eq!(parse_line(bad).unwrap_err().field, "line", "{bad}");
        }
    }

    #[test]
    fn operations_parse_name_minutes_and_rate() {
        let op = parse_operation("Final check: QA:7,5:42.00", Currency::EUR).unwrap();
        assert_eq!(op, operation("Final check: QA", dec!(7.5), dec!(42.00)));
        for bad in ["Assembly:45", ":45:40", "Assembly:x:40", "Assembly:45:y"] {
            assert!(parse_operation(bad, Currency::EUR).is_err(), "{bad}");
        }
    }

    #[test]
    fn line_and_operation_figures_are_exact() {
        // 3 × 72 × (1 + 5 %) = 226.8
        let spokes = BomLine {
            component_item_id: SPOKE,
            quantity: dec!(72),
            scrap_pct: dec!(5),
        };
        assert_eq!(spokes.gross(dec!(3)), Ok(dec!(226.8)));
        // 40 min × 30.00/h ÷ 60 = 20 exactly, not 19.99…
        assert_eq!(
            operation("Lacing", dec!(40), dec!(30)).cost(Decimal::ONE),
            Ok(dec!(20))
        );
        // 7 min at 40.00/h, twice: 2 × 7 × 40 ÷ 60 = 560 ÷ 60 = 9.333…
        let odd = operation("Odd", dec!(7), dec!(40)).cost(dec!(2)).unwrap();
        assert_eq!(odd.round_dp(6), dec!(9.333333));
    }
}
