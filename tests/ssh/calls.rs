//! The phone and the ticket over OpenSSH: an agent looks up a caller by phone, sees the
//! caller's open ticket under the match, logs the call onto it from the log-call form; once
//! the server stops, `ticket show` has the call as the customer's message (phone-in) and
//! the interaction linked.

use super::{Served, TITLE, WAIT};
use crate::common::{add_customer, json, json_list, ok};

#[test]
fn an_agent_logs_a_callers_call_onto_the_callers_open_ticket() {
    let mut number = String::new();
    let mut served = Served::start_with(&[("anna", "agent")], |db| {
        ok(db, &["queue", "add", "Hotline", "--agents", "anna"]);
        let name = ["--name", "Alfreds Futterkiste", "--phone", "030-0074321"];
        let customer = add_customer(db, &name).to_string();
        let added = json(
            db,
            &[
                "ticket",
                "add",
                "--queue",
                "Hotline",
                "--subject",
                "Etikettendrucker streikt",
                "--customer",
                &customer,
                "--phone",
                "Druckt nicht",
            ],
        );
        number = added["number"].as_str().unwrap().to_string();
        ok(db, &["ticket", "status", &number, "waiting-for-customer"]);
    });
    let session = served.session(100, 32);
    session.wait_for(TITLE, WAIT);
    session.send(&["C-g"]);
    session.wait_for("Number, name or e-mail", WAIT);
    session.type_text("0074321");
    let screen = session.wait_for("Open tickets: 1", WAIT);
    assert!(
        screen.contains(&number) && screen.contains("Etikettendrucker streikt"),
        "{screen}"
    );
    session.send(&["Enter"]);
    session.wait_for("Log call — Alfreds Futterkiste", WAIT);
    session.type_text("Drucker");
    // Subject → outcome → follow-up → duration → notes → on ticket.
    session.send(&["Tab"]);
    session.type_text("Techniker kommt morgen");
    session.send(&["Tab", "Tab", "Tab", "Tab"]);
    session.type_text(&number);
    session.send(&["C-x"]);
    session.wait_for(&format!("Call logged on ticket {number}"), WAIT);
    session.send(&["F3"]);
    session.wait_for("[ssh exited 0]", WAIT);
    assert_eq!(served.terminate(), 0);

    let db = served.db.clone();
    let ticket = json(&db, &["ticket", "show", &number]);
    assert_eq!(ticket["status"], "open");
    let articles = ticket["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2, "{ticket}");
    assert_eq!(articles[1]["kind"], "phone-in");
    assert_eq!(articles[1]["text"], "Techniker kommt morgen");
    let calls = json_list(&db, &["interaction", "list"]);
    assert_eq!(calls.len(), 1);
    assert_eq!(
        ticket["links"],
        serde_json::json!([{"kind": "interaction", "id": calls[0]["id"]}])
    );
}
