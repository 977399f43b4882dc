//! The registry of plain record kinds: each declares its names, its permission area and
//! its field table once, and the front ends build their commands (CLI subcommands and
//! flags with help lines, list columns, import and export headers) from that declaration.
//! Suppliers are the first kind declared here. Room: core — plain data, no I/O.

use super::access::Area;
use crate::domain::fields::supplier::TABLE as SUPPLIER_FIELDS;
use crate::domain::fields::table::FieldSpec;

/// One plain record kind.
#[derive(Debug, Clone, Copy)]
pub struct KindDecl {
    /// Singular, as in messages and the CLI subcommand (`supplier`).
    pub name: &'static str,
    /// Plural, as in `import suppliers` and the store's tree (`suppliers`).
    pub plural: &'static str,
    /// The area whose rights read and change it.
    pub area: Area,
    /// The field table, in export-header order.
    pub fields: &'static [FieldSpec],
}

/// A type standing for one declared kind, so front ends can be generic over kinds.
pub trait Declared {
    const DECL: &'static KindDecl;
}

pub const SUPPLIERS: KindDecl = KindDecl {
    name: "supplier",
    plural: "suppliers",
    area: Area::Purchasing,
    fields: &SUPPLIER_FIELDS,
};

/// Stands for suppliers in generic front-end code.
#[derive(Debug, Clone, Copy)]
pub struct Suppliers;

impl Declared for Suppliers {
    const DECL: &'static KindDecl = &SUPPLIERS;
}

/// Every declared kind.
pub const REGISTRY: &[&KindDecl] = &[&SUPPLIERS];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::KINDS;

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
            for (index, field) in kind.fields.iter().enumerate() {
                let again = kind.fields[index + 1..]
                    .iter()
                    .any(|f| f.name == field.name);
                assert!(!again, "{}.{} twice", kind.name, field.name);
                if field.required || field.unique {
                    assert!(field.editable, "{}.{}", kind.name, field.name);
                }
                if field.editable {
                    assert!(!field.flag.is_empty() && !field.help.is_empty());
                }
            }
        }
    }
}
