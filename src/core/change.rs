//! What a committed command changed, as a set of record kinds taken from the store's own
//! report of what it wrote (`store::written::Written`): the server broadcasts it, and a
//! session redraws only when its screen shows one of those kinds. One bit per kind of the
//! store's registry (`store::KINDS`), named here by tree — a name that is not a tree fails
//! the build. A changed setting counts as every kind. Room: core — plain data, no I/O.

use std::ops::BitOr;

use crate::store::KINDS;
use crate::store::written::Written;

/// A set of record kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Change(u64);

/// Whether two names are equal, in a constant.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// The position of `tree` in the store's registry; the build fails for a name that is not
/// a tree of it.
const fn position(tree: &str) -> Option<usize> {
    let mut index = 0;
    while index < KINDS.len() {
        if same(KINDS[index].tree, tree) {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// The set holding the kind stored in `tree`.
const fn kind(tree: &str) -> Change {
    match position(tree) {
        Some(index) if index < 64 => Change(1 << index),
        _ => panic!("not a tree of the store's registry"),
    }
}

impl Change {
    pub const NONE: Change = Change(0);
    pub const CUSTOMERS: Change = kind("customers");
    pub const INTERACTIONS: Change = kind("interactions");
    pub const OPPORTUNITIES: Change = kind("opportunities");
    /// Item and location records.
    pub const ITEMS: Change = Change(kind("items").0 | kind("locations").0);
    /// Stock moves, hence balances.
    pub const STOCK: Change = kind("moves");
    pub const BOMS: Change = kind("boms");
    pub const EMPLOYEES: Change = kind("employees");
    pub const PAYSLIPS: Change = kind("payslips");
    pub const USERS: Change = kind("users");
    pub const SUPPLIERS: Change = kind("suppliers");
    /// Invoices, credit notes and payments: what open items and balances read.
    pub const RECEIVABLES: Change = Change(kind("invoices").0 | kind("payments").0);
    /// Every kind (a changed setting, a dropped notice).
    pub const ALL: Change = Change(u64::MAX);
    /// What customer screens show: customers with their interactions and opportunities.
    pub const CRM: Change =
        Change(Change::CUSTOMERS.0 | Change::INTERACTIONS.0 | Change::OPPORTUNITIES.0);

    /// Whether the two sets share a kind.
    pub fn touches(self, other: Change) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The set holding the kind stored in `tree` (none for a name that is not a tree).
    pub fn of_tree(tree: &str) -> Change {
        match position(tree) {
            Some(index) if index < 64 => Change(1 << index),
            _ => Change::NONE,
        }
    }

    /// The kinds the store reported written.
    pub fn of(written: &Written) -> Change {
        if written.settings() {
            return Change::ALL;
        }
        written
            .trees()
            .filter_map(position)
            .fold(Change::NONE, |change, index| Change(change.0 | 1 << index))
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
    use crate::core::kinds::CUSTOMERS;
    use crate::core::plain::RecordCommand;
    use crate::core::{Actor, Command, execute_reporting};
    use crate::domain::fields::Input;
    use crate::store::Store;

    fn admin() -> Actor {
        Actor::local("root")
    }

    #[test]
    fn every_kind_of_the_store_has_its_own_bit() {
        assert!(KINDS.len() <= 64);
        for (index, kind) in KINDS.iter().enumerate() {
            assert_eq!(position(kind.tree), Some(index));
        }
        assert_eq!(
            Change::CUSTOMERS | Change::INTERACTIONS | Change::OPPORTUNITIES,
            Change::CRM
        );
        assert!(!Change::SUPPLIERS.touches(Change::CRM | Change::ITEMS | Change::USERS));
        assert!(Change::NONE.is_empty() && !Change::NONE.touches(Change::ALL));
    }

    #[test]
    fn a_command_reports_the_kinds_the_store_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let clock = crate::core::clock::test_clock();
        let input = Input::from_pairs(&[("name", "Acme")]);
        let (_, written) = execute_reporting(
            &store,
            &clock,
            &admin(),
            RecordCommand::add(CUSTOMERS, input),
        )
        .unwrap();
        let change = Change::of(&written);
        assert!(change.touches(Change::CUSTOMERS));
        assert!(!change.touches(Change::INTERACTIONS | Change::ITEMS | Change::USERS));
        assert_eq!(written.ids("customers").collect::<Vec<_>>(), [1]);

        let (_, written) = execute_reporting(
            &store,
            &clock,
            &admin(),
            RecordCommand::delete(CUSTOMERS, 1, true),
        )
        .unwrap();
        assert_eq!(written.ids("customers").collect::<Vec<_>>(), [1]);

        let (_, written) = execute_reporting(
            &store,
            &clock,
            &admin(),
            Command::SetSetting {
                name: "currency".into(),
                value: "CHF".into(),
            },
        )
        .unwrap();
        assert_eq!(Change::of(&written), Change::ALL);

        let refused = execute_reporting(
            &store,
            &clock,
            &admin(),
            RecordCommand::delete(CUSTOMERS, 1, false),
        );
        assert!(refused.is_err());
    }
}
