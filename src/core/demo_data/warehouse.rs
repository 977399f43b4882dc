//! Demo data, ERP side: the stock story as a list of commands — locations and items, opening
//! receipts, picking for a gift-hamper production run, customer orders (some leave items
//! below their reorder point), a stock count that finds breakage — each with the instant it
//! happened (`timeline`). Generated with a fixed seed, so the same seed gives the same
//! commands. Room: core (pure generation: `execute` is the caller's).

use std::collections::BTreeMap;

use fastrand::Rng;
use rust_decimal::{Decimal, dec};
use time::OffsetDateTime;

use super::catalogue::{FINISHED, LOCATIONS, PACKING, PRODUCTS, Product, RECIPES};
use super::timeline::working_hours_before;
use crate::core::Command;
use crate::core::bom::BomCommand;
use crate::core::kinds::{item, location};
use crate::core::stock::StockCommand;
use crate::domain::bom::{LineSpec, Operation};
use crate::domain::location::{CUSTOMER, SUPPLIER};
use crate::domain::{Currency, Item, Money, ReorderRule};

/// The production run: how many gift hampers the packing room makes.
pub const HAMPERS: Decimal = dec!(4);

/// What is picked to the packing room for the hampers: their exploded leaf components,
/// rounded up to whole packs or a little spare.
const PICKING: [(&str, Decimal); 13] = [
    ("DA-012", dec!(4)),
    ("DA-031", dec!(8)),
    ("GR-022", dec!(1)),
    ("GR-023", dec!(2)),
    ("BV-001", dec!(8)),
    ("BV-038", dec!(4)),
    ("PK-107", dec!(10)),
    ("PK-105", dec!(4)),
    ("PK-106", dec!(4)),
    ("PK-101", dec!(6)),
    ("PK-102", dec!(2)),
    ("PK-103", dec!(10)),
    ("PK-104", dec!(6)),
];

/// Large orders (order number offset, SKU, quantity) that take these items below their
/// reorder point; the other orders are drawn at random.
const LARGE_ORDERS: [(usize, &str, Decimal); 6] = [
    (2, "BV-002", dec!(264)),
    (4, "BV-043", dec!(18)),
    (7, "DA-031", dec!(24)),
    (9, "GR-023", dec!(20)),
    (12, "SF-030", dec!(24)),
    (15, "GB-201", dec!(1)),
];

/// Customer orders, numbered from Northwind's first order on.
const ORDERS: usize = 18;
const FIRST_ORDER: usize = 10248;

/// Counted bottles of Chang after three broke: the difference goes to `loss`.
const BROKEN: (&str, Decimal) = ("BV-002", dec!(3));

/// An EAN-13: the twelve digits given and their check digit.
pub fn ean13(twelve: &str) -> String {
    let sum: u32 = twelve
        .bytes()
        .enumerate()
        .map(|(position, byte)| {
            let digit = u32::from(byte.wrapping_sub(b'0'));
            if position % 2 == 0 { digit } else { 3 * digit }
        })
        .sum();
    format!("{twelve}{}", (10 - sum % 10) % 10)
}

fn item(product: &Product, index: usize, currency: Currency, now: OffsetDateTime) -> Item {
    let (min, max, multiple) = product.reorder;
    Item {
        id: 0,
        sku: product.sku.to_string(),
        name: product.name.to_string(),
        uom: product.uom.to_string(),
        // In-store numbers (prefix 20): never clash with a real supplier's GTIN.
        barcodes: (0..product.barcodes)
            .map(|unit| ean13(&format!("204711{:03}{unit:03}", index + 1)))
            .collect(),
        cost: Money::new(product.cost, currency),
        price: Money::new(product.price, currency),
        reorder: if min.is_zero() {
            ReorderRule::default()
        } else {
            ReorderRule {
                min: Some(min),
                max: Some(max),
                multiple: Some(multiple),
            }
        },
        lead_days: product.lead_days,
        active: true,
        vat: super::catalogue::vat_of(product.sku),
        planning: Default::default(),
        created: now,
        updated: now,
        version: 0,
    }
}

fn post(sku: &str, quantity: Decimal, from: &str, to: &str, reference: String) -> Command {
    Command::Stock(StockCommand::Post {
        code: sku.to_string(),
        quantity,
        from: from.to_string(),
        to: to.to_string(),
        reference,
        allow_negative: false,
    })
}

fn bom_commands(currency: Currency) -> impl Iterator<Item = Command> {
    RECIPES.iter().map(move |recipe| {
        Command::Bom(BomCommand::Set {
            code: recipe.parent.to_string(),
            output_qty: recipe.output_qty,
            lines: recipe
                .lines
                .iter()
                .map(|&(code, quantity, scrap_pct)| LineSpec {
                    code: code.to_string(),
                    quantity,
                    scrap_pct,
                })
                .collect(),
            operations: recipe
                .operations
                .iter()
                .map(|&(name, minutes, rate)| Operation {
                    name: name.to_string(),
                    minutes,
                    hourly_rate: Money::new(rate, currency),
                })
                .collect(),
            expected_version: None,
        })
    })
}

