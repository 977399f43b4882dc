//! `queue add|edit|list`: service queues (admins manage them; everyone with the service
//! right reads them). An edit changes only what it names. Room: core.

use time::OffsetDateTime;

use super::queue_named;
use crate::core::access::{Access, Area, require};
use crate::core::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::sla::ClockTargets;
use crate::domain::ticket::{AfterClose, Priority, Queue, Ticket};
use crate::store::kinds::ticket::queue_by_name_in;
use crate::store::{Store, abort};

/// Changes to queues.
#[derive(Debug, Clone)]
pub enum QueueCommand {
    Add { name: String, edit: QueueEdit },
    Edit { name: String, edit: QueueEdit },
}

impl QueueCommand {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add { .. } => "Add",
            Self::Edit { .. } => "Edit",
        }
    }
}

/// Which of a queue's clocks a target is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    FirstResponse,
    NextResponse,
    Resolution,
}

/// What an add or edit sets; `None` (empty) leaves it as it is.
#[derive(Debug, Clone, Default)]
pub struct QueueEdit {
    pub rename: Option<String>,
    /// `Some("")` removes the calendar.
    pub calendar: Option<String>,
    /// Business minutes per clock and priority.
    pub targets: Vec<(Target, Priority, u32)>,
    pub warn: Option<Vec<u8>>,
    pub after_close: Option<AfterClose>,
    pub acknowledge: Option<bool>,
    /// `Some("")` goes back to the standard text.
    pub template: Option<String>,
    pub agents: Option<Vec<String>>,
    /// `Some("")` removes the address.
    pub address: Option<String>,
}

fn optional(text: &str) -> Option<String> {
    Some(text.trim().to_string()).filter(|text| !text.is_empty())
}

impl QueueEdit {
    fn apply(&self, queue: &mut Queue) {
        if let Some(name) = &self.rename {
            queue.name = name.trim().to_string();
        }
        if let Some(calendar) = &self.calendar {
            queue.calendar = optional(calendar);
        }
        for (target, priority, minutes) in &self.targets {
            let targets: &mut ClockTargets = match priority {
                Priority::Low => &mut queue.policy.low,
                Priority::Normal => &mut queue.policy.normal,
                Priority::High => &mut queue.policy.high,
                Priority::Urgent => &mut queue.policy.urgent,
            };
            let slot = match target {
                Target::FirstResponse => &mut targets.first_response,
                Target::NextResponse => &mut targets.next_response,
                Target::Resolution => &mut targets.resolution,
            };
            *slot = Some(*minutes).filter(|minutes| *minutes > 0);
        }
        if let Some(warn) = &self.warn {
            let mut warn = warn.clone();
            warn.sort_unstable();
            warn.dedup();
            queue.policy.warn_percent = warn;
        }
        if let Some(after_close) = self.after_close {
            queue.after_close = after_close;
        }
        if let Some(acknowledge) = self.acknowledge {
            queue.acknowledge = acknowledge;
        }
        if let Some(template) = &self.template {
            queue.acknowledge_template = optional(template);
        }
        if let Some(agents) = &self.agents {
            queue.agents = agents.iter().filter_map(|a| optional(a)).collect();
        }
        if let Some(address) = &self.address {
            queue.address = optional(address);
        }
    }
}

pub fn execute(
    store: &Store,
    command: QueueCommand,
    now: OffsetDateTime,
) -> Result<Queue, CoreError> {
    let (existing, name, edit) = match command {
        QueueCommand::Add { name, edit } => (None, name, edit),
        QueueCommand::Edit { name, edit } => (Some(queue_named(store, &name)?.id), name, edit),
    };
    let clocks_change = edit.calendar.is_some() || !edit.targets.is_empty() || edit.warn.is_some();
    let open = match existing {
        Some(id) if clocks_change => crate::store::kinds::ticket::open_tickets_in(store, id)?,
        _ => Vec::new(),
    };
    let written = store.transaction(|tx| {
        let mut queue = match existing {
            Some(id) => tx.require::<Queue>(id)?,
            None => Queue::new(&name),
        };
        edit.apply(&mut queue);
        queue.validate().or_else(abort)?;
        if edit.calendar.is_some()
            && let Some(calendar) = &queue.calendar
            && crate::store::kinds::calendar::holder_of_name(tx, calendar)?.is_none()
        {
            return abort(Invalid::new(
                "calendar",
                crate::t!("calendar-unknown", name = calendar.as_str()),
            ));
        }
        if let Some(holder) = queue_by_name_in(tx, &queue.name)?
            && holder != queue.id
        {
            return abort(Invalid::new(
                "name",
                crate::t!("core-queue-exists", name = queue.name.as_str()),
            ));
        }
        match existing {
            Some(_) => tx.update(&mut queue, None)?,
            None => {
                tx.insert(&mut queue)?;
            }
        }
        // A new policy or calendar moves the due instants of the queue's open tickets.
        for id in &open {
            let mut ticket = tx.require::<Ticket>(*id)?;
            let before = ticket.sla_due;
            super::sla::stamp(tx, &mut ticket, now)?;
            if ticket.sla_due != before {
                tx.update(&mut ticket, None)?;
            }
        }
        Ok(queue)
    });
    Ok(written?)
}

/// Every queue, by name.
pub fn queues(store: &Store, actor: &Actor) -> Result<Vec<Queue>, CoreError> {
    require(actor, Area::Service, Access::Read)?;
    let mut found: Vec<Queue> = store.scan::<Queue>()?.collect::<Result<_, _>>()?;
    found.sort_by_key(|queue| crate::domain::fold::fold(&queue.name));
    Ok(found)
}
