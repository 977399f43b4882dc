//! What `kontor import` and `kontor export` read and write: the CRM kinds and the stock
//! ledger with their own paths, and every plain kind of the core's registry (`suppliers`,
//! `items`), whose names come from the registry. Room: cli.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::core::kinds::{KindDecl, REGISTRY};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Customers,
    /// A plain kind of the registry.
    Plain(&'static KindDecl),
    /// Stock moves (export only)
    Moves,
    /// Stock balances (export only)
    Balances,
}

const FIXED_BEFORE: [Kind; 1] = [Kind::Customers];
const COUNT: usize = FIXED_BEFORE.len() + REGISTRY.len() + 2;

/// Every kind, in the order `--help` lists them.
const VARIANTS: [Kind; COUNT] = {
    let mut variants = [Kind::Customers; COUNT];
    let mut index = 0;
    while index < FIXED_BEFORE.len() {
        variants[index] = FIXED_BEFORE[index];
        index += 1;
    }
    let mut plain = 0;
    while plain < REGISTRY.len() {
        variants[index] = Kind::Plain(REGISTRY[plain]);
        index += 1;
        plain += 1;
    }
    variants[index] = Kind::Moves;
    variants[index + 1] = Kind::Balances;
    variants
};

impl Kind {
    /// The name on the command line (`suppliers`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Customers => "customers",
            Kind::Plain(kind) => kind.plural,
            Kind::Moves => "moves",
            Kind::Balances => "balances",
        }
    }
}

impl ValueEnum for Kind {
    fn value_variants<'a>() -> &'a [Self] {
        &VARIANTS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let value = PossibleValue::new(self.name());
        Some(match self {
            Kind::Moves => value.help("Stock moves (export only)"),
            Kind::Balances => value.help("Stock balances (export only)"),
            _ => value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_registered_kind_is_importable_by_its_plural() {
        for kind in REGISTRY {
            assert_eq!(
                Kind::from_str(kind.plural, false),
                Ok(Kind::Plain(kind)),
                "{}",
                kind.name
            );
        }
        assert_eq!(Kind::from_str("moves", false), Ok(Kind::Moves));
        assert_eq!(VARIANTS.len(), 3 + REGISTRY.len());
    }
}
