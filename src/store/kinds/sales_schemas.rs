//! Schemas 5 (before imported history kept its shipped day) and 6 (before orders were
//! attributed to a campaign) of a sales order and how each reads as the next; `sales`
//! migrates through them, the older schemas (`sales_history`) through them too. Released;
//! never edit. Room: store.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::domain::Currency;
use crate::domain::sales::{
    Confirmation, Hold, HoldRelease, OrderLine, OrderState, SalesOrder, SalesTerms,
};

/// Schema 5 of an order: reservations per location, no shipped day. Imported history of
/// this schema was marked invoiced on import. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SalesOrderV5 {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub date: Date,
    pub reference: String,
    pub reference_date: Option<Date>,
    pub quote_id: Option<u64>,
    pub quote_number: String,
    pub currency: Currency,
    pub terms: SalesTerms,
    pub partial_deliveries: Option<bool>,
    pub backorders: Option<bool>,
    pub lines: Vec<OrderLine>,
    pub state: OrderState,
    pub cancel_reason: String,
    pub hold: Option<Hold>,
    pub releases: Vec<HoldRelease>,
    pub confirmations: Vec<Confirmation>,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// A schema 5 order has no shipped day: its history (if imported) counts as invoiced
/// already, so the invoicing run leaves it alone.
impl From<SalesOrderV5> for SalesOrderV6 {
    fn from(old: SalesOrderV5) -> SalesOrderV6 {
        SalesOrderV6 {
            id: old.id,
            number: old.number,
            customer_id: old.customer_id,
            date: old.date,
            reference: old.reference,
            reference_date: old.reference_date,
            quote_id: old.quote_id,
            quote_number: old.quote_number,
            currency: old.currency,
            terms: old.terms,
            partial_deliveries: old.partial_deliveries,
            backorders: old.backorders,
            lines: old.lines,
            state: old.state,
            cancel_reason: old.cancel_reason,
            hold: old.hold,
            releases: old.releases,
            confirmations: old.confirmations,
            shipped: None,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Schema 6 of an order: a shipped day, no campaign. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SalesOrderV6 {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub date: Date,
    pub reference: String,
    pub reference_date: Option<Date>,
    pub quote_id: Option<u64>,
    pub quote_number: String,
    pub currency: Currency,
    pub terms: SalesTerms,
    pub partial_deliveries: Option<bool>,
    pub backorders: Option<bool>,
    pub lines: Vec<OrderLine>,
    pub state: OrderState,
    pub cancel_reason: String,
    pub hold: Option<Hold>,
    pub releases: Vec<HoldRelease>,
    pub confirmations: Vec<Confirmation>,
    pub shipped: Option<Date>,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// A schema 6 order is attributed to no campaign.
impl From<SalesOrderV6> for SalesOrder {
    fn from(old: SalesOrderV6) -> SalesOrder {
        SalesOrder {
            id: old.id,
            number: old.number,
            customer_id: old.customer_id,
            date: old.date,
            reference: old.reference,
            reference_date: old.reference_date,
            quote_id: old.quote_id,
            quote_number: old.quote_number,
            currency: old.currency,
            terms: old.terms,
            partial_deliveries: old.partial_deliveries,
            backorders: old.backorders,
            lines: old.lines,
            state: old.state,
            cancel_reason: old.cancel_reason,
            hold: old.hold,
            releases: old.releases,
            confirmations: old.confirmations,
            shipped: old.shipped,
            campaign: None,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
    use crate::domain::sales::SalesLine;
    use crate::domain::vat::VatCategory;
    use crate::store::record::{decode, encode_with_schema};

    #[test]
    fn a_schema_5_order_keeps_everything_and_has_no_shipped_day() {
        let line = SalesLine {
            item_id: Some(3),
            sku: "W-1".into(),
            text: "Widget".into(),
            quantity: dec!(2),
            unit_price: dec!(9.50),
            discount: dec!(0),
            category: VatCategory::Standard,
            price_rule: None,
        };
        let mut order = SalesOrder::open(
            2,
            date!(2026 - 12 - 01),
            Currency::EUR,
            vec![line],
            None,
            datetime!(2026-12-05 09:00 UTC),
        );
        order.lines[0].delivered = dec!(2);
        order.lines[0].invoiced = dec!(2);
        let old = SalesOrderV5 {
            id: 9,
            number: "AU-2026-00005".into(),
            customer_id: order.customer_id,
            date: order.date,
            reference: "10248".into(),
            reference_date: None,
            quote_id: None,
            quote_number: String::new(),
            currency: order.currency,
            terms: order.terms.clone(),
            partial_deliveries: None,
            backorders: None,
            lines: order.lines.clone(),
            state: OrderState::Confirmed,
            cancel_reason: String::new(),
            hold: None,
            releases: Vec::new(),
            confirmations: Vec::new(),
            created: order.created,
            updated: order.updated,
            version: 2,
        };
        let bytes = encode_with_schema(&old, 5, "sales order").unwrap();
        let migrated: SalesOrder = decode(&bytes).unwrap();
        assert_eq!(migrated.shipped, None);
        assert_eq!(migrated.reference, "10248");
        assert_eq!(migrated.lines, order.lines);
        assert_eq!((migrated.id, migrated.version), (9, 2));
        assert_eq!(migrated.campaign, None);
    }

    #[test]
    fn a_schema_6_order_keeps_everything_and_has_no_campaign() {
        let mut order = SalesOrder::open(
            4,
            date!(2026 - 11 - 02),
            Currency::EUR,
            Vec::new(),
            None,
            datetime!(2026-11-02 10:00 UTC),
        );
        order.shipped = Some(date!(2026 - 11 - 03));
        let old = SalesOrderV6 {
            id: 12,
            number: "AU-2026-00012".into(),
            customer_id: 4,
            date: order.date,
            reference: "PO-7".into(),
            reference_date: Some(date!(2026 - 11 - 01)),
            quote_id: Some(3),
            quote_number: "AN-2026-00003".into(),
            currency: order.currency,
            terms: order.terms.clone(),
            partial_deliveries: Some(false),
            backorders: None,
            lines: Vec::new(),
            state: OrderState::Open,
            cancel_reason: String::new(),
            hold: None,
            releases: Vec::new(),
            confirmations: Vec::new(),
            shipped: order.shipped,
            created: order.created,
            updated: order.updated,
            version: 5,
        };
        let bytes = encode_with_schema(&old, 6, "sales order").unwrap();
        let migrated: SalesOrder = decode(&bytes).unwrap();
        assert_eq!(migrated.campaign, None);
        assert_eq!(migrated.shipped, Some(date!(2026 - 11 - 03)));
        assert_eq!(migrated.quote_id, Some(3));
        assert_eq!(migrated.reference, "PO-7");
        assert_eq!(migrated.partial_deliveries, Some(false));
        assert_eq!((migrated.id, migrated.version), (12, 5));
    }
}
