//! The released earlier schemas of quotes and sales orders and how each reads as the
//! next; `sales` migrates through them. Released structs are never edited. Room: store.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::sales_schemas::SalesOrderV5;
use crate::domain::Currency;
use crate::domain::sales::{
    Confirmation, Hold, HoldRelease, OrderLine, OrderState, Quote, QuoteState, Reservation,
    SalesLine, SalesTerms, UNASSIGNED,
};

/// Schema 1 of an order line: nothing reserved yet. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrderLineV1 {
    pub line: SalesLine,
    pub requested: Option<Date>,
    pub cancelled: Decimal,
}

/// Schema 1 of an order (before confirmation reserved stock): open or cancelled only.
/// Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SalesOrderV1 {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub date: Date,
    pub reference: String,
    pub reference_date: Option<Date>,
    pub quote_id: Option<u64>,
    pub quote_number: String,
    pub currency: Currency,
    pub lines: Vec<OrderLineV1>,
    pub state: OrderState,
    pub cancel_reason: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// Schema 2 of an order line: reserved, nothing delivered yet. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrderLineV2 {
    pub line: SalesLine,
    pub requested: Option<Date>,
    pub cancelled: Decimal,
    pub reserved: Decimal,
}

/// Schema 2 of an order (confirmation reserves stock, before deliveries). Released; never
/// edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SalesOrderV2 {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub date: Date,
    pub reference: String,
    pub reference_date: Option<Date>,
    pub quote_id: Option<u64>,
    pub quote_number: String,
    pub currency: Currency,
    pub lines: Vec<OrderLineV2>,
    pub state: OrderState,
    pub cancel_reason: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl From<SalesOrderV1> for SalesOrderV2 {
    fn from(old: SalesOrderV1) -> SalesOrderV2 {
        let lines = old
            .lines
            .into_iter()
            .map(|line| OrderLineV2 {
                line: line.line,
                requested: line.requested,
                cancelled: line.cancelled,
                reserved: Decimal::ZERO,
            })
            .collect();
        SalesOrderV2 {
            id: old.id,
            number: old.number,
            customer_id: old.customer_id,
            date: old.date,
            reference: old.reference,
            reference_date: old.reference_date,
            quote_id: old.quote_id,
            quote_number: old.quote_number,
            currency: old.currency,
            lines,
            state: old.state,
            cancel_reason: old.cancel_reason,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

impl From<SalesOrderV2> for SalesOrderV3 {
    fn from(old: SalesOrderV2) -> SalesOrderV3 {
        let lines = old
            .lines
            .into_iter()
            .map(|line| OrderLineV3 {
                line: line.line,
                requested: line.requested,
                cancelled: line.cancelled,
                reserved: line.reserved,
                delivered: Decimal::ZERO,
            })
            .collect();
        SalesOrderV3 {
            id: old.id,
            number: old.number,
            customer_id: old.customer_id,
            date: old.date,
            reference: old.reference,
            reference_date: old.reference_date,
            quote_id: old.quote_id,
            quote_number: old.quote_number,
            currency: old.currency,
            lines,
            state: old.state,
            cancel_reason: old.cancel_reason,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Schema 3 of an order line: reserved and delivered, without promised date, cancel
/// reason or invoiced quantity. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrderLineV3 {
    pub line: SalesLine,
    pub requested: Option<Date>,
    pub cancelled: Decimal,
    pub reserved: Decimal,
    pub delivered: Decimal,
}

/// Schema 3 of an order (deliveries, before terms, holds and confirmation history).
/// Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SalesOrderV3 {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub date: Date,
    pub reference: String,
    pub reference_date: Option<Date>,
    pub quote_id: Option<u64>,
    pub quote_number: String,
    pub currency: Currency,
    pub lines: Vec<OrderLineV3>,
    pub state: OrderState,
    pub cancel_reason: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl From<SalesOrderV3> for SalesOrderV4 {
    fn from(old: SalesOrderV3) -> SalesOrderV4 {
        let lines = old
            .lines
            .into_iter()
            .map(|line| OrderLineV4 {
                line: line.line,
                requested: line.requested,
                promised: None,
                cancelled: line.cancelled,
                cancel_reason: String::new(),
                reserved: line.reserved,
                delivered: line.delivered,
                invoiced: Decimal::ZERO,
            })
            .collect();
        SalesOrderV4 {
            id: old.id,
            number: old.number,
            customer_id: old.customer_id,
            date: old.date,
            reference: old.reference,
            reference_date: old.reference_date,
            quote_id: old.quote_id,
            quote_number: old.quote_number,
            currency: old.currency,
            terms: SalesTerms::default(),
            partial_deliveries: None,
            backorders: None,
            lines,
            state: old.state,
            cancel_reason: old.cancel_reason,
            hold: None,
            releases: Vec::new(),
            confirmations: Vec::new(),
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Schema 4 of an order line: one reserved quantity of the item, without its location.
/// Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrderLineV4 {
    pub line: SalesLine,
    pub requested: Option<Date>,
    pub promised: Option<Date>,
    pub cancelled: Decimal,
    pub cancel_reason: String,
    pub reserved: Decimal,
    pub delivered: Decimal,
    pub invoiced: Decimal,
}

/// Schema 4 of an order (terms, holds, confirmation history; reservations per item, not
/// per location). Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SalesOrderV4 {
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
    pub lines: Vec<OrderLineV4>,
    pub state: OrderState,
    pub cancel_reason: String,
    pub hold: Option<Hold>,
    pub releases: Vec<HoldRelease>,
    pub confirmations: Vec<Confirmation>,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// A schema 4 reservation keeps its quantity, unassigned to a location
/// (`domain::sales::reservation` says why).
impl From<SalesOrderV4> for SalesOrderV5 {
    fn from(old: SalesOrderV4) -> SalesOrderV5 {
        let lines = old
            .lines
            .into_iter()
            .map(|line| OrderLine {
                line: line.line,
                requested: line.requested,
                promised: line.promised,
                cancelled: line.cancelled,
                cancel_reason: line.cancel_reason,
                reservations: match line.reserved > Decimal::ZERO {
                    true => vec![Reservation {
                        location: UNASSIGNED.to_string(),
                        quantity: line.reserved,
                    }],
                    false => Vec::new(),
                },
                delivered: line.delivered,
                invoiced: line.invoiced,
            })
            .collect();
        SalesOrderV5 {
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
            lines,
            state: old.state,
            cancel_reason: old.cancel_reason,
            hold: old.hold,
            releases: old.releases,
            confirmations: old.confirmations,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Schema 1 of a quote: without contact and terms. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuoteV1 {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub date: Date,
    pub valid_until: Date,
    pub opportunity_id: Option<u64>,
    pub currency: Currency,
    pub lines: Vec<SalesLine>,
    pub state: QuoteState,
    pub order_id: Option<u64>,
    pub order_number: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl From<QuoteV1> for Quote {
    fn from(old: QuoteV1) -> Quote {
        Quote {
            id: old.id,
            number: old.number,
            customer_id: old.customer_id,
            date: old.date,
            valid_until: old.valid_until,
            opportunity_id: old.opportunity_id,
            currency: old.currency,
            terms: SalesTerms::default(),
            lines: old.lines,
            state: old.state,
            order_id: old.order_id,
            order_number: old.order_number,
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
    use crate::domain::Currency;
    use crate::domain::sales::SalesOrder;
    use crate::domain::vat::VatCategory;
    use crate::store::record::{decode, encode_with_schema};

    /// The one line of the old orders: 4 × A-1 at 2.50.
    fn widget() -> SalesLine {
        SalesLine {
            item_id: Some(3),
            sku: "A-1".into(),
            text: "Widget".into(),
            quantity: dec!(4),
            unit_price: dec!(2.50),
            discount: Decimal::ZERO,
            category: VatCategory::Standard,
            price_rule: None,
        }
    }

    #[test]
    fn a_schema_1_order_reads_back_with_nothing_reserved() {
        let line = widget();
        let old = SalesOrderV1 {
            id: 9,
            number: "AU-2026-00001".into(),
            customer_id: 2,
            date: date!(2026 - 12 - 05),
            reference: "PO 7".into(),
            reference_date: None,
            quote_id: None,
            quote_number: String::new(),
            currency: Currency::EUR,
            lines: vec![OrderLineV1 {
                line: line.clone(),
                requested: None,
                cancelled: dec!(1),
            }],
            state: OrderState::Open,
            cancel_reason: String::new(),
            created: datetime!(2026-12-05 09:00 UTC),
            updated: datetime!(2026-12-05 09:00 UTC),
            version: 1,
        };
        let bytes = encode_with_schema(&old, 1, "sales order").unwrap();
        let migrated: SalesOrder = decode(&bytes).unwrap();
        assert_eq!(migrated.number, "AU-2026-00001");
        assert_eq!(migrated.lines[0].line, line);
        assert_eq!(migrated.lines[0].cancelled, dec!(1));
        assert_eq!(migrated.lines[0].reserved(), Decimal::ZERO);
        assert_eq!(migrated.lines[0].delivered, Decimal::ZERO);
        assert_eq!(migrated.state, OrderState::Open);
    }

    #[test]
    fn a_schema_2_order_keeps_its_reservations_with_nothing_delivered() {
        let line = widget();
        let old = SalesOrderV2 {
            id: 9,
            number: "AU-2026-00002".into(),
            customer_id: 2,
            date: date!(2026 - 12 - 05),
            reference: String::new(),
            reference_date: None,
            quote_id: None,
            quote_number: String::new(),
            currency: Currency::EUR,
            lines: vec![OrderLineV2 {
                line: line.clone(),
                requested: None,
                cancelled: dec!(1),
                reserved: dec!(2),
            }],
            state: OrderState::Confirmed,
            cancel_reason: String::new(),
            created: datetime!(2026-12-05 09:00 UTC),
            updated: datetime!(2026-12-05 09:00 UTC),
            version: 3,
        };
        let bytes = encode_with_schema(&old, 2, "sales order").unwrap();
        let migrated: SalesOrder = decode(&bytes).unwrap();
        assert_eq!(migrated.number, "AU-2026-00002");
        assert_eq!(migrated.lines[0].line, line);
        assert_eq!(migrated.lines[0].cancelled, dec!(1));
        assert_eq!(migrated.lines[0].reserved(), dec!(2));
        assert_eq!(migrated.lines[0].delivered, Decimal::ZERO);
        assert_eq!(migrated.lines[0].backordered(), dec!(1));
        assert_eq!(migrated.state, OrderState::Confirmed);
        assert_eq!(migrated.version, 3);
    }

    #[test]
    fn a_schema_3_order_keeps_its_deliveries_with_no_terms_hold_or_confirmation() {
        let line = widget();
        let old = SalesOrderV3 {
            id: 9,
            number: "AU-2026-00003".into(),
            customer_id: 2,
            date: date!(2026 - 12 - 05),
            reference: "PO 8".into(),
            reference_date: Some(date!(2026 - 12 - 01)),
            quote_id: Some(4),
            quote_number: "AN-2026-00004".into(),
            currency: Currency::EUR,
            lines: vec![OrderLineV3 {
                line: line.clone(),
                requested: Some(date!(2026 - 12 - 20)),
                cancelled: Decimal::ZERO,
                reserved: dec!(1),
                delivered: dec!(3),
            }],
            state: OrderState::Confirmed,
            cancel_reason: String::new(),
            created: datetime!(2026-12-05 09:00 UTC),
            updated: datetime!(2026-12-05 09:00 UTC),
            version: 4,
        };
        let bytes = encode_with_schema(&old, 3, "sales order").unwrap();
        let migrated: SalesOrder = decode(&bytes).unwrap();
        assert_eq!(migrated.reference_date, Some(date!(2026 - 12 - 01)));
        assert_eq!(migrated.quote_number, "AN-2026-00004");
        assert_eq!(migrated.lines[0].requested, Some(date!(2026 - 12 - 20)));
        assert_eq!(migrated.lines[0].reserved(), dec!(1));
        assert_eq!(migrated.lines[0].delivered, dec!(3));
        assert_eq!(migrated.lines[0].promised, None);
        assert_eq!(migrated.lines[0].invoiced, Decimal::ZERO);
        assert_eq!(migrated.terms, SalesTerms::default());
        assert_eq!((migrated.hold, migrated.partial_deliveries), (None, None));
        assert!(migrated.confirmations.is_empty());
        assert_eq!(migrated.version, 4);
    }

    #[test]
    fn a_schema_4_order_keeps_its_reservation_unassigned_to_a_location() {
        let old = SalesOrderV4 {
            id: 9,
            number: "AU-2026-00004".into(),
            customer_id: 2,
            date: date!(2026 - 12 - 05),
            reference: "PO 9".into(),
            reference_date: None,
            quote_id: None,
            quote_number: String::new(),
            currency: Currency::EUR,
            terms: SalesTerms {
                contact: "Ms Berg".into(),
                payment: "30 Tage netto".into(),
                delivery: String::new(),
            },
            partial_deliveries: Some(false),
            backorders: None,
            lines: vec![
                OrderLineV4 {
                    line: widget(),
                    requested: None,
                    promised: Some(date!(2026 - 12 - 18)),
                    cancelled: Decimal::ZERO,
                    cancel_reason: String::new(),
                    reserved: dec!(3),
                    delivered: dec!(1),
                    invoiced: dec!(1),
                },
                OrderLineV4 {
                    line: widget(),
                    requested: None,
                    promised: None,
                    cancelled: dec!(4),
                    cancel_reason: "gone".into(),
                    reserved: Decimal::ZERO,
                    delivered: Decimal::ZERO,
                    invoiced: Decimal::ZERO,
                },
            ],
            state: OrderState::Confirmed,
            cancel_reason: String::new(),
            hold: None,
            releases: Vec::new(),
            confirmations: Vec::new(),
            created: datetime!(2026-12-05 09:00 UTC),
            updated: datetime!(2026-12-05 09:00 UTC),
            version: 6,
        };
        let bytes = encode_with_schema(&old, 4, "sales order").unwrap();
        let migrated: SalesOrder = decode(&bytes).unwrap();
        assert_eq!(
            migrated.lines[0].reservations,
            vec![Reservation {
                location: UNASSIGNED.into(),
                quantity: dec!(3)
            }]
        );
        assert!(migrated.lines[1].reservations.is_empty());
        assert_eq!(migrated.lines[0].backordered(), Decimal::ZERO);
        assert_eq!(migrated.lines[0].promised, Some(date!(2026 - 12 - 18)));
        assert_eq!(migrated.lines[0].invoiced, dec!(1));
        assert_eq!(migrated.lines[1].cancel_reason, "gone");
        assert_eq!(migrated.terms.payment, "30 Tage netto");
        assert_eq!(migrated.partial_deliveries, Some(false));
        assert_eq!(migrated.reserved_of(3), dec!(3));
        assert_eq!(
            migrated.reserved_by_location(),
            vec![(3, UNASSIGNED.to_string(), dec!(3))]
        );
        assert_eq!(migrated.version, 6);
    }

    #[test]
    fn a_schema_1_quote_reads_back_without_terms() {
        let old = QuoteV1 {
            id: 4,
            number: "AN-2026-00004".into(),
            customer_id: 2,
            date: date!(2026 - 12 - 05),
            valid_until: date!(2027 - 01 - 04),
            opportunity_id: Some(6),
            currency: Currency::EUR,
            lines: vec![widget()],
            state: QuoteState::Sent,
            order_id: None,
            order_number: String::new(),
            created: datetime!(2026-12-05 09:00 UTC),
            updated: datetime!(2026-12-05 09:00 UTC),
            version: 2,
        };
        let bytes = encode_with_schema(&old, 1, "quote").unwrap();
        let migrated: Quote = decode(&bytes).unwrap();
        assert_eq!(migrated.valid_until, date!(2027 - 01 - 04));
        assert_eq!(migrated.opportunity_id, Some(6));
        assert_eq!(migrated.lines, vec![widget()]);
        assert_eq!(migrated.state, QuoteState::Sent);
        assert_eq!(migrated.terms, SalesTerms::default());
    }
}
