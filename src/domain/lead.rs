//! Leads: people or firms who showed interest (a web form, a fair, an import) and are not
//! yet known to be real. A lead is its OWN record kind, not a customer with status lead:
//! an unverified web-form or import lead must not pollute the customer list, the caller
//! lookup or the customers' duplicate checks until it is qualified. Conversion is the gate
//! where duplicates are caught (`core::leads::convert`). Customers keep their own
//! `CustomerStatus::Lead` funnel stage as it is. Here: the record, its status workflow
//! (New → Contacted → Qualified → Converted, or Disqualified with a reason, which may be
//! reopened to New), its attribution (campaign id, source, medium, first and last touch)
//! and its match keys. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::duplicates::{Identity, MatchKey, match_keys, normalize_email};
use super::invalid::parse_labelled;
use super::{Country, Invalid, Phone};

/// Whether a lead is a person or a firm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeadKind {
    Person,
    Company,
}

impl LeadKind {
    pub const ALL: [LeadKind; 2] = [Self::Person, Self::Company];

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        let names = Self::ALL.map(|kind| (kind.name(), kind));
        parse_labelled("kind", text, &names, Self::label)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Company => "company",
        }
    }

    pub fn label(self) -> String {
        match self {
            Self::Person => crate::t!("leads-kind-person"),
            Self::Company => crate::t!("leads-kind-company"),
        }
    }
}

/// Where a lead stands.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeadStatus {
    New,
    Contacted,
    Qualified,
    Converted,
    Disqualified { reason: String },
}

/// The status names without data, as filters and the CLI name them.
pub const STATUS_NAMES: [&str; 5] = ["new", "contacted", "qualified", "converted", "disqualified"];

impl LeadStatus {
    /// The machine name (`disqualified` without its reason).
    pub fn name(&self) -> &'static str {
        STATUS_NAMES[self.rank() as usize]
    }

    /// The position in `STATUS_NAMES`: the status index's key.
    pub fn rank(&self) -> u8 {
        match self {
            Self::New => 0,
            Self::Contacted => 1,
            Self::Qualified => 2,
            Self::Converted => 3,
            Self::Disqualified { .. } => 4,
        }
    }

    /// The rank of a status named `text`, refused naming the names.
    pub fn parse_rank(text: &str) -> Result<u8, Invalid> {
        let wanted = text.trim().to_lowercase();
        STATUS_NAMES
            .iter()
            .position(|name| *name == wanted)
            .map(|rank| rank as u8)
            .ok_or_else(|| {
                Invalid::new(
                    "status",
                    crate::t!(
                        "leads-status-unknown",
                        text = text.trim(),
                        names = STATUS_NAMES.join(", ")
                    ),
                )
            })
    }

    /// The status as a person reads it, in the current language.
    pub fn label(&self) -> String {
        match self {
            Self::New => crate::t!("leads-status-new"),
            Self::Contacted => crate::t!("leads-status-contacted"),
            Self::Qualified => crate::t!("leads-status-qualified"),
            Self::Converted => crate::t!("leads-status-converted"),
            Self::Disqualified { .. } => crate::t!("leads-status-disqualified"),
        }
    }

    /// Whether a lead may go from here to `to`: forward along New → Contacted →
    /// Qualified (a step may be skipped), Converted only by conversion, Disqualified (with
    /// a reason) from any open status, and from Disqualified back to New. Converted is final.
    pub fn may_become(&self, to: &LeadStatus) -> bool {
        match (self, to) {
            (Self::Converted, _) => false,
            (Self::Disqualified { .. }, Self::New) => true,
            (Self::Disqualified { .. }, _) => false,
            (_, Self::Disqualified { .. }) => true,
            (_, Self::Converted) => false,
            (from, to) => to.rank() > from.rank(),
        }
    }
}

/// One contact with a lead: when, and through what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Touch {
    pub at: OffsetDateTime,
    pub source: String,
    pub medium: String,
    pub campaign: Option<u64>,
}

