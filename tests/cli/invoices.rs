//! Invoices and credit notes through the command line: an invoice of two deliveries of one
//! order and of deliveries of two orders, its totals against hand-computed EN 16931
//! figures (line nets rounded, VAT once per rate), the order lines' invoiced quantities;
//! the refusals (a delivery billed twice, another customer's delivery, a pick list, missing
//! company details) take no number; credit notes whole and per line reverse exactly and
//! refuse over-crediting; an order's service lines; who may issue and read invoices; the
//! audit names the issuer; numbering stays gapless when the issuing process is killed.

use crate::common;

use std::path::Path;

use common::{Scratch, add_customer, fails, json, json_list, ok, text};
use kontor::core::invoicing::{self, InvoiceCommand};
use kontor::core::{Actor, Command, Role, execute};
use kontor::store::Store;
use rust_decimal::{Decimal, dec};
use serde_json::Value;

use super::orders::decimal;

/// The letterhead (§ 14 content), CH-001 at 18.00 (standard rate) and TEE-7 at 4.99
/// (reduced), 50 of each on hand; Alfreds (K-1) and Müller GmbH (K-2) with addresses.
pub(crate) fn shop(db: &Path) {
    for (name, value) in [
        ("company_name", "Kontor Handel GmbH"),
        ("company_street", "Hafenstraße 1"),
        ("company_postal_code", "20457"),
        ("company_city", "Hamburg"),
        ("company_vat_id", "DE123456789"),
        ("payment_days", "30"),
        ("payment_skonto", "10:2"),
    ] {
        ok(db, &["settings", name, value]);
    }
    for (sku, price, vat) in [
        ("CH-001", "18.00", "standard"),
        ("TEE-7", "4.99", "reduced"),
    ] {
        ok(
            db,
            &[
                "item", "add", "--sku", sku, "--name", sku, "--price", price, "--vat", vat,
            ],
        );
        ok(db, &["stock", "receive", sku, "50"]);
    }
    for (name, number, city) in [("Alfreds", "K-1", "Berlin"), ("Müller GmbH", "K-2", "Köln")] {
        add_customer(
            db,
            &[
                "--name",
                name,
                "--number",
                number,
                "--street",
                "Str. 1",
                "--postal-code",
                "10115",
                "--city",
                city,
            ],
        );
    }
}

/// Adds and confirms an order of `customer` with `lines`.
pub(crate) fn order(db: &Path, customer: &str, lines: &[&str]) -> String {
    let mut args = vec!["order", "add", "--customer", customer];
    for line in lines {
        args.extend(["--line", line]);
    }
    let added = json(db, &args);
    let number = text(&added, "number").to_string();
    ok(db, &["order", "confirm", &number]);
    number
}

pub(crate) fn deliver(db: &Path, order: &str, lines: &[&str]) -> String {
    let mut args = vec!["delivery", "post", order];
    for line in lines {
        args.extend(["--line", line]);
    }
    text(&json(db, &args), "number").to_string()
}

fn invoice_of(db: &Path, deliveries: &[&str]) -> Value {
    let mut args = vec!["invoice", "add"];
    for delivery in deliveries {
        args.extend(["--delivery", delivery]);
    }
    json(db, &args)
}

fn totals(invoice: &Value) -> (Decimal, Decimal, Decimal) {
    let totals = &invoice["totals"];
    (
        decimal(&totals["net"]),
        decimal(&totals["vat"]),
        decimal(&totals["gross"]),
    )
}

