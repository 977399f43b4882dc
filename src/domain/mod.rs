//! Domain: plain records and the rules about them. Room: pure — no I/O, no sled, no terminal;
//! imports nothing of ours from outside `domain`.

pub mod amounts;
pub mod audit;
pub mod bom;
pub mod calendar;
mod code_serde;
pub mod country;
pub mod customer;
pub mod datetime;
pub mod datev;
pub mod dunning;
pub mod dunning_letter;
pub mod fields;
pub mod fold;
pub mod interaction;
pub mod invalid;
pub mod invoice;
pub mod item;
pub mod location;
pub mod money;
pub mod names;
pub mod opportunity;
#[cfg(test)]
mod parse_props;
pub mod payment;
pub mod payroll;
pub mod phone;
pub mod price;
pub mod sales;
pub mod sla;
pub mod stock;
pub mod supplier;
pub mod ticket;
pub mod user;
pub mod vat;

pub use country::Country;
pub use customer::{Address, Contact, Customer, CustomerKind, CustomerStatus};
pub use interaction::{Channel, Interaction};
pub use invalid::Invalid;
pub use item::{Item, ReorderRule};
pub use location::Location;
pub use money::{Currency, Money};
pub use opportunity::{Opportunity, Stage};
pub use phone::Phone;
pub use stock::StockMove;
pub use supplier::Supplier;
