//! Two customer records combined into one: what the survivor keeps of the loser, and the
//! conflicts that cannot be combined. Room: domain (pure; the core moves the records that
//! point at the loser and removes it).
//!
//! Combined: the loser's phones, e-mails, addresses and contacts become extra entries on the
//! survivor (an equal one is not doubled; a contact of the same folded name takes the other's
//! phones and e-mails), tags are united, an empty field of the survivor takes the loser's
//! value (number, owner, credit limit, VAT ID, payment terms, buyer reference), the status is
//! the one further along the funnel (never `inactive` from the loser), a partial delivery or
//! backorder one side refuses stays refused, and a note line names the loser, its number
//! and the day. Conflicts — each refused with its own message — are the fields both set
//! differently where no choice is right: tax treatment, VAT ID, customer number (unless the
//! survivor keeps its own: `keep_number`), credit limit, payment terms, buyer reference.

use time::OffsetDateTime;

use super::customer::{Address, Contact, Customer, CustomerKind, CustomerStatus};
use super::duplicates::normalize_email;
use super::fold::fold;
use super::{Money, Phone};

/// Why two customers cannot be combined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// Survivor and loser are one record.
    SameCustomer,
    TaxTreatment {
        survivor: String,
        loser: String,
    },
    VatId {
        survivor: String,
        loser: String,
    },
    Number {
        survivor: String,
        loser: String,
    },
    CreditLimit {
        survivor: Money,
        loser: Money,
    },
    PaymentTerms,
    BuyerReference {
        survivor: String,
        loser: String,
    },
}

impl Conflict {
    /// The refusal as a person reads it, in the current language.
    pub fn message(&self) -> String {
        match self {
            Conflict::SameCustomer => crate::t!("duplicates-conflict-same"),
            Conflict::TaxTreatment { survivor, loser } => crate::t!(
                "duplicates-conflict-tax",
                survivor = survivor.as_str(),
                loser = loser.as_str()
            ),
            Conflict::VatId { survivor, loser } => crate::t!(
                "duplicates-conflict-vat-id",
                survivor = survivor.as_str(),
                loser = loser.as_str()
            ),
            Conflict::Number { survivor, loser } => crate::t!(
                "duplicates-conflict-number",
                survivor = survivor.as_str(),
                loser = loser.as_str()
            ),
            Conflict::CreditLimit { survivor, loser } => crate::t!(
                "duplicates-conflict-credit-limit",
                survivor = shown_money(survivor),
                loser = shown_money(loser)
            ),
            Conflict::PaymentTerms => crate::t!("duplicates-conflict-payment-terms"),
            Conflict::BuyerReference { survivor, loser } => crate::t!(
                "duplicates-conflict-buyer-reference",
                survivor = survivor.as_str(),
                loser = loser.as_str()
            ),
        }
    }
}

fn shown_money(money: &Money) -> String {
    crate::lang::format::money(
        money.amount,
        money.currency.code(),
        money.currency.minor_units(),
    )
}

/// The survivor with everything of the loser it keeps (see the module header), dated `now`;
/// or every conflict found. `keep_number`: two different customer numbers are no conflict,
/// the survivor keeps its own and the note names the loser's. `moved` (what moved with the
/// loser, as a person reads it; empty for nothing) ends the note line.
pub fn combine(
    survivor: &Customer,
    loser: &Customer,
    keep_number: bool,
    moved: &str,
    now: OffsetDateTime,
) -> Result<Customer, Vec<Conflict>> {
    if survivor.id == loser.id {
        return Err(vec![Conflict::SameCustomer]);
    }
    let conflicts = conflicts(survivor, loser, keep_number);
    if !conflicts.is_empty() {
        return Err(conflicts);
    }
    let mut merged = survivor.clone();
    for phone in &loser.phones {
        add_phone(&mut merged.phones, phone);
    }
    for email in &loser.emails {
        add_email(&mut merged.emails, email);
    }
    for address in &loser.addresses {
        if !merged
            .addresses
            .iter()
            .any(|kept| same_address(kept, address))
        {
            merged.addresses.push(address.clone());
        }
    }
    for contact in &loser.contacts {
        add_contact(&mut merged.contacts, contact);
    }
    // A person survivor greeted neutrally takes the other's salutation; a company has none.
    if merged.kind == CustomerKind::Person && merged.salutation.is_empty() {
        merged.salutation = loser.salutation.clone();
    }
    for tag in &loser.tags {
        if !merged.tags.iter().any(|kept| fold(kept) == fold(tag)) {
            merged.tags.push(tag.clone());
        }
    }
    take_if_empty(&mut merged.number, &loser.number);
    take_if_empty(&mut merged.owner, &loser.owner);
    take_if_empty(&mut merged.vat_id, &loser.vat_id);
    take_if_empty(&mut merged.buyer_reference, &loser.buyer_reference);
    merged.credit_limit = merged.credit_limit.or(loser.credit_limit);
    if merged.payment_days.is_none() && merged.skonto.is_none() {
        merged.payment_days = loser.payment_days;
        merged.skonto = loser.skonto;
    }
    if loser.status != CustomerStatus::Inactive
        && (merged.status < loser.status || merged.status == CustomerStatus::Inactive)
    {
        merged.status = loser.status;
    }
    merged.partial_deliveries &= loser.partial_deliveries;
    merged.backorders &= loser.backorders;
    merged.created = merged.created.min(loser.created);
    merged.notes = merged_notes(survivor, loser, moved, now);
    merged.updated = now;
    Ok(merged)
}

