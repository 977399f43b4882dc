//! Order entry's preview: each typed line priced as `SalesCommand::AddOrder` will price it
//! (`sales::resolve_line`, so `price::price_of`'s one order of precedence), with what is
//! available of its item now (`reservations::Availability`), and the running totals of
//! the lines typed so far through `domain::amounts` — the one code path every screen and
//! document uses. Nothing is written: saving is `SalesCommand::AddOrder`. Also "why this
//! price" for a saved quote's or order's line: the same question asked again for its
//! customer, quantity and pricing date (`why_price`). Needs the sales right (the warehouse sees no
//! prices). Room: core.

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::access::{Access, Area, require};
use super::reservations::Availability;
use super::{Actor, CoreError, Settings};
use crate::domain::Customer;
use crate::domain::amounts::Totals;
use crate::domain::sales::{LineSpec, Quote, SalesLine, SalesOrder};
use crate::domain::vat::RateTable;
use crate::store::Store;

/// A typed line, priced, with its item's unit and what is available of it now.
#[derive(Debug, Clone)]
pub struct EntryLine {
    pub line: SalesLine,
    pub uom: String,
    /// On hand less reserved over every internal location (none for free text).
    pub available: Option<Decimal>,
}

/// The line `code` (SKU or barcode) × `quantity` for `customer`, priced for `date` (the
/// requested date, else today) exactly as saving the order will price it; an unknown
/// code or a quantity not above zero is a problem of its field.
pub fn line(
    store: &Store,
    actor: &Actor,
    customer: &Customer,
    code: &str,
    quantity: Decimal,
    date: Date,
) -> Result<EntryLine, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let spec = LineSpec {
        code: code.trim().to_string(),
        free_text: false,
        quantity,
        price: None,
        discount: Decimal::ZERO,
        category: None,
    };
    let currency = Settings::load(store)?.currency;
    let line = super::sales::resolve_line(store, actor, customer, &spec, date, currency)?;
    let problems = line.validate(1);
    if !problems.is_empty() {
        return Err(CoreError::Invalid(problems));
    }
    let item = line
        .item_id
        .map(|id| store.require::<crate::domain::Item>(id));
    let (uom, available) = match item {
        Some(item) => {
            let item = item?;
            let available = Availability::of_store(store)?.available(item.id);
            (item.uom, Some(available))
        }
        None => (String::new(), None),
    };
    Ok(EntryLine {
        line,
        uom,
        available,
    })
}

/// The totals the order of these lines will have: the lines as an open order of `today`
/// requested for `requested`, through the customer's tax treatment.
pub fn totals(
    store: &Store,
    actor: &Actor,
    customer: &Customer,
    lines: &[SalesLine],
    today: Date,
    requested: Option<Date>,
) -> Result<Totals, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let currency = Settings::load(store)?.currency;
    let order = SalesOrder::open(
        customer.id,
        today,
        currency,
        lines.to_vec(),
        requested,
        OffsetDateTime::UNIX_EPOCH,
    );
    let treatment = super::sales_query::treatment(customer);
    Ok(order.document(treatment).totals(&RateTable::GERMANY)?)
}

/// Why a saved order's line has its price: the answer of the price rules as they stand
/// now for the order's customer, the line's quantity and the date the order was priced for
/// (the requested date, else the order date), with the line as stored — a price typed on
/// the order, or rules changed since, show as a difference between the two.
#[derive(Debug, Clone)]
pub struct LinePrice {
    pub line: SalesLine,
    /// `None` for a free-text line: no item, no rules.
    pub answer: Option<super::price::PriceAnswer>,
    pub date: Date,
}

/// Why line `number` (1-based) of a quote or an order (`document`) costs what it does.
pub fn why_price(
    store: &Store,
    actor: &Actor,
    document: WhyOf,
    number: usize,
) -> Result<LinePrice, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let (customer, dated, lines) = match document {
        WhyOf::Order(order) => {
            let order = store.require::<SalesOrder>(super::sales::order_id(store, order)?)?;
            let lines = order.lines.iter().map(|l| (l.line.clone(), l.requested));
            (order.customer_id, order.date, lines.collect::<Vec<_>>())
        }
        WhyOf::Quote(quote) => {
            let quote = store.require::<Quote>(super::sales::quote_id(store, quote)?)?;
            let lines = quote.lines.iter().map(|l| (l.clone(), None));
            (quote.customer_id, quote.date, lines.collect::<Vec<_>>())
        }
    };
    let (line, requested) = number
        .checked_sub(1)
        .and_then(|index| lines.into_iter().nth(index))
        .ok_or_else(|| {
            crate::domain::Invalid::new(
                "line",
                crate::t!("core-entry-no-line", line = number.to_string()),
            )
        })?;
    let date = requested.unwrap_or(dated);
    let item = match line.item_id {
        Some(id) => store.get::<crate::domain::Item>(id)?,
        None => None,
    };
    let answer = match item {
        Some(item) => {
            let customer = store.get::<Customer>(customer)?;
            let answer = super::price::price_of(store, actor, item, customer, line.quantity, date)?;
            Some(answer)
        }
        None => None,
    };
    Ok(LinePrice { line, answer, date })
}

