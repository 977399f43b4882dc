//! The mailgate's check for what comes back from marketing mail, made before any ticket
//! routing (beside the double opt-in reply check): such mail never becomes a ticket and
//! is never answered. Room: mail (an adapter over core).
//!
//! - A mail to `unsubscribe+TOKEN@…` (the List-Unsubscribe mailto) unsubscribes the send
//!   the token names (`core::unsubscribe`, via `mailto`).
//! - A delivery status notification (RFC 3464: `multipart/report;
//!   report-type=delivery-status`) is matched to its send by the VERP address it was sent
//!   to (`bounce+TOKEN@…`; when a forwarder hides it, a VERP address in the report itself)
//!   and recorded as a bounce (`core::bounces`): `Action: failed` with a 5.x.x status is
//!   hard, a 4.x.x status soft; a report of success is noted and dropped.
//! - An ARF complaint (`report-type=feedback-report`, RFC 5965) matched the same way (also
//!   by the report's `Original-Mail-From` or the unsubscribe address in the original's
//!   List-Unsubscribe) unsubscribes as a complaint (suppression + consent `Objected`).
//! - Mail to a `bounce+`/`unsubscribe+` address whose token names no send, or a report to
//!   a VERP address that cannot be read, is kept in quarantine with the reason.
//!
//! Anything else (a DSN for a ticket's answer, say) goes on to the ticket routing as before.

use mail_parser::MessageParser;
use time::OffsetDateTime;

use super::inbound::InboundMail;
use crate::core::CoreError;
use crate::core::bounces::{self, Bounced};
use crate::core::mailing::send_by_verp;
use crate::core::unsubscribe::{self, Unsubscribed, Via};
use crate::domain::mailing::bounce::is_permanent;
use crate::domain::mailing::send::MailingSend;
use crate::store::Store;

pub(super) const BOUNCE: &str = "bounce+";
pub(super) const UNSUBSCRIBE: &str = "unsubscribe+";

/// What the mailgate did with mail coming back from a mailing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Returned {
    Bounced(Bounced),
    Complained(Unsubscribed),
    Unsubscribed(Unsubscribed),
    /// A delivery report of success (delivered, relayed) for send `send`: nothing to do.
    Noted {
        send: u64,
    },
}

/// The check's verdict.
pub(super) enum Verdict {
    Done(Returned),
    /// Kept in quarantine: why, in the current language.
    Keep(String),
}

/// Whether `mail` (`raw` as it came) comes back from a mailing, and what became of it.
pub(super) fn returned(
    store: &Store,
    now: OffsetDateTime,
    raw: &[u8],
    mail: &InboundMail,
) -> Result<Option<Verdict>, CoreError> {
    let recipients = recipients(mail);
    if let Some(token) = recipients.iter().find_map(|r| token_of(r, UNSUBSCRIBE)) {
        return Ok(Some(match unsubscribe::send_of_token(store, &token)? {
            Some(send) => Verdict::Done(Returned::Unsubscribed(unsubscribe::by_send(
                store,
                &send,
                now,
                Via::Mailto,
            )?)),
            None => Verdict::Keep(crate::t!("mailgate-returned-unknown-token")),
        }));
    }
    let to_verp = recipients.iter().find(|r| token_of(r, BOUNCE).is_some());
    let report = mail.report_type.as_deref().unwrap_or_default();
    let is_report = matches!(report, "delivery-status" | "feedback-report");
    if to_verp.is_none() && !is_report {
        return Ok(None);
    }
    let send = match to_verp {
        Some(address) => send_by_verp(store, address)?,
        None => send_in_text(store, &String::from_utf8_lossy(raw))?,
    };
    let Some(send) = send else {
        // A report about other mail (a ticket's answer) goes on as before.
        return Ok(to_verp.map(|_| Verdict::Keep(crate::t!("mailgate-returned-unknown-token"))));
    };
    if report == "feedback-report" {
        let done = unsubscribe::by_send(store, &send, now, Via::Complaint)?;
        return Ok(Some(Verdict::Done(Returned::Complained(done))));
    }
    let fields = report_part(raw, "message/delivery-status");
    Ok(Some(match failure(&fields) {
        Some(Failure::Bounce {
            hard,
            status,
            diagnostic,
        }) => Verdict::Done(Returned::Bounced(bounces::record(
            store,
            &send,
            now,
            hard,
            &status,
            &diagnostic,
        )?)),
        Some(Failure::None) => Verdict::Done(Returned::Noted { send: send.id }),
        None => Verdict::Keep(crate::t!("mailgate-returned-unreadable")),
    }))
}

