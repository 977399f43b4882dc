//! Campaigns on the command line: costs booked, opportunities and orders attributed (an
//! order of a quote of an attributed opportunity inherits its campaign; `order set
//! --campaign` attributes one by hand), and the figures — cost, leads, won, won revenue,
//! weighted pipeline, cost per lead and ROI — checked to the cent against values worked
//! out here from the prices and probabilities typed.

use crate::common;

use common::{Scratch, fails, int, json, ok, text};
use rust_decimal::{Decimal, RoundingStrategy, dec};
use serde_json::Value;
use std::path::Path;

use super::orders::{decimal, shop};

/// Adds an opportunity of customer `customer` and returns its id.
pub(super) fn opportunity(
    db: &Path,
    customer: &str,
    amount: &str,
    stage: &str,
    more: &[&str],
) -> i64 {
    let mut args = vec![
        "opportunity",
        "add",
        "--customer",
        customer,
        "--title",
        "Tee",
        "--amount",
        amount,
        "--stage",
        stage,
    ];
    args.extend(more);
    int(&json(db, &args), "id")
}

fn round(value: Decimal, places: u32) -> Decimal {
    value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

fn figure(report: &Value, field: &str) -> Decimal {
    decimal(&report[field])
}

#[test]
fn a_campaigns_figures_add_up_to_the_cent_through_opportunities_and_orders() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    shop(&db);
    let added = json(
        &db,
        &[
            "campaign",
            "add",
            "Winter mailing",
            "--channel",
            "email",
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-31",
            "--budget",
            "1000",
            "--expected-revenue",
            "5000",
        ],
    );
    assert_eq!(int(&added, "id"), 1);
    assert_eq!(text(&added, "status"), "planned");
    ok(&db, &["campaign", "cost", "1", "333.33", "--what", "flyer"]);
    let booked = json(
        &db,
        &[
            "campaign",
            "cost",
            "1",
            "66,68",
            "--what",
            "postage",
            "--date",
            "2026-11-20",
        ],
    );
    assert_eq!(text(&booked, "cost"), "400.01");

    // Attributed: won through a quote, an open one at 60 %, one at 10 %, a lost one;
    // and one of another campaign's nobody's.
    let won = opportunity(&db, "1", "100", "proposal", &["--campaign", "1"]);
    opportunity(&db, "2", "1234.55", "negotiation", &["--campaign", "1"]);
    let small = opportunity(&db, "2", "10.05", "qualification", &[]);
    ok(
        &db,
        &["opportunity", "edit", &small.to_string(), "--campaign", "1"],
    );
    opportunity(
        &db,
        "1",
        "500",
        "lost",
        &["--campaign", "1", "--lost-reason", "price"],
    );
    opportunity(&db, "1", "999", "proposal", &[]);
    let unknown = fails(&db, &["opportunity", "edit", "2", "--campaign", "9"], 2);
    assert!(unknown.contains("campaign 9"), "{unknown}");

    let quote = json(
        &db,
        &[
            "quote",
            "add",
            "--customer",
            "K-1",
            "--line",
            "CH-001:3",
            "--line",
            "BK-1:1",
            "--opportunity",
            &won.to_string(),
        ],
    );
    let number = text(&quote, "number");
    ok(&db, &["quote", "send", number]);
    ok(&db, &["quote", "accept", number]);
    let converted = json(&db, &["quote", "convert", number]);
    assert_eq!(converted["campaign"], 1, "the order inherits the campaign");
    let by_hand = json(
        &db,
        &["order", "add", "--customer", "K-2", "--line", "BK-1:2"],
    );
    assert_eq!(by_hand["campaign"], Value::Null);
    let by_hand = text(&by_hand, "number").to_string();
    ok(&db, &["order", "set", &by_hand, "--campaign", "1"]);
    assert_eq!(json(&db, &["order", "show", &by_hand])["campaign"], 1);
    let cancelled = json(
        &db,
        &["order", "add", "--customer", "K-2", "--line", "BK-1:5"],
    );
    let cancelled = text(&cancelled, "number").to_string();
    ok(&db, &["order", "set", &cancelled, "--campaign", "1"]);
    ok(&db, &["order", "cancel", &cancelled, "--reason", "wrong"]);
    let other = json(
        &db,
        &["order", "add", "--customer", "K-1", "--line", "CH-001:7"],
    );
    assert_eq!(other["campaign"], Value::Null);

    // Worked out by hand from the prices (CH-001 10.00, BK-1 24.99) and probabilities.
    let cost = dec!(333.33) + dec!(66.68);
    let won_revenue = dec!(3) * dec!(10.00) + dec!(24.99) + dec!(2) * dec!(24.99);
    let pipeline = round(dec!(1234.55) * dec!(0.60), 2) + round(dec!(10.05) * dec!(0.10), 2);
    let leads = dec!(4);
    let report = json(&db, &["campaign", "report", "1"]);
    assert_eq!(figure(&report, "cost"), cost);
    assert_eq!(int(&report, "leads"), 4);
    assert_eq!(int(&report, "won"), 1);
    assert_eq!(figure(&report, "won_revenue"), won_revenue);
    assert_eq!(figure(&report, "won_revenue"), dec!(104.97));
    assert_eq!(figure(&report, "pipeline"), pipeline);
    assert_eq!(
        figure(&report, "pipeline"),
        dec!(741.74),
        "740.73 + 1.005 → 1.01"
    );
    assert_eq!(figure(&report, "cost_per_lead"), round(cost / leads, 2));
    let roi = round((won_revenue - cost) / cost * dec!(100), 2);
    assert_eq!(figure(&report, "roi"), roi);
    assert_eq!(roi, dec!(-73.76));

    let shown = ok(&db, &["campaign", "show", "1"]);
    assert!(shown.contains("Winter mailing"), "{shown}");
    assert!(shown.contains("-73.76"), "{shown}");
    assert!(shown.contains("postage"), "{shown}");
    ok(&db, &["check"]);
}

