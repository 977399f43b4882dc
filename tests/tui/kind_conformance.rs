//! Conformance of every registered record kind (`core::kinds::REGISTRY`) on the generic
//! TUI screens, through the real App: the kind has screens and a `go-…` action; every
//! editable field round-trips through the form (set, save, reopen: the value is shown);
//! a required field left empty is refused under that field and nothing is saved; a unique
//! field refuses a value another record holds, under that field; a natural key titles the
//! edit form (which offers it only where the kind's form edits it). A new kind needs only its sample
//! values below.

use kontor::core::kinds::{ITEMS, KindDecl, REGISTRY, SUPPLIERS};
use kontor::core::plain::RecordCommand;
use kontor::domain::fields::Input;
use kontor::domain::fields::table::FieldSpec;
use kontor::tui::route::Route;
use kontor::tui::screens::kind::{KindUi, ui_of};

use super::snapshots::harness::{Harness, color};

/// Per kind, per editable field: what is typed into the form and what the form shows when
/// reopened (read back from the stored record).
fn samples(kind: &str) -> &'static [(&'static str, &'static str, &'static str)] {
    match kind {
        // The generic forms (the customers' screens have their own): two contacts, each
        // with its role, phone and e-mail at the same place.
        "customer" => &[
            ("kind", "person", "person"),
            ("number", "C-7", "C-7"),
            ("name", "Konform Kunde", "Konform Kunde"),
            ("gender", "w", "female"),
            ("title", "Dr.", "Dr."),
            ("surname", "Kunde-Probe", "Kunde-Probe"),
            ("status", "prospect", "prospect"),
            ("owner", "anna", "anna"),
            (
                "phone",
                "030 1234567 | 030 7654321",
                "030 1234567 | 030 7654321",
            ),
            ("email", "a@probe.example", "a@probe.example"),
            (
                "contact",
                "Eva Probe | Max Muster",
                "Eva Probe | Max Muster",
            ),
            ("contact_role", "Buyer | Chef", "Buyer | Chef"),
            (
                "contact_phone",
                "030 1112223 | 030 4445556",
                "030 1112223 | 030 4445556",
            ),
            ("contact_email", "eva@probe.example", "eva@probe.example"),
            ("contact_gender", "f | m", "female | male"),
            ("contact_title", "Prof. Dr. | Dr.", "Prof. Dr. | Dr."),
            ("contact_surname", "Probe | Muster", "Probe | Muster"),
            ("street", "Teststr. 1", "Teststr. 1"),
            ("postal_code", "10115", "10115"),
            ("city", "Berlin", "Berlin"),
            ("region", "BE", "BE"),
            ("country", "Germany", "DE"),
            ("tags", "probe | test", "probe | test"),
            ("notes", "Round trip", "Round trip"),
            ("credit_limit", "5000", "5000.00"),
            ("tax_treatment", "reverse-charge", "reverse-charge"),
            ("vat_id", "de 123456789", "DE123456789"),
            ("partial_deliveries", "no", "false"),
            ("backorders", "no", "false"),
            ("payment_days", "30", "30"),
            ("skonto", "14:2,5", "14:2.5"),
            ("buyer_reference", "991-12345-67", "991-12345-67"),
        ],
        "supplier" => &[
            ("number", "C-7", "C-7"),
            ("name", "Konform GmbH", "Konform GmbH"),
            ("contact", "Eva Probe", "Eva Probe"),
            ("contact_role", "Buyer", "Buyer"),
            (
                "phone",
                "030 1234567 | 030 7654321",
                "030 1234567 | 030 7654321",
            ),
            ("email", "a@probe.example", "a@probe.example"),
            ("street", "Teststr. 1", "Teststr. 1"),
            ("postal_code", "10115", "10115"),
            ("city", "Berlin", "Berlin"),
            ("region", "BE", "BE"),
            ("country", "Germany", "DE"),
            ("vat_id", "DE123456789", "DE123456789"),
            ("payment_terms", "14", "14"),
            ("tags", "probe | test", "probe | test"),
            ("notes", "Round trip", "Round trip"),
        ],
        "location" => &[
            ("code", "WH9/K-7", "WH9/K-7"),
            ("name", "Konform Regal", "Konform Regal"),
        ],
        // One pay basis: the hourly rate stays empty beside the salary.
        "employee" => &[
            ("number", "T-7", "T-7"),
            ("name", "Eva Konform", "Eva Konform"),
            ("joined", "2025-01-01", "2025-01-01"),
            ("left", "2026-12-31", "2026-12-31"),
            ("hourly", "", ""),
            ("salary", "3000", "3000.00"),
            ("currency", "EUR", "EUR"),
            (
                "deductions",
                "pension:9.3%:300 | tax:20%",
                "pension:9.3%:300 | tax:20%",
            ),
            (
                "iban",
                "DE89 3704 0044 0532 0130 00",
                "DE89370400440532013000",
            ),
        ],
        "item" => &[
            ("sku", "K-7", "K-7"),
            ("name", "Konform Tee", "Konform Tee"),
            ("uom", "kg", "kg"),
            (
                "barcode",
                "4006381333931 | 12345670",
                "4006381333931 | 12345670",
            ),
            ("cost", "1.20", "1.20"),
            ("price", "2.50", "2.50"),
            ("currency", "EUR", "EUR"),
            ("reorder_min", "10", "10"),
            ("reorder_max", "20", "20"),
            ("order_multiple", "5", "5"),
            ("lead_days", "7", "7"),
            ("active", "no", "false"),
            ("vat", "exempt", "exempt"),
            ("vat_reason", "§ 4 Nr. 14 UStG", "§ 4 Nr. 14 UStG"),
            ("lot_rule", "fixed:100", "fixed:100"),
            ("lot_min", "20", "20"),
            ("lot_multiple", "10", "10"),
            ("lot_max", "500", "500"),
            ("safety_stock", "WH1=12.5 | WH2=3", "WH1=12.5 | WH2=3"),
            ("production_days", "4", "4"),
        ],
        // The CRM fixture holds customer 1; a lost reason goes with a lost stage only.
        "opportunity" => &[
            ("customer", "1", "1"),
            ("title", "Konform Vertrag", "Konform Vertrag"),
            ("amount", "1200,50", "1200.50"),
            ("currency", "EUR", "EUR"),
            ("stage", "proposal", "proposal"),
            ("probability", "55", "55"),
            ("expected_close", "2027-01-31", "2027-01-31"),
            ("owner", "anna", "anna"),
            ("lost_reason", "", ""),
            ("campaign", "", ""),
        ],
        // A call, so it has an outcome.
        "interaction" => &[
            ("customer", "1", "1"),
            ("contact", "Maria Anders", "Maria Anders"),
            ("channel", "call-in", "call-in"),
            ("subject", "Rückruf", "Rückruf"),
            ("body", "Lieferzeit", "Lieferzeit"),
            ("outcome", "Angebot folgt", "Angebot folgt"),
            ("duration", "4m30s", "4m30s"),
            ("agent", "anna", "anna"),
            ("at", "2026-11-27T10:30:00Z", "2026-11-27T10:30:00Z"),
            ("follow_up", "2026-12-01", "2026-12-01"),
            ("follow_up_done", "no", "false"),
        ],
        // For customer 1 of the fixture and item 1 (`new_form` plants it); tag and
        // discount are the other of two alternatives.
        "price-rule" => &[
            ("item", "1", "1"),
            ("customer", "1", "1"),
            ("tag", "", ""),
            ("min_qty", "10", "10"),
            ("price", "2,50", "2.50"),
            ("discount", "", ""),
            ("valid_from", "05.12.2026", "2026-12-05"),
            ("valid_until", "2026-12-31", "2026-12-31"),
        ],
        // For item 1 and supplier 1 (`new_form` plants them).
        "supplier-item" => &[
            ("item", "1", "1"),
            ("supplier", "1", "1"),
            ("supplier_sku", "EX-7", "EX-7"),
            ("price", "4,50", "1:4.50"),
            ("currency", "EUR", "EUR"),
            ("valid_from", "05.12.2026", "2026-12-05"),
            ("valid_until", "2026-12-31", "2026-12-31"),
            ("lead_days", "5", "5"),
            ("moq", "10", "10"),
            ("multiple", "5", "5"),
            ("preferred", "yes", "true"),
        ],
        other => panic!("kind {other} has no sample values in kind_conformance.rs"),
    }
}

