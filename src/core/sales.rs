//! Quote and sales-order commands: adding a quote or an order (lines resolved by SKU or
//! barcode, each price defaulting to the customer's price from `price::price_of`), moving
//! a quote draft → sent → accepted / declined, converting an accepted quote into an order
//! (its opportunity moves to won in the same transaction) and cancelling an order. A new
//! record takes its gapless number in the transaction that writes it. An order added,
//! converted or confirmed is judged by the hold rules (`holds`) and held, not refused,
//! when it breaks one; releasing a hold is `holds::release`. Room: core.

use rust_decimal::Decimal;
use time::{Date, Duration, OffsetDateTime};

use super::access::foreign_opportunity;
use super::confirmation::confirm_in;
use super::holds::Assessor;
use super::reservations::{Availability, with_availability_of};
use super::{Actor, CoreError, Settings, price};
use crate::domain::sales::{
    DEFAULT_VALIDITY_DAYS, LineSpec, Quote, QuoteState, SalesLine, SalesOrder, SalesTerms, Series,
};
use crate::domain::vat::RateTable;
use crate::domain::{Currency, Customer, Invalid, Opportunity, Stage};
use crate::store::kinds::sales::{next_number, order_by_number, quote_by_number};
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// A change to quotes or orders. `today` is the user's date: a quote's date, an order's
/// date and what decides whether a quote has expired.
#[derive(Debug, Clone)]
pub enum SalesCommand {
    /// A draft quote for the customer with this number (or id).
    AddQuote {
        customer: String,
        lines: Vec<LineSpec>,
        today: Date,
        valid_until: Option<Date>,
        opportunity: Option<u64>,
        /// The contact, payment and delivery terms it states.
        terms: SalesTerms,
    },
    SendQuote {
        quote: String,
        today: Date,
    },
    AcceptQuote {
        quote: String,
        today: Date,
    },
    DeclineQuote {
        quote: String,
        today: Date,
    },
    /// An order from an accepted quote; its opportunity moves to won.
    ConvertQuote {
        quote: String,
        today: Date,
    },
    /// An open order; `requested` is every line's requested date, `promised` every line's
    /// promised date. With `confirm` it is confirmed in the same transaction (order entry
    /// that confirms on save: one durable write).
    AddOrder {
        customer: String,
        lines: Vec<LineSpec>,
        today: Date,
        reference: String,
        reference_date: Option<Date>,
        requested: Option<Date>,
        /// The contact, payment and delivery terms it states.
        terms: SalesTerms,
        promised: Option<Date>,
        confirm: bool,
    },
    CancelOrder {
        order: String,
        reason: String,
    },
    /// Confirms an open order, reserving what stock is available for its lines, and
    /// issues its confirmation; a confirmed order changed since gets the next one.
    ConfirmOrder {
        order: String,
    },
    /// Releases a held order with a reason (sales managers and admins).
    ReleaseHold {
        order: String,
        reason: String,
    },
    /// Cancels `quantity` of line `line` (1-based) of an open or confirmed order.
    CancelLine {
        order: String,
        line: usize,
        quantity: Decimal,
        reason: String,
    },
    /// Sets an open order's own delivery terms (`None`: the customer's).
    SetDeliveryTerms {
        order: String,
        partial_deliveries: Option<bool>,
        backorders: Option<bool>,
    },
    /// Moves `quantity` of the item `item` (SKU or barcode) reserved for order `from` to
    /// order `to`, which waits for it (`reallocation`).
    Reallocate {
        item: String,
        quantity: Decimal,
        from: String,
        to: String,
    },
    /// Order history, prepared by `order_import::prepare`: written all or nothing.
    ImportOrders {
        orders: Vec<SalesOrder>,
    },
    /// Sets (`None`: clears) the promised date of line `line` (1-based).
    PromiseLine {
        order: String,
        line: usize,
        date: Option<Date>,
    },
    /// Sets (`None`: the order's date) the day the customer wants line `line` (1-based).
    RequestLine {
        order: String,
        line: usize,
        date: Option<Date>,
    },
    /// Sets the quantity of line `line` (1-based); a confirmed order's reservation follows.
    SetQuantity {
        order: String,
        line: usize,
        quantity: Decimal,
    },
    /// Changes the order's reference and terms.
    SetOrder {
        order: String,
        edit: super::confirmation::OrderEdit,
    },
}

