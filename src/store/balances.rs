//! Stock balances: on-hand per (item, internal location), kept in the tree
//! `stock.balances` in the same transaction as each move, and verifiable against the
//! ledger. A balance of zero is stored as no entry. Room: store.
//!
//! Key: item id (u64 BE) then the location key string; value: the 16-byte serialization of
//! a `rust_decimal::Decimal`.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::Store;
use super::check::{Problem, ProblemKind};
use super::error::{StoreError, StoreResult};
use super::keys::{Key, read_u64};
use super::tx::{Tx, TxResult, abort};
use crate::domain::StockMove;
use crate::domain::location::is_virtual;

pub const BALANCES: &str = "stock.balances";

fn balance_key(item_id: u64, location: &str) -> Vec<u8> {
    Key::new().u64(item_id).str(location).into_bytes()
}

fn decode_quantity(bytes: &[u8]) -> StoreResult<Decimal> {
    let raw: [u8; 16] = bytes.try_into().map_err(|_| StoreError::Corrupt {
        kind: "balance",
        reason: format!("{} bytes instead of 16", bytes.len()),
    })?;
    Ok(Decimal::deserialize(raw))
}

fn split_key(key: &[u8]) -> Option<(u64, String)> {
    let item = read_u64(key.get(..8)?)?;
    let location = key.get(8..)?.strip_suffix(&[0])?;
    Some((item, String::from_utf8_lossy(location).into_owned()))
}

impl Tx<'_> {
    /// On-hand of an item at an internal location.
    pub fn balance(&self, item_id: u64, location: &str) -> TxResult<Decimal> {
        match self.raw_get(BALANCES, &balance_key(item_id, location))? {
            Some(bytes) => decode_quantity(&bytes).or_else(abort),
            None => Ok(Decimal::ZERO),
        }
    }

    /// Stores a move and applies it to the balances of its internal locations. Returns the
    /// new balances of (from, to); virtual locations report zero.
    pub fn post_move(&self, stock_move: &mut StockMove) -> TxResult<(Decimal, Decimal)> {
        self.insert(stock_move)?;
        self.apply_to_balances(stock_move)
    }

    /// Like `post_move` for a move whose id was reserved by a bulk write.
    pub fn post_reserved_move(&self, stock_move: &StockMove) -> TxResult<(Decimal, Decimal)> {
        self.insert_reserved(stock_move)?;
        self.apply_to_balances(stock_move)
    }

    fn apply_to_balances(&self, stock_move: &StockMove) -> TxResult<(Decimal, Decimal)> {
        let mut after = [Decimal::ZERO, Decimal::ZERO];
        for (slot, location) in [&stock_move.from, &stock_move.to].into_iter().enumerate() {
            if is_virtual(location) {
                continue;
            }
            let value = self.balance(stock_move.item_id, location)? + stock_move.delta_at(location);
            let key = balance_key(stock_move.item_id, location);
            if value.is_zero() {
                self.raw_remove(BALANCES, &key)?;
            } else {
                self.raw_put(BALANCES, &key, &value.serialize())?;
            }
            after[slot] = value;
        }
        Ok((after[0], after[1]))
    }
}

/// One stored balance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Balance {
    pub item_id: u64,
    pub location: String,
    pub quantity: Decimal,
}

impl Store {
    /// Balances of one item, or of every item, in (item, location) order.
    pub fn balances(&self, item_id: Option<u64>) -> StoreResult<Vec<Balance>> {
        let prefix = item_id
            .map(|id| Key::new().u64(id).into_bytes())
            .unwrap_or_default();
        let mut found = Vec::new();
        for entry in self.tree(BALANCES)?.scan_prefix(prefix) {
            let (key, value) = entry?;
            let (item_id, location) = split_key(&key).ok_or_else(|| StoreError::Corrupt {
                kind: "balance",
                reason: "malformed key".into(),
            })?;
            found.push(Balance {
                item_id,
                location,
                quantity: decode_quantity(&value)?,
            });
        }
        Ok(found)
    }