fn sample(decl: &KindDecl, field: &FieldSpec) -> (&'static str, &'static str) {
    samples(decl.name)
        .iter()
        .find(|(name, _, _)| *name == field.name)
        .map(|(_, typed, shown)| (*typed, *shown))
        .unwrap_or_else(|| panic!("{}.{} has no sample value", decl.name, field.name))
}

/// Every registered kind with its screens.
fn kinds() -> impl Iterator<Item = (&'static KindDecl, &'static KindUi)> {
    REGISTRY.iter().map(|decl| {
        let ui = ui_of(decl).unwrap_or_else(|| panic!("{} has no screens", decl.name));
        (*decl, ui)
    })
}

/// An admin on the list of `ui` with its new-record form open: `n` on the generic list,
/// the kind's generic form on a list of its own (which may create otherwise: interactions
/// pick the customer first). The terminal is tall enough to show every field of the
/// longest form (the customers' 32) at once, so one screen holds them all.
fn new_form(ui: &'static KindUi) -> Harness {
    let mut harness = Harness::new(color(), 80, 40);
    if ["price-rule", "supplier-item"].contains(&ui.decl.name) {
        let item = Input::from_pairs(&[("sku", "K-7"), ("name", "Konform Tee")]);
        harness.saved_by_ben(RecordCommand::add(ITEMS, item));
    }
    if ui.decl.name == "supplier-item" {
        let supplier = Input::from_pairs(&[("name", "Konform Lieferant")]);
        harness.saved_by_ben(RecordCommand::add(SUPPLIERS, supplier));
    }
    harness.app.run(ui.action, &mut Vec::new());
    open_new(&mut harness, ui);
    harness
}

