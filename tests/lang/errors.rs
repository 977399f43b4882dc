//! What the domain and the core tell a user, in the user's language: real commands that
//! fail, run inside a German and an English locale, give German text and today's English
//! text; German dates and amounts are read; every field of every kind has a label in both
//! languages.

use std::collections::BTreeSet;

use kontor::core::kinds::{CUSTOMERS, INTERACTIONS, OPPORTUNITIES, REGISTRY};
use kontor::core::plain::RecordCommand;
use kontor::core::{Actor, Command, Event, execute};
use kontor::domain::fields::Input;
use kontor::lang::{Lang, Locale, Zone, scope};
use kontor::store::Store;

fn german() -> Locale {
    Locale::new(Lang::De, Zone::named("Europe/Berlin").unwrap())
}

fn english() -> Locale {
    Locale::new(Lang::En, Zone::UTC)
}

/// A database with customer 1, "Acme Corp".
fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    run(&store, add(CUSTOMERS, &[("name", "Acme Corp")])).unwrap();
    (dir, store)
}

fn add(kind: &'static kontor::core::kinds::KindDecl, pairs: &[(&'static str, &str)]) -> Command {
    RecordCommand::add(kind, Input::from_pairs(pairs))
}

fn run(store: &Store, command: Command) -> Result<Event, kontor::core::CoreError> {
    execute(
        store,
        &crate::common::clock(),
        &Actor::local("root"),
        command,
    )
}

/// The message of the command's refusal, rendered in `locale` as the front ends do: the
/// command runs inside the locale's scope and the error is shown there.
fn refusal(store: &Store, locale: Locale, command: impl Fn() -> Command) -> String {
    scope(locale, || match run(store, command()) {
        Ok(event) => panic!("not refused: {event:?}"),
        Err(error) => error.to_string(),
    })
}

