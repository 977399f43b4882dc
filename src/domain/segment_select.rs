//! What a segment selects: customers (the default — every segment saved before this was
//! known selects them), their contacts, leads, or all people (the three together). Each
//! criterion applies to the kinds it means something for:
//!
//! - customers: every criterion but the lead ones and `role`;
//! - contacts: their customer's criteria (status, tags, country, city, postal code, owner,
//!   interactions, opportunities, revenue, ABC, RFM — decided on the customer) and their
//!   own `role`, `has-email`, `has-phone` and `consent` (decided on the contact's own
//!   addresses);
//! - leads: `lead-status`, `score`, `campaign`, `source`, `owner`, `country`, `city`,
//!   `postal-code`, `has-email`, `has-phone`, `consent` (on the lead's own addresses).
//!
//! **A criterion that does not apply to a kind excludes that kind's records** (`status`
//! over all people keeps customers and contacts, no leads); a segment in which every
//! selected kind is so excluded would select nobody and is refused, naming the criterion
//! (`usable_kinds`). Room: domain (pure).

use serde::{Deserialize, Serialize};

use super::fold::fold;
use super::invalid::parse_labelled;
use super::lead::Lead;
use super::segment::{Criterion, filter_text, parse_filter};
use super::{Contact, Invalid};

/// What kind of people a segment selects.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Selects {
    #[default]
    Customers,
    /// The contacts of the customers (not the customers themselves).
    Contacts,
    Leads,
    /// Customers, their contacts and leads.
    People,
}

/// The kind of one member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MemberKind {
    Customer,
    Contact,
    Lead,
}

impl MemberKind {
    pub const ALL: [MemberKind; 3] = [Self::Customer, Self::Contact, Self::Lead];

    pub fn name(self) -> &'static str {
        match self {
            Self::Customer => "customer",
            Self::Contact => "contact",
            Self::Lead => "lead",
        }
    }

    /// The kind in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Customer => crate::t!("segment-kind-customer"),
            Self::Contact => crate::t!("segment-kind-contact"),
            Self::Lead => crate::t!("segment-kind-lead"),
        }
    }
}

impl Selects {
    pub const ALL: [Selects; 4] = [Self::Customers, Self::Contacts, Self::Leads, Self::People];

    pub fn name(self) -> &'static str {
        match self {
            Self::Customers => "customers",
            Self::Contacts => "contacts",
            Self::Leads => "leads",
            Self::People => "people",
        }
    }

    /// The selection in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Customers => crate::t!("segment-selects-customers"),
            Self::Contacts => crate::t!("segment-selects-contacts"),
            Self::Leads => crate::t!("segment-selects-leads"),
            Self::People => crate::t!("segment-selects-people"),
        }
    }

    /// The selection named `text` (`customers`, `contacts`, `leads`, `people`).
    pub fn parse(text: &str) -> Result<Selects, Invalid> {
        let names = Self::ALL.map(|selects| (selects.name(), selects));
        parse_labelled("selects", text, &names, Self::label)
    }

    /// The kinds of member it selects.
    pub fn kinds(self) -> &'static [MemberKind] {
        match self {
            Self::Customers => &[MemberKind::Customer],
            Self::Contacts => &[MemberKind::Contact],
            Self::Leads => &[MemberKind::Lead],
            Self::People => &MemberKind::ALL,
        }
    }
}

impl Criterion {
    /// Whether the criterion means something for members of `kind`.
    pub fn applies_to(&self, kind: MemberKind) -> bool {
        use Criterion as C;
        match self {
            C::LeadStatus(_) | C::Score(..) | C::Campaign(_) | C::Source(_) => {
                kind == MemberKind::Lead
            }
            C::Role(_) => kind == MemberKind::Contact,
            C::Country(_)
            | C::City(_)
            | C::PostalCode(..)
            | C::Owner(_)
            | C::HasEmail
            | C::HasPhone
            | C::Consent { .. } => true,
            C::Status(_)
            | C::Tags(..)
            | C::LastInteraction(_)
            | C::OpenOpportunities
            | C::Revenue { .. }
            | C::Abc(_)
            | C::Rfm(_) => kind != MemberKind::Lead,
        }
    }

