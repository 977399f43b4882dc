//! The mailgate's check for a person's reply to a marketing mail, made before any other
//! (the mail back from a mailing — reports, unsubscribe mail — and double opt-in replies
//! are never such a reply). A reply is found by its In-Reply-To or References naming a
//! send's Message-ID (`<m.TOKEN@domain>`, `mail::mailing`) or by being addressed to a
//! send's VERP address (`bounce+TOKEN@…`) without being a delivery or complaint report;
//! the token must verify (a forged one names no send). Automatic mail (an out-of-office)
//! is no reply: it goes on as before. Unsubscribe mail keeps its own handling (`reports`).
//!
//! What it does (`core::mailing_reply::attribute`): an interaction on the recipient with
//! the campaign, the campaign's response, lead touches and opportunities attributed. The
//! reply is NOT a ticket: a marketing reply is sales' and marketing's business, found in
//! the customer's history and the campaign's figures. It still reaches the service desk
//! when the routing would file it on an existing ticket (its subject carries a ticket
//! number, or it threads to a ticket's article) — then it is appended there as before.
//! Room: mail (an adapter over core).

use time::OffsetDateTime;

use super::inbound::InboundMail;
use super::reports::{BOUNCE, UNSUBSCRIBE, recipients, token_of};
use crate::core::CoreError;
use crate::core::mail_settings::MailSettings;
use crate::core::mailing::send_by_verp;
use crate::core::mailing_reply::{Attributed, Reply, attribute};
use crate::domain::mailing::send::MailingSend;
use crate::store::Store;

/// The send `mail` replies to, when it is a person's reply to a marketing mail.
pub(super) fn replied_send(
    store: &Store,
    mail: &InboundMail,
) -> Result<Option<MailingSend>, CoreError> {
    if mail.report_type.is_some() {
        return Ok(None);
    }
    let to = recipients(mail);
    if to.iter().any(|r| token_of(r, UNSUBSCRIBE).is_some()) {
        return Ok(None);
    }
    let own_loop = MailSettings::load(store)?.loop_tag;
    if super::loop_guard::automatic(mail, &own_loop).is_some() {
        return Ok(None);
    }
    let threaded = mail.in_reply_to.iter().chain(mail.references.iter().rev());
    for id in threaded {
        if let Some(token) = send_token(id) {
            let found = send_by_verp(store, &format!("{BOUNCE}{token}@x"))?;
            if found.is_some() {
                return Ok(found);
            }
        }
    }
    for address in to.iter().filter(|r| token_of(r, BOUNCE).is_some()) {
        if let Some(send) = send_by_verp(store, address)? {
            return Ok(Some(send));
        }
    }
    Ok(None)
}

/// The token of a send's Message-ID `m.TOKEN@domain` (brackets optional).
fn send_token(message_id: &str) -> Option<String> {
    let id = message_id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>');
    let (local, _) = id.rsplit_once('@')?;
    let token = local.strip_prefix("m.")?;
    (!token.is_empty()).then(|| token.to_ascii_lowercase())
}

/// Attributes `mail`, a reply to `send`, at `now`.
pub(super) fn attribute_reply(
    store: &Store,
    send: &MailingSend,
    mail: &InboundMail,
    now: OffsetDateTime,
) -> Result<Attributed, CoreError> {
    let reply = Reply {
        message_id: mail.message_id.clone(),
        from: mail.from.address.clone(),
        subject: mail.subject.clone(),
        text: mail.text.clone(),
    };
    attribute(store, send, &reply, now)
}

/// The mailgate's words for an attributed reply (and the ticket it was filed on, if any).
pub fn words(attributed: &Attributed, ticket: Option<&str>) -> String {
    let mut line = crate::t!(
        "mailing-reply-logged",
        send = attributed.send.to_string(),
        interaction = attributed.interaction.to_string(),
        campaign = attributed
            .campaign
            .map_or_else(|| "-".to_string(), |id| id.to_string()),
        leads = attributed.leads.len(),
        opportunities = attributed.opportunities.len()
    );
    if attributed.again {
        line = crate::t!(
            "mailing-reply-again",
            interaction = attributed.interaction.to_string()
        );
    }
    match ticket {
        Some(ticket) => format!(
            "{line}; {}",
            crate::t!("mailing-reply-on-ticket", ticket = ticket)
        ),
        None => line,
    }
}

/// The same for machines.
pub fn json(attributed: &Attributed, ticket: Option<&str>) -> serde_json::Value {
    serde_json::json!({
        "status": "reply", "send": attributed.send, "mailing": attributed.mailing,
        "campaign": attributed.campaign, "customer": attributed.customer,
        "interaction": attributed.interaction, "leads": attributed.leads,
        "opportunities": attributed.opportunities, "again": attributed.again,
        "ticket": ticket,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_sends_message_id_names_a_token() {
        assert_eq!(
            send_token("<m.12.ab@kontor.test>").as_deref(),
            Some("12.ab")
        );
        assert_eq!(send_token("m.7.CD@x").as_deref(), Some("7.cd"));
        assert_eq!(send_token("<k.12.ab@kontor.test>"), None);
        assert_eq!(send_token("<m.@kontor.test>"), None);
        assert_eq!(send_token("no-at-sign"), None);
    }
}
