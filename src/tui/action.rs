//! The one `Action` enum: everything a key, the command palette or a confirmation can make
//! the App do. Each action has a stable kebab-case name (used in keymap files and
//! `kontor keys`) and the right a role needs for it, both declared once in the `actions!`
//! table below; its short label for the key legend and its one-line description are
//! messages (`legend-<name>`, `action-<name>` in the `tui` message files), rendered in the
//! current language.
//! Room: tui (pure, no terminal).

use std::fmt;
use std::str::FromStr;

use crate::core::Role;
use crate::core::access::{Access, Area};
use crate::lang;

/// An action name that is not in [`Action::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", unknown(name, *.suggestion))]
pub struct UnknownAction {
    pub name: String,
    /// The closest known name, when one is close.
    pub suggestion: Option<Action>,
}

fn unknown(name: &str, suggestion: Option<Action>) -> String {
    match suggestion {
        Some(action) => crate::t!(
            "tui-unknown-action-suggest",
            name = name,
            suggestion = action.name()
        ),
        None => crate::t!("tui-unknown-action", name = name),
    }
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
    ($($variant:ident => ($name:literal, $right:expr),)*) => {
        /// Something the App can do. Names are stable: keymap files refer to them. What
        /// each does: `action-<name>` in `src/lang/en/tui.ftl`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action {
            $($variant,)*
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
    Quit => ("quit", ANY),
    ForceQuit => ("force-quit", ANY),
    Help => ("help", ANY),
    Back => ("back", ANY),
    Refresh => ("refresh", ANY),
    Repaint => ("repaint", ANY),
    Palette => ("palette", ANY),
    CallerLookup => ("caller-lookup", read(Crm)),
    Create => ("create", ANY),
    Prompt => ("prompt", ANY),
    Search => ("search", ANY),
    Up => ("up", ANY),
    Down => ("down", ANY),
    PageUp => ("page-up", ANY),
    PageDown => ("page-down", ANY),
    First => ("first", ANY),
    Last => ("last", ANY),
    Left => ("left", ANY),
    Right => ("right", ANY),
    Open => ("open", ANY),
    NextField => ("next-field", ANY),
    PrevField => ("prev-field", ANY),
    Save => ("save", ANY),
    Cancel => ("cancel", ANY),
    Discard => ("discard", ANY),
    Edit => ("edit", ANY),
    Delete => ("delete", ANY),
    LogCall => ("log-call", write(Crm)),
    NextStage => ("next-stage", write(Crm)),
    MarkLost => ("mark-lost", write(Crm)),
    ToggleDone => ("toggle-done", write(Crm)),
    OpenCustomer => ("open-customer", ANY),
    Expand => ("expand", ANY),
    Collapse => ("collapse", ANY),
    WhereUsed => ("where-used", read(Stock)),
    PreviewConfirmation => ("preview-confirmation", read(Sales)),
    Reorder => ("reorder", read(Stock)),
    SwitchView => ("switch-view", ANY),
    GoHome => ("go-home", ANY),
    GoCustomers => ("go-customers", read(Customers)),
    GoInteractions => ("go-interactions", read(Crm)),
    GoOpportunities => ("go-opportunities", read(Crm)),
    GoItems => ("go-items", read(Items)),
    GoLocations => ("go-locations", read(Stock)),
    GoBoms => ("go-boms", read(Stock)),
    GoProduction => ("go-production", read(Stock)),
    GoEmployees => ("go-employees", read(Payroll)),
    GoPayroll => ("go-payroll", read(Payroll)),
    GoSuppliers => ("go-suppliers", read(Purchasing)),
    GoPriceRules => ("go-price-rules", read(Prices)),
    GoSupplierItems => ("go-supplier-items", read(Purchasing)),
    GoQuotes => ("go-quotes", read(Sales)),
    GoOrders => ("go-orders", read(Sales)),
    GoHolds => ("go-holds", read(Sales)),
    NewOrder => ("new-order", write(Sales)),
    GoTrends => ("go-trends", read(Sales)),
    ReleaseHold => ("release-hold", write(Releases)),
    ConfirmOrder => ("confirm-order", write(Sales)),
    DeliverOrder => ("deliver-order", write(Deliveries)),
    PickList => ("pick-list", write(Deliveries)),
    CancelLine => ("cancel-line", write(Sales)),
    CancelOrder => ("cancel-order", write(Sales)),
    PromiseLine => ("promise-line", write(Sales)),
    SendQuote => ("send-quote", write(Sales)),
    AcceptQuote => ("accept-quote", write(Sales)),
    DeclineQuote => ("decline-quote", write(Sales)),
    ConvertQuote => ("convert-quote", write(Sales)),
    GoDeliveries => ("go-deliveries", read(Deliveries)),
    GoInvoices => ("go-invoices", read(Invoices)),
    IssueInvoice => ("issue-invoice", write(Invoices)),
    CreditNote => ("credit-note", write(Invoices)),
    EnterPayments => ("enter-payments", write(Receivables)),
    GoDunning => ("go-dunning", write(Receivables)),
    DunningSkip => ("dunning-skip", write(Receivables)),
    DunningBlock => ("dunning-block", write(Receivables)),
    DunningPost => ("dunning-post", write(Receivables)),
    GoTickets => ("go-tickets", read(Service)),
    NextTicket => ("next-ticket", write(Service)),
    GoQuarantine => ("go-quarantine", read(Service)),
    GoDuplicates => ("go-duplicates", read(Crm)),
    MergeCustomers => ("merge-customers", write(Crm)),
    SwapSurvivor => ("swap-survivor", ANY),
    ReprocessMail => ("reprocess-mail", write(Service)),
    TicketAnswer => ("ticket-answer", write(Service)),
    TicketNote => ("ticket-note", write(Service)),
    TicketStatus => ("ticket-status", write(Service)),
    TicketPriority => ("ticket-priority", write(Service)),
    TicketAssign => ("ticket-assign", write(Service)),
    TicketMerge => ("ticket-merge", write(Service)),
    TicketLink => ("ticket-link", write(Service)),
    GoLeads => ("go-leads", read(Leads)),
    GoProductionOrders => ("go-production-orders", read(Production)),
    CancelRest => ("cancel-rest", write(Production)),
    LeadStatus => ("lead-status", write(Leads)),
    ConvertLead => ("convert-lead", write(Leads)),
    RecordConsent => ("record-consent", write(Consent)),
    GoScan => ("go-scan", read(Stock)),
    ScanReceive => ("scan-receive", write(Stock)),
    ScanIssue => ("scan-issue", write(Stock)),
    ScanMove => ("scan-move", write(Stock)),
    ScanCount => ("scan-count", write(Stock)),
    ScanDeliver => ("scan-deliver", write(Deliveries)),
    Produce => ("produce", write(Stock)),
    PayrollRun => ("payroll-run", write(Payroll)),
    PayrollPost => ("payroll-post", write(Payroll)),
    GoAudit => ("go-audit", read(Admin)),
    GoUsers => ("go-users", read(Admin)),
    AddKey => ("add-key", write(Admin)),
    RemoveKey => ("remove-key", write(Admin)),
    LoadDemo => ("load-demo", ANY),
    GoCampaigns => ("go-campaigns", read(Marketing)),
    BookCost => ("book-cost", write(Marketing)),
    GoSegments => ("go-segments", read(Marketing)),
    GoMailings => ("go-mailings", read(Marketing)),
    MailingPreview => ("mailing-preview", read(Marketing)),
    MailingDryRun => ("mailing-dry-run", read(Marketing)),
    MailingSend => ("mailing-send", write(Marketing)),
    GoPurchases => ("go-purchases", read(Purchasing)),
    NewPurchase => ("new-purchase", write(Purchasing)),
    SendPurchase => ("send-purchase", write(Purchasing)),
    ReceivePurchase => ("receive-purchase", write(Stock)),
    ShortCloseLine => ("short-close-line", write(Purchasing)),
    CancelPurchase => ("cancel-purchase", write(Purchasing)),
    ScanPurchase => ("scan-purchase", write(Stock)),
    GoMrp => ("go-mrp", read(Purchasing)),
    MrpFirm => ("mrp-firm", write(Purchasing)),
    MrpConvert => ("mrp-convert", write(Purchasing)),
    MrpUnfirm => ("mrp-unfirm", write(Purchasing)),
    MrpRun => ("mrp-run", write(Purchasing)),
    GoSearch => ("go-search", ANY),
}

impl Action {
    /// A word or two for the key legend on the bottom line (`Customers`, `Kunden`), in the
    /// current language: the message `legend-<name>`.
    pub fn label(self) -> String {
        lang::text(&format!("legend-{}", self.name()))
    }

    /// One line saying what the action does, in the current language: the message
    /// `action-<name>`.
    pub fn description(self) -> String {
        lang::text(&format!("action-{}", self.name()))
    }

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
        }
    }

    /// Every action has a label and a description of at most 40 characters (help and the
    /// palette keep one line per action) in each language, neither the bare message key.
    #[test]
    fn labels_and_descriptions_are_short_messages_in_every_language() {
        for lang in lang::Lang::ALL {
            let locale = lang::Locale::new(lang, lang::Zone::UTC);
            lang::scope(locale, || {
                for action in Action::ALL {
                    let (label, description) = (action.label(), action.description());
                    let name = action.name();
                    assert!(!label.is_empty() && !label.starts_with("legend-"), "{name}");
                    assert!(!description.starts_with("action-"), "{name}");
                    assert!(description.chars().count() <= 40, "{lang:?} {name}");
                }
            });
        }
        assert_eq!(Action::GoCustomers.label(), "Customers");
        let german = lang::Locale::new(lang::Lang::De, lang::Zone::UTC);
        assert_eq!(lang::scope(german, || Action::Help.label()), "Hilfe");
    }

    /// German legend labels are at most 13 characters (`Aktualisieren`), so that a list's
    /// legend keeps its first entries beside help and exit on 80 columns.
    #[test]
    fn german_legend_labels_are_short() {
        let german = lang::Locale::new(lang::Lang::De, lang::Zone::UTC);
        lang::scope(german, || {
            for action in Action::ALL {
                let label = action.label();
                assert!(label.chars().count() <= 13, "{}: {label}", action.name());
            }
        });
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
