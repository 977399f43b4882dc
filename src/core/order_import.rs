//! Order history import (`kontor import orders … --lines …`): rows of an orders file and of
//! a lines file, each a field → text `Input`, checked all at once (`prepare`: customers by
//! number, items by SKU, numbers, dates and discounts, every problem naming its file, row
//! and field) and then written all or nothing (`write`), in batched transactions.
//!
//! Rules: an imported order keeps its source number as its reference (`reference`: what
//! the customer and the old system call it) and gets a gapless `AU-` number of its order
//! date's year, counted on from that year's counter, which moves in the transaction that
//! ends the import — a refused or crashed import consumes no number. A shipped order (a
//! shipped date given) arrives as delivered history: confirmed, every line delivered,
//! nothing reserved, no stock moved, its shipped day kept as its date of supply and nothing
//! invoiced yet — `invoice run` bills it; an unshipped one as an open order. A
//! discount written with `%` is percent; without, a value below 1 is a fraction (0.05 is
//! 5 %), 1 or more percent (5 is 5 %). A date may carry a time of day, which is ignored.
//! An order already imported (same customer and reference) is refused. Room: core.

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::access::{self, Access, Area};
use super::{Actor, CoreError, Settings};
use crate::domain::datetime::parse_date;
use crate::domain::fields::Input;
use crate::domain::money::parse_decimal;
use crate::domain::sales::{OrderState, SalesLine, SalesOrder, Series};
use crate::domain::{Customer, Invalid, Item};
use crate::store::kinds::sales::{last_number, set_last_number};
use crate::store::{Record, Store, StoreError, TX_BATCH, abort};

/// The fields of a row of the orders file.
pub const ORDER_FIELDS: &[&str] = &["number", "customer", "date", "requested", "shipped"];

/// The fields of a row of the lines file.
pub const LINE_FIELDS: &[&str] = &["order", "sku", "quantity", "price", "discount"];

/// A row of either file: the line of the file it starts on and its fields.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    pub input: Input,
}

/// A problem of a row: in the lines file (`in_lines`) or the orders file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub in_lines: bool,
    pub line: u64,
    pub field: &'static str,
    pub message: String,
}

/// Builds the orders of the rows, or every problem of every row (`Ok(Err(…))`); refused
/// without the right to write sales. `now` stamps them.
pub fn prepare(
    store: &Store,
    actor: &Actor,
    orders: &[Row],
    lines: &[Row],
    now: OffsetDateTime,
) -> Result<Result<Vec<SalesOrder>, Vec<RowProblem>>, CoreError> {
    let known = Known::load(store, actor)?;
    let mut problems = Vec::new();
    let mut built: Vec<Pending> = Vec::with_capacity(orders.len());
    let mut by_source: HashMap<String, usize> = HashMap::new();
    for row in orders {
        let mut report = |field, message| {
            problems.push(RowProblem {
                in_lines: false,
                line: row.line,
                field,
                message,
            })
        };
        match order_of(row, &known, now) {
            Ok(pending) => {
                let order = &pending.order;
                if let Some(first) = by_source.get(&order.reference) {
                    let first = built[*first].line;
                    report(
                        "number",
                        crate::t!("core-history-number-twice", first = first),
                    );
                } else if known
                    .imported
                    .contains(&(order.customer_id, order.reference.clone()))
                {
                    let number = order.reference.clone();
                    report(
                        "number",
                        crate::t!("core-history-imported", number = number),
                    );
                } else {
                    by_source.insert(order.reference.clone(), built.len());
                    built.push(pending);
                }
            }
            Err(found) => found
                .into_iter()
                .for_each(|invalid| report(invalid.field, invalid.message)),
        }
    }
    let orders_problems = !problems.is_empty();
    for row in lines {
        let mut report = |field, message| {
            problems.push(RowProblem {
                in_lines: true,
                line: row.line,
                field,
                message,
            })
        };
        let source = row.input.text("order");
        let Some(&index) = by_source.get(&source) else {
            if !orders_problems {
                report("order", crate::t!("core-history-no-order", number = source));
            }
            continue;
        };
        let pending = &mut built[index];
        match line_of(row, &known, pending.lines.len() + 1) {
            Ok(line) => pending.lines.push(line),
            Err(found) => found
                .into_iter()
                .for_each(|invalid| report(invalid.field, invalid.message)),
        }
    }
    if problems.is_empty() {
        for pending in built.iter().filter(|pending| pending.lines.is_empty()) {
            let number = pending.order.reference.clone();
            problems.push(RowProblem {
                in_lines: false,
                line: pending.line,
                field: "number",
                message: crate::t!("core-history-no-lines", number = number),
            });
        }
    }
    Ok(match problems.is_empty() {
        true => Ok(built.into_iter().map(Pending::finish).collect()),
        false => Err(problems),
    })
}

