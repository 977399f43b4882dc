//! The App's own texts in German (Europe/Berlin) at 80×24, in the 256-colour and the
//! mono/ASCII profile: the key legend, help, the command palette (which finds an action by
//! a German word of its description), which-key, the demo offer on the first start, a
//! confirmation and the too-small notice; and that every screen's German legend keeps its
//! first entries, help and exit, each label whole, short and apart from the others.

use super::erp_data::erp;
use super::harness::{Harness, color, in_german, profiles};

/// The longest German legend label (`Aktualisieren`, `Nachbestellen`): short enough that
/// a list's legend of three entries with help and exit leaves room for more on 80 columns.
const LABEL: usize = 13;

/// Screens by the keys (or palette entry, after `:`) that open them from home.
const SCREENS: &[&str] = &[
    "",
    "g c",
    "g c Enter",
    "g c n",
    "g c e",
    "g i",
    "g i Enter",
    "g o",
    "g o Enter",
    "g t",
    "g t Enter",
    "g l",
    "g b",
    "g p",
    "g e",
    "g y",
    "g s",
    "g v",
    "C-g",
    ":go-audit",
    ":go-users",
];

/// An admin's App over the CRM and ERP data, on the screen `keys` lead to.
fn on(keys: &str) -> Harness {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    match keys.strip_prefix(':') {
        Some(action) => {
            harness.palette(action);
        }
        None if keys.is_empty() => {}
        None => {
            harness.keys(keys);
        }
    }
    harness
}

#[test]
fn every_german_legend_shows_whole_short_distinct_labels_help_and_exit_always() {
    let mut problems = Vec::new();
    in_german(|| {
        for keys in SCREENS {
            let mut harness = on(keys);
            let legend = harness.app.legend();
            let labels: Vec<&str> = legend.iter().map(|(_, label)| label.as_str()).collect();
            for (at, label) in labels.iter().enumerate() {
                if label.chars().count() > LABEL {
                    problems.push(format!("{keys}: {label} is longer than {LABEL}"));
                }
                if labels[..at].contains(label) {
                    problems.push(format!("{keys}: {label} twice"));
                }
            }
            // An entry that does not fit beside those before it gives way whole: the
            // screen's first three, help and exit always show, each label whole.
            let bottom = harness
                .screen()
                .lines()
                .nth(23)
                .unwrap_or_default()
                .to_string();
            let own = legend.len().saturating_sub(2);
            let kept = legend[..own.min(3)].iter().chain(&legend[own..]);
            for (key, label) in kept {
                let entry = format!("{key} {label}");
                if !bottom
                    .split("  ")
                    .any(|shown| shown.trim_matches('"').trim() == entry)
                {
                    problems.push(format!("{keys}: {key} {label} not in {bottom}"));
                }
            }
            if legend.len() < 3 || !labels.ends_with(&["Hilfe", "Verlassen"]) {
                problems.push(format!("{keys}: {legend:?}"));
            }
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn german_home_help_and_which_key() {
    in_german(|| {
        for profile in profiles() {
            let mut harness = Harness::new(profile, 80, 24);
            let home = harness.snapshot("german_home");
            assert!(
                home.contains("Hilfe") && home.contains("Verlassen"),
                "{home}"
            );
            let help = harness.keys("F1").snapshot("german_help");
            assert!(
                help.contains("Ebene list:") && help.contains("Zu den Kunden"),
                "{help}"
            );
            let which = harness.keys("Esc g").snapshot("german_which_key");
            assert!(
                which.contains("Tasten") && which.contains("Zu den Kunden"),
                "{which}"
            );
        }
    });
}

/// The palette finds an action by a word of its German description, and by its name.
#[test]
fn the_german_palette_finds_actions_by_german_words() {
    in_german(|| {
        for profile in profiles() {
            let mut harness = Harness::new(profile, 80, 24);
            let palette = harness.keys(":").text("Kunde").snapshot("german_palette");
            assert!(palette.contains("Befehle"), "{palette}");
            let first = palette.lines().find(|line| line.contains("go-"));
            assert!(
                first.is_some_and(|line| line.contains("go-customers")),
                "{palette}"
            );
            harness.keys("Enter");
            assert!(
                harness.app.title().contains("Kunden") || harness.app.title().contains("Customers")
            );
        }
        let mut harness = Harness::new(color(), 80, 24);
        // "loschen" finds "löschen" only with the accents folded.
        let found = harness.keys(":").text("loschen").screen();
        let first = found.lines().nth(3).unwrap_or_default();
        assert!(
            first.contains("delete ") && first.contains("löschen"),
            "{found}"
        );
        let by_name = harness.keys("Esc :").text("go-items").screen();
        assert!(by_name.contains("Zu Artikeln und Bestand"), "{by_name}");
    });
}

/// The first start offers demo data in German; `j` (ja) answers yes as `y` does.
#[test]
fn the_german_first_start_offers_demo_data_and_takes_j_for_yes() {
    in_german(|| {
        for profile in profiles() {
            let screen = Harness::first_start(profile).snapshot("german_first_start");
            assert!(screen.contains("Demodaten laden? (j/n)"), "{screen}");
        }
        for yes in ["j", "y"] {
            let mut harness = Harness::first_start(color());
            harness.keys(yes);
            assert!(
                harness.screen().contains("Demodaten werden geladen"),
                "{yes}"
            );
            harness.work();
            let loaded = harness.screen();
            assert!(loaded.contains("Demodaten geladen: 200 Kunden"), "{loaded}");
        }
        let mut harness = Harness::first_start(color());
        let declined = harness.keys("n").screen();
        assert!(!declined.contains("Demodaten"), "{declined}");
    });
}

#[test]
fn german_confirmation_and_too_small_notice() {
    in_german(|| {
        for profile in profiles() {
            let mut harness = Harness::new(profile, 80, 24);
            harness.keys("g c n").text("Neue Firma");
            let confirm = harness.keys("Esc").snapshot("german_confirm");
            assert!(
                confirm.contains("Bestätigen")
                    && confirm.contains("Ungespeicherte Änderungen verwerfen? (j/n)")
                    || confirm.contains("Ungespeicherte Aenderungen verwerfen? (j/n)"),
                "{confirm}"
            );
            let small = Harness::new(profile, 60, 20).snapshot("german_too_small");
            assert!(small.contains("braucht mindestens 80x24"), "{small}");
        }
    });
}
