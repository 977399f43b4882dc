//! Invoices (Rechnungen, `RE-2026-00001`) and credit notes (Gutschriften /
//! Rechnungskorrekturen, `GS-2026-00001`) as issued. An issued document never changes
//! (GoBD): corrections are credit notes that reference the invoice they correct. Each
//! keeps a snapshot of both parties, so a reprint years later says what the original said
//! even after the customer moved. Its amounts come from `amounts::Document` like every
//! other sales document; the totals stored beside the lines are those amounts at issue,
//! kept for lists and receivables. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime};

use super::amounts::{self, Document};
use super::money::round_commercial;
use super::sales::Series;
use super::vat::{TaxTreatment, VatCategory};
use super::{Currency, Invalid};

#[cfg(test)]
pub(crate) mod tests;

/// An invoice or a credit note (EN 16931 document type codes 380 and 381).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvoiceKind {
    Invoice,
    CreditNote,
}

impl InvoiceKind {
    pub const ALL: [InvoiceKind; 2] = [Self::Invoice, Self::CreditNote];

    /// The UNTDID 1001 document type code (BT-3).
    pub fn type_code(self) -> &'static str {
        match self {
            Self::Invoice => "380",
            Self::CreditNote => "381",
        }
    }

    /// The numbering series: `RE` for invoices, `GS` for credit notes.
    pub fn series(self) -> Series {
        match self {
            Self::Invoice => Series::Invoice,
            Self::CreditNote => Series::CreditNote,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Invoice => "invoice",
            Self::CreditNote => "credit-note",
        }
    }

    pub fn label(self) -> String {
        match self {
            Self::Invoice => crate::t!("domain-invoice-kind-invoice"),
            Self::CreditNote => crate::t!("domain-invoice-kind-credit-note"),
        }
    }

    /// +1 for an invoice, −1 for a credit note: the sign of its amount in receivables.
    pub fn sign(self) -> Decimal {
        match self {
            Self::Invoice => Decimal::ONE,
            Self::CreditNote => Decimal::NEGATIVE_ONE,
        }
    }
}

/// A party as the document names it: the seller from the company settings, the buyer
/// from the customer record, both as they were at issue. `country` is an ISO 3166-1
/// alpha-2 code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub vat_id: String,
    pub tax_number: String,
    pub contact: String,
    pub phone: String,
    pub email: String,
}

/// The seller's letterhead details beside its `Party`, as they were at issue: legal form,
/// seat, register and managing directors (§ 35a GmbHG) and the bank account the invoice
/// asks to be paid to (the e-invoice's payment instructions).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letterhead {
    pub legal_form: String,
    pub seat: String,
    pub register_court: String,
    pub register_number: String,
    pub managing_directors: String,
    pub bank_name: String,
    pub iban: String,
    pub bic: String,
}

/// An early-payment discount: `percent` off when paid within `days` of the issue date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skonto {
    pub days: u32,
    pub percent: Decimal,
}

impl Skonto {
    /// `DAYS:PERCENT` (`14:2`, `10:2,5`): an early-payment discount; empty for none. The
    /// days are more than 0, the percent more than 0 and below 100.
    pub fn parse(text: &str) -> Result<Option<Skonto>, Invalid> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let malformed = || {
            Invalid::new(
                "skonto",
                crate::t!("domain-invoice-skonto-form", text = text),
            )
        };
        let (days, percent) = text.split_once(':').ok_or_else(malformed)?;
        let days = days.trim().parse::<u32>().map_err(|_| malformed())?;
        let percent =
            super::money::parse_decimal("skonto", percent.trim()).map_err(|_| malformed())?;
        if percent <= Decimal::ZERO || percent >= Decimal::ONE_HUNDRED || days == 0 {
            return Err(malformed());
        }
        Ok(Some(Skonto { days, percent }))
    }

    /// `DAYS:PERCENT` as `parse` reads it (`14:2.5`).
    pub fn text(&self) -> String {
        format!("{}:{}", self.days, self.percent.normalize())
    }
}

/// When an invoice is due: `due_days` after its issue date, with an optional Skonto.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentTerms {
    pub due_days: u32,
    pub skonto: Option<Skonto>,
}

impl Default for PaymentTerms {
    fn default() -> Self {
        PaymentTerms {
            due_days: 14,
            skonto: None,
        }
    }
}

impl PaymentTerms {
    /// The due date of a document issued on `issued`.
    pub fn due_date(&self, issued: Date) -> Date {
        issued + Duration::days(i64::from(self.due_days))
    }

    /// The last day the Skonto may be taken, `None` without one.
    pub fn skonto_until(&self, issued: Date) -> Option<Date> {
        self.skonto
            .map(|skonto| issued + Duration::days(i64::from(skonto.days)))
    }

