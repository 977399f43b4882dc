//! Documents a business sends: a layout-neutral `Letter` (DIN 5008 business letter: the
//! letterhead, the recipient in the window, the information block, a table of lines,
//! totals, sections of notes, the legal footer), built from core data by one builder per
//! document (`confirmation`, `invoice`, `purchase_order`), and rendered as text (`text`)
//! or as PDF bytes (`pdf`); the e-invoice as CII XML (`einvoice`) and embedded in the invoice PDF
//! (ZUGFeRD / Factur-X). No I/O: the caller writes the bytes. Room: documents — names
//! core, domain and lang only; never the tui, the server or the cli.

pub mod confirmation;
pub mod dunning;
pub mod einvoice;
pub mod invoice;
pub mod letter;
pub mod pdf;
pub mod purchase_order;
mod sender;
pub mod text;
pub(crate) mod xml;

pub use letter::{Align, Column, Letter, Section, Table};
