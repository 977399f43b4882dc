//! A message the mailgate kept instead of filing it on a ticket: its raw bytes whole (up
//! to the size limit), why it was kept, the queue it was meant for and when it came in.
//! Nothing the mailgate receives is ever lost: what it cannot file waits here for an agent
//! to reprocess (`kontor mail quarantine reprocess`) or delete. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Why a message was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuarantineReason {
    /// Not readable as a message (no header block, or no sender).
    Unreadable,
    /// Larger than `mail_max_message_bytes`; only the first bytes are kept.
    TooLarge { size: u64, max: u64 },
    /// kontor's own mail came back (its `X-Loop`) without belonging to a ticket.
    OwnLoop,
    /// A person's mail to a closed ticket of a queue whose `after_close` is `refuse`.
    ClosedTicket { number: String },
    /// The queue named on the mailgate's command line does not exist.
    UnknownQueue,
    /// Filing it was refused (the refusal is the detail).
    Refused,
}

impl QuarantineReason {
    /// The machine name, as lists in JSON write it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Unreadable => "unreadable",
            Self::TooLarge { .. } => "too-large",
            Self::OwnLoop => "own-loop",
            Self::ClosedTicket { .. } => "closed-ticket",
            Self::UnknownQueue => "unknown-queue",
            Self::Refused => "refused",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarantinedMail {
    pub id: u64,
    /// The queue named on the mailgate's command line.
    pub queue: String,
    pub received_at: OffsetDateTime,
    pub reason: QuarantineReason,
    /// What a reading of the bytes said (the parser's or the store's words), if anything.
    pub detail: String,
    /// The size of the message as it arrived.
    pub size: u64,
    /// The message as it arrived (cut at the size limit for `TooLarge`).
    pub raw: Vec<u8>,
    pub version: u64,
}