pub(crate) fn invoiced(db: &Path, order: &str) -> Vec<Decimal> {
    let shown = json(db, &["order", "show", order]);
    shown["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| decimal(&line["invoiced"]))
        .collect()
}

#[test]
fn an_invoice_of_two_deliveries_bills_them_once_at_the_order_prices() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let au = order(&db, "K-1", &["CH-001:3", "TEE-7:7"]);
    let first = deliver(&db, &au, &["1:2"]);
    let second = deliver(&db, &au, &[]);
    let invoice = invoice_of(&db, &[&first, &second]);
    assert_eq!(text(&invoice, "number"), "RE-2026-00001");
    assert_eq!(text(&invoice, "type_code"), "380");
    let lines = invoice["lines"].as_array().unwrap();
    let billed: Vec<(String, Decimal, String)> = lines
        .iter()
        .map(|l| {
            (
                text(l, "sku").to_string(),
                decimal(&l["quantity"]),
                text(l, "delivery").to_string(),
            )
        })
        .collect();
    assert_eq!(
        billed,
        [
            ("CH-001".to_string(), dec!(2), first.clone()),
            ("CH-001".to_string(), dec!(1), second.clone()),
            ("TEE-7".to_string(), dec!(7), second.clone()),
        ]
    );
    // Standard: 2 × 18.00 + 1 × 18.00 = 54.00, 19 % = 10.26; reduced: 7 × 4.99 = 34.93,
    // 7 % = 2.4451 → 2.45. Net 88.93, VAT 12.71, gross 101.64.
    assert_eq!(totals(&invoice), (dec!(88.93), dec!(12.71), dec!(101.64)));
    let groups = invoice["totals"]["breakdown"].as_array().unwrap();
    assert_eq!(decimal(&groups[0]["vat"]), dec!(10.26));
    assert_eq!(decimal(&groups[1]["vat"]), dec!(2.45));
    assert_eq!(text(&invoice["seller"], "vat_id"), "DE123456789");
    assert_eq!(text(&invoice["buyer"], "city"), "Berlin");
    assert_eq!(invoice["payment_days"], 30);
    assert_eq!(text(&invoice, "skonto_percent"), "2");
    assert_eq!(
        text(&lines[0], "supplied"),
        common::now().date().to_string()
    );
    assert_eq!(invoiced(&db, &au), [dec!(3), dec!(7)]);

    // Billed once: a second invoice of the first note is refused and takes no number.
    let refused = fails(&db, &["invoice", "add", "--delivery", &first], 2);
    assert!(
        refused.contains(&format!("{first} is invoiced already, on RE-2026-00001")),
        "{refused}"
    );
    assert_eq!(invoiced(&db, &au), [dec!(3), dec!(7)]);
    let listed = json_list(&db, &["invoice", "list"]);
    assert_eq!(listed.len(), 1);
    assert_eq!(decimal(&listed[0]["gross"]), dec!(101.64));
    ok(&db, &["check"]);
}

#[test]
fn one_invoice_bills_deliveries_of_two_orders_of_one_customer_and_no_other_customer() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let one = order(&db, "K-1", &["CH-001:1"]);
    let two = order(&db, "K-1", &["TEE-7:3"]);
    let other = order(&db, "K-2", &["CH-001:1"]);
    let (a, b, c) = (
        deliver(&db, &one, &[]),
        deliver(&db, &two, &[]),
        deliver(&db, &other, &[]),
    );
    let refused = fails(
        &db,
        &["invoice", "add", "--delivery", &a, "--delivery", &c],
        2,
    );
    assert!(
        refused.contains(&format!("{c} is for another customer than {a}")),
        "{refused}"
    );
    let invoice = invoice_of(&db, &[&a, &b]);
    assert_eq!(
        text(&invoice, "number"),
        "RE-2026-00001",
        "the refusal took none"
    );
    // 18.00 at 19 % = 3.42; 3 × 4.99 = 14.97 at 7 % = 1.0479 → 1.05.
    assert_eq!(totals(&invoice), (dec!(32.97), dec!(4.47), dec!(37.44)));
    assert_eq!(invoiced(&db, &one), [dec!(1)]);
    assert_eq!(invoiced(&db, &two), [dec!(3)]);
    assert_eq!(invoiced(&db, &other), [dec!(0)]);
    let theirs = invoice_of(&db, &[&c]);
    assert_eq!(text(&theirs, "number"), "RE-2026-00002");
    let of_k2 = json_list(&db, &["invoice", "list", "--customer", "K-2"]);
    assert_eq!(of_k2.len(), 1);
    assert_eq!(text(&of_k2[0], "number"), "RE-2026-00002");
}