impl SalesCommand {
    /// The variant's name for the audit log (`Sales::AddQuote`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::AddQuote { .. } => "AddQuote",
            Self::SendQuote { .. } => "SendQuote",
            Self::AcceptQuote { .. } => "AcceptQuote",
            Self::DeclineQuote { .. } => "DeclineQuote",
            Self::ConvertQuote { .. } => "ConvertQuote",
            Self::AddOrder { .. } => "AddOrder",
            Self::CancelOrder { .. } => "CancelOrder",
            Self::ConfirmOrder { .. } => "ConfirmOrder",
            Self::ReleaseHold { .. } => "ReleaseHold",
            Self::CancelLine { .. } => "CancelLine",
            Self::SetDeliveryTerms { .. } => "SetDeliveryTerms",
            Self::ImportOrders { .. } => "ImportOrders",
            Self::Reallocate { .. } => "Reallocate",
            Self::PromiseLine { .. } => "PromiseLine",
            Self::RequestLine { .. } => "RequestLine",
            Self::SetQuantity { .. } => "SetQuantity",
            Self::SetOrder { .. } => "SetOrder",
        }
    }

    /// The area the command changes: releasing a hold needs the releases right.
    pub fn area(&self) -> super::access::Area {
        match self {
            Self::ReleaseHold { .. } => super::access::Area::Releases,
            _ => super::access::Area::Sales,
        }
    }
}

/// What a sales command did.
#[derive(Debug, Clone)]
pub enum SalesEvent {
    Quote(Quote),
    Order(SalesOrder),
    /// The quote (now linked to its order) and the new order.
    Converted(Box<(Quote, SalesOrder)>),
    /// The orders an import wrote.
    Imported(Vec<SalesOrder>),
    /// The order that gave a reservation up and the one that took it.
    Reallocated(Box<(SalesOrder, SalesOrder)>),
}

