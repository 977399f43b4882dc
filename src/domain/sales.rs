//! Quotes (Angebote) and sales orders (Aufträge): their lines, their states and the
//! transitions between them, their gapless numbers (`AN-2026-00001`, `AU-2026-00001`) and
//! the `amounts::Document` every total of them is computed from. The line text people type
//! (`SKU:QTY[:PRICE[:DISCOUNT%[:VAT]]]`) is parsed here too. Nothing here computes VAT or
//! rounds: `amounts` does. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::amounts::{self, Document};
use super::fields::price_rule::parse_percent;
use super::money::parse_decimal;
use super::vat::{TaxTreatment, VatCategory};
use super::{Currency, Invalid};

/// How many days a quote is valid when no date is given.
pub const DEFAULT_VALIDITY_DAYS: i64 = 30;

/// A numbering series: each counts per calendar year from 1, without gaps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    /// Angebot: `AN-2026-00001`.
    Quote,
    /// Auftrag: `AU-2026-00001`.
    Order,
    /// Lieferschein: `LS-2026-00001`.
    Delivery,
    /// Rechnung: `RE-2026-00001`.
    Invoice,
    /// Gutschrift / Rechnungskorrektur: `GS-2026-00001`.
    CreditNote,
    /// Zahlungseingang: `ZE-2026-00001`.
    Payment,
    /// Mahnung (and payment reminder): `MA-2026-00001`.
    Dunning,
    /// Fertigungsauftrag (production order): `FA-2026-00001`.
    Production,
    /// Bestellung (a purchase order to a supplier): `BE-2026-00001`.
    Purchase,
}

impl Series {
    pub fn prefix(self) -> &'static str {
        match self {
            Series::Quote => "AN",
            Series::Order => "AU",
            Series::Delivery => "LS",
            Series::Invoice => "RE",
            Series::CreditNote => "GS",
            Series::Payment => "ZE",
            Series::Dunning => "MA",
            Series::Production => "FA",
            Series::Purchase => "BE",
        }
    }

    /// The `sequence`th number of `year`: `AN-2026-00001` (at least five digits).
    pub fn number(self, year: i32, sequence: u64) -> String {
        format!("{}-{year}-{sequence:05}", self.prefix())
    }
}

/// One line of a quote or an order: an item (its id and SKU at the time) or free text,
/// `quantity` > 0 units at `unit_price` (≥ 0) less `discount` percent (0–100), taxed in
/// `category`. `price_rule` is the rule that set a default price, `None` when the list
/// price stood or the price was typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SalesLine {
    pub item_id: Option<u64>,
    pub sku: String,
    pub text: String,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub discount: Decimal,
    pub category: VatCategory,
    pub price_rule: Option<u64>,
}

impl SalesLine {
    /// The line as `amounts` computes it, supplied on `supplied` when that differs from
    /// the document's date.
    fn amounts_line(&self, supplied: Option<Date>) -> amounts::Line {
        amounts::Line {
            supplied,
            ..amounts::Line::new(
                self.quantity,
                self.unit_price,
                self.discount,
                self.category.clone(),
            )
        }
    }

    /// The problems of line `number` (1-based): a quantity not above zero, a negative price,
    /// a discount outside 0–100 %, free text that is empty.
    pub fn validate(&self, number: usize) -> Vec<Invalid> {
        let mut problems = Vec::new();
        let line = number.to_string();
        if self.quantity <= Decimal::ZERO {
            problems.push(Invalid::new(
                "quantity",
                crate::t!("domain-sales-line-quantity", line = line.as_str()),
            ));
        }
        if self.unit_price < Decimal::ZERO {
            problems.push(Invalid::new(
                "price",
                crate::t!("domain-sales-line-price", line = line.as_str()),
            ));
        }
        if self.discount < Decimal::ZERO || self.discount > Decimal::ONE_HUNDRED {
            problems.push(Invalid::new(
                "discount",
                crate::t!("domain-sales-line-discount", line = line.as_str()),
            ));
        }
        if self.item_id.is_none() && self.text.trim().is_empty() {
            problems.push(Invalid::new(
                "text",
                crate::t!("domain-sales-line-text", line = line.as_str()),
            ));
        }
        problems
    }
}

/// A line as typed, before its item is looked up and its price found: `code` is the SKU or
/// barcode (or, for a free-text line, its text); `price` `None` takes the customer's price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineSpec {
    pub code: String,
    pub free_text: bool,
    pub quantity: Decimal,
    pub price: Option<Decimal>,
    pub discount: Decimal,
    /// The VAT category typed; `None`: the item's (standard for a free-text line).
    pub category: Option<VatCategory>,
}