    /// What the ledger says every balance must be.
    fn balances_from_moves(&self) -> StoreResult<BTreeMap<Vec<u8>, Decimal>> {
        let mut sums: BTreeMap<Vec<u8>, Decimal> = BTreeMap::new();
        for stock_move in self.scan::<StockMove>()? {
            let stock_move = stock_move?;
            for location in [&stock_move.from, &stock_move.to] {
                if !is_virtual(location) {
                    *sums
                        .entry(balance_key(stock_move.item_id, location))
                        .or_default() += stock_move.delta_at(location);
                }
            }
        }
        sums.retain(|_, quantity| !quantity.is_zero());
        Ok(sums)
    }

    /// Every balance that differs from the sum of its moves.
    pub(super) fn check_balances(&self) -> StoreResult<Vec<Problem>> {
        let mut expected = self.balances_from_moves()?;
        let mut problems = Vec::new();
        for entry in self.tree(BALANCES)?.iter() {
            let (key, value) = entry?;
            let stored = decode_quantity(&value)?;
            let wanted = expected.remove(key.as_ref()).unwrap_or_default();
            if stored != wanted {
                problems.push(balance_problem(
                    &key,
                    crate::t!(
                        "core-store-balance-differs",
                        stored = crate::lang::format::decimal(stored),
                        wanted = crate::lang::format::decimal(wanted)
                    ),
                ));
            }
        }
        for (key, wanted) in expected {
            problems.push(balance_problem(
                &key,
                crate::t!(
                    "core-store-balance-missing",
                    wanted = crate::lang::format::decimal(wanted)
                ),
            ));
        }
        Ok(problems)
    }

    /// Rebuilds the balances tree from the ledger.
    pub(super) fn rebuild_balances(&self) -> StoreResult<()> {
        let tree = self.tree(BALANCES)?;
        tree.clear()?;
        let mut batch = super::kv::Batch::default();
        for (key, quantity) in self.balances_from_moves()? {
            batch.insert(key, quantity.serialize());
        }
        tree.apply_batch(batch)?;
        Ok(())
    }
}

fn balance_problem(key: &[u8], detail: String) -> Problem {
    let (item, location) = split_key(key).unwrap_or((0, String::from("?")));
    Problem {
        kind: ProblemKind::Stale,
        tree: BALANCES,
        key: key.to_vec(),
        detail: crate::t!(
            "core-store-balance",
            record = crate::domain::names::record("item", item),
            location = location,
            detail = detail
        ),
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::OffsetDateTime;

    use super::*;

    fn moved(quantity: Decimal, from: &str, to: &str) -> StockMove {
        StockMove {
            id: 0,
            item_id: 4,
            quantity,
            from: from.into(),
            to: to.into(),
            at: OffsetDateTime::UNIX_EPOCH,
            reference: String::new(),
            agent: "anna".into(),
            reverses: None,
        }
    }

    #[test]
    fn moves_keep_their_balances_and_a_balance_gone_wrong_is_found_and_rebuilt() {
        crate::store::backends::each_store(|store| {
            for stock_move in [
                moved(dec!(10), "supplier", "A1"),
                moved(dec!(3.5), "A1", "B2"),
                moved(dec!(6.5), "A1", "customer"),
            ] {
                store
                    .transaction(|tx| tx.post_move(&mut stock_move.clone()))
                    .unwrap();
            }
            let on_hand = |store: &Store| -> Vec<(String, Decimal)> {
                let balances = store.balances(Some(4)).unwrap();
                balances
                    .into_iter()
                    .map(|b| (b.location, b.quantity))
                    .collect()
            };
            assert_eq!(
                on_hand(store),
                [("B2".to_string(), dec!(3.5))],
                "A1 is empty"
            );
            assert_eq!(store.check().unwrap(), Vec::new());
            store
                .tree(BALANCES)
                .unwrap()
                .insert(balance_key(4, "B2"), dec!(2).serialize())
                .unwrap();
            let problems = store.check().unwrap();
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].tree, BALANCES);
            store.reindex().unwrap();
            assert_eq!(store.check().unwrap(), Vec::new());
            assert_eq!(on_hand(store), [("B2".to_string(), dec!(3.5))]);
        });
    }
}
