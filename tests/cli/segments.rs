//! Segments on the command line: counts of several criteria combined checked against
//! counts computed here from `export customers` (and `export opportunities`), members of a
//! saved segment, the compact form and the options selecting alike, which criteria read an
//! index and which scan, store criteria (last interaction, open opportunities, revenue of
//! a period) and refusals.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::{self, Scratch, add_customer, fails, int, json, json_list, ok, read_csv, text};

/// Ten customers: (name, status, tags, postal code, city, country, owner).
const CUSTOMERS: [(&str, &str, &str, &str, &str, &str, &str); 10] = [
    (
        "Alpha",
        "customer",
        "vip|press",
        "10115",
        "Berlin",
        "DE",
        "anna",
    ),
    ("Beta", "customer", "vip", "80331", "München", "DE", "ben"),
    (
        "Gamma", "prospect", "press", "10999", "Berlin", "DE", "anna",
    ),
    ("Delta", "customer", "old", "14000", "Potsdam", "DE", "anna"),
    (
        "Epsilon",
        "customer",
        "press|old",
        "1010",
        "Wien",
        "AT",
        "ben",
    ),
    ("Zeta", "lead", "", "12000", "Berlin", "DE", ""),
    ("Eta", "customer", "VIP", "20095", "Hamburg", "DE", "Anna"),
    ("Theta", "inactive", "vip", "10117", "berlin", "DE", "anna"),
    ("Iota", "customer", "", "75001", "Paris", "FR", "ben"),
    (
        "Kappa", "customer", "press", "13000", "Berlin", "DE", "carl",
    ),
];

fn shop(db: &Path) {
    for (name, status, tags, postal, city, country, owner) in CUSTOMERS {
        let mut flags = vec![
            "--name",
            name,
            "--status",
            status,
            "--postal-code",
            postal,
            "--city",
            city,
            "--country",
            country,
        ];
        if !owner.is_empty() {
            flags.extend(["--owner", owner]);
        }
        for tag in tags.split('|').filter(|t| !t.is_empty()) {
            flags.extend(["--tag", tag]);
        }
        add_customer(db, &flags);
    }
}

/// The exported customers, each a map from column to cell.
fn exported(
    db: &Path,
    scratch: &Scratch,
    kind: &str,
) -> Vec<std::collections::HashMap<String, String>> {
    let file = scratch.path().join(format!("{kind}.csv"));
    ok(db, &["export", kind, "--out", common::s(&file)]);
    let (header, rows) = read_csv(&file);
    rows.into_iter()
        .map(|row| header.iter().cloned().zip(row).collect())
        .collect()
}

fn count(db: &Path, args: &[&str]) -> (i64, String) {
    let mut all = vec!["segment", "count"];
    all.extend(args);
    let counted = json(db, &all);
    (int(&counted, "count"), text(&counted, "plan").to_string())
}

