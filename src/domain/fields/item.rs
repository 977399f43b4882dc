//! Items, stock moves and balances as fields: the items' one field table (export header,
//! import columns, CLI flags and their help, form labels, list columns), the export row,
//! building from input and the edit, where a field given empty is cleared; the export rows
//! of moves and balances. Room: domain (pure).

use rust_decimal::Decimal;
use time::{OffsetDateTime, UtcOffset};

use super::item_planning::{days, planning_cells, planning_from_input};
use super::table::{FieldSpec, editable_input, merged_edit};
use super::{Input, Problems, Row, Value, parse_bool};
use crate::domain::datetime::format_instant;
use crate::domain::money::{parse_decimal, parse_money_in};
use crate::domain::vat::VatCategory;
use crate::domain::{Currency, Invalid, Item, Money, ReorderRule, StockMove};

/// The field table of items, in export-header order; `sku` is the natural key (it may
/// change). SKUs and barcodes are unique across each other.
pub const TABLE: [FieldSpec; 24] = [
    FieldSpec::assigned("id", "domain-field-item-id").listed(),
    FieldSpec::text(
        "sku",
        "sku",
        "domain-field-item-sku",
        "domain-help-item-sku",
    )
    .required()
    .unique()
    .listed(),
    FieldSpec::text(
        "name",
        "name",
        "domain-field-item-name",
        "domain-help-item-name",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "uom",
        "uom",
        "domain-field-item-uom",
        "domain-help-item-uom",
    )
    .listed(),
    FieldSpec::text(
        "barcode",
        "barcode",
        "domain-field-item-barcode",
        "domain-help-item-barcode",
    )
    .many()
    .unique(),
    FieldSpec::text(
        "cost",
        "cost",
        "domain-field-item-cost",
        "domain-help-item-cost",
    ),
    FieldSpec::text(
        "price",
        "price",
        "domain-field-item-price",
        "domain-help-item-price",
    )
    .listed(),
    FieldSpec::text(
        "currency",
        "currency",
        "domain-field-item-currency",
        "domain-help-item-currency",
    ),
    FieldSpec::text(
        "reorder_min",
        "reorder-min",
        "domain-field-item-reorder-min",
        "domain-help-item-reorder-min",
    )
    .listed(),
    FieldSpec::text(
        "reorder_max",
        "reorder-max",
        "domain-field-item-reorder-max",
        "domain-help-item-reorder-max",
    ),
    FieldSpec::text(
        "order_multiple",
        "order-multiple",
        "domain-field-item-order-multiple",
        "domain-help-item-order-multiple",
    ),
    FieldSpec::text(
        "lead_days",
        "lead-days",
        "domain-field-item-lead-days",
        "domain-help-item-lead-days",
    ),
    FieldSpec::text(
        "active",
        "active",
        "domain-field-item-active",
        "domain-help-item-active",
    )
    .listed(),
    FieldSpec::text(
        "vat",
        "vat",
        "domain-field-item-vat",
        "domain-help-item-vat",
    ),
    FieldSpec::text(
        "vat_reason",
        "vat-reason",
        "domain-field-item-vat-reason",
        "domain-help-item-vat-reason",
    ),
    FieldSpec::text(
        "lot_rule",
        "lot-rule",
        "domain-field-item-lot-rule",
        "domain-help-item-lot-rule",
    ),
    FieldSpec::text(
        "lot_min",
        "lot-min",
        "domain-field-item-lot-min",
        "domain-help-item-lot-min",
    ),
    FieldSpec::text(
        "lot_multiple",
        "lot-multiple",
        "domain-field-item-lot-multiple",
        "domain-help-item-lot-multiple",
    ),
    FieldSpec::text(
        "lot_max",
        "lot-max",
        "domain-field-item-lot-max",
        "domain-help-item-lot-max",
    ),
    FieldSpec::text(
        "safety_stock",
        "safety-stock",
        "domain-field-item-safety-stock",
        "domain-help-item-safety-stock",
    )
    .many(),
    FieldSpec::text(
        "production_days",
        "production-days",
        "domain-field-item-production-days",
        "domain-help-item-production-days",
    ),
    FieldSpec::assigned("created", "domain-field-item-created"),
    FieldSpec::assigned("updated", "domain-field-item-updated"),
    FieldSpec::assigned("version", "domain-field-item-version"),
];

fn quantity_text(value: Option<Decimal>) -> Value {
    Value::Decimal(value.map(|v| v.normalize().to_string()).unwrap_or_default())
}

