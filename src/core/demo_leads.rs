//! The demo's leads: a dozen in every status — new, contacted, qualified, disqualified
//! with a reason, one converted onto a demo customer — some with their campaign, source
//! and medium, one whose e-mail is a demo customer's own (a duplicate `lead duplicates`
//! finds) and one at the same freemail domain as a demo customer (which must not match).
//! Loaded last, so the other demo records keep their ids; dated over the last weeks.
//! Room: core.

use time::Duration;

use super::command::execute_as_of;
use super::leads::{Conversion, LeadCommand, NewLead, Target};
use super::{Actor, Clock, Command, CoreError};
use crate::domain::Customer;
use crate::domain::duplicates::{email_domain, is_freemail, normalize_email};
use crate::domain::lead::LeadStatus;
use crate::store::Store;

/// (name, company, e-mail, phone, city, source, medium, campaign, score, status)
type Sample = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<u64>,
    &'static str,
    &'static str,
);

const SAMPLES: [Sample; 10] = [
    (
        "Jana Vogt",
        "Vogt Gastro GmbH",
        "jana.vogt@vogt-gastro.example",
        "089 4471230",
        "München",
        "web",
        "organic",
        None,
        "60",
        "new",
    ),
    (
        "Ole Brandt",
        "",
        "",
        "040 3344551",
        "Hamburg",
        "event",
        "fair",
        Some(1),
        "",
        "new",
    ),
    (
        "Mira Kaya",
        "Kaya Catering",
        "mira@kaya-catering.example",
        "",
        "Köln",
        "referral",
        "",
        None,
        "75",
        "contacted",
    ),
    (
        "Tobias Renz",
        "Renz & Söhne KG",
        "t.renz@renz-soehne.example",
        "0711 998877",
        "Stuttgart",
        "cold-call",
        "phone",
        None,
        "30",
        "contacted",
    ),
    (
        "Lea Hartmann",
        "Feinkost Hartmann",
        "lea@feinkost-hartmann.example",
        "",
        "Leipzig",
        "social",
        "linkedin",
        Some(1),
        "85",
        "qualified",
    ),
    (
        "Paul Seidel",
        "Seidel Hotels AG",
        "p.seidel@seidel-hotels.example",
        "030 7788990",
        "Berlin",
        "web",
        "cpc",
        Some(2),
        "90",
        "qualified",
    ),
    (
        "Nina Roth",
        "",
        "nina.roth@posteo.de",
        "",
        "Dresden",
        "import",
        "",
        None,
        "10",
        "disqualified",
    ),
    (
        "Emil Krause",
        "Krause Imbiss",
        "emil@krause-imbiss.example",
        "",
        "Bremen",
        "event",
        "fair",
        Some(1),
        "20",
        "disqualified",
    ),
    (
        "Sofia Lange",
        "Lange Bistro",
        "sofia@lange-bistro.example",
        "",
        "Hannover",
        "referral",
        "",
        None,
        "70",
        "contacted",
    ),
    (
        "Jonas Wolf",
        "",
        "",
        "0221 5566778",
        "Köln",
        "web",
        "newsletter",
        Some(2),
        "",
        "new",
    ),
];

/// Adds the demo's leads as `actor` (who needs the leads' and the CRM's write rights);
/// returns how many.
pub(super) fn load(store: &Store, clock: &Clock, actor: &Actor) -> Result<usize, CoreError> {
    let now = clock.now();
    let mut added = 0;
    let run = |command: LeadCommand, days: i64| -> Result<u64, CoreError> {
        let at = now - Duration::days(days);
        match execute_as_of(store, actor, Command::Lead(command), at, now)? {
            super::Event::Lead(super::leads::LeadEvent::Saved(lead)) => Ok(lead.id),
            _ => Ok(0),
        }
    };
    for (index, sample) in SAMPLES.iter().enumerate() {
        let (name, company, email, phone, city, source, medium, campaign, score, status) = *sample;
        let days = 40 - 3 * index as i64;
        let new = NewLead {
            name: name.into(),
            company: company.into(),
            emails: [email]
                .iter()
                .filter(|e| !e.is_empty())
                .map(|e| e.to_string())
                .collect(),
            phones: [phone]
                .iter()
                .filter(|p| !p.is_empty())
                .map(|p| p.to_string())
                .collect(),
            city: city.into(),
            country: "DE".into(),
            owner: actor.name.clone(),
            score: score.into(),
            campaign,
            source: source.into(),
            medium: medium.into(),
            ..NewLead::default()
        };
        let id = run(LeadCommand::Add(Box::new(new)), days)?;
        added += 1;
        let moves: &[LeadStatus] = match status {
            "contacted" => &[LeadStatus::Contacted],
            "qualified" => &[LeadStatus::Contacted, LeadStatus::Qualified],
            _ => &[],
        };
        for (step, to) in moves.iter().enumerate() {
            let command = LeadCommand::Status {
                id,
                status: to.clone(),
            };
            run(command, days - 1 - step as i64)?;
        }
        if status == "disqualified" {
            let reason = "no budget this year".to_string();
            run(LeadCommand::Disqualify { id, reason }, days - 2)?;
        }
    }
    let (own, freemail) = customer_emails(store)?;
    if let Some((email, customer)) = own {
        let new = NewLead {
            name: "Website enquiry".into(),
            emails: vec![email],
            source: "web".into(),
            medium: "form".into(),
            ..NewLead::default()
        };
        run(LeadCommand::Add(Box::new(new)), 5)?;
        added += 1;
        // A second enquiry of the same firm, qualified and converted onto it.
        let new = NewLead {
            name: String::new(),
            company: customer.name.clone(),
            source: "referral".into(),
            ..NewLead::default()
        };
        let id = run(LeadCommand::Add(Box::new(new)), 4)?;
        added += 1;
        run(
            LeadCommand::Status {
                id,
                status: LeadStatus::Qualified,
            },
            3,
        )?;
        let conversion = Conversion {
            target: Target::Link(customer.id.to_string()),
            title: String::new(),
            amount: "2500".into(),
        };
        let command = LeadCommand::Convert {
            id,
            conversion: Box::new(conversion),
        };
        execute_as_of(
            store,
            actor,
            Command::Lead(command),
            now - Duration::days(2),
            now,
        )?;
    }
    let domain = freemail.unwrap_or_else(|| "gmx.de".to_string());
    let new = NewLead {
        name: "Karl Demo".into(),
        emails: vec![format!("karl.demo.lead@{domain}")],
        source: "social".into(),
        ..NewLead::default()
    };
    run(LeadCommand::Add(Box::new(new)), 1)?;
    Ok(added + 1)
}

/// The first demo customer's e-mail at its own domain (with the customer), and the first
/// freemail domain a demo customer uses.
#[allow(clippy::type_complexity)]
fn customer_emails(
    store: &Store,
) -> Result<(Option<(String, Customer)>, Option<String>), CoreError> {
    let mut own = None;
    let mut freemail = None;
    for customer in store.scan::<Customer>()? {
        let customer = customer?;
        for email in customer.emails.iter().filter_map(|e| normalize_email(e)) {
            let Some(domain) = email_domain(&email).map(str::to_string) else {
                continue;
            };
            match is_freemail(&domain) {
                true if freemail.is_none() => freemail = Some(domain),
                false if own.is_none() => own = Some((email.clone(), customer.clone())),
                _ => {}
            }
        }
        if own.is_some() && freemail.is_some() {
            break;
        }
    }
    Ok((own, freemail))
}
