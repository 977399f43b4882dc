//! The CRM screens in German at 80×24, in the 256-colour and the mono/ASCII profile: home,
//! customers (list, search, detail, forms), the caller lookup and the log-call form, the
//! interactions (list, detail, edit, history search), opportunities (detail, edit), the
//! pipeline, the audit log and the users. German amounts, dates and times as Germans write
//! them; German input of an amount and a date saved as meant. The legend, help and popups
//! and the domain's field labels are translated elsewhere: where they still show English
//! here, that is theirs.

use kontor::core::users::UserCommand;
use kontor::core::{Actor, Command, Role};
use kontor::domain::{Interaction, Opportunity};
use rust_decimal::dec;
use time::macros::{date, datetime};

use super::erp_data::erp;
use super::harness::{Harness, both, color, in_german};

/// Snapshots the screen `drive` leads to in German as `de_NAME` (and `de_NAME_ascii`);
/// returns the colour and the ASCII screen.
fn german(name: &str, drive: impl Fn(&mut Harness)) -> (String, String) {
    in_german(|| both(&format!("de_{name}"), drive))
}

/// Fails unless every one of `wanted` is on `screen`.
fn shows(screen: &str, wanted: &[&str]) {
    for text in wanted {
        assert!(screen.contains(text), "{text:?} missing in:\n{screen}");
    }
}

#[test]
fn home_in_german() {
    let (screen, ascii) = german("home", |_| {});
    shows(
        &screen,
        &[
            "Übersicht",
            "Meine fälligen Wiedervorlagen",
            "Fällig",
            "Betreff",
            "Letzte Kontakte",
            "Kanal",
            "Pipeline (gewichtet)",
            // 120000 × 40 % + 2400.50 × 60 %: grouped, decimal comma, euro sign.
            "gewichtete Summe 49.440,30 €",
            "15.01.2026",
            "05.01.2026",
        ],
    );
    shows(&ascii, &["Uebersicht", "gewichtete Summe 49.440,30 EUR"]);
}

#[test]
fn home_with_stock_to_reorder_in_german() {
    let (screen, _) = german("home_reorder", |h| {
        erp(&h.store());
        h.keys("g c g h");
    });
    shows(
        &screen,
        &["Unter Meldebestand", "Art.Nr Artikel", " Lager Bedarf"],
    );
}

#[test]
fn customers_list_and_search_in_german() {
    let (list, _) = german("customers_list", |h| {
        h.keys("g c");
    });
    shows(
        &list,
        &[
            "2 Kunden angezeigt — / sucht nach Name, Telefon oder E-Mail",
            "ID",
            "Telefon",
            "Ort",
        ],
    );
    let (search, _) = german("customers_search", |h| {
        h.keys("g c /").text("alfr");
    });
    shows(&search, &["Alfreds Futterkiste"]);
    assert!(!search.contains("Maschinenbau"), "{search}");
}

#[test]
fn customer_detail_in_german() {
    let (screen, _) = german("customer_detail", |h| {
        h.keys("g c Enter");
    });
    shows(
        &screen,
        &[
            "Kunde 1 · v1",
            "Betreuer anna",
            "Ansprechpartner",
            "Verlauf",
            "Wiedervorlage",
            "fällig 15.01.2026",
            "Verkaufschance",
            // The channel and duration in German words; the long title gives way.
            "Anruf ein 4 Min. 30 s",
            "120.000,00 € - CNC-Fräsz",
            "Kunde (Firma)",
        ],
    );
}

#[test]
fn customer_forms_in_german() {
    let (new, _) = german("customer_new", |h| {
        h.keys("g c n");
    });
    shows(
        &new,
        &[
            "Neuer Kunde",
            "Kundennr.",
            "Ansprechpartner",
            "PLZ",
            "Notizen",
        ],
    );
    let (edit, _) = german("customer_edit", |h| {
        h.keys("g c e");
    });
    shows(
        &edit,
        &[
            "Kunde 1 ändern",
            "Telefone",
            "Jürgen Weiß: Einkauf",
            "Betreuer",
            "Kreditlimit      50.000,00",
            "Besteuerung      Inland",
            "USt-IdNr.        DE123456789",
            "Rückstände       nein",
        ],
    );
}

