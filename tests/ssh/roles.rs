//! Roles over the real OpenSSH client in tmux: an agent's command palette offers no
//! payroll action, and naming one there runs nothing; a payroll clerk is offered no items
//! screen and is refused it by its keys, while payroll opens. Uses the helpers of `ssh.rs`.

use super::*;

/// Opens the palette, types `query` and returns the screen once the palette shows it
/// and has settled.
fn palette(session: &Tmux, query: &str) -> String {
    session.send(&["C-p"]);
    session.wait_for("Command palette", WAIT);
    session.type_text(query);
    session.wait_for(&format!(": {query} "), WAIT);
    session.settled(Duration::from_millis(300), WAIT)
}

/// Closes the palette with Esc and waits until it is gone (a lone Esc is told from the
/// start of a sequence by a pause).
fn close_palette(session: &Tmux) {
    session.send(&["Escape"]);
    session.wait_until("the palette closed", WAIT, |screen| {
        !screen.contains("Command palette")
    });
}

/// An entry of the palette's list (the query line reads `: QUERY`).
fn entry(name: &str) -> String {
    format!("  {name} ")
}

#[test]
fn an_agents_palette_offers_no_payroll_and_naming_it_runs_nothing() {
    let served = Served::start();
    let session = served.session(80, 24);
    session.wait_for(TITLE, WAIT);
    let screen = palette(&session, "go-cust");
    assert!(screen.contains(&entry("go-customers")), "{screen}");
    close_palette(&session);

    for name in ["payroll", "go-payroll", "payroll-run", "go-employees"] {
        let screen = palette(&session, name);
        for payroll in ["go-payroll", "payroll-run", "payroll-post", "go-employees"] {
            assert!(!screen.contains(&entry(payroll)), "{name}:\n{screen}");
        }
        session.send(&["Enter"]);
        let screen = session.wait_until("the palette closed", WAIT, |screen| {
            !screen.contains("Command palette")
        });
        assert!(screen.contains(TITLE), "still at home:\n{screen}");
        assert!(
            !screen.contains("Payroll") && !screen.contains("Payslips"),
            "{screen}"
        );
    }
}

#[test]
fn a_payroll_clerk_has_no_items_screen_but_payroll() {
    let served = Served::start_with(&[("pia", "payroll")], |_| {});
    let session = served.session_as("pia", 80, 24);
    let home = "kontor · Home · pia";
    session.wait_for(home, WAIT);
    let screen = palette(&session, "go-items");
    assert!(!screen.contains(&entry("go-items")), "{screen}");
    close_palette(&session);

    session.send(&["g", "t"]);
    let screen = session.wait_for("not permitted for role payroll", WAIT);
    assert!(screen.contains(home), "still at home:\n{screen}");
    assert!(!screen.contains("Items & stock"), "{screen}");

    session.send(&["g", "y"]);
    let screen = session.wait_for("kontor · Payroll", WAIT);
    assert!(screen.contains("· pia"), "{screen}");
}
