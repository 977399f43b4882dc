//! `kontor check` finding what is wrong, through the real binary: a database whose index
//! trees were damaged behind kontor's back (sled opened directly, as a disk fault or a bug
//! would leave it) gets every missing, extra and stale entry listed on stdout, one line on
//! stderr and exit 1; `kontor reindex` repairs it and `check` says ok again.

use crate::common;

use common::{Scratch, add_customer, ok};

#[test]
fn check_lists_missing_extra_and_stale_entries_and_reindex_repairs_them() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Anna Berg", "--phone", "030 1234567"]);
    add_customer(&db, &["--name", "Bernd Kurz", "--tag", "vip"]);
    ok(
        &db,
        &["item", "add", "--sku", "CH-001", "--name", "Chai Tea"],
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));

    {
        let sled = common::raw_sled(&db);
        let phones = sled.open_tree("customers.by_phone").unwrap();
        let (phone, _) = phones.first().unwrap().unwrap();
        phones.remove(phone).unwrap();
        let tags = sled.open_tree("customers.by_tag").unwrap();
        let (tag, _) = tags.first().unwrap().unwrap();
        let mut ghost = tag.to_vec();
        let at = ghost.len() - 8;
        ghost[at..].copy_from_slice(&999u64.to_be_bytes());
        tags.insert(ghost, vec![]).unwrap();
        let skus = sled.open_tree("items.by_sku").unwrap();
        let (sku, _) = skus.first().unwrap().unwrap();
        skus.insert(sku, &42u64.to_be_bytes()).unwrap();
        sled.flush().unwrap();
    }

    let run = common::run(&db, &["check"]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{run:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("customers.by_phone: missing entry")),
        "{run:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("customers.by_tag: extra entry")),
        "{run:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("items.by_sku: stale entry")),
        "{run:?}"
    );
    assert_eq!(run.stderr.lines().count(), 1, "{run:?}");
    assert!(run.stderr.contains("3 index problem(s)"), "{run:?}");

    ok(&db, &["reindex"]);
    assert!(ok(&db, &["check"]).starts_with("ok"));
    assert!(ok(&db, &["customer", "search", "1234567"]).contains("Anna Berg"));
}
