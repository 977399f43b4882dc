//! Supplier items as fields: the one field table (export header, import columns, CLI flags
//! and their help, form labels, list columns), the export row, building from input and the
//! edit. The item and the supplier are given by id (`kontor supplier-item add` resolves a
//! SKU and a supplier number first); price breaks are a field of many values `FROM:PRICE`
//! (a bare price is from 1 on), read in the offer's currency (the database's unless given).
//! Room: domain (pure).

use rust_decimal::Decimal;
use time::UtcOffset;

use super::interaction::parse_id;
use super::item::{lead_days, optional_decimal};
use super::table::{FieldSpec, editable_input, merged_edit};
use super::{Input, Problems, Row, Value, parse_bool};
use crate::domain::datetime::{format_date, parse_date};
use crate::domain::supplier_item::{PriceBreak, SupplierItem};
use crate::domain::{Currency, Invalid};

/// The field table of supplier items, in export-header order.
pub const TABLE: [FieldSpec; 13] = [
    FieldSpec::assigned("id", "domain-field-supplier-item-id").listed(),
    FieldSpec::text(
        "item",
        "item",
        "domain-field-supplier-item-item",
        "domain-help-supplier-item-item",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "supplier",
        "supplier",
        "domain-field-supplier-item-supplier",
        "domain-help-supplier-item-supplier",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "supplier_sku",
        "supplier-sku",
        "domain-field-supplier-item-supplier-sku",
        "domain-help-supplier-item-supplier-sku",
    )
    .listed(),
    FieldSpec::text(
        "price",
        "price",
        "domain-field-supplier-item-price",
        "domain-help-supplier-item-price",
    )
    .many()
    .listed(),
    FieldSpec::text(
        "currency",
        "currency",
        "domain-field-supplier-item-currency",
        "domain-help-supplier-item-currency",
    ),
    FieldSpec::text(
        "valid_from",
        "from",
        "domain-field-supplier-item-valid-from",
        "domain-help-supplier-item-valid-from",
    ),
    FieldSpec::text(
        "valid_until",
        "until",
        "domain-field-supplier-item-valid-until",
        "domain-help-supplier-item-valid-until",
    ),
    FieldSpec::text(
        "lead_days",
        "lead-days",
        "domain-field-supplier-item-lead-days",
        "domain-help-supplier-item-lead-days",
    )
    .listed(),
    FieldSpec::text(
        "moq",
        "moq",
        "domain-field-supplier-item-moq",
        "domain-help-supplier-item-moq",
    )
    .listed(),
    FieldSpec::text(
        "multiple",
        "multiple",
        "domain-field-supplier-item-multiple",
        "domain-help-supplier-item-multiple",
    )
    .listed(),
    FieldSpec::text(
        "preferred",
        "preferred",
        "domain-field-supplier-item-preferred",
        "domain-help-supplier-item-preferred",
    )
    .listed(),
    FieldSpec::assigned("version", "domain-field-supplier-item-version"),
];

fn number(value: Option<Decimal>) -> Value {
    Value::Decimal(value.map(|v| v.normalize().to_string()).unwrap_or_default())
}

fn day(value: Option<time::Date>) -> Value {
    Value::Text(value.map(format_date).unwrap_or_default())
}

/// The record's fields in export-header order (no instants: `_offset` is the kinds' shape).
pub fn to_row(offer: &SupplierItem, _offset: UtcOffset) -> Row {
    vec![
        ("id", Value::Integer(offer.id as i64)),
        ("item", Value::Integer(offer.item_id as i64)),
        ("supplier", Value::Integer(offer.supplier_id as i64)),
        ("supplier_sku", Value::Text(offer.supplier_sku.clone())),
        (
            "price",
            Value::List(offer.breaks.iter().map(PriceBreak::code).collect()),
        ),
        ("currency", Value::Text(offer.currency.code().to_string())),
        ("valid_from", day(offer.valid_from)),
        ("valid_until", day(offer.valid_until)),
        ("lead_days", Value::Integer(i64::from(offer.lead_days))),
        ("moq", number(offer.moq)),
        ("multiple", number(offer.multiple)),
        ("preferred", Value::Bool(offer.preferred)),
        ("version", Value::Integer(offer.version as i64)),
    ]
}

