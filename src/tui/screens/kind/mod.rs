//! The screens of plain record kinds (the registry of `core::kinds`): one list, one detail
//! and one form, reused by every kind and built from its field table. Rows come from the
//! core's generic queries (`plain_query`) and changes go as the generic record command,
//! so what a kind adds here is one line in `KINDS`: its declaration, its `go-…` action and
//! its F4 pickers — and, where the kind is richer, its own list and detail screens in
//! place of the generic ones (`OwnScreens`, built by `screens::open`: customers list as
//! you type and show their timeline; locations list what
//! each holds, their detail is the stock at one; items list their on-hand, their detail is
//! the stock by location and the ledger; opportunities list as the pipeline, interactions with their follow-ups). A kind with a
//! natural key is named by
//! it (`location WH2`). Room: tui — data only through `core` queries and commands; no
//! sled.

pub mod detail;
pub mod figures;
pub mod form;
pub mod list;

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

use crate::core::access::{self, Access};
use crate::core::kinds::{self, EMPLOYEES, KindDecl, LOCATIONS, PRICE_RULES, SUPPLIERS};
use crate::core::plain::{Done, RecordCommand, RecordEvent, RecordOp};
use crate::core::{Change, Command, CoreError, Event, plain_query};
use crate::domain::fields::table::FieldSpec;
use crate::domain::fields::{Input, LIST_SEPARATOR, Row, Value, shown};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::screen::{After, Outcome};
use crate::tui::session::Session;

use super::picker::PickerKind;

/// What the generic screens need to know of one kind beyond its declaration.
pub struct KindUi {
    /// The declaration: names, area, field table, behaviour.
    pub decl: &'static KindDecl,
    /// The `go-…` action that opens its list.
    pub action: Action,
    /// Fields whose value is picked from a list (F4).
    pub pickers: &'static [(&'static str, PickerKind)],
    /// The kind's own list and detail screens in place of the generic ones, built by
    /// `screens::open` (where every route is resolved).
    pub own: Option<OwnScreens>,
    /// Whether the edit form offers a natural key that may change (the SKU of an item);
    /// else the form, titled by the key, leaves it as it is.
    pub edits_key: bool,
}

/// The kinds whose list and detail are their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnScreens {
    /// The list searched as you type by name, phone or number; the detail with its
    /// timeline (`screens::customers`, `screens::customer_detail`); the new and edit forms
    /// are the customers' own too (`screens::customer_forms`).
    Customers,
    /// The list with what each location holds and the virtual ones; the detail is the
    /// stock at one (`screens::locations`).
    Locations,
    /// The list with the on-hand of each item, the reorder list and where-used; the detail
    /// is the stock by location and the ledger (`screens::items`, `screens::item_detail`).
    Items,
    /// The pipeline, with the stage moves; the detail with its customer
    /// (`screens::pipeline`, `screens::opportunity_detail`).
    Opportunities,
    /// The interactions with open follow-ups and the history search; the detail with its
    /// customer (`screens::interactions`, `screens::interaction_detail`).
    Interactions,
}

/// The customers' screens (their forms add and edit through them).
pub const CUSTOMERS: &KindUi = &KindUi::new(
    kinds::CUSTOMERS,
    Action::GoCustomers,
    &[("status", PickerKind::Status)],
)
.with_own(OwnScreens::Customers);

/// The interactions' screens (other screens open an interaction's detail by them).
pub const INTERACTIONS: &KindUi = &KindUi::new(
    kinds::INTERACTIONS,
    Action::GoInteractions,
    &[
        ("customer", PickerKind::Customer),
        ("channel", PickerKind::Channel),
    ],
)
.with_own(OwnScreens::Interactions);

/// The opportunities' screens (other screens open an opportunity's detail by them).
pub const OPPORTUNITIES: &KindUi = &KindUi::new(
    kinds::OPPORTUNITIES,
    Action::GoOpportunities,
    &[
        ("customer", PickerKind::Customer),
        ("stage", PickerKind::Stage),
    ],
)
.with_own(OwnScreens::Opportunities);

/// The items' screens (other screens open an item's detail by them).
pub const ITEMS: &KindUi = &KindUi::new(kinds::ITEMS, Action::GoItems, &[])
    .with_own(OwnScreens::Items)
    .with_key_edited();