/// Runs a sales command as `actor` at `now`.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: SalesCommand,
    now: OffsetDateTime,
    progress: &mut dyn FnMut(usize),
) -> Result<SalesEvent, CoreError> {
    let currency = Settings::load(store)?.currency;
    let event = match command {
        SalesCommand::AddQuote {
            customer,
            lines,
            today,
            valid_until,
            opportunity,
            terms,
        } => {
            let customer = price::customer(store, actor, &customer)?;
            let lines = resolve_lines(store, actor, &customer, &lines, today, currency)?;
            let valid_until = valid_until.unwrap_or(today + Duration::days(DEFAULT_VALIDITY_DAYS));
            if valid_until < today {
                return Err(Invalid::new("valid-until", crate::t!("core-sales-valid-past")).into());
            }
            let quote = Quote {
                id: 0,
                number: String::new(),
                customer_id: customer.id,
                date: today,
                valid_until,
                opportunity_id: opportunity,
                currency,
                terms: trimmed(terms),
                lines,
                state: QuoteState::Draft,
                order_id: None,
                order_number: String::new(),
                created: now,
                updated: now,
                version: 0,
            };
            computable(&quote.document(super::sales_query::treatment(&customer)))?;
            SalesEvent::Quote(store.transaction(|tx| {
                require_customer(tx, customer.id)?;
                if let Some(id) = quote.opportunity_id {
                    check_opportunity(tx, id, &customer)?;
                }
                let mut quote = quote.clone();
                quote.number = next_number(tx, Series::Quote, today.year())?;
                tx.insert(&mut quote)?;
                Ok(quote)
            })?)
        }
        SalesCommand::SendQuote { quote, today } => {
            move_quote(store, &quote, now, |q| q.send(today))?
        }
        SalesCommand::AcceptQuote { quote, today } => {
            move_quote(store, &quote, now, |q| q.accept(today))?
        }
        SalesCommand::DeclineQuote { quote, today } => {
            move_quote(store, &quote, now, |q| q.decline(today))?
        }
        SalesCommand::ConvertQuote { quote, today } => {
            let id = quote_id(store, &quote)?;
            let stored = store.require::<Quote>(id)?;
            let new = SalesOrder::open(
                stored.customer_id,
                today,
                stored.currency,
                stored.lines,
                None,
                now,
            );
            let judge = assessor_of(store, &new)?;
            let done = store.transaction(|tx| convert(tx, actor, &judge, id, today, now))?;
            SalesEvent::Converted(Box::new(done))
        }
        SalesCommand::AddOrder {
            customer,
            lines,
            today,
            reference,
            reference_date,
            requested,
            terms,
            promised,
            confirm,
        } => {
            let customer = price::customer(store, actor, &customer)?;
            let priced_on = requested.unwrap_or(today);
            let lines = resolve_lines(store, actor, &customer, &lines, priced_on, currency)?;
            let mut order = SalesOrder::open(customer.id, today, currency, lines, requested, now);
            order.reference = reference.trim().to_string();
            order.reference_date = reference_date;
            order.terms = trimmed(terms);
            for line in &mut order.lines {
                line.promised = promised;
            }
            computable(&order.document(super::sales_query::treatment(&customer)))?;
            let judge = Assessor::load(store, &customer, &order)?;
            judge.assess(&mut order, now)?;
            let items: Vec<u64> = order.demand().iter().map(|d| d.item).collect();
            let add = |tx: &Tx, availability: Option<&Availability>| {
                require_customer(tx, customer.id)?;
                let mut order = order.clone();
                order.number = next_number(tx, Series::Order, today.year())?;
                if let Some(availability) = availability {
                    confirm_in(tx, &mut order, availability, &judge, actor, now)?;
                }
                tx.insert(&mut order)?;
                Ok(order)
            };
            SalesEvent::Order(match confirm {
                true => with_availability_of(store, &items, |tx, found| add(tx, Some(found)))?,
                false => store.transaction(|tx| add(tx, None))?,
            })
        }
        SalesCommand::CancelOrder { order, reason } => {
            let id = order_id(store, &order)?;
            SalesEvent::Order(store.transaction(|tx| {
                let mut order = tx.require::<SalesOrder>(id)?;
                order.cancel(&reason).map_err(refusal).or_else(abort)?;
                order.updated = now;
                tx.update(&mut order, None)?;
                Ok(order)
            })?)
        }
        SalesCommand::CancelLine {
            order,
            line,
            quantity,
            reason,
        } => {
            let id = order_id(store, &order)?;
            SalesEvent::Order(super::confirmation::change(store, id, now, |order| {
                order.cancel_line(line, quantity, &reason)
            })?)
        }
        SalesCommand::SetDeliveryTerms {
            order,
            partial_deliveries,
            backorders,
        } => {
            let id = order_id(store, &order)?;
            SalesEvent::Order(super::confirmation::change(store, id, now, |order| {
                order.set_delivery_terms(partial_deliveries, backorders)
            })?)
        }
        SalesCommand::ImportOrders { orders } => {
            SalesEvent::Imported(super::order_import::write(store, orders, progress)?)
        }
        SalesCommand::Reallocate {
            item,
            quantity,
            from,
            to,
        } => {
            let (from, to) = (order_id(store, &from)?, order_id(store, &to)?);
            let moved = super::reallocation::reallocate(store, &item, quantity, from, to, now)?;
            SalesEvent::Reallocated(Box::new(moved))
        }
        SalesCommand::ConfirmOrder { order } => {
            let id = order_id(store, &order)?;
            SalesEvent::Order(super::confirmation::confirm(store, actor, id, now)?)
        }
        SalesCommand::PromiseLine { order, line, date } => {
            let id = order_id(store, &order)?;
            SalesEvent::Order(super::confirmation::promise(store, id, line, date, now)?)
        }
        SalesCommand::RequestLine { order, line, date } => {
            let id = order_id(store, &order)?;
            let change = |order: &mut SalesOrder| order.request(line, date);
            SalesEvent::Order(super::confirmation::change(store, id, now, change)?)
        }
        SalesCommand::SetQuantity {
            order,
            line,
            quantity,
        } => {
            let id = order_id(store, &order)?;
            let order = super::confirmation::quantity(store, id, line, quantity, now)?;
            SalesEvent::Order(order)
        }
        SalesCommand::SetOrder { order, edit } => {
            let id = order_id(store, &order)?;
            SalesEvent::Order(super::confirmation::set(store, id, &edit, now)?)
        }
        SalesCommand::ReleaseHold { order, reason } => {
            let id = order_id(store, &order)?;
            SalesEvent::Order(super::holds::release(store, actor, id, &reason, now)?)
        }
    };
    Ok(event)
}