    /// The Skonto amount on `gross`, rounded to `minor` decimals half away from zero;
    /// zero without a Skonto.
    pub fn skonto_amount(&self, gross: Decimal, minor: u32) -> Decimal {
        self.skonto.map_or(Decimal::ZERO, |skonto| {
            round_commercial(gross * skonto.percent / Decimal::ONE_HUNDRED, minor)
        })
    }

    /// The Skonto as XRechnung wants it in the payment terms (BT-20):
    /// `#SKONTO#TAGE=14#PROZENT=2.00#` followed by a line break; empty without one.
    pub fn xrechnung_skonto(&self) -> String {
        self.skonto.map_or_else(String::new, |skonto| {
            format!(
                "#SKONTO#TAGE={}#PROZENT={}#\n",
                skonto.days,
                skonto.percent.round_dp(2).normalize_to(2)
            )
        })
    }
}

/// Formats with exactly `places` decimals (`2` → `2.00`).
trait NormalizeTo {
    fn normalize_to(self, places: u32) -> Decimal;
}

impl NormalizeTo for Decimal {
    fn normalize_to(self, places: u32) -> Decimal {
        let mut value = self;
        value.rescale(places);
        value
    }
}

/// One line of an invoice: what was supplied (item or free text), how much at what
/// price less what discount (percent), taxed in `category`, supplied on `supplied`. The
/// references name the order line and the delivery note it bills; a credit-note line
/// names the line of the corrected invoice (1-based) instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub item_id: Option<u64>,
    pub sku: String,
    pub text: String,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub discount: Decimal,
    pub category: VatCategory,
    pub supplied: Date,
    pub order_id: Option<u64>,
    pub order_number: String,
    pub order_line: Option<usize>,
    pub delivery_id: Option<u64>,
    pub delivery_number: String,
    pub corrects_line: Option<usize>,
}

/// An issued invoice or credit note. Invariants: `number` is unique and gapless in its
/// series and year; `lines` is not empty; `net`, `vat` and `gross` are the totals of
/// `document()` at issue; a credit note has `corrects`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invoice {
    pub id: u64,
    pub number: String,
    pub kind: InvoiceKind,
    pub customer_id: u64,
    pub customer_number: String,
    pub seller: Party,
    /// The seller's register, directors and bank account (from the company settings).
    pub letterhead: Letterhead,
    pub buyer: Party,
    /// The buyer reference (BT-10), for public buyers their Leitweg-ID.
    pub buyer_reference: String,
    /// The customer's own order reference (BT-13).
    pub order_reference: String,
    pub issue_date: Date,
    pub currency: Currency,
    pub treatment: TaxTreatment,
    pub terms: PaymentTerms,
    pub lines: Vec<InvoiceLine>,
    pub corrects: Option<u64>,
    pub corrects_number: String,
    /// Why a credit note was issued.
    pub reason: String,
    pub net: Decimal,
    pub vat: Decimal,
    pub gross: Decimal,
    pub issued_by: String,
    pub issued_at: OffsetDateTime,
    pub version: u64,
}

impl Invoice {
    /// The document its amounts are computed from: every line at its own date of supply.
    pub fn document(&self) -> Document {
        Document {
            currency: self.currency,
            treatment: self.treatment,
            date_of_supply: self.supply_period().1,
            lines: self
                .lines
                .iter()
                .map(|line| amounts::Line {
                    quantity: line.quantity,
                    unit_price: line.unit_price,
                    discount: line.discount,
                    category: line.category.clone(),
                    supplied: Some(line.supplied),
                })
                .collect(),
        }
    }

    /// The first and last day of supply of its lines (equal for a single day; the issue
    /// date for a document without lines).
    pub fn supply_period(&self) -> (Date, Date) {
        let days = self.lines.iter().map(|line| line.supplied);
        let first = days.clone().min().unwrap_or(self.issue_date);
        let last = days.max().unwrap_or(self.issue_date);
        (first, last)
    }

    /// The due date (`terms` from the issue date).
    pub fn due_date(&self) -> Date {
        self.terms.due_date(self.issue_date)
    }

    /// The gross with its sign in receivables: negative for a credit note.
    pub fn signed_gross(&self) -> Decimal {
        self.kind.sign() * self.gross
    }

    /// Refuses a document without lines or with a line of zero or negative quantity.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.lines.is_empty() {
            return Err(Invalid::new("lines", crate::t!("domain-invoice-no-lines")));
        }
        match self
            .lines
            .iter()
            .position(|line| line.quantity <= Decimal::ZERO)
        {
            Some(index) => Err(Invalid::new(
                "quantity",
                crate::t!("domain-invoice-line-quantity", line = index + 1),
            )),
            None => Ok(()),
        }
    }
}
