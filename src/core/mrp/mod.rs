//! The MRP run on the store: `gather` reads the engine's input (items with their planning
//! and source, BOMs, on hand, open sales order lines, open purchase and production orders,
//! the firm planned orders of the accepted plan, the planning calendar — setting
//! `planning_calendar`: a business calendar's open weekdays without its state's holidays
//! and its days off; unset, Monday to Friday —, today and the horizon), `domain::mrp::run`
//! plans, and the accepted plan is stored (`store::kinds::mrp_plan`: a header and buckets of
//! planned orders and of coverage, of which a run writes only those that changed, so that
//! `pegging` and `covering` read one bucket, and the run's diff compares only the orders of
//! changed buckets). Writes are `Command::Mrp(MrpCommand)` — run,
//! firm/unfirm, ignore/unignore, convert — so the audit log notes each; `run`, `firm` and `convert` below are the same
//! through a clock pinned at `now`. Reads: `preview` (plan and diff, stores nothing),
//! `accepted`, `pegging`, `covering`, `actions`, each with item SKUs/names and supplier
//! names resolved for display (`Names`).
//!
//! Ignoring: an ignored planned order stays in the plan, shown as ignored, but "convert all"
//! passes it by (named by its key it is still converted). It stays ignored across runs
//! only while a run brings back the same key (item SKU, due date, sequence) with the same
//! item, due date and quantity; otherwise the ignore lapses.
//!
//! Who may: purchasing runs MRP, firms and converts (area `Purchasing`, write); the
//! warehouse reads the plan (it reads purchasing). Room: core.

mod convert;
mod gather;
mod view;

use time::{Date, OffsetDateTime};

use super::access::{Access, Area, require};
use super::{Actor, Clock, Command, CoreError, Event};
use crate::domain::Invalid;
use crate::domain::audit::FieldChange;
use crate::domain::mrp::{OrderKind, Plan, PlanDiff, PlannedOrder};
use crate::store::kinds::mrp_plan::{self, StoredPlan};
use crate::store::{Store, StoreError, abort};

pub use convert::Converted;
pub use view::{
    AcceptedPlan, ActionView, CoverView, CoverageView, Names, OrderView, PegView, Pegging,
    parse_demand,
};

/// The horizon when none is given: demands up to 90 days ahead are planned.
pub const DEFAULT_HORIZON_DAYS: u32 = 90;

/// A change to the accepted plan.
#[derive(Debug, Clone)]
pub enum MrpCommand {
    /// Plans anew as of `today` over `horizon_days` and stores the plan as the accepted
    /// one (its firm planned orders are kept).
    Run { today: Date, horizon_days: u32 },
    /// Firms (`firm: true`) or unfirms the planned order with this key.
    Firm { key: String, firm: bool },
    /// Ignores (`ignore: true`) the planned order with this key, or stops ignoring it.
    Ignore { key: String, ignore: bool },
    /// Turns planned orders into purchase orders (one draft per supplier) and production
    /// orders, dated `today`: those with these keys, or (`all`) every one of `kind` (`None`:
    /// both kinds). They leave the accepted plan.
    Convert {
        today: Date,
        keys: Vec<String>,
        all: bool,
        kind: Option<OrderKind>,
    },
}

impl MrpCommand {
    pub fn name(&self) -> &'static str {
        match self {
            MrpCommand::Run { .. } => "Run",
            MrpCommand::Firm { firm: true, .. } => "Firm",
            MrpCommand::Firm { firm: false, .. } => "Unfirm",
            MrpCommand::Ignore { ignore: true, .. } => "Ignore",
            MrpCommand::Ignore { ignore: false, .. } => "Unignore",
            MrpCommand::Convert { .. } => "Convert",
        }
    }

    /// Every MRP change is purchasing's.
    pub fn area(&self) -> Area {
        Area::Purchasing
    }
}

