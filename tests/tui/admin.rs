//! The App in process for what roles and other sessions change: the users screen driven
//! by keys (add with a pasted key, role, keys, removal with confirmation; refused for
//! non-admins), what a warehouse session sees of a customer, and live refresh that reloads
//! a screen only when another session changed the kinds of records it shows.

use std::sync::Arc;

use kontor::core::users::{UserCommand, list};
use kontor::core::{Actor, Change, Command, Role, execute};
use kontor::store::Store;
use kontor::tui::action::Action;
use kontor::tui::input::{Effect, Input};

use super::snapshots::harness::{Harness, mono};

const ANNA: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPCLpRGQGdzzch+1625KX0g/Z+jT5YDHzv93RptwMZeA anna@desk";
const ANNA_FP: &str = "SHA256:u6EwBCGDMHwjrsmsWmGpjq+Uyvf3OT+VgyPT7F07rKA";
const OTHER: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPeBhT0Xv76rlKv3DzIh/5LUjcwEVuuz4IBFKThIGHbI other";

/// An App as `name` with `role` over a shared store, drawn in mono on a 120×30 TestBackend.
fn screen(store: &Arc<Store>, name: &str, role: Role) -> Harness {
    Harness::setup()
        .store(store)
        .actor(name, role)
        .profile(mono())
        .size(120, 30)
        .build()
}

fn store() -> (tempfile::TempDir, Arc<Store>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path()).unwrap());
    execute(
        &store,
        &crate::common::clock(),
        &Actor::local("root"),
        kontor::core::plain::RecordCommand::add(
            kontor::core::kinds::CUSTOMERS,
            kontor::domain::fields::Input::from_pairs(&[("name", "Acme Corp")]),
        ),
    )
    .unwrap();
    (dir, store)
}

fn users(store: &Store) -> Vec<kontor::domain::user::User> {
    list(store, &Actor::local("root")).unwrap()
}

#[test]
fn an_admin_manages_users_on_the_users_screen() {
    let (_dir, store) = store();
    let mut admin = screen(&store, "root", Role::Admin);
    admin.palette("go-users");
    assert!(admin.plain().contains("kontor · Users · root"));

    admin.keys("n");
    admin.text("anna");
    admin.keys("Tab C-u");
    admin.text("agent");
    admin.keys("Tab");
    admin.app.handle(Input::Paste(ANNA.into()));
    let effects = admin.press("C-x");
    assert!(
        effects.contains(&Effect::Committed(Change::USERS)),
        "{effects:?}"
    );
    let screen = admin.plain();
    assert!(screen.contains("user anna added"), "{screen}");
    assert!(
        screen.contains(ANNA_FP) && screen.contains("anna@desk"),
        "{screen}"
    );
    assert_eq!(users(&store)[0].role, "agent");

    admin.keys("e C-u");
    admin.text("boss");
    admin.keys("C-x");
    let screen = admin.plain();
    assert!(screen.contains("unknown role \"boss\""), "{screen}");
    admin.keys("C-u");
    admin.text("sales");
    admin.keys("C-x");
    assert!(admin.plain().contains("anna is now sales"));
    assert_eq!(users(&store)[0].role, "sales");

    admin.keys("a");
    admin.app.handle(Input::Paste(OTHER.into()));
    admin.keys("C-x");
    assert_eq!(users(&store)[0].keys.len(), 2);
    assert!(admin.plain().contains("other"));

    admin.keys("X");
    assert!(
        admin
            .plain()
            .contains(&format!("remove key {ANNA_FP} of anna? (y/n)"))
    );
    // Asked in the confirmation popup, as every confirmation: no removes nothing.
    assert!(admin.plain().contains("Confirm"));
    admin.keys("n");
    assert!(!admin.plain().contains("(y/n)"));
    assert_eq!(users(&store)[0].keys.len(), 2);
    admin.keys("X y");
    assert!(
        admin
            .plain()
            .contains(&format!("key {ANNA_FP} of anna removed"))
    );
    assert_eq!(users(&store)[0].keys.len(), 1);

    admin.keys("d");
    assert!(
        admin
            .plain()
            .contains("remove user anna and all their keys? (y/n)")
    );
    admin.keys("y");
    assert!(admin.plain().contains("user anna removed"));
    assert!(users(&store).is_empty());
}

