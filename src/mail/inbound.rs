//! An incoming RFC 5322 message as the mailgate reads it: the threading headers, the
//! parties, the decoded subject, the text body and the attachments — parsed by
//! `mail-parser` (MIME, RFC 2047 encoded words, quoted-printable, base64, the charsets).
//! Bytes that are not mail at all (no header block, or no sender) are a typed error, so the
//! caller can keep them whole in quarantine. Room: mail (pure; no store, no clock).
//!
//! Message-IDs are kept without their angle brackets, the way they are looked up; the
//! top-level header fields are kept unfolded in their order for the loop guard.

use mail_parser::{Address, ContentType, HeaderValue, MessageParser, MimeHeaders};
use time::OffsetDateTime;

use crate::domain::datetime::YEARS;

/// A person or mailbox: the address as written (`anna@example.de`) and its display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub address: String,
    pub name: Option<String>,
}

/// A file the message carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The file name the sender gave (Content-Disposition `filename`, else Content-Type
    /// `name`), decoded; `None` when the part has none.
    pub name: Option<String>,
    /// `type/subtype`, lower case; `application/octet-stream` when the part names none.
    pub mime_type: String,
    pub bytes: Vec<u8>,
}

/// One incoming message, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundMail {
    pub message_id: Option<String>,
    /// The first Message-ID of In-Reply-To (clients write one; the rest, if any, is ignored).
    pub in_reply_to: Option<String>,
    /// References, oldest first as written.
    pub references: Vec<String>,
    pub from: Party,
    pub to: Vec<Party>,
    pub cc: Vec<Party>,
    /// `None` without a Return-Path field, `Some("")` for the null sender `<>` (bounces and
    /// other automatic mail), else the address.
    pub return_path: Option<String>,
    /// Decoded; empty when the message has no subject.
    pub subject: String,
    /// In UTC; `None` when absent, unreadable or outside the years kontor accepts.
    pub date: Option<OffsetDateTime>,
    /// The plain-text body, or the HTML body converted to text when there is no plain one.
    pub text: String,
    pub attachments: Vec<Attachment>,
    /// The top-level header fields in order: (name as written, value unfolded and trimmed).
    pub headers: Vec<(String, String)>,
    /// The top-level Content-Type's `type/subtype`, lower case (`text/plain` when absent).
    pub content_type: String,
    /// The `report-type` parameter of a `multipart/report`, lower case.
    pub report_type: Option<String>,
    /// The size of the raw message in bytes.
    pub size: usize,
}

/// Why bytes could not be read as a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    /// No RFC 5322 header block: binary data, or text without headers.
    #[error("{}", crate::t!("mailgate-not-mail"))]
    NotMail,
    /// Headers, but no From field with an address in it.
    #[error("{}", crate::t!("mailgate-no-sender"))]
    NoSender,
}

impl InboundMail {
    /// Reads raw message bytes as they arrived (CRLF or LF line ends).
    pub fn parse(raw: &[u8]) -> Result<InboundMail, Unreadable> {
        let message = MessageParser::default()
            .parse(raw)
            .ok_or(Unreadable::NotMail)?;
        let headers: Vec<(String, String)> = message
            .headers_raw()
            .map(|(name, value)| (name.to_string(), unfold(value)))
            .collect();
        if headers.is_empty() || !headers.iter().all(|(name, _)| is_field_name(name)) {
            return Err(Unreadable::NotMail);
        }
        let from = message
            .from()
            .and_then(|from| parties(from).into_iter().next())
            .ok_or(Unreadable::NoSender)?;
        let (content_type, report_type) = match message.content_type() {
            Some(ct) => (
                mime_type(ct),
                ct.attribute("report-type").map(str::to_ascii_lowercase),
            ),
            None => ("text/plain".to_string(), None),
        };
        Ok(InboundMail {
            message_id: message.message_id().and_then(message_id),
            in_reply_to: ids(message.in_reply_to()).into_iter().next(),
            references: ids(message.references()),
            to: message.to().map(parties).unwrap_or_default(),
            cc: message.cc().map(parties).unwrap_or_default(),
            from,
            return_path: return_path(&headers),
            subject: message.subject().unwrap_or_default().trim().to_string(),
            date: message.date().and_then(utc),
            text: message
                .body_text(0)
                .map(|text| text.replace("\r\n", "\n"))
                .unwrap_or_default(),
            attachments: message
                .attachments()
                .map(|part| Attachment {
                    name: part.attachment_name().map(str::to_string),
                    mime_type: part
                        .content_type()
                        .map(mime_type)
                        .unwrap_or_else(|| "application/octet-stream".to_string()),
                    bytes: part.contents().to_vec(),
                })
                .collect(),
            headers,
            content_type,
            report_type,
            size: raw.len(),
        })
    }

    /// The unfolded value of the first top-level header field of this name (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(field, _)| field.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// Every value of the top-level header fields of this name (any case), in order.
    pub fn headers_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(field, _)| field.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// RFC 5322 field names: printable ASCII but the colon, at least one character. Binary
/// junk that `mail-parser` reads as a "header" fails this.
fn is_field_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| (33..=126).contains(&b) && b != b':')
}

