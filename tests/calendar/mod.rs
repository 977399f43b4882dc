//! The business calendar against independent references.

mod holidays;
