//! Purchase-order commands: adding an order to a supplier (lines resolved by SKU or
//! barcode, each price defaulting to `default_unit_price` — the preferred offer's break,
//! else the item's cost —, each requested date to the order's, else today plus the item's
//! lead days), sending it, receiving against its lines,
//! short-closing a line or the rest, cancelling it. A new order takes its gapless number
//! (`BE-`) in the transaction that writes it. A receipt posts one stock move per line from
//! the virtual `supplier` location with the line as reference (`BE-2026-00001/2`), the
//! order's received quantities and the backorders it fills in one transaction; it may
//! exceed the ordered quantity by the over-receipt tolerance (the setting
//! `purchase_over_receipt_percent`, 0 when unset). Writing purchase orders is purchasing's;
//! receiving is the warehouse's (area `Stock`). Room: core.

use rust_decimal::Decimal;
use time::{Date, Duration, OffsetDateTime};

use super::access::Area;
use super::stock::{Posted, post, resolve_location};
use super::{Actor, CoreError, Settings};
use crate::domain::location::SUPPLIER;
use crate::domain::purchase::{PurchaseLine, PurchaseOrder};
use crate::domain::sales::Series;
use crate::domain::{Currency, Invalid, Item, StockMove, Supplier};
use crate::store::kinds::purchase as index;
use crate::store::kinds::sales::next_number;
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// The setting: how many percent of a line's ordered quantity may be received beyond it.
pub const OVER_RECEIPT: &str = "purchase_over_receipt_percent";

/// A line of a new purchase order as typed: the item's SKU or barcode, the quantity, the
/// unit price (`None`: `default_unit_price`) and the requested date (`None`: the order's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineSpec {
    pub code: String,
    pub quantity: Decimal,
    pub unit_price: Option<Decimal>,
    pub requested: Option<Date>,
}

/// A change to purchase orders. `today` is the user's date.
#[derive(Debug, Clone)]
pub enum PurchaseCommand {
    /// A draft order to the supplier with this number (or id); `requested` is the date of
    /// every line that names none.
    Add {
        supplier: String,
        lines: Vec<LineSpec>,
        requested: Option<Date>,
        notes: String,
        today: Date,
    },
    /// Marks a draft sent.
    Send { order: String },
    /// Marks a draft sent and queues its mail to the supplier with `pdf` (the order's
    /// document, rendered by the caller) attached: `core::purchase_mail`.
    SendMail { order: String, pdf: Vec<u8> },
    /// Books what came in: (line, quantity) pairs, into `location` (`None`: the default
    /// location).
    Receive {
        order: String,
        lines: Vec<(usize, Decimal)>,
        location: Option<String>,
    },
    /// Short-closes what is open of one line, or (`None`) of every line, saying why.
    Close {
        order: String,
        line: Option<usize>,
        reason: String,
    },
    /// Cancels a draft or sent order of which nothing was received.
    Cancel { order: String, reason: String },
}

impl PurchaseCommand {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add { .. } => "Add",
            Self::Send { .. } => "Send",
            Self::SendMail { .. } => "SendMail",
            Self::Receive { .. } => "Receive",
            Self::Close { .. } => "Close",
            Self::Cancel { .. } => "Cancel",
        }
    }

    /// Receiving writes stock (the warehouse's); everything else writes purchasing.
    pub fn area(&self) -> Area {
        match self {
            Self::Receive { .. } => Area::Stock,
            _ => Area::Purchasing,
        }
    }
}

/// What a purchase command did: the order after it, with the stock moves a receipt posted
/// and the sales orders whose backorders it filled.
#[derive(Debug, Clone)]
pub struct PurchaseEvent {
    pub order: PurchaseOrder,
    pub moves: Vec<Posted>,
    pub filled: Vec<String>,
}

/// Runs a purchase command as `actor` at `now`.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: PurchaseCommand,
    now: OffsetDateTime,
) -> Result<PurchaseEvent, CoreError> {
    let done = |order| PurchaseEvent {
        order,
        moves: Vec::new(),
        filled: Vec::new(),
    };
    match command {
        PurchaseCommand::Add {
            supplier,
            lines,
            requested,
            notes,
            today,
        } => {
            let supplier = supplier_id(store, &supplier)?;
            let settings = Settings::load(store)?;
            let new = NewOrder {
                supplier,
                lines: &lines,
                requested,
                notes: &notes,
                today,
            };
            let order = store.transaction(|tx| add_in(tx, actor, &settings, &new, now))?;
            Ok(done(order))
        }
        PurchaseCommand::Send { order } => {
            let id = order_id(store, &order)?;
            change(store, id, now, |order| order.send(now, &actor.name)).map(done)
        }
        PurchaseCommand::SendMail { order, pdf } => {
            super::purchase_mail::send(store, actor, &order, &pdf, now).map(done)
        }
        PurchaseCommand::Close {
            order,
            line,
            reason,
        } => {
            let id = order_id(store, &order)?;
            change(store, id, now, |order| order.close(line, &reason)).map(done)
        }
        PurchaseCommand::Cancel { order, reason } => {
            let id = order_id(store, &order)?;
            change(store, id, now, |order| order.cancel(&reason)).map(done)
        }
        PurchaseCommand::Receive {
            order,
            lines,
            location,
        } => receive(store, actor, &order, &lines, location.as_deref(), now),
    }
}

