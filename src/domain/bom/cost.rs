//! Cost roll-up: the unit cost of an assembly is (Σ over lines of quantity × (1 + scrap %)
//! × the component's unit cost + Σ over operations of minutes ÷ 60 × hourly rate) ÷ output
//! quantity, where a leaf's unit cost is its standard cost and a sub-assembly's is its own
//! roll-up. Given level by level as the indented tree, each line with what it adds to one
//! unit of the root. Exact decimals in one currency; whoever shows them rounds.
//! Room: domain (pure).

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::graph::{Lookup, Node, Part, order, tree};
use super::{BomError, SIXTY, add, div, mul};
use crate::domain::{Currency, Money};

/// The standard cost of an item, or `None` when there is no such item.
pub type StandardCost<'a> = &'a dyn Fn(u64) -> Option<Money>;

/// One row of a roll-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostLine {
    pub node: Node,
    /// Items: the cost of one unit of the item. Operations: the hourly rate.
    pub unit_cost: Decimal,
    /// Assemblies: what one unit of this assembly costs in material (its lines) and in
    /// operations (its own work); `unit_cost` is their sum.
    pub split: Option<Split>,
    /// What this row adds to the cost of one unit of the root; the rows right below an
    /// assembly add up to its `cost`.
    pub cost: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    pub material: Decimal,
    pub operations: Decimal,
}

/// The roll-up of one item: `lines[0]` is the item itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rollup {
    pub currency: Currency,
    pub lines: Vec<CostLine>,
}

impl Rollup {
    /// The cost of one unit of the root.
    pub fn unit_cost(&self) -> Decimal {
        self.lines.first().map_or(Decimal::ZERO, |line| line.cost)
    }
}

/// Rolls up the cost of one unit of `root` in `currency`; any cost or rate in another
/// currency is refused rather than converted.
pub fn cost_rollup(
    root: u64,
    boms: Lookup<'_, '_>,
    standard: StandardCost,
    currency: Currency,
) -> Result<Rollup, BomError> {
    let in_currency = |item_id: u64, what: String, money: Money| {
        if money.currency == currency {
            Ok(money.amount)
        } else {
            Err(BomError::Currency {
                item_id,
                what,
                found: money.currency,
                expected: currency,
            })
        }
    };
    let mut assemblies: HashMap<u64, (Decimal, Split)> = HashMap::new();
    let unit_of = |assemblies: &HashMap<u64, (Decimal, Split)>, item_id: u64| match assemblies
        .get(&item_id)
    {
        Some((unit, _)) => Ok(*unit),
        None => {
            let money = standard(item_id).ok_or(BomError::Unknown(item_id))?;
            in_currency(item_id, crate::t!("domain-bom-standard-cost"), money)
        }
    };
    for (id, bom) in order(root, boms)?
        .iter()
        .rev()
        .filter_map(|id| Some((*id, boms(*id)?)))
    {
        let mut material = Decimal::ZERO;
        for line in &bom.lines {
            let unit = unit_of(&assemblies, line.component_item_id)?;
            material = add(material, mul(line.gross(Decimal::ONE)?, unit)?)?;
        }
        let mut operations = Decimal::ZERO;
        for operation in &bom.operations {
            let what = crate::t!("domain-bom-operation-rate", operation = &operation.name);
            in_currency(id, what, operation.hourly_rate)?;
            operations = add(operations, operation.cost(Decimal::ONE)?)?;
        }
        let split = Split {
            material: div(material, bom.output_qty)?,
            operations: div(operations, bom.output_qty)?,
        };
        let unit = div(add(material, operations)?, bom.output_qty)?;
        assemblies.insert(id, (unit, split));
    }
    let mut lines = Vec::new();
    for node in tree(root, boms)? {
        let (unit_cost, split, cost) = match &node.part {
            Part::Item { item_id, .. } => {
                let unit = unit_of(&assemblies, *item_id)?;
                let split = assemblies.get(item_id).map(|(_, split)| *split);
                (unit, split, mul(node.per_unit, unit)?)
            }
            Part::Operation(operation) => {
                let rate = operation.hourly_rate.amount;
                (rate, None, div(mul(node.per_unit, rate)?, SIXTY)?)
            }
        };
        lines.push(CostLine {
            node,
            unit_cost,
            split,
            cost,
        });
    }
    Ok(Rollup { currency, lines })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{BIKE, FRAME, HUB, RIM, SPOKE, WHEEL, bicycle};
    use super::*;
    use rust_decimal::dec;

    fn standard(id: u64) -> Option<Money> {
        let amount = match id {
            FRAME => dec!(80.00),
            RIM => dec!(12.50),
            HUB => dec!(18.40),
            SPOKE => dec!(0.25),
            _ => return None,
        };
        Some(Money::new(amount, Currency::EUR))
    }

    #[test]
    fn the_bicycle_rolls_up_level_by_level() {
        let boms = bicycle();
        let rollup = cost_rollup(BIKE, &|id| boms.get(&id), &standard, Currency::EUR).unwrap();
        // WHEEL, per run of 2: RIM 2 × 12.50 = 25.00; HUB 2 × 18.40 = 36.80;
        // SPOKE 72 × 1.05 × 0.25 = 18.90; material 80.70.
        // Lacing 40 ÷ 60 × 30.00 = 20.00. Unit: (80.70 + 20.00) ÷ 2 = 50.35
        // (material 40.35, operations 10.00).
        // BIKE: FRAME 1 × 80.00 + WHEEL 2 × 50.35 = 180.70 material;
        // Assembly 45 ÷ 60 × 40.00 = 30.00. Unit: 210.70.
        assert_eq!(rollup.unit_cost(), dec!(210.70));
        let rows: Vec<(Decimal, Option<Split>, Decimal)> = rollup
            .lines
            .iter()
            .map(|line| (line.unit_cost, line.split, line.cost))
            .collect();
        let split = |material, operations| {
            Some(Split {
                material,
                operations,
            })
        };
        // Each row's cost is per bike: the rows under WHEEL add up to 2 × 50.35 = 100.70
        // (25.00 + 36.80 + 18.90 + 20.00), the rows under BIKE to 210.70.
        assert_eq!(
            rows,
            [
                (dec!(210.70), split(dec!(180.70), dec!(30.00)), dec!(210.70)),
                (dec!(80.00), None, dec!(80.00)),
                (dec!(50.35), split(dec!(40.35), dec!(10.00)), dec!(100.70)),
                (dec!(12.50), None, dec!(25.00)),
                (dec!(18.40), None, dec!(36.80)),
                (dec!(0.25), None, dec!(18.90)),
                (dec!(30.00), None, dec!(20.00)),
                (dec!(40.00), None, dec!(30.00)),
            ]
        );
        let wheel = cost_rollup(WHEEL, &|id| boms.get(&id), &standard, Currency::EUR).unwrap();
        assert_eq!(wheel.unit_cost(), dec!(50.35));
    }

    #[test]
    fn another_currency_or_an_unknown_item_is_refused() {
        let boms = bicycle();
        let dollars = |id| standard(id).map(|m| Money::new(m.amount, "USD".parse().unwrap()));
        assert!(matches!(
            cost_rollup(BIKE, &|id| boms.get(&id), &dollars, Currency::EUR),
            Err(BomError::Currency { item_id: RIM, .. })
        ));
        let partial = |id| (id != HUB).then(|| standard(id)).flatten();
        assert_eq!(
            cost_rollup(BIKE, &|id| boms.get(&id), &partial, Currency::EUR),
            Err(BomError::Unknown(HUB))
        );
    }
}
