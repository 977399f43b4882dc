//! Record kinds the store keeps, each with its one index-entries function, and the registry
//! (`KINDS`) that `check`, `reindex` and import recovery walk. Room: store.

pub mod bom;
pub mod calendar;
pub mod campaign;
pub mod consent;
pub mod customer;
mod customer_schemas;
pub mod delivery;
pub mod dunning;
pub mod employee;
pub mod interaction;
pub mod invoice;
pub mod item;
pub mod lead;
pub mod mail_quarantine;
pub mod mailing;
mod mailing_schemas;
pub mod mrp_plan;
mod mrp_plan_parts;
pub mod opportunity;
pub mod outbox;
pub mod payment;
pub mod payslip;
pub mod price_rule;
pub mod production_order;
pub mod purchase;
pub mod receivable;
pub mod sales;
pub mod sales_demand;
pub mod sales_history;
mod sales_schemas;
pub mod segment;
pub mod stock_move;
pub mod supplier;
pub mod supplier_item;
pub mod ticket;
mod ticket_schemas;
pub mod user;
pub mod words;

pub use customer::CustomerV1;

use std::collections::BTreeSet;

use super::error::StoreResult;
use super::keys::Key;
use super::record::{IndexEntry, Record, decode};
use super::{Store, Tx, TxResult};
use crate::domain::fold::{fold, word_starts};
use crate::domain::{Customer, Interaction, Item, Location, Opportunity, StockMove};

/// Type-erased operations on one kind, for code that walks every kind.
pub struct KindOps {
    pub tree: &'static str,
    pub name: &'static str,
    pub schema: u16,
    pub indexes: &'static [&'static str],
    /// Decodes a stored value and computes its index entries.
    pub entries_of: fn(&[u8]) -> StoreResult<Vec<IndexEntry>>,
    /// Decodes a stored value (migrating it) and encodes it in the current schema.
    pub upgrade: fn(&[u8]) -> StoreResult<Vec<u8>>,
}

const fn ops<T: Record>() -> KindOps {
    KindOps {
        tree: T::TREE,
        name: T::NAME,
        schema: T::SCHEMA,
        indexes: T::INDEXES,
        entries_of: |bytes| decode::<T>(bytes).map(|record| record.index_entries()),
        upgrade: |bytes| decode::<T>(bytes).and_then(|record| super::record::encode(&record)),
    }
}

/// Every kind of record, in a fixed order.
pub const KINDS: &[KindOps] = &[
    ops::<Customer>(),
    ops::<Interaction>(),
    ops::<Opportunity>(),
    ops::<Item>(),
    ops::<Location>(),
    ops::<StockMove>(),
    ops::<crate::domain::bom::Bom>(),
    ops::<crate::domain::payroll::Employee>(),
    ops::<crate::domain::payroll::Payslip>(),
    ops::<crate::domain::audit::AuditEntry>(),
    ops::<crate::domain::user::User>(),
    ops::<crate::domain::Supplier>(),
    ops::<crate::domain::price::PriceRule>(),
    ops::<crate::domain::supplier_item::SupplierItem>(),
    ops::<crate::domain::sales::Quote>(),
    ops::<crate::domain::sales::SalesOrder>(),
    ops::<crate::domain::sales::DeliveryNote>(),
    ops::<crate::domain::invoice::Invoice>(),
    ops::<crate::domain::payment::Payment>(),
    ops::<crate::domain::dunning_letter::DunningBlock>(),
    ops::<crate::domain::dunning_letter::DunningLetter>(),
    ops::<crate::domain::outbox::OutboxMail>(),
    ops::<crate::domain::ticket::Queue>(),
    ops::<crate::domain::ticket::Ticket>(),
    ops::<crate::domain::ticket::AttachmentBlob>(),
    ops::<crate::domain::calendar::BusinessCalendar>(),
    ops::<crate::domain::mail_quarantine::QuarantinedMail>(),
    ops::<crate::domain::lead::Lead>(),
    ops::<crate::domain::consent::ConsentEvent>(),
    ops::<crate::domain::consent::ConsentText>(),
    ops::<crate::domain::campaign::Campaign>(),
    ops::<crate::domain::segment::Segment>(),
    ops::<crate::domain::mailing::Mailing>(),
    ops::<crate::domain::mailing::send::MailingSend>(),
    ops::<crate::domain::mailing::send::Suppression>(),
    ops::<crate::domain::mailing::bounce::MailingBounce>(),
    ops::<crate::domain::production_order::ProductionOrder>(),
    ops::<crate::domain::purchase::PurchaseOrder>(),
];

/// The kind whose tree is `tree`.
pub fn kind_by_tree(tree: &str) -> Option<&'static KindOps> {
    KINDS.iter().find(|kind| kind.tree == tree)
}

/// One `index` entry per word of `name` (folded), each keyed by the name from that word on,
/// so a prefix of any word finds the record.
fn name_word_entries(index: &'static str, name: &str, id: u64) -> Vec<IndexEntry> {
    let folded = fold(name);
    word_starts(&folded)
        .into_iter()
        .map(|start| IndexEntry::plain(index, Key::new().str(&folded[start..]), id))
        .collect()
}

/// The unique key of a supplier or customer number (folded), `None` for an empty one.
fn number_key(number: &str) -> Option<Key> {
    let folded = fold(number);
    (!folded.is_empty()).then(|| Key::new().str(&folded))
}

/// The record holding `number` (folded) in the unique number `index`; `None` for an empty
/// number.
fn number_id(store: &Store, index: &str, number: &str) -> StoreResult<Option<u64>> {
    match number_key(number) {
        Some(key) => store.unique_id(index, key),
        None => Ok(None),
    }
}

/// The same read inside a transaction: the uniqueness check before a write.
fn number_id_in(tx: &Tx, index: &str, number: &str) -> TxResult<Option<u64>> {
    match number_key(number) {
        Some(key) => tx.unique_id(index, key),
        None => Ok(None),
    }
}

/// Sorts and removes duplicate entries (a name whose words repeat, two equal phones).
fn dedup(entries: Vec<IndexEntry>) -> Vec<IndexEntry> {
    entries
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}
