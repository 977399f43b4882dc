//! The MRP screens over a small plant built through the command line on the suite's day
//! (Saturday 2026-12-05): a bicycle BIKE made of FRAME ×1 and WHEEL ×2 (no production
//! days), FRAME bought from L-1 with 5 days' lead time, WHEEL from L-1 with 10, nothing on
//! hand, lot for lot; sales order AU-2026-00001 wants 10 BIKE on Friday 2027-01-15; BELL,
//! which nothing needs, is on a purchase order of 5. By hand: BIKE 10 made, due and
//! released 2027-01-15; its release needs FRAME 10 and WHEEL 20 on 2027-01-15, released
//! 5 and 10 weekdays before: FRAME on 2027-01-08, WHEEL on 2027-01-01; BELL's purchase
//! order gets "cancel". The list shows these, typed options apply with Enter (firm
//! survives a rerun, convert names the purchase order it made), Enter without an option
//! opens the pegging, `v` the action messages, `N` the run with its changes first.

use std::path::Path;
use std::sync::Arc;

use kontor::core::{Actor, Role};
use kontor::core::{mrp, purchase_query};
use kontor::store::Store;
use rust_decimal::dec;
use time::macros::date;

use crate::common::ok;

use super::snapshots::harness::{Harness, in_german, profiles};

fn plant(db: &Path) -> Arc<Store> {
    ok(
        db,
        &["supplier", "add", "--name", "Velo Teile", "--number", "L-1"],
    );
    for (sku, name) in [
        ("BIKE", "Fahrrad"),
        ("FRAME", "Rahmen"),
        ("WHEEL", "Laufrad"),
        ("BELL", "Klingel"),
    ] {
        ok(
            db,
            &["item", "add", "--sku", sku, "--name", name, "--price", "10"],
        );
    }
    ok(
        db,
        &[
            "bom", "set", "BIKE", "--line", "FRAME:1", "--line", "WHEEL:2",
        ],
    );
    for (sku, price, lead) in [
        ("FRAME", "40", "5"),
        ("WHEEL", "15", "10"),
        ("BELL", "2", "3"),
    ] {
        ok(
            db,
            &[
                "supplier-item",
                "add",
                "--item",
                sku,
                "--supplier",
                "L-1",
                "--price",
                price,
                "--lead-days",
                lead,
                "--preferred",
                "yes",
            ],
        );
    }
    ok(
        db,
        &["customer", "add", "--name", "Radhaus", "--number", "K-1"],
    );
    ok(
        db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "BIKE:10",
            "--requested",
            "2027-01-15",
        ],
    );
    ok(
        db,
        &["purchase", "add", "--supplier", "L-1", "--line", "BELL:5"],
    );
    Arc::new(Store::open(db).unwrap())
}

fn anna() -> Actor {
    Actor::local("anna")
}

/// The screen's line that names `text`.
fn line<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|line| line.contains(text))
        .unwrap_or_else(|| panic!("{text} missing in:\n{screen}"))
}

/// The option typed on the row of `sku` (the first cell, inside the frame).
fn option<'a>(screen: &'a str, sku: &str) -> &'a str {
    let row = line(screen, &format!(" {sku} "));
    row.trim_start_matches('│')
        .split_whitespace()
        .next()
        .unwrap_or("")
}

/// Goes to the plan and runs MRP through the changes screen.
fn planned(harness: &mut Harness) -> String {
    let before = harness.keys("g P").plain();
    assert!(before.contains("No plan yet"), "{before}");
    let changes = harness.keys("U").plain();
    assert!(changes.contains("3 new, 0 changed, 0 gone"), "{changes}");
    for sku in ["BIKE", "FRAME", "WHEEL"] {
        assert!(line(&changes, sku).contains("new"), "{changes}");
    }
    assert!(
        mrp::accepted(&harness.store(), &anna()).unwrap().is_none(),
        "the changes screen stores nothing"
    );
    let stored = harness.keys("U").plain();
    assert!(
        stored.contains("MRP run stored: 3 planned orders."),
        "{stored}"
    );
    stored
}