/// A new order as `add_in` writes it: to the supplier with id `supplier`.
pub(crate) struct NewOrder<'a> {
    pub supplier: u64,
    pub lines: &'a [LineSpec],
    pub requested: Option<Date>,
    pub notes: &'a str,
    pub today: Date,
}

/// Writes a new draft order inside a transaction, taking its number there (for
/// `PurchaseCommand::Add` and MRP's convert, which writes several in one transaction).
pub(crate) fn add_in(
    tx: &Tx,
    actor: &Actor,
    settings: &Settings,
    new: &NewOrder,
    now: OffsetDateTime,
) -> TxResult<PurchaseOrder> {
    let supplier = tx.require::<Supplier>(new.supplier)?;
    let mut order = PurchaseOrder {
        id: 0,
        number: String::new(),
        supplier_id: supplier.id,
        currency: settings.currency,
        date: new.today,
        lines: resolve_lines(
            tx,
            &supplier,
            new.lines,
            new.requested,
            new.today,
            settings.currency,
        )?,
        notes: new.notes.trim().to_string(),
        sent: None,
        sent_by: String::new(),
        cancelled: None,
        created: now,
        created_by: actor.name.clone(),
        updated: now,
        version: 0,
    };
    order
        .validate()
        .map_err(StoreError::Invalid)
        .or_else(abort)?;
    order.number = next_number(tx, Series::Purchase, new.today.year())?;
    tx.insert(&mut order)?;
    Ok(order)
}

/// The unit price of a line typed without one on `day`: the item's preferred supplier
/// item's price for the quantity (its break) when the offer is `supplier`'s, valid that
/// day and in the order's currency; else the item's standard cost in the order's currency;
/// `None` when there is no price to take (the line then needs one typed).
pub fn default_unit_price(
    tx: &Tx,
    supplier: &Supplier,
    item: &Item,
    quantity: Decimal,
    day: Date,
    currency: Currency,
) -> TxResult<Option<Decimal>> {
    if let Some(id) = crate::store::kinds::supplier_item::preferred_holder(tx, item.id)? {
        let offer = tx.require::<crate::domain::supplier_item::SupplierItem>(id)?;
        let price = (offer.supplier_id == supplier.id)
            .then(|| offer.unit_price(quantity, day))
            .flatten()
            .filter(|price| price.currency == currency);
        if let Some(price) = price {
            return Ok(Some(price.amount));
        }
    }
    Ok((item.cost.currency == currency).then_some(item.cost.amount))
}

/// The over-receipt tolerance in percent (0 when unset).
pub fn over_receipt(store: &Store) -> Result<Decimal, CoreError> {
    Ok(store
        .setting(OVER_RECEIPT)?
        .and_then(|text| text.parse::<Decimal>().ok())
        .unwrap_or(Decimal::ZERO))
}

/// The setting's value checked (`None`: not this setting): a percentage from 0 to 100;
/// empty clears it.
pub fn validate_setting(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    if name != OVER_RECEIPT {
        return None;
    }
    let value = value.trim();
    if value.is_empty() {
        return Some(Ok(String::new()));
    }
    let checked = crate::domain::money::parse_decimal(OVER_RECEIPT, value).and_then(|number| {
        match !number.is_sign_negative() && number <= Decimal::ONE_HUNDRED {
            true => Ok(number.normalize().to_string()),
            false => Err(Invalid::new(
                OVER_RECEIPT,
                crate::t!("purchase-tolerance-range", name = OVER_RECEIPT),
            )),
        }
    });
    Some(checked)
}

/// The id of the purchase order numbered (or with the id) `text`.
pub fn order_id(store: &Store, text: &str) -> Result<u64, CoreError> {
    super::sales::found::<PurchaseOrder>(store, text, index::by_number(store, text)?)?.ok_or_else(
        || Invalid::new("order", crate::t!("purchase-no-order", text = text.trim())).into(),
    )
}

/// The id of the supplier with this supplier number, or this id.
pub fn supplier_id(store: &Store, text: &str) -> Result<u64, CoreError> {
    let by_number = crate::store::kinds::supplier::by_number(store, text)?;
    super::sales::found::<Supplier>(store, text, by_number)?.ok_or_else(|| {
        Invalid::new(
            "supplier",
            crate::t!("purchase-no-supplier", text = text.trim()),
        )
        .into()
    })
}

