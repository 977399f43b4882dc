//! The purchase-trends screen over two years of orders with a story, the session's today
//! 2026-12-05: Müller (1) orders every month, 10 × 18.00 = 180.00 in 2025 and
//! 12 × 18.00 = 216.00 in 2026 (a champion); Alfreds (2) orders 20 × 19.00 = 380.00 each
//! quarter of 2025 and only in February and March 2026 (at risk); the Kaffeerösterei (3)
//! orders once, 5 × 10.00 = 50.00 in November 2026; the Teehaus (4) once in March 2025,
//! 2 × 22.00 = 44.00 (hibernating). Snapshots in English and German, 256-colour and
//! mono/ASCII; a segment opens the customer list of exactly its customers; Enter on a
//! month opens that month's orders; the warehouse gets no trends.

use kontor::core::sales::SalesCommand;
use kontor::core::{Command, Role};
use kontor::domain::sales::LineSpec;
use time::{Date, Month};

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german, input};

fn order(harness: &Harness, customer: &str, line: &str, (year, month, day): (i32, u8, u8)) {
    let month = Month::try_from(month).unwrap();
    harness.saved_by_ben(Command::Sales(SalesCommand::AddOrder {
        customer: customer.into(),
        lines: vec![LineSpec::parse(line, false).unwrap()],
        today: Date::from_calendar_date(year, month, day).unwrap(),
        reference: String::new(),
        reference_date: None,
        requested: None,
        terms: Default::default(),
        promised: None,
        confirm: false,
    }));
}

/// The ERP data, two more customers and the orders of the module header.
pub(super) fn story(harness: &mut Harness) {
    erp(&harness.store());
    for name in ["Berliner Kaffeerösterei", "Hamburger Teehaus"] {
        harness.saved_by_ben(kontor::core::plain::RecordCommand::add(
            kontor::core::kinds::CUSTOMERS,
            input(&[("name", name), ("country", "DE")]),
        ));
    }
    for month in 1..=12 {
        order(harness, "1", "NW-001:10:18.00", (2025, month, 15));
        let day = if month == 12 { 3 } else { 15 };
        order(harness, "1", "NW-001:12:18.00", (2026, month, day));
    }
    for month in [2, 5, 8, 11] {
        order(harness, "2", "NW-002:20:19.00", (2025, month, 10));
    }
    for month in [2, 3] {
        order(harness, "2", "NW-002:20:19.00", (2026, month, 10));
    }
    order(harness, "3", "NW-003:5:10.00", (2026, 11, 20));
    order(harness, "4", "NW-004:2:22.00", (2025, 3, 10));
}

#[test]
fn the_trends_show_months_beside_the_year_before_and_the_top_customers() {
    let (screen, ascii) = both("trends", |h| {
        story(h);
        h.keys("g k");
    });
    // December 2026 is selected: 216.00, December 2025 180.00.
    assert!(screen.contains("12/2026: 216.00"), "{screen}");
    assert!(screen.contains("12/2025): 180.00"), "{screen}");
    // Müller: 12 × 216.00 = 2592.00; Alfreds 2 × 380.00 = 760.00; the Rösterei 50.00.
    assert!(screen.contains("2592.00"), "{screen}");
    assert!(screen.contains("760.00"), "{screen}");
    assert!(screen.contains("50.00"), "{screen}");
    // Each month's bar: the year before's beside it.
    assert!(
        screen.contains("01/26") && screen.contains("12/26"),
        "{screen}"
    );
    assert!(ascii.contains("#") && ascii.contains("."), "{ascii}");
    let (products, _) = both("trends_products", |h| {
        story(h);
        h.keys("g k v v");
    });
    // NW-001: 2592.00 (A); NW-002: 760.00; NW-003: 50.00.
    assert!(products.contains("NW-001"), "{products}");
    let (segments, _) = both("trends_segments", |h| {
        story(h);
        h.keys("g k v v v");
    });
    assert!(segments.contains("at risk"), "{segments}");
}

#[test]
fn the_trends_in_german() {
    let (screen, _) = in_german(|| {
        both("trends_de", |h| {
            story(h);
            h.keys("g k");
        })
    });
    assert!(screen.contains("Kauftrends und Analysen"), "{screen}");
    assert!(screen.contains("2.592,00"), "{screen}");
    assert!(screen.contains("Vorjahr (12/2025): 180,00"), "{screen}");
}

