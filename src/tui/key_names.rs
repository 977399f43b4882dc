//! The keys a session shows for actions: in the key legend, in help and in the hints a
//! screen writes (“r runs the period”). Taken from the session's keymap, so a rebound key
//! or another preset is named right; on a thin terminal (ASCII profile) a binding without
//! F-keys is preferred. Room: tui (pure, no terminal, no sled).

use std::sync::Arc;

use super::action::Action;
use super::key::Key;
use super::keymap::{AsLayer, Keymap, Lookup};

/// The session's keymap as far as naming keys goes. Without a keymap (a session not yet
/// given to an App) every action is named as the palette runs it.
#[derive(Debug, Clone, Default)]
pub struct KeyNames {
    keymap: Option<Arc<Keymap>>,
    thin: bool,
}

impl KeyNames {
    /// `thin`: the terminal is of the ASCII profile (VT100 class), which often lacks F-keys.
    pub fn new(keymap: Arc<Keymap>, thin: bool) -> KeyNames {
        KeyNames {
            keymap: Some(keymap),
            thin,
        }
    }

    /// Whether F-key bindings give way to others (ASCII profile).
    pub fn thin(&self) -> bool {
        self.thin
    }

    /// The key sequence running `action` on a screen of `layer`, if one is bound.
    pub fn bound(&self, layer: impl AsLayer, action: Action) -> Option<String> {
        self.keymap
            .as_ref()
            .and_then(|keymap| keymap.key_to_show(layer, action, self.thin))
    }

    /// Whether `key` alone runs or starts a binding on a screen of `layer` (globals
    /// included), so a text input must leave it to the keymap.
    pub fn binds(&self, layer: impl AsLayer, key: &Key) -> bool {
        self.keymap.as_ref().is_some_and(|keymap| {
            !matches!(
                keymap.lookup(layer, std::slice::from_ref(key)),
                Lookup::NotFound
            )
        })
    }

    /// The key sequence running `action` on a screen of `layer`; when none is bound, the
    /// palette entry that runs it (`: payroll-run`).
    pub fn key(&self, layer: impl AsLayer, action: Action) -> String {
        self.bound(layer, action)
            .unwrap_or_else(|| format!(": {}", action.name()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(preset: &str, thin: bool) -> KeyNames {
        let keymap = Keymap::from_text(Some(preset), None).unwrap();
        KeyNames::new(Arc::new(keymap), thin)
    }

    #[test]
    fn thin_terminals_are_shown_keys_without_f_keys_where_there_are_some() {
        let wide = names("default", false);
        assert_eq!(wide.key("list", Action::CallerLookup), "F2");
        assert_eq!(wide.key("list", Action::Back), "F12");
        let thin = names("default", true);
        assert_eq!(thin.key("list", Action::CallerLookup), "C-g");
        assert_eq!(thin.key("list", Action::Create), "n");
        assert_eq!(thin.key("list", Action::Back), "Esc");
        assert_eq!(thin.key("form", Action::Cancel), "Esc");
        assert_eq!(thin.key("list", Action::Quit), "q");
        assert_eq!(thin.key("form", Action::Quit), "C-c");
    }

    #[test]
    fn presets_name_their_own_keys_and_unbound_actions_their_palette_entry() {
        assert_eq!(names("default", false).key("list", Action::Create), "F6");
        assert_eq!(names("vim", true).key("list", Action::Create), "o");
        assert_eq!(
            names("default", false).key("form", Action::PayrollRun),
            ": payroll-run"
        );
        assert_eq!(KeyNames::default().key("list", Action::Save), ": save");
    }
}