/// The lines typed, each resolved to its item, price and date; every problem at once.
pub(super) fn resolve_lines(
    tx: &Tx,
    supplier: &Supplier,
    specs: &[LineSpec],
    requested: Option<Date>,
    today: Date,
    currency: Currency,
) -> TxResult<Vec<PurchaseLine>> {
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (index, spec) in specs.iter().enumerate() {
        let Some(item) = crate::store::kinds::item::holder_of_code(tx, &spec.code)? else {
            problems.push(Invalid::new(
                "sku",
                crate::t!("core-no-item", code = spec.code.trim()),
            ));
            continue;
        };
        let item = tx.require::<Item>(item)?;
        let price = match spec.unit_price {
            Some(price) => Some(price),
            None => default_unit_price(tx, supplier, &item, spec.quantity, today, currency)?,
        };
        let Some(unit_price) = price else {
            problems.push(Invalid::new(
                "unit_price",
                crate::t!(
                    "purchase-no-price",
                    line = (index + 1).to_string(),
                    sku = item.sku.as_str()
                ),
            ));
            continue;
        };
        let lead = Duration::days(i64::from(item.lead_days));
        lines.push(PurchaseLine {
            item_id: item.id,
            sku: item.sku.clone(),
            text: item.name.clone(),
            quantity: spec.quantity,
            unit_price,
            requested: spec
                .requested
                .or(requested)
                .unwrap_or_else(|| today.saturating_add(lead)),
            received: Decimal::ZERO,
            short_closed: Decimal::ZERO,
            close_reason: String::new(),
        });
    }
    match problems.is_empty() {
        true => Ok(lines),
        false => abort(StoreError::Invalid(problems)),
    }
}

/// Applies a rule of the order to purchase order `id` in one transaction.
fn change(
    store: &Store,
    id: u64,
    now: OffsetDateTime,
    step: impl Fn(&mut PurchaseOrder) -> Result<(), Invalid>,
) -> Result<PurchaseOrder, CoreError> {
    Ok(store.transaction(|tx| {
        let mut order = tx.require::<PurchaseOrder>(id)?;
        step(&mut order)
            .map_err(super::sales::refusal)
            .or_else(abort)?;
        order.updated = now;
        tx.update(&mut order, None)?;
        Ok(order)
    })?)
}

/// Books a receipt: the order's received quantities, one move per line from `supplier`,
/// and the backorders the items fill, in one transaction.
fn receive(
    store: &Store,
    actor: &Actor,
    order: &str,
    lines: &[(usize, Decimal)],
    location: Option<&str>,
    now: OffsetDateTime,
) -> Result<PurchaseEvent, CoreError> {
    if lines.is_empty() {
        return Err(Invalid::new("line", crate::t!("purchase-receive-nothing")).into());
    }
    let id = order_id(store, order)?;
    let settings = Settings::load(store)?;
    let tolerance = over_receipt(store)?;
    let read = store.require::<PurchaseOrder>(id)?;
    let mut items: Vec<u64> = read.lines.iter().map(|line| line.item_id).collect();
    items.sort_unstable();
    items.dedup();
    let location = location.unwrap_or(&settings.default_location);
    let read = || {
        Ok(super::reservations::Availability::of_items_orders(
            store, &items,
        )?)
    };
    let event = super::reservations::guarded(store, read, |tx, availability| {
        let mut order = tx.require::<PurchaseOrder>(id)?;
        let to = resolve_location(tx, location, &settings, now)?;
        let mut moves = Vec::new();
        for &(line_no, quantity) in lines {
            order
                .receive(line_no, quantity, tolerance)
                .map_err(super::sales::refusal)
                .or_else(abort)?;
            let line = &order.lines[line_no - 1];
            let item = tx.require::<Item>(line.item_id)?;
            let stock_move = StockMove {
                id: 0,
                item_id: item.id,
                quantity,
                from: SUPPLIER.to_string(),
                to: to.clone(),
                at: now,
                reference: format!("{}/{line_no}", order.number),
                agent: actor.name.clone(),
                reverses: None,
            };
            moves.push(post(tx, item, stock_move, false)?);
        }
        order.updated = now;
        tx.update(&mut order, None)?;
        let mut filled = Vec::new();
        for &item in &items {
            let came: Decimal = moves
                .iter()
                .filter(|posted| posted.item.id == item)
                .map(|posted| posted.stock_move.quantity)
                .sum();
            if came > Decimal::ZERO {
                let served =
                    super::reservations::fill_backorders(tx, availability, item, &to, came, now)?;
                filled.extend(served);
            }
        }
        filled.sort();
        filled.dedup();
        Ok(PurchaseEvent {
            order,
            moves,
            filled,
        })
    })?;
    Ok(event)
}
