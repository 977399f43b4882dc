//! The invoice screens over the ERP data with a letterhead and terms of 30 days, 2 %
//! Skonto within 14: Müller's AU-2026-00001 (2 Chai) delivered and invoiced on 2026-10-01
//! (RE-2026-00001, due 2026-10-31, overdue on the pinned 2026-12-05), Alfreds'
//! AU-2026-00002 (1 Chai) delivered on 2026-12-05 and — in the fixtures that say so —
//! invoiced the same day (RE-2026-00002, due 2027-01-04, Skonto until 2026-12-19). The
//! invoice key on the delivery note, the list with its state filter, the detail, the
//! payment entry with its Skonto proposal, a customer's open items; English and German,
//! each in the 256-colour and the mono/ASCII profile; the warehouse sees none of it.
//! Chai costs 18.00 net at 19 %: one is 18.00 + 3.42 = 21.42 gross, two 36.00 + 6.84 =
//! 42.84; the Skonto on 21.42 is 0.4284 → 0.43, so 20.99 pays it in time.

use kontor::core::Command;
use kontor::core::Role;
use kontor::core::delivery::DeliveryCommand;
use kontor::core::invoicing::InvoiceCommand;
use kontor::core::sales::SalesCommand;
use kontor::domain::sales::LineSpec;
use rust_decimal::dec;
use time::Date;
use time::macros::date;

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german};

/// An order of `customer` for `spec` (`SKU:QTY`) dated `day`, confirmed and delivered in
/// one step on `day`.
fn delivered(harness: &Harness, customer: &str, spec: &str, day: Date) {
    harness.saved_by_ben(Command::Sales(SalesCommand::AddOrder {
        customer: customer.into(),
        lines: vec![LineSpec::parse(spec, false).unwrap()],
        today: day,
        reference: String::new(),
        reference_date: None,
        requested: None,
        terms: Default::default(),
        promised: None,
        confirm: true,
    }));
    let order = format!(
        "AU-2026-{:05}",
        harness
            .store()
            .scan::<kontor::domain::sales::SalesOrder>()
            .unwrap()
            .count()
    );
    harness.saved_by_ben(Command::Deliver(DeliveryCommand::Deliver {
        order,
        lines: Vec::new(),
        today: day,
    }));
}

/// The ERP data, the letterhead and terms, RE-2026-00001 of Müller, LS-2026-00002 of
/// Alfreds posted, not invoiced.
fn billed(harness: &mut Harness) {
    erp(&harness.store());
    for (name, value) in [
        ("company_name", "Kontor Handel GmbH"),
        ("company_street", "Hafenstraße 1"),
        ("company_postal_code", "20457"),
        ("company_city", "Hamburg"),
        ("company_tax_number", "22/815/08154"),
        ("payment_days", "30"),
        ("payment_skonto", "14:2"),
    ] {
        harness.saved_by_ben(Command::SetSetting {
            name: name.into(),
            value: value.into(),
        });
    }
    delivered(harness, "1", "NW-001:2", date!(2026 - 10 - 01));
    harness.saved_by_ben(Command::Invoice(InvoiceCommand::FromDeliveries {
        deliveries: vec!["LS-2026-00001".into()],
        today: date!(2026 - 10 - 01),
    }));
    delivered(harness, "2", "NW-001:1", date!(2026 - 12 - 05));
}

/// `billed` with LS-2026-00002 invoiced today as RE-2026-00002.
fn both_billed(harness: &mut Harness) {
    billed(harness);
    harness.saved_by_ben(Command::Invoice(InvoiceCommand::FromDeliveries {
        deliveries: vec!["LS-2026-00002".into()],
        today: date!(2026 - 12 - 05),
    }));
}

/// The open amount of invoice `number`, as the core has it.
fn open(harness: &Harness, number: &str) -> rust_decimal::Decimal {
    let store = harness.store();
    let admin = kontor::core::Actor {
        name: "anna".into(),
        role: Role::Admin,
    };
    let view = kontor::core::invoicing::invoice(&store, &admin, number).unwrap();
    kontor::core::receivables::open_amount(&store, &view.invoice).unwrap()
}

