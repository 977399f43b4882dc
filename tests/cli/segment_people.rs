//! Segments over customers, their contacts and leads through the real binary: counts per
//! kind over the demo data checked against figures computed here from `export customers`
//! and `lead list`; a hand-built set where each kind's criteria select the people worked
//! out by hand (contacts by role and their own consent, leads by status, score, source and
//! consent under `Party::Lead`); a criterion that applies to no kind selected refused
//! when saved; `members` naming each member's kind and address; and a mailing dry run over
//! a mixed segment naming skipped contacts and leads with their reasons.

use std::collections::HashMap;
use std::path::Path;

use kontor::core::Actor;
use kontor::core::mailing::{plan, sends, unsubscribe_by_send};
use kontor::store::Store;
use serde_json::Value;

use super::mail_out::{NOW, ok_at};
use super::mailing::json_at;
use crate::common::{self, Scratch, add_customer, fails, int, json, json_list, ok, read_csv, text};

/// `segment count` of `flags` as (total, customers, contacts, leads).
fn counts(db: &Path, flags: &[&str]) -> (i64, i64, i64, i64) {
    let mut args = vec!["segment", "count"];
    args.extend(flags);
    let counted = json(db, &args);
    (
        int(&counted, "count"),
        int(&counted, "customers"),
        int(&counted, "contacts"),
        int(&counted, "leads"),
    )
}

#[test]
fn counts_per_kind_over_the_demo_data_match_the_exports() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["demo", "--customers", "30"]);
    let file = scratch.path().join("customers.csv");
    ok(&db, &["export", "customers", "--out", common::s(&file)]);
    let (header, rows) = read_csv(&file);
    let customers: Vec<HashMap<String, String>> = rows
        .into_iter()
        .map(|row| header.iter().cloned().zip(row).collect())
        .collect();
    let contacts_of = |row: &HashMap<String, String>| {
        row["contact"].split('|').filter(|c| !c.is_empty()).count() as i64
    };
    let country = |row: &HashMap<String, String>| {
        row["country"]
            .split('|')
            .find(|c| !c.is_empty())
            .unwrap_or_default()
            .to_string()
    };
    let leads = json_list(&db, &["lead", "list"]);
    assert!(!leads.is_empty(), "the demo has leads");

    let all_contacts: i64 = customers.iter().map(contacts_of).sum();
    let everyone = (
        customers.len() as i64 + all_contacts + leads.len() as i64,
        customers.len() as i64,
        all_contacts,
        leads.len() as i64,
    );
    assert!(all_contacts > 0);
    assert_eq!(counts(&db, &["--selects", "people"]), everyone);

    // In Germany: customers by their first country, their contacts, leads by theirs.
    let german: Vec<_> = customers.iter().filter(|r| country(r) == "DE").collect();
    let german_contacts: i64 = german.iter().map(|r| contacts_of(r)).sum();
    let german_leads = leads.iter().filter(|l| text(l, "country") == "DE").count() as i64;
    assert_eq!(
        counts(&db, &["--selects", "people", "--country", "DE"]),
        (
            german.len() as i64 + german_contacts + german_leads,
            german.len() as i64,
            german_contacts,
            german_leads
        )
    );
    // Contacts alone: those of customers with the status customer.
    let active_contacts: i64 = customers
        .iter()
        .filter(|r| r["status"] == "customer")
        .map(contacts_of)
        .sum();
    assert_eq!(
        counts(&db, &["--filter", "selects=contacts; status=customer"]),
        (active_contacts, 0, active_contacts, 0)
    );
    // Leads alone: new ones with a score of at least 50.
    let new_scored = leads
        .iter()
        .filter(|l| text(l, "status") == "new" && l["score"].as_i64().is_some_and(|s| s >= 50))
        .count() as i64;
    assert_eq!(
        counts(
            &db,
            &[
                "--selects",
                "leads",
                "--filter",
                "lead-status=new; score=50..100"
            ]
        ),
        (new_scored, 0, 0, new_scored)
    );
    // Saved over all people, `show` counts by kind.
    let saved = json(&db, &["segment", "add", "Alle", "--selects", "people"]);
    assert_eq!(text(&saved, "selects"), "people");
    let shown = json(&db, &["segment", "show", &int(&saved, "id").to_string()]);
    assert_eq!(
        (
            int(&shown, "members"),
            int(&shown, "customers"),
            int(&shown, "contacts"),
            int(&shown, "leads")
        ),
        everyone
    );
}

