//! Quotes and sales orders in the store: trees `quotes` and `orders`, each with the unique
//! index `<tree>.by_number` (`AN-2026-00001` → id) and `<tree>.by_customer` (customer id,
//! record id) — the key shapes live here only — and the gapless number counters in `meta`
//! (`number/AN/2026`), taken inside the transaction that writes the record, so a refused
//! or crashed add consumes no number and two adds never share one. The indexes by item and
//! by month are `sales_demand`'s; orders attributed to a campaign are indexed by it
//! (`orders.by_campaign`). Room: store.

use super::sales_demand::{
    ORDERS_BY_ITEM, ORDERS_BY_MONTH, ORDERS_DEMAND_BY_DAY, ORDERS_RESERVED_BY_LOCATION,
    ORDERS_UNBILLED_BY_CUSTOMER, QUOTES_BY_ITEM, order_entries, quote_entries,
};
use super::sales_history::{QuoteV1, SalesOrderV1, SalesOrderV2, SalesOrderV3, SalesOrderV4};
use super::sales_schemas::{SalesOrderV5, SalesOrderV6};
use crate::domain::sales::{Quote, SalesOrder, Series};
use crate::store::StoreError;
use crate::store::keys::{Key, id_bytes, read_u64};
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const QUOTES_BY_NUMBER: &str = "quotes.by_number";
pub(in crate::store) const QUOTES_BY_CUSTOMER: &str = "quotes.by_customer";
pub(in crate::store) const ORDERS_BY_NUMBER: &str = "orders.by_number";
pub(in crate::store) const ORDERS_BY_CUSTOMER: &str = "orders.by_customer";
pub(in crate::store) const ORDERS_BY_CAMPAIGN: &str = "orders.by_campaign";

/// Ids of the orders attributed to `campaign`, in id order.
pub fn orders_of_campaign(
    store: &Store,
    campaign: u64,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(ORDERS_BY_CAMPAIGN, Key::new().u64(campaign))
}

fn number_key(number: &str) -> Key {
    Key::new().str(number.trim())
}

fn customer_key(customer: u64) -> Key {
    Key::new().u64(customer)
}

impl Record for Quote {
    const TREE: &'static str = "quotes";
    const NAME: &'static str = "quote";
    const SCHEMA: u16 = 2;
    const INDEXES: &'static [&'static str] = &[
        QUOTES_BY_NUMBER,
        QUOTES_BY_CUSTOMER,
        QUOTES_BY_ITEM,
        super::words::QUOTES,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![
            IndexEntry::unique(QUOTES_BY_NUMBER, number_key(&self.number), self.id),
            IndexEntry::plain(QUOTES_BY_CUSTOMER, customer_key(self.customer_id), self.id),
        ];
        entries.extend(quote_entries(self));
        entries.extend(super::words::word_entries(self));
        entries
    }

    fn migrate(schema: u16, payload: &[u8]) -> crate::store::StoreResult<Self> {
        match schema {
            1 => decode_payload::<QuoteV1>(payload, Self::NAME).map(Quote::from),
            other => Err(StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }
}

impl Record for SalesOrder {
    const TREE: &'static str = "orders";
    const NAME: &'static str = "sales order";
    const SCHEMA: u16 = 7;
    const INDEXES: &'static [&'static str] = &[
        ORDERS_BY_NUMBER,
        ORDERS_BY_CUSTOMER,
        ORDERS_BY_ITEM,
        ORDERS_BY_MONTH,
        ORDERS_DEMAND_BY_DAY,
        ORDERS_UNBILLED_BY_CUSTOMER,
        ORDERS_RESERVED_BY_LOCATION,
        ORDERS_BY_CAMPAIGN,
        super::words::ORDERS,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![
            IndexEntry::unique(ORDERS_BY_NUMBER, number_key(&self.number), self.id),
            IndexEntry::plain(ORDERS_BY_CUSTOMER, customer_key(self.customer_id), self.id),
        ];
        entries.extend(order_entries(self));
        if let Some(campaign) = self.campaign {
            entries.push(IndexEntry::plain(
                ORDERS_BY_CAMPAIGN,
                Key::new().u64(campaign),
                self.id,
            ));
        }
        entries.extend(super::words::word_entries(self));
        entries
    }

    fn migrate(schema: u16, payload: &[u8]) -> crate::store::StoreResult<Self> {
        match schema {
            1 => decode_payload::<SalesOrderV1>(payload, Self::NAME)
                .map(SalesOrderV2::from)
                .map(SalesOrderV3::from)
                .map(SalesOrderV4::from)
                .map(SalesOrderV5::from)
                .map(SalesOrderV6::from)
                .map(SalesOrder::from),
            2 => decode_payload::<SalesOrderV2>(payload, Self::NAME)
                .map(SalesOrderV3::from)
                .map(SalesOrderV4::from)
                .map(SalesOrderV5::from)
                .map(SalesOrderV6::from)
                .map(SalesOrder::from),
            3 => decode_payload::<SalesOrderV3>(payload, Self::NAME)
                .map(SalesOrderV4::from)
                .map(SalesOrderV5::from)
                .map(SalesOrderV6::from)
                .map(SalesOrder::from),
            4 => decode_payload::<SalesOrderV4>(payload, Self::NAME)
                .map(SalesOrderV5::from)
                .map(SalesOrderV6::from)
                .map(SalesOrder::from),
            5 => decode_payload::<SalesOrderV5>(payload, Self::NAME)
                .map(SalesOrderV6::from)
                .map(SalesOrder::from),
            6 => decode_payload::<SalesOrderV6>(payload, Self::NAME).map(SalesOrder::from),
            other => Err(StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }
}

/// Takes the next number of `series` in `year`, inside the transaction that writes the
/// record numbered with it: the counter and the record commit together or not at all.
pub fn next_number(tx: &Tx, series: Series, year: i32) -> TxResult<String> {
    let last = last_number(tx, series, year)?;
    set_last_number(tx, series, year, last + 1)?;
    Ok(series.number(year, last + 1))
}

fn counter_key(series: Series, year: i32) -> String {
    format!("number/{}/{year}", series.prefix())
}

/// The sequence of the last number `series` gave out in `year` (0: none yet).
pub fn last_number(tx: &Tx, series: Series, year: i32) -> TxResult<u64> {
    let key = counter_key(series, year);
    Ok(tx.meta_get(&key)?.and_then(|v| read_u64(&v)).unwrap_or(0))
}

/// Moves the counter of `series` in `year` to `last` — in the transaction that writes the
/// records numbered up to it (an import numbering many at once).
pub fn set_last_number(tx: &Tx, series: Series, year: i32, last: u64) -> TxResult<()> {
    tx.meta_put(&counter_key(series, year), &id_bytes(last))
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

/// Ids of the quotes with a line of item `item`, in id order (`quotes.by_item`).
pub fn quotes_with_item(store: &Store, item: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(QUOTES_BY_ITEM, Key::new().u64(item))?
        .collect()
}

/// Ids of the orders with a line of item `item`, in id order (`orders.by_item`).
pub fn orders_with_item(store: &Store, item: u64) -> StoreResult<Vec<u64>> {
    let mut ids = store
        .index_ids(ORDERS_BY_ITEM, Key::new().u64(item))?
        .collect::<StoreResult<Vec<u64>>>()?;
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}
