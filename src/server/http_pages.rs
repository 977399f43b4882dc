//! What the link endpoint (`http`) answers, in German or English by the request's
//! Accept-Language (else the database's language). Room: server.
//!
//! - `GET /u/TOKEN` and `GET /confirm/TOKEN` show a small page with one button and never
//!   change anything: mail scanners follow every link in a message.
//! - `POST /u/TOKEN` unsubscribes (`core::unsubscribe`): the page's button, or RFC 8058
//!   one-click (body `List-Unsubscribe=One-Click`) straight from the mail client.
//! - `POST /confirm/TOKEN` confirms the double opt-in with the client's address
//!   (`core::consent_optin::confirm_by_token`).
//!
//! Answers: an unknown path, a forged token or one signed for the other link → 404, the
//! same as a page that does not exist, so the endpoint tells a prober nothing about
//! tokens; another method on a link → 405 (with `Allow`); a request too old to confirm →
//! 410 with the reason; a malformed request → 400 (431/413/411/408 for too long a head,
//! too large a body, a chunked one, too slow a client); a failure of the store → 500.

use std::fmt::Write as _;

use super::http::{Endpoint, Request};
use crate::core::{CoreError, consent_optin, link_secret, unsubscribe};
use crate::documents::xml::escape;
use crate::domain::consent::ConsentEvent;
use crate::domain::link_token::LinkPurpose;
use crate::lang::{self, Lang, Locale};

/// One answer: its status, extra headers and the HTML (empty: the status's own page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Page {
    pub code: u16,
    pub headers: Vec<(&'static str, String)>,
    pub html: String,
}

impl Page {
    /// The status's own page, rendered when written.
    pub fn status(code: u16) -> Page {
        Page {
            code,
            headers: Vec::new(),
            html: String::new(),
        }
    }

    /// A page of `code` with a title, a text and, when given, a button that posts back to
    /// the page's own address.
    fn new(code: u16, title: &str, text: &str, button: Option<&str>) -> Page {
        let lang = lang::lang().code();
        let mut html = format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <meta name=\"robots\" content=\"noindex\"><title>{title}</title>\
             <style>body{{font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em}}\
             button{{font-size:1.1em;padding:.5em 1.5em}}</style></head>\n<body><h1>{title}</h1>\
             <p>{text}</p>",
            title = escape(title),
            text = escape(text),
        );
        if let Some(button) = button {
            // No action: the form posts to the address the page was fetched from, whatever
            // prefix the reverse proxy puts before it.
            let _ = write!(
                html,
                "<form method=\"post\"><input type=\"hidden\" name=\"confirm\" value=\"yes\">\
                 <button type=\"submit\">{}</button></form>",
                escape(button)
            );
        }
        html.push_str("</body></html>\n");
        Page {
            code,
            headers: Vec::new(),
            html,
        }
    }

    /// The whole HTTP answer; a status page renders in `locale`.
    pub fn to_bytes(&self, locale: Locale) -> Vec<u8> {
        let html = match self.html.is_empty() {
            true => lang::scope(locale, || status_page(self.code).html),
            false => self.html.clone(),
        };
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: text/html; charset=utf-8\r\n\
             Content-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n\
             Referrer-Policy: no-referrer\r\nX-Robots-Tag: noindex\r\n\
             Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; form-action 'self'\r\n",
            self.code,
            reason(self.code),
            html.len()
        );
        for (name, value) in &self.headers {
            let _ = write!(head, "{name}: {value}\r\n");
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(html.as_bytes());
        bytes
    }
}

/// The standard reason phrase of the codes this endpoint answers with.
fn reason(code: u16) -> &'static str {
    match code {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        410 => "Gone",
        411 => "Length Required",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        _ => "Internal Server Error",
    }
}

/// The page of an error status in the current language.
fn status_page(code: u16) -> Page {
    let (title, text) = match code {
        404 => (
            crate::t!("http-not-found"),
            crate::t!("http-not-found-text"),
        ),
        405 => (crate::t!("http-method"), crate::t!("http-not-found-text")),
        400 | 408 | 411 | 413 | 431 => (
            crate::t!("http-bad-request"),
            crate::t!("http-bad-request-text"),
        ),
        _ => (crate::t!("http-failed"), crate::t!("http-failed-text")),
    };
    Page::new(code, &title, &text, None)
}

