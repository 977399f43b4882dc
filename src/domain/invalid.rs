//! The one validation error of the domain: which field, and what is wrong with it.
//! Room: domain (pure).

use super::fold::fold;

/// A value a user gave that the domain refuses. `field` is the field's name as in the
/// export header (`name`, `email`, `phone`, …), so the CLI and the import can point at it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct Invalid {
    pub field: &'static str,
    pub message: String,
}

impl Invalid {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Invalid {
            field,
            message: message.into(),
        }
    }
}

/// Several problems on one line, each naming its field: `a: …; b: …`.
pub fn joined(problems: &[Invalid]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Parses one of a closed set of kebab-case names, naming the accepted ones on failure.
pub fn parse_choice<T: Copy>(
    field: &'static str,
    text: &str,
    choices: &[(&str, T)],
) -> Result<T, Invalid> {
    let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
    by_name(text, choices).ok_or_else(|| unknown_choice(field, text, &names))
}

/// Parses one of a closed set by its machine name (as `parse_choice`) or by its label in
/// the current language (`Verhandlung`), case and accents ignored; a refusal names the
/// labels, what a person types in this language (English labels are the machine names).
pub fn parse_labelled<T: Copy>(
    field: &'static str,
    text: &str,
    choices: &[(&str, T)],
    label: impl Fn(T) -> String,
) -> Result<T, Invalid> {
    let wanted = fold(text);
    let labels: Vec<(String, T)> = choices
        .iter()
        .map(|(_, value)| (label(*value), *value))
        .collect();
    by_name(text, choices)
        .or_else(|| {
            labels
                .iter()
                .find(|(label, _)| fold(label) == wanted)
                .map(|(_, value)| *value)
        })
        .ok_or_else(|| {
            let shown: Vec<&str> = labels.iter().map(|(label, _)| label.as_str()).collect();
            unknown_choice(field, text, &shown)
        })
}

/// The choice whose kebab-case name is `text` (`Call_In` finds `call-in`).
fn by_name<T: Copy>(text: &str, choices: &[(&str, T)]) -> Option<T> {
    let wanted = text.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    choices
        .iter()
        .find(|(name, _)| *name == wanted)
        .map(|(_, value)| *value)
}

fn unknown_choice(field: &'static str, text: &str, choices: &[&str]) -> Invalid {
    Invalid::new(
        field,
        crate::t!(
            "domain-unknown-choice",
            field = field,
            text = text.trim(),
            choices = choices.join(", ")
        ),
    )
}