#[test]
fn without_costs_there_is_no_roi_and_bad_input_is_one_clear_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(
        &db,
        &[
            "campaign",
            "add",
            "Fair",
            "--channel",
            "event",
            "--from",
            "2026-03-01",
        ],
    );
    let report = json(&db, &["campaign", "report", "1"]);
    assert_eq!(text(&report, "roi"), "");
    assert_eq!(text(&report, "cost_per_lead"), "");
    let table = ok(&db, &["campaign", "report", "1"]);
    assert!(table.contains("n/a"), "{table}");
    let channel = fails(
        &db,
        &[
            "campaign",
            "add",
            "X",
            "--channel",
            "fax",
            "--from",
            "2026-03-01",
        ],
        2,
    );
    assert!(channel.contains("channel"), "{channel}");
    let backwards = fails(&db, &["campaign", "edit", "1", "--to", "2026-02-01"], 2);
    assert!(backwards.contains("before the first"), "{backwards}");
    let negative = fails(&db, &["campaign", "cost", "1", "0", "--what", "nothing"], 2);
    assert!(negative.contains("more than zero"), "{negative}");
    let missing = fails(&db, &["campaign", "show", "7"], 2);
    assert!(missing.contains("campaign 7"), "{missing}");
    ok(
        &db,
        &[
            "campaign",
            "edit",
            "1",
            "--status",
            "active",
            "--name",
            "Spring fair",
        ],
    );
    let listed = common::json_list(&db, &["campaign", "list"]);
    assert_eq!(listed.len(), 1);
    assert_eq!(text(&listed[0], "name"), "Spring fair");
    assert_eq!(text(&listed[0], "status"), "active");
    assert_eq!(
        text(&listed[0], "to"),
        "2026-03-01",
        "one day when no last day is given"
    );
}

#[test]
fn marketing_writes_campaigns_and_segments_agents_read_them_the_warehouse_neither() {
    use kontor::core::campaigns::{self, CampaignCommand, CampaignEdit};
    use kontor::core::segments::{self, SegmentCommand, Target};
    use kontor::core::{Actor, Command, Role, execute};
    use kontor::domain::campaign::CampaignChannel;
    use kontor::domain::segment::parse_filter;
    use kontor::store::Store;

    let scratch = Scratch::new();
    let db = scratch.db("db");
    common::add_customer(&db, &["--name", "Müller GmbH", "--status", "customer"]);
    let store = Store::open(&db).unwrap();
    let actor = |role| Actor {
        name: "someone".into(),
        role,
    };
    let add = Command::Campaign(CampaignCommand::Add(CampaignEdit {
        name: Some("Fair".into()),
        channel: Some(CampaignChannel::Event),
        from: Some(time::macros::date!(2026 - 03 - 01)),
        ..CampaignEdit::default()
    }));
    let segment = Command::Segment(SegmentCommand::Add {
        name: "Customers".into(),
        criteria: parse_filter("status=customer").unwrap(),
    });
    for role in [Role::Agent, Role::Sales, Role::Warehouse] {
        for command in [add.clone(), segment.clone()] {
            let refused = execute(&store, &common::clock(), &actor(role), command);
            assert!(refused.is_err(), "{role:?} may not write marketing");
        }
    }
    let marketing = actor(Role::Marketing);
    execute(&store, &common::clock(), &marketing, add).unwrap();
    execute(&store, &common::clock(), &marketing, segment).unwrap();
    let now = common::NOW;
    for role in [Role::Agent, Role::Sales, Role::Marketing] {
        assert_eq!(
            campaigns::figures(&store, &actor(role), 1).unwrap().1.leads,
            0
        );
        let counted = segments::count(&store, &actor(role), &Target::Saved(1), now).unwrap();
        assert_eq!(counted.0, 1, "{role:?}");
    }
    let warehouse = actor(Role::Warehouse);
    assert!(campaigns::campaigns(&store, &warehouse).is_err());
    assert!(segments::members(&store, &warehouse, &Target::Saved(1), now).is_err());
}

#[test]
fn a_converted_lead_brings_its_campaign_to_the_opportunity_and_counts_as_one_lead() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(
        &db,
        &[
            "campaign",
            "add",
            "Messe",
            "--channel",
            "event",
            "--from",
            "2026-11-01",
        ],
    );
    let lead = |name: &str, email: &str| {
        let added = json(
            &db,
            &[
                "lead",
                "add",
                "--name",
                name,
                "--email",
                email,
                "--campaign",
                "1",
            ],
        );
        int(&added, "id").to_string()
    };
    let converted = lead("Eva Weber", "eva@weber-bau.de");
    lead("Jan Kurz", "jan@kurz-technik.de");
    ok(&db, &["lead", "status", &converted, "qualified"]);
    let done = json(
        &db,
        &[
            "lead", "convert", &converted, "--create", "--amount", "1000",
        ],
    );
    let opportunity = int(&done, "converted_opportunity").to_string();
    let shown = json(&db, &["opportunity", "show", &opportunity]);
    assert_eq!(text(&shown, "campaign"), "1", "{shown}");
    let customer = int(&done, "converted_customer").to_string();
    opportunity_of(&db, &customer);
    let report = json(&db, &["campaign", "report", "1"]);
    // Two leads (one converted: its opportunity is not counted again) and one opportunity
    // the agent attributed by hand.
    assert_eq!(int(&report, "leads"), 3, "{report}");
}

fn opportunity_of(db: &Path, customer: &str) {
    opportunity(db, customer, "500", "qualification", &["--campaign", "1"]);
}
