//! The screens of the App, one file each, and which action opens which. Room: tui.

pub mod audit;
pub mod boms;
pub mod caller;
pub mod customer_detail;
pub mod customer_forms;
pub mod customers;
pub mod employees;
pub mod form;
pub mod home;
pub mod interaction_detail;
pub mod interaction_forms;
mod interaction_history;
pub mod interactions;
pub mod item_detail;
pub mod item_forms;
pub mod items;
pub mod location_forms;
pub mod locations;
pub mod opportunity_detail;
pub mod opportunity_forms;
pub mod payroll;
pub mod picker;
pub mod pipeline;
pub mod production;
pub mod scan;
pub mod users;
pub mod versioned;
pub mod where_used;

use super::action::Action;
use super::screen::Screen;
use super::session::Session;
use crate::core::Role;
use crate::core::access::{Access, Area};

/// The right an action needs: for a `go-…` action the area its screen reads, for others
/// the area they change. The App refuses an action, as the core would, for a role without
/// its right, and the palette, help and key legend list only the actions the role has
/// the right for. Actions without an entry need none (their screens and the core decide).
pub fn right_of(action: Action) -> Option<(Area, Access)> {
    use Access::{Read, Write};
    Some(match action {
        Action::GoCustomers => (Area::Customers, Read),
        Action::GoInteractions | Action::GoOpportunities | Action::CallerLookup => {
            (Area::Crm, Read)
        }
        Action::LogCall | Action::NextStage | Action::MarkLost | Action::ToggleDone => {
            (Area::Crm, Write)
        }
        Action::GoItems => (Area::Items, Read),
        Action::GoLocations
        | Action::GoScan
        | Action::GoBoms
        | Action::GoProduction
        | Action::Reorder
        | Action::WhereUsed => (Area::Stock, Read),
        Action::ScanReceive
        | Action::ScanIssue
        | Action::ScanMove
        | Action::ScanCount
        | Action::Produce => (Area::Stock, Write),
        Action::GoEmployees | Action::GoPayroll => (Area::Payroll, Read),
        Action::PayrollRun | Action::PayrollPost => (Area::Payroll, Write),
        Action::GoAudit | Action::GoUsers => (Area::Admin, Read),
        Action::AddKey | Action::RemoveKey => (Area::Admin, Write),
        _ => return None,
    })
}

/// Whether a role has the right an action needs (see `right_of`).
pub fn permitted(action: Action, role: Role) -> bool {
    right_of(action).is_none_or(|(area, access)| role.may(area, access))
}

/// Makes a screen for a session.
pub type NewScreen = fn(&Session) -> Box<dyn Screen>;

/// How the screen of a `go-…` action is made (on top of home); `None` for other actions.
pub fn opener(action: Action) -> Option<NewScreen> {
    let new: NewScreen = match action {
        Action::GoHome => |session| Box::new(home::Home::new(session)),
        Action::GoCustomers => |session| Box::new(customers::Customers::new(session)),
        Action::GoInteractions => |session| Box::new(interactions::Interactions::new(session)),
        Action::GoOpportunities => |session| Box::new(pipeline::Pipeline::new(session)),
        Action::GoItems => |session| Box::new(items::Items::new(session)),
        Action::GoLocations => |session| Box::new(locations::Locations::new(session)),
        Action::GoScan => |session| Box::new(scan::Scan::new(session)),
        Action::GoBoms => |session| Box::new(boms::Boms::new(session)),
        Action::GoProduction => |session| Box::new(boms::Boms::for_production(session)),
        Action::GoAudit => |session| Box::new(audit::Audit::new(session)),
        Action::GoUsers => |session| Box::new(users::Users::new(session)),
        Action::GoEmployees => |session| Box::new(employees::Employees::new(session)),
        Action::GoPayroll => |session| Box::new(payroll::Payroll::new(session)),
        _ => return None,
    };
    Some(new)
}
