//! Payroll commands and queries: running a period's draft payslips over the employees (a
//! kind of the registry, `kinds::employee`), posting (locking) a period. Payroll data is sensitive: every entry point here checks that the
//! actor has the payroll or admin role. Room: core.
//!
//! A period is locked by the meta key `payroll/posted/YYYY-MM` (value: when and by whom);
//! the run's replace and the post's lock check each happen inside one transaction.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::{Actor, CoreError, Role, Settings};
use crate::domain::Invalid;
use crate::domain::datetime::format_instant;
use crate::domain::fold::fold;
use crate::domain::payroll::{Employee, Payslip, Period, compute_payslip};
use crate::store::kinds::employee as employees;
use crate::store::kinds::payslip as payslips;
use crate::store::{Store, StoreError, StoreResult, abort};

/// A change to payroll data.
#[derive(Debug, Clone)]
pub enum PayrollCommand {
    /// Computes the draft payslips of every employee employed in `period`, replacing the
    /// period's drafts. `hours` gives (employee number, hours) for hourly employees.
    RunPeriod {
        period: Period,
        hours: Vec<(String, Decimal)>,
    },
    /// Locks the period: its payslips become final and it cannot be run again.
    PostPeriod { period: Period },
}

/// What a payroll command did.
#[derive(Debug, Clone)]
pub enum PayrollEvent {
    /// The period's new drafts, in employee id order; `replaced` drafts were dropped.
    PeriodRun {
        period: Period,
        payslips: Vec<Payslip>,
        replaced: usize,
    },
    PeriodPosted {
        period: Period,
        payslips: Vec<Payslip>,
    },
}

/// Runs a payroll command as `actor` (who needs the payroll or admin role) at `now`.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: PayrollCommand,
    now: time::OffsetDateTime,
) -> Result<PayrollEvent, CoreError> {
    permit(actor)?;
    match command {
        PayrollCommand::RunPeriod { period, hours } => run_period(store, period, hours, now),
        PayrollCommand::PostPeriod { period } => {
            let ids = payslip_ids(store, period)?;
            if ids.is_empty() {
                return Err(no_payslips(period));
            }
            let stamp = format!(
                "{} {}",
                format_instant(now, time::UtcOffset::UTC),
                actor.name
            );
            let payslips = store.transaction(|tx| {
                if tx.meta_get(&posted_key(period))?.is_some() {
                    return abort(StoreError::Refused(crate::t!(
                        "core-payroll-already-posted",
                        period = period.to_string()
                    )));
                }
                let payslips = ids
                    .iter()
                    .map(|&id| tx.require::<Payslip>(id))
                    .collect::<Result<Vec<_>, _>>()?;
                tx.meta_put(&posted_key(period), stamp.as_bytes())?;
                Ok(payslips)
            })?;
            Ok(PayrollEvent::PeriodPosted { period, payslips })
        }
    }
}

/// Computes every draft first (all problems reported together), then replaces the
/// period's drafts in one transaction that refuses a posted period.
fn run_period(
    store: &Store,
    period: Period,
    hours: Vec<(String, Decimal)>,
    now: time::OffsetDateTime,
) -> Result<PayrollEvent, CoreError> {
    refuse_posted(store, period)?;
    let rule = Settings::load(store)?.overtime;
    let mut problems = Vec::new();
    let mut given: HashMap<String, (String, Decimal)> = HashMap::new();
    for (number, worked) in hours {
        if given
            .insert(fold(&number), (number.clone(), worked))
            .is_some()
        {
            problems.push(Invalid::new(
                "hours",
                crate::t!("core-payroll-hours-twice", number = &number),
            ));
        }
    }
    let mut drafts = Vec::new();
    for employee in store.scan::<Employee>()? {
        let employee = employee?;
        let worked = given.remove(&fold(&employee.number)).map(|(_, h)| h);
        match compute_payslip(&employee, period, worked, rule, now) {
            Ok(Some(draft)) => drafts.push(draft),
            Ok(None) => {}
            Err(invalid) => problems.push(invalid),
        }
    }
    problems.extend(given.into_values().map(|(number, _)| {
        Invalid::new(
            "hours",
            crate::t!("core-payroll-no-employee", number = number),
        )
    }));
    if !problems.is_empty() {
        return Err(CoreError::Invalid(problems));
    }
    if drafts.is_empty() {
        return Err(CoreError::Refused(crate::t!(
            "core-payroll-nobody-employed",
            period = period.to_string()
        )));
    }
    let old = payslip_ids(store, period)?;
    let payslips = store.transaction(|tx| {
        if tx.meta_get(&posted_key(period))?.is_some() {
            return abort(StoreError::Refused(posted_refusal(period)));
        }
        for &id in &old {
            tx.remove::<Payslip>(id)?;
        }
        let mut saved = Vec::with_capacity(drafts.len());
        for draft in &drafts {
            let mut payslip = draft.clone();
            tx.insert(&mut payslip)?;
            saved.push(payslip);
        }
        Ok(saved)
    })?;
    Ok(PayrollEvent::PeriodRun {
        period,
        payslips,
        replaced: old.len(),
    })
}