/// Every kind with screens; the conformance test checks it matches `core::kinds::REGISTRY`.
pub const KINDS: &[&KindUi] = &[
    CUSTOMERS,
    &KindUi::new(SUPPLIERS, Action::GoSuppliers, &[]),
    &KindUi::new(LOCATIONS, Action::GoLocations, &[]).with_own(OwnScreens::Locations),
    &KindUi::new(EMPLOYEES, Action::GoEmployees, &[]),
    ITEMS,
    OPPORTUNITIES,
    INTERACTIONS,
    &KindUi::new(
        PRICE_RULES,
        Action::GoPriceRules,
        &[("customer", PickerKind::Customer)],
    ),
    &KindUi::new(kinds::SUPPLIER_ITEMS, Action::GoSupplierItems, &[]),
];

/// The screens of the registered kind `decl`, if it has them.
pub fn ui_of(decl: &KindDecl) -> Option<&'static KindUi> {
    KINDS.iter().copied().find(|ui| ui.decl.name == decl.name)
}

/// The screens of the kind the action `go-…` opens.
pub fn opened_by(action: Action) -> Option<&'static KindUi> {
    KINDS.iter().copied().find(|ui| ui.action == action)
}

impl KindUi {
    pub const fn new(
        decl: &'static KindDecl,
        action: Action,
        pickers: &'static [(&'static str, PickerKind)],
    ) -> KindUi {
        KindUi {
            decl,
            action,
            pickers,
            own: None,
            edits_key: false,
        }
    }

    /// With the natural key offered by the edit form.
    pub const fn with_key_edited(self) -> KindUi {
        KindUi {
            edits_key: true,
            ..self
        }
    }

    /// With its own list and detail screens.
    pub const fn with_own(self, own: OwnScreens) -> KindUi {
        KindUi {
            own: Some(own),
            ..self
        }
    }

    /// How a record is named after the kind: its natural key (`WH2`), else its id.
    pub fn label(&self, record: &Record) -> String {
        match self.decl.key {
            Some(key) => record.text(key),
            None => record.id.to_string(),
        }
    }

    /// The fields an edit form changes: the editable ones but those that stay once added
    /// and the natural key, which stays unless the kind's form edits it.
    pub fn changeable(&self) -> impl Iterator<Item = &'static FieldSpec> {
        let key = self.decl.key.filter(|_| !self.edits_key);
        self.editable()
            .filter(move |f| f.changeable() && Some(f.name) != key)
    }

    /// What the list's search box finds by, for its hint (`name, phone or number`).
    pub fn search_by(&self) -> String {
        self.decl.search_by()
    }

    /// One record of the kind as messages name it (`supplier`, German `Lieferant`).
    pub fn noun(&self) -> String {
        crate::domain::names::kind(self.decl.name)
    }

    /// Records of the kind as messages name them (`suppliers`, German `Lieferanten`).
    pub fn plural(&self) -> String {
        match self.decl.plural {
            "customers" => crate::t!("erp-kind-customers"),
            "suppliers" => crate::t!("erp-kind-suppliers"),
            "locations" => crate::t!("erp-kind-locations"),
            "employees" => crate::t!("erp-kind-employees"),
            "items" => crate::t!("erp-kind-items"),
            "opportunities" => crate::t!("erp-kind-opportunities"),
            "interactions" => crate::t!("erp-kind-interactions"),
            "price-rules" => crate::t!("erp-kind-price-rules"),
            "supplier-items" => crate::t!("supplier-item-kind-plural"),
            plural => plural.to_string(),
        }
    }

    /// The records changes to which reload its screens.
    pub fn change(&self) -> Change {
        Change::of_tree(self.decl.plural)
    }

    /// Records in id order after id `after`, at most `limit`, as rows.
    pub fn page(&self, session: &Session, after: u64, limit: usize) -> Result<Vec<Row>, CoreError> {
        let (store, actor) = (session.store(), &session.actor);
        plain_query::list(store, actor, self.decl, after, limit, UtcOffset::UTC)
    }

    /// The best matches of a search text, at most `limit`.
    pub fn search(
        &self,
        session: &Session,
        text: &str,
        limit: usize,
    ) -> Result<Vec<Row>, CoreError> {
        let (store, actor) = (session.store(), &session.actor);
        let region = session.settings.default_region;
        plain_query::search(store, actor, self.decl, text, limit, region, UtcOffset::UTC)
    }

    /// One record by id.
    pub fn get(&self, session: &Session, id: u64) -> Result<Option<Row>, CoreError> {
        plain_query::get(
            session.store(),
            &session.actor,
            self.decl,
            id,
            UtcOffset::UTC,
        )
    }

    fn command(&self, op: RecordOp) -> Command {
        Command::Record(RecordCommand {
            kind: self.decl,
            op,
        })
    }

    /// The command adding a record from the form's input.
    pub fn add(&self, input: Input) -> Command {
        self.command(RecordOp::Add { input })
    }

    /// The command setting the fields of an input (empty clears) against a version.
    pub fn edit(&self, id: u64, version: u64, edit: Input) -> Command {
        self.command(RecordOp::Edit {
            id,
            expected_version: Some(version),
            edit,
        })
    }

    /// The command deleting a record (refused while referenced: the screens never force).
    pub fn delete(&self, id: u64) -> Command {
        self.command(RecordOp::Delete { id, force: false })
    }

    /// The record an add created.
    pub fn added(&self, event: &Event) -> Option<Record> {
        match event {
            Event::Record(RecordEvent {
                done: Done::Added(row),
                ..
            }) => Some(Record::new(row.clone())),
            _ => None,
        }
    }

    /// The record an edit saved.
    pub fn saved(&self, event: &Event) -> Option<Record> {
        match event {
            Event::Record(RecordEvent {
                done: Done::Edited(row),
                ..
            }) => Some(Record::new(row.clone())),
            _ => None,
        }
    }

    /// The singular, capitalized (`Supplier`).
    pub fn title(&self) -> String {
        capitalized(&self.noun())
    }

    /// The plural, capitalized (`Suppliers`).
    pub fn plural_title(&self) -> String {
        capitalized(&self.plural())
    }

    /// "supplier 3", German "Lieferant 3": a record by id as messages name it.
    pub fn with_id(&self, id: u64) -> String {
        crate::t!("erp-kind-id", kind = self.noun(), id = id)
    }

    /// The fields a form edits, in table order.
    pub fn editable(&self) -> impl Iterator<Item = &'static FieldSpec> {
        self.decl.fields.iter().filter(|f| f.editable)
    }

    /// The picker of a field, if it has one.
    pub fn picker(&self, field: &str) -> Option<PickerKind> {
        self.pickers
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, kind)| *kind)
    }

    /// Refuses, with the core's own message, a change by a role that may only read.
    pub fn may_write(&self, session: &Session) -> Result<(), Outcome> {
        access::require(&session.actor, self.decl.area, Access::Write)
            .map_err(|error| Outcome::Refuse(error.to_string()))
    }

    /// "supplier 3 (Exotic Liquids)": a record as messages name it.
    pub fn named(&self, record: &Record) -> String {
        match record.text("name") {
            name if name.is_empty() => self.with_id(record.id),
            name => crate::t!(
                "erp-kind-named",
                kind = self.noun(),
                id = record.id,
                name = name
            ),
        }
    }

    /// Asks whether to delete `record` (the screen remembers which).
    pub fn ask_delete(&self, record: &Record, session: &Session) -> Outcome {
        match self.may_write(session) {
            Ok(()) => Outcome::Confirm(
                crate::t!("erp-kind-delete-question", record = self.named(record)),
                Action::Delete,
            ),
            Err(refused) => refused,
        }
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One record as the screens hold it: its export row, with its id and version read out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: u64,
    pub version: u64,
    pub row: Row,
}

