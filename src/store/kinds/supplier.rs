//! Suppliers in the store: tree `suppliers`, schema 1, and their index entries — every
//! word of the folded name, the reversed digits of every phone (any trailing fragment is a
//! prefix), and the unique folded number. The key shapes of these indexes live here only:
//! the core asks its questions through the typed reads below. Room: store.

use super::{dedup, name_word_entries, number_id, number_id_in, number_key};
use crate::domain::Supplier;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const BY_NAME: &str = "suppliers.by_name";
pub(in crate::store) const BY_PHONE: &str = "suppliers.by_phone";
pub(in crate::store) const BY_NUMBER: &str = "suppliers.by_number";

impl Record for Supplier {
    const TREE: &'static str = "suppliers";
    const NAME: &'static str = "supplier";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] =
        &[BY_NAME, BY_PHONE, BY_NUMBER, super::words::SUPPLIERS];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let mut entries = name_word_entries(BY_NAME, &self.name, id);
        entries.extend(
            self.phones
                .iter()
                .map(|phone| IndexEntry::plain(BY_PHONE, super::customer::phone_key(phone), id)),
        );
        if let Some(key) = number_key(&self.number) {
            entries.push(IndexEntry::unique(BY_NUMBER, key, id));
        }
        entries.extend(super::words::word_entries(self));
        dedup(entries)
    }
}

/// The `BY_NUMBER` key of `number` as bytes (tests compare index entries with it).
#[cfg(test)]
pub(super) fn number_lookup(number: &str) -> Option<Vec<u8>> {
    number_key(number).map(Key::into_bytes)
}

/// The `BY_PHONE` prefix of numbers ending in the digits reversed as `reversed`.
fn phone_prefix(reversed: &str) -> Key {
    Key::new().prefix_str(reversed)
}

/// The supplier holding `number` (folded; `None` for an empty number).
pub fn by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    number_id(store, BY_NUMBER, number)
}

/// The supplier holding `number` (folded), read inside the transaction: the uniqueness
/// check before a write. `None` for an empty number.
pub fn number_holder(tx: &Tx, number: &str) -> TxResult<Option<u64>> {
    number_id_in(tx, BY_NUMBER, number)
}

/// Ids of the suppliers with a name word starting with `folded`, in word order; a
/// supplier comes once per matching word.
pub fn scan_name_prefix<'s>(
    store: &'s Store,
    folded: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids(BY_NAME, Key::new().prefix_str(folded))
}

/// (E.164 digits without `+`, supplier id) of the numbers ending in the digits reversed as
/// `reversed`, in reversed-digit order.
pub fn by_phone_ending<'s>(
    store: &'s Store,
    reversed: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<(String, u64)>> + use<'s>> {
    Ok(store
        .index_prefix(BY_PHONE, phone_prefix(reversed))?
        .map(|entry| entry.map(|(key, id)| (super::customer::phone_digits_of_entry(&key), id))))
}

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;

    use super::*;
    use crate::domain::{Country, Phone};

    #[test]
    fn words_phones_and_the_folded_number_are_indexed() {
        let mut supplier = Supplier::new("Pavlova, Ltd.", OffsetDateTime::UNIX_EPOCH);
        supplier.id = 7;
        supplier.number = "SUP-Ö7".into();
        let au = Country::parse("AU").unwrap();
        supplier
            .phones
            .push(Phone::parse("(03) 444-2343", au).unwrap());
        let entries = supplier.index_entries();
        let in_tree = |tree: &str| entries.iter().filter(|e| e.tree == tree).count();
        assert_eq!(in_tree(BY_NAME), 2);
        assert_eq!(in_tree(BY_PHONE), 1);
        let number = entries.iter().find(|e| e.tree == BY_NUMBER).unwrap();
        assert!(number.unique);
        assert_eq!(Some(number.key.clone()), number_lookup("sup-o7"));
        let phone = entries.iter().find(|e| e.tree == BY_PHONE).unwrap();
        assert!(phone.key.starts_with(phone_prefix("3432").as_bytes()));
        assert_eq!(
            super::super::customer::phone_digits_of_entry(&phone.key),
            "6134442343"
        );
        supplier.number = "  ".into();
        let without = supplier.index_entries();
        assert!(without.iter().all(|e| e.tree != BY_NUMBER));
        assert_eq!(number_lookup(""), None);
    }
}
