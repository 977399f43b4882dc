//! The registry of plain record kinds: each declares its names, its permission area, its
//! field table and its behaviour (`plain::PlainKind`, implemented once in its own module
//! here) once, and the front ends build their commands (CLI subcommands and flags with
//! help lines, import and export, list columns, the TUI's screens) from that declaration.
//! Room: core — plain data, no I/O.

use std::fmt;

use super::access::Area;
use super::plain::{PlainKind, PlainOps, Reference};
use crate::domain::Customer;
use crate::domain::fields::table::FieldSpec;
use crate::domain::fold::{fold, word_starts};
use crate::store::{Record, Store, StoreResult};

pub mod customer;
pub mod employee;
pub mod interaction;
pub mod item;
pub mod location;
pub mod opportunity;
pub mod price_rule;
pub mod sales_refs;
pub mod supplier;
pub mod supplier_item;

/// One plain record kind.
#[derive(Clone, Copy)]
pub struct KindDecl {
    /// Singular, as in messages and the CLI subcommand (`supplier`).
    pub name: &'static str,
    /// Plural, as in `import suppliers` and the store's tree (`suppliers`).
    pub plural: &'static str,
    /// The area whose rights read and change it.
    pub area: Area,
    /// The field table, in export-header order.
    pub fields: &'static [FieldSpec],
    /// The natural key: a required unique field that names a record as well as its id
    /// (`code` of locations). The CLI takes it as `add KEY` and `show|edit|delete
    /// KEY-or-ID`; it stays once given (no edit flag, not in the edit form) when
    /// `key_stays`.
    pub key: Option<&'static str>,
    /// Whether the natural key stays once given (the code of a location). A key that may
    /// change (an employee number) is a flag of `add` and `edit` like any other field; the
    /// TUI's edit form, titled by it, still does not offer it.
    pub key_stays: bool,
    /// Whether its records may be deleted at all; a kind whose records stay (locations: the
    /// ledger keeps moves under their code) offers no delete, and the core refuses one.
    pub deletable: bool,
    /// The message key of what its search box finds by (`core-search-by-supplier`);
    /// `search_by()` renders it.
    pub search_by_key: &'static str,
    /// Its behaviour: the kind's `PlainKind` implementation.
    pub ops: &'static dyn PlainOps,
}

impl fmt::Debug for KindDecl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KindDecl({})", self.name)
    }
}

impl PartialEq for KindDecl {
    fn eq(&self, other: &KindDecl) -> bool {
        self.name == other.name
    }
}

impl Eq for KindDecl {}

impl KindDecl {
    /// The field of the natural key, if the kind has one.
    pub fn key_field(&self) -> Option<&'static FieldSpec> {
        let key = self.key?;
        self.fields.iter().find(|field| field.name == key)
    }

    /// What its search box finds by, for hints, in the current language (`name, phone or
    /// number`).
    pub fn search_by(&self) -> String {
        crate::lang::text(self.search_by_key)
    }

    /// The field names in table order: the export header.
    pub fn names(&self) -> Vec<&'static str> {
        self.fields.iter().map(|field| field.name).collect()
    }

    /// The natural key when it is a positional that stays (`add KEY`), not a flag.
    pub fn fixed_key(&self) -> Option<&'static str> {
        self.key.filter(|_| self.key_stays)
    }
}

/// The customer a record of a CRM kind belongs to (`id` reads its id): it must exist.
pub const fn customer_reference<R>(id: fn(&R) -> u64) -> Reference<R> {
    Reference {
        field: "customer",
        kind: "customer",
        id,
        exists: |tx, id| Ok(tx.get::<Customer>(id)?.is_some()),
        stored: |store, id| Ok(store.get::<Customer>(id)?.is_some()),
    }
}

/// `a supplier`, `an employee` (German `ein Lieferant`, `eine Verkaufschance`): a record
/// of the kind named so, as messages in the current language say it.
pub fn a(name: &str) -> String {
    crate::t!(
        "core-a-kind",
        kind = name,
        noun = crate::domain::names::kind(name)
    )
}

