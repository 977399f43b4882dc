//! The screens of the App, one file each, and which action opens which. Room: tui.

pub mod caller;
pub mod customer_detail;
pub mod customer_forms;
pub mod customers;
pub mod form;
pub mod home;
pub mod interactions;
pub mod picker;
pub mod pipeline;

use super::action::Action;
use super::screen::Screen;
use super::session::Session;

/// The screen a `go-…` action opens (on top of home).
pub fn open(action: Action, session: &Session) -> Option<Box<dyn Screen>> {
    let screen: Box<dyn Screen> = match action {
        Action::GoHome => Box::new(home::Home::new(session)),
        Action::GoCustomers => Box::new(customers::Customers::new(session)),
        Action::GoInteractions => Box::new(interactions::Interactions::new(session)),
        Action::GoOpportunities => Box::new(pipeline::Pipeline::new(session)),
        _ => return None,
    };
    Some(screen)
}