#[test]
fn other_roles_get_the_cores_refusal_for_users() {
    let (_dir, store) = store();
    let mut agent = screen(&store, "anna", Role::Agent);
    let offered = palette_shown(&mut agent, "go-users");
    assert!(!offered.contains("  go-users "), "{offered}");
    agent.app.run(Action::GoUsers, &mut Vec::new());
    let screen = agent.plain();
    assert!(screen.contains("not permitted for role agent"), "{screen}");
    assert!(!screen.contains("Key fingerprint"), "{screen}");
    let add = UserCommand::Add {
        name: "eve".into(),
        role: Role::Admin,
        keys: vec![OTHER.into()],
        lang: None,
    };
    assert!(agent.app.session().execute(Command::Users(add)).is_err());
    assert!(users(&store).is_empty());
}

#[test]
fn a_warehouse_session_sees_names_and_addresses_and_no_timeline() {
    let (_dir, store) = store();
    let root = Actor::local("root");
    let mut edit = kontor::domain::fields::customer::CustomerEdit::default();
    edit.add_phones.push("+49 30 1234567".into());
    edit.set.set("city", "Berlin");
    edit.set.set("notes", "secret note");
    let command = kontor::core::plain::RecordCommand::edit(
        kontor::core::kinds::CUSTOMERS,
        1,
        None,
        edit.input(),
    );
    execute(&store, &crate::common::clock(), &root, command).unwrap();
    let mut warehouse = screen(&store, "wim", Role::Warehouse);
    warehouse.keys("g c");
    let list = warehouse.plain();
    assert!(list.contains("Acme Corp"), "{list}");
    assert!(!list.contains("1234567"), "{list}");
    warehouse.keys("Enter");
    let detail = warehouse.plain();
    assert!(detail.contains("Berlin"), "{detail}");
    assert!(
        !detail.contains("1234567") && !detail.contains("secret"),
        "{detail}"
    );
    assert!(
        detail.contains("not permitted for role warehouse"),
        "{detail}"
    );
    warehouse.keys("g i");
    assert!(
        warehouse
            .plain()
            .contains("not permitted for role warehouse")
    );
}

#[test]
fn another_sessions_change_reloads_only_screens_that_show_it() {
    let (_dir, store) = store();
    let mut customers = screen(&store, "root", Role::Admin);
    customers.keys("g c");
    let mut items = screen(&store, "root", Role::Admin);
    items.keys("g t");
    let before = items.plain();

    let mut writer = screen(&store, "ben", Role::Admin);
    writer.keys("g c n");
    writer.text("Bolt Works");
    let effects = writer.press("C-x");
    let change = effects
        .iter()
        .find_map(|effect| match effect {
            Effect::Committed(change) => Some(*change),
            _ => None,
        })
        .expect("a save tells other sessions what it changed");
    assert_eq!(change, Change::CUSTOMERS);

    let unrelated = items.app.handle(Input::DataChanged(change));
    assert!(!unrelated.contains(&Effect::Refreshed), "{unrelated:?}");
    assert_eq!(items.plain(), before);

    let elsewhere = customers.app.handle(Input::DataChanged(Change::STOCK));
    assert!(!elsewhere.contains(&Effect::Refreshed));
    assert!(!customers.plain().contains("Bolt Works"), "not reloaded");
    let related = customers.app.handle(Input::DataChanged(change));
    assert!(related.contains(&Effect::Refreshed), "{related:?}");
    assert!(customers.plain().contains("Bolt Works"));

    let stock = items
        .app
        .handle(Input::DataChanged(Change::STOCK | Change::USERS));
    assert!(stock.contains(&Effect::Refreshed));
}

/// The palette `who` sees after typing `query`, then closed again.
fn palette_shown(screen: &mut Harness, query: &str) -> String {
    screen.keys("C-p");
    screen.text(query);
    let shown = screen.plain();
    screen.keys("Esc");
    assert!(shown.contains("Command palette"), "{shown}");
    shown
}