/// The addresses the mail was delivered to: To, Cc and the envelope headers MTAs add.
pub(super) fn recipients(mail: &InboundMail) -> Vec<String> {
    let mut all: Vec<String> = mail
        .to
        .iter()
        .chain(&mail.cc)
        .map(|party| party.address.clone())
        .collect();
    for name in [
        "Delivered-To",
        "X-Original-To",
        "Envelope-To",
        "X-Envelope-To",
    ] {
        all.extend(mail.headers_named(name).map(|value| {
            value
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        }));
    }
    all
}

/// The token of `prefix+TOKEN@…`.
pub(super) fn token_of(address: &str, prefix: &str) -> Option<String> {
    let (local, _) = address.trim().rsplit_once('@')?;
    let token = local.to_ascii_lowercase().strip_prefix(prefix)?.to_string();
    (!token.is_empty()).then_some(token)
}

/// The first send a VERP or unsubscribe address anywhere in `text` names (a forwarded
/// report; ARF's `Original-Mail-From`; the original's List-Unsubscribe).
fn send_in_text(store: &Store, text: &str) -> Result<Option<MailingSend>, CoreError> {
    let lower = text.to_ascii_lowercase();
    for prefix in [BOUNCE, UNSUBSCRIBE] {
        for (at, _) in lower.match_indices(prefix) {
            let token: String = lower[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_ascii_hexdigit() || *c == '.')
                .collect();
            let found = match prefix {
                BOUNCE => send_by_verp(store, &format!("{BOUNCE}{token}@x"))?,
                _ => unsubscribe::send_of_token(store, &token)?,
            };
            if found.is_some() {
                return Ok(found);
            }
        }
    }
    Ok(None)
}

/// The text of the first part of `mime_type` (the report's machine-readable part); the
/// whole message when there is none.
fn report_part(raw: &[u8], mime_type: &str) -> String {
    let parsed = MessageParser::default().parse(raw);
    let part = parsed.as_ref().and_then(|message| {
        message.parts.iter().find(|part| {
            mail_parser::MimeHeaders::content_type(*part).is_some_and(|ct| {
                let full = format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default());
                full.eq_ignore_ascii_case(mime_type)
            })
        })
    });
    match part {
        Some(part) => String::from_utf8_lossy(part.contents()).to_string(),
        None => String::from_utf8_lossy(raw).to_string(),
    }
}

/// What a delivery status report says.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Failure {
    Bounce {
        hard: bool,
        status: String,
        diagnostic: String,
    },
    /// Delivered, relayed or expanded: no failure.
    None,
}

/// The first recipient block of a delivery-status part that failed or was delayed;
/// `None` when no block has an Action and a Status.
fn failure(fields: &str) -> Option<Failure> {
    let mut unfolded: Vec<String> = Vec::new();
    for line in fields.replace("\r\n", "\n").lines() {
        match (line.starts_with([' ', '\t']), unfolded.last_mut()) {
            (true, Some(last)) if !last.is_empty() => {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => unfolded.push(line.trim_end().to_string()),
        }
    }
    let mut seen_ok = false;
    for block in unfolded.split(|line| line.is_empty()) {
        let field = |name: &str| {
            block.iter().find_map(|line| {
                let (key, value) = line.split_once(':')?;
                key.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| value.trim().to_string())
            })
        };
        let (Some(action), Some(status)) = (field("Action"), field("Status")) else {
            continue;
        };
        let status = status
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string();
        let action = action.to_ascii_lowercase();
        match (action.as_str(), is_permanent(&status)) {
            ("failed" | "delayed", Some(permanent)) => {
                return Some(Failure::Bounce {
                    hard: permanent && action == "failed",
                    status,
                    diagnostic: field("Diagnostic-Code").unwrap_or_default(),
                });
            }
            _ => seen_ok = true,
        }
    }
    seen_ok.then_some(Failure::None)
}

