//! The amounts of a sales document, EN 16931 style — the one code path every quote, order,
//! confirmation, invoice and screen computes its totals with:
//! line net = quantity × unit price × (1 − discount %), rounded to the currency's minor unit
//! half away from zero; document net = Σ rounded line nets; VAT per (category, rate) group =
//! group net × rate, rounded once per group (never summed from per-line VAT); gross = net +
//! VAT. Supplies that are not domestic (intra-EU, reverse charge, export) carry no VAT and
//! the legal note that says why. Room: domain (pure).

use std::cmp::Reverse;
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::Date;

use super::money::round_commercial;
use super::vat::{RateTable, TaxTreatment, VatCategory};
use super::{Currency, Invalid};

/// One line of a document: `discount` is a percentage (0–100). `supplied` is the line's own
/// date of supply when it differs from the document's (a line delivered on another day).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub discount: Decimal,
    pub category: VatCategory,
    pub supplied: Option<Date>,
}

impl Line {
    /// A line supplied on the document's date of supply.
    pub fn new(
        quantity: Decimal,
        unit_price: Decimal,
        discount: Decimal,
        category: VatCategory,
    ) -> Line {
        Line {
            quantity,
            unit_price,
            discount,
            category,
            supplied: None,
        }
    }

    /// The line net: quantity × unit price × (1 − discount / 100), rounded half away from
    /// zero to `minor` decimals — the one rounding point of a line. A discount outside
    /// 0–100 % or a product too large to compute is refused, naming the line (1-based).
    pub fn net(&self, number: usize, minor: u32) -> Result<Decimal, Invalid> {
        if self.discount < Decimal::ZERO || self.discount > Decimal::ONE_HUNDRED {
            return Err(Invalid::new(
                "discount",
                crate::t!(
                    "domain-vat-discount-range",
                    line = number,
                    discount = crate::lang::format::decimal(self.discount)
                ),
            ));
        }
        let exact = self
            .quantity
            .checked_mul(self.unit_price)
            .and_then(|gross| gross.checked_mul(Decimal::ONE_HUNDRED - self.discount))
            .map(|discounted| discounted / Decimal::ONE_HUNDRED)
            .ok_or_else(too_large)?;
        Ok(round_commercial(exact, minor))
    }
}

/// A document to compute: its lines, the customer's tax treatment and the date of supply
/// (the delivery date; for an undelivered order its requested date) that picks the rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub currency: Currency,
    pub treatment: TaxTreatment,
    pub date_of_supply: Date,
    pub lines: Vec<Line>,
}

/// The VAT category of a group of the VAT breakdown (EN 16931 BG-23): a domestic supply's
/// line category, or the treatment that makes a supply tax-free.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BreakdownCategory {
    Domestic(VatCategory),
    IntraEuSupply,
    ReverseCharge,
    Export,
}

impl BreakdownCategory {
    fn of(treatment: TaxTreatment, category: &VatCategory) -> BreakdownCategory {
        match treatment {
            TaxTreatment::Domestic => Self::Domestic(category.clone()),
            TaxTreatment::IntraEuSupply => Self::IntraEuSupply,
            TaxTreatment::ReverseCharge => Self::ReverseCharge,
            TaxTreatment::Export => Self::Export,
        }
    }

    /// The VAT category code of EN 16931 (UNTDID 5305) an e-invoice writes: `S` for the
    /// standard and the reduced rate, `Z` zero rate, `E` exempt, `K` intra-EU supply, `AE`
    /// reverse charge, `G` export.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Domestic(VatCategory::Standard | VatCategory::Reduced) => "S",
            Self::Domestic(VatCategory::Zero) => "Z",
            Self::Domestic(VatCategory::Exempt(_)) => "E",
            Self::IntraEuSupply => "K",
            Self::ReverseCharge => "AE",
            Self::Export => "G",
        }
    }

    /// The machine name: the line category's (`standard`, …) or the treatment's
    /// (`intra-eu`, `reverse-charge`, `export`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Domestic(category) => category.name(),
            Self::IntraEuSupply => TaxTreatment::IntraEuSupply.name(),
            Self::ReverseCharge => TaxTreatment::ReverseCharge.name(),
            Self::Export => TaxTreatment::Export.name(),
        }
    }

    /// The name as a person reads it in the current language.
    pub fn label(&self) -> String {
        match self {
            Self::Domestic(category) => category.label(),
            Self::IntraEuSupply => TaxTreatment::IntraEuSupply.label(),
            Self::ReverseCharge => TaxTreatment::ReverseCharge.label(),
            Self::Export => TaxTreatment::Export.label(),
        }
    }

    /// The legal note a document must print for this group, in the current language:
    /// why no VAT is charged. Standard, reduced and zero-rated supplies need none.
    pub fn note(&self) -> Option<String> {
        match self {
            Self::Domestic(VatCategory::Exempt(reason)) => Some(crate::t!(
                "domain-vat-note-exempt",
                reason = reason.as_str()
            )),
            Self::Domestic(_) => None,
            Self::IntraEuSupply => Some(crate::t!("domain-vat-note-intra-eu")),
            Self::ReverseCharge => Some(crate::t!("domain-vat-note-reverse-charge")),
            Self::Export => Some(crate::t!("domain-vat-note-export")),
        }
    }
}

