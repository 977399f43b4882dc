//! Holds on a sales order (JD Edwards' model): an order that breaks a credit, order-value
//! or margin rule is kept, not refused, and waits until someone with the right releases it
//! with a reason. The records of a hold and of its release live here, and the rules:
//! each rule holds only when strictly broken (exactly at a limit is not a hold), a reason
//! a release already accepted holds the order again only when it got worse, and a held
//! order is not delivered. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::SalesOrder;
use crate::domain::{Currency, Invalid};
use crate::lang::format;

/// Why an order is held, with the figures that broke the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum HoldReason {
    /// The customer's exposure with this order exceeds the credit limit.
    Credit { exposure: Decimal, limit: Decimal },
    /// The order's net value lies outside the configured minimum and maximum.
    OrderValue {
        value: Decimal,
        minimum: Option<Decimal>,
        maximum: Option<Decimal>,
    },
    /// Line `line` (1-based) earns a margin (percent of its net) below the threshold.
    Margin {
        line: u32,
        margin: Decimal,
        threshold: Decimal,
    },
}

/// An order's hold: what broke which rule, and since when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hold {
    pub reasons: Vec<HoldReason>,
    pub since: OffsetDateTime,
}

/// A release of a hold: who released it, when and why, and what the hold said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoldRelease {
    pub hold: Hold,
    pub by: String,
    pub at: OffsetDateTime,
    pub reason: String,
}

/// The company-wide limits an order is held by (`None`: that rule is not checked): the
/// order's net value between `order_minimum` and `order_maximum`, every line's margin at
/// least `margin_minimum` percent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HoldRules {
    pub order_minimum: Option<Decimal>,
    pub order_maximum: Option<Decimal>,
    pub margin_minimum: Option<Decimal>,
}

/// One line as the margin rule reads it: its net (after discount, cancelled quantities
/// left out), the quantity still wanted and its item's unit cost (`None`: a free-text
/// line, which has no cost and is not judged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineFigures {
    pub net: Decimal,
    pub quantity: Decimal,
    pub unit_cost: Option<Decimal>,
}

/// What the rules read of an order and its customer: the order's net and gross, its lines,
/// the customer's credit exposure from their other orders (in the order's currency) and
/// their credit limit (`None`: no limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldFigures {
    pub net: Decimal,
    pub gross: Decimal,
    pub lines: Vec<LineFigures>,
    pub exposure: Decimal,
    pub credit_limit: Option<Decimal>,
}

impl HoldRules {
    /// Every rule the order breaks: credit, then order value, then margin line by line.
    pub fn reasons(&self, figures: &HoldFigures) -> Vec<HoldReason> {
        let credit = figures
            .credit_limit
            .and_then(|limit| credit(figures.exposure + figures.gross, limit));
        let value = order_value(figures.net, self.order_minimum, self.order_maximum);
        let margins = self.margin_minimum.into_iter().flat_map(|threshold| {
            figures
                .lines
                .iter()
                .enumerate()
                .filter_map(move |(index, line)| {
                    let cost = line.quantity * line.unit_cost?;
                    let number = u32::try_from(index + 1).ok()?;
                    margin(number, line.net, cost, threshold)
                })
        });
        credit.into_iter().chain(value).chain(margins).collect()
    }
}

/// The credit rule: held when the exposure including this order is above the limit.
pub fn credit(exposure: Decimal, limit: Decimal) -> Option<HoldReason> {
    (exposure > limit).then_some(HoldReason::Credit { exposure, limit })
}

/// The order-value rule: held when the net value is below the minimum or above the maximum.
pub fn order_value(
    value: Decimal,
    minimum: Option<Decimal>,
    maximum: Option<Decimal>,
) -> Option<HoldReason> {
    let below = minimum.is_some_and(|minimum| value < minimum);
    let above = maximum.is_some_and(|maximum| value > maximum);
    (below || above).then_some(HoldReason::OrderValue {
        value,
        minimum,
        maximum,
    })
}

