//! The dunning run through the command line. Invoices are written as records through the
//! library (as `kontor invoice add` will), payments through `kontor payment add`, then
//! `dunning run` on pinned dates: the levels, fees and interest of three runs computed by
//! hand to the cent (defaults: grace 7/14/14 days, fees 0/5/10, interest on the two
//! dunning letters, default 30 days after the due date, base rate 1.27 % since
//! 2025-07-01; § 288 BGB: + 9 points for a business, + 5 for a consumer), escalation
//! from the posted letters, a block holding an item with its reason, a second posting on
//! the same day doing nothing, gapless `MA-` numbers, the letter as text and as PDF in
//! English and German, and the receivables right.

use crate::cli::confirmation::pdf_text;
use crate::common;

use common::{Scratch, add_customer, fails, json, ok, run, text};
use kontor::core::dunning_run::{self, BlockSpec, DunningCommand};
use kontor::core::{Actor, Clock, Command, CoreError, Role, execute};
use kontor::domain::invoice::PaymentTerms;
use kontor::store::Store;
use rust_decimal::{Decimal, dec};
use serde_json::Value;
use time::Date;
use time::macros::date;

/// Due 30 days after the invoice, no Skonto.
const NET30: PaymentTerms = PaymentTerms {
    due_days: 30,
    skonto: None,
};

fn invoice(db: &std::path::Path, customer: u64, number: &str, issued: Date, gross: Decimal) {
    let store = Store::open(db).unwrap();
    common::write_invoice(
        &store,
        &common::invoice_record(customer, number, issued, gross, NET30, None),
    );
    store.flush().unwrap();
}

/// K-1 Erste GmbH (a business) owes RE-1 (1000.00, due 2026-10-01; 400.00 paid, 600.00
/// open) and RE-2 (500.00, due 2026-10-31); K-2 Frau Zweite (a consumer) owes RE-3 (200.00,
/// due 2026-10-01).
fn books() -> (Scratch, std::path::PathBuf) {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for (name, value) in [
        ("company_name", "Kontor Handel GmbH"),
        ("company_street", "Hafenstraße 1"),
        ("company_postal_code", "20457"),
        ("company_city", "Hamburg"),
        ("company_iban", "DE89370400440532013000"),
    ] {
        ok(&db, &["settings", name, value]);
    }
    let first = add_customer(
        &db,
        &[
            "--name",
            "Erste GmbH",
            "--number",
            "K-1",
            "--street",
            "Obere Str. 57",
            "--postal-code",
            "12209",
            "--city",
            "Berlin",
        ],
    );
    let second = add_customer(
        &db,
        &[
            "--name",
            "Frau Zweite",
            "--number",
            "K-2",
            "--kind",
            "person",
        ],
    );
    let (first, second) = (first as u64, second as u64);
    invoice(
        &db,
        first,
        "RE-2026-00001",
        date!(2026 - 09 - 01),
        dec!(1000.00),
    );
    invoice(
        &db,
        first,
        "RE-2026-00002",
        date!(2026 - 10 - 01),
        dec!(500.00),
    );
    invoice(
        &db,
        second,
        "RE-2026-00003",
        date!(2026 - 09 - 01),
        dec!(200.00),
    );
    ok(
        &db,
        &[
            "payment",
            "add",
            "--customer",
            "K-1",
            "--amount",
            "400",
            "--invoice",
            "RE-2026-00001",
            "--date",
            "2026-10-20",
        ],
    );
    (scratch, db)
}

fn dun(db: &std::path::Path, day: &str, post: bool) -> Value {
    let mut args = vec!["dunning", "run", "--date", day];
    if post {
        args.push("--post");
    }
    json(db, &args)
}

/// (number, customer, level, fee, interest, total) of each letter.
fn letters(run: &Value) -> Vec<(String, String, String, String, String, String)> {
    run["letters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let field = |name| text(l, name).to_string();
            (
                field("number"),
                field("customer"),
                field("dunning_level"),
                field("fee"),
                field("interest"),
                field("total"),
            )
        })
        .collect()
}

/// (invoice, level, days overdue, days in default, open, interest) of a letter's items.
fn items(letter: &Value) -> Vec<(String, String, i64, i64, String, String)> {
    letter["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                text(i, "invoice").to_string(),
                text(i, "dunning_level").to_string(),
                i["days_overdue"].as_i64().unwrap(),
                i["days_in_default"].as_i64().unwrap(),
                text(i, "open").to_string(),
                text(i, "interest").to_string(),
            )
        })
        .collect()
}