#[test]
fn a_draft_note_an_unknown_note_and_missing_company_details_are_refused() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let au = order(&db, "K-1", &["CH-001:2"]);
    let pick = text(&json(&db, &["delivery", "add", &au]), "number").to_string();
    let refused = fails(&db, &["invoice", "add", "--delivery", &pick], 2);
    assert!(refused.contains("is not posted yet"), "{refused}");
    let unknown = fails(&db, &["invoice", "add", "--delivery", "LS-2026-00099"], 2);
    assert!(unknown.contains("LS-2026-00099"), "{unknown}");
    ok(&db, &["delivery", "post", &pick]);
    ok(&db, &["settings", "company_vat_id", ""]);
    let missing = fails(&db, &["invoice", "add", "--delivery", &pick], 2);
    assert!(missing.contains("company_tax_number"), "{missing}");
    ok(&db, &["settings", "company_tax_number", "22/815/08154"]);
    let invoice = invoice_of(&db, &[&pick]);
    assert_eq!(text(&invoice, "number"), "RE-2026-00001");
    assert_eq!(text(&invoice["seller"], "tax_number"), "22/815/08154");
}

#[test]
fn credit_notes_reverse_exactly_and_never_more_than_was_invoiced() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let au = order(&db, "K-1", &["CH-001:3", "TEE-7:7"]);
    let note = deliver(&db, &au, &[]);
    let invoice = invoice_of(&db, &[&note]);
    assert_eq!(totals(&invoice), (dec!(88.93), dec!(12.71), dec!(101.64)));
    let no_reason = fails(
        &db,
        &["invoice", "credit", "RE-2026-00001", "--reason", " "],
        2,
    );
    assert!(no_reason.contains("reason"), "{no_reason}");

    let part = json(
        &db,
        &[
            "invoice",
            "credit",
            "RE-2026-00001",
            "--line",
            "1:1",
            "--reason",
            "broken",
        ],
    );
    assert_eq!(text(&part, "number"), "GS-2026-00001");
    assert_eq!(text(&part, "type_code"), "381");
    assert_eq!(text(&part, "corrects"), "RE-2026-00001");
    assert_eq!(text(&part["lines"][0], "corrects_line"), "1");
    // 1 × 18.00 at 19 %: 3.42.
    assert_eq!(totals(&part), (dec!(18.00), dec!(3.42), dec!(21.42)));
    let too_much = fails(
        &db,
        &[
            "invoice",
            "credit",
            "RE-2026-00001",
            "--line",
            "1:3",
            "--reason",
            "again",
        ],
        2,
    );
    assert!(
        too_much.contains("3 is more than the 2 not yet credited"),
        "{too_much}"
    );
    let rest = json(
        &db,
        &["invoice", "credit", "RE-2026-00001", "--reason", "returned"],
    );
    assert_eq!(text(&rest, "number"), "GS-2026-00002");
    // The rest: 2 × 18.00 = 36.00 at 19 % = 6.84; 34.93 at 7 % = 2.45.
    assert_eq!(totals(&rest), (dec!(70.93), dec!(9.29), dec!(80.22)));
    let (net, vat, gross) = (
        dec!(18.00) + dec!(70.93),
        dec!(3.42) + dec!(9.29),
        dec!(21.42) + dec!(80.22),
    );
    assert_eq!((net, vat, gross), totals(&invoice), "credited exactly");
    let full = fails(
        &db,
        &["invoice", "credit", "RE-2026-00001", "--reason", "more"],
        2,
    );
    assert!(full.contains("credited in full"), "{full}");
    let shown = json(&db, &["invoice", "show", "RE-2026-00001"]);
    let credited: Vec<Decimal> = shown["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| decimal(&line["credited"]))
        .collect();
    assert_eq!(credited, [dec!(3), dec!(7)]);
    assert_eq!(
        invoiced(&db, &au),
        [dec!(3), dec!(7)],
        "credits leave the order"
    );
    let of_credit = fails(
        &db,
        &["invoice", "credit", "GS-2026-00001", "--reason", "x"],
        2,
    );
    assert!(of_credit.contains("is a credit note"), "{of_credit}");
    let notes = json_list(&db, &["invoice", "list", "--kind", "credit-note"]);
    assert_eq!(notes.len(), 2);
}

