//! Customers, declared once: the CRM's kind, its field table (`fields::customer`), built
//! and edited with phones read in the country of the first address, else in the default
//! region; its number unique when set (the store's `customers.by_number`). An edit may add
//! and remove phones, e-mails, tags and contacts besides setting fields
//! (`fields::customer::EDIT_CHANGES`). Roles with the CRM right read everything of them;
//! roles with only the customers right (the warehouse) read names and addresses
//! (`access::CustomerSight`), and the search finds by name then. Interactions and
//! opportunities refer to customers: a delete is refused while they do, and `--force`
//! deletes them too; quotes and orders are kept, so a customer with them stays. Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::access::{Area, CustomerSight};
use crate::core::plain::{PlainKind, Referrer};
use crate::core::query::{interactions_of, opportunities_of, search_customers};
use crate::core::{Actor, CoreError, Settings};
use crate::domain::fields::customer::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::{Input, Row};
use crate::domain::{Country, Customer, Interaction, Invalid, Opportunity};
use crate::store::kinds::customer as index;
use crate::store::{Store, StoreResult, Tx, TxResult};

/// Customers.
#[derive(Debug, Clone, Copy)]
pub struct Customers;

impl PlainKind for Customers {
    type Record = Customer;
    const DECL: &'static KindDecl = &KindDecl {
        name: "customer",
        plural: "customers",
        area: Area::Crm,
        fields: &TABLE,
        key: None,
        key_stays: false,
        deletable: true,
        search_by_key: "core-search-by-customer",
        ops: &Customers,
    };
    const REFERRERS: &'static [Referrer] = &[
        Referrer {
            kind: "interaction",
            referring: interactions_of,
            remove: Some(|tx, id| tx.remove::<Interaction>(id).map(drop)),
        },
        Referrer {
            kind: "opportunity",
            referring: opportunities_of,
            remove: Some(|tx, id| tx.remove::<Opportunity>(id).map(drop)),
        },
        super::price_rule::OF_CUSTOMER,
        super::sales_refs::QUOTES_OF_CUSTOMER,
        super::sales_refs::ORDERS_OF_CUSTOMER,
    ];

    fn to_row(customer: &Customer, offset: UtcOffset) -> Row {
        to_row(customer, offset)
    }

    fn from_input(
        input: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Customer, Vec<Invalid>> {
        from_input(input, settings.default_region, settings.currency, now)
    }

    fn apply_edit(
        customer: &mut Customer,
        edit: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(
            customer,
            edit,
            settings.default_region,
            settings.currency,
            now,
        )
    }

    fn name(customer: &Customer) -> &str {
        &customer.name
    }

    /// The CRM right, or the customers right alone (names and addresses).
    fn may_read(actor: &Actor) -> Result<(), CoreError> {
        CustomerSight::of(actor).map(drop)
    }

    fn shown(actor: &Actor, customer: Customer) -> Customer {
        let sight = CustomerSight::of(actor).unwrap_or(CustomerSight::NamesAndAddresses);
        sight.show(customer)
    }

    fn unique_holder(tx: &Tx, _field: &str, number: &str) -> TxResult<Option<u64>> {
        index::number_holder(tx, number)
    }

    fn stored_holder(store: &Store, _field: &str, number: &str) -> StoreResult<Option<u64>> {
        index::by_number(store, number)
    }

    /// The customers' own search (`query::search_customers`): a number typed whole, phone
    /// fragments, e-mail prefixes, name words with typos forgiven, best first.
    fn search(
        store: &Store,
        actor: &Actor,
        text: &str,
        limit: usize,
        region: Country,
    ) -> Result<Vec<Customer>, CoreError> {
        let hits = search_customers(store, actor, text, limit, region)?;
        Ok(hits.into_iter().map(|hit| hit.customer).collect())
    }
}

#[cfg(test)]
mod tests {
    use crate::core::kinds::{CUSTOMERS, SUPPLIERS};
    use crate::core::plain::{Done, RecordCommand};
    use crate::core::{Actor, Command, Event, execute};
    use crate::domain::fields::Input;
    use crate::domain::{Customer, Supplier};
    use crate::store::Store;

    #[test]
    fn phones_without_a_country_code_are_read_in_the_databases_region() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let clock = crate::core::clock::test_clock();
        let root = Actor::local("root");
        let set = Command::SetSetting {
            name: "default_region".into(),
            value: "AT".into(),
        };
        execute(&store, &clock, &root, set).unwrap();
        let input = Input::from_pairs(&[("name", "Wiener Kaffee"), ("phone", "01 5138601")]);
        for kind in [CUSTOMERS, SUPPLIERS] {
            let added = execute(
                &store,
                &clock,
                &root,
                RecordCommand::add(kind, input.clone()),
            );
            let Ok(Event::Record(added)) = added else {
                panic!("{added:?}")
            };
            let Done::Added(row) = added.done else {
                panic!("not added")
            };
            let phone = row.iter().find(|(field, _)| *field == "phone").unwrap();
            assert_eq!(phone.1.cell(), "01 5138601");
        }
        let customer = store.get::<Customer>(1).unwrap().unwrap();
        assert_eq!(customer.phones[0].e164, "+4315138601");
        assert_eq!(customer.created, clock.now());
        let supplier = store.get::<Supplier>(1).unwrap().unwrap();
        assert_eq!(supplier.phones[0].e164, "+4315138601");
    }
}