#[test]
fn the_sales_terms_are_edited_in_german_words_and_saved() {
    let mut harness = Harness::new(color(), 80, 24);
    let saved = in_german(|| {
        harness.keys("g c e");
        // Down to the credit limit (the 14th field), then the treatment and partial
        // deliveries, typed over in German.
        for _ in 0..13 {
            harness.keys("Tab");
        }
        harness.keys("C-u").text("7.500,5").keys("Tab");
        harness
            .keys("C-u")
            .text("innergemeinschaftlich")
            .keys("Tab Tab");
        harness.keys("C-u").text("nein").keys("C-x");
        harness.screen()
    });
    let store = harness.store();
    let customer = kontor::core::query::get_customer(&store, &Actor::local("check"), 1)
        .unwrap()
        .unwrap();
    assert_eq!(
        customer.credit_limit.map(|limit| limit.amount),
        Some(dec!(7500.50)),
        "{saved}"
    );
    assert_eq!(
        customer.tax_treatment,
        kontor::domain::vat::TaxTreatment::IntraEuSupply
    );
    assert_eq!(customer.vat_id, "DE123456789", "kept");
    assert!(!customer.partial_deliveries);
    assert!(!customer.backorders, "kept");
}

#[test]
fn caller_lookup_and_log_call_in_german() {
    let (lookup, _) = german("caller_lookup", |h| {
        h.keys("C-g").text("0074321");
    });
    shows(
        &lookup,
        &["Nummer, Name oder E-Mail: 0074321", "1 Treffer", "Alfreds"],
    );
    let (form, _) = german("log_call_form", |h| {
        h.keys("C-g").text("0074321").keys("Enter");
    });
    // Started: now (09:30 UTC) in Berlin's winter time.
    shows(
        &form,
        &[
            "Anruf erfassen — Alfreds Futterkiste",
            "Beginn           05.12.2026 10:30",
            "Wiedervorlage",
            "Mitarbeiter      anna",
        ],
    );
}

#[test]
fn interactions_in_german() {
    let (due, _) = german("interactions_due", |h| {
        h.keys("g i");
    });
    shows(
        &due,
        &["Fällige Wiedervorlagen — alle 1", "Agent", "15.01.2026"],
    );
    let (all, _) = german("interactions_all", |h| {
        h.keys("g i v");
    });
    shows(&all, &["Kontakte — alle 2", "06.01.2026", "Order status"]);
    let (detail, _) = german("interaction_detail", |h| {
        h.keys("g i Enter");
    });
    shows(
        &detail,
        &[
            "Kontakt 1 · v1",
            "Ansprechpartner Jürgen Weiß",
            "Zeitpunkt       05.01.2026 11:00",
            "Wiedervorlage   fällig 15.01.2026",
            "Notizen",
        ],
    );
    let (edit, _) = german("interaction_edit", |h| {
        h.keys("g i Enter e");
    });
    shows(&edit, &["Rückruf wegen Angebot"]);
}

#[test]
fn the_history_search_in_german_says_how_far_it_came() {
    let (screen, _) = german("history_search", |h| {
        h.keys("g i v /").text("order");
        h.work();
    });
    shows(
        &screen,
        &["Kontakte — 1 gefunden im ganzen Verlauf", "Order status"],
    );
    assert!(!screen.contains("Rückruf wegen"), "{screen}");
}

#[test]
fn opportunity_detail_and_edit_in_german() {
    let (detail, _) = german("opportunity_detail", |h| {
        h.keys("g o Enter");
    });
    shows(
        &detail,
        &[
            "Verkaufschance 1 · v1",
            "Betrag             120.000,00 €",
            "Wahrscheinlichkeit 40 %",
            "Gewichtet          48.000,00 €",
            "Abschlussdatum     31.03.2026",
            "Angelegt           02.01.2026 09:00",
        ],
    );
    let (edit, _) = german("opportunity_edit", |h| {
        h.keys("g o Enter e");
    });
    shows(&edit, &["CNC-Fräszentrum"]);
}

