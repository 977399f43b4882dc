//! The mail quarantine screen driven by keys: kept messages listed with reason and
//! sender, one reprocessed into a ticket once its queue exists, one deleted after a y/n —
//! and gone for the CLI too.

use std::sync::Arc;

use kontor::core::tickets::queues::{QueueCommand, QueueEdit};
use kontor::core::{Actor, Command, Role, execute};
use kontor::mail::gate::{Received, receive};
use kontor::store::Store;

use super::snapshots::harness::{Harness, mono};

const MAIL: &[u8] = b"From: Ann <ann@example.com>\r\nSubject: Printer broken\r\nMessage-ID: <1@example.com>\r\n\r\nIt jams.\r\n";
const JUNK: &[u8] = b"no header at all, just bytes";

fn kept(store: &Store, queue: &str, raw: &[u8]) -> u64 {
    match receive(store, crate::common::now(), queue, raw, raw.len() as u64).unwrap() {
        Received::Quarantined { id, .. } => id,
        _ => panic!("not quarantined"),
    }
}

#[test]
fn an_admin_reprocesses_and_deletes_quarantined_mail() {
    kontor::core::mailgate::set_reprocessor(kontor::mail::gate::reprocess_words);
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path()).unwrap());
    let mail = kept(&store, "support", MAIL);
    let junk = kept(&store, "support", JUNK);
    assert_ne!(mail, junk);

    let mut screen = Harness::setup()
        .store(&store)
        .actor("root", Role::Admin)
        .profile(mono())
        .size(140, 30)
        .build();
    screen.keys("g x");
    let plain = screen.plain();
    assert!(plain.contains("Mail quarantine"), "{plain}");
    assert!(
        plain.contains("Ann <ann@example.com> · Printer broken"),
        "{plain}"
    );
    assert!(plain.contains("no queue support"), "{plain}");
    assert!(plain.contains("no header (28 bytes)"), "{plain}");

    // Newest first: the junk is selected; no is no.
    screen.keys("d n");
    assert!(screen.plain().contains("no header (28 bytes)"));
    screen.keys("d y");
    let plain = screen.plain();
    assert!(
        plain.contains(&format!("quarantined message {junk} deleted")),
        "{plain}"
    );
    assert!(!plain.contains("no header (28 bytes)"), "{plain}");

    // Reprocessing without the queue keeps it; with the queue it opens a ticket.
    screen.keys("u");
    let plain = screen.plain();
    assert!(plain.contains("kept in quarantine as"), "{plain}");
    assert!(plain.contains("Printer broken"), "{plain}");
    execute(
        &store,
        &crate::common::clock(),
        &Actor::local("root"),
        Command::Queue(QueueCommand::Add {
            name: "support".into(),
            edit: QueueEdit::default(),
        }),
    )
    .unwrap();
    screen.keys("u");
    let plain = screen.plain();
    assert!(plain.contains("new ticket"), "{plain}");
    assert!(!plain.contains("Printer broken"), "{plain}");

    drop(screen);
    drop(store);
    let left = crate::common::json_list(dir.path(), &["mail", "quarantine", "list"]);
    assert!(left.is_empty(), "{left:?}");
}
