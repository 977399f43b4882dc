//! Unit tests of keymap loading: lookups, merging a user file over a preset, and the
//! errors (each naming file, line and key). Room: tui.

use super::*;
use crate::tui::key::parse_sequence;

fn keys(text: &str) -> Vec<Key> {
    parse_sequence(text).unwrap()
}

fn user(text: &str) -> Result<Keymap, KeymapError> {
    Keymap::from_text(None, Some(("keymap.toml", text)))
}

fn default() -> Keymap {
    Keymap::load(None, None).unwrap()
}

#[test]
fn both_presets_parse_and_keep_the_rules() {
    for preset in Preset::ALL {
        let keymap = Keymap::load(Some(preset.name()), None).unwrap();
        assert_eq!(keymap.preset(), *preset);
        assert_eq!(keymap.unreachable_without_function_keys(), vec![]);
        for layer in Layer::ALL {
            for binding in keymap.effective(*layer) {
                assert!(!binding.keys.iter().any(Key::is_flow_control));
                assert!(
                    binding.description().chars().count() <= 40,
                    "{}",
                    binding.sequence()
                );
            }
        }
    }
}

#[test]
fn lookup_matches_pends_and_misses() {
    let keymap = default();
    assert_eq!(
        keymap.lookup(Layer::List, &keys("g c")),
        Lookup::Matched(Action::GoCustomers)
    );
    assert_eq!(
        keymap.lookup("list", &keys("?")),
        Lookup::Matched(Action::Help)
    );
    let Lookup::Pending(next) = keymap.lookup(Layer::List, &keys("g")) else {
        panic!("g is a prefix");
    };
    assert!(next.contains(&(Key::char('c'), "Go to Customers".to_string())));
    assert_eq!(next.len(), 32);
    for (chord, action) in [
        ("g B", Action::GoPurchases),
        ("g F", Action::GoProductionOrders),
        ("g C", Action::GoCampaigns),
        ("g S", Action::GoSegments),
        ("g M", Action::GoMailings),
        ("g P", Action::GoMrp),
        ("g /", Action::GoSearch),
    ] {
        assert_eq!(
            keymap.lookup(Layer::List, &keys(chord)),
            Lookup::Matched(action)
        );
    }
    assert_eq!(keymap.lookup(Layer::List, &keys("g z")), Lookup::NotFound);
    assert_eq!(keymap.lookup(Layer::List, &keys("z")), Lookup::NotFound);
    assert_eq!(keymap.lookup(Layer::List, &[]), Lookup::NotFound);
    assert_eq!(
        keymap.lookup("no-such-layer", &keys("F1")),
        Lookup::NotFound
    );
}

#[test]
fn global_is_under_every_layer_and_shadowed_by_it() {
    let keymap = default();
    assert_eq!(
        keymap.lookup(Layer::Form, &keys("F1")),
        Lookup::Matched(Action::Help)
    );
    assert_eq!(
        keymap.lookup(Layer::List, &keys("Esc")),
        Lookup::Matched(Action::Back)
    );
    assert_eq!(
        keymap.lookup(Layer::Form, &keys("Esc")),
        Lookup::Matched(Action::Cancel)
    );
    assert_eq!(keymap.lookup(Layer::Form, &keys("q")), Lookup::NotFound);
    assert_eq!(keymap.lookup(Layer::Global, &keys("?")), Lookup::NotFound);
    assert_eq!(
        keymap.key_for(Layer::Form, Action::Cancel).as_deref(),
        Some("Esc")
    );
    assert_eq!(
        keymap.keys_for(Layer::List, Action::Help),
        vec!["?", "F1", "C-k"]
    );
    assert!(
        keymap
            .bindings(Layer::Form)
            .iter()
            .all(|(_, a)| *a != Action::Help)
    );
    assert!(
        keymap
            .effective(Layer::Form)
            .iter()
            .any(|b| b.action == Action::Help)
    );
}

