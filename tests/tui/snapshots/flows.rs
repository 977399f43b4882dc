//! What keys do on the screens, driven through the real App without a terminal: leaving a
//! form with typed input asks first (Esc, F12, back, a go-… action); the caller lookup
//! prefills the contact whose number rang, the agent and the start time; the palette
//! reaches every action; legends and hints name the keys of this keymap and profile and
//! what they do on this screen; keys with nothing to do here say so; stage sums are never
//! cut; going home shows it reloaded; Esc empties a search on every list alike.

use kontor::core::Role;
use kontor::domain::Currency;
use kontor::domain::fields::{interaction, opportunity};
use time::macros::datetime;

use super::erp_data::erp;
use super::harness::{Harness, ascii, color, input};

/// The bottom line (the legend, or the status that replaces it).
pub fn bottom(screen: &str) -> String {
    let last = screen.lines().last().unwrap_or_default();
    last.trim_matches('"').to_string()
}

/// The log-call form with "Lieferzeit" typed was asked to close: it asks, and no (or Esc)
/// keeps the form and what was typed.
fn asked_and_kept_on_no(harness: &mut Harness) {
    let asked = harness.screen();
    assert!(asked.contains("Discard unsaved changes? (y/n)"), "{asked}");
    harness.keys("n");
    let kept = harness.screen();
    assert!(
        kept.contains("Log call") && kept.contains("Lieferzeit"),
        "{kept}"
    );
}

/// Esc answered yes on that form closes it, back on customer 1.
fn esc_yes_closes_the_form(harness: &mut Harness) {
    harness.keys("Esc y");
    let left = harness.screen();
    assert!(
        left.contains("Customer 1") && !left.contains("Lieferzeit"),
        "{left}"
    );
}

#[test]
fn esc_and_f12_on_a_form_with_typed_input_ask_before_discarding_it() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g c Enter l").text("Lieferzeit");
    for leave in ["Esc", "F12"] {
        harness.keys(leave);
        asked_and_kept_on_no(&mut harness);
    }
    esc_yes_closes_the_form(&mut harness);
    // A form nobody typed into is left at once.
    harness.keys("e Esc");
    let untouched = harness.screen();
    assert!(
        untouched.contains("Customer 1") && !untouched.contains("Discard"),
        "{untouched}"
    );
}

#[test]
fn going_elsewhere_from_a_form_with_typed_input_asks_first() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g c Enter l").text("Lieferzeit");
    // The palette reaches every go-… action from inside a form.
    harness.keys("C-p").text("go-interactions").keys("Enter");
    asked_and_kept_on_no(&mut harness);
    // No stays no: a later Esc answered yes closes the form, it does not go anywhere.
    esc_yes_closes_the_form(&mut harness);
    harness.keys("l").text("Lieferzeit");
    harness
        .keys("C-p")
        .text("go-interactions")
        .keys("Enter")
        .keys("y");
    let gone = harness.screen();
    assert!(
        gone.contains("kontor · Follow-ups due") && !gone.contains("Lieferzeit"),
        "{gone}"
    );
}

#[test]
fn every_kind_of_form_asks_before_esc_throws_input_away() {
    // (keys to the form, text typed into its first field)
    let forms = [
        ("g c n", "Neukunde"),
        ("g o x", "zu teuer"),
        ("g t n", "NW-999"),
        ("g l n", "WH9"),
        ("g e n", "E9"),
        ("g y r", "E3=10"),
        ("g b m Backspace", "3"),
    ];
    for (keys, typed) in forms {
        let mut harness = Harness::new(color(), 80, 24);
        erp(&harness.store());
        harness.keys(keys).text(typed).keys("Esc");
        let screen = harness.screen();
        assert!(
            screen.contains("Discard unsaved changes? (y/n)") && screen.contains(typed),
            "{keys}: {screen}"
        );
    }
}

