//! Quotes and sales orders in the store: trees `quotes` and `orders`, each with the unique
//! index `<tree>.by_number` (`AN-2026-00001` → id) and `<tree>.by_customer` (customer id,
//! record id) — the key shapes live here only — and the gapless number counters in `meta`
//! (`number/AN/2026`), taken inside the transaction that writes the record, so a refused
//! or crashed add consumes no number and two adds never share one. Room: store.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::domain::Currency;
use crate::domain::sales::{OrderLine, OrderState, Quote, SalesLine, SalesOrder, Series};
use crate::store::StoreError;
use crate::store::keys::{Key, id_bytes, read_u64};
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const QUOTES_BY_NUMBER: &str = "quotes.by_number";
pub(in crate::store) const QUOTES_BY_CUSTOMER: &str = "quotes.by_customer";
pub(in crate::store) const ORDERS_BY_NUMBER: &str = "orders.by_number";
pub(in crate::store) const ORDERS_BY_CUSTOMER: &str = "orders.by_customer";

fn number_key(number: &str) -> Key {
    Key::new().str(number.trim())
}

fn customer_key(customer: u64) -> Key {
    Key::new().u64(customer)
}

impl Record for Quote {
    const TREE: &'static str = "quotes";
    const NAME: &'static str = "quote";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[QUOTES_BY_NUMBER, QUOTES_BY_CUSTOMER];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![
            IndexEntry::unique(QUOTES_BY_NUMBER, number_key(&self.number), self.id),
            IndexEntry::plain(QUOTES_BY_CUSTOMER, customer_key(self.customer_id), self.id),
        ]
    }
}

impl Record for SalesOrder {
    const TREE: &'static str = "orders";
    const NAME: &'static str = "sales order";
    const SCHEMA: u16 = 3;
    const INDEXES: &'static [&'static str] = &[ORDERS_BY_NUMBER, ORDERS_BY_CUSTOMER];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![
            IndexEntry::unique(ORDERS_BY_NUMBER, number_key(&self.number), self.id),
            IndexEntry::plain(ORDERS_BY_CUSTOMER, customer_key(self.customer_id), self.id),
        ]
    }

    fn migrate(schema: u16, payload: &[u8]) -> crate::store::StoreResult<Self> {
        match schema {
            1 => decode_payload::<SalesOrderV1>(payload, Self::NAME)
                .map(SalesOrderV2::from)
                .map(SalesOrder::from),
            2 => decode_payload::<SalesOrderV2>(payload, Self::NAME).map(SalesOrder::from),
            other => Err(StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }
}

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

impl From<SalesOrderV2> for SalesOrder {
    fn from(old: SalesOrderV2) -> SalesOrder {
        let lines = old
            .lines
            .into_iter()
            .map(|line| OrderLine {
                line: line.line,
                requested: line.requested,
                cancelled: line.cancelled,
                reserved: line.reserved,
                delivered: Decimal::ZERO,
            })
            .collect();
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
            lines,
            state: old.state,
            cancel_reason: old.cancel_reason,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Takes the next number of `series` in `year`, inside the transaction that writes the
/// record numbered with it: the counter and the record commit together or not at all.
pub fn next_number(tx: &Tx, series: Series, year: i32) -> TxResult<String> {
    let key = format!("number/{}/{year}", series.prefix());
    let last = tx.meta_get(&key)?.and_then(|v| read_u64(&v)).unwrap_or(0);
    tx.meta_put(&key, &id_bytes(last + 1))?;
    Ok(series.number(year, last + 1))
}

/// The id of the quote numbered `number`.
pub fn quote_by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(QUOTES_BY_NUMBER, number_key(number))
}

/// The id of the order numbered `number`.
pub fn order_by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(ORDERS_BY_NUMBER, number_key(number))
}

/// Ids of the quotes of customer `customer`, in id order.
pub fn quotes_of(store: &Store, customer: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(QUOTES_BY_CUSTOMER, customer_key(customer))?
        .collect()
}

/// Ids of the orders of customer `customer`, in id order.
pub fn orders_of(store: &Store, customer: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(ORDERS_BY_CUSTOMER, customer_key(customer))?
        .collect()
}

/// Ids of the quotes with a line of item `item`, in id order (every quote read: no index).
pub fn quotes_with_item(store: &Store, item: u64) -> StoreResult<Vec<u64>> {
    store.ids_where::<Quote>(|quote| quote.lines.iter().any(|line| line.item_id == Some(item)))
}

/// Ids of the orders with a line of item `item`, in id order (every order read: no index).
pub fn orders_with_item(store: &Store, item: u64) -> StoreResult<Vec<u64>> {
    store.ids_where::<SalesOrder>(|order| {
        order
            .lines
            .iter()
            .any(|line| line.line.item_id == Some(item))
    })
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
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
        assert_eq!(migrated.lines[0].reserved, Decimal::ZERO);
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
        assert_eq!(migrated.lines[0].reserved, dec!(2));
        assert_eq!(migrated.lines[0].delivered, Decimal::ZERO);
        assert_eq!(migrated.lines[0].backordered(), dec!(1));
        assert_eq!(migrated.state, OrderState::Confirmed);
        assert_eq!(migrated.version, 3);
    }
}