#[test]
fn over_crediting_a_line_is_refused_naming_what_is_left() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let au = order(&db, "K-1", &["CH-001:3"]);
    let note = deliver(&db, &au, &[]);
    invoice_of(&db, &[&note]);
    ok(
        &db,
        &[
            "invoice",
            "credit",
            "RE-2026-00001",
            "--line",
            "1:2",
            "--reason",
            "a",
        ],
    );
    let refused = fails(
        &db,
        &[
            "invoice",
            "credit",
            "RE-2026-00001",
            "--line",
            "1:2",
            "--reason",
            "b",
        ],
        2,
    );
    assert!(
        refused.contains("2 is more than the 1 not yet credited"),
        "{refused}"
    );
    let no_line = fails(
        &db,
        &[
            "invoice",
            "credit",
            "RE-2026-00001",
            "--line",
            "4:1",
            "--reason",
            "b",
        ],
        2,
    );
    assert!(no_line.contains("has no line 4"), "{no_line}");
    assert_eq!(
        json_list(&db, &["invoice", "list", "--kind", "credit-note"]).len(),
        1
    );
}

#[test]
fn an_order_bills_its_service_lines_once() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let added = json(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:1",
            "--text-line",
            "Montage:2:45.50",
        ],
    );
    let au = text(&added, "number").to_string();
    let unconfirmed = fails(&db, &["invoice", "add", "--order", &au], 2);
    assert!(unconfirmed.contains("not confirmed"), "{unconfirmed}");
    ok(&db, &["order", "confirm", &au]);
    let invoice = json(&db, &["invoice", "add", "--order", &au]);
    assert_eq!(invoice["lines"].as_array().unwrap().len(), 1);
    // 2 × 45.50 = 91.00 at 19 % = 17.29.
    assert_eq!(totals(&invoice), (dec!(91.00), dec!(17.29), dec!(108.29)));
    assert_eq!(invoiced(&db, &au), [dec!(0), dec!(2)]);
    let again = fails(&db, &["invoice", "add", "--order", &au], 2);
    assert!(again.contains("no service line left"), "{again}");
}

fn issue_as(db: &Path, name: &str, role: Role, delivery: &str) -> Result<String, String> {
    let store = Store::open(db).unwrap();
    let actor = Actor {
        name: name.into(),
        role,
    };
    let command = Command::Invoice(InvoiceCommand::FromDeliveries {
        deliveries: vec![delivery.into()],
        today: common::now().date(),
    });
    execute(&store, &common::clock(), &actor, command)
        .map(|event| format!("{event:?}"))
        .map_err(|error| error.to_string())
}

#[test]
fn accounting_issues_sales_reads_the_warehouse_sees_no_invoice_and_the_audit_names_the_issuer() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let au = order(&db, "K-1", &["CH-001:1"]);
    let note = deliver(&db, &au, &[]);
    for role in [Role::Warehouse, Role::Sales, Role::Agent] {
        let refused = issue_as(&db, "wim", role, &note).unwrap_err();
        assert!(refused.contains("not permitted"), "{role:?}: {refused}");
    }
    issue_as(&db, "anna", Role::Accounting, &note).unwrap();
    {
        let store = Store::open(&db).unwrap();
        let reader = |role| Actor {
            name: "x".into(),
            role,
        };
        let seen = invoicing::invoice(&store, &reader(Role::Accounting), "RE-2026-00001");
        assert_eq!(seen.unwrap().invoice.issued_by, "anna");
        // A salesperson sees the invoices of the customers they own, no other.
        let sam = Actor {
            name: "sam".into(),
            role: Role::Sales,
        };
        let refused = invoicing::invoice(&store, &sam, "RE-2026-00001").unwrap_err();
        assert!(
            refused.to_string().contains("another salesperson"),
            "{refused}"
        );
        let listed = invoicing::invoices(&store, &sam, &Default::default()).unwrap();
        assert!(listed.is_empty(), "{listed:?}");
        drop(store);
        ok(&db, &["customer", "edit", "1", "--owner", "sam"]);
        let store = Store::open(&db).unwrap();
        let seen = invoicing::invoice(&store, &sam, "RE-2026-00001").unwrap();
        assert_eq!(seen.invoice.number, "RE-2026-00001");
        let listed = invoicing::invoices(&store, &sam, &Default::default()).unwrap();
        assert_eq!(listed.len(), 1);
        let refused = invoicing::invoice(&store, &reader(Role::Warehouse), "RE-2026-00001");
        assert!(refused.unwrap_err().to_string().contains("not permitted"));
        let listed = invoicing::invoices(&store, &reader(Role::Warehouse), &Default::default());
        assert!(listed.is_err());
    }
    let audit = json_list(&db, &["audit", "--user", "anna"]);
    assert!(
        audit
            .iter()
            .any(|row| text(row, "command") == "Invoices::IssueFromDeliveries"),
        "{audit:?}"
    );
}

