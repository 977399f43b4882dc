//! The language and time zone a command line runs in, found before clap renders anything
//! (so `--help` and clap's refusals already speak it): the language from `--lang`, else
//! `KONTOR_LANG`, else `LC_ALL` / `LC_MESSAGES` / `LANG` (`Lang::choose`); the zone from
//! `KONTOR_TZ`, else `TZ`, else the target of `/etc/localtime`, else UTC. `main` hands in
//! the process's environment, tests their own. Room: cli.

use std::ffi::OsString;
use std::path::Path;

use crate::lang::{self, Lang, Zone};

pub use crate::lang::{Locale, scope};

/// The language and time zone of a command line: `lang_of`, then `zone_of` (whose refusal
/// is said in that language).
pub fn of_process(
    args: &[OsString],
    variable: impl Fn(&str) -> Option<String>,
    localtime: Option<&Path>,
) -> Result<Locale, String> {
    let lang = lang_of(args, &variable)?;
    let zone = lang::scope(Locale::new(lang, Zone::UTC), || {
        zone_of(&variable, localtime)
    })?;
    Ok(Locale::new(lang, zone))
}

/// The text of `--lang` on a command line (program name first), before a `--`.
fn lang_text(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|word| word.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if word == "--lang" {
            return Some(
                words
                    .next()
                    .map(|value| value.into_owned())
                    .unwrap_or_default(),
            );
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// The language `--lang` asks for on a command line: `None` without the flag; a language
/// kontor does not speak is refused with a message in the current language.
pub fn lang_flag(args: &[OsString]) -> Result<Option<Lang>, String> {
    lang_text(args).map(|text| parse_lang(&text)).transpose()
}

/// The language of a command line: its `--lang`, else what the environment (`variable`)
/// says. A `--lang` kontor does not speak is refused with a message in the environment's
/// language.
pub fn lang_of(
    args: &[OsString],
    variable: impl Fn(&str) -> Option<String>,
) -> Result<Lang, String> {
    let chosen = Lang::choose(None, variable);
    let flag = lang::scope(Locale::new(chosen, Zone::UTC), || lang_flag(args))?;
    Ok(flag.unwrap_or(chosen))
}

/// Reads `--lang`'s value for clap (the language was found before; this keeps clap's
/// own parse and `--help` honest).
pub fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| crate::t!("cli-error-unknown-lang", given = text.trim()))
}

/// The time zone: `KONTOR_TZ`, else `TZ` (`Europe/Berlin`, `:Europe/Berlin`), else the
/// zone `/etc/localtime` links to (`localtime`: its link target), else UTC. An unknown
/// name in either variable is refused, with a message in the current language.
pub fn zone_of(
    variable: impl Fn(&str) -> Option<String>,
    localtime: Option<&Path>,
) -> Result<Zone, String> {
    let named = ["KONTOR_TZ", "TZ"].iter().find_map(|name| {
        variable(name)
            .filter(|value| !value.trim().is_empty())
            .map(|v| (*name, v))
    });
    if let Some((name, value)) = named {
        return Zone::named(&value).ok_or_else(|| {
            crate::t!(
                "cli-error-unknown-zone",
                variable = name,
                zone = value.trim()
            )
        });
    }
    Ok(localtime.and_then(zone_of_link).unwrap_or(Zone::UTC))
}

/// The zone a link target like `/usr/share/zoneinfo/Europe/Berlin` names.
fn zone_of_link(target: &Path) -> Option<Zone> {
    let text = target.to_string_lossy();
    let (_, name) = text.split_once("zoneinfo/")?;
    Zone::named(name.trim_start_matches("posix/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    fn none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn the_flag_wins_over_the_environment_and_a_wrong_one_is_refused() {
        let german = |name: &str| (name == "LANG").then(|| "de_DE.UTF-8".to_string());
        assert_eq!(
            lang_of(&args(&["kontor", "--lang", "en"]), german),
            Ok(Lang::En)
        );
        assert_eq!(
            lang_of(&args(&["kontor", "x", "--lang=de"]), none),
            Ok(Lang::De)
        );
        assert_eq!(
            lang_of(&args(&["kontor", "customer", "list"]), german),
            Ok(Lang::De)
        );
        assert_eq!(
            lang_of(&args(&["kontor", "--", "--lang", "de"]), none),
            Ok(Lang::En)
        );
        let refused = lang_of(&args(&["kontor", "--lang", "xx"]), german).unwrap_err();
        assert!(refused.contains("\"xx\""), "{refused}");
    }

    #[test]
    fn the_zone_comes_from_the_variables_then_the_localtime_link() {
        let tz = |value: &'static str| move |name: &str| (name == "TZ").then(|| value.to_string());
        assert_eq!(
            zone_of(tz(":Europe/Berlin"), None).unwrap().name(),
            "Europe/Berlin"
        );
        let link = Path::new("/usr/share/zoneinfo/Asia/Kolkata");
        assert_eq!(zone_of(none, Some(link)).unwrap().name(), "Asia/Kolkata");
        assert_eq!(zone_of(tz("UTC"), Some(link)).unwrap(), Zone::UTC);
        assert_eq!(zone_of(none, None).unwrap(), Zone::UTC);
        let refused = zone_of(tz("Mars/Olympus"), None).unwrap_err();
        assert!(refused.contains("Mars/Olympus"), "{refused}");
        let both = |name: &str| match name {
            "KONTOR_TZ" => Some("Europe/Berlin".to_string()),
            _ => Some("Asia/Kolkata".to_string()),
        };
        assert_eq!(zone_of(both, None).unwrap().name(), "Europe/Berlin");
    }
}
