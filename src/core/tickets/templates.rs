//! Answer templates of tickets (`ticket reply --template NAME`) and the merge fields of an
//! answer's text: `{customer}`, `{contact}`, `{ticket}`, `{agent}`, `{subject}` — written
//! the same in a typed text and in the templates, which are messages of the current language
//! (German and English, `ticket_mail.ftl`). A template's `{text}` is where the typed text
//! goes; a template without it is the whole answer. Room: core.

use crate::domain::Invalid;

/// The templates' names, as `--template` takes them.
pub const TEMPLATES: [&str; 4] = ["answer", "received", "need-info", "solved"];

/// What the merge fields of one answer stand for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeFields {
    pub customer: String,
    pub contact: String,
    pub ticket: String,
    pub agent: String,
    pub subject: String,
}

impl MergeFields {
    fn pairs(&self) -> [(&'static str, &str); 5] {
        [
            ("{customer}", &self.customer),
            ("{contact}", &self.contact),
            ("{ticket}", &self.ticket),
            ("{agent}", &self.agent),
            ("{subject}", &self.subject),
        ]
    }
}

/// `text` with its merge fields filled in (in one pass: a value containing `{agent}` stays
/// as it is); anything else in braces is left alone.
pub fn merge(text: &str, fields: &MergeFields) -> String {
    let pairs = fields.pairs();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        match pairs.iter().find(|(name, _)| after.starts_with(name)) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &after[name.len()..];
            }
            None => {
                out.push('{');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The template's short label in the current language (what a picker shows); `None` for a
/// name that is no template.
pub fn template_label(name: &str) -> Option<String> {
    Some(match name {
        "answer" => crate::t!("ticket-mail-template-answer-label"),
        "received" => crate::t!("ticket-mail-template-received-label"),
        "need-info" => crate::t!("ticket-mail-template-need-info-label"),
        "solved" => crate::t!("ticket-mail-template-solved-label"),
        _ => return None,
    })
}

/// The template `name` filled with `fields` and no typed text, as an editor puts it in at
/// the caret; `None` for a name that is no template.
pub fn template(name: &str, fields: &MergeFields) -> Option<String> {
    render(name, "", fields).ok()
}

/// The answer from template `name` in the current language with `text` in its place
/// (merge fields of both filled in); refused for a name that is no template.
pub fn render(name: &str, text: &str, fields: &MergeFields) -> Result<String, Invalid> {
    let text = merge(text.trim(), fields);
    let customer = fields.customer.as_str();
    let contact = fields.contact.as_str();
    let ticket = fields.ticket.as_str();
    let agent = fields.agent.as_str();
    let subject = fields.subject.as_str();
    let body = match name.trim().to_ascii_lowercase().as_str() {
        "answer" => crate::t!(
            "ticket-mail-template-answer",
            contact = contact,
            text = text.as_str(),
            agent = agent
        ),
        "received" => crate::t!(
            "ticket-mail-template-received",
            contact = contact,
            ticket = ticket,
            subject = subject,
            agent = agent
        ),
        "need-info" => crate::t!(
            "ticket-mail-template-need-info",
            contact = contact,
            ticket = ticket,
            text = text.as_str(),
            agent = agent
        ),
        "solved" => crate::t!(
            "ticket-mail-template-solved",
            contact = contact,
            customer = customer,
            ticket = ticket,
            subject = subject,
            agent = agent
        ),
        _ => {
            return Err(Invalid::new(
                "template",
                crate::t!(
                    "ticket-mail-template-unknown",
                    name = name.trim(),
                    choices = TEMPLATES.join(", ")
                ),
            ));
        }
    };
    let body = body.trim().to_string();
    match !text.is_empty() && !body.contains(&text) {
        true => Ok(format!("{body}\n\n{text}")),
        false => Ok(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> MergeFields {
        MergeFields {
            customer: "Meier GmbH".into(),
            contact: "Frau Meier".into(),
            ticket: "2026-000001-3".into(),
            agent: "anna {ticket}".into(),
            subject: "Drucker".into(),
        }
    }

    #[test]
    fn merge_fields_are_filled_once_and_other_braces_stay() {
        let text = "Hallo {contact} von {customer}, {ticket}/{subject}: {agent} {x} {";
        assert_eq!(
            merge(text, &fields()),
            "Hallo Frau Meier von Meier GmbH, 2026-000001-3/Drucker: anna {ticket} {x} {"
        );
    }

    #[test]
    fn templates_in_german_and_english() {
        crate::lang::in_german(|| {
            let body = render("answer", "Bitte {customer} anrufen.", &fields()).unwrap();
            assert!(body.starts_with("Guten Tag Frau Meier,\n\nBitte Meier GmbH anrufen."));
            assert!(body.ends_with("anna {ticket}"), "{body}");
            let solved = render("Solved", "", &fields()).unwrap();
            assert!(solved.contains("2026-000001-3"), "{solved}");
        });
        let english = crate::lang::Locale::new(crate::lang::Lang::En, crate::lang::Zone::UTC);
        crate::lang::scope(english, || {
            let body = render("answer", "Please call.", &fields()).unwrap();
            assert!(
                body.starts_with("Hello Frau Meier,\n\nPlease call."),
                "{body}"
            );
            let received = render("received", "P.S. ok", &fields()).unwrap();
            assert!(received.ends_with("\n\nP.S. ok"), "{received}");
        });
        assert!(render("nope", "", &fields()).is_err());
        assert_eq!(template("nope", &fields()), None);
    }

    #[test]
    fn every_template_has_a_label_and_fills_its_fields() {
        for name in TEMPLATES {
            assert!(template_label(name).is_some_and(|label| !label.is_empty()));
            let text = template(name, &fields()).unwrap();
            assert!(text.contains("anna {ticket}"), "{name}: {text}");
            assert!(!text.contains("{contact}"), "{name}: {text}");
        }
        assert_eq!(template_label("nope"), None);
    }
}
