//! `Command` (one variant per mutation), `Event` (what happened) and `execute`, the one
//! entrance for changes. The core validates and computes the change; the store applies it
//! in one transaction. Room: core.

use super::customer_numbers::{refuse_numbers_in_use, refuse_taken_number};
use super::query::{interactions_of, opportunities_of};
use super::records::RecordBuilder;
use super::{Actor, Clock, CoreError, Settings};
use crate::domain::fields::Input;
use crate::domain::fields::customer::{CustomerEdit, apply_edit};
use crate::domain::{Customer, Interaction, Opportunity, Stage};
use crate::store::audit::AuditScope;
use crate::store::written::Written;
use crate::store::{Record, Store, StoreError, Tx, TxResult, abort};

/// A change someone asks for. Plain data: it can be logged, sent and replayed.
#[derive(Debug, Clone)]
pub enum Command {
    /// A new customer from its fields, read with the database's settings (phones in the
    /// default region); ids and versions are assigned by the store.
    AddCustomer {
        input: Input,
    },
    /// Changes fields of a customer; refused when `expected_version` is stale.
    EditCustomer {
        id: u64,
        expected_version: Option<u64>,
        edit: CustomerEdit,
    },
    /// Deletes a customer; with `force` also its interactions and opportunities.
    DeleteCustomer {
        id: u64,
        force: bool,
    },
    /// Marks the follow-up of an interaction done.
    CompleteFollowUp {
        id: u64,
    },
    /// Moves an opportunity to a stage; lost needs a reason.
    MoveOpportunity {
        id: u64,
        stage: Stage,
        probability: Option<u8>,
        reason: Option<String>,
    },
    ImportCustomers {
        customers: Vec<Customer>,
    },
    /// Stores a database-wide setting (see `Settings`).
    SetSetting {
        name: String,
        value: String,
    },
    /// Items, locations and stock postings.
    Stock(super::stock::StockCommand),
    /// Employees and payroll periods.
    Payroll(super::payroll::PayrollCommand),
    /// Bills of materials and production.
    Bom(super::bom::BomCommand),
    /// Accounts of `kontor serve` (admin only).
    Users(super::users::UserCommand),
    /// Records of a plain kind of the registry (suppliers …): add, edit, delete, import.
    Record(super::plain::RecordCommand),
}

/// What a command did.
#[derive(Debug, Clone)]
pub enum Event {
    CustomerAdded(Customer),
    CustomerEdited(Customer),
    CustomerDeleted {
        customer: Customer,
        interactions: usize,
        opportunities: usize,
    },
    FollowUpCompleted(Interaction),
    OpportunityMoved(Opportunity),
    Imported {
        kind: &'static str,
        ids: Vec<u64>,
    },
    SettingChanged {
        name: String,
        value: String,
    },
    Stock(super::stock::StockEvent),
    Payroll(super::payroll::PayrollEvent),
    Bom(super::bom::BomEvent),
    Users(super::users::UserEvent),
    Record(super::plain::RecordEvent),
}

/// Runs a command as `actor` at the clock's now.
pub fn execute(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    command: Command,
) -> Result<Event, CoreError> {
    execute_with_progress(store, clock, actor, command, &mut |_| {})
}

/// Runs a command, telling `progress` how many records a bulk import has written so far.
pub fn execute_with_progress(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    command: Command,
    progress: &mut dyn FnMut(usize),
) -> Result<Event, CoreError> {
    let now = clock.now();
    let _audit = admit(actor, &command, now)?;
    apply(store, actor, command, progress, now)
        .map_err(|error| super::audit::explain_stale(store, error))
}

/// Runs a command and returns with its event the store's report of what it wrote (record
/// kinds and ids, settings): what live refresh tells other sessions.
pub fn execute_reporting(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    command: Command,
) -> Result<(Event, Written), CoreError> {
    let collection = crate::store::written::collect();
    let event = execute(store, clock, actor, command)?;
    Ok((event, collection.finish()))
}

/// Runs a command as if at `at`: what it writes is dated then (demo data with a history);
/// the audit log notes `now`, when it really ran.
pub(crate) fn execute_as_of(
    store: &Store,
    actor: &Actor,
    command: Command,
    at: time::OffsetDateTime,
    now: time::OffsetDateTime,
) -> Result<Event, CoreError> {
    let _audit = admit(actor, &command, now)?;
    apply(store, actor, command, &mut |_| {}, at)
        .map_err(|error| super::audit::explain_stale(store, error))
}

/// Refuses a command the actor has no right to; else opens the audit scope its writes are
/// noted under, stamped `now`.
fn admit(
    actor: &Actor,
    command: &Command,
    now: time::OffsetDateTime,
) -> Result<AuditScope, CoreError> {
    super::access::require(actor, command.area(), super::access::Access::Write)?;
    Ok(crate::store::audit::scope(
        &actor.name,
        &command.name(),
        now,
    ))
}

