//! Text fields and their messages at 80x24 in both profiles: a value longer than its field
//! scrolls sideways with the caret in view, a search query too; a field's problem is read
//! whole under its own field, and a refused production is read whole.

use kontor::core::{Actor, execute};
use kontor::domain::datetime::{parse_date, parse_duration};
use kontor::domain::fields::customer;
use kontor::domain::{Country, Currency};
use kontor::tui::input::Input as AppInput;
use time::macros::datetime;

use super::erp_data::erp;
use super::harness::{Harness, color, in_german, input, profiles};

const LONG: &str =
    "Spedition und Lagerhaus Brandenburg an der Havel Nord-Ost Logistik GmbH & Co. KG";

/// The screen row that begins (inside the border) with `label`.
fn row<'a>(screen: &'a str, label: &str) -> &'a str {
    screen
        .lines()
        .find(|line| line.chars().skip(3).collect::<String>().starts_with(label))
        .unwrap_or_else(|| panic!("no row {label} in {screen}"))
}

/// The problem shown under the field `label`: its lines joined, without the `! `.
fn problem_under(screen: &str, label: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines.iter().position(|l| *l == row(screen, label)).unwrap();
    let mut message = Vec::new();
    for line in &lines[at + 1..] {
        let inside: String = line.trim_matches('"').chars().skip(1).collect();
        let text = inside.trim_end_matches(['│', '|']).trim();
        let first = message.is_empty();
        if !inside.starts_with(&" ".repeat(18))
            || text.is_empty()
            || (first && !text.starts_with("! "))
        {
            break;
        }
        message.push(text.trim_start_matches("! ").to_string());
    }
    message.join(" ")
}

#[test]
fn a_long_value_scrolls_sideways_and_keeps_the_caret_in_view() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        harness.keys("g c n").text(LONG);
        let screen = harness.screen();
        let name = row(&screen, "Name");
        assert!(name.contains("Logistik GmbH & Co. KG"), "{screen}");
        assert_eq!(harness.under_cursor(), " ");
        harness.keys("Left");
        assert_eq!(harness.under_cursor(), "G");
        harness.keys("Home");
        let screen = harness.screen();
        assert!(
            row(&screen, "Name").contains("Name             Spedition und"),
            "{screen}"
        );
        assert_eq!(harness.under_cursor(), "S");
        harness.keys("End Left Left Left Left");
        assert_eq!(harness.under_cursor(), ".");
    }
}

#[test]
fn a_long_search_query_scrolls_and_keeps_its_count() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        harness.keys("g c /").text(LONG);
        let screen = harness.screen();
        let prompt = screen.lines().nth(1).unwrap();
        assert!(prompt.contains("Co. KG  (0 found)"), "{screen}");
        harness.keys("Left");
        assert_eq!(harness.under_cursor(), "G");
    }
}

#[test]
fn a_long_problem_is_read_whole_under_its_field() {
    let fields = input(&[("name", "Beispiel"), ("phone", "abc123")]);
    let at = datetime!(2026-01-10 9:00 UTC);
    let problems = customer::from_input(&fields, Country::DE, Currency::EUR, at)
        .err()
        .unwrap();
    let phone = problems.iter().find(|p| p.field == "phone").unwrap();
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        harness
            .keys("g c n")
            .text("Beispiel")
            .keys("Tab Tab Tab Tab");
        harness.text("abc123").keys("C-x");
        let screen = harness.screen();
        assert_eq!(
            problem_under(&screen, "Phone"),
            harness.shown(&phone.message),
            "{screen}"
        );
    }
}

#[test]
fn two_problems_of_an_edit_each_show_under_their_own_field() {
    let duration = parse_duration("duration", "5 min").unwrap_err();
    let follow_up = parse_date("follow_up", "morgen").unwrap_err();
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g i e Tab Tab Tab C-u").text("5 min");
    harness.keys("Tab C-u").text("morgen").keys("C-x");
    let screen = harness.screen();
    assert_eq!(
        problem_under(&screen, "Duration"),
        duration.message,
        "{screen}"
    );
    assert_eq!(
        problem_under(&screen, "Follow-up"),
        follow_up.message,
        "{screen}"
    );
}

/// Production of 9999 gift baskets, refused: the screen and its last three lines joined.
fn refused_production() -> (String, String) {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    harness.keys("g b m C-u").text("9999").keys("C-x");
    let screen = harness.screen();
    let bottom: Vec<&str> = screen.lines().rev().take(3).collect();
    let said = bottom
        .iter()
        .rev()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    (screen, said)
}

#[test]
fn a_refused_production_is_read_whole() {
    let (screen, said) = refused_production();
    assert!(
        said.contains("component(s) short, see the table; nothing moved"),
        "{screen}"
    );
    assert!(!said.contains("record:"), "{screen}");
}

#[test]
fn a_refused_production_is_read_whole_in_german() {
    let (screen, said) = in_german(refused_production);
    assert!(
        said.contains(
            "in WH1 nicht fertigbar: 4 Komponente(n) fehlen, siehe Tabelle; nichts gebucht"
        ),
        "{screen}"
    );
}

#[test]
fn a_pickers_filter_moves_the_highlight_to_the_best_match() {
    let mut harness = Harness::new(color(), 80, 24);
    let store = harness.store();
    erp(&store);
    for (code, name) in [("A-PACK", "Vorpacken"), ("PACK", "Packtisch")] {
        let command = kontor::core::kinds::location::add(code, name);
        execute(
            &store,
            &crate::common::clock(),
            &Actor::local("anna"),
            command,
        )
        .unwrap();
    }
    harness.keys("g b m Tab");
    let before = harness.screen();
    assert!(before.lines().nth(2).unwrap().contains("WH1"), "{before}");
    harness.keys("F4").text("PACK").keys("Enter");
    let screen = harness.screen();
    assert!(
        screen.lines().nth(2).unwrap().contains("Location  PACK "),
        "{screen}"
    );
    harness.keys("F4").text("pack").keys("Backspace Enter");
    let screen = harness.screen();
    assert!(
        screen.lines().nth(2).unwrap().contains("Location  A-PACK "),
        "{screen}"
    );
}

#[test]
fn keys_do_nothing_but_quit_while_the_terminal_is_too_small() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g c n").text("Beispiel");
    harness.app.handle(AppInput::Resize(79, 24));
    harness.text("x").keys("Tab").paste("y");
    harness.app.handle(AppInput::Resize(80, 24));
    let screen = harness.screen();
    assert!(
        row(&screen, "Name").contains(">Name             Beispiel "),
        "{screen}"
    );
    harness.app.handle(AppInput::Resize(79, 24));
    let quit = harness.app.handle(AppInput::Key("C-c".parse().unwrap()));
    harness.app.handle(AppInput::Resize(80, 24));
    assert!(quit.is_empty(), "unsaved input asks first: {quit:?}");
    assert!(harness.screen().contains("Discard unsaved changes"));
}
