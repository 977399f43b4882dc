//! Holds on sales orders: the company-wide limits (`kontor settings order_minimum 50`,
//! `order_maximum`, `margin_minimum` in percent; an empty value clears one), the figures an
//! order is judged by — its net and gross, its lines' costs, the customer's credit limit
//! and exposure — and releasing a hold, which needs the releases right (sales managers,
//! admins) and a reason, and is audited like every command (`Sales::ReleaseHold`, the
//! order's `hold` and `releases` before and after). Room: core.

use std::collections::HashMap;

use rust_decimal::Decimal;
use time::OffsetDateTime;

use super::{Actor, CoreError};
use crate::domain::sales::{HoldFigures, HoldReason, HoldRules, LineFigures, SalesOrder};
use crate::domain::vat::{RateTable, TaxTreatment};
use crate::domain::{Customer, Invalid, Item};
use crate::store::kinds::sales_demand::unbilled_of;
use crate::store::{Store, StoreResult, abort};

/// The lowest net value of an order that is not held (empty: none).
pub const ORDER_MINIMUM: &str = "order_minimum";
/// The highest net value of an order that is not held (empty: none).
pub const ORDER_MAXIMUM: &str = "order_maximum";
/// The lowest margin, in percent of a line's net, that is not held (empty: none).
pub const MARGIN_MINIMUM: &str = "margin_minimum";

/// The hold settings, in the order `kontor settings` lists them.
pub const HOLD_SETTINGS: [&str; 3] = [ORDER_MINIMUM, ORDER_MAXIMUM, MARGIN_MINIMUM];

/// The limits as stored (an unset or empty one is not checked).
pub fn rules(store: &Store) -> StoreResult<HoldRules> {
    let read = |name| -> StoreResult<Option<Decimal>> {
        Ok(store.setting(name)?.and_then(|text| text.parse().ok()))
    };
    Ok(HoldRules {
        order_minimum: read(ORDER_MINIMUM)?,
        order_maximum: read(ORDER_MAXIMUM)?,
        margin_minimum: read(MARGIN_MINIMUM)?,
    })
}

/// Each hold setting with its value as stored (empty: not set), for `kontor settings`.
pub fn settings(store: &Store) -> StoreResult<Vec<(&'static str, String)>> {
    HOLD_SETTINGS
        .into_iter()
        .map(|name| Ok((name, store.setting(name)?.unwrap_or_default())))
        .collect()
}

/// Checks a hold setting's value (`None`: not a hold setting): an amount not below zero,
/// a margin of at most 100 percent; empty clears it.
pub fn validate(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    let field = HOLD_SETTINGS.into_iter().find(|setting| *setting == name)?;
    let value = value.trim();
    if value.is_empty() {
        return Some(Ok(String::new()));
    }
    let checked = crate::domain::money::parse_decimal(field, value).and_then(|number| {
        let fits = match field {
            MARGIN_MINIMUM => number <= Decimal::ONE_HUNDRED,
            _ => !number.is_sign_negative(),
        };
        match fits {
            true => Ok(number.normalize().to_string()),
            false => Err(Invalid::new(
                field,
                crate::t!("core-hold-setting-range", name = field),
            )),
        }
    });
    Some(checked)
}

/// What an order of one customer is judged by, read before the transaction that writes
/// the order: the limits, the customer's credit limit (only in the order's currency) and
/// exposure, the unit costs of the items and the customer's tax treatment.
pub struct Assessor {
    rules: HoldRules,
    credit_limit: Option<Decimal>,
    exposure: Decimal,
    costs: HashMap<u64, Decimal>,
    treatment: TaxTreatment,
}

impl Assessor {
    /// Reads what `order` (of `customer`; as stored, or new with id 0) is judged by.
    ///
    /// The credit exposure is the gross value not yet invoiced of the customer's other
    /// orders that are not cancelled (open or confirmed), plus the open receivables — the
    /// customer's balance of invoices, credit notes and payments
    /// (`receivables::balance_of`; credit on the account lowers it) — in the order's
    /// currency.
    pub fn load(
        store: &Store,
        customer: &Customer,
        order: &SalesOrder,
    ) -> Result<Assessor, CoreError> {
        let treatment = super::sales_query::treatment(customer);
        let domestic = treatment == TaxTreatment::Domestic;
        // The customer's sum over every order (`orders.unbilled_by_customer`), less this
        // order's own share as stored.
        let mut exposure = unbilled_of(store, customer.id, order.currency, domestic)?
            + super::receivables::balance_of(store, customer.id, order.currency)?;
        if let Some(stored) = store.get::<SalesOrder>(order.id)?
            && stored.customer_id == customer.id
            && stored.currency == order.currency
        {
            let counted = match domestic {
                true => TaxTreatment::Domestic,
                false => TaxTreatment::Export,
            };
            exposure -= stored.unbilled_gross(counted).unwrap_or_default();
        }
        let mut costs = HashMap::new();
        for item in order.lines.iter().filter_map(|line| line.line.item_id) {
            if let Some(found) = store.get::<Item>(item)? {
                costs.insert(item, found.cost.amount);
            }
        }
        Ok(Assessor {
            rules: rules(store)?,
            credit_limit: customer
                .credit_limit
                .filter(|limit| limit.currency == order.currency)
                .map(|limit| limit.amount),
            exposure,
            costs,
            treatment,
        })
    }

