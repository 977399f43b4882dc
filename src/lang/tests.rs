//! The language module's own rules: every resource parses, the locale is per thread and
//! per scope, messages fall back instead of failing. Room: lang (tests).

use super::messages::{RESOURCES, render, render_exactly};
use super::*;

#[test]
fn every_resource_file_parses_in_both_languages() {
    for (area, english, german) in RESOURCES {
        for (lang, source) in [("en", english), ("de", german)] {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_string()) {
                panic!("{lang}/{area}.ftl does not parse: {errors:?}");
            }
        }
    }
}

#[test]
fn a_scope_sets_the_locale_for_its_work_only() {
    assert_eq!(lang(), Lang::En);
    let inside = scope(Locale::new(Lang::De, Zone::UTC), || {
        let nested = scope(Locale::default(), lang);
        (lang(), nested, crate::t!("yes"))
    });
    assert_eq!(inside, (Lang::De, Lang::En, "ja".to_string()));
    assert_eq!(lang(), Lang::En);
    assert_eq!(crate::t!("yes"), "yes");
}

#[test]
fn another_thread_keeps_its_own_locale() {
    scope(Locale::new(Lang::De, Zone::UTC), || {
        let other = std::thread::spawn(lang).join().unwrap();
        assert_eq!(other, Lang::En);
        assert_eq!(lang(), Lang::De);
    });
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_key() {
    assert_eq!(render_exactly(Lang::De, "no-such-message", &[]), None);
    assert_eq!(render(Lang::De, "no-such-message", &[]), "no-such-message");
}

#[test]
fn the_language_comes_from_flag_then_kontor_lang_then_the_posix_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    };
    assert_eq!(
        Lang::choose(Some(Lang::En), env(&[("LANG", "de_DE.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::choose(None, env(&[("LANG", "de_DE.UTF-8")])),
        Lang::De
    );
    assert_eq!(Lang::choose(None, env(&[("LANG", "de_AT")])), Lang::De);
    assert_eq!(
        Lang::choose(None, env(&[("LC_MESSAGES", "de_CH.UTF-8")])),
        Lang::De
    );
    assert_eq!(
        Lang::choose(
            None,
            env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "de_DE.UTF-8")])
        ),
        Lang::En
    );
    assert_eq!(
        Lang::choose(None, env(&[("KONTOR_LANG", "de"), ("LANG", "en_US.UTF-8")])),
        Lang::De
    );
    assert_eq!(Lang::choose(None, env(&[("LANG", "C.UTF-8")])), Lang::En);
    assert_eq!(
        Lang::choose(None, env(&[("LC_ALL", ""), ("LANG", "de_DE")])),
        Lang::De
    );
}
