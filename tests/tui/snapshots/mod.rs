//! Screens as snapshots: the real App on ratatui's TestBackend at 80×24 over a database
//! with fixed data, driven by the same inputs a terminal sends. A change to a screen's
//! layout or styles shows up here as a diff to review (`cargo insta review`, or
//! `INSTA_UPDATE=always` and a look at the `.snap` files). Every screen is snapshotted in
//! the 256-colour and in the mono/ASCII profile: the CRM screens here and in `crm`, the
//! forms and pickers in `forms`, the ERP screens in `erp` (over `erp_data`).

mod confirmation;
mod crm;
mod deliveries;
mod dunning;
mod erp;
mod erp_data;
mod fields;
mod flows;
mod flows_edit;
mod forms;
mod german_app;
mod german_crm;
mod german_erp;
pub(super) mod harness;
mod help;
mod holds;
mod invoices;
mod order_actions;
mod order_entry;
mod payroll;
mod prices;
mod purchasing;
mod sales;
mod suppliers;
mod trends;

use harness::{Harness, ascii, both, color, input, profiles};
use kontor::core::{Actor, Role, execute};
use kontor::domain::fields::{Input, interaction};
use kontor::tui::input::Effect;
use time::macros::datetime;

#[test]
fn home_shows_due_follow_ups_pipeline_and_recent_calls() {
    let (screen, _) = both("home", |_| {});
    assert!(screen.contains("2026-01-15"), "{screen}");
}

#[test]
fn home_says_whose_follow_ups_it_shows_or_that_none_are_due() {
    let mut harness = Harness::first_start(color());
    let empty = harness.keys("n").screen();
    assert!(empty.contains("No follow-ups due"), "{empty}");
    assert!(!empty.contains("all agents"), "{empty}");
    let alfreds = input(&[("name", "Alfreds Futterkiste"), ("country", "DE")]);
    harness.saved_by_ben(kontor::core::plain::RecordCommand::add(
        kontor::core::kinds::CUSTOMERS,
        alfreds,
    ));
    let call = input(&[
        ("customer", "1"),
        ("channel", "call-in"),
        ("subject", "Order status"),
        ("outcome", "ships Friday"),
        ("at", "2026-01-06T11:00:00Z"),
        ("follow_up", "2026-01-07"),
        ("agent", "ben"),
    ]);
    let interaction = interaction::from_input(&call, datetime!(2026-01-10 9:00 UTC), "ben");
    harness.saved_by_ben(kontor::core::kinds::interaction::log(&interaction.unwrap()));
    let others = harness.keys("g h").screen();
    assert!(
        others.contains("Follow-ups due (none yours: all agents)"),
        "{others}"
    );
    let mine = Harness::new(color(), 80, 24).screen();
    assert!(mine.contains("My follow-ups due"), "{mine}");
    let warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24).screen();
    assert!(
        warehouse.contains("Follow-ups: not for role warehouse"),
        "{warehouse}"
    );
}

#[test]
fn home_panels_a_role_may_not_see_say_so_instead_of_standing_empty() {
    let warehouse = Harness::as_role(Role::Warehouse, color(), 80, 24).screen();
    assert!(
        warehouse.contains("Recent: not for role warehouse"),
        "{warehouse}"
    );
    assert!(
        warehouse.contains("Pipeline: not for role warehouse"),
        "{warehouse}"
    );
    assert!(warehouse.contains("Below reorder point"), "{warehouse}");
    let payroll = Harness::as_role(Role::Payroll, color(), 80, 24).screen();
    assert!(
        payroll.contains("Reorder: not for role payroll"),
        "{payroll}"
    );
    // A role that may see a panel gets its plain title, empty or not.
    let admin = Harness::new(color(), 80, 24).screen();
    assert!(
        admin.contains("Recent interactions") && !admin.contains("not for role"),
        "{admin}"
    );
}

#[test]
fn customers_list_and_search_as_you_type() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        harness.keys("g c").snapshot("customers_list");
        let screen = harness.keys("/").text("alfr").snapshot("customers_search");
        assert!(
            screen.contains("Alfreds") && !screen.contains("Maschinenbau"),
            "{screen}"
        );
    }
}

