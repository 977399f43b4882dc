//! The read-only delivery screens over two delivery notes made through the core: a pick
//! list of Müller's order (Chai from WH1, Chang from bin WH1/A-01) and a posted delivery
//! of Alfreds' order. The list and the pick list in English and German, each in the
//! 256-colour and the mono/ASCII profile; the warehouse reads them and sees no price.

use kontor::core::delivery::DeliveryCommand;
use kontor::core::sales::SalesCommand;
use kontor::core::stock::StockCommand;
use kontor::core::{Command, Role};
use kontor::domain::sales::LineSpec;
use rust_decimal::dec;
use time::macros::date;

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german};

/// Adds an order of `customer` dated 2026-12-03 with item lines `specs` (`SKU:QTY`).
pub(super) fn order(harness: &Harness, customer: &str, specs: &[&str]) {
    let lines = specs
        .iter()
        .map(|spec| LineSpec::parse(spec, false).unwrap())
        .collect();
    harness.saved_by_ben(Command::Sales(SalesCommand::AddOrder {
        customer: customer.into(),
        lines,
        today: date!(2026 - 12 - 03),
        reference: String::new(),
        reference_date: None,
        requested: None,
        terms: Default::default(),
        promised: None,
        confirm: false,
    }));
}

/// The ERP data; Chang (NW-002) only in bin WH1/A-01 (5); AU-2026-00001 of Müller for 4
/// Chai and 3 Chang with its pick list LS-2026-00001; AU-2026-00002 of Alfreds for 1 Chai
/// delivered at once (LS-2026-00002).
fn deliveries(harness: &mut Harness) {
    erp(&harness.store());
    harness.saved_by_ben(kontor::core::kinds::location::add("WH1/A-01", "Regal A"));
    harness.saved_by_ben(Command::Stock(StockCommand::Post {
        code: "NW-002".into(),
        quantity: dec!(5),
        from: "WH1".into(),
        to: "WH1/A-01".into(),
        reference: "Umlagerung".into(),
        allow_negative: false,
    }));
    harness.saved_by_ben(Command::Stock(StockCommand::Count {
        code: "NW-002".into(),
        location: "WH1".into(),
        counted: dec!(0),
    }));
    order(harness, "1", &["NW-001:4", "NW-002:3"]);
    order(harness, "2", &["NW-001:1"]);
    for number in ["AU-2026-00001", "AU-2026-00002"] {
        harness.saved_by_ben(Command::Sales(SalesCommand::ConfirmOrder {
            order: number.into(),
        }));
    }
    harness.saved_by_ben(Command::Deliver(DeliveryCommand::Add {
        order: "AU-2026-00001".into(),
        lines: Vec::new(),
        today: date!(2026 - 12 - 05),
    }));
    harness.saved_by_ben(Command::Deliver(DeliveryCommand::Deliver {
        order: "AU-2026-00002".into(),
        lines: Vec::new(),
        today: date!(2026 - 12 - 05),
    }));
}

#[test]
fn the_delivery_list_and_the_pick_list_by_bin() {
    let (list, _) = both("deliveries", |h| {
        deliveries(h);
        h.keys("g d");
    });
    assert!(list.contains("LS-2026-00001 AU-2026-00001"), "{list}");
    assert!(
        list.contains("pick list") && list.contains("posted"),
        "{list}"
    );
    let (detail, ascii) = both("delivery_detail", |h| {
        deliveries(h);
        h.keys("g d Enter");
    });
    // Walking order: WH1 (Chai 4), then bin A-01 (Chang 3).
    let chai = detail.find("NW-001 Chai").unwrap();
    let chang = detail.find("NW-002 Chang").unwrap();
    assert!(chai < chang, "{detail}");
    assert!(detail.contains("A-01"), "{detail}");
    assert!(ascii.contains("Pick list (2)"), "{ascii}");
}

