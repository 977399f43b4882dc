//! The ERP screens over the Northwind products, a two-level BOM and four employees
//! (`erp_data`): items, an item's detail, the reorder list, locations with search and edit
//! form, scan mode, the BOM tree with search, production, employees with search, detail
//! and edit form, payroll and the audit log — each in the 256-colour and the mono/ASCII
//! profile; and production over the demo data, opening where the components are.

use kontor::core::Command;
use kontor::core::kinds::{ITEMS, LOCATIONS};
use kontor::core::plain::{RecordCommand, RecordOp};
use kontor::domain::fields::Input;
use kontor::domain::payroll::Employee;
use kontor::domain::{Item, Location};

use super::erp_data::erp;
use super::harness::{Harness, below_form, both, color, profiles};

/// Loads the ERP data, then presses `keys`.
fn with_erp(harness: &mut Harness, keys: &str) {
    erp(&harness.store());
    harness.keys(keys);
}

#[test]
fn items_list_shows_stock_prices_and_reorder_levels() {
    let (screen, _) = both("items", |h| with_erp(h, "g t"));
    // Chai: 39 in stock, 10 of them moved to WH2; price 18.00, reorder at 10.
    assert!(
        screen.contains("NW-001") && screen.contains("Chai"),
        "{screen}"
    );
    assert!(
        screen.contains("39") && screen.contains("18.00"),
        "{screen}"
    );
}

#[test]
fn an_item_detail_shows_balances_by_location_and_the_ledger() {
    let (screen, _) = both("item_detail", |h| with_erp(h, "g t Enter"));
    assert!(
        screen.contains("WH2") && screen.contains("Umlagerung"),
        "{screen}"
    );
    assert!(screen.contains("29") && screen.contains("10"), "{screen}");
}

#[test]
fn the_reorder_list_holds_the_items_below_their_reorder_point() {
    let (screen, ascii) = both("reorder", |h| with_erp(h, "g t R"));
    // Northwind: Chang has 17 in stock, reorder level 25; Chai (39 ≥ 10) is fine.
    assert!(screen.contains("NW-002"), "{screen}");
    assert!(!screen.contains("NW-001"), "{screen}");
    assert!(ascii.contains("Chang"), "{ascii}");
}

#[test]
fn locations_list_the_warehouses() {
    let (screen, ascii) = both("locations", |h| with_erp(h, "g l"));
    assert!(
        screen.contains("WH1") && screen.contains("Außenlager Nord"),
        "{screen}"
    );
    assert!(ascii.contains("Aussenlager Nord") || ascii.contains("Ausenlager Nord"));
}

#[test]
fn locations_narrow_as_you_type_over_code_and_name() {
    let (screen, ascii) = both("locations_search", |h| {
        with_erp(h, "g l /");
        h.text("nord");
    });
    assert!(screen.contains("/ nord  (1 found)"), "{screen}");
    assert!(screen.contains("Außenlager Nord"), "{screen}");
    assert!(
        !screen.contains("WH1") && !screen.contains("supplier"),
        "{screen}"
    );
    assert!(ascii.contains("(1 found)"), "{ascii}");
    // Enter ends typing, the filter stays, Enter opens the location found.
    let mut harness = Harness::new(color(), 80, 24);
    with_erp(&mut harness, "g l /");
    harness.text("wh2").keys("Enter Enter");
    assert!(harness.screen().contains("Stock at WH2"));
}

#[test]
fn the_location_edit_form_renames_and_keeps_the_code() {
    let (screen, _) = both("location_edit", |h| with_erp(h, "g l Down e"));
    assert!(screen.contains("Edit location WH2"), "{screen}");
    assert!(screen.contains("Außenlager Nord"), "{screen}");
    let mut harness = Harness::new(color(), 80, 24);
    with_erp(&mut harness, "g l Down Down e");
    assert!(
        harness
            .screen()
            .contains("supplier is virtual: it has no name to change"),
        "{}",
        harness.screen()
    );
}

#[test]
fn a_stale_location_edit_is_refused_naming_who_and_keeps_the_input() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        with_erp(&mut harness, "g l Down e");
        let store = harness.store();
        let mut name = Input::new();
        name.set("name", "Lager Nord");
        harness.saved_by_ben(Command::Record(RecordCommand {
            kind: LOCATIONS,
            op: RecordOp::Edit {
                id: 2,
                expected_version: Some(1),
                edit: name,
            },
        }));
        harness.keys("C-u").text("Außenlager Nord-Ost");
        let screen = harness.save_refused_as_stale("location 2", "location_edit_stale");
        let kept = harness.shown("Außenlager Nord-Ost");
        assert!(screen.contains(&kept), "the input is kept: {screen}");
        assert!(screen.contains("now: Lager Nord"), "{screen}");
        // Saving again goes against the new version, knowingly over Ben's name.
        let list = harness.keys("C-x").screen();
        assert!(list.contains("location WH2 saved"), "{list}");
        assert!(list.contains(&kept), "{list}");
        let saved: Location = store.require(2).unwrap();
        assert_eq!((saved.code.as_str(), saved.version), ("WH2", 3));
    }
}

