//! Keymaps: key sequences → [`Action`]s, one trie per [`Layer`]. The base is an embedded
//! preset (`keymaps/default.toml` or `keymaps/vim.toml`); the user's `keymap.toml` is
//! merged over it per key. A lookup walks the screen's layer with `global` merged under it
//! and answers matched / pending (continuations for the which-key popup) / not found.
//! Room: tui (pure apart from reading the user's file; no terminal, no sled).

mod error;
mod parse;
#[cfg(test)]
mod props;
#[cfg(test)]
mod tests;
mod trie;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use error::{KeyProblem, KeymapError};
pub use parse::UNBIND;

use crate::tui::action::Action;
use crate::tui::key::{Key, format_sequence};
use parse::{Entry, Parsed};
use trie::{Child, Found, Node};

macro_rules! layers {
    ($($variant:ident => ($name:literal, $description:literal),)*) => {
        /// A set of bindings active on some screens. A screen's own layer is looked up
        /// first, then `Global`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Layer {
            $(#[doc = $description] $variant,)*
        }

        impl Layer {
            /// Every layer, in the order `kontor keys` prints them.
            pub const ALL: &'static [Layer] = &[$(Layer::$variant,)*];

            /// The name used in keymap files (`list`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Layer::$variant => $name,)*
                }
            }

            /// Where the layer is active.
            pub fn description(self) -> &'static str {
                match self {
                    $(Layer::$variant => $description,)*
                }
            }
        }
    };
}

layers! {
    Global => ("global", "Everywhere, after the screen's own layer; binds no plain letters"),
    List => ("list", "Lists of records (and Home)"),
    Detail => ("detail", "One record with its related records"),
    Form => ("form", "Create and edit forms: letters are typed"),
    Prompt => ("prompt", "Pickers, caller lookup and search input: letters are typed"),
    Scan => ("scan", "Scan mode: letters and digits are typed"),
    Entry => ("entry", "Order entry: codes, quantities and the header are typed"),
    Pipeline => ("pipeline", "Opportunities by stage"),
    Tree => ("tree", "The BOM tree"),
    Ticket => ("ticket", "One service ticket and its articles"),
    Duplicates => ("duplicates", "Customer duplicates and merging two of them"),
}

impl Layer {
    /// The layer of this name, if any.
    pub fn from_name(name: &str) -> Option<Layer> {
        Layer::ALL
            .iter()
            .copied()
            .find(|layer| layer.name() == name)
    }

    /// All names, comma-separated, for messages.
    pub fn names() -> String {
        Layer::ALL
            .iter()
            .map(|layer| layer.name())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Something that names a layer: a [`Layer`] or its name (`"list"`). An unknown name
/// names no layer and has no bindings.
pub trait AsLayer {
    fn as_layer(&self) -> Option<Layer>;
}

impl AsLayer for Layer {
    fn as_layer(&self) -> Option<Layer> {
        Some(*self)
    }
}

impl AsLayer for &str {
    fn as_layer(&self) -> Option<Layer> {
        Layer::from_name(self)
    }
}

/// A shipped keymap that serves as the base of the user's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Preset {
    /// F-keys in green-screen tradition plus letters and Ctrl keys.
    #[default]
    Default,
    /// hjkl, `g g` / `G`, `/`, `:`.
    Vim,
}

impl Preset {
    pub const ALL: &'static [Preset] = &[Preset::Default, Preset::Vim];

    pub fn name(self) -> &'static str {
        match self {
            Preset::Default => "default",
            Preset::Vim => "vim",
        }
    }

    /// The file name used in messages about the embedded file.
    pub fn file(self) -> &'static str {
        match self {
            Preset::Default => "keymaps/default.toml",
            Preset::Vim => "keymaps/vim.toml",
        }
    }

    /// The embedded TOML text.
    pub fn text(self) -> &'static str {
        match self {
            Preset::Default => include_str!("../../../keymaps/default.toml"),
            Preset::Vim => include_str!("../../../keymaps/vim.toml"),
        }
    }
}

impl FromStr for Preset {
    type Err = String;

    fn from_str(name: &str) -> Result<Preset, String> {
        Preset::ALL
            .iter()
            .copied()
            .find(|preset| preset.name() == name)
            .ok_or_else(|| error::unknown_preset(name))
    }
}

/// One binding: a key sequence, its action and an optional description overriding the
/// action's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: Action,
    pub desc: Option<String>,
}

impl Binding {
    /// The key sequence in keymap notation (`g c`).
    pub fn sequence(&self) -> String {
        format_sequence(&self.keys)
    }

    /// The binding's own description as the keymap file wrote it, else the action's in
    /// the current language.
    pub fn description(&self) -> String {
        self.desc
            .clone()
            .unwrap_or_else(|| self.action.description())
    }