/// One group of the VAT breakdown: the lines of one category at one rate (percent), their
/// net (Σ of the rounded line nets) and the VAT on it, rounded once. `lines` are the indexes
/// of the document's lines in the group, in document order, so a total opens down to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VatBreakdown {
    pub category: BreakdownCategory,
    pub rate: Decimal,
    pub net: Decimal,
    pub vat: Decimal,
    pub lines: Vec<usize>,
}

/// The amounts of a document. Invariants: `line_nets` has one rounded net per line in
/// document order; `net` = Σ `line_nets` = Σ breakdown nets; `vat` = Σ breakdown VAT;
/// `gross` = `net` + `vat`. The breakdown is ordered by category (standard, reduced, zero,
/// exempt — by reason, in the order of its text —, intra-EU, reverse charge, export), then
/// by rate, highest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub currency: Currency,
    pub line_nets: Vec<Decimal>,
    pub breakdown: Vec<VatBreakdown>,
    pub net: Decimal,
    pub vat: Decimal,
    pub gross: Decimal,
}

impl Document {
    /// Computes the totals with the rates of `table` in effect on each line's date of
    /// supply. Refuses a discount outside 0–100 %, a date before the table begins, and
    /// amounts too large to compute.
    pub fn totals(&self, table: &RateTable) -> Result<Totals, Invalid> {
        let minor = self.currency.minor_units();
        let mut groups: BTreeMap<(BreakdownCategory, Reverse<Decimal>), (Decimal, Vec<usize>)> =
            BTreeMap::new();
        let mut line_nets = Vec::with_capacity(self.lines.len());
        for (index, line) in self.lines.iter().enumerate() {
            let net = line.net(index + 1, minor)?;
            let rate = match self.treatment {
                TaxTreatment::Domestic => {
                    table.rate(&line.category, line.supplied.unwrap_or(self.date_of_supply))?
                }
                _ => Decimal::ZERO,
            };
            let category = BreakdownCategory::of(self.treatment, &line.category);
            let (sum, lines) = groups.entry((category, Reverse(rate))).or_default();
            *sum = sum.checked_add(net).ok_or_else(too_large)?;
            lines.push(index);
            line_nets.push(net);
        }
        let mut breakdown = Vec::with_capacity(groups.len());
        let (mut net, mut vat) = (Decimal::ZERO, Decimal::ZERO);
        for ((category, Reverse(rate)), (group_net, lines)) in groups {
            let exact = group_net.checked_mul(rate).ok_or_else(too_large)? / Decimal::ONE_HUNDRED;
            let group_vat = round_commercial(exact, minor);
            net = net.checked_add(group_net).ok_or_else(too_large)?;
            vat = vat.checked_add(group_vat).ok_or_else(too_large)?;
            breakdown.push(VatBreakdown {
                category,
                rate,
                net: group_net,
                vat: group_vat,
                lines,
            });
        }
        let gross = net.checked_add(vat).ok_or_else(too_large)?;
        Ok(Totals {
            currency: self.currency,
            line_nets,
            breakdown,
            net,
            vat,
            gross,
        })
    }
}

impl Totals {
    /// The legal notes the document prints, in the current language, each once, in the
    /// order of the breakdown.
    pub fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        for note in self
            .breakdown
            .iter()
            .filter_map(|group| group.category.note())
        {
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
        notes
    }
}

fn too_large() -> Invalid {
    Invalid::new("amount", crate::t!("domain-vat-too-large"))
}

#[cfg(test)]
mod tests;
