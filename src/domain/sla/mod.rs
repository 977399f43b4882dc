//! SLA clocks of a service ticket: the policy a queue sets (targets per priority in business
//! minutes, warning percentages) and the timeline a ticket's history gives the clocks.
//! The arithmetic over a business calendar lives beside it (`domain::calendar`); the ticket
//! record turns its history into `SlaEvent`s so the clocks are always recomputed from the
//! history, never stored. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::ticket::{Priority, TicketStatus};

/// The three clocks of a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Clock {
    /// Stops at the first public answer by an agent (not an internal note, not an auto-reply).
    FirstResponse,
    /// Restarts at every customer message (mail, phone, any channel); stops at the next
    /// public agent answer.
    NextResponse,
    /// Stops when the ticket is resolved; reopening resumes it.
    Resolution,
}

/// Business minutes allowed per clock for one priority; `None`: no target for that clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ClockTargets {
    pub first_response: Option<u32>,
    pub next_response: Option<u32>,
    pub resolution: Option<u32>,
}

/// A queue's SLA policy: targets per priority and the percentages of a target at which the
/// ticket is flagged as getting close (e.g. 70, 80, 90).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SlaPolicy {
    pub low: ClockTargets,
    pub normal: ClockTargets,
    pub high: ClockTargets,
    pub urgent: ClockTargets,
    pub warn_percent: Vec<u8>,
}

impl SlaPolicy {
    pub fn targets(&self, priority: Priority) -> ClockTargets {
        match priority {
            Priority::Low => self.low,
            Priority::Normal => self.normal,
            Priority::High => self.high,
            Priority::Urgent => self.urgent,
        }
    }
}

/// One fact of a ticket's history that moves a clock, in the order it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaEvent {
    pub at: OffsetDateTime,
    pub kind: SlaEventKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SlaEventKind {
    /// The ticket was opened (always the first event), with its first priority.
    Created(Priority),
    /// A message from the customer, whatever the channel (mail, phone call logged).
    CustomerMessage,
    /// A public answer by an agent (mail out or a call logged as the agent's answer).
    /// Internal notes and automatic replies are not events of the clocks at all.
    AgentAnswer,
    /// The status changed (waiting … pauses, resolved stops, reopen resumes).
    Status(TicketStatus),
    /// The priority changed: the targets change from here on, measured from the start.
    Priority(Priority),
}

mod clocks;
#[cfg(test)]
mod tests;

pub use clocks::{ClockReport, SlaReport, Step, clocks};
