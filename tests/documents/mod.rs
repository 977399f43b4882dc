//! Documents through the library: invoices and credit notes as PDF, CII XML and ZUGFeRD,
//! checked by the official e-invoice rule sets and read back with poppler.

pub(crate) mod einvoice;
pub(crate) mod pdffonts;
