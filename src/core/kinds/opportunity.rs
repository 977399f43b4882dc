//! Opportunities, declared once: the CRM's kind, its field table (`fields::opportunity`),
//! the customer a reference that must exist, found by a title word. Customer, currency,
//! stage and lost reason are given when one is added and stay: the stage moves through the
//! pipeline (`Command::MoveOpportunity`, a workflow). The campaign it is attributed to
//! (`--campaign`, empty: none) must exist. Roles without the pipeline right read
//! and change only the opportunities they own, and a new one of theirs is theirs
//! (`access::claim_opportunity`). Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::access::{self, Area};
use crate::core::plain::{PlainKind, RecordCommand, Reference};
use crate::core::{Actor, Command, Settings};
use crate::domain::campaign::Campaign;
use crate::domain::fields::opportunity::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::table::row_input;
use crate::domain::fields::{Input, Row};
use crate::domain::{Invalid, Opportunity};
use crate::store::{Store, StoreResult};

/// Opportunities.
#[derive(Debug, Clone, Copy)]
pub struct Opportunities;

/// The customer of an opportunity: it must exist.
pub const CUSTOMER: Reference<Opportunity> = super::customer_reference(|o| o.customer_id);

/// The campaign an opportunity is attributed to, when it is: it must exist. Ids start at
/// 1, so none reads as id 0, which always "exists".
pub const CAMPAIGN: Reference<Opportunity> = Reference {
    field: "campaign",
    kind: "campaign",
    id: |o| o.campaign.unwrap_or(0),
    exists: |tx, id| Ok(id == 0 || tx.get::<Campaign>(id)?.is_some()),
    stored: |store, id| Ok(id == 0 || store.get::<Campaign>(id)?.is_some()),
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
        search_by_key: "core-search-by-opportunity",
        ops: &Opportunities,
    };
    const REFERENCES: &'static [Reference<Opportunity>] = &[CUSTOMER, CAMPAIGN];

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

    /// Opportunities have no title index: read them all, a title word starting so.
    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        super::scan_code_or_name::<Opportunity>(store, folded, |o| ("", &o.title))
    }
}

/// The command adding `opportunity` as given (its dates too: an opportunity from elsewhere).
pub fn add(opportunity: &Opportunity) -> Command {
    let row = to_row(opportunity, UtcOffset::UTC);
    let input = row_input(row, |field| !["id", "version", "weighted"].contains(&field));
    RecordCommand::add(Opportunities::DECL, input)
}
