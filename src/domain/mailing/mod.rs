//! A marketing mailing: what is sent (subject, text body, optional HTML part, each with
//! merge fields such as `{salutation}`), to whom (the audience) and on which consent
//! purpose it relies, and where it stands (draft → sending → sent, or paused). Merge
//! fields are checked when a mailing is written (`check_fields`) and filled per recipient
//! (`render`). Room: domain — plain data and rules, no I/O.

pub mod bounce;
pub mod send;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// One mailing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mailing {
    pub id: u64,
    pub version: u64,
    /// The campaign it belongs to, if any.
    pub campaign: Option<u64>,
    pub name: String,
    pub subject: String,
    /// The plain text body.
    pub body: String,
    /// An HTML alternative of the body, if any.
    pub html: Option<String>,
    pub audience: Audience,
    /// The consent purpose the mailing relies on (`newsletter`).
    pub purpose: String,
    pub state: MailingState,
    pub created_at: OffsetDateTime,
}

/// Who a mailing goes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    /// Customers and contacts of customers carrying this tag (folded comparison); each
    /// e-mail address once.
    Tag(String),
    /// Customers of the saved segment (by id), evaluated when the mailing is planned, and
    /// their contacts; each e-mail address once.
    Segment(u64),
}

/// Where a mailing stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailingState {
    Draft,
    /// Its send ledger is planned; the batch runs or resumes.
    Sending,
    /// Every planned send ended (sent, failed or uncertain).
    Sent,
    Paused,
}

impl MailingState {
    /// The machine name.
    pub fn name(self) -> &'static str {
        match self {
            MailingState::Draft => "draft",
            MailingState::Sending => "sending",
            MailingState::Sent => "sent",
            MailingState::Paused => "paused",
        }
    }
}

/// The merge fields a mailing may use, each written `{name}`.
pub const FIELDS: [&str; 7] = [
    "salutation",
    "name",
    "company",
    "customer_number",
    "email",
    "unsubscribe_url",
    "title",
];

/// What the merge fields of one recipient say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeValues {
    pub salutation: String,
    pub name: String,
    pub company: String,
    pub customer_number: String,
    pub email: String,
    pub unsubscribe_url: String,
    pub title: String,
}

impl MergeValues {
    fn get(&self, field: &str) -> Option<&str> {
        Some(match field {
            "salutation" => &self.salutation,
            "name" => &self.name,
            "company" => &self.company,
            "customer_number" => &self.customer_number,
            "email" => &self.email,
            "unsubscribe_url" => &self.unsubscribe_url,
            "title" => &self.title,
            _ => return None,
        })
    }
}

/// The pieces of a template: literal text and `{field}`s. `{{` and `}}` are literal braces;
/// an unclosed `{` is literal text.
fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("{{") {
            pieces.push(Piece::Text("{"));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("}}") {
            pieces.push(Piece::Text("}"));
            rest = after;
        } else if let Some(after) = rest.strip_prefix('{') {
            match after.find('}') {
                Some(end) => {
                    pieces.push(Piece::Field(after[..end].trim()));
                    rest = &after[end + 1..];
                }
                None => {
                    pieces.push(Piece::Text(rest));
                    rest = "";
                }
            }
        } else if let Some(after) = rest.strip_prefix('}') {
            pieces.push(Piece::Text("}"));
            rest = after;
        } else {
            let end = rest.find(['{', '}']).unwrap_or(rest.len());
            pieces.push(Piece::Text(&rest[..end]));
            rest = &rest[end..];
        }
    }
    pieces
}

enum Piece<'a> {
    Text(&'a str),
    Field(&'a str),
}

/// The fields `template` uses that are not merge fields, in order of appearance.
pub fn unknown_fields(template: &str) -> Vec<String> {
    let mut unknown: Vec<String> = Vec::new();
    for piece in pieces(template) {
        if let Piece::Field(name) = piece
            && !FIELDS.contains(&name)
            && !unknown.iter().any(|known| known == name)
        {
            unknown.push(name.to_string());
        }
    }
    unknown
}

/// `template` with every merge field filled from `values` (unknown ones stay as written).
pub fn render(template: &str, values: &MergeValues) -> String {
    let mut text = String::with_capacity(template.len());
    for piece in pieces(template) {
        match piece {
            Piece::Text(literal) => text.push_str(literal),
            Piece::Field(name) => match values.get(name) {
                Some(value) => text.push_str(value),
                None => {
                    text.push('{');
                    text.push_str(name);
                    text.push('}');
                }
            },
        }
    }
    text
}

/// `render` for an HTML part: the values are escaped.
pub fn render_html(template: &str, values: &MergeValues) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let escaped = MergeValues {
        salutation: escape(&values.salutation),
        name: escape(&values.name),
        company: escape(&values.company),
        customer_number: escape(&values.customer_number),
        email: escape(&values.email),
        unsubscribe_url: escape(&values.unsubscribe_url),
        title: escape(&values.title),
    };
    render(template, &escaped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> MergeValues {
        MergeValues {
            salutation: "Sehr geehrte Frau Dr. Müller,".into(),
            name: "Anna Müller".into(),
            company: "Müller & Co".into(),
            unsubscribe_url: "https://x.example/u/1.ab".into(),
            ..MergeValues::default()
        }
    }

    #[test]
    fn fields_are_filled() {
        let text = render(
            "{salutation}\n{ name } bei {company}: {unsubscribe_url}",
            &values(),
        );
        assert_eq!(
            text,
            "Sehr geehrte Frau Dr. Müller,\nAnna Müller bei Müller & Co: https://x.example/u/1.ab"
        );
        assert_eq!(
            render("{{salutation}} {x} {open", &values()),
            "{salutation} {x} {open"
        );
        assert_eq!(render("a } b", &values()), "a } b");
        assert_eq!(
            render_html("<p>{company}</p>", &values()),
            "<p>Müller &amp; Co</p>"
        );
    }

    #[test]
    fn unknown_fields_are_named_once() {
        assert_eq!(
            unknown_fields("{salutation} {vorname} {x} {vorname} {{y}}"),
            ["vorname", "x"]
        );
        assert!(unknown_fields("Hallo {name}, {unsubscribe_url}").is_empty());
    }
}
