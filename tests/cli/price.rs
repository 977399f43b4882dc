//! Prices on the command line: `price set` adds rules by SKU and customer number, `price
//! show` answers "what does this customer pay, and why" by the one order of precedence
//! (customer beats tag beats everyone; the highest quantity break reached; expired and
//! future rules skipped with their reasons), in English and German, and as json with
//! machine reasons; `price list`; the refusals.

use crate::common;

use std::path::Path;

use serde_json::Value;

use common::*;

/// Item CH-001 at 10.00 EUR; customer 1 "Müller GmbH" (number K-1, tag wholesale),
/// customer 2 "Alfreds" without tags, customer 3 "Großmarkt Süd" (tag wholesale); and the
/// rules:
/// 1. everyone 9.00;
/// 2. tag wholesale 15 % off (10.00 × 0.85 = 8.50);
/// 3. customer K-1 8.00;
/// 4. everyone from 10 units 7.50;
/// 5. everyone 5.00, ended 30 Nov 2026;
/// 6. everyone 4.00, from 1 Jan 2027.
fn priced(db: &Path) {
    ok(
        db,
        &[
            "item", "add", "--sku", "CH-001", "--name", "Chai", "--price", "10.00",
        ],
    );
    add_customer(
        db,
        &[
            "--name",
            "Müller GmbH",
            "--number",
            "K-1",
            "--tag",
            "wholesale",
        ],
    );
    add_customer(db, &["--name", "Alfreds"]);
    add_customer(db, &["--name", "Großmarkt Süd", "--tag", "Wholesale"]);
    let rules: [&[&str]; 6] = [
        &["--everyone", "--price", "9.00"],
        &["--tag", "wholesale", "--discount", "15%"],
        &["--customer", "K-1", "--price", "8.00"],
        &["--everyone", "--min-qty", "10", "--price", "7.50"],
        &["--everyone", "--price", "5.00", "--until", "2026-11-30"],
        &["--everyone", "--price", "4.00", "--from", "2027-01-01"],
    ];
    for (index, flags) in rules.iter().enumerate() {
        let args = [&["price", "set", "CH-001"][..], flags].concat();
        let added = json(db, &args);
        assert_eq!(added["id"], index as i64 + 1, "{added}");
        assert_eq!(added["sku"], "CH-001");
    }
}

/// `price show` as json for `customer` buying `qty` on 5 December 2026.
fn shown(db: &Path, customer: &str, qty: &str) -> Value {
    let args = [
        "price",
        "show",
        "CH-001",
        "--customer",
        customer,
        "--qty",
        qty,
        "--date",
        "2026-12-05",
    ];
    json(db, &args)
}

/// (rule, reason, detail) of every skipped rule.
fn skipped(answer: &Value) -> Vec<(i64, String, String)> {
    answer["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|skip| {
            (
                int(skip, "rule"),
                text(skip, "reason").into(),
                text(skip, "detail").into(),
            )
        })
        .collect()
}

fn reasons(list: &[(i64, &str, &str)]) -> Vec<(i64, String, String)> {
    list.iter()
        .map(|(rule, reason, detail)| (*rule, reason.to_string(), detail.to_string()))
        .collect()
}

#[test]
fn a_customer_rule_beats_a_tag_rule_beats_everyone_and_the_rest_say_why() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    priced(&db);
    let mine = shown(&db, "K-1", "1");
    assert_eq!(mine["unit_price"], "8.00");
    assert_eq!(mine["applied_rule"], 3);
    assert_eq!(
        (&mine["list_price"], &mine["currency"]),
        (&"10.00".into(), &"EUR".into())
    );
    assert_eq!(
        skipped(&mine),
        reasons(&[
            (1, "outranked", "3"),
            (2, "outranked", "3"),
            (4, "quantity-below-break", "10"),
            (5, "expired", "2026-11-30"),
            (6, "not-valid-yet", "2027-01-01"),
        ])
    );
    // The same customer by id; a tag's customer at 10 units: the tag's 8.50 beats
    // everyone's break of 7.50 (scope before quantity).
    assert_eq!(shown(&db, "1", "1")["applied_rule"], 3);
    let tagged = shown(&db, "3", "10");
    assert_eq!(
        (&tagged["unit_price"], &tagged["applied_rule"]),
        (&"8.50".into(), &2.into())
    );
    let other = skipped(&tagged);
    assert_eq!(other[1], (3, "other-customer".into(), "1".into()));
}

