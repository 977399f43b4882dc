//! How a core error reaches the user on any screen: as problems a form places under the
//! fields they name, or as one refusal line in the status bar. Room: tui.

use crate::core::CoreError;
use crate::domain::Invalid;
use crate::tui::screen::Outcome;

/// Turns a core error into field problems a form can place; an error of no field is a
/// problem of the `record`.
pub fn problems(error: CoreError) -> Vec<Invalid> {
    match error {
        CoreError::Invalid(problems) => problems,
        other => vec![Invalid::new("record", other.to_string())],
    }
}

/// Refuses with every problem of a core error on one line.
pub fn refusal(error: CoreError) -> Outcome {
    let problems: Vec<String> = problems(error).iter().map(ToString::to_string).collect();
    Outcome::Refuse(problems.join("; "))
}