fn tags(row: &std::collections::HashMap<String, String>) -> Vec<String> {
    row["tags"]
        .split('|')
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn segment_counts_match_counts_computed_from_the_export() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let customers = exported(&db, &scratch, "customers");
    assert_eq!(customers.len(), 10);
    let expect = |keep: &dyn Fn(&std::collections::HashMap<String, String>) -> bool| {
        customers.iter().filter(|row| keep(row)).count() as i64
    };

    // status AND any tag AND country: from the status index.
    let wanted = expect(&|row| {
        let tags = tags(row);
        row["status"] == "customer"
            && (tags.contains(&"vip".into()) || tags.contains(&"press".into()))
            && row["country"] == "DE"
    });
    assert_eq!(wanted, 4, "Alpha, Beta, Eta, Kappa");
    let by_options = count(
        &db,
        &[
            "--status",
            "customer",
            "--tags-any",
            "vip,press",
            "--country",
            "DE",
        ],
    );
    assert_eq!(by_options, (wanted, "customers.by_status".into()));
    let counted = json(
        &db,
        &[
            "segment",
            "count",
            "--filter",
            "status=customer; tags-any=vip,press; country=de",
        ],
    );
    assert_eq!(
        text(&counted, "indexes"),
        "customers.by_status,customers.by_tag,customers.by_country",
        "every indexed criterion is intersected"
    );
    let compact = count(
        &db,
        &[
            "--filter",
            "status=customer; tags-any=vip,press; country=de",
        ],
    );
    assert_eq!(compact, by_options);

    // every tag AND no other tag AND city (accents and case folded): from the tag index.
    let wanted = expect(&|row| {
        let tags = tags(row);
        tags.contains(&"vip".into())
            && !tags.contains(&"press".into())
            && row["city"].to_lowercase() == "berlin"
    });
    assert_eq!(wanted, 1, "Theta");
    assert_eq!(
        count(
            &db,
            &[
                "--tags-all",
                "vip",
                "--tags-none",
                "press",
                "--city",
                "BERLIN"
            ]
        ),
        (wanted, "customers.by_tag".into())
    );

    // postal code range AND no tag "old": no index, a scan.
    let wanted = expect(&|row| {
        let code = row["postal_code"].as_str();
        code.len() == 5 && ("10000"..="14999").contains(&code) && !tags(row).contains(&"old".into())
    });
    assert_eq!(wanted, 5, "Alpha, Gamma, Zeta, Theta, Kappa");
    assert_eq!(
        count(
            &db,
            &["--postal-code", "10000..14999", "--tags-none", "old"]
        ),
        (wanted, "scan".into())
    );

    // owner (folded) AND status: the first indexed criterion picks the index (options
    // come in the order of `--help`, status before owner).
    let wanted =
        expect(&|row| row["owner"].to_lowercase() == "anna" && row["status"] == "customer");
    assert_eq!(wanted, 3, "Alpha, Delta, Eta");
    assert_eq!(
        count(&db, &["--owner", "ANNA", "--status", "customer"]),
        (wanted, "customers.by_status".into())
    );
    let wanted = expect(&|row| row["owner"].to_lowercase() == "anna");
    assert_eq!(
        count(&db, &["--filter", "owner=Anna"]),
        (wanted, "customers.by_owner".into())
    );

    // Saved: members are the customers computed, in id order.
    let saved = json(
        &db,
        &[
            "segment",
            "add",
            "Berlin press",
            "--filter",
            "tags-any=press",
            "--city",
            "berlin",
        ],
    );
    assert_eq!(text(&saved, "filter"), "tags-any=press; city=berlin");
    let id = int(&saved, "id").to_string();
    let members: Vec<String> = json_list(&db, &["segment", "members", &id])
        .iter()
        .map(|m| text(m, "name").to_string())
        .collect();
    let computed: Vec<String> = customers
        .iter()
        .filter(|row| tags(row).contains(&"press".into()) && row["city"].to_lowercase() == "berlin")
        .map(|row| row["name"].clone())
        .collect();
    assert_eq!(members, computed);
    assert_eq!(members, ["Alpha", "Gamma", "Kappa"]);
    let shown = json(&db, &["segment", "show", &id]);
    assert_eq!(int(&shown, "members"), 3);
    ok(&db, &["segment", "edit", &id, "--status", "customer"]);
    let customers_only = expect(&|row| row["status"] == "customer");
    assert_eq!(
        count(&db, &[&id]).0,
        customers_only,
        "criteria given replace all"
    );
    assert_eq!(customers_only, 7);
    assert_eq!(json_list(&db, &["segment", "list"]).len(), 1);
}

