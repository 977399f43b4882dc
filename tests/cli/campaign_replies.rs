//! Replies to a marketing mail through the mailgate (the real binary, `kontor mailgate`):
//! a reply threading to a send by its Message-ID is logged as an e-mail interaction of the
//! recipient with the campaign, touches the lead with the address mailed, attributes the
//! customer's opportunity opened after the mail (not the one opened before) and shows in
//! the campaign's figures — and opens no ticket; delivered again it attributes nothing
//! twice; a reply to unrelated mail or naming a forged send token is not attributed and
//! goes to the service desk as before.

use std::path::Path;

use kontor::core::link_secret;
use kontor::core::{Actor, mailing};
use kontor::domain::Interaction;
use kontor::domain::interaction::Channel;
use kontor::domain::link_token::LinkPurpose;
use kontor::domain::ticket::Ticket;
use kontor::store::Store;
use serde_json::Value;
use time::Duration;

use super::mailgate::gate_to;
use super::mailing::json_at;
use crate::common::{Scratch, add_customer, int, json, now, ok};

/// A reply from `from` with Message-ID `id`, answering `in_reply_to`.
fn reply(from: &str, id: &str, in_reply_to: &str, text: &str) -> Vec<u8> {
    format!(
        "From: Anna Berg <{from}>\r\nTo: info@kontor.test\r\nSubject: Re: News\r\n\
         Message-ID: <{id}>\r\nIn-Reply-To: <{in_reply_to}>\r\nReferences: <{in_reply_to}>\r\n\
         Date: Sat, 05 Dec 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         {text}\r\n"
    )
    .into_bytes()
}

