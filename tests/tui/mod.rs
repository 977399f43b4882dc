//! The terminal UI: the App in process on ratatui's TestBackend through the one harness,
//! `snapshots::harness::Harness` (snapshots, flows, roles, dated screens, the byte cost of
//! a frame), and the real binary in tmux through `tmux::Tmux`.

mod admin;
mod backend;
pub(crate) mod bundled_keys;
mod dated;
mod duplicates;
mod e2e;
mod elsewhere;
mod history_search;
mod kind_conformance;
mod leads;
mod list_bytes;
mod marketing;
mod marketing_call;
mod mrp;
mod order_entry;
mod production_orders;
mod purchase_entry;
mod quarantine;
mod scan;
mod scan_purchase;
mod scroll;
mod search;
mod search_e2e;
mod shift;
mod snapshots;
mod tickets;
