//! Receivables (`core::receivables`, `core::payment`) on invoices written as records: payments partial, several, over several
//! invoices, with Skonto in time and too late, beyond the open amount, with write-offs;
//! credit notes; ageing on a pinned day; `check` over the sums (the credit hold: `payments.rs`). Every
//! figure below is computed by hand in its comment.

use rust_decimal::dec;
use time::OffsetDateTime;
use time::macros::{date, datetime};

use crate::common;
use kontor::core::kinds::CUSTOMERS;
use kontor::core::payment::{NewPayment, PaymentCommand};
use kontor::core::plain::RecordCommand;
use kontor::core::receivables::{Balance, ageing, balance, open_amount, open_entries, open_items};
use kontor::core::{Actor, Clock, Command, CoreError, Event, Role, execute};
use kontor::domain::fields::Input;
use kontor::domain::invoice::{Invoice, PaymentTerms, Skonto};
use kontor::domain::payment::Payment;
use kontor::store::Store;
use kontor::store::kinds::payment::payments_of_invoice;
use rust_decimal::Decimal;
use time::Date;

struct Books {
    _dir: tempfile::TempDir,
    store: Store,
    clock: Clock,
    admin: Actor,
}

const NOW: OffsetDateTime = datetime!(2026-12-05 09:00 UTC);

fn books() -> Books {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let books = Books {
        _dir: dir,
        store,
        clock: Clock::pinned(NOW),
        admin: Actor {
            name: "anna".into(),
            role: Role::Admin,
        },
    };
    for (number, name) in [("K-1", "Erste GmbH"), ("K-2", "Zweite KG")] {
        books.add(
            CUSTOMERS,
            &[("number", number), ("name", name), ("credit_limit", "1000")],
        );
    }
    books
}

/// No Skonto, due in 30 days.
const NET30: PaymentTerms = PaymentTerms {
    due_days: 30,
    skonto: None,
};

/// 2 % Skonto within 14 days, due in 30.
const SKONTO: PaymentTerms = PaymentTerms {
    due_days: 30,
    skonto: Some(Skonto {
        days: 14,
        percent: Decimal::TWO,
    }),
};

impl Books {
    fn add(&self, kind: &'static kontor::core::kinds::KindDecl, pairs: &[(&'static str, &str)]) {
        execute(
            &self.store,
            &self.clock,
            &self.admin,
            RecordCommand::add(kind, Input::from_pairs(pairs)),
        )
        .unwrap();
    }

    /// Writes an invoice (or, with `corrects`, a credit note) of `gross` as a record, as
    /// issuing will; returns its id.
    fn document(
        &self,
        customer: u64,
        number: &str,
        issued: Date,
        gross: Decimal,
        terms: PaymentTerms,
        corrects: Option<u64>,
    ) -> u64 {
        let record = common::invoice_record(customer, number, issued, gross, terms, corrects);
        common::write_invoice(&self.store, &record)
    }

    fn invoice(&self, customer: u64, number: &str, issued: Date, gross: Decimal) -> u64 {
        self.document(customer, number, issued, gross, NET30, None)
    }

    fn pay(&self, ask: Ask) -> Result<Payment, CoreError> {
        let new = NewPayment {
            customer: ask.customer.into(),
            date: ask.date,
            amount: ask.amount,
            reference: String::new(),
            invoices: ask
                .invoices
                .iter()
                .map(|(number, amount)| (number.to_string(), *amount))
                .collect(),
            skonto: ask.skonto,
            write_off: ask.write_off.map(str::to_string),
        };
        let command = Command::Payment(PaymentCommand::Add(new));
        match execute(&self.store, &self.clock, &self.admin, command)? {
            Event::Paid(payment) => Ok(*payment),
            other => panic!("unexpected {other:?}"),
        }
    }

    fn open(&self, invoice: u64) -> Decimal {
        let invoice = self.store.require::<Invoice>(invoice).unwrap();
        open_amount(&self.store, &invoice).unwrap()
    }

    fn account(&self, customer: u64) -> Balance {
        let mut found = balance(&self.store, &self.admin, customer).unwrap();
        assert_eq!(found.len(), 1, "{found:?}");
        found.remove(0)
    }
}

