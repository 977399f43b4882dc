//! Records built from typed fields (a form, flags, an import row) with the database's own
//! settings: phones typed without a country code are read in the `default_region`. Every
//! front end builds customers here — adding one, importing a file — so the rule is applied
//! in one place, by the core (plain kinds such as suppliers are built by their
//! `PlainKind::from_input` with the same settings, in `plain_write`). Room: core.

use time::OffsetDateTime;

use super::{Clock, CoreError, Settings};
use crate::domain::fields::Input;
use crate::domain::{Customer, Invalid};
use crate::store::Store;

/// Builds records as of one instant with the settings read once.
pub struct RecordBuilder {
    settings: Settings,
    now: OffsetDateTime,
}

impl RecordBuilder {
    /// A builder with the store's settings, dating records at the clock's now.
    pub fn new(store: &Store, clock: &Clock) -> Result<RecordBuilder, CoreError> {
        Ok(RecordBuilder::with(Settings::load(store)?, clock.now()))
    }

    pub(super) fn with(settings: Settings, now: OffsetDateTime) -> RecordBuilder {
        RecordBuilder { settings, now }
    }

    /// A new customer from its fields; every problem is named with its field.
    pub fn customer(&self, input: &Input) -> Result<Customer, Vec<Invalid>> {
        crate::domain::fields::customer::from_input(input, self.settings.default_region, self.now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Actor, Command, Event, execute};

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
        let mut input = Input::new();
        input.push("name", "Wiener Kaffee");
        input.push("phone", "01 5138601");
        let built = RecordBuilder::new(&store, &clock).unwrap();
        assert_eq!(
            built.customer(&input).unwrap().phones[0].e164,
            "+4315138601"
        );
        let supplier = Command::Record(crate::core::plain::RecordCommand {
            kind: crate::core::kinds::SUPPLIERS,
            op: crate::core::plain::RecordOp::Add {
                input: input.clone(),
            },
        });
        let Event::Record(added) = execute(&store, &clock, &root, supplier).unwrap() else {
            panic!("not a record event")
        };
        let crate::core::plain::Done::Added(row) = added.done else {
            panic!("not added")
        };
        let phone = row.iter().find(|(field, _)| *field == "phone").unwrap();
        assert_eq!(phone.1.cell(), "01 5138601");
        let stored = store.get::<crate::domain::Supplier>(1).unwrap().unwrap();
        assert_eq!(stored.phones[0].e164, "+4315138601");
        let added = execute(&store, &clock, &root, Command::AddCustomer { input }).unwrap();
        let Event::CustomerAdded(customer) = added else {
            panic!("{added:?}")
        };
        assert_eq!(customer.phones[0].e164, "+4315138601");
        assert_eq!(customer.created, clock.now());
    }
}
