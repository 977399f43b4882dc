//! Reports over the sales documents. Room: core.

pub mod monthly_revenue;