/// What an MRP command did.
#[derive(Debug, Clone)]
pub enum MrpEvent {
    Ran(Box<RunOutcome>),
    Firmed(Box<PlannedOrder>),
    /// The planned order ignored (or no longer).
    Ignored(Box<PlannedOrder>),
    Converted(Box<Converted>),
}

/// What a run did: the accepted plan it stored and how it differs from the one before.
#[derive(Debug, Clone)]
pub struct RunOutcome {
    pub plan: AcceptedPlan,
    pub diff: PlanDiff,
}

impl RunOutcome {
    /// (buy, make, firm) planned orders.
    pub fn counts(&self) -> (usize, usize, usize) {
        counts(&self.plan.plan)
    }
}

/// A dry run: the plan a run would store now, and how it differs from the accepted one.
#[derive(Debug, Clone)]
pub struct Preview {
    pub plan: Plan,
    pub diff: PlanDiff,
    pub names: Names,
}

/// (buy, make, firm) planned orders of a plan.
pub fn counts(plan: &Plan) -> (usize, usize, usize) {
    let buy = plan
        .orders
        .iter()
        .filter(|o| o.kind == OrderKind::Buy)
        .count();
    let firm = plan.orders.iter().filter(|o| o.firm).count();
    (buy, plan.orders.len() - buy, firm)
}

/// Runs an MRP command as `actor` at `now` (called by `core::execute`).
pub(crate) fn execute(
    store: &Store,
    actor: &Actor,
    command: MrpCommand,
    now: OffsetDateTime,
) -> Result<MrpEvent, CoreError> {
    match command {
        MrpCommand::Run {
            today,
            horizon_days,
        } => {
            let planned = plan_now(store, today, horizon_days)?;
            let stored = StoredPlan {
                today,
                horizon_days,
                run_at: now,
                run_by: actor.name.clone(),
                plan: planned,
            };
            let parts = mrp_plan::Parts::of(&stored.plan)?;
            let replaced = store.transaction(|tx| {
                let (before, replaced) = mrp_plan::replace_in(tx, &stored, &parts)?;
                let was = before.map(|count| count.to_string()).unwrap_or_default();
                let now = stored.plan.orders.len().to_string();
                tx.note(mrp_plan::AUDITED_AS, vec![field("orders", was, now)]);
                let ignored = mrp_plan::ignored_in(tx)?;
                let kept: Vec<_> = ignored
                    .iter()
                    .filter(|i| stored.plan.order(&i.key).is_some_and(|o| i.matches(o)))
                    .cloned()
                    .collect();
                if kept.len() != ignored.len() {
                    mrp_plan::set_ignored_in(tx, &kept)?;
                }
                Ok(replaced)
            })?;
            // Orders in buckets that did not change are the same in both plans.
            let (before, after) = replaced.changed_orders(&stored.plan)?;
            let diff = crate::domain::mrp::diff(&orders_only(before), &orders_only(after));
            let plan = view::accepted_plan(store, stored)?;
            Ok(MrpEvent::Ran(Box::new(RunOutcome { plan, diff })))
        }
        MrpCommand::Firm { key, firm } => {
            let order = store.transaction(|tx| {
                let mut order = planned_in(tx, &key)?;
                let what = vec![field(
                    &format!("{key} firm"),
                    order.firm.to_string(),
                    firm.to_string(),
                )];
                tx.note(mrp_plan::AUDITED_AS, what);
                order.firm = firm;
                mrp_plan::put_order_in(tx, &order)?;
                Ok(order)
            })?;
            Ok(MrpEvent::Firmed(Box::new(order)))
        }
        MrpCommand::Ignore { key, ignore } => {
            let order = store.transaction(|tx| {
                let order = planned_in(tx, &key)?;
                let mut ignored = mrp_plan::ignored_in(tx)?;
                let was = ignored.iter().any(|i| i.key == key);
                ignored.retain(|i| i.key != key);
                if ignore {
                    ignored.push(mrp_plan::Ignored::of(&order));
                }
                let name = format!("{key} ignored");
                tx.note(
                    mrp_plan::AUDITED_AS,
                    vec![field(&name, was.to_string(), ignore.to_string())],
                );
                mrp_plan::set_ignored_in(tx, &ignored)?;
                Ok(order)
            })?;
            Ok(MrpEvent::Ignored(Box::new(order)))
        }
        MrpCommand::Convert {
            today,
            keys,
            all,
            kind,
        } => {
            let converted = convert::convert(store, actor, now, today, &keys, all, kind)?;
            Ok(MrpEvent::Converted(Box::new(converted)))
        }
    }
}

