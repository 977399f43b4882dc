//! `kontor search` and `core::search`: words, references, phrases and prefixes found in
//! every searched kind, ranked, within the user's rights; the word index checked,
//! repaired and built for a database from before it.

use std::path::Path;

use kontor::core::search::{SearchKind, SearchQuery, search};
use kontor::core::{Actor, Role};
use kontor::store::Store;
use serde_json::Value;

use crate::common;

use common::*;

/// Logs an interaction on customer 1 at `at` and returns its id.
fn log(db: &Path, at: &str, subject: &str, body: &str) -> i64 {
    let args = [
        "interaction",
        "log",
        "--customer",
        "1",
        "--channel",
        "note",
        "--subject",
        subject,
        "--body",
        body,
        "--at",
        at,
    ];
    int(&json(db, &args), "id")
}

/// (kind, id, rank) of each hit of `kontor search ARGS --format json`.
fn hits(db: &Path, args: &[&str]) -> Vec<(String, i64, String)> {
    let mut all = vec!["search"];
    all.extend(args);
    json_list(db, &all)
        .iter()
        .map(|hit: &Value| {
            (
                text(hit, "kind").to_string(),
                int(hit, "id"),
                text(hit, "rank").to_string(),
            )
        })
        .collect()
}

fn interaction(id: i64, rank: &str) -> (String, i64, String) {
    ("interaction".to_string(), id, rank.to_string())
}

/// Interactions a (reference, March), b (compound, April), c (word, May), d (number,
/// February) on customer 1, Müller Maschinenbau; customer 2 is Mueller & Söhne.
fn world(db: &Path) -> [i64; 4] {
    add_customer(db, &["--name", "Müller Maschinenbau GmbH"]);
    add_customer(
        db,
        &["--name", "Mueller & Söhne", "--notes", "Hauptstraße 5"],
    );
    [
        log(
            db,
            "2026-03-01T10:00:00Z",
            "Reklamation RE-3666666",
            "Lieferung beschädigt",
        ),
        log(
            db,
            "2026-04-01T10:00:00Z",
            "Rückfrage",
            "Reklamationsbearbeitung läuft",
        ),
        log(
            db,
            "2026-05-01T10:00:00Z",
            "Reklamation",
            "Kunde ruft wegen Rechnung an",
        ),
        log(
            db,
            "2026-02-01T10:00:00Z",
            "Angebot 000123",
            "Preise wie besprochen",
        ),
    ]
}

#[test]
fn a_reference_is_found_whole_by_its_number_and_by_its_parts() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let [a, ..] = world(&db);
    for asked in [
        &["RE-3666666"][..],
        &["3666666"],
        &["re", "3666666"],
        &["re-3666666"],
    ] {
        let found = hits(&db, asked);
        assert_eq!(found.len(), 1, "{asked:?}: {found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1),
            ("interaction", a),
            "{asked:?}"
        );
    }
    assert_eq!(hits(&db, &["RE-3666666"])[0].2, "reference");
    assert_eq!(hits(&db, &["RE-3666667"]), []);
}

#[test]
fn hits_rank_whole_words_newest_first_before_prefixes() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let [a, b, c, _] = world(&db);
    assert_eq!(
        hits(&db, &["reklamation", "--kind", "interaction"]),
        [
            interaction(c, "word"),
            interaction(a, "word"),
            interaction(b, "prefix")
        ]
    );
    assert_eq!(
        hits(&db, &["rekl", "--kind", "interaction"]),
        [
            interaction(c, "prefix"),
            interaction(b, "prefix"),
            interaction(a, "prefix")
        ]
    );
    // Two letters are no prefix yet.
    assert_eq!(
        hits(&db, &["re", "--kind", "interaction"]),
        [interaction(a, "word")]
    );
    assert_eq!(
        hits(&db, &["reklamation", "--since", "2026-04-15"]),
        [interaction(c, "word")]
    );
    let run = common::run(
        &db,
        &["search", "reklamation", "--limit", "1", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json().as_array().map(Vec::len), Some(1));
    assert!(
        run.stderr
            .contains("more Interactions match than the 1 shown"),
        "{run:?}"
    );
}

#[test]
fn several_words_narrow_and_a_quoted_phrase_keeps_its_order() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let [a, _, c, d] = world(&db);
    assert_eq!(
        hits(&db, &["reklamation", "lieferung"]),
        [interaction(a, "word")]
    );
    assert_eq!(hits(&db, &["rechnung", "rekl"]), [interaction(c, "prefix")]);
    assert_eq!(hits(&db, &["reklamation", "angebot"]), []);
    assert_eq!(
        hits(&db, &["\"ruft wegen Rechnung\""]),
        [interaction(c, "word")]
    );
    assert_eq!(hits(&db, &["\"wegen ruft\""]), []);
    assert_eq!(hits(&db, &["000123"]), [interaction(d, "reference")]);
    assert_eq!(hits(&db, &["123"]), []);
}

