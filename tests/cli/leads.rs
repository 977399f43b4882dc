//! End-to-end tests of `kontor lead …` through the CLI: the status workflow with its
//! refused transitions, touches and attribution, filters; the duplicate search by each
//! rule (e-mail, phone, domain, name in city — a freemail domain never); conversion by
//! linking and by creating, refused while duplicates exist, all in one transaction (a
//! refused conversion leaves no customer or opportunity behind); and who may do what.

use std::path::{Path, PathBuf};

use crate::common;

use common::{Scratch, add_customer, fails, int, json, json_list, run, strings, text};
use kontor::core::leads::{Conversion, LeadCommand, LeadFilter, NewLead, Target};
use kontor::core::{Actor, Command, Role, execute};
use kontor::store::Store;
use serde_json::Value;

fn lead(db: &Path, flags: &[&str]) -> i64 {
    let mut args = vec!["lead", "add"];
    args.extend(flags);
    int(&json(db, &args), "id")
}

fn show(db: &Path, id: i64) -> Value {
    json(db, &["lead", "show", &id.to_string()])
}

fn status(db: &Path, id: i64, to: &str) -> Value {
    json(db, &["lead", "status", &id.to_string(), to])
}

/// (kind, id, rules) of a lead's duplicate candidates.
fn candidates(db: &Path, id: i64) -> Vec<(String, i64, Vec<String>)> {
    json_list(db, &["lead", "duplicates", &id.to_string()])
        .iter()
        .map(|c| {
            (
                text(c, "kind").to_string(),
                int(c, "id"),
                strings(c, "rules"),
            )
        })
        .collect()
}

/// The customer a converted lead (as printed) went to, as `customer show` prints it.
fn customer_of(db: &Path, converted: &Value) -> Value {
    let id = int(converted, "converted_customer").to_string();
    json(db, &["customer", "show", &id])
}

fn count(db: &Path, kind: &str) -> usize {
    json_list(db, &[kind, "list"]).len()
}

fn scratch() -> (Scratch, PathBuf) {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    (scratch, db)
}

#[test]
fn a_lead_moves_forward_is_disqualified_with_a_reason_and_reopened_only_to_new() {
    let (_scratch, db) = scratch();
    let id = lead(
        &db,
        &[
            "--name",
            "Eva Probe",
            "--email",
            "eva@probe.example",
            "--source",
            "Web Form",
            "--medium",
            "cpc",
            "--campaign",
            "7",
            "--owner",
            "anna",
            "--score",
            "40",
        ],
    );
    let added = show(&db, id);
    assert_eq!(text(&added, "status"), "new");
    assert_eq!(text(&added, "kind"), "person");
    assert_eq!(text(&added, "source"), "web-form");
    assert_eq!(int(&added, "campaign"), 7);
    assert!(
        text(&added, "first_touch").ends_with(" web-form/cpc #7"),
        "{added}"
    );
    assert_eq!(text(&added, "first_touch"), text(&added, "last_touch"));

    assert_eq!(text(&status(&db, id, "contacted"), "status"), "contacted");
    let back = fails(&db, &["lead", "status", &id.to_string(), "new"], 2);
    assert!(back.contains("contacted cannot become new"), "{back}");
    let converted = fails(&db, &["lead", "status", &id.to_string(), "converted"], 2);
    assert!(converted.contains("kontor lead convert"), "{converted}");
    assert_eq!(text(&status(&db, id, "qualified"), "status"), "qualified");

    let idtext = id.to_string();
    let blank = fails(&db, &["lead", "disqualify", &idtext, "--reason", " "], 2);
    assert!(blank.contains("needs a reason"), "{blank}");
    let out = json(
        &db,
        &["lead", "disqualify", &idtext, "--reason", "no budget"],
    );
    assert_eq!(text(&out, "status"), "disqualified");
    assert_eq!(text(&out, "reason"), "no budget");
    let requalify = fails(&db, &["lead", "status", &idtext, "qualified"], 2);
    assert!(
        requalify.contains("disqualified cannot become qualified"),
        "{requalify}"
    );
    let reopened = status(&db, id, "new");
    assert_eq!(text(&reopened, "status"), "new");
    assert_eq!(text(&reopened, "reason"), "");

    let touched = json(&db, &["lead", "touch", &idtext, "--source", "event"]);
    assert_eq!(text(&touched, "first_touch"), text(&added, "first_touch"));
    assert!(
        text(&touched, "last_touch").ends_with(" event #7"),
        "{touched}"
    );

    let edited = json(
        &db,
        &["lead", "edit", &idtext, "--score", "", "--city", "Köln"],
    );
    assert_eq!(text(&edited, "score"), "");
    assert_eq!(text(&edited, "city"), "Köln");
    let score = fails(&db, &["lead", "edit", &idtext, "--score", "101"], 2);
    assert!(score.contains("0 to 100"), "{score}");
    assert_eq!(
        text(&show(&db, id), "city"),
        "Köln",
        "a refused edit changes nothing"
    );
    fails(&db, &["lead", "show", "99"], 2);
}

