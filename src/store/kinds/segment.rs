//! Segments in the store: tree `segments` (bincode envelope, schema 1, no indexes: they are
//! few and listed by id). Members are never stored: they are evaluated live
//! (`core::segments`). Room: store.

use crate::domain::segment::Segment;
use crate::store::record::{IndexEntry, Record, id_and_version};

impl Record for Segment {
    const TREE: &'static str = "segments";
    const NAME: &'static str = "segment";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        Vec::new()
    }
}
