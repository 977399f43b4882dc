//! Price rules as fields: the one field table (export header, import columns, CLI flags and
//! their help, form labels, list columns), the export row, building from input and the edit.
//! The item and the customer are given by id (`kontor price set` resolves a SKU and a
//! customer number first); a rule is for a customer, or a tag, or — with neither — everyone;
//! it sets either a price or a discount. Room: domain (pure).

use rust_decimal::Decimal;
use time::UtcOffset;

use super::interaction::parse_id;
use super::table::{FieldSpec, editable_input, merged_edit};
use super::{Input, Problems, Row, Value};
use crate::domain::datetime::{format_date, parse_date};
use crate::domain::money::{parse_decimal, parse_money_in};
use crate::domain::price::{Adjustment, PriceRule, Scope};
use crate::domain::{Currency, Invalid};

/// The field table of price rules, in export-header order.
pub const TABLE: [FieldSpec; 10] = [
    FieldSpec::assigned("id", "domain-field-price-rule-id").listed(),
    FieldSpec::text(
        "item",
        "item",
        "domain-field-price-rule-item",
        "domain-help-price-rule-item",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "customer",
        "customer",
        "domain-field-price-rule-customer",
        "domain-help-price-rule-customer",
    )
    .listed(),
    FieldSpec::text(
        "tag",
        "tag",
        "domain-field-price-rule-tag",
        "domain-help-price-rule-tag",
    )
    .listed(),
    FieldSpec::text(
        "min_qty",
        "min-qty",
        "domain-field-price-rule-min-qty",
        "domain-help-price-rule-min-qty",
    )
    .listed(),
    FieldSpec::text(
        "price",
        "price",
        "domain-field-price-rule-price",
        "domain-help-price-rule-price",
    )
    .listed(),
    FieldSpec::text(
        "discount",
        "discount",
        "domain-field-price-rule-discount",
        "domain-help-price-rule-discount",
    )
    .listed(),
    FieldSpec::text(
        "valid_from",
        "from",
        "domain-field-price-rule-valid-from",
        "domain-help-price-rule-valid-from",
    )
    .listed(),
    FieldSpec::text(
        "valid_until",
        "until",
        "domain-field-price-rule-valid-until",
        "domain-help-price-rule-valid-until",
    )
    .listed(),
    FieldSpec::assigned("version", "domain-field-price-rule-version"),
];

fn number(value: Decimal) -> Value {
    Value::Decimal(value.normalize().to_string())
}

fn day(value: Option<time::Date>) -> Value {
    Value::Text(value.map(format_date).unwrap_or_default())
}

/// The record's fields in export-header order (no instants: `_offset` is the kinds' shape).
pub fn to_row(rule: &PriceRule, _offset: UtcOffset) -> Row {
    let (customer, tag) = match &rule.scope {
        Scope::Customer(id) => (id.to_string(), String::new()),
        Scope::Tag(tag) => (String::new(), tag.clone()),
        Scope::Everyone => (String::new(), String::new()),
    };
    let (price, discount) = match rule.adjustment {
        Adjustment::Price(price) => (Value::Decimal(price.to_string()), empty()),
        Adjustment::Discount(percent) => (empty(), number(percent)),
    };
    vec![
        ("id", Value::Integer(rule.id as i64)),
        ("item", Value::Integer(rule.item_id as i64)),
        ("customer", Value::Text(customer)),
        ("tag", Value::Text(tag)),
        ("min_qty", number(rule.min_qty)),
        ("price", price),
        ("discount", discount),
        ("valid_from", day(rule.valid_from)),
        ("valid_until", day(rule.valid_until)),
        ("version", Value::Integer(rule.version as i64)),
    ]
}

/// The number a rule does not have (its price or its discount).
fn empty() -> Value {
    Value::Decimal(String::new())
}

/// A discount in percent: `5`, `5%`, `12,5 %`.
pub fn parse_percent(field: &'static str, text: &str) -> Result<Decimal, Invalid> {
    parse_decimal(field, text.trim().trim_end_matches('%').trim_end())
}