#[test]
fn the_delivery_screens_read_german() {
    for (name, keys, shown) in [
        ("de_deliveries", "g d", "Pickliste"),
        ("de_delivery_detail", "g d Enter", "Fach"),
    ] {
        let (screen, _) = in_german(|| {
            both(name, |h| {
                deliveries(h);
                h.keys(keys);
            })
        });
        assert!(screen.contains(shown), "{name}: {shown} in {screen}");
    }
}

#[test]
fn the_warehouse_reads_pick_lists_without_a_price() {
    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    deliveries(&mut warehouse);
    for keys in ["g d", "Enter"] {
        let screen = warehouse.keys(keys).screen();
        assert!(!screen.contains("not permitted"), "{screen}");
        assert!(screen.contains("AU-2026-00001"), "{screen}");
        // Chai 18.00, Chang 19.00; 4 × 18.00 = 72.00; 3 × 19.00 = 57.00.
        for price in ["18.00", "19.00", "72.00", "57.00", "Price", "Net"] {
            assert!(!screen.contains(price), "{price}: {screen}");
        }
    }
}

#[test]
fn the_warehouse_scans_a_pick_list_and_an_order_out() {
    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    deliveries(&mut warehouse);
    order(&warehouse, "2", &["NW-001:2"]);
    warehouse.saved_by_ben(Command::Sales(SalesCommand::ConfirmOrder {
        order: "AU-2026-00003".into(),
    }));
    let screen = warehouse.keys("g s C-y").screen();
    assert!(screen.contains("Scan · deliver"), "{screen}");
    // Everything reserved of AU-…-1 is on its pick list: nothing left to scan by order.
    let screen = warehouse.paste("AU-2026-00001\n").screen();
    assert!(screen.contains("holds nothing reserved"), "{screen}");
    let screen = warehouse.paste("LS-2026-00001\n").screen();
    assert!(screen.contains("NW-002 Chang"), "{screen}");
    let screen = warehouse.paste("NW-003\n").screen();
    assert!(
        screen.contains("NW-003 is not to be delivered with AU-2026-00001"),
        "{screen}"
    );
    let screen = warehouse.paste("NW-002\nNW-002\nNW-002\nNW-002\n").screen();
    assert!(screen.contains("everything of it is scanned"), "{screen}");
    let screen = warehouse.paste("\n").screen();
    assert!(screen.contains("scan everything on it first"), "{screen}");
    let screen = warehouse
        .paste("NW-001\nNW-001\nNW-001\nNW-001\n\n")
        .screen();
    assert!(
        screen.contains("delivered: LS-2026-00001 for AU-2026-00001"),
        "{screen}"
    );
    // One step from an order: one unit scanned of its two reserved.
    let screen = warehouse.paste("AU-2026-00003\nNW-001\n\n").screen();
    assert!(
        screen.contains("delivered: LS-2026-00003 for AU-2026-00003"),
        "{screen}"
    );
    let store = warehouse.store();
    let owner = kontor::core::Actor {
        name: "ben".into(),
        role: Role::Admin,
    };
    let notes = kontor::core::delivery_query::deliveries(&store, &owner, None, None).unwrap();
    let states: Vec<(&str, &str)> = notes
        .iter()
        .map(|v| (v.note.number.as_str(), v.note.state.name()))
        .collect();
    assert_eq!(
        states,
        [
            ("LS-2026-00001", "posted"),
            ("LS-2026-00002", "posted"),
            ("LS-2026-00003", "posted")
        ]
    );
    let third = kontor::core::sales_query::order(&store, &owner, "AU-2026-00003").unwrap();
    assert_eq!(
        (
            third.order.lines[0].delivered,
            third.order.lines[0].reserved()
        ),
        (dec!(1), dec!(1))
    );
    let first = kontor::core::sales_query::order(&store, &owner, "AU-2026-00001").unwrap();
    assert!(first.order.fully_delivered());
}
