//! Interactions, declared once: the CRM's kind of calls, mails, visits and notes, its field
//! table (`fields::interaction`), the customer a reference that must exist, found by a
//! subject word. Logging one is adding it: the agent is the actor unless given, and a call
//! logged says what came of it (`Interaction::validate_logged`; imported history is
//! exempt). Customer, contact, channel, agent and time stay as logged; the follow-up is
//! done by the workflow `Command::CompleteFollowUp`. Everyone with the CRM right reads
//! them; agents change only the ones they logged. Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::access::{self, Area};
use crate::core::plain::{PlainKind, RecordCommand, Reference};
use crate::core::{Actor, Command, Settings};
use crate::domain::fields::interaction::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::table::row_input;
use crate::domain::fields::{Input, Row};
use crate::domain::{Interaction, Invalid};
use crate::store::{Store, StoreResult};

/// Interactions.
#[derive(Debug, Clone, Copy)]
pub struct Interactions;

/// The customer of an interaction: it must exist.
pub const CUSTOMER: Reference<Interaction> = super::customer_reference(|i| i.customer_id);

impl PlainKind for Interactions {
    type Record = Interaction;
    const DECL: &'static KindDecl = &KindDecl {
        name: "interaction",
        plural: "interactions",
        area: Area::Crm,
        fields: &TABLE,
        key: None,
        key_stays: false,
        deletable: true,
        search_by_key: "core-search-by-interaction",
        ops: &Interactions,
    };
    const REFERENCES: &'static [Reference<Interaction>] = &[CUSTOMER];

    fn to_row(interaction: &Interaction, offset: UtcOffset) -> Row {
        to_row(interaction, offset)
    }

    /// The agent is left empty when not given: `claim` makes it the actor.
    fn from_input(
        input: &Input,
        _settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Interaction, Vec<Invalid>> {
        from_input(input, now, "")
    }

    fn apply_edit(
        interaction: &mut Interaction,
        edit: &Input,
        _settings: &Settings,
        _now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(interaction, edit)
    }

    fn name(interaction: &Interaction) -> &str {
        &interaction.subject
    }

    fn foreign(actor: &Actor, interaction: &Interaction) -> Option<String> {
        access::foreign_interaction(actor, interaction)
    }

    fn claim(actor: &Actor, interaction: &mut Interaction) {
        if interaction.agent.trim().is_empty() {
            interaction.agent = actor.name.clone();
        }
    }

    fn added(interaction: &Interaction) -> Result<(), Vec<Invalid>> {
        interaction.validate_logged()
    }

    /// Read them all, a subject word starting so (the history search is `query`'s).
    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        super::scan_code_or_name::<Interaction>(store, folded, |i| ("", &i.subject))
    }
}

/// The command logging `interaction` as given (its time and agent too).
pub fn log(interaction: &Interaction) -> Command {
    let row = to_row(interaction, UtcOffset::UTC);
    let input = row_input(row, |field| !["id", "version"].contains(&field));
    RecordCommand::add(Interactions::DECL, input)
}
