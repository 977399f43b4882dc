//! The key-value layer's conformance on both backends: every case runs on sled in a
//! temporary directory and on a fresh PostgreSQL database (`store::backends`).

use crate::domain::Customer;
use crate::store::backends::each_store;
use crate::store::tx::META;
use crate::store::{Store, StoreError, abort};

/// A `meta` value as stored now, outside any transaction.
fn stored(store: &Store, name: &str) -> Option<Vec<u8>> {
    store
        .tree(META)
        .unwrap()
        .get(name)
        .unwrap()
        .map(|bytes| bytes.to_vec())
}

fn key(n: u16) -> Vec<u8> {
    let mut key = b"k/".to_vec();
    key.extend(n.to_be_bytes());
    key
}

fn keys_of(
    entries: impl Iterator<Item = crate::store::StoreResult<(super::Bytes, super::Bytes)>>,
) -> Vec<Vec<u8>> {
    entries.map(|entry| entry.unwrap().0.to_vec()).collect()
}

#[test]
fn ranges_walk_in_key_order_from_either_end_and_meet_once() {
    each_store(|store| {
        let tree = store.tree(META).unwrap();
        tree.clear().unwrap();
        assert!(tree.is_empty().unwrap());
        // Past the largest page, in an order that is not the key order.
        for n in (0..3000u16).rev() {
            tree.insert(key(n), n.to_be_bytes()).unwrap();
        }
        tree.insert(b"other", b"x").unwrap();
        assert_eq!(tree.len().unwrap(), 3001);
        let all: Vec<Vec<u8>> = (0..3000).map(key).collect();
        assert_eq!(keys_of(tree.scan_prefix(b"k/")), all);
        let mut reversed = all.clone();
        reversed.reverse();
        assert_eq!(keys_of(tree.scan_prefix(b"k/").rev()), reversed);
        assert_eq!(keys_of(tree.range(key(10)..key(20))), all[10..20]);
        assert_eq!(
            keys_of(tree.range(key(10)..=key(20)).rev()),
            reversed[2979..2990]
        );
        assert_eq!(
            keys_of(tree.range(..key(3)).rev()),
            [key(2), key(1), key(0)]
        );
        assert_eq!(keys_of(tree.iter().rev().take(1)), [b"other".to_vec()]);
        // Both ends of one walk: every key once, none twice.
        let mut walk = tree.scan_prefix(b"k/");
        let mut met = Vec::new();
        loop {
            let front = walk.next().map(|entry| entry.unwrap().0.to_vec());
            let back = walk.next_back().map(|entry| entry.unwrap().0.to_vec());
            if front.is_none() && back.is_none() {
                break;
            }
            met.extend(front);
            met.extend(back);
        }
        met.sort();
        assert_eq!(met, all);
        assert_eq!(
            tree.get(key(7)).unwrap().as_deref(),
            Some(&7u16.to_be_bytes()[..])
        );
        tree.remove(key(7)).unwrap();
        assert_eq!(tree.get(key(7)).unwrap(), None);
        assert!(!tree.contains_key(key(7)).unwrap());
        tree.clear().unwrap();
        assert_eq!(tree.len().unwrap(), 0);
    });
}

#[test]
fn a_transaction_reads_its_own_writes_and_an_abort_leaves_nothing() {
    each_store(|store| {
        let seen = store
            .transaction(|tx| {
                tx.meta_put("a", b"1")?;
                tx.meta_remove("b")?;
                let a = tx.meta_get("a")?;
                let b = tx.meta_get("b")?;
                Ok((a, b))
            })
            .unwrap();
        assert_eq!(seen, (Some(b"1".to_vec()), None));
        let refused = store.transaction(|tx| {
            tx.meta_put("a", b"2")?;
            tx.meta_put("c", b"3")?;
            abort::<()>(StoreError::Refused("no".into()))
        });
        assert!(matches!(refused, Err(StoreError::Refused(_))));
        assert_eq!(stored(store, "a"), Some(b"1".to_vec()));
        assert_eq!(stored(store, "c"), None);
    });
}

#[test]
fn concurrent_transactions_lose_no_increment() {
    each_store(|store| {
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..25 {
                        store
                            .transaction(|tx| {
                                let count = tx
                                    .meta_get("count")?
                                    .and_then(|bytes| <[u8; 8]>::try_from(bytes).ok())
                                    .map_or(0, u64::from_be_bytes);
                                tx.meta_put("count", &(count + 1).to_be_bytes())
                            })
                            .unwrap();
                    }
                });
            }
        });
        assert_eq!(stored(store, "count"), Some(100u64.to_be_bytes().to_vec()));
    });
}

#[test]
fn records_page_newest_first_and_keep_their_unique_keys() {
    each_store(|store| {
        for n in 1..=7 {
            let mut customer =
                Customer::new(&format!("Kunde {n}"), time::OffsetDateTime::UNIX_EPOCH);
            customer.number = format!("K-{n}");
            store
                .transaction(|tx| tx.insert(&mut customer.clone()))
                .unwrap();
        }
        let ids = |page: Vec<Customer>| page.iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(store.before::<Customer>(None, 3).unwrap()), [7, 6, 5]);
        assert_eq!(
            ids(store.before::<Customer>(Some(5), 3).unwrap()),
            [4, 3, 2]
        );
        assert_eq!(ids(store.page::<Customer>(5, 10).unwrap()), [6, 7]);
        let mut twin = Customer::new("Zwilling", time::OffsetDateTime::UNIX_EPOCH);
        twin.number = "K-3".into();
        let refused = store.transaction(|tx| tx.insert(&mut twin.clone()));
        assert!(
            matches!(refused, Err(StoreError::Refused(_))),
            "{refused:?}"
        );
        assert_eq!(
            store
                .last_id(<Customer as crate::store::Record>::TREE)
                .unwrap(),
            7
        );
        assert!(store.check().unwrap().is_empty());
    });
}
