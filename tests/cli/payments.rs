//! Payments, balances and ageing through the command line. Until `kontor invoice add`
//! issues invoices, the tests write invoice records through the library (`Store`, as
//! issuing will) and run `payment add`, `payment balance`, `payment list` and `report
//! ageing` on them: Skonto in time, a refused late Skonto naming its last day, an unknown
//! invoice, an overpayment kept as credit, the write-off limit as a setting, the ageing in
//! JSON, CSV and a German table; an open invoice putting an order on credit hold.

use crate::common;

use common::{Scratch, add_customer, fails, json, json_list, ok, run, text};
use kontor::domain::invoice::{PaymentTerms, Skonto};
use kontor::store::Store;
use rust_decimal::{Decimal, dec};
use time::Date;
use time::macros::date;

/// Writes invoice `number` of customer 1 over `gross`, issued on `issued`, due in 30 days
/// with 2 % Skonto within 14.
fn invoice(db: &std::path::Path, number: &str, issued: Date, gross: Decimal) {
    let store = Store::open(db).unwrap();
    let terms = PaymentTerms {
        due_days: 30,
        skonto: Some(Skonto {
            days: 14,
            percent: dec!(2),
        }),
    };
    common::write_invoice(
        &store,
        &common::invoice_record(1, number, issued, gross, terms, None),
    );
    store.flush().unwrap();
}

/// `payment add` of customer K-1 over `amount`, then `rest`.
fn pay<'a>(amount: &'a str, rest: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["payment", "add", "--customer", "K-1", "--amount", amount];
    args.extend(rest);
    args
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
    let with_skonto = |day| {
        let mut args = pay(
            "1166.20",
            &["--invoice", "RE-2026-00001", "--skonto", "--date"],
        );
        args.push(day);
        args
    };
    let late = fails(&db, &with_skonto("2026-11-17"), 2);
    assert!(late.contains("until 2026-11-16"), "{late}");
    let mut in_time = with_skonto("2026-11-16");
    in_time.extend(["--reference", "RE-2026-00001 Erste"]);
    let paid = json(&db, &in_time);
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
    let unknown = fails(&db, &pay("10", &["--invoice", "RE-2026-00099"]), 2);
    assert!(unknown.contains("no invoice RE-2026-00099"), "{unknown}");
    let fine = fails(&db, &pay("10", &["--invoice", "RE-2026-00002:9.995"]), 2);
    assert!(fine.contains("at most the currency's decimals"), "{fine}");
    assert!(json_list(&db, &["payment", "list"]).is_empty());
    let paid = json(
        &db,
        &pay(
            "350,00",
            &["--invoice", "RE-2026-00002", "--date", "2026-12-01"],
        ),
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
    let pay = pay(
        "292",
        &["--invoice", "RE-2026-00002", "--write-off", "Kulanz"],
    );
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

#[test]
fn open_receivables_count_in_the_credit_exposure_of_an_order() {
    let (_scratch, db) = books();
    ok(&db, &["customer", "edit", "1", "--credit-limit", "2000"]);
    ok(
        &db,
        &[
            "item", "add", "--sku", "T-1", "--name", "Tee", "--price", "100",
        ],
    );
    let order = |quantity: &str| {
        let line = format!("T-1:{quantity}");
        json(&db, &["order", "add", "--customer", "K-1", "--line", &line])
    };
    // 1490.00 open (1190 + 300) + 119.00 (1 × 100 + 19 %) = 1609.00: within 2000.
    assert!(order("1")["hold"].is_null());
    // 1490 + 119 + 476 (4 × 119) = 2085.00 > 2000.
    let held = order("4");
    let reason = &held["hold"]["reasons"][0];
    assert_eq!(text(reason, "rule"), "credit");
    assert_eq!(super::orders::decimal(&reason["exposure"]), dec!(2085.00));
    ok(&db, &pay("300", &["--invoice", "RE-2026-00002"]));
    // 1190 + 119 + 476 + 119 = 1904.00: within 2000 once RE-2 is paid.
    assert!(order("1")["hold"].is_null());
}