#[test]
fn the_plan_lists_the_planned_orders_the_run_made() {
    let mut harness = Harness::setup().data(plant).build();
    let list = planned(&mut harness);
    let plan = mrp::accepted(&harness.store(), &anna()).unwrap().unwrap();
    let figures: Vec<(&str, _, _, _)> = plan
        .orders
        .iter()
        .map(|o| {
            (
                o.sku.as_str(),
                o.order.quantity,
                o.order.release,
                o.order.due,
            )
        })
        .collect();
    assert_eq!(
        figures,
        [
            (
                "BIKE",
                dec!(10),
                date!(2027 - 01 - 15),
                date!(2027 - 01 - 15)
            ),
            (
                "FRAME",
                dec!(10),
                date!(2027 - 01 - 08),
                date!(2027 - 01 - 15)
            ),
            (
                "WHEEL",
                dec!(20),
                date!(2027 - 01 - 01),
                date!(2027 - 01 - 15)
            ),
        ],
        "as computed by hand"
    );
    assert!(list.contains("3 planned orders"), "{list}");
    for (sku, quantity, release, kind, supplier) in [
        ("BIKE", "10", "2027-01-15", "make", ""),
        ("FRAME", "10", "2027-01-08", "buy", "L-1"),
        ("WHEEL", "20", "2027-01-01", "buy", "L-1"),
    ] {
        let row = line(&list, &format!(" {sku} "));
        for shown in [quantity, release, "2027-01-15", kind, supplier] {
            assert!(row.contains(shown), "{shown} missing in {row}");
        }
        assert!(!row.contains("firm"), "{row}");
    }
    assert!(list.lines().count() <= 24);
}

#[test]
fn options_firm_and_convert_with_enter_and_firm_survives_a_rerun() {
    let mut harness = Harness::setup().data(plant).build();
    planned(&mut harness);
    // Rows: BIKE, FRAME, WHEEL. WHEEL 1 (firm), FRAME 2 then 2 again (cleared), then 2.
    let typed = harness.keys("Down Down 1").plain();
    assert_eq!(option(&typed, "WHEEL"), "1", "{typed}");
    assert_eq!(option(&typed, "FRAME"), "FRAME", "no option: {typed}");
    let once = harness.keys("Up 2").plain();
    assert_eq!(option(&once, "FRAME"), "2", "{once}");
    let cleared = harness.keys("2").plain();
    assert_eq!(option(&cleared, "FRAME"), "FRAME", "cleared: {cleared}");
    let applied = harness.keys("2 Enter").plain();
    assert!(
        applied.contains("1 firmed, 0 unfirmed, 1 converted."),
        "{applied}"
    );
    assert!(applied.contains("Made: BE-2026-00002."), "{applied}");
    assert!(line(&applied, " WHEEL ").contains("firm"), "{applied}");
    assert!(!applied.contains(" FRAME "), "converted: {applied}");
    let plan = mrp::accepted(&harness.store(), &anna()).unwrap().unwrap();
    let wheel = plan.orders.iter().find(|o| o.sku == "WHEEL").unwrap();
    assert!(wheel.order.firm);
    let made = purchase_query::order(&harness.store(), &anna(), "BE-2026-00002").unwrap();
    let lines: Vec<(&str, _, _)> = made
        .order
        .lines
        .iter()
        .map(|l| (l.sku.as_str(), l.quantity, l.unit_price))
        .collect();
    assert_eq!(lines, [("FRAME", dec!(10), dec!(40))]);
    assert_eq!(made.supplier, "Velo Teile");

    // A rerun keeps the firm WHEEL order and plans no FRAME (the purchase order covers it).
    let changes = harness.keys("U").plain();
    assert!(
        changes.contains("Not stored yet: nothing changes."),
        "{changes}"
    );
    let rerun = harness.keys("U").plain();
    assert!(line(&rerun, " WHEEL ").contains("firm"), "{rerun}");
    assert!(!rerun.contains(" FRAME "), "{rerun}");
    let plan = mrp::accepted(&harness.store(), &anna()).unwrap().unwrap();
    let keys: Vec<(&str, bool)> = plan
        .orders
        .iter()
        .map(|o| (o.sku.as_str(), o.order.firm))
        .collect();
    assert_eq!(keys, [("BIKE", false), ("WHEEL", true)]);
    // 3 unfirms it again.
    let unfirmed = harness.keys("Down 3 Enter").plain();
    assert!(unfirmed.contains("0 firmed, 1 unfirmed"), "{unfirmed}");
    assert!(!line(&unfirmed, " WHEEL ").contains("firm"), "{unfirmed}");
}