/// What `order` is judged by for holds (its customer read from the store).
pub(super) fn assessor_of(store: &Store, order: &SalesOrder) -> Result<Assessor, CoreError> {
    let customer = store.require::<Customer>(order.customer_id)?;
    Assessor::load(store, &customer, order)
}

/// Terms as typed, without surrounding spaces.
fn trimmed(terms: SalesTerms) -> SalesTerms {
    SalesTerms {
        contact: terms.contact.trim().to_string(),
        payment: terms.payment.trim().to_string(),
        delivery: terms.delivery.trim().to_string(),
    }
}

/// Refuses totals that cannot be computed (an amount too large, a date before the rate
/// table begins) before anything is written.
fn computable(document: &crate::domain::amounts::Document) -> Result<(), CoreError> {
    document.totals(&RateTable::GERMANY)?;
    Ok(())
}

/// Looks up each line's item and, where no price was typed, the customer's price for the
/// quantity on `date`; every problem of every line is reported at once.
fn resolve_lines(
    store: &Store,
    actor: &Actor,
    customer: &Customer,
    specs: &[LineSpec],
    date: Date,
    currency: Currency,
) -> Result<Vec<SalesLine>, CoreError> {
    if specs.is_empty() {
        return Err(Invalid::new("line", crate::t!("core-sales-no-lines")).into());
    }
    let mut lines = Vec::with_capacity(specs.len());
    let mut problems = Vec::new();
    for (index, spec) in specs.iter().enumerate() {
        let line = match resolve_line(store, actor, customer, spec, date, currency) {
            Ok(line) => line,
            Err(CoreError::Invalid(mut found)) => {
                problems.append(&mut found);
                continue;
            }
            Err(other) => return Err(other),
        };
        problems.extend(line.validate(index + 1));
        lines.push(line);
    }
    if problems.is_empty() {
        Ok(lines)
    } else {
        Err(CoreError::Invalid(problems))
    }
}

/// One line resolved as `AddOrder` resolves it (order entry previews lines with it).
pub(super) fn resolve_line(
    store: &Store,
    actor: &Actor,
    customer: &Customer,
    spec: &LineSpec,
    date: Date,
    currency: Currency,
) -> Result<SalesLine, CoreError> {
    let mut line = SalesLine {
        item_id: None,
        sku: String::new(),
        text: String::new(),
        quantity: spec.quantity,
        unit_price: spec
            .price
            .map(|price| in_minor_units(price, currency))
            .unwrap_or_default(),
        discount: spec.discount,
        category: spec
            .category
            .clone()
            .unwrap_or(crate::domain::vat::VatCategory::Standard),
        price_rule: None,
    };
    if spec.free_text {
        line.text = spec.code.trim().to_string();
        return Ok(line);
    }
    let item = price::item(store, actor, &spec.code)?;
    if item.price.currency != currency {
        return Err(Invalid::new(
            "sku",
            crate::t!(
                "core-sales-currency",
                sku = item.sku.as_str(),
                item = item.price.currency.code(),
                currency = currency.code()
            ),
        )
        .into());
    }
    line.item_id = Some(item.id);
    line.sku = item.sku.clone();
    if spec.category.is_none() {
        line.category = item.vat.clone();
    }
    line.text = item.name.clone();
    if spec.price.is_none() && spec.quantity > Decimal::ZERO {
        let answer = price::price_of(
            store,
            actor,
            item,
            Some(customer.clone()),
            spec.quantity,
            date,
        )?;
        line.unit_price = answer.found.unit_price;
        line.price_rule = answer.found.applied;
    }
    Ok(line)
}

/// A typed price with at least the currency's minor digits (`75` is 75.00), never cut.
pub(super) fn in_minor_units(mut price: Decimal, currency: Currency) -> Decimal {
    if price.scale() < currency.minor_units() {
        price.rescale(currency.minor_units());
    }
    price
}

/// A refused state change as a refusal (the message names the state); any other problem
/// stays a problem of its field.
pub(super) fn refusal(problem: Invalid) -> StoreError {
    match problem.field {
        "state" => StoreError::Refused(problem.message),
        _ => StoreError::Invalid(vec![problem]),
    }
}

/// Aborts unless the customer still exists (it may have been deleted since it was read).
fn require_customer(tx: &Tx, id: u64) -> TxResult<Customer> {
    tx.require::<Customer>(id)
}

