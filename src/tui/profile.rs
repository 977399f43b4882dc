//! Terminal profiles: how many colours a terminal shows and whether it can show anything
//! beyond ASCII. Room: tui.
//! [`Profile::detect`] is a pure function of an environment lookup, so the local app passes
//! the process environment and the SSH server passes the session's `env` requests (TERM,
//! NO_COLOR, COLORTERM, LANG, …). Nothing here reads the process environment on its own except
//! [`Profile::from_process_env`], which exists for local mode only.

/// How many colours the terminal can show; decides which SGR colour codes may be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColorDepth {
    /// 24-bit colour: `38;2;r;g;b`.
    TrueColor,
    /// The xterm 256-colour palette: `38;5;n`.
    Ansi256,
    /// The 8 basic colours `30–37`/`40–47`; bright foregrounds via bold.
    Ansi16,
    /// No colour codes at all: only bold, underline and reverse.
    Mono,
}

/// What a terminal can show. Chosen once per session; screens never look at TERM themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Profile {
    /// The colour depth the theme and the backend map styles to.
    pub colors: ColorDepth,
    /// When true, only printable ASCII (0x20–0x7E) reaches the screen: ASCII borders and
    /// symbols, and text transliterated (the database keeps the original).
    pub ascii: bool,
}

impl Profile {
    /// The most conservative profile: a VT100 — no colours, ASCII only.
    pub const VT100: Profile = Profile {
        colors: ColorDepth::Mono,
        ascii: true,
    };

    /// Picks the profile from an environment lookup (`env("TERM")` → `Some("xterm")`):
    /// - colours, by the first rule that matches:
    ///   1. `NO_COLOR` set to any non-empty value ⇒ [`ColorDepth::Mono`];
    ///   2. `TERM` unset or empty, `dumb`, or `vt…` (vt100, vt102, vt220, vt320, …) ⇒ Mono: a
    ///      terminal that says it is a VT100 gets what a VT100 understands, whatever
    ///      COLORTERM claims;
    ///   3. `COLORTERM` is `truecolor` or `24bit` ⇒ [`ColorDepth::TrueColor`];
    ///   4. `TERM` contains `256color` ⇒ [`ColorDepth::Ansi256`];
    ///   5. any other `TERM` (`linux`, `xterm`, `screen`, `tmux`, `ansi`, `rxvt`, …) ⇒
    ///      [`ColorDepth::Ansi16`], the colours every colour terminal has;
    /// - ASCII only, when any of these holds:
    ///   - `force_ascii` (the `--ascii` flag);
    ///   - `TERM` is unset, empty, `dumb`, `linux` (the console font lacks most symbols) or
    ///     `vt…`;
    ///   - the locale names a charset that is not UTF-8. The locale is the first non-empty of
    ///     `LC_ALL`, `LC_CTYPE`, `LANG` (POSIX precedence); it counts as UTF-8 when it
    ///     contains `UTF-8` or `utf8` in any case (`de_DE.UTF-8`, `C.utf8`, macOS's bare
    ///     `UTF-8`). Anything else — `C`, `POSIX`, `de_DE.ISO-8859-1`, `en_US` — is a
    ///     non-UTF-8 charset. No locale at all (common over SSH) says nothing: TERM decides.
    pub fn detect(env: &dyn Fn(&str) -> Option<String>, force_ascii: bool) -> Profile {
        let get = |name: &str| env(name).filter(|v| !v.is_empty());
        let term = get("TERM").map(|t| t.to_ascii_lowercase());
        let term = term.as_deref().unwrap_or("");
        let vt_like = term.is_empty() || term == "dumb" || term.starts_with("vt");

        let colors = if get("NO_COLOR").is_some() || vt_like {
            ColorDepth::Mono
        } else if get("COLORTERM")
            .is_some_and(|c| matches!(c.to_ascii_lowercase().as_str(), "truecolor" | "24bit"))
        {
            ColorDepth::TrueColor
        } else if term.contains("256color") {
            ColorDepth::Ansi256
        } else {
            ColorDepth::Ansi16
        };

        let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .find_map(|name| get(name));
        let non_utf8_locale = locale.is_some_and(|l| {
            let l = l.to_ascii_lowercase();
            !(l.contains("utf-8") || l.contains("utf8"))
        });
        let ascii = force_ascii || vt_like || term == "linux" || non_utf8_locale;

        Profile { colors, ascii }
    }

