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
pub mod interactions;
pub mod item_detail;
pub mod item_forms;
pub mod items;
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

use super::action::Action;
use super::screen::Screen;
use super::session::Session;
use crate::core::access::Area;

/// The area a `go-…` action's screen reads: the App refuses it, as the core would, for a
/// role without the right to read that area.
pub fn area_of(action: Action) -> Option<Area> {
    Some(match action {
        Action::GoCustomers => Area::Customers,
        Action::GoInteractions | Action::GoOpportunities => Area::Crm,
        Action::GoItems => Area::Items,
        Action::GoLocations | Action::GoScan | Action::GoBoms | Action::GoProduction => Area::Stock,
        Action::GoEmployees | Action::GoPayroll => Area::Payroll,
        Action::GoAudit | Action::GoUsers => Area::Admin,
        _ => return None,
    })
}

/// The screen a `go-…` action opens (on top of home).
pub fn open(action: Action, session: &Session) -> Option<Box<dyn Screen>> {
    let screen: Box<dyn Screen> = match action {
        Action::GoHome => Box::new(home::Home::new(session)),
        Action::GoCustomers => Box::new(customers::Customers::new(session)),
        Action::GoInteractions => Box::new(interactions::Interactions::new(session)),
        Action::GoOpportunities => Box::new(pipeline::Pipeline::new(session)),
        Action::GoItems => Box::new(items::Items::new(session)),
        Action::GoLocations => Box::new(locations::Locations::new(session)),
        Action::GoScan => Box::new(scan::Scan::new(session)),
        Action::GoBoms | Action::GoProduction => Box::new(boms::Boms::new(session)),
        Action::GoAudit => Box::new(audit::Audit::new(session)),
        Action::GoUsers => Box::new(users::Users::new(session)),
        Action::GoEmployees => Box::new(employees::Employees::new(session)),
        Action::GoPayroll => Box::new(payroll::Payroll::new(session)),
        _ => return None,
    };
    Some(screen)
}
