//! `kontor serve` continues a marketing mailing left in state sending: planned before the
//! server started, its messages arrive without anyone running `kontor mailing send`, each
//! address once (each with newsletter consent).

use std::time::{Duration, Instant};

use kontor::core::Actor;
use kontor::store::Store;

use super::Served;
use crate::cli::mail_out::Sink;
use crate::common::{self, json, ok};

#[test]
fn the_server_continues_a_mailing_in_state_sending() {
    let sink = Sink::start(&[]);
    let port = sink.port.to_string();
    let served = Served::start_with(&[], |db| {
        ok(db, &["settings", "smtp_host", "127.0.0.1"]);
        ok(db, &["settings", "smtp_port", &port]);
        ok(db, &["settings", "mail_from", "info@kontor.example"]);
        for name in ["a", "b", "c"] {
            let address = format!("{name}@example.org");
            ok(
                db,
                &[
                    "customer", "add", "--name", name, "--email", &address, "--tag", "news",
                ],
            );
        }
        crate::cli::mailing::consent_all(db);
        let added = json(
            db,
            &[
                "mailing",
                "add",
                "--name",
                "n",
                "--subject",
                "Hi {name}",
                "--body",
                "{salutation}",
                "--tag",
                "news",
            ],
        );
        let store = Store::open(db).unwrap();
        let id = added["id"].as_u64().unwrap();
        let planned =
            kontor::core::mailing::plan(&store, &Actor::local("tester"), id, common::now())
                .unwrap();
        assert_eq!(planned, 3);
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    while sink.messages().len() < 3 {
        assert!(
            Instant::now() < deadline,
            "not all arrived; log: {}",
            served.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut to: Vec<String> = sink
        .messages()
        .iter()
        .map(|m| m["rcpt_tos"][0].as_str().unwrap().to_string())
        .collect();
    to.sort();
    assert_eq!(to, ["a@example.org", "b@example.org", "c@example.org"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !served
        .log()
        .contains("mailing 1: sent 3, failed 0, deferred 0, uncertain 0")
    {
        assert!(Instant::now() < deadline, "log: {}", served.log());
        std::thread::sleep(Duration::from_millis(50));
    }
}
