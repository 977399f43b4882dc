//! Opportunities, declared once: the CRM's kind, its field table (`fields::opportunity`),
//! the customer a reference that must exist, found by a title word. Customer, currency,
//! stage and lost reason are given when one is added and stay: the stage moves through the
//! pipeline (`Command::MoveOpportunity`, a workflow). Roles without the pipeline right read
//! and change only the opportunities they own, and a new one of theirs is theirs
//! (`access::claim_opportunity`). Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::access::{self, Area};
use crate::core::plain::{PlainKind, RecordCommand, RecordOp, Reference};
use crate::core::{Actor, Command, Settings};
use crate::domain::fields::opportunity::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::table::row_input;
use crate::domain::fields::{Input, Row};
use crate::domain::{Customer, Invalid, Opportunity};
use crate::store::{Store, StoreResult, Tx, TxResult};

/// Opportunities.
#[derive(Debug, Clone, Copy)]
pub struct Opportunities;

/// The customer of an opportunity: it must exist.
pub const CUSTOMER: Reference<Opportunity> = Reference {
    field: "customer",
    kind: "customer",
    id: |opportunity| opportunity.customer_id,
    exists: |tx, id| Ok(tx.get::<Customer>(id)?.is_some()),
    stored: |store, id| Ok(store.get::<Customer>(id)?.is_some()),
};

impl PlainKind for Opportunities {
    type Record = Opportunity;
    const DECL: &'static KindDecl = &KindDecl {
        name: "opportunity",
        plural: "opportunities",
        area: Area::Crm,
        fields: &TABLE,
        key: None,
        key_stays: false,
        deletable: true,
        search_by: "title",
        ops: &Opportunities,
    };
    const REFERENCES: &'static [Reference<Opportunity>] = &[CUSTOMER];

    fn to_row(opportunity: &Opportunity, offset: UtcOffset) -> Row {
        to_row(opportunity, offset)
    }

    fn from_input(
        input: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Opportunity, Vec<Invalid>> {
        from_input(input, now, settings.currency)
    }

    fn apply_edit(
        opportunity: &mut Opportunity,
        edit: &Input,
        _settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(opportunity, edit, now)
    }

    fn name(opportunity: &Opportunity) -> &str {
        &opportunity.title
    }

    fn sees(actor: &Actor, opportunity: &Opportunity) -> bool {
        access::sees_opportunity(actor, opportunity)
    }

    fn foreign(actor: &Actor, opportunity: &Opportunity) -> Option<String> {
        access::foreign_opportunity(actor, opportunity)
    }

    fn claim(actor: &Actor, opportunity: &mut Opportunity) {
        access::claim_opportunity(actor, opportunity);
    }

    fn unique_holder(_tx: &Tx, _field: &str, _value: &str) -> TxResult<Option<u64>> {
        Ok(None)
    }

    fn stored_holder(_store: &Store, _field: &str, _value: &str) -> StoreResult<Option<u64>> {
        Ok(None)
    }

    /// Opportunities have no title index: read them all, a title word starting so.
    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        super::scan_code_or_name::<Opportunity>(store, folded, |o| ("", &o.title))
    }
}

/// The command adding `opportunity` as given (its dates too: an opportunity from elsewhere).
pub fn add(opportunity: &Opportunity) -> Command {
    let row = to_row(opportunity, UtcOffset::UTC);
    let input = row_input(row, |field| !["id", "version", "weighted"].contains(&field));
    Command::Record(RecordCommand {
        kind: Opportunities::DECL,
        op: RecordOp::Add { input },
    })
}

/// The command setting the fields of `edit` (empty clears) of opportunity `id`, refused
/// unless it is still at `expected_version` when one is given.
pub fn edit(id: u64, expected_version: Option<u64>, edit: Input) -> Command {
    Command::Record(RecordCommand {
        kind: Opportunities::DECL,
        op: RecordOp::Edit {
            id,
            expected_version,
            edit,
        },
    })
}