/// A plan of these orders alone (what `diff` compares).
fn orders_only(orders: Vec<PlannedOrder>) -> Plan {
    Plan {
        orders,
        ..Plan::default()
    }
}

/// The planned order with this key inside a transaction, or the refusal naming it (or
/// saying there is no plan).
fn planned_in(tx: &crate::store::Tx, key: &str) -> crate::store::TxResult<PlannedOrder> {
    match mrp_plan::order_in(tx, key)? {
        mrp_plan::Entry::Found(Some(order)) => Ok(order),
        mrp_plan::Entry::Found(None) => abort(StoreError::Refused(unknown_key(key))),
        mrp_plan::Entry::NoPlan => abort(StoreError::Refused(crate::t!("mrp-no-plan"))),
    }
}

/// One change of the plan as the audit log shows it.
fn field(name: &str, old: String, new: String) -> FieldChange {
    FieldChange {
        field: name.to_string(),
        old,
        new,
    }
}

fn unknown_key(key: &str) -> String {
    crate::t!("mrp-unknown-key", key = key.trim())
}

/// The setting naming the business calendar whose working days lead times count in
/// (`kontor calendar …`); unset: Monday to Friday.
pub const PLANNING_CALENDAR: &str = "planning_calendar";

/// Checks a `planning_calendar` value (`None`: not this setting): a calendar's name, or
/// empty to clear it. Whether the calendar exists is checked when MRP runs.
pub fn validate_setting(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    (name == PLANNING_CALENDAR).then(|| Ok(value.trim().to_string()))
}

/// Gathers the input and plans on the planning calendar, storing nothing.
fn plan_now(store: &Store, today: Date, horizon_days: u32) -> Result<Plan, CoreError> {
    let input = gather::input(store, today, horizon_days)?;
    let planned = match store
        .setting(PLANNING_CALENDAR)?
        .filter(|name| !name.is_empty())
    {
        None => crate::domain::mrp::run(&input, &crate::domain::mrp::Weekdays::default()),
        Some(name) => {
            let calendar = super::calendar::find(store, &name)?;
            let last = today.year() + i32::try_from(horizon_days / 365).unwrap_or(0) + 1;
            let days = crate::domain::mrp::OpenDays::of(&calendar, today.year() - 1..=last);
            crate::domain::mrp::run(&input, &days)
        }
    };
    planned.map_err(|error| CoreError::Refused(error.to_string()))
}

fn write_event(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    command: MrpCommand,
) -> Result<MrpEvent, CoreError> {
    match super::execute(store, &Clock::pinned(now), actor, Command::Mrp(command))? {
        Event::Mrp(event) => Ok(event),
        _ => Err(CoreError::Refused(crate::t!("mrp-no-plan"))),
    }
}

/// Plans anew as of `now`'s date over `horizon_days` and stores the plan as the accepted
/// one (`Command::Mrp(MrpCommand::Run)`).
pub fn run(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    horizon_days: u32,
) -> Result<RunOutcome, CoreError> {
    let today = Clock::pinned(now).today();
    match write_event(
        store,
        actor,
        now,
        MrpCommand::Run {
            today,
            horizon_days,
        },
    )? {
        MrpEvent::Ran(outcome) => Ok(*outcome),
        _ => Err(CoreError::Refused(crate::t!("mrp-no-plan"))),
    }
}