    /// Whether a contact meets it on its own data rather than its customer's.
    pub fn of_the_person(&self) -> bool {
        matches!(
            self,
            Criterion::Role(_)
                | Criterion::HasEmail
                | Criterion::HasPhone
                | Criterion::Consent { .. }
        )
    }

    /// Whether `contact` meets a criterion of the person (`of_the_person`); `None` for the
    /// consent, which needs the ledger.
    pub fn holds_for_contact(&self, contact: &Contact) -> Option<bool> {
        Some(match self {
            Criterion::Role(role) => fold(&contact.role).contains(&fold(role)),
            Criterion::HasEmail => !contact.emails.is_empty(),
            Criterion::HasPhone => !contact.phones.is_empty(),
            _ => return None,
        })
    }

    /// Whether `lead` meets it; `None` for the consent (the ledger decides) and for the
    /// criteria that do not apply to leads.
    pub fn holds_for_lead(&self, lead: &Lead) -> Option<bool> {
        Some(match self {
            Criterion::LeadStatus(rank) => lead.status.rank() == *rank,
            Criterion::Score(from, to) => lead.score.is_some_and(|s| s >= *from && s <= *to),
            Criterion::Campaign(id) => lead.campaign == Some(*id),
            Criterion::Source(source) => fold(&lead.source) == fold(source),
            Criterion::Owner(owner) => fold(&lead.owner) == fold(owner),
            Criterion::Country(country) => lead.country == Some(*country),
            Criterion::City(city) => fold(&lead.city) == fold(city),
            Criterion::PostalCode(from, to) => in_range(&lead.postal_code, from, to),
            Criterion::HasEmail => !lead.emails.is_empty(),
            Criterion::HasPhone => !lead.phones.is_empty(),
            _ => return None,
        })
    }
}

/// Whether postal code `code` lies between `from` and `to` (text of equal length).
pub fn in_range(code: &str, from: &str, to: &str) -> bool {
    let code = code.trim();
    code.len() == from.len() && code >= from && code <= to
}

/// The kinds `selects` names that every criterion applies to; refused, naming the first
/// criterion that applies to none of them, when there is no such kind.
pub fn usable_kinds(selects: Selects, criteria: &[Criterion]) -> Result<Vec<MemberKind>, Invalid> {
    let kinds: Vec<MemberKind> = selects
        .kinds()
        .iter()
        .copied()
        .filter(|kind| criteria.iter().all(|c| c.applies_to(*kind)))
        .collect();
    if !kinds.is_empty() {
        return Ok(kinds);
    }
    let key = criteria
        .iter()
        .find(|c| !selects.kinds().iter().any(|kind| c.applies_to(*kind)))
        .or_else(|| criteria.first())
        .map(|c| c.pair().0)
        .unwrap_or_default();
    Err(Invalid::new(
        "filter",
        crate::t!(
            "segment-selects-nobody",
            key = key,
            selects = selects.label()
        ),
    ))
}

/// Parses the compact form with what it selects: a `selects=…` pair (`None` when there is
/// none: customers, or what a saved segment selects) and the criteria (`parse_filter`).
pub fn parse_segment(text: &str) -> Result<(Option<Selects>, Vec<Criterion>), Invalid> {
    let mut selects = None;
    let mut rest = Vec::new();
    for part in text.split(';') {
        match part.split_once('=') {
            Some((key, value)) if key.trim() == "selects" => {
                selects = Some(
                    Selects::parse(value.trim())
                        .map_err(|problem| Invalid::new("filter", problem.message))?,
                );
            }
            _ => rest.push(part),
        }
    }
    Ok((selects, parse_filter(&rest.join(";"))?))
}

