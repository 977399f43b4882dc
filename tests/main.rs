//! kontor's integration tests, one binary: the CLI through the real binary, the TUI in
//! process and in tmux, the SSH server through the real OpenSSH client, the demo data, the
//! keymaps and the layer rules of the source tree. One binary links the crate once; only the
//! disk-full tests run in a process of their own (`tests/disk_full.rs` says why).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod architecture;
mod calendar;
mod cli;
mod common;
mod demo_erp;
mod documents;
mod keymaps;
mod lang;
mod mail;
mod ssh;
mod tmux;
mod tui;
mod vat;
