//! Answer templates: a few built-in texts in the user's language with the merge fields
//! `{customer}`, `{ticket}` and `{agent}` filled in (Fluent variables of the messages
//! `ticket-template-<name>`). Room: core (pure).

/// The built-in templates by name, in the order a picker offers them.
pub const TEMPLATES: [&str; 3] = ["greeting", "received", "solved"];

/// What fills a template's merge fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeFields {
    pub customer: String,
    pub ticket: String,
    pub agent: String,
}

/// The template's short label in the current language; `None` for an unknown name.
pub fn template_label(name: &str) -> Option<String> {
    Some(match name {
        "greeting" => crate::t!("ticket-template-greeting-label"),
        "received" => crate::t!("ticket-template-received-label"),
        "solved" => crate::t!("ticket-template-solved-label"),
        _ => return None,
    })
}

/// The template `name` filled with `fields`; `None` for an unknown name.
pub fn template(name: &str, fields: &MergeFields) -> Option<String> {
    let (customer, ticket, agent) = (
        fields.customer.as_str(),
        fields.ticket.as_str(),
        fields.agent.as_str(),
    );
    Some(match name {
        "greeting" => crate::t!(
            "ticket-template-greeting",
            customer = customer,
            agent = agent
        ),
        "received" => crate::t!(
            "ticket-template-received",
            customer = customer,
            ticket = ticket,
            agent = agent
        ),
        "solved" => crate::t!(
            "ticket-template-solved",
            customer = customer,
            ticket = ticket,
            agent = agent
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_fills_its_merge_fields() {
        let fields = MergeFields {
            customer: "Käthe Schulz".into(),
            ticket: "2026-000002-8".into(),
            agent: "anna".into(),
        };
        for name in TEMPLATES {
            let text = template(name, &fields).unwrap();
            assert!(text.contains("Käthe Schulz"), "{name}: {text}");
            assert!(text.contains("anna"), "{name}: {text}");
            assert!(!text.contains('{'), "{name}: {text}");
            assert!(template_label(name).is_some());
        }
        assert!(
            template("received", &fields)
                .unwrap()
                .contains("2026-000002-8")
        );
        assert_eq!(template("nope", &fields), None);
    }
}
