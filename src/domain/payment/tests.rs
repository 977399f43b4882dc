//! The rules of a payment's allocation (Skonto, write-off, more than open) and the ageing
//! buckets, on hand-computed figures. Room: domain (tests).

use rust_decimal::dec;
use time::macros::date;

use super::*;
use crate::domain::invoice::Skonto;

fn open(owed: Decimal, open: Decimal) -> OpenInvoice {
    OpenInvoice {
        id: 7,
        number: "RE-2026-00007".into(),
        issue_date: date!(2026 - 03 - 02),
        terms: PaymentTerms {
            due_days: 30,
            skonto: Some(Skonto {
                days: 10,
                percent: dec!(3),
            }),
        },
        currency: Currency::EUR,
        owed,
        open,
    }
}

fn ask(amount: Option<Decimal>) -> Settle<'static> {
    Settle {
        amount,
        available: dec!(1000),
        paid_on: date!(2026 - 03 - 12),
        skonto: false,
        write_off: None,
        limit: dec!(5),
    }
}

#[test]
fn without_an_amount_the_rest_up_to_what_the_payment_has_left() {
    let allocation = settle(&open(dec!(300), dec!(120.50)), &ask(None)).unwrap();
    assert_eq!(allocation.amount, dec!(120.50));
    let short = Settle {
        available: dec!(80),
        ..ask(None)
    };
    assert_eq!(
        settle(&open(dec!(300), dec!(120.50)), &short)
            .unwrap()
            .amount,
        dec!(80)
    );
    let none = Settle {
        available: dec!(0),
        ..ask(None)
    };
    assert!(settle(&open(dec!(300), dec!(120.50)), &none).is_err());
}

#[test]
fn skonto_on_the_owed_amount_on_its_last_day_not_after() {
    // 3 % of 333.33 = 9.9999 → 10.00; the rest 333.33 − 10.00 = 323.33.
    let invoice = open(dec!(333.33), dec!(333.33));
    let in_time = Settle {
        skonto: true,
        ..ask(None)
    };
    let allocation = settle(&invoice, &in_time).unwrap();
    assert_eq!(
        (allocation.amount, allocation.skonto),
        (dec!(323.33), dec!(10.00))
    );
    assert_eq!(allocation.settles(), dec!(333.33));
    let late = Settle {
        paid_on: date!(2026 - 03 - 13),
        ..in_time.clone()
    };
    assert_eq!(settle(&invoice, &late).unwrap_err().field, "skonto");
    let partial = Settle {
        amount: Some(dec!(300)),
        ..in_time
    };
    assert_eq!(settle(&invoice, &partial).unwrap_err().field, "skonto");
}

#[test]
fn a_write_off_needs_a_reason_and_stays_within_the_limit() {
    let invoice = open(dec!(100), dec!(100));
    let off = |amount, reason| Settle {
        write_off: Some(reason),
        ..ask(Some(amount))
    };
    let allocation = settle(&invoice, &off(dec!(95), " Rundung ")).unwrap();
    assert_eq!(
        (allocation.write_off, allocation.write_off_reason.as_str()),
        (dec!(5), "Rundung")
    );
    assert!(settle(&invoice, &off(dec!(94.99), "Rundung")).is_err());
    assert!(settle(&invoice, &off(dec!(95), " ")).is_err());
    // Nothing remains: nothing written off.
    assert_eq!(
        settle(&invoice, &off(dec!(100), "Rundung"))
            .unwrap()
            .write_off,
        dec!(0)
    );
}

#[test]
fn more_than_open_and_a_settled_invoice_are_refused() {
    assert!(settle(&open(dec!(100), dec!(40)), &ask(Some(dec!(40.01)))).is_err());
    assert!(settle(&open(dec!(100), dec!(0)), &ask(None)).is_err());
    assert!(settle(&open(dec!(100), dec!(-20)), &ask(None)).is_err());
}

#[test]
fn a_payment_allocates_at_most_its_amount_and_each_invoice_once() {
    let allocation = settle(&open(dec!(100), dec!(100)), &ask(Some(dec!(60)))).unwrap();
    let mut payment = Payment {
        id: 1,
        number: "ZE-2026-00001".into(),
        customer_id: 1,
        customer_number: "K-1".into(),
        date: date!(2026 - 03 - 12),
        currency: Currency::EUR,
        amount: dec!(100),
        reference: String::new(),
        allocations: vec![allocation.clone()],
        recorded_by: "anna".into(),
        recorded_at: time::macros::datetime!(2026-03-12 10:00 UTC),
        version: 1,
    };
    assert_eq!(
        (payment.allocated(), payment.unallocated()),
        (dec!(60), dec!(40))
    );
    assert!(payment.validate().is_ok());
    payment.allocations.push(allocation);
    assert_eq!(payment.validate().unwrap_err().field, "amount");
    payment.amount = dec!(120);
    assert_eq!(payment.validate().unwrap_err().field, "invoice");
}

#[test]
fn ageing_buckets_by_whole_days_past_due() {
    let due = date!(2026 - 01 - 31);
    let day = |offset: i64| due + time::Duration::days(offset);
    let found: Vec<usize> = [-5, 0, 1, 30, 31, 60, 61, 90, 91, 400]
        .into_iter()
        .map(|offset| ageing_bucket(due, day(offset)))
        .collect();
    assert_eq!(found, vec![0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
}