/// The margin rule for line `line`: (net − cost) / net in percent, held when below
/// `threshold` percent. A line without net (given away) has no margin percent and is not
/// judged. The margin kept is rounded to two places (half away from zero) for reading;
/// the comparison uses the exact figure.
pub fn margin(line: u32, net: Decimal, cost: Decimal, threshold: Decimal) -> Option<HoldReason> {
    if net <= Decimal::ZERO {
        return None;
    }
    let exact = (net - cost)
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(net)?;
    (exact < threshold).then(|| HoldReason::Margin {
        line,
        margin: crate::domain::money::round_commercial(exact, 2),
        threshold,
    })
}

impl HoldReason {
    /// The machine name of the rule (json, csv): `credit`, `order-value`, `margin`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Credit { .. } => "credit",
            Self::OrderValue { .. } => "order-value",
            Self::Margin { .. } => "margin",
        }
    }

    /// The reason in words in the current language, amounts in `currency`.
    pub fn describe(&self, currency: Currency) -> String {
        let money = |value: Decimal| format::money(value, currency.code(), currency.minor_units());
        match self {
            Self::Credit { exposure, limit } => crate::t!(
                "domain-hold-credit",
                exposure = money(*exposure),
                limit = money(*limit)
            ),
            Self::OrderValue {
                value,
                minimum: Some(minimum),
                ..
            } if value < minimum => crate::t!(
                "domain-hold-below-minimum",
                value = money(*value),
                minimum = money(*minimum)
            ),
            Self::OrderValue { value, maximum, .. } => crate::t!(
                "domain-hold-above-maximum",
                value = money(*value),
                maximum = money(maximum.unwrap_or_default())
            ),
            Self::Margin {
                line,
                margin,
                threshold,
            } => crate::t!(
                "domain-hold-margin",
                line = line.to_string(),
                margin = format::decimal(*margin),
                threshold = format::decimal(*threshold)
            ),
        }
    }

    /// Whether a release of `released` already accepted this reason: the same rule (and
    /// line) with figures at least as bad — a higher or equal exposure against a lower or
    /// equal limit, the same order value, a lower or equal margin.
    fn accepted_by(&self, released: &HoldReason) -> bool {
        match (self, released) {
            (
                Self::Credit { exposure, limit },
                Self::Credit {
                    exposure: was,
                    limit: was_limit,
                },
            ) => exposure <= was && limit >= was_limit,
            (Self::OrderValue { value, .. }, Self::OrderValue { value: was, .. }) => value == was,
            (
                Self::Margin { line, margin, .. },
                Self::Margin {
                    line: was_line,
                    margin: was,
                    ..
                },
            ) => line == was_line && margin >= was,
            _ => false,
        }
    }
}

impl SalesOrder {
    /// Holds the order for those of `reasons` no earlier release accepted (see
    /// `HoldReason::accepted_by`); an order already held keeps its `since` and takes the
    /// new reasons, and one whose every reason is gone or accepted is no longer held.
    pub fn assess_hold(&mut self, reasons: Vec<HoldReason>, now: OffsetDateTime) {
        let open: Vec<HoldReason> = reasons
            .into_iter()
            .filter(|reason| {
                !self.releases.iter().any(|release| {
                    release
                        .hold
                        .reasons
                        .iter()
                        .any(|was| reason.accepted_by(was))
                })
            })
            .collect();
        self.hold = match (open.is_empty(), self.hold.take()) {
            (true, _) => None,
            (false, held) => Some(Hold {
                reasons: open,
                since: held.map_or(now, |hold| hold.since),
            }),
        };
    }

