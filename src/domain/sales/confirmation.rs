//! Order confirmations (Auftragsbestätigungen) as issued: each confirmation of an order
//! keeps what it confirmed, line by line, so a later one can list what changed against it
//! (a confirmation that differs from the order is a counter-offer, so differences must be
//! visible). Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

/// One line as a confirmation confirmed it: the quantity still wanted (ordered less
/// cancelled), its price, discount and promised date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmedLine {
    pub sku: String,
    pub text: String,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub discount: Decimal,
    pub promised: Option<Date>,
}

/// A confirmation issued: its sequence (1 for the first), who issued it and when, its
/// lines in order (a line's position is its 1-based number) and its totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    pub sequence: u32,
    pub by: String,
    pub at: OffsetDateTime,
    pub lines: Vec<ConfirmedLine>,
    pub net: Decimal,
    pub gross: Decimal,
}