#[test]
fn stock_at_a_location_lists_its_items() {
    let (screen, _) = both("location_stock", |h| with_erp(h, "g l Down Enter"));
    assert!(
        screen.contains("Stock at WH2") && screen.contains("NW-001"),
        "{screen}"
    );
}

#[test]
fn scan_mode_receives_and_lists_the_posting() {
    let (screen, _) = both("scan", |h| {
        with_erp(h, "g s Enter");
        h.text("NW-001").keys("Enter Enter");
    });
    // Chai at WH1: 29 after the move to WH2, one more received.
    assert!(
        screen.contains("NW-001") && screen.contains("30"),
        "{screen}"
    );
}

#[test]
fn the_bom_tree_rolls_up_the_cost_per_level_and_narrows_by_search() {
    let (screen, _) = both("bom_tree", |h| with_erp(h, "g b"));
    assert!(
        screen.contains("GK-001") && screen.contains("TS-001"),
        "{screen}"
    );
    assert!(screen.contains("Korb binden"), "{screen}");
    let (search, _) = both("bom_search", |h| {
        with_erp(h, "g b /");
        h.text("teeset");
    });
    assert!(search.contains("(1 found)"), "{search}");
    assert!(search.contains("NW-019"), "{search}");
    assert!(!search.contains("Korb binden"), "{search}");
}

#[test]
fn where_used_lists_the_boms_a_component_goes_into() {
    let (screen, _) = both("where_used", |h| with_erp(h, "g b PgDn w"));
    assert!(screen.contains("TS-001"), "{screen}");
}

#[test]
fn production_previews_the_components_and_shortages() {
    let (screen, _) = both("production", |h| with_erp(h, "g b m"));
    assert!(screen.contains("GK-001"), "{screen}");
}

#[test]
fn go_production_asks_what_to_make_and_enter_opens_its_production() {
    let mut harness = Harness::new(color(), 80, 24);
    with_erp(&mut harness, "g p");
    let choose = harness.screen();
    assert!(
        choose.contains("Production: choose what to make"),
        "{choose}"
    );
    let boms = harness.keys("g b").screen();
    assert!(!boms.contains("Production:"), "{boms}");
    let produce = harness.keys("g p Enter").screen();
    assert!(produce.contains("Produce GK-001"), "{produce}");
}

#[test]
fn production_opens_at_the_location_holding_the_components() {
    // The demo keeps none of the gift basket's 13 leaf components in the default location
    // WH1, each in its own bin: the packaging bin holds the most of them (seven PK- items).
    let mut harness = Harness::first_start(color());
    harness.keys("y").work();
    harness.keys("g b");
    let boms = harness.screen();
    assert!(boms.contains("GB-201"), "{boms}");
    let screen = harness.keys("m").screen();
    assert!(screen.contains("Produce GB-201"), "{screen}");
    assert!(screen.contains(" Location  WH1/C-01-01 "), "{screen}");
    let short = |line: &&str| line.split_whitespace().count() > 4;
    let rows: Vec<&str> = screen
        .lines()
        .filter(|line| line.contains("│PK-"))
        .collect();
    assert_eq!(rows.len(), 7, "{screen}");
    assert!(!rows.iter().any(short), "{screen}");
    assert!(screen.contains("6 component(s) short"), "{screen}");
}

#[test]
fn employees_list_and_search_as_you_type() {
    let (screen, _) = both("employees", |h| with_erp(h, "g e"));
    assert!(
        screen.contains("Nancy Davolio") && screen.contains("18.50"),
        "{screen}"
    );
    let (search, _) = both("employees_search", |h| {
        with_erp(h, "g e /");
        h.text("lever");
    });
    assert!(search.contains("Janet Leverling"), "{search}");
    assert!(!search.contains("Nancy"), "{search}");
}

#[test]
fn an_employee_detail_and_its_edit_form() {
    let (detail, _) = both("employee_detail", |h| with_erp(h, "g e Enter"));
    for wanted in ["Nancy Davolio", "1992-05-01", "4200.00", "EUR", "DE89"] {
        assert!(detail.contains(wanted), "{wanted}: {detail}");
    }
    assert!(
        detail.contains("tax: 20%") || detail.contains("tax:20%"),
        "{detail}"
    );
    let (form, _) = both("employee_edit", |h| with_erp(h, "g e Enter e"));
    assert!(form.contains("Edit employee E1"), "{form}");
    assert!(form.contains("DE89"), "{form}");
}

