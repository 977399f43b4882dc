//! A full disk (a small tmpfs filled up): an import that runs out of space stops with one
//! line saying so, and once space is back the database holds nothing of it and checks
//! clean; an open store (as `kontor serve` holds one) refuses writes while the disk is
//! full, goes on reading, and writes again once space is back, losing nothing it saved.
//! That a session then says "not saved" rather than "saved" is in
//! `tui::snapshots::flows`.
//!
//! Its own test binary, so its own process: sled 0.34's transactions share one lock across
//! the whole process, and a sled instance whose log write failed for lack of space can wait
//! in its flush for good while holding it. In the main test binary that stalled every
//! other test's transactions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use kontor::domain::Customer;
use kontor::store::{Store, StoreError};
use time::OffsetDateTime;

use common::{Scratch, SmallDisk, json_list, ok, run_binary, s, text};

#[test]
fn an_import_that_fills_the_disk_says_so_and_leaves_nothing_behind() {
    let disk = SmallDisk::new(24);
    let db = disk.path().join("db");
    ok(&db, &["customer", "add", "--name", "Vorher"]);
    let scratch = Scratch::new();
    let mut csv = String::from("name,city,notes\n");
    for n in 0..20_000 {
        csv.push_str(&format!("Kunde {n},Berlin,{}\n", "Notiz ".repeat(20)));
    }
    let file = scratch.file("customers.csv", csv.as_bytes());
    disk.fill(2 << 20);

    let refused = run_binary(&db, &["import", "customers", s(&file)]);
    assert_eq!(refused.code, 1, "{refused:?}");
    let said = &refused.stderr;
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(said.contains("disk holding the database is full"), "{said}");

    disk.free();
    assert!(ok(&db, &["check"]).starts_with("ok"));
    let names: Vec<String> = json_list(&db, &["customer", "list"])
        .iter()
        .map(|customer| text(customer, "name").to_string())
        .collect();
    assert_eq!(names, ["Vorher"]);
}

fn save(store: &Store, name: &str) -> Result<u64, StoreError> {
    let customer = Customer::new(name, OffsetDateTime::UNIX_EPOCH);
    let id = store.transaction(|tx| tx.insert(&mut customer.clone()))?;
    store.flush()?;
    Ok(id)
}

#[test]
fn an_open_store_refuses_writes_while_full_reads_on_and_writes_again_once_space_is_back() {
    let disk = SmallDisk::new(16);
    let db = disk.path().join("db");
    let store = Store::open(&db).unwrap();
    let kept = save(&store, "Vorher").unwrap();
    disk.fill(0);
    let mut saved = vec![kept];
    let refusal = loop {
        match save(&store, &format!("Kunde {}", saved.len())) {
            Ok(id) => saved.push(id),
            Err(error) => break error,
        }
        assert!(saved.len() < 200_000, "the disk never filled");
    };
    assert!(matches!(refusal, StoreError::DiskFull), "{refusal:?}");
    assert!(matches!(
        save(&store, "Noch voll"),
        Err(StoreError::DiskFull)
    ));
    assert_eq!(store.get::<Customer>(kept).unwrap().unwrap().name, "Vorher");

    disk.free();
    let after = save(&store, "Nachher").unwrap();
    assert_eq!(
        store.get::<Customer>(after).unwrap().unwrap().name,
        "Nachher"
    );
    drop(store);
    let reopened = Store::open(&db).unwrap();
    for id in saved.iter().copied().chain([after]) {
        assert!(
            reopened.get::<Customer>(id).unwrap().is_some(),
            "{id} was lost"
        );
    }
    assert!(reopened.check().unwrap().is_empty());
}
