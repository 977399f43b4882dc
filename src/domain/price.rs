//! Price rules and the one order of precedence that turns an item's list price into the
//! unit price a customer pays. Room: domain (pure).
//!
//! A rule belongs to one item and says who it is for (`Scope`: one customer, the customers
//! carrying a tag, or everyone), from which quantity on (`min_qty`, a quantity break), what
//! it does (`Adjustment`: a fixed unit price in the item's currency, or a discount in
//! percent off the list price) and when it is valid (`valid_from` / `valid_until`, both
//! days included, either open).
//!
//! **Precedence** (`price_for`), deterministic:
//! 1. A rule applies only when it is for this buyer (the customer itself, a tag the
//!    customer carries — compared folded — or everyone), valid on the date, and its
//!    quantity break is at most the quantity. Checked in that order, so a skipped rule
//!    names the first reason: another customer, tag not on the customer, not valid yet,
//!    expired, quantity below its break.
//! 2. Of the applicable rules, a customer's own beats a tag's, which beats everyone's.
//! 3. Within the same scope the highest quantity break wins.
//! 4. Then the most recent `valid_from` (an open start counts as the oldest).
//! 5. Ties by the lowest rule id.
//!
//! Every other applicable rule is skipped as outranked by the winner. Without a winner the
//! list price stands. A discount's price is the list price × (1 − discount), rounded half
//! away from zero to the currency's minor unit — the one rounding point of this module.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::Date;

use super::Invalid;
use super::fold::fold;
use super::money::round_commercial;

/// Who a rule is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// One customer, by id.
    Customer(u64),
    /// The customers carrying this tag.
    Tag(String),
    Everyone,
}

impl Scope {
    /// The rank in precedence: customer 3, tag 2, everyone 1.
    fn rank(&self) -> u8 {
        match self {
            Scope::Customer(_) => 3,
            Scope::Tag(_) => 2,
            Scope::Everyone => 1,
        }
    }
}

/// What a rule does to the price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Adjustment {
    /// This unit price, in the currency of the item's list price.
    Price(Decimal),
    /// This many percent off the list price (0 < percent ≤ 100).
    Discount(Decimal),
}

/// A price rule of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceRule {
    pub id: u64,
    pub item_id: u64,
    pub scope: Scope,
    /// The quantity from which it applies (a quantity break); 1 unless given.
    pub min_qty: Decimal,
    pub adjustment: Adjustment,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    pub version: u64,
}

impl PriceRule {
    /// Quantity break above zero, a price not negative, a discount above 0 and at most
    /// 100 %, a validity that does not end before it starts.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.min_qty <= Decimal::ZERO {
            return Err(Invalid::new(
                "min_qty",
                crate::t!("domain-must-be-positive"),
            ));
        }
        match self.adjustment {
            Adjustment::Price(price) if price.is_sign_negative() && !price.is_zero() => {
                return Err(Invalid::new(
                    "price",
                    crate::t!("domain-must-not-be-negative"),
                ));
            }
            Adjustment::Discount(percent) if percent <= Decimal::ZERO || percent > HUNDRED => {
                return Err(Invalid::new(
                    "discount",
                    crate::t!(
                        "domain-price-discount-range",
                        text = crate::lang::format::decimal(percent)
                    ),
                ));
            }
            _ => {}
        }
        if let (Some(from), Some(until)) = (self.valid_from, self.valid_until)
            && until < from
        {
            return Err(Invalid::new(
                "valid_until",
                crate::t!(
                    "domain-price-until-before-from",
                    until = crate::lang::format::date(until),
                    from = crate::lang::format::date(from)
                ),
            ));
        }
        if let Scope::Tag(tag) = &self.scope
            && fold(tag).is_empty()
        {
            return Err(Invalid::new("tag", crate::t!("domain-must-not-be-empty")));
        }
        Ok(())
    }

    /// The unit price this rule gives for `list` (a discount rounded to `minor` digits).
    pub fn unit_price(&self, list: Decimal, minor: u32) -> Decimal {
        match self.adjustment {
            Adjustment::Price(price) => price,
            Adjustment::Discount(percent) => {
                round_commercial(list * (HUNDRED - percent) / HUNDRED, minor)
            }
        }
    }

    /// The key it is ranked by among applicable rules (higher wins): scope, quantity
    /// break, most recent start, lowest id.
    fn rank(&self) -> (u8, Decimal, Option<Date>, std::cmp::Reverse<u64>) {
        (
            self.scope.rank(),
            self.min_qty,
            self.valid_from,
            std::cmp::Reverse(self.id),
        )
    }
}

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// Who buys: the customer (none for an anonymous price question) and their tags.
#[derive(Debug, Clone, Copy, Default)]
pub struct Buyer<'a> {
    pub customer_id: Option<u64>,
    pub tags: &'a [String],
}

