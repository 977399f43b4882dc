//! kontor — CRM and ERP on one database, for the terminal.
//!
//! The module tree only. Dependencies point one way:
//! `domain ← store ← core ← cli`. See each module's header for its rules.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod cli;
pub mod core;
pub mod documents;
pub mod domain;
pub mod lang;
pub mod mail;
pub mod server;
pub mod store;
pub mod tui;