#[test]
fn a_segment_opens_the_customer_list_of_exactly_its_customers() {
    let mut harness = Harness::new(color(), 80, 24);
    story(&mut harness);
    // Segments: ABC A, B, C, then champions, loyal, new, needs attention, at risk.
    let screen = harness.keys("g k v v v").keys("Down Down Down").screen();
    assert!(screen.contains("champions"), "{screen}");
    let champions = harness.keys("Enter").screen();
    assert!(champions.contains("Customers: champions"), "{champions}");
    assert!(champions.contains("Müller Maschinenbau"), "{champions}");
    assert!(!champions.contains("Alfreds"), "{champions}");
    assert!(champions.contains("1 customers shown"), "{champions}");
    let at_risk = harness.keys("Esc Down Down Down Down Enter").screen();
    assert!(at_risk.contains("Customers: at risk"), "{at_risk}");
    assert!(at_risk.contains("Alfreds Futterkiste"), "{at_risk}");
    assert!(!at_risk.contains("Müller"), "{at_risk}");
    assert!(at_risk.contains("1 customers shown"), "{at_risk}");
}

#[test]
fn enter_on_a_month_opens_that_months_orders() {
    let mut harness = Harness::new(color(), 80, 24);
    story(&mut harness);
    // From December back to October 2026: Müller's one order of the month.
    let screen = harness.keys("g k Up Up").screen();
    assert!(screen.contains("10/2026: 216.00"), "{screen}");
    let orders = harness.keys("Enter").screen();
    assert!(
        orders.contains("Orders 2026-10-01 – 2026-10-31"),
        "{orders}"
    );
    assert!(orders.contains("1 document"), "{orders}");
    assert!(orders.contains("2026-10-15"), "{orders}");
    assert!(!orders.contains("2025-10-15"), "{orders}");
    // February 2026: Müller's and Alfreds' orders.
    let february = harness.keys("Esc Home Down Enter").screen();
    assert!(february.contains("2 documents"), "{february}");
    assert!(february.contains("Alfreds"), "{february}");
    // A customer's row opens their orders: Alfreds, six.
    let alfreds = harness.keys("Esc v Down Enter").screen();
    assert!(alfreds.contains("Orders: "), "{alfreds}");
    assert!(alfreds.contains("6 documents"), "{alfreds}");
    // A product's row opens the orders with it: NW-001, Müller's 12 + 12 orders.
    let chai = harness.keys("Esc v Enter").screen();
    assert!(chai.contains("Orders: NW-001 Chai"), "{chai}");
    assert!(chai.contains("24 documents"), "{chai}");
    assert!(!chai.contains("Alfreds"), "{chai}");
}

#[test]
fn the_warehouse_gets_no_trends() {
    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    story(&mut warehouse);
    let screen = warehouse.keys("g k").screen();
    assert!(
        screen.contains("not permitted for role warehouse"),
        "{screen}"
    );
    assert!(!screen.contains("2592.00"), "{screen}");
    assert!(!screen.contains("Purchase trends"), "{screen}");
}

#[test]
fn the_palette_and_the_go_keys_open_the_trends() {
    let mut harness = Harness::new(color(), 80, 24);
    let which = harness.keys("g").screen();
    for shown in [
        "h Go to Home",
        "k Go to the purchase trends",
        "d Go to the delivery notes",
    ] {
        assert!(which.contains(shown), "{shown}: {which}");
    }
    let screen = harness.keys("Esc").keys(":").text("trends").screen();
    assert!(screen.contains("go-trends"), "{screen}");
    let screen = harness.keys("Enter").screen();
    assert!(screen.contains("Purchase trends and analyses"), "{screen}");
}

#[test]
fn the_customer_detail_shows_their_trend_and_latest_orders() {
    let (screen, _) = both("customer_trend", |h| {
        story(h);
        h.keys("g c Enter");
    });
    // Müller: 2026 12 × 216.00 = 2592.00; 2025 12 × 180.00 = 2160.00.
    assert!(screen.contains("2592.00 — 2025: 2160.00"), "{screen}");
    // The latest five orders, newest first: December back to August 2026.
    let december = screen.find("2026-12-03").unwrap();
    let august = screen.find("2026-08-15").unwrap();
    assert!(december < august, "{screen}");
    assert!(!screen.contains("2026-07-15"), "{screen}");
    let (german, _) = in_german(|| {
        both("de_customer_trend", |h| {
            story(h);
            h.keys("g c Enter");
        })
    });
    assert!(german.contains("2.592,00 — 2025: 2.160,00"), "{german}");
    // The warehouse reads no sales: no trend.
    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    story(&mut warehouse);
    let screen = warehouse.keys("g c Enter").screen();
    assert!(!screen.contains("2592.00"), "{screen}");
}

#[test]
fn without_orders_the_trends_are_empty_and_a_segment_lists_no_one() {
    let mut harness = Harness::new(color(), 80, 24);
    let screen = harness.keys("g k").screen();
    assert!(screen.contains("12/2026: 0.00"), "{screen}");
    assert!(screen.contains("12/2025): 0.00"), "{screen}");
    let screen = harness.keys("Enter").screen();
    assert!(screen.contains("0 documents"), "{screen}");
    let screen = harness.keys("Esc v v v Enter").screen();
    assert!(screen.contains("Customers: ABC class A"), "{screen}");
    assert!(screen.contains("0 customers shown"), "{screen}");
    assert!(!screen.contains("Müller"), "{screen}");
}