#[test]
fn text_layers_bind_no_plain_characters() {
    for preset in Preset::ALL {
        let keymap = Keymap::load(Some(preset.name()), None).unwrap();
        for layer in [
            Layer::Global,
            Layer::Form,
            Layer::Prompt,
            Layer::Scan,
            Layer::Entry,
        ] {
            for binding in keymap.effective(layer) {
                let key = binding.keys[0];
                let typed =
                    matches!(key.code, crate::tui::key::KeyCode::Char(_)) && !key.ctrl && !key.alt;
                assert!(!typed, "{preset:?} [{layer}] binds {}", binding.sequence());
            }
        }
    }
}

#[test]
fn vim_preset_is_chosen_by_argument_or_file() {
    let vim = Keymap::load(Some("vim"), None).unwrap();
    assert_eq!(
        vim.lookup(Layer::List, &keys("j")),
        Lookup::Matched(Action::Down)
    );
    assert_eq!(
        vim.lookup(Layer::List, &keys("g g")),
        Lookup::Matched(Action::First)
    );
    assert_eq!(
        vim.lookup(Layer::List, &keys("G")),
        Lookup::Matched(Action::Last)
    );
    let from_file = user("preset = \"vim\"\n").unwrap();
    assert_eq!(from_file.preset(), Preset::Vim);
    let overridden = Keymap::from_text(Some("default"), Some(("k.toml", "preset = \"vim\"\n")));
    assert_eq!(overridden.unwrap().preset(), Preset::Default);
    let bad = Keymap::from_text(Some("vim"), Some(("k.toml", "\npreset = \"emacs\"\n")));
    assert_eq!(
        bad.unwrap_err().line(),
        Some(2),
        "a bad preset in the file is an error"
    );
}

#[test]
fn user_bindings_merge_per_key() {
    let keymap = user(
        "list = [\n  { on = \"D\", run = \"delete\" },\n  { on = \"d\", run = \"none\" },\n  \
         { on = \"e\", run = \"open\", desc = \"Look\" },\n]\n\
         global = [ { on = \"C-y\", run = \"help\" } ]\n",
    )
    .unwrap();
    assert_eq!(
        keymap.lookup(Layer::List, &keys("D")),
        Lookup::Matched(Action::Delete)
    );
    assert_eq!(keymap.lookup(Layer::List, &keys("d")), Lookup::NotFound);
    assert_eq!(
        keymap.lookup(Layer::List, &keys("e")),
        Lookup::Matched(Action::Open)
    );
    assert_eq!(
        keymap.lookup(Layer::Detail, &keys("d")),
        Lookup::Matched(Action::Delete)
    );
    assert_eq!(
        keymap.lookup(Layer::Form, &keys("C-y")),
        Lookup::Matched(Action::Help)
    );
    let edited = keymap
        .entries(Layer::List)
        .iter()
        .position(|b| b.sequence() == "e");
    let enter = keymap
        .entries(Layer::List)
        .iter()
        .position(|b| b.sequence() == "Enter");
    assert!(edited > enter, "a replaced binding keeps its place");
    assert_eq!(
        keymap.entries(Layer::List)[edited.unwrap()].description(),
        "Look"
    );
    assert_eq!(
        keymap.lookup(Layer::List, &keys("g c")),
        Lookup::Matched(Action::GoCustomers)
    );
}

