//! Mail: SMTP out through an outbox, and the mailgate's parsing, loop guard and threading of
//! incoming RFC 5322 messages. Room: an adapter over core — may use `domain`, `store` through
//! `core`, and `core`; never the terminal, the server or the CLI.

pub mod gate;
pub mod inbound;
pub mod loop_guard;
pub mod mailing;
pub mod mailing_reply;
mod optin_reply;
pub mod outgoing;
pub mod reports;
pub mod routing;
pub mod smtp;
pub mod subject;
pub mod threading;