/// `consent add` for `party` (`customer:N`, `lead:N`) on an e-mail address for the
/// newsletter.
fn consent(db: &Path, party: &str, address: &str) {
    json_at(
        db,
        NOW - time::Duration::days(1),
        &[
            "consent",
            "add",
            "--party",
            party,
            "--channel",
            "email",
            "--address",
            address,
            "--purpose",
            "newsletter",
            "--source",
            "form",
        ],
    );
}

fn lead(db: &Path, flags: &[&str]) -> i64 {
    let mut args = vec!["lead", "add"];
    args.extend(flags);
    int(&json(db, &args), "id")
}

/// Two firms with contacts, a person, three leads; consent for one contact and two leads.
fn people(db: &Path) -> (i64, i64, [i64; 3]) {
    let berg = add_customer(
        db,
        &[
            "--name",
            "Berg GmbH",
            "--status",
            "customer",
            "--email",
            "info@berg.example",
            "--city",
            "Köln",
            "--contact",
            "Eva Berg:Leiterin Einkauf",
            "--contact-email",
            "eva@berg.example",
            "--contact",
            "Olaf Kern:Vertrieb",
            "--contact-email",
            "olaf@berg.example",
        ],
    );
    let rau = add_customer(
        db,
        &[
            "--name",
            "Rau AG",
            "--status",
            "prospect",
            "--city",
            "Bonn",
            "--contact",
            "Ina Rau:Einkauf",
            "--contact-email",
            "",
        ],
    );
    add_customer(
        db,
        &["--name", "Max Sommer", "--kind", "person", "--city", "Köln"],
    );
    let jana = lead(
        db,
        &[
            "--name",
            "Jana Vogt",
            "--email",
            "jana@vogt.example",
            "--score",
            "70",
            "--source",
            "web",
            "--city",
            "Köln",
        ],
    );
    let ole = lead(
        db,
        &[
            "--name",
            "Ole Brandt",
            "--email",
            "ole@brandt.example",
            "--score",
            "40",
            "--source",
            "web",
        ],
    );
    let pia = lead(
        db,
        &[
            "--name", "Pia Lang", "--score", "90", "--source", "event", "--city", "Köln",
        ],
    );
    consent(db, &format!("customer:{berg}"), "eva@berg.example");
    consent(db, &format!("lead:{jana}"), "jana@vogt.example");
    consent(db, &format!("lead:{pia}"), "pia@lang.example");
    (berg, rau, [jana, ole, pia])
}

/// `segment members` of `flags` as (kind, id, name, email, consent).
fn members(db: &Path, flags: &[&str]) -> Vec<(String, i64, String, String, String)> {
    let mut args = vec!["segment", "members"];
    args.extend(flags);
    json_list(db, &args)
        .iter()
        .map(|m| {
            (
                text(m, "kind").to_string(),
                int(m, "id"),
                text(m, "name").to_string(),
                text(m, "email").to_string(),
                m.get("consent")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            )
        })
        .collect()
}

fn row(
    kind: &str,
    id: i64,
    name: &str,
    email: &str,
    consent: &str,
) -> (String, i64, String, String, String) {
    (kind.into(), id, name.into(), email.into(), consent.into())
}