fn gate(db: &Path, mail: &[u8]) -> Value {
    let run = gate_to(db, "Support", mail);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(run.stdout.trim()).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

struct World {
    campaign: i64,
    anna: u64,
    lead: i64,
    before: i64,
    after: i64,
    /// The Message-ID of the mail anna got.
    sent_id: String,
}

/// Two subscribed customers mailed by a mailing of a campaign; a lead with anna's address;
/// an opportunity of anna opened a day before the mail, one opened with it.
fn world(db: &Path) -> World {
    ok(db, &["settings", "mail_from", "info@kontor.test"]);
    ok(db, &["queue", "add", "Support"]);
    let campaign = json(
        db,
        &[
            "campaign",
            "add",
            "Winter",
            "--channel",
            "email",
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-31",
        ],
    );
    let campaign = int(&campaign, "id");
    let mut ids = Vec::new();
    for name in ["anna", "ben"] {
        let mail = format!("{name}@example.de");
        let id = add_customer(
            db,
            &[
                "--name", name, "--kind", "person", "--email", &mail, "--tag", "news",
            ],
        );
        let party = format!("customer:{id}");
        ok(
            db,
            &[
                "consent",
                "add",
                "--party",
                &party,
                "--channel",
                "email",
                "--address",
                &mail,
                "--purpose",
                "newsletter",
                "--source",
                "form",
            ],
        );
        ids.push(id);
    }
    let lead = json(
        db,
        &[
            "lead",
            "add",
            "--name",
            "Anna Berg",
            "--email",
            "Anna@Example.de",
            "--source",
            "web",
        ],
    );
    let anna = ids[0].to_string();
    let opportunity = |at| {
        let args = [
            "opportunity",
            "add",
            "--customer",
            &anna,
            "--title",
            "Tee",
            "--amount",
            "100",
        ];
        int(&json_at(db, at, &args), "id")
    };
    let before = opportunity(now() - Duration::days(1));
    let after = opportunity(now());
    let campaign_text = campaign.to_string();
    let added = json(
        db,
        &[
            "mailing",
            "add",
            "--name",
            "Winter",
            "--subject",
            "News",
            "--body",
            "Hallo",
            "--tag",
            "news",
            "--campaign",
            &campaign_text,
        ],
    );
    let store = Store::open(db).unwrap();
    let actor = Actor::local("tester");
    let mailing_id = u64::try_from(int(&added, "id")).unwrap();
    assert_eq!(mailing::plan(&store, &actor, mailing_id, now()).unwrap(), 2);
    let anna = u64::try_from(ids[0]).unwrap();
    let send = mailing::sends(&store, &actor, mailing_id)
        .unwrap()
        .into_iter()
        .find(|send| send.recipient.customer == anna)
        .unwrap();
    let token = link_secret::sign(&store, LinkPurpose::Bounce, send.id).unwrap();
    World {
        campaign,
        anna,
        lead: int(&lead, "id"),
        before,
        after,
        sent_id: format!("m.{token}@kontor.test"),
    }
}

fn report(db: &Path, campaign: i64) -> Value {
    json(db, &["campaign", "report", &campaign.to_string()])
}

fn tickets(db: &Path) -> usize {
    Store::open(db).unwrap().scan::<Ticket>().unwrap().count()
}

fn interactions(db: &Path, customer: u64) -> Vec<Interaction> {
    let store = Store::open(db).unwrap();
    store
        .scan::<Interaction>()
        .unwrap()
        .map(Result::unwrap)
        .filter(|i| i.customer_id == customer)
        .collect()
}

#[test]
fn a_reply_to_a_mailing_is_attributed_once_and_opens_no_ticket() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let w = world(&db);
    let quiet = report(&db, w.campaign);
    assert_eq!(quiet["replies"], 0, "{quiet}");
    assert_eq!(quiet["replied_leads"], 0);

    let mail = reply(
        "anna@example.de",
        "r1@example.de",
        &w.sent_id,
        "Ja, bitte rufen Sie mich an.",
    );
    let done = gate(&db, &mail);
    assert_eq!(done["status"], "reply", "{done}");
    assert_eq!(done["campaign"], w.campaign);
    assert_eq!(done["customer"], w.anna);
    assert_eq!(done["leads"], serde_json::json!([w.lead]));
    assert_eq!(done["opportunities"], serde_json::json!([w.after]));
    assert_eq!(done["ticket"], Value::Null);
    assert_eq!(tickets(&db), 0, "a marketing reply is no ticket");

    let logged = interactions(&db, w.anna);
    assert_eq!(logged.len(), 1, "{logged:?}");
    let logged = &logged[0];
    assert_eq!(logged.channel, Channel::Email);
    assert_eq!(logged.agent, "mailgate");
    assert_eq!(logged.campaign, Some(u64::try_from(w.campaign).unwrap()));
    assert_eq!(logged.subject, "Re: News");
    assert!(logged.body.starts_with("Ja, bitte rufen Sie mich an."));

    let lead = json(&db, &["lead", "show", &w.lead.to_string()]);
    assert_eq!(lead["campaign"], w.campaign, "{lead}");
    let last = lead["last_touch"].as_str().unwrap();
    assert!(
        last.contains("email/reply") && last.ends_with(&format!("#{}", w.campaign)),
        "{lead}"
    );
    let opportunity = |id: i64| json(&db, &["opportunity", "show", &id.to_string()]);
    assert_eq!(opportunity(w.after)["campaign"], w.campaign.to_string());
    assert!(
        opportunity(w.before)["campaign"]
            .as_str()
            .is_none_or(str::is_empty),
        "an opportunity opened before the mail keeps no campaign: {}",
        opportunity(w.before)
    );

    // Leads: the lead, plus the attributed opportunity that came from no lead.
    let figures = report(&db, w.campaign);
    assert_eq!(figures["replies"], 1, "{figures}");
    assert_eq!(figures["replied_leads"], 1);
    assert_eq!(figures["replied_opportunities"], 1);
    assert_eq!(figures["leads"], 2);

    // Delivered again (the MTA retried): nothing twice.
    let again = gate(&db, &mail);
    assert_eq!(again["again"], true, "{again}");
    assert_eq!(interactions(&db, w.anna).len(), 1);
    assert_eq!(report(&db, w.campaign)["replies"], 1);
}

#[test]
fn a_reply_to_unrelated_mail_or_a_forged_send_is_not_attributed() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let w = world(&db);
    let unrelated = reply(
        "anna@example.de",
        "r2@example.de",
        "abc@elsewhere.example",
        "Frage zur Rechnung",
    );
    let done = gate(&db, &unrelated);
    assert_eq!(done["status"], "filed", "{done}");
    assert_eq!(done["opened"], true);
    // A token of the right shape that no secret signed.
    let forged = reply(
        "anna@example.de",
        "r3@example.de",
        "m.1.0123456789abcdef0123456789abcdef@kontor.test",
        "Noch eine Frage",
    );
    let done = gate(&db, &forged);
    assert_eq!(done["status"], "filed", "{done}");
    assert_eq!(tickets(&db), 2);
    assert!(
        interactions(&db, w.anna)
            .iter()
            .all(|i| i.campaign.is_none())
    );
    let figures = report(&db, w.campaign);
    assert_eq!(figures["replies"], 0, "{figures}");
    assert_eq!(figures["replied_leads"], 0);
    let lead = json(&db, &["lead", "show", &w.lead.to_string()]);
    assert!(
        lead["campaign"].is_null() || lead["campaign"] == "",
        "{lead}"
    );
}