/// The item's fields in export-header order; instants shown in `offset`.
pub fn to_row(item: &Item, offset: UtcOffset) -> Row {
    let mut row = vec![
        ("id", Value::Integer(item.id as i64)),
        ("sku", Value::Text(item.sku.clone())),
        ("name", Value::Text(item.name.clone())),
        ("uom", Value::Text(item.uom.clone())),
        ("barcode", Value::List(item.barcodes.clone())),
        ("cost", Value::Decimal(item.cost.amount_text())),
        ("price", Value::Decimal(item.price.amount_text())),
        ("currency", Value::Text(item.price.currency.to_string())),
        ("reorder_min", quantity_text(item.reorder.min)),
        ("reorder_max", quantity_text(item.reorder.max)),
        ("order_multiple", quantity_text(item.reorder.multiple)),
        ("lead_days", Value::Integer(i64::from(item.lead_days))),
        ("active", Value::Bool(item.active)),
        ("vat", Value::Text(item.vat.name().into())),
        (
            "vat_reason",
            Value::Text(item.vat.reason().unwrap_or_default().into()),
        ),
    ];
    row.extend(planning_cells(&item.planning));
    row.extend([
        ("created", Value::Text(format_instant(item.created, offset))),
        ("updated", Value::Text(format_instant(item.updated, offset))),
        ("version", Value::Integer(item.version as i64)),
    ]);
    row
}

/// The field as a quantity (a lone separator is decimal: `1.250` kg), `None` when absent.
pub fn optional_decimal(
    input: &Input,
    field: &'static str,
    problems: &mut Problems,
) -> Option<Decimal> {
    optional_number(input, field, problems, parse_decimal)
}

/// The lead time in (working) days of `lead_days`, 0 when absent.
pub fn lead_days(input: &Input, problems: &mut Problems) -> u32 {
    days(input, "lead_days", problems)
}

/// The field as an amount of money in `currency` (`1.200` is refused as ambiguous, a
/// fraction of a cent as finer than the currency allows), `None` when absent.
fn optional_money(
    input: &Input,
    field: &'static str,
    currency: Currency,
    problems: &mut Problems,
) -> Option<Decimal> {
    optional_number(input, field, problems, |field, text| {
        parse_money_in(field, text, currency)
    })
}

fn optional_number(
    input: &Input,
    field: &'static str,
    problems: &mut Problems,
    parse: impl Fn(&'static str, &str) -> Result<Decimal, Invalid>,
) -> Option<Decimal> {
    input
        .optional(field)
        .and_then(|text| problems.take(parse(field, &text)))
}

/// Builds a new item; unit `pcs`, cost and price 0 in `currency`, active, unless given.
pub fn from_input(
    input: &Input,
    now: OffsetDateTime,
    currency: Currency,
) -> Result<Item, Vec<Invalid>> {
    let mut problems = Problems::default();
    let currency = match input.optional("currency") {
        Some(code) => problems.take(code.parse::<Currency>()).unwrap_or(currency),
        None => currency,
    };
    let money = |field: &'static str, problems: &mut Problems| {
        Money::new(
            optional_money(input, field, currency, problems).unwrap_or_default(),
            currency,
        )
    };
    let cost = money("cost", &mut problems);
    let price = money("price", &mut problems);
    let reorder = ReorderRule {
        min: optional_decimal(input, "reorder_min", &mut problems),
        max: optional_decimal(input, "reorder_max", &mut problems),
        multiple: optional_decimal(input, "order_multiple", &mut problems),
    };
    let lead_days = lead_days(input, &mut problems);
    let planning = planning_from_input(input, &mut problems);
    let active = match input.optional("active") {
        Some(text) => problems.take(parse_bool("active", &text)).unwrap_or(true),
        None => true,
    };
    let vat_name = input
        .optional("vat")
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| VatCategory::Standard.name().to_string());
    let vat = problems
        .take(VatCategory::parse(&vat_name, &input.text("vat_reason")).map_err(item_field))
        .unwrap_or(VatCategory::Standard);
    let mut instant = |field: &'static str| {
        input
            .instant(field)
            .and_then(|at| problems.take(at))
            .unwrap_or(now)
    };
    let created = instant("created");
    let updated = instant("updated");
    let item = Item {
        id: 0,
        sku: input.text("sku"),
        name: input.text("name"),
        uom: input.optional("uom").unwrap_or_else(|| "pcs".to_string()),
        barcodes: input.list("barcode"),
        cost,
        price,
        reorder,
        lead_days,
        active,
        vat,
        planning,
        created,
        updated,
        version: 0,
    };
    if let Err(invalid) = item.validate() {
        problems.0.push(invalid);
    }
    problems.finish(Some(item))
}

/// A refusal of `VatCategory::parse` named by the item's fields (`vat`, `vat_reason`).
fn item_field(mut invalid: Invalid) -> Invalid {
    invalid.field = match invalid.field {
        "vat-reason" => "vat_reason",
        _ => "vat",
    };
    invalid
}

/// The fields of an item a user sets, as `from_input` reads them back.
pub fn to_input(item: &Item) -> Input {
    editable_input(&TABLE, to_row(item, UtcOffset::UTC))
}

