//! Service tickets: priority and status, the two scales every ticket, queue and SLA clock
//! shares, with their labels; the number (`number`), the ticket with its articles, history
//! and links (`record`), its SLA timeline (`sla_events`), the queue (`queue`) and the subject tag of its
//! mail (`subject`) live in the submodules. Room: domain (pure).

use serde::{Deserialize, Serialize};

/// How urgent a ticket is, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Priority {
    Low,
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub const ALL: [Priority; 4] = [Self::Low, Self::Normal, Self::High, Self::Urgent];

    /// The machine name users type and exports write.
    pub fn name(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::Urgent => "urgent",
        }
    }
}

/// Where a ticket stands. The two `Waiting…` statuses pause the SLA clocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TicketStatus {
    New,
    Open,
    WaitingForCustomer,
    WaitingForThirdParty,
    Resolved,
    Closed,
}

impl TicketStatus {
    pub const ALL: [TicketStatus; 6] = [
        Self::New,
        Self::Open,
        Self::WaitingForCustomer,
        Self::WaitingForThirdParty,
        Self::Resolved,
        Self::Closed,
    ];

    /// The machine name users type and exports write.
    pub fn name(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Open => "open",
            Self::WaitingForCustomer => "waiting-for-customer",
            Self::WaitingForThirdParty => "waiting-for-third-party",
            Self::Resolved => "resolved",
            Self::Closed => "closed",
        }
    }

    /// Whether the SLA clocks stand still in this status.
    pub fn pauses_clocks(self) -> bool {
        matches!(self, Self::WaitingForCustomer | Self::WaitingForThirdParty)
    }

    /// Whether the ticket still needs work (everything but resolved and closed).
    pub fn is_open(self) -> bool {
        !matches!(self, Self::Resolved | Self::Closed)
    }
}

mod number;
mod queue;
mod record;
mod sla_events;
pub mod subject;

pub use number::{MAX_SEQUENCE, TicketNumber};
pub use queue::{AfterClose, Queue};
pub use record::{
    Article, ArticleKind, AttachmentBlob, AttachmentMeta, Change, Delivery, Lease, LinkKind,
    Ticket, TicketChange, TicketLink,
};

impl Priority {
    /// The priority as a person reads it in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Low => crate::t!("domain-ticket-priority-low"),
            Self::Normal => crate::t!("domain-ticket-priority-normal"),
            Self::High => crate::t!("domain-ticket-priority-high"),
            Self::Urgent => crate::t!("domain-ticket-priority-urgent"),
        }
    }

    /// Reads a machine name or a label of the current language.
    pub fn parse(text: &str) -> Result<Priority, super::Invalid> {
        let names = Self::ALL.map(|priority| (priority.name(), priority));
        super::invalid::parse_labelled("priority", text, &names, Self::label)
    }
}

impl TicketStatus {
    /// The status as a person reads it in the current language.
    pub fn label(self) -> String {
        match self {
            Self::New => crate::t!("domain-ticket-status-new"),
            Self::Open => crate::t!("domain-ticket-status-open"),
            Self::WaitingForCustomer => crate::t!("domain-ticket-status-waiting-for-customer"),
            Self::WaitingForThirdParty => {
                crate::t!("domain-ticket-status-waiting-for-third-party")
            }
            Self::Resolved => crate::t!("domain-ticket-status-resolved"),
            Self::Closed => crate::t!("domain-ticket-status-closed"),
        }
    }

    /// Reads a machine name or a label of the current language.
    pub fn parse(text: &str) -> Result<TicketStatus, super::Invalid> {
        let names = Self::ALL.map(|status| (status.name(), status));
        super::invalid::parse_labelled("status", text, &names, Self::label)
    }
}