#[test]
fn an_issued_invoice_has_no_edit_and_no_generic_path_changes_it() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let au = order(&db, "K-1", &["CH-001:1"]);
    let note = deliver(&db, &au, &[]);
    invoice_of(&db, &[&note]);
    fails(&db, &["invoice", "edit", "RE-2026-00001"], 2);
    for args in [
        ["edit", "invoice", "1"],
        ["delete", "invoice", "1"],
        ["export", "invoice", "-"],
    ] {
        let run = common::run(&db, &args);
        assert_ne!(run.code, 0, "{args:?}: {run:?}");
    }
    let shown = json(&db, &["invoice", "show", "RE-2026-00001"]);
    assert_eq!(decimal(&shown["totals"]["gross"]), dec!(21.42));
}

/// Adds, confirms and delivers an order and invoices its delivery note — by `invoice add`
/// for odd orders, by the invoicing run for even ones — again and again, numbering from
/// `$1`, noting the next number in `$PROGRESS`; stops at the first command that fails.
const INVOICE_LOOP: &str = r#"set -e
i=$1
while true; do
  n=$(printf 'AU-%s-%05d' "$YEAR" "$i")
  "$KONTOR" order add --customer K-1 --line CH-001:1 --line TEE-7:2 --db "$DB"
  "$KONTOR" order confirm "$n" --db "$DB"
  "$KONTOR" delivery post "$n" --db "$DB"
  if [ $((i % 2)) -eq 0 ]; then
    "$KONTOR" invoice run --db "$DB"
  else
    "$KONTOR" invoice add --delivery "$(printf 'LS-%s-%05d' "$YEAR" "$i")" --db "$DB"
  fi
  i=$((i + 1))
  echo "$i" > "$PROGRESS"
done
"#;