    /// [`Profile::detect`] over this process's environment; for local mode only.
    pub fn from_process_env(force_ascii: bool) -> Profile {
        Profile::detect(&|name| std::env::var(name).ok(), force_ascii)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(vars: &[(&str, &str)], force_ascii: bool) -> Profile {
        let lookup = |name: &str| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_string())
        };
        Profile::detect(&lookup, force_ascii)
    }

    fn colors(vars: &[(&str, &str)]) -> ColorDepth {
        detect(vars, false).colors
    }

    fn ascii(vars: &[(&str, &str)]) -> bool {
        detect(vars, false).ascii
    }

    #[test]
    fn no_color_wins_over_everything() {
        let vars = [
            ("NO_COLOR", "1"),
            ("TERM", "xterm-256color"),
            ("COLORTERM", "truecolor"),
        ];
        assert_eq!(colors(&vars), ColorDepth::Mono);
    }

    #[test]
    fn empty_no_color_is_ignored() {
        assert_eq!(
            colors(&[("NO_COLOR", ""), ("TERM", "xterm-256color")]),
            ColorDepth::Ansi256
        );
    }

    #[test]
    fn colorterm_truecolor_and_24bit() {
        for value in ["truecolor", "24bit", "TrueColor"] {
            let vars = [("TERM", "xterm-256color"), ("COLORTERM", value)];
            assert_eq!(colors(&vars), ColorDepth::TrueColor, "{value}");
        }
        let vars = [("TERM", "xterm"), ("COLORTERM", "yes")];
        assert_eq!(colors(&vars), ColorDepth::Ansi16);
    }

    #[test]
    fn term_256color() {
        for term in ["xterm-256color", "screen-256color", "tmux-256color"] {
            assert_eq!(colors(&[("TERM", term)]), ColorDepth::Ansi256, "{term}");
        }
    }

    #[test]
    fn vt_terms_and_dumb_are_mono_and_ascii() {
        for term in ["vt100", "vt102", "vt220", "vt320", "vt52", "dumb", "VT100"] {
            let vars = [("TERM", term), ("COLORTERM", "truecolor")];
            assert_eq!(detect(&vars, false), Profile::VT100, "{term}");
        }
    }

    #[test]
    fn unset_or_empty_term_is_mono_and_ascii() {
        assert_eq!(detect(&[], false), Profile::VT100);
        assert_eq!(detect(&[("TERM", "")], false), Profile::VT100);
    }

    #[test]
    fn basic_terms_are_sixteen_colours() {
        for term in [
            "linux",
            "xterm",
            "screen",
            "tmux",
            "ansi",
            "rxvt",
            "rxvt-unicode",
        ] {
            assert_eq!(colors(&[("TERM", term)]), ColorDepth::Ansi16, "{term}");
        }
    }

    #[test]
    fn linux_console_is_ascii_xterm_is_not() {
        assert!(ascii(&[("TERM", "linux")]));
        assert!(!ascii(&[("TERM", "xterm")]));
        assert!(!ascii(&[
            ("TERM", "xterm-256color"),
            ("LANG", "de_DE.UTF-8")
        ]));
    }

    #[test]
    fn force_ascii_keeps_colours() {
        let profile = detect(&[("TERM", "xterm-256color")], true);
        assert_eq!(
            profile,
            Profile {
                colors: ColorDepth::Ansi256,
                ascii: true
            }
        );
    }

    #[test]
    fn non_utf8_locales_mean_ascii() {
        for locale in ["C", "POSIX", "de_DE.ISO-8859-1", "en_US", "de_DE@euro"] {
            assert!(ascii(&[("TERM", "xterm"), ("LANG", locale)]), "{locale}");
        }
        for locale in ["de_DE.UTF-8", "C.utf8", "UTF-8", "en_US.utf-8@euro"] {
            assert!(!ascii(&[("TERM", "xterm"), ("LANG", locale)]), "{locale}");
        }
    }

    #[test]
    fn locale_precedence_is_lc_all_then_lc_ctype_then_lang() {
        let vars = [("TERM", "xterm"), ("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")];
        assert!(ascii(&vars));
        let vars = [
            ("TERM", "xterm"),
            ("LC_ALL", ""),
            ("LC_CTYPE", "de_DE.UTF-8"),
            ("LANG", "C"),
        ];
        assert!(!ascii(&vars));
    }
}
