//! Order-preserving key encoding: byte order of an encoded key equals the order of the
//! values it encodes. Room: store (the only place that knows key layouts).
//!
//! - strings: UTF-8 bytes (callers fold them first) followed by a 0x00 terminator; NUL
//!   never occurs inside because folding removes it;
//! - unsigned integers: big-endian; signed integers and dates: sign bit flipped, big-endian;
//! - instants: unix nanoseconds as i128, sign bit flipped, big-endian.
//!
//! A non-unique index key ends with the record id (u64 big-endian).

use time::{Date, OffsetDateTime};

/// Builds one key from parts in order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Key(Vec<u8>);

impl Key {
    pub fn new() -> Key {
        Key(Vec::with_capacity(32))
    }

    pub fn str(mut self, text: &str) -> Key {
        self.0.extend(text.bytes().filter(|&b| b != 0));
        self.0.push(0);
        self
    }

    /// Raw bytes without terminator: only for a prefix scan's last part.
    pub fn prefix_str(mut self, text: &str) -> Key {
        self.0.extend(text.bytes().filter(|&b| b != 0));
        self
    }

    pub fn u8(mut self, value: u8) -> Key {
        self.0.push(value);
        self
    }

    pub fn u64(mut self, value: u64) -> Key {
        self.0.extend_from_slice(&value.to_be_bytes());
        self
    }

    pub fn i64(mut self, value: i64) -> Key {
        self.0
            .extend_from_slice(&((value as u64) ^ (1 << 63)).to_be_bytes());
        self
    }

    pub fn date(self, date: Date) -> Key {
        self.i64(i64::from(date.to_julian_day()))
    }

    pub fn instant(mut self, at: OffsetDateTime) -> Key {
        let nanos = at.unix_timestamp_nanos();
        self.0
            .extend_from_slice(&((nanos as u128) ^ (1 << 127)).to_be_bytes());
        self
    }

    /// A moment to the second, encoded so that later moments sort first (newest-first
    /// scans in key order); `newest_first_secs` reads it back.
    pub fn newest_first(mut self, at: OffsetDateTime) -> Key {
        let ordered = (at.unix_timestamp() as u64) ^ (1 << 63);
        self.0.extend_from_slice(&(!ordered).to_be_bytes());
        self
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

/// The record id at the end of a non-unique index key.
pub fn trailing_id(key: &[u8]) -> Option<u64> {
    let start = key.len().checked_sub(8)?;
    let bytes: [u8; 8] = key[start..].try_into().ok()?;
    Some(u64::from_be_bytes(bytes))
}

/// The unix seconds of a `Key::newest_first` part at the start of `bytes`.
pub fn newest_first_secs(bytes: &[u8]) -> Option<i64> {
    let ordered = !read_u64(bytes.get(..8)?)?;
    Some((ordered ^ (1 << 63)) as i64)
}

/// A record id as a primary key or unique-index value.
pub fn id_bytes(id: u64) -> [u8; 8] {
    id.to_be_bytes()
}

/// Reads a u64 big-endian value, as stored for ids and counters.
pub fn read_u64(bytes: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(bytes.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn ordered<T: Copy + std::fmt::Debug>(values: &[T], encode: impl Fn(T) -> Key) {
        for pair in values.windows(2) {
            assert!(
                encode(pair[0]).as_bytes() < encode(pair[1]).as_bytes(),
                "{:?} < {:?}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn signed_integers_keep_their_order() {
        ordered(&[i64::MIN, -1_000, -1, 0, 1, 42, i64::MAX], |v| {
            Key::new().i64(v)
        });
    }

    #[test]
    fn unsigned_integers_keep_their_order() {
        ordered(&[0, 1, 255, 256, 65_536, u64::MAX], |v| Key::new().u64(v));
    }

    #[test]
    fn dates_and_instants_keep_their_order() {
        ordered(
            &[
                date!(1969 - 12 - 31),
                date!(1970 - 01 - 01),
                date!(2026 - 11 - 27),
            ],
            |d| Key::new().date(d),
        );
        ordered(
            &[
                datetime!(1960-01-01 0:00 UTC),
                datetime!(1970-01-01 0:00 UTC),
                datetime!(1970-01-01 0:00:00.000_000_001 UTC),
                datetime!(2026-11-27 9:30 UTC),
            ],
            |t| Key::new().instant(t),
        );
    }

    #[test]
    fn strings_sort_before_their_extensions_whatever_follows() {
        ordered(&["", "a", "ab", "b"], |s| Key::new().str(s).u64(u64::MAX));
        assert!(
            Key::new().str("ab").u64(u64::MAX).as_bytes() < Key::new().str("abc").u64(0).as_bytes()
        );
        assert_eq!(Key::new().str("a\0b").into_bytes(), b"ab\0".to_vec());
    }

    #[test]
    fn trailing_ids_read_back() {
        let key = Key::new().str("muller").u64(4711).into_bytes();
        assert_eq!(trailing_id(&key), Some(4711));
        assert_eq!(trailing_id(b"short"), None);
    }
}
