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

/// Most words beginning with a prefix that `beginning` merges: past them the rest of the
/// words (in word order) are left out, and the caller is told by `Beginning::cut`.
pub const WORD_BUDGET: usize = 2_000;

/// The records of a kind with a word beginning with `start` but other than it, newest
/// first across all those words: one range per word (each newest first), merged, so a page
/// of the newest reads the words and the page, never every entry. A record comes once per
/// such word.
pub fn beginning<'s, T: Worded>(store: &'s Store, start: &str) -> StoreResult<Beginning<'s>> {
    let prefix = Key::new().prefix_str(start).into_bytes();
    let mut heads = std::collections::BinaryHeap::new();
    let mut from = prefix.clone();
    let mut cut = false;
    loop {
        let Some(first) = store
            .index_range(T::WORDS, Bound::Included(from.clone()), Bound::Unbounded)?
            .next()
        else {
            break;
        };
        let (key, _) = first?;
        let Some(end) = key.iter().position(|&b| b == 0) else {
            break;
        };
        if !key.starts_with(&prefix) {
            break;
        }
        if heads.len() == WORD_BUDGET {
            cut = true;
            break;
        }
        let word = String::from_utf8_lossy(&key[..end]).into_owned();
        if end != prefix.len() {
            let mut entries: Box<dyn Iterator<Item = StoreResult<WordHit>> + 's> =
                Box::new(whole::<T>(store, &word, None)?);
            if let Some(head) = entries.next() {
                heads.push(Head {
                    hit: head?,
                    rest: entries,
                });
            }
        }
        // Past this word's entries: its terminator 0 becomes 1.
        from = key[..end].to_vec();
        from.push(1);
    }
    Ok(Beginning { heads, cut })
}

/// `beginning`'s hits, newest first; `cut` says whether words were left out.
pub struct Beginning<'s> {
    heads: std::collections::BinaryHeap<Head<'s>>,
    pub cut: bool,
}

impl Iterator for Beginning<'_> {
    type Item = StoreResult<WordHit>;

    fn next(&mut self) -> Option<StoreResult<WordHit>> {
        let Head { hit, mut rest } = self.heads.pop()?;
        match rest.next() {
            Some(Ok(next)) => self.heads.push(Head { hit: next, rest }),
            Some(Err(error)) => return Some(Err(error)),
            None => {}
        }
        Some(Ok(WordHit {
            whole: false,
            ..hit
        }))
    }
}

/// One word's newest unread entry and the rest of its entries; the newest head is the
/// greatest.
struct Head<'s> {
    hit: WordHit,
    rest: Box<dyn Iterator<Item = StoreResult<WordHit>> + 's>,
}

impl PartialEq for Head<'_> {
    fn eq(&self, other: &Self) -> bool {
        (self.hit.at, self.hit.id) == (other.hit.at, other.hit.id)
    }
}

impl Eq for Head<'_> {}

impl PartialOrd for Head<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Head<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.hit.at, self.hit.id).cmp(&(other.hit.at, other.hit.id))
    }
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
    fn a_word_yields_its_records_newest_first_and_a_beginning_only_the_longer_words_newest_first() {
        crate::store::backends::each_store(|store| {
            let march = logged(store, "Reklamation", datetime!(2026-03-01 10:00 UTC));
            let may = logged(
                store,
                "Reklamation Reklamation",
                datetime!(2026-05-01 10:00 UTC),
            );
            let april = logged(store, "Reklamationen", datetime!(2026-04-01 10:00 UTC));
            let early = logged(store, "Reklamation", datetime!(1960-01-01 00:00 UTC));
            let june = logged(store, "Reklamationsgrund", datetime!(2026-06-01 10:00 UTC));
            let newest: Vec<(u64, OffsetDateTime)> =
                whole::<Interaction>(store, "reklamation", None)
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
                whole::<Interaction>(store, "reklamation", Some(datetime!(2026-03-01 10:00 UTC)))
                    .unwrap()
                    .map(|hit| hit.unwrap().id)
                    .collect();
            assert_eq!(from_march, [march, early]);
            let begun: Vec<(u64, bool)> = beginning::<Interaction>(store, "reklamation")
                .unwrap()
                .map(|hit| hit.map(|hit| (hit.id, hit.whole)).unwrap())
                .collect();
            // Newest first across the words, not in word order.
            assert_eq!(begun, [(june, false), (april, false)]);
            assert_eq!(store.check().unwrap(), Vec::new());
        });
    }
}