#[test]
fn an_employee_edit_saves_what_changed_and_clears_what_was_emptied() {
    let mut harness = Harness::new(color(), 80, 24);
    with_erp(&mut harness, "g e Enter e");
    // Left (3rd field): 2026-06-30; salary (5th) raised; IBAN (8th field) emptied.
    harness.keys("Tab Tab").text("2026-06-30").keys("Tab Tab");
    for _ in 0.."4200.00".len() {
        harness.keys("Backspace");
    }
    harness.text("4350").keys("Tab Tab Tab");
    for _ in 0..40 {
        harness.keys("Backspace");
    }
    harness.keys("C-x");
    let screen = harness.screen();
    assert!(screen.contains("employee E1 saved"), "{screen}");
    assert!(screen.contains("Monthly salary 4350.00"), "{screen}");
    let store = harness.store();
    let employees: Vec<Employee> = store.scan().unwrap().collect::<Result<_, _>>().unwrap();
    let nancy = employees.iter().find(|e| e.number == "E1").unwrap();
    assert_eq!(nancy.iban, None);
    assert_eq!(
        nancy.left.map(|d| d.to_string()).as_deref(),
        Some("2026-06-30")
    );
    assert_eq!(nancy.deductions.len(), 2);
}

#[test]
fn payroll_shows_a_periods_payslips_with_every_line() {
    let (screen, _) = both("payroll", |h| {
        with_erp(h, "g y /");
        h.text("2026-01").keys("Enter");
    });
    assert!(screen.contains("draft · 4 payslips"), "{screen}");
    assert!(screen.contains("Nancy Davolio"), "{screen}");
}

#[test]
fn the_audit_log_lists_the_changes_with_masked_times() {
    let (screen, _) = both("audit", |h| {
        with_erp(h, ":");
        h.text("go-audit").keys("Enter");
    });
    assert!(screen.contains("anna"), "{screen}");
    // Values read as typed and field names whole at 80 columns.
    assert!(screen.contains("currency        EUR"), "{screen}");
    assert!(screen.contains("employee_number E1"), "{screen}");
    assert!(screen.contains("period          2026-01"), "{screen}");
    assert!(screen.contains("new: YYYY-MM-DDThh:mm:ssZ"), "{screen}");
}

#[test]
fn the_users_screen_lists_the_users_to_admins() {
    let (screen, _) = both("users", |h| {
        h.keys(":").text("go-users").keys("Enter");
    });
    assert!(screen.contains("Users"), "{screen}");
}

#[test]
fn a_stale_item_edit_is_refused_naming_who_and_keeps_the_input() {
    let mut harness = Harness::new(color(), 80, 24);
    with_erp(&mut harness, "g t Enter e");
    assert!(harness.screen().contains("Edit item NW-001"));
    let store = harness.store();
    let mut price = Input::new();
    price.set("price", "19.50");
    harness.saved_by_ben(Command::Record(RecordCommand {
        kind: ITEMS,
        op: RecordOp::Edit {
            id: 1,
            expected_version: Some(1),
            edit: price,
        },
    }));
    // Anna renames the item (the 2nd field) and saves.
    harness.keys("Tab C-u").text("Chai Tee").keys("C-x");
    let screen = harness.screen();
    assert!(screen.contains("item 1 was changed by ben"), "{screen}");
    assert!(screen.contains("Chai Tee"), "the input is kept: {screen}");
    assert!(screen.contains("now: 19.50"), "{screen}");
    let refusal = below_form(&screen);
    assert!(
        refusal.ends_with("your input is kept and the current values are shown beside the fields"),
        "only the form's fields are compared: {screen}"
    );
    // Saving again sends only the name: Ben's price stays.
    harness.keys("C-x");
    let saved: Item = store.require(1).unwrap();
    assert_eq!(saved.name, "Chai Tee");
    assert_eq!(saved.price.amount, rust_decimal::dec!(19.50));
    assert_eq!(saved.version, 3);
}

#[test]
fn a_location_holding_items_of_several_units_adds_no_pieces_to_kilograms() {
    // The demo's packing bin holds pieces, kilograms and metres.
    let mut harness = Harness::first_start(color());
    harness.keys("y").work();
    let locations = harness.keys("g l").screen();
    let pack = locations
        .lines()
        .find(|line| line.contains("│PACK "))
        .unwrap_or_else(|| panic!("{locations}"));
    assert!(pack.contains("mixed units"), "{pack}");
    // Bins of pieces alone say how many.
    let pieces = locations.lines().filter(|line| {
        line.contains("internal") && line.trim_end_matches(['"', '│']).ends_with(" pcs")
    });
    assert!(pieces.count() > 0, "{locations}");
}

#[test]
fn figures_are_right_aligned_so_their_decimals_line_up() {
    let mut harness = Harness::new(color(), 80, 24);
    with_erp(&mut harness, "g b");
    let tree = harness.screen();
    let costs: Vec<&str> = tree.lines().filter(|line| line.contains("NW-0")).collect();
    assert!(costs.len() >= 2, "{tree}");
    for line in costs {
        let before_border = line.trim_end_matches(['"', '│']);
        assert!(
            before_border.ends_with(|c: char| c.is_ascii_digit()),
            "the cost ends at the column's right edge: {line}"
        );
        let dot = before_border.rfind('.').unwrap_or_default();
        assert_eq!(before_border.len() - dot, 3, "{line}");
    }
}