/// The quote or order (number or id) whose line's price is explained.
#[derive(Debug, Clone, Copy)]
pub enum WhyOf<'a> {
    Quote(&'a str),
    Order(&'a str),
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
    use crate::core::kinds::{CUSTOMERS, ITEMS, PRICE_RULES};
    use crate::core::plain::RecordCommand;
    use crate::core::sales::{SalesCommand, SalesEvent};
    use crate::core::{Clock, Role, execute};
    use crate::domain::fields::Input;

    /// A previewed line and its totals are what saving the same line stores: the customer
    /// rule's price, the item's VAT, the line net; the warehouse is refused.
    #[test]
    fn a_previewed_line_is_priced_as_the_saved_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let clock = Clock::pinned(datetime!(2026-12-05 09:00 UTC));
        let admin = Actor {
            name: "anna".into(),
            role: Role::Admin,
        };
        let add = |kind, pairs: &[(&'static str, &str)]| {
            execute(
                &store,
                &clock,
                &admin,
                RecordCommand::add(kind, Input::from_pairs(pairs)),
            )
            .unwrap();
        };
        add(ITEMS, &[("sku", "T-1"), ("name", "Tee"), ("price", "4.10")]);
        add(CUSTOMERS, &[("name", "Kunde")]);
        add(
            PRICE_RULES,
            &[("item", "1"), ("customer", "1"), ("discount", "25")],
        );
        let customer = store.require::<Customer>(1).unwrap();
        let today = date!(2026 - 12 - 05);
        let typed = line(&store, &admin, &customer, "t-1", dec!(3), today).unwrap();
        // 4.10 less 25 % = 3.075, rounded half away from zero to 3.08; 3 × 3.08 = 9.24.
        assert_eq!(typed.line.unit_price, dec!(3.08));
        assert_eq!(typed.line.price_rule, Some(1));
        assert_eq!(typed.available, Some(dec!(0)));
        let shown = totals(&store, &admin, &customer, &[typed.line], today, None).unwrap();
        assert_eq!(
            (shown.net, shown.vat, shown.gross),
            (dec!(9.24), dec!(1.76), dec!(11.00))
        );
        let saved = crate::core::sales::execute(
            &store,
            &admin,
            SalesCommand::AddOrder {
                customer: "1".into(),
                lines: vec![LineSpec::parse("T-1:3", false).unwrap()],
                today,
                reference: String::new(),
                reference_date: None,
                requested: None,
                terms: Default::default(),
                promised: None,
                confirm: false,
            },
            clock.now(),
            &mut |_| {},
        )
        .unwrap();
        let SalesEvent::Order(order) = saved else {
            panic!("an order")
        };
        assert_eq!(order.lines[0].line.unit_price, dec!(3.08));
        let why = why_price(&store, &admin, WhyOf::Order(&order.number), 1).unwrap();
        let answer = why.answer.unwrap();
        assert_eq!(
            (answer.found.applied, answer.found.unit_price),
            (Some(1), dec!(3.08))
        );
        assert_eq!(why.date, today);
        assert!(why_price(&store, &admin, WhyOf::Order(&order.number), 2).is_err());
        let unknown = line(&store, &admin, &customer, "NOPE", dec!(1), today);
        assert!(matches!(unknown, Err(CoreError::Invalid(_))), "{unknown:?}");
        let zero = line(&store, &admin, &customer, "T-1", dec!(0), today);
        assert!(matches!(zero, Err(CoreError::Invalid(_))), "{zero:?}");
        let warehouse = Actor {
            name: "wim".into(),
            role: Role::Warehouse,
        };
        let refused = line(&store, &warehouse, &customer, "T-1", dec!(1), today);
        assert!(matches!(refused, Err(CoreError::Refused(_))), "{refused:?}");
        let why = why_price(&store, &warehouse, WhyOf::Order(&order.number), 1);
        assert!(
            matches!(why, Err(CoreError::Refused(_))),
            "no prices: {why:?}"
        );
    }
}
