//! The one `Action` enum: everything a key, the command palette or a confirmation can make
//! the App do. Each action has a stable kebab-case name (used in keymap files and
//! `kontor keys`), a short label for the key legend and a one-line description, all
//! declared once in the `actions!` table below. Room: tui (pure, no terminal).

use std::fmt;
use std::str::FromStr;

/// An action name that is not in [`Action::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown action \"{name}\"{}", hint(*.suggestion))]
pub struct UnknownAction {
    pub name: String,
    /// The closest known name, when one is close.
    pub suggestion: Option<Action>,
}

fn hint(suggestion: Option<Action>) -> String {
    suggestion
        .map(|action| format!(" (did you mean \"{}\"?)", action.name()))
        .unwrap_or_default()
}

macro_rules! actions {
    ($($variant:ident => ($name:literal, $label:literal, $description:literal),)*) => {
        /// Something the App can do. Names are stable: keymap files refer to them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action {
            $(#[doc = $description] $variant,)*
        }

        impl Action {
            /// Every action, in declaration order (help and palette order).
            pub const ALL: &'static [Action] = &[$(Action::$variant,)*];

            /// The stable kebab-case name (`go-customers`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)*
                }
            }

            /// A word or two for the key legend on the bottom line (`Customers`).
            pub fn label(self) -> &'static str {
                match self {
                    $(Action::$variant => $label,)*
                }
            }

            /// One line saying what the action does.
            pub fn description(self) -> &'static str {
                match self {
                    $(Action::$variant => $description,)*
                }
            }
        }
    };
}

actions! {
    Quit => ("quit", "Exit", "Exit kontor (asks about unsaved changes)"),
    ForceQuit => ("force-quit", "Exit", "Leave kontor without saving"),
    Help => ("help", "Help", "Show the keys of this screen"),
    Back => ("back", "Back", "Go back one screen"),
    Refresh => ("refresh", "Refresh", "Reload the data on this screen"),
    Repaint => ("repaint", "Repaint", "Clear and redraw the whole terminal"),
    Palette => ("palette", "Commands", "Run any action by name"),
    CallerLookup => ("caller-lookup", "Caller", "Find the caller by phone number"),
    Create => ("create", "New", "Create a new record"),
    Prompt => ("prompt", "Prompt", "Pick a valid value for this field"),
    Search => ("search", "Search", "Filter the list as you type"),
    Up => ("up", "Up", "Move the selection up"),
    Down => ("down", "Down", "Move the selection down"),
    PageUp => ("page-up", "Page up", "Move the selection one page up"),
    PageDown => ("page-down", "Page down", "Move the selection one page down"),
    First => ("first", "First", "Go to the first row"),
    Last => ("last", "Last", "Go to the last row"),
    Left => ("left", "Left", "Go to the column on the left"),
    Right => ("right", "Right", "Go to the column on the right"),
    Open => ("open", "Open", "Open or choose the selected entry"),
    NextField => ("next-field", "Next", "Go to the next field"),
    PrevField => ("prev-field", "Previous", "Go to the previous field"),
    Save => ("save", "Save", "Save the form or post the entry"),
    Cancel => ("cancel", "Cancel", "Leave the form without saving"),
    Discard => ("discard", "Discard", "Throw away unsaved changes and leave"),
    Edit => ("edit", "Edit", "Edit the selected record"),
    Delete => ("delete", "Delete", "Delete the selected record (asks first)"),
    LogCall => ("log-call", "Log call", "Log a call with the selected customer"),
    NextStage => ("next-stage", "Next stage", "Move the opportunity to its next stage"),
    MarkLost => ("mark-lost", "Lost", "Mark the opportunity lost (with reason)"),
    ToggleDone => ("toggle-done", "Done", "Mark the follow-up done, or open again"),
    OpenCustomer => ("open-customer", "Customer", "Open the customer of this record"),
    Expand => ("expand", "Expand", "Open the tree node"),
    Collapse => ("collapse", "Collapse", "Close the tree node"),
    WhereUsed => ("where-used", "Where used", "Show the BOMs that use the selected item"),
    Reorder => ("reorder", "Reorder", "Show items below their reorder point"),
    SwitchView => ("switch-view", "Switch", "Switch the list (interactions: due/all)"),
    GoHome => ("go-home", "Home", "Go to Home"),
    GoCustomers => ("go-customers", "Customers", "Go to Customers"),
    GoInteractions => ("go-interactions", "Interactions", "Go to Interactions"),
    GoOpportunities => ("go-opportunities", "Opportunities", "Go to Opportunities (pipeline)"),
    GoItems => ("go-items", "Items", "Go to Items and stock"),
    GoLocations => ("go-locations", "Locations", "Go to Locations"),
    GoBoms => ("go-boms", "BOMs", "Go to Bills of materials"),
    GoProduction => ("go-production", "Production", "Go to Production"),
    GoEmployees => ("go-employees", "Employees", "Go to Employees"),
    GoPayroll => ("go-payroll", "Payroll", "Go to Payroll"),
    GoScan => ("go-scan", "Scan", "Go to Scan mode"),
    ScanReceive => ("scan-receive", "Receive", "Scan mode: receive stock"),
    ScanIssue => ("scan-issue", "Issue", "Scan mode: issue stock"),
    ScanMove => ("scan-move", "Move", "Scan mode: move stock between locations"),
    ScanCount => ("scan-count", "Count", "Scan mode: count stock"),
    Produce => ("produce", "Produce", "Produce a BOM's item (shortages first)"),
    PayrollRun => ("payroll-run", "Run", "Compute the payslips of the period"),
    PayrollPost => ("payroll-post", "Post", "Post (lock) the period's payslips"),
    GoAudit => ("go-audit", "Audit", "Go to the audit log (admins)"),
    GoUsers => ("go-users", "Users", "Go to the users of kontor serve (admins)"),
    AddKey => ("add-key", "Add key", "Add a public key to the selected user"),
    RemoveKey => ("remove-key", "Remove key", "Remove the selected key (asks first)"),
    LoadDemo => ("load-demo", "Demo data", "Load demo data into the empty database"),
}

