//! Dunning in the store: tree `dunning_blocks` with the unique index
//! `dunning_blocks.by_target` (customer or invoice → block id: one block each), and tree
//! `dunning_letters` with the unique `dunning_letters.by_number` (`MA-2026-00001` → id),
//! `dunning_letters.by_customer` and `dunning_letters.by_invoice` (customer or invoice
//! id, letter id), and the unique `dunning_letters.by_invoice_day` (invoice id, date →
//! letter id): an invoice is on at most one letter a day, so two postings racing on the
//! same day cannot both dun it. Numbers come from the `MA` series counter, taken in the
//! transaction that writes the letters. Room: store.

use crate::domain::dunning_letter::{BlockTarget, DunningBlock, DunningLetter};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const BLOCKS_BY_TARGET: &str = "dunning_blocks.by_target";
pub(in crate::store) const LETTERS_BY_NUMBER: &str = "dunning_letters.by_number";
pub(in crate::store) const LETTERS_BY_CUSTOMER: &str = "dunning_letters.by_customer";
pub(in crate::store) const LETTERS_BY_INVOICE: &str = "dunning_letters.by_invoice";
pub(in crate::store) const LETTERS_BY_INVOICE_DAY: &str = "dunning_letters.by_invoice_day";

fn target_key(target: BlockTarget) -> Key {
    match target {
        BlockTarget::Customer(id) => Key::new().u8(b'C').u64(id),
        BlockTarget::Invoice(id) => Key::new().u8(b'I').u64(id),
    }
}

impl Record for DunningBlock {
    const TREE: &'static str = "dunning_blocks";
    const NAME: &'static str = "dunning block";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BLOCKS_BY_TARGET];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![IndexEntry::unique(
            BLOCKS_BY_TARGET,
            target_key(self.target),
            self.id,
        )]
    }
}

impl Record for DunningLetter {
    const TREE: &'static str = "dunning_letters";
    const NAME: &'static str = "dunning letter";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[
        LETTERS_BY_NUMBER,
        LETTERS_BY_CUSTOMER,
        LETTERS_BY_INVOICE,
        LETTERS_BY_INVOICE_DAY,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![
            IndexEntry::unique(
                LETTERS_BY_NUMBER,
                Key::new().str(self.number.trim()),
                self.id,
            ),
            IndexEntry::plain(
                LETTERS_BY_CUSTOMER,
                Key::new().u64(self.customer_id),
                self.id,
            ),
        ];
        for item in &self.items {
            entries.push(IndexEntry::plain(
                LETTERS_BY_INVOICE,
                Key::new().u64(item.invoice_id),
                self.id,
            ));
            entries.push(IndexEntry::unique(
                LETTERS_BY_INVOICE_DAY,
                Key::new().u64(item.invoice_id).date(self.date),
                self.id,
            ));
        }
        entries
    }
}

/// The id of the block on `target`, if it is blocked.
pub fn block_of(store: &Store, target: BlockTarget) -> StoreResult<Option<u64>> {
    store.unique_id(BLOCKS_BY_TARGET, target_key(target))
}

/// The id of the dunning letter numbered `number`.
pub fn letter_by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(LETTERS_BY_NUMBER, Key::new().str(number.trim()))
}

/// Ids of the dunning letters invoice `invoice` was on, in id (posting) order.
pub fn letters_of_invoice(store: &Store, invoice: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(LETTERS_BY_INVOICE, Key::new().u64(invoice))?
        .collect()
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;
    use time::macros::{date, datetime};

    use super::*;
    use crate::domain::Currency;
    use crate::domain::dunning::Level;
    use crate::domain::dunning_letter::DunningItem;

    fn letter(number: &str, day: time::Date) -> DunningLetter {
        DunningLetter {
            id: 0,
            number: number.into(),
            customer_id: 1,
            customer_number: "K-1".into(),
            date: day,
            level: Level::Reminder,
            currency: Currency::EUR,
            items: vec![DunningItem {
                invoice_id: 7,
                invoice_number: "RE-2026-00007".into(),
                issue_date: date!(2026 - 09 - 01),
                due_date: date!(2026 - 10 - 01),
                open_amount: Decimal::TEN,
                level: Level::Reminder,
                days_overdue: 32,
                days_in_default: 2,
                interest: Decimal::ZERO,
            }],
            fee: Decimal::ZERO,
            interest: Decimal::ZERO,
            points: Decimal::from(9),
            base_rate: Decimal::ONE,
            total: Decimal::TEN,
            seller: Default::default(),
            letterhead: Default::default(),
            buyer: Default::default(),
            posted_by: "anna".into(),
            posted_at: datetime!(2026-11-02 09:00 UTC),
            version: 0,
        }
    }

    #[test]
    fn an_invoice_is_on_one_letter_a_day_and_its_letters_are_found() {
        crate::store::backends::each_store(|store| {
            let first = letter("MA-2026-00001", date!(2026 - 11 - 02));
            let id = store
                .transaction(|tx| tx.insert(&mut first.clone()))
                .unwrap();
            let same_day = letter("MA-2026-00002", date!(2026 - 11 - 02));
            assert!(
                store
                    .transaction(|tx| tx.insert(&mut same_day.clone()))
                    .is_err()
            );
            let later = letter("MA-2026-00002", date!(2026 - 11 - 16));
            let next = store
                .transaction(|tx| tx.insert(&mut later.clone()))
                .unwrap();
            assert_eq!(letters_of_invoice(store, 7).unwrap(), [id, next]);
            assert_eq!(
                letter_by_number(store, "MA-2026-00002").unwrap(),
                Some(next)
            );
            assert_eq!(block_of(store, BlockTarget::Invoice(7)).unwrap(), None);
        });
    }
}
