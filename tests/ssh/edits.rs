//! Edits over the real OpenSSH client in tmux: two agents edit the same customer and the
//! second save is refused naming who changed it and when, with the typed input kept on
//! screen; after the server stops, `kontor audit` shows who changed which field from what
//! to what. An agent gets no payroll screen. Uses the helpers of `ssh.rs`.

use super::*;

/// Opens the first customer's edit form in `session` of `user`.
pub(super) fn edit_first_customer(session: &Tmux, user: &str) {
    session.wait_for(&format!("kontor · Home · {user}"), WAIT);
    session.send(&["g", "c"]);
    session.wait_for(&format!("Customers · {user}"), WAIT);
    session.wait_for("Acme", WAIT);
    session.send(&["e"]);
    session.wait_for("Edit customer 1", WAIT);
}

/// Types `text` into the open form of `session` and saves it.
pub(super) fn type_and_save(session: &Tmux, text: &str) {
    session.type_text(text);
    session.send(&["C-x"]);
}

/// `first` saves `typed` into its open form of customer 1, then `second` saves `refused`
/// into its own, opened before: the screen refusing that as stale.
pub(super) fn second_save_refused(
    first: &Tmux,
    typed: &str,
    second: &Tmux,
    refused: &str,
) -> String {
    type_and_save(first, typed);
    first.wait_for("customer 1 saved", WAIT);
    type_and_save(second, refused);
    second.wait_for("your input is kept", WAIT)
}

#[test]
fn the_second_of_two_edits_is_refused_with_its_input_kept_and_the_audit_names_the_first() {
    let mut served = Served::start_with(&[("anna", "agent"), ("bob", "agent")], |db| {
        ok(db, &["customer", "add", "--name", "Acme"]);
    });
    let anna = served.session_as("anna", 100, 30);
    let bob = served.session_as("bob", 160, 30);
    edit_first_customer(&anna, "anna");
    edit_first_customer(&bob, "bob");

    let screen = second_save_refused(&anna, " North", &bob, " South");
    assert!(
        screen.contains("Acme South"),
        "the input is kept:\n{screen}"
    );
    assert!(screen.contains("now: Acme North"), "{screen}");
    let refusal = screen
        .lines()
        .find(|line| line.contains("customer 1 was changed by anna at "))
        .unwrap_or_else(|| panic!("no refusal naming anna:\n{screen}"));
    let at: String = refusal
        .split("changed by anna at ")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();

    assert_eq!(served.terminate(), 0, "{}", served.log());
    let audit = json_list(&served.db, &["audit", "--record", "customer:1"]);
    let edit = audit
        .iter()
        .find(|row| text(row, "command") == "Customers::Edit" && text(row, "field") == "name")
        .unwrap_or_else(|| panic!("no edit in {audit:?}"));
    assert_eq!(text(edit, "user"), "anna");
    assert_eq!(text(edit, "old"), "Acme");
    assert_eq!(text(edit, "new"), "Acme North");
    let instant = |text: &str| {
        time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|error| panic!("{text}: {error}"))
    };
    assert_eq!(
        instant(text(edit, "at")),
        instant(&at),
        "the refusal names the audited time"
    );
    let by_bob = audit
        .iter()
        .filter(|row| text(row, "user") == "bob")
        .count();
    assert_eq!(by_bob, 0, "the refused save wrote nothing: {audit:?}");
    let customers = json_list(&served.db, &["customer", "list"]);
    assert_eq!(text(&customers[0], "name"), "Acme North");
}

#[test]
fn an_agent_has_no_payroll_screen() {
    let served = Served::start();
    let session = served.session(80, 24);
    session.wait_for(TITLE, WAIT);
    session.send(&["g", "y"]);
    let screen = session.wait_for("not permitted for role agent", WAIT);
    assert!(
        !screen.contains("Payslips") && !screen.contains("Payroll ·"),
        "{screen}"
    );
    // The palette does not offer the employees screen to an agent (tests/ssh/roles.rs
    // checks its entries): naming it and pressing Enter opens nothing of payroll's.
    session.send(&["C-p"]);
    session.type_text("go-employees");
    session.send(&["Enter"]);
    let screen = session.wait_until("the palette closed", WAIT, |screen| {
        !screen.contains("Command palette")
    });
    assert!(!screen.contains("Employees ·"), "{screen}");
    assert!(!screen.contains("Payslips"), "{screen}");
}
