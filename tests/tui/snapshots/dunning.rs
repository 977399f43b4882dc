//! The dunning run as a reviewable list on the suite's day (2026-12-05): Müller
//! (customer 1) owes RE-2026-00001 (600.00, due 2026-10-01) and RE-2026-00002 (500.00,
//! due 2026-11-01), Alfreds (customer 2) RE-2026-00003 (200.00, due 2026-10-01). The list
//! shows the items with their option; skipping one leaves it out of the letter, blocking
//! one asks the reason and holds it, posting asks and records the letters without the
//! skipped item; a sales user may not open the run.

use kontor::core::Role;
use kontor::core::dunning_run;
use kontor::domain::dunning_letter::DunningLetter;
use kontor::domain::invoice::PaymentTerms;
use rust_decimal::{Decimal, dec};
use time::Date;
use time::macros::date;

use super::harness::Harness;

fn invoice(harness: &Harness, customer: u64, number: &str, issued: Date, gross: Decimal) {
    let terms = PaymentTerms {
        due_days: 30,
        skonto: None,
    };
    let record = crate::common::invoice_record(customer, number, issued, gross, terms, None);
    crate::common::write_invoice(&harness.store(), &record);
}

fn books(harness: &mut Harness) {
    invoice(
        harness,
        1,
        "RE-2026-00001",
        date!(2026 - 09 - 01),
        dec!(600.00),
    );
    invoice(
        harness,
        1,
        "RE-2026-00002",
        date!(2026 - 10 - 02),
        dec!(500.00),
    );
    invoice(
        harness,
        2,
        "RE-2026-00003",
        date!(2026 - 09 - 01),
        dec!(200.00),
    );
    harness.keys("F5");
}

#[test]
fn the_run_is_reviewed_skipped_blocked_and_posted() {
    let mut harness = Harness::setup().size(100, 24).build();
    books(&mut harness);
    let list = harness.keys("g u").plain();
    assert!(list.contains("2 letters proposed for today"), "{list}");
    for shown in ["RE-2026-00001", "RE-2026-00002", "RE-2026-00003", "600.00"] {
        assert!(list.contains(shown), "{shown} missing in:\n{list}");
    }
    assert!(list.contains("print"), "{list}");
    // By customer: Alfreds' RE-2026-00003 first, then Müller's two. Skip RE-2026-00001:
    // it stays listed in its place, as skipped.
    let skipped = harness.keys("Down s").plain();
    let line = skipped
        .lines()
        .find(|line| line.contains("RE-2026-00001"))
        .unwrap();
    assert!(line.contains("skip"), "{skipped}");
    // Block RE-2026-00003 with a reason: held from now on.
    harness.keys("Up");
    let form = harness.keys("b").plain();
    assert!(form.contains("Block RE-2026-00003 from dunning"), "{form}");
    let blocked = harness.text("disputed").keys("C-x").plain();
    assert!(blocked.contains("disputed"), "{blocked}");
    assert!(blocked.contains("1 letter proposed for today"), "{blocked}");
    // Post: one letter, for customer 1, with RE-2026-00002 only.
    let question = harness.keys("P").plain();
    assert!(question.contains("Post 1 dunning letter?"), "{question}");
    let posted = harness.keys("y").plain();
    assert!(posted.contains("Posted 1 dunning letter."), "{posted}");
    let store = harness.store();
    let letters: Vec<DunningLetter> = store
        .scan::<DunningLetter>()
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].number, "MA-2026-00001");
    let numbers: Vec<&str> = letters[0]
        .items
        .iter()
        .map(|item| item.invoice_number.as_str())
        .collect();
    assert_eq!(numbers, ["RE-2026-00002"]);
    let blocks = dunning_run::blocks(&store, &kontor::core::Actor::local("anna")).unwrap();
    assert_eq!(blocks[0].reason, "disputed");
}

#[test]
fn a_sales_user_may_not_open_the_run() {
    let mut harness = Harness::setup().actor("sam", Role::Sales).build();
    books(&mut harness);
    let screen = harness.keys("g u").plain();
    assert!(!screen.contains("RE-2026-00001"), "{screen}");
}