/// Why a rule did not set the price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// It is another customer's.
    OtherCustomer(u64),
    /// Its tag is not one of the customer's.
    TagMissing(String),
    /// It starts after the date.
    NotYetValid(Date),
    /// It ended before the date.
    Expired(Date),
    /// The quantity is below its break.
    BelowBreak(Decimal),
    /// It applies, but this rule won.
    Outranked(u64),
}

impl Skipped {
    /// The machine name of the reason (json output).
    pub fn code(&self) -> &'static str {
        match self {
            Skipped::OtherCustomer(_) => "other-customer",
            Skipped::TagMissing(_) => "tag-not-on-customer",
            Skipped::NotYetValid(_) => "not-valid-yet",
            Skipped::Expired(_) => "expired",
            Skipped::BelowBreak(_) => "quantity-below-break",
            Skipped::Outranked(_) => "outranked",
        }
    }

    /// The reason as a person reads it, in the current language.
    pub fn text(&self) -> String {
        use crate::lang::format;
        match self {
            Skipped::OtherCustomer(id) => {
                crate::t!("domain-price-skip-other-customer", id = id.to_string())
            }
            Skipped::TagMissing(tag) => crate::t!("domain-price-skip-tag", tag = tag.as_str()),
            Skipped::NotYetValid(from) => {
                crate::t!("domain-price-skip-not-yet", from = format::date(*from))
            }
            Skipped::Expired(until) => {
                crate::t!("domain-price-skip-expired", until = format::date(*until))
            }
            Skipped::BelowBreak(min) => {
                crate::t!("domain-price-skip-below-break", min = format::decimal(*min))
            }
            Skipped::Outranked(by) => {
                crate::t!("domain-price-skip-outranked", rule = by.to_string())
            }
        }
    }
}

/// The price found, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceFound {
    pub unit_price: Decimal,
    /// The rule that set it; `None` when the list price stands.
    pub applied: Option<u64>,
    /// Every other rule of the item, in id order, with why it was skipped.
    pub skipped: Vec<(u64, Skipped)>,
}

/// Why `rule` does not apply to `buyer` at `qty` on `date`, `None` when it does.
fn excluded(rule: &PriceRule, buyer: Buyer, qty: Decimal, date: Date) -> Option<Skipped> {
    match &rule.scope {
        Scope::Customer(id) if buyer.customer_id != Some(*id) => {
            return Some(Skipped::OtherCustomer(*id));
        }
        Scope::Tag(tag) if !buyer.tags.iter().any(|t| fold(t) == fold(tag)) => {
            return Some(Skipped::TagMissing(tag.clone()));
        }
        _ => {}
    }
    if let Some(from) = rule.valid_from.filter(|from| date < *from) {
        return Some(Skipped::NotYetValid(from));
    }
    if let Some(until) = rule.valid_until.filter(|until| date > *until) {
        return Some(Skipped::Expired(until));
    }
    (qty < rule.min_qty).then_some(Skipped::BelowBreak(rule.min_qty))
}