impl LineSpec {
    /// Parses `SKU:QTY[:PRICE[:DISCOUNT%[:VAT]]]` (an empty PRICE takes the customer's
    /// price; VAT is `standard`, `reduced` or `zero`, default the item's category, for a
    /// free-text line standard). A free-text line
    /// (`free_text`) is `TEXT:QTY:PRICE[:DISCOUNT%[:VAT]]`: it has no price to look up.
    pub fn parse(text: &str, free_text: bool) -> Result<LineSpec, Invalid> {
        let parts: Vec<&str> = text.split(':').map(str::trim).collect();
        let malformed = || {
            let message = match free_text {
                true => crate::t!("domain-sales-text-line-form", text = text),
                false => crate::t!("domain-sales-line-form", text = text),
            };
            Invalid::new("line", message)
        };
        let needed = if free_text { 3 } else { 2 };
        if parts.len() < needed || parts.len() > 5 || parts[0].is_empty() {
            return Err(malformed());
        }
        let quantity = parse_decimal("quantity", parts[1])?;
        let price = match parts.get(2).copied().filter(|price| !price.is_empty()) {
            Some(price) => Some(parse_decimal("price", price)?),
            None if free_text => return Err(malformed()),
            None => None,
        };
        let discount = match parts.get(3).copied().filter(|d| !d.is_empty()) {
            Some(discount) => parse_percent("discount", discount)?,
            None => Decimal::ZERO,
        };
        let category = match parts.get(4).copied().filter(|v| !v.is_empty()) {
            Some(category) => Some(VatCategory::parse(category, "")?),
            None => None,
        };
        Ok(LineSpec {
            code: parts[0].to_string(),
            free_text,
            quantity,
            price,
            discount,
            category,
        })
    }
}

/// Where a quote stands: draft → sent → accepted / declined; a draft or sent quote past
/// its validity reads as expired (`Quote::state_on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuoteState {
    Draft,
    Sent,
    Accepted,
    Declined,
    Expired,
}

impl QuoteState {
    pub const ALL: [QuoteState; 5] = [
        Self::Draft,
        Self::Sent,
        Self::Accepted,
        Self::Declined,
        Self::Expired,
    ];

    /// The machine name (json, csv).
    pub fn name(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sent => "sent",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Expired => "expired",
        }
    }

    /// The name as a person reads it in the current language (German `Entwurf`).
    pub fn label(self) -> String {
        match self {
            Self::Draft => crate::t!("domain-quote-state-draft"),
            Self::Sent => crate::t!("domain-quote-state-sent"),
            Self::Accepted => crate::t!("domain-quote-state-accepted"),
            Self::Declined => crate::t!("domain-quote-state-declined"),
            Self::Expired => crate::t!("domain-quote-state-expired"),
        }
    }
}

/// Who at the customer a quote or order is for, and the payment and delivery terms it
/// states (empty: none stated; free text, e.g. "30 Tage netto", "frei Haus").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SalesTerms {
    pub contact: String,
    pub payment: String,
    pub delivery: String,
}

/// A quote (Angebot). Invariants: `number` is unique; `order_id` is set only on an accepted
/// quote that was converted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub date: Date,
    pub valid_until: Date,
    pub opportunity_id: Option<u64>,
    pub currency: Currency,
    pub terms: SalesTerms,
    pub lines: Vec<SalesLine>,
    pub state: QuoteState,
    pub order_id: Option<u64>,
    pub order_number: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl Quote {
    /// The state as of `today`: a draft or sent quote after its last valid day is expired.
    pub fn state_on(&self, today: Date) -> QuoteState {
        match self.state {
            QuoteState::Draft | QuoteState::Sent if today > self.valid_until => QuoteState::Expired,
            state => state,
        }
    }

    /// Moves from one of `from` to `to` as of `today`, or says why not, naming the state.
    fn advance(&mut self, today: Date, from: QuoteState, to: QuoteState) -> Result<(), Invalid> {
        let now = self.state_on(today);
        if now != from {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-quote-cannot",
                    number = self.number.as_str(),
                    state = now.label(),
                    target = to.label()
                ),
            ));
        }
        self.state = to;
        Ok(())
    }

    /// Draft → sent.
    pub fn send(&mut self, today: Date) -> Result<(), Invalid> {
        self.advance(today, QuoteState::Draft, QuoteState::Sent)
    }

    /// Sent → accepted, within its validity.
    pub fn accept(&mut self, today: Date) -> Result<(), Invalid> {
        self.advance(today, QuoteState::Sent, QuoteState::Accepted)
    }

    /// Sent → declined.
    pub fn decline(&mut self, today: Date) -> Result<(), Invalid> {
        self.advance(today, QuoteState::Sent, QuoteState::Declined)
    }

    /// Whether it may become an order: accepted and not yet converted; else why not.
    pub fn may_convert(&self, today: Date) -> Result<(), Invalid> {
        if self.order_id.is_some() {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-quote-converted",
                    number = self.number.as_str(),
                    order = self.order_number.as_str()
                ),
            ));
        }
        let state = self.state_on(today);
        if state != QuoteState::Accepted {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-quote-not-accepted",
                    number = self.number.as_str(),
                    state = state.label()
                ),
            ));
        }
        Ok(())
    }

    /// The document its totals are computed from, supplied on the quote's date.
    pub fn document(&self, treatment: TaxTreatment) -> Document {
        Document {
            currency: self.currency,
            treatment,
            date_of_supply: self.date,
            lines: self.lines.iter().map(|l| l.amounts_line(None)).collect(),
        }
    }
}

