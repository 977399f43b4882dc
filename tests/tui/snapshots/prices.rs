//! Price rules on the generic kind screens (`go-price-rules`): the list and the new-rule
//! form as a German user reads them — German labels, amounts `8,00`, dates `31.12.2026` —
//! and who gets there: sales and admins change rules, agents read them, the warehouse sees
//! no prices.

use kontor::core::Role;
use kontor::core::kinds::{ITEMS, PRICE_RULES};
use kontor::core::plain::RecordCommand;
use kontor::tui::action::Action;

use super::flows::bottom;
use super::harness::{Harness, color, in_german, input};

/// Item 1 and two rules on it: customer 1's 8.00 from 10 units, and 12.5 % off for the
/// tag Großhandel until the end of 2026 — added by ben in another session.
fn rules(harness: &Harness) {
    let item = input(&[("sku", "T-1"), ("name", "Tee"), ("price", "10.00")]);
    harness.saved_by_ben(RecordCommand::add(ITEMS, item));
    let customer = [
        ("item", "1"),
        ("customer", "1"),
        ("min_qty", "10"),
        ("price", "8"),
    ];
    harness.saved_by_ben(RecordCommand::add(PRICE_RULES, input(&customer)));
    let tag = [
        ("item", "1"),
        ("tag", "Großhandel"),
        ("discount", "12.5"),
        ("valid_until", "2026-12-31"),
    ];
    harness.saved_by_ben(RecordCommand::add(PRICE_RULES, input(&tag)));
}

#[test]
fn the_list_and_the_form_read_german() {
    let mut harness = Harness::new(color(), 80, 24);
    rules(&harness);
    let (list, form) = in_german(|| {
        harness.app.run(Action::GoPriceRules, &mut Vec::new());
        let list = harness.screen();
        let form = harness.keys("n").screen();
        (list, form)
    });
    for word in [
        "Preisregeln",
        "Artikel",
        "Kunde",
        "Schlagwort",
        "Ab Menge",
        "Stückpreis",
        "Rabatt %",
        "Gültig bis",
        "8,00",
        "12,5",
        "31.12.2026",
        "Großhandel",
    ] {
        assert!(list.contains(word), "{word} in {list}");
    }
    for word in [
        "Artikel *",
        "Stückpreis",
        "Gültig ab",
        "Gültig bis",
        "Ab Menge",
    ] {
        assert!(form.contains(word), "{word} in {form}");
    }
}

#[test]
fn sales_changes_rules_agents_read_them_and_the_warehouse_sees_none() {
    let mut sales = Harness::as_role(Role::Sales, color(), 80, 24);
    rules(&sales);
    sales.app.run(Action::GoPriceRules, &mut Vec::new());
    let form = sales.keys("n").screen();
    assert!(form.contains("New price-rule"), "{form}");
    let mut agent = Harness::as_role(Role::Agent, color(), 80, 24);
    rules(&agent);
    agent.app.run(Action::GoPriceRules, &mut Vec::new());
    let list = agent.screen();
    assert!(list.contains("Großhandel"), "{list}");
    let refused = agent.keys("n").screen();
    assert!(
        bottom(&refused).contains("not permitted for role agent"),
        "{refused}"
    );
    let mut warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24);
    rules(&warehouse);
    warehouse.app.run(Action::GoPriceRules, &mut Vec::new());
    let screen = warehouse.screen();
    assert!(
        !screen.contains("Großhandel") && !screen.contains("8.00"),
        "{screen}"
    );
    assert!(
        screen.contains("not permitted for role warehouse"),
        "{screen}"
    );
}
