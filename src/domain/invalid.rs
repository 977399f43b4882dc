//! The one validation error of the domain: which field, and what is wrong with it.
//! Room: domain (pure).

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
    let wanted = text.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    choices
        .iter()
        .find(|(name, _)| *name == wanted)
        .map(|(_, value)| *value)
        .ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
            Invalid::new(
                field,
                crate::t!(
                    "domain-unknown-choice",
                    field = field,
                    text = text.trim(),
                    choices = names.join(", ")
                ),
            )
        })
}
