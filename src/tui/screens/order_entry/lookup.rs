//! What order entry asks the core besides prices: the one customer a name finds, and a
//! core error as the one line shown on the entry's message row. Room: tui.

use crate::core::CoreError;
use crate::domain::Customer;
use crate::tui::session::Session;

/// The one customer a name, e-mail or phone finds, if exactly one.
pub(super) fn only_hit(text: &str, session: &Session) -> Option<Customer> {
    let hits = crate::core::query::search_customers(
        session.store(),
        &session.actor,
        text.trim(),
        2,
        session.settings.default_region,
    )
    .ok()?;
    match hits.as_slice() {
        [one] => Some(one.customer.clone()),
        _ => None,
    }
}

/// A core error as one line: an invalid input's messages, else the error.
pub(in crate::tui::screens) fn message(error: &CoreError) -> String {
    match error {
        CoreError::Invalid(problems) => problems
            .iter()
            .map(|p| p.message.clone())
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}
