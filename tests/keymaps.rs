//! Keymaps end to end: `kontor keys` through the real binary (presets, the user's file,
//! errors with file and line, no database needed), and the shipped presets checked
//! through the library: they parse, never bind Ctrl-S / Ctrl-Q, and every action they
//! bind is reachable without F-keys on every screen layer; README.md's table of all keys
//! is the one generated here from the `Action` enum.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use kontor::tui::action::Action;
use kontor::tui::key::Key;
use kontor::tui::keymap::{Keymap, Layer, Lookup, Preset};
use serde_json::Value;

/// Runs `kontor keys ARGS…` with an empty config directory and a database path that
/// cannot be opened, so any attempt to open the database would fail.
fn keys(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kontor"))
        .arg("keys")
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .env("HOME", config)
        .env("KONTOR_DB", "/dev/null/no-database")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// `(layer, keys, action)` of every row of `kontor keys --format json`.
fn rows(output: &Output) -> Vec<(String, String, String)> {
    let json: Value = serde_json::from_str(&stdout(output)).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let field = |name: &str| row[name].as_str().unwrap().to_string();
            assert!(!field("description").is_empty());
            (field("layer"), field("keys"), field("action"))
        })
        .collect()
}

fn row(layer: &str, keys: &str, action: &str) -> (String, String, String) {
    (layer.into(), keys.into(), action.into())
}

#[test]
fn keys_lists_the_default_bindings_without_a_database() {
    let config = tempfile::tempdir().unwrap();
    let table = stdout(&keys(config.path(), &[]));
    let header = table.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["LAYER", "KEYS", "ACTION", "DESCRIPTION"]
    );
    assert!(
        table
            .lines()
            .any(|line| line.split_whitespace().take(3).eq(["global", "F1", "help"]))
    );
    let rows = rows(&keys(config.path(), &["--format", "json"]));
    assert!(rows.contains(&row("global", "F1", "help")));
    assert!(rows.contains(&row("list", "g c", "go-customers")));
    assert!(rows.contains(&row("form", "C-x", "save")));
    assert!(!rows.iter().any(|(_, keys, _)| keys == "j"));
    let csv = stdout(&keys(config.path(), &["--format", "csv"]));
    assert!(csv.starts_with("layer,keys,action,description\n"), "{csv}");
}

#[test]
fn keys_with_the_vim_preset_lists_hjkl() {
    let config = tempfile::tempdir().unwrap();
    let rows = rows(&keys(
        config.path(),
        &["--preset", "vim", "--format", "json"],
    ));
    assert!(rows.contains(&row("list", "j", "down")));
    assert!(rows.contains(&row("list", "g g", "first")));
    assert!(rows.contains(&row("list", "G", "last")));
}

#[test]
fn keys_merges_the_users_file_from_the_config_dir_or_the_option() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path().join("kontor");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("keymap.toml"),
        "preset = \"vim\"\nlist = [ { on = \"D\", run = \"delete\" }, { on = \"d d\", run = \"none\" } ]\n",
    )
    .unwrap();
    let rows = rows(&keys(config.path(), &["--format", "json"]));
    assert!(rows.contains(&row("list", "D", "delete")));
    assert!(rows.contains(&row("list", "j", "down")));
    assert!(!rows.contains(&row("list", "d d", "delete")));

    let other = config.path().join("other.toml");
    std::fs::write(&other, "[[global]]\non = \"C-y\"\nrun = \"palette\"\n").unwrap();
    let path = other.to_str().unwrap();
    let rows = self::rows(&keys(
        config.path(),
        &["--keymap", path, "--format", "json"],
    ));
    assert!(rows.contains(&row("global", "C-y", "palette")));
    assert!(
        !rows.iter().any(|(_, keys, _)| keys == "j"),
        "preset from the other file"
    );
}