/// What a lead became.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConvertedTo {
    pub customer: u64,
    pub opportunity: u64,
}

/// A lead. `score` is 0–100 when given; `source` is a free slug (`web`, `event`,
/// `referral`, `cold-call`, `social`, `import`, …). Phones were parsed in `country`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    pub id: u64,
    pub version: u64,
    pub kind: LeadKind,
    /// The person's name.
    pub name: String,
    /// The firm's name, empty for a private person.
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<Phone>,
    pub city: String,
    pub postal_code: String,
    pub country: Option<Country>,
    pub notes: String,
    pub owner: String,
    pub score: Option<u8>,
    pub status: LeadStatus,
    pub campaign: Option<u64>,
    pub source: String,
    pub medium: String,
    pub first_touch: Option<Touch>,
    pub last_touch: Option<Touch>,
    pub converted_to: Option<ConvertedTo>,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
}

impl Lead {
    /// A new lead with its status New and nothing but a kind and a name.
    pub fn new(kind: LeadKind, name: &str, now: OffsetDateTime) -> Lead {
        Lead {
            id: 0,
            version: 0,
            kind,
            name: name.trim().to_string(),
            company: String::new(),
            emails: Vec::new(),
            phones: Vec::new(),
            city: String::new(),
            postal_code: String::new(),
            country: None,
            notes: String::new(),
            owner: String::new(),
            score: None,
            status: LeadStatus::New,
            campaign: None,
            source: String::new(),
            medium: String::new(),
            first_touch: None,
            last_touch: None,
            converted_to: None,
            created: now,
            updated: now,
        }
    }

    /// The name a list shows: the firm, else the person.
    pub fn display_name(&self) -> &str {
        match self.company.trim().is_empty() {
            true => &self.name,
            false => &self.company,
        }
    }

    /// A lead needs a person's or a firm's name, a company lead its firm, valid e-mails.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.name.trim().is_empty() && self.company.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("leads-name-required")));
        }
        if self.kind == LeadKind::Company && self.company.trim().is_empty() {
            return Err(Invalid::new("company", crate::t!("leads-company-required")));
        }
        if let Some(bad) = self.emails.iter().find(|e| normalize_email(e).is_none()) {
            return Err(Invalid::new(
                "email",
                crate::t!("leads-email-invalid", text = bad.trim()),
            ));
        }
        if let Some(score) = self.score.filter(|score| *score > 100) {
            return Err(Invalid::new(
                "score",
                crate::t!("leads-score-invalid", text = score.to_string()),
            ));
        }
        if let LeadStatus::Disqualified { reason } = &self.status
            && reason.trim().is_empty()
        {
            return Err(Invalid::new("reason", crate::t!("leads-reason-required")));
        }
        Ok(())
    }

    /// Moves to `to` at `now` when the workflow allows it; refused naming both statuses.
    pub fn move_to(&mut self, to: LeadStatus, now: OffsetDateTime) -> Result<(), Invalid> {
        if !self.status.may_become(&to) {
            return Err(Invalid::new(
                "status",
                crate::t!(
                    "leads-transition-refused",
                    from = self.status.label(),
                    to = to.label()
                ),
            ));
        }
        self.status = to;
        self.validate()?;
        self.updated = now;
        Ok(())
    }

    /// Records a touch: the last one, and the first one when there was none.
    pub fn touch(&mut self, touch: Touch) {
        if self.first_touch.is_none() {
            self.first_touch = Some(touch.clone());
        }
        self.updated = touch.at;
        self.last_touch = Some(touch);
    }

    /// The lead's match keys: its firm's name (else its person's) in its city, its
    /// e-mails and phones; a person lead also by the person's name.
    pub fn match_keys(&self) -> Vec<MatchKey> {
        let cities = [self.city.as_str()];
        let mut keys = match_keys(&Identity {
            name: self.display_name(),
            emails: &self.emails,
            phones: &self.phones,
            cities: &cities,
        });
        if !self.company.trim().is_empty() && !self.name.trim().is_empty() {
            keys.extend(match_keys(&Identity {
                name: &self.name,
                cities: &cities,
                ..Identity::default()
            }));
            keys.sort();
            keys.dedup();
        }
        keys
    }
}

