//! Customer duplicates and merging end to end on temporary databases: the report finds a
//! pair by each rule (and none by a shared freemail domain), best evidence first, and
//! reports a key too many customers share as one crowd; a merge moves the loser's
//! interactions, opportunities, quotes, orders and tickets to the survivor in one audited
//! transaction, keeps its phones, e-mails, tags and number, leaves `kontor check` clean and
//! answers a lookup of the old id with where it went; each conflict is refused with its own
//! message and nothing changed.

use std::path::Path;

use serde_json::Value;

use crate::common::{
    self, Scratch, add_chai_tea, add_customer, fails, int, json, json_list, ok, s, strings, text,
};

fn pair_of(row: &Value) -> (i64, i64) {
    (int(row, "left"), int(row, "right"))
}

#[test]
fn the_report_finds_each_rules_pair_once_best_first_and_no_freemail_pair() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let add = |flags: &[&str]| add_customer(&db, flags);
    let domain_a = add(&[
        "--name",
        "Schmidt Nord",
        "--email",
        "nord@schmidt-handel.de",
    ]);
    let domain_b = add(&["--name", "Schmidt Süd", "--email", "sued@schmidt-handel.de"]);
    let city_a = add(&["--name", "Müller GmbH", "--city", "München"]);
    let city_b = add(&["--name", "MULLER gmbh", "--city", "munchen"]);
    let phone_a = add(&["--name", "Alpha", "--phone", "+49 30 1234567"]);
    let phone_b = add(&["--name", "Beta", "--phone", "+49 (30) 123 45 67"]);
    let mail_a = add(&["--name", "Weber Bau", "--email", "anna@weber-bau.de"]);
    let mail_b = add(&["--name", "Weber", "--email", " ANNA@Weber-Bau.de"]);
    add(&["--name", "Anna", "--email", "anna@gmx.de"]);
    add(&["--name", "Bernd", "--email", "bernd@gmx.de"]);
    let rows = json_list(&db, &["customer", "duplicates"]);
    let pairs: Vec<(i64, i64)> = rows.iter().map(pair_of).collect();
    assert_eq!(
        pairs,
        [
            (mail_a, mail_b),
            (phone_a, phone_b),
            (city_a, city_b),
            (domain_a, domain_b)
        ],
        "{rows:?}"
    );
    assert_eq!(strings(&rows[0], "rules"), ["email", "domain"]);
    assert_eq!(strings(&rows[1], "rules"), ["phone"]);
    assert_eq!(strings(&rows[2], "rules"), ["name-city"]);
    assert_eq!(strings(&rows[3], "rules"), ["domain"]);
    assert_eq!(text(&rows[0], "left_name"), "Weber Bau");
    let phones = json_list(&db, &["customer", "duplicates", "--rule", "phone"]);
    assert_eq!(
        phones.iter().map(pair_of).collect::<Vec<_>>(),
        [(phone_a, phone_b)]
    );
    let table = ok(&db, &["customer", "duplicates"]);
    assert!(table.contains("same e-mail address"), "{table}");
    let german = ok(&db, &["customer", "duplicates", "--lang", "de"]);
    assert!(german.contains("gleiche Telefonnummer"), "{german}");
    let csv = ok(&db, &["customer", "duplicates", "--format", "csv"]);
    assert!(
        csv.starts_with("left,left_name,right,right_name,rules,value,count"),
        "{csv}"
    );
    fails(&db, &["customer", "duplicates", "--rule", "fax"], 2);
}

#[test]
fn a_domain_of_many_customers_is_one_crowd_line_not_pairs() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let mut file = String::from("name,email\n");
    for n in 0..51 {
        file.push_str(&format!("Filiale {n},filiale{n}@kette.de\n"));
    }
    file.push_str("Kette Zentrale,zentrale@kette.de\n");
    file.push_str("Zentrale Kette,ZENTRALE@kette.de\n");
    let path = scratch.file("customers.csv", file.as_bytes());
    ok(&db, &["import", "customers", s(&path)]);
    let rows = json_list(&db, &["customer", "duplicates"]);
    assert_eq!(
        rows.len(),
        2,
        "one pair by its address, one crowd: {rows:?}"
    );
    assert_eq!(strings(&rows[0], "rules"), ["email"]);
    assert_eq!(int(&rows[0], "count"), 2);
    assert_eq!(text(&rows[1], "value"), "kette.de");
    assert_eq!(int(&rows[1], "count"), 53);
    assert_eq!(strings(&rows[1], "rules"), ["domain"]);
}