/// The stock commands in the order they are to run, each with the instant to date it at
/// (working hours of the weeks before `now`, in order): every one of them succeeds on an
/// empty database.
pub fn stock_commands(
    currency: Currency,
    now: OffsetDateTime,
    seed: u64,
) -> Vec<(OffsetDateTime, Command)> {
    let mut rng = Rng::with_seed(seed);
    let mut commands: Vec<Command> = LOCATIONS
        .iter()
        .map(|&(code, name)| location::add(code, name))
        .collect();
    commands.extend(
        PRODUCTS
            .iter()
            .enumerate()
            .map(|(index, product)| item::add(&item(product, index, currency, now))),
    );
    commands.extend(bom_commands(currency));
    // On hand at each product's own bin, as the commands below leave it.
    let mut on_hand: BTreeMap<&str, Decimal> = BTreeMap::new();
    let bought = PRODUCTS.iter().filter(|p| !p.opening.is_zero());
    for (line, product) in bought.enumerate() {
        let order = format!("PO-{}", 4711 + line / 5);
        commands.push(post(
            product.sku,
            product.opening,
            SUPPLIER,
            product.bin,
            order,
        ));
        on_hand.insert(product.sku, product.opening);
    }
    let bin = |sku: &str| PRODUCTS.iter().find(|p| p.sku == sku).map_or("", |p| p.bin);
    for (sku, quantity) in PICKING {
        commands.push(post(sku, quantity, bin(sku), PACKING, "WO-0001".into()));
        *on_hand.entry(sku).or_default() -= quantity;
    }
    commands.push(Command::Bom(BomCommand::Produce {
        code: "GB-201".into(),
        quantity: HAMPERS,
        location: Some(PACKING.into()),
    }));
    commands.push(post("GB-201", HAMPERS, PACKING, FINISHED, "WO-0001".into()));
    on_hand.insert("GB-201", HAMPERS);
    let large: Vec<&str> = LARGE_ORDERS.iter().map(|&(_, sku, _)| sku).collect();
    let picked: Vec<&str> = PICKING.iter().map(|&(sku, _)| sku).collect();
    let everyday: Vec<&Product> = PRODUCTS
        .iter()
        .filter(|p| !p.opening.is_zero() && !p.sku.starts_with("PK-"))
        .filter(|p| !large.contains(&p.sku) && !picked.contains(&p.sku))
        .collect();
    for number in 0..ORDERS {
        let order = format!("SO-{}", FIRST_ORDER + number);
        let mut lines: Vec<(&str, Decimal)> = LARGE_ORDERS
            .iter()
            .filter(|&&(at, _, _)| at == number)
            .map(|&(_, sku, quantity)| (sku, quantity))
            .collect();
        if lines.is_empty() {
            for _ in 0..rng.usize(1..=3) {
                let product = everyday[rng.usize(..everyday.len())];
                let left = on_hand.get(product.sku).copied().unwrap_or_default();
                let most = (left / dec!(5)).floor().max(Decimal::ONE);
                let quantity = Decimal::from(rng.u32(1..=most.try_into().unwrap_or(1)));
                if quantity <= left && !lines.iter().any(|&(sku, _)| sku == product.sku) {
                    lines.push((product.sku, quantity));
                }
            }
        }
        for (sku, quantity) in lines {
            commands.push(post(sku, quantity, bin(sku), CUSTOMER, order.clone()));
            *on_hand.entry(sku).or_default() -= quantity;
        }
    }
    let (sku, broken) = BROKEN;
    commands.push(Command::Stock(StockCommand::Count {
        code: sku.into(),
        location: bin(sku).into(),
        counted: on_hand.get(sku).copied().unwrap_or_default() - broken,
    }));
    let times = working_hours_before(now, commands.len());
    times.into_iter().zip(commands).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ean13_check_digits_match_known_codes() {
        // Published examples: a book's ISBN-13 and a GS1 sample.
        assert_eq!(ean13("978030640615"), "9780306406157");
        assert_eq!(ean13("400638133393"), "4006381333931");
        assert_eq!(ean13("000000000000"), "0000000000000");
    }

    #[test]
    fn the_same_seed_gives_the_same_commands() {
        // The locations and items come first, from fixed lists (their inputs print in no
        // set order).
        let plan = |seed| {
            let commands = stock_commands(Currency::EUR, OffsetDateTime::UNIX_EPOCH, seed);
            let drawn: Vec<_> = commands
                .iter()
                .filter(|(_, command)| !matches!(command, Command::Record(_)))
                .collect();
            assert_eq!(
                commands.len() - drawn.len(),
                LOCATIONS.len() + PRODUCTS.len()
            );
            format!("{drawn:?}")
        };
        assert_eq!(plan(7), plan(7));
        assert_ne!(plan(7), plan(8), "the orders are drawn from the seed");
    }
}