#[test]
fn the_invoice_key_on_a_posted_delivery_note_issues_its_invoice_once() {
    let mut harness = Harness::new(color(), 80, 24);
    billed(&mut harness);
    // The delivery list, newest last: LS-2026-00002 is the second row.
    let detail = harness.keys("g d Down Enter").screen();
    assert!(detail.contains("AU-2026-00002"), "{detail}");
    assert!(detail.contains("Invoice"), "the legend offers it: {detail}");
    let screen = harness.keys("i").screen();
    assert!(
        screen.contains("invoice RE-2026-00002 issued: 21.42 gross"),
        "{screen}"
    );
    assert_eq!(open(&harness, "RE-2026-00002"), dec!(21.42));
    let again = harness.keys("i").screen();
    assert!(
        again.contains("delivery note LS-2026-00002 is invoiced already, on RE-2026-00002"),
        "{again}"
    );
}

#[test]
fn the_invoice_key_on_an_order_bills_its_delivered_lines_and_refuses_when_nothing_is_left() {
    let mut harness = Harness::new(color(), 80, 24);
    billed(&mut harness);
    // The orders, newest last: AU-2026-00002 of Alfreds.
    let screen = harness.keys("g a End Enter i").screen();
    assert!(
        screen.contains("invoice RE-2026-00002 issued: 21.42 gross"),
        "{screen}"
    );
    let again = harness.keys("i").screen();
    assert!(
        again.contains("order AU-2026-00002 has no service line left to invoice"),
        "{again}"
    );
}

#[test]
fn the_invoice_list_shows_open_overdue_and_filters_by_state_and_customer() {
    let (list, _) = both("invoices", |h| {
        both_billed(h);
        h.keys("g f");
    });
    assert!(list.contains("RE-2026-00001"), "{list}");
    assert!(list.contains("overdue") && list.contains("42.84"), "{list}");
    assert!(
        list.contains("2027-01-04") && list.contains("21.42"),
        "{list}"
    );
    let mut harness = Harness::new(color(), 80, 24);
    both_billed(&mut harness);
    // open (both: overdue is open too), overdue (Müller's), paid (none), all.
    let open = harness.keys("g f v").screen();
    assert!(
        open.contains("RE-2026-00001") && open.contains("RE-2026-00002"),
        "{open}"
    );
    let overdue = harness.keys("v").screen();
    assert!(overdue.contains("RE-2026-00001"), "{overdue}");
    assert!(!overdue.contains("RE-2026-00002"), "{overdue}");
    let paid = harness.keys("v").screen();
    assert!(!paid.contains("RE-2026-0000"), "{paid}");
    let all = harness.keys("v /").text("alfr").screen();
    assert!(
        all.contains("RE-2026-00002") && !all.contains("RE-2026-00001"),
        "{all}"
    );
}

#[test]
fn the_invoice_detail_shows_parties_lines_vat_terms_and_what_is_open() {
    let (detail, _) = both("invoice_detail", |h| {
        both_billed(h);
        h.keys("g f End Enter");
    });
    for shown in [
        "Kontor Handel GmbH, Hafenstraße 1, 20457 Hamburg",
        "Alfreds Futterkiste",
        "due 2027-01-04",
        "2 % until 2026-12-19",
        "NW-001 Chai",
        "21.42 EUR",
        "21.42 · open",
    ] {
        assert!(detail.contains(shown), "{shown}: {detail}");
    }
}

#[test]
fn a_whole_credit_note_asks_why_and_leaves_nothing_open() {
    let mut harness = Harness::new(color(), 80, 24);
    both_billed(&mut harness);
    harness
        .keys("g f End Enter K")
        .text("Ware beschädigt")
        .keys("C-x");
    let screen = harness.screen();
    assert!(
        screen.contains("credit note GS-2026-00001 issued for RE-2026-00002"),
        "{screen}"
    );
    assert!(screen.contains("Credit note GS-2026-00001"), "{screen}");
    assert_eq!(open(&harness, "RE-2026-00002"), dec!(0));
    let invoice = harness.keys("Esc").screen();
    assert!(
        invoice.contains("GS-2026-00001") && invoice.contains("paid"),
        "{invoice}"
    );
}

#[test]
fn payment_entry_proposes_the_skonto_and_a_scanned_number_pays_it() {
    let (entry, _) = both("payment_entry", |h| {
        both_billed(h);
        h.keys("g m").paste("RE-2026-00002\n");
    });
    assert!(
        entry.contains("2 % until 2026-12-19: pay 20.99 (0.43 off)"),
        "{entry}"
    );
    assert!(entry.contains("20.99"), "the amount field: {entry}");
    let mut harness = Harness::new(color(), 80, 24);
    both_billed(&mut harness);
    let screen = harness.keys("g m").paste("RE-2026-00002\n\n").screen();
    assert!(
        screen.contains("payment ZE-2026-00001 recorded: 20.99 on RE-2026-00002, 0.00 still open"),
        "{screen}"
    );
    assert_eq!(open(&harness, "RE-2026-00002"), dec!(0));
}

