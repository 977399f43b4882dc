//! Supplier items: what one supplier asks for one item — its own item number, the unit
//! price with quantity breaks (from a quantity on, this price) valid between two dates, the
//! currency, the lead time in working days, the minimum order quantity and the order
//! multiple, and whether it is the item's preferred source. Rules: at least one break, each
//! from a positive quantity (each quantity once), no negative price; minimum and multiple
//! positive when set; the validity's first day not after its last. The price of a quantity
//! on a day is the break with the highest quantity not above it, none outside the
//! validity or below the first break; an order quantity is the need raised to the minimum,
//! then up to the next multiple. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::Date;

use super::money::parse_money_in;
use super::{Currency, Invalid, Money};

/// The lead time of a supplier item imported without one, in working days (two weeks).
pub const DEFAULT_LEAD_DAYS: u32 = 10;

/// From `from_qty` units on, each costs `price`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceBreak {
    pub from_qty: Decimal,
    pub price: Decimal,
}

impl PriceBreak {
    /// Reads `FROM:PRICE` (`100:4,20`) or a bare price (from 1 on), the price in
    /// `currency` (no more decimals than it has).
    pub fn parse(text: &str, currency: Currency) -> Result<PriceBreak, Invalid> {
        let (from, price) = match text.split_once(':') {
            Some((from, price)) => (from.trim(), price.trim()),
            None => ("1", text.trim()),
        };
        let from_qty = super::money::parse_decimal("price", from)?;
        let mut price = parse_money_in("price", price, currency)?;
        price.rescale(currency.minor_units());
        Ok(PriceBreak { from_qty, price })
    }

    /// The form `parse` reads back (`100:4.20`).
    pub fn code(&self) -> String {
        format!("{}:{}", self.from_qty.normalize(), self.price)
    }
}

/// One supplier's offer of one item. `version` counts changes (1 after creation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupplierItem {
    pub id: u64,
    pub item_id: u64,
    pub supplier_id: u64,
    /// The supplier's own number of the item, empty when unknown.
    pub supplier_sku: String,
    /// The price breaks, by rising quantity.
    pub breaks: Vec<PriceBreak>,
    pub currency: Currency,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    /// Working days from the order to the receipt.
    pub lead_days: u32,
    /// The minimum order quantity.
    pub moq: Option<Decimal>,
    /// Orders are a multiple of this quantity.
    pub multiple: Option<Decimal>,
    /// The item's preferred source (at most one per item).
    pub preferred: bool,
    pub version: u64,
}

impl SupplierItem {
    /// Checks the rules a stored supplier item always satisfies (see the module header).
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.breaks.is_empty() {
            return Err(Invalid::new("price", crate::t!("supplier-item-no-price")));
        }
        for (index, step) in self.breaks.iter().enumerate() {
            if step.from_qty <= Decimal::ZERO {
                return Err(positive("price", step.from_qty));
            }
            if step.price < Decimal::ZERO {
                let price = crate::lang::format::decimal(step.price);
                return Err(Invalid::new(
                    "price",
                    crate::t!("supplier-item-negative-price", price = price),
                ));
            }
            if index > 0 && self.breaks[index - 1].from_qty >= step.from_qty {
                let from = crate::lang::format::decimal(step.from_qty);
                return Err(Invalid::new(
                    "price",
                    crate::t!("supplier-item-break-twice", from = from),
                ));
            }
        }
        for (field, value) in [("moq", self.moq), ("multiple", self.multiple)] {
            if let Some(value) = value.filter(|value| *value <= Decimal::ZERO) {
                return Err(positive(field, value));
            }
        }
        if let (Some(from), Some(until)) = (self.valid_from, self.valid_until)
            && from > until
        {
            return Err(Invalid::new(
                "valid_until",
                crate::t!("supplier-item-until-before-from"),
            ));
        }
        Ok(())
    }

    /// Whether the offer is valid on `day`.
    pub fn valid_on(&self, day: Date) -> bool {
        self.valid_from.is_none_or(|from| from <= day)
            && self.valid_until.is_none_or(|until| day <= until)
    }

    /// The unit price of `quantity` on `day`: the break with the highest quantity not above
    /// it; none outside the validity or below the first break.
    pub fn unit_price(&self, quantity: Decimal, day: Date) -> Option<Money> {
        if !self.valid_on(day) {
            return None;
        }
        self.breaks
            .iter()
            .rev()
            .find(|step| step.from_qty <= quantity)
            .map(|step| Money::new(step.price, self.currency))
    }

    /// What to order of this supplier for a need of `needed` (see `order_quantity`).
    pub fn order_quantity(&self, needed: Decimal) -> Decimal {
        order_quantity(needed, self.moq, self.multiple)
    }
}

