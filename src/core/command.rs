//! `Command` (one variant per mutation), `Event` (what happened) and `execute`, the one
//! entrance for changes. The core validates and computes the change; the store applies it
//! in one transaction. Room: core.

use super::{Actor, Clock, CoreError, Settings};
use crate::domain::{Interaction, Opportunity, Stage};
use crate::store::audit::AuditScope;
use crate::store::written::Written;
use crate::store::{Store, StoreError, TxResult, abort};

/// A change someone asks for. Plain data: it can be logged, sent and replayed.
#[derive(Debug, Clone)]
pub enum Command {
    /// Marks the follow-up of an interaction done.
    CompleteFollowUp { id: u64 },
    /// Moves an opportunity to a stage; lost needs a reason.
    MoveOpportunity {
        id: u64,
        stage: Stage,
        probability: Option<u8>,
        reason: Option<String>,
    },
    /// Stores a database-wide setting (see `Settings`).
    SetSetting { name: String, value: String },
    /// Items, locations and stock postings.
    Stock(super::stock::StockCommand),
    /// Employees and payroll periods.
    Payroll(super::payroll::PayrollCommand),
    /// Bills of materials and production.
    Bom(super::bom::BomCommand),
    /// Quotes and sales orders.
    Sales(super::sales::SalesCommand),
    /// Deliveries of confirmed orders.
    Deliver(super::delivery::DeliveryCommand),
    /// Payments received.
    Payment(super::payment::PaymentCommand),
    /// Issuing invoices and credit notes.
    Invoice(super::invoicing::InvoiceCommand),
    /// Dunning: blocks and posting a run.
    Dunning(super::dunning_run::DunningCommand),
    /// The invoicing run: everything supplied up to `until` and not yet invoiced, issued
    /// on `today`.
    InvoiceRun {
        until: time::Date,
        today: time::Date,
    },
    /// Accounts of `kontor serve` (admin only).
    Users(super::users::UserCommand),
    /// Records of a plain kind of the registry (suppliers …): add, edit, delete, import.
    Record(super::plain::RecordCommand),
    /// Service tickets.
    Ticket(super::tickets::TicketCommand),
    /// Service queues (admins).
    Queue(super::tickets::QueueCommand),
    /// Leads: adding, qualifying, converting.
    Lead(super::leads::LeadCommand),
    /// Merges a duplicate customer into another.
    MergeCustomers(super::customer_merge::MergeCommand),
    /// Marketing campaigns.
    Campaign(super::campaigns::CampaignCommand),
    /// Marketing segments (saved customer filters).
    Segment(super::segments::SegmentCommand),
    /// Production orders: adding, completing, cancelling.
    Production(super::production_orders::ProductionCommand),
    /// Purchase orders: adding, sending, receiving, closing, cancelling.
    Purchase(super::purchase::PurchaseCommand),
    /// The MRP run: run, firm/unfirm, convert planned orders.
    Mrp(super::mrp::MrpCommand),
}

/// What a command did.
#[derive(Debug, Clone)]
pub enum Event {
    FollowUpCompleted(Interaction),
    OpportunityMoved(Opportunity),
    SettingChanged { name: String, value: String },
    Stock(super::stock::StockEvent),
    Payroll(super::payroll::PayrollEvent),
    Bom(super::bom::BomEvent),
    Sales(super::sales::SalesEvent),
    Delivered(Box<super::delivery::Delivery>),
    Paid(Box<crate::domain::payment::Payment>),
    Invoiced(Box<crate::domain::invoice::Invoice>),
    Dunning(Box<super::dunning_run::DunningEvent>),
    InvoiceRun(Box<super::invoicing::RunSummary>),
    Users(super::users::UserEvent),
    Record(super::plain::RecordEvent),
    Ticket(Box<crate::domain::ticket::Ticket>),
    Queue(Box<crate::domain::ticket::Queue>),
    Lead(super::leads::LeadEvent),
    CustomersMerged(Box<super::customer_merge::Merged>),
    Campaign(Box<crate::domain::campaign::Campaign>),
    Segment(Box<crate::domain::segment::Segment>),
    Production(super::production_orders::ProductionEvent),
    Purchase(Box<super::purchase::PurchaseEvent>),
    Mrp(super::mrp::MrpEvent),
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
        Command::CompleteFollowUp { id } => {
            let done = store.transaction(|tx| {
                let mut interaction = tx.require::<Interaction>(id)?;
                if interaction.follow_up.is_none() {
                    return abort(StoreError::Refused(crate::t!(
                        "core-no-follow-up",
                        record = crate::domain::names::record("interaction", id)
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
        Command::Stock(command) => Event::Stock(super::stock::execute(store, actor, command, now)?),
        Command::Payroll(command) => {
            Event::Payroll(super::payroll::execute(store, actor, command, now)?)
        }
        Command::Bom(command) => Event::Bom(super::bom::execute(store, actor, command, now)?),
        Command::Sales(command) => {
            Event::Sales(super::sales::execute(store, actor, command, now, progress)?)
        }
        Command::Deliver(command) => Event::Delivered(Box::new(super::delivery::execute(
            store, actor, command, now,
        )?)),
        Command::Payment(command) => Event::Paid(Box::new(super::payment::execute(
            store, actor, command, now,
        )?)),
        Command::Invoice(command) => Event::Invoiced(Box::new(super::invoicing::execute(
            store, actor, command, now,
        )?)),
        Command::Dunning(command) => Event::Dunning(Box::new(super::dunning_run::execute(
            store, actor, command, now,
        )?)),
        Command::InvoiceRun { until, today } => Event::InvoiceRun(Box::new(super::invoicing::run(
            store, actor, until, today, now,
        )?)),
        Command::Users(command) => Event::Users(super::users::execute(store, command, now)?),
        Command::Ticket(command) => Event::Ticket(Box::new(super::tickets::execute(
            store, actor, command, now,
        )?)),
        Command::Queue(command) => Event::Queue(Box::new(super::tickets::queues::execute(
            store, command, now,
        )?)),
        Command::Lead(command) => Event::Lead(super::leads::execute(store, actor, command, now)?),
        Command::MergeCustomers(command) => Event::CustomersMerged(Box::new(
            super::customer_merge::execute(store, actor, &command, now)?,
        )),
        Command::Campaign(command) => {
            Event::Campaign(Box::new(super::campaigns::execute(store, command, now)?))
        }
        Command::Segment(command) => {
            Event::Segment(Box::new(super::segments::execute(store, command, now)?))
        }
        Command::Production(command) => Event::Production(super::production_orders::execute(
            store, actor, command, now,
        )?),
        Command::Purchase(command) => Event::Purchase(Box::new(super::purchase::execute(
            store, actor, command, now,
        )?)),
        Command::Mrp(command) => Event::Mrp(super::mrp::execute(store, actor, command, now)?),
        Command::Record(super::plain::RecordCommand { kind, op }) => {
            let done = kind.ops.execute(store, actor, op, progress, now)?;
            Event::Record(super::plain::RecordEvent { kind, done })
        }
        Command::SetSetting { name, value } => {
            // `order-minimum` is `order_minimum`: every setting's name is snake case.
            let name = name.replace('-', "_");
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
