//! Payments, balances and ageing through the command line. Until `kontor invoice add`
//! issues invoices, the tests write invoice records through the library (`Store`, as
//! issuing will) and run `payment add`, `payment balance`, `payment list` and `report
//! ageing` on them: Skonto in time, a refused late Skonto naming its last day, an unknown
//! invoice, an overpayment kept as credit, the write-off limit as a setting, the ageing in
//! JSON, CSV and a German table.

use crate::common;

use common::{Scratch, add_customer, fails, json, json_list, ok, run, text};
use kontor::domain::Currency;
use kontor::domain::invoice::{Invoice, InvoiceKind, InvoiceLine, Party, PaymentTerms, Skonto};
use kontor::domain::vat::{TaxTreatment, VatCategory};
use kontor::store::Store;
use rust_decimal::{Decimal, dec};
use time::Date;
use time::macros::date;

/// Writes invoice `number` of customer 1 over `gross`, issued on `issued`, due in 30 days
/// with 2 % Skonto within 14.
fn invoice(db: &std::path::Path, number: &str, issued: Date, gross: Decimal) {
    let store = Store::open(db).unwrap();
    let record = Invoice {
        id: 0,
        number: number.into(),
        kind: InvoiceKind::Invoice,
        customer_id: 1,
        customer_number: "K-1".into(),
        seller: Party::default(),
        buyer: Party::default(),
        buyer_reference: String::new(),
        order_reference: String::new(),
        issue_date: issued,
        currency: Currency::EUR,
        treatment: TaxTreatment::Export,
        terms: PaymentTerms {
            due_days: 30,
            skonto: Some(Skonto {
                days: 14,
                percent: dec!(2),
            }),
        },
        lines: vec![InvoiceLine {
            item_id: None,
            sku: String::new(),
            text: "Leistung".into(),
            quantity: Decimal::ONE,
            unit_price: gross,
            discount: Decimal::ZERO,
            category: VatCategory::Zero,
            supplied: issued,
            order_id: None,
            order_number: String::new(),
            order_line: None,
            delivery_id: None,
            delivery_number: String::new(),
            corrects_line: None,
        }],
        corrects: None,
        corrects_number: String::new(),
        reason: String::new(),
        net: gross,
        vat: Decimal::ZERO,
        gross,
        issued_by: "anna".into(),
        issued_at: common::NOW,
        version: 0,
    };
    store
        .transaction(|tx| tx.insert(&mut record.clone()))
        .unwrap();
    store.flush().unwrap();
}

fn books() -> (Scratch, std::path::PathBuf) {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Erste GmbH", "--number", "K-1"]);
    invoice(&db, "RE-2026-00001", date!(2026 - 11 - 02), dec!(1190.00));
    invoice(&db, "RE-2026-00002", date!(2026 - 10 - 01), dec!(300.00));
    (scratch, db)
}

#[test]
fn a_payment_with_skonto_in_time_settles_the_invoice_and_a_late_one_is_refused() {
    let (_scratch, db) = books();
    // 2 % of 1190.00 = 23.80; the last Skonto day is 2 Nov + 14 = 16 Nov.
    let late = fails(
        &db,
        &[
            "payment",
            "add",
            "--customer",
            "K-1",
            "--amount",
            "1166.20",
            "--date",
            "2026-11-17",
            "--invoice",
            "RE-2026-00001",
            "--skonto",
        ],
        2,
    );
    assert!(late.contains("until 2026-11-16"), "{late}");
    let paid = json(
        &db,
        &[
            "payment",
            "add",
            "--customer",
            "K-1",
            "--amount",
            "1166.20",
            "--date",
            "2026-11-16",
            "--invoice",
            "RE-2026-00001",
            "--skonto",
            "--reference",
            "RE-2026-00001 Erste",
        ],
    );
    assert_eq!(text(&paid, "number"), "ZE-2026-00001");
    let allocation = &paid["allocations"][0];
    assert_eq!(
        (text(allocation, "amount"), text(allocation, "skonto")),
        ("1166.20", "23.80")
    );
    // Only the second invoice is open now.
    let balance = json(&db, &["payment", "balance", "K-1"]);
    let open = balance["open_items"].as_array().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(text(&open[0], "invoice"), "RE-2026-00002");
    assert_eq!(text(&open[0], "open"), "300.00");
    assert_eq!(text(&balance["accounts"][0], "balance"), "300.00");
}

