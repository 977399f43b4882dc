//! The terminal UI: the App in process on ratatui's TestBackend (snapshots, flows, the
//! byte cost of a frame) and the real binary in tmux.

mod admin;
mod backend;
mod dated;
mod e2e;
mod history_search;
mod kind_conformance;
mod list_bytes;
mod scan;
mod scroll;
mod shift;
mod snapshots;
