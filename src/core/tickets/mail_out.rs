//! A ticket's answer by mail: the outbox draft (to the ticket's sender, else its contact's
//! or its customer's address; the subject with the ticket's tag once; In-Reply-To the last
//! customer mail, References that mail's chain and it), and the outbox's origin hook that
//! mirrors the delivery — sent, or failed with the server's reply — onto the article,
//! found by its Message-ID (on the ticket it was merged into too). Message-IDs are the
//! outbox's (`core::outbox`); articles keep them bare, the headers write them in `<…>`.
//! Room: core.

use super::templates::MergeFields;
use crate::core::outbox::Draft;
use crate::domain::Customer;
use crate::domain::Invalid;
use crate::domain::outbox::{DeliveryState, Origin, OutboxMail, is_mailbox};
use crate::domain::ticket::subject::{DEFAULT_TAG_WORD, reply_subject};
use crate::domain::ticket::{Article, ArticleKind, Delivery, Ticket};
use crate::store::{Tx, TxResult};

/// The origin kind of ticket mail in the outbox.
pub const ORIGIN: &str = "ticket";

/// A Message-ID without its angle brackets, as articles and the threading index keep it.
pub fn bare(message_id: &str) -> String {
    let id = message_id.trim();
    let id = id.strip_prefix('<').unwrap_or(id);
    id.strip_suffix('>').unwrap_or(id).trim().to_string()
}

fn angled(message_id: &str) -> String {
    format!("<{}>", bare(message_id))
}

/// Where an answer to `ticket` goes: its sender, else its contact when that is an address,
/// else the first address of the customer's contact of that name, else the customer's.
pub fn recipient(ticket: &Ticket, customer: Option<&Customer>) -> Option<String> {
    let given = [ticket.sender.as_deref(), ticket.contact.as_deref()];
    if let Some(address) = given.into_iter().flatten().find(|a| is_mailbox(a)) {
        return Some(address.trim().to_string());
    }
    let customer = customer?;
    let contact = ticket.contact.as_deref().map(str::trim).unwrap_or_default();
    let named = customer
        .contacts
        .iter()
        .filter(|c| !contact.is_empty() && c.name.trim().eq_ignore_ascii_case(contact))
        .flat_map(|c| c.emails.iter());
    named
        .chain(customer.all_emails())
        .find(|a| is_mailbox(a))
        .map(|a| a.trim().to_string())
}

/// The merge fields of an answer on `ticket` by `agent`; `customer` is the customer's name.
/// The greeting's `{contact}` is the ticket's contact when it is a name, else the customer,
/// else the sender's address.
pub fn merge_fields(ticket: &Ticket, customer: Option<&str>, agent: &str) -> MergeFields {
    let customer = customer.unwrap_or_default().trim().to_string();
    let named_contact = ticket.contact.as_deref().map(str::trim);
    let named_contact = named_contact.filter(|c| !c.is_empty() && !c.contains('@'));
    let contact = named_contact
        .or(Some(customer.as_str()).filter(|c| !c.is_empty()))
        .or(ticket.sender.as_deref().map(str::trim))
        .unwrap_or_default()
        .to_string();
    MergeFields {
        customer,
        contact,
        ticket: ticket.number.to_string(),
        agent: agent.to_string(),
        subject: ticket.subject.clone(),
    }
}

/// The last mail the customer sent on the ticket, in the order things happened.
fn last_customer_mail(ticket: &Ticket) -> Option<&Article> {
    ticket
        .articles
        .iter()
        .filter(|a| a.kind == ArticleKind::MailIn && a.message_id.is_some())
        .max_by_key(|a| (a.at, a.seq))
}

/// The outbox draft of an answer `body` on `ticket`; refused when there is nobody to send
/// it to. The origin is set when the article's place is known (`with_origin`).
pub fn draft(ticket: &Ticket, customer: Option<&Customer>, body: &str) -> Result<Draft, Invalid> {
    let to = recipient(ticket, customer).ok_or_else(|| {
        Invalid::new(
            "to",
            crate::t!(
                "ticket-mail-no-recipient",
                number = ticket.number.to_string()
            ),
        )
    })?;
    let (in_reply_to, references) = match last_customer_mail(ticket) {
        Some(mail) => {
            let id = mail.message_id.as_deref().unwrap_or_default();
            let mut chain: Vec<String> = mail.references.iter().map(|r| angled(r)).collect();
            chain.retain(|r| r != &angled(id));
            chain.push(angled(id));
            (Some(angled(id)), chain)
        }
        None => (None, Vec::new()),
    };
    Ok(Draft {
        to: vec![to],
        subject: reply_subject(
            &ticket.subject,
            &ticket.number.to_string(),
            DEFAULT_TAG_WORD,
        ),
        body: body.trim().to_string(),
        in_reply_to,
        references,
        ..Draft::default()
    })
}

/// `draft` as the outbox mail of article `seq` of ticket `ticket`.
pub fn with_origin(mut draft: Draft, ticket: u64, seq: u32) -> Draft {
    draft.origin = Some(Origin {
        kind: ORIGIN.to_string(),
        id: ticket,
        seq,
    });
    draft
}

/// Records the queued `mail`'s headers on its article.
pub fn record_headers(article: &mut Article, mail: &OutboxMail) {
    article.message_id = Some(bare(&mail.message_id));
    article.in_reply_to = mail.in_reply_to.as_deref().map(bare);
    article.references = mail.references.iter().map(|r| bare(r)).collect();
    article.delivery = Some(delivery(&mail.state));
}

