//! What a dunning run keeps: blocks (a customer or an invoice kept out of dunning, with
//! the reason, who set it and when) and the dunning letters it posted (`MA-2026-00001`,
//! gapless per year), each a snapshot of what the letter says — the items with their
//! level, days overdue and in default and their interest, the fee, the total, both
//! parties' addresses — so a reprint says what the letter said. A letter's fee and
//! interest are claims stated on the letter and kept on its record; they are not
//! invoices and do not enter the receivables (the open items and balances stay the
//! invoices'). The last letter an invoice was on gives its level for the next run.
//! Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::Currency;
use super::dunning::Level;
use super::invoice::{Letterhead, Party};

/// What a block keeps out of dunning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockTarget {
    Customer(u64),
    Invoice(u64),
}

/// A customer or an invoice blocked from dunning. Unblocking deletes the record (the
/// audit log keeps both).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DunningBlock {
    pub id: u64,
    pub target: BlockTarget,
    /// The customer's or the invoice's number as it was blocked, for lists.
    pub number: String,
    pub reason: String,
    pub blocked_by: String,
    pub blocked_at: OffsetDateTime,
    pub version: u64,
}

/// One invoice on a dunning letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DunningItem {
    pub invoice_id: u64,
    pub invoice_number: String,
    pub issue_date: Date,
    pub due_date: Date,
    pub open_amount: Decimal,
    /// The item's own level on this letter (the next one after its last letter).
    pub level: Level,
    pub days_overdue: i64,
    pub days_in_default: i64,
    pub interest: Decimal,
}

/// A posted dunning letter. Invariants: `total` = Σ open amounts + `fee` + `interest`;
/// `interest` = Σ the items' interest; `level` the highest of the items' levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DunningLetter {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub customer_number: String,
    pub date: Date,
    pub level: Level,
    pub currency: Currency,
    pub items: Vec<DunningItem>,
    pub fee: Decimal,
    pub interest: Decimal,
    /// The § 288 BGB points over the base rate the interest was charged at.
    pub points: Decimal,
    /// The base rate in force on the letter's date.
    pub base_rate: Decimal,
    pub total: Decimal,
    pub seller: Party,
    pub letterhead: Letterhead,
    pub buyer: Party,
    pub posted_by: String,
    pub posted_at: OffsetDateTime,
    pub version: u64,
}

impl DunningLetter {
    /// Σ the items' open amounts.
    pub fn open(&self) -> Decimal {
        self.items.iter().map(|item| item.open_amount).sum()
    }
}