#[test]
fn each_kind_is_selected_by_the_criteria_that_apply_to_it() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let (berg, rau, [jana, ole, pia]) = people(&db);

    // Contacts by role: Eva (Leiterin Einkauf) and Ina (Einkauf), not Olaf.
    assert_eq!(
        members(&db, &["--selects", "contacts", "--filter", "role=einkauf"]),
        [
            row("contact", berg, "Eva Berg", "eva@berg.example", ""),
            row("contact", rau, "Ina Rau", "", ""),
        ]
    );
    // A contact's e-mail and consent are its own: Eva alone has consent.
    assert_eq!(
        members(
            &db,
            &["--selects", "contacts", "--consent", "email:newsletter"]
        ),
        [row(
            "contact",
            berg,
            "Eva Berg",
            "eva@berg.example",
            "eva@berg.example"
        )]
    );
    // Leads by status, score and source.
    let leads = members(
        &db,
        &[
            "--selects",
            "leads",
            "--filter",
            "source=web; score=50..100",
        ],
    );
    assert_eq!(
        leads,
        [row("lead", jana, "Jana Vogt", "jana@vogt.example", "")]
    );
    assert_eq!(
        members(&db, &["--selects", "leads", "--filter", "lead-status=new"]).len(),
        3
    );
    // Consent under Party::Lead: Jana's address; Pia's consent is for an address she
    // does not have, Ole has none.
    assert_eq!(
        members(
            &db,
            &["--selects", "leads", "--consent", "email:newsletter"]
        ),
        [row(
            "lead",
            jana,
            "Jana Vogt",
            "jana@vogt.example",
            "jana@vogt.example"
        )]
    );
    // All people in Köln: Berg and its two contacts, Sommer, Jana and Pia (not Ole: no
    // city; not Rau: Bonn).
    let cologne: Vec<(String, String)> = members(&db, &["--selects", "people", "--city", "köln"])
        .into_iter()
        .map(|(kind, _, name, ..)| (kind, name))
        .collect();
    let expected = [
        ("customer", "Berg GmbH"),
        ("contact", "Eva Berg"),
        ("contact", "Olaf Kern"),
        ("customer", "Max Sommer"),
        ("lead", "Jana Vogt"),
        ("lead", "Pia Lang"),
    ]
    .map(|(kind, name)| (kind.to_string(), name.to_string()));
    assert_eq!(cologne, expected);
    assert_eq!(
        counts(&db, &["--selects", "people", "--city", "köln"]),
        (6, 2, 2, 2)
    );
    // The customers' status excludes leads over all people …
    assert_eq!(
        counts(&db, &["--selects", "people", "--status", "customer"]),
        (3, 1, 2, 0)
    );
    // … and is refused for a segment of leads alone, as a lead criterion for customers.
    let refused = fails(
        &db,
        &[
            "segment",
            "add",
            "L",
            "--selects",
            "leads",
            "--status",
            "customer",
        ],
        2,
    );
    assert!(
        refused.contains("status") && refused.contains("nobody"),
        "{refused}"
    );
    let refused = fails(&db, &["segment", "add", "C", "--filter", "score=10..20"], 2);
    assert!(refused.contains("score"), "{refused}");
    let refused = fails(&db, &["segment", "count", "--selects", "everyone"], 2);
    assert!(refused.contains("everyone"), "{refused}");
    assert!(ole > 0 && pia > 0);
    // The table names a contact's customer.
    let table = ok(
        &db,
        &[
            "segment",
            "members",
            "--selects",
            "contacts",
            "--filter",
            "role=vertrieb",
        ],
    );
    assert!(table.contains("contact of customer"), "{table}");
    // A customer segment is as it always was.
    let saved = json(&db, &["segment", "add", "Köln", "--city", "Köln"]);
    assert_eq!(text(&saved, "selects"), "customers");
    let id = int(&saved, "id").to_string();
    let kinds: Vec<String> = members(&db, &[&id]).into_iter().map(|m| m.0).collect();
    assert_eq!(kinds, ["customer", "customer"]);
    // Edited to select people, then the compact form tells it.
    let edited = json(&db, &["segment", "edit", &id, "--selects", "people"]);
    assert_eq!(
        (text(&edited, "selects"), text(&edited, "filter")),
        ("people", "city=Köln")
    );
    assert_eq!(members(&db, &[&id]).len(), 6);
}

