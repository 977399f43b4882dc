//! Documents a business sends: a layout-neutral `Letter` (DIN 5008 business letter: the
//! letterhead, the recipient in the window, the information block, a table of lines,
//! totals, sections of notes, the legal footer), built from core data by one builder per
//! document (`confirmation`), and rendered as text (`text`) or as PDF bytes (`pdf`). No
//! I/O: the caller writes the bytes. Room: documents — names core, domain and lang only;
//! never the tui, the server or the cli.

pub mod confirmation;
pub mod letter;
pub mod pdf;
pub mod text;

pub use letter::{Align, Column, Letter, Section, Table};
