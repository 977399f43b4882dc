//! Campaigns in the store: tree `campaigns` (bincode envelope, schema 1, no indexes: they
//! are few and listed by id). What is attributed to a campaign is found through the
//! attributed kinds' own `by_campaign` indexes (`opportunity::of_campaign`,
//! `sales::orders_of_campaign`). Room: store.

use crate::domain::campaign::Campaign;
use crate::store::record::{IndexEntry, Record, id_and_version};

impl Record for Campaign {
    const TREE: &'static str = "campaigns";
    const NAME: &'static str = "campaign";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[super::words::CAMPAIGNS];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        super::words::word_entries(self)
    }
}
