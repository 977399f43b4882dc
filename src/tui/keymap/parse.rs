//! Reading one keymap file: TOML of the shape
//! `layer = [ { on = "g c", run = "go-customers", desc = "…" }, … ]` plus an optional
//! top-level `preset = "vim"`. Checks every entry (key notation, action name, Ctrl-S/Q)
//! and the conflicts inside the file, keeping line numbers for the messages. Room: tui.

use std::borrow::Cow;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Layer;
use super::error::{Hidden, KeyProblem, KeymapError};
use crate::tui::action::Action;
use crate::tui::key::{Key, parse_sequence};

/// The `run` value that removes a binding of the base keymap.
pub const UNBIND: &str = "none";

/// One checked entry of a file.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub layer: Layer,
    pub keys: Vec<Key>,
    /// `None` unbinds (`run = "none"`).
    pub action: Option<Action>,
    pub desc: Option<String>,
    /// The keys as written, for messages.
    pub on: String,
    pub line: usize,
}

/// A checked file: its entries in file order and its `preset`, if any, with its line.
#[derive(Debug, Default)]
pub(super) struct Parsed {
    pub preset: Option<(String, usize)>,
    pub entries: Vec<Entry>,
}

/// An entry as written, before its strings are checked.
struct Raw {
    layer: Layer,
    on: Spanned<String>,
    run: Option<Spanned<String>>,
    desc: Option<String>,
}

/// Where each line of a text begins, found once, so every entry's line is a binary search
/// rather than a count of the newlines before it.
struct Lines(Vec<usize>);

impl Lines {
    fn of(text: &str) -> Self {
        let after_newlines = text.match_indices('\n').map(|(at, _)| at + 1);
        Self(std::iter::once(0).chain(after_newlines).collect())
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// The text of the file `file` holding `bytes`; bytes that are not UTF-8 are a syntax
/// error naming the line and byte offset of the first bad one.
pub(super) fn text_of(file: &str, bytes: Vec<u8>) -> Result<String, KeymapError> {
    String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        let before = &error.as_bytes()[..at];
        KeymapError::Syntax {
            file: file.to_string(),
            line: before.iter().filter(|&&byte| byte == b'\n').count() + 1,
            message: crate::t!("tui-keymap-not-utf8", offset = at.to_string()),
        }
    })
}

/// Reads and checks the file `file` (the name used in messages) holding `text`.
pub(super) fn parse(file: &str, text: &str) -> Result<Parsed, KeymapError> {
    let lines = Lines::of(text);
    let syntax = |offset: usize, message: String| KeymapError::Syntax {
        file: file.to_string(),
        line: lines.line_of(offset),
        message,
    };
    let document = DeTable::parse(text).map_err(|error| {
        syntax(
            error.span().map_or(0, |span| span.start),
            error.message().trim().replace('\n', "; "),
        )
    })?;
    let mut parsed = Parsed::default();
    let mut raws = Vec::new();
    for (name, value) in document.get_ref().iter() {
        let start = name.span().start;
        if name.get_ref() == "preset" {
            let DeValue::String(preset) = value.get_ref() else {
                return Err(syntax(start, crate::t!("tui-keymap-preset-not-string")));
            };
            parsed.preset = Some((preset.to_string(), lines.line_of(start)));
            continue;
        }
        let layer = Layer::from_name(name.get_ref()).ok_or_else(|| KeymapError::UnknownLayer {
            file: file.to_string(),
            line: lines.line_of(start),
            layer: name.get_ref().to_string(),
        })?;
        let DeValue::Array(items) = value.get_ref() else {
            return Err(syntax(
                start,
                crate::t!(
                    "tui-keymap-layer-not-list",
                    layer = name.get_ref().to_string()
                ),
            ));
        };
        for item in items.iter() {
            raws.push(raw_entry(layer, item, &syntax)?);
        }
    }
    raws.sort_by_key(|raw| raw.on.span().start);
    for raw in raws {
        parsed.entries.push(check(file, &lines, raw)?);
    }
    check_conflicts(file, &parsed.entries)?;
    Ok(parsed)
}

/// Takes `on`, `run` and `desc` out of one entry table.
fn raw_entry(
    layer: Layer,
    item: &Spanned<DeValue<'_>>,
    syntax: &impl Fn(usize, String) -> KeymapError,
) -> Result<Raw, KeymapError> {
    let start = item.span().start;
    let DeValue::Table(table) = item.get_ref() else {
        return Err(syntax(
            start,
            crate::t!("tui-keymap-entry-not-table", layer = layer.name()),
        ));
    };
    let (mut on, mut run, mut desc) = (None, None, None);
    for (field, value) in table.iter() {
        let DeValue::String(text) = value.get_ref() else {
            return Err(syntax(
                field.span().start,
                crate::t!(
                    "tui-keymap-field-not-string",
                    field = field.get_ref().to_string()
                ),
            ));
        };
        let text = Spanned::new(value.span(), Cow::into_owned(text.clone()));
        match field.get_ref().as_ref() {
            "on" => on = Some(text),
            "run" => run = Some(text),
            "desc" => desc = Some(text.into_inner()),
            other => {
                return Err(syntax(
                    field.span().start,
                    crate::t!("tui-keymap-unknown-field", field = other),
                ));
            }
        }
    }
    let on = on.ok_or_else(|| syntax(start, crate::t!("tui-keymap-missing-on")))?;
    Ok(Raw {
        layer,
        on,
        run,
        desc,
    })
}