/// Where an order stands: open → confirmed (stock reserved) → …; open or confirmed →
/// cancelled. Delivery and invoicing come with their own states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrderState {
    Open,
    Cancelled,
    Confirmed,
}

impl OrderState {
    pub const ALL: [OrderState; 3] = [Self::Open, Self::Confirmed, Self::Cancelled];

    pub fn name(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Confirmed => "confirmed",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn label(self) -> String {
        match self {
            Self::Open => crate::t!("domain-order-state-open"),
            Self::Confirmed => crate::t!("domain-order-state-confirmed"),
            Self::Cancelled => crate::t!("domain-order-state-cancelled"),
        }
    }
}

/// One line of an order: what was ordered, the day the customer wants it (`None`: the
/// order's date) and the day promised (`None`: none promised yet), how much of it was
/// cancelled (0 ≤ cancelled ≤ quantity, `cancel_reason` saying why) and how much of
/// its item's stock the confirmation reserved for it, per location (`reservations`,
/// `reserved()` their sum), and how much of it was delivered
/// (0 ≤ delivered + reserved ≤ quantity − cancelled; reserved is held only while the order
/// is confirmed; the rest is backordered) and how much of it was invoiced
/// (0 ≤ invoiced ≤ delivered for item lines).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    pub line: SalesLine,
    pub requested: Option<Date>,
    pub promised: Option<Date>,
    pub cancelled: Decimal,
    pub cancel_reason: String,
    /// Where its reservation lies, per internal location (`reservation`).
    pub reservations: Vec<Reservation>,
    pub delivered: Decimal,
    pub invoiced: Decimal,
}

impl OrderLine {
    /// What is still wanted of the line: ordered less cancelled.
    pub fn open_quantity(&self) -> Decimal {
        self.line.quantity - self.cancelled
    }

    /// What of the line waits for stock: wanted, not delivered and not reserved (zero for
    /// free text).
    pub fn backordered(&self) -> Decimal {
        match self.line.item_id {
            Some(_) => self.open_quantity() - self.delivered - self.reserved(),
            None => Decimal::ZERO,
        }
    }
}