#[test]
fn caller_lookup_narrows_by_digits_and_opens_the_log_call_form() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        let lookup = harness
            .keys("C-g")
            .text("0074321")
            .snapshot("caller_lookup");
        assert!(
            lookup.contains("Alfreds Futterkiste") && !lookup.contains("Maschinenbau"),
            "{lookup}"
        );
        // The start time is now: masked like every instant of today.
        let form = harness.keys("Enter").snapshot("log_call_form");
        assert!(
            form.contains("Log call") && form.contains("call-in"),
            "{form}"
        );
    }
}

#[test]
fn customer_detail_shows_contacts_and_timeline() {
    let (screen, _) = both("customer_detail", |h| {
        h.keys("g c Enter");
    });
    assert!(
        screen.contains("Jürgen Weiß") && screen.contains("CNC-Fräszentrum"),
        "{screen}"
    );
}

#[test]
fn help_palette_and_which_key_popups() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        let which = harness.keys("g").snapshot("which_key");
        assert!(which.contains("Customers"), "{which}");
        harness
            .keys("Esc")
            .keys(":")
            .text("pipe")
            .snapshot("palette");
        // Home's help: its keys (open, the go-… keys), not those of other lists.
        let help = harness.keys("Esc F1").snapshot("help");
        assert!(help.contains("Open or choose the selected entry"), "{help}");
        assert!(!help.contains("Filter the list as you type"), "{help}");
    }
}

#[test]
fn ascii_profile_puts_only_ascii_on_the_screen() {
    let mut harness = Harness::new(ascii(), 80, 24);
    harness.keys("g c Enter");
    let screen = harness.screen();
    assert!(screen.contains("Mueller Maschinenbau"), "{screen}");
    assert!(screen.contains("Juergen Weiss"), "{screen}");
}

#[test]
fn the_first_start_on_an_empty_database_offers_demo_data() {
    for profile in profiles() {
        let screen = Harness::first_start(profile).snapshot("first_start");
        assert!(screen.contains("Load demo data? (y/n)"), "{screen}");
    }
}

/// Yes loads the demo as blocking work: the answer asks the runner for it (a server feeds
/// it where blocking is allowed) and says so; the next work loads it.
#[test]
fn the_demo_loads_as_blocking_work_after_yes() {
    let mut harness = Harness::first_start(color());
    let effects = harness.press("y");
    assert!(
        effects.contains(&Effect::BlockingWork) && effects.contains(&Effect::MoreWork),
        "{effects:?}"
    );
    assert!(harness.screen().contains("loading demo data"));
    assert_eq!(harness.work(), 1);
    let loaded = harness.screen();
    assert!(
        loaded.contains("demo data loaded: 200 customers"),
        "{loaded}"
    );
    let effects = harness.press("g c");
    assert!(!effects.contains(&Effect::BlockingWork), "{effects:?}");
}

#[test]
fn a_small_terminal_gets_a_notice_instead_of_a_broken_layout() {
    for profile in profiles() {
        let screen = Harness::new(profile, 60, 20).snapshot("too_small");
        assert!(screen.contains("needs at least 80x24"), "{screen}");
    }
}

#[test]
fn a_stale_edit_is_refused_naming_who_and_keeps_the_input_beside_the_current_values() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g c e");
    // The form is open on version 1; someone else renames the customer meanwhile.
    let store = harness.store();
    let ben = Actor {
        name: "ben".into(),
        role: Role::Admin,
    };
    let mut edit = kontor::domain::fields::customer::CustomerEdit::default();
    edit.set.push("name", "Müller AG");
    execute(
        &store,
        &crate::common::clock(),
        &ben,
        kontor::core::plain::RecordCommand::edit(
            kontor::core::kinds::CUSTOMERS,
            1,
            Some(1),
            edit.input(),
        ),
    )
    .unwrap();
    // Anna goes to the notes (the 13th field), types and saves.
    for _ in 0..12 {
        harness.keys("Tab");
    }
    harness.text("Rückruf erbeten").keys("C-x");
    let screen = harness.screen();
    assert!(screen.contains("changed by ben"), "{screen}");
    assert!(screen.contains("now: Müller AG"), "{screen}");
    assert!(screen.contains("Rückruf erbeten"), "{screen}");
    // Saving again overwrites knowingly: the note lands, the other change is kept.
    harness.keys("C-x");
    let customer: kontor::domain::Customer = store.require(1).unwrap();
    assert_eq!(customer.notes, "Rückruf erbeten");
    assert_eq!(customer.name, "Müller Maschinenbau GmbH");
}