/// Builds a rule; prices are read in `currency` (the database's) and kept with its minor
/// digits (`8` is 8.00), the quantity break is 1 unless given. Exactly one of price and discount, at most one of customer and tag.
pub fn from_input(input: &Input, currency: Currency) -> Result<PriceRule, Vec<Invalid>> {
    let mut problems = Problems::default();
    let item_id = problems.take(parse_id("item", &input.text("item")));
    let customer = input
        .optional("customer")
        .and_then(|text| problems.take(parse_id("customer", &text)));
    let tag = input.optional("tag").map(|tag| tag.trim().to_string());
    let scope = match (customer, tag) {
        (Some(_), Some(_)) => {
            problems.0.push(Invalid::new(
                "tag",
                crate::t!("domain-price-customer-or-tag"),
            ));
            None
        }
        (Some(id), None) => Some(Scope::Customer(id)),
        (None, Some(tag)) => Some(Scope::Tag(tag)),
        (None, None) if input.has("customer") => None,
        (None, None) => Some(Scope::Everyone),
    };
    let min_qty = match input.optional("min_qty") {
        Some(text) => problems.take(parse_decimal("min_qty", &text)),
        None => Some(Decimal::ONE),
    };
    let price = input
        .optional("price")
        .map(|text| problems.take(parse_money_in("price", &text, currency)))
        .map(|price| {
            price.map(|mut price| {
                price.rescale(currency.minor_units());
                price
            })
        });
    let discount = input
        .optional("discount")
        .map(|text| problems.take(parse_percent("discount", &text)));
    let adjustment = match (price, discount) {
        (Some(_), Some(_)) => {
            problems.0.push(Invalid::new(
                "discount",
                crate::t!("domain-price-price-or-discount"),
            ));
            None
        }
        (Some(price), None) => price.map(Adjustment::Price),
        (None, Some(discount)) => discount.map(Adjustment::Discount),
        (None, None) => {
            problems.0.push(Invalid::new(
                "price",
                crate::t!("domain-price-price-or-discount"),
            ));
            None
        }
    };
    let mut date = |field: &'static str| {
        input
            .optional(field)
            .and_then(|text| problems.take(parse_date(field, &text)))
    };
    let (valid_from, valid_until) = (date("valid_from"), date("valid_until"));
    let built = match (item_id, scope, min_qty, adjustment) {
        (Some(item_id), Some(scope), Some(min_qty), Some(adjustment)) => Some(PriceRule {
            id: 0,
            item_id,
            scope,
            min_qty,
            adjustment,
            valid_from,
            valid_until,
            version: 0,
        }),
        _ => None,
    };
    if let Some(Err(invalid)) = built.as_ref().map(PriceRule::validate) {
        problems.0.push(invalid);
    }
    problems.finish(built)
}

/// The fields of a rule a user sets, as `from_input` reads them back.
pub fn to_input(rule: &PriceRule) -> Input {
    editable_input(&TABLE, to_row(rule, UtcOffset::UTC))
}