#[test]
fn the_caller_lookup_prefills_the_contact_whose_number_rang_the_agent_and_the_start() {
    let mut harness = Harness::new(color(), 80, 24);
    let mut fields = input(&[
        ("name", "Hansa Kontor KG"),
        ("phone", "040 5550000"),
        ("country", "DE"),
    ]);
    for (name, phone) in [("Erika Berg", "040 5551111"), ("Piet Sand", "040 5552222")] {
        fields.push("contact", name);
        fields.push("contact_phone", phone);
    }
    harness.saved_by_ben(kontor::core::plain::RecordCommand::add(
        kontor::core::kinds::CUSTOMERS,
        fields,
    ));
    let form_for = |harness: &mut Harness, number: &str| {
        harness.keys("C-g").text(number).keys("Enter");
        let form = harness.screen();
        harness.keys("Esc Esc");
        form
    };
    let piet = form_for(&mut harness, "5552222");
    assert!(piet.contains("Contact          Piet Sand"), "{piet}");
    assert!(piet.contains("Agent            anna"), "{piet}");
    let today = crate::common::NOW.date().to_string();
    assert!(
        piet.contains(&format!("Started          {today}T")),
        "{piet}"
    );
    let erika = form_for(&mut harness, "5551111");
    assert!(erika.contains("Contact          Erika Berg"), "{erika}");
    let own = form_for(&mut harness, "5550000");
    let contact_line = own.lines().find(|l| l.contains("Contact")).unwrap();
    assert!(
        !contact_line.contains("Erika") && !contact_line.contains("Piet"),
        "{own}"
    );
}

#[test]
fn the_palette_scrolls_to_every_action_and_enter_runs_it() {
    let all = kontor::tui::popup::matches("", Role::Admin);
    let scan = all
        .iter()
        .position(|a| a.name() == "go-scan")
        .expect("go-scan in the palette");
    assert!(
        scan >= 12,
        "go-scan is at {scan}: the test would not scroll"
    );
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys(":");
    for _ in 0..scan {
        harness.keys("Down");
    }
    let shown = harness.screen();
    assert!(shown.contains("go-scan"), "{shown}");
    harness.keys("Enter");
    assert!(harness.screen().contains("kontor · Scan"), "{shown}");
    // Down stops at the last entry, which stays selected and runs.
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys(":");
    for _ in 0..all.len() + 10 {
        harness.keys("Down");
    }
    let last = all.last().unwrap().name();
    assert!(harness.screen().contains(last), "{last}");
}

#[test]
fn thin_terminals_are_shown_keys_they_have() {
    let mut harness = Harness::new(ascii(), 80, 24);
    let home = bottom(&harness.screen());
    assert!(
        home.contains("C-g Caller") && !home.contains("F2"),
        "{home}"
    );
    harness.keys("g c");
    let list = bottom(&harness.screen());
    assert!(
        list.contains("n New") && list.contains("Esc Back"),
        "{list}"
    );
    assert!(!list.contains('F'), "{list}");
    harness.keys("Enter l");
    let form = bottom(&harness.screen());
    assert!(
        form.contains("Esc Cancel") && form.contains("C-c Exit"),
        "{form}"
    );
    assert!(!form.contains("F4") && !form.contains("F3"), "{form}");
    harness.keys("C-k");
    let help = harness.screen();
    assert!(help.contains("C-o") && !help.contains("F4 "), "{help}");
    // A terminal with F-keys is shown them.
    let mut harness = Harness::new(color(), 80, 24);
    assert!(bottom(&harness.screen()).contains("F2 Caller"));
}

#[test]
fn going_home_shows_what_changed_meanwhile() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g c");
    let call = input(&[
        ("customer", "2"),
        ("channel", "call-out"),
        ("subject", "Reklamation Lieferung"),
        ("outcome", "Ersatz zugesagt"),
        ("at", "2026-01-08T10:00:00Z"),
        ("follow_up", "2026-01-12"),
        ("agent", "anna"),
    ]);
    let now = datetime!(2026-01-10 9:00 UTC);
    let interaction = interaction::from_input(&call, now, "ben").unwrap();
    harness.saved_by_ben(kontor::core::kinds::interaction::log(&interaction));
    let home = harness.keys("g h").screen();
    assert!(home.contains("kontor · Home"), "{home}");
    assert!(home.contains("Reklamation"), "{home}");
}

