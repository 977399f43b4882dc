//! The search over every record over the real OpenSSH client, per role: a warehouse user's
//! hits show no interaction (not its notes, not its subject) though the same words find it
//! for an agent, while the customer's name and the supplier the warehouse reads are found;
//! an agent is shown no supplier and nothing of payroll (an employee's name finds nothing).
//! Uses the helpers of `ssh.rs`.

use super::*;

/// Opens the search from Home, types `text` and returns the screen once the hits for it
/// have settled.
fn search(session: &Tmux, text: &str) -> String {
    session.send(&["g", "/"]);
    session.wait_for("Search:", WAIT);
    session.type_text(text);
    session.wait_for(&format!("Search: {text}"), WAIT);
    session.wait_for(" hit", WAIT);
    session.settled(Duration::from_millis(300), WAIT)
}

/// Back to Home from the search.
fn leave(session: &Tmux) {
    session.send(&["Escape"]);
    session.wait_until("the search closed", WAIT, |screen| {
        !screen.contains("Search:")
    });
}

/// A customer with an interaction whose notes name the customs papers, a supplier and an
/// employee with a salary.
fn prepare(db: &Path) {
    ok(db, &["customer", "add", "--name", "Kranbau Nord"]);
    let log = ["interaction", "log", "--customer", "1", "--channel", "note"];
    let what = [
        "--subject",
        "Wartung Hafenkran",
        "--body",
        "Zollpapiere fehlen noch",
    ];
    ok(
        db,
        &[&log[..], &what, &["--at", "2026-01-05 10:00"]].concat(),
    );
    ok(
        db,
        &[
            "supplier",
            "add",
            "--name",
            "Zollhof Spedition",
            "--number",
            "L-7",
        ],
    );
    let employee = [
        "employee",
        "add",
        "--number",
        "E7",
        "--name",
        "Zoltan Payer",
    ];
    ok(
        db,
        &[
            &employee[..],
            &["--joined", "2025-01-01", "--salary", "4200"],
        ]
        .concat(),
    );
}

#[test]
fn a_warehouse_user_finds_no_interaction_notes_an_agent_no_supplier_or_payroll() {
    let served = Served::start_with(&[("anna", "agent"), ("wes", "warehouse")], prepare);

    let agent = served.session_as("anna", 80, 24);
    agent.wait_for(TITLE, WAIT);
    let notes = search(&agent, "Zollpapiere");
    assert!(notes.contains("1 hit"), "{notes}");
    assert!(notes.contains("Interactions  Wartung Hafenkran"), "{notes}");
    assert!(notes.contains("Zollpapiere fehlen noch"), "{notes}");
    leave(&agent);
    let supplier = search(&agent, "Zollhof");
    assert!(supplier.contains("0 hits"), "{supplier}");
    assert!(!supplier.contains("Zollhof Spedition"), "{supplier}");
    leave(&agent);
    let payroll = search(&agent, "Zoltan");
    assert!(payroll.contains("0 hits"), "{payroll}");
    assert!(
        !payroll.contains("Payer") && !payroll.contains("4200"),
        "{payroll}"
    );
    agent.send(&["F3"]);
    agent.wait_for("[ssh exited 0]", WAIT);

    let warehouse = served.session_as("wes", 80, 24);
    warehouse.wait_for("kontor · Home · wes", WAIT);
    for words in ["Zollpapiere", "Hafenkran"] {
        let hits = search(&warehouse, words);
        assert!(hits.contains("0 hits"), "{hits}");
        assert!(
            !hits.contains("Wartung") && !hits.contains("Zollpapiere fehlen"),
            "{hits}"
        );
        leave(&warehouse);
    }
    let name = search(&warehouse, "Kranbau");
    assert!(name.contains("Customers     Kranbau Nord"), "{name}");
    leave(&warehouse);
    let supplier = search(&warehouse, "Zollhof");
    assert!(supplier.contains("Zollhof Spedition"), "{supplier}");
    warehouse.send(&["F3"]);
    warehouse.wait_for("[ssh exited 0]", WAIT);
}