#[test]
fn a_user_binding_replaces_the_base_bindings_it_conflicts_with_once_they_are_unbound() {
    let keymap =
        user("list = [ { on = \"g\", run = \"none\" }, { on = \"g\", run = \"go-home\" } ]\n")
            .unwrap();
    assert_eq!(
        keymap.lookup(Layer::List, &keys("g")),
        Lookup::Matched(Action::GoHome)
    );
    assert_eq!(keymap.lookup(Layer::List, &keys("g c")), Lookup::NotFound);
    let keymap =
        user("list = [ { on = \"q\", run = \"none\" }, { on = \"q x\", run = \"quit\" } ]\n")
            .unwrap();
    assert!(matches!(
        keymap.lookup(Layer::List, &keys("q")),
        Lookup::Pending(_)
    ));
    // Without the unbinding, the preset's sequences would vanish silently: refused.
    assert!(user("list = [ { on = \"g\", run = \"go-home\" } ]\n").is_err());
    assert!(user("list = [ { on = \"q x\", run = \"quit\" } ]\n").is_err());
    let keymap = user("list = [ { on = \"g\", run = \"none\" } ]\n").unwrap();
    assert_eq!(keymap.lookup(Layer::List, &keys("g c")), Lookup::NotFound);
    let keymap =
        user("list = [ { on = \"g c\", run = \"help\" }, { on = \"g\", run = \"none\" } ]\n")
            .unwrap();
    assert_eq!(
        keymap.lookup(Layer::List, &keys("g c")),
        Lookup::Matched(Action::Help)
    );
    assert_eq!(keymap.lookup(Layer::List, &keys("g i")), Lookup::NotFound);
}

#[test]
fn pending_names_longer_prefixes() {
    let keymap =
        user("list = [ { on = \"z a b\", run = \"help\" }, { on = \"z c\", run = \"quit\" } ]\n")
            .unwrap();
    assert_eq!(
        keymap.lookup(Layer::List, &keys("z")),
        Lookup::Pending(vec![
            (Key::char('a'), "+1 key".to_string()),
            (Key::char('c'), Action::Quit.description().to_string()),
        ])
    );
}

/// The error's file, line and key, and its message.
fn fails(text: &str) -> (String, Option<usize>, Option<String>, String) {
    let error = user(text).unwrap_err();
    (
        error.file().to_string(),
        error.line(),
        error.key().map(str::to_string),
        error.to_string(),
    )
}

#[test]
fn unknown_action_names_file_line_and_key() {
    let (file, line, key, message) =
        fails("# mine\n\nlist = [\n  { on = \"g x\", run = \"go-nowhere\" },\n]\n");
    assert_eq!(
        (file.as_str(), line, key.as_deref()),
        ("keymap.toml", Some(4), Some("g x"))
    );
    assert!(
        message.starts_with("keymap.toml:4: key \"g x\": unknown action \"go-nowhere\""),
        "{message}"
    );
}

#[test]
fn bad_key_names_file_line_and_key() {
    let (_, line, key, message) = fails("form = [\n  { on = \"C-Foo\", run = \"save\" },\n]\n");
    assert_eq!((line, key.as_deref()), (Some(2), Some("C-Foo")));
    assert!(message.contains("unknown key name \"Foo\""), "{message}");
}

#[test]
fn flow_control_keys_and_alt_with_a_character_are_refused() {
    let refused = [
        ("C-s", "XON/XOFF"),
        ("C-q", "XON/XOFF"),
        ("C-Q", "XON/XOFF"),
        ("g C-s", "XON/XOFF"),
        ("A-x", "Esc followed by it"),
        ("M-g", "Esc followed by it"),
        ("g A-c", "Esc followed by it"),
        ("C-A-x", "Esc followed by it"),
    ];
    for (on, why) in refused {
        let (_, line, key, message) =
            fails(&format!("\n[[global]]\non = \"{on}\"\nrun = \"save\"\n"));
        assert_eq!((line, key.as_deref()), (Some(3), Some(on)));
        assert!(message.contains(why), "{message}");
    }
    // Alt with a named key comes in one sequence of its own (`ESC [ 1 ; 3 A`).
    assert!(user("[[global]]\non = \"A-Up\"\nrun = \"up\"\n").is_ok());
}

#[test]
fn conflicts_in_one_file_are_refused() {
    let (_, line, key, message) = fails(
        "list = [\n  { on = \"x\", run = \"help\" },\n  { on = \"x y\", run = \"quit\" },\n]\n",
    );
    assert_eq!((line, key.as_deref()), (Some(3), Some("x y")));
    assert!(
        message.contains("conflicts with \"x\" on line 2"),
        "{message}"
    );
    let (_, line, key, message) = fails(
        "list = [\n  { on = \"x\", run = \"help\" },\n  { on = \"x\", run = \"quit\" },\n]\n",
    );
    assert_eq!((line, key.as_deref()), (Some(3), Some("x")));
    assert!(
        message.contains("bound twice in [list] (first on line 2)"),
        "{message}"
    );
    assert!(user("list = [ { on = \"x\", run = \"help\" } ]\nform = [ { on = \"x y\", run = \"help\" } ]\n").is_ok());
}

