//! Backups of a store, taken on either backend and restored into either: a round trip keeps
//! every record, setting and counter; a backup taken while another thread writes is one
//! moment of the database; a restore refuses a directory in use, a database with records
//! and a damaged file, writing nothing. Room: store (tests).

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use time::OffsetDateTime;

use super::*;
use crate::domain::Customer;
use crate::store::backends::{Place, on_both};

fn customer(name: &str) -> Customer {
    Customer::new(name, OffsetDateTime::UNIX_EPOCH)
}

fn names(store: &Store) -> Vec<(u64, String)> {
    store
        .scan::<Customer>()
        .unwrap()
        .map(|c| {
            let c = c.unwrap();
            (c.id, c.name)
        })
        .collect()
}

fn backup_file(store: &Store, path: &Path) -> Copied {
    let mut file = std::io::BufWriter::new(File::create(path).unwrap());
    let copied = store.backup(&mut file, &mut |_, _| {}).unwrap();
    file.flush().unwrap();
    copied
}

fn restore_into(file: &Path, target: &Place) -> StoreResult<Copied> {
    restore(file, target.dir(), target.url(), &mut |_, _| {})
}

#[test]
fn a_restored_database_holds_every_record_setting_and_counter_and_checks_clean() {
    on_both(|source| {
        let store = source.open();
        for name in ["Alfreds Futterkiste", "Ana Trujillo", "Berglunds snabbköp"] {
            store
                .transaction(|tx| tx.insert(&mut customer(name)))
                .unwrap();
        }
        store
            .transaction(|tx| tx.remove::<Customer>(2).map(|_| ()))
            .unwrap();
        store.set_setting("default_region", "SE").unwrap();
        let scratch = tempfile::tempdir().unwrap();
        let file = scratch.path().join("backup.kbk");
        let copied = backup_file(&store, &file);
        assert_eq!(copied.bytes, std::fs::metadata(&file).unwrap().len());
        for target in [Place::sled(), Place::postgres()] {
            let restored = restore_into(&file, &target).unwrap();
            assert_eq!(
                restored.entries,
                copied.entries,
                "into {}",
                target.backend()
            );
            let again = target.open();
            assert_eq!(names(&again), names(&store));
            assert_eq!(
                again.setting("default_region").unwrap().as_deref(),
                Some("SE")
            );
            assert!(again.check().unwrap().is_empty());
            let next = again
                .transaction(|tx| tx.insert(&mut customer("Neu")))
                .unwrap();
            assert_eq!(next, 4, "the id counter came along");
        }
    });
}

/// Writers keep two customers' names equal, one transaction per change, and add and
/// delete customers in pairs, all while the backup runs: the restore must show a moment
/// where every pair is whole.
#[test]
fn a_backup_taken_while_others_write_is_one_moment_of_the_database() {
    on_both(|source| {
        let store = source.open();
        let all: Vec<Customer> = (0..3000).map(|n| customer(&format!("Kunde {n}"))).collect();
        store.insert_all(all, &mut |_| {}).unwrap();
        let stop = AtomicBool::new(false);
        let scratch = tempfile::tempdir().unwrap();
        let file = scratch.path().join("backup.kbk");
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let mut round = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    round += 1;
                    store
                        .transaction(|tx| {
                            for id in [1, 3000] {
                                let mut pair = tx.require::<Customer>(id)?;
                                pair.name = format!("Runde {round}");
                                tx.update(&mut pair, None)?;
                            }
                            let mut first = customer("Paar");
                            let mut second = customer("Paar");
                            tx.insert(&mut first)?;
                            tx.insert(&mut second)?;
                            if round.is_multiple_of(3) {
                                tx.remove::<Customer>(first.id)?;
                                tx.remove::<Customer>(second.id)?;
                            }
                            Ok(())
                        })
                        .unwrap();
                }
            });
            for _ in 0..3 {
                backup_file(&store, &file);
            }
            stop.store(true, Ordering::Relaxed);
        });
        let target = Place::sled();
        restore_into(&file, &target).unwrap();
        let restored = target.open();
        let all = names(&restored);
        let name_of = |id| all.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone());
        assert_eq!(name_of(1), name_of(3000));
        assert!(name_of(1).is_some_and(|name| name.starts_with("Runde")));
        let pairs = all.iter().filter(|(_, name)| name == "Paar").count();
        assert_eq!(pairs % 2, 0, "a pair was cut in two");
        assert!(pairs > 0);
        assert!(restored.check().unwrap().is_empty());
    });
}

