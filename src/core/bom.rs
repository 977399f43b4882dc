//! Bill-of-materials commands: saving a BOM — refused when it would close a cycle, found
//! with point reads inside the saving transaction — deleting one, and producing an item:
//! the exploded leaf components move from the location to `production` and the finished
//! quantity comes back, all in one transaction; when any component is short nothing moves
//! and every shortage is reported. Production consumes no component that orders hold
//! reserved and reserves what it makes for the orders waiting for it. Room: core.

use std::fmt;

use rust_decimal::Decimal;

use super::bom_query::{describe, path_text};
use super::reservations::{Availability, fill_backorders};
use super::stock::{Posted, post, resolve_item, resolve_location};
use super::{Actor, CoreError, Settings};
use crate::domain::bom::graph::{explode, find_cycle, gather};
use crate::domain::bom::{Bom, BomLine, LineSpec, Operation};
use crate::domain::location::{PRODUCTION, is_virtual};
use crate::domain::{Invalid, Item, StockMove, names};
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// A change to bills of materials, or a production run.
#[derive(Debug, Clone)]
pub enum BomCommand {
    /// Creates or replaces the BOM of the item with this SKU or barcode. With
    /// `expected_version`, refused unless the stored BOM is at that version.
    Set {
        code: String,
        output_qty: Decimal,
        lines: Vec<LineSpec>,
        operations: Vec<Operation>,
        expected_version: Option<u64>,
    },
    /// Deletes the BOM of an item (the item and its components stay).
    Delete { code: String },
    /// Makes `quantity` of the item at `location` (default: the default location).
    Produce {
        code: String,
        quantity: Decimal,
        location: Option<String>,
    },
}

/// What a BOM command did.
#[derive(Debug, Clone)]
pub enum BomEvent {
    Saved(Bom),
    Deleted(Bom),
    Produced(Box<Production>),
}

/// A finished production run.
#[derive(Debug, Clone)]
pub struct Production {
    pub item: Item,
    pub quantity: Decimal,
    pub location: String,
    /// The component moves to `production`, then the finished item's move back.
    pub moves: Vec<Posted>,
}

/// A component with less on hand than a production needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortage {
    pub item: Item,
    pub needed: Decimal,
    pub on_hand: Decimal,
}

impl Shortage {
    pub fn short(&self) -> Decimal {
        self.needed - self.on_hand
    }
}

/// Every short component of a refused production, in explosion order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortages {
    /// How many of `sku` were to be made.
    pub quantity: Decimal,
    pub sku: String,
    pub location: String,
    pub lines: Vec<Shortage>,
}

impl Shortages {
    /// What was to be made, as the current language writes it: `1.5 × BIKE`, `1,5 × BIKE`.
    pub fn producing(&self) -> String {
        let quantity = crate::lang::format::decimal(self.quantity.normalize());
        format!("{quantity} × {}", self.sku)
    }
}

impl fmt::Display for Shortages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let each: Vec<String> = self
            .lines
            .iter()
            .map(|s| {
                crate::t!(
                    "core-shortage-line",
                    sku = &s.item.sku,
                    needed = crate::lang::format::decimal(s.needed.normalize()),
                    on_hand = crate::lang::format::decimal(s.on_hand.normalize()),
                    short = crate::lang::format::decimal(s.short().normalize())
                )
            })
            .collect();
        let message = crate::t!(
            "core-shortages",
            producing = self.producing(),
            location = &self.location,
            count = self.lines.len(),
            lines = each.join("; ")
        );
        f.write_str(&message)
    }
}