#[test]
fn names_are_found_with_umlauts_typed_out_or_folded() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    world(&db);
    let customers = |asked: &str| -> Vec<i64> {
        hits(&db, &[asked, "--kind", "customer"])
            .iter()
            .map(|hit| hit.1)
            .collect()
    };
    // Newest first within a rank: customer 2 was added after customer 1 at the same moment.
    assert_eq!(customers("Müller"), [2, 1]);
    assert_eq!(customers("mueller"), [2, 1]);
    assert_eq!(customers("MULLER"), [2, 1]);
    assert_eq!(customers("hauptstrasse"), [2]);
    assert_eq!(customers("Söhne"), [2]);
    assert_eq!(customers("soehne"), [2]);
}

#[test]
fn the_table_groups_by_kind_and_csv_names_every_column() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    world(&db);
    let table = ok(&db, &["search", "reklamation"]);
    assert!(table.contains("Interactions"), "{table}");
    assert!(table.contains("Reklamation RE-3666666"), "{table}");
    let csv = ok(&db, &["search", "mueller", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("kind,id,at,rank,title,snippet"));
    assert_eq!(lines.count(), 2, "{csv}");
    let none = ok(&db, &["search", "nirgendwo", "--format", "csv"]);
    assert_eq!(none.trim(), "kind,id,at,rank,title,snippet");
}

#[test]
fn bad_search_input_is_refused_in_one_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    world(&db);
    assert!(fails(&db, &["search", "\"\""], 2).contains("type at least one word"));
    assert!(fails(&db, &["search", "x", "--kind", "nonsense"], 2).contains("kind"));
    assert!(fails(&db, &["search", "x", "--limit", "5000"], 2).contains("at most 1000 hits"));
    assert!(fails(&db, &["search", "x", "--since", "gestern?"], 2).contains("since"));
}

fn actor(name: &str, role: Role) -> Actor {
    Actor {
        name: name.to_string(),
        role,
    }
}

/// Every searched kind holding the word "zebra": customer 1 by name, customer 2 by its
/// notes only, an interaction, a supplier, an item, a ticket in each of two queues (anna
/// serves Hotline only) and a campaign.
fn zoo(db: &Path) {
    add_customer(db, &["--name", "Zebra Handel GmbH"]);
    add_customer(db, &["--name", "Kraus KG", "--notes", "zebra muster"]);
    ok(
        db,
        &[
            "interaction",
            "log",
            "--customer",
            "2",
            "--channel",
            "note",
            "--subject",
            "Zebra Anfrage",
        ],
    );
    ok(db, &["supplier", "add", "--name", "Zebra Supplies"]);
    ok(
        db,
        &["item", "add", "--sku", "ZB-1", "--name", "Zebrastift"],
    );
    ok(
        db,
        &["item", "add", "--sku", "ZB-2", "--name", "Zebra Stift"],
    );
    ok(db, &["queue", "add", "Hotline", "--agents", "anna"]);
    ok(db, &["queue", "add", "Billing", "--agents", "carla"]);
    ok(
        db,
        &[
            "ticket",
            "add",
            "--queue",
            "Hotline",
            "--subject",
            "Zebra kaputt",
        ],
    );
    ok(
        db,
        &[
            "ticket",
            "add",
            "--queue",
            "Billing",
            "--subject",
            "Zebra Rechnung",
        ],
    );
    let campaign = [
        "campaign",
        "add",
        "Zebra Aktion",
        "--channel",
        "email",
        "--from",
        "2026-11-01",
        "--to",
        "2026-12-31",
    ];
    ok(db, &campaign);
}

/// (kind, ids) of each group `actor` finds for "zebra".
fn found_by(store: &Store, actor: &Actor) -> Vec<(SearchKind, Vec<u64>)> {
    search(store, actor, &SearchQuery::new("zebra"))
        .unwrap()
        .into_iter()
        .map(|group| (group.kind, group.hits.iter().map(|hit| hit.id).collect()))
        .collect()
}

