//! Serde for short ASCII codes (currency, country): the code as text in human-readable
//! formats (JSON — what the audit log renders), the raw bytes in binary ones (bincode —
//! the stored form, unchanged). Room: domain (pure).

use std::fmt::Display;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Writes `code` as a string to a human-readable format, else `bytes` as they are.
pub(crate) fn serialize<S: Serializer>(
    code: &str,
    bytes: &impl Serialize,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_str(code)
    } else {
        bytes.serialize(serializer)
    }
}

/// Reads a code as text from a human-readable format (`from_text`), else as bytes.
pub(crate) fn deserialize<'de, D, B, T, E>(
    deserializer: D,
    from_text: impl FnOnce(&str) -> Result<T, E>,
    from_bytes: impl FnOnce(B) -> Result<T, E>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    B: Deserialize<'de>,
    E: Display,
{
    if deserializer.is_human_readable() {
        let text = String::deserialize(deserializer)?;
        from_text(&text).map_err(D::Error::custom)
    } else {
        from_bytes(B::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}