#[test]
fn pipeline_in_german() {
    let (screen, ascii) = german("pipeline", |h| {
        h.keys("g o");
    });
    shows(
        &screen,
        &[
            "2 Verkaufschancen — / sucht nach Titel oder Kunde",
            " CNC-Fräszentrum · Müller Maschinenbau GmbH · 120.000,00 € · 40 %",
            "2.400,50",
        ],
    );
    shows(&ascii, &["120.000,00 EUR"]);
}

#[test]
fn audit_and_users_in_german() {
    let (audit, _) = german("audit", |h| {
        h.keys(":").text("go-audit").keys("Enter");
    });
    shows(
        &audit,
        &[
            "Protokoll",
            "Zeit",
            "Benutzer",
            "Datensatz",
            "Alt → neu",
            "Gewählte Änderung",
        ],
    );
    // Times in Berlin: the fixture was saved at 09:30 UTC, 10:30 in Berlin's winter time.
    shows(
        &audit,
        &["05.12.2026 10:30 anna", "von anna am 05.12.2026 10:30"],
    );
    let (users, _) = german("users", |h| {
        h.saved_by_ben(Command::Users(UserCommand::Add {
            name: "erika".into(),
            role: Role::Agent,
            keys: Vec::new(),
            lang: None,
        }));
        h.keys(":").text("go-users").keys("Enter");
    });
    shows(
        &users,
        &[
            "Benutzer",
            "Rolle",
            "Schlüssel-Fingerprint",
            "Notiz",
            "erika",
            "(kein Schlüssel)",
        ],
    );
}

/// A German agent types an amount and a date as Germans write them: saved as meant, shown
/// back the German way.
#[test]
fn a_german_amount_and_date_typed_into_a_form_are_saved_as_meant() {
    in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        harness
            .keys("g c Enter n")
            .text("Wartung 2027")
            .keys("Tab")
            .text("1.234,56")
            .keys("Tab Tab")
            .text("05.12.2026")
            .keys("C-x");
        let screen = harness.screen();
        assert!(screen.contains("Verkaufschance gespeichert"), "{screen}");
        assert!(screen.contains("1.234,56 € - Wartung 2027"), "{screen}");
        let store = harness.store();
        let saved: Vec<Opportunity> = store.scan().unwrap().collect::<Result<_, _>>().unwrap();
        let saved = saved
            .iter()
            .find(|o| o.title == "Wartung 2027")
            .expect("the opportunity was saved");
        assert_eq!(saved.amount.amount, dec!(1234.56));
        assert_eq!(saved.expected_close, Some(date!(2026 - 12 - 05)));
    });
}

/// The log-call form shows its start in Berlin time; saved, it is the instant it names.
#[test]
fn a_call_logged_in_german_keeps_its_start_and_follow_up_date() {
    in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        harness
            .keys("C-g")
            .text("0074321")
            .keys("Enter")
            .text("Lieferung")
            .keys("Tab")
            .text("kommt Montag")
            .keys("Tab")
            .text("07.12.2026")
            .keys("C-x");
        let screen = harness.screen();
        assert!(screen.contains("Anruf erfasst"), "{screen}");
        let store = harness.store();
        let calls: Vec<Interaction> = store.scan().unwrap().collect::<Result<_, _>>().unwrap();
        let call = calls
            .iter()
            .find(|i| i.subject == "Lieferung")
            .expect("the call was logged");
        assert_eq!(call.at, datetime!(2026-12-05 09:30 UTC));
        assert_eq!(call.follow_up, Some(date!(2026 - 12 - 07)));
    });
}