#[test]
fn enter_shows_the_demands_a_planned_order_covers_and_v_the_action_messages() {
    let mut harness = Harness::setup().data(plant).build();
    planned(&mut harness);
    let bike = harness.keys("Enter").plain();
    let demand = line(&bike, "Sales order AU-2026-00001, line 1");
    assert!(
        demand.contains("2027-01-15") && demand.contains("10"),
        "{bike}"
    );
    assert!(bike.contains("make 10 × BIKE Fahrrad"), "{bike}");
    let plan = mrp::accepted(&harness.store(), &anna()).unwrap().unwrap();
    let bike_key = plan.orders[0].order.key.clone();
    let wheel = harness.keys("Esc Down Down Enter").plain();
    assert!(wheel.contains("Supplier: L-1 Velo Teile"), "{wheel}");
    let parent = line(&wheel, &format!("Planned order {bike_key}"));
    assert!(parent.contains("20"), "{wheel}");

    let actions = harness.keys("Esc v").plain();
    assert!(actions.contains("1 action message"), "{actions}");
    let bell = line(&actions, "BELL");
    assert!(bell.contains("BE-2026-00001/1"), "{actions}");
    assert!(bell.contains("Cancel (5 not needed)"), "{actions}");
    let expected = mrp::actions(&harness.store(), &anna()).unwrap();
    assert_eq!(expected.len(), 1);
    assert_eq!(expected[0].message, "Cancel (5 not needed)");
}

#[test]
fn the_plan_in_german_fits_80_by_24_with_every_option_in_the_legend() {
    for profile in profiles() {
        let ascii = profile.ascii;
        let mut harness = Harness::setup().data(plant).profile(profile).build();
        planned(&mut harness);
        let german = in_german(|| harness.keys("Esc g P").snapshot("mrp_de"));
        assert!(german.contains("Bedarfsplanung"), "{german}");
        let row = line(&german, " WHEEL ");
        for shown in ["20", "01.01.2027", "15.01.2027", "Kauf", "L-1"] {
            assert!(row.contains(shown), "{shown} missing in {row}");
        }
        let (options, stored) = match ascii {
            true => (
                "1=fixieren 2=umsetzen 3=loesen",
                "3 Planauftraege. U plant neu.",
            ),
            false => (
                "1=fixieren 2=umsetzen 3=lösen",
                "3 Planaufträge. U plant neu.",
            ),
        };
        assert!(german.contains(options), "{german}");
        assert!(
            german.contains(&format!("Planung vom 05.12.2026 von anna: {stored}")),
            "{german}"
        );
        let legend = german.lines().last().unwrap_or_default();
        let unfirm = if ascii { "3 Loesen" } else { "3 Lösen" };
        for entry in [
            "1 Fixieren",
            "2 Umsetzen",
            unfirm,
            "4 Ignorieren",
            "5 Beachten",
            "? Hilfe",
            "q Verlassen",
        ] {
            assert!(legend.contains(entry), "{entry} missing in {legend}");
        }
    }
}

#[test]
fn the_legend_at_80_columns_shows_every_option_in_both_keymaps_and_profiles() {
    for preset in ["default", "vim"] {
        for profile in profiles() {
            let mut harness = Harness::setup()
                .data(plant)
                .preset(Some(preset))
                .profile(profile)
                .build();
            planned(&mut harness);
            // The status of the run gives way to the legend on the next screen.
            let screen = harness.keys("Esc g P").plain();
            let legend = screen.lines().last().unwrap_or_default();
            for entry in [
                "1 Firm",
                "2 Convert",
                "3 Unfirm",
                "4 Ignore",
                "5 Unignore",
                "U Run MRP",
                "Help",
                "Exit",
            ] {
                assert!(
                    legend.contains(entry),
                    "{preset}: {entry} missing in {legend}"
                );
            }
        }
    }
}

