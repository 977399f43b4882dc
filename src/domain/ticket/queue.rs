//! A service queue: where tickets wait for the agents who are its members, with the SLA
//! policy its tickets are measured by, the business calendar the clocks run on, and what a
//! customer's mail to a closed ticket does. Room: domain (pure).

use serde::{Deserialize, Serialize};

use crate::domain::Invalid;
use crate::domain::fold::fold;
use crate::domain::sla::SlaPolicy;

/// What a customer's new message to a closed ticket does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AfterClose {
    /// The ticket opens again.
    Reopen,
    /// A new ticket starts, linked to the closed one.
    NewTicket,
    /// The message is refused (answered by the acknowledgement, if any).
    Refuse,
}

impl AfterClose {
    pub const ALL: [AfterClose; 3] = [Self::Reopen, Self::NewTicket, Self::Refuse];

    pub fn name(self) -> &'static str {
        match self {
            Self::Reopen => "reopen",
            Self::NewTicket => "new-ticket",
            Self::Refuse => "refuse",
        }
    }

    pub fn parse(text: &str) -> Result<AfterClose, Invalid> {
        let names = Self::ALL.map(|choice| (choice.name(), choice));
        crate::domain::invalid::parse_choice("after_close", text, &names)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queue {
    pub id: u64,
    /// Unique (case and accents ignored).
    pub name: String,
    /// The business calendar's name; `None`: around the clock.
    pub calendar: Option<String>,
    pub policy: SlaPolicy,
    pub after_close: AfterClose,
    /// Whether a new ticket by mail gets an automatic acknowledgement.
    pub acknowledge: bool,
    /// The acknowledgement's text; `None`: the standard text.
    pub acknowledge_template: Option<String>,
    /// The user names of the agents who work it.
    pub agents: Vec<String>,
    /// The queue's own mail address.
    pub address: Option<String>,
    pub version: u64,
}

impl Queue {
    /// A queue named `name` with no targets, reopening closed tickets.
    pub fn new(name: &str) -> Queue {
        Queue {
            id: 0,
            name: name.trim().to_string(),
            calendar: None,
            policy: SlaPolicy::default(),
            after_close: AfterClose::Reopen,
            acknowledge: false,
            acknowledge_template: None,
            agents: Vec::new(),
            address: None,
            version: 0,
        }
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        if self.name.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
        }
        if self.policy.warn_percent.iter().any(|p| *p == 0 || *p > 100) {
            return Err(Invalid::new("warn", crate::t!("domain-queue-warn")));
        }
        if let Some(address) = &self.address
            && !address.contains('@')
        {
            return Err(Invalid::new(
                "address",
                crate::t!("domain-queue-address", address = address.as_str()),
            ));
        }
        Ok(())
    }

    /// Whether `user` is one of its agents (case and accents ignored).
    pub fn has_agent(&self, user: &str) -> bool {
        let user = fold(user);
        self.agents.iter().any(|agent| fold(agent) == user)
    }
}
