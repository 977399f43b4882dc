//! The one `Action` enum: everything a key, the command palette or a confirmation can make
//! the App do. Each action has a stable kebab-case name (used in keymap files and
//! `kontor keys`), a short label for the key legend, a one-line description and the right
//! a role needs for it, all declared once in the `actions!` table below.
//! Room: tui (pure, no terminal).

use std::fmt;
use std::str::FromStr;

use crate::core::Role;
use crate::core::access::{Access, Area};

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

/// The right an action needs: for a `go-…` action the area its screen reads, for others the
/// area they change; `ANY` for actions every role may take (moving, leaving, editing what
/// the screen shows — the screens and the core decide there). Declared with each action,
/// so a new action cannot be added without saying which right it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Right(Option<(Area, Access)>);

/// Needs no right of its own.
pub const ANY: Right = Right(None);

/// Needs to read `area`.
const fn read(area: Area) -> Right {
    Right(Some((area, Access::Read)))
}

/// Needs to change `area`.
const fn write(area: Area) -> Right {
    Right(Some((area, Access::Write)))
}

impl Right {
    /// The area and access this right names, if any.
    pub fn needs(self) -> Option<(Area, Access)> {
        self.0
    }

    /// Whether `role` has this right.
    pub fn held_by(self, role: Role) -> bool {
        self.0.is_none_or(|(area, access)| role.may(area, access))
    }
}

macro_rules! actions {
    ($($variant:ident => ($name:literal, $label:literal, $description:literal, $right:expr),)*) => {
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

            /// The right a role needs for this action (see `Right`).
            pub fn right(self) -> Right {
                use Area::*;
                match self {
                    $(Action::$variant => $right,)*
                }
            }
        }
    };
}

actions! {
    Quit => ("quit", "Exit", "Exit kontor (asks about unsaved changes)", ANY),
    ForceQuit => ("force-quit", "Exit", "Leave kontor without saving", ANY),
    Help => ("help", "Help", "Show the keys of this screen", ANY),
    Back => ("back", "Back", "Go back one screen", ANY),
    Refresh => ("refresh", "Refresh", "Reload the data on this screen", ANY),
    Repaint => ("repaint", "Repaint", "Clear and redraw the whole terminal", ANY),
    Palette => ("palette", "Commands", "Run any action by name", ANY),
    CallerLookup => ("caller-lookup", "Caller", "Find the caller by phone number", read(Crm)),
    Create => ("create", "New", "Create a new record", ANY),
    Prompt => ("prompt", "Prompt", "Pick a valid value for this field", ANY),
    Search => ("search", "Search", "Filter the list as you type", ANY),
    Up => ("up", "Up", "Move the selection up", ANY),
    Down => ("down", "Down", "Move the selection down", ANY),
    PageUp => ("page-up", "Page up", "Move the selection one page up", ANY),
    PageDown => ("page-down", "Page down", "Move the selection one page down", ANY),
    First => ("first", "First", "Go to the first row", ANY),
    Last => ("last", "Last", "Go to the last row", ANY),
    Left => ("left", "Left", "Go to the column on the left", ANY),
    Right => ("right", "Right", "Go to the column on the right", ANY),
    Open => ("open", "Open", "Open or choose the selected entry", ANY),
    NextField => ("next-field", "Next", "Go to the next field", ANY),
    PrevField => ("prev-field", "Previous", "Go to the previous field", ANY),
    Save => ("save", "Save", "Save the form or post the entry", ANY),
    Cancel => ("cancel", "Cancel", "Leave the form without saving", ANY),
    Discard => ("discard", "Discard", "Throw away unsaved changes and leave", ANY),
    Edit => ("edit", "Edit", "Edit the selected record", ANY),
    Delete => ("delete", "Delete", "Delete the selected record (asks first)", ANY),
    LogCall => ("log-call", "Log call", "Log a call with the selected customer", write(Crm)),
    NextStage => ("next-stage", "Next stage", "Move the opportunity to its next stage", write(Crm)),
    MarkLost => ("mark-lost", "Lost", "Mark the opportunity lost (with reason)", write(Crm)),
    ToggleDone => ("toggle-done", "Done", "Mark the follow-up done, or open again", write(Crm)),
    OpenCustomer => ("open-customer", "Customer", "Open the customer of this record", ANY),
    Expand => ("expand", "Expand", "Open the tree node", ANY),
    Collapse => ("collapse", "Collapse", "Close the tree node", ANY),
    WhereUsed => ("where-used", "Where used", "Show the BOMs that use the selected item", read(Stock)),
    Reorder => ("reorder", "Reorder", "Show items below their reorder point", read(Stock)),
    SwitchView => ("switch-view", "Switch", "Switch the list (interactions: due/all)", ANY),
    GoHome => ("go-home", "Home", "Go to Home", ANY),
    GoCustomers => ("go-customers", "Customers", "Go to Customers", read(Customers)),
    GoInteractions => ("go-interactions", "Interactions", "Go to Interactions", read(Crm)),
    GoOpportunities => ("go-opportunities", "Opportunities", "Go to Opportunities (pipeline)", read(Crm)),
    GoItems => ("go-items", "Items", "Go to Items and stock", read(Items)),
    GoLocations => ("go-locations", "Locations", "Go to Locations", read(Stock)),
    GoBoms => ("go-boms", "BOMs", "Go to Bills of materials", read(Stock)),
    GoProduction => ("go-production", "Production", "Go to Production", read(Stock)),
    GoEmployees => ("go-employees", "Employees", "Go to Employees", read(Payroll)),
    GoPayroll => ("go-payroll", "Payroll", "Go to Payroll", read(Payroll)),
    GoSuppliers => ("go-suppliers", "Suppliers", "Go to Suppliers", read(Purchasing)),
    GoScan => ("go-scan", "Scan", "Go to Scan mode", read(Stock)),
    ScanReceive => ("scan-receive", "Receive", "Scan mode: receive stock", write(Stock)),
    ScanIssue => ("scan-issue", "Issue", "Scan mode: issue stock", write(Stock)),
    ScanMove => ("scan-move", "Move", "Scan mode: move stock between locations", write(Stock)),
    ScanCount => ("scan-count", "Count", "Scan mode: count stock", write(Stock)),
    Produce => ("produce", "Produce", "Produce a BOM's item (shortages first)", write(Stock)),
    PayrollRun => ("payroll-run", "Run", "Compute the payslips of the period", write(Payroll)),
    PayrollPost => ("payroll-post", "Post", "Post (lock) the period's payslips", write(Payroll)),
    GoAudit => ("go-audit", "Audit", "Go to the audit log (admins)", read(Admin)),
    GoUsers => ("go-users", "Users", "Go to the users of kontor serve (admins)", read(Admin)),
    AddKey => ("add-key", "Add key", "Add a public key to the selected user", write(Admin)),
    RemoveKey => ("remove-key", "Remove key", "Remove the selected key (asks first)", write(Admin)),
    LoadDemo => ("load-demo", "Demo data", "Load demo data into the empty database", ANY),
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