    /// Whether the sequence needs no function key (thin terminals may lack them).
    pub fn without_function_keys(&self) -> bool {
        !self.keys.iter().any(Key::is_function_key)
    }
}

/// The answer to a key sequence typed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The sequence is bound: run the action and start over.
    Matched(Action),
    /// The sequence is the start of bindings: these keys may follow, each with a
    /// description (of the binding, or `+N keys` for a longer prefix).
    Pending(Vec<(Key, String)>),
    /// Nothing is bound to the sequence.
    NotFound,
}

/// The bindings of one layer: its own, and with `global` merged under them.
#[derive(Debug, Clone, Default)]
struct LayerKeys {
    own: Vec<Binding>,
    /// `own` followed by the global bindings that no own binding shadows.
    effective: Vec<Binding>,
    trie: Node,
}

/// The effective key bindings of a session: a preset with the user's file merged over it.
#[derive(Debug, Clone)]
pub struct Keymap {
    preset: Preset,
    layers: Vec<LayerKeys>,
}

/// The default place of the user's keymap: `keymap.toml` in the config directory
/// (`~/.config/kontor/keymap.toml` on Linux), whether or not it exists.
pub fn config_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "kontor")
        .map(|dirs| dirs.config_dir().join("keymap.toml"))
}

/// The user's keymap file: `explicit` (e.g. `--keymap FILE`) if given, else the default
/// file when it exists.
pub fn user_file(explicit: Option<&Path>) -> Option<PathBuf> {
    match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => config_file().filter(|path| path.is_file()),
    }
}

impl Keymap {
    /// Loads a preset with the user's file merged over it. The preset is `preset` if given,
    /// else the file's top-level `preset = "…"`, else `default`. `user_file` must exist
    /// when given (see [`user_file`] for the usual lookup).
    pub fn load(preset: Option<&str>, user_file: Option<&Path>) -> Result<Keymap, KeymapError> {
        let user = user_file
            .map(|path| {
                let file = path.display().to_string();
                match std::fs::read(path) {
                    Ok(bytes) => parse::text_of(&file, bytes).map(|text| (file, text)),
                    Err(source) => Err(KeymapError::Read { file, source }),
                }
            })
            .transpose()?;
        Keymap::from_text(
            preset,
            user.as_ref()
                .map(|(file, text)| (file.as_str(), text.as_str())),
        )
    }

    /// Like [`Keymap::load`] with the user's file given as `(name for messages, text)`.
    pub fn from_text(
        preset: Option<&str>,
        user: Option<(&str, &str)>,
    ) -> Result<Keymap, KeymapError> {
        let user = user
            .map(|(file, text)| parse::parse(file, text).map(|parsed| (file, parsed)))
            .transpose()?;
        let preset_named = |name: &str, at: String| {
            name.parse::<Preset>()
                .map_err(|_| KeymapError::UnknownPreset {
                    at,
                    preset: name.to_string(),
                })
        };
        let from_file = match &user {
            Some((
                file,
                Parsed {
                    preset: Some((name, line)),
                    ..
                },
            )) => Some(preset_named(name, format!("{file}:{line}"))?),
            _ => None,
        };
        let from_argument = preset
            .map(|name| preset_named(name, "--preset".into()))
            .transpose()?;
        let chosen = from_argument.or(from_file).unwrap_or_default();
        let base = parse::parse(chosen.file(), chosen.text())?;
        let user_entries = match user {
            Some((file, parsed)) => {
                parse::check_over_preset(file, (chosen.file(), &base.entries), &parsed.entries)?;
                parsed.entries
            }
            None => Vec::new(),
        };
        Ok(Keymap::build(chosen, &base.entries, &user_entries))
    }

    /// Merges `user` over `base` per layer and key, then builds the tries. A user binding
    /// replaces the base binding of the same sequence (one that is a prefix of it, or that
    /// it is a prefix of, was refused by `check_over_preset` unless unbound); `run = "none"` removes the sequence and everything
    /// under it. Unbinding entries apply first, so their order in the file does not matter.
    fn build(preset: Preset, base: &[Entry], user: &[Entry]) -> Keymap {
        let mut layers: Vec<LayerKeys> = Layer::ALL.iter().map(|_| LayerKeys::default()).collect();
        for entry in base {
            if let Some(action) = entry.action {
                layers[entry.layer.index()].own.push(Binding {
                    keys: entry.keys.clone(),
                    action,
                    desc: entry.desc.clone(),
                });
            }
        }
        for entry in user.iter().filter(|entry| entry.action.is_none()) {
            layers[entry.layer.index()]
                .own
                .retain(|binding| !binding.keys.starts_with(&entry.keys));
        }
        for entry in user {
            let Some(action) = entry.action else { continue };
            let own = &mut layers[entry.layer.index()].own;
            let clashes = |binding: &Binding| {
                binding.keys.starts_with(&entry.keys) || entry.keys.starts_with(&binding.keys)
            };
            let at = own.iter().position(clashes).unwrap_or(own.len());
            own.retain(|binding| !clashes(binding));
            own.insert(
                at.min(own.len()),
                Binding {
                    keys: entry.keys.clone(),
                    action,
                    desc: entry.desc.clone(),
                },
            );
        }
        let global = layers[Layer::Global.index()].own.clone();
        for (index, layer) in layers.iter_mut().enumerate() {
            let mut trie = Node::default();
            let mut effective = Vec::new();
            let inherited = if index == Layer::Global.index() {
                &[][..]
            } else {
                &global[..]
            };
            for binding in layer.own.iter().chain(inherited) {
                if trie.insert(&binding.keys, effective.len()) {
                    effective.push(binding.clone());
                }
            }
            layer.trie = trie;
            layer.effective = effective;
        }
        Keymap { preset, layers }
    }

