//! The ERP screens as a German user in Berlin sees them (`harness::in_german`), over the
//! same data as the English ones (`erp_data`, the suppliers of `suppliers`): items, an
//! item's detail, the reorder list, locations with the stock at one and the edit form,
//! the BOM tree with search and the BOM form, where-used, production, payroll with its
//! payslip and run form, employees, suppliers, and scan mode step by step — each in the
//! 256-colour and the mono/ASCII profile. Figures read German (`1.234,5`, `18,00`) and stay
//! right-aligned; a quantity typed German (`1,5`) is posted as one and a half.

use kontor::core::Actor;
use kontor::core::bom_query::bom_of;
use kontor::core::payroll::payslips;
use kontor::core::stock_query::{balances, find_item};
use kontor::domain::payroll::Period;
use rust_decimal::Decimal;
use rust_decimal::dec;

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german};
use super::suppliers::suppliers;

/// Loads the ERP data, then presses `keys`.
fn with_erp(harness: &mut Harness, keys: &str) {
    erp(&harness.store());
    harness.keys(keys);
}

/// Snapshots the screen `keys` lead to over the ERP data, in German, as `de_<name>` in
/// both profiles; fails unless the colour screen shows every one of `shown`.
fn german(name: &str, keys: &str, shown: &[&str]) -> (String, String) {
    let (screen, ascii) = in_german(|| both(&format!("de_{name}"), |h| with_erp(h, keys)));
    for text in shown {
        assert!(screen.contains(text), "{name}: {text:?} in {screen}");
    }
    (screen, ascii)
}

/// The screen `keys` lead to over the ERP data, in German, in colour (no snapshot).
fn german_screen(keys: &str) -> String {
    let mut harness = Harness::new(color(), 80, 24);
    in_german(|| {
        with_erp(&mut harness, keys);
        harness.screen()
    })
}

/// The on-hand of `sku` at `location`.
fn on_hand(harness: &Harness, sku: &str, location: &str) -> Decimal {
    let (store, actor) = (harness.store(), Actor::local("check"));
    let item = find_item(&store, &actor, sku).unwrap().unwrap();
    balances(&store, &actor, Some(&item), Some(location))
        .unwrap()
        .iter()
        .map(|line| line.quantity)
        .sum()
}

#[test]
fn items_and_stock_in_german() {
    let (items, ascii) = german(
        "items",
        "g t",
        &[
            "Artikel & Bestand",
            "Artikelnr.",
            "Bestand",
            "18,00",
            "unter Meldebestand",
        ],
    );
    // Chai: 39 on hand, its price right-aligned with a decimal comma.
    let chai = items.lines().find(|l| l.contains("NW-001")).unwrap();
    assert!(
        chai.contains("      39 ") && chai.contains("     18,00"),
        "{chai}"
    );
    assert!(ascii.contains("Artikel & Bestand"), "{ascii}");
    german(
        "item_detail",
        "g t Enter",
        &[
            "Bestand je Lagerplatz",
            "Buchungen (",
            "Zeitpunkt",
            "Summe",
            "18,00 €",
        ],
    );
    german(
        "reorder",
        "g t R",
        &[
            "Bestellvorschläge",
            "Unter Meldebestand",
            "NW-002",
            "Bestell.",
        ],
    );
}

#[test]
fn the_vat_category_reads_german_in_the_detail_and_the_edit_form_and_saves_from_it() {
    let detail = german_screen("g t Enter");
    assert!(detail.contains("│USt.       Regelsatz"), "{detail}");
    let mut harness = Harness::new(color(), 80, 24);
    let saved = in_german(|| {
        with_erp(&mut harness, "g t Enter e");
        let form = harness.screen();
        let line = form
            .lines()
            .find(|l| l.contains("│ USt. "))
            .unwrap_or_default();
        assert!(line.contains("Regelsatz"), "{form}");
        // Down to the category, typed over in German, saved.
        for _ in 0..12 {
            harness.keys("Tab");
        }
        harness.keys("C-u").text("ermäßigt").keys("C-x");
        harness.screen()
    });
    let item = find_item(&harness.store(), &Actor::local("check"), "NW-001")
        .unwrap()
        .unwrap();
    assert_eq!(
        item.vat,
        kontor::domain::vat::VatCategory::Reduced,
        "{saved}"
    );
}