    /// Releases the hold as `by` at `at` for `reason`, keeping the release; refused when
    /// the order is not held or the reason is empty.
    pub fn release_hold(
        &mut self,
        by: &str,
        reason: &str,
        at: OffsetDateTime,
    ) -> Result<(), Invalid> {
        if reason.trim().is_empty() {
            return Err(Invalid::new(
                "reason",
                crate::t!("domain-must-not-be-empty"),
            ));
        }
        let Some(hold) = self.hold.take() else {
            return Err(Invalid::new(
                "state",
                crate::t!("domain-hold-not-held", number = self.number.as_str()),
            ));
        };
        self.releases.push(HoldRelease {
            hold,
            by: by.to_string(),
            at,
            reason: reason.trim().to_string(),
        });
        Ok(())
    }

    /// Refuses anything that needs a free order (a delivery) while it is held, naming the
    /// reasons.
    pub fn refuse_if_held(&self) -> Result<(), Invalid> {
        match &self.hold {
            None => Ok(()),
            Some(hold) => Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-hold-held",
                    number = self.number.as_str(),
                    reasons = hold
                        .reasons
                        .iter()
                        .map(|reason| reason.describe(self.currency))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
    use crate::domain::sales::tests::line;
    use crate::domain::vat::VatCategory;

    const NOW: OffsetDateTime = datetime!(2026-12-05 09:00 UTC);

    fn figures(net: Decimal, gross: Decimal) -> HoldFigures {
        HoldFigures {
            net,
            gross,
            lines: Vec::new(),
            exposure: Decimal::ZERO,
            credit_limit: None,
        }
    }

    fn order() -> SalesOrder {
        let line = line(dec!(1), dec!(10.00), VatCategory::Standard);
        let mut order = SalesOrder::open(
            1,
            date!(2026 - 12 - 05),
            Currency::EUR,
            vec![line],
            None,
            NOW,
        );
        order.number = "AU-2026-00001".into();
        order
    }

    #[test]
    fn credit_holds_only_above_the_limit() {
        assert_eq!(credit(dec!(1000.00), dec!(1000.00)), None);
        assert_eq!(
            credit(dec!(1000.01), dec!(1000.00)),
            Some(HoldReason::Credit {
                exposure: dec!(1000.01),
                limit: dec!(1000.00)
            })
        );
        // The exposure of other orders counts with the order's gross; no limit: no hold.
        let rules = HoldRules::default();
        let mut both = figures(dec!(100.00), dec!(119.00));
        both.exposure = dec!(881.00);
        both.credit_limit = Some(dec!(1000.00));
        assert_eq!(rules.reasons(&both), vec![]);
        both.exposure = dec!(881.01);
        assert_eq!(
            rules.reasons(&both),
            vec![HoldReason::Credit {
                exposure: dec!(1000.01),
                limit: dec!(1000.00)
            }]
        );
        both.credit_limit = None;
        assert_eq!(rules.reasons(&both), vec![]);
    }

    #[test]
    fn order_value_holds_only_outside_minimum_and_maximum() {
        let (min, max) = (Some(dec!(50.00)), Some(dec!(100000.00)));
        assert_eq!(order_value(dec!(50.00), min, max), None);
        assert_eq!(order_value(dec!(100000.00), min, max), None);
        assert_eq!(
            order_value(dec!(49.99), min, max),
            Some(HoldReason::OrderValue {
                value: dec!(49.99),
                minimum: min,
                maximum: max
            })
        );
        assert!(order_value(dec!(100000.01), min, max).is_some());
        assert_eq!(order_value(dec!(0.01), None, None), None);
    }

    #[test]
    fn margin_holds_only_below_the_threshold() {
        // Net 100.00, cost 90.00: exactly 10 %.
        assert_eq!(margin(1, dec!(100.00), dec!(90.00), dec!(10)), None);
        // Cost one cent more: 9.99 %.
        assert_eq!(
            margin(2, dec!(100.00), dec!(90.01), dec!(10)),
            Some(HoldReason::Margin {
                line: 2,
                margin: dec!(9.99),
                threshold: dec!(10)
            })
        );
        // A loss; a line given away is not judged.
        assert!(margin(1, dec!(50.00), dec!(60.00), dec!(0)).is_some());
        assert_eq!(margin(1, dec!(0.00), dec!(60.00), dec!(10)), None);
        // Through the rules: quantity × unit cost; a free-text line has no cost.
        let rules = HoldRules {
            margin_minimum: Some(dec!(10)),
            ..HoldRules::default()
        };
        let mut order = figures(dec!(130.00), dec!(154.70));
        order.lines = vec![
            LineFigures {
                net: dec!(100.00),
                quantity: dec!(4),
                unit_cost: Some(dec!(22.50)),
            },
            LineFigures {
                net: dec!(30.00),
                quantity: dec!(1),
                unit_cost: None,
            },
        ];
        assert_eq!(rules.reasons(&order), vec![]);
        order.lines[0].unit_cost = Some(dec!(22.51));
        assert_eq!(
            rules.reasons(&order),
            vec![HoldReason::Margin {
                line: 1,
                margin: dec!(9.96),
                threshold: dec!(10)
            }]
        );
    }

    #[test]
    fn a_release_keeps_its_reasons_from_holding_again_until_they_get_worse() {
        let mut order = order();
        let credit = |exposure| HoldReason::Credit {
            exposure,
            limit: dec!(1000),
        };
        order.assess_hold(vec![credit(dec!(1200))], NOW);
        assert_eq!(order.hold.as_ref().map(|h| h.reasons.len()), Some(1));
        assert!(order.refuse_if_held().is_err());
        assert!(order.release_hold("mia", " ", NOW).is_err());
        order.release_hold("mia", "paid in advance", NOW).unwrap();
        assert_eq!(order.hold, None);
        assert_eq!(order.releases[0].reason, "paid in advance");
        assert_eq!(order.releases[0].hold.reasons, vec![credit(dec!(1200))]);
        assert!(order.refuse_if_held().is_ok());
        // The same or a smaller exposure stays released; a larger one holds again.
        order.assess_hold(vec![credit(dec!(1200))], NOW);
        assert_eq!(order.hold, None);
        order.assess_hold(vec![credit(dec!(1100))], NOW);
        assert_eq!(order.hold, None);
        order.assess_hold(vec![credit(dec!(1200.01))], NOW);
        assert_eq!(
            order.hold.as_ref().map(|h| h.reasons.clone()),
            Some(vec![credit(dec!(1200.01))])
        );
        // A reason no release accepted holds; when every reason is gone, so is the hold.
        let mut fresh = self::order();
        let low = HoldReason::Margin {
            line: 1,
            margin: dec!(5),
            threshold: dec!(10),
        };
        fresh.assess_hold(vec![low.clone()], NOW);
        fresh.release_hold("mia", "clearance", NOW).unwrap();
        fresh.assess_hold(vec![low, credit(dec!(1001))], NOW);
        assert_eq!(
            fresh.hold.map(|h| h.reasons),
            Some(vec![credit(dec!(1001))])
        );
        let mut gone = self::order();
        gone.assess_hold(vec![credit(dec!(1001))], NOW);
        gone.assess_hold(Vec::new(), NOW);
        assert_eq!(gone.hold, None);
        assert!(gone.release_hold("mia", "why", NOW).is_err());
    }

    #[test]
    fn reasons_read_in_words() {
        let value = HoldReason::OrderValue {
            value: dec!(20),
            minimum: Some(dec!(50)),
            maximum: None,
        };
        let text = value.describe(Currency::EUR);
        assert!(
            text.contains("20.00 EUR") && text.contains("50.00 EUR"),
            "{text}"
        );
        let german = crate::lang::in_german(|| value.describe(Currency::EUR));
        assert!(
            german.contains("20,00 €") && german.contains("50,00 €"),
            "{german}"
        );
        let margin = HoldReason::Margin {
            line: 2,
            margin: dec!(9.99),
            threshold: dec!(10),
        };
        assert!(margin.describe(Currency::EUR).contains("9.99"));
    }
}
