//! The demo's purchasing: the wholesaler's suppliers (most of them Northwind's, under
//! Northwind's supplier numbers, so an imported Northwind file meets them) and a supplier
//! item for every bought catalogue line — preferred, priced at the line's cost, with its
//! lead time and order multiple — some with quantity breaks, one item with a second,
//! dearer source with a minimum order quantity. Written through the generic commands, so
//! the audit shows them like a user's. Purchase orders in every state come after the
//! supplier items (`demo_orders`). Room: core.

use rust_decimal::Decimal;

use super::demo_data::catalogue::{FINISHED, PRODUCTS};
use super::kinds::{SUPPLIER_ITEMS, SUPPLIERS};
use super::plain::RecordCommand;
use super::{Actor, Clock, CoreError, execute};
use crate::domain::fields::Input;
use crate::store::Store;
use crate::store::kinds::item::id_by_code;
use crate::store::kinds::supplier::by_number;

/// A demo supplier: number, name, city, country, payment terms in days.
type DemoSupplier = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The suppliers, Northwind's numbers first, then two of the wholesaler's own.
pub const SUPPLIERS_DATA: [DemoSupplier; 16] = [
    ("1", "Exotic Liquids", "London", "GB", "30"),
    ("3", "Grandma Kelly's Homestead", "Ann Arbor", "US", "30"),
    (
        "5",
        "Cooperativa de Quesos 'Las Cabras'",
        "Oviedo",
        "ES",
        "30",
    ),
    ("8", "Specialty Biscuits, Ltd.", "Manchester", "GB", "30"),
    ("9", "PB Knäckebröd AB", "Göteborg", "SE", "30"),
    ("11", "Heli Süßwaren GmbH & Co. KG", "Berlin", "DE", "14"),
    (
        "12",
        "Plutzer Lebensmittelgroßmärkte AG",
        "Frankfurt",
        "DE",
        "14",
    ),
    (
        "13",
        "Nord-Ost-Fisch Handelsgesellschaft mbH",
        "Cuxhaven",
        "DE",
        "14",
    ),
    ("14", "Formaggi Fortini s.r.l.", "Ravenna", "IT", "30"),
    ("18", "Aux joyeux ecclésiastiques", "Paris", "FR", "30"),
    ("19", "New England Seafood Cannery", "Boston", "US", "30"),
    ("20", "Leka Trading", "Singapore", "SG", "30"),
    ("28", "Gai pâturage", "Annecy", "FR", "30"),
    ("29", "Forêts d'érables", "Ste-Hyacinthe", "CA", "30"),
    ("V-100", "Verpackung Nord GmbH", "Hamburg", "DE", "14"),
    ("V-101", "Hanseatisches Teekontor", "Hamburg", "DE", "14"),
];

/// The preferred source of each bought line: SKU, supplier number, quantity breaks beyond
/// the cost from 1 on (`FROM:PRICE`).
pub const SOURCES: [(&str, &str, &[&str]); 24] = [
    ("BV-001", "1", &[]),
    ("BV-002", "1", &["240:0.52"]),
    ("BV-038", "18", &["48:13.60"]),
    ("BV-043", "20", &[]),
    ("BV-075", "12", &["480:0.58"]),
    ("CO-006", "3", &[]),
    ("CO-061", "29", &[]),
    ("CF-019", "8", &[]),
    ("CF-025", "11", &[]),
    ("CF-027", "11", &["500:0.79"]),
    ("DA-012", "5", &[]),
    ("DA-031", "14", &[]),
    ("DA-060", "28", &[]),
    ("GR-022", "9", &["100:1.10"]),
    ("GR-023", "9", &[]),
    ("SF-030", "13", &[]),
    ("SF-040", "19", &[]),
    ("PK-101", "V-100", &[]),
    ("PK-102", "V-100", &[]),
    ("PK-103", "V-100", &["250:0.15"]),
    ("PK-104", "V-100", &[]),
    ("PK-105", "V-100", &[]),
    ("PK-106", "V-100", &[]),
    ("PK-107", "V-100", &["5000:0.03"]),
];

/// The second source of chai: a Hamburg tea house, dearer, faster, from 100 boxes on.
const SECOND_SOURCE: (&str, &str, &str, &str, &str) = ("BV-001", "V-101", "1.15", "100", "3");

/// What `load` wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purchasing {
    pub suppliers: usize,
    pub supplier_items: usize,
}

/// Adds the suppliers and their supplier items (the catalogue must be loaded).
pub fn load(store: &Store, clock: &Clock, actor: &Actor) -> Result<Purchasing, CoreError> {
    let mut done = Purchasing::default();
    for (number, name, city, country, terms) in SUPPLIERS_DATA {
        let input = Input::from_pairs(&[
            ("number", number),
            ("name", name),
            ("city", city),
            ("country", country),
            ("payment_terms", terms),
        ]);
        execute(store, clock, actor, RecordCommand::add(SUPPLIERS, input))?;
        done.suppliers += 1;
    }
    for (sku, supplier, breaks) in SOURCES {
        let Some(product) = PRODUCTS.iter().find(|p| p.sku == sku && p.bin != FINISHED) else {
            continue;
        };
        let cost = product.cost.to_string();
        let multiple = match product.reorder.2 > Decimal::ONE {
            true => product.reorder.2.to_string(),
            false => String::new(),
        };
        let lead = product.lead_days.to_string();
        let mut fields = vec![
            ("price", cost.as_str()),
            ("lead_days", lead.as_str()),
            ("multiple", multiple.as_str()),
            ("preferred", "yes"),
        ];
        fields.extend(breaks.iter().map(|step| ("price", *step)));
        done.supplier_items += add_offer(store, clock, actor, (sku, supplier), &fields)?;
    }
    let (sku, supplier, price, moq, lead) = SECOND_SOURCE;
    let fields = [("price", price), ("moq", moq), ("lead_days", lead)];
    done.supplier_items += add_offer(store, clock, actor, (sku, supplier), &fields)?;
    // Purchase orders in every state (BE-…) follow in `demo_orders`, priced by these.
    Ok(done)
}

/// Adds one supplier item of item `sku` from supplier `number` with `fields`; 0 when the
/// item or the supplier is missing.
fn add_offer(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    (sku, number): (&str, &str),
    fields: &[(&'static str, &str)],
) -> Result<usize, CoreError> {
    let (Some(item), Some(supplier)) = (id_by_code(store, sku)?, by_number(store, number)?) else {
        return Ok(0);
    };
    let mut input = Input::from_pairs(fields);
    input.set("item", item.to_string());
    input.set("supplier", supplier.to_string());
    execute(
        store,
        clock,
        actor,
        RecordCommand::add(SUPPLIER_ITEMS, input),
    )?;
    Ok(1)
}