#[test]
fn each_role_finds_only_what_it_may_read() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    zoo(&db);
    let store = Store::open(&db).unwrap();
    use SearchKind::*;
    assert_eq!(
        found_by(&store, &actor("root", Role::Admin)),
        [
            (Customer, vec![2, 1]),
            (Interaction, vec![1]),
            (Ticket, vec![2, 1]),
            (Item, vec![2, 1]),
            (Supplier, vec![1]),
            (Campaign, vec![1]),
        ]
    );
    // An agent: customers in full, interactions, the tickets of their own queue, items
    // and campaigns to read; no suppliers.
    assert_eq!(
        found_by(&store, &actor("anna", Role::Agent)),
        [
            (Customer, vec![2, 1]),
            (Interaction, vec![1]),
            (Ticket, vec![1]),
            (Item, vec![2, 1]),
            (Campaign, vec![1]),
        ]
    );
    // The warehouse reads customers' names only: the customer found by its notes is not
    // found for it, nor is any interaction, ticket or campaign.
    assert_eq!(
        found_by(&store, &actor("wim", Role::Warehouse)),
        [(Customer, vec![1]), (Item, vec![2, 1]), (Supplier, vec![1])]
    );
    assert_eq!(found_by(&store, &actor("pia", Role::Payroll)), []);
    let asked = SearchQuery {
        kind: Some(Interaction),
        ..SearchQuery::new("zebra")
    };
    let refused = search(&store, &actor("wim", Role::Warehouse), &asked).unwrap_err();
    assert_eq!(refused.to_string(), "not permitted for role warehouse");
    // The prefix finds the compound too, after the whole word.
    let items = SearchQuery {
        kind: Some(Item),
        ..SearchQuery::new("zebr")
    };
    let groups = search(&store, &actor("wim", Role::Warehouse), &items).unwrap();
    let ids: Vec<u64> = groups[0].hits.iter().map(|hit| hit.id).collect();
    assert_eq!(ids, [2, 1]);
}

#[test]
fn check_finds_a_missing_and_a_stale_word_entry_and_reindex_repairs_them() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let [a, ..] = world(&db);
    assert!(ok(&db, &["check"]).starts_with("ok"));
    {
        let sled = common::raw_sled(&db);
        let words = sled.open_tree("interactions.by_word").unwrap();
        let reference: Vec<u8> = words
            .scan_prefix(b"re-3666666\0")
            .next()
            .unwrap()
            .unwrap()
            .0
            .to_vec();
        words.remove(&reference).unwrap();
        // An entry for a word interaction a does not hold.
        let mut stale = b"zebra\0".to_vec();
        stale.extend_from_slice(&reference[b"re-3666666\0".len()..]);
        words.insert(stale, vec![]).unwrap();
        sled.flush().unwrap();
    }
    assert_eq!(hits(&db, &["RE-3666666"]), []);
    assert_eq!(hits(&db, &["zebra"]), [], "a stale entry finds nothing");
    let run = common::run(&db, &["check"]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{run:?}");
    let missing = "interactions.by_word: missing entry re-3666666";
    assert!(lines.iter().any(|l| l.starts_with(missing)), "{run:?}");
    let extra = "interactions.by_word: extra entry zebra";
    assert!(lines.iter().any(|l| l.starts_with(extra)), "{run:?}");
    ok(&db, &["reindex"]);
    assert!(ok(&db, &["check"]).starts_with("ok"));
    assert_eq!(hits(&db, &["RE-3666666"]), [interaction(a, "reference")]);
}

#[test]
fn a_database_from_before_the_word_index_gets_it_on_first_open() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let [a, ..] = world(&db);
    {
        // What a release without the word index left: no word trees, index lists without them.
        let sled = common::raw_sled(&db);
        let meta = sled.open_tree("meta").unwrap();
        for tree in ["interactions", "customers"] {
            let words = format!("{tree}.by_word");
            sled.open_tree(&words).unwrap().clear().unwrap();
            let key = format!("indexes/{tree}");
            let listed = String::from_utf8(meta.get(&key).unwrap().unwrap().to_vec()).unwrap();
            let before: Vec<&str> = listed.split(',').filter(|name| *name != words).collect();
            assert_ne!(before.join(","), listed);
            meta.insert(key, before.join(",").as_bytes()).unwrap();
        }
        sled.flush().unwrap();
    }
    let run = common::run(&db, &["search", "RE-3666666", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .contains("building the word index of the interactions for search (runs once): 0 of 4"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("of the customers for search"),
        "{run:?}"
    );
    let found = run.json();
    assert_eq!(int(&found[0], "id"), a);
    assert!(ok(&db, &["check"]).starts_with("ok"));
    let again = common::run(&db, &["search", "mueller"]);
    assert!(!again.stderr.contains("word index"), "{again:?}");
}