#[test]
fn a_mailing_dry_run_over_a_mixed_segment_names_skipped_contacts_and_leads() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let (berg, _rau, [jana, ole, pia]) = people(&db);
    let segment = json(
        &db,
        &[
            "segment",
            "add",
            "Köln und Web",
            "--selects",
            "people",
            "--city",
            "Köln",
        ],
    );
    let mailing = json_at(
        &db,
        NOW,
        &[
            "mailing",
            "add",
            "--name",
            "Herbst",
            "--subject",
            "News",
            "--body",
            "{salutation}\n{unsubscribe_url}",
            "--segment",
            &int(&segment, "id").to_string(),
        ],
    );
    let id = int(&mailing, "id").to_string();
    let skipped: Vec<(String, String, String)> = json_at(&db, NOW, &["mailing", "dry-run", &id])
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let who = match row["lead"].as_i64() {
                Some(lead) => format!("lead:{lead}"),
                None => format!("customer:{}", row["customer"]),
            };
            (
                row["kind"].as_str().unwrap().to_string(),
                format!("{who} {}", row["name"].as_str().unwrap()),
                row["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // Mailed: Eva (contact, consent) and Jana (lead, consent). Skipped: Berg itself and
    // Olaf (no consent), Sommer and Pia (no address).
    let sommer = json_list(&db, &["customer", "list"])
        .iter()
        .find(|c| text(c, "name") == "Max Sommer")
        .map(|c| int(c, "id"))
        .unwrap();
    let expected = [
        (
            "customer",
            format!("customer:{berg} Berg GmbH"),
            "no-consent",
        ),
        (
            "contact",
            format!("customer:{berg} Olaf Kern"),
            "no-consent",
        ),
        (
            "customer",
            format!("customer:{sommer} Max Sommer"),
            "no-address",
        ),
        ("lead", format!("lead:{pia} Pia Lang"), "no-address"),
    ]
    .map(|(kind, who, reason)| (kind.to_string(), who, reason.to_string()));
    assert_eq!(skipped, expected);
    let text = ok_at(&db, NOW, &["mailing", "dry-run", &id]);
    assert!(text.contains(&format!("lead:{pia}\tPia Lang")), "{text}");
    assert!(!text.contains(&format!("lead:{jana}")), "{text}");
    assert!(
        !text.contains(&format!("lead:{ole}")),
        "Ole is not in Köln: {text}"
    );

    // Planned: Eva and Jana; Jana's send names her lead, and her unsubscribe withdraws the
    // consent of the lead.
    {
        let store = Store::open(&db).unwrap();
        let anna = Actor::local("anna");
        assert_eq!(
            plan(&store, &anna, int(&mailing, "id") as u64, NOW).unwrap(),
            2
        );
        let planned = sends(&store, &anna, int(&mailing, "id") as u64).unwrap();
        let to: Vec<(&str, Option<u64>, u64)> = planned
            .iter()
            .map(|send| {
                (
                    send.address.as_str(),
                    send.recipient.lead,
                    send.recipient.customer,
                )
            })
            .collect();
        assert_eq!(
            to,
            [
                ("eva@berg.example", None, berg as u64),
                ("jana@vogt.example", Some(jana as u64), 0)
            ]
        );
        assert!(unsubscribe_by_send(&store, planned[1].id, NOW, "mailto").unwrap());
    }
    let history = json_at(&db, NOW, &["consent", "show", &format!("lead:{jana}")]);
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions.last(), Some(&"withdrawn"), "{history}");
}

