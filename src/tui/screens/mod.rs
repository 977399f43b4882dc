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
pub mod kind;
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

/// Whether a role has the right an action needs (declared with the action). The App
/// refuses an action, as the core would, for a role without its right, and the palette,
/// help and key legend list only the actions the role has the right for.
pub fn permitted(action: Action, role: Role) -> bool {
    action.right().held_by(role)
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
        Action::GoSuppliers => |session| kind::open(&kind::suppliers::SUPPLIERS, session),
        _ => return None,
    };
    Some(new)
}