#[test]
fn the_opportunity_forms_and_a_picker_in_german() {
    let (new, _) = german("opportunity_new", |h| {
        h.keys("g c Enter n Tab Tab");
    });
    shows(
        &new,
        &[
            "Neue Verkaufschance — Müller Maschinenbau GmbH",
            "Betrag",
            ">Phase            qualification  F4 Liste",
            "Abschlussdatum",
        ],
    );
    let (lost, _) = german("opportunity_lost", |h| {
        h.keys("g o x");
    });
    shows(&lost, &["Verloren — CNC-Fräszentrum", "Grund"]);
    let (picker, _) = german("picker_status", |h| {
        h.keys("g c n Tab Tab Tab F4");
    });
    shows(
        &picker,
        &[
            "Status auswählen — tippen zum Filtern:",
            "Potenzieller Kunde",
        ],
    );
    assert!(!picker.contains("prospect"), "{picker}");
    // Typed in German words, kept as the status's machine name.
    in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        harness
            .keys("g c n")
            .text("Neukunde Süd")
            .keys("Tab Tab Tab C-u")
            .text("potenzieller kunde")
            .keys("C-x");
        let store = harness.store();
        let customers: Vec<kontor::domain::Customer> =
            store.scan().unwrap().collect::<Result<_, _>>().unwrap();
        let added = customers
            .iter()
            .find(|c| c.name == "Neukunde Süd")
            .expect("the customer was saved");
        assert_eq!(added.status, kontor::domain::CustomerStatus::Prospect);
    });
    in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        harness
            .keys("g c n Tab Tab Tab F4")
            .text("potenz")
            .keys("Enter");
        let form = harness.screen();
        shows(&form, &["prospect"]);
    });
}

/// A stale edit in German: the refusal says the input is kept, the field someone else
/// changed shows its value now.
#[test]
fn a_stale_customer_edit_in_german_keeps_the_input_and_shows_the_value_now() {
    in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        harness.keys("g c e");
        let mut edit = kontor::domain::fields::customer::CustomerEdit::default();
        edit.set.push("name", "Müller AG");
        harness.saved_by_ben(kontor::core::plain::RecordCommand::edit(
            kontor::core::kinds::CUSTOMERS,
            1,
            Some(1),
            edit.input(),
        ));
        for _ in 0..12 {
            harness.keys("Tab");
        }
        harness.text("Rückruf erbeten").keys("C-x");
        let screen = harness.screen();
        shows(
            &screen,
            &[
                "jetzt: Müller AG",
                "Rückruf erbeten",
                "Ihre Eingabe bleibt erhalten",
            ],
        );
    });
}

/// The edit form shows a customer's status by its German word and saves it back as the
/// status it was; the German word of another status changes it.
#[test]
fn a_german_edit_form_shows_the_status_word_and_saves_it_as_the_status() {
    in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        let form = harness.keys("g c e").screen();
        assert!(form.contains("Status           Kunde "), "{form}");
        harness.keys("Tab Tab Tab Tab Tab").text(" AG").keys("C-x");
        let status = |harness: &Harness| {
            let customer: kontor::domain::Customer = harness.store().require(1).unwrap();
            (customer.status.name(), customer.version)
        };
        assert_eq!(status(&harness), ("customer", 2), "saved, the status kept");
        harness.keys("e Tab Tab");
        harness.keys("C-u").text("Interessent").keys("C-x");
        assert_eq!(status(&harness), ("lead", 3));
    });
}

/// One customer or opportunity reads in the singular, two in the plural.
#[test]
fn german_counts_agree_with_their_noun() {
    in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        let customers = harness.keys("g c").screen();
        assert!(customers.contains(" 2 Kunden angezeigt — /"), "{customers}");
        assert_eq!(
            kontor::t!("crm-customers-hint", count = 1),
            "1 Kunde angezeigt — / sucht nach Name, Telefon oder E-Mail"
        );
        assert_eq!(
            kontor::t!("crm-pipeline-hint", count = 1),
            "1 Verkaufschance — / sucht nach Titel oder Kunde"
        );
        assert_eq!(
            kontor::t!("crm-pipeline-hint", count = 1234),
            "1.234 Verkaufschancen — / sucht nach Titel oder Kunde"
        );
    });
}