#[test]
fn lists_filter_by_status_owner_and_campaign() {
    let (_scratch, db) = scratch();
    let a = lead(&db, &["--name", "A", "--owner", "Anna", "--campaign", "1"]);
    let b = lead(&db, &["--name", "B", "--owner", "ben", "--campaign", "1"]);
    let c = lead(&db, &["--name", "C", "--owner", "anna"]);
    status(&db, b, "qualified");
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["lead", "list"];
        all.extend(args);
        common::ids(&json_list(&db, &all))
    };
    assert_eq!(ids(&[]), [a, b, c]);
    assert_eq!(ids(&["--owner", "ANNA"]), [a, c]);
    assert_eq!(ids(&["--campaign", "1"]), [a, b]);
    assert_eq!(ids(&["--status", "new", "--campaign", "1"]), [a]);
    assert_eq!(ids(&["--status", "qualified"]), [b]);
    let unknown = fails(&db, &["lead", "list", "--status", "hot"], 2);
    assert!(unknown.contains("new, contacted, qualified"), "{unknown}");
}

/// Customers to match against: a firm in Berlin with its own domain and phone, and a
/// private person with a freemail address.
fn customers(db: &Path) -> (i64, i64) {
    let firm = add_customer(
        db,
        &[
            "--name",
            "Weber Bau GmbH",
            "--email",
            "info@weber-bau.de",
            "--phone",
            "030 1234567",
            "--city",
            "Berlin",
        ],
    );
    let person = add_customer(
        db,
        &[
            "--name",
            "Petra Schulz",
            "--kind",
            "person",
            "--email",
            "petra.schulz@gmx.de",
        ],
    );
    (firm, person)
}

#[test]
fn duplicates_are_found_by_each_rule_and_a_freemail_domain_matches_nothing() {
    let (_scratch, db) = scratch();
    let (firm, person) = customers(&db);
    let rules = |id| candidates(&db, id);
    let by_email = lead(
        &db,
        &["--name", "P. Schulz", "--email", " Petra.Schulz@GMX.de"],
    );
    assert_eq!(
        rules(by_email),
        [("customer".into(), person, vec!["email".into()])]
    );
    let by_phone = lead(&db, &["--name", "Someone", "--phone", "+49 30 1234567"]);
    assert_eq!(
        rules(by_phone),
        [("customer".into(), firm, vec!["phone".into()])]
    );
    let by_domain = lead(&db, &["--name", "Eva Weber", "--email", "eva@weber-bau.de"]);
    assert_eq!(
        rules(by_domain),
        [("customer".into(), firm, vec!["domain".into()])]
    );
    let by_name = lead(&db, &["--company", "WEBER BAU GmbH", "--city", "berlin"]);
    assert_eq!(
        rules(by_name),
        [("customer".into(), firm, vec!["name-city".into()])]
    );
    let elsewhere = lead(&db, &["--company", "Weber Bau GmbH", "--city", "Hamburg"]);
    assert!(rules(elsewhere).is_empty(), "the same name in another city");
    let freemail = lead(&db, &["--name", "Max Muster", "--email", "max@gmx.de"]);
    assert!(rules(freemail).is_empty(), "gmx.de says nothing");
    let twin = lead(&db, &["--name", "Max M.", "--email", "MAX@gmx.de"]);
    assert_eq!(
        rules(twin),
        [("lead".into(), freemail, vec!["email".into()])]
    );
    let table = common::ok(&db, &["lead", "duplicates", &by_domain.to_string()]);
    assert!(
        table.contains("Weber Bau GmbH") && table.contains("same e-mail domain"),
        "{table}"
    );
}

