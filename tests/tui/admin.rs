//! The App in process for what roles and other sessions change: the users screen driven
//! by keys (add with a pasted key, role, keys, removal with confirmation; refused for
//! non-admins), what a warehouse session sees of a customer, and live refresh that reloads
//! a screen only when another session changed the kinds of records it shows.

use std::sync::Arc;

use kontor::core::users::{UserCommand, list};
use kontor::core::{Actor, Change, Command, Role, execute};
use kontor::store::Store;
use kontor::tui::action::Action;
use kontor::tui::app::App;
use kontor::tui::input::{Effect, Input};
use kontor::tui::keymap::Keymap;
use kontor::tui::profile::{ColorDepth, Profile};
use kontor::tui::session::Session;
use kontor::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const ANNA: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPCLpRGQGdzzch+1625KX0g/Z+jT5YDHzv93RptwMZeA anna@desk";
const ANNA_FP: &str = "SHA256:u6EwBCGDMHwjrsmsWmGpjq+Uyvf3OT+VgyPT7F07rKA";
const OTHER: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPeBhT0Xv76rlKv3DzIh/5LUjcwEVuuz4IBFKThIGHbI other";

/// An App as `role` over a shared store, drawn on a 120×30 TestBackend.
struct Screen {
    app: App,
    terminal: Terminal<TestBackend>,
}

impl Screen {
    fn new(store: &Arc<Store>, name: &str, role: Role) -> Screen {
        let actor = Actor {
            name: name.into(),
            role,
        };
        let session = Session::new(store.clone(), crate::common::clock(), actor).unwrap();
        let keymap = Keymap::from_text(Some("default"), None).unwrap();
        let profile = Profile {
            colors: ColorDepth::Mono,
            ascii: false,
        };
        let app = App::new(session, Arc::new(keymap), Theme::new(profile), (120, 30));
        let terminal = Terminal::new(TestBackend::new(120, 30)).unwrap();
        Screen { app, terminal }
    }

