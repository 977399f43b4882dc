//! `kontor mailgate` while `kontor serve` holds the database: the message is handed to the
//! server over its control socket, the server files it and answers the exit status.

use super::Served;
use crate::cli::mailgate::gate_to;
use crate::common::{self, json, ok, text};

#[test]
fn a_message_is_handed_to_the_running_server_and_filed() {
    let served = Served::start_with(&[], |db| {
        ok(db, &["queue", "add", "Support"]);
    });
    let mail = std::fs::read(common::data_dir().join("mail").join("plain-utf8.eml")).unwrap();
    let run = gate_to(&served.db, "Support", &mail);
    assert_eq!(run.code, 0, "{run:?}\n{}", served.log());
    let filed = run.json();
    assert_eq!(text(&filed, "status"), "filed");
    let unreadable = gate_to(&served.db, "Support", b"\x00\x01 not mail");
    assert_eq!(unreadable.code, 0, "{unreadable:?}");
    assert_eq!(text(&unreadable.json(), "reason"), "unreadable");
    let mut served = served;
    assert_eq!(served.terminate(), 0, "{}", served.log());
    let ticket = json(&served.db, &["ticket", "show", text(&filed, "ticket")]);
    assert_eq!(text(&ticket, "sender"), "anna.berg@example.de");
}