#[test]
fn a_partial_payment_through_the_screen_reduces_the_open_amount() {
    let mut harness = Harness::new(color(), 80, 24);
    both_billed(&mut harness);
    // Past its Skonto: the whole open amount is proposed, no Skonto.
    let proposed = harness
        .keys("g m")
        .text("RE-2026-00001")
        .keys("Enter")
        .screen();
    assert!(
        proposed.contains("its period ended 2026-10-15"),
        "{proposed}"
    );
    assert!(proposed.contains("42.84"), "{proposed}");
    for _ in 0.."42.84".len() {
        harness.keys("Backspace");
    }
    let screen = harness.text("10").keys("Enter").screen();
    // 42.84 − 10.00 = 32.84
    assert!(screen.contains("32.84 still open"), "{screen}");
    assert_eq!(open(&harness, "RE-2026-00001"), dec!(32.84));
    let refused = harness.paste("GS-2026-00009\n").screen();
    assert!(refused.contains("no invoice or credit note"), "{refused}");
}

#[test]
fn the_customer_detail_lists_open_items_with_days_overdue_and_the_balance() {
    let mut harness = Harness::new(color(), 80, 24);
    both_billed(&mut harness);
    let screen = harness
        .keys("g c /")
        .text("müller")
        .keys("Enter Enter")
        .snapshot("customer_open_items");
    // Due 2026-10-31, pinned 2026-12-05: 35 days.
    assert!(
        screen.contains("RE-2026-00001 due 2026-10-31      42.84, 35 days overdue"),
        "{screen}"
    );
    assert!(
        screen.contains("Balance 42.84 EUR · credit 0.00"),
        "{screen}"
    );
}

#[test]
fn the_invoice_screens_read_german() {
    for (name, keys, shown) in [
        ("de_invoices", "g f", "überfällig"),
        ("de_invoice_detail", "g f End Enter", "Bezahlt und offen"),
    ] {
        let (screen, _) = in_german(|| {
            both(name, |h| {
                both_billed(h);
                h.keys(keys);
            })
        });
        assert!(screen.contains(shown), "{name}: {shown} in {screen}");
    }
    let (entry, _) = in_german(|| {
        both("de_payment_entry", |h| {
            both_billed(h);
            h.keys("g m").paste("RE-2026-00002\n");
        })
    });
    assert!(
        entry.contains("2 % bis 19.12.2026: 20,99 zahlen (0,43 Abzug)"),
        "{entry}"
    );
}

#[test]
fn the_warehouse_sees_no_invoice_screen_and_cannot_invoice_a_delivery() {
    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    billed(&mut warehouse);
    for keys in ["g f", "g m"] {
        let screen = warehouse.keys(keys).screen();
        assert!(
            screen.contains("not permitted for role warehouse"),
            "{keys}: {screen}"
        );
        assert!(!screen.contains("RE-2026-00001"), "{keys}: {screen}");
        assert!(!screen.contains("Payment entry"), "{keys}: {screen}");
    }
    let screen = warehouse.keys("g d Down Enter i").screen();
    assert!(
        screen.contains("not permitted for role warehouse"),
        "{screen}"
    );
    assert!(!screen.contains("RE-2026-00002"), "{screen}");
    let store = warehouse.store();
    let invoices: Vec<kontor::domain::invoice::Invoice> =
        store.scan().unwrap().collect::<Result<_, _>>().unwrap();
    assert_eq!(invoices.len(), 1);
}

#[test]
fn the_open_items_read_german_and_a_role_without_receivables_sees_none() {
    let (screen, _) = in_german(|| {
        both("de_customer_open_items", |h| {
            both_billed(h);
            h.keys("g c /").text("müller").keys("Enter Enter");
        })
    });
    assert!(
        screen.contains("RE-2026-00001 fällig 31.10.2026      42,84, 35 Tage überfällig"),
        "{screen}"
    );
    assert!(
        screen.contains("Saldo 42,84 EUR · Guthaben 0,00"),
        "{screen}"
    );
    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    both_billed(&mut warehouse);
    let screen = warehouse
        .keys("g c /")
        .text("müller")
        .keys("Enter Enter")
        .screen();
    assert!(screen.contains("Müller Maschinenbau"), "{screen}");
    assert!(
        !screen.contains("RE-2026-00001") && !screen.contains("Balance"),
        "{screen}"
    );
}