/// Builds an offer; the currency is `currency` (the database's) unless given, the lead time
/// 0 unless given. Every problem is reported, not only the first.
pub fn from_input(input: &Input, currency: Currency) -> Result<SupplierItem, Vec<Invalid>> {
    let mut problems = Problems::default();
    let item_id = problems.take(parse_id("item", &input.text("item")));
    let supplier_id = problems.take(parse_id("supplier", &input.text("supplier")));
    let currency = match input.optional("currency").filter(|text| !text.is_empty()) {
        Some(text) => problems.take(
            text.parse::<Currency>()
                .map_err(|error| Invalid::new("currency", error.to_string())),
        ),
        None => Some(currency),
    };
    let mut breaks = Vec::new();
    if let Some(currency) = currency {
        for text in input.list("price") {
            breaks.extend(problems.take(PriceBreak::parse(&text, currency)));
        }
    }
    breaks.sort_by_key(|step| step.from_qty);
    let mut date = |field: &'static str| {
        input
            .optional(field)
            .filter(|text| !text.is_empty())
            .and_then(|text| problems.take(parse_date(field, &text)))
    };
    let (valid_from, valid_until) = (date("valid_from"), date("valid_until"));
    let lead_days = lead_days(input, &mut problems);
    let moq = optional_decimal(input, "moq", &mut problems);
    let multiple = optional_decimal(input, "multiple", &mut problems);
    let preferred = input
        .optional("preferred")
        .and_then(|text| problems.take(parse_bool("preferred", &text)))
        .unwrap_or(false);
    let built = match (item_id, supplier_id, currency) {
        (Some(item_id), Some(supplier_id), Some(currency)) => Some(SupplierItem {
            id: 0,
            item_id,
            supplier_id,
            supplier_sku: input.text("supplier_sku"),
            breaks,
            currency,
            valid_from,
            valid_until,
            lead_days,
            moq,
            multiple,
            preferred,
            version: 0,
        }),
        _ => None,
    };
    if let Some(Err(invalid)) = built.as_ref().map(SupplierItem::validate)
        && !problems.0.iter().any(|p| p.field == invalid.field)
    {
        problems.0.push(invalid);
    }
    problems.finish(built)
}

/// The fields of an offer a user sets, as `from_input` reads them back.
pub fn to_input(offer: &SupplierItem) -> Input {
    editable_input(&TABLE, to_row(offer, UtcOffset::UTC))
}

/// Applies an edit: every field present in `edit` is set, a field given empty is cleared
/// (prices given replace all breaks). On any problem the offer is left as it was.
pub fn apply_edit(
    offer: &mut SupplierItem,
    edit: &Input,
    currency: Currency,
) -> Result<(), Vec<Invalid>> {
    let input = merged_edit(&TABLE, &to_input(offer), edit, |field| edit.has(field));
    let mut next = from_input(&input, currency)?;
    (next.id, next.version) = (offer.id, offer.version);
    *offer = next;
    Ok(())
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::date;

    use super::*;

    use Input as I;

    #[test]
    fn a_row_reads_back_to_the_same_offer() {
        let offer = from_input(
            &I::from_pairs(&[
                ("item", "3"),
                ("supplier", "4"),
                ("supplier_sku", "EX-9"),
                ("price", "100:4,20"),
                ("price", "4.50"),
                ("valid_from", "01.01.2027"),
                ("lead_days", "7"),
                ("moq", "10"),
                ("multiple", "5"),
                ("preferred", "yes"),
            ]),
            Currency::EUR,
        )
        .unwrap();
        assert_eq!(offer.breaks[0].from_qty, dec!(1));
        assert_eq!(offer.breaks[1].price, dec!(4.20));
        assert_eq!(offer.valid_from, Some(date!(2027 - 01 - 01)));
        assert!(offer.preferred);
        let header: Vec<&str> = to_row(&offer, UtcOffset::UTC)
            .iter()
            .map(|(field, _)| *field)
            .collect();
        assert_eq!(header, super::super::table::names(&TABLE));
        assert_eq!(from_input(&to_input(&offer), Currency::EUR).unwrap(), offer);
    }

    #[test]
    fn every_problem_is_named_and_an_edit_keeps_what_it_does_not_name() {
        let fields = |pairs: &[(&'static str, &str)]| -> Vec<&'static str> {
            from_input(&I::from_pairs(pairs), Currency::EUR)
                .unwrap_err()
                .iter()
                .map(|p| p.field)
                .collect()
        };
        assert_eq!(fields(&[("supplier", "1"), ("price", "1")]), ["item"]);
        assert_eq!(fields(&[("item", "1"), ("supplier", "1")]), ["price"]);
        let bad = [
            ("item", "1"),
            ("supplier", "1"),
            ("price", "-2"),
            ("moq", "x"),
        ];
        assert_eq!(fields(&bad), ["moq", "price"]);
        let mut offer = from_input(
            &I::from_pairs(&[("item", "1"), ("supplier", "2"), ("price", "3")]),
            Currency::EUR,
        )
        .unwrap();
        apply_edit(&mut offer, &I::from_pairs(&[("moq", "12")]), Currency::EUR).unwrap();
        assert_eq!(
            (offer.moq, offer.breaks[0].price),
            (Some(dec!(12)), dec!(3))
        );
        let mut clear = Input::new();
        clear.set("moq", "");
        apply_edit(&mut offer, &clear, Currency::EUR).unwrap();
        assert_eq!(offer.moq, None);
        let before = offer.clone();
        assert!(
            apply_edit(
                &mut offer,
                &I::from_pairs(&[("price", "-1")]),
                Currency::EUR
            )
            .is_err()
        );
        assert_eq!(offer, before);
    }
}