#[test]
fn store_criteria_read_interactions_opportunities_and_revenue() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    // Opportunities: Alpha open, Beta won only, Delta open and lost, Kappa lost only.
    let add = |customer: &str, stage: &str| {
        let reason: &[&str] = match stage {
            "lost" => &["--lost-reason", "price"],
            _ => &[],
        };
        super::campaigns::opportunity(&db, customer, "100", stage, reason);
    };
    add("1", "proposal");
    add("2", "won");
    add("4", "negotiation");
    add("4", "lost");
    add("10", "lost");
    let opportunities = exported(&db, &scratch, "opportunities");
    let open: BTreeSet<String> = opportunities
        .iter()
        .filter(|row| !["won", "lost"].contains(&row["stage"].as_str()))
        .map(|row| row["customer"].clone())
        .collect();
    assert_eq!(open, BTreeSet::from(["1".into(), "4".into()]));
    assert_eq!(count(&db, &["--open-opportunities"]), (2, "scan".into()));
    assert_eq!(
        count(&db, &["--open-opportunities", "--owner", "anna"]).0,
        2
    );
    assert_eq!(
        count(&db, &["--open-opportunities", "--tags-any", "vip"]).0,
        1
    );

    // Interactions: Alpha 3 days ago, Beta 40 days ago, none for the others.
    let history = "customer,channel,subject,at\n\
                   1,call-in,Frage,2026-12-02T10:00:00Z\n\
                   2,call-in,Frage,2026-10-26T10:00:00Z\n";
    let file = scratch.file("history.csv", history.as_bytes());
    ok(&db, &["import", "interactions", common::s(&file)]);
    assert_eq!(count(&db, &["--interaction-within", "30"]).0, 1);
    assert_eq!(count(&db, &["--interaction-within", "40"]).0, 2);
    assert_eq!(count(&db, &["--interaction-after", "2026-11-01"]).0, 1);
    // Before: Beta, and the eight without any.
    assert_eq!(count(&db, &["--interaction-before", "2026-11-01"]).0, 9);

    // Revenue this year: Alpha 3 × 10.00 = 30.00, Beta 24.99 + 10.00 = 34.99.
    ok(
        &db,
        &[
            "item", "add", "--sku", "CH-001", "--name", "Chai", "--price", "10.00",
        ],
    );
    ok(
        &db,
        &[
            "item", "add", "--sku", "BK-1", "--name", "Buch", "--price", "24.99",
        ],
    );
    ok(
        &db,
        &["order", "add", "--customer", "1", "--line", "CH-001:3"],
    );
    ok(
        &db,
        &[
            "order",
            "add",
            "--customer",
            "2",
            "--line",
            "BK-1:1",
            "--line",
            "CH-001:1",
        ],
    );
    let year = "2026-01-01..2026-12-31>=";
    assert_eq!(count(&db, &["--revenue", &format!("{year}30")]).0, 2);
    assert_eq!(count(&db, &["--revenue", &format!("{year}30.01")]).0, 1);
    assert_eq!(count(&db, &["--revenue", &format!("{year}34,99")]).0, 1);
    assert_eq!(count(&db, &["--revenue", &format!("{year}35")]).0, 0);
    assert_eq!(count(&db, &["--revenue", "2025-01-01..2025-12-31>=1"]).0, 0);
    // ABC: Beta (34.99 of 64.99) is A, Alpha (the rest, before it 53.8 %) is A too.
    assert_eq!(count(&db, &["--abc", "A"]).0, 2);
    assert_eq!(count(&db, &["--abc", "B"]).0, 0);
}

#[test]
fn bad_criteria_are_one_clear_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let unknown = fails(&db, &["segment", "count", "--filter", "colour=red"], 2);
    assert!(unknown.contains("colour"), "{unknown}");
    let range = fails(&db, &["segment", "count", "--postal-code", "2000..1000"], 2);
    assert!(range.contains("postal-code"), "{range}");
    let rfm = fails(&db, &["segment", "count", "--rfm", "heroes"], 2);
    assert!(rfm.contains("champions"), "{rfm}");
    let neither = fails(&db, &["segment", "count"], 2);
    assert!(neither.contains("criteria"), "{neither}");
    let missing = fails(&db, &["segment", "members", "4"], 2);
    assert!(missing.contains("segment 4"), "{missing}");
}
