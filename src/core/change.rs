//! What a committed command changed, as a set of record kinds derived from its `Event`:
//! the server broadcasts it, and a session redraws only when its screen shows one of those
//! kinds. Anything not mapped counts as every kind, so a new event refreshes too much
//! rather than too little. Room: core — plain data, no I/O.

use std::ops::BitOr;

use super::Event;
use super::bom::BomEvent;
use super::payroll::PayrollEvent;
use super::stock::StockEvent;

/// A set of record kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Change(u16);

impl Change {
    pub const NONE: Change = Change(0);
    pub const CUSTOMERS: Change = Change(1);
    pub const INTERACTIONS: Change = Change(1 << 1);
    pub const OPPORTUNITIES: Change = Change(1 << 2);
    /// Item and location records.
    pub const ITEMS: Change = Change(1 << 3);
    /// Stock moves, hence balances.
    pub const STOCK: Change = Change(1 << 4);
    pub const BOMS: Change = Change(1 << 5);
    pub const EMPLOYEES: Change = Change(1 << 6);
    pub const PAYSLIPS: Change = Change(1 << 7);
    pub const USERS: Change = Change(1 << 8);
    pub const SUPPLIERS: Change = Change(1 << 9);
    /// Every kind (settings, bulk loads, anything unmapped).
    pub const ALL: Change = Change(u16::MAX);
    /// What customer screens show: customers with their interactions and opportunities.
    pub const CRM: Change = Change(0b111);

    /// Whether the two sets share a kind.
    pub fn touches(self, other: Change) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The kinds a command's event wrote.
    pub fn of(event: &Event) -> Change {
        match event {
            Event::CustomerAdded(_) | Event::CustomerEdited(_) => Change::CUSTOMERS,
            Event::CustomerDeleted { .. } => Change::CRM,
            Event::InteractionLogged(_)
            | Event::InteractionEdited(_)
            | Event::FollowUpCompleted(_) => Change::INTERACTIONS,
            Event::OpportunityAdded(_)
            | Event::OpportunityMoved(_)
            | Event::OpportunityEdited(_) => Change::OPPORTUNITIES,
            Event::Imported { kind, .. } => match *kind {
                "customers" => Change::CUSTOMERS,
                "interactions" => Change::INTERACTIONS,
                "opportunities" => Change::OPPORTUNITIES,
                _ => Change::ALL,
            },
            Event::Stock(
                StockEvent::ItemSaved(_)
                | StockEvent::LocationAdded(_)
                | StockEvent::LocationEdited(_),
            ) => Change::ITEMS,
            Event::Stock(StockEvent::Posted(_) | StockEvent::CountMatched { .. }) => Change::STOCK,
            Event::Bom(BomEvent::Saved(_) | BomEvent::Deleted(_)) => Change::BOMS,
            Event::Bom(BomEvent::Produced(_)) => Change::STOCK,
            Event::Payroll(PayrollEvent::EmployeeAdded(_) | PayrollEvent::EmployeeEdited(_)) => {
                Change::EMPLOYEES
            }
            Event::Payroll(_) => Change::PAYSLIPS,
            Event::Users(_) => Change::USERS,
            Event::Suppliers(_) => Change::SUPPLIERS,
            _ => Change::ALL,
        }
    }
}

impl BitOr for Change {
    type Output = Change;
    fn bitor(self, other: Change) -> Change {
        Change(self.0 | other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::suppliers::SupplierEvent;
    use crate::domain::Customer;
    use time::OffsetDateTime;

    #[test]
    fn events_name_the_kinds_they_wrote() {
        let customer = Customer::new("Acme", crate::core::clock::test_clock().now());
        let edited = Change::of(&Event::CustomerEdited(customer.clone()));
        assert_eq!(edited, Change::CUSTOMERS);
        assert!(edited.touches(Change::CRM));
        assert!(!edited.touches(Change::ITEMS | Change::STOCK | Change::USERS));
        let deleted = Change::of(&Event::CustomerDeleted {
            customer,
            interactions: 1,
            opportunities: 0,
        });
        assert!(deleted.touches(Change::INTERACTIONS) && deleted.touches(Change::OPPORTUNITIES));
        let setting = Change::of(&Event::SettingChanged {
            name: "currency".into(),
            value: "EUR".into(),
        });
        assert_eq!(setting, Change::ALL);
        assert!(Change::NONE.is_empty() && !Change::NONE.touches(Change::ALL));
        let supplier = crate::domain::Supplier::new("Exotic Liquids", OffsetDateTime::UNIX_EPOCH);
        let supplied = Change::of(&Event::Suppliers(SupplierEvent::Deleted(supplier)));
        assert_eq!(supplied, Change::SUPPLIERS);
        assert!(!supplied.touches(Change::CRM | Change::ITEMS | Change::USERS));
        assert_eq!(
            Change::CUSTOMERS | Change::INTERACTIONS | Change::OPPORTUNITIES,
            Change::CRM
        );
    }
}