#[test]
fn keys_with_a_bad_file_exits_2_naming_file_line_and_key() {
    let config = tempfile::tempdir().unwrap();
    let file = config.path().join("bad.toml");
    let path = file.to_str().unwrap();
    for (text, expected) in [
        (
            "# mine\nlist = [\n  { on = \"g x\", run = \"go-nowhere\" },\n]\n",
            format!("{path}:3: key \"g x\": unknown action \"go-nowhere\""),
        ),
        (
            "list = [\n  { on = \"C-s\", run = \"save\" },\n]\n",
            format!("{path}:2: key \"C-s\": Ctrl-S and Ctrl-Q"),
        ),
        ("\n\nthis is not toml\n", format!("{path}:3: ")),
    ] {
        std::fs::write(&file, text).unwrap();
        let output = keys(config.path(), &["--keymap", path]);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(&expected), "{stderr:?} lacks {expected:?}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(output.stdout.is_empty());
    }
    let output = keys(config.path(), &["--keymap", "/no/such/keymap.toml"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn both_presets_parse_through_the_library() {
    for preset in ["default", "vim"] {
        let keymap = Keymap::load(Some(preset), None).unwrap();
        assert_eq!(keymap.preset().name(), preset);
        assert!(!keymap.bindings(Layer::Global).is_empty());
        assert_eq!(
            keymap.lookup(Layer::List, &[Key::char('g'), Key::char('c')]),
            Lookup::Matched(Action::GoCustomers)
        );
        assert_eq!(
            keymap.lookup("form", &[Key::ctrl('x')]),
            Lookup::Matched(Action::Save)
        );
    }
}

#[test]
fn no_preset_binds_ctrl_s_or_ctrl_q() {
    for preset in Preset::ALL {
        let keymap = Keymap::load(Some(preset.name()), None).unwrap();
        for layer in Layer::ALL {
            for binding in keymap.effective(*layer) {
                for key in &binding.keys {
                    assert!(
                        !(key.ctrl
                            && matches!(key.code, kontor::tui::key::KeyCode::Char('s' | 'q'))),
                        "{preset:?} [{layer}] binds {}",
                        binding.sequence()
                    );
                }
            }
        }
        let text = preset.text().to_lowercase();
        assert!(
            !text.contains("\"c-s") && !text.contains("\"c-q"),
            "{preset:?}"
        );
    }
}

#[test]
fn every_bound_action_is_reachable_without_function_keys() {
    for preset in Preset::ALL {
        let keymap = Keymap::load(Some(preset.name()), None).unwrap();
        for layer in Layer::ALL {
            for binding in keymap.effective(*layer) {
                let action = binding.action;
                let thin = keymap
                    .effective(*layer)
                    .iter()
                    .filter(|other| other.action == action)
                    .any(|other| other.keys.iter().all(|key| !key.is_function_key()));
                assert!(
                    thin,
                    "{preset:?} [{layer}]: {} needs an F-key",
                    action.name()
                );
            }
        }
        assert_eq!(keymap.unreachable_without_function_keys(), vec![]);
    }
}

#[test]
fn the_default_keeps_the_green_screen_keys() {
    let keymap = Keymap::load(None, None).unwrap();
    for (layer, key, action) in [
        (Layer::List, "F1", Action::Help),
        (Layer::List, "F3", Action::Quit),
        (Layer::Form, "F4", Action::Prompt),
        (Layer::List, "F5", Action::Refresh),
        (Layer::List, "F6", Action::Create),
        (Layer::Detail, "F12", Action::Back),
        (Layer::Form, "F12", Action::Cancel),
        (Layer::Scan, "F2", Action::CallerLookup),
        (Layer::Prompt, "C-g", Action::CallerLookup),
    ] {
        let keys = [key.parse::<Key>().unwrap()];
        assert_eq!(
            keymap.lookup(layer, &keys),
            Lookup::Matched(action),
            "{layer} {key}"
        );
    }
}

/// Every action with its keys in both shipped presets (each sequence once, in layer
/// order) and its description: the table README.md carries.
fn keys_table() -> String {
    let presets = ["default", "vim"].map(|name| Keymap::load(Some(name), None).unwrap());
    let keys = |keymap: &Keymap, action: Action| {
        let mut seen: Vec<String> = Vec::new();
        for layer in Layer::ALL {
            for binding in keymap.entries(*layer) {
                let sequence = format!("`{}`", binding.sequence());
                if binding.action == action && !seen.contains(&sequence) {
                    seen.push(sequence);
                }
            }
        }
        seen.join(" ")
    };
    let mut table =
        String::from("| action | default keys | vim keys | what |\n|---|---|---|---|\n");
    for &action in Action::ALL {
        table.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            action.name(),
            keys(&presets[0], action),
            keys(&presets[1], action),
            action.description()
        ));
    }
    table
}

#[test]
fn the_readme_keys_table_is_generated_from_the_action_enum() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let begin = "<!-- keys:begin — generated by tests/keymaps.rs -->\n";
    let end = "<!-- keys:end -->";
    let start = readme.find(begin).expect("README.md has the keys markers") + begin.len();
    let stop = start
        + readme[start..]
            .find(end)
            .expect("README.md ends the keys table");
    let table = keys_table();
    assert!(table.contains("| `open-customer` | `c` | `C` |"), "{table}");
    if readme[start..stop] == table {
        return;
    }
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{table}{}", &readme[..start], &readme[stop..]);
        std::fs::write(&path, updated).unwrap();
    } else {
        panic!(
            "the keys table in README.md is stale: run `UPDATE_README=1 cargo test --test \
             keymaps the_readme` and commit README.md"
        );
    }
}

