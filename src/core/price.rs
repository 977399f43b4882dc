//! What an item costs a customer: the query behind `kontor price show` (and, later, an
//! order line's price). Reads the item, the customer with their tags and the item's rules,
//! and asks the domain's one order of precedence (`domain::price::price_for`). Needs the
//! prices right (the warehouse sees no prices). Customers are named by their number or
//! id, items by SKU or barcode. Room: core.

use rust_decimal::Decimal;
use time::Date;

use super::access::{Access, Area, require};
use super::{Actor, CoreError};
use crate::domain::price::{Buyer, PriceFound, PriceRule, price_for};
use crate::domain::{Customer, Invalid, Item};
use crate::store::kinds::customer as customers;
use crate::store::kinds::item as items;
use crate::store::kinds::price_rule::of_item;
use crate::store::{Store, StoreError};

/// The answer to a price question, with everything its explanation names.
#[derive(Debug, Clone)]
pub struct PriceAnswer {
    pub item: Item,
    pub customer: Option<Customer>,
    /// Every rule of the item, in id order.
    pub rules: Vec<PriceRule>,
    pub found: PriceFound,
}

/// The item with SKU or barcode `code`, for one with the prices right; an unknown code is
/// a problem of the field `sku`.
pub fn item(store: &Store, actor: &Actor, code: &str) -> Result<Item, CoreError> {
    require(actor, Area::Prices, Access::Read)?;
    let found = match items::id_by_code(store, code)? {
        Some(id) => store.get::<Item>(id)?,
        None => None,
    };
    found.ok_or_else(|| {
        Invalid::new("sku", crate::t!("core-price-no-item", code = code.trim())).into()
    })
}

/// The customer whose number is `text`, else whose id it is.
pub fn customer(store: &Store, actor: &Actor, text: &str) -> Result<Customer, CoreError> {
    require(actor, Area::Prices, Access::Read)?;
    let by_number = match customers::by_number(store, text)? {
        Some(id) => store.get::<Customer>(id)?,
        None => None,
    };
    let by_id = || -> Result<Option<Customer>, CoreError> {
        match text.trim().parse::<u64>() {
            Ok(id) => Ok(store.get::<Customer>(id)?),
            Err(_) => Ok(None),
        }
    };
    match by_number {
        Some(customer) => Ok(customer),
        None => by_id()?.ok_or_else(|| {
            Invalid::new(
                "customer",
                crate::t!("core-price-no-customer", text = text.trim()),
            )
            .into()
        }),
    }
}

/// The rules of item `item_id`, in id order.
pub fn rules_of(store: &Store, actor: &Actor, item_id: u64) -> Result<Vec<PriceRule>, CoreError> {
    require(actor, Area::Prices, Access::Read)?;
    let mut rules = Vec::new();
    for id in of_item(store, item_id)? {
        let rule = store.get::<PriceRule>(id)?;
        rules.push(rule.ok_or(StoreError::NotFound {
            kind: "price-rule",
            id,
        })?);
    }
    Ok(rules)
}

/// The unit price of `item` for `customer` (none: anyone) buying `qty` on `date`, with
/// which rule set it and why every other rule of the item did not.
pub fn price_of(
    store: &Store,
    actor: &Actor,
    item: Item,
    customer: Option<Customer>,
    qty: Decimal,
    date: Date,
) -> Result<PriceAnswer, CoreError> {
    if qty <= Decimal::ZERO {
        return Err(Invalid::new("qty", crate::t!("domain-must-be-positive")).into());
    }
    let rules = rules_of(store, actor, item.id)?;
    let no_tags = Vec::new();
    let buyer = Buyer {
        customer_id: customer.as_ref().map(|c| c.id),
        tags: customer.as_ref().map_or(&no_tags, |c| &c.tags),
    };
    let minor = item.price.currency.minor_units();
    let found = price_for(item.price.amount, minor, &rules, buyer, qty, date);
    Ok(PriceAnswer {
        item,
        customer,
        rules,
        found,
    })
}

/// Every price rule, or those of `item`, in id order, each with the SKU of its item.
pub fn listed(
    store: &Store,
    actor: &Actor,
    item: Option<&Item>,
) -> Result<Vec<(PriceRule, String)>, CoreError> {
    require(actor, Area::Prices, Access::Read)?;
    let rules = match item {
        Some(item) => rules_of(store, actor, item.id)?,
        None => store.scan::<PriceRule>()?.collect::<Result<Vec<_>, _>>()?,
    };
    let mut skus = std::collections::HashMap::new();
    let mut listed = Vec::with_capacity(rules.len());
    for rule in rules {
        let sku = match skus.get(&rule.item_id) {
            Some(sku) => String::clone(sku),
            None => {
                let sku = store
                    .get::<Item>(rule.item_id)?
                    .map(|item| item.sku)
                    .unwrap_or_default();
                skus.insert(rule.item_id, sku.clone());
                sku
            }
        };
        listed.push((rule, sku));
    }
    Ok(listed)
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::date;

    use super::*;
    use crate::core::kinds::{CUSTOMERS, ITEMS, PRICE_RULES};
    use crate::core::plain::RecordCommand;
    use crate::core::{Clock, Role, execute};
    use crate::domain::fields::Input;

    fn actor(role: Role) -> Actor {
        Actor {
            name: "anna".into(),
            role,
        }
    }

    /// Sales sets and reads prices, agents read them, the warehouse sees none.
    #[test]
    fn the_warehouse_sees_no_prices_and_only_sales_changes_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let clock = Clock::pinned(time::macros::datetime!(2026-12-05 09:00 UTC));
        let admin = actor(Role::Admin);
        let add = |kind, pairs: &[(&'static str, &str)], who: &Actor| {
            execute(
                &store,
                &clock,
                who,
                RecordCommand::add(kind, Input::from_pairs(pairs)),
            )
        };
        add(
            ITEMS,
            &[("sku", "T-1"), ("name", "Tee"), ("price", "4.00")],
            &admin,
        )
        .unwrap();
        add(CUSTOMERS, &[("name", "Kunde")], &admin).unwrap();
        let rule = [("item", "1"), ("customer", "1"), ("discount", "25")];
        for role in [Role::Agent, Role::Warehouse] {
            assert!(add(PRICE_RULES, &rule, &actor(role)).is_err(), "{role:?}");
        }
        add(PRICE_RULES, &rule, &actor(Role::Sales)).unwrap();
        let ask = |role| {
            let who = actor(role);
            let item = item(&store, &who, "t-1")?;
            let customer = customer(&store, &who, "1")?;
            price_of(
                &store,
                &who,
                item,
                Some(customer),
                dec!(1),
                date!(2026 - 12 - 05),
            )
        };
        let answer = ask(Role::Agent).unwrap();
        assert_eq!(
            (answer.found.unit_price, answer.found.applied),
            (dec!(3.00), Some(1))
        );
        assert!(matches!(ask(Role::Warehouse), Err(CoreError::Refused(_))));
        let missing = add(PRICE_RULES, &[("item", "9"), ("price", "1")], &admin);
        assert!(missing.is_err(), "item 9 does not exist");
    }
}