fn conflicts(survivor: &Customer, loser: &Customer, keep_number: bool) -> Vec<Conflict> {
    let mut found = Vec::new();
    if survivor.tax_treatment != loser.tax_treatment {
        found.push(Conflict::TaxTreatment {
            survivor: survivor.tax_treatment.label(),
            loser: loser.tax_treatment.label(),
        });
    }
    if both_differ(&survivor.vat_id, &loser.vat_id) {
        found.push(Conflict::VatId {
            survivor: survivor.vat_id.clone(),
            loser: loser.vat_id.clone(),
        });
    }
    if both_differ(&survivor.number, &loser.number) && !keep_number {
        found.push(Conflict::Number {
            survivor: survivor.number.clone(),
            loser: loser.number.clone(),
        });
    }
    if let (Some(kept), Some(other)) = (survivor.credit_limit, loser.credit_limit)
        && kept != other
    {
        found.push(Conflict::CreditLimit {
            survivor: kept,
            loser: other,
        });
    }
    let terms = |c: &Customer| (c.payment_days, c.skonto);
    let unset = (None, None);
    if terms(survivor) != unset && terms(loser) != unset && terms(survivor) != terms(loser) {
        found.push(Conflict::PaymentTerms);
    }
    if both_differ(&survivor.buyer_reference, &loser.buyer_reference) {
        found.push(Conflict::BuyerReference {
            survivor: survivor.buyer_reference.clone(),
            loser: loser.buyer_reference.clone(),
        });
    }
    found
}

/// Both set, and not the same (case and accents ignored).
fn both_differ(left: &str, right: &str) -> bool {
    !left.is_empty() && !right.is_empty() && fold(left) != fold(right)
}

fn take_if_empty(kept: &mut String, other: &str) {
    if kept.is_empty() {
        *kept = other.to_string();
    }
}

fn add_phone(phones: &mut Vec<Phone>, phone: &Phone) {
    let same = |kept: &Phone| {
        if kept.e164.is_empty() || phone.e164.is_empty() {
            kept.raw.trim() == phone.raw.trim()
        } else {
            kept.e164 == phone.e164
        }
    };
    if !phones.iter().any(same) {
        phones.push(phone.clone());
    }
}

fn add_email(emails: &mut Vec<String>, email: &str) {
    let key = |text: &str| normalize_email(text).unwrap_or_else(|| text.trim().to_lowercase());
    if !emails.iter().any(|kept| key(kept) == key(email)) {
        emails.push(email.to_string());
    }
}

fn same_address(left: &Address, right: &Address) -> bool {
    let key = |a: &Address| {
        (
            fold(&a.street),
            fold(&a.postal_code),
            fold(&a.city),
            fold(&a.region),
            a.country,
        )
    };
    key(left) == key(right)
}

/// Appends `contact`, or gives its phones, e-mails and (when missing) role and salutation
/// to the contact of the same folded name.
fn add_contact(contacts: &mut Vec<Contact>, contact: &Contact) {
    match contacts
        .iter_mut()
        .find(|kept| fold(&kept.name) == fold(&contact.name))
    {
        Some(kept) => {
            take_if_empty(&mut kept.role, &contact.role);
            if kept.salutation.is_empty() {
                kept.salutation = contact.salutation.clone();
            }
            for phone in &contact.phones {
                add_phone(&mut kept.phones, phone);
            }
            for email in &contact.emails {
                add_email(&mut kept.emails, email);
            }
        }
        None => contacts.push(contact.clone()),
    }
}

/// The survivor's notes, a line naming the loser (and its number) and the day, then the
/// loser's notes.
fn merged_notes(survivor: &Customer, loser: &Customer, moved: &str, now: OffsetDateTime) -> String {
    let day = crate::lang::format::date(now.date());
    let id = loser.id.to_string();
    let line = if loser.number.is_empty() {
        crate::t!(
            "duplicates-merged-note",
            id = id,
            name = loser.name.as_str(),
            date = day
        )
    } else {
        crate::t!(
            "duplicates-merged-note-number",
            id = id,
            name = loser.name.as_str(),
            number = loser.number.as_str(),
            date = day
        )
    };
    let line = if moved.is_empty() {
        line
    } else {
        crate::t!("duplicates-merged-moved", line = line, moved = moved)
    };
    [survivor.notes.trim(), line.as_str(), loser.notes.trim()]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests;
