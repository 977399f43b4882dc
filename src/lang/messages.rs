//! The messages: one Fluent resource file per area and language (`en/*.ftl`, `de/*.ftl`),
//! embedded in the binary, parsed once into one bundle per language that every thread and
//! SSH session shares. Bidi isolation marks are off (terminals show them as garbage);
//! whole numbers in messages are grouped as the language writes them. A message missing in
//! a language falls back to English, then to its key — the tests make sure neither happens.
//! Room: lang (pure).

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{Lang, format};

/// One area's resource file in each language: (area, English, German).
macro_rules! resources {
    ($($area:literal),+ $(,)?) => {
        pub(super) const RESOURCES: &[(&str, &str, &str)] = &[$((
            $area,
            include_str!(concat!("en/", $area, ".ftl")),
            include_str!(concat!("de/", $area, ".ftl")),
        )),+];
    };
}

resources!(
    "common",
    "tui",
    "screens-crm",
    "screens-erp",
    "screens-sales",
    "domain",
    "core",
    "cli",
    "server",
    "documents",
    "invoicing",
    "receivables",
    "mailgate",
    "mail",
    "tickets",
    "tickets_tui",
    "calendar",
    "ticket_mail",
    "ticket_sla",
    "leads",
    "duplicates",
    "duplicates_tui",
    "consent",
    "campaigns",
    "mailing",
    "marketing_http",
    "marketing_wiring",
    "leads_tui",
    "campaigns_tui",
    "salutation",
    "mrp",
    "production",
    "segment",
    "supplier_item",
    "purchase",
    "tui_purchase",
    "tui_mrp",
    "search",
    "search_screen",
);

/// A value handed to a message: text as it is shown, or a whole number (which plural
/// forms select on, and which is grouped as the language writes it).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

macro_rules! number_args {
    ($($number:ty),+) => {$(
        impl From<$number> for Arg {
            fn from(number: $number) -> Arg {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )+};
}

number_args!(i32, i64, u8, u16, u32, u64, usize);

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| [bundle(Lang::En), bundle(Lang::De)]);

fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => |value, _| whole_number(value, Lang::En),
        Lang::De => |value, _| whole_number(value, Lang::De),
    }));
    for (_, english, german) in RESOURCES {
        let source = match lang {
            Lang::En => english,
            Lang::De => german,
        };
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

fn whole_number(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 => {
            Some(format::integer_in(lang, number.value as i64))
        }
        _ => None,
    }
}

/// The message `key` in `lang` with `args`: in English when the language lacks it, the
/// key itself when English does too.
pub fn render(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    [lang, Lang::En]
        .into_iter()
        .find_map(|lang| render_exactly(lang, key, args))
        .unwrap_or_else(|| key.to_string())
}

/// The message `key` in `lang` exactly; `None` when the language has no such message.
pub(super) fn render_exactly(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = &BUNDLES[lang as usize];
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
        }
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

/// The message `key` in the current language.
pub fn text(key: &str) -> String {
    render(super::lang(), key, &[])
}

/// The message `key` in the current language with `args` (what `t!` expands to).
pub fn text_with(key: &str, args: &[(&str, Arg)]) -> String {
    render(super::lang(), key, args)
}

/// The message `key` in the current language: `t!("customers-title")`,
/// `t!("customers-deleted", count = 3)`. Keys are literals, so a test can find every key
/// the code uses.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::lang::text($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::text_with(
            $key,
            &[$((stringify!($name), $crate::lang::Arg::from($value))),+],
        )
    };
}