#[test]
fn the_palette_and_the_legend_offer_only_what_the_role_may_use() {
    let (_dir, store) = store();
    let mut admin = screen(&store, "root", Role::Admin);
    let mut agent = screen(&store, "anna", Role::Agent);
    for (query, restricted) in [
        (
            "payroll",
            &["go-payroll", "payroll-run", "payroll-post"][..],
        ),
        ("go-e", &["go-employees"]),
        ("go-users", &["go-users"]),
        ("go-audit", &["go-audit"]),
    ] {
        let offered = palette_shown(&mut admin, query);
        let withheld = palette_shown(&mut agent, query);
        for name in restricted {
            let entry = format!("  {name} ");
            assert!(offered.contains(&entry), "admin:\n{offered}");
            assert!(!withheld.contains(&entry), "agent:\n{withheld}");
        }
    }
    assert!(palette_shown(&mut agent, "go-cust").contains("  go-customers "));

    agent.keys("g t");
    let items = agent.plain();
    assert!(items.contains("kontor · Items"), "{items}");
    assert!(
        !items.contains("Reorder"),
        "no reorder key for an agent:\n{items}"
    );
    admin.keys("g t");
    assert!(
        admin.plain().contains("Reorder"),
        "the admin's legend has it"
    );

    let mut clerk = screen(&store, "pia", Role::Payroll);
    let offered = palette_shown(&mut clerk, "go-items");
    assert!(!offered.contains("  go-items "), "{offered}");
    clerk.keys("g t");
    let refused = clerk.plain();
    assert!(
        refused.contains("not permitted for role payroll"),
        "{refused}"
    );
    assert!(refused.contains("kontor · Home · pia"), "{refused}");
}

#[test]
fn crm_erp_and_payroll_screens_reload_only_for_the_records_they_show() {
    let (_dir, store) = store();
    let mut pipeline = screen(&store, "root", Role::Admin);
    pipeline.keys("g o");
    let mut payroll = screen(&store, "root", Role::Admin);
    payroll.keys("g y");
    let mut interactions = screen(&store, "root", Role::Admin);
    interactions.keys("g i");
    let mut input = kontor::domain::fields::Input::new();
    for (field, value) in [("customer", "1"), ("title", "Bolt deal"), ("amount", "100")] {
        input.push(field, value);
    }
    let deal = kontor::domain::fields::opportunity::from_input(
        &input,
        crate::common::NOW,
        kontor::domain::Currency::EUR,
    )
    .unwrap();
    execute(
        &store,
        &crate::common::clock(),
        &Actor::local("ben"),
        kontor::core::kinds::opportunity::add(&deal),
    )
    .unwrap();

    for unrelated in [
        Change::STOCK,
        Change::EMPLOYEES | Change::PAYSLIPS,
        Change::USERS,
    ] {
        let effects = pipeline.app.handle(Input::DataChanged(unrelated));
        assert!(!effects.contains(&Effect::Refreshed), "{unrelated:?}");
    }
    assert!(!pipeline.plain().contains("Bolt deal"), "not reloaded");
    let effects = pipeline
        .app
        .handle(Input::DataChanged(Change::OPPORTUNITIES));
    assert!(effects.contains(&Effect::Refreshed));
    assert!(pipeline.plain().contains("Bolt deal"));
    // A customer's new name shows on the cards.
    let renamed = pipeline.app.handle(Input::DataChanged(Change::CUSTOMERS));
    assert!(renamed.contains(&Effect::Refreshed));

    for unrelated in [Change::CUSTOMERS, Change::OPPORTUNITIES, Change::STOCK] {
        let effects = payroll.app.handle(Input::DataChanged(unrelated));
        assert!(!effects.contains(&Effect::Refreshed), "{unrelated:?}");
    }
    let run = payroll.app.handle(Input::DataChanged(Change::PAYSLIPS));
    assert!(run.contains(&Effect::Refreshed));

    let stock = interactions.app.handle(Input::DataChanged(Change::STOCK));
    assert!(!stock.contains(&Effect::Refreshed));
    let logged = interactions
        .app
        .handle(Input::DataChanged(Change::INTERACTIONS));
    assert!(logged.contains(&Effect::Refreshed));

    let mut boms = screen(&store, "root", Role::Admin);
    boms.keys("g b");
    let crm = boms.app.handle(Input::DataChanged(Change::CRM));
    assert!(!crm.contains(&Effect::Refreshed));
    let saved = boms.app.handle(Input::DataChanged(Change::BOMS));
    assert!(saved.contains(&Effect::Refreshed));
    let mut scan = screen(&store, "root", Role::Admin);
    scan.keys("g s");
    assert!(scan.plain().contains("Scan"), "{}", scan.plain());
    let any = scan.app.handle(Input::DataChanged(Change::ALL));
    assert!(
        !any.contains(&Effect::Refreshed),
        "scan has nothing to reload"
    );
}
