//! Leads (`kontor lead …`): the commands (add, edit, touch, status, disqualify — here —
//! and convert in `convert`), the reads (`list`, `show`) and the duplicate search
//! (`duplicates`). Leads are their own record kind, kept apart from customers until they
//! are qualified and converted: conversion is the gate where duplicates are caught. Every
//! change is one store transaction, audited through `core::execute`; the lead is re-read
//! inside it, so a status checked is the status changed. Room: core.

mod convert;
mod duplicates;
mod list;

pub use convert::{Conversion, Converted, Target};
pub use duplicates::{Candidate, CandidateKind, candidates};
pub use list::{LeadFilter, duplicates, list, show};

use time::OffsetDateTime;

use super::{Actor, CoreError, Settings};
use crate::domain::fields::Problems;
use crate::domain::lead::{Lead, LeadKind, LeadStatus, Touch, parse_score};
use crate::domain::{Country, Invalid, Phone};
use crate::store::{Store, StoreError, abort};

/// A lead as typed: texts the core parses (phones in the lead's country, else the
/// database's default region).
#[derive(Debug, Clone, Default)]
pub struct NewLead {
    /// `person` or `company`; empty: a company when a firm is given, else a person.
    pub kind: String,
    pub name: String,
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub city: String,
    pub postal_code: String,
    pub country: String,
    pub notes: String,
    pub owner: String,
    pub score: String,
    pub campaign: Option<u64>,
    pub source: String,
    pub medium: String,
}

/// An edit: each field given replaces (an empty text clears it); `None` leaves it.
#[derive(Debug, Clone, Default)]
pub struct LeadEdit {
    pub kind: Option<String>,
    pub name: Option<String>,
    pub company: Option<String>,
    pub emails: Option<Vec<String>>,
    pub phones: Option<Vec<String>>,
    pub city: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
    pub notes: Option<String>,
    pub owner: Option<String>,
    pub score: Option<String>,
    /// `Some(None)` clears the campaign.
    pub campaign: Option<Option<u64>>,
    pub source: Option<String>,
    pub medium: Option<String>,
}

/// Changes to leads.
#[derive(Debug, Clone)]
pub enum LeadCommand {
    Add(Box<NewLead>),
    Edit {
        id: u64,
        edit: Box<LeadEdit>,
    },
    /// A new last touch (and the first, when there was none).
    Touch {
        id: u64,
        source: String,
        medium: String,
        campaign: Option<u64>,
    },
    /// New, contacted or qualified (disqualify has its own command, converting too).
    Status {
        id: u64,
        status: LeadStatus,
    },
    Disqualify {
        id: u64,
        reason: String,
    },
    Convert {
        id: u64,
        conversion: Box<Conversion>,
    },
}

impl LeadCommand {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add(_) => "Add",
            Self::Edit { .. } => "Edit",
            Self::Touch { .. } => "Touch",
            Self::Status { .. } => "Status",
            Self::Disqualify { .. } => "Disqualify",
            Self::Convert { .. } => "Convert",
        }
    }
}

/// What a lead command did.
#[derive(Debug, Clone)]
pub enum LeadEvent {
    Saved(Box<Lead>),
    Converted(Box<Converted>),
}

pub fn execute(
    store: &Store,
    actor: &Actor,
    command: LeadCommand,
    now: OffsetDateTime,
) -> Result<LeadEvent, CoreError> {
    let saved = |lead| Ok(LeadEvent::Saved(Box::new(lead)));
    match command {
        LeadCommand::Add(new) => saved(add(store, &new, now)?),
        LeadCommand::Edit { id, edit } => {
            let settings = Settings::load(store)?;
            let changed = build_edit(&settings, &edit)?;
            saved(change(store, id, |lead| {
                changed(lead)?;
                lead.updated = now;
                Ok(())
            })?)
        }
        LeadCommand::Touch {
            id,
            source,
            medium,
            campaign,
        } => saved(change(store, id, |lead| {
            refuse_closed(lead)?;
            lead.touch(Touch {
                at: now,
                source: slug(&source),
                medium: slug(&medium),
                campaign: campaign.or(lead.campaign),
            });
            Ok(())
        })?),
        LeadCommand::Status { id, status } => {
            if status == LeadStatus::Converted {
                return Err(Invalid::new("status", crate::t!("leads-convert-instead")).into());
            }
            saved(change(store, id, |lead| lead.move_to(status.clone(), now))?)
        }
        LeadCommand::Disqualify { id, reason } => {
            let status = LeadStatus::Disqualified {
                reason: reason.trim().to_string(),
            };
            saved(change(store, id, |lead| lead.move_to(status.clone(), now))?)
        }
        LeadCommand::Convert { id, conversion } => Ok(LeadEvent::Converted(Box::new(
            convert::convert(store, actor, id, &conversion, now)?,
        ))),
    }
}

/// A lower-case slug of a source or medium (`Cold Call` → `cold-call`).
pub fn slug(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase()
}

/// Refuses a change of a converted lead (its data lives on in the customer).
fn refuse_closed(lead: &Lead) -> Result<(), Invalid> {
    match lead.status {
        LeadStatus::Converted => Err(Invalid::new(
            "status",
            crate::t!("leads-converted-stays", id = lead.id.to_string()),
        )),
        _ => Ok(()),
    }
}

/// The lead `id`, refused naming it when there is none.
pub fn lead(store: &Store, id: u64) -> Result<Lead, CoreError> {
    store.get::<Lead>(id)?.ok_or_else(|| unknown(id).into())
}

