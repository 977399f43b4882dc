//! Core: the `Command` enum and `execute`, the queries, settings and demo loading. Every
//! change to data goes through `execute`; front ends (CLI, TUI, server) never touch the
//! store's trees. Room: core — uses `domain` and `store`; never ratatui or crossterm.

pub mod access;
pub mod atp;
pub mod audit;
pub mod bom;
pub mod bom_query;
pub mod bounces;
pub mod calendar;
pub mod campaigns;
mod change;
pub(crate) mod clock;
mod command;
mod command_names;
pub mod company;
pub mod confirmation;
pub mod consent;
pub mod consent_optin;
pub mod consent_reach;
pub mod customer_duplicates;
pub mod customer_merge;
pub mod datev;
pub mod delivery;
pub mod delivery_query;
mod demo;
pub mod demo_billing;
pub mod demo_data;
mod demo_leads;
mod demo_orders;
mod demo_purchasing;
pub mod demo_service;
pub mod demo_story;
pub mod dunning;
pub mod dunning_run;
pub mod elsewhere;
mod error;
pub mod export;
pub mod first_start;
pub mod given_ids;
pub mod holds;
pub mod invoicing;
pub mod kinds;
pub mod leads;
pub mod link_secret;
pub mod mail_settings;
pub mod mailgate;
pub mod mailing;
mod mailing_audience;
pub mod mailing_ledger;
pub mod mailing_reply;
pub mod maintenance;
pub mod marketing_call;
pub mod mrp;
pub mod opening_stock;
pub mod order_entry;
pub mod order_import;
pub mod outbox;
pub mod payment;
pub mod payroll;
pub mod plain;
pub mod plain_query;
mod plain_write;
pub mod price;
pub mod production_orders;
pub mod purchase;
pub mod purchase_entry;
pub mod purchase_mail;
pub mod purchase_query;
pub mod query;
mod reallocation;
pub mod receivables;
pub mod reports;
pub mod reservations;
pub mod sales;
pub mod sales_query;
pub mod search;
pub mod segment_candidates;
pub mod segment_people;
pub mod segments;
mod settings;
pub mod stock;
pub mod stock_query;
pub mod supplier_items;
pub mod tickets;
pub mod unsubscribe;
pub mod users;

pub use change::Change;
pub use clock::{Clock, PIN_VARIABLE};
pub use command::{Command, Event, execute, execute_reporting, execute_with_progress};
pub use demo::{DemoCounts, load_demo};
pub use error::CoreError;
pub use settings::Settings;

/// Who is acting: the name goes into records (agent, owner defaults) and, with the
/// server, the audit log; the role decides what is permitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Agent,
    Sales,
    /// Sales with the right to release held orders (`sales-manager`).
    SalesManager,
    Warehouse,
    Payroll,
    /// Buys: suppliers (and, later, purchase orders).
    Purchasing,
    /// Issues invoices and credit notes (`accounting`).
    Accounting,
    /// Segments, campaigns and mailings; leads and consent (`marketing`).
    Marketing,
    Admin,
}

/// Makes everything committed so far durable (an fsync): call it before telling the user
/// "saved". Blocks; the server calls it on a blocking thread.
pub fn make_durable(store: &crate::store::Store) -> Result<(), CoreError> {
    Ok(store.flush()?)
}

impl Actor {
    /// Whoever can open the database files owns the data: the local CLI acts as admin.
    pub fn local(name: &str) -> Actor {
        Actor {
            name: name.to_string(),
            role: Role::Admin,
        }
    }
}