#[test]
fn the_ledger_and_the_record_times_read_in_berlin() {
    // The fixture's moves are stamped at the pinned now, 09:30 UTC: 10:30 in Berlin.
    let detail = german_screen("g t Enter");
    assert!(detail.contains("Lieferzeit 7 Tage"), "{detail}");
    let moves = detail
        .lines()
        .filter(|l| l.contains("│05.12.2026 10:30 "))
        .count();
    assert_eq!(moves, 2, "{detail}");
    // A record's dates and times in a detail: joined 1992-05-01, created 08:00 UTC.
    let nancy = german_screen("g e Enter");
    assert!(nancy.contains("│Eintritt     01.05.1992 "), "{nancy}");
    assert!(nancy.contains("02.01.2026 09:00"), "{nancy}");
    assert!(!nancy.contains("2026-01-02T"), "{nancy}");
}

#[test]
fn locations_in_german() {
    german(
        "locations",
        "g l",
        &[
            "Lagerplätze",
            "intern",
            "virtuell",
            "Anz.",
            "sucht nach Code oder Name",
        ],
    );
    german(
        "location_stock",
        "g l Down Enter",
        &["Bestand in WH2", "NW-001"],
    );
    german(
        "location_edit",
        "g l Down e",
        &["Lagerplatz WH2 ändern", "Außenlager Nord"],
    );
    let refused = german_screen("g l Down Down e");
    assert!(
        refused.contains("supplier ist virtuell: kein Name zu ändern"),
        "{refused}"
    );
}

#[test]
fn boms_where_used_and_production_in_german() {
    let (tree, _) = german(
        "bom_tree",
        "g b",
        &[
            "Stücklisten",
            "Kalkulation je Einheit (EUR)",
            "je Einheit",
            "AG: ",
        ],
    );
    // Costs end at the column's right edge with two decimals after a comma.
    let costs: Vec<&str> = tree.lines().filter(|l| l.contains("NW-0")).collect();
    assert!(costs.len() >= 2, "{tree}");
    for line in costs {
        let figure = line.trim_end_matches(['"', '│']);
        assert!(figure.ends_with(|c: char| c.is_ascii_digit()), "{line}");
        assert_eq!(
            figure.len() - figure.rfind(',').unwrap_or_default(),
            3,
            "{line}"
        );
    }
    let (search, _) = in_german(|| {
        both("de_bom_search", |h| {
            with_erp(h, "g b /");
            h.text("teeset");
        })
    });
    assert!(
        search.contains("(1 gefunden)") && search.contains("NW-019"),
        "{search}"
    );
    german("bom_form", "g b e", &["Stückliste", "GK-001"]);
    german(
        "where_used",
        "g b PgDn w",
        &["Verwendungsnachweis", "Komponente", "TS-001"],
    );
    german(
        "production",
        "g b m",
        &[
            "Fertigen GK-001",
            ">Menge",
            "Lagerplatz",
            "Bedarf",
            "Fehlmenge",
        ],
    );
    german(
        "production_choose",
        "g p",
        &["Fertigung: was fertigen? (Enter)"],
    );
}

#[test]
fn payroll_and_employees_in_german() {
    let (payroll, _) = in_german(|| {
        both("de_payroll", |h| {
            with_erp(h, "g y /");
            h.text("2026-01").keys("Enter");
        })
    });
    for text in [
        "Lohnabrechnung 2026-01",
        "Entwurf · 4 Lohnzettel",
        "Brutto",
        "Netto",
        "Abzüge",
    ] {
        assert!(payroll.contains(text), "{text}: {payroll}");
    }
    // Net pay right-aligned, German decimals.
    let nancy = payroll
        .lines()
        .find(|l| l.contains("Nancy Davolio"))
        .unwrap();
    assert!(nancy.contains(','), "{nancy}");
    let (run, _) = in_german(|| {
        both("de_payroll_run", |h| {
            with_erp(h, "g y /");
            h.text("2026-01").keys("Enter r");
        })
    });
    assert!(run.contains("Lohnlauf 2026-01"), "{run}");
    german(
        "employees",
        "g e",
        &["Mitarbeiter", "Nancy Davolio", "angezeigt"],
    );
    german(
        "employee_detail",
        "g e Enter",
        &["Mitarbeiter 1 Nancy Davolio", "4.200,00"],
    );
    german("employee_edit", "g e Enter e", &["Mitarbeiter E1 ändern"]);
}

#[test]
fn suppliers_in_german() {
    let screens = [
        (
            "suppliers_list",
            "g v",
            [
                "Lieferanten",
                "sucht nach Name, Telefon oder Lieferantennr.",
            ],
        ),
        (
            "supplier_detail",
            "g v Enter",
            ["Lieferant 1 Exotic Liquids", "EC1 4SD"],
        ),
        (
            "supplier_form",
            "g v e",
            ["Lieferant 1 ändern", "Exotic Liquids"],
        ),
    ];
    for (name, keys, shown) in screens {
        let (screen, _) = in_german(|| {
            both(&format!("de_{name}"), |h| {
                suppliers(h);
                h.keys(keys);
            })
        });
        for text in shown {
            assert!(screen.contains(text), "{name}: {text:?} in {screen}");
        }
    }
}

