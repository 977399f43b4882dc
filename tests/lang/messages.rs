//! The message files (`src/lang/en/*.ftl`, `src/lang/de/*.ftl`): every key in both
//! languages, every key used by the code, the same placeholders in both languages.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Keys the code builds from a name rather than writes as a literal, each family with the
/// test that checks it is complete: `action-<name>` (every action's description, see
/// `every_action_is_described_in_both_languages`) and `legend-<name>` (its word or two in
/// the key legend, checked by the same test); `cli-help-<command path>[--<argument>]`
/// (`--help` of every command and argument, `cli::help`'s test), `cli-field-<field>`,
/// `cli-kind-<kind>` and `cli-records-<kind>` (`cli::families`).
const FAMILIES: &[&str] = &[
    "action-",
    "legend-",
    "cli-help-",
    "cli-field-",
    "cli-kind-",
    "cli-records-",
];

/// The messages of one language: key → (file, placeholders).
type Messages = BTreeMap<String, (String, BTreeSet<String>)>;

fn messages(lang: &str) -> Messages {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/lang")
        .join(lang);
    let mut found = Messages::new();
    for file in ftl_files(&dir) {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let source = fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{name} does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    if let Some(value) = &message.value {
                        pattern_variables(value, &mut variables);
                    }
                    let key = message.id.name.to_string();
                    let earlier = found.insert(key.clone(), (name.clone(), variables));
                    assert!(earlier.is_none(), "{lang}: {key} is defined twice");
                }
                Entry::Junk { content } => panic!("{lang}/{name}: cannot read {content:?}"),
                _ => {}
            }
        }
    }
    found
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, into),
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

/// Every Rust source under `src/`, concatenated.
fn all_sources() -> String {
    fn walk(dir: &Path, into: &mut String) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, into);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                into.push_str(&fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut sources = String::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut sources,
    );
    sources
}

#[test]
fn every_message_exists_in_both_languages_with_the_same_placeholders() {
    let english = messages("en");
    let german = messages("de");
    let mut problems = Vec::new();
    for (key, (file, variables)) in &english {
        match german.get(key) {
            None => problems.push(format!("{key} ({file}) is missing in German")),
            Some((german_file, _)) if german_file != file => {
                problems.push(format!("{key} is in en/{file} but de/{german_file}"))
            }
            Some((_, german_variables)) if german_variables != variables => problems.push(format!(
                "{key}: English uses {variables:?}, German {german_variables:?}"
            )),
            Some(_) => {}
        }
    }
    for key in german.keys().filter(|key| !english.contains_key(*key)) {
        problems.push(format!("{key} is missing in English"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every string literal in `sources` shaped like a message key (`"a-key-2"`), read in one
/// pass: looking each key up in the whole source would read it once per key.
fn key_literals(sources: &str) -> BTreeSet<&str> {
    let key_char = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-';
    let bytes = sources.as_bytes();
    let mut found = BTreeSet::new();
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'"') {
        let start = at + offset + 1;
        let end = start + bytes[start..].iter().take_while(|&&b| key_char(b)).count();
        if end > start && bytes.get(end) == Some(&b'"') {
            found.insert(&sources[start..end]);
        }
        at = start;
    }
    found
}

#[test]
fn every_message_is_used_by_the_code() {
    let sources = all_sources();
    let literals = key_literals(&sources);
    let english = messages("en");
    let unused: Vec<&String> = english
        .keys()
        .filter(|key| !FAMILIES.iter().any(|family| key.starts_with(family)))
        .filter(|key| !literals.contains(key.as_str()))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_action_is_described_in_both_languages() {
    let english = messages("en");
    let german = messages("de");
    for family in ["action-", "legend-"] {
        let names: BTreeSet<String> = kontor::tui::action::Action::ALL
            .iter()
            .map(|action| format!("{family}{}", action.name()))
            .collect();
        let missing: Vec<&String> = names
            .iter()
            .filter(|key| !english.contains_key(*key) || !german.contains_key(*key))
            .collect();
        assert!(missing.is_empty(), "actions without {family}…: {missing:?}");
        let stray: Vec<&String> = english
            .keys()
            .filter(|key| key.starts_with(family) && !names.contains(*key))
            .collect();
        assert!(stray.is_empty(), "{family}… of no action: {stray:?}");
    }
}
