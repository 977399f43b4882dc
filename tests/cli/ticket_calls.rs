//! Calls on tickets through the command line: `interaction log … --ticket N` puts the call
//! on the ticket (a call in as the customer's message: a waiting ticket is open again, the
//! interaction linked), `--new-ticket QUEUE` opens a ticket from it, and a bad target or a
//! channel that is no call is refused before anything is written.

use std::path::Path;

use serde_json::Value;

use crate::common::{Scratch, add_customer, fails, int, json, json_list, ok};

fn shown(db: &Path, number: &str) -> Value {
    json(db, &["ticket", "show", number])
}

fn interactions(db: &Path) -> usize {
    json_list(db, &["interaction", "list"]).len()
}

fn log(db: &Path, customer: &str, flags: &[&str]) -> Value {
    let mut args = vec![
        "interaction",
        "log",
        "--customer",
        customer,
        "--channel",
        "call-in",
        "--contact",
        "Frau Meier",
        "--subject",
        "Etikettendrucker",
        "--at",
        "2026-12-05T10:00:00Z",
    ];
    args.extend(flags);
    json(db, &args)
}

#[test]
fn a_call_goes_on_a_ticket_or_opens_one() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["queue", "add", "Hotline"]);
    let customer = add_customer(&db, &["--name", "Meier GmbH"]).to_string();
    let added = json(
        &db,
        &[
            "ticket",
            "add",
            "--queue",
            "Hotline",
            "--subject",
            "Drucker",
            "--customer",
            &customer,
            "--phone",
            "Druckt nicht",
        ],
    );
    let number = added["number"].as_str().unwrap().to_string();
    ok(&db, &["ticket", "status", &number, "waiting-for-customer"]);

    let call = log(
        &db,
        &customer,
        &[
            "--body",
            "Geht wieder nicht",
            "--outcome",
            "Techniker kommt",
            "--ticket",
            &number,
        ],
    );
    let interaction = int(&call, "id");
    let ticket = shown(&db, &number);
    assert_eq!(ticket["status"], "open");
    let last = ticket["articles"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["kind"], "phone-in");
    assert_eq!(last["author"], "Frau Meier");
    assert_eq!(last["text"], "Geht wieder nicht\nTechniker kommt");
    assert_eq!(last["at"], "2026-12-05T10:00:00Z");
    assert_eq!(
        ticket["links"],
        serde_json::json!([{"kind": "interaction", "id": interaction}])
    );

    let before = json_list(&db, &["ticket", "list"]).len();
    let call = log(
        &db,
        &customer,
        &["--outcome", "Rückruf zugesagt", "--new-ticket", "hotline"],
    );
    let listed = json_list(&db, &["ticket", "list"]);
    assert_eq!(listed.len(), before + 1);
    let opened = listed
        .iter()
        .find(|t| t["number"] != number.as_str())
        .unwrap();
    let opened = shown(&db, opened["number"].as_str().unwrap());
    assert_eq!(opened["subject"], "Etikettendrucker");
    assert_eq!(opened["customer_name"], "Meier GmbH");
    assert_eq!(opened["contact"], "Frau Meier");
    assert_eq!(opened["articles"][0]["kind"], "phone-in");
    assert_eq!(opened["articles"][0]["text"], "Rückruf zugesagt");
    assert_eq!(
        opened["links"],
        serde_json::json!([{"kind": "interaction", "id": int(&call, "id")}])
    );
}

#[test]
fn a_bad_target_or_no_call_writes_nothing() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["queue", "add", "Hotline"]);
    let customer = add_customer(&db, &["--name", "Meier GmbH"]).to_string();
    let flags = |extra: &[&str]| {
        let mut args = vec![
            "interaction",
            "log",
            "--customer",
            &customer,
            "--subject",
            "x",
            "--outcome",
            "y",
        ];
        args.extend_from_slice(extra);
        args.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let run = |extra: &[&str]| {
        let args = flags(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        fails(&db, &args, 2)
    };
    let unknown = run(&["--channel", "call-in", "--new-ticket", "Nirgends"]);
    assert!(unknown.contains("Nirgends"), "{unknown}");
    let mistyped = run(&["--channel", "call-in", "--ticket", "2026-000001-0"]);
    assert!(mistyped.contains("2026-000001-0"), "{mistyped}");
    let mail = run(&["--channel", "email", "--new-ticket", "Hotline"]);
    assert!(mail.contains("only a call"), "{mail}");
    assert_eq!(interactions(&db), 0);
    assert!(json_list(&db, &["ticket", "list"]).is_empty());
}
