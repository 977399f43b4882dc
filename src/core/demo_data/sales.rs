//! Demo data, sales side: price rules (per customer, per tag, a quantity break), quotes in every state and orders open, confirmed (fully reserved
//! and with a backorder) and cancelled, as fixed steps over the demo's customers (by their
//! position) and catalogue. Dates are days before the demo's "now", so the expired quote
//! is expired on the day the demo is loaded. Room: core (pure data: `demo` runs it).

/// What happens to a quote after it is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteStep {
    Send,
    Accept,
    Decline,
    Convert,
}

/// A demo quote: the customer's position, its lines (`SKU:QTY`), its age in days, how
/// many days it is valid and what happens to it.
pub struct DemoQuote {
    pub customer: usize,
    pub lines: &'static [&'static str],
    pub age: i64,
    pub valid: i64,
    pub steps: &'static [QuoteStep],
}

/// What happens to an order after it is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderStep {
    Open,
    Confirm,
    Cancel,
}

/// A demo order: the customer's position, its lines, its age in days and its fate.
pub struct DemoOrder {
    pub customer: usize,
    pub lines: &'static [&'static str],
    pub age: i64,
    pub step: OrderStep,
}

use QuoteStep::{Accept, Convert, Decline, Send};

/// One quote per state, one converted to an order, one expired by its validity date.
pub const QUOTES: [DemoQuote; 6] = [
    quote(0, &["BV-001:24", "CF-027:50"], 2, 30, &[]),
    quote(1, &["DA-012:10"], 5, 30, &[Send]),
    quote(2, &["BV-038:12", "CO-006:12"], 12, 30, &[Send, Accept]),
    quote(3, &["SF-040:24"], 20, 30, &[Send, Decline]),
    quote(
        4,
        &["CF-025:20", "GR-022:25"],
        15,
        30,
        &[Send, Accept, Convert],
    ),
    quote(5, &["BV-043:10"], 60, 14, &[Send]),
];

/// An open order, one fully reserved, one with a backorder, one cancelled.
pub const ORDERS: [DemoOrder; 4] = [
    order(6, &["CF-019:12"], 1, OrderStep::Open),
    order(7, &["BV-075:48"], 3, OrderStep::Confirm),
    order(2, &["DA-060:60"], 4, OrderStep::Confirm),
    order(1, &["CO-061:6"], 9, OrderStep::Cancel),
];

/// A demo price rule: the item's SKU, the customer's position or a tag (neither:
/// everyone), the quantity break, and a fixed price or a discount in percent.
pub struct DemoRule {
    pub sku: &'static str,
    pub customer: Option<usize>,
    pub tag: &'static str,
    pub min_qty: &'static str,
    pub price: &'static str,
    pub discount: &'static str,
}

/// One rule for a customer, one for a tag, one quantity break for everyone; added before
/// the quotes and orders, which are priced by them.
pub const RULES: [DemoRule; 3] = [
    rule("BV-038", Some(2), "", "1", "", "10"),
    rule("CF-027", None, "b2b", "1", "", "5"),
    rule("BV-075", None, "", "48", "0.89", ""),
];

const fn rule(
    sku: &'static str,
    customer: Option<usize>,
    tag: &'static str,
    min_qty: &'static str,
    price: &'static str,
    discount: &'static str,
) -> DemoRule {
    DemoRule {
        sku,
        customer,
        tag,
        min_qty,
        price,
        discount,
    }
}

/// The reason the demo's cancelled order gives.
pub const CANCEL_REASON: &str = "Customer ordered twice";

const fn quote(
    customer: usize,
    lines: &'static [&'static str],
    age: i64,
    valid: i64,
    steps: &'static [QuoteStep],
) -> DemoQuote {
    DemoQuote {
        customer,
        lines,
        age,
        valid,
        steps,
    }
}

const fn order(
    customer: usize,
    lines: &'static [&'static str],
    age: i64,
    step: OrderStep,
) -> DemoOrder {
    DemoOrder {
        customer,
        lines,
        age,
        step,
    }
}