/// The mailgate's words for what it did.
pub fn words(returned: &Returned) -> String {
    match returned {
        Returned::Bounced(bounced) => crate::t!(
            "mailgate-returned-bounce",
            hard = bounced.hard.to_string(),
            address = bounced.address.as_str(),
            send = bounced.send.to_string(),
            suppressed = bounced.suppressed.to_string()
        ),
        Returned::Complained(done) => crate::t!(
            "mailgate-returned-complaint",
            address = done.address.as_str(),
            send = done.send.to_string()
        ),
        Returned::Unsubscribed(done) => crate::t!(
            "mailgate-returned-unsubscribed",
            address = done.address.as_str(),
            send = done.send.to_string()
        ),
        Returned::Noted { send } => {
            crate::t!("mailgate-returned-noted", send = send.to_string())
        }
    }
}

/// The same for machines.
pub fn json(returned: &Returned) -> serde_json::Value {
    match returned {
        Returned::Bounced(b) => serde_json::json!({
            "status": "bounce", "send": b.send, "address": b.address, "hard": b.hard,
            "bounce": b.bounce, "suppressed": b.suppressed,
        }),
        Returned::Complained(done) | Returned::Unsubscribed(done) => serde_json::json!({
            "status": match returned { Returned::Complained(_) => "complaint", _ => "unsubscribed" },
            "send": done.send, "address": done.address, "suppressed": done.suppressed,
            "consent_event": done.consent_event,
        }),
        Returned::Noted { send } => serde_json::json!({"status": "noted", "send": send}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_5xx_is_hard_a_4xx_soft_a_delivery_nothing() {
        let postfix = "Reporting-MTA: dns; mx.kontor.test\n\nFinal-Recipient: rfc822; a@b.de\n\
                       Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1\n  no such user\n";
        assert_eq!(
            failure(postfix),
            Some(Failure::Bounce {
                hard: true,
                status: "5.1.1".into(),
                diagnostic: "smtp; 550 5.1.1 no such user".into()
            })
        );
        let delayed = "Reporting-MTA: dns; x\r\n\r\nAction: delayed\r\nStatus: 4.2.2\r\n";
        assert!(matches!(
            failure(delayed),
            Some(Failure::Bounce { hard: false, .. })
        ));
        // A 4.x.x given up on is still soft: the mailbox may come back.
        let given_up = "Action: failed\nStatus: 4.4.7\n";
        assert!(matches!(
            failure(given_up),
            Some(Failure::Bounce { hard: false, .. })
        ));
        assert_eq!(
            failure("Action: delivered\nStatus: 2.0.0\n"),
            Some(Failure::None)
        );
        assert_eq!(failure("Hello\n"), None);
    }

    #[test]
    fn tokens_come_from_plus_addresses_only() {
        assert_eq!(
            token_of("bounce+1.ab@kontor.test", BOUNCE).as_deref(),
            Some("1.ab")
        );
        assert_eq!(
            token_of("Unsubscribe+2.cd@kontor.test", UNSUBSCRIBE).as_deref(),
            Some("2.cd")
        );
        assert_eq!(token_of("bounce@kontor.test", BOUNCE), None);
        assert_eq!(token_of("bounce+@kontor.test", BOUNCE), None);
        assert_eq!(token_of("nobody", BOUNCE), None);
    }
}