/// Parses a score, 0–100.
pub fn parse_score(text: &str) -> Result<u8, Invalid> {
    text.trim()
        .parse::<u8>()
        .ok()
        .filter(|score| *score <= 100)
        .ok_or_else(|| {
            Invalid::new(
                "score",
                crate::t!("leads-score-invalid", text = text.trim()),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::duplicates::MatchRule;

    fn at(seconds: i64) -> OffsetDateTime {
        OffsetDateTime::UNIX_EPOCH + time::Duration::seconds(seconds)
    }

    fn disqualified() -> LeadStatus {
        LeadStatus::Disqualified {
            reason: "no budget".into(),
        }
    }

    #[test]
    fn the_workflow_moves_forward_disqualifies_and_reopens_only_to_new() {
        use LeadStatus::*;
        assert!(New.may_become(&Contacted));
        assert!(New.may_become(&Qualified));
        assert!(Contacted.may_become(&Qualified));
        assert!(!Qualified.may_become(&Contacted));
        assert!(!Contacted.may_become(&New));
        assert!(!Qualified.may_become(&Converted));
        assert!(Qualified.may_become(&disqualified()));
        assert!(disqualified().may_become(&New));
        assert!(!disqualified().may_become(&Qualified));
        assert!(!Converted.may_become(&New));
        assert!(!Converted.may_become(&disqualified()));
    }

    #[test]
    fn a_refused_move_leaves_the_lead_and_a_reasonless_disqualification_is_refused() {
        let mut lead = Lead::new(LeadKind::Person, "Eva Probe", at(0));
        lead.move_to(LeadStatus::Qualified, at(5)).unwrap();
        assert_eq!(lead.updated, at(5));
        let error = lead.move_to(LeadStatus::New, at(9)).unwrap_err();
        assert_eq!(error.field, "status");
        assert_eq!(lead.status, LeadStatus::Qualified);
        let blank = LeadStatus::Disqualified { reason: " ".into() };
        assert_eq!(
            lead.clone().move_to(blank, at(9)).unwrap_err().field,
            "reason"
        );
    }

    #[test]
    fn touches_keep_the_first_and_move_the_last() {
        let mut lead = Lead::new(LeadKind::Person, "Eva Probe", at(0));
        let touch = |s: i64, source: &str| Touch {
            at: at(s),
            source: source.into(),
            medium: String::new(),
            campaign: None,
        };
        lead.touch(touch(10, "web"));
        lead.touch(touch(20, "event"));
        assert_eq!(lead.first_touch.as_ref().map(|t| t.at), Some(at(10)));
        assert_eq!(
            lead.last_touch.as_ref().map(|t| t.source.as_str()),
            Some("event")
        );
    }

    #[test]
    fn scores_above_100_and_company_leads_without_a_firm_are_refused() {
        assert_eq!(parse_score("100").unwrap(), 100);
        assert!(parse_score("101").is_err());
        assert!(parse_score("-1").is_err());
        let firm = Lead::new(LeadKind::Company, "Eva Probe", at(0));
        assert_eq!(firm.validate().unwrap_err().field, "company");
    }

    #[test]
    fn a_person_at_a_firm_matches_by_both_names_in_the_city() {
        let mut lead = Lead::new(LeadKind::Person, "Eva Probe", at(0));
        lead.company = "Probe GmbH".into();
        lead.city = "Köln".into();
        let rules: Vec<_> = lead
            .match_keys()
            .iter()
            .map(|k| (k.rule, k.value.clone()))
            .collect();
        assert!(rules.contains(&(MatchRule::NameCity, "probe gmbh|koln".into())));
        assert!(rules.contains(&(MatchRule::NameCity, "eva probe|koln".into())));
    }
}