/// `consent add` for `party` on a phone number for calls.
fn phone_consent(db: &Path, party: &str, number: &str) -> i64 {
    int(
        &json(
            db,
            &[
                "consent",
                "add",
                "--party",
                party,
                "--channel",
                "phone",
                "--address",
                number,
                "--purpose",
                "calls",
                "--source",
                "call",
            ],
        ),
        "id",
    )
}

/// A phone campaign's call list over a segment of contacts and leads: the contact and the
/// lead with phone consent are callable, the lead refused and the lead without a phone
/// are not — each with why.
#[test]
fn a_call_list_over_contacts_and_leads_holds_those_with_phone_consent() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["settings", "default_region", "DE"]);
    let firm = add_customer(
        &db,
        &[
            "--name",
            "Berg GmbH",
            "--city",
            "Köln",
            "--contact",
            "Eva Berg",
            "--contact-phone",
            "0221 555001",
        ],
    );
    let [called, refused, silent] = [
        ("Jana Vogt", Some("0221 555002")),
        ("Ole Brandt", Some("0221 555003")),
        ("Pia Lang", None),
    ]
    .map(|(name, phone)| {
        let mut flags = vec!["--name", name, "--city", "Köln", "--country", "DE"];
        flags.extend(phone.map(|phone| ["--phone", phone]).into_iter().flatten());
        lead(&db, &flags)
    });
    let eva = phone_consent(&db, &format!("customer:{firm}"), "0221 555001");
    let jana = phone_consent(&db, &format!("lead:{called}"), "0221 555002");
    let campaign = json(
        &db,
        &[
            "campaign",
            "add",
            "Rückruf",
            "--channel",
            "phone",
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-31",
        ],
    );
    let segment = json(
        &db,
        &[
            "segment",
            "add",
            "Köln",
            "--selects",
            "people",
            "--filter",
            "city=Köln",
        ],
    );
    let (campaign, segment) = (int(&campaign, "id"), int(&segment, "id"));
    let list = json(
        &db,
        &[
            "campaign",
            "calllist",
            &campaign.to_string(),
            "--segment",
            &segment.to_string(),
            "--why-not",
        ],
    );
    let who = |key: &str| -> Vec<(Value, Value, String, Value)> {
        list[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let last = if key == "callable" {
                    &c["consent"]
                } else {
                    &c["why"]
                };
                (
                    c["customer"].clone(),
                    c["lead"].clone(),
                    text(c, "phone").to_string(),
                    last.clone(),
                )
            })
            .collect()
    };
    assert_eq!(
        who("callable"),
        [
            (
                Value::from(firm),
                Value::Null,
                "+49221555001".to_string(),
                Value::from(eva)
            ),
            (
                Value::Null,
                Value::from(called),
                "+49221555002".to_string(),
                Value::from(jana)
            ),
        ],
        "{list}"
    );
    let contacts = json(
        &db,
        &[
            "segment",
            "add",
            "Kontakte",
            "--selects",
            "contacts",
            "--filter",
            "city=Köln",
        ],
    );
    let of_contacts = json(
        &db,
        &[
            "campaign",
            "calllist",
            &campaign.to_string(),
            "--segment",
            &int(&contacts, "id").to_string(),
        ],
    );
    let callable = of_contacts["callable"].as_array().unwrap();
    assert_eq!(callable.len(), 1, "{of_contacts}");
    assert_eq!(text(&callable[0], "person"), "Eva Berg", "{of_contacts}");
    let not = who("not_callable");
    assert!(
        not.contains(&(
            Value::Null,
            Value::from(refused),
            "+49221555003".to_string(),
            Value::from("no-consent")
        )),
        "{list}"
    );
    assert!(
        not.contains(&(
            Value::Null,
            Value::from(silent),
            String::new(),
            Value::from("no-phone")
        )),
        "{list}"
    );
}