/// What is tried, the command, its English text and its German text.
type Case = (&'static str, fn() -> Command, &'static str, &'static str);

/// Each failing command with its English text (as kontor has always written it) and its
/// German text.
#[test]
fn refusals_of_real_commands_are_german_in_german_and_unchanged_in_english() {
    let (_dir, store) = store();
    let cases: [Case; 5] = [
        (
            "unknown customer",
            || {
                add(
                    INTERACTIONS,
                    &[("customer", "999"), ("channel", "note"), ("subject", "s")],
                )
            },
            "customer 999 does not exist",
            "Kunde 999 existiert nicht",
        ),
        (
            "invalid e-mail",
            || add(CUSTOMERS, &[("name", "Beta"), ("email", "anna@")]),
            "email: \"anna@\" is not an e-mail address",
            "email: „anna@“ ist keine E-Mail-Adresse",
        ),
        (
            "ambiguous amount",
            || {
                add(
                    OPPORTUNITIES,
                    &[("customer", "1"), ("title", "t"), ("amount", "1,200")],
                )
            },
            "amount: \"1,200\" is ambiguous: write 1200 or 1.20",
            "amount: „1,200“ ist mehrdeutig: schreiben Sie 1200 oder 1,20",
        ),
        (
            "bad date",
            || {
                add(
                    OPPORTUNITIES,
                    &[
                        ("customer", "1"),
                        ("title", "t"),
                        ("amount", "10"),
                        ("expected_close", "30.02.2026"),
                    ],
                )
            },
            "expected_close: \"30.02.2026\" is not a date (YYYY-MM-DD)",
            "expected_close: „30.02.2026“ ist kein Datum (TT.MM.JJJJ)",
        ),
        (
            "unknown choice",
            || add(CUSTOMERS, &[("name", "Gamma"), ("status", "vip")]),
            "status: unknown status \"vip\" (one of: lead, prospect, customer, inactive)",
            "status: unbekannter Wert „vip“ für status (möglich: Interessent, Potenzieller Kunde, Kunde, inaktiv)",
        ),
    ];
    for (case, command, english_text, german_text) in cases {
        assert_eq!(refusal(&store, english(), command), english_text, "{case}");
        assert_eq!(refusal(&store, german(), command), german_text, "{case}");
    }
}

#[test]
fn a_stale_edit_names_the_record_and_who_changed_it_in_the_language() {
    let (_dir, store) = store();
    let edit = |city: &str, version: Option<u64>| {
        let mut input = Input::new();
        input.set("city", city);
        RecordCommand::edit(CUSTOMERS, 1, version, input)
    };
    run(&store, edit("Berlin", Some(1))).unwrap();
    assert_eq!(
        refusal(&store, english(), || edit("Hamburg", Some(1))),
        "customer 1 was changed by root at 2026-12-05T09:30:00Z (now version 2)"
    );
    assert_eq!(
        refusal(&store, german(), || edit("Hamburg", Some(1))),
        "Kunde 1 wurde von root am 05.12.2026 10:30 geändert (jetzt Version 2)"
    );
}

#[test]
fn german_dates_and_amounts_are_read_where_a_german_user_types_them() {
    let (_dir, store) = store();
    let added = scope(german(), || {
        run(
            &store,
            add(
                OPPORTUNITIES,
                &[
                    ("customer", "1"),
                    ("title", "Angebot"),
                    ("amount", "1.234,56"),
                    ("expected_close", "5.12.26"),
                ],
            ),
        )
    })
    .unwrap();
    let text = format!("{added:?}");
    assert!(text.contains("1234.56"), "{text}");
    assert!(text.contains("2026-12-05"), "{text}");
}

#[test]
fn a_local_time_is_read_in_the_users_zone_by_the_rules_of_its_date() {
    let (_dir, store) = store();
    let log = |at: &str| {
        add(
            INTERACTIONS,
            &[
                ("customer", "1"),
                ("channel", "note"),
                ("subject", "Notiz"),
                ("at", at),
            ],
        )
    };
    // The clock says December (winter time); a summer date is read in summer time all the
    // same, and a winter one in winter time.
    for (typed, stored) in [
        ("05.01.2027 09:00", "2027-01-05T08:00:00Z"),
        ("5.7.27 09:00", "2027-07-05T07:00:00Z"),
    ] {
        let logged = scope(german(), || run(&store, log(typed))).unwrap();
        let text = format!("{logged:?}");
        assert!(text.contains(stored), "{typed}: {text}");
    }
}

#[test]
fn every_field_of_every_kind_has_a_label_and_its_flag_a_help_line_in_both_languages() {
    let mut problems = BTreeSet::new();
    for kind in REGISTRY {
        for field in kind.fields {
            for locale in [english(), german()] {
                let label = scope(locale, || field.label());
                if label.is_empty() || label == field.label_key {
                    problems.insert(format!("{} {}: {locale:?}", kind.name, field.name));
                }
                // A form's label column holds 16 columns, " *" of a required field
                // included: as the widest English label, no label takes more than 15.
                if label.chars().count() > 15 {
                    problems.insert(format!(
                        "{} {}: {label:?} is too long",
                        kind.name, field.name
                    ));
                }
            }
            if !field.label_key.starts_with("domain-field-") {
                problems.insert(format!(
                    "{} {}: key {}",
                    kind.name, field.name, field.label_key
                ));
            }
            for locale in [english(), german()] {
                let help = scope(locale, || field.help());
                let unhelped = field.flag.is_empty() != help.is_empty() || help == field.help_key;
                if field.editable && unhelped {
                    problems.insert(format!("{} {}: help in {locale:?}", kind.name, field.name));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let customer_name = CUSTOMERS
        .fields
        .iter()
        .find(|f| f.name == "number")
        .unwrap();
    assert_eq!(scope(english(), || customer_name.label()), "Number");
    assert_eq!(scope(german(), || customer_name.label()), "Kundennr.");
}

#[test]
fn numbers_in_messages_are_written_as_the_language_writes_them() {
    use kontor::domain::Currency;
    use kontor::domain::money::parse_money_in;
    let finer = || {
        parse_money_in("price", "1.234,565", Currency::EUR)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        scope(english(), finer),
        "price: EUR takes at most 2 decimals: write 1234.57"
    );
    assert_eq!(
        scope(german(), finer),
        "price: EUR hat höchstens 2 Nachkommastellen: schreiben Sie 1.234,57"
    );
}

#[test]
fn choices_read_as_their_machine_names_in_english_and_in_german_words_in_german() {
    use kontor::domain::{Channel, CustomerStatus, Stage};
    let labelled = || -> Vec<(&'static str, String)> {
        let stages = Stage::ALL.iter().map(|s| (s.name(), s.label()));
        let channels = Channel::ALL.iter().map(|c| (c.name(), c.label()));
        let statuses = CustomerStatus::ALL.iter().map(|s| (s.name(), s.label()));
        stages.chain(channels).chain(statuses).collect()
    };
    for (name, label) in scope(english(), labelled) {
        assert_eq!(label, name);
    }
    let german_words: BTreeSet<String> = scope(german(), labelled)
        .into_iter()
        .map(|(name, label)| {
            assert!(
                !label.starts_with("domain-") && label != name,
                "{name}: {label}"
            );
            label
        })
        .collect();
    assert_eq!(german_words.len(), scope(german(), labelled).len());
    assert_eq!(
        scope(german(), || Stage::NeedsAnalysis.label()),
        "Bedarfsanalyse"
    );
}