#[test]
fn the_pegging_view_marks_an_ignored_and_a_firm_planned_order() {
    let mut harness = Harness::setup().data(plant).build();
    planned(&mut harness);
    // Rows: BIKE, FRAME, WHEEL. FRAME ignored, then its pegging.
    harness.keys("Down 4 Enter");
    let frame = harness.keys("Enter").plain();
    let marks = line(&frame, "Supplier: L-1 Velo Teile");
    assert!(
        marks.contains("Ignored: converting all passes it by · Supplier"),
        "{frame}"
    );
    assert!(!marks.contains("Firm"), "{frame}");
    let german = in_german(|| harness.keys("F5").plain());
    assert!(
        german.contains("Ignoriert: „Alle umsetzen“ übergeht ihn · Lieferant: L-1"),
        "{german}"
    );
    // WHEEL firmed: its pegging says so and is not ignored; BIKE's is neither.
    harness.keys("Esc Down 1 Enter");
    let wheel = harness.keys("Enter").plain();
    let marks = line(&wheel, "Supplier: L-1 Velo Teile");
    assert!(marks.contains("Firm · Supplier"), "{wheel}");
    assert!(!wheel.contains("Ignored"), "{wheel}");
    let bike = harness.keys("Esc Home Enter").plain();
    assert!(bike.contains("make 10 × BIKE Fahrrad"), "{bike}");
    assert!(
        !bike.contains("Ignored") && !bike.contains("Firm"),
        "{bike}"
    );
}

#[test]
fn purchasing_opens_the_plan_and_sales_may_not() {
    let mut buyer = Harness::setup()
        .actor("pia", Role::Purchasing)
        .data(plant)
        .build();
    let plan = buyer.keys("g P").plain();
    assert!(
        plan.contains("MRP plan") && plan.contains("No plan yet"),
        "{plan}"
    );
    let mut harness = Harness::setup()
        .actor("sam", Role::Sales)
        .data(plant)
        .build();
    let screen = harness.keys("g P").plain();
    assert!(!screen.contains("MRP plan"), "{screen}");
}

#[test]
fn option_4_ignores_a_planned_order_and_convert_all_passes_it_by() {
    use kontor::core::mrp::{MrpCommand, MrpEvent};
    use kontor::core::{Clock, Command, Event, execute};
    use kontor::domain::mrp::OrderKind;

    let mut harness = Harness::setup().data(plant).build();
    planned(&mut harness);
    // Rows: BIKE, FRAME, WHEEL. FRAME 4, Enter.
    let typed = harness.keys("Down 4").plain();
    assert_eq!(option(&typed, "FRAME"), "4", "{typed}");
    let applied = harness.keys("Enter").plain();
    assert!(
        applied.contains("1 ignored, 0 no longer ignored."),
        "{applied}"
    );
    assert!(line(&applied, " FRAME ").contains("ign."), "{applied}");
    assert!(!line(&applied, " WHEEL ").contains("ign."), "{applied}");
    let ignored = |harness: &Harness| -> Vec<(String, bool)> {
        let plan = mrp::accepted(&harness.store(), &anna()).unwrap().unwrap();
        plan.orders
            .iter()
            .map(|o| (o.sku.clone(), o.ignored))
            .collect()
    };
    let row = |sku: &str, ignored: bool| (sku.to_string(), ignored);
    assert_eq!(
        ignored(&harness),
        [row("BIKE", false), row("FRAME", true), row("WHEEL", false)]
    );
    // 5 stops ignoring it, 4 ignores it again.
    let stopped = harness.keys("5 Enter").plain();
    assert!(
        stopped.contains("0 ignored, 1 no longer ignored."),
        "{stopped}"
    );
    assert!(!line(&stopped, " FRAME ").contains("ign."), "{stopped}");
    harness.keys("4 Enter");
    // Converting every bought order makes the wheels' purchase order only.
    let store = harness.store();
    let command = MrpCommand::Convert {
        today: date!(2026 - 12 - 05),
        keys: Vec::new(),
        all: true,
        kind: Some(OrderKind::Buy),
    };
    let clock = Clock::pinned(crate::common::now());
    let Ok(Event::Mrp(MrpEvent::Converted(done))) =
        execute(&store, &clock, &anna(), Command::Mrp(command))
    else {
        panic!("convert all refused");
    };
    assert_eq!(done.purchase_orders, ["BE-2026-00002"]);
    assert_eq!(done.keys.len(), 1);
    assert!(done.keys[0].starts_with("PL-WHEEL-"), "{:?}", done.keys);
    assert_eq!(ignored(&harness), [row("BIKE", false), row("FRAME", true)]);
}
