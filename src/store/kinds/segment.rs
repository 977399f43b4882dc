//! Segments in the store: tree `segments` (bincode envelope, schema 2, no indexes: they are
//! few and listed by id). Members are never stored: they are evaluated live
//! (`core::segments`). Schema 1 had no `selects`: such a segment selects customers, as it
//! always did (`migrate`). Room: store.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::segment::{Criterion, Segment, Selects};
use crate::store::StoreResult;
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};

/// A segment as schema 1 stored it: customers only. Released; never edit.
#[derive(Serialize, Deserialize)]
struct SegmentV1 {
    id: u64,
    name: String,
    criteria: Vec<Criterion>,
    created: OffsetDateTime,
    updated: OffsetDateTime,
    version: u64,
}

impl From<SegmentV1> for Segment {
    fn from(old: SegmentV1) -> Segment {
        Segment {
            id: old.id,
            name: old.name,
            criteria: old.criteria,
            selects: Selects::Customers,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

impl Record for Segment {
    const TREE: &'static str = "segments";
    const NAME: &'static str = "segment";
    const SCHEMA: u16 = 2;
    const INDEXES: &'static [&'static str] = &[];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        Vec::new()
    }

    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        match schema {
            1 => decode_payload::<SegmentV1>(payload, Self::NAME).map(Segment::from),
            _ => Err(crate::store::StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {schema}"),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::segment::parse_filter;
    use crate::store::record::{decode, encode_with_schema};

    #[test]
    fn a_schema_1_segment_reads_back_selecting_customers() {
        let criteria = parse_filter("status=customer; tags-any=vip; consent=email:news").unwrap();
        let at = OffsetDateTime::UNIX_EPOCH;
        let old = SegmentV1 {
            id: 4,
            name: "VIP".into(),
            criteria: criteria.clone(),
            created: at,
            updated: at,
            version: 2,
        };
        let bytes = encode_with_schema(&old, 1, "segment").unwrap();
        let read: Segment = decode(&bytes).unwrap();
        assert_eq!(
            read,
            Segment {
                id: 4,
                name: "VIP".into(),
                criteria,
                selects: Selects::Customers,
                created: at,
                updated: at,
                version: 2,
            }
        );
    }
}