/// Applies an edit at `now`: every field present in `edit` is set, a field given empty is
/// cleared to its default (a required one is refused); `barcode` replaces every barcode,
/// and a `vat` given replaces the exemption reason too (with `vat_reason` or with none).
/// On any problem the item is left as it was; `updated` moves only when something changed.
pub fn apply_edit(item: &mut Item, edit: &Input, now: OffsetDateTime) -> Result<(), Vec<Invalid>> {
    let replaced = |field: &str| edit.has(field) || (field == "vat_reason" && edit.has("vat"));
    let input = merged_edit(&TABLE, &to_input(item), edit, replaced);
    let mut next = from_input(&input, item.created, item.price.currency)?;
    (next.id, next.version, next.updated) = (item.id, item.version, item.updated);
    if next != *item {
        next.updated = now;
        *item = next;
    }
    Ok(())
}

pub const MOVE_FIELDS: &[&str] = &[
    "id",
    "sku",
    "quantity",
    "from",
    "to",
    "at",
    "reference",
    "agent",
    "reverses",
];

/// A move's fields; `sku` is the moved item's.
pub fn move_row(stock_move: &StockMove, sku: &str, offset: UtcOffset) -> Row {
    vec![
        ("id", Value::Integer(stock_move.id as i64)),
        ("sku", Value::Text(sku.to_string())),
        (
            "quantity",
            Value::Decimal(stock_move.quantity.normalize().to_string()),
        ),
        ("from", Value::Text(stock_move.from.clone())),
        ("to", Value::Text(stock_move.to.clone())),
        ("at", Value::Text(format_instant(stock_move.at, offset))),
        ("reference", Value::Text(stock_move.reference.clone())),
        ("agent", Value::Text(stock_move.agent.clone())),
        (
            "reverses",
            Value::Text(
                stock_move
                    .reverses
                    .map(|id| id.to_string())
                    .unwrap_or_default(),
            ),
        ),
    ]
}

/// A balance line.
pub fn balance_row(sku: &str, name: &str, location: &str, quantity: Decimal, uom: &str) -> Row {
    vec![
        ("sku", Value::Text(sku.to_string())),
        ("name", Value::Text(name.to_string())),
        ("location", Value::Text(location.to_string())),
        ("quantity", Value::Decimal(quantity.normalize().to_string())),
        ("uom", Value::Text(uom.to_string())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn chai() -> Input {
        let mut input = Input::new();
        input.push("sku", "1");
        input.push("name", "Chai");
        input.push("price", "18.00");
        input.push("reorder_min", "10");
        input.push("barcode", "4006381333931");
        input
    }

    #[test]
    fn a_row_reads_back_to_the_same_item() {
        let item = from_input(&chai(), OffsetDateTime::UNIX_EPOCH, Currency::EUR).unwrap();
        assert_eq!(item.price.amount, dec!(18.00));
        assert_eq!(item.reorder.min, Some(dec!(10)));
        assert_eq!(item.uom, "pcs");
        let header: Vec<&str> = to_row(&item, UtcOffset::UTC)
            .iter()
            .map(|(field, _)| *field)
            .collect();
        assert_eq!(header, super::super::table::names(&TABLE));
        assert_eq!(
            from_input(&to_input(&item), OffsetDateTime::UNIX_EPOCH, Currency::EUR).unwrap(),
            item
        );
    }

    #[test]
    fn edits_change_only_what_is_given_and_empty_clears() {
        let mut item = from_input(&chai(), OffsetDateTime::UNIX_EPOCH, Currency::EUR).unwrap();
        let later = OffsetDateTime::UNIX_EPOCH + time::Duration::days(1);
        let mut edit = Input::new();
        edit.push("price", "19,50");
        edit.push("barcode", "12345670");
        edit.set("uom", "");
        apply_edit(&mut item, &edit, later).unwrap();
        assert_eq!(item.price.amount, dec!(19.50));
        assert_eq!(item.barcodes, vec!["12345670"]);
        assert_eq!((item.name.as_str(), item.uom.as_str()), ("Chai", "pcs"));
        assert_eq!(
            (item.created, item.updated),
            (OffsetDateTime::UNIX_EPOCH, later)
        );
        let mut bad = Input::new();
        bad.push("reorder_min", "-1");
        assert!(apply_edit(&mut item, &bad, later).is_err());
        assert_eq!(item.reorder.min, Some(dec!(10)));
        let mut cleared = Input::new();
        cleared.set("reorder_min", "");
        cleared.set("barcode", "");
        apply_edit(&mut item, &cleared, later).unwrap();
        assert_eq!((item.reorder.min, item.barcodes.len()), (None, 0));
        let mut unnamed = Input::new();
        unnamed.set("name", "");
        assert_eq!(
            apply_edit(&mut item, &unnamed, later).unwrap_err()[0].field,
            "name"
        );
    }
}