/// The article's view of an outbox state (a message being handed over is still queued).
fn delivery(state: &DeliveryState) -> Delivery {
    match state {
        DeliveryState::Queued | DeliveryState::Sending => Delivery::Queued,
        DeliveryState::Sent { at, reply } => Delivery::Sent {
            at: *at,
            reply: reply.clone(),
        },
        DeliveryState::Failed { at, code, reply } => Delivery::Failed {
            at: *at,
            reply: match code {
                0 => reply.clone(),
                code => format!("{code} {reply}"),
            },
        },
    }
}

/// The outbox's origin hook for tickets: the article with the mail's Message-ID — on the
/// origin ticket, or where it was merged to — gets the delivery state. Nothing when the
/// article is not (yet) stored: the answer's own transaction records it.
pub fn mirror_delivery(tx: &Tx, mail: &OutboxMail) -> TxResult<()> {
    let Some(origin) = &mail.origin else {
        return Ok(());
    };
    let id = bare(&mail.message_id);
    let state = delivery(&mail.state);
    let mut next = Some(origin.id);
    for _ in 0..16 {
        let Some(ticket_id) = next else { break };
        let Some(mut ticket) = tx.get::<Ticket>(ticket_id)? else {
            break;
        };
        next = ticket.merged_into;
        let article = ticket
            .articles
            .iter_mut()
            .find(|a| a.message_id.as_deref() == Some(id.as_str()));
        if let Some(article) = article
            && article.delivery.as_ref() != Some(&state)
        {
            article.delivery = Some(state.clone());
            tx.update(&mut ticket, None)?;
        }
    }
    Ok(())
}

/// Records `mail` — an acknowledgement just queued in the outbox for ticket `ticket` — as the
/// ticket's automatic mail-out article, inside the transaction that queued it: its
/// Message-ID is then indexed, so a reply to the acknowledgement threads by In-Reply-To,
/// and its delivery state is mirrored onto it. Automatic articles move no SLA clock.
pub fn record_acknowledgement(
    tx: &Tx,
    ticket: u64,
    mail: &OutboxMail,
    author: &str,
    now: time::OffsetDateTime,
) -> TxResult<()> {
    let Some(mut ticket) = tx.get::<Ticket>(ticket)? else {
        return Ok(());
    };
    let mut article = Article::new(ArticleKind::MailOut, author, now, &mail.body);
    article.automatic = true;
    article.message_id = Some(bare(&mail.message_id));
    article.in_reply_to = mail.in_reply_to.as_deref().map(bare);
    article.references = mail.references.iter().map(|id| bare(id)).collect();
    article.delivery = Some(delivery(&mail.state));
    ticket.push_article(article);
    tx.update(&mut ticket, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::Contact;
    use crate::domain::ticket::TicketNumber;
    use time::macros::datetime;

    fn ticket() -> Ticket {
        let number = TicketNumber::new(2026, 1).unwrap();
        let mut ticket = Ticket::new(number, 1, "Drucker", datetime!(2026-12-01 9:00 UTC));
        ticket.contact = Some("Frau Meier".into());
        ticket
    }

    fn mail_in(id: &str, references: &[&str], minute: u8) -> Article {
        let at = datetime!(2026-12-01 9:00 UTC) + time::Duration::minutes(minute.into());
        let mut article = Article::new(ArticleKind::MailIn, "k@example.org", at, "x");
        article.message_id = Some(id.into());
        article.references = references.iter().map(|r| r.to_string()).collect();
        article
    }

    #[test]
    fn the_recipient_is_the_sender_then_the_contacts_then_the_customers_address() {
        let mut t = ticket();
        let mut customer = Customer::new("Meier GmbH", datetime!(2026-12-01 9:00 UTC));
        customer.emails = vec!["info@meier.example".into()];
        assert_eq!(recipient(&t, None), None);
        assert_eq!(
            recipient(&t, Some(&customer)).as_deref(),
            Some("info@meier.example")
        );
        customer.contacts.push(Contact {
            name: "frau meier".into(),
            emails: vec!["meier@meier.example".into()],
            ..Contact::default()
        });
        assert_eq!(
            recipient(&t, Some(&customer)).as_deref(),
            Some("meier@meier.example")
        );
        t.sender = Some(" kunde@example.org ".into());
        assert_eq!(
            recipient(&t, Some(&customer)).as_deref(),
            Some("kunde@example.org")
        );
    }

    #[test]
    fn a_reply_threads_onto_the_last_customer_mail_with_its_chain() {
        let mut t = ticket();
        t.sender = Some("k@example.org".into());
        t.push_article(mail_in("b@x", &["a@x"], 20));
        t.push_article(mail_in("a@x", &[], 10));
        let d = draft(&t, None, " Hallo \n").unwrap();
        assert_eq!(d.to, ["k@example.org"]);
        assert_eq!(d.subject, format!("Re: [Ticket#{}] Drucker", t.number));
        assert_eq!(d.body, "Hallo");
        assert_eq!(d.in_reply_to.as_deref(), Some("<b@x>"));
        assert_eq!(d.references, ["<a@x>", "<b@x>"]);
        let d = with_origin(d, 7, 3);
        assert_eq!(
            d.origin.map(|o| (o.kind, o.id, o.seq)),
            Some(("ticket".into(), 7, 3))
        );
        assert!(draft(&ticket(), None, "x").is_err());
    }

    #[test]
    fn message_ids_are_kept_bare() {
        assert_eq!(bare(" <kontor.a.1@x.de> "), "kontor.a.1@x.de");
        assert_eq!(bare("a@b"), "a@b");
        assert_eq!(angled("a@b"), "<a@b>");
    }
}
