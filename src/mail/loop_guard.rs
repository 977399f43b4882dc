//! The loop guard: whether an incoming message was sent by a machine rather than a
//! person, so that kontor never answers it automatically and two autoresponders never
//! write to each other. Room: mail (pure).
//!
//! What counts as automatic, in the order it is checked (the first reason found is given):
//! - `X-Loop` with kontor's own value (its mail came back in), then any other `X-Loop`
//!   last of all (another system's loop marker);
//! - a delivery status report: `multipart/report; report-type=delivery-status`, or a
//!   sender whose local part is `MAILER-DAEMON` or `postmaster`;
//! - the null sender: `Return-Path: <>`;
//! - `Auto-Submitted` with any value but `no` (RFC 3834);
//! - `X-Autoreply`, `X-Autorespond`, `X-Autoresponder` (any value);
//! - out-of-office subjects: `Automatic reply:`, `Automatische Antwort:`, `Out of Office:`,
//!   `Out of Office AutoReply:`, `Abwesenheitsnotiz:` and `Abwesend:` at the start (the
//!   subject prefixes Outlook, Exchange and common webmailers write; a subject merely
//!   *containing* "out of office" is a person's);
//! - `Precedence: bulk`, `list` or `junk`, and mailing lists (`List-Id`).
//!
//! What follows (the mailgate applies it): automatic mail is still stored on the ticket it
//! threads to, but is never answered automatically ([`may_autoreply`]) and never reopens
//! a resolved or closed ticket by itself ([`may_reopen`]). Threading to no ticket, it
//! opens one like any mail — nothing is lost and an agent sees it — except mail carrying
//! kontor's own `X-Loop`, which opens none ([`AutoReason::may_open_ticket`]) and goes to
//! quarantine.

use super::inbound::InboundMail;

/// Why a message counts as automatic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AutoReason {
    /// `X-Loop` with kontor's own value.
    OwnLoop,
    DeliveryReport,
    /// From `MAILER-DAEMON` or `postmaster`: the address.
    MailerDaemon(String),
    NullSender,
    /// `Auto-Submitted`: its value (`auto-replied`, `auto-generated`, …).
    AutoSubmitted(String),
    /// `X-Autoreply` and the like: the field's name.
    Autoresponder(String),
    OutOfOffice,
    /// `Precedence`: its value.
    Precedence(String),
    /// `List-Id`: its value.
    MailingList(String),
    /// `X-Loop` of another system: its value.
    ForeignLoop(String),
}

const AUTORESPONDER_FIELDS: &[&str] = &["X-Autoreply", "X-Autorespond", "X-Autoresponder"];

const OUT_OF_OFFICE: &[&str] = &[
    "automatic reply:",
    "automatische antwort:",
    "out of office:",
    "out of office autoreply:",
    "abwesenheitsnotiz:",
    "abwesend:",
];

/// Whether `mail` is automatic, and the first reason found. `own_loop` is the `X-Loop`
/// value kontor writes on its own mail (compared in any case, angle brackets ignored).
pub fn automatic(mail: &InboundMail, own_loop: &str) -> Option<AutoReason> {
    let bare = |value: &str| {
        value
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_ascii_lowercase()
    };
    let own = bare(own_loop);
    let loops: Vec<&str> = mail.headers_named("X-Loop").collect();
    if !own.is_empty() && loops.iter().any(|value| bare(value) == own) {
        return Some(AutoReason::OwnLoop);
    }
    if mail.content_type == "multipart/report"
        && mail.report_type.as_deref() == Some("delivery-status")
    {
        return Some(AutoReason::DeliveryReport);
    }
    let local = mail
        .from
        .address
        .rsplit_once('@')
        .map_or("", |(local, _)| local);
    if local.eq_ignore_ascii_case("mailer-daemon") || local.eq_ignore_ascii_case("postmaster") {
        return Some(AutoReason::MailerDaemon(mail.from.address.clone()));
    }
    if mail.return_path.as_deref() == Some("") {
        return Some(AutoReason::NullSender);
    }
    if let Some(value) = mail.header("Auto-Submitted")
        && !value.trim().eq_ignore_ascii_case("no")
    {
        let kind = value.split(';').next().unwrap_or_default().trim();
        return Some(AutoReason::AutoSubmitted(kind.to_ascii_lowercase()));
    }
    if let Some(field) = AUTORESPONDER_FIELDS
        .iter()
        .find(|field| mail.header(field).is_some())
    {
        return Some(AutoReason::Autoresponder(field.to_string()));
    }
    let subject = mail.subject.to_lowercase();
    if OUT_OF_OFFICE
        .iter()
        .any(|marker| subject.starts_with(marker))
    {
        return Some(AutoReason::OutOfOffice);
    }
    if let Some(value) = mail.header("Precedence") {
        let value = value.trim().to_ascii_lowercase();
        if matches!(value.as_str(), "bulk" | "list" | "junk") {
            return Some(AutoReason::Precedence(value));
        }
    }
    if let Some(list) = mail.header("List-Id") {
        return Some(AutoReason::MailingList(list.to_string()));
    }
    loops
        .first()
        .map(|value| AutoReason::ForeignLoop(value.to_string()))
}