#[test]
fn conversion_links_or_creates_and_refuses_to_create_beside_a_duplicate() {
    let (_scratch, db) = scratch();
    let (firm, _person) = customers(&db);
    let id = lead(
        &db,
        &[
            "--name",
            "Eva Weber",
            "--email",
            "eva@weber-bau.de",
            "--owner",
            "anna",
        ],
    );
    let idtext = id.to_string();
    let early = fails(
        &db,
        &["lead", "convert", &idtext, "--link", &firm.to_string()],
        2,
    );
    assert!(early.contains("only a qualified lead"), "{early}");
    status(&db, id, "qualified");

    let asked = run(&db, &["lead", "convert", &idtext]);
    assert_eq!(asked.code, 2, "{asked:?}");
    assert!(asked.stdout.contains("Weber Bau GmbH"), "{asked:?}");
    assert!(
        asked.stderr.contains(&format!("--link {firm}")),
        "{asked:?}"
    );
    let refused = fails(&db, &["lead", "convert", &idtext, "--create"], 2);
    assert!(refused.contains("--despite-duplicates"), "{refused}");
    assert_eq!((count(&db, "customer"), count(&db, "opportunity")), (2, 0));

    let done = json(
        &db,
        &[
            "lead",
            "convert",
            &idtext,
            "--link",
            &firm.to_string(),
            "--amount",
            "1.500,50",
        ],
    );
    assert_eq!(text(&done, "status"), "converted");
    assert_eq!(int(&done, "converted_customer"), firm);
    let customer = json(&db, &["customer", "show", &firm.to_string()]);
    assert_eq!(strings(&customer, "contact"), ["Eva Weber"]);
    let opportunities = json_list(&db, &["opportunity", "list"]);
    assert_eq!(opportunities.len(), 1);
    assert_eq!(
        int(&opportunities[0], "id"),
        int(&done, "converted_opportunity")
    );
    assert_eq!(int(&opportunities[0], "customer"), firm);
    assert_eq!(text(&opportunities[0], "amount"), "1500.50");
    assert_eq!(text(&opportunities[0], "title"), "Eva Weber");
    let again = fails(&db, &["lead", "convert", &idtext, "--create"], 2);
    assert!(again.contains("converted"), "{again}");

    // The same person again: linked, but not added as a second contact.
    let twin = lead(&db, &["--name", "E. Weber", "--email", "EVA@weber-bau.de"]);
    status(&db, twin, "qualified");
    let out = common::ok(
        &db,
        &[
            "lead",
            "convert",
            &twin.to_string(),
            "--link",
            &firm.to_string(),
        ],
    );
    assert!(!out.contains("added as a contact"), "{out}");
    let customer = json(&db, &["customer", "show", &firm.to_string()]);
    assert_eq!(strings(&customer, "contact"), ["Eva Weber"]);

    let despite = lead(
        &db,
        &[
            "--company",
            "Weber Bau GmbH",
            "--city",
            "Berlin",
            "--name",
            "Jo",
        ],
    );
    status(&db, despite, "qualified");
    let made = json(
        &db,
        &[
            "lead",
            "convert",
            &despite.to_string(),
            "--create",
            "--despite-duplicates",
        ],
    );
    let created = customer_of(&db, &made);
    assert_eq!(text(&created, "kind"), "company");
    assert_eq!(text(&created, "status"), "prospect");
    assert_eq!(strings(&created, "contact"), ["Jo"]);
}

#[test]
fn a_fresh_person_becomes_a_person_customer_and_a_refused_conversion_leaves_nothing() {
    let (_scratch, db) = scratch();
    customers(&db);
    let id = lead(
        &db,
        &[
            "--name",
            "Max Muster",
            "--email",
            "max@gmx.de",
            "--phone",
            "0221 987654",
            "--city",
            "Köln",
            "--postal-code",
            "50667",
            "--country",
            "DE",
        ],
    );
    let idtext = id.to_string();
    status(&db, id, "qualified");
    let asked = run(&db, &["lead", "convert", &idtext]);
    assert_eq!(asked.code, 2, "{asked:?}");
    assert!(
        asked.stdout.contains("no duplicate candidates"),
        "{asked:?}"
    );
    assert!(asked.stderr.contains("--create"), "{asked:?}");

    let refused = fails(
        &db,
        &["lead", "convert", &idtext, "--create", "--amount=-5"],
        2,
    );
    assert!(refused.contains("negative"), "{refused}");
    assert_eq!((count(&db, "customer"), count(&db, "opportunity")), (2, 0));
    assert_eq!(text(&show(&db, id), "status"), "qualified");
    let missing = fails(&db, &["lead", "convert", &idtext, "--link", "99"], 2);
    assert!(missing.contains("99"), "{missing}");
    assert_eq!((count(&db, "customer"), count(&db, "opportunity")), (2, 0));

    let done = json(
        &db,
        &[
            "lead",
            "convert",
            &idtext,
            "--create",
            "--title",
            "Erstauftrag",
        ],
    );
    let customer = customer_of(&db, &done);
    assert_eq!(text(&customer, "name"), "Max Muster");
    assert_eq!(text(&customer, "kind"), "person");
    assert_eq!(text(&customer, "status"), "prospect");
    assert_eq!(strings(&customer, "email"), ["max@gmx.de"]);
    assert_eq!(strings(&customer, "phone"), ["0221 987654"]);
    assert_eq!(text(&customer, "city"), "Köln");
    let opportunity = &json_list(&db, &["opportunity", "list"])[0];
    assert_eq!(text(opportunity, "title"), "Erstauftrag");
    assert_eq!(text(opportunity, "amount"), "0.00");
    let audit = common::ok(&db, &["audit"]);
    assert!(audit.contains("Leads::Convert  lead:"), "{audit}");
}

