//! The rooms of the code, enforced: scans the sources so the dependency rules of
//! DESIGN.md cannot rot. `domain ← store ← core ← tui ← server ← cli`: inner rooms never
//! name outer ones, only the store knows sled and PostgreSQL, nothing below the TUI knows
//! the terminal.

use std::fs;
use std::path::{Path, PathBuf};

fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(path: &Path, found: &mut Vec<(PathBuf, String)>) {
        let Ok(entries) = fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap_or_default();
                found.push((path, text));
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir),
        &mut found,
    );
    found
}

/// Lines of code (comments removed) that mention `needle`.
fn offenders(dir: &str, needles: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in sources(dir) {
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if needles.iter().any(|needle| code.contains(needle)) {
                found.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    found
}

#[test]
fn the_rooms_are_not_empty() {
    for room in [
        "lang",
        "domain",
        "store",
        "core",
        "documents",
        "cli",
        "tui",
        "server",
    ] {
        assert!(!sources(room).is_empty(), "src/{room} has no sources");
    }
}

#[test]
fn domain_store_and_core_never_touch_the_terminal() {
    for room in ["lang", "domain", "store", "core", "documents"] {
        let found = offenders(room, &["ratatui", "crossterm"]);
        assert!(
            found.is_empty(),
            "terminal code in src/{room}:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn lang_and_domain_are_pure() {
    for room in ["lang", "domain"] {
        assert_pure(room);
    }
}

fn assert_pure(room: &str) {
    let found = offenders(
        room,
        &[
            "crate::store",
            "crate::core",
            "crate::cli",
            "sled",
            "std::fs",
            "std::net",
            "std::env",
            "std::io::std",
        ],
    );
    assert!(
        found.is_empty(),
        "{room} reaches outside its room:\n{}",
        found.join("\n")
    );
}

#[test]
fn documents_do_no_io() {
    let found = offenders("documents", &["std::fs", "std::net", "std::env", "std::io"]);
    assert!(
        found.is_empty(),
        "I/O in src/documents:\n{}",
        found.join("\n")
    );
}

/// The bench's files that measure PostgreSQL itself, as others measure SQLite: its
/// throw-away databases and the raw-SQL comparison of table layouts. The one place outside
/// the store that speaks to PostgreSQL; it never touches kontor's tables.
const BENCH_ON_POSTGRES: [&str; 2] = ["kontor-bench/pg_store.rs:", "kontor-bench/pg_schema.rs:"];

#[test]
fn only_the_store_knows_sled_and_postgres() {
    for room in ["domain", "core", "documents", "cli", "tui", "server", "bin"] {
        let mut found = offenders(room, &["sled::", "use sled"]);
        found.extend(
            offenders(room, &["postgres::", "use postgres"])
                .into_iter()
                .filter(|line| !BENCH_ON_POSTGRES.iter().any(|file| line.contains(file))),
        );
        assert!(
            found.is_empty(),
            "sled or postgres outside src/store:\n{}",
            found.join("\n")
        );
    }
}

/// The rooms from the inside out: a room may name its own and inner rooms only.
const LAYERS: [&str; 8] = [
    "lang",
    "domain",
    "store",
    "core",
    "documents",
    "tui",
    "server",
    "cli",
];

/// The rooms a piece of source names through `crate::room` paths — in `use` lines, grouped
/// imports (`crate::{core::X, store::Y}`), type aliases and inline paths alike; comments
/// are ignored.
fn rooms_named(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let mut named = Vec::new();
    let word = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        match rest.strip_prefix('{') {
            None => named.push(word(rest)),
            Some(group) => {
                let mut depth = 0;
                let mut start = true;
                for (index, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            start = true;
                            continue;
                        }
                        _ => {}
                    }
                    if start && depth == 0 {
                        named.push(word(&group[index..]));
                    }
                    start = false;
                }
            }
        }
    }
    named
}

/// The outer rooms `source`, a file of room `room`, names: each a layer violation.
fn wrong_way(room: &str, source: &str) -> Vec<String> {
    let Some(level) = LAYERS.iter().position(|layer| *layer == room) else {
        return Vec::new();
    };
    rooms_named(source)
        .into_iter()
        .filter(|named| {
            LAYERS
                .iter()
                .position(|layer| layer == named)
                .is_some_and(|outer| outer > level)
        })
        .collect()
}

#[test]
fn every_room_names_only_itself_and_inner_rooms() {
    let mut found = Vec::new();
    for room in LAYERS {
        for (path, text) in sources(room) {
            for named in wrong_way(room, &text) {
                found.push(format!("{} ({room}) names {named}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "dependencies point the wrong way:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_layer_check_catches_a_planted_wrong_way_reference() {
    assert_eq!(wrong_way("core", "use crate::tui::app::App;"), ["tui"]);
    assert_eq!(
        wrong_way("store", "use crate::{domain::Customer, cli::Context};"),
        ["cli"]
    );
    assert_eq!(
        wrong_way("tui", "type Handle = crate::server::Shared;"),
        ["server"]
    );
    assert_eq!(wrong_way("domain", "let x = crate::core::now();"), ["core"]);
    assert_eq!(
        wrong_way(
            "core",
            "use crate::{\n    store::{Store, Tx},\n    server,\n};"
        ),
        ["server"]
    );
    assert!(wrong_way("core", "// crate::tui is not named here").is_empty());
    assert!(wrong_way("server", "use crate::{core::Change, tui::App};").is_empty());
    assert!(wrong_way("cli", "use crate::server::serve;").is_empty());
}

#[test]
fn main_only_parses_and_dispatches() {
    let main = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs"))
        .unwrap_or_default();
    let code: String = main
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect();
    for (at, _) in code.match_indices("kontor::") {
        let path: String = code[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        assert!(
            path.starts_with("kontor::cli") || path.starts_with("kontor::core::"),
            "main names {path}: it parses, reads the clock and hands over to the cli"
        );
    }
}

#[test]
fn every_module_has_a_header() {
    let mut missing = Vec::new();
    for room in [
        "lang", "domain", "store", "core", "cli", "tui", "server", "bin",
    ] {
        for (path, text) in sources(room) {
            if !text.trim_start().starts_with("//!") {
                missing.push(path.display().to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "modules without a //! header:\n{}",
        missing.join("\n")
    );
}

/// The source without comments and without any whitespace, so a call chain spread over
/// lines (`session\n    .store\n    .scan::<Bom>()`) reads as one (`session.store.scan::<Bom>()`).
fn squeezed(text: &str) -> String {
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Calls on a value named `store` in `room`, other than the methods in `allowed`. The
/// check: no method is called on a value named `store` — neither a field or accessor
/// (`session.store().get::<Item>(…)`, `context.store.check()`) nor a local or parameter of
/// that name (`store.scan::<Bom>()`) — however the chain is broken over lines. Handing the
/// store to a core function (`cost(&session.store, &session.actor, id)`) stays allowed:
/// `store` is then followed by `,` or `)`, never by `.name(` or `.name::<`. Opening the
/// database (`Store::open`) is not a call on a store value and is not caught; a store
/// renamed to another binding would escape the check, so name it `store`.
fn store_calls(room: &str, allowed: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in sources(room) {
        let code = squeezed(&text).replace("store().", "store.");
        let mut rest = code.as_str();
        while let Some(at) = rest.find("store.") {
            let before = code.len() - rest.len() + at;
            let named_store = code[..before]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            let after = &rest[at + "store.".len()..];
            let method: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let called =
                after[method.len()..].starts_with('(') || after[method.len()..].starts_with("::<");
            if named_store && !method.is_empty() && called && !allowed.contains(&method.as_str()) {
                found.push(format!("{}: store.{method}", path.display()));
            }
            rest = &rest[at + "store.".len()..];
        }
    }
    found
}

/// The TUI reads and writes only through the core.
#[test]
fn the_tui_never_calls_the_store() {
    let found = store_calls("tui", &[]);
    assert!(
        found.is_empty(),
        "the TUI calls the store instead of a core query:\n{}",
        found.join("\n")
    );
}

/// The CLI reads and writes only through the core too; it may name the database's
/// directory in its messages.
#[test]
fn the_cli_never_calls_the_store() {
    let found = store_calls("cli", &["path"]);
    assert!(
        found.is_empty(),
        "the CLI calls the store instead of a core query:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_store_check_sees_calls_across_lines_and_lets_handing_over_pass() {
    let call = squeezed("let x = session\n    .store\n    .scan::<Bom>() // all\n;");
    assert!(call.contains("session.store.scan::<"));
    let handed = squeezed("cost(&session.store, &session.actor, id)");
    assert!(!handed.contains("store."));
    let accessor =
        squeezed("session\n    .store()\n    .get::<Item>(id)").replace("store().", "store.");
    assert!(accessor.contains("session.store.get::<"));
}

/// Files that still read an index themselves, each until the change named beside it lands.
const INDEX_KEYS_PENDING: &[&str] = &[];

/// Where `code` (one line, comments removed) builds or names an index key: the store's
/// key builder (`keys::Key`, `store::keys`, `Key::new()` — the TUI's key press takes its
/// code and modifiers, `Key::new(code, ctrl, alt, shift)`, and is another type) or an
/// index tree constant (`BY_NAME`, `customers::BY_PHONE`, `LOCATION_BY_CODE`).
fn index_key_shapes(code: &str) -> Vec<String> {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut found = Vec::new();
    for needle in ["keys::Key", "store::keys", "Key::new()"] {
        for (at, _) in code.match_indices(needle) {
            let before = code[..at].chars().next_back();
            let after = code[at + needle.len()..].chars().next();
            let whole = before.is_none_or(|c| !ident(c))
                && (needle.ends_with(')') || after.is_none_or(|c| !ident(c)));
            if whole {
                found.push(needle.to_string());
            }
        }
    }
    for (at, _) in code.match_indices("BY_") {
        let after = code[at + 3..].chars().next();
        if after.is_some_and(|c| c.is_ascii_uppercase()) {
            let start = code[..at]
                .char_indices()
                .rev()
                .take_while(|(_, c)| ident(*c))
                .last()
                .map_or(at, |(index, _)| index);
            let name: String = code[start..].chars().take_while(|c| ident(*c)).collect();
            if name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
                found.push(name);
            }
        }
    }
    found
}

/// Index key shapes are the store's: the core asks typed index reads
/// (`store::kinds::customer::scan_name_prefix`, `interaction::due_by`, …), and no room
/// outside `src/store` builds a key or names an index tree.
#[test]
fn only_the_store_builds_index_keys() {
    let mut found = Vec::new();
    for room in ["core", "cli", "tui", "server"] {
        for (path, text) in sources(room) {
            let relative = path
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap_or(&path)
                .to_string_lossy()
                .trim_start_matches('/')
                .to_string();
            if INDEX_KEYS_PENDING.contains(&relative.as_str()) {
                continue;
            }
            for (number, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for shape in index_key_shapes(code) {
                    found.push(format!(
                        "{relative}:{}: {shape}: {}",
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "index keys built outside src/store (ask the store's typed index reads):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_index_key_check_catches_a_planted_key() {
    assert_eq!(
        index_key_shapes("use crate::store::keys::Key;"),
        ["keys::Key", "store::keys"]
    );
    assert_eq!(
        index_key_shapes("let prefix = Key::new().prefix_str(&folded);"),
        ["Key::new()"]
    );
    assert_eq!(
        index_key_shapes("store.index_prefix(customers::BY_PHONE, &key)?"),
        ["BY_PHONE"]
    );
    assert_eq!(
        index_key_shapes("use crate::store::kinds::item::{BY_SKU, LOCATION_BY_CODE};"),
        ["BY_SKU", "LOCATION_BY_CODE"]
    );
    assert!(index_key_shapes("Key::new(KeyCode::Enter, false, alt, false)").is_empty());
    assert!(index_key_shapes("Keys(super::keys::KeysArgs),").is_empty());
    assert!(index_key_shapes("let host = HostKey::new();").is_empty());
    assert!(index_key_shapes("use russh::keys::PrivateKey;").is_empty());
    assert!(index_key_shapes("let sort_by_name = SortBy_Name;").is_empty());
    assert!(index_key_shapes("customers::scan_name_prefix(store, &folded)?").is_empty());
}

/// Shared plumbing of the screens rather than screens another one opens: the form widget,
/// the versioned edit form every edit builds on, and the picker every form and prompt uses.
const SCREEN_PLUMBING: &[&str] = &["form", "picker", "versioned"];

/// The screen module a file under `src/tui/screens` belongs to: its stem, or its folder
/// (`kind/list.rs` is of `kind`); `None` for `mod.rs`, the route resolver.
fn screen_module(relative: &Path) -> Option<String> {
    let mut parts = relative.iter().map(|p| p.to_string_lossy().to_string());
    let first = parts.next()?;
    match (first.strip_suffix(".rs"), parts.next()) {
        (Some(stem), None) => Some(stem.to_string()).filter(|stem| stem != "mod"),
        (_, next) => next.map(|_| first),
    }
}

/// What a screen module builds for others to open: its types that implement `Screen`, and
/// its public functions that make a `Form` or a boxed screen.
fn screens_built(source: &str) -> Vec<String> {
    let code = squeezed(source);
    let word = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut built = Vec::new();
    for (at, _) in code.match_indices("implScreenfor") {
        built.push(word(&code[at + "implScreenfor".len()..]));
    }
    for (at, _) in code.match_indices("pubfn") {
        let rest = &code[at + "pubfn".len()..];
        let signature = rest.split('{').next().unwrap_or("");
        if signature.ends_with("->Form") || signature.ends_with("->Box<dynScreen>") {
            built.push(word(rest));
        }
    }
    built
}

/// The screens of other modules that `source` (a file of module `own`) names through a
/// path — `other::Screen`, `use super::other::{a, Screen}`, `crate::…::other::Screen` —
/// given what each module builds; each a screen built past the router.
fn screens_named(own: &str, source: &str, built: &[(String, Vec<String>)]) -> Vec<String> {
    let code = squeezed(source);
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut found = Vec::new();
    for (module, screens) in built {
        if module == own {
            continue;
        }
        let needle = format!("{module}::");
        for (at, _) in code.match_indices(&needle) {
            if code[..at].chars().next_back().is_some_and(ident) {
                continue;
            }
            let rest = &code[at + needle.len()..];
            let named: Vec<String> = match rest.strip_prefix('{') {
                Some(group) => group
                    .split('}')
                    .next()
                    .unwrap_or("")
                    .split(|c: char| !ident(c) && c != '*')
                    .map(str::to_string)
                    .collect(),
                None => vec![
                    rest.chars()
                        .take_while(|c| ident(*c) || *c == '*')
                        .collect(),
                ],
            };
            for name in named {
                if name == "*" || screens.contains(&name) {
                    found.push(format!("{module}::{name}"));
                }
            }
        }
    }
    found
}

#[test]
fn screens_open_each_other_only_through_routes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/screens");
    let files: Vec<(Option<String>, String, String)> = sources("tui/screens")
        .into_iter()
        .map(|(path, text)| {
            let relative = path.strip_prefix(&root).unwrap_or(&path).to_path_buf();
            (
                screen_module(&relative),
                relative.display().to_string(),
                text,
            )
        })
        .collect();
    let mut built: Vec<(String, Vec<String>)> = Vec::new();
    for (module, _, text) in &files {
        let Some(module) = module else { continue };
        if SCREEN_PLUMBING.contains(&module.as_str()) {
            continue;
        }
        match built.iter_mut().find(|(m, _)| m == module) {
            Some((_, screens)) => screens.extend(screens_built(text)),
            None => built.push((module.clone(), screens_built(text))),
        }
    }
    let has_home = |(m, s): &(String, Vec<String>)| m == "home" && s[0] == "Home";
    assert!(built.iter().any(has_home), "no screens found: {built:?}");
    let mut found = Vec::new();
    for (module, file, text) in &files {
        let Some(module) = module else { continue };
        for named in screens_named(module, text, &built) {
            found.push(format!("src/tui/screens/{file} builds {named}"));
        }
    }
    assert!(
        found.is_empty(),
        "screens build each other instead of returning a Route (resolved in screens::open):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_route_check_catches_a_planted_screen() {
    let built = vec![
        (
            "customer_detail".to_string(),
            vec!["CustomerDetail".to_string()],
        ),
        (
            "customer_forms".to_string(),
            vec!["new_customer".to_string(), "log_call".to_string()],
        ),
        ("kind".to_string(), vec!["KindDetail".to_string()]),
    ];
    let named = |own: &str, source: &str| screens_named(own, source, &built);
    assert_eq!(
        named("home", "use super::customer_detail::CustomerDetail;"),
        ["customer_detail::CustomerDetail"]
    );
    assert_eq!(
        named(
            "customers",
            "use super::customer_forms::{\n    log_call, caller_contact,\n};"
        ),
        ["customer_forms::log_call"]
    );
    assert_eq!(
        named(
            "pipeline",
            "Box::new(crate::tui::screens::customer_detail::CustomerDetail::new(1, s))"
        ),
        ["customer_detail::CustomerDetail"]
    );
    assert_eq!(
        named("items", "use super::customer_forms::*;"),
        ["customer_forms::*"]
    );
    assert!(named("customer_detail", "CustomerDetail::new(id, session)").is_empty());
    assert!(named("kind", "use super::kind::KindDetail;").is_empty());
    assert!(
        named(
            "home",
            "// customer_detail::CustomerDetail is not named here"
        )
        .is_empty()
    );
    assert!(named("home", "Outcome::Open(Route::Customer(id))").is_empty());
    assert!(named("home", "use super::customer_forms::caller_contact;").is_empty());
    assert!(named("home", "use super::my_customer_detail::CustomerDetail;").is_empty());
    assert_eq!(
        screens_built(
            "pub struct A;\nimpl Screen for A {}\npub fn new_a(s: &Session) -> Form {\n}\npub fn other() -> Outcome {}"
        ),
        ["A", "new_a"]
    );
}
