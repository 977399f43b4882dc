//! The read-only sales screens over two documents made through the core: a quote to
//! Alfreds (a discounted standard-rate line and a reduced-rate line) and an order of
//! Müller Maschinenbau, whose supplies are reverse charge (its legal note shown). The
//! lists and both details in English and German, each in the 256-colour and the
//! mono/ASCII profile; the warehouse is refused the screens.

use kontor::core::sales::SalesCommand;
use kontor::core::{Command, Role};
use kontor::domain::sales::LineSpec;
use time::macros::date;

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german};

fn lines(specs: &[&str], free_text: bool) -> Vec<LineSpec> {
    specs
        .iter()
        .map(|spec| LineSpec::parse(spec, free_text).unwrap())
        .collect()
}

/// The ERP items, Müller (customer 1) taxed reverse charge, a quote and an order.
pub(super) fn sales(harness: &mut Harness) {
    erp(&harness.store());
    let mut edit = kontor::domain::fields::customer::CustomerEdit::default();
    edit.set.push("tax_treatment", "reverse-charge");
    harness.saved_by_ben(kontor::core::plain::RecordCommand::edit(
        kontor::core::kinds::CUSTOMERS,
        1,
        None,
        edit.input(),
    ));
    harness.saved_by_ben(Command::Sales(SalesCommand::AddQuote {
        customer: "2".into(),
        lines: lines(&["NW-001:10:18.00:5", "NW-002:4:19.00::reduced"], false),
        today: date!(2026 - 12 - 01),
        valid_until: Some(date!(2026 - 12 - 31)),
        opportunity: None,
        terms: Default::default(),
    }));
    harness.saved_by_ben(Command::Sales(SalesCommand::AddOrder {
        customer: "1".into(),
        lines: lines(&["Montage:3:1200.50:10"], true),
        today: date!(2026 - 12 - 03),
        reference: "PO-77".into(),
        reference_date: None,
        requested: None,
        terms: Default::default(),
        promised: None,
        confirm: false,
    }));
}

#[test]
fn the_quote_list_and_detail_show_lines_vat_groups_and_totals() {
    let (list, _) = both("sales_quotes", |h| {
        sales(h);
        h.keys("g q");
    });
    // 10 × 18.00 − 5 % = 171.00; 4 × 19.00 = 76.00; net 247.00.
    assert!(
        list.contains("Alfreds") && list.contains("247.00"),
        "{list}"
    );
    // Valid to the end of the year: still a draft on the session's day (2026-12-05).
    assert!(list.contains("2026-12-31  draft"), "{list}");
    let (detail, ascii) = both("sales_quote_detail", |h| {
        sales(h);
        h.keys("g q Enter");
    });
    assert!(
        detail.contains("171.00") && detail.contains("76.00"),
        "{detail}"
    );
    // 19 % of 171.00 = 32.49; 7 % of 76.00 = 5.32; VAT 37.81; gross 284.81.
    assert!(
        detail.contains("32.49") && detail.contains("5.32"),
        "{detail}"
    );
    assert!(
        detail.contains("37.81") && detail.contains("284.81"),
        "{detail}"
    );
    assert!(ascii.contains("284.81"), "{ascii}");
}

#[test]
fn the_order_list_and_detail_show_the_reverse_charge_note() {
    let (list, _) = both("sales_orders", |h| {
        sales(h);
        h.keys("g a");
    });
    // 3 × 1200.50 − 10 % = 3241.35.
    assert!(
        list.contains("Müller") && list.contains("3241.35"),
        "{list}"
    );
    let (detail, _) = both("sales_order_detail", |h| {
        sales(h);
        h.keys("g a Enter");
    });
    assert!(
        detail.contains("Montage") && detail.contains("3241.35"),
        "{detail}"
    );
    assert!(detail.contains("the recipient is liable"), "{detail}");
}

#[test]
fn the_sales_screens_read_german() {
    let screens = [
        ("de_sales_quotes", "g q", "247,00"),
        ("de_sales_quote_detail", "g q Enter", "284,81"),
        ("de_sales_orders", "g a", "3.241,35"),
        (
            "de_sales_order_detail",
            "g a Enter",
            "Steuerschuldnerschaft",
        ),
    ];
    for (name, keys, shown) in screens {
        let (screen, _) = in_german(|| {
            both(name, |h| {
                sales(h);
                h.keys(keys);
            })
        });
        assert!(screen.contains(shown), "{name}: {shown} in {screen}");
    }
}

#[test]
fn the_warehouse_gets_no_sales_screens_and_an_agent_reads_them() {
    for keys in ["g q", "g a"] {
        let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
        sales(&mut warehouse);
        let screen = warehouse.keys(keys).screen();
        assert!(
            screen.contains("not permitted for role warehouse"),
            "{screen}"
        );
        assert!(!screen.contains("Alfreds Futterkiste  "), "{screen}");
        assert!(
            !screen.contains("3241.35") && !screen.contains("247.00"),
            "{screen}"
        );
    }
    let mut agent = Harness::as_role(Role::Agent, color(), 80, 24);
    sales(&mut agent);
    let screen = agent.keys("g a Enter").screen();
    assert!(screen.contains("3241.35"), "{screen}");
}
