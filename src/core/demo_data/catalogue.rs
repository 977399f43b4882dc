//! Demo data, ERP side: the fixed catalogue of a food wholesaler that also packs gift
//! baskets — its locations, items (many named after Northwind's products, embedded here so
//! nothing is read at run time) and bills of materials. Room: core (pure data, no I/O).

use rust_decimal::Decimal;
use rust_decimal::dec;

/// The main warehouse; also the default location of a new database.
pub const WAREHOUSE: &str = "WH1";
/// Where gift baskets are packed: components are moved here before production.
pub const PACKING: &str = "PACK";
/// The shelf finished gift baskets wait on.
pub const FINISHED: &str = "WH1/D-01-01";

/// Internal locations: (code, name).
pub const LOCATIONS: [(&str, &str); 8] = [
    (WAREHOUSE, "Main warehouse Hamburg"),
    ("WH1/A-01-01", "Aisle A, rack 01, shelf 01 — beverages"),
    (
        "WH1/A-01-02",
        "Aisle A, rack 01, shelf 02 — spreads and sweets",
    ),
    ("WH1/A-02-01", "Aisle A, rack 02, shelf 01 — bread and fish"),
    ("WH1/B-01-01", "Cold room B, rack 01 — cheese"),
    ("WH1/C-01-01", "Aisle C, rack 01 — packaging material"),
    (FINISHED, "Aisle D, rack 01 — finished gift baskets"),
    (PACKING, "Packing room — gift basket production"),
];

/// One catalogue line. Quantities are in `uom`; money in the database's currency.
pub struct Product {
    pub sku: &'static str,
    pub name: &'static str,
    pub uom: &'static str,
    pub cost: Decimal,
    pub price: Decimal,
    /// Reorder minimum, maximum and order multiple.
    pub reorder: (Decimal, Decimal, Decimal),
    pub lead_days: u32,
    /// Where it is stored and how much the opening receipt brings (0: made, not bought).
    pub bin: &'static str,
    pub opening: Decimal,
    /// How many barcodes it carries: the unit's, and for some the case's too.
    pub barcodes: usize,
}

