//! Whom a mailing's audience names, before any address is checked: for a tag, every
//! customer carrying it with its contacts; for a segment of customers, each member with
//! its contacts; for a segment of contacts, leads or all people, exactly the people it
//! selects (`core::segments`). Each with the first usable address (as the ledger keys
//! it) and the recipient a letter is merged for. `core::mailing::audience` then skips,
//! per address, the duplicates, the suppressed and those without consent. Room: core.

use time::OffsetDateTime;

use super::segment_people::ContactsOf;
use super::{Actor, CoreError};
use crate::domain::customer::{Customer, CustomerKind};
use crate::domain::fold::fold;
use crate::domain::mailing::send::{Recipient, address_key};
use crate::domain::mailing::{Audience, Mailing};
use crate::domain::outbox::is_mailbox;
use crate::domain::salutation::{Gender, Salutation};
use crate::domain::segment::{MemberKind, Selects};
use crate::store::Store;

/// The people of `mailing`'s audience at `now`, each with its first usable address: for a
/// tag, every customer carrying it with its contacts; for a segment of customers, each
/// member with its contacts (as always); for a segment that selects contacts, leads or
/// all people, exactly the people it selects — customers with their own address only,
/// the contacts selected, the leads (greeted neutrally by name: a lead has no stored
/// salutation).
pub(super) fn recipients_of(
    store: &Store,
    actor: &Actor,
    mailing: &Mailing,
    now: OffsetDateTime,
) -> Result<Vec<(MemberKind, Recipient, Option<String>)>, CoreError> {
    let id = match &mailing.audience {
        Audience::Tag(tag) => {
            let tag = fold(tag);
            let mut found = Vec::new();
            for customer in store.scan::<Customer>()? {
                let customer = customer?;
                if customer.tags.iter().any(|own| fold(own) == tag) {
                    found.extend(members_of(&customer));
                }
            }
            return Ok(found);
        }
        Audience::Segment(id) => *id,
    };
    let target = super::segments::Target::Saved(id);
    let members = super::segments::members(store, actor, &target, now)?;
    if members.selects == Selects::Customers {
        return Ok(members.customers.iter().flat_map(members_of).collect());
    }
    let mut found = Vec::new();
    let mut contacts = members.contacts.iter().peekable();
    for customer in &members.customers {
        while let Some(of) = contacts.next_if(|of| of.customer.id < customer.id) {
            found.extend(selected_contacts(of));
        }
        let own = first_address(&customer.emails);
        let name = customer.name.as_str();
        found.push((
            MemberKind::Customer,
            recipient(customer, name, customer.salutation()),
            own,
        ));
    }
    for of in contacts {
        found.extend(selected_contacts(of));
    }
    for member in &members.leads {
        let lead = &member.lead;
        let name = match lead.name.trim().is_empty() {
            true => lead.company.as_str(),
            false => lead.name.as_str(),
        };
        let to = Recipient {
            name: name.to_string(),
            company: lead.company.clone(),
            salutation: Salutation::of_name(name, Gender::Unknown, ""),
            lead: Some(lead.id),
            ..Recipient::default()
        };
        found.push((MemberKind::Lead, to, first_address(&lead.emails)));
    }
    Ok(found)
}

/// The contacts a segment selected of one customer.
fn selected_contacts(of: &ContactsOf) -> Vec<(MemberKind, Recipient, Option<String>)> {
    of.each()
        .map(|(contact, _)| {
            (
                MemberKind::Contact,
                recipient(&of.customer, &contact.name, contact.greeting()),
                first_address(&contact.emails),
            )
        })
        .collect()
}

/// The first usable address of `emails`, as the ledger keys it.
fn first_address(emails: &[String]) -> Option<String> {
    emails
        .iter()
        .find(|email| is_mailbox(email))
        .map(|email| address_key(email))
}

/// The recipient `name` greeted so at `customer` (its name as the company when a firm).
fn recipient(customer: &Customer, name: &str, salutation: Salutation) -> Recipient {
    let company = match customer.kind {
        CustomerKind::Company => customer.name.clone(),
        CustomerKind::Person => String::new(),
    };
    Recipient {
        customer: customer.id,
        name: name.to_string(),
        company,
        customer_number: customer.number.clone(),
        salutation,
        lead: None,
    }
}

/// The customer and each of its contacts, with the first usable address of each.
fn members_of(customer: &Customer) -> Vec<(MemberKind, Recipient, Option<String>)> {
    let mut members = Vec::new();
    let own = first_address(&customer.emails);
    // A company without an address of its own is reached through its contacts only.
    if own.is_some() || customer.kind == CustomerKind::Person || customer.contacts.is_empty() {
        let name = customer.name.as_str();
        members.push((
            MemberKind::Customer,
            recipient(customer, name, customer.salutation()),
            own,
        ));
    }
    for contact in &customer.contacts {
        members.push((
            MemberKind::Contact,
            recipient(customer, &contact.name, contact.greeting()),
            first_address(&contact.emails),
        ));
    }
    members
}