#[test]
fn marketing_works_leads_but_converts_nothing_and_the_warehouse_sees_none() {
    let (_scratch, db) = scratch();
    let id = lead(&db, &["--name", "Eva Probe"]);
    let store = Store::open(&db).unwrap();
    let actor = |name: &str, role| Actor {
        name: name.into(),
        role,
    };
    let add = |role| {
        let new = NewLead {
            name: "Neu".into(),
            ..NewLead::default()
        };
        let command = Command::Lead(LeadCommand::Add(Box::new(new)));
        execute(&store, &common::clock(), &actor("x", role), command).map_err(|e| e.to_string())
    };
    add(Role::Marketing).unwrap();
    add(Role::Agent).unwrap();
    let refused = add(Role::Warehouse).unwrap_err();
    assert!(refused.contains("not permitted"), "{refused}");
    let wim = actor("wim", Role::Warehouse);
    assert!(kontor::core::leads::list(&store, &wim, &LeadFilter::default()).is_err());
    assert!(kontor::core::leads::show(&store, &wim, id as u64).is_err());
    let mia = actor("mia", Role::Marketing);
    let qualify = LeadCommand::Status {
        id: id as u64,
        status: kontor::domain::lead::LeadStatus::Qualified,
    };
    execute(&store, &common::clock(), &mia, Command::Lead(qualify)).unwrap();
    let convert = LeadCommand::Convert {
        id: id as u64,
        conversion: Box::new(Conversion {
            target: Target::Create {
                despite_duplicates: false,
            },
            title: String::new(),
            amount: String::new(),
        }),
    };
    let refused = execute(
        &store,
        &common::clock(),
        &mia,
        Command::Lead(convert.clone()),
    );
    assert!(refused.unwrap_err().to_string().contains("not permitted"));
    let sam = actor("sam", Role::Sales);
    execute(&store, &common::clock(), &sam, Command::Lead(convert)).unwrap();
    assert_eq!(
        kontor::core::leads::list(&store, &mia, &LeadFilter::default())
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn the_demo_has_leads_in_every_status_one_duplicating_a_customer_and_a_freemail_one_not() {
    let (_scratch, db) = scratch();
    common::ok(&db, &["demo", "--customers", "40"]);
    let leads = json_list(&db, &["lead", "list"]);
    assert!(leads.len() >= 12, "{}", leads.len());
    for status in ["new", "contacted", "qualified", "converted", "disqualified"] {
        assert!(
            leads.iter().any(|l| text(l, "status") == status),
            "{status}"
        );
    }
    assert!(leads.iter().any(|l| l["campaign"].is_i64()), "attribution");
    let named = |name: &str| -> &Value {
        leads
            .iter()
            .find(|l| text(l, "name") == name)
            .expect("the demo lead")
    };
    let enquiry = named("Website enquiry");
    let email = strings(enquiry, "email")[0].clone();
    let found = candidates(&db, int(enquiry, "id"));
    let customer = json(&db, &["customer", "show", &found[0].1.to_string()]);
    assert!(strings(&customer, "email").contains(&email), "{customer}");
    assert!(found[0].2.contains(&"email".to_string()));
    let karl = named("Karl Demo");
    let domain = strings(karl, "email")[0]
        .split('@')
        .nth(1)
        .unwrap()
        .to_string();
    let customers = json_list(&db, &["customer", "list", "--limit", "1000"]);
    let shared = customers
        .iter()
        .flat_map(|c| strings(c, "email"))
        .any(|e| e.ends_with(&format!("@{domain}")));
    assert!(shared, "a demo customer uses {domain} too");
    assert!(candidates(&db, int(karl, "id")).is_empty());
}
