//! The dunning run end to end: blocks (`Block`, `Unblock`: a customer or an invoice kept
//! out of dunning with a reason, audited like every command), the proposal of a run on a
//! day (`proposal`: every open invoice from `receivables::open_entries`, its level and
//! date from the last letter it was on, its block, per customer and currency through
//! `dunning::propose`) and posting it (`Post`: one letter record per proposed letter,
//! numbered `MA-…` from its series in the one transaction that writes them all). A posted
//! letter advances each item's level and restarts its grace days, so the next run
//! escalates from it and a second posting on the same day finds nothing due; the unique
//! invoice-and-day index refuses a letter racing another on the same day. Fees and
//! interest are stated on the letter and kept on its record — not invoices, not in the
//! receivables. Running, posting and blocking need the receivables right. Room: core.

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::access::{Access, Area, require};
use super::company::Company;
use super::{Actor, CoreError};
use crate::domain::dunning::{self, Level, OpenItem};
use crate::domain::dunning_letter::{BlockTarget, DunningBlock, DunningItem, DunningLetter};
use crate::domain::invoice::{Invoice, InvoiceKind, Party};
use crate::domain::sales::Series;
use crate::domain::{Customer, Invalid};
use crate::store::Store;
use crate::store::kinds::dunning::{block_of, letter_by_number, letters_of_invoice};
use crate::store::kinds::sales::next_number;

/// What a block names, as typed: a customer's number or id, an invoice's number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockSpec {
    Customer(String),
    Invoice(String),
}

/// Changes of dunning.
#[derive(Debug, Clone)]
pub enum DunningCommand {
    Block {
        target: BlockSpec,
        reason: String,
    },
    Unblock {
        target: BlockSpec,
    },
    /// Posts the run of `date`: records its letters, without the invoices numbered in
    /// `skip` (left for the next run).
    Post {
        date: Date,
        skip: Vec<String>,
    },
}

impl DunningCommand {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Block { .. } => "Block",
            Self::Unblock { .. } => "Unblock",
            Self::Post { .. } => "Post",
        }
    }
}

/// What a dunning command did.
#[derive(Debug, Clone)]
pub enum DunningEvent {
    Blocked(DunningBlock),
    Unblocked(DunningBlock),
    /// The letters posted (none when nothing was due).
    Posted(Run),
}

/// An overdue item a block keeps off the letters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldItem {
    pub customer_number: String,
    pub customer_name: String,
    pub invoice_number: String,
    pub reason: String,
}

/// A run: its letters (drafts with id 0 and no number until posted) and the held items.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Run {
    pub letters: Vec<DunningLetter>,
    pub held: Vec<HeldItem>,
}

pub fn execute(
    store: &Store,
    actor: &Actor,
    command: DunningCommand,
    now: OffsetDateTime,
) -> Result<DunningEvent, CoreError> {
    match command {
        DunningCommand::Block { target, reason } => block(store, actor, &target, &reason, now),
        DunningCommand::Unblock { target } => {
            let (target, _) = resolve(store, &target)?;
            let id = block_of(store, target)?
                .ok_or_else(|| Invalid::new("block", crate::t!("core-dunning-not-blocked")))?;
            let removed = store.transaction(|tx| tx.remove::<DunningBlock>(id))?;
            Ok(DunningEvent::Unblocked(removed))
        }
        DunningCommand::Post { date, skip } => post(store, actor, date, &skip, now),
    }
}

/// The block target of `spec` and the number it is known by.
fn resolve(store: &Store, spec: &BlockSpec) -> Result<(BlockTarget, String), CoreError> {
    match spec {
        BlockSpec::Customer(text) => {
            let customer = super::payment::customer(store, text)?;
            Ok((BlockTarget::Customer(customer.id), customer.number))
        }
        BlockSpec::Invoice(number) => {
            let invoice = super::payment::numbered(store, number)?;
            Ok((BlockTarget::Invoice(invoice.id), invoice.number))
        }
    }
}

fn block(
    store: &Store,
    actor: &Actor,
    spec: &BlockSpec,
    reason: &str,
    now: OffsetDateTime,
) -> Result<DunningEvent, CoreError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Invalid::new("reason", crate::t!("core-dunning-block-reason")).into());
    }
    let (target, number) = resolve(store, spec)?;
    if let Some(id) = block_of(store, target)?
        && let Some(existing) = store.get::<DunningBlock>(id)?
    {
        return Err(Invalid::new(
            "block",
            crate::t!(
                "core-dunning-already-blocked",
                number = existing.number,
                reason = existing.reason
            ),
        )
        .into());
    }
    let mut record = DunningBlock {
        id: 0,
        target,
        number,
        reason: reason.to_string(),
        blocked_by: actor.name.clone(),
        blocked_at: now,
        version: 0,
    };
    record.id = store.transaction(|tx| tx.insert(&mut record.clone()))?;
    record.version = 1;
    Ok(DunningEvent::Blocked(record))
}

