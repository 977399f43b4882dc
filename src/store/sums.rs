//! Summed index trees: a tree whose entry under a key is the sum of the figures every record
//! contributes under that key (e.g. an item's open demand per due day over all orders), so
//! a question about the total reads one entry per key instead of one per record. A value
//! is a run of 16-byte `rust_decimal` serializations; a key whose figures all sum to zero
//! has no entry. Writes add and subtract contributions (`adjust`); `check` and `reindex`
//! recompute the sums from the records like any index. Room: store.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::error::{StoreError, StoreResult};

/// The bytes of `figures`.
pub(super) fn encode(figures: &[Decimal]) -> Vec<u8> {
    figures.iter().flat_map(|f| f.serialize()).collect()
}

/// The figures in `bytes`.
pub(crate) fn decode(bytes: &[u8]) -> StoreResult<Vec<Decimal>> {
    if !bytes.len().is_multiple_of(16) {
        return Err(StoreError::Corrupt {
            kind: "index",
            reason: format!("summed figures of {} bytes", bytes.len()),
        });
    }
    Ok(bytes
        .chunks_exact(16)
        .map(|chunk| {
            let mut raw = [0u8; 16];
            raw.copy_from_slice(chunk);
            Decimal::deserialize(raw)
        })
        .collect())
}

/// `stored` plus (`add`) or minus `share`, figure by figure; `None` when every figure of the
/// result is zero (the entry goes). A sum beyond `Decimal`'s range refuses the write.
pub(super) fn adjust(
    stored: Option<&[u8]>,
    share: &[u8],
    add: bool,
) -> StoreResult<Option<Vec<u8>>> {
    let share = decode(share)?;
    let mut sums = match stored {
        Some(bytes) => decode(bytes)?,
        None => Vec::new(),
    };
    sums.resize(sums.len().max(share.len()), Decimal::ZERO);
    for (sum, figure) in sums.iter_mut().zip(&share) {
        let adjusted = match add {
            true => sum.checked_add(*figure),
            false => sum.checked_sub(*figure),
        };
        *sum =
            adjusted.ok_or_else(|| StoreError::Refused(crate::t!("core-store-sum-too-large")))?;
    }
    Ok(match sums.iter().all(Decimal::is_zero) {
        true => None,
        false => Some(encode(&sums)),
    })
}

/// Key-sorted (key, value) pairs with every key once: the pairs of a summed tree folded by
/// key, keys summing to zero left out.
pub(super) fn fold(pairs: Vec<(Vec<u8>, Vec<u8>)>) -> StoreResult<Vec<(Vec<u8>, Vec<u8>)>> {
    let mut folded: BTreeMap<Vec<u8>, Option<Vec<u8>>> = BTreeMap::new();
    for (key, value) in pairs {
        let slot = folded.entry(key).or_default();
        *slot = adjust(slot.as_deref(), &value, true)?;
    }
    Ok(folded
        .into_iter()
        .filter_map(|(key, value)| value.map(|value| (key, value)))
        .collect())
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;

    #[test]
    fn shares_add_and_subtract_and_a_zero_sum_leaves_no_entry() {
        let one = encode(&[dec!(2), dec!(1.5)]);
        let other = encode(&[dec!(0), dec!(3)]);
        let both = adjust(Some(&one), &other, true).unwrap().unwrap();
        assert_eq!(decode(&both).unwrap(), vec![dec!(2), dec!(4.5)]);
        let back = adjust(Some(&both), &other, false).unwrap().unwrap();
        assert_eq!(decode(&back).unwrap(), vec![dec!(2), dec!(1.5)]);
        assert_eq!(adjust(Some(&back), &one, false).unwrap(), None);
        assert!(decode(&[0; 15]).is_err());
    }

    #[test]
    fn folding_sums_each_key_once_and_drops_zero_sums() {
        let pairs = vec![
            (b"a".to_vec(), encode(&[dec!(1)])),
            (b"b".to_vec(), encode(&[dec!(0)])),
            (b"a".to_vec(), encode(&[dec!(2)])),
        ];
        let folded = fold(pairs).unwrap();
        assert_eq!(folded.len(), 1);
        assert_eq!(folded[0].0, b"a".to_vec());
        assert_eq!(decode(&folded[0].1).unwrap(), vec![dec!(3)]);
    }
}