    /// Keys in keymap notation, separated by spaces; the effects of all of them.
    fn keys(&mut self, notation: &str) -> Vec<Effect> {
        notation
            .split(' ')
            .flat_map(|key| self.app.handle(Input::Key(key.parse().unwrap())))
            .collect()
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            let key = if c == ' ' {
                "Space".into()
            } else {
                c.to_string()
            };
            self.app.handle(Input::Key(key.parse().unwrap()));
        }
    }

    fn palette(&mut self, action: &str) {
        self.keys("C-p");
        self.text(action);
        self.keys("Enter");
    }

    fn screen(&mut self) -> String {
        let app = &self.app;
        self.terminal.draw(|frame| app.view(frame)).unwrap();
        let buffer = self.terminal.backend().buffer();
        let width = buffer.area.width as usize;
        let symbols: Vec<&str> = buffer.content.iter().map(|cell| cell.symbol()).collect();
        symbols
            .chunks(width)
            .map(|line| line.concat().trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn store() -> (tempfile::TempDir, Arc<Store>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path()).unwrap());
    execute(
        &store,
        &crate::common::clock(),
        &Actor::local("root"),
        Command::AddCustomer {
            input: kontor::domain::fields::Input::from_pairs(&[("name", "Acme Corp")]),
        },
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
    let mut admin = Screen::new(&store, "root", Role::Admin);
    admin.palette("go-users");
    assert!(admin.screen().contains("kontor · Users · root"));

    admin.keys("n");
    admin.text("anna");
    admin.keys("Tab C-u");
    admin.text("agent");
    admin.keys("Tab");
    admin.app.handle(Input::Paste(ANNA.into()));
    let effects = admin.keys("C-x");
    assert!(
        effects.contains(&Effect::Committed(Change::USERS)),
        "{effects:?}"
    );
    let screen = admin.screen();
    assert!(screen.contains("user anna added"), "{screen}");
    assert!(
        screen.contains(ANNA_FP) && screen.contains("anna@desk"),
        "{screen}"
    );
    assert_eq!(users(&store)[0].role, "agent");

    admin.keys("e C-u");
    admin.text("boss");
    admin.keys("C-x");
    let screen = admin.screen();
    assert!(screen.contains("unknown role \"boss\""), "{screen}");
    admin.keys("C-u");
    admin.text("sales");
    admin.keys("C-x");
    assert!(admin.screen().contains("anna is now sales"));
    assert_eq!(users(&store)[0].role, "sales");

    admin.keys("a");
    admin.app.handle(Input::Paste(OTHER.into()));
    admin.keys("C-x");
    assert_eq!(users(&store)[0].keys.len(), 2);
    assert!(admin.screen().contains("other"));

    admin.keys("X");
    assert!(
        admin
            .screen()
            .contains(&format!("remove key {ANNA_FP} of anna? (y/n)"))
    );
    // Asked in the confirmation popup, as every confirmation: no removes nothing.
    assert!(admin.screen().contains("Confirm"));
    admin.keys("n");
    assert!(!admin.screen().contains("(y/n)"));
    assert_eq!(users(&store)[0].keys.len(), 2);
    admin.keys("X y");
    assert!(
        admin
            .screen()
            .contains(&format!("key {ANNA_FP} of anna removed"))
    );
    assert_eq!(users(&store)[0].keys.len(), 1);

    admin.keys("d");
    assert!(
        admin
            .screen()
            .contains("remove user anna and all their keys? (y/n)")
    );
    admin.keys("y");
    assert!(admin.screen().contains("user anna removed"));
    assert!(users(&store).is_empty());
}

#[test]
fn other_roles_get_the_cores_refusal_for_users() {
    let (_dir, store) = store();
    let mut agent = Screen::new(&store, "anna", Role::Agent);
    let offered = palette_shown(&mut agent, "go-users");
    assert!(!offered.contains("  go-users "), "{offered}");
    agent.app.run(Action::GoUsers, &mut Vec::new());
    let screen = agent.screen();
    assert!(screen.contains("not permitted for role agent"), "{screen}");
    assert!(!screen.contains("Key fingerprint"), "{screen}");
    let add = UserCommand::Add {
        name: "eve".into(),
        role: Role::Admin,
        keys: vec![OTHER.into()],
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
    let command = Command::EditCustomer {
        id: 1,
        expected_version: None,
        edit,
    };
    execute(&store, &crate::common::clock(), &root, command).unwrap();
    let mut warehouse = Screen::new(&store, "wim", Role::Warehouse);
    warehouse.keys("g c");
    let list = warehouse.screen();
    assert!(list.contains("Acme Corp"), "{list}");
    assert!(!list.contains("1234567"), "{list}");
    warehouse.keys("Enter");
    let detail = warehouse.screen();
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
            .screen()
            .contains("not permitted for role warehouse")
    );
}

#[test]
fn another_sessions_change_reloads_only_screens_that_show_it() {
    let (_dir, store) = store();
    let mut customers = Screen::new(&store, "root", Role::Admin);
    customers.keys("g c");
    let mut items = Screen::new(&store, "root", Role::Admin);
    items.keys("g t");
    let before = items.screen();

    let mut writer = Screen::new(&store, "ben", Role::Admin);
    writer.keys("g c n");
    writer.text("Bolt Works");
    let effects = writer.keys("C-x");
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
    assert_eq!(items.screen(), before);

    let elsewhere = customers.app.handle(Input::DataChanged(Change::STOCK));
    assert!(!elsewhere.contains(&Effect::Refreshed));
    assert!(!customers.screen().contains("Bolt Works"), "not reloaded");
    let related = customers.app.handle(Input::DataChanged(change));
    assert!(related.contains(&Effect::Refreshed), "{related:?}");
    assert!(customers.screen().contains("Bolt Works"));

    let stock = items
        .app
        .handle(Input::DataChanged(Change::STOCK | Change::USERS));
    assert!(stock.contains(&Effect::Refreshed));
}

/// The palette `who` sees after typing `query`, then closed again.
fn palette_shown(screen: &mut Screen, query: &str) -> String {
    screen.keys("C-p");
    screen.text(query);
    let shown = screen.screen();
    screen.keys("Esc");
    assert!(shown.contains("Command palette"), "{shown}");
    shown
}

#[test]
fn the_palette_and_the_legend_offer_only_what_the_role_may_use() {
    let (_dir, store) = store();
    let mut admin = Screen::new(&store, "root", Role::Admin);
    let mut agent = Screen::new(&store, "anna", Role::Agent);
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
    let items = agent.screen();
    assert!(items.contains("kontor · Items"), "{items}");
    assert!(
        !items.contains("Reorder"),
        "no reorder key for an agent:\n{items}"
    );
    admin.keys("g t");
    assert!(
        admin.screen().contains("Reorder"),
        "the admin's legend has it"
    );

    let mut clerk = Screen::new(&store, "pia", Role::Payroll);
    let offered = palette_shown(&mut clerk, "go-items");
    assert!(!offered.contains("  go-items "), "{offered}");
    clerk.keys("g t");
    let refused = clerk.screen();
    assert!(
        refused.contains("not permitted for role payroll"),
        "{refused}"
    );
    assert!(refused.contains("kontor · Home · pia"), "{refused}");
}

#[test]
fn crm_erp_and_payroll_screens_reload_only_for_the_records_they_show() {
    let (_dir, store) = store();
    let mut pipeline = Screen::new(&store, "root", Role::Admin);
    pipeline.keys("g o");
    let mut payroll = Screen::new(&store, "root", Role::Admin);
    payroll.keys("g y");
    let mut interactions = Screen::new(&store, "root", Role::Admin);
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
        Command::AddOpportunity { opportunity: deal },
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
    assert!(!pipeline.screen().contains("Bolt deal"), "not reloaded");
    let effects = pipeline
        .app
        .handle(Input::DataChanged(Change::OPPORTUNITIES));
    assert!(effects.contains(&Effect::Refreshed));
    assert!(pipeline.screen().contains("Bolt deal"));
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

    let mut boms = Screen::new(&store, "root", Role::Admin);
    boms.keys("g b");
    let crm = boms.app.handle(Input::DataChanged(Change::CRM));
    assert!(!crm.contains(&Effect::Refreshed));
    let saved = boms.app.handle(Input::DataChanged(Change::BOMS));
    assert!(saved.contains(&Effect::Refreshed));
    let mut scan = Screen::new(&store, "root", Role::Admin);
    scan.keys("g s");
    assert!(scan.screen().contains("Scan"), "{}", scan.screen());
    let any = scan.app.handle(Input::DataChanged(Change::ALL));
    assert!(
        !any.contains(&Effect::Refreshed),
        "scan has nothing to reload"
    );
}