/// The plan a run would store now and its difference from the accepted plan; stores
/// nothing.
pub fn preview(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    horizon_days: u32,
) -> Result<Preview, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let today = Clock::pinned(now).today();
    let plan = plan_now(store, today, horizon_days)?;
    let old = orders_only(mrp_plan::orders(store)?);
    let diff = crate::domain::mrp::diff(&old, &plan);
    let names = Names::of_plans(store, [&old, &plan])?;
    Ok(Preview { plan, diff, names })
}

/// The accepted plan, names resolved; `None` before the first run.
pub fn accepted(store: &Store, actor: &Actor) -> Result<Option<AcceptedPlan>, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    match mrp_plan::read(store)? {
        Some(stored) => Ok(Some(view::accepted_plan(store, stored)?)),
        None => Ok(None),
    }
}

/// Firms (or unfirms) a planned order of the accepted plan; answers it as it is now.
pub fn firm(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    key: &str,
    firm: bool,
) -> Result<PlannedOrder, CoreError> {
    let command = MrpCommand::Firm {
        key: key.trim().to_string(),
        firm,
    };
    match write_event(store, actor, now, command)? {
        MrpEvent::Firmed(order) => Ok(*order),
        _ => Err(CoreError::Refused(unknown_key(key))),
    }
}

/// Converts the planned orders with these keys (see `MrpCommand::Convert`).
pub fn convert(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    keys: &[String],
) -> Result<Converted, CoreError> {
    let command = MrpCommand::Convert {
        today: Clock::pinned(now).today(),
        keys: keys.to_vec(),
        all: false,
        kind: None,
    };
    match write_event(store, actor, now, command)? {
        MrpEvent::Converted(converted) => Ok(*converted),
        _ => Err(CoreError::Refused(crate::t!("mrp-no-plan"))),
    }
}

/// Ignores (or stops ignoring) a planned order of the accepted plan; answers it.
pub fn ignore(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    key: &str,
    ignore: bool,
) -> Result<PlannedOrder, CoreError> {
    let command = MrpCommand::Ignore {
        key: key.trim().to_string(),
        ignore,
    };
    match write_event(store, actor, now, command)? {
        MrpEvent::Ignored(order) => Ok(*order),
        _ => Err(CoreError::Refused(unknown_key(key))),
    }
}

/// The planned order with this key and the demands it covers: reads that order's entry
/// (and its item's and supplier's names), never the whole plan.
pub fn pegging(store: &Store, actor: &Actor, key: &str) -> Result<Pegging, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let key = key.trim();
    match mrp_plan::order(store, key)? {
        mrp_plan::Entry::Found(Some(order)) => {
            let ignored = mrp_plan::ignored(store)?.iter().any(|i| i.matches(&order));
            let names = Names::of_orders(store, [&order])?;
            Ok(view::pegging_of(names.order(&order, ignored)))
        }
        mrp_plan::Entry::Found(None) => Err(CoreError::Refused(unknown_key(key))),
        mrp_plan::Entry::NoPlan => Err(CoreError::Refused(crate::t!("mrp-no-plan"))),
    }
}

/// What covers a demand: a sales order line (`AU-2026-00001/1`), a production order's
/// components (`FA-2026-00001`) or a planned order's (its key).
pub fn covering(
    store: &Store,
    actor: &Actor,
    demand_ref: &str,
) -> Result<Vec<CoverageView>, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let demand = parse_demand(demand_ref)?;
    match mrp_plan::coverage(store, &demand)? {
        mrp_plan::Entry::Found(covers) => {
            let covers = covers.unwrap_or_default();
            let names = Names::of_coverage(store, &covers)?;
            Ok(view::covering_of(&names, covers.iter()))
        }
        mrp_plan::Entry::NoPlan => Err(CoreError::Refused(crate::t!("mrp-no-plan"))),
    }
}

/// The action messages of the accepted plan (none before the first run).
pub fn actions(store: &Store, actor: &Actor) -> Result<Vec<ActionView>, CoreError> {
    Ok(accepted(store, actor)?
        .map(|plan| view::actions(&plan))
        .unwrap_or_default())
}
