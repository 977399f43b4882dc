//! Record kinds as messages name them, in the current language: `customer 3` and
//! `Kunde 3`. The kinds' machine names (`customer`, `stock move`) stay what they are in the
//! store, the audit log and the CLI; only what a person reads goes through here.
//! Room: domain (pure).

/// The kind `kind` (a store or declaration name: `customer`, `stock move`, `bom`) as a
/// message says it; a name kontor does not know is shown as it is.
pub fn kind(kind: &str) -> String {
    match kind {
        "customer" => crate::t!("domain-kind-customer"),
        "interaction" => crate::t!("domain-kind-interaction"),
        "opportunity" => crate::t!("domain-kind-opportunity"),
        "item" => crate::t!("domain-kind-item"),
        "location" => crate::t!("domain-kind-location"),
        "move" => crate::t!("domain-kind-move"),
        "stock move" => crate::t!("domain-kind-stock-move"),
        "bom" => crate::t!("domain-kind-bom"),
        "BOM" => crate::t!("domain-kind-bom-capital"),
        "supplier" => crate::t!("domain-kind-supplier"),
        "employee" => crate::t!("domain-kind-employee"),
        "payslip" => crate::t!("domain-kind-payslip"),
        "user" => crate::t!("domain-kind-user"),
        "audit entry" => crate::t!("domain-kind-audit-entry"),
        "price-rule" => crate::t!("domain-kind-price-rule"),
        "supplier-item" => crate::t!("supplier-item-kind"),
        "quote" => crate::t!("domain-kind-quote"),
        "sales order" => crate::t!("domain-kind-sales-order"),
        "purchase order" => crate::t!("purchase-kind"),
        "lead" => crate::t!("leads-kind-name"),
        "campaign" => crate::t!("campaign-kind"),
        "segment" => crate::t!("campaign-kind-segment"),
        other => other.to_string(),
    }
}

/// A number of records of a kind: `1 interaction`, `3 stock moves`, German
/// `3 Lagerbewegungen`; a kind without its own plural is written `3 ledger`.
pub fn count(kind_name: &str, count: usize) -> String {
    match kind_name {
        "customer" => crate::t!("domain-count-customer", count = count),
        "interaction" => crate::t!("domain-count-interaction", count = count),
        "opportunity" => crate::t!("domain-count-opportunity", count = count),
        "item" => crate::t!("domain-count-item", count = count),
        "location" => crate::t!("domain-count-location", count = count),
        "stock move" => crate::t!("domain-count-stock-move", count = count),
        "BOM" => crate::t!("domain-count-bom", count = count),
        "supplier" => crate::t!("domain-count-supplier", count = count),
        "employee" => crate::t!("domain-count-employee", count = count),
        "payslip" => crate::t!("domain-count-payslip", count = count),
        "price-rule" => crate::t!("domain-count-price-rule", count = count),
        "supplier-item" => crate::t!("supplier-item-count", count = count),
        "quote" => crate::t!("domain-count-quote", count = count),
        "sales order" => crate::t!("domain-count-sales-order", count = count),
        "purchase order" => crate::t!("purchase-count", count = count),
        other => format!(
            "{} {other}",
            crate::lang::format::integer(i64::try_from(count).unwrap_or(i64::MAX))
        ),
    }
}

/// One record: `customer 3`, German `Kunde 3` (the id as it is, never grouped).
pub fn record(kind_name: &str, id: u64) -> String {
    crate::t!("domain-record", kind = kind(kind_name), id = id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Lang, Locale, Zone, scope};

    #[test]
    fn records_are_named_in_the_current_language() {
        assert_eq!(record("stock move", 12345), "stock move 12345");
        assert_eq!(record("BOM", 2), "BOM 2");
        let german = Locale::new(Lang::De, Zone::UTC);
        assert_eq!(scope(german, || record("customer", 12345)), "Kunde 12345");
        assert_eq!(scope(german, || record("stock move", 1)), "Lagerbewegung 1");
        assert_eq!(scope(german, || record("ledger", 1)), "ledger 1");
        assert_eq!(count("opportunity", 1), "1 opportunity");
        assert_eq!(count("opportunity", 2), "2 opportunities");
        assert_eq!(count("stock move", 0), "0 stock moves");
        assert_eq!(scope(german, || count("stock move", 1)), "1 Lagerbewegung");
        assert_eq!(
            scope(german, || count("interaction", 1234)),
            "1.234 Kontakte"
        );
    }
}
