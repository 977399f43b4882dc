//! Quotes and sales orders as referrers of customers and items: they are business
//! documents and are kept, so a customer with quotes or orders, or an item on a quote's or
//! an order's line, is never deleted, forced or not. Room: core.

use crate::core::plain::Referrer;
use crate::store::kinds::sales::{orders_of, orders_with_item, quotes_of, quotes_with_item};

/// The quotes of a customer.
pub const QUOTES_OF_CUSTOMER: Referrer = Referrer {
    kind: "quote",
    referring: quotes_of,
    remove: None,
};

/// The orders of a customer.
pub const ORDERS_OF_CUSTOMER: Referrer = Referrer {
    kind: "sales order",
    referring: orders_of,
    remove: None,
};

/// The quotes with a line of an item.
pub const QUOTES_OF_ITEM: Referrer = Referrer {
    kind: "quote",
    referring: quotes_with_item,
    remove: None,
};

/// The orders with a line of an item.
pub const ORDERS_OF_ITEM: Referrer = Referrer {
    kind: "sales order",
    referring: orders_with_item,
    remove: None,
};