#[test]
fn scan_mode_steps_in_german() {
    german(
        "scan_location",
        "g s",
        &[
            "Scan · Zugang",
            "Scan: Lieferant -> Lagerplatz",
            ">Lagerplatz",
            "Letzte Buchungen",
        ],
    );
    let (pending, _) = in_german(|| {
        both("de_scan_pending", |h| {
            with_erp(h, "g s Enter");
            h.text("NW-001").keys("Enter");
        })
    });
    assert!(
        pending.contains("NW-001 Chai (Bestand 29 pcs)"),
        "{pending}"
    );
    assert!(pending.contains(">Menge"), "{pending}");
    let (posted, _) = in_german(|| {
        both("de_scan", |h| {
            with_erp(h, "g s Enter");
            h.text("NW-001").keys("Enter Enter");
        })
    });
    assert!(posted.contains("gebucht: Zugang 1 x NW-001"), "{posted}");
    let (count, _) = in_german(|| {
        both("de_scan_count", |h| {
            with_erp(h, "g s C-t Enter");
            h.text("NW-001").keys("Enter").text("27,5");
        })
    });
    assert!(
        count.contains("Bestand 29 -> gezählt 27,5: 1,5 ausgebucht"),
        "{count}"
    );
    let mut harness = Harness::new(color(), 80, 24);
    let refused = in_german(|| {
        with_erp(&mut harness, "g s Enter");
        harness.text("NOPE").keys("Enter").screen()
    });
    assert!(
        refused.contains("Code \"NOPE\" unbekannt: nichts gebucht"),
        "{refused}"
    );
}

#[test]
fn a_quantity_typed_in_german_is_received_as_one_and_a_half() {
    let mut harness = Harness::new(color(), 80, 24);
    let screen = in_german(|| {
        with_erp(&mut harness, "g s Enter");
        harness.text("NW-001").keys("Enter");
        harness.text("1,5").keys("Enter");
        harness.screen()
    });
    assert_eq!(on_hand(&harness, "NW-001", "WH1"), dec!(30.5));
    assert!(screen.contains("gebucht: Zugang 1,5 x NW-001"), "{screen}");
    assert!(screen.contains("30,5"), "the balance after it: {screen}");
    // A thousands-grouped German quantity: 1.234,5 more.
    let screen = in_german(|| {
        harness.text("NW-001").keys("Enter");
        harness.text("1.234,5").keys("Enter");
        harness.screen()
    });
    assert_eq!(on_hand(&harness, "NW-001", "WH1"), dec!(1265));
    assert!(screen.contains("1.265"), "{screen}");
}

#[test]
fn a_bom_and_hours_typed_with_german_decimal_commas_are_saved_as_typed() {
    let mut harness = Harness::new(color(), 80, 24);
    let saved = in_german(|| {
        with_erp(&mut harness, "g b e Tab Tab C-u");
        harness.text("TS-001:1,5, NW-016:1:2,5%").keys("C-x");
        harness.screen()
    });
    assert!(
        saved.contains("Stückliste von GK-001 gespeichert"),
        "{saved}"
    );
    let (store, actor) = (harness.store(), Actor::local("check"));
    let basket = find_item(&store, &actor, "GK-001").unwrap().unwrap();
    let (bom, _) = bom_of(&store, &actor, basket.id).unwrap().unwrap();
    let lines: Vec<(Decimal, Decimal)> = bom
        .lines
        .iter()
        .map(|line| (line.quantity, line.scrap_pct))
        .collect();
    assert_eq!(lines, [(dec!(1.5), dec!(0)), (dec!(1), dec!(2.5))]);
    let run = in_german(|| {
        harness.keys("g y /").text("2026-01").keys("Enter r C-u");
        harness.text("E3=120,5").keys("C-x");
        harness.screen()
    });
    assert!(
        run.contains("Lohnabrechnung 2026-01 berechnet (Entwurf)"),
        "{run}"
    );
    let period = Period::parse("2026-01").unwrap();
    let found = payslips(&store, &actor, period, Some("E3")).unwrap();
    let hours: Vec<Option<Decimal>> = found.payslips.iter().map(|p| p.hours()).collect();
    assert_eq!(hours, [Some(dec!(120.5))]);
}