#[test]
fn reference_fields_name_the_picker_key_the_legend_names() {
    // (profile, preset, the key the legend shows for the picker)
    let cases = [
        (color(), "default", "F4"),
        (ascii(), "default", "C-o"),
        (ascii(), "vim", "C-o"),
    ];
    // A new opportunity (Customer), a BOM (Parent item), production (Location).
    let forms = ["g o F6", "g b e", "g b m Tab"];
    for (profile, preset, key) in cases {
        for keys in forms {
            let mut harness = Harness::with_preset(preset, profile, 80, 24);
            erp(&harness.store());
            let screen = harness.keys(keys).screen();
            assert!(
                bottom(&screen).contains(&format!("{key} Prompt")),
                "{preset} {keys}: {screen}"
            );
            let hint = format!("  {key} list");
            assert!(
                screen.contains(&hint),
                "{preset} {keys}: {hint} in {screen}"
            );
            if key != "F4" {
                assert!(!screen.contains("F4"), "{preset} {keys}: {screen}");
            }
        }
    }
}

#[test]
fn legends_and_hints_say_what_the_keys_do_here() {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    harness.keys("g b");
    let boms = bottom(&harness.screen());
    assert!(boms.contains("PgDn Next BOM"), "{boms}");
    assert!(!boms.contains("Page down"), "{boms}");
    let mut vim = Harness::with_preset("vim", color(), 80, 24);
    vim.keys("g i");
    let interactions = vim.screen();
    assert!(interactions.contains("v switches"), "{interactions}");
    assert!(
        bottom(&interactions).contains("v Due/all") && bottom(&interactions).contains("o Log"),
        "{interactions}"
    );
    // A lost opportunity without a reason: the form's words, not the CLI's flag.
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g o x C-x");
    let lost = harness.screen();
    assert!(lost.contains("needs a reason"), "{lost}");
    assert!(!lost.contains("--reason"), "{lost}");
}

#[test]
fn keys_bound_here_either_work_or_say_they_are_not_available() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g c l");
    let form = harness.screen();
    assert!(
        form.contains("Log call — Müller Maschinenbau GmbH"),
        "{form}"
    );
    harness.keys("Esc g o n");
    let new = harness.screen();
    assert!(
        new.contains("New opportunity") && new.contains("Customer"),
        "{new}"
    );
    harness.keys("Esc g c d");
    let delete = harness.screen();
    assert!(
        bottom(&delete).contains("Delete is not available here"),
        "{delete}"
    );
}

#[test]
fn stage_sums_are_scaled_to_fit_never_cut() {
    let mut harness = Harness::new(color(), 80, 24);
    let big = input(&[
        ("customer", "1"),
        ("title", "Großauftrag"),
        ("amount", "2365630.37"),
        ("stage", "proposal"),
    ]);
    let now = datetime!(2026-01-10 9:00 UTC);
    let big = opportunity::from_input(&big, now, Currency::EUR).unwrap();
    harness.saved_by_ben(kontor::core::kinds::opportunity::add(&big));
    for n in 0..10 {
        let small = input(&[
            ("customer", "2"),
            ("title", &format!("Kleinauftrag {n}")),
            ("amount", "100"),
            ("stage", "qualification"),
            ("owner", "anna"),
        ]);
        let small = opportunity::from_input(&small, now, Currency::EUR).unwrap();
        harness.saved_by_ben(kontor::core::kinds::opportunity::add(&small));
    }
    let home = harness.keys("C-r").screen();
    assert!(home.contains("qualification  10 "), "{home}");
    harness.keys("g o");
    let pipeline = harness.screen();
    // proposal: 120000.00 + 2365630.37 = 2485630.37 in a column 11 wide.
    assert!(pipeline.contains("│2  2485.63k│"), "{pipeline}");
    assert!(!pipeline.contains("248563│"), "{pipeline}");
    assert!(pipeline.contains("2365630.37"), "{pipeline}");
}