#[test]
fn unknown_layer_and_syntax_errors_name_file_and_line() {
    let (file, line, _, message) = fails("\n\nlists = [ { on = \"x\", run = \"help\" } ]\n");
    assert_eq!((file.as_str(), line), ("keymap.toml", Some(3)));
    assert!(message.contains("unknown layer \"lists\""), "{message}");
    let (_, line, _, message) = fails("list = [\n  { on = \"x\" run = \"help\" },\n]\n");
    assert_eq!(line, Some(2), "{message}");
    let (_, line, _, message) = fails("list = [\n  { on = \"x\", rnu = \"help\" },\n]\n");
    assert_eq!(line, Some(2));
    assert!(message.contains("unknown field `rnu`"), "{message}");
    let (_, line, key, message) = fails("list = [\n  { on = \"x\" },\n]\n");
    assert_eq!((line, key.as_deref()), (Some(2), Some("x")));
    assert!(message.contains("missing `run`"), "{message}");
    let (_, line, _, _) = fails("\nlist = \"x\"\n");
    assert_eq!(line, Some(2));
    let (_, line, _, message) = fails("\npreset = \"emacs\"\n");
    assert_eq!(line, Some(2));
    assert!(message.contains("unknown preset \"emacs\""), "{message}");
}

#[test]
fn a_missing_file_names_the_file() {
    let error = Keymap::load(None, Some(Path::new("/no/such/keymap.toml"))).unwrap_err();
    assert_eq!(error.file(), "/no/such/keymap.toml");
    assert!(matches!(error, KeymapError::Read { .. }));
    let error = Keymap::load(Some("emacs"), None).unwrap_err();
    assert_eq!(
        error.to_string(),
        "--preset: unknown preset \"emacs\" (presets: default, vim)"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keymap.toml");
    std::fs::write(
        &path,
        b"list = [\n  { on = \"\xfc\", run = \"help\" },\n]\n",
    )
    .unwrap();
    let error = Keymap::load(None, Some(&path)).unwrap_err();
    assert_eq!(error.line(), Some(2));
    assert_eq!(
        error.to_string(),
        format!("{}:2: not valid UTF-8 (byte offset 19)", path.display())
    );
}

/// A keymap file's errors are written in the user's language; file, line, key, layer and
/// action names stay as the file has them.
#[test]
fn errors_and_which_key_speak_german_in_german() {
    let german = crate::lang::Locale::new(crate::lang::Lang::De, crate::lang::Zone::UTC);
    crate::lang::scope(german, || {
        let (_, _, _, message) = fails("list = [\n  { on = \"g x\", run = \"go-custmers\" },\n]\n");
        assert_eq!(
            message,
            "keymap.toml:2: Taste \"g x\": unbekannte Aktion \"go-custmers\" \
             (meinten Sie \"go-customers\"?)"
        );
        let (_, _, _, message) = fails("list = [ { on = \"F25\", run = \"help\" } ]\n");
        assert!(message.ends_with("nicht \"F25\""), "{message}");
        let (_, _, _, message) = fails("nowhere = []\n");
        assert!(
            message.starts_with("keymap.toml:1: unbekannte Ebene \"nowhere\""),
            "{message}"
        );
        let keymap = user(
            "list = [ { on = \"z a b\", run = \"help\" }, { on = \"z c\", run = \"quit\" } ]\n",
        )
        .unwrap();
        assert_eq!(
            keymap.lookup(Layer::List, &keys("z")),
            Lookup::Pending(vec![
                (Key::char('a'), "+1 Taste".to_string()),
                (
                    Key::char('c'),
                    "Beenden (fragt bei Ungespeichertem)".to_string()
                ),
            ])
        );
    });
}