    /// The rules `order` breaks now.
    pub fn reasons(&self, order: &SalesOrder) -> Result<Vec<HoldReason>, Invalid> {
        let totals = order.document(self.treatment).totals(&RateTable::GERMANY)?;
        let lines = order
            .lines
            .iter()
            .zip(&totals.line_nets)
            .map(|(line, net)| LineFigures {
                net: *net,
                quantity: line.open_quantity(),
                unit_cost: line
                    .line
                    .item_id
                    .and_then(|item| self.costs.get(&item).copied()),
            })
            .collect();
        Ok(self.rules.reasons(&HoldFigures {
            net: totals.net,
            gross: totals.gross,
            lines,
            exposure: self.exposure,
            credit_limit: self.credit_limit,
        }))
    }

    /// Judges `order` and holds it for what it breaks (see `SalesOrder::assess_hold`).
    pub fn assess(&self, order: &mut SalesOrder, now: OffsetDateTime) -> Result<(), Invalid> {
        let reasons = self.reasons(order)?;
        order.assess_hold(reasons, now);
        Ok(())
    }
}

/// Releases the hold of order `id` as `actor` at `now` for `reason`, in one transaction.
pub fn release(
    store: &Store,
    actor: &Actor,
    id: u64,
    reason: &str,
    now: OffsetDateTime,
) -> Result<SalesOrder, CoreError> {
    super::access::require(
        actor,
        super::access::Area::Releases,
        super::access::Access::Write,
    )?;
    Ok(store.transaction(|tx| {
        let mut order = tx.require::<SalesOrder>(id)?;
        order
            .release_hold(&actor.name, reason, now)
            .map_err(super::sales::refusal)
            .or_else(abort)?;
        order.updated = now;
        tx.update(&mut order, None)?;
        Ok(order)
    })?)
}

/// The held orders, oldest hold first (needs the sales right to read).
pub fn held(store: &Store, actor: &Actor) -> Result<Vec<super::sales_query::OrderView>, CoreError> {
    let mut held: Vec<_> = super::sales_query::orders(store, actor, None)?
        .into_iter()
        .filter(|view| view.order.hold.is_some())
        .collect();
    held.sort_by_key(|view| {
        view.order
            .hold
            .as_ref()
            .map(|hold| (hold.since, view.order.id))
    });
    Ok(held)
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
    use crate::domain::Currency;
    use crate::domain::sales::tests::line;
    use crate::domain::vat::VatCategory;

    #[test]
    fn the_exposure_of_an_order_is_its_gross_not_yet_invoiced() {
        let line = |quantity, price| line(quantity, price, VatCategory::Standard);
        let lines = vec![line(dec!(10), dec!(10.00)), line(dec!(2), dec!(50.00))];
        let now = datetime!(2026-12-05 09:00 UTC);
        let mut order = SalesOrder::open(1, date!(2026 - 12 - 05), Currency::EUR, lines, None, now);
        // 100.00 + 100.00 net, 19 %: 238.00 gross.
        assert_eq!(
            order.unbilled_gross(TaxTreatment::Domestic).unwrap(),
            dec!(238.00)
        );
        // 4 of line 1 invoiced, 1 of line 2 cancelled: 60.00 + 50.00 net, 130.90 gross.
        order.lines[0].invoiced = dec!(4);
        order.lines[1].cancelled = dec!(1);
        assert_eq!(
            order.unbilled_gross(TaxTreatment::Domestic).unwrap(),
            dec!(130.90)
        );
    }

    #[test]
    fn hold_settings_are_checked() {
        assert_eq!(validate("order_minimum", " 50.00 ").unwrap().unwrap(), "50");
        assert_eq!(validate("order_maximum", "").unwrap().unwrap(), "");
        assert!(validate("order_minimum", "-1").unwrap().is_err());
        assert!(validate("order_maximum", "lots").unwrap().is_err());
        assert_eq!(validate("margin_minimum", "-5").unwrap().unwrap(), "-5");
        assert!(validate("margin_minimum", "100.5").unwrap().is_err());
        assert!(validate("currency", "EUR").is_none());
    }
}
