//! The mailgate's quarantine in the store: tree `mail_quarantine` (bincode envelope,
//! schema 1, no indexes: it is listed by id, newest first). Room: store.

use crate::domain::mail_quarantine::QuarantinedMail;
use crate::store::record::{IndexEntry, Record, id_and_version};

impl Record for QuarantinedMail {
    const TREE: &'static str = "mail_quarantine";
    const NAME: &'static str = "quarantined mail";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        Vec::new()
    }
}
