//! Help lists the keys of the screen it is opened on: for screens that share a keymap
//! layer, every key of the layer that help lists works there, and every one it leaves out
//! says "… is not available here" — checked for each key, each on a fresh App over one
//! database filled once per screen.

use kontor::tui::keymap::Keymap;

use super::erp_data::erp;
use super::harness::{Harness, color};

/// An admin's App over the CRM fixture (and the ERP data with `with_erp`), tall enough
/// for help to show whole, after `keys`.
fn at(keys: &str, with_erp: bool) -> Harness {
    let mut harness = Harness::new(color(), 100, 80);
    if with_erp {
        erp(&harness.store());
    }
    if !keys.is_empty() {
        harness.keys(keys);
    }
    harness
}

/// The action names help lists under the screen's own layer (before the global keys).
fn listed_in_help(keys: &str, layer: &str, with_erp: bool) -> String {
    let help = at(keys, with_erp).keys("F1").screen();
    let start = help
        .find(&format!("{layer}:"))
        .unwrap_or_else(|| panic!("{keys}: no {layer} section in {help}"));
    let end = help.find("global:").expect("a global section");
    help[start..end].to_string()
}

/// On the screen `keys` open (with the ERP data with `with_erp`), whose own keys are those
/// of `layer`: every key help lists works, every other one is refused.
fn help_lists_exactly_the_keys_that_work(keys: &str, layer: &str, with_erp: bool) {
    let keymap = Keymap::from_text(Some("default"), None).unwrap();
    let listed = listed_in_help(keys, layer, with_erp);
    let filled = at("", with_erp);
    for binding in keymap.entries(layer) {
        let name = binding.action.name();
        let shown = listed
            .lines()
            .any(|line| line.split_whitespace().any(|word| word == name));
        let mut harness = Harness::setup()
            .profile(color())
            .size(100, 80)
            .store(&filled.store())
            .build();
        if !keys.is_empty() {
            harness.keys(keys);
        }
        let screen = harness.keys(&binding.sequence()).screen();
        let refused = screen.contains("is not available here");
        assert_eq!(
            shown,
            !refused,
            "on `{keys}`, {name} ({}) is {} in help but {}: {screen}",
            binding.sequence(),
            if shown { "listed" } else { "not listed" },
            if refused { "refused" } else { "works" },
        );
    }
}

// The screens sharing the list and detail layers, one test each (each key is tried on a
// fresh App, so they run side by side).
#[test]
fn help_lists_exactly_the_keys_that_work_on_home() {
    help_lists_exactly_the_keys_that_work("", "list", false);
}

#[test]
fn help_lists_exactly_the_keys_that_work_on_customers() {
    help_lists_exactly_the_keys_that_work("g c", "list", false);
}

#[test]
fn help_lists_exactly_the_keys_that_work_on_interactions() {
    help_lists_exactly_the_keys_that_work("g i v", "list", false);
}

#[test]
fn help_lists_exactly_the_keys_that_work_on_items() {
    help_lists_exactly_the_keys_that_work("g t", "list", true);
}

#[test]
fn help_lists_exactly_the_keys_that_work_on_payroll() {
    help_lists_exactly_the_keys_that_work("g y", "list", true);
}

#[test]
fn help_lists_exactly_the_keys_that_work_on_a_customer() {
    help_lists_exactly_the_keys_that_work("g c Enter", "detail", false);
}

#[test]
fn help_lists_exactly_the_keys_that_work_on_an_item() {
    help_lists_exactly_the_keys_that_work("g t Enter", "detail", true);
}

/// In German help heads its sections by layer and describes each key in German, and a
/// key the screen has no use for is refused in German, naming the action's German label.
#[test]
fn german_help_and_refusals_name_keys_in_german() {
    super::harness::in_german(|| {
        let help = at("g c", false).keys("F1").screen();
        assert!(
            help.contains("Ebene list:") && help.contains("Ebene global:"),
            "{help}"
        );
        assert!(help.contains("Die Liste beim Tippen filtern"), "{help}");
        let keymap = Keymap::from_text(Some("default"), None).unwrap();
        let refused = keymap.entries("list").iter().find_map(|binding| {
            let screen = at("g c", false).keys(&binding.sequence()).screen();
            screen
                .contains("ist hier nicht verfügbar")
                .then(|| (binding.action.label(), screen))
        });
        let (label, screen) = refused.expect("a list key customers has no use for");
        assert!(
            screen.contains(&format!("{label} ist hier nicht verfügbar")),
            "{screen}"
        );
        assert!(!screen.contains("is not available"), "{screen}");
    });
}
