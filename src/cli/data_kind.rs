//! What `kontor import` and `kontor export` read and write: every plain kind of the core's
//! registry (`customers`, `suppliers`, `items`), whose names come from the registry, and the
//! stock ledger with its own paths. Room: cli.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::core::kinds::{KindDecl, REGISTRY};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A plain kind of the registry.
    Plain(&'static KindDecl),
    /// Sales orders with their lines (import only: order history)
    Orders,
    /// Stock moves (export only)
    Moves,
    /// Stock balances (export only)
    Balances,
    /// The DATEV Buchungsstapel of a period (export only)
    Datev,
}

const COUNT: usize = REGISTRY.len() + 4;

/// Every kind, in the order `--help` lists them.
const VARIANTS: [Kind; COUNT] = {
    let mut variants = [Kind::Moves; COUNT];
    let mut index = 0;
    let mut plain = 0;
    while plain < REGISTRY.len() {
        variants[index] = Kind::Plain(REGISTRY[plain]);
        index += 1;
        plain += 1;
    }
    variants[index] = Kind::Orders;
    variants[index + 1] = Kind::Moves;
    variants[index + 2] = Kind::Balances;
    variants[index + 3] = Kind::Datev;
    variants
};

impl Kind {
    /// The name on the command line (`suppliers`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Plain(kind) => kind.plural,
            Kind::Orders => "orders",
            Kind::Moves => "moves",
            Kind::Balances => "balances",
            Kind::Datev => "datev",
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
            Kind::Orders => value.help("Sales orders with their lines (import only, --lines)"),
            Kind::Moves => value.help("Stock moves (export only)"),
            Kind::Balances => value.help("Stock balances (export only)"),
            Kind::Datev => value.help("DATEV Buchungsstapel of --from to --until (export only)"),
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
        assert_eq!(Kind::from_str("orders", false), Ok(Kind::Orders));
        assert_eq!(Kind::from_str("datev", false), Ok(Kind::Datev));
        assert_eq!(VARIANTS.len(), 4 + REGISTRY.len());
    }
}
