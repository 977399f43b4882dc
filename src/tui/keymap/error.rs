//! What can be wrong with a keymap file. Every error names the file and, where the file
//! has one, the line and the key, e.g.
//! `keymap.toml:12: key "g x": unknown action "go-nowhere"`. Room: tui (pure).

use super::Layer;
use crate::tui::action::UnknownAction;
use crate::tui::key::KeyParseError;

/// A keymap that cannot be used. Nothing is silently ignored: the App refuses to start
/// and `kontor keys` exits 2 with this message.
#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    /// The file could not be read.
    #[error("{file}: {source}")]
    Read {
        file: String,
        source: std::io::Error,
    },
    /// Not TOML, or not the shape `layer = [ { on = "…", run = "…", desc = "…" }, … ]`.
    #[error("{file}:{line}: {message}")]
    Syntax {
        file: String,
        line: usize,
        message: String,
    },
    #[error(
        "{file}:{line}: {}",
        crate::t!("tui-keymap-unknown-layer", layer = .layer, layers = Layer::names())
    )]
    UnknownLayer {
        file: String,
        line: usize,
        layer: String,
    },
    /// `at` is `file:line` for `preset = "…"` in a file, or `--preset`.
    #[error("{at}: {}", unknown_preset(preset))]
    UnknownPreset { at: String, preset: String },
    /// One binding is wrong.
    #[error("{file}:{line}: {}", crate::t!("tui-keymap-key", key = .key, problem = .problem.to_string()))]
    Key {
        file: String,
        line: usize,
        key: String,
        problem: KeyProblem,
    },
}

/// What is wrong with one binding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyProblem {
    #[error(transparent)]
    UnknownAction(#[from] UnknownAction),
    #[error("{0}")]
    Notation(#[from] KeyParseError),
    #[error("{}", crate::t!("tui-keymap-flow-control"))]
    FlowControl,
    #[error("{}", crate::t!("tui-keymap-alt-character"))]
    AltCharacter,
    #[error(
        "{}",
        crate::t!("tui-keymap-duplicate", layer = *.layer, first_line = .first_line.to_string())
    )]
    Duplicate {
        layer: &'static str,
        first_line: usize,
    },
    #[error(
        "{}",
        crate::t!(
            "tui-keymap-conflict",
            other = .other,
            other_line = .other_line.to_string(),
            layer = *.layer,
        )
    )]
    Conflict {
        layer: &'static str,
        other: String,
        other_line: usize,
    },
    #[error("{0}")]
    HidesPreset(Box<Hidden>),
    #[error("{}", crate::t!("tui-keymap-missing-run"))]
    MissingRun,
}

/// A preset binding a user binding would hide (see [`KeyProblem::HidesPreset`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{}",
    crate::t!(
        "tui-keymap-hides-preset",
        other = .other,
        action = *.action,
        at = .at,
        layer = *.layer,
        unbind = .unbind,
    )
)]
pub struct Hidden {
    pub layer: &'static str,
    /// The preset's sequence as written (`g c`), its action and `file:line`.
    pub other: String,
    pub action: &'static str,
    pub at: String,
    /// What the user's file must unbind to bind its sequence.
    pub unbind: String,
}

/// `unknown preset "…" (presets: default, vim)`, in the current language.
pub(super) fn unknown_preset(name: &str) -> String {
    crate::t!("tui-keymap-unknown-preset", preset = name)
}

impl KeymapError {
    /// The file the error is in (`--preset` for a bad preset argument).
    pub fn file(&self) -> &str {
        match self {
            KeymapError::Read { file, .. }
            | KeymapError::Syntax { file, .. }
            | KeymapError::UnknownLayer { file, .. }
            | KeymapError::Key { file, .. } => file,
            KeymapError::UnknownPreset { at, .. } => {
                at.rsplit_once(':').map_or(at.as_str(), |(file, _)| file)
            }
        }
    }

    /// The 1-based line of the problem, when it has one.
    pub fn line(&self) -> Option<usize> {
        match self {
            KeymapError::Syntax { line, .. }
            | KeymapError::UnknownLayer { line, .. }
            | KeymapError::Key { line, .. } => Some(*line),
            KeymapError::UnknownPreset { at, .. } => {
                at.rsplit_once(':').and_then(|(_, line)| line.parse().ok())
            }
            KeymapError::Read { .. } => None,
        }
    }

    /// The key sequence as written in the file, for errors about one binding.
    pub fn key(&self) -> Option<&str> {
        match self {
            KeymapError::Key { key, .. } => Some(key),
            _ => None,
        }
    }
}