/// The compact form of a selection and its criteria, read back by `parse_segment`
/// (customers, the default, are not written).
pub fn segment_text(selects: Selects, criteria: &[Criterion]) -> String {
    let criteria = filter_text(criteria);
    match (selects, criteria.is_empty()) {
        (Selects::Customers, _) => criteria,
        (selects, true) => format!("selects={}", selects.name()),
        (selects, false) => format!("selects={}; {criteria}", selects.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lead::{LeadKind, LeadStatus};
    use time::OffsetDateTime;

    #[test]
    fn the_selection_reads_back_from_the_compact_form() {
        let (selects, criteria) =
            parse_segment("selects=leads; lead-status=new; score=50..100").unwrap();
        assert_eq!(selects, Some(Selects::Leads));
        assert_eq!(
            criteria,
            [Criterion::LeadStatus(0), Criterion::Score(50, 100)]
        );
        assert_eq!(
            segment_text(Selects::Leads, &criteria),
            "selects=leads; lead-status=new; score=50..100"
        );
        let (selects, criteria) = parse_segment("city=Berlin").unwrap();
        assert_eq!(selects, None);
        assert_eq!(segment_text(Selects::Customers, &criteria), "city=Berlin");
        assert_eq!(segment_text(Selects::People, &[]), "selects=people");
        assert!(parse_segment("selects=everyone").is_err());
        assert!(parse_segment("score=50..101").is_err());
        assert!(parse_segment("score=60..50").is_err());
        assert!(parse_segment("lead-status=hot").is_err());
    }

    #[test]
    fn a_criterion_excludes_the_kinds_it_does_not_apply_to() {
        let status = parse_filter("status=customer").unwrap();
        assert_eq!(
            usable_kinds(Selects::People, &status).unwrap(),
            [MemberKind::Customer, MemberKind::Contact]
        );
        let problem = usable_kinds(Selects::Leads, &status).unwrap_err();
        assert!(problem.message.contains("status"), "{}", problem.message);
        let role = parse_filter("role=einkauf; city=Köln").unwrap();
        assert_eq!(
            usable_kinds(Selects::People, &role).unwrap(),
            [MemberKind::Contact]
        );
        assert!(usable_kinds(Selects::Customers, &role).is_err());
        let mixed = parse_filter("lead-status=new; role=einkauf").unwrap();
        assert!(usable_kinds(Selects::People, &mixed).is_err());
        assert_eq!(
            usable_kinds(Selects::People, &[]).unwrap(),
            MemberKind::ALL.to_vec()
        );
    }

    #[test]
    fn lead_and_contact_criteria_hold_on_their_own_data() {
        let mut lead = Lead::new(LeadKind::Person, "Jana Roth", OffsetDateTime::UNIX_EPOCH);
        lead.city = "München".into();
        lead.postal_code = "80331".into();
        lead.score = Some(70);
        lead.source = "Web".into();
        lead.campaign = Some(3);
        lead.status = LeadStatus::Contacted;
        let holds = |text: &str| parse_filter(text).unwrap()[0].holds_for_lead(&lead);
        assert_eq!(holds("city=munchen"), Some(true));
        assert_eq!(holds("postal-code=80000..80999"), Some(true));
        assert_eq!(holds("postal-code=10000..14999"), Some(false));
        assert_eq!(holds("score=70..100"), Some(true));
        assert_eq!(holds("score=71..100"), Some(false));
        assert_eq!(holds("source=web"), Some(true));
        assert_eq!(holds("campaign=3"), Some(true));
        assert_eq!(holds("campaign=4"), Some(false));
        assert_eq!(holds("lead-status=contacted"), Some(true));
        assert_eq!(holds("lead-status=new"), Some(false));
        assert_eq!(holds("has-email"), Some(false));
        assert_eq!(holds("consent=email:newsletter"), None);
        let contact = Contact {
            name: "Eva Berg".into(),
            role: "Leiterin Einkauf".into(),
            emails: vec!["eva@example.com".into()],
            ..Contact::default()
        };
        let holds = |text: &str| parse_filter(text).unwrap()[0].holds_for_contact(&contact);
        assert_eq!(holds("role=einkauf"), Some(true));
        assert_eq!(holds("role=vertrieb"), Some(false));
        assert_eq!(holds("has-email"), Some(true));
        assert_eq!(holds("has-phone"), Some(false));
        assert_eq!(holds("status=customer"), None);
    }
}
