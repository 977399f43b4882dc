//! Lot sizing: how a net requirement becomes planned order quantities. The lot rule gives
//! the quantity (lot-for-lot: the requirement; fixed: as many fixed lots as it takes;
//! period grouping: the requirements of N days, gathered by the caller), then the bounds
//! apply in this order: below the minimum → the minimum; else rounded up to the multiple;
//! above the maximum → several orders (full ones of the largest multiple within the
//! maximum, the rest sized again). Room: domain (pure).

use rust_decimal::Decimal;

use crate::domain::planning::{LotRule, LotSizing};

/// One order's quantity after the minimum and the multiple.
fn bounded(sizing: &LotSizing, quantity: Decimal) -> Decimal {
    if let Some(minimum) = sizing.minimum
        && quantity < minimum
    {
        return minimum;
    }
    match sizing.multiple {
        Some(multiple) if multiple > Decimal::ZERO => (quantity / multiple).ceil() * multiple,
        _ => quantity,
    }
}

/// The most orders one requirement may become; more means lots far too small for it.
pub const MAX_ORDERS: usize = 10_000;

/// The order quantities that cover `need` under `sizing`; their sum is at least `need`. A
/// need of zero or less needs no order; `None` when it would take more than `MAX_ORDERS`.
pub fn lot_quantities(sizing: &LotSizing, need: Decimal) -> Option<Vec<Decimal>> {
    if need <= Decimal::ZERO {
        return Some(Vec::new());
    }
    match sizing.rule {
        LotRule::Fixed(lot) if lot > Decimal::ZERO => {
            let one = split(sizing, lot)?;
            let per_lot: Decimal = one.iter().sum();
            let lots = (need / per_lot).ceil();
            if lots * Decimal::from(one.len()) > Decimal::from(MAX_ORDERS) {
                return None;
            }
            let mut out = Vec::new();
            let mut made = Decimal::ZERO;
            while made < lots {
                out.extend(one.iter().copied());
                made += Decimal::ONE;
            }
            Some(out)
        }
        _ => split(sizing, need),
    }
}

/// One quantity bounded, split at the maximum.
fn split(sizing: &LotSizing, quantity: Decimal) -> Option<Vec<Decimal>> {
    let Some(maximum) = sizing.maximum.filter(|m| *m > Decimal::ZERO) else {
        return Some(vec![bounded(sizing, quantity)]);
    };
    // A full order: the largest multiple within the maximum (the maximum without one).
    let full = match sizing.multiple {
        Some(multiple) if multiple > Decimal::ZERO && multiple <= maximum => {
            (maximum / multiple).floor() * multiple
        }
        _ => maximum,
    };
    if quantity / full > Decimal::from(MAX_ORDERS) {
        return None;
    }
    let mut out = Vec::new();
    let mut left = quantity;
    while left > Decimal::ZERO {
        let sized = bounded(sizing, left);
        if sized <= maximum {
            out.push(sized);
            break;
        }
        out.push(full);
        left -= full;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn sizing(
        rule: LotRule,
        minimum: Option<Decimal>,
        multiple: Option<Decimal>,
        maximum: Option<Decimal>,
    ) -> LotSizing {
        LotSizing {
            rule,
            minimum,
            multiple,
            maximum,
        }
    }

    #[test]
    fn lot_for_lot_is_the_need_itself() {
        let s = sizing(LotRule::LotForLot, None, None, None);
        assert_eq!(lot_quantities(&s, dec!(37.5)), Some(vec![dec!(37.5)]));
        assert_eq!(lot_quantities(&s, dec!(0)), Some(Vec::<Decimal>::new()));
    }

    #[test]
    fn below_the_minimum_the_minimum_else_up_to_the_multiple() {
        let s = sizing(LotRule::LotForLot, Some(dec!(50)), Some(dec!(20)), None);
        // Below the minimum: the minimum (not rounded to the multiple).
        assert_eq!(lot_quantities(&s, dec!(10)), Some(vec![dec!(50)]));
        // Exactly the minimum is not below it, so it goes up to the multiple.
        assert_eq!(lot_quantities(&s, dec!(50)), Some(vec![dec!(60)]));
        // Above: up to the next multiple; on a multiple: unchanged.
        assert_eq!(lot_quantities(&s, dec!(51)), Some(vec![dec!(60)]));
        assert_eq!(lot_quantities(&s, dec!(80)), Some(vec![dec!(80)]));
        assert_eq!(lot_quantities(&s, dec!(80.01)), Some(vec![dec!(100)]));
    }

    #[test]
    fn above_the_maximum_several_orders() {
        let s = sizing(LotRule::LotForLot, None, None, Some(dec!(100)));
        assert_eq!(lot_quantities(&s, dec!(100)), Some(vec![dec!(100)]));
        assert_eq!(
            lot_quantities(&s, dec!(250)),
            Some(vec![dec!(100), dec!(100), dec!(50)])
        );
        // With a multiple of 30 a full order is 90 (the largest multiple within 100);
        // 200 = 90 + 90 + 20 → 30.
        let s = sizing(LotRule::LotForLot, None, Some(dec!(30)), Some(dec!(100)));
        assert_eq!(
            lot_quantities(&s, dec!(200)),
            Some(vec![dec!(90), dec!(90), dec!(30)])
        );
        // The rest below the minimum becomes the minimum.
        let s = sizing(LotRule::LotForLot, Some(dec!(40)), None, Some(dec!(100)));
        assert_eq!(
            lot_quantities(&s, dec!(210)),
            Some(vec![dec!(100), dec!(100), dec!(40)])
        );
    }

    #[test]
    fn fixed_lots_as_many_as_needed() {
        let s = sizing(LotRule::Fixed(dec!(25)), None, None, None);
        assert_eq!(lot_quantities(&s, dec!(25)), Some(vec![dec!(25)]));
        assert_eq!(lot_quantities(&s, dec!(26)), Some(vec![dec!(25), dec!(25)]));
        assert_eq!(lot_quantities(&s, dec!(1)), Some(vec![dec!(25)]));
        // Far too small lots for the need are refused rather than listed.
        let tiny = sizing(LotRule::Fixed(dec!(0.001)), None, None, None);
        assert_eq!(lot_quantities(&tiny, dec!(1000)), None);
        let tiny = sizing(LotRule::LotForLot, None, None, Some(dec!(0.001)));
        assert_eq!(lot_quantities(&tiny, dec!(1000)), None);
        // The fixed lot itself keeps the bounds: 25 rounded up to a multiple of 10 = 30.
        let s = sizing(LotRule::Fixed(dec!(25)), None, Some(dec!(10)), None);
        assert_eq!(lot_quantities(&s, dec!(31)), Some(vec![dec!(30), dec!(30)]));
    }

    #[test]
    fn period_grouping_sizes_the_grouped_need_like_lot_for_lot() {
        // The engine sums the period's requirements; the sizing is that of one quantity.
        let s = sizing(LotRule::PeriodDays(7), Some(dec!(5)), None, None);
        assert_eq!(lot_quantities(&s, dec!(12)), Some(vec![dec!(12)]));
        assert_eq!(lot_quantities(&s, dec!(3)), Some(vec![dec!(5)]));
    }
}
