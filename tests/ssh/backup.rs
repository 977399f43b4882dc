//! `kontor backup` while `kontor serve` holds the database: the CLI asks the server through
//! its owner-only control socket, the sessions go on saving during and after it, and the
//! backup restores to the database as it was when it was taken.

use super::{Served, WAIT, open_customers};
use crate::common::{fails, json_list, ok, s, text};

fn names(db: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = json_list(db, &["customer", "list", "--limit", "1000"])
        .iter()
        .map(|customer| text(customer, "name").to_string())
        .collect();
    names.sort();
    names
}

fn add_and_wait_until_saved(session: &crate::tmux::Tmux, name: &str) {
    session.send(&["n"]);
    session.wait_for("New customer", WAIT);
    session.type_text(name);
    session.send(&["C-x"]);
    session.wait_until("the form closed, saved", WAIT, |screen| {
        screen.contains("saved") && !screen.contains("New customer")
    });
}

#[test]
fn a_backup_taken_while_serving_restores_the_database_as_it_was_then() {
    let mut served = Served::start_with(&[("anna", "agent")], |db| {
        for name in [
            "Alfreds Futterkiste",
            "Berglunds snabbköp",
            "Chop-suey Chinese",
        ] {
            ok(db, &["customer", "add", "--name", name]);
        }
    });
    let socket = served.db.join("control.sock");
    let mode = {
        use std::os::unix::fs::{FileTypeExt, PermissionsExt};
        let meta = std::fs::metadata(&socket).expect("the server listens on control.sock");
        assert!(meta.file_type().is_socket());
        meta.permissions().mode() & 0o777
    };
    assert_eq!(mode, 0o600);
    let session = served.session(80, 24);
    open_customers(&session);
    add_and_wait_until_saved(&session, "Vor der Sicherung");

    let file = served.db.with_file_name("while-serving.kbk");
    let said = ok(&served.db, &["backup", "--out", s(&file)]);
    assert!(said.contains("entries"), "{said}");
    session.send(&["g", "c"]);
    session.wait_for("Customers · anna", WAIT);
    add_and_wait_until_saved(&session, "Nach der Sicherung");

    assert_eq!(served.terminate(), 0, "{}", served.log());
    assert!(!socket.exists(), "the socket is removed on stop");
    let restored = served.db.with_file_name("restored");
    ok(&restored, &["restore", s(&file)]);
    let mut expected = names(&served.db);
    assert!(expected.contains(&"Nach der Sicherung".to_string()));
    expected.retain(|name| name != "Nach der Sicherung");
    assert_eq!(names(&restored), expected);
    assert!(ok(&restored, &["check"]).starts_with("ok"));
    let line = fails(&restored, &["restore", s(&file)], 2);
    assert!(line.contains("is not empty"), "{line}");
}