struct Ask {
    customer: &'static str,
    date: Date,
    amount: Decimal,
    invoices: Vec<(&'static str, Option<Decimal>)>,
    skonto: bool,
    write_off: Option<&'static str>,
}

fn ask(amount: Decimal, invoices: &[(&'static str, Option<Decimal>)]) -> Ask {
    Ask {
        customer: "K-1",
        date: date!(2026 - 12 - 01),
        amount,
        invoices: invoices.to_vec(),
        skonto: false,
        write_off: None,
    }
}

fn refusal(result: Result<Payment, CoreError>) -> String {
    match result {
        Err(error) => error.to_string(),
        Ok(payment) => panic!("recorded {payment:?}"),
    }
}

#[test]
fn partial_payments_and_several_payments_on_one_invoice() {
    let books = books();
    let id = books.invoice(1, "RE-2026-00001", date!(2026 - 11 - 02), dec!(1190.00));
    let first = books
        .pay(ask(dec!(500.00), &[("RE-2026-00001", None)]))
        .unwrap();
    assert_eq!(first.number, "ZE-2026-00001");
    assert_eq!(first.allocations[0].amount, dec!(500.00));
    // 1190.00 − 500.00
    assert_eq!(books.open(id), dec!(690.00));
    let items = open_items(&books.store, &books.admin, 1).unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        (items[0].owed, items[0].settled, items[0].open),
        (dec!(1190.00), dec!(500.00), dec!(690.00))
    );
    assert_eq!(items[0].due_date, date!(2026 - 12 - 02));
    let second = books
        .pay(ask(dec!(690.00), &[("RE-2026-00001", None)]))
        .unwrap();
    assert_eq!(second.number, "ZE-2026-00002");
    assert_eq!(books.open(id), dec!(0));
    assert!(
        open_items(&books.store, &books.admin, 1)
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        payments_of_invoice(&books.store, id).unwrap(),
        vec![first.id, second.id]
    );
    let account = books.account(1);
    assert_eq!(
        (account.open_items, account.credit, account.balance),
        (dec!(0), dec!(0), dec!(0))
    );
    // Nothing open: a third payment naming it is refused.
    let refused = refusal(books.pay(ask(dec!(1), &[("RE-2026-00001", None)])));
    assert!(refused.contains("nothing open"), "{refused}");
}

#[test]
fn one_payment_settles_several_invoices_in_the_order_named() {
    let books = books();
    let a = books.invoice(1, "RE-2026-00001", date!(2026 - 11 - 02), dec!(100.00));
    let b = books.invoice(1, "RE-2026-00002", date!(2026 - 11 - 03), dec!(250.00));
    let c = books.invoice(1, "RE-2026-00003", date!(2026 - 11 - 04), dec!(80.00));
    // 300: 100 to A, the 200 left to B (of 250), 30 named explicitly to C.
    let paid = books
        .pay(ask(
            dec!(330.00),
            &[
                ("RE-2026-00001", None),
                ("RE-2026-00003", Some(dec!(30.00))),
                ("RE-2026-00002", None),
            ],
        ))
        .unwrap();
    let amounts: Vec<Decimal> = paid.allocations.iter().map(|a| a.amount).collect();
    assert_eq!(amounts, vec![dec!(100.00), dec!(30.00), dec!(200.00)]);
    assert_eq!(paid.unallocated(), dec!(0));
    assert_eq!(
        (books.open(a), books.open(b), books.open(c)),
        (dec!(0), dec!(50.00), dec!(50.00))
    );
    // 100 + 250 + 80 − 330
    assert_eq!(books.account(1).balance, dec!(100.00));
    // Another customer's invoice is refused.
    books.invoice(2, "RE-2026-00004", date!(2026 - 11 - 04), dec!(10.00));
    let refused = refusal(books.pay(ask(dec!(10), &[("RE-2026-00004", None)])));
    assert!(
        refused.contains("not an invoice of Erste GmbH"),
        "{refused}"
    );
    let refused = refusal(books.pay(ask(dec!(10), &[("RE-2026-09999", None)])));
    assert!(refused.contains("no invoice RE-2026-09999"), "{refused}");
}

#[test]
fn skonto_is_taken_until_its_last_day_and_only_on_the_whole_rest() {
    let books = books();
    let issued = date!(2026 - 11 - 02);
    let id = books.document(1, "RE-2026-00001", issued, dec!(1190.00), SKONTO, None);
    let late = books.document(1, "RE-2026-00002", issued, dec!(595.00), SKONTO, None);
    let on = |day: Date, amount: Decimal, number: &'static str| Ask {
        date: day,
        skonto: true,
        ..ask(amount, &[(number, None)])
    };
    // 2 % of 1190.00 = 23.80; the last Skonto day is 2 Nov + 14 = 16 Nov.
    let refused = refusal(books.pay(on(date!(2026 - 11 - 16), dec!(1100.00), "RE-2026-00001")));
    assert!(
        refused.contains("1166.20 EUR") && refused.contains("23.80 EUR"),
        "{refused}"
    );
    let paid = books
        .pay(on(date!(2026 - 11 - 16), dec!(1166.20), "RE-2026-00001"))
        .unwrap();
    assert_eq!(
        (paid.allocations[0].amount, paid.allocations[0].skonto),
        (dec!(1166.20), dec!(23.80))
    );
    assert_eq!(books.open(id), dec!(0));
    // A day late: refused, naming the last Skonto day; nothing written.
    let refused = refusal(books.pay(on(date!(2026 - 11 - 17), dec!(583.10), "RE-2026-00002")));
    assert!(refused.contains("until 2026-11-16"), "{refused}");
    assert_eq!(books.open(late), dec!(595.00));
    // Without Skonto the same money leaves 2 % of 595.00 = 11.90 open.
    books
        .pay(Ask {
            date: date!(2026 - 11 - 17),
            ..ask(dec!(583.10), &[("RE-2026-00002", None)])
        })
        .unwrap();
    assert_eq!(books.open(late), dec!(11.90));
    // Terms without Skonto refuse it.
    books.invoice(1, "RE-2026-00003", issued, dec!(50.00));
    let refused = refusal(books.pay(on(issued, dec!(49.00), "RE-2026-00003")));
    assert!(refused.contains("no Skonto"), "{refused}");
}

#[test]
fn an_overpayment_stays_as_credit_on_the_account() {
    let books = books();
    let id = books.invoice(1, "RE-2026-00001", date!(2026 - 11 - 02), dec!(100.00));
    let refused = refusal(books.pay(ask(dec!(150.00), &[("RE-2026-00001", Some(dec!(150.00)))])));
    assert!(refused.contains("100.00 EUR open"), "{refused}");
    let paid = books
        .pay(ask(dec!(150.00), &[("RE-2026-00001", None)]))
        .unwrap();
    assert_eq!(
        (paid.allocated(), paid.unallocated()),
        (dec!(100.00), dec!(50.00))
    );
    assert_eq!(books.open(id), dec!(0));
    let account = books.account(1);
    // 100 − 150: the company owes the customer 50.
    assert_eq!(
        (account.open_items, account.credit, account.balance),
        (dec!(0), dec!(50.00), dec!(-50.00))
    );
    // A payment naming no invoice is all credit.
    let loose = books.pay(ask(dec!(20.00), &[])).unwrap();
    assert_eq!(loose.unallocated(), dec!(20.00));
    assert_eq!(books.account(1).balance, dec!(-70.00));
}

#[test]
fn a_small_remainder_is_written_off_up_to_the_limit() {
    let books = books();
    let a = books.invoice(1, "RE-2026-00001", date!(2026 - 11 - 02), dec!(100.00));
    let b = books.invoice(1, "RE-2026-00002", date!(2026 - 11 - 02), dec!(100.00));
    let off = |amount, number| Ask {
        write_off: Some("Bankgebühr"),
        ..ask(amount, &[(number, None)])
    };
    // 100 − 95 = 5.00: at the default limit of 5.00, written off.
    let paid = books.pay(off(dec!(95.00), "RE-2026-00001")).unwrap();
    assert_eq!(paid.allocations[0].write_off, dec!(5.00));
    assert_eq!(paid.allocations[0].write_off_reason, "Bankgebühr");
    assert_eq!(books.open(a), dec!(0));
    // 100 − 94.99 = 5.01: above it, refused.
    let refused = refusal(books.pay(off(dec!(94.99), "RE-2026-00002")));
    assert!(
        refused.contains("5.01") && refused.contains("5.00"),
        "{refused}"
    );
    assert_eq!(books.open(b), dec!(100.00));
    let set = Command::SetSetting {
        name: "write-off-limit".into(),
        value: "10".into(),
    };
    execute(&books.store, &books.clock, &books.admin, set).unwrap();
    books.pay(off(dec!(94.99), "RE-2026-00002")).unwrap();
    assert_eq!(books.open(b), dec!(0));
    // 200 owed, 95 + 94.99 paid, 5.00 + 5.01 written off.
    assert_eq!(books.account(1).balance, dec!(0));
}

#[test]
fn credit_notes_lower_the_open_amount_and_beyond_it_become_credit() {
    let books = books();
    let issued = date!(2026 - 11 - 02);
    let id = books.document(1, "RE-2026-00001", issued, dec!(1190.00), SKONTO, None);
    books.document(1, "GS-2026-00001", issued, dec!(119.00), NET30, Some(id));
    // 1190 − 119
    assert_eq!(books.open(id), dec!(1071.00));
    // Skonto on what is owed after the credit note: 2 % of 1071.00 = 21.42.
    let paid = books
        .pay(Ask {
            date: date!(2026 - 11 - 10),
            skonto: true,
            ..ask(dec!(1049.58), &[("RE-2026-00001", None)])
        })
        .unwrap();
    assert_eq!(paid.allocations[0].skonto, dec!(21.42));
    assert_eq!(books.open(id), dec!(0));
    // A credit note on the paid invoice: its open amount stays zero, the customer has
    // 200.00 credit.
    books.document(1, "GS-2026-00002", issued, dec!(200.00), NET30, Some(id));
    assert_eq!(books.open(id), dec!(0));
    let account = books.account(1);
    assert_eq!(
        (account.open_items, account.credit, account.balance),
        (dec!(0), dec!(200.00), dec!(-200.00))
    );
    // A payment may not name a credit note.
    let refused = refusal(books.pay(ask(dec!(1), &[("GS-2026-00001", None)])));
    assert!(refused.contains("is a credit note"), "{refused}");
}

#[test]
fn ageing_buckets_by_days_past_due_on_a_pinned_day() {
    let books = books();
    // Due 30 days after issue; as of 31 Dec 2026.
    let cases = [
        // issued, due, days overdue → bucket
        (1, "RE-2026-00001", date!(2026 - 12 - 06), dec!(10.00)), // due 5 Jan: not due
        (1, "RE-2026-00002", date!(2026 - 12 - 01), dec!(20.00)), // due 31 Dec, 0 days: not due
        (1, "RE-2026-00003", date!(2026 - 11 - 30), dec!(40.00)), // due 30 Dec, 1: 1–30
        (2, "RE-2026-00004", date!(2026 - 11 - 01), dec!(80.00)), // due 1 Dec, 30: 1–30
        (2, "RE-2026-00005", date!(2026 - 10 - 31), dec!(160.00)), // due 30 Nov, 31: 31–60
        (2, "RE-2026-00006", date!(2026 - 09 - 02), dec!(320.00)), // due 2 Oct, 90: 61–90
        (1, "RE-2026-00007", date!(2026 - 09 - 01), dec!(640.00)), // due 1 Oct, 91: > 90
    ];
    for (customer, number, issued, gross) in cases {
        books.invoice(customer, number, issued, gross);
    }
    // 600 of the 640 paid: 40 left over 90 days; a paid invoice drops out.
    books
        .pay(ask(dec!(600.00), &[("RE-2026-00007", None)]))
        .unwrap();
    books.invoice(1, "RE-2026-00008", date!(2026 - 09 - 01), dec!(5.00));
    books
        .pay(ask(dec!(5.00), &[("RE-2026-00008", None)]))
        .unwrap();
    let open: Vec<(u64, Decimal)> = open_entries(&books.store, &books.admin)
        .unwrap()
        .into_iter()
        .map(|(entry, open)| (entry.invoice, open))
        .collect();
    // Ids 1–7 in customer order (K-1: 1, 2, 3, 7; K-2: 4, 5, 6); 8 is paid.
    assert_eq!(
        open,
        vec![
            (1, dec!(10.00)),
            (2, dec!(20.00)),
            (3, dec!(40.00)),
            (7, dec!(40.00)),
            (4, dec!(80.00)),
            (5, dec!(160.00)),
            (6, dec!(320.00))
        ]
    );
    let rows = ageing(&books.store, &books.admin, date!(2026 - 12 - 31)).unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        (rows[0].customer, rows[0].customer_number.as_str()),
        (Some(1), "K-1")
    );
    assert_eq!(
        rows[0].buckets,
        [dec!(30.00), dec!(40.00), dec!(0), dec!(0), dec!(40.00)]
    );
    assert_eq!(rows[0].total, dec!(110.00));
    assert_eq!(
        rows[1].buckets,
        [dec!(0), dec!(80.00), dec!(160.00), dec!(320.00), dec!(0)]
    );
    assert_eq!(rows[1].total, dec!(560.00));
    assert_eq!(rows[2].customer, None);
    assert_eq!(
        rows[2].buckets,
        [
            dec!(30.00),
            dec!(120.00),
            dec!(160.00),
            dec!(320.00),
            dec!(40.00)
        ]
    );
    assert_eq!(rows[2].total, dec!(670.00));
    // A day later every overdue amount is a day older: 30 → 31 moves K-2's 80 to 31–60,
    // 90 → 91 its 320 to > 90, 0 → 1 K-1's 20 to 1–30.
    let later = ageing(&books.store, &books.admin, date!(2027 - 01 - 01)).unwrap();
    assert_eq!(
        later[2].buckets,
        [
            dec!(10.00),
            dec!(60.00),
            dec!(240.00),
            dec!(0),
            dec!(360.00)
        ]
    );
    // The warehouse reads no receivables.
    let warehouse = Actor {
        name: "lager".into(),
        role: Role::Warehouse,
    };
    assert!(ageing(&books.store, &warehouse, date!(2026 - 12 - 31)).is_err());
}

