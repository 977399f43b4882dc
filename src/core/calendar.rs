//! Business calendars: add, edit, show and list them (admins change them; whoever reads the
//! CRM or serves tickets reads them: agents and sales read the calendar their queue uses), and the SLA report of a ticket's timeline over a calendar named by the
//! queue — the one call the ticket side makes. Calendars are named, the name unique without
//! regard to case and accents. Room: core.

use time::{Date, OffsetDateTime};

use super::access::{Access, Area, require};
use super::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::calendar::{BusinessCalendar, Interval, State};
use crate::domain::sla::{SlaEvent, SlaPolicy, SlaReport, clocks};
use crate::store::kinds::calendar as calendars;
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// What an edit changes; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct CalendarEdit {
    pub name: Option<String>,
    pub zone: Option<String>,
    pub state: Option<State>,
    pub hours: Option<[Vec<Interval>; 7]>,
    pub days_off: Option<Vec<Date>>,
    pub half_days: Option<Vec<(Date, u16)>>,
}

/// Stores a new calendar; refuses a name already taken.
pub fn add(
    store: &Store,
    actor: &Actor,
    calendar: BusinessCalendar,
) -> Result<BusinessCalendar, CoreError> {
    require(actor, Area::Admin, Access::Write)?;
    let calendar = tidy(calendar);
    calendar.validate()?;
    Ok(store.transaction(|tx| {
        refuse_taken(tx, &calendar.name, None)?;
        let mut calendar = calendar.clone();
        tx.insert(&mut calendar)?;
        Ok(calendar)
    })?)
}

/// Changes the calendar named `name`.
pub fn edit(
    store: &Store,
    actor: &Actor,
    name: &str,
    edit: CalendarEdit,
) -> Result<BusinessCalendar, CoreError> {
    require(actor, Area::Admin, Access::Write)?;
    let mut changed = get(store, actor, name)?;
    let id = changed.id;
    let CalendarEdit {
        name: new_name,
        zone,
        state,
        hours,
        days_off,
        half_days,
    } = edit;
    changed.name = new_name.unwrap_or(changed.name);
    changed.zone = zone.unwrap_or(changed.zone);
    changed.state = state.unwrap_or(changed.state);
    changed.hours = hours.unwrap_or(changed.hours);
    changed.days_off = days_off.unwrap_or(changed.days_off);
    changed.half_days = half_days.unwrap_or(changed.half_days);
    let changed = tidy(changed);
    changed.validate()?;
    Ok(store.transaction(|tx| {
        refuse_taken(tx, &changed.name, Some(id))?;
        let mut calendar = changed.clone();
        tx.update(&mut calendar, None)?;
        Ok(calendar)
    })?)
}

/// The calendar named `name`; an unknown name is a problem of the field `calendar`.
pub fn get(store: &Store, actor: &Actor, name: &str) -> Result<BusinessCalendar, CoreError> {
    require_read(actor)?;
    find(store, name)
}

/// The calendar named `name`, refused naming it when there is none (callers check the
/// right to read; MRP's planning calendar is read for whoever may run MRP).
pub(super) fn find(store: &Store, name: &str) -> Result<BusinessCalendar, CoreError> {
    let found = match calendars::by_name(store, name)? {
        Some(id) => store.get::<BusinessCalendar>(id)?,
        None => None,
    };
    found.ok_or_else(|| {
        Invalid::new(
            "calendar",
            crate::t!("calendar-unknown", name = name.trim()),
        )
        .into()
    })
}

/// Every calendar, by name.
pub fn list(store: &Store, actor: &Actor) -> Result<Vec<BusinessCalendar>, CoreError> {
    require_read(actor)?;
    let mut all = store
        .scan::<BusinessCalendar>()?
        .collect::<Result<Vec<_>, _>>()?;
    all.sort_by_key(|calendar| calendar.name.to_lowercase());
    Ok(all)
}

/// The SLA clocks at `now` of a ticket whose history gave `events`, over the calendar named
/// `calendar` under `policy` (see `domain::sla::clocks` for what each clock means).
pub fn report(
    store: &Store,
    actor: &Actor,
    calendar: &str,
    policy: &SlaPolicy,
    events: &[SlaEvent],
    now: OffsetDateTime,
) -> Result<SlaReport, CoreError> {
    let calendar = get(store, actor, calendar)?;
    Ok(clocks(policy, &calendar, events, now))
}

/// Reading calendars needs the service or the CRM right.
fn require_read(actor: &Actor) -> Result<(), CoreError> {
    require(actor, Area::Service, Access::Read).or_else(|_| require(actor, Area::Crm, Access::Read))
}

/// The name trimmed, days off and half days sorted, each once.
fn tidy(mut calendar: BusinessCalendar) -> BusinessCalendar {
    calendar.name = calendar.name.trim().to_string();
    calendar.zone = calendar.zone.trim().to_string();
    calendar.days_off.sort_unstable();
    calendar.days_off.dedup();
    calendar.half_days.sort_unstable();
    calendar.half_days.dedup_by_key(|(date, _)| *date);
    calendar
}

/// Refuses `name` when another calendar than `own` holds it.
fn refuse_taken(tx: &Tx, name: &str, own: Option<u64>) -> TxResult<()> {
    match calendars::holder_of_name(tx, name)? {
        Some(holder) if Some(holder) != own => abort(StoreError::Refused(crate::t!(
            "calendar-exists",
            name = name
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;
    use crate::core::Role;
    use crate::domain::sla::{ClockTargets, SlaEventKind};
    use crate::domain::ticket::Priority;

    fn actor(role: Role) -> Actor {
        Actor {
            name: "ann".into(),
            role,
        }
    }

    #[test]
    fn admins_write_agents_read_and_the_report_uses_the_named_calendar() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut saxony = BusinessCalendar::new("  Dresden ", State::SN);
        saxony.days_off = vec![time::macros::date!(2026 - 01 - 02); 2];
        let refused = add(&store, &actor(Role::Agent), saxony.clone());
        assert!(matches!(refused, Err(CoreError::Refused(_))), "{refused:?}");
        let added = add(&store, &actor(Role::Admin), saxony).unwrap();
        assert_eq!((added.name.as_str(), added.days_off.len()), ("Dresden", 1));
        let agent = actor(Role::Agent);
        assert_eq!(get(&store, &agent, "DRESDEN").unwrap().id, added.id);
        assert!(get(&store, &actor(Role::Warehouse), "Dresden").is_err());
        let policy = SlaPolicy {
            normal: ClockTargets {
                first_response: Some(60),
                ..ClockTargets::default()
            },
            ..SlaPolicy::default()
        };
        // Wednesday 18 November 2026 is Buß- und Bettag in Saxony: Tuesday 16:30 plus an hour
        // is Thursday 08:30.
        let events = [SlaEvent {
            at: datetime!(2026-11-17 16:30 +1),
            kind: SlaEventKind::Created(Priority::Normal),
        }];
        let now = datetime!(2026-11-17 16:45 +1);
        let report = report(&store, &agent, "dresden", &policy, &events, now).unwrap();
        assert_eq!(report.clocks[0].due, Some(datetime!(2026-11-19 08:30 +1)));
        let edit_by = |role| {
            let change = CalendarEdit {
                state: Some(State::BY),
                ..CalendarEdit::default()
            };
            edit(&store, &actor(role), "Dresden", change)
        };
        assert!(edit_by(Role::Agent).is_err());
        assert_eq!(edit_by(Role::Admin).unwrap().state, State::BY);
    }
}