const fn product(
    (sku, name, uom): (&'static str, &'static str, &'static str),
    (cost, price): (Decimal, Decimal),
    reorder: (Decimal, Decimal, Decimal),
    lead_days: u32,
    (bin, opening): (&'static str, Decimal),
    barcodes: usize,
) -> Product {
    Product {
        sku,
        name,
        uom,
        cost,
        price,
        reorder,
        lead_days,
        bin,
        opening,
        barcodes,
    }
}

const BEVERAGES: &str = "WH1/A-01-01";
const SWEETS: &str = "WH1/A-01-02";
const DRY: &str = "WH1/A-02-01";
const COLD: &str = "WH1/B-01-01";
const PACKAGING: &str = "WH1/C-01-01";

/// The catalogue: bought goods, packaging, then what the packing room makes. SKUs are a
/// category and a number in six characters, so they show whole in the narrowest SKU column
/// (Home's reorder panel); the numbers of bought goods are Northwind's product ids.
#[rustfmt::skip]
pub const PRODUCTS: [Product; 29] = [
    product(("BV-001", "Chai, box of 20 tea bags", "pcs"), (dec!(1.10), dec!(1.80)), (dec!(40), dec!(200), dec!(20)), 10, (BEVERAGES, dec!(160)), 1),
    product(("BV-002", "Chang beer, 12 oz bottle", "pcs"), (dec!(0.55), dec!(0.79)), (dec!(96), dec!(480), dec!(24)), 7, (BEVERAGES, dec!(360)), 2),
    product(("BV-038", "Côte de Blaye, 75 cl", "pcs"), (dec!(14.20), dec!(21.95)), (dec!(24), dec!(96), dec!(12)), 21, (BEVERAGES, dec!(72)), 1),
    product(("BV-043", "Ipoh Coffee, 500 g tin", "pcs"), (dec!(5.40), dec!(8.90)), (dec!(25), dec!(100), dec!(10)), 28, (BEVERAGES, dec!(40)), 1),
    product(("BV-075", "Rhönbräu Klosterbier, 0.5 l", "pcs"), (dec!(0.62), dec!(0.99)), (dec!(120), dec!(600), dec!(24)), 5, (BEVERAGES, dec!(480)), 2),
    product(("CO-006", "Grandma's Boysenberry Spread, 8 oz", "pcs"), (dec!(1.45), dec!(2.49)), (dec!(24), dec!(120), dec!(12)), 14, (SWEETS, dec!(96)), 1),
    product(("CO-061", "Sirop d'érable, 500 ml", "pcs"), (dec!(3.10), dec!(5.49)), (dec!(24), dec!(96), dec!(12)), 21, (SWEETS, dec!(60)), 1),
    product(("CF-019", "Teatime Chocolate Biscuits, 12 pcs", "pcs"), (dec!(0.95), dec!(1.69)), (dec!(36), dec!(144), dec!(12)), 10, (SWEETS, dec!(120)), 1),
    product(("CF-025", "NuNuCa Nuß-Nougat-Creme, 450 g", "pcs"), (dec!(1.60), dec!(2.79)), (dec!(30), dec!(120), dec!(20)), 10, (SWEETS, dec!(100)), 1),
    product(("CF-027", "Schoggi Schokolade, 100 g", "pcs"), (dec!(0.85), dec!(1.49)), (dec!(50), dec!(300), dec!(50)), 10, (SWEETS, dec!(250)), 1),
    product(("DA-012", "Queso Manchego La Pastora, 500 g", "pcs"), (dec!(5.20), dec!(7.95)), (dec!(20), dec!(80), dec!(10)), 14, (COLD, dec!(60)), 1),
    product(("DA-031", "Gorgonzola Telino, 100 g", "pcs"), (dec!(1.05), dec!(1.79)), (dec!(20), dec!(100), dec!(12)), 7, (COLD, dec!(48)), 1),
    product(("DA-060", "Camembert Pierrot, 300 g", "pcs"), (dec!(2.10), dec!(3.49)), (dec!(15), dec!(60), dec!(15)), 7, (COLD, dec!(45)), 1),
    product(("GR-022", "Gustaf's Knäckebröd, 500 g", "pcs"), (dec!(1.20), dec!(2.10)), (dec!(25), dec!(100), dec!(25)), 14, (DRY, dec!(75)), 1),
    product(("GR-023", "Tunnbröd, 250 g", "pcs"), (dec!(0.70), dec!(1.25)), (dec!(25), dec!(100), dec!(25)), 14, (DRY, dec!(40)), 1),
    product(("SF-030", "Nord-Ost Matjeshering, 200 g", "pcs"), (dec!(1.80), dec!(2.99)), (dec!(15), dec!(60), dec!(12)), 10, (DRY, dec!(36)), 1),
    product(("SF-040", "Boston Crab Meat, 4 oz tin", "pcs"), (dec!(2.05), dec!(3.49)), (dec!(30), dec!(120), dec!(24)), 21, (DRY, dec!(96)), 1),
    product(("PK-101", "Wicker gift basket, large", "pcs"), (dec!(3.80), dec!(6.90)), (dec!(10), dec!(40), dec!(10)), 21, (PACKAGING, dec!(30)), 1),
    product(("PK-102", "Wood wool filling", "kg"), (dec!(2.40), dec!(0)), (dec!(5), dec!(25), dec!(5)), 7, (PACKAGING, dec!(12.5)), 1),
    product(("PK-103", "Satin ribbon, red, 25 mm", "m"), (dec!(0.18), dec!(0)), (dec!(50), dec!(250), dec!(50)), 7, (PACKAGING, dec!(150)), 1),
    product(("PK-104", "Greeting card with envelope", "pcs"), (dec!(0.35), dec!(0.95)), (dec!(25), dec!(100), dec!(25)), 7, (PACKAGING, dec!(80)), 1),
    product(("PK-105", "Gift box, kraft, 30 × 20 cm", "pcs"), (dec!(0.90), dec!(0)), (dec!(20), dec!(100), dec!(20)), 14, (PACKAGING, dec!(60)), 1),
    product(("PK-106", "Tea tin, 100 g", "pcs"), (dec!(0.75), dec!(0)), (dec!(20), dec!(100), dec!(20)), 14, (PACKAGING, dec!(40)), 1),
    product(("PK-107", "Cellophane bag, 15 × 25 cm", "pcs"), (dec!(0.04), dec!(0)), (dec!(100), dec!(1000), dec!(100)), 7, (PACKAGING, dec!(500)), 1),
    product(("GB-201", "Gift hamper Deluxe", "pcs"), (dec!(42.00), dec!(89.00)), (dec!(5), dec!(12), dec!(1)), 2, (FINISHED, dec!(0)), 1),
    product(("GB-202", "Sweet treats basket", "pcs"), (dec!(14.80), dec!(34.90)), (dec!(5), dec!(12), dec!(1)), 2, (FINISHED, dec!(0)), 1),
    product(("GB-211", "Cheese selection box", "pcs"), (dec!(11.50), dec!(24.90)), (dec!(0), dec!(0), dec!(1)), 1, (FINISHED, dec!(0)), 1),
    product(("GB-212", "Cracker assortment bag", "pcs"), (dec!(0.60), dec!(1.90)), (dec!(0), dec!(0), dec!(10)), 1, (FINISHED, dec!(0)), 1),
    product(("GB-213", "Tea sampler tin", "pcs"), (dec!(3.20), dec!(9.90)), (dec!(0), dec!(0), dec!(1)), 1, (FINISHED, dec!(0)), 1),
];

/// A bill of materials: parent SKU, output quantity, lines (component SKU, quantity,
/// scrap %), operations (name, minutes, hourly rate).
pub struct Recipe {
    pub parent: &'static str,
    pub output_qty: Decimal,
    pub lines: &'static [(&'static str, Decimal, Decimal)],
    pub operations: &'static [(&'static str, Decimal, Decimal)],
}

