//! Audit entries: who ran which command when, and what it changed — per record, the fields
//! with their old and new values. Written by the store in the same transaction as the
//! change. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: u64,
    pub at: OffsetDateTime,
    pub user: String,
    /// The command's name (`Customers::Add`, `Stock::Post`, …).
    pub command: String,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeKind {
    Created,
    Changed,
    Deleted,
    /// Written by a bulk import: the record as a whole, fields not listed.
    Imported,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 4] = [
        ChangeKind::Created,
        ChangeKind::Changed,
        ChangeKind::Deleted,
        ChangeKind::Imported,
    ];

    /// The name as a person reads it, in the current language (German `angelegt`); `name`
    /// is what the audit log keeps, and English shows it as it is.
    pub fn label(self) -> String {
        match self {
            ChangeKind::Created => crate::t!("domain-change-created"),
            ChangeKind::Changed => crate::t!("domain-change-changed"),
            ChangeKind::Deleted => crate::t!("domain-change-deleted"),
            ChangeKind::Imported => crate::t!("domain-change-imported"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Created => "created",
            ChangeKind::Changed => "changed",
            ChangeKind::Deleted => "deleted",
            ChangeKind::Imported => "imported",
        }
    }
}

/// What happened to one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// The record kind (`customer`, `item`, …).
    pub kind: String,
    pub record_id: u64,
    pub what: ChangeKind,
    pub fields: Vec<FieldChange>,
}

/// One field's value before and after as a person would type it (`12.50 EUR`, `EUR`,
/// lists joined with `, `), empty when absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub old: String,
    pub new: String,
}