/// The order quantity for a need of `needed`: nothing for no need; else at least `moq`,
/// rounded up to a whole number of `multiple`s.
pub fn order_quantity(needed: Decimal, moq: Option<Decimal>, multiple: Option<Decimal>) -> Decimal {
    if needed <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let quantity = moq.map_or(needed, |moq| needed.max(moq));
    match multiple.filter(|multiple| *multiple > Decimal::ZERO) {
        Some(multiple) => (quantity / multiple).ceil() * multiple,
        None => quantity,
    }
}

fn positive(field: &'static str, value: Decimal) -> Invalid {
    let value = crate::lang::format::decimal(value);
    Invalid::new(
        field,
        crate::t!("supplier-item-not-positive", value = value),
    )
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::date;

    use super::*;

    fn offer() -> SupplierItem {
        SupplierItem {
            id: 1,
            item_id: 2,
            supplier_id: 3,
            supplier_sku: "EX-1".into(),
            breaks: vec![
                PriceBreak {
                    from_qty: dec!(1),
                    price: dec!(4.50),
                },
                PriceBreak {
                    from_qty: dec!(100),
                    price: dec!(4.20),
                },
            ],
            currency: Currency::EUR,
            valid_from: Some(date!(2026 - 01 - 01)),
            valid_until: Some(date!(2026 - 12 - 31)),
            lead_days: 5,
            moq: Some(dec!(10)),
            multiple: Some(dec!(6)),
            preferred: true,
            version: 1,
        }
    }

    #[test]
    fn the_break_applies_from_its_quantity_within_the_validity() {
        let offer = offer();
        let day = date!(2026 - 06 - 01);
        let price = |qty| offer.unit_price(qty, day).map(|money| money.amount);
        assert_eq!(price(dec!(1)), Some(dec!(4.50)));
        assert_eq!(price(dec!(99.9)), Some(dec!(4.50)));
        assert_eq!(price(dec!(100)), Some(dec!(4.20)));
        assert_eq!(price(dec!(0.5)), None);
        assert!(offer.unit_price(dec!(5), date!(2026 - 01 - 01)).is_some());
        assert!(offer.unit_price(dec!(5), date!(2026 - 12 - 31)).is_some());
        assert_eq!(offer.unit_price(dec!(5), date!(2025 - 12 - 31)), None);
        assert_eq!(offer.unit_price(dec!(5), date!(2027 - 01 - 01)), None);
    }

    #[test]
    fn an_order_is_raised_to_the_minimum_then_to_the_multiple() {
        assert_eq!(offer().order_quantity(dec!(1)), dec!(12));
        assert_eq!(offer().order_quantity(dec!(12)), dec!(12));
        assert_eq!(offer().order_quantity(dec!(12.5)), dec!(18));
        assert_eq!(offer().order_quantity(dec!(0)), dec!(0));
        assert_eq!(order_quantity(dec!(7), Some(dec!(10)), None), dec!(10));
        assert_eq!(order_quantity(dec!(7), None, Some(dec!(5))), dec!(10));
        assert_eq!(order_quantity(dec!(7), None, None), dec!(7));
        assert_eq!(order_quantity(dec!(-3), Some(dec!(10)), None), dec!(0));
    }

    #[test]
    fn breaks_read_back_and_bad_offers_name_their_field() {
        let step = PriceBreak::parse("100:4,2", Currency::EUR).unwrap();
        assert_eq!((step.from_qty, step.code()), (dec!(100), "100:4.20".into()));
        assert_eq!(
            PriceBreak::parse(&step.code(), Currency::EUR).unwrap(),
            step
        );
        assert_eq!(
            PriceBreak::parse("3.5", Currency::EUR).unwrap().from_qty,
            dec!(1)
        );
        assert!(PriceBreak::parse("1:4.555", Currency::EUR).is_err());
        assert!(offer().validate().is_ok());
        let broken = |change: fn(&mut SupplierItem)| {
            let mut offer = offer();
            change(&mut offer);
            offer.validate().unwrap_err().field
        };
        assert_eq!(broken(|o| o.breaks.clear()), "price");
        assert_eq!(broken(|o| o.breaks[1].price = dec!(-1)), "price");
        assert_eq!(broken(|o| o.breaks[1].from_qty = dec!(1)), "price");
        assert_eq!(broken(|o| o.breaks[0].from_qty = dec!(0)), "price");
        assert_eq!(broken(|o| o.moq = Some(dec!(0))), "moq");
        assert_eq!(broken(|o| o.multiple = Some(dec!(-2))), "multiple");
        assert_eq!(
            broken(|o| o.valid_until = Some(date!(2025 - 01 - 01))),
            "valid_until"
        );
    }
}