/// Payroll is for the payroll and admin roles only.
fn permit(actor: &Actor) -> Result<(), CoreError> {
    match actor.role {
        Role::Payroll | Role::Admin => Ok(()),
        role => Err(CoreError::Refused(crate::t!(
            "core-payroll-not-permitted",
            user = &actor.name,
            role = super::command_names::capitalized(&role.label())
        ))),
    }
}

fn posted_key(period: Period) -> String {
    format!("payroll/posted/{period}")
}

fn posted_refusal(period: Period) -> String {
    crate::t!("core-payroll-posted", period = period.to_string())
}

/// The refusal of a run when `period` is posted.
fn refuse_posted(store: &Store, period: Period) -> Result<(), CoreError> {
    match posted_at(store, period)? {
        Some(_) => Err(CoreError::Refused(posted_refusal(period))),
        None => Ok(()),
    }
}

fn no_payslips(period: Period) -> CoreError {
    CoreError::Refused(crate::t!(
        "core-payroll-no-payslips",
        period = period.to_string()
    ))
}

/// When and by whom the period was posted (`2026-03-01T09:00:00Z anna`), if it was.
fn posted_at(store: &Store, period: Period) -> StoreResult<Option<String>> {
    let value = store.transaction(|tx| tx.meta_get(&posted_key(period)))?;
    Ok(value.map(|bytes| String::from_utf8_lossy(&bytes).into_owned()))
}

/// Ids of the period's payslips, in employee id order.
fn payslip_ids(store: &Store, period: Period) -> StoreResult<Vec<u64>> {
    payslips::of_period(store, period)?.collect()
}

fn find_employee(store: &Store, number: &str) -> StoreResult<Option<Employee>> {
    match employees::by_number(store, number)? {
        Some(id) => store.get::<Employee>(id),
        None => Ok(None),
    }
}

fn require_employee(store: &Store, number: &str) -> Result<Employee, CoreError> {
    find_employee(store, number)?.ok_or_else(|| {
        Invalid::new(
            "employee",
            crate::t!("core-payroll-unknown-employee", number = number.trim()),
        )
        .into()
    })
}

/// A period's payslips and whether it is posted.
#[derive(Debug, Clone)]
pub struct PeriodPayslips {
    pub period: Period,
    /// When and by whom it was posted; `None` while it is a draft.
    pub posted: Option<String>,
    /// In employee id order.
    pub payslips: Vec<Payslip>,
}

impl PeriodPayslips {
    /// `posted` or `draft`.
    pub fn status(&self) -> &'static str {
        if self.posted.is_some() {
            "posted"
        } else {
            "draft"
        }
    }
}

/// Refuses as a run of `period` would when it is posted, for front ends that ask for the
/// hours first: they refuse before the asking.
pub fn runnable(store: &Store, actor: &Actor, period: Period) -> Result<(), CoreError> {
    permit(actor)?;
    refuse_posted(store, period)
}

/// Whether `period` has been run (has payslips), for front ends that offer the run
/// themselves instead of `payslips`' refusal naming the CLI.
pub fn has_payslips(store: &Store, actor: &Actor, period: Period) -> Result<bool, CoreError> {
    permit(actor)?;
    Ok(!payslip_ids(store, period)?.is_empty())
}

/// The payslips of `period`, or only that of the employee with number `employee`.
/// Refused when there are none.
pub fn payslips(
    store: &Store,
    actor: &Actor,
    period: Period,
    employee: Option<&str>,
) -> Result<PeriodPayslips, CoreError> {
    permit(actor)?;
    let ids = match employee {
        Some(number) => {
            let employee = require_employee(store, number)?;
            let id = payslips::of_employee(store, period, employee.id)?;
            if id.is_none() {
                return Err(CoreError::Refused(crate::t!(
                    "core-payroll-no-payslip",
                    number = &employee.number,
                    period = period.to_string()
                )));
            }
            id.into_iter().collect()
        }
        None => payslip_ids(store, period)?,
    };
    if ids.is_empty() {
        return Err(no_payslips(period));
    }
    let payslips = ids
        .into_iter()
        .map(|id| store.require::<Payslip>(id))
        .collect::<StoreResult<_>>()?;
    Ok(PeriodPayslips {
        period,
        posted: posted_at(store, period)?,
        payslips,
    })
}

/// The payslips to pay for `period`, in employee id order. Refused while the period is a
/// draft: money goes out only for posted periods.
pub fn payment_list(
    store: &Store,
    actor: &Actor,
    period: Period,
) -> Result<Vec<Payslip>, CoreError> {
    let found = payslips(store, actor, period, None)?;
    if found.posted.is_none() {
        return Err(CoreError::Refused(crate::t!(
            "core-payroll-draft",
            period = period.to_string()
        )));
    }
    Ok(found.payslips)
}