/// A user binding that is the start of a preset sequence (`g` over `g c`, `g i`, …) or that
/// a preset binding is the start of (`q x` over `q`) would hide the preset's bindings: an
/// error naming the user's file, line and key and the preset's binding, in both presets
/// and through `kontor keys`; unbinding the preset's sequences first makes it a choice.
#[test]
fn a_user_binding_hiding_preset_sequences_is_an_error_unless_they_are_unbound() {
    let text = "# mine\nlist = [\n  { on = \"g\", run = \"edit\" },\n]\n";
    for preset in ["default", "vim"] {
        let error = Keymap::from_text(Some(preset), Some(("mine.toml", text))).unwrap_err();
        let message = error.to_string();
        assert_eq!(
            (error.file(), error.line(), error.key()),
            ("mine.toml", Some(3), Some("g"))
        );
        assert!(message.starts_with("mine.toml:3: key \"g\": "), "{message}");
        assert!(
            message.contains(&format!("keymaps/{preset}.toml:")) && message.contains("\"g "),
            "{message}"
        );
        assert!(message.contains("run = \"none\""), "{message}");
    }
    let longer = "list = [ { on = \"q x\", run = \"quit\" } ]\n";
    let message = Keymap::from_text(None, Some(("mine.toml", longer)))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("\"q\" (quit, keymaps/default.toml:"),
        "{message}"
    );

    let unbound =
        "list = [\n  { on = \"g\", run = \"none\" },\n  { on = \"g\", run = \"edit\" },\n]\n";
    let keymap = Keymap::from_text(None, Some(("mine.toml", unbound))).unwrap();
    let g: Key = "g".parse().unwrap();
    let c: Key = "c".parse().unwrap();
    assert_eq!(
        keymap.lookup(Layer::List, &[g]),
        Lookup::Matched(Action::Edit)
    );
    assert_eq!(keymap.lookup(Layer::List, &[g, c]), Lookup::NotFound);
    // The very same sequence is merged per key, as before.
    let same = "list = [ { on = \"g c\", run = \"help\" } ]\n";
    let keymap = Keymap::from_text(None, Some(("mine.toml", same))).unwrap();
    assert_eq!(
        keymap.lookup(Layer::List, &[g, c]),
        Lookup::Matched(Action::Help)
    );

    let config = tempfile::tempdir().unwrap();
    let file = config.path().join("mine.toml");
    std::fs::write(&file, text).unwrap();
    let path = file.to_str().unwrap();
    let output = keys(config.path(), &["--keymap", path]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&format!("{path}:3: key \"g\": would hide")),
        "{stderr}"
    );
}