/// In `dir`: a backup of one customer, and a copy of it with one byte altered.
fn good_and_damaged_backups(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let store = Store::open(&dir.join("source")).unwrap();
    store
        .transaction(|tx| tx.insert(&mut customer("Alfreds")))
        .unwrap();
    let file = dir.join("backup.kbk");
    backup_file(&store, &file);
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    let damaged = dir.join("damaged.kbk");
    std::fs::write(&damaged, &bytes).unwrap();
    (file, damaged)
}

#[test]
fn a_restore_refuses_a_directory_in_use_and_a_damaged_file_writing_nothing() {
    let scratch = tempfile::tempdir().unwrap();
    let (file, damaged) = good_and_damaged_backups(scratch.path());
    let full = scratch.path().join("full");
    std::fs::create_dir(&full).unwrap();
    std::fs::write(full.join("something"), b"x").unwrap();
    let error = restore(&file, &full, None, &mut |_, _| {})
        .unwrap_err()
        .to_string();
    assert!(error.contains("is not empty"), "{error}");
    assert_eq!(std::fs::read_dir(&full).unwrap().count(), 1);
    let target = scratch.path().join("new");
    let error = restore(&damaged, &target, None, &mut |_, _| {})
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("damaged") || error.contains("cut short"),
        "{error}"
    );
    assert!(!target.exists(), "nothing written");
}

#[test]
fn a_restore_into_postgres_refuses_a_database_with_records_and_a_damaged_file() {
    let scratch = tempfile::tempdir().unwrap();
    let (file, damaged) = good_and_damaged_backups(scratch.path());
    let taken = Place::postgres();
    taken
        .open()
        .transaction(|tx| tx.insert(&mut customer("Schon da")))
        .unwrap();
    let error = restore_into(&file, &taken).unwrap_err().to_string();
    assert!(error.contains("holds records already"), "{error}");
    assert_eq!(names(&taken.open()), [(1, "Schon da".to_string())]);
    let empty = Place::postgres();
    let error = restore_into(&damaged, &empty).unwrap_err().to_string();
    assert!(
        error.contains("damaged") || error.contains("cut short"),
        "{error}"
    );
    let untouched = empty.open();
    assert!(untouched.is_empty().unwrap(), "nothing written");
    assert_eq!(untouched.setting("default_region").unwrap(), None);
}

/// A restore that fails while it writes (here: a file that changed after it was checked)
/// leaves the PostgreSQL database without records, as it found it.
#[test]
fn a_restore_into_postgres_that_fails_midway_leaves_no_record() {
    let scratch = tempfile::tempdir().unwrap();
    let store = Store::open(&scratch.path().join("source")).unwrap();
    let all: Vec<Customer> = (0..6000).map(|n| customer(&format!("Kunde {n}"))).collect();
    store.insert_all(all, &mut |_| {}).unwrap();
    let file = scratch.path().join("backup.kbk");
    backup_file(&store, &file);
    let target = Place::postgres();
    let bytes = std::fs::read(&file).unwrap();
    let mut swapped = false;
    let restored = restore(&file, target.dir(), target.url(), &mut |done, _| {
        if done > 0 && !swapped {
            let mut cut = bytes.clone();
            cut.truncate(bytes.len() - 10);
            std::fs::write(&file, &cut).unwrap();
            swapped = true;
        }
    });
    assert!(restored.is_err(), "{restored:?}");
    assert!(target.open().is_empty().unwrap());
}