#[test]
fn invoice_numbers_stay_gapless_after_sigkill_mid_issue() {
    use super::crash::assert_clean;
    use super::crash_orders::{assert_gapless, kill_group, start_script, wait_for_progress};
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    ok(&db, &["stock", "receive", "CH-001", "10000"]);
    ok(&db, &["stock", "receive", "TEE-7", "10000"]);
    let mut rng = fastrand::Rng::with_seed(0x5245_4e52);
    let mut next = 1;
    let mut invoices = Vec::new();
    for kill in 1..=5 {
        let delay = std::time::Duration::from_millis(rng.u64(400..2_000));
        let child = start_script(&db, INVOICE_LOOP, next);
        // Two whole rounds first, then the kill at a random moment.
        wait_for_progress(&db, next + 2);
        std::thread::sleep(delay);
        kill_group(child);
        let after = format!("kill {kill} at {delay:?}");
        assert_clean(&db, &after);
        invoices = json_list(&db, &["invoice", "list"]);
        let numbers = invoices.iter().map(|i| text(i, "number").to_string());
        assert_gapless("RE", numbers.collect(), &after);
        // Each order's invoiced quantities are those of the invoices billing it.
        let orders = json_list(&db, &["order", "list"]);
        let notes = json_list(&db, &["delivery", "list"]);
        // 18.00 at 19 % = 3.42; 2 × 4.99 = 9.98 at 7 % = 0.6986 → 0.70: 27.98 + 4.12.
        for invoice in &invoices {
            assert_eq!(decimal(&invoice["gross"]), dec!(32.10), "{after}");
        }
        let billed = invoices.len();
        let mut invoiced_orders = 0;
        for order in &orders {
            let lines = invoiced(&db, text(order, "number"));
            match lines.as_slice() {
                [one, two] if *one == dec!(1) && *two == dec!(2) => invoiced_orders += 1,
                [one, two] if one.is_zero() && two.is_zero() => {}
                other => panic!("{other:?} after {after}"),
            }
        }
        assert_eq!(invoiced_orders, billed, "{after}");
        // The loop goes on after the last order it added, whatever the kill left.
        next = orders.len() + 1;
        if notes.len() > invoices.len() || orders.len() > notes.len() {
            // Finish by hand what the kill interrupted, so the next loop starts clean.
            for order in orders.iter().skip(notes.len()) {
                let number = text(order, "number");
                let shown = json(&db, &["order", "show", number]);
                if text(&shown, "state") == "open" {
                    ok(&db, &["order", "confirm", number]);
                }
                ok(&db, &["delivery", "post", number]);
            }
            let notes = json_list(&db, &["delivery", "list"]);
            for note in notes.iter().skip(invoices.len()) {
                ok(&db, &["invoice", "add", "--delivery", text(note, "number")]);
            }
            invoices = json_list(&db, &["invoice", "list"]);
        }
    }
    assert!(
        invoices.len() > 5,
        "the loop hardly ran: {}",
        invoices.len()
    );
    let audit = json_list(&db, &["audit"]);
    let ran = |name: &str| audit.iter().any(|row| text(row, "command") == name);
    assert!(ran("Invoices::Run") && ran("Invoices::IssueFromDeliveries"));
}

#[test]
fn a_customer_s_own_payment_terms_and_buyer_reference_go_on_the_invoice() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let listing = ok(&db, &["settings"]);
    assert!(listing.contains("payment_days = 30"), "{listing}");
    assert!(listing.contains("payment_skonto = 10:2"), "{listing}");
    let bad = fails(&db, &["settings", "payment_skonto", "10"], 2);
    assert!(bad.contains("DAYS:PERCENT"), "{bad}");
    let refused = fails(&db, &["customer", "edit", "2", "--skonto", "14:2"], 2);
    assert!(refused.contains("--payment-days"), "{refused}");
    let edited = json(
        &db,
        &[
            "customer",
            "edit",
            "2",
            "--payment-days",
            "10",
            "--buyer-reference",
            "991-12345-67",
        ],
    );
    assert_eq!(text(&edited, "payment_days"), "10");
    assert_eq!(text(&edited, "skonto"), "");
    let au = order(&db, "K-2", &["CH-001:1"]);
    let note = deliver(&db, &au, &[]);
    let invoice = invoice_of(&db, &[&note]);
    assert_eq!(invoice["payment_days"], 10);
    assert_eq!(
        invoice["skonto_percent"],
        Value::Null,
        "own terms, no Skonto"
    );
    assert_eq!(text(&invoice, "buyer_reference"), "991-12345-67");
    assert_eq!(
        text(&invoice, "due"),
        (common::now().date() + time::Duration::days(10)).to_string()
    );
    // Alfreds has none of their own: the company's 30 days and 2 % within 10 days.
    let au = order(&db, "K-1", &["CH-001:1"]);
    let note = deliver(&db, &au, &[]);
    let invoice = invoice_of(&db, &[&note]);
    assert_eq!(invoice["payment_days"], 30);
    assert_eq!(invoice["skonto_days"], 10);
    assert_eq!(text(&invoice, "buyer_reference"), "");
    let printed = ok(&db, &["invoice", "show", text(&invoice, "number")]);
    // 2 % of 21.42 = 0.4284 → 0.43 off, 20.99 to pay.
    assert!(
        printed.contains("0.43 EUR off, 20.99 EUR to pay"),
        "{printed}"
    );
    let cleared = json(&db, &["customer", "edit", "2", "--payment-days", ""]);
    assert_eq!(text(&cleared, "payment_days"), "");
}