/// Opens the new-record form of `ui` from its list (see `new_form`).
fn open_new(harness: &mut Harness, ui: &'static KindUi) {
    match ui.own {
        None => {
            harness.keys("n");
        }
        Some(_) => harness.app.open(Route::NewRecord(ui)),
    }
}

/// Types `value(field)` into every editable field of the open form, in order, and saves.
fn fill_and_save(harness: &mut Harness, ui: &KindUi, value: impl Fn(&FieldSpec) -> String) {
    let fields: Vec<&FieldSpec> = ui.editable().collect();
    for (index, field) in fields.iter().enumerate() {
        harness.text(&value(field));
        if index + 1 < fields.len() {
            harness.keys("Tab");
        }
    }
    harness.keys("C-x");
}

/// The form's line of `field` (label column as the form pads it) and the line under it.
fn field_lines(screen: &str, field: &FieldSpec) -> (String, String) {
    let label = match field.required {
        true => format!("{} *", field.label()),
        false => field.label(),
    };
    let padded = format!("{label:<16} ");
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|line| {
            line.contains(&format!(" {padded}")) || line.contains(&format!(">{padded}"))
        })
        .unwrap_or_else(|| panic!("no line for {} in\n{screen}", field.name));
    (
        lines[at].to_string(),
        lines.get(at + 1).copied().unwrap_or_default().to_string(),
    )
}

fn stored(harness: &Harness, ui: &KindUi) -> usize {
    ui.page(harness.app.session(), 0, 1000).unwrap().len()
}

/// The save was refused with a problem under `field`, and `records` are stored still.
fn refused_under(harness: &mut Harness, ui: &KindUi, field: &FieldSpec, records: usize) {
    let screen = harness.screen();
    let name = format!("{}.{}", ui.decl.name, field.name);
    let (_, under) = field_lines(&screen, field);
    assert!(under.contains("! "), "{name}: {screen}");
    assert!(
        screen.contains("please correct the marked fields"),
        "{screen}"
    );
    assert_eq!(stored(harness, ui), records, "{name}");
}

#[test]
fn every_kind_has_screens_and_every_editable_field_is_a_field_of_it() {
    for (decl, ui) in kinds() {
        assert!(ui.action.name().starts_with("go-"), "{}", decl.name);
        for field in ui.editable() {
            assert!(decl.fields.contains(field), "{}.{}", decl.name, field.name);
            sample(decl, field);
        }
    }
}

#[test]
fn every_editable_field_round_trips_through_the_form() {
    for (decl, ui) in kinds() {
        let mut harness = new_form(ui);
        let before = stored(&harness, ui);
        fill_and_save(&mut harness, ui, |field| sample(decl, field).0.to_string());
        let saved = harness.screen();
        assert_eq!(stored(&harness, ui), before + 1, "{}: {saved}", decl.name);
        let form = match decl.name {
            // The customer detail's edit is the customers' own form: open the generic one.
            "customer" => {
                let id = ui.page(harness.app.session(), 0, 1000).unwrap().len() as u64;
                harness.app.open(Route::EditRecord(ui, id));
                harness.screen()
            }
            _ => harness.keys("e").screen(),
        };
        assert!(form.contains(&format!("Edit {}", decl.name)), "{form}");
        if let Some(key) = decl.key_field() {
            let title = format!("Edit {} {}", decl.name, sample(decl, key).1);
            assert!(form.contains(&title), "the key names it: {form}");
        }
        for field in ui.changeable() {
            let (line, _) = field_lines(&form, field);
            let shown = sample(decl, field).1;
            assert!(line.contains(shown), "{}.{}: {line}", decl.name, field.name);
        }
    }
}

#[test]
fn a_required_field_left_empty_is_refused_under_it() {
    for (decl, ui) in kinds() {
        for required in ui.editable().filter(|f| f.required) {
            let mut harness = new_form(ui);
            let before = stored(&harness, ui);
            fill_and_save(&mut harness, ui, |field| {
                match field.name == required.name {
                    true => String::new(),
                    false => sample(decl, field).0.to_string(),
                }
            });
            refused_under(&mut harness, ui, required, before);
        }
    }
}

#[test]
fn a_unique_field_refuses_a_value_another_record_holds() {
    for (decl, ui) in kinds() {
        for unique in ui.editable().filter(|f| f.unique) {
            let mut harness = new_form(ui);
            let before = stored(&harness, ui);
            fill_and_save(&mut harness, ui, |field| sample(decl, field).0.to_string());
            assert_eq!(stored(&harness, ui), before + 1, "{}", decl.name);
            harness.keys("Esc");
            open_new(&mut harness, ui);
            fill_and_save(&mut harness, ui, |field| sample(decl, field).0.to_string());
            refused_under(&mut harness, ui, unique, before + 1);
        }
    }
}