#[test]
fn the_higher_quantity_break_wins_at_ten_but_not_at_five() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    priced(&db);
    let ten = shown(&db, "2", "10");
    assert_eq!(
        (&ten["unit_price"], &ten["applied_rule"]),
        (&"7.50".into(), &4.into())
    );
    assert_eq!(
        skipped(&ten)[..3],
        reasons(&[
            (1, "outranked", "4"),
            (2, "tag-not-on-customer", "wholesale"),
            (3, "other-customer", "1"),
        ])[..]
    );
    let five = shown(&db, "2", "5");
    assert_eq!(
        (&five["unit_price"], &five["applied_rule"]),
        (&"9.00".into(), &1.into())
    );
    assert_eq!(
        skipped(&five)[2],
        (4, "quantity-below-break".into(), "10".into())
    );
    // Without a customer only everyone's rules apply; without any, the list price.
    let anyone = json(&db, &["price", "show", "CH-001", "--date", "2026-12-05"]);
    assert_eq!(anyone["applied_rule"], 1);
    assert_eq!(anyone["customer"], Value::Null);
    let later = json(&db, &["price", "show", "CH-001", "--date", "2027-01-02"]);
    assert_eq!(
        (&later["unit_price"], &later["applied_rule"]),
        (&"4.00".into(), &6.into())
    );
    ok(&db, &["price-rule", "delete", "1"]);
    ok(&db, &["price-rule", "delete", "6"]);
    let list = json(&db, &["price", "show", "CH-001", "--date", "2026-12-05"]);
    assert_eq!(
        (&list["unit_price"], &list["applied_rule"]),
        (&"10.00".into(), &Value::Null)
    );
}

#[test]
fn the_explanation_reads_in_english_and_in_german() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    priced(&db);
    let args = [
        "price",
        "show",
        "CH-001",
        "--customer",
        "K-1",
        "--qty",
        "1",
        "--date",
    ];
    let english = run_binary(&db, &[&args[..], &["2026-12-05"]].concat());
    assert_eq!(english.code, 0, "{english:?}");
    let out = english.stdout;
    assert!(
        out.starts_with(
            "CH-001 for customer 1 (Müller GmbH), 1 pcs on 2026-12-05: 8.00 EUR per unit\n\
             set by rule 3\n"
        ),
        "{out}"
    );
    for line in [
        "outranked by rule 3",
        "quantity below its break of 10",
        "expired (until 2026-11-30)",
        "not valid yet (from 2027-01-01)",
        "tag wholesale",
        "customer 1",
        "applied",
    ] {
        assert!(out.contains(line), "{line} missing in:\n{out}");
    }
    let german = run_binary(
        &db,
        &[&["--lang", "de"], &args[..], &["05.12.2026"]].concat(),
    );
    assert_eq!(german.code, 0, "{german:?}");
    let out = german.stdout;
    assert!(
        out.starts_with(
            "CH-001 für Kunde 1 (Müller GmbH), 1 pcs am 05.12.2026: 8,00 € je Einheit\n\
             festgelegt durch Regel 3\n"
        ),
        "{out}"
    );
    for line in [
        "von Regel 3 übertroffen",
        "Menge unter ihrer Staffel von 10",
        "abgelaufen (bis 30.11.2026)",
        "noch nicht gültig (ab 01.01.2027)",
        "Schlagwort wholesale",
        "angewandt",
        "GÜLTIG BIS",
        "7,50",
    ] {
        assert!(out.contains(line), "{line} missing in:\n{out}");
    }
    let list = run_binary(
        &db,
        &[
            "--lang",
            "de",
            "price",
            "show",
            "CH-001",
            "--qty",
            "1",
            "--date",
            "2026-12-05",
            "--customer",
            "2",
        ],
    );
    assert!(
        list.stdout
            .contains("Schlagwort „wholesale“ hat der Kunde nicht"),
        "{list:?}"
    );
}