/// `type/subtype` in lower case.
fn mime_type(ct: &ContentType<'_>) -> String {
    match ct.subtype() {
        Some(sub) => format!("{}/{}", ct.ctype(), sub),
        None => ct.ctype().to_string(),
    }
    .to_ascii_lowercase()
}

fn unfold(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn message_id(id: &str) -> Option<String> {
    let id = id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    (!id.is_empty()).then(|| id.to_string())
}

fn ids(value: &HeaderValue<'_>) -> Vec<String> {
    match value {
        HeaderValue::Text(id) => message_id(id).into_iter().collect(),
        HeaderValue::TextList(list) => list.iter().filter_map(|id| message_id(id)).collect(),
        _ => Vec::new(),
    }
}

fn parties(address: &Address<'_>) -> Vec<Party> {
    address
        .iter()
        .filter_map(|addr| {
            let address = addr.address()?.trim();
            address.contains('@').then(|| Party {
                address: address.to_string(),
                name: addr
                    .name()
                    .map(str::trim)
                    .filter(|name| !name.is_empty())
                    .map(str::to_string),
            })
        })
        .collect()
}

/// The last Return-Path (the one the delivering server added), angle brackets removed.
fn return_path(headers: &[(String, String)]) -> Option<String> {
    headers
        .iter()
        .rev()
        .find(|(name, _)| name.eq_ignore_ascii_case("Return-Path"))
        .map(|(_, value)| {
            value
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .trim()
                .to_string()
        })
}

/// The Date field in UTC, if it names a real day and time within the accepted years.
fn utc(date: &mail_parser::DateTime) -> Option<OffsetDateTime> {
    let month = time::Month::try_from(date.month).ok()?;
    time::Date::from_calendar_date(i32::from(date.year), month, date.day).ok()?;
    time::Time::from_hms(date.hour, date.minute, date.second).ok()?;
    if date.tz_hour > 23 || date.tz_minute > 59 {
        return None;
    }
    OffsetDateTime::from_unix_timestamp(date.to_timestamp())
        .ok()
        .filter(|at| YEARS.contains(&at.year()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(text: &str) -> Result<InboundMail, Unreadable> {
        InboundMail::parse(text.as_bytes())
    }

    #[test]
    fn a_minimal_message_is_read() {
        let m = mail(
            "From: Anna Berg <anna@example.de>\r\nTo: support@kontor.test, \"B. Ott\" <b@x.de>\r\n\
             Subject:  Hallo \r\nMessage-ID: <a1@example.de>\r\n\
             Date: Sat, 5 Dec 2026 10:00:00 +0100\r\n\r\nText\r\n",
        )
        .unwrap();
        assert_eq!(m.from.address, "anna@example.de");
        assert_eq!(m.from.name.as_deref(), Some("Anna Berg"));
        assert_eq!(m.to.len(), 2);
        assert_eq!(m.to[1].name.as_deref(), Some("B. Ott"));
        assert_eq!(m.subject, "Hallo");
        assert_eq!(m.message_id.as_deref(), Some("a1@example.de"));
        assert_eq!(m.return_path, None);
        assert_eq!(m.date, Some(time::macros::datetime!(2026-12-05 09:00 UTC)));
        assert_eq!(m.text.trim_end(), "Text");
        assert_eq!(m.content_type, "text/plain");
    }

    #[test]
    fn an_empty_return_path_differs_from_none() {
        let m = mail("Return-Path: <>\nFrom: a@b.de\n\nx\n").unwrap();
        assert_eq!(m.return_path.as_deref(), Some(""));
        let m = mail("Return-Path: <bounce@b.de>\nFrom: a@b.de\n\nx\n").unwrap();
        assert_eq!(m.return_path.as_deref(), Some("bounce@b.de"));
    }

    #[test]
    fn headers_without_a_sender_are_refused() {
        assert_eq!(mail("Subject: x\n\nbody\n"), Err(Unreadable::NoSender));
        assert_eq!(mail("From: nobody\n\nbody\n"), Err(Unreadable::NoSender));
    }

    #[test]
    fn text_without_headers_is_not_mail() {
        assert_eq!(mail(""), Err(Unreadable::NotMail));
        assert!(mail("Hallo zusammen,\nder Drucker ist kaputt.\n").is_err());
    }

    #[test]
    fn a_date_outside_the_years_is_dropped() {
        let m = mail("From: a@b.de\nDate: Mon, 1 Jan 1800 00:00:00 +0000\n\nx\n").unwrap();
        assert_eq!(m.date, None);
        let m = mail("From: a@b.de\nDate: Mon, 31 Feb 2026 10:00:00 +0000\n\nx\n").unwrap();
        assert_eq!(m.date, None);
        let m = mail("From: a@b.de\nDate: 1 Mar 2026 25:00:00 +0000\n\nx\n").unwrap();
        assert_eq!(m.date, None);
        let m = mail("From: a@b.de\nDate: 1 Mar 2026 23:30:00 -0130\n\nx\n").unwrap();
        assert_eq!(m.date, Some(time::macros::datetime!(2026-03-02 01:00 UTC)));
    }
}