#[test]
fn esc_empties_a_search_on_every_list_and_a_second_esc_goes_back() {
    // (go to the list, query, a row it keeps, a row it hides)
    let lists = [
        (
            "g c",
            "futter",
            "Alfreds Futterkiste",
            "Müller Maschinenbau",
        ),
        ("g t", "chang", "Chang", "Aniseed Syrup"),
        ("g e", "lever", "Janet Leverling", "Nancy Davolio"),
    ];
    for (go, query, kept, hidden) in lists {
        let mut harness = Harness::new(color(), 80, 24);
        erp(&harness.store());
        harness.keys(go).keys("/").text(query).keys("Enter");
        let filtered = harness.screen();
        assert!(filtered.contains(kept), "{go}: {filtered}");
        assert!(!filtered.contains(hidden), "{go}: {filtered}");
        harness.keys("Esc");
        let all = harness.screen();
        assert!(all.contains(kept) && all.contains(hidden), "{go}: {all}");
        assert!(!all.contains(&format!("/ {query}")), "{go}: {all}");
        harness.keys("Esc");
        let home = harness.screen();
        assert!(home.contains("Pipeline"), "{go}: {home}");
    }
}

#[test]
fn the_legend_keeps_help_and_exit_and_an_unknown_sequence_says_so() {
    let mut harness = Harness::new(color(), 80, 24);
    let legend = bottom(&harness.keys("g i").screen());
    // Interactions has more entries than 80 columns hold: its last give way, whole, and
    // help and exit stay.
    assert!(legend.trim_end().ends_with("? Help  q Exit"), "{legend:?}");
    assert!(legend.contains("/ Search"), "{legend:?}");
    let unknown = bottom(&harness.keys("g z").screen());
    assert!(unknown.contains("g z is not a key here"), "{unknown}");
    let still = harness.screen();
    assert!(still.contains("Follow-ups due"), "{still}");
}

#[test]
fn help_keeps_its_place_and_size_while_paging_and_says_when_it_is_at_the_end() {
    let mut harness = Harness::new(color(), 80, 24);
    let first = harness.keys("g c F1").screen();
    let title_row = |screen: &str| screen.lines().position(|line| line.contains("Help —"));
    assert!(first.contains("Down/PgDn for more"), "{first}");
    let end = harness
        .keys("PgDn PgDn PgDn PgDn PgDn PgDn PgDn PgDn")
        .screen();
    assert_eq!(title_row(&end), title_row(&first), "{end}");
    assert!(end.contains("Up/PgUp back"), "{end}");
    let frame = |screen: &str| screen.lines().filter(|line| line.contains("│  ")).count();
    assert_eq!(frame(&end), frame(&first), "{first}\n{end}");
}

#[test]
fn the_contact_of_a_call_is_picked_from_the_customers_contacts() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g c l");
    assert!(
        harness
            .screen()
            .contains("Log call — Müller Maschinenbau GmbH")
    );
    // The form opens on the subject; the contact is the field before: emptied, then
    // picked.
    harness.keys("S-Tab C-u F4");
    let picker = harness.screen();
    assert!(picker.contains("pick contact"), "{picker}");
    assert!(picker.contains("Jürgen Weiß (Einkauf)"), "{picker}");
    let form = harness.keys("Enter").screen();
    let contact = form
        .lines()
        .find(|line| line.contains("Contact"))
        .unwrap_or_default();
    assert!(contact.contains("Jürgen Weiß"), "{form}");
}

/// A save the runner could not make durable (the disk is full) ends in "not saved" with
/// the reason and the bell, never in "saved".
#[test]
fn a_save_that_could_not_be_made_durable_says_not_saved() {
    let mut harness = Harness::new(ascii(), 80, 24);
    harness.keys("g c n").text("Auf der Platte").keys("C-x");
    assert!(bottom(&harness.plain()).contains("saved"));
    let effects = harness.app.handle(kontor::tui::input::Input::NotDurable(
        "the disk holding the database is full".into(),
    ));
    assert!(effects.contains(&kontor::tui::input::Effect::Bell));
    let status = bottom(&harness.plain());
    assert!(
        status.starts_with("not saved: the disk holding the database is full"),
        "{status}"
    );
}