#[test]
fn check_derives_the_receivables_sums_from_the_records() {
    let books = books();
    let id = books.invoice(1, "RE-2026-00001", date!(2026 - 11 - 02), dec!(100.00));
    books.document(
        1,
        "GS-2026-00001",
        date!(2026 - 11 - 03),
        dec!(10.00),
        NET30,
        Some(id),
    );
    books
        .pay(ask(dec!(50.00), &[("RE-2026-00001", None)]))
        .unwrap();
    assert!(books.store.check().unwrap().is_empty());
    // Damage: the invoice's applied sum says 60 instead of 50.
    let Books {
        _dir: dir, store, ..
    } = books;
    drop(store);
    {
        let sled = common::raw_sled(dir.path());
        let tree = sled.open_tree("payments.applied").unwrap();
        let (key, _) = tree.first().unwrap().unwrap();
        tree.insert(key, dec!(60).serialize().to_vec()).unwrap();
        sled.flush().unwrap();
    }
    assert!(Store::wait_until_free(
        dir.path(),
        std::time::Duration::from_secs(10)
    ));
    let books = Books {
        store: Store::open(dir.path()).unwrap(),
        _dir: dir,
        clock: Clock::pinned(NOW),
        admin: Actor {
            name: "anna".into(),
            role: Role::Admin,
        },
    };
    let problems = books.store.check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].tree, "payments.applied");
    // The open amount read the damaged sum: 90 − 60.
    assert_eq!(books.open(id), dec!(30.00));
    books.store.reindex().unwrap();
    assert!(books.store.check().unwrap().is_empty());
    assert_eq!(books.open(id), dec!(40.00));
}