/// What the rows are checked against: customers by number, items by SKU, the database's
/// currency and the (customer, reference) pairs of the orders stored already.
struct Known {
    customers: HashMap<String, u64>,
    items: HashMap<String, Item>,
    currency: crate::domain::Currency,
    imported: HashSet<(u64, String)>,
}

impl Known {
    fn load(store: &Store, actor: &Actor) -> Result<Known, CoreError> {
        access::require(actor, Area::Sales, Access::Write)?;
        let mut customers = HashMap::new();
        for customer in store.scan::<Customer>()? {
            let customer = customer?;
            customers.insert(customer.number.trim().to_lowercase(), customer.id);
        }
        let mut items = HashMap::new();
        for item in store.scan::<Item>()? {
            let item = item?;
            items.insert(item.sku.trim().to_lowercase(), item);
        }
        let mut imported = HashSet::new();
        for order in store.scan::<SalesOrder>()? {
            let order = order?;
            if !order.reference.is_empty() {
                imported.insert((order.customer_id, order.reference));
            }
        }
        Ok(Known {
            customers,
            items,
            currency: Settings::load(store)?.currency,
            imported,
        })
    }
}

/// An order of the orders file as its lines are gathered: the (empty-lined) order, the
/// day its lines are requested, whether it was shipped and the line of the file it is on.
struct Pending {
    order: SalesOrder,
    lines: Vec<SalesLine>,
    requested: Option<Date>,
    shipped: Option<Date>,
    line: u64,
}

impl Pending {
    /// The order with its lines, each requested on the order's requested day; shipped:
    /// confirmed, every line delivered (not invoiced), nothing reserved, its shipped day
    /// kept.
    fn finish(self) -> SalesOrder {
        let with_lines = SalesOrder::open(
            self.order.customer_id,
            self.order.date,
            self.order.currency,
            self.lines,
            self.requested,
            self.order.created,
        );
        let mut order = SalesOrder {
            lines: with_lines.lines,
            ..self.order
        };
        if self.shipped.is_some() {
            order.state = OrderState::Confirmed;
            order.shipped = self.shipped;
            for line in &mut order.lines {
                line.delivered = line.line.quantity;
            }
        }
        order
    }
}

/// The order of an orders row.
fn order_of(row: &Row, known: &Known, now: OffsetDateTime) -> Result<Pending, Vec<Invalid>> {
    let input = &row.input;
    let mut problems = Vec::new();
    let source = input.text("number");
    if source.is_empty() {
        problems.push(Invalid::new(
            "number",
            crate::t!("domain-must-not-be-empty"),
        ));
    }
    let number = input.text("customer");
    let customer = known.customers.get(&number.to_lowercase()).copied();
    if customer.is_none() {
        problems.push(Invalid::new(
            "customer",
            crate::t!("core-history-no-customer", number = number),
        ));
    }
    if input.text("date").is_empty() {
        problems.push(Invalid::new("date", crate::t!("domain-must-not-be-empty")));
    }
    let mut day = |field| {
        input
            .optional(field)
            .filter(|text| !text.is_empty())
            .and_then(|text| {
                history_date(field, &text)
                    .map_err(|e| problems.push(e))
                    .ok()
            })
    };
    let date = day("date");
    let requested = day("requested");
    let shipped = day("shipped");
    let (Some(customer), Some(date), true) = (customer, date, problems.is_empty()) else {
        return Err(problems);
    };
    let mut order = SalesOrder::open(customer, date, known.currency, Vec::new(), None, now);
    order.reference = source;
    Ok(Pending {
        order,
        lines: Vec::new(),
        requested,
        shipped,
        line: row.line,
    })
}

/// A day of the file: `YYYY-MM-DD` or a German date, optionally followed by a time of day
/// (`1996-07-04 00:00:00.000`), which is ignored.
fn history_date(field: &'static str, text: &str) -> Result<Date, Invalid> {
    let text = text.trim();
    let day = match text.split_once([' ', 'T']) {
        Some((day, time)) if time.trim().starts_with(|c: char| c.is_ascii_digit()) => day,
        _ => text,
    };
    parse_date(field, day)
        .map_err(|_| Invalid::new(field, crate::t!("domain-date-invalid", text = text)))
}

