//! A person's reply to a marketing mail (found by the mailgate: `mail::mailing_reply`),
//! attributed to the mailing's campaign in one transaction, audited as `Mailings::Reply`:
//!
//! - An interaction on the send's customer: channel e-mail, agent `mailgate` (inbound),
//!   the contact who was mailed, the reply's subject and text, the campaign. It is the
//!   campaign's response (`interactions.by_campaign`; `core::campaigns::figures` counts
//!   them as replies). The reply's Message-ID is kept in the text: the same message
//!   delivered again is recognised and attributes nothing twice.
//! - Every lead with the address mailed (its e-mail match key) that is not converted gets
//!   the campaign as last touch (source `email`, medium `reply`), and as first touch when it
//!   had none; a lead without a campaign is attributed to this one.
//! - An open opportunity of the customer without a campaign that was opened after the mail
//!   went out (the send's hand-over or, unsent, its planning) is attributed to the campaign:
//!   the reply is the first evidence of it. One opened before the mail is left as it is — a
//!   campaign is not credited with a pipeline it did not bring, and one attributed to
//!   another campaign keeps it (the agent may change it).
//!
//! A mailing without a campaign still logs the reply as an interaction, attributing
//! nothing. Room: core.

use time::OffsetDateTime;

use super::CoreError;
use crate::domain::duplicates::{MatchKey, MatchRule, normalize_email};
use crate::domain::interaction::{Channel, Interaction};
use crate::domain::lead::{Lead, LeadStatus, Touch};
use crate::domain::mailing::Mailing;
use crate::domain::mailing::send::{MailingSend, SendState};
use crate::domain::{Customer, Opportunity};
use crate::store::kinds::{interaction, lead, opportunity};
use crate::store::{Store, Tx, TxResult};

/// The user the attribution is written and audited as.
pub const ACTOR: &str = "mailgate";
/// The medium of a touch by a reply.
pub const REPLY_MEDIUM: &str = "reply";
/// The longest reply text kept in the interaction (characters).
const MAX_TEXT: usize = 20_000;

/// A reply as the mailgate read it.
#[derive(Debug, Clone, Default)]
pub struct Reply {
    pub message_id: Option<String>,
    pub from: String,
    pub subject: String,
    pub text: String,
}

/// What a reply was attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attributed {
    pub send: u64,
    pub mailing: u64,
    pub campaign: Option<u64>,
    pub customer: u64,
    /// The interaction logged (or, delivered again, the one logged before).
    pub interaction: u64,
    pub leads: Vec<u64>,
    pub opportunities: Vec<u64>,
    /// The same message was attributed before: nothing new was written.
    pub again: bool,
}

/// The line that keeps the reply's Message-ID in the interaction's text.
fn id_line(message_id: &str) -> String {
    format!("Message-ID: <{}>", message_id.trim_matches(['<', '>', ' ']))
}

/// Attributes `reply` to the campaign of `send`'s mailing at `now`.
pub fn attribute(
    store: &Store,
    send: &MailingSend,
    reply: &Reply,
    now: OffsetDateTime,
) -> Result<Attributed, CoreError> {
    let mailing = store.require::<Mailing>(send.mailing)?;
    let customer_id = send.recipient.customer;
    let customer = store.require::<Customer>(customer_id)?;
    let marker = reply.message_id.as_deref().map(id_line);
    if let Some(marker) = &marker {
        for id in interaction::of_customer(store, customer_id)? {
            let id = id?;
            let known = store.require::<Interaction>(id)?;
            if known.channel == Channel::Email && known.body.contains(marker.as_str()) {
                return Ok(Attributed {
                    send: send.id,
                    mailing: mailing.id,
                    campaign: mailing.campaign,
                    customer: customer_id,
                    interaction: id,
                    leads: Vec::new(),
                    opportunities: Vec::new(),
                    again: true,
                });
            }
        }
    }
    // Index reads before the transaction (no range scans inside one).
    let leads = match (mailing.campaign, normalize_email(&send.address)) {
        (Some(_), Some(address)) => lead::with_key(
            store,
            &MatchKey {
                rule: MatchRule::Email,
                value: address,
            },
        )?,
        _ => Vec::new(),
    };
    let opportunities = match mailing.campaign {
        Some(_) => opportunity::of_customer(store, customer_id)?.collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let went_out = match send.state {
        SendState::Sent { at, .. } => at,
        _ => send.planned_at,
    };
    let mut text: String = reply.text.trim().chars().take(MAX_TEXT).collect();
    if let Some(marker) = &marker {
        text = format!("{text}\n\n{marker}").trim().to_string();
    }
    let subject = match reply.subject.trim() {
        "" => mailing.subject.clone(),
        subject => subject.to_string(),
    };
    let contact = match send.recipient.name.trim() {
        name if name == customer.name.trim() => String::new(),
        name => name.to_string(),
    };
    let logged = Interaction {
        id: 0,
        customer_id,
        contact,
        channel: Channel::Email,
        subject,
        body: text,
        outcome: String::new(),
        duration: 0,
        agent: ACTOR.to_string(),
        at: now,
        follow_up: None,
        follow_up_done: false,
        campaign: mailing.campaign,
        version: 0,
    };
    let _audit = crate::store::audit::scope(ACTOR, "Mailings::Reply", now);
    let (interaction, leads, opportunities) = store.transaction(|tx| {
        let mut logged = logged.clone();
        tx.insert(&mut logged)?;
        let Some(campaign) = mailing.campaign else {
            return Ok((logged.id, Vec::new(), Vec::new()));
        };
        let touched = touch_leads(tx, &leads, campaign, now)?;
        let mut attributed = Vec::new();
        for &id in &opportunities {
            let mut found = tx.require::<Opportunity>(id)?;
            if found.campaign.is_none() && !found.stage.is_closed() && found.created >= went_out {
                found.campaign = Some(campaign);
                found.updated = now;
                tx.update(&mut found, None)?;
                attributed.push(id);
            }
        }
        Ok((logged.id, touched, attributed))
    })?;
    store.flush()?;
    Ok(Attributed {
        send: send.id,
        mailing: mailing.id,
        campaign: mailing.campaign,
        customer: customer_id,
        interaction,
        leads,
        opportunities,
        again: false,
    })
}

/// Gives each lead of `ids` not converted the reply's touch; the ids touched.
fn touch_leads(tx: &Tx, ids: &[u64], campaign: u64, now: OffsetDateTime) -> TxResult<Vec<u64>> {
    let mut touched = Vec::new();
    for &id in ids {
        let mut found = tx.require::<Lead>(id)?;
        if found.status == LeadStatus::Converted {
            continue;
        }
        found.touch(Touch {
            at: now,
            source: "email".to_string(),
            medium: REPLY_MEDIUM.to_string(),
            campaign: Some(campaign),
        });
        found.campaign.get_or_insert(campaign);
        tx.update(&mut found, None)?;
        touched.push(id);
    }
    Ok(touched)
}

/// Whether `lead` has a touch by a reply to `campaign` (first or last).
pub fn touched_by_reply(lead: &Lead, campaign: u64) -> bool {
    [&lead.first_touch, &lead.last_touch]
        .into_iter()
        .flatten()
        .any(|touch| touch.medium == REPLY_MEDIUM && touch.campaign == Some(campaign))
}