/// Components before the assemblies that use them. The hamper is three levels deep:
/// hamper → cheese box → cracker bag → crispbread.
pub const RECIPES: [Recipe; 5] = [
    Recipe {
        parent: "GB-212",
        output_qty: dec!(10),
        lines: &[
            ("GR-022", dec!(2), dec!(2)),
            ("GR-023", dec!(4), dec!(2)),
            ("PK-107", dec!(10), dec!(0)),
        ],
        operations: &[("Portion and seal", dec!(15), dec!(32.00))],
    },
    Recipe {
        parent: "GB-213",
        output_qty: dec!(1),
        lines: &[("BV-001", dec!(2), dec!(0)), ("PK-106", dec!(1), dec!(0))],
        operations: &[("Fill tin", dec!(3), dec!(32.00))],
    },
    Recipe {
        parent: "GB-211",
        output_qty: dec!(1),
        lines: &[
            ("DA-012", dec!(1), dec!(0)),
            ("DA-031", dec!(2), dec!(0)),
            ("GB-212", dec!(1), dec!(0)),
            ("PK-105", dec!(1), dec!(0)),
        ],
        operations: &[("Cut and wrap cheese", dec!(6), dec!(36.00))],
    },
    Recipe {
        parent: "GB-201",
        output_qty: dec!(1),
        lines: &[
            ("GB-211", dec!(1), dec!(0)),
            ("GB-213", dec!(1), dec!(0)),
            ("BV-038", dec!(1), dec!(0)),
            ("PK-101", dec!(1), dec!(0)),
            ("PK-102", dec!(0.4), dec!(10)),
            ("PK-103", dec!(1.5), dec!(5)),
            ("PK-104", dec!(1), dec!(0)),
        ],
        operations: &[("Assemble hamper", dec!(12), dec!(36.00))],
    },
    // The sweet basket shares the tea sampler with the hamper (where-used shows both).
    Recipe {
        parent: "GB-202",
        output_qty: dec!(1),
        lines: &[
            ("CF-027", dec!(2), dec!(0)),
            ("CF-025", dec!(1), dec!(0)),
            ("CF-019", dec!(2), dec!(0)),
            ("GB-213", dec!(1), dec!(0)),
            ("PK-101", dec!(1), dec!(0)),
            ("PK-102", dec!(0.3), dec!(10)),
            ("PK-103", dec!(1.2), dec!(5)),
            ("PK-104", dec!(1), dec!(0)),
        ],
        operations: &[("Assemble basket", dec!(10), dec!(36.00))],
    },
];

/// The VAT category of a catalogue SKU: food (tea, coffee, sweets, cheese, bread, fish)
/// at the reduced rate, drinks with alcohol, packaging and the mixed gift baskets at the
/// standard rate.
pub fn vat_of(sku: &str) -> crate::domain::vat::VatCategory {
    let food = ["BV-001", "BV-043", "CO-", "CF-", "DA-", "GR-", "SF-"];
    match food.iter().any(|prefix| sku.starts_with(prefix)) {
        true => crate::domain::vat::VatCategory::Reduced,
        false => crate::domain::vat::VatCategory::Standard,
    }
}