/// Every block, customers first, then by number.
pub fn blocks(store: &Store, actor: &Actor) -> Result<Vec<DunningBlock>, CoreError> {
    require(actor, Area::Receivables, Access::Read)?;
    let mut found: Vec<DunningBlock> = store.scan::<DunningBlock>()?.collect::<Result<_, _>>()?;
    found.sort_by_key(|b| {
        (
            matches!(b.target, BlockTarget::Invoice(_)),
            b.number.clone(),
        )
    });
    Ok(found)
}

/// The dunning letter numbered `number`.
pub fn letter(store: &Store, actor: &Actor, number: &str) -> Result<DunningLetter, CoreError> {
    require(actor, Area::Receivables, Access::Read)?;
    let unknown = || -> CoreError {
        Invalid::new(
            "letter",
            crate::t!("core-dunning-no-letter", number = number.trim()),
        )
        .into()
    };
    let id = letter_by_number(store, number)?.ok_or_else(unknown)?;
    store.get::<DunningLetter>(id)?.ok_or_else(unknown)
}

/// The level and date of the last letter `invoice` was on.
fn last_level(store: &Store, invoice: u64) -> Result<Option<(Level, Date)>, CoreError> {
    let mut last: Option<(Date, u64, Level)> = None;
    for id in letters_of_invoice(store, invoice)? {
        let Some(letter) = store.get::<DunningLetter>(id)? else {
            continue;
        };
        let level = letter.items.iter().find(|i| i.invoice_id == invoice);
        if let Some(item) = level
            && last.is_none_or(|(date, at, _)| (letter.date, id) > (date, at))
        {
            last = Some((letter.date, id, item.level));
        }
    }
    Ok(last.map(|(date, _, level)| (level, date)))
}

/// The seller as a document names it, from the company settings.
fn seller(company: &Company) -> Party {
    Party {
        name: company.name.clone(),
        street: company.street.clone(),
        postal_code: company.postal_code.clone(),
        city: company.city.clone(),
        country: company.country.clone(),
        vat_id: company.vat_id.clone(),
        tax_number: company.tax_number.clone(),
        contact: String::new(),
        phone: company.phone.clone(),
        email: company.email.clone(),
    }
}

/// The customer as the letter's recipient: its first address.
fn buyer(customer: &Customer) -> Party {
    let address = customer.addresses.first();
    let part = |f: fn(&crate::domain::Address) -> String| address.map(f).unwrap_or_default();
    Party {
        name: customer.name.clone(),
        street: part(|a| a.street.clone()),
        postal_code: part(|a| a.postal_code.clone()),
        city: part(|a| a.city.clone()),
        country: address
            .and_then(|a| a.country)
            .map(|c| c.code().to_string())
            .unwrap_or_default(),
        vat_id: customer.vat_id.clone(),
        ..Party::default()
    }
}