fn unknown(id: u64) -> Invalid {
    Invalid::new("lead", crate::t!("leads-unknown", id = id.to_string()))
}

/// Reads lead `id` in a transaction, lets `work` change it, validates and stores it.
fn change(
    store: &Store,
    id: u64,
    work: impl Fn(&mut Lead) -> Result<(), Invalid>,
) -> Result<Lead, CoreError> {
    Ok(store.transaction(|tx| {
        let Some(mut lead) = tx.get::<Lead>(id)? else {
            return abort(unknown(id));
        };
        work(&mut lead).or_else(abort)?;
        lead.validate().or_else(abort)?;
        tx.update(&mut lead, None)?;
        Ok(lead)
    })?)
}

fn add(store: &Store, new: &NewLead, now: OffsetDateTime) -> Result<Lead, CoreError> {
    let settings = Settings::load(store)?;
    let mut problems = Problems::default();
    let kind = match new.kind.trim() {
        "" if new.company.trim().is_empty() => LeadKind::Person,
        "" => LeadKind::Company,
        text => problems
            .take(LeadKind::parse(text))
            .unwrap_or(LeadKind::Person),
    };
    let mut lead = Lead::new(kind, &new.name, now);
    lead.company = new.company.trim().to_string();
    lead.country = problems.take(country(&new.country)).flatten();
    let region = lead.country.unwrap_or(settings.default_region);
    lead.phones = problems
        .take(phones(&new.phones, region))
        .unwrap_or_default();
    lead.emails = emails(&new.emails);
    lead.city = new.city.trim().to_string();
    lead.postal_code = new.postal_code.trim().to_string();
    lead.notes = new.notes.trim().to_string();
    lead.owner = new.owner.trim().to_string();
    lead.score = problems.take(score(&new.score)).flatten();
    lead.campaign = new.campaign;
    lead.source = slug(&new.source);
    lead.medium = slug(&new.medium);
    if !lead.source.is_empty() || lead.campaign.is_some() {
        lead.touch(Touch {
            at: now,
            source: lead.source.clone(),
            medium: lead.medium.clone(),
            campaign: lead.campaign,
        });
    }
    if let Err(invalid) = lead.validate()
        && !problems.0.iter().any(|p| p.field == invalid.field)
    {
        problems.0.push(invalid);
    }
    let lead = problems.finish(Some(lead))?;
    Ok(store.transaction(|tx| {
        let mut lead = lead.clone();
        tx.insert(&mut lead)?;
        Ok(lead)
    })?)
}

/// The edit as a change of a lead: parsed before the transaction, applied inside it.
fn build_edit(
    settings: &Settings,
    edit: &LeadEdit,
) -> Result<impl Fn(&mut Lead) -> Result<(), Invalid>, CoreError> {
    let mut problems = Problems::default();
    let kind = edit
        .kind
        .as_deref()
        .and_then(|text| problems.take(LeadKind::parse(text)));
    let country_given = edit.country.as_deref().map(country);
    let country_given = country_given.and_then(|result| problems.take(result));
    let score = edit.score.as_deref().map(score);
    let score = score.and_then(|result| problems.take(result));
    if !problems.0.is_empty() {
        return Err(CoreError::Invalid(problems.0));
    }
    let edit = edit.clone();
    let default_region = settings.default_region;
    Ok(move |lead: &mut Lead| {
        refuse_closed(lead)?;
        let text = |given: &Option<String>, field: &mut String| {
            if let Some(value) = given {
                *field = value.trim().to_string();
            }
        };
        if let Some(kind) = kind {
            lead.kind = kind;
        }
        text(&edit.name, &mut lead.name);
        text(&edit.company, &mut lead.company);
        text(&edit.city, &mut lead.city);
        text(&edit.postal_code, &mut lead.postal_code);
        text(&edit.notes, &mut lead.notes);
        text(&edit.owner, &mut lead.owner);
        if let Some(country) = country_given {
            lead.country = country;
        }
        if let Some(given) = &edit.emails {
            lead.emails = emails(given);
        }
        if let Some(given) = &edit.phones {
            lead.phones = phones(given, lead.country.unwrap_or(default_region))?;
        }
        if let Some(score) = score {
            lead.score = score;
        }
        if let Some(campaign) = edit.campaign {
            lead.campaign = campaign;
        }
        if let Some(source) = &edit.source {
            lead.source = slug(source);
        }
        if let Some(medium) = &edit.medium {
            lead.medium = slug(medium);
        }
        Ok(())
    })
}

fn country(text: &str) -> Result<Option<Country>, Invalid> {
    match text.trim() {
        "" => Ok(None),
        text => Country::parse(text).map(Some).ok_or_else(|| {
            Invalid::new("country", crate::t!("leads-country-unknown", text = text))
        }),
    }
}

fn score(text: &str) -> Result<Option<u8>, Invalid> {
    match text.trim() {
        "" => Ok(None),
        text => parse_score(text).map(Some),
    }
}

fn emails(given: &[String]) -> Vec<String> {
    given
        .iter()
        .map(|email| email.trim().to_string())
        .filter(|email| !email.is_empty())
        .collect()
}

fn phones(given: &[String], region: Country) -> Result<Vec<Phone>, Invalid> {
    given
        .iter()
        .filter(|phone| !phone.trim().is_empty())
        .map(|phone| Phone::parse(phone, region))
        .collect()
}

/// The error for a store refusal in a lead's transaction, as the core shows it.
pub(crate) fn refused(why: String) -> StoreError {
    StoreError::Refused(why)
}
