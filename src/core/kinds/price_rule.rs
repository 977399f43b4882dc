//! Price rules, declared once: the prices area's kind (sales and admin change them, agents
//! read them, the warehouse sees none), its field table (`fields::price_rule`), the item a
//! reference that must exist and the customer one when the rule is a customer's. Deleting
//! an item or a customer is refused while rules name it, and `--force` deletes those rules
//! too. Prices are read in the database's currency; a rule's price is in the currency of
//! its item's list price. What price applies is `core::price`'s question. Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::Settings;
use crate::core::access::Area;
use crate::core::plain::{PlainKind, Reference, Referrer};
use crate::domain::fields::price_rule::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::{Input, Row};
use crate::domain::price::{PriceRule, Scope};
use crate::domain::{Customer, Invalid, Item};
use crate::store::kinds::price_rule as index;
use crate::store::{Store, StoreResult};

/// Price rules.
#[derive(Debug, Clone, Copy)]
pub struct PriceRules;

/// The item of a rule: it must exist.
pub const ITEM: Reference<PriceRule> = Reference {
    field: "item",
    kind: "item",
    id: |rule| rule.item_id,
    exists: |tx, id| Ok(tx.get::<Item>(id)?.is_some()),
    stored: |store, id| Ok(store.get::<Item>(id)?.is_some()),
};

/// The customer of a customer's rule: it must exist (0, no customer, always does).
pub const CUSTOMER: Reference<PriceRule> = Reference {
    field: "customer",
    kind: "customer",
    id: |rule| match rule.scope {
        Scope::Customer(id) => id,
        _ => 0,
    },
    exists: |tx, id| Ok(id == 0 || tx.get::<Customer>(id)?.is_some()),
    stored: |store, id| Ok(id == 0 || store.get::<Customer>(id)?.is_some()),
};

/// The rules referring to an item or a customer: removed with it when forced.
pub const fn referrer(referring: fn(&Store, u64) -> StoreResult<Vec<u64>>) -> Referrer {
    Referrer {
        kind: "price-rule",
        referring,
        remove: Some(|tx, id| tx.remove::<PriceRule>(id).map(drop)),
    }
}

/// The rules of an item, as a referrer of items.
pub const OF_ITEM: Referrer = referrer(index::of_item);

/// The rules of a customer, as a referrer of customers.
pub const OF_CUSTOMER: Referrer = referrer(index::of_customer);

impl PlainKind for PriceRules {
    type Record = PriceRule;
    const DECL: &'static KindDecl = &KindDecl {
        name: "price-rule",
        plural: "price-rules",
        area: Area::Prices,
        fields: &TABLE,
        key: None,
        key_stays: false,
        deletable: true,
        search_by_key: "core-search-by-price-rule",
        ops: &PriceRules,
    };
    const REFERENCES: &'static [Reference<PriceRule>] = &[ITEM, CUSTOMER];

    fn to_row(rule: &PriceRule, offset: UtcOffset) -> Row {
        to_row(rule, offset)
    }

    fn from_input(
        input: &Input,
        settings: &Settings,
        _now: OffsetDateTime,
    ) -> Result<PriceRule, Vec<Invalid>> {
        from_input(input, settings.currency)
    }

    fn apply_edit(
        rule: &mut PriceRule,
        edit: &Input,
        settings: &Settings,
        _now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(rule, edit, settings.currency)
    }

    /// Rules have no name: the tag, else nothing.
    fn name(rule: &PriceRule) -> &str {
        match &rule.scope {
            Scope::Tag(tag) => tag,
            _ => "",
        }
    }

    /// Few rules per item: read them all, a tag starting with `folded`.
    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        super::scan_code_or_name::<PriceRule>(store, folded, |rule| ("", Self::name(rule)))
    }
}
