//! The people a segment selects beside customers: a customer's contacts (its own criteria
//! were checked by `core::segments`; here those of the person — `role`, `has-email`,
//! `has-phone`, `consent` on the contact's own addresses) and leads (every criterion on
//! the lead record, the consent on its own e-mail addresses and phone numbers, which the
//! ledger holds under `Party::Lead` or any party — the standing is the address's). Each
//! member carries the addresses its consent criteria allow, and the address a mailing
//! would use. Room: core (reads customers, leads and consent; writes nothing).

use time::OffsetDateTime;

use super::CoreError;
use super::consent_reach::standing_of;
use crate::domain::consent::Channel;
use crate::domain::lead::Lead;
use crate::domain::outbox::is_mailbox;
use crate::domain::segment::Criterion;
use crate::domain::{Contact, Customer, Phone};
use crate::store::Store;

/// The contacts of one customer that a segment selects.
#[derive(Debug, Clone)]
pub struct ContactsOf {
    pub customer: Customer,
    /// Each selected contact's position in `customer.contacts`, with the addresses its
    /// consent criteria allow (empty without such criteria).
    pub contacts: Vec<(usize, Vec<String>)>,
}

impl ContactsOf {
    /// The selected contacts with their allowed addresses.
    pub fn each(&self) -> impl Iterator<Item = (&Contact, &[String])> {
        self.contacts.iter().filter_map(|(index, consented)| {
            self.customer
                .contacts
                .get(*index)
                .map(|contact| (contact, consented.as_slice()))
        })
    }
}

/// A lead a segment selects, with the addresses its consent criteria allow.
#[derive(Debug, Clone)]
pub struct LeadMember {
    pub lead: Lead,
    pub consented: Vec<String>,
}

/// The first e-mail address a mailing can use of `emails`, if any.
pub fn first_mailbox(emails: &[String]) -> Option<&String> {
    emails.iter().find(|email| is_mailbox(email))
}

/// A person's addresses on `channel`: e-mail addresses, or phone numbers as E.164
/// (no postal address of its own).
fn addresses(channel: Channel, emails: &[String], phones: &[Phone]) -> Vec<String> {
    match channel {
        Channel::Email => emails.to_vec(),
        Channel::Phone | Channel::Sms => phones.iter().map(|p| p.e164.clone()).collect(),
        Channel::Post => Vec::new(),
    }
}

/// Checks a person's consent criteria: `None` when one does not hold, else the addresses
/// they allow. `own` decides every other criterion (`None`: it does not apply: fails).
fn person_holds(
    store: &Store,
    criteria: &[Criterion],
    emails: &[String],
    phones: &[Phone],
    own: impl Fn(&Criterion) -> Option<bool>,
    now: OffsetDateTime,
) -> Result<Option<Vec<String>>, CoreError> {
    let mut consented = Vec::new();
    for criterion in criteria {
        if let Criterion::Consent { channel, purpose } = criterion {
            let mut any = false;
            for address in addresses(*channel, emails, phones) {
                let standing = standing_of(store, *channel, &address, purpose, now)?;
                if standing.is_some_and(|s| s.allows()) {
                    any = true;
                    consented.push(address);
                }
            }
            if !any {
                return Ok(None);
            }
        } else if own(criterion) != Some(true) {
            return Ok(None);
        }
    }
    Ok(Some(consented))
}

/// The contacts of `customer` meeting the person's criteria of `criteria` (the customer's
/// own criteria were checked already).
pub(super) fn contacts_of(
    store: &Store,
    criteria: &[Criterion],
    customer: &Customer,
    now: OffsetDateTime,
) -> Result<ContactsOf, CoreError> {
    let personal: Vec<Criterion> = criteria
        .iter()
        .filter(|c| c.of_the_person())
        .cloned()
        .collect();
    let mut contacts = Vec::new();
    for (index, contact) in customer.contacts.iter().enumerate() {
        let own = |criterion: &Criterion| criterion.holds_for_contact(contact);
        if let Some(consented) =
            person_holds(store, &personal, &contact.emails, &contact.phones, own, now)?
        {
            contacts.push((index, consented));
        }
    }
    Ok(ContactsOf {
        customer: customer.clone(),
        contacts,
    })
}

/// Every lead meeting `criteria` at `now`, in id order.
pub(super) fn leads(
    store: &Store,
    criteria: &[Criterion],
    now: OffsetDateTime,
) -> Result<Vec<LeadMember>, CoreError> {
    let mut found = Vec::new();
    for lead in store.scan::<Lead>()? {
        let lead = lead?;
        let own = |criterion: &Criterion| criterion.holds_for_lead(&lead);
        if let Some(consented) =
            person_holds(store, criteria, &lead.emails, &lead.phones, own, now)?
        {
            found.push(LeadMember { lead, consented });
        }
    }
    Ok(found)
}
