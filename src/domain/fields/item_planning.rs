//! The planning parameters of an item as fields: `lot_rule` (`lot-for-lot`, `fixed:QTY`,
//! `period:DAYS`), `lot_min`, `lot_multiple`, `lot_max`, `safety_stock` (one `LOC=QTY` per
//! location, repeatable) and `production_days` — their export cells and reading them back
//! from input, refused field by field. Room: domain (pure).

use rust_decimal::Decimal;

use super::item::optional_decimal;
use super::{Input, Problems, Value};
use crate::domain::Invalid;
use crate::domain::location::location_key;
use crate::domain::money::parse_decimal;
use crate::domain::planning::{ItemPlanning, LotRule, LotSizing, SafetyStock};

/// The planning fields' cells, in table order.
pub fn planning_cells(planning: &ItemPlanning) -> [(&'static str, Value); 6] {
    let quantity = |value: Option<Decimal>| {
        Value::Decimal(value.map(|v| v.normalize().to_string()).unwrap_or_default())
    };
    let lot = &planning.lot;
    [
        ("lot_rule", Value::Text(lot.rule.code())),
        ("lot_min", quantity(lot.minimum)),
        ("lot_multiple", quantity(lot.multiple)),
        ("lot_max", quantity(lot.maximum)),
        (
            "safety_stock",
            Value::List(planning.safety_stock.iter().map(safety_text).collect()),
        ),
        (
            "production_days",
            Value::Integer(i64::from(planning.production_days)),
        ),
    ]
}

/// `LOC=QTY`, as `safety_stock` reads it back.
fn safety_text(stock: &SafetyStock) -> String {
    format!("{}={}", stock.location, stock.quantity.normalize())
}

/// A whole number of days from `field` (0 when absent), refused naming the text.
pub fn days(input: &Input, field: &'static str, problems: &mut Problems) -> u32 {
    match input.optional(field) {
        Some(text) => problems
            .take(text.trim().parse::<u32>().map_err(|_| {
                Invalid::new(field, crate::t!("domain-lead-days-invalid", text = text))
            }))
            .unwrap_or(0),
        None => 0,
    }
}

/// The planning parameters `input` gives (lot for lot, nothing else, when none); the
/// bounds and safety stock are validated together with the item.
pub fn planning_from_input(input: &Input, problems: &mut Problems) -> ItemPlanning {
    let rule = match input
        .optional("lot_rule")
        .filter(|text| !text.trim().is_empty())
    {
        Some(text) => problems
            .take(LotRule::parse(&text).map_err(|mut invalid| {
                invalid.field = "lot_rule";
                invalid
            }))
            .unwrap_or_default(),
        None => LotRule::LotForLot,
    };
    let mut safety_stock: Vec<SafetyStock> = Vec::new();
    for text in input.list("safety_stock") {
        let Some(stock) = problems.take(safety_stock_of(&text)) else {
            continue;
        };
        if safety_stock.iter().any(|s| s.location == stock.location) {
            problems.0.push(Invalid::new(
                "safety_stock",
                crate::t!("production-safety-stock-twice", location = &stock.location),
            ));
            continue;
        }
        safety_stock.push(stock);
    }
    ItemPlanning {
        lot: LotSizing {
            rule,
            minimum: optional_decimal(input, "lot_min", problems),
            multiple: optional_decimal(input, "lot_multiple", problems),
            maximum: optional_decimal(input, "lot_max", problems),
        },
        safety_stock,
        production_days: days(input, "production_days", problems),
    }
}

/// `LOC=QTY` → the safety stock at that location.
fn safety_stock_of(text: &str) -> Result<SafetyStock, Invalid> {
    let invalid = || {
        Invalid::new(
            "safety_stock",
            crate::t!("production-safety-stock-form", text = text.trim()),
        )
    };
    let (location, quantity) = text.split_once('=').ok_or_else(invalid)?;
    if location.trim().is_empty() {
        return Err(invalid());
    }
    Ok(SafetyStock {
        location: location_key(location),
        quantity: parse_decimal("safety_stock", quantity)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn read(pairs: &[(&'static str, &str)]) -> Result<ItemPlanning, Vec<Invalid>> {
        let mut problems = Problems::default();
        let planning = planning_from_input(&Input::from_pairs(pairs), &mut problems);
        problems.finish(Some(planning))
    }

    #[test]
    fn planning_fields_read_back_what_they_write() {
        let planning = read(&[
            ("lot_rule", "fixed:100"),
            ("lot_min", "20"),
            ("lot_multiple", "10"),
            ("lot_max", "500"),
            ("safety_stock", "main=12.5"),
            ("safety_stock", "WH2=3"),
            ("production_days", "4"),
        ])
        .unwrap();
        assert_eq!(planning.lot.rule, LotRule::Fixed(dec!(100)));
        assert_eq!(
            (
                planning.lot.minimum,
                planning.lot.multiple,
                planning.lot.maximum
            ),
            (Some(dec!(20)), Some(dec!(10)), Some(dec!(500)))
        );
        assert_eq!(planning.total_safety_stock(), dec!(15.5));
        assert_eq!(planning.safety_stock[0].location, "MAIN");
        assert_eq!(planning.production_days, 4);
        let cells = planning_cells(&planning);
        assert_eq!(cells[0].1.cell(), "fixed:100");
        assert_eq!(cells[4].1.cell(), "MAIN=12.5|WH2=3");
        let mut input = Input::new();
        for (field, value) in cells {
            input.push(field, value.cell());
        }
        let mut problems = Problems::default();
        assert_eq!(planning_from_input(&input, &mut problems), planning);
        assert!(problems.0.is_empty());
    }

    #[test]
    fn bad_planning_fields_are_refused_each_by_its_field() {
        let fields = |pairs| {
            read(pairs)
                .unwrap_err()
                .iter()
                .map(|e| e.field)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(&[("lot_rule", "weekly")]), ["lot_rule"]);
        assert_eq!(fields(&[("safety_stock", "MAIN")]), ["safety_stock"]);
        assert_eq!(fields(&[("safety_stock", "=4")]), ["safety_stock"]);
        assert_eq!(
            fields(&[("safety_stock", "A=1"), ("safety_stock", "a=2")]),
            ["safety_stock"]
        );
        assert_eq!(fields(&[("production_days", "-2")]), ["production_days"]);
        assert_eq!(fields(&[("lot_min", "viel")]), ["lot_min"]);
        assert_eq!(read(&[]).unwrap(), ItemPlanning::default());
    }
}
