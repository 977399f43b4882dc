//! SMTP out: an outbox message composed as RFC 5322 (lettre's builder: `text/plain;
//! charset=utf-8`, attachments as `multipart/mixed`, UTF-8 headers as encoded words, the
//! Date from the clock handed in) and handed to the configured server over lettre's
//! blocking transport (rustls; no OpenSSL). The server's answer becomes an `Outcome`:
//! 2xx accepted, 4xx or no connection temporary, 5xx permanent. Room: mail.

use std::time::{Duration, SystemTime};

use lettre::message::header::{ContentType, HeaderName, HeaderValue, MIME_VERSION_1_0};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{Message, SmtpTransport, Transport};
use time::OffsetDateTime;

use crate::core::mail_settings::{MailSettings, Security};
use crate::domain::outbox::{OutboxMail, Outcome};

/// How long one connection may wait on the server.
const TIMEOUT: Duration = Duration::from_secs(30);

/// A connection-ready SMTP client for the configured server.
pub struct Smtp {
    transport: SmtpTransport,
}

/// Why no client could be made: no server set, or TLS parameters refused.
#[derive(Debug, thiserror::Error)]
pub enum SmtpError {
    #[error("{}", crate::t!("mail-no-server"))]
    NoServer,
    #[error("{}", crate::t!("mail-bad-tls", error = .0.as_str()))]
    Tls(String),
}

impl Smtp {
    /// The client of `settings`' server.
    pub fn new(settings: &MailSettings) -> Result<Smtp, SmtpError> {
        if settings.host.is_empty() {
            return Err(SmtpError::NoServer);
        }
        let tls = match settings.security {
            Security::None => Tls::None,
            security => {
                let parameters = tls_parameters(settings)?;
                match security {
                    Security::Tls => Tls::Wrapper(parameters),
                    _ => Tls::Required(parameters),
                }
            }
        };
        let mut builder = SmtpTransport::builder_dangerous(settings.host.as_str())
            .port(settings.port)
            .tls(tls)
            .timeout(Some(TIMEOUT));
        if !settings.domain.is_empty() {
            builder = builder.hello_name(ClientId::Domain(settings.domain.clone()));
        }
        if !settings.user.is_empty() {
            builder = builder.credentials(Credentials::new(
                settings.user.clone(),
                settings.password.clone(),
            ));
        }
        Ok(Smtp {
            transport: builder.build(),
        })
    }

    /// Sends one message, dated `now`; what the server said.
    pub fn send(&self, mail: &OutboxMail, now: OffsetDateTime) -> Outcome {
        let message = match compose(mail, now) {
            Ok(message) => message,
            Err(reply) => return Outcome::Permanent { code: 0, reply },
        };
        self.send_enveloped(message.envelope(), &wire(&message))
    }

    /// Sends `bytes` (as `wire` makes them) under `envelope` (a VERP sender, say); what
    /// the server said. Connections are pooled: an accepted message leaves its connection
    /// open for the next one.
    pub fn send_enveloped(&self, envelope: &lettre::address::Envelope, bytes: &[u8]) -> Outcome {
        match self.transport.send_raw(envelope, bytes) {
            Ok(response) => Outcome::Accepted {
                reply: format!("{} {}", response.code(), lines(response.message())),
            },
            Err(error) => refusal(&error),
        }
    }
}

/// The message's bytes as they go after DATA: without their final CRLF, which the
/// transport's terminator (`CRLF . CRLF`, lettre always writes all of it) supplies — else
/// every message would arrive with one empty line more at its end.
pub fn wire(message: &Message) -> Vec<u8> {
    let mut bytes = message.formatted();
    if bytes.ends_with(b"\r\n") {
        bytes.truncate(bytes.len() - 2);
    }
    bytes
}

/// The TLS parameters of the server: the public roots, and the `smtp_ca_file`'s
/// certificate when one is set.
fn tls_parameters(settings: &MailSettings) -> Result<TlsParameters, SmtpError> {
    let tls = |error: lettre::transport::smtp::Error| SmtpError::Tls(error.to_string());
    let mut builder = TlsParameters::builder(settings.host.clone());
    if !settings.ca_file.is_empty() {
        let pem = std::fs::read(&settings.ca_file)
            .map_err(|error| SmtpError::Tls(format!("{}: {error}", settings.ca_file)))?;
        builder = builder.add_root_certificate(Certificate::from_pem(&pem).map_err(tls)?);
    }
    builder.build_rustls().map_err(tls)
}