/// A discount as the file writes it: `5%` is percent; without `%`, a value below 1 is a
/// fraction (0.05 is 5 %), 1 or more is percent (5 is 5 %). 0–100 % only.
pub fn history_discount(text: &str) -> Result<Decimal, Invalid> {
    let text = text.trim();
    let refused = || Invalid::new("discount", crate::t!("core-history-discount", text = text));
    let percent = match text.strip_suffix('%') {
        Some(percent) => parse_decimal("discount", percent.trim_end()).map_err(|_| refused())?,
        None => {
            let value = parse_decimal("discount", text).map_err(|_| refused())?;
            match value < Decimal::ONE {
                true => value * Decimal::ONE_HUNDRED,
                false => value,
            }
        }
    };
    if percent < Decimal::ZERO || percent > Decimal::ONE_HUNDRED {
        return Err(refused());
    }
    Ok(percent.normalize())
}

/// The sales line of a lines row, line `number` of its order.
fn line_of(row: &Row, known: &Known, number: usize) -> Result<SalesLine, Vec<Invalid>> {
    let input = &row.input;
    let mut problems = Vec::new();
    let sku = input.text("sku");
    let item = known.items.get(&sku.to_lowercase());
    if item.is_none() {
        problems.push(Invalid::new(
            "sku",
            crate::t!("core-history-no-item", sku = sku),
        ));
    }
    let mut number_of = |field: &'static str| match input.optional(field) {
        Some(text) if !text.is_empty() => parse_decimal(field, &text)
            .map_err(|e| problems.push(e))
            .ok(),
        _ => None,
    };
    let quantity = number_of("quantity");
    let price = number_of("price");
    let discount = match input.optional("discount").filter(|text| !text.is_empty()) {
        Some(text) => history_discount(&text).map_err(|e| problems.push(e)).ok(),
        None => Some(Decimal::ZERO),
    };
    if quantity.is_none() && problems.is_empty() {
        problems.push(Invalid::new(
            "quantity",
            crate::t!("domain-must-not-be-empty"),
        ));
    }
    if let Some(item) = item
        && item.price.currency != known.currency
    {
        problems.push(Invalid::new(
            "sku",
            crate::t!(
                "core-sales-currency",
                sku = item.sku.as_str(),
                item = item.price.currency.code(),
                currency = known.currency.code()
            ),
        ));
    }
    let (Some(item), Some(quantity), Some(discount), true) =
        (item, quantity, discount, problems.is_empty())
    else {
        return Err(problems);
    };
    let unit_price = price.unwrap_or(item.price.amount);
    let line = SalesLine {
        item_id: Some(item.id),
        sku: item.sku.clone(),
        text: item.name.clone(),
        quantity,
        unit_price: super::sales::in_minor_units(unit_price, known.currency),
        discount,
        category: item.vat.clone(),
        price_rule: None,
    };
    let problems = line.validate(number);
    match problems.is_empty() {
        true => Ok(line),
        false => Err(problems),
    }
}

/// Writes the prepared orders all or nothing, numbered `AU-<year of their date>-…` on
/// from each year's counter; the counters move in the transaction that ends the import
/// (refused when another order took a number of those years meanwhile). `progress` is
/// told how many are written. Returns the orders as written.
pub(super) fn write(
    store: &Store,
    mut orders: Vec<SalesOrder>,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<SalesOrder>, CoreError> {
    if orders.is_empty() {
        return Ok(orders);
    }
    let years: BTreeMap<i32, u64> = orders.iter().map(|o| (o.date.year(), 0)).collect();
    let before: BTreeMap<i32, u64> = store.transaction(|tx| {
        years
            .keys()
            .map(|&year| Ok((year, last_number(tx, Series::Order, year)?)))
            .collect()
    })?;
    let mut next = before.clone();
    let mut bulk = store.bulk();
    let first = bulk.reserve::<SalesOrder>(orders.len() as u64)?;
    for (offset, order) in orders.iter_mut().enumerate() {
        let year = order.date.year();
        let sequence = next.entry(year).or_insert(0);
        *sequence += 1;
        order.number = Series::Order.number(year, *sequence);
        order.set_id(first + offset as u64);
        order.set_version(1);
    }
    let mut written = 0;
    for chunk in orders.chunks(TX_BATCH) {
        bulk.write(|tx| chunk.iter().try_for_each(|order| tx.insert_reserved(order)))?;
        written += chunk.len();
        progress(written);
    }
    bulk.finish_with(|tx| {
        for (&year, &last) in &before {
            if last_number(tx, Series::Order, year)? != last {
                return abort(StoreError::Refused(crate::t!(
                    "core-history-numbers-moved",
                    year = year
                )));
            }
            let now = next.get(&year).copied().unwrap_or(last);
            set_last_number(tx, Series::Order, year, now)?;
        }
        Ok(())
    })?;
    Ok(orders)
}