/// Ids of the records of a small kind, all read, whose code (`code_and_name`'s first)
/// starts with `folded` or one of whose name words does: the name search of locations
/// and employees, which have no name index.
pub(crate) fn scan_code_or_name<R: Record>(
    store: &Store,
    folded: &str,
    code_and_name: fn(&R) -> (&str, &str),
) -> StoreResult<Vec<u64>> {
    store.ids_where(|record: &R| {
        let (code, name) = code_and_name(record);
        let name = fold(name);
        let word = word_starts(&name)
            .into_iter()
            .any(|start| name[start..].starts_with(folded));
        word || fold(code).starts_with(folded)
    })
}

/// Customers, as front ends name them.
pub const CUSTOMERS: &KindDecl = customer::Customers::DECL;

/// Suppliers, as front ends name them.
pub const SUPPLIERS: &KindDecl = supplier::Suppliers::DECL;

/// Locations (warehouses and bins), as front ends name them.
pub const LOCATIONS: &KindDecl = location::Locations::DECL;

/// Employees, as front ends name them.
pub const EMPLOYEES: &KindDecl = employee::Employees::DECL;

/// Items, as front ends name them.
pub const ITEMS: &KindDecl = item::Items::DECL;

/// Opportunities, as front ends name them.
pub const OPPORTUNITIES: &KindDecl = opportunity::Opportunities::DECL;

/// Interactions, as front ends name them.
pub const INTERACTIONS: &KindDecl = interaction::Interactions::DECL;

/// Price rules, as front ends name them.
pub const PRICE_RULES: &KindDecl = price_rule::PriceRules::DECL;

/// Supplier items (a supplier's prices and terms for an item), as front ends name them.
pub const SUPPLIER_ITEMS: &KindDecl = supplier_item::SupplierItems::DECL;

/// Every declared kind.
pub const REGISTRY: &[&KindDecl] = &[
    CUSTOMERS,
    SUPPLIERS,
    LOCATIONS,
    EMPLOYEES,
    ITEMS,
    OPPORTUNITIES,
    INTERACTIONS,
    PRICE_RULES,
    SUPPLIER_ITEMS,
];

/// The declared kind whose singular or plural is `name`.
pub fn by_name(name: &str) -> Option<&'static KindDecl> {
    REGISTRY
        .iter()
        .copied()
        .find(|kind| kind.name == name || kind.plural == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::KINDS;

    #[test]
    fn a_record_of_a_kind_is_named_with_its_article_in_the_current_language() {
        use crate::lang::{Lang, Locale, Zone, scope};
        assert_eq!(a("supplier"), "a supplier");
        assert_eq!(a("employee"), "an employee");
        let german = Locale::new(Lang::De, Zone::UTC);
        assert_eq!(scope(german, || a("supplier")), "ein Lieferant");
        assert_eq!(scope(german, || a("opportunity")), "eine Verkaufschance");
        for kind in REGISTRY {
            let article = match kind.name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                true => "an",
                false => "a",
            };
            assert_eq!(a(kind.name), format!("{article} {}", kind.name));
            let named = scope(german, || a(kind.name));
            assert!(named.starts_with("ein"), "{named}");
        }
    }

    /// Every declared kind is a kind of the store, its fields are named once, required and
    /// unique fields are editable, and every editable field has a flag and a help line.
    #[test]
    fn every_declared_kind_is_consistent() {
        for kind in REGISTRY {
            assert!(
                KINDS
                    .iter()
                    .any(|k| k.tree == kind.plural && k.name == kind.name)
            );
            assert_eq!(by_name(kind.plural), Some(*kind));
            for (index, field) in kind.fields.iter().enumerate() {
                let again = kind.fields[index + 1..]
                    .iter()
                    .any(|f| f.name == field.name);
                assert!(!again, "{}.{} twice", kind.name, field.name);
                if field.required || field.unique || field.stays {
                    assert!(field.editable, "{}.{}", kind.name, field.name);
                }
                if field.editable {
                    assert!(!field.flag.is_empty() && !field.help_key.is_empty());
                }
            }
            if kind.key.is_some() {
                let key = kind.key_field().expect("the key is a field");
                assert!(key.required && key.unique, "{}.{}", kind.name, key.name);
            }
        }
    }
}