fn row(
    number: &str,
    customer: &str,
    level: &str,
    fee: &str,
    interest: &str,
    total: &str,
) -> (String, String, String, String, String, String) {
    (
        number.into(),
        customer.into(),
        level.into(),
        fee.into(),
        interest.into(),
        total.into(),
    )
}

#[test]
fn three_runs_escalate_with_fees_and_interest_to_the_cent() {
    let (_scratch, db) = books();
    ok(
        &db,
        &[
            "dunning",
            "block",
            "--invoice",
            "RE-2026-00003",
            "--reason",
            "disputed",
        ],
    );
    // Run 1, 2026-11-02: RE-1 is 32 days past due (≥ 7): a reminder, no fee, no interest;
    // RE-2 only 2 days (< 7); RE-3 is held by its block.
    let proposed = dun(&db, "2026-11-02", false);
    assert_eq!(
        letters(&proposed),
        [row("", "K-1", "reminder", "0.00", "0.00", "600.00")]
    );
    assert_eq!(
        items(&proposed["letters"][0]),
        [(
            "RE-2026-00001".into(),
            "reminder".into(),
            32,
            2,
            "600.00".into(),
            "0.00".into()
        )]
    );
    let held = &proposed["held"][0];
    assert_eq!(
        (text(held, "invoice"), text(held, "reason")),
        ("RE-2026-00003", "disputed")
    );
    let posted = dun(&db, "2026-11-02", true);
    assert_eq!(
        letters(&posted),
        [row(
            "MA-2026-00001",
            "K-1",
            "reminder",
            "0.00",
            "0.00",
            "600.00"
        )]
    );
    // Posting again the same day: the levels advanced, the grace days not passed.
    let again = dun(&db, "2026-11-02", true);
    assert!(letters(&again).is_empty(), "{again}");
    assert_eq!(again["held"].as_array().unwrap().len(), 1);
    // 13 days later RE-1 still waits (the 1st letter comes 14 days after the reminder);
    // RE-2, 15 days past due, is up for its reminder.
    let waiting = dun(&db, "2026-11-15", false);
    let numbers: Vec<String> = items(&waiting["letters"][0])
        .into_iter()
        .map(|i| i.0)
        .collect();
    assert_eq!(numbers, ["RE-2026-00002"]);

    // Let RE-3 be dunned.
    ok(&db, &["dunning", "unblock", "--invoice", "RE-2026-00003"]);
    // Run 2, 2026-11-16: RE-1 had its reminder 14 days ago → 1st letter; in default since
    // 2026-10-31 (due + 30 days): 16 days × 600.00 × (1.27 + 9) % / 365 = 98592 / 36500 =
    // 2.7011 → 2.70. RE-2 (due 2026-10-31) is 16 days past due: its reminder, on the same
    // letter, which charges the 1st letter's fee 5.00; no interest (default from
    // 2026-11-30). 600 + 500 + 5 + 2.70 = 1107.70. K-2: RE-3 a reminder (46 days), 200.00.
    let second = dun(&db, "2026-11-16", true);
    assert_eq!(
        letters(&second),
        [
            row("MA-2026-00002", "K-1", "first", "5.00", "2.70", "1107.70"),
            row("MA-2026-00003", "K-2", "reminder", "0.00", "0.00", "200.00"),
        ]
    );
    assert_eq!(
        items(&second["letters"][0]),
        [
            (
                "RE-2026-00001".into(),
                "first".into(),
                46,
                16,
                "600.00".into(),
                "2.70".into()
            ),
            (
                "RE-2026-00002".into(),
                "reminder".into(),
                16,
                0,
                "500.00".into(),
                "0.00".into()
            ),
        ]
    );
    // Run 3, 2026-11-30, 14 days on: RE-1 → 2nd letter, 30 days in default: 600 × 10.27 ×
    // 30 / 36500 = 5.0646 → 5.06; RE-2 → its 1st letter, no day in default yet (the
    // default starts after 2026-11-30). Fee 10.00: 1100 + 10 + 5.06 = 1115.06.
    // K-2, a consumer, RE-3 → 1st letter: in default since 2026-10-31, 30 days at
    // 1.27 + 5: 200 × 6.27 × 30 / 36500 = 1.0306 → 1.03; fee 5.00: 206.03.
    let third = dun(&db, "2026-11-30", true);
    assert_eq!(
        letters(&third),
        [
            row("MA-2026-00004", "K-1", "second", "10.00", "5.06", "1115.06"),
            row("MA-2026-00005", "K-2", "first", "5.00", "1.03", "206.03"),
        ]
    );
    let levels: Vec<(String, String)> = items(&third["letters"][0])
        .into_iter()
        .map(|i| (i.0, i.1))
        .collect();
    assert_eq!(
        levels,
        [
            ("RE-2026-00001".into(), "second".into()),
            ("RE-2026-00002".into(), "first".into())
        ]
    );
    // After the 2nd letter nothing more for RE-1, whenever the next run is.
    let later = dun(&db, "2026-12-31", false);
    let numbers: Vec<String> = later["letters"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(items)
        .map(|i| i.0)
        .collect();
    assert_eq!(numbers, ["RE-2026-00002", "RE-2026-00003"]);
}

#[test]
fn a_paid_invoice_and_a_blocked_customer_get_no_letter() {
    let (_scratch, db) = books();
    ok(
        &db,
        &[
            "payment",
            "add",
            "--customer",
            "K-1",
            "--amount",
            "600",
            "--invoice",
            "RE-2026-00001",
            "--date",
            "2026-10-30",
        ],
    );
    ok(
        &db,
        &[
            "dunning",
            "block",
            "--customer",
            "K-2",
            "--reason",
            "Ratenzahlung",
        ],
    );
    let twice = fails(
        &db,
        &["dunning", "block", "--customer", "K-2", "--reason", "again"],
        2,
    );
    assert!(
        twice.contains("blocked from dunning already: Ratenzahlung"),
        "{twice}"
    );
    let no_reason = fails(
        &db,
        &[
            "dunning",
            "block",
            "--invoice",
            "RE-2026-00002",
            "--reason",
            " ",
        ],
        2,
    );
    assert!(no_reason.contains("needs a reason"), "{no_reason}");
    let blocks = common::json_list(&db, &["dunning", "blocks"]);
    assert_eq!(blocks.len(), 1);
    assert_eq!(
        (text(&blocks[0], "customer"), text(&blocks[0], "user")),
        ("K-2", "tester")
    );
    // 2026-11-09: RE-1 is paid; RE-2 is 9 days past due → a reminder; K-2 is held.
    let proposed = dun(&db, "2026-11-09", false);
    assert_eq!(
        letters(&proposed),
        [row("", "K-1", "reminder", "0.00", "0.00", "500.00")]
    );
    let held = &proposed["held"][0];
    assert_eq!(
        (
            text(held, "customer"),
            text(held, "invoice"),
            text(held, "reason")
        ),
        ("K-2", "RE-2026-00003", "Ratenzahlung")
    );
    // The table names the hold and its reason too.
    let table = ok(&db, &["dunning", "run", "--date", "2026-11-09"]);
    assert!(table.contains("Held by a block"), "{table}");
    assert!(table.contains("Ratenzahlung"), "{table}");
    let posted = ok(&db, &["dunning", "run", "--date", "2026-11-09", "--post"]);
    assert!(posted.contains("MA-2026-00001"), "{posted}");
    assert!(posted.contains("Posted 1 dunning letter."), "{posted}");
    ok(&db, &["check"]);
    // The audit log keeps who blocked.
    let audit = ok(&db, &["audit", "--format", "json"]);
    assert!(audit.contains("Dunning::Block"), "{audit}");
    let unknown = fails(
        &db,
        &["dunning", "unblock", "--invoice", "RE-2026-00002"],
        2,
    );
    assert!(unknown.contains("not blocked"), "{unknown}");
}

#[test]
fn the_letter_shows_level_items_interest_and_total_as_text_and_pdf_in_both_languages() {
    let (scratch, db) = books();
    ok(
        &db,
        &[
            "dunning",
            "block",
            "--customer",
            "K-2",
            "--reason",
            "Ratenzahlung",
        ],
    );
    dun(&db, "2026-11-02", true);
    dun(&db, "2026-11-16", true);
    let text_en = ok(&db, &["dunning", "show", "MA-2026-00002"]);
    for shown in [
        "First dunning letter MA-2026-00002",
        "RE-2026-00001",
        "RE-2026-00002",
        "600.00",
        "16 days in default, 2.70 EUR",
        "plus 9 percentage points",
        "currently 10.27 % a year",
        "Dunning fee",
        "Total due 1107.70 EUR",
        "DE89 3704 0044 0532 0130 00",
    ] {
        assert!(text_en.contains(shown), "{shown} missing in:\n{text_en}");
    }
    let pdf = scratch.path().join("MA-2026-00002.pdf");
    ok(
        &db,
        &[
            "--lang",
            "de",
            "dunning",
            "show",
            "MA-2026-00002",
            "--pdf",
            common::s(&pdf),
        ],
    );
    let text_de = pdf_text(&pdf);
    for shown in [
        "Kontor Handel GmbH",
        "Erste GmbH",
        "Obere Str. 57",
        "1. Mahnung MA-2026-00002",
        "Mahnungs-Nr.: MA-2026-00002",
        "RE-2026-00001",
        "RE-2026-00002",
        "Mahngebühr",
        "1.107,70 €",
        "16 Verzugstage, 2,70 €",
    ] {
        assert!(text_de.contains(shown), "{shown} missing in:\n{text_de}");
    }
    let reminder = ok(&db, &["--lang", "de", "dunning", "show", "MA-2026-00001"]);
    assert!(
        reminder.contains("Zahlungserinnerung MA-2026-00001"),
        "{reminder}"
    );
    assert!(!reminder.contains("Mahngebühr"), "{reminder}");
    let missing = fails(&db, &["dunning", "show", "MA-2026-00099"], 2);
    assert!(
        missing.contains("no dunning letter MA-2026-00099"),
        "{missing}"
    );
}

#[test]
fn the_table_and_csv_list_the_proposal() {
    let (_scratch, db) = books();
    let table = run(
        &db,
        &["--lang", "de", "dunning", "run", "--date", "16.11.2026"],
    );
    assert_eq!(table.code, 0, "{table:?}");
    // Nothing dunned yet: RE-1 and RE-2 reminders for K-1, RE-3 for K-2.
    assert!(
        table.stdout.contains("Zahlungserinnerung"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("1.100,00"), "{}", table.stdout);
    let csv = ok(
        &db,
        &["dunning", "run", "--date", "2026-11-16", "--format", "csv"],
    );
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "number,customer,currency,dunning_level,invoice,due,days_overdue,days_in_default,open,interest,fee,total"
    );
    assert_eq!(
        lines[1..],
        [
            ",K-1,EUR,reminder,RE-2026-00001,2026-10-01,46,16,600.00,0.00,0.00,1100.00",
            ",K-1,EUR,reminder,RE-2026-00002,2026-10-31,16,0,500.00,0.00,0.00,1100.00",
            ",K-2,EUR,reminder,RE-2026-00003,2026-10-01,46,16,200.00,0.00,0.00,200.00",
        ]
    );
}

#[test]
fn dunning_needs_the_receivables_right() {
    let (_scratch, db) = books();
    let store = Store::open(&db).unwrap();
    let sales = Actor {
        name: "sam".into(),
        role: Role::Sales,
    };
    let refused = dunning_run::proposal(&store, &sales, date!(2026 - 11 - 16), &[]);
    assert!(matches!(refused, Err(CoreError::Refused(_))), "{refused:?}");
    let block = Command::Dunning(DunningCommand::Block {
        target: BlockSpec::Customer("K-1".into()),
        reason: "x".into(),
    });
    let refused = execute(&store, &Clock::pinned(common::now()), &sales, block);
    assert!(matches!(refused, Err(CoreError::Refused(_))), "{refused:?}");
    let admin = Actor::local("anna");
    assert_eq!(
        dunning_run::proposal(&store, &admin, date!(2026 - 11 - 16), &[])
            .unwrap()
            .letters
            .len(),
        2
    );
    // Skipping RE-1 leaves RE-2 alone on K-1's letter.
    let skipped = dunning_run::proposal(
        &store,
        &admin,
        date!(2026 - 11 - 16),
        &["RE-2026-00001".to_string()],
    )
    .unwrap();
    assert_eq!(skipped.letters[0].items.len(), 1);
    assert_eq!(skipped.letters[0].items[0].invoice_number, "RE-2026-00002");
}
