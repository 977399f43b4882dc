//! The customer duplicates screen driven by keys (`g D`): the candidate pairs with their
//! reasons, both customers side by side with what would move, swapping which one stays,
//! a merge after its y/n — seen through the CLI afterwards (the loser's old id says where
//! it went, its contact and interaction are the survivor's) — and a refused merge with
//! every conflict shown on the screen, nothing changed.

use std::path::Path;
use std::sync::Arc;

use kontor::store::Store;

use super::snapshots::harness::{Harness, mono};
use crate::common::{Scratch, add_customer, fails, json, json_list, ok};

/// Two customers that are one (the same e-mail address written differently, the same
/// phone number), the second with a contact and an interaction; returns their ids.
fn weber_twice(db: &Path) -> (i64, i64) {
    let survivor = add_customer(
        db,
        &[
            "--name",
            "Weber Bau GmbH",
            "--number",
            "K-1",
            "--phone",
            "+49 30 1234567",
            "--email",
            "info@weber-bau.de",
            "--street",
            "Hauptstr. 5",
            "--postal-code",
            "10115",
            "--city",
            "Berlin",
            "--tag",
            "Bau",
        ],
    );
    let loser = add_customer(
        db,
        &[
            "--name",
            "Weber Bau",
            "--number",
            "K-7",
            "--phone",
            "+49 (30) 123 4567",
            "--email",
            "INFO@weber-bau.de",
            "--contact",
            "Anna Weber:CEO",
            "--tag",
            "Premium",
        ],
    );
    let loser_id = loser.to_string();
    ok(
        db,
        &[
            "interaction",
            "log",
            "--customer",
            &loser_id,
            "--channel",
            "note",
            "--subject",
            "Anruf",
        ],
    );
    // A third customer that is nobody's duplicate.
    add_customer(db, &["--name", "Alfreds Futterkiste", "--city", "Berlin"]);
    (survivor, loser)
}

/// The App at 80×24 in mono over the database at `db`.
fn screen(store: &Arc<Store>) -> Harness {
    Harness::setup().store(store).profile(mono()).build()
}

#[test]
fn pairs_with_their_reasons_and_both_customers_side_by_side() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let (survivor, loser) = weber_twice(&db);
    assert_eq!((survivor, loser), (1, 2));
    let store = Arc::new(Store::open(&db).unwrap());
    let mut screen = screen(&store);

    screen.keys("g D");
    let list = screen.snapshot("duplicates_list");
    assert!(list.contains("Customer duplicates"), "{list}");
    assert!(list.contains("1 pair, best evidence first"), "{list}");
    assert!(list.contains("1 Weber Bau GmbH"), "{list}");
    assert!(list.contains("2 Weber Bau"), "{list}");
    assert!(
        list.contains("same e-mail address, same phone number"),
        "{list}"
    );
    assert!(!list.contains("Alfreds"), "{list}");

    screen.keys("Enter");
    let pair = screen.snapshot("duplicates_pair");
    assert!(pair.contains("Customer 2 into customer 1"), "{pair}");
    assert!(pair.contains("Stays: 1"), "{pair}");
    assert!(pair.contains("Merged into it: 2"), "{pair}");
    assert!(pair.contains("Hauptstr. 5, 10115 Berlin"), "{pair}");
    assert!(pair.contains("Anna Weber (CEO)"), "{pair}");
    assert!(pair.contains("Moves with it: 1 interaction"), "{pair}");
    assert!(
        pair.contains("Customer number K-1 stays; K-7 goes into the notes."),
        "{pair}"
    );

    // Swapping: customer 2 stays, customer 1's number goes into the notes; twice is back.
    screen.keys("s");
    let swapped = screen.plain();
    assert!(swapped.contains("Customer 1 into customer 2"), "{swapped}");
    assert!(swapped.contains("Stays: 2"), "{swapped}");
    assert!(swapped.contains("Merged into it: 1"), "{swapped}");
    assert!(swapped.contains("Moves with it: nothing else"), "{swapped}");
    assert!(
        swapped.contains("Customer number K-7 stays; K-1 goes into the notes."),
        "{swapped}"
    );
    screen.keys("s");
    assert!(screen.plain().contains("Customer 2 into customer 1"));

    // Nothing was written by looking and swapping.
    drop(screen);
    drop(store);
    assert_eq!(json(&db, &["customer", "show", "2"])["name"], "Weber Bau");
}

