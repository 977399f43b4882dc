//! The user's language and time zone, and everything that depends on them: the messages
//! (Fluent resource files per language, embedded), and how numbers, amounts, dates and times
//! are written. Room: lang — the innermost room; pure (no I/O, no clock, no environment:
//! the front ends read `--lang`, `KONTOR_LANG`, `LANG`, `TZ` and hand them in).
//!
//! The locale is an input like the clock, and per call, never per process: a front end runs
//! each piece of work for a user inside `scope(locale, …)` — the CLI once for the command,
//! the server per SSH session for every input it hands its App — and everything below that
//! renders text reads `current()`. Two sessions on one server in two languages never see
//! each other's.

pub mod format;
mod messages;
mod zone;

#[cfg(test)]
mod tests;

use std::cell::Cell;

pub use messages::{Arg, text, text_with};
pub use zone::Zone;

/// A language kontor speaks (stored with an account as its variant index: append new
/// languages at the end).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The code users type: `en`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// A language code as users give it (`de`, `DE`, `en`).
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "de" | "deutsch" | "german" => Some(Lang::De),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a POSIX locale value (`de_DE.UTF-8`, `de_AT`, `de_CH@euro`, `en_US`,
    /// `de`); `None` for `C`, `POSIX`, empty values and languages kontor does not speak.
    pub fn from_locale(value: &str) -> Option<Lang> {
        let language = value.split(['_', '.', '@', '-']).next().unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language to use: the flag, else `KONTOR_LANG`, else the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set and not empty (a set `LC_ALL` of another language
    /// wins, as POSIX says), else English. `variable` reads one environment variable.
    pub fn choose(flag: Option<Lang>, variable: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        if let Some(lang) = variable("KONTOR_LANG").and_then(|code| Lang::parse(&code)) {
            return lang;
        }
        Lang::from_environment(variable).unwrap_or_default()
    }

    /// The language the POSIX locale variables name: the first of `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` that is set and not empty; `None` when none is, or it names a language kontor
    /// does not speak.
    pub fn from_environment(variable: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| variable(name))
            .find(|value| !value.trim().is_empty())
            .and_then(|value| Lang::from_locale(&value))
    }
}

/// The language and time zone one user sees kontor in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Locale {
    pub lang: Lang,
    pub zone: Zone,
}

impl Locale {
    pub fn new(lang: Lang, zone: Zone) -> Locale {
        Locale { lang, zone }
    }
}

thread_local! {
    static CURRENT: Cell<Locale> = const { Cell::new(Locale { lang: Lang::En, zone: Zone::UTC }) };
}

/// Runs `work` with `locale` as the current one on this thread, then restores the one
/// before (also when `work` panics). The work is synchronous: it cannot carry the locale
/// across an `.await` to another thread.
pub fn scope<R>(locale: Locale, work: impl FnOnce() -> R) -> R {
    struct Restore(Locale);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|current| current.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|current| current.replace(locale)));
    work()
}

/// Runs `work` in German and UTC: unit tests of what a person reads.
#[cfg(test)]
pub fn in_german<R>(work: impl FnOnce() -> R) -> R {
    scope(Locale::new(Lang::De, Zone::UTC), work)
}

/// The locale of the work running on this thread (English and UTC outside any `scope`).
pub fn current() -> Locale {
    CURRENT.with(Cell::get)
}

/// The language of the work running on this thread.
pub fn lang() -> Lang {
    current().lang
}
