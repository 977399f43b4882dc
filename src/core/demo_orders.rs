//! The demo's purchase and production orders, dated around the clock's "now": purchase
//! orders in every state — received, closed with a short-closed line, partly received,
//! sent, a draft and a cancelled one — and production orders done, partly done, open and
//! cancelled (their components moved to the packing room first, as the shop floor does),
//! and planning parameters on some items (lot rules, safety stock, production days) so an
//! MRP run over the demo plans something. Every step goes through `execute` at its own
//! instant, so stock, numbers and the audit follow the rules. Room: core.

use rust_decimal::Decimal;
use rust_decimal::dec;
use time::{Duration, OffsetDateTime, Time, Weekday};

use super::command::execute_as_of;
use super::demo_data::catalogue::PACKING;
use super::kinds::ITEMS;
use super::plain::RecordCommand;
use super::production_orders::{ProductionCommand, ProductionEvent};
use super::purchase::{LineSpec, PurchaseCommand};
use super::stock::StockCommand;
use super::{Actor, Clock, Command, CoreError, Event};
use crate::domain::fields::Input;
use crate::store::Store;
use crate::store::kinds::item::id_by_code;

/// What happens to a demo purchase order after it is added, each step some days after
/// the order's date.
#[derive(Debug, Clone, Copy)]
enum Step {
    Send,
    /// Receives these quantities of the lines (1-based).
    Receive(&'static [(usize, Decimal)]),
    /// Short-closes the rest of this line.
    Close(usize),
    Cancel,
}

/// A demo purchase order: supplier number, days before today it was written, its lines
/// (SKU, quantity, days after the order's date it is wanted), and the steps with the days
/// after the order's date each is taken.
type DemoPurchase = (
    &'static str,
    i64,
    &'static [(&'static str, Decimal, i64)],
    &'static [(i64, Step)],
);

pub const CLOSE_REASON: &str = "Supplier no longer delivers this item";
pub const CANCEL_REASON: &str = "Ordered from the wrong supplier";
pub const PRODUCTION_CANCEL_REASON: &str = "Customer withdrew the hamper order";

/// BE-…00001 received, …02 closed with a short-closed line, …03 partly received, …04
/// sent, …05 a draft, …06 cancelled.
const PURCHASES: [DemoPurchase; 6] = [
    (
        "V-100",
        26,
        &[("PK-101", dec!(20), 21), ("PK-105", dec!(40), 14)],
        &[
            (1, Step::Send),
            (18, Step::Receive(&[(1, dec!(20)), (2, dec!(40))])),
        ],
    ),
    (
        "9",
        24,
        &[("GR-022", dec!(100), 14), ("GR-023", dec!(50), 14)],
        &[
            (1, Step::Send),
            (16, Step::Receive(&[(1, dec!(100)), (2, dec!(30))])),
            (17, Step::Close(2)),
        ],
    ),
    (
        "1",
        14,
        &[("BV-001", dec!(200), 10), ("BV-002", dec!(240), 21)],
        &[(1, Step::Send), (10, Step::Receive(&[(1, dec!(120))]))],
    ),
    (
        "11",
        4,
        &[("CF-025", dec!(60), 10), ("CF-027", dec!(500), 10)],
        &[(0, Step::Send)],
    ),
    ("V-101", 1, &[("BV-001", dec!(100), 3)], &[]),
    (
        "14",
        20,
        &[("DA-031", dec!(48), 7)],
        &[(1, Step::Send), (2, Step::Cancel)],
    ),
];

/// A demo production order: SKU, quantity, due in days from today (negative: past),
/// days before today it was added, and what became of it: completed quantities with the
/// days before today each was made, then whether the rest was cancelled that many days
/// before today.
type DemoProduction = (
    &'static str,
    Decimal,
    i64,
    i64,
    &'static [(Decimal, i64)],
    Option<i64>,
);

/// FA-…00001 done, …02 partly done, …03 open, …04 cancelled.
const PRODUCTIONS: [DemoProduction; 4] = [
    ("GB-213", dec!(20), -10, 16, &[(dec!(20), 12)], None),
    ("GB-213", dec!(30), 3, 6, &[(dec!(12), 1)], None),
    ("GB-212", dec!(50), 10, 2, &[], None),
    ("GB-213", dec!(10), -5, 12, &[], Some(8)),
];

/// Planning parameters: SKU and the item fields set.
const PLANNING: [(&str, &[(&str, &str)]); 5] = [
    (
        "BV-001",
        &[("lot_rule", "fixed:200"), ("safety_stock", "WH1=40")],
    ),
    (
        "GR-022",
        &[("lot_rule", "period:14"), ("lot_multiple", "25")],
    ),
    (
        "PK-107",
        &[("lot_rule", "lot-for-lot"), ("lot_min", "1000")],
    ),
    (
        "GB-213",
        &[("lot_rule", "fixed:30"), ("production_days", "2")],
    ),
    (
        "GB-201",
        &[("safety_stock", "WH1/D-01-01=5"), ("production_days", "3")],
    ),
];

/// What `load` wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Orders {
    pub purchase_orders: usize,
    pub production_orders: usize,
    pub planned_items: usize,
    /// Stock moves posted: receipts, components staged, production runs.
    pub stock_moves: usize,
}

