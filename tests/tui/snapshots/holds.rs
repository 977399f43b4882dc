//! The holds queue over orders the core held: Alfreds over its credit limit of 100.00 and
//! an order of Müller below the order minimum of 50.00. The queue and an order's detail
//! with its hold, in English and German, each in the 256-colour and the mono/ASCII
//! profile; a sales manager releases an order with a reason in the release form, a sales
//! user is refused the release.

use kontor::core::sales::SalesCommand;
use kontor::core::{Command, Role};
use kontor::domain::sales::{LineSpec, SalesOrder};
use time::macros::date;

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german};

fn order(harness: &Harness, customer: &str, line: &str) {
    harness.saved_by_ben(Command::Sales(SalesCommand::AddOrder {
        customer: customer.into(),
        lines: vec![LineSpec::parse(line, true).unwrap()],
        today: date!(2026 - 12 - 03),
        reference: String::new(),
        reference_date: None,
        requested: None,
        terms: Default::default(),
        promised: None,
        confirm: false,
    }));
}

/// The ERP data, Alfreds (customer 2) with a credit limit of 100.00, an order minimum of
/// 50.00; AU-2026-00001 of Alfreds (2 × 45.00 = 90.00 net, 107.10 gross: over the
/// limit) and AU-2026-00002 of Müller (1 × 30.00 net: below the minimum), both held, and
/// AU-2026-00003 of Müller (60.00), not held.
fn held(harness: &mut Harness) {
    erp(&harness.store());
    credit_limit(harness, 2, "100.00");
    harness.saved_by_ben(Command::SetSetting {
        name: "order-minimum".into(),
        value: "50".into(),
    });
    order(harness, "2", "Beratung:2:45.00");
    order(harness, "1", "Montage:1:30.00");
    order(harness, "1", "Montage:2:30.00");
}

/// Sets the credit limit of customer `id` (as ben).
pub(super) fn credit_limit(harness: &Harness, id: u64, limit: &str) {
    let mut edit = kontor::domain::fields::customer::CustomerEdit::default();
    edit.set.push("credit_limit", limit);
    harness.saved_by_ben(kontor::core::plain::RecordCommand::edit(
        kontor::core::kinds::CUSTOMERS,
        id,
        None,
        edit.input(),
    ));
}

fn held_numbers(harness: &Harness) -> Vec<String> {
    let store = harness.store();
    store
        .scan::<SalesOrder>()
        .unwrap()
        .map(Result::unwrap)
        .filter(|order| order.hold.is_some())
        .map(|order| order.number)
        .collect()
}

#[test]
fn the_holds_queue_lists_the_held_orders_with_their_reasons() {
    let (queue, ascii) = both("holds", |h| {
        held(h);
        h.keys("g r");
    });
    assert!(
        queue.contains("AU-2026-00001") && queue.contains("AU-2026-00002"),
        "{queue}"
    );
    assert!(!queue.contains("AU-2026-00003"), "{queue}");
    assert!(
        queue.contains("Alfreds") && queue.contains("90.00"),
        "{queue}"
    );
    // The selected order's reasons in full below the list.
    assert!(
        queue.contains("credit limit exceeded: exposure 107.10 EUR with this order, limit"),
        "{queue}"
    );
    assert!(ascii.contains("AU-2026-00002"), "{ascii}");
    let mut palette = Harness::new(color(), 80, 24);
    held(&mut palette);
    let screen = palette.palette("go-holds").screen();
    assert!(
        screen.contains("Held orders") && screen.contains("AU-2026-00002"),
        "{screen}"
    );
    let (detail, _) = both("holds_order_detail", |h| {
        held(h);
        h.keys("g r Down Enter");
    });
    assert!(
        detail.contains("On hold since")
            && detail.contains("order value 30.00 EUR below the minimum 50.00 EUR"),
        "{detail}"
    );
}

#[test]
fn the_holds_queue_reads_german() {
    let (queue, _) = in_german(|| {
        both("de_holds", |h| {
            held(h);
            h.keys("g r");
        })
    });
    assert!(queue.contains("Gesperrte Aufträge"), "{queue}");
    assert!(
        queue.contains("Kreditlimit überschritten: Obligo 107,10 € mit diesem Auftrag"),
        "{queue}"
    );
    let (detail, _) = in_german(|| {
        both("de_holds_order_detail", |h| {
            held(h);
            h.keys("g r Down Enter");
        })
    });
    assert!(detail.contains("Gesperrt seit"), "{detail}");
    assert!(
        detail.contains("Auftragswert 30,00 € unter dem Mindestwert 50,00 €"),
        "{detail}"
    );
}

#[test]
fn a_sales_manager_releases_with_a_reason_and_sales_may_not() {
    let mut sales = Harness::as_role(Role::Sales, color(), 80, 24);
    held(&mut sales);
    let screen = sales.keys("g r f").screen();
    assert!(screen.contains("not permitted for role sales"), "{screen}");
    assert!(!screen.contains("f Release"), "{screen}");
    assert_eq!(held_numbers(&sales), ["AU-2026-00001", "AU-2026-00002"]);

    let mut manager = Harness::as_role(Role::SalesManager, color(), 80, 24);
    held(&mut manager);
    let form = manager.keys("g r f").snapshot("holds_release_form");
    assert!(form.contains("Release AU-2026-00001"), "{form}");
    // No reason: refused in the form, nothing released.
    manager.keys("C-x");
    assert_eq!(held_numbers(&manager), ["AU-2026-00001", "AU-2026-00002"]);
    let screen = manager.text("paid in advance").keys("C-x").screen();
    assert!(screen.contains("AU-2026-00001 released"), "{screen}");
    assert!(!screen.contains("Alfreds"), "{screen}");
    assert_eq!(held_numbers(&manager), ["AU-2026-00002"]);
    let store = manager.store();
    let released = store
        .scan::<SalesOrder>()
        .unwrap()
        .map(Result::unwrap)
        .find(|order| order.number == "AU-2026-00001")
        .unwrap();
    assert_eq!(released.releases[0].by, "anna");
    assert_eq!(released.releases[0].reason, "paid in advance");
}