#[test]
fn an_unknown_invoice_is_refused_and_an_overpayment_stays_as_credit() {
    let (_scratch, db) = books();
    let unknown = fails(
        &db,
        &[
            "payment",
            "add",
            "--customer",
            "K-1",
            "--amount",
            "10",
            "--invoice",
            "RE-2026-00099",
        ],
        2,
    );
    assert!(unknown.contains("no invoice RE-2026-00099"), "{unknown}");
    assert!(json_list(&db, &["payment", "list"]).is_empty());
    let paid = json(
        &db,
        &[
            "payment",
            "add",
            "--customer",
            "K-1",
            "--amount",
            "350,00",
            "--invoice",
            "RE-2026-00002",
            "--date",
            "2026-12-01",
        ],
    );
    assert_eq!(text(&paid, "unallocated"), "50.00");
    let account = json(&db, &["payment", "balance", "K-1"])["accounts"][0].clone();
    // 1190 open, 50 credit: 1190 + 300 − 350.
    assert_eq!(
        (
            text(&account, "open_items"),
            text(&account, "credit"),
            text(&account, "balance")
        ),
        ("1190.00", "50.00", "1140.00")
    );
    let listed = json_list(&db, &["payment", "list", "--customer", "K-1"]);
    assert_eq!(listed.len(), 1);
    assert_eq!(text(&listed[0], "amount"), "350.00");
}

#[test]
fn a_remainder_is_written_off_up_to_the_limit_setting() {
    let (_scratch, db) = books();
    let pay = [
        "payment",
        "add",
        "--customer",
        "K-1",
        "--amount",
        "292",
        "--invoice",
        "RE-2026-00002",
        "--write-off",
        "Kulanz",
    ];
    let above = fails(&db, &pay, 2);
    assert!(
        above.contains("8.00 EUR") && above.contains("5.00 EUR"),
        "{above}"
    );
    let negative = run(&db, &["settings", "write-off-limit", "-1"]);
    assert_eq!(negative.code, 2, "{negative:?}");
    assert!(ok(&db, &["settings"]).contains("write_off_limit = 5.00"));
    ok(&db, &["settings", "write-off-limit", "10"]);
    assert!(ok(&db, &["settings"]).contains("write_off_limit = 10"));
    let paid = json(&db, &pay);
    assert_eq!(text(&paid["allocations"][0], "write_off"), "8.00");
    assert_eq!(text(&paid["allocations"][0], "reason"), "Kulanz");
}

#[test]
fn ageing_by_days_past_due_in_every_format() {
    let (_scratch, db) = books();
    // As of 31 Dec 2026: RE-1 due 2 Dec (29 days: 1–30), RE-2 due 31 Oct (61: 61–90).
    let rows = json_list(&db, &["report", "ageing", "--date", "2026-12-31"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(text(&rows[0], "customer"), "K-1");
    assert_eq!(
        ["not_due", "1_30", "31_60", "61_90", "over_90", "total"].map(|f| text(&rows[0], f)),
        ["0.00", "1190.00", "0.00", "300.00", "0.00", "1490.00"]
    );
    assert_eq!(text(&rows[1], "customer"), "");
    assert_eq!(text(&rows[1], "total"), "1490.00");
    let csv = ok(
        &db,
        &[
            "report",
            "ageing",
            "--date",
            "2026-12-31",
            "--format",
            "csv",
        ],
    );
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("customer,name,currency,not_due,1_30,31_60,61_90,over_90,total")
    );
    assert_eq!(
        lines.next(),
        Some("K-1,Erste GmbH,EUR,0.00,1190.00,0.00,300.00,0.00,1490.00")
    );
    let german = ok(
        &db,
        &["--lang", "de", "report", "ageing", "--date", "31.12.2026"],
    );
    assert!(
        german.contains("ÜBER 90") && german.contains("1.190,00"),
        "{german}"
    );
    assert!(german.contains("Summe"), "{german}");
}
