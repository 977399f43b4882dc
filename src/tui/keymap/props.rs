//! Properties of reading keymaps over any text: a key notation reads back as written or
//! is refused naming the name after its modifiers; a user file of any bytes is a keymap
//! or one error naming the file, a line in it and — for a bad binding — the key as
//! written; every binding of a file that loads is found where it was written.
//! Room: tui (tests only).

use proptest::prelude::*;

use super::*;
use crate::tui::key::{KeyParseError, parse_sequence};

const FILE: &str = "keymap.toml";

/// One key as people write it, and as nobody would.
fn notation() -> impl Strategy<Value = String> {
    prop_oneof![
        "([CAMSX]-){0,3}[a-zA-Z0-9?/:+<>é-]{0,2}",
        "([CAMS]-){0,3}(Space|Enter|Esc|escape|Tab|S-Tab|BackTab|Backspace|Del|Ins|Up|Down|Left|Right|Home|End|PgUp|pagedown|F[0-9]{1,3})",
        "\\PC{0,6}",
    ]
}

/// One key as a keymap file would have it.
fn good_notation() -> impl Strategy<Value = String> {
    "(C-|S-|C-S-|A-)?(F[1-9]|F1[0-9]|F2[0-4]|Up|Down|Home|End|PgUp|PgDn|Del|Ins)|C-[a-pr-z]|[a-zA-Z0-9?/<>+]"
}

/// Keys separated by spaces: mostly good ones.
fn sequence() -> impl Strategy<Value = String> {
    let key = prop_oneof![9 => good_notation(), 1 => notation()];
    prop_oneof![9 => prop::collection::vec(key.clone(), 1..3), 1 => prop::collection::vec(key, 0..1)].prop_map(|keys| keys.join(" "))
}

/// A layer name: mostly real ones.
fn layer_name() -> impl Strategy<Value = String> {
    let names: Vec<String> = Layer::ALL.iter().map(|l| l.name().to_string()).collect();
    prop_oneof![19 => prop::sample::select(names), 1 => Just("lists".to_string())]
}

/// What `run` says: an action, `none`, a misspelling, or nothing.
fn run() -> impl Strategy<Value = Option<String>> {
    let mut names: Vec<String> = Action::ALL.iter().map(|a| a.name().to_string()).collect();
    names.extend([UNBIND.to_string(), "go-nowhere".to_string()]);
    prop::option::weighted(0.95, prop::sample::select(names))
}

/// A TOML basic string holding `text`.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => out.extend(['\\', c]),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A keymap file of `[[layer]]` tables with `on` and `run`.
fn file() -> impl Strategy<Value = (String, Vec<(String, String, Option<String>)>)> {
    prop::collection::vec((layer_name(), sequence(), run()), 0..6).prop_map(|entries| {
        let mut text = String::new();
        for (layer, on, run) in &entries {
            let run = run
                .as_deref()
                .map_or(String::new(), |run| format!("run = {}\n", quoted(run)));
            text.push_str(&format!("[[{layer}]]\non = {}\n{run}", quoted(on)));
        }
        (text, entries)
    })
}

/// An error of the user's file names it, a line of it, and the key of a bad binding.
fn names_file_line_and_key(error: &KeymapError, text: &str) -> Result<(), TestCaseError> {
    let message = error.to_string();
    prop_assert!(message.starts_with(FILE), "{message}");
    prop_assert_eq!(error.file(), FILE);
    let line = error.line();
    let lines = text.lines().count().max(1);
    prop_assert!(
        line.is_some_and(|line| (1..=lines + 1).contains(&line)),
        "{message}"
    );
    if let Some(key) = error.key() {
        prop_assert!(message.contains(&format!("key \"{key}\"")), "{message}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_key_reads_back_as_written_or_is_refused_naming_it(text in notation()) {
        match text.parse::<Key>() {
            Ok(key) => prop_assert_eq!(key.to_string().parse::<Key>(), Ok(key)),
            Err(KeyParseError::UnknownName(name) | KeyParseError::BadFunctionKey(name)) => {
                prop_assert!(!name.is_empty() && text.ends_with(&name), "{name:?} of {text:?}");
            }
            Err(_) => {}
        }
    }

    #[test]
    fn a_key_sequence_reads_back_as_written(text in sequence()) {
        if let Ok(keys) = parse_sequence(&text) {
            prop_assert_eq!(parse_sequence(&format_sequence(&keys)), Ok(keys));
        }
    }

    #[test]
    fn any_text_is_a_keymap_or_an_error_naming_file_and_line(text in "\\PC{0,64}") {
        if let Err(error) = Keymap::from_text(None, Some((FILE, &text))) {
            names_file_line_and_key(&error, &text)?;
        }
    }

    #[test]
    fn a_file_that_loads_binds_what_it_says((text, entries) in file(), preset in prop::option::of(prop::sample::select(vec!["default", "vim"]))) {
        match Keymap::from_text(preset, Some((FILE, &text))) {
            Ok(keymap) => {
                for (layer, on, run) in entries {
                    let action = run.as_deref().and_then(|run| run.parse::<Action>().ok());
                    let (Some(action), Ok(keys)) = (action, parse_sequence(&on)) else {
                        continue;
                    };
                    prop_assert_eq!(keymap.lookup(layer.as_str(), &keys), Lookup::Matched(action), "{}", on);
                }
            }
            Err(error) => names_file_line_and_key(&error, &text)?,
        }
    }
}

proptest! {
    // Each case writes a file: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_bytes_in_a_file_are_a_keymap_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join(FILE);
        std::fs::write(&path, &bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if let Err(error) = Keymap::load(None, Some(&path)) {
            let text = String::from_utf8_lossy(&bytes);
            let message = error.to_string();
            prop_assert!(message.starts_with(&format!("{}:", path.display())), "{message}");
            let lines = text.lines().count().max(1);
            prop_assert!(error.line().is_some_and(|line| (1..=lines + 1).contains(&line)), "{message}");
        }
    }
}