/// Validates, computes and applies one command.
fn apply(
    store: &Store,
    actor: &Actor,
    command: Command,
    progress: &mut dyn FnMut(usize),
    now: time::OffsetDateTime,
) -> Result<Event, CoreError> {
    let event = match command {
        Command::AddCustomer { input } => {
            let customer = RecordBuilder::with(Settings::load(store)?, now).customer(&input)?;
            customer.validate()?;
            let added = store.transaction(|tx| {
                let mut customer = customer.clone();
                refuse_taken_number(tx, &customer)?;
                tx.insert(&mut customer)?;
                Ok(customer)
            })?;
            Event::CustomerAdded(added)
        }
        Command::EditCustomer {
            id,
            expected_version,
            edit,
        } => {
            let settings = Settings::load(store)?;
            let edited = store.transaction(|tx| {
                let mut customer = tx.require::<Customer>(id)?;
                refuse_stale(&customer, expected_version)?;
                let before = customer.clone();
                apply_edit(&mut customer, &edit, settings.default_region, now).or_else(abort)?;
                if customer != before {
                    refuse_taken_number(tx, &customer)?;
                    tx.update(&mut customer, None)?;
                }
                Ok(customer)
            })?;
            Event::CustomerEdited(edited)
        }
        Command::DeleteCustomer { id, force } => delete_customer(store, id, force)?,
        Command::CompleteFollowUp { id } => {
            let done = store.transaction(|tx| {
                let mut interaction = tx.require::<Interaction>(id)?;
                if interaction.follow_up.is_none() {
                    return abort(StoreError::Refused(format!(
                        "interaction {id} has no follow-up"
                    )));
                }
                if !interaction.follow_up_done {
                    interaction.follow_up_done = true;
                    tx.update(&mut interaction, None)?;
                }
                Ok(interaction)
            })?;
            Event::FollowUpCompleted(done)
        }
        Command::MoveOpportunity {
            id,
            stage,
            probability,
            reason,
        } => {
            let moved = store.transaction(|tx| {
                let mut opportunity = tx.require::<Opportunity>(id)?;
                refuse_foreign(super::access::foreign_opportunity(actor, &opportunity))?;
                let before = opportunity.clone();
                opportunity
                    .move_to(stage, probability, reason.as_deref(), now)
                    .or_else(abort)?;
                if opportunity != before {
                    opportunity.updated = now;
                    tx.update(&mut opportunity, None)?;
                }
                Ok(opportunity)
            })?;
            Event::OpportunityMoved(moved)
        }
        Command::ImportCustomers { customers } => {
            for customer in &customers {
                customer.validate()?;
            }
            refuse_numbers_in_use(store, &customers)?;
            let ids = store.insert_all(customers, progress)?;
            Event::Imported {
                kind: "customers",
                ids,
            }
        }
        Command::Stock(command) => Event::Stock(super::stock::execute(store, actor, command, now)?),
        Command::Payroll(command) => {
            Event::Payroll(super::payroll::execute(store, actor, command, now)?)
        }
        Command::Bom(command) => Event::Bom(super::bom::execute(store, actor, command, now)?),
        Command::Users(command) => Event::Users(super::users::execute(store, command, now)?),
        Command::Record(super::plain::RecordCommand { kind, op }) => {
            let done = kind.ops.execute(store, actor, op, progress, now)?;
            Event::Record(super::plain::RecordEvent { kind, done })
        }
        Command::SetSetting { name, value } => {
            let value = Settings::validate(&name, &value)?;
            store.set_setting(&name, &value)?;
            Event::SettingChanged { name, value }
        }
    };
    store.flush()?;
    Ok(event)
}

/// Aborts a transaction on a record the actor may not change, with the refusal of
/// `access::foreign_opportunity` or `access::foreign_interaction`.
fn refuse_foreign(refusal: Option<String>) -> TxResult<()> {
    match refusal {
        Some(why) => abort(StoreError::Refused(why)),
        None => Ok(()),
    }
}

/// Aborts a transaction when the caller saw another version of the record than the stored
/// one (an edit that changes nothing is refused too: what it was based on is out of date).
fn refuse_stale<T: Record>(record: &T, expected_version: Option<u64>) -> TxResult<()> {
    match expected_version.filter(|&v| v != record.version()) {
        Some(expected) => abort(StoreError::Stale {
            kind: T::NAME,
            id: record.id(),
            expected,
            current: record.version(),
        }),
        None => Ok(()),
    }
}

fn delete_customer(store: &Store, id: u64, force: bool) -> Result<Event, CoreError> {
    store.require::<Customer>(id)?;
    let interactions: Vec<u64> = interactions_of(store, id)?;
    let opportunities: Vec<u64> = opportunities_of(store, id)?;
    let referenced = !interactions.is_empty() || !opportunities.is_empty();
    if referenced && !force {
        return Err(CoreError::Refused(format!(
            "customer {id} has {} and {}; delete them first or use --force",
            plural(interactions.len(), "interaction"),
            plural(opportunities.len(), "opportunity"),
        )));
    }
    let customer = store.transaction(|tx: &Tx| -> TxResult<Customer> {
        for &interaction in &interactions {
            tx.remove::<Interaction>(interaction)?;
        }
        for &opportunity in &opportunities {
            tx.remove::<Opportunity>(opportunity)?;
        }
        tx.remove::<Customer>(id)
    })?;
    Ok(Event::CustomerDeleted {
        customer,
        interactions: interactions.len(),
        opportunities: opportunities.len(),
    })
}

/// "1 interaction", "3 interactions", "2 opportunities".
pub fn plural(count: usize, noun: &str) -> String {
    match (count, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{count} {stem}ies"),
        _ => format!("{count} {noun}s"),
    }
}