impl Action {
    /// The action of this name, if any.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL
            .iter()
            .copied()
            .find(|action| action.name() == name)
    }

    /// The known action whose name is closest to `name`, if it is close enough to be a typo.
    pub fn suggest(name: &str) -> Option<Action> {
        Action::ALL
            .iter()
            .copied()
            .map(|action| (strsim::jaro_winkler(name, action.name()), action))
            .filter(|(score, _)| *score >= 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, action)| action)
    }
}

impl FromStr for Action {
    type Err = UnknownAction;

    fn from_str(name: &str) -> Result<Action, UnknownAction> {
        Action::from_name(name).ok_or_else(|| UnknownAction {
            name: name.to_string(),
            suggestion: Action::suggest(name),
        })
    }
}

impl fmt::Display for Action {
    /// The kebab-case name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case_and_parse_back() {
        let mut seen = std::collections::HashSet::new();
        for action in Action::ALL {
            let name = action.name();
            assert!(seen.insert(name), "{name} twice");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name}"
            );
            assert!(!name.starts_with('-') && !name.ends_with('-'), "{name}");
            assert_ne!(name, "none", "`none` means unbind in keymap files");
            assert_eq!(name.parse::<Action>(), Ok(*action));
            assert!(!action.description().is_empty() && !action.label().is_empty());
            assert!(action.description().chars().count() <= 40, "{name}");
        }
    }

    #[test]
    fn unknown_names_suggest_a_close_one() {
        let error = "go-custmers".parse::<Action>().unwrap_err();
        assert_eq!(error.suggestion, Some(Action::GoCustomers));
        assert_eq!(
            error.to_string(),
            "unknown action \"go-custmers\" (did you mean \"go-customers\"?)"
        );
        let error = "frobnicate".parse::<Action>().unwrap_err();
        assert_eq!(error.to_string(), "unknown action \"frobnicate\"");
    }
}