/// A sales order (Auftrag). Invariants: `number` is unique; a cancelled order has a reason
/// and every line fully cancelled. `partial_deliveries` and `backorders` override the
/// customer's terms for this order (`None`: the customer's); a held order (`hold`) is not
/// delivered until released (`releases` keeps every release); `confirmations` are the
/// confirmations issued, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SalesOrder {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub date: Date,
    /// The customer's own order reference and the date of their order (empty / none).
    pub reference: String,
    pub reference_date: Option<Date>,
    pub quote_id: Option<u64>,
    pub quote_number: String,
    pub currency: Currency,
    pub terms: SalesTerms,
    pub partial_deliveries: Option<bool>,
    pub backorders: Option<bool>,
    pub lines: Vec<OrderLine>,
    pub state: OrderState,
    pub cancel_reason: String,
    pub hold: Option<Hold>,
    pub releases: Vec<HoldRelease>,
    pub confirmations: Vec<Confirmation>,
    /// The day imported history was shipped (`import orders`): delivered without delivery
    /// notes, its date of supply. `None` for orders delivered through delivery notes.
    pub shipped: Option<Date>,
    /// The campaign the order is attributed to: its opportunity's when it came from a
    /// quote of one, else as the agent sets it (`None`: none).
    pub campaign: Option<u64>,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl SalesOrder {
    /// A new open order of `lines`, each requested on `requested` (`None`: the order's
    /// date), nothing cancelled; without number, reference or quote yet.
    pub fn open(
        customer_id: u64,
        date: Date,
        currency: Currency,
        lines: Vec<SalesLine>,
        requested: Option<Date>,
        now: OffsetDateTime,
    ) -> SalesOrder {
        let lines = lines
            .into_iter()
            .map(|line| OrderLine {
                line,
                requested,
                promised: None,
                cancelled: Decimal::ZERO,
                cancel_reason: String::new(),
                reservations: Vec::new(),
                delivered: Decimal::ZERO,
                invoiced: Decimal::ZERO,
            })
            .collect();
        SalesOrder {
            id: 0,
            number: String::new(),
            customer_id,
            date,
            reference: String::new(),
            reference_date: None,
            quote_id: None,
            quote_number: String::new(),
            currency,
            terms: SalesTerms::default(),
            partial_deliveries: None,
            backorders: None,
            lines,
            state: OrderState::Open,
            cancel_reason: String::new(),
            hold: None,
            releases: Vec::new(),
            confirmations: Vec::new(),
            shipped: None,
            campaign: None,
            created: now,
            updated: now,
            version: 0,
        }
    }

    /// Confirms an open order, reserving for each item line what `available(item)` still
    /// offers per location, in the offer's order (first come first served: lines in order,
    /// each taking from what the ones before left); the rest of a line is backordered.
    /// Refused unless the order is open.
    pub fn confirm(&mut self, mut available: impl FnMut(u64) -> Offer) -> Result<(), Invalid> {
        if self.state != OrderState::Open {
            return Err(self.cannot_confirm());
        }
        let mut offers: Vec<(u64, Offer)> = Vec::new();
        for line in &mut self.lines {
            let Some(item) = line.line.item_id else {
                continue;
            };
            let at = match offers.iter().position(|(id, _)| *id == item) {
                Some(at) => at,
                None => {
                    offers.push((item, available(item)));
                    offers.len() - 1
                }
            };
            line.release_all();
            let wanted = line.open_quantity() - line.delivered;
            line.reserve_from(&mut offers[at].1, wanted);
        }
        self.state = OrderState::Confirmed;
        Ok(())
    }

    /// What this order holds of `item`: the reserved quantities of its lines while it is
    /// confirmed, else nothing.
    pub fn reserved_of(&self, item: u64) -> Decimal {
        if self.state != OrderState::Confirmed {
            return Decimal::ZERO;
        }
        self.lines
            .iter()
            .filter(|line| line.line.item_id == Some(item))
            .map(OrderLine::reserved)
            .sum()
    }

    /// Cancels the whole order with `reason`, releasing what it reserved; refused when it
    /// is cancelled already or the reason is empty.
    pub fn cancel(&mut self, reason: &str) -> Result<(), Invalid> {
        self.may_cancel(reason)?;
        self.state = OrderState::Cancelled;
        self.cancel_reason = reason.trim().to_string();
        for line in &mut self.lines {
            line.cancelled = line.line.quantity - line.delivered;
            line.release_all();
        }
        Ok(())
    }

    /// Refuses cancelling (all or part) when the order is cancelled already or the reason
    /// is empty.
    fn may_cancel(&self, reason: &str) -> Result<(), Invalid> {
        if self.state == OrderState::Cancelled {
            return Err(self.cancelled_already());
        }
        if reason.trim().is_empty() {
            return Err(Invalid::new(
                "reason",
                crate::t!("domain-must-not-be-empty"),
            ));
        }
        Ok(())
    }

    /// The document of what is ordered (cancelled quantities left out), each line supplied
    /// on its requested date, else on the order's date.
    pub fn document(&self, treatment: TaxTreatment) -> Document {
        let lines = self
            .lines
            .iter()
            .map(|line| {
                let mut amounts = line.line.amounts_line(line.requested);
                amounts.quantity -= line.cancelled;
                amounts
            })
            .collect();
        Document {
            currency: self.currency,
            treatment,
            date_of_supply: self.date,
            lines,
        }
    }
}

mod amend;
mod backorder;
mod confirmation;
mod delivery;
mod delivery_note;
mod demand;
mod hold;
mod reallocation;
mod reservation;

pub use confirmation::{Change, Confirmation, ConfirmedLine, LineField, Term, changes};
pub use delivery_note::{DeliveryNote, DeliveryState, PickLine};
pub use demand::Demand;
pub use hold::{
    Hold, HoldFigures, HoldReason, HoldRelease, HoldRules, LineFigures, credit, margin, order_value,
};
pub use reservation::{Offer, Reservation, UNASSIGNED};

#[cfg(test)]
pub(crate) mod tests;