/// Adds (dated within the four weeks the suppliers are known) the planning parameters, the purchase orders and the production orders.
pub fn load(store: &Store, clock: &Clock, actor: &Actor) -> Result<Orders, CoreError> {
    let now = clock.now();
    let mut done = Orders::default();
    for (sku, fields) in PLANNING {
        let Some(id) = id_by_code(store, sku)? else {
            continue;
        };
        let edit = RecordCommand::edit(ITEMS, id, None, Input::from_pairs(fields));
        execute_as_of(store, actor, edit, now - Duration::days(27), now)?;
        done.planned_items += 1;
    }
    for (supplier, age, lines, steps) in PURCHASES {
        let written = now - Duration::days(age);
        let day = |offset: i64| written + Duration::days(offset);
        let add = PurchaseCommand::Add {
            supplier: supplier.into(),
            lines: lines
                .iter()
                .map(|&(sku, quantity, wanted)| LineSpec {
                    code: sku.into(),
                    quantity,
                    unit_price: None,
                    requested: Some(day(wanted).date()),
                })
                .collect(),
            requested: None,
            notes: String::new(),
            today: written.date(),
        };
        let Event::Purchase(added) = run(store, actor, Command::Purchase(add), written, now)?
        else {
            continue;
        };
        let order = added.order.number.clone();
        for &(offset, step) in steps {
            let command = match step {
                Step::Send => PurchaseCommand::Send {
                    order: order.clone(),
                },
                Step::Receive(lines) => PurchaseCommand::Receive {
                    order: order.clone(),
                    lines: lines.to_vec(),
                    location: None,
                },
                Step::Close(line) => PurchaseCommand::Close {
                    order: order.clone(),
                    line: Some(line),
                    reason: CLOSE_REASON.into(),
                },
                Step::Cancel => PurchaseCommand::Cancel {
                    order: order.clone(),
                    reason: CANCEL_REASON.into(),
                },
            };
            if let Event::Purchase(event) =
                run(store, actor, Command::Purchase(command), day(offset), now)?
            {
                done.stock_moves += event.moves.len();
            }
        }
        done.purchase_orders += 1;
    }
    for (sku, quantity, due, age, made, cancelled) in PRODUCTIONS {
        let ago = |days: i64| now - Duration::days(days);
        let add = ProductionCommand::Add {
            code: sku.into(),
            quantity,
            due: (now + Duration::days(due)).date(),
            start: None,
            location: Some(PACKING.into()),
        };
        let Event::Production(added) = run(store, actor, Command::Production(add), ago(age), now)?
        else {
            continue;
        };
        let number = added.order().number.clone();
        for &(quantity, days) in made {
            done.stock_moves += stage(store, actor, sku, quantity, &number, (ago(days), now))?;
            let complete = ProductionCommand::Complete {
                number: number.clone(),
                quantity: Some(quantity),
            };
            if let Event::Production(ProductionEvent::Completed(_, production)) =
                run(store, actor, Command::Production(complete), ago(days), now)?
            {
                done.stock_moves += production.moves.len();
            }
        }
        if let Some(days) = cancelled {
            let cancel = ProductionCommand::Cancel {
                number: number.clone(),
                reason: PRODUCTION_CANCEL_REASON.into(),
            };
            run(store, actor, Command::Production(cancel), ago(days), now)?;
        }
        done.production_orders += 1;
    }
    Ok(done)
}

fn run(
    store: &Store,
    actor: &Actor,
    command: Command,
    at: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<Event, CoreError> {
    execute_as_of(store, actor, command, working(at, now), now)
}

/// `at` as the shop works: on its day (the Friday before, on a weekend; the working day
/// before the load's, on or after it) at 10:00 UTC — in the working hours the stock
/// story keeps to.
fn working(at: OffsetDateTime, now: OffsetDateTime) -> OffsetDateTime {
    let weekend = |day: time::Date| matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday);
    let mut day = at.date().min(now.date() - Duration::days(1));
    while weekend(day) {
        day -= Duration::days(1);
    }
    day.with_time(Time::from_hms(10, 0, 0).unwrap_or(Time::MIDNIGHT))
        .assume_utc()
}

/// Moves the components `quantity` of `sku` needs (one BOM level) from their bins to the
/// packing room, with the production order's number as reference; how many moves.
fn stage(
    store: &Store,
    actor: &Actor,
    sku: &str,
    quantity: Decimal,
    number: &str,
    (at, now): (OffsetDateTime, OffsetDateTime),
) -> Result<usize, CoreError> {
    let Some(recipe) = super::demo_data::catalogue::RECIPES
        .iter()
        .find(|r| r.parent == sku)
    else {
        return Ok(0);
    };
    let mut moves = 0;
    for &(component, per, _) in recipe.lines {
        let Some(product) = super::demo_data::catalogue::PRODUCTS
            .iter()
            .find(|p| p.sku == component)
        else {
            continue;
        };
        let post = StockCommand::Post {
            code: component.into(),
            quantity: (quantity * per / recipe.output_qty).ceil(),
            from: product.bin.into(),
            to: PACKING.into(),
            reference: number.into(),
            allow_negative: false,
        };
        run(store, actor, Command::Stock(post), at, now)?;
        moves += 1;
    }
    Ok(moves)
}