    /// The shipped preset this keymap is based on.
    pub fn preset(&self) -> Preset {
        self.preset
    }

    fn layer(&self, layer: impl AsLayer) -> Option<&LayerKeys> {
        layer
            .as_layer()
            .and_then(|layer| self.layers.get(layer.index()))
    }

    /// What the keys typed so far mean in `layer` (with `global` under it).
    pub fn lookup(&self, layer: impl AsLayer, keys: &[Key]) -> Lookup {
        let Some(layer) = self.layer(layer) else {
            return Lookup::NotFound;
        };
        match layer.trie.find(keys) {
            Found::Leaf(index) => layer
                .effective
                .get(index)
                .map_or(Lookup::NotFound, |binding| Lookup::Matched(binding.action)),
            Found::Prefix(node) => Lookup::Pending(
                node.children()
                    .iter()
                    .map(|(key, child)| {
                        let what = match child {
                            Child::Leaf(index) => layer
                                .effective
                                .get(*index)
                                .map(Binding::description)
                                .unwrap_or_default(),
                            Child::Branch(node) => {
                                crate::t!("tui-more-keys", count = node.leaves())
                            }
                        };
                        (*key, what)
                    })
                    .collect(),
            ),
            Found::Nothing => Lookup::NotFound,
        }
    }

    /// The layer's own bindings as (sequence, action), in file order — for help and
    /// `kontor keys`. `global`'s are listed under `global`.
    pub fn bindings(&self, layer: impl AsLayer) -> Vec<(String, Action)> {
        self.entries(layer)
            .iter()
            .map(|binding| (binding.sequence(), binding.action))
            .collect()
    }

    /// The layer's own bindings.
    pub fn entries(&self, layer: impl AsLayer) -> &[Binding] {
        self.layer(layer).map_or(&[], |layer| &layer.own)
    }

    /// What is active on a screen of this layer: its own bindings, then the global ones
    /// it does not shadow.
    pub fn effective(&self, layer: impl AsLayer) -> &[Binding] {
        self.layer(layer).map_or(&[], |layer| &layer.effective)
    }

    /// Every sequence running `action` on a screen of this layer, own layer first.
    pub fn keys_for(&self, layer: impl AsLayer, action: Action) -> Vec<String> {
        self.effective(layer)
            .iter()
            .filter(|binding| binding.action == action)
            .map(Binding::sequence)
            .collect()
    }

    /// The first sequence running `action` in this layer (for the key legend).
    pub fn key_for(&self, layer: impl AsLayer, action: Action) -> Option<String> {
        self.keys_for(layer, action).into_iter().next()
    }

    /// The sequence to show for `action` in this layer: the first, or on a thin terminal
    /// (ASCII profile: VT100 has no F-keys) the first without function keys when the
    /// action has one.
    pub fn key_to_show(&self, layer: impl AsLayer, action: Action, thin: bool) -> Option<String> {
        let mut bindings = self
            .effective(layer)
            .iter()
            .filter(|binding| binding.action == action);
        let first = bindings.clone().next()?;
        let shown = match thin {
            true => bindings
                .find(|binding| binding.without_function_keys())
                .unwrap_or(first),
            false => first,
        };
        Some(shown.sequence())
    }

    /// Actions that a layer binds only to sequences with function keys — none in a good
    /// keymap, since thin terminals (VT100: PF1–PF4 only) may lack them.
    pub fn unreachable_without_function_keys(&self) -> Vec<(Layer, Action)> {
        let mut missing = Vec::new();
        for &layer in Layer::ALL {
            let effective = self.effective(layer);
            for binding in effective {
                let action = binding.action;
                let reachable = effective
                    .iter()
                    .any(|other| other.action == action && other.without_function_keys());
                if !reachable && !missing.contains(&(layer, action)) {
                    missing.push((layer, action));
                }
            }
        }
        missing
    }
}