impl Record {
    pub fn new(row: Row) -> Record {
        let number = |name: &str| {
            row.iter()
                .find(|(field, _)| *field == name)
                .and_then(|(_, value)| match value {
                    Value::Integer(n) => u64::try_from(*n).ok(),
                    _ => None,
                })
                .unwrap_or(0)
        };
        Record {
            id: number("id"),
            version: number("version"),
            row,
        }
    }

    /// The value of `field` as screens and forms show it: lists joined with ` | `.
    pub fn text(&self, field: &str) -> String {
        match self.row.iter().find(|(name, _)| *name == field) {
            Some((_, Value::List(values))) => values.join(&format!(" {LIST_SEPARATOR} ")),
            Some((_, value)) => value.cell(),
            None => String::new(),
        }
    }

    /// The value of `field` as a person reads it in a list or a detail: decimals, dates
    /// and instants (the row writes them `2026-01-05`, RFC 3339) in the current language
    /// and zone (German `4.200,00`, `05.01.2026`, `05.01.2026 10:30`), flags as words,
    /// closed sets and durations by their labels (`shown::label`); else
    /// as `text` has it. Forms keep `text`: what they show is read back as typed.
    pub fn shown(&self, field: &str) -> String {
        match self.row.iter().find(|(name, _)| *name == field) {
            Some((_, Value::Decimal(text))) => text
                .parse::<rust_decimal::Decimal>()
                .map_or_else(|_| text.clone(), format::decimal),
            Some((_, Value::Text(text))) => {
                shown::label(field, text).unwrap_or_else(|| shown_text(text))
            }
            Some((_, Value::Bool(true))) => crate::t!("erp-kind-true"),
            Some((_, Value::Bool(false))) => crate::t!("erp-kind-false"),
            _ => self.text(field),
        }
    }
}