/// The language of the answer: the Accept-Language entry of highest weight that is
/// German or English (the first of equal weight), else `fallback`'s.
pub(crate) fn chosen(accept_language: &str, fallback: Locale) -> Locale {
    let mut best: Option<(Lang, f32)> = None;
    for entry in accept_language.split(',') {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let weight = parts
            .filter_map(|part| part.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let Some(lang) = Lang::from_locale(tag) else {
            continue;
        };
        if weight > 0.0 && best.is_none_or(|(_, top)| weight > top) {
            best = Some((lang, weight));
        }
    }
    match best {
        Some((lang, _)) => Locale::new(lang, fallback.zone),
        None => fallback,
    }
}

/// What `request` gets, in its language.
pub(crate) fn answer(endpoint: &Endpoint, request: &Request) -> Page {
    let locale = chosen(&request.accept_language, endpoint.locale);
    lang::scope(locale, || {
        route(endpoint, request).unwrap_or_else(|error| match error {
            CoreError::Refused(why) => Page::new(410, &crate::t!("http-gone"), &why, None),
            CoreError::Invalid(problems) => {
                let why: Vec<String> = problems.into_iter().map(|p| p.message).collect();
                Page::new(410, &crate::t!("http-gone"), &why.join(" "), None)
            }
            _ => status_page(500),
        })
    })
}

/// The two kinds of link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Unsubscribe,
    Confirm,
}

fn route(endpoint: &Endpoint, request: &Request) -> Result<Page, CoreError> {
    let path = request.path.as_str();
    let (link, token) = match (path.strip_prefix("/u/"), path.strip_prefix("/confirm/")) {
        (Some(token), _) => (Link::Unsubscribe, token),
        (_, Some(token)) => (Link::Confirm, token),
        _ => return Ok(status_page(404)),
    };
    if token.is_empty() || token.contains('/') {
        return Ok(status_page(404));
    }
    let store = &endpoint.store;
    match (link, request.method.as_str()) {
        (Link::Unsubscribe, "GET") => Ok(match unsubscribe::send_of_token(store, token)? {
            None => status_page(404),
            Some(_) => Page::new(
                200,
                &crate::t!("http-unsubscribe-title"),
                &crate::t!("http-unsubscribe-ask"),
                Some(&crate::t!("http-unsubscribe-button")),
            ),
        }),
        (Link::Unsubscribe, "POST") => {
            if unsubscribe::send_of_token(store, token)?.is_none() {
                return Ok(status_page(404));
            }
            let one_click = String::from_utf8_lossy(&request.body)
                .split('&')
                .any(|pair| pair.trim() == "List-Unsubscribe=One-Click");
            let via = match one_click {
                true => unsubscribe::Via::OneClick,
                false => unsubscribe::Via::Link,
            };
            unsubscribe::by_token(store, token, endpoint.clock.now(), via)?;
            Ok(Page::new(
                200,
                &crate::t!("http-unsubscribe-title"),
                &crate::t!("http-unsubscribed"),
                None,
            ))
        }
        (Link::Confirm, "GET") => {
            let request_event =
                match link_secret::verify(store, LinkPurpose::ConfirmConsent, token)? {
                    Some(id) => store.get::<ConsentEvent>(id)?,
                    None => None,
                };
            Ok(match request_event {
                None => status_page(404),
                Some(event) => Page::new(
                    200,
                    &crate::t!("http-confirm-title"),
                    &crate::t!("http-confirm-ask", purpose = event.purpose.as_str()),
                    Some(&crate::t!("http-confirm-button")),
                ),
            })
        }
        (Link::Confirm, "POST") => {
            if link_secret::verify(store, LinkPurpose::ConfirmConsent, token)?.is_none() {
                return Ok(status_page(404));
            }
            let now = endpoint.clock.now();
            consent_optin::confirm_by_token(store, token, now, &request.client)?;
            Ok(Page::new(
                200,
                &crate::t!("http-confirm-title"),
                &crate::t!("http-confirmed"),
                None,
            ))
        }
        _ => {
            let mut page = status_page(405);
            page.headers.push(("Allow", "GET, POST".to_string()));
            Ok(page)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Zone;

    #[test]
    fn the_language_is_the_weightiest_german_or_english_one() {
        let de = Locale::new(Lang::De, Zone::UTC);
        let en = Locale::new(Lang::En, Zone::UTC);
        assert_eq!(chosen("de-DE,de;q=0.9,en;q=0.8", en).lang, Lang::De);
        assert_eq!(chosen("fr-FR, en;q=0.5, de;q=0.7", en).lang, Lang::De);
        assert_eq!(chosen("fr-FR, de;q=0.3, en-GB;q=0.4", de).lang, Lang::En);
        assert_eq!(chosen("fr, it", de).lang, Lang::De);
        assert_eq!(chosen("", en).lang, Lang::En);
        assert_eq!(chosen("de;q=0", en).lang, Lang::En);
    }

    #[test]
    fn a_page_escapes_its_text_and_posts_to_itself() {
        let page = lang::scope(Locale::new(Lang::En, Zone::UTC), || {
            Page::new(200, "A & B", "<script>", Some("Go"))
        });
        assert!(page.html.contains("<title>A &amp; B</title>"));
        assert!(page.html.contains("&lt;script&gt;"));
        assert!(page.html.contains("<form method=\"post\">"));
        let bytes = page.to_bytes(Locale::new(Lang::En, Zone::UTC));
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("HTTP/1.1 200 OK\r\n"));
        assert!(text.contains(&format!("Content-Length: {}\r\n", page.html.len())));
    }
}