/// Adds the survivor (id 1) and the loser (id 2) with a record of each moving kind on the
/// loser; returns their ids.
fn two_with_history(db: &Path) -> (String, String) {
    let survivor = add_customer(
        db,
        &[
            "--name",
            "Weber Bau GmbH",
            "--phone",
            "+49 30 1234567",
            "--email",
            "info@weber-bau.de",
            "--tag",
            "Bau",
        ],
    )
    .to_string();
    let loser = add_customer(
        db,
        &[
            "--name",
            "Weber Bau",
            "--number",
            "K-7",
            "--phone",
            "+49 (30) 123 4567",
            "--phone",
            "+49 30 9999999",
            "--email",
            "anna@weber-bau.de",
            "--tag",
            "bau,Premium",
            "--contact",
            "Anna Weber:CEO",
            "--notes",
            "Zahlt pünktlich",
        ],
    )
    .to_string();
    ok(
        db,
        &[
            "interaction",
            "log",
            "--customer",
            &loser,
            "--channel",
            "note",
            "--subject",
            "Anruf",
        ],
    );
    ok(
        db,
        &[
            "opportunity",
            "add",
            "--customer",
            &loser,
            "--title",
            "Dach",
            "--amount",
            "1000",
        ],
    );
    add_chai_tea(db);
    ok(
        db,
        &["order", "add", "--customer", &loser, "--line", "CH-001:1"],
    );
    ok(
        db,
        &["quote", "add", "--customer", &loser, "--line", "CH-001:2"],
    );
    ok(db, &["queue", "add", "Hotline", "--agents", "tester"]);
    ok(
        db,
        &[
            "ticket",
            "add",
            "--queue",
            "Hotline",
            "--subject",
            "Leck",
            "--customer",
            &loser,
        ],
    );
    (survivor, loser)
}

