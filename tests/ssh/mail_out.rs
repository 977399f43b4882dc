//! `kontor serve` delivers the outbox in the background: a message queued before the
//! server started reaches the SMTP sink without anyone running `kontor mail send`.

use std::time::{Duration, Instant};

use kontor::core::Actor;
use kontor::core::outbox::{self, Draft};
use kontor::store::Store;

use super::Served;
use crate::cli::mail_out::Sink;
use crate::common::{self, ok};

#[test]
fn the_server_delivers_what_is_queued() {
    let sink = Sink::start(&[]);
    let port = sink.port.to_string();
    let served = Served::start_with(&[], |db| {
        ok(db, &["settings", "smtp_host", "127.0.0.1"]);
        ok(db, &["settings", "smtp_port", &port]);
        ok(db, &["settings", "mail_from", "info@kontor.example"]);
        let store = Store::open(db).unwrap();
        let draft = Draft {
            to: vec!["kunde@example.org".into()],
            subject: "Auftragsbestätigung".into(),
            body: "Danke.\n".into(),
            ..Draft::default()
        };
        outbox::enqueue(&store, &Actor::local("tester"), common::now(), &draft).unwrap();
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    while sink.messages().is_empty() {
        assert!(
            Instant::now() < deadline,
            "nothing arrived; the server said: {}",
            served.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["headers"]["Subject"], "Auftragsbestätigung");
    assert_eq!(
        messages[0]["rcpt_tos"],
        serde_json::json!(["kunde@example.org"])
    );
    // The log says what was sent once it was recorded.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !served
        .log()
        .contains("outbox: sent 1, deferred 0, failed 0")
    {
        assert!(Instant::now() < deadline, "log: {}", served.log());
        std::thread::sleep(Duration::from_millis(50));
    }
}