fn lines<'a>(message: impl Iterator<Item = &'a str>) -> String {
    message.collect::<Vec<_>>().join(" ").trim().to_string()
}

/// A refusal or failure as an outcome: 5xx permanent, 4xx and anything without a reply
/// (no connection, TLS, timeout) temporary.
fn refusal(error: &lettre::transport::smtp::Error) -> Outcome {
    let code = error
        .status()
        .and_then(|code| code.to_string().parse::<u16>().ok())
        .unwrap_or(0);
    let reply = match (code, std::error::Error::source(error)) {
        (1.., Some(source)) => source.to_string(),
        _ => error.to_string(),
    };
    match error.is_permanent() {
        true => Outcome::Permanent { code, reply },
        false => Outcome::Temporary { code, reply },
    }
}

/// The RFC 5322 message of an outbox entry, dated `now`; a message that cannot be
/// written (an address lettre refuses) as the reason.
pub fn compose(mail: &OutboxMail, now: OffsetDateTime) -> Result<Message, String> {
    let mailbox = |text: &str| {
        text.trim()
            .parse::<Mailbox>()
            .map_err(|error| format!("{text}: {error}"))
    };
    let mut builder = Message::builder()
        .message_id(Some(mail.message_id.clone()))
        .date(SystemTime::from(now))
        .from(mailbox(&mail.from)?)
        .subject(mail.subject.as_str());
    for to in &mail.to {
        builder = builder.to(mailbox(to)?);
    }
    for cc in &mail.cc {
        builder = builder.cc(mailbox(cc)?);
    }
    if let Some(id) = &mail.in_reply_to {
        builder = builder.in_reply_to(id.clone());
    }
    if !mail.references.is_empty() {
        builder = builder.references(mail.references.join(" "));
    }
    let built = match mail.attachments.is_empty() {
        // A body of its own, not a MIME part: a part's formatting adds a CRLF after it.
        true => builder
            .header(MIME_VERSION_1_0)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone()),
        false => {
            let text = SinglePart::plain(mail.body.clone());
            let mut parts = MultiPart::mixed().singlepart(text);
            for file in &mail.attachments {
                let mime = ContentType::parse(&file.mime)
                    .map_err(|error| format!("{}: {error}", file.mime))?;
                parts = parts
                    .singlepart(Attachment::new(file.name.clone()).body(file.bytes.clone(), mime));
            }
            builder.multipart(parts)
        }
    };
    let mut message = built.map_err(|error| error.to_string())?;
    if mail.auto_submitted {
        let headers = message.headers_mut();
        headers.insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-replied".to_string(),
        ));
        headers.insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Loop"),
            mail.loop_tag.clone(),
        ));
    }
    Ok(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn mail() -> OutboxMail {
        OutboxMail {
            id: 7,
            message_id: "<kontor.x.7@kontor.example>".into(),
            from: "Kontor GmbH <info@kontor.example>".into(),
            to: vec!["Jürgen Groß <j@example.org>".into()],
            subject: "Ihre Anfrage".into(),
            body: "Guten Tag\n".into(),
            in_reply_to: Some("<a@example.org>".into()),
            references: vec!["<z@example.org>".into(), "<a@example.org>".into()],
            auto_submitted: true,
            loop_tag: "info@kontor.example".into(),
            ..crate::domain::outbox::sample()
        }
    }

    #[test]
    fn the_headers_of_an_automatic_reply() {
        let message = compose(&mail(), datetime!(2026-12-05 09:30 UTC));
        let bytes = message.map(|m| m.formatted()).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        for header in [
            "Message-ID: <kontor.x.7@kontor.example>\r\n",
            "Date: Sat, 05 Dec 2026 09:30:00 +0000\r\n",
            "In-Reply-To: <a@example.org>\r\n",
            "References: <z@example.org> <a@example.org>\r\n",
            "Auto-Submitted: auto-replied\r\n",
            "X-Loop: info@kontor.example\r\n",
            "Content-Type: text/plain; charset=utf-8\r\n",
        ] {
            assert!(text.contains(header), "{header:?} missing in\n{text}");
        }
    }

    #[test]
    fn a_bad_mailbox_is_a_reason_not_a_panic() {
        let mut bad = mail();
        bad.to = vec!["not a mailbox".into()];
        assert!(compose(&bad, datetime!(2026-12-05 09:30 UTC)).is_err());
    }
}