/// A text value as shown: a whole date or instant in the current language and zone.
fn shown_text(text: &str) -> String {
    if let Ok(at) = OffsetDateTime::parse(text, &Rfc3339) {
        return format::instant(at);
    }
    match Date::parse(text, format_description!("[year]-[month]-[day]")) {
        Ok(day) => format::date(day),
        Err(_) => text.to_string(),
    }
}

/// Rows as records.
pub fn records(rows: Vec<Row>) -> Vec<Record> {
    rows.into_iter().map(Record::new).collect()
}

/// Deletes `record` of `kind` and says so, then goes on as `after` says; or refuses with
/// the core's message.
pub fn delete(kind: &KindUi, record: &Record, session: &Session, after: After) -> Outcome {
    match session.execute(kind.delete(record.id)) {
        Ok(_) => Outcome::Saved(
            crate::t!("erp-kind-deleted", record = kind.named(record)),
            after,
        ),
        Err(error) => super::refused::refusal(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kinds::REGISTRY;
    use crate::lang::{Lang, Locale, Zone, scope};

    #[test]
    fn every_registered_kind_has_screens_and_a_go_action() {
        for decl in REGISTRY {
            let ui = ui_of(decl).unwrap_or_else(|| panic!("{} has no KindUi", decl.name));
            assert!(ui.action.name().starts_with("go-"), "{}", decl.name);
            assert!(super::super::opener(ui.action).is_some(), "{}", decl.name);
        }
        assert_eq!(KINDS.len(), REGISTRY.len());
    }

    #[test]
    fn a_record_reads_its_id_version_and_lists() {
        let record = Record::new(vec![
            ("id", Value::Integer(3)),
            ("phone", Value::List(vec!["1".into(), "2".into()])),
            ("version", Value::Integer(2)),
        ]);
        assert_eq!((record.id, record.version), (3, 2));
        assert_eq!(record.text("phone"), "1 | 2");
        assert_eq!(record.text("city"), "");
        let nancy = Record::new(vec![
            ("salary", Value::Decimal("4200.00".into())),
            ("active", Value::Bool(true)),
            ("joined", Value::Text("1992-05-01".into())),
            ("updated", Value::Text("2026-01-02T08:00:00Z".into())),
            ("name", Value::Text("1992".into())),
        ]);
        let fields = ["salary", "active", "joined", "updated", "name"];
        let shown = || fields.map(|field| nancy.shown(field));
        assert_eq!(
            shown(),
            [
                "4200.00",
                "true",
                "1992-05-01",
                "2026-01-02T08:00:00Z",
                "1992"
            ]
        );
        let berlin = Zone::named("Europe/Berlin").unwrap();
        assert_eq!(
            scope(Locale::new(Lang::De, berlin), shown),
            ["4.200,00", "ja", "01.05.1992", "02.01.2026 09:00", "1992"]
        );
        assert_eq!(capitalized("supplier"), "Supplier");
    }
}