/// Runs a BOM command as `actor` at `now`.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: BomCommand,
    now: time::OffsetDateTime,
) -> Result<BomEvent, CoreError> {
    let event = match command {
        BomCommand::Set {
            code,
            output_qty,
            lines,
            operations,
            expected_version,
        } => {
            let draft = Draft {
                code: &code,
                output_qty,
                lines: &lines,
                operations: &operations,
                expected_version,
                now,
            };
            BomEvent::Saved(store.transaction(|tx| save(tx, &draft))??)
        }
        BomCommand::Delete { code } => BomEvent::Deleted(store.transaction(|tx| {
            let item = resolve_item(tx, &code)?;
            if tx.get::<Bom>(item.id)?.is_none() {
                return abort(StoreError::Refused(no_bom(&item)));
            }
            tx.remove::<Bom>(item.id)
        })?),
        BomCommand::Produce {
            code,
            quantity,
            location,
        } => {
            if quantity <= Decimal::ZERO {
                return Err(Invalid::new(
                    "quantity",
                    crate::t!(
                        "domain-quantity-not-positive",
                        quantity = crate::lang::format::decimal(quantity)
                    ),
                )
                .into());
            }
            let settings = Settings::load(store)?;
            let location = location.unwrap_or_else(|| settings.default_location.clone());
            let run = Run {
                code: &code,
                quantity,
                location: &location,
                settings: &settings,
                actor,
                now,
                reference: None,
                one_level: false,
            };
            super::reservations::with_availability(store, |tx, availability| {
                produce(tx, &run, availability)
            })??
        }
    };
    Ok(event)
}

/// The message for an item without a BOM.
pub(super) fn no_bom(item: &Item) -> String {
    crate::t!("core-no-bom", sku = &item.sku)
}

struct Draft<'a> {
    code: &'a str,
    output_qty: Decimal,
    lines: &'a [LineSpec],
    operations: &'a [Operation],
    expected_version: Option<u64>,
    now: time::OffsetDateTime,
}

/// Resolves the SKUs, validates, refuses a cycle and writes — inside one transaction.
/// Validation problems come back as the inner error, with nothing written.
fn save(tx: &Tx, draft: &Draft) -> TxResult<Result<Bom, CoreError>> {
    let parent = resolve_item(tx, draft.code)?;
    let mut names = vec![(parent.id, parent.sku.clone())];
    let mut lines = Vec::with_capacity(draft.lines.len());
    for spec in draft.lines {
        let component = resolve_item(tx, &spec.code)?;
        names.push((component.id, component.sku));
        lines.push(BomLine {
            component_item_id: component.id,
            quantity: spec.quantity,
            scrap_pct: spec.scrap_pct,
        });
    }
    let mut bom = Bom {
        id: parent.id,
        parent_item_id: parent.id,
        output_qty: draft.output_qty,
        lines,
        operations: draft.operations.to_vec(),
        updated: draft.now,
        version: 0,
    };
    let sku = |id: u64| {
        names
            .iter()
            .find(|(known, _)| *known == id)
            .map_or_else(|| names::record("item", id), |(_, sku)| sku.clone())
    };
    if let Err(problems) = bom.validate(&sku) {
        return Ok(Err(CoreError::Invalid(problems)));
    }
    let components = bom.lines.iter().map(|line| line.component_item_id);
    let stored = gather(components, &mut |id| {
        if id == parent.id {
            Ok(None)
        } else {
            tx.get::<Bom>(id)
        }
    })?;
    if let Some(path) = find_cycle(&bom, &|id| stored.get(&id)) {
        return abort(StoreError::Refused(crate::t!(
            "core-bom-would-cycle",
            sku = &parent.sku,
            path = path_text(&path, &|id| sku_in(tx, id))
        )));
    }
    match (tx.get::<Bom>(parent.id)?, draft.expected_version) {
        (Some(_), expected) => tx.update(&mut bom, expected)?,
        (None, Some(expected)) => {
            return abort(StoreError::Refused(crate::t!(
                "core-bom-no-version",
                sku = &parent.sku,
                version = expected.to_string()
            )));
        }
        (None, None) => {
            bom.version = 1;
            tx.insert_reserved(&bom)?;
        }
    }
    Ok(Ok(bom))
}