/// Whether kontor may answer the message automatically (a receipt, an autoreply).
pub fn may_autoreply(auto: Option<&AutoReason>) -> bool {
    auto.is_none()
}

/// Whether the message may reopen a resolved or closed ticket by itself.
pub fn may_reopen(auto: Option<&AutoReason>) -> bool {
    auto.is_none()
}

impl AutoReason {
    /// Whether the message may open a new ticket when it threads to none.
    pub fn may_open_ticket(&self) -> bool {
        *self != AutoReason::OwnLoop
    }

    /// The machine name, as the article records it and exports write it.
    pub fn name(&self) -> &'static str {
        match self {
            AutoReason::OwnLoop => "own-loop",
            AutoReason::DeliveryReport => "delivery-report",
            AutoReason::MailerDaemon(_) => "mailer-daemon",
            AutoReason::NullSender => "null-sender",
            AutoReason::AutoSubmitted(_) => "auto-submitted",
            AutoReason::Autoresponder(_) => "autoresponder",
            AutoReason::OutOfOffice => "out-of-office",
            AutoReason::Precedence(_) => "precedence",
            AutoReason::MailingList(_) => "mailing-list",
            AutoReason::ForeignLoop(_) => "foreign-loop",
        }
    }

    /// How a person reads it on the article.
    pub fn describe(&self) -> String {
        match self {
            AutoReason::OwnLoop => crate::t!("mailgate-auto-own-loop"),
            AutoReason::DeliveryReport => crate::t!("mailgate-auto-delivery-report"),
            AutoReason::MailerDaemon(from) => {
                crate::t!("mailgate-auto-mailer-daemon", from = from.as_str())
            }
            AutoReason::NullSender => crate::t!("mailgate-auto-null-sender"),
            AutoReason::AutoSubmitted(value) => {
                crate::t!("mailgate-auto-submitted", value = value.as_str())
            }
            AutoReason::Autoresponder(field) => {
                crate::t!("mailgate-auto-autoresponder", field = field.as_str())
            }
            AutoReason::OutOfOffice => crate::t!("mailgate-auto-out-of-office"),
            AutoReason::Precedence(value) => {
                crate::t!("mailgate-auto-precedence", value = value.as_str())
            }
            AutoReason::MailingList(list) => {
                crate::t!("mailgate-auto-mailing-list", list = list.as_str())
            }
            AutoReason::ForeignLoop(value) => {
                crate::t!("mailgate-auto-foreign-loop", value = value.as_str())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWN: &str = "support@kontor.test";

    fn auto(headers: &str) -> Option<AutoReason> {
        let raw = format!("From: Anna <anna@example.de>\n{headers}\n\nHallo\n");
        automatic(&InboundMail::parse(raw.as_bytes()).unwrap(), OWN)
    }

    #[test]
    fn a_persons_mail_is_not_automatic() {
        assert_eq!(
            auto("Subject: Out of office printer\nAuto-Submitted: no"),
            None
        );
        assert!(may_autoreply(None) && may_reopen(None));
    }

    #[test]
    fn each_marker_is_found() {
        use AutoReason::*;
        for (headers, reason) in [
            ("X-Loop: <SUPPORT@kontor.test>", OwnLoop),
            ("X-Loop: other@x.de\nX-Loop: support@kontor.test", OwnLoop),
            ("X-Loop: rt@other.de", ForeignLoop("rt@other.de".into())),
            ("Return-Path: <>", NullSender),
            (
                "Auto-Submitted: Auto-Replied",
                AutoSubmitted("auto-replied".into()),
            ),
            (
                "Auto-Submitted: auto-generated; x=1",
                AutoSubmitted("auto-generated".into()),
            ),
            ("X-Autorespond: yes", Autoresponder("X-Autorespond".into())),
            ("x-autoreply: 1", Autoresponder("X-Autoreply".into())),
            ("Subject: Automatische Antwort: Drucker", OutOfOffice),
            ("Subject: Out of Office: Drucker", OutOfOffice),
            ("Precedence: Bulk", Precedence("bulk".into())),
            ("Precedence: junk", Precedence("junk".into())),
            (
                "List-Id: <news.example.de>",
                MailingList("<news.example.de>".into()),
            ),
        ] {
            let found = auto(headers);
            assert_eq!(found.as_ref(), Some(&reason), "{headers}");
            assert!(!may_autoreply(found.as_ref()) && !may_reopen(found.as_ref()));
        }
        assert_eq!(auto("Precedence: first-class"), None);
    }

    #[test]
    fn only_our_own_loop_opens_no_ticket() {
        assert!(!AutoReason::OwnLoop.may_open_ticket());
        assert!(AutoReason::NullSender.may_open_ticket());
        assert!(AutoReason::ForeignLoop("x".into()).may_open_ticket());
    }
}