#[test]
fn german_input_and_the_list() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    priced(&db);
    let german = [
        "--lang",
        "de",
        "price",
        "set",
        "CH-001",
        "--everyone",
        "--min-qty",
        "2,5",
        "--price",
        "1.234,56",
        "--from",
        "05.12.2026",
        "--until",
        "31.12.26",
    ];
    let added = json(&db, &german);
    assert_eq!(added["price"], "1234.56");
    assert_eq!(added["min_qty"], "2.5");
    assert_eq!(
        (&added["valid_from"], &added["valid_until"]),
        (&"2026-12-05".into(), &"2026-12-31".into())
    );
    let discount = json(
        &db,
        &[
            "--lang",
            "de",
            "price",
            "set",
            "CH-001",
            "--tag",
            "vip",
            "--discount",
            "12,5 %",
        ],
    );
    assert_eq!(discount["discount"], "12.5");
    let all = json_list(&db, &["price", "list"]);
    assert_eq!(ids(&all), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert!(all.iter().all(|rule| rule["sku"] == "CH-001"));
    let of_item = json_list(&db, &["price", "list", "CH-001"]);
    assert_eq!(of_item.len(), 8);
    assert_eq!(of_item[2]["customer"], "1");
    let table = ok(&db, &["--lang", "de", "price", "list"]);
    assert!(
        table.contains("AB MENGE") && table.contains("1.234,56"),
        "{table}"
    );
    assert!(
        table.contains("05.12.2026") && table.contains("12,5"),
        "{table}"
    );
}

#[test]
fn bad_rules_and_questions_are_refused_with_one_clear_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    priced(&db);
    fn set<'a>(flags: &[&'a str]) -> Vec<&'a str> {
        [&["price", "set"][..], flags].concat()
    }
    let unknown = fails(&db, &set(&["NOPE-1", "--everyone", "--price", "1"]), 2);
    assert!(
        unknown.contains("no item with SKU or barcode \"NOPE-1\""),
        "{unknown}"
    );
    let nobody = fails(
        &db,
        &set(&["CH-001", "--customer", "K-99", "--price", "1"]),
        2,
    );
    assert!(
        nobody.contains("no customer with number or id \"K-99\""),
        "{nobody}"
    );
    let both = fails(
        &db,
        &set(&["CH-001", "--everyone", "--price", "1", "--discount", "5%"]),
        2,
    );
    assert!(both.contains("either a price or a discount"), "{both}");
    let negative = fails(&db, &set(&["CH-001", "--everyone", "--price", "-1,00"]), 2);
    assert!(
        negative.contains("price") && negative.contains("must not be negative"),
        "{negative}"
    );
    let scope = fails(
        &db,
        &set(&["CH-001", "--tag", "x", "--everyone", "--price", "1"]),
        2,
    );
    assert!(
        scope.contains("one of --customer, --tag or --everyone"),
        "{scope}"
    );
    let much = fails(
        &db,
        &set(&["CH-001", "--everyone", "--discount", "120%"]),
        2,
    );
    assert!(much.contains("120 % is no discount"), "{much}");
    let backwards = set(&[
        "CH-001",
        "--everyone",
        "--price",
        "1",
        "--from",
        "2026-12-05",
        "--until",
        "2026-12-01",
    ]);
    assert!(fails(&db, &backwards, 2).contains("before it starts"));
    let show = ["price", "show", "CH-001", "--customer", "K-99"];
    assert!(fails(&db, &show, 2).contains("K-99"));
    let zero = ["price", "show", "CH-001", "--qty", "0"];
    assert!(fails(&db, &zero, 2).contains("qty"));
    let german = fails(
        &db,
        &[
            "--lang",
            "de",
            "price",
            "set",
            "NOPE-1",
            "--everyone",
            "--price",
            "1",
        ],
        2,
    );
    assert!(
        german.contains("kein Artikel mit Artikelnr. oder Barcode „NOPE-1“"),
        "{german}"
    );
    assert_eq!(
        json_list(&db, &["price", "list"]).len(),
        6,
        "nothing was added"
    );
}

#[test]
fn deleting_a_customer_or_item_with_rules_is_refused_unless_forced() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    priced(&db);
    let refused = fails(&db, &["customer", "delete", "1"], 2);
    assert!(refused.contains("1 price rule"), "{refused}");
    ok(&db, &["customer", "delete", "1", "--force"]);
    assert_eq!(ids(&json_list(&db, &["price", "list"])), [1, 2, 4, 5, 6]);
    let refused = fails(&db, &["item", "delete", "CH-001"], 2);
    assert!(refused.contains("5 price rules"), "{refused}");
    ok(&db, &["item", "delete", "CH-001", "--force"]);
    assert!(json_list(&db, &["price", "list"]).is_empty());
}
