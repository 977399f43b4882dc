//! The word index: one tree per searched kind (`<kind>.by_word`), one entry per word a
//! record is found by (`domain::words`), keyed `word 0 · moment newest first · id`, so the
//! entries of one word are a short range in newest-first order and a prefix of a word is
//! one range over every word it begins. Written in the record's own transaction like every
//! other index entry; `check` and `reindex` see them through the kinds' `index_entries`.
//! Room: store (the only place that knows these keys).

use std::ops::Bound;

use time::OffsetDateTime;

use crate::domain::words::{Searchable, words};
use crate::store::keys::{Key, newest_first_secs};
use crate::store::record::{IndexEntry, Record};
use crate::store::{Store, StoreResult};

pub(in crate::store) const INTERACTIONS: &str = "interactions.by_word";
pub(in crate::store) const CUSTOMERS: &str = "customers.by_word";
pub(in crate::store) const SUPPLIERS: &str = "suppliers.by_word";
pub(in crate::store) const ITEMS: &str = "items.by_word";
pub(in crate::store) const TICKETS: &str = "tickets.by_word";
pub(in crate::store) const QUOTES: &str = "quotes.by_word";
pub(in crate::store) const ORDERS: &str = "orders.by_word";
pub(in crate::store) const INVOICES: &str = "invoices.by_word";
pub(in crate::store) const CAMPAIGNS: &str = "campaigns.by_word";

/// Whether `index` is a word index tree.
pub(in crate::store) fn is_word_index(index: &str) -> bool {
    index.ends_with(".by_word")
}

/// A kind of record with a word index.
pub trait Worded: Record + Searchable {
    /// Its word index tree.
    const WORDS: &'static str;
}

macro_rules! worded {
    ($($kind:ty => $tree:ident),+ $(,)?) => {
        $(impl Worded for $kind {
            const WORDS: &'static str = $tree;
        })+
    };
}

worded!(
    crate::domain::Interaction => INTERACTIONS,
    crate::domain::Customer => CUSTOMERS,
    crate::domain::Supplier => SUPPLIERS,
    crate::domain::Item => ITEMS,
    crate::domain::ticket::Ticket => TICKETS,
    crate::domain::sales::Quote => QUOTES,
    crate::domain::sales::SalesOrder => ORDERS,
    crate::domain::invoice::Invoice => INVOICES,
    crate::domain::campaign::Campaign => CAMPAIGNS,
);

/// The word entries of a record: one per distinct word of its texts.
pub(in crate::store) fn word_entries<T: Worded>(record: &T) -> Vec<IndexEntry> {
    let at = record.moment();
    let mut seen = std::collections::BTreeSet::new();
    for (_, text) in record.texts() {
        seen.extend(words(&text));
    }
    seen.iter()
        .map(|word| IndexEntry::plain(T::WORDS, Key::new().str(word).newest_first(at), record.id()))
        .collect()
}

/// One word entry read back: the record, its moment, and whether the word is the one asked
/// for (not only beginning with it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordHit {
    pub id: u64,
    /// The record's moment, to the second.
    pub at: OffsetDateTime,
    pub whole: bool,
}

/// The records of a kind holding the canonical word `word` (`domain::words::canonical`),
/// newest first, from `before` on (a moment: entries at it or older) when given.
pub fn whole<'s, T: Worded>(
    store: &'s Store,
    word: &str,
    before: Option<OffsetDateTime>,
) -> StoreResult<impl Iterator<Item = StoreResult<WordHit>> + use<'s, T>> {
    let prefix = Key::new().str(word).into_bytes();
    let start = match before {
        Some(at) => Key::new().str(word).newest_first(at).into_bytes(),
        None => prefix.clone(),
    };
    let word_len = prefix.len();
    Ok(store
        .index_range(T::WORDS, Bound::Included(start), Bound::Unbounded)?
        .take_while(move |entry| match entry {
            Ok((key, _)) => key.starts_with(&prefix) && key.len() == word_len + 16,
            Err(_) => true,
        })
        .map(move |entry| {
            let (key, id) = entry?;
            Ok(hit(&key[word_len..], id, true))
        }))
}

/// The records of a kind with a word beginning with `start` but other than it, in word
/// order (each word's newest first); a record comes once per such word.
pub fn beginning<'s, T: Worded>(
    store: &'s Store,
    start: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<WordHit>> + use<'s, T>> {
    let whole_len = start.len() + 1;
    Ok(store
        .index_prefix(T::WORDS, Key::new().prefix_str(start))?
        .filter_map(move |entry| match entry {
            Ok((key, id)) => {
                // The word ends at its terminator; the same word is `whole`'s part.
                let end = key.iter().position(|&b| b == 0)?;
                (end + 1 != whole_len).then(|| Ok(hit(&key[end + 1..], id, false)))
            }
            Err(error) => Some(Err(error)),
        }))
}

fn hit(after_word: &[u8], id: u64, whole: bool) -> WordHit {
    let secs = newest_first_secs(after_word).unwrap_or(0);
    WordHit {
        id,
        at: OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        whole,
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;
    use crate::domain::{Channel, Interaction};

    fn logged(store: &Store, subject: &str, at: OffsetDateTime) -> u64 {
        let interaction = Interaction {
            id: 0,
            customer_id: 1,
            contact: String::new(),
            channel: Channel::Note,
            subject: subject.to_string(),
            body: String::new(),
            outcome: String::new(),
            duration: 0,
            agent: "anna".into(),
            at,
            follow_up: None,
            follow_up_done: false,
            campaign: None,
            version: 0,
        };
        store
            .transaction(|tx| tx.insert(&mut interaction.clone()))
            .unwrap()
    }

    #[test]
    fn a_word_yields_its_records_newest_first_and_a_beginning_only_the_longer_words() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let march = logged(&store, "Reklamation", datetime!(2026-03-01 10:00 UTC));
        let may = logged(
            &store,
            "Reklamation Reklamation",
            datetime!(2026-05-01 10:00 UTC),
        );
        let april = logged(&store, "Reklamationen", datetime!(2026-04-01 10:00 UTC));
        let early = logged(&store, "Reklamation", datetime!(1960-01-01 00:00 UTC));
        let newest: Vec<(u64, OffsetDateTime)> = whole::<Interaction>(&store, "reklamation", None)
            .unwrap()
            .map(|hit| hit.map(|hit| (hit.id, hit.at)).unwrap())
            .collect();
        assert_eq!(
            newest,
            [
                (may, datetime!(2026-05-01 10:00 UTC)),
                (march, datetime!(2026-03-01 10:00 UTC)),
                (early, datetime!(1960-01-01 00:00 UTC)),
            ]
        );
        let from_march: Vec<u64> =
            whole::<Interaction>(&store, "reklamation", Some(datetime!(2026-03-01 10:00 UTC)))
                .unwrap()
                .map(|hit| hit.unwrap().id)
                .collect();
        assert_eq!(from_march, [march, early]);
        let begun: Vec<(u64, bool)> = beginning::<Interaction>(&store, "reklamation")
            .unwrap()
            .map(|hit| hit.map(|hit| (hit.id, hit.whole)).unwrap())
            .collect();
        assert_eq!(begun, [(april, false)]);
        assert_eq!(store.check().unwrap(), Vec::new());
    }
}