/// One production run: `quantity` of the item `code` at `location`; its moves carry
/// `reference` (a production order's number), else `produce QTY × SKU`.
pub(super) struct Run<'a> {
    pub(super) code: &'a str,
    pub(super) quantity: Decimal,
    pub(super) location: &'a str,
    pub(super) settings: &'a Settings,
    pub(super) actor: &'a Actor,
    pub(super) now: time::OffsetDateTime,
    pub(super) reference: Option<&'a str>,
    /// Consumes the BOM's own components only (a production order: its sub-assemblies
    /// were made by their own orders and come from stock), not the exploded leaves.
    pub(super) one_level: bool,
}

/// Explodes, checks every component's balance at the location and, when none is short,
/// posts the moves — inside one transaction. Shortages come back as the inner error, with
/// nothing moved; a component that orders hold reserved is refused naming them (stock
/// reserved for an order is not consumed for anything else), and what is made is
/// reserved for the orders waiting for it, as a receipt would be.
pub(super) fn produce(
    tx: &Tx,
    run: &Run,
    availability: &Availability,
) -> TxResult<Result<BomEvent, CoreError>> {
    let item = resolve_item(tx, run.code)?;
    let location = resolve_location(tx, run.location, run.settings, run.now)?;
    if is_virtual(&location) {
        return abort(Invalid::new(
            "location",
            crate::t!("core-produce-virtual", location = &location),
        ));
    }
    let boms = gather([item.id], &mut |id| tx.get::<Bom>(id))?;
    if !boms.contains_key(&item.id) {
        return abort(StoreError::Refused(no_bom(&item)));
    }
    let root = item.id;
    let bom_of = |id: u64| boms.get(&id).filter(|_| !run.one_level || id == root);
    let leaves = match explode(item.id, run.quantity, &bom_of) {
        Ok(leaves) => leaves,
        Err(error) => {
            return abort(StoreError::Refused(describe(error, &|id| sku_in(tx, id))));
        }
    };
    let producing = format!("{} × {}", run.quantity.normalize(), item.sku);
    let mut needs = Vec::with_capacity(leaves.len());
    let mut short = Vec::new();
    for (id, needed) in leaves {
        let component = tx.require::<Item>(id)?;
        let on_hand = tx.balance(id, &location)?;
        if on_hand < needed {
            short.push(Shortage {
                item: component.clone(),
                needed,
                on_hand,
            });
        }
        needs.push((component, needed));
    }
    if !short.is_empty() {
        return Ok(Err(CoreError::Short(Shortages {
            quantity: run.quantity,
            sku: item.sku.clone(),
            location,
            lines: short,
        })));
    }
    let reference = run
        .reference
        .map_or_else(|| format!("produce {producing}"), str::to_string);
    let movement = |item: &Item, quantity: Decimal, from: &str, to: &str| StockMove {
        id: 0,
        item_id: item.id,
        quantity,
        from: from.to_string(),
        to: to.to_string(),
        at: run.now,
        reference: reference.clone(),
        agent: run.actor.name.clone(),
        reverses: None,
    };
    let mut moves = Vec::with_capacity(needs.len() + 1);
    for (component, needed) in needs {
        availability
            .check_take(tx, &component, &location, needed, true)?
            .map_err(StoreError::Refused)
            .or_else(abort)?;
        let consumed = movement(&component, needed, &location, PRODUCTION);
        moves.push(post(tx, component, consumed, false)?);
    }
    let made = movement(&item, run.quantity, PRODUCTION, &location);
    moves.push(post(tx, item.clone(), made, false)?);
    fill_backorders(tx, availability, item.id, &location, run.quantity, run.now)?;
    Ok(Ok(BomEvent::Produced(Box::new(Production {
        item,
        quantity: run.quantity,
        location,
        moves,
    }))))
}

/// The SKU of an item for a message, read inside the transaction.
fn sku_in(tx: &Tx, id: u64) -> String {
    match tx.get::<Item>(id) {
        Ok(Some(item)) => item.sku,
        _ => names::record("item", id),
    }
}
