//! The message families the CLI builds keys of at run time, each complete: every field a
//! table or record shows has its word (`cli-field-…`), every kind of record its name
//! (`cli-kind-…`), every kind import and export name a count of its records
//! (`cli-records-…`). A key present in English is present in German too (the message
//! files' own test); `cli-help-…` has its test beside the tree (`help`). Room: cli (tests).

use rust_decimal::Decimal;

use super::args::Kind;
use super::{bom, order, payroll, quote, sales, stock, vat};
use crate::core::kinds::REGISTRY;
use crate::domain::fields::{item, payslip};
use crate::lang::{self, Lang, Locale, Zone};

/// Whether `key` has a message (in English; German then has it too).
fn known(key: &str) -> bool {
    lang::scope(Locale::new(Lang::En, Zone::UTC), || lang::text(key) != key)
}

#[test]
fn every_field_shown_has_its_word() {
    let mut fields: Vec<&str> = REGISTRY.iter().flat_map(|kind| kind.names()).collect();
    let balance = item::balance_row("S", "N", "WH1", Decimal::ONE, "pcs");
    fields.extend(balance.iter().map(|(field, _)| *field));
    for list in [
        item::MOVE_FIELDS,
        payslip::SUMMARY_FIELDS,
        payroll::LINE_COLUMNS,
        stock::BALANCE_COLUMNS,
        stock::LEDGER_COLUMNS,
        stock::REORDER_COLUMNS,
        bom::SHOW_COLUMNS,
        bom::COST_COLUMNS,
        bom::EXPLODE_COLUMNS,
        bom::USED_COLUMNS,
        bom::MOVE_COLUMNS,
        bom::SHORT_COLUMNS,
        vat::RATE_COLUMNS,
        sales::LINE_COLUMNS,
        sales::ORDER_LINE_COLUMNS,
        sales::BREAKDOWN_COLUMNS,
        quote::LIST_COLUMNS,
        order::LIST_COLUMNS,
        super::delivery::MOVE_COLUMNS,
        super::purchase::LINE_COLUMNS,
        super::purchase::LIST_COLUMNS,
        super::purchase::MOVE_COLUMNS,
        super::purchase::SUPPLY_COLUMNS,
        &["sent_by", "reason"],
        super::stock_available::AVAILABLE_COLUMNS,
        super::stock_available::ATP_COLUMNS,
        super::payment::LIST_COLUMNS,
        super::payment::ALLOCATION_COLUMNS,
        super::payment::OPEN_COLUMNS,
        super::payment::ACCOUNT_COLUMNS,
        super::payment::AGEING_COLUMNS,
        &["opportunity", "order", "quote", "reason", "reference"],
        &[
            "entry", "at", "user", "command", "record", "change", "field", "old", "new",
        ],
        &["stage", "count", "sum", "weighted", "currency"],
        &["code", "name", "kind", "level", "part"],
        &["name", "role", "fingerprints", "keys", "created", "key"],
        &["layer", "keys", "bound_keys", "action", "description"],
        &[
            "from_balance",
            "to_balance",
            "running",
            "iban",
            "employee",
            "net",
        ],
    ] {
        fields.extend(list.iter().copied());
    }
    let missing: Vec<&str> = fields
        .into_iter()
        .filter(|field| !known(&format!("cli-field-{}", field.replace('_', "-"))))
        .collect();
    assert!(missing.is_empty(), "fields without a word: {missing:?}");
    let english = lang::scope(Locale::new(Lang::En, Zone::UTC), || {
        super::output::field_word("postal_code")
    });
    assert_eq!(english, "postal_code");
}

#[test]
fn every_kind_of_record_has_its_name_and_count() {
    for kind in crate::store::KINDS {
        let key = format!("cli-kind-{}", kind.name.replace(' ', "-"));
        assert!(known(&key), "{key}");
    }
    for kind in <Kind as clap::ValueEnum>::value_variants() {
        let key = format!("cli-records-{}", kind.name());
        assert!(known(&key), "{key}");
    }
    let german = lang::scope(Locale::new(Lang::De, Zone::UTC), || {
        super::import::records_word(Kind::Plain(crate::core::kinds::CUSTOMERS), 1234)
    });
    assert_eq!(german, "1.234 Kunden");
}