#[test]
fn an_agent_gets_no_payroll_screen_and_the_core_refuses_payroll_data() {
    let mut harness = Harness::as_role(Role::Agent, color(), 80, 24);
    harness.keys("g y");
    let screen = harness.screen();
    assert!(screen.contains("not permitted for role agent"), "{screen}");
    assert!(!screen.contains("Payslips"), "{screen}");
    let session = harness.app.session();
    let employees = kontor::core::kinds::EMPLOYEES;
    let refused = kontor::core::plain_query::list(
        &harness.store(),
        &session.actor,
        employees,
        0,
        10,
        time::UtcOffset::UTC,
    );
    assert!(refused.is_err());
}

#[test]
fn an_employee_is_created_in_a_form_and_a_bad_iban_is_shown_beside_its_field() {
    let mut harness = Harness::new(color(), 80, 24);
    harness
        .keys("g e n")
        .text("E7")
        .keys("Tab")
        .text("Jürgen Weiß")
        .keys("Tab");
    // Joined, then past Left and Hourly rate to the monthly salary, then past Currency and
    // Deductions to the IBAN.
    harness
        .text("2026-02-12")
        .keys("Tab Tab Tab")
        .text("3000")
        .keys("Tab Tab Tab");
    harness.text("DE89 3704 0044 0532 0130 01").keys("C-x");
    let refused = harness.screen();
    assert!(
        refused.contains("New employee") && refused.contains("! "),
        "{refused}"
    );
    for _ in 0.."DE89 3704 0044 0532 0130 01".len() {
        harness.keys("Backspace");
    }
    harness.text("DE89 3704 0044 0532 0130 00").keys("C-x");
    let screen = harness.screen();
    assert!(screen.contains("employee E7 saved"), "{screen}");
    let store = harness.store();
    let employees: Vec<kontor::domain::payroll::Employee> =
        store.scan().unwrap().collect::<Result<_, _>>().unwrap();
    assert_eq!(employees.len(), 1);
    assert_eq!(employees[0].name, "Jürgen Weiß");
}

#[test]
fn a_bom_is_set_in_a_form_and_a_cycle_is_refused_with_its_path() {
    let mut harness = Harness::new(color(), 80, 24);
    let store = harness.store();
    let admin = Actor {
        name: "anna".into(),
        role: Role::Admin,
    };
    for sku in ["BIKE", "WHEEL", "SPOKE"] {
        let item = kontor::domain::fields::item::from_input(
            &Input::from_pairs(&[("sku", sku), ("name", sku), ("cost", "2.00")]),
            datetime!(2026-01-10 9:00 UTC),
            kontor::domain::Currency::EUR,
        )
        .unwrap();
        let add = kontor::core::kinds::item::add(&item);
        execute(&store, &crate::common::clock(), &admin, add).unwrap();
    }
    harness
        .keys("g b n")
        .text("WHEEL")
        .keys("Tab Tab")
        .text("SPOKE:36:2")
        .keys("C-x");
    harness
        .keys("n")
        .text("BIKE")
        .keys("Tab Tab")
        .text("WHEEL:2")
        .keys("Tab")
        .text("Assembly:30:45")
        .keys("C-x");
    let screen = harness.screen();
    assert!(screen.contains("BOM of BIKE saved"), "{screen}");
    // BIKE: 2 wheels × (36 × 1.02 × 2.00) + 30 min at 45.00/h = 146.88 + 22.50 = 169.38
    assert!(screen.contains("169.38"), "{screen}");
    harness.keys("PgDn e Tab Tab").keys("End");
    for _ in 0..12 {
        harness.keys("Backspace");
    }
    harness.text("BIKE:1").keys("C-x");
    let cycle = harness.screen();
    assert!(
        cycle.contains("WHEEL → BIKE → WHEEL") || cycle.contains("BIKE → WHEEL → BIKE"),
        "{cycle}"
    );
}

#[test]
fn the_audit_log_shows_who_changed_what_to_admins_only() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys(":").text("go-audit").keys("Enter");
    let screen = harness.screen();
    assert!(screen.contains("Audit log"), "{screen}");
    assert!(
        screen.contains("opportunity:2") && screen.contains("Wartungsvertrag"),
        "{screen}"
    );
    let mut agent = Harness::as_role(Role::Agent, color(), 80, 24);
    agent.keys(":").text("go-audit");
    let offered = agent.screen();
    assert!(!offered.contains("  go-audit "), "{offered}");
    agent.keys("Esc");
    assert!(!agent.screen().contains("Audit log"));
}