/// The unit price of an item listed at `list` (`minor` digits in its currency) for `buyer`
/// buying `qty` on `date` under `rules` (the item's), by the precedence of this module.
pub fn price_for(
    list: Decimal,
    minor: u32,
    rules: &[PriceRule],
    buyer: Buyer,
    qty: Decimal,
    date: Date,
) -> PriceFound {
    let mut rules: Vec<&PriceRule> = rules.iter().collect();
    rules.sort_by_key(|rule| rule.id);
    let winner = rules
        .iter()
        .filter(|rule| excluded(rule, buyer, qty, date).is_none())
        .max_by_key(|rule| rule.rank())
        .copied();
    let skipped = rules
        .iter()
        .filter(|rule| Some(rule.id) != winner.map(|w| w.id))
        .map(|rule| {
            let why = excluded(rule, buyer, qty, date)
                .unwrap_or(Skipped::Outranked(winner.map_or(0, |w| w.id)));
            (rule.id, why)
        })
        .collect();
    PriceFound {
        unit_price: winner.map_or(list, |rule| rule.unit_price(list, minor)),
        applied: winner.map(|rule| rule.id),
        skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;
    use time::macros::date;

    const DAY: Date = date!(2026 - 12 - 05);

    fn rule(id: u64, scope: Scope, min: Decimal, adjustment: Adjustment) -> PriceRule {
        PriceRule {
            id,
            item_id: 1,
            scope,
            min_qty: min,
            adjustment,
            valid_from: None,
            valid_until: None,
            version: 0,
        }
    }

    fn price(value: Decimal) -> Adjustment {
        Adjustment::Price(value)
    }

    fn tags() -> Vec<String> {
        vec!["Großhandel".to_string()]
    }

    fn found(rules: &[PriceRule], qty: Decimal) -> PriceFound {
        let tags = tags();
        let buyer = Buyer {
            customer_id: Some(7),
            tags: &tags,
        };
        price_for(dec!(10.00), 2, rules, buyer, qty, DAY)
    }

    #[test]
    fn without_rules_the_list_price_stands() {
        let none = found(&[], dec!(1));
        assert_eq!((none.unit_price, none.applied), (dec!(10.00), None));
        assert!(none.skipped.is_empty());
    }

    #[test]
    fn a_customer_rule_beats_a_tag_rule_beats_everyone() {
        let rules = [
            rule(1, Scope::Everyone, dec!(1), price(dec!(9))),
            rule(2, Scope::Tag("GROSSHANDEL".into()), dec!(1), price(dec!(8))),
            rule(3, Scope::Customer(7), dec!(1), price(dec!(8.50))),
        ];
        let all = found(&rules, dec!(1));
        assert_eq!((all.unit_price, all.applied), (dec!(8.50), Some(3)));
        assert_eq!(
            all.skipped,
            [(1, Skipped::Outranked(3)), (2, Skipped::Outranked(3))]
        );
        let tag = found(&rules[..2], dec!(1));
        assert_eq!((tag.unit_price, tag.applied), (dec!(8), Some(2)));
        let everyone = found(&rules[..1], dec!(1));
        assert_eq!(everyone.applied, Some(1));
    }

    #[test]
    fn the_highest_break_reached_wins_within_a_scope() {
        let rules = [
            rule(1, Scope::Everyone, dec!(1), price(dec!(9))),
            rule(2, Scope::Everyone, dec!(10), price(dec!(8))),
        ];
        let ten = found(&rules, dec!(10));
        assert_eq!((ten.unit_price, ten.applied), (dec!(8), Some(2)));
        assert_eq!(ten.skipped, [(1, Skipped::Outranked(2))]);
        let five = found(&rules, dec!(5));
        assert_eq!((five.unit_price, five.applied), (dec!(9), Some(1)));
        assert_eq!(five.skipped, [(2, Skipped::BelowBreak(dec!(10)))]);
    }

    #[test]
    fn a_higher_scope_beats_a_higher_break() {
        let rules = [
            rule(1, Scope::Everyone, dec!(10), price(dec!(7))),
            rule(2, Scope::Customer(7), dec!(1), price(dec!(9))),
        ];
        assert_eq!(found(&rules, dec!(10)).applied, Some(2));
    }

    #[test]
    fn then_the_most_recent_start_then_the_lowest_id() {
        let mut older = rule(1, Scope::Everyone, dec!(1), price(dec!(9)));
        older.valid_from = Some(date!(2026 - 01 - 01));
        let mut newer = rule(2, Scope::Everyone, dec!(1), price(dec!(8)));
        newer.valid_from = Some(date!(2026 - 06 - 01));
        let open = rule(3, Scope::Everyone, dec!(1), price(dec!(7)));
        let picked = found(&[open.clone(), newer.clone(), older.clone()], dec!(1));
        assert_eq!(picked.applied, Some(2));
        assert_eq!(
            picked.skipped,
            [(1, Skipped::Outranked(2)), (3, Skipped::Outranked(2))]
        );
        // An open start ranks below any date.
        let undated = found(&[open, older], dec!(1));
        assert_eq!(undated.applied, Some(1));
        assert_eq!(undated.skipped, [(3, Skipped::Outranked(1))]);
        // The same rank in every respect: the lower id.
        let same = [
            rule(6, Scope::Everyone, dec!(1), price(dec!(5))),
            rule(5, Scope::Everyone, dec!(1), price(dec!(6))),
        ];
        assert_eq!(found(&same, dec!(1)).applied, Some(5));
    }

    #[test]
    fn every_reason_to_skip_is_named() {
        let mut future = rule(1, Scope::Everyone, dec!(1), price(dec!(1)));
        future.valid_from = Some(date!(2027 - 01 - 01));
        let mut expired = rule(2, Scope::Everyone, dec!(1), price(dec!(2)));
        expired.valid_until = Some(date!(2026 - 12 - 04));
        let other = rule(3, Scope::Customer(8), dec!(1), price(dec!(3)));
        let tag = rule(4, Scope::Tag("retail".into()), dec!(1), price(dec!(4)));
        let big = rule(5, Scope::Everyone, dec!(100), price(dec!(5)));
        let result = found(&[future, expired, other, tag, big], dec!(99));
        assert_eq!((result.unit_price, result.applied), (dec!(10.00), None));
        assert_eq!(
            result.skipped,
            [
                (1, Skipped::NotYetValid(date!(2027 - 01 - 01))),
                (2, Skipped::Expired(date!(2026 - 12 - 04))),
                (3, Skipped::OtherCustomer(8)),
                (4, Skipped::TagMissing("retail".into())),
                (5, Skipped::BelowBreak(dec!(100))),
            ]
        );
        let codes: Vec<&str> = result.skipped.iter().map(|(_, why)| why.code()).collect();
        assert_eq!(
            codes,
            [
                "not-valid-yet",
                "expired",
                "other-customer",
                "tag-not-on-customer",
                "quantity-below-break"
            ]
        );
    }

    #[test]
    fn validity_includes_both_days_and_anonymous_buyers_get_everyones_rules() {
        let mut today = rule(1, Scope::Everyone, dec!(1), price(dec!(4)));
        (today.valid_from, today.valid_until) = (Some(DAY), Some(DAY));
        assert_eq!(
            found(std::slice::from_ref(&today), dec!(1)).applied,
            Some(1)
        );
        let mine = rule(2, Scope::Customer(7), dec!(1), price(dec!(3)));
        let anonymous = price_for(dec!(10), 2, &[today, mine], Buyer::default(), dec!(1), DAY);
        assert_eq!(anonymous.applied, Some(1));
        assert_eq!(anonymous.skipped, [(2, Skipped::OtherCustomer(7))]);
    }

    #[test]
    fn a_discount_is_taken_off_the_list_price_and_rounded_half_away_from_zero() {
        let discount = rule(
            1,
            Scope::Everyone,
            dec!(1),
            Adjustment::Discount(dec!(12.5)),
        );
        // 10.99 × 0.875 = 9.61625 → 9.62
        assert_eq!(discount.unit_price(dec!(10.99), 2), dec!(9.62));
        // 0.10 × 0.95 = 0.095 → 0.10 (half away from zero)
        let five = rule(1, Scope::Everyone, dec!(1), Adjustment::Discount(dec!(5)));
        assert_eq!(five.unit_price(dec!(0.10), 2), dec!(0.10));
        assert_eq!(five.unit_price(dec!(1000), 0), dec!(950));
    }

    #[test]
    fn a_rule_is_validated() {
        let ok = rule(1, Scope::Everyone, dec!(1), price(dec!(0)));
        assert!(ok.validate().is_ok());
        let field = |rule: PriceRule| rule.validate().unwrap_err().field;
        assert_eq!(
            field(PriceRule {
                min_qty: dec!(0),
                ..ok.clone()
            }),
            "min_qty"
        );
        assert_eq!(
            field(PriceRule {
                adjustment: price(dec!(-1)),
                ..ok.clone()
            }),
            "price"
        );
        for percent in [dec!(0), dec!(100.01), dec!(-5)] {
            let wrong = PriceRule {
                adjustment: Adjustment::Discount(percent),
                ..ok.clone()
            };
            assert_eq!(field(wrong), "discount");
        }
        let full = PriceRule {
            adjustment: Adjustment::Discount(dec!(100)),
            ..ok.clone()
        };
        assert!(full.validate().is_ok());
        let backwards = PriceRule {
            valid_from: Some(date!(2026 - 12 - 05)),
            valid_until: Some(date!(2026 - 12 - 04)),
            ..ok.clone()
        };
        assert_eq!(field(backwards), "valid_until");
        assert_eq!(
            field(PriceRule {
                scope: Scope::Tag(" ".into()),
                ..ok
            }),
            "tag"
        );
    }
}