#[test]
fn a_merge_through_keys_is_asked_first_and_seen_by_the_cli() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    weber_twice(&db);
    let store = Arc::new(Store::open(&db).unwrap());
    let mut screen = screen(&store);

    // The list has no merge of its own: Enter first.
    screen.keys("g D m");
    assert!(screen.plain().contains("1 pair"));
    screen.keys("Enter m");
    let asked = screen.plain();
    assert!(
        asked.contains("Keep customer 1 (Weber Bau GmbH) and merge customer 2 into it?"),
        "{asked}"
    );
    screen.keys("n");
    assert!(screen.plain().contains("Merged into it: 2"));

    screen.keys("m y");
    let merged = screen.plain();
    assert!(
        merged.contains("Merged customer 2 (Weber Bau) into customer 1 (Weber Bau GmbH)"),
        "{merged}"
    );
    assert!(merged.contains("0 pairs"), "{merged}");
    assert!(merged.contains("Customer duplicates"), "{merged}");

    drop(screen);
    drop(store);
    let gone = fails(&db, &["customer", "show", "2"], 2);
    assert!(
        gone.contains("customer 2 was merged into customer 1"),
        "{gone}"
    );
    let kept = json(&db, &["customer", "show", "1"]);
    assert_eq!(kept["number"], "K-1", "{kept}");
    assert!(kept["contact"].to_string().contains("Anna Weber"), "{kept}");
    assert!(kept["notes"].to_string().contains("K-7"), "{kept}");
    let calls = json_list(&db, &["interaction", "list", "--customer", "1"]);
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(json_list(&db, &["customer", "duplicates"]).is_empty());
}

#[test]
fn a_refused_merge_shows_every_conflict_and_changes_nothing() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let flags = |limit: &'static str, days: &'static str| {
        [
            "--name",
            "Schmidt Handel",
            "--email",
            "info@schmidt-handel.de",
            "--credit-limit",
            limit,
            "--payment-days",
            days,
        ]
    };
    add_customer(&db, &flags("1000", "14"));
    add_customer(&db, &flags("500", "30"));
    let store = Arc::new(Store::open(&db).unwrap());
    let mut screen = screen(&store);

    screen.keys("g D Enter");
    let refused = screen.snapshot("duplicates_refused");
    assert!(refused.contains("Cannot be merged"), "{refused}");
    assert!(
        refused.contains("different credit limits (1000.00 EUR and 500.00 EUR)"),
        "{refused}"
    );
    assert!(refused.contains("different payment terms"), "{refused}");
    screen.keys("m");
    let plain = screen.plain();
    assert!(
        plain.contains("these two customers cannot be merged"),
        "{plain}"
    );
    assert!(!plain.contains("Keep customer"), "no question: {plain}");

    // In German: the conflicts and the keys in German words, nothing cut.
    let german = super::snapshots::harness::in_german(|| {
        let mut screen = Harness::setup().store(&store).profile(mono()).build();
        screen.keys("g D Enter");
        screen.snapshot("german_duplicates_refused")
    });
    assert!(german.contains("Nicht zusammenführbar"), "{german}");
    assert!(
        german.contains("verschiedene Kreditlimits (1.000,00 € und 500,00 €)"),
        "{german}"
    );
    assert!(german.contains("m Zusammenlegen  s Tauschen"), "{german}");

    drop(screen);
    drop(store);
    assert_eq!(json_list(&db, &["customer", "duplicates"]).len(), 1);
    assert_eq!(
        json(&db, &["customer", "show", "2"])["name"],
        "Schmidt Handel"
    );
}

#[test]
fn a_key_too_many_share_is_its_own_line_after_the_pairs() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let mut file = String::from("name,email\n");
    for n in 0..51 {
        file.push_str(&format!("Filiale {n},filiale{n}@kette.de\n"));
    }
    file.push_str("Kette Zentrale,zentrale@kette.de\nZentrale Kette,ZENTRALE@kette.de\n");
    let path = scratch.file("customers.csv", file.as_bytes());
    ok(&db, &["import", "customers", crate::common::s(&path)]);
    let store = Arc::new(Store::open(&db).unwrap());
    let mut screen = screen(&store);

    screen.keys("g D");
    let plain = screen.plain();
    assert!(
        plain.contains("1 pair, best evidence first · 1 key too many share"),
        "{plain}"
    );
    let lines: Vec<&str> = plain.lines().collect();
    let pair = lines.iter().position(|l| l.contains("52 Kette Zentrale"));
    let crowd = lines.iter().position(|l| l.contains("53 customers"));
    assert!(pair.is_some() && crowd > pair, "{plain}");
    assert!(lines[crowd.unwrap()].contains("kette.de"), "{plain}");

    // The crowd pairs nobody: Enter on it opens nothing and says why.
    screen.keys("Down Enter");
    let plain = screen.plain();
    assert!(plain.contains("Why: same e-mail domain"), "{plain}");
    assert!(
        plain.contains("too many customers share this key to pair them"),
        "{plain}"
    );
    assert!(plain.contains("Customer duplicates"), "{plain}");
}