#[test]
fn a_merge_moves_every_record_of_the_loser_and_is_audited() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let (survivor, loser) = two_with_history(&db);
    let dry = json(&db, &["customer", "merge", &survivor, &loser, "--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(int(&dry, "interactions"), 1);
    assert_eq!(
        json(&db, &["customer", "show", &loser])["name"],
        "Weber Bau"
    );
    let merged = json(&db, &["customer", "merge", &survivor, "K-7"]);
    for field in [
        "interactions",
        "opportunities",
        "quotes",
        "orders",
        "tickets",
    ] {
        assert_eq!(int(&merged, field), 1, "{field}: {merged}");
    }
    assert_eq!(merged["dry_run"], false);
    let kept = json(&db, &["customer", "show", &survivor]);
    assert_eq!(text(&kept, "number"), "K-7");
    assert_eq!(
        strings(&kept, "phone"),
        ["+49 30 1234567", "+49 30 9999999"],
        "{kept}"
    );
    assert_eq!(
        strings(&kept, "email"),
        ["info@weber-bau.de", "anna@weber-bau.de"]
    );
    assert_eq!(strings(&kept, "tags"), ["Bau", "Premium"]);
    assert_eq!(strings(&kept, "contact"), ["Anna Weber"]);
    let notes = text(&kept, "notes");
    assert!(
        notes.contains("Merged customer 2 (Weber Bau, number K-7)"),
        "{notes}"
    );
    assert!(
        notes.contains("1 interaction") && notes.contains("1 ticket"),
        "{notes}"
    );
    assert!(notes.contains("Zahlt pünktlich"), "{notes}");
    let interactions = json_list(&db, &["interaction", "list", "--customer", &survivor]);
    assert_eq!(interactions.len(), 1);
    let opportunities = json_list(&db, &["opportunity", "list"]);
    assert_eq!(int(&opportunities[0], "customer"), 1, "{opportunities:?}");
    let order = json(&db, &["order", "show", "AU-2026-00001"]);
    assert_eq!(int(&order, "customer"), 1, "{order}");
    let quote = json(&db, &["quote", "show", "AN-2026-00001"]);
    assert_eq!(int(&quote, "customer"), 1, "{quote}");
    let tickets = json_list(&db, &["ticket", "list", "--customer", &survivor]);
    assert_eq!(tickets.len(), 1, "{tickets:?}");
    let gone = fails(&db, &["customer", "show", &loser], 2);
    assert!(
        gone.contains("customer 2 was merged into customer 1"),
        "{gone}"
    );
    let again = fails(&db, &["customer", "merge", &survivor, &loser], 2);
    assert!(again.contains("was merged into customer 1"), "{again}");
    assert!(ok(&db, &["check"]).starts_with("ok"));
    let audit = json_list(&db, &["audit"]);
    let merge: Vec<&Value> = audit
        .iter()
        .filter(|row| row["command"] == "Customers::Merge")
        .collect();
    let entries: std::collections::BTreeSet<i64> =
        merge.iter().map(|row| int(row, "entry")).collect();
    assert_eq!(entries.len(), 1, "one entry: {merge:?}");
    let changed = |record: &str, change: &str| {
        merge
            .iter()
            .any(|row| row["record"] == record && row["change"] == change)
    };
    assert!(changed("customer:2", "deleted"), "{merge:?}");
    for record in [
        "interaction:1",
        "opportunity:1",
        "sales order:1",
        "quote:1",
        "ticket:1",
    ] {
        assert!(changed(record, "changed"), "{record}: {merge:?}");
    }
    let noted = merge.iter().any(|row| {
        row["record"] == "customer:1"
            && row["field"] == "notes"
            && row["new"]
                .as_str()
                .unwrap_or("")
                .contains("Merged customer 2")
    });
    assert!(noted, "{merge:?}");
    assert!(json_list(&db, &["customer", "duplicates"]).is_empty());
}

#[test]
fn each_conflict_is_refused_with_its_own_message_and_nothing_changes() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let survivor = add_customer(&db, &["--name", "A", "--number", "K-1"]).to_string();
    let cases: [(&[&str], &str); 5] = [
        (
            &["--number", "K-2"],
            "different customer numbers (K-1 and K-2)",
        ),
        (&["--tax-treatment", "export"], "different tax treatments"),
        (&["--credit-limit", "500"], "different credit limits"),
        (&["--payment-days", "30"], "different payment terms"),
        (
            &["--buyer-reference", "991-2"],
            "different buyer references",
        ),
    ];
    ok(
        &db,
        &[
            "customer",
            "edit",
            &survivor,
            "--credit-limit",
            "1000",
            "--payment-days",
            "14",
            "--buyer-reference",
            "991-1",
        ],
    );
    for (flags, message) in cases {
        let mut args = vec!["--name", "B"];
        args.extend(flags);
        let loser = add_customer(&db, &args).to_string();
        let refused = fails(&db, &["customer", "merge", &survivor, &loser], 2);
        assert!(refused.contains(message), "{flags:?}: {refused}");
        assert_eq!(json(&db, &["customer", "show", &loser])["name"], "B");
    }
    let itself = fails(&db, &["customer", "merge", &survivor, &survivor], 2);
    assert!(itself.contains("into itself"), "{itself}");
    let german = fails(
        &db,
        &["customer", "merge", &survivor, "2", "--lang", "de"],
        2,
    );
    assert!(
        german.contains("verschiedene Kundennummern (K-1 und K-2)"),
        "{german}"
    );
    let dry = ok(
        &db,
        &[
            "customer",
            "merge",
            &survivor,
            "2",
            "--keep-number",
            "--dry-run",
        ],
    );
    assert!(
        dry.contains("Would merge customer 2 (B) into customer 1 (A); would move: nothing else. Nothing was changed."),
        "{dry}"
    );
    assert_eq!(json(&db, &["customer", "show", "2"])["name"], "B");
    let kept = ok(&db, &["customer", "merge", &survivor, "2", "--keep-number"]);
    assert!(
        kept.contains("Merged customer 2 (B) into customer 1 (A)"),
        "{kept}"
    );
    let shown = json(&db, &["customer", "show", &survivor]);
    assert_eq!(text(&shown, "number"), "K-1");
    assert!(text(&shown, "notes").contains("K-2"));
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn a_loser_with_invoices_is_refused_and_the_swap_merges() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let first = add_customer(&db, &["--name", "Erste"]);
    let second = add_customer(&db, &["--name", "Zweite"]);
    {
        let store = kontor::store::Store::open(&db).unwrap();
        let record = common::invoice_record(
            u64::try_from(second).unwrap(),
            "RE-2026-00001",
            time::macros::date!(2026 - 01 - 05),
            rust_decimal::Decimal::TEN,
            kontor::domain::invoice::PaymentTerms::default(),
            None,
        );
        common::write_invoice(&store, &record);
    }
    let (first, second) = (first.to_string(), second.to_string());
    let refused = fails(&db, &["customer", "merge", &first, &second], 2);
    assert!(
        refused.contains("customer 2 has posted documents (1 invoice)"),
        "{refused}"
    );
    assert!(refused.contains("swap"), "{refused}");
    ok(&db, &["customer", "merge", &second, &first]);
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn an_id_merged_twice_leads_to_the_last_survivor() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for name in ["Erste", "Zweite", "Dritte"] {
        add_customer(&db, &["--name", name]);
    }
    ok(&db, &["customer", "merge", "2", "3"]);
    ok(&db, &["customer", "merge", "1", "2"]);
    let gone = fails(&db, &["customer", "show", "3"], 2);
    assert!(
        gone.contains("customer 3 was merged into customer 1"),
        "{gone}"
    );
    let unknown = fails(&db, &["customer", "show", "9"], 2);
    assert!(unknown.contains("customer 9 does not exist"), "{unknown}");
    let notes = text(&json(&db, &["customer", "show", "1"]), "notes").to_string();
    assert!(notes.contains("Merged customer 2 (Zweite)"), "{notes}");
    assert!(notes.contains("Merged customer 3 (Dritte)"), "{notes}");
}