/// Applies an edit: every field present in `edit` is set, a field given empty is cleared
/// (an empty customer and tag make it everyone's; setting a price clears the discount and
/// the other way round). On any problem the rule is left as it was.
pub fn apply_edit(
    rule: &mut PriceRule,
    edit: &Input,
    currency: Currency,
) -> Result<(), Vec<Invalid>> {
    let given = |field: &str| edit.optional(field).is_some_and(|text| !text.is_empty());
    let replaced = |field: &str| {
        edit.has(field)
            || (field == "discount" && given("price"))
            || (field == "price" && given("discount"))
            || (field == "tag" && given("customer"))
            || (field == "customer" && given("tag"))
    };
    let input = merged_edit(&TABLE, &to_input(rule), edit, replaced);
    let mut next = from_input(&input, currency)?;
    (next.id, next.version) = (rule.id, rule.version);
    *rule = next;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;
    use time::macros::date;

    fn input(pairs: &[(&'static str, &str)]) -> Input {
        Input::from_pairs(pairs)
    }

    #[test]
    fn a_row_reads_back_to_the_same_rule() {
        let rule = from_input(
            &input(&[
                ("item", "3"),
                ("tag", "Großhandel"),
                ("min_qty", "10"),
                ("discount", "12,5 %"),
                ("valid_from", "05.12.2026"),
                ("valid_until", "2027-01-31"),
            ]),
            Currency::EUR,
        )
        .unwrap();
        assert_eq!(rule.scope, Scope::Tag("Großhandel".into()));
        assert_eq!(rule.adjustment, Adjustment::Discount(dec!(12.5)));
        assert_eq!(rule.valid_from, Some(date!(2026 - 12 - 05)));
        let header: Vec<&str> = to_row(&rule, UtcOffset::UTC)
            .iter()
            .map(|(field, _)| *field)
            .collect();
        assert_eq!(header, super::super::table::names(&TABLE));
        assert_eq!(from_input(&to_input(&rule), Currency::EUR).unwrap(), rule);
        let everyone = from_input(
            &input(&[("item", "3"), ("price", "1.234,56")]),
            Currency::EUR,
        )
        .unwrap();
        let whole = from_input(&input(&[("item", "3"), ("price", "8")]), Currency::EUR).unwrap();
        assert_eq!(
            to_row(&whole, UtcOffset::UTC)[5].1,
            Value::Decimal("8.00".into())
        );
        assert_eq!(
            (
                everyone.scope.clone(),
                everyone.min_qty,
                everyone.adjustment
            ),
            (Scope::Everyone, dec!(1), Adjustment::Price(dec!(1234.56)))
        );
        assert_eq!(
            from_input(&to_input(&everyone), Currency::EUR).unwrap(),
            everyone
        );
    }

    #[test]
    fn alternatives_are_refused_together_and_problems_named() {
        let fields = |pairs: &[(&'static str, &str)]| -> Vec<&'static str> {
            from_input(&input(pairs), Currency::EUR)
                .unwrap_err()
                .iter()
                .map(|p| p.field)
                .collect()
        };
        let both = [("item", "1"), ("price", "2"), ("discount", "5%")];
        assert_eq!(fields(&both), ["discount"]);
        assert_eq!(fields(&[("item", "1")]), ["price"]);
        let scope = [
            ("item", "1"),
            ("customer", "2"),
            ("tag", "x"),
            ("price", "1"),
        ];
        assert_eq!(fields(&scope), ["tag"]);
        let bad = [
            ("item", "SKU"),
            ("price", "-1"),
            ("valid_from", "31.02.2026"),
        ];
        assert_eq!(fields(&bad), ["item", "valid_from"]);
        assert_eq!(fields(&[("item", "1"), ("price", "-1")]), ["price"]);
    }

    #[test]
    fn an_edit_switches_price_and_discount_and_scope() {
        let mut rule = from_input(
            &input(&[("item", "1"), ("customer", "4"), ("price", "9.50")]),
            Currency::EUR,
        )
        .unwrap();
        apply_edit(&mut rule, &input(&[("discount", "5")]), Currency::EUR).unwrap();
        assert_eq!(rule.adjustment, Adjustment::Discount(dec!(5)));
        apply_edit(&mut rule, &input(&[("tag", "vip")]), Currency::EUR).unwrap();
        assert_eq!(rule.scope, Scope::Tag("vip".into()));
        let mut clear = Input::new();
        clear.set("tag", "");
        apply_edit(&mut rule, &clear, Currency::EUR).unwrap();
        assert_eq!(rule.scope, Scope::Everyone);
        let before = rule.clone();
        assert!(apply_edit(&mut rule, &input(&[("min_qty", "0")]), Currency::EUR).is_err());
        assert_eq!(rule, before);
    }
}