/// Aborts unless the opportunity exists and is the customer's.
fn check_opportunity(tx: &Tx, id: u64, customer: &Customer) -> TxResult<()> {
    let opportunity = tx.require::<Opportunity>(id)?;
    if opportunity.customer_id != customer.id {
        return abort(Invalid::new(
            "opportunity",
            crate::t!(
                "core-sales-opportunity-customer",
                opportunity = id.to_string(),
                customer = customer.name.as_str()
            ),
        ));
    }
    Ok(())
}

/// The id of the quote numbered (or with the id) `text`.
pub fn quote_id(store: &Store, text: &str) -> Result<u64, CoreError> {
    found::<Quote>(store, text, quote_by_number(store, text)?)?.ok_or_else(|| {
        Invalid::new(
            "quote",
            crate::t!("core-sales-no-quote", text = text.trim()),
        )
        .into()
    })
}

/// The id of the order numbered (or with the id) `text`.
pub fn order_id(store: &Store, text: &str) -> Result<u64, CoreError> {
    found::<SalesOrder>(store, text, order_by_number(store, text)?)?.ok_or_else(|| {
        Invalid::new(
            "order",
            crate::t!("core-sales-no-order", text = text.trim()),
        )
        .into()
    })
}

/// The record `by_number` found, else the record of kind `T` whose id `text` is.
pub(super) fn found<T: crate::store::Record>(
    store: &Store,
    text: &str,
    by_number: Option<u64>,
) -> Result<Option<u64>, CoreError> {
    match (by_number, text.trim().parse::<u64>()) {
        (Some(id), _) => Ok(Some(id)),
        (None, Ok(id)) => Ok(store.get::<T>(id)?.map(|_| id)),
        (None, Err(_)) => Ok(None),
    }
}

/// Applies a state transition to the quote `text` in one transaction.
fn move_quote(
    store: &Store,
    text: &str,
    now: OffsetDateTime,
    step: impl Fn(&mut Quote) -> Result<(), Invalid>,
) -> Result<SalesEvent, CoreError> {
    let id = quote_id(store, text)?;
    let quote = store.transaction(|tx| {
        let mut quote = tx.require::<Quote>(id)?;
        step(&mut quote).map_err(refusal).or_else(abort)?;
        quote.updated = now;
        tx.update(&mut quote, None)?;
        Ok(quote)
    })?;
    Ok(SalesEvent::Quote(quote))
}

/// Makes the order of an accepted quote, links the quote to it and moves the quote's
/// opportunity to won — all in the transaction `tx`.
fn convert(
    tx: &Tx,
    actor: &Actor,
    judge: &Assessor,
    id: u64,
    today: Date,
    now: OffsetDateTime,
) -> TxResult<(Quote, SalesOrder)> {
    let mut quote = tx.require::<Quote>(id)?;
    quote.may_convert(today).map_err(refusal).or_else(abort)?;
    require_customer(tx, quote.customer_id)?;
    let lines = quote.lines.clone();
    let mut order = SalesOrder::open(quote.customer_id, today, quote.currency, lines, None, now);
    order.number = next_number(tx, Series::Order, today.year())?;
    order.quote_id = Some(quote.id);
    order.terms = quote.terms.clone();
    order.quote_number = quote.number.clone();
    if let Some(opportunity) = quote.opportunity_id {
        // The order is attributed as its opportunity is.
        order.campaign = tx.get::<Opportunity>(opportunity)?.and_then(|o| o.campaign);
    }
    judge.assess(&mut order, now).or_else(abort)?;
    tx.insert(&mut order)?;
    quote.order_id = Some(order.id);
    quote.order_number = order.number.clone();
    quote.updated = now;
    tx.update(&mut quote, None)?;
    if let Some(opportunity) = quote.opportunity_id {
        win(tx, actor, opportunity, now)?;
    }
    Ok((quote, order))
}

/// Moves the opportunity to won by its own stage rules (a lost one may be won back).
fn win(tx: &Tx, actor: &Actor, id: u64, now: OffsetDateTime) -> TxResult<()> {
    let mut opportunity = tx.require::<Opportunity>(id)?;
    if let Some(why) = foreign_opportunity(actor, &opportunity) {
        return abort(StoreError::Refused(why));
    }
    let before = opportunity.clone();
    opportunity
        .move_to(Stage::Won, None, None, now)
        .or_else(abort)?;
    if opportunity != before {
        opportunity.updated = now;
        tx.update(&mut opportunity, None)?;
    }
    Ok(())
}