/// Checks the keys and the action of one entry.
fn check(file: &str, lines: &Lines, raw: Raw) -> Result<Entry, KeymapError> {
    let line = lines.line_of(raw.on.span().start);
    let error = |line: usize, problem: KeyProblem| KeymapError::Key {
        file: file.to_string(),
        line,
        key: raw.on.get_ref().clone(),
        problem,
    };
    let keys = parse_sequence(raw.on.get_ref()).map_err(|e| error(line, e.into()))?;
    if keys.iter().any(Key::is_flow_control) {
        return Err(error(line, KeyProblem::FlowControl));
    }
    if keys.iter().any(Key::is_alt_character) {
        return Err(error(line, KeyProblem::AltCharacter));
    }
    let run = raw
        .run
        .as_ref()
        .ok_or_else(|| error(line, KeyProblem::MissingRun))?;
    let action = match run.get_ref().as_str() {
        UNBIND => None,
        name => Some(
            name.parse::<Action>()
                .map_err(|e| error(lines.line_of(run.span().start), e.into()))?,
        ),
    };
    Ok(Entry {
        layer: raw.layer,
        keys,
        action,
        desc: raw.desc,
        on: raw.on.into_inner(),
        line,
    })
}

/// The user's file over the preset, per layer: a user binding that is the start of a
/// preset sequence, or that a preset binding is the start of (`g` over the preset's
/// `g c`, `q x` over its `q`), would make the preset's binding vanish without a word — an
/// error naming the user's file, line and key and the preset's binding, unless the file
/// removes the preset's sequences itself (`{ on = "g", run = "none" }`). The very same
/// sequence simply replaces the preset's binding (merged per key).
pub(super) fn check_over_preset(
    file: &str,
    preset: (&str, &[Entry]),
    user: &[Entry],
) -> Result<(), KeymapError> {
    let (preset_file, base) = preset;
    let removed = |binding: &Entry| {
        user.iter().any(|entry| {
            entry.action.is_none()
                && entry.layer == binding.layer
                && binding.keys.starts_with(&entry.keys)
        })
    };
    for entry in user.iter().filter(|entry| entry.action.is_some()) {
        let hidden = base.iter().find(|binding| {
            binding.action.is_some()
                && binding.layer == entry.layer
                && binding.keys != entry.keys
                && (binding.keys.starts_with(&entry.keys) || entry.keys.starts_with(&binding.keys))
                && !removed(binding)
        });
        if let Some(binding) = hidden {
            return Err(KeymapError::Key {
                file: file.to_string(),
                line: entry.line,
                key: entry.on.clone(),
                problem: KeyProblem::HidesPreset(Box::new(Hidden {
                    layer: entry.layer.name(),
                    other: binding.on.clone(),
                    action: binding.action.map(|a| a.name()).unwrap_or_default(),
                    at: format!("{preset_file}:{}", binding.line),
                    unbind: if binding.keys.len() > entry.keys.len() {
                        entry.on.clone()
                    } else {
                        binding.on.clone()
                    },
                })),
            });
        }
    }
    Ok(())
}

/// Within one file and layer: a sequence given twice, or a binding that is also the start
/// of another binding (`g` and `g c`). Unbinding entries only clash when repeated; a
/// sequence both unbound and bound (`g` to none, then `g` to edit) clears the preset's
/// sequences under it and binds it anew.
fn check_conflicts(file: &str, entries: &[Entry]) -> Result<(), KeymapError> {
    for (index, entry) in entries.iter().enumerate() {
        for earlier in entries[..index].iter().filter(|e| e.layer == entry.layer) {
            let same_kind = earlier.action.is_some() == entry.action.is_some();
            let problem = if earlier.keys == entry.keys && same_kind {
                KeyProblem::Duplicate {
                    layer: entry.layer.name(),
                    first_line: earlier.line,
                }
            } else if entry.action.is_some()
                && earlier.action.is_some()
                && (earlier.keys.starts_with(&entry.keys) || entry.keys.starts_with(&earlier.keys))
            {
                KeyProblem::Conflict {
                    layer: entry.layer.name(),
                    other: earlier.on.clone(),
                    other_line: earlier.line,
                }
            } else {
                continue;
            };
            return Err(KeymapError::Key {
                file: file.to_string(),
                line: entry.line,
                key: entry.on.clone(),
                problem,
            });
        }
    }
    Ok(())
}