/// What a run on `date` proposes: the letters as drafts and the held items; the invoices
/// numbered in `skip` are left out as if they were not open.
pub fn proposal(
    store: &Store,
    actor: &Actor,
    date: Date,
    skip: &[String],
) -> Result<Run, CoreError> {
    require(actor, Area::Receivables, Access::Write)?;
    let mut customer_blocks = HashMap::new();
    let mut invoice_blocks = HashMap::new();
    for block in store.scan::<DunningBlock>()? {
        let block = block?;
        match block.target {
            BlockTarget::Customer(id) => customer_blocks.insert(id, block.reason),
            BlockTarget::Invoice(id) => invoice_blocks.insert(id, block.reason),
        };
    }
    let mut by_currency: BTreeMap<String, Vec<OpenItem>> = BTreeMap::new();
    let mut invoices: HashMap<String, Invoice> = HashMap::new();
    for (entry, open) in super::receivables::open_entries(store, actor)? {
        let (Some(due), Some(invoice)) = (entry.due, store.get::<Invoice>(entry.invoice)?) else {
            continue;
        };
        if invoice.kind != InvoiceKind::Invoice || skip.iter().any(|n| n.trim() == invoice.number) {
            continue;
        }
        by_currency
            .entry(entry.currency)
            .or_default()
            .push(OpenItem {
                customer_id: entry.customer,
                invoice_number: invoice.number.clone(),
                due_date: due,
                open_amount: open,
                level: last_level(store, invoice.id)?,
                blocked: invoice_blocks.get(&invoice.id).cloned(),
            });
        invoices.insert(invoice.number.clone(), invoice);
    }
    let rules = super::dunning::rules(store)?;
    let company = Company::load(store)?;
    let mut run = Run::default();
    let mut customers: HashMap<u64, Option<Customer>> = HashMap::new();
    for items in by_currency.values() {
        let proposal = super::dunning::propose(store, actor, date, items, &customer_blocks)?;
        for held in proposal.held {
            let customer = known(store, &mut customers, held.customer_id)?;
            run.held.push(HeldItem {
                customer_number: customer.map(|c| c.number.clone()).unwrap_or_default(),
                customer_name: customer.map(|c| c.name.clone()).unwrap_or_default(),
                invoice_number: held.invoice_number,
                reason: held.reason,
            });
        }
        for letter in proposal.letters {
            let customer = known(store, &mut customers, letter.customer_id)?.cloned();
            let kind = customer
                .as_ref()
                .map_or(crate::domain::CustomerKind::Company, |c| c.kind);
            let base_rate = rules
                .base_rates
                .iter()
                .rfind(|rate| rate.from <= date)
                .map_or(Decimal::ZERO, |rate| rate.rate);
            let mut items = Vec::with_capacity(letter.items.len());
            let mut currency = None;
            for item in letter.items {
                let Some(invoice) = invoices.get(&item.invoice_number) else {
                    continue;
                };
                currency = Some(invoice.currency);
                let minor = invoice.currency.minor_units();
                items.push(DunningItem {
                    invoice_id: invoice.id,
                    invoice_number: item.invoice_number,
                    issue_date: invoice.issue_date,
                    due_date: item.due_date,
                    open_amount: item.open_amount,
                    level: item.level,
                    days_overdue: (date - item.due_date).whole_days(),
                    days_in_default: item.days_in_default,
                    interest: in_minor_units(item.interest, minor),
                });
            }
            let Some(currency) = currency else { continue };
            let minor = currency.minor_units();
            run.letters.push(DunningLetter {
                id: 0,
                number: String::new(),
                customer_id: letter.customer_id,
                customer_number: customer
                    .as_ref()
                    .map(|c| c.number.clone())
                    .unwrap_or_default(),
                date,
                level: letter.level,
                currency,
                items,
                fee: in_minor_units(letter.fee, minor),
                interest: in_minor_units(letter.interest, minor),
                points: dunning::points(kind),
                base_rate,
                total: in_minor_units(letter.total, minor),
                seller: seller(&company),
                letterhead: company.letterhead(),
                buyer: customer.as_ref().map(buyer).unwrap_or_default(),
                posted_by: actor.name.clone(),
                posted_at: OffsetDateTime::UNIX_EPOCH,
                version: 0,
            });
        }
    }
    Ok(run)
}

/// `value` with at least the currency's decimals (`0` → `0.00`), as amounts are shown.
fn in_minor_units(mut value: Decimal, minor: u32) -> Decimal {
    if value.scale() < minor {
        value.rescale(minor);
    }
    value
}

/// The customer `id`, read once per run.
fn known<'a>(
    store: &Store,
    cache: &'a mut HashMap<u64, Option<Customer>>,
    id: u64,
) -> Result<Option<&'a Customer>, CoreError> {
    if let std::collections::hash_map::Entry::Vacant(entry) = cache.entry(id) {
        entry.insert(store.get::<Customer>(id)?);
    }
    Ok(cache.get(&id).and_then(Option::as_ref))
}

fn post(
    store: &Store,
    actor: &Actor,
    date: Date,
    skip: &[String],
    now: OffsetDateTime,
) -> Result<DunningEvent, CoreError> {
    let mut run = proposal(store, actor, date, skip)?;
    if run.letters.is_empty() {
        return Ok(DunningEvent::Posted(run));
    }
    let posted = store.transaction(|tx| {
        let mut letters = run.letters.clone();
        for letter in &mut letters {
            letter.number = next_number(tx, Series::Dunning, date.year())?;
            letter.posted_at = now;
            tx.insert(letter)?;
        }
        Ok(letters)
    })?;
    run.letters = posted;
    Ok(DunningEvent::Posted(run))
}
