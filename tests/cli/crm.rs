//! End-to-end tests of `kontor interaction …` and `kontor opportunity …` through the real
//! binary: logging with every flag, listing by customer, agent and due date, completing
//! follow-ups, stage moves and their probabilities, the pipeline report (checked against
//! sums computed here in integer cents), plus `demo`, `check` and `reindex`.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{Scratch, add_customer, fails, ids, int, json, json_list, ok, strings, text};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime};

/// The pipeline stages in order with the probability an opportunity gets on entering it.
const STAGES: [(&str, i64); 6] = [
    ("qualification", 10),
    ("needs-analysis", 20),
    ("proposal", 40),
    ("negotiation", 60),
    ("won", 100),
    ("lost", 0),
];

fn today() -> Date {
    // The binary runs pinned to the test's instant with TZ=UTC (see common::command).
    crate::common::now().date()
}

fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Logs a call-out (with an outcome unless `extra` gives one) and returns it as printed.
fn log(db: &Path, customer: i64, extra: &[&str]) -> Value {
    let customer = customer.to_string();
    let mut args = vec![
        "interaction",
        "log",
        "--customer",
        &customer,
        "--channel",
        "call-out",
    ];
    if !extra.contains(&"--outcome") {
        args.extend(["--outcome", "erreicht"]);
    }
    args.extend(extra);
    json(db, &args)
}

#[test]
fn interaction_log_records_every_flag() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Alfreds Futterkiste"]);
    let at = "2026-11-27T10:30:00+01:00";
    let logged = json(
        &db,
        &[
            "interaction",
            "log",
            "--customer",
            &customer.to_string(),
            "--channel",
            "call-in",
            "--subject",
            "Rückruf wegen Angebot",
            "--contact",
            "Maria Anders",
            "--body",
            "Fragt nach Lieferzeit",
            "--outcome",
            "Angebot folgt",
            "--duration",
            "4m30s",
            "--agent",
            "anna",
            "--at",
            at,
            "--follow-up",
            "2026-12-01",
        ],
    );
    assert!(int(&logged, "id") >= 1);
    assert_eq!(int(&logged, "customer"), customer);
    assert_eq!(text(&logged, "channel"), "call-in");
    assert_eq!(text(&logged, "subject"), "Rückruf wegen Angebot");
    assert_eq!(text(&logged, "contact"), "Maria Anders");
    assert_eq!(text(&logged, "body"), "Fragt nach Lieferzeit");
    assert_eq!(text(&logged, "outcome"), "Angebot folgt");
    assert_eq!(text(&logged, "duration"), "4m30s");
    assert_eq!(text(&logged, "agent"), "anna");
    assert_eq!(
        OffsetDateTime::parse(text(&logged, "at"), &Rfc3339).unwrap(),
        OffsetDateTime::parse(at, &Rfc3339).unwrap(),
        "the same instant, whatever offset it is shown in"
    );
    assert_eq!(text(&logged, "follow_up"), "2026-12-01");
    assert_eq!(logged["follow_up_done"], Value::Bool(false));
    assert_eq!(int(&logged, "version"), 1);
    let listed = json_list(
        &db,
        &["interaction", "list", "--customer", &customer.to_string()],
    );
    assert_eq!(listed, [logged], "list shows what log stored");

    // Without --agent the acting user is the agent; without --at it is now.
    let plain = log(&db, customer, &["--subject", "Kurz"]);
    assert_eq!(text(&plain, "agent"), "tester", "USER of the process");
    let at = OffsetDateTime::parse(text(&plain, "at"), &Rfc3339).unwrap();
    assert_eq!(at, crate::common::NOW, "{plain}");
    assert_eq!(text(&plain, "follow_up"), "");
}

#[test]
fn interaction_log_refuses_unknown_customers_channels_and_durations() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Da GmbH"]).to_string();
    let error = fails(
        &db,
        &[
            "interaction",
            "log",
            "--customer",
            "999",
            "--channel",
            "call-in",
            "--outcome",
            "erreicht",
            "--subject",
            "x",
        ],
        2,
    );
    assert!(error.contains("customer 999 does not exist"), "{error}");
    // A call says what came of it; other contacts need not.
    let call = [
        "interaction",
        "log",
        "--customer",
        &customer,
        "--subject",
        "x",
    ];
    let error = fails(&db, &[&call[..], &["--channel", "call-out"]].concat(), 2);
    assert_eq!(error.trim(), "kontor: outcome: what came of the call?");
    assert!(json_list(&db, &["interaction", "list"]).is_empty());
    let mail = json(&db, &[&call[..], &["--channel", "email"]].concat());
    assert_eq!(text(&mail, "outcome"), "");
    let error = fails(
        &db,
        &[
            "interaction",
            "log",
            "--customer",
            &customer,
            "--channel",
            "fax",
            "--subject",
            "x",
        ],
        2,
    );
    for channel in [
        "call-in", "call-out", "email", "visit", "social", "chat", "note",
    ] {
        assert!(
            error.contains(channel),
            "names the accepted channels: {error}"
        );
    }
    assert!(error.contains("fax"), "{error}");
    for (flag, value) in [
        ("--duration", "lang"),
        ("--at", "gestern"),
        ("--follow-up", "2026-02-30"),
    ] {
        let error = fails(
            &db,
            &[
                "interaction",
                "log",
                "--customer",
                &customer,
                "--channel",
                "note",
                "--subject",
                "x",
                flag,
                value,
            ],
            2,
        );
        assert!(error.contains(value), "{flag}: {error}");
    }
    let logged = json_list(&db, &["interaction", "list"]);
    assert_eq!(logged.len(), 1, "only the mail was logged: {logged:?}");
    let error = fails(&db, &["interaction", "done", "42"], 2);
    assert!(error.contains("interaction 42 does not exist"), "{error}");
    // `add` is `log`; an imported call is history and needs no outcome.
    let added = [
        &["interaction", "add"][..],
        &call[2..],
        &["--channel", "call-in"],
    ]
    .concat();
    assert!(fails(&db, &added, 2).contains("what came of the call?"));
    let history = format!("customer,channel,subject\n{customer},call-in,Altbestand\n");
    let file = scratch.file("history.csv", history.as_bytes());
    ok(&db, &["import", "interactions", common::s(&file)]);
    assert_eq!(json_list(&db, &["interaction", "list"]).len(), 2);
}

#[test]
fn interaction_list_filters_by_customer_and_agent() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let first = add_customer(&db, &["--name", "Erste"]);
    let second = add_customer(&db, &["--name", "Zweite"]);
    let mut logged = Vec::new();
    for (customer, agent, at) in [
        (first, "anna", "2026-01-10T09:00:00Z"),
        (second, "ben", "2026-01-11T09:00:00Z"),
        (first, "ben", "2026-01-12T09:00:00Z"),
        (second, "Anna", "2026-01-13T09:00:00Z"),
        (first, "anna", "2026-01-09T09:00:00Z"),
    ] {
        let record = log(
            &db,
            customer,
            &["--subject", "Gespräch", "--agent", agent, "--at", at],
        );
        logged.push((int(&record, "id"), customer, agent.to_lowercase(), at));
    }
    // Expected lists, oldest first, computed from what was logged.
    let expect = |keep: &dyn Fn(i64, &str) -> bool| -> Vec<i64> {
        let mut kept: Vec<_> = logged
            .iter()
            .filter(|(_, customer, agent, _)| keep(*customer, agent))
            .collect();
        kept.sort_by_key(|(_, _, _, at)| *at);
        kept.iter().map(|(id, ..)| *id).collect()
    };
    let listed = |args: &[&str]| {
        let mut all = vec!["interaction", "list"];
        all.extend(args);
        ids(&json_list(&db, &all))
    };
    assert_eq!(
        listed(&["--customer", &first.to_string()]),
        expect(&|c, _| c == first)
    );
    assert_eq!(
        listed(&["--customer", &second.to_string()]),
        expect(&|c, _| c == second)
    );
    assert_eq!(
        listed(&["--agent", "anna"]),
        expect(&|_, a| a == "anna"),
        "agents match regardless of case"
    );
    assert_eq!(
        listed(&["--agent", "ben", "--customer", &first.to_string()]),
        expect(&|c, a| a == "ben" && c == first)
    );
    assert_eq!(listed(&[]), expect(&|_, _| true));
    // A limit keeps the latest, still shown oldest first.
    let latest = |all: Vec<i64>, count: usize| all[all.len() - count..].to_vec();
    assert_eq!(
        listed(&["--customer", &first.to_string(), "--limit", "2"]),
        latest(expect(&|c, _| c == first), 2)
    );
    assert_eq!(
        listed(&["--agent", "anna", "--limit", "1"]),
        latest(expect(&|_, a| a == "anna"), 1)
    );
    // Without a filter: the two logged last (the fifth was backdated), by time.
    assert_eq!(listed(&["--limit", "2"]), [logged[4].0, logged[3].0]);
    assert!(listed(&["--agent", "carla"]).is_empty());
}

#[test]
fn follow_ups_due_today_include_overdue_ones_but_not_future_or_done_ones() {
    crate::common::at_every_pinned_instant(|_| follow_ups_due_today());
}

fn follow_ups_due_today() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Rückrufer KG"]);
    let today = today();
    let follow = |subject: &str, due: Date| {
        int(
            &log(
                &db,
                customer,
                &["--subject", subject, "--follow-up", &iso(due)],
            ),
            "id",
        )
    };
    let due_today = follow("heute", today);
    let overdue = follow("überfällig", today - Duration::days(3));
    let future = follow("später", today + Duration::days(3));
    let done = follow("erledigt", today - Duration::days(1));
    let without = int(&log(&db, customer, &["--subject", "ohne"]), "id");
    let completed = json(&db, &["interaction", "done", &done.to_string()]);
    assert_eq!(completed["follow_up_done"], Value::Bool(true));
    assert_eq!(int(&completed, "version"), 2);

    let due = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["interaction", "list", "--due"];
        all.extend(args);
        let mut found = ids(&json_list(&db, &all));
        found.sort_unstable();
        found
    };
    let mut expected = vec![due_today, overdue];
    expected.sort_unstable();
    assert_eq!(due(&[]), expected, "--due without a date means today");
    assert_eq!(due(&[&iso(today)]), expected);
    assert_eq!(due(&[&iso(today - Duration::days(3))]), [overdue]);
    let mut all_open = vec![due_today, overdue, future];
    all_open.sort_unstable();
    assert_eq!(due(&[&iso(today + Duration::days(30))]), all_open);
    assert!(!due(&[]).contains(&without));

    // Completing one removes it from the list.
    ok(&db, &["interaction", "done", &overdue.to_string()]);
    assert_eq!(due(&[]), [due_today]);
    let error = fails(&db, &["interaction", "done", &without.to_string()], 2);
    assert!(error.contains("no follow-up"), "{error}");
    let error = fails(&db, &["interaction", "list", "--due", "morgen"], 2);
    assert!(error.contains("morgen"), "{error}");
}

#[test]
fn an_agents_follow_ups_due_are_theirs_alone_in_due_order() {
    crate::common::at_every_pinned_instant(|_| an_agents_follow_ups_due());
}

fn an_agents_follow_ups_due() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Rückrufer KG"]);
    let today = today();
    let follow = |agent: &str, days_ago: i64| {
        let due = iso(today - Duration::days(days_ago));
        int(
            &log(
                &db,
                customer,
                &[
                    "--subject",
                    "Rückruf",
                    "--agent",
                    agent,
                    "--follow-up",
                    &due,
                ],
            ),
            "id",
        )
    };
    let anna_today = follow("anna", 0);
    let bernd = follow("bernd", 2);
    let anna_overdue = follow("Anna", 5);
    let anna_later = follow("anna", -4);
    let listed = |agent: &str, due: &str| {
        ids(&json_list(
            &db,
            &["interaction", "list", "--due", due, "--agent", agent],
        ))
    };
    assert_eq!(listed("ANNA", &iso(today)), [anna_overdue, anna_today]);
    assert_eq!(listed("bernd", &iso(today)), [bernd]);
    assert!(listed("carla", &iso(today)).is_empty());
    assert_eq!(
        listed("anna", &iso(today + Duration::days(4))),
        [anna_overdue, anna_today, anna_later]
    );
    ok(&db, &["interaction", "done", &anna_overdue.to_string()]);
    assert_eq!(listed("anna", &iso(today)), [anna_today]);
    ok(&db, &["check"]);
}

#[test]
fn opportunity_add_reads_amounts_and_refuses_negative_ones() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Käufer AG"]).to_string();
    let added = json(
        &db,
        &[
            "opportunity",
            "add",
            "--customer",
            &customer,
            "--title",
            "Kaffeemaschinen",
            "--amount",
            "1200.50",
        ],
    );
    assert!(int(&added, "id") >= 1);
    assert_eq!(int(&added, "customer").to_string(), customer);
    assert_eq!(text(&added, "title"), "Kaffeemaschinen");
    assert_eq!(text(&added, "amount"), "1200.50");
    assert_eq!(text(&added, "currency"), "EUR", "the default currency");
    assert_eq!(text(&added, "stage"), "qualification");
    assert_eq!(int(&added, "probability"), 10);
    assert_eq!(text(&added, "weighted"), "120.05");
    assert_eq!(text(&added, "closed_at"), "");
    assert_eq!(int(&added, "version"), 1);

    let full = json(
        &db,
        &[
            "opportunity",
            "add",
            "--customer",
            &customer,
            "--title",
            "Wartungsvertrag",
            "--amount",
            "1.234,56",
            "--currency",
            "usd",
            "--stage",
            "proposal",
            "--probability",
            "35",
            "--close",
            "2027-01-31",
            "--owner",
            "ben",
        ],
    );
    assert_eq!(text(&full, "amount"), "1234.56", "German notation");
    assert_eq!(text(&full, "currency"), "USD");
    assert_eq!(text(&full, "stage"), "proposal");
    assert_eq!(int(&full, "probability"), 35);
    // 1234.56 × 35 % = 432.096 → 432.10
    assert_eq!(text(&full, "weighted"), "432.10");
    assert_eq!(text(&full, "expected_close"), "2027-01-31");
    assert_eq!(text(&full, "owner"), "ben");

    for (flag, value, named) in [
        ("--amount", "-5", "negative"),
        ("--amount", "zwölf", "zwölf"),
        ("--stage", "closing", "closing"),
        ("--probability", "120", "120"),
        ("--currency", "EURO", "EURO"),
        ("--close", "bald", "bald"),
    ] {
        let mut args = vec!["opportunity", "add", "--customer", &customer];
        args.extend(["--title", "x", flag, value]);
        if flag != "--amount" {
            args.extend(["--amount", "10"]);
        }
        let error = fails(&db, &args, 2);
        assert!(error.contains(named), "{flag} {value}: {error}");
    }
    let error = fails(
        &db,
        &[
            "opportunity",
            "add",
            "--customer",
            "999",
            "--title",
            "x",
            "--amount",
            "5",
        ],
        2,
    );
    assert!(error.contains("customer 999 does not exist"), "{error}");
    assert_eq!(json_list(&db, &["opportunity", "list"]).len(), 2);
}

#[test]
fn opportunity_stage_moves_set_the_probability_and_close_time() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Käufer AG"]).to_string();
    let id = int(
        &json(
            &db,
            &[
                "opportunity",
                "add",
                "--customer",
                &customer,
                "--title",
                "Kaffeemaschinen",
                "--amount",
                "1200.50",
            ],
        ),
        "id",
    )
    .to_string();
    let (mut version, mut was) = (1, "qualification");
    for (stage, probability) in STAGES.iter().filter(|(s, _)| *s != "lost") {
        let moved = json(&db, &["opportunity", "stage", &id, stage]);
        // A move to the stage it is in (a new one is in qualification) changes nothing.
        if *stage != was {
            version += 1;
        }
        was = stage;
        assert_eq!(text(&moved, "stage"), *stage);
        assert_eq!(int(&moved, "probability"), *probability, "{stage}");
        assert_eq!(int(&moved, "version"), version);
        if *stage == "won" {
            let closed = OffsetDateTime::parse(text(&moved, "closed_at"), &Rfc3339).unwrap();
            let created = OffsetDateTime::parse(text(&moved, "created"), &Rfc3339).unwrap();
            assert!(closed >= created, "{moved}");
            assert_eq!(closed, crate::common::NOW);
        } else {
            assert_eq!(text(&moved, "closed_at"), "", "{stage} is open");
        }
    }
    // A won deal is not lost: nothing changes until it is reopened (moved to an open stage).
    let before = json_list(&db, &["opportunity", "list"]);
    let won_to_lost = ["opportunity", "stage", &id, "lost", "--reason", "x"];
    let error = fails(&db, &won_to_lost, 2);
    assert!(
        error.contains(&format!(
            "opportunity {id} is won; move it back to an open stage first to reopen it"
        )),
        "{error}"
    );
    assert_eq!(error.lines().count(), 1, "{error}");
    assert_eq!(json_list(&db, &["opportunity", "list"]), before);
    let reopened = json(&db, &["opportunity", "stage", &id, "proposal"]);
    assert_eq!(text(&reopened, "closed_at"), "");
    // Lost needs a reason; without one nothing changes.
    let before = json_list(&db, &["opportunity", "list"]);
    let error = fails(&db, &["opportunity", "stage", &id, "lost"], 2);
    assert!(error.contains("reason"), "{error}");
    assert_eq!(json_list(&db, &["opportunity", "list"]), before);
    let lost = json(
        &db,
        &[
            "opportunity",
            "stage",
            &id,
            "lost",
            "--reason",
            "Preis zu hoch",
        ],
    );
    assert_eq!(text(&lost, "stage"), "lost");
    assert_eq!(int(&lost, "probability"), 0);
    assert_eq!(text(&lost, "weighted"), "0.00");
    assert_eq!(text(&lost, "lost_reason"), "Preis zu hoch");
    assert_ne!(text(&lost, "closed_at"), "");
    // Reopening clears the close time and the reason; --probability overrides the stage.
    let reopened = json(
        &db,
        &[
            "opportunity",
            "stage",
            &id,
            "negotiation",
            "--probability",
            "75",
        ],
    );
    assert_eq!(int(&reopened, "probability"), 75);
    assert_eq!(text(&reopened, "closed_at"), "");
    assert_eq!(text(&reopened, "lost_reason"), "");
    // 1200.50 × 75 % = 900.375 → 900.38 (half away from zero)
    assert_eq!(text(&reopened, "weighted"), "900.38");

    let error = fails(&db, &["opportunity", "stage", &id, "closing"], 2);
    assert!(error.contains("closing"), "{error}");
    let error = fails(&db, &["opportunity", "stage", "999", "won"], 2);
    assert!(error.contains("opportunity 999 does not exist"), "{error}");
}

#[test]
fn opportunity_list_filters_by_stage_and_customer() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let first = add_customer(&db, &["--name", "Erste"]);
    let second = add_customer(&db, &["--name", "Zweite"]);
    let mut made = Vec::new();
    for (customer, stage) in [
        (first, "proposal"),
        (second, "proposal"),
        (first, "qualification"),
        (second, "won"),
        (first, "proposal"),
    ] {
        let added = json(
            &db,
            &[
                "opportunity",
                "add",
                "--customer",
                &customer.to_string(),
                "--title",
                "Deal",
                "--amount",
                "100",
                "--stage",
                stage,
            ],
        );
        made.push((int(&added, "id"), customer, stage));
    }
    let expect = |keep: &dyn Fn(i64, &str) -> bool| -> Vec<i64> {
        made.iter()
            .filter(|(_, c, s)| keep(*c, s))
            .map(|(id, ..)| *id)
            .collect()
    };
    let listed = |args: &[&str]| {
        let mut all = vec!["opportunity", "list"];
        all.extend(args);
        ids(&json_list(&db, &all))
    };
    assert_eq!(listed(&[]), expect(&|_, _| true));
    assert_eq!(
        listed(&["--stage", "proposal"]),
        expect(&|_, s| s == "proposal")
    );
    assert_eq!(
        listed(&["--customer", &first.to_string()]),
        expect(&|c, _| c == first)
    );
    assert_eq!(
        listed(&["--customer", &second.to_string(), "--stage", "won"]),
        expect(&|c, s| c == second && s == "won")
    );
    assert!(listed(&["--stage", "lost"]).is_empty());
    assert_eq!(listed(&["--limit", "2"]), expect(&|_, _| true)[..2]);
    // Moving changes what the stage filter finds.
    let moved = made[0].0.to_string();
    ok(&db, &["opportunity", "stage", &moved, "negotiation"]);
    assert_eq!(listed(&["--stage", "negotiation"]), [made[0].0]);
    assert_eq!(listed(&["--stage", "proposal"]), [made[1].0, made[4].0]);
}

/// Amount in cents parsed from "1200.50"-style text (the test's own parser).
fn cents(amount: &str) -> i64 {
    let (whole, fraction) = amount.split_once('.').unwrap_or((amount, "0"));
    let fraction = format!("{fraction:0<2}");
    whole.parse::<i64>().unwrap() * 100 + fraction[..2].parse::<i64>().unwrap()
}

/// Cents as "1200.50".
fn money(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// Σ amount × probability / 100 over (cents, percent) pairs, each rounded half away from
/// zero to cents before adding — in integers, independent of kontor's decimals.
fn weighted(deals: &[(i64, i64)]) -> i64 {
    deals
        .iter()
        .map(|(c, p)| (c * p + 50).div_euclid(100))
        .sum()
}

/// Adds opportunities in stages (moving each one there with `opportunity stage` when
/// `--stage` is not wanted) and returns (cents, probability) per stage name.
fn fill_pipeline(db: &Path, deals: &[(&str, &str)]) -> BTreeMap<&'static str, Vec<(i64, i64)>> {
    let customer = add_customer(db, &["--name", "Pipeline GmbH"]).to_string();
    let mut per_stage: BTreeMap<&'static str, Vec<(i64, i64)>> = BTreeMap::new();
    for (index, (stage, amount)) in deals.iter().enumerate() {
        let (stage, probability) = STAGES.iter().find(|(s, _)| s == stage).unwrap();
        let mut args = vec![
            "opportunity",
            "add",
            "--customer",
            &customer,
            "--title",
            "Deal",
            "--amount",
            amount,
        ];
        // Half are created in their stage, half moved there.
        if index % 2 == 0 && *stage != "lost" {
            args.extend(["--stage", stage]);
            json(db, &args);
        } else {
            let id = int(&json(db, &args), "id").to_string();
            let mut stage_args = vec!["opportunity", "stage", &id, stage];
            if *stage == "lost" {
                stage_args.extend(["--reason", "zu teuer"]);
            }
            json(db, &stage_args);
        }
        per_stage
            .entry(stage)
            .or_default()
            .push((cents(amount), *probability));
    }
    per_stage
}

#[test]
fn opportunity_pipeline_counts_sums_and_weights_every_stage() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    // Amounts whose weighted sums need rounding: 333.33 × 10 % = 33.333, 100.05 × 10 % =
    // 10.005, 0.99 × 20 % = 0.198, 999.99 × 40 % = 399.996, 10.01 × 60 % = 6.006.
    let per_stage = fill_pipeline(
        &db,
        &[
            ("qualification", "333.33"),
            ("qualification", "100.05"),
            ("needs-analysis", "1200.50"),
            ("needs-analysis", "0.99"),
            ("proposal", "999.99"),
            ("negotiation", "10.01"),
            ("negotiation", "10.01"),
            ("won", "250.25"),
            ("lost", "77.77"),
        ],
    );
    let lines = json_list(&db, &["opportunity", "pipeline"]);
    let stages: Vec<&str> = lines.iter().map(|l| text(l, "stage")).collect();
    let mut expected_stages: Vec<&str> = STAGES.iter().map(|(s, _)| *s).collect();
    expected_stages.push("total");
    assert_eq!(
        stages, expected_stages,
        "every stage in order, then the total"
    );
    for line in &lines[..STAGES.len()] {
        let stage = text(line, "stage");
        let deals = per_stage.get(stage).cloned().unwrap_or_default();
        assert_eq!(int(line, "count"), deals.len() as i64, "{stage}");
        let sum: i64 = deals.iter().map(|(c, _)| c).sum();
        assert_eq!(text(line, "sum"), money(sum), "{stage}");
        assert_eq!(text(line, "weighted"), money(weighted(&deals)), "{stage}");
        assert_eq!(text(line, "currency"), "EUR");
    }
    let all: Vec<(i64, i64)> = per_stage.values().flatten().copied().collect();
    let total = &lines[STAGES.len()];
    assert_eq!(int(total, "count"), all.len() as i64);
    assert_eq!(
        text(total, "sum"),
        money(all.iter().map(|(c, _)| c).sum::<i64>())
    );
    assert_eq!(text(total, "currency"), "EUR");
    // The total's weighted sum is checked in `pipeline_weighted_sums_add_up_to_the_parts_shown`.

    // An empty database shows every stage with zeros.
    let empty = json_list(&scratch.db("empty"), &["opportunity", "pipeline"]);
    assert_eq!(empty.len(), STAGES.len() + 1);
    assert!(empty.iter().all(|l| int(l, "count") == 0
        && text(l, "sum") == "0.00"
        && text(l, "weighted") == "0.00"));
}

#[test]
fn pipeline_weighted_sums_add_up_to_the_parts_shown() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    // Weighed unrounded, qualification would be 100.006 + 0.005 + 0.005 = 100.016 (100.02)
    // and the total 200.024 (200.02); each rounded to the cent first they are 100.03 and
    // 200.04, the sums of the parts shown.
    let per_stage = fill_pipeline(
        &db,
        &[
            ("qualification", "1000.06"),
            ("qualification", "0.05"),
            ("qualification", "0.05"),
            ("needs-analysis", "500.04"),
        ],
    );
    let lines = json_list(&db, &["opportunity", "pipeline"]);
    let (total, stages) = lines.split_last().unwrap();
    assert_eq!(text(total, "stage"), "total");
    let qualification = &per_stage["qualification"];
    assert_eq!(text(&stages[0], "weighted"), money(weighted(qualification)));
    let parts: i64 = stages.iter().map(|l| cents(text(l, "weighted"))).sum();
    assert_eq!(text(total, "weighted"), money(parts));
    let all: Vec<(i64, i64)> = per_stage.values().flatten().copied().collect();
    assert_eq!(parts, weighted(&all));
}

#[test]
fn pipeline_prints_one_total_line_per_currency() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let customer = add_customer(&db, &["--name", "Weltweit Ltd"]).to_string();
    for (amount, currency, stage) in [
        ("100.00", "EUR", "qualification"),
        ("200.00", "USD", "proposal"),
        ("300.00", "EUR", "won"),
    ] {
        json(
            &db,
            &[
                "opportunity",
                "add",
                "--customer",
                &customer,
                "--title",
                "Deal",
                "--amount",
                amount,
                "--currency",
                currency,
                "--stage",
                stage,
            ],
        );
    }
    let lines = json_list(&db, &["opportunity", "pipeline"]);
    let totals: Vec<(&str, &str)> = lines
        .iter()
        .filter(|l| text(l, "stage") == "total")
        .map(|l| (text(l, "currency"), text(l, "sum")))
        .collect();
    assert_eq!(totals.len(), 2, "{totals:?}");
    assert!(totals.contains(&("EUR", "400.00")), "{totals:?}");
    assert!(totals.contains(&("USD", "200.00")), "{totals:?}");
}

#[test]
fn demo_fills_an_empty_database_and_refuses_a_full_one() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let said = ok(&db, &["demo", "--customers", "30"]);
    assert!(said.contains("30 customers"), "{said}");
    for erp in [
        "8 locations",
        "29 items",
        "5 BOMs",
        "1 production run",
        "7 employees",
    ] {
        assert!(said.contains(erp), "{erp}: {said}");
    }
    assert_eq!(
        json_list(&db, &["item", "list", "--limit", "1000"]).len(),
        29
    );
    assert!(
        !json_list(&db, &["stock", "reorder"]).is_empty(),
        "demo stock leaves items below their reorder point"
    );
    let customers = json_list(&db, &["customer", "list", "--limit", "1000"]);
    assert_eq!(customers.len(), 30);
    assert!(customers.iter().all(|c| !text(c, "name").is_empty()));
    let due = json_list(&db, &["interaction", "list", "--due"]);
    assert!(!due.is_empty(), "demo data has open follow-ups due today");
    let today = iso(today());
    for interaction in &due {
        assert!(
            text(interaction, "follow_up") <= today.as_str(),
            "{interaction}"
        );
        assert_eq!(interaction["follow_up_done"], Value::Bool(false));
    }
    let pipeline = json_list(&db, &["opportunity", "pipeline"]);
    for (stage, _) in STAGES {
        let line = pipeline.iter().find(|l| text(l, "stage") == stage).unwrap();
        assert!(
            int(line, "count") > 0,
            "demo has a {stage} opportunity: {line}"
        );
    }
    let total = pipeline
        .iter()
        .find(|l| text(l, "stage") == "total")
        .unwrap();
    assert_eq!(
        int(total, "count") as usize,
        json_list(&db, &["opportunity", "list", "--limit", "100000"]).len()
    );

    let error = fails(&db, &["demo", "--customers", "5"], 2);
    assert!(error.contains("not empty"), "{error}");
    assert_eq!(
        json_list(&db, &["customer", "list", "--limit", "1000"]).len(),
        30,
        "nothing was added"
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));

    // A database with a single customer is not empty either.
    let other = scratch.db("other");
    add_customer(&other, &["--name", "Schon da"]);
    fails(&other, &["demo", "--customers", "5"], 2);
    assert_eq!(json_list(&other, &["customer", "list"]).len(), 1);
}

#[test]
fn check_is_clean_on_a_consistent_database_and_after_reindex() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let said = ok(&db, &["check"]);
    assert!(
        said.starts_with("ok"),
        "an empty database is consistent: {said}"
    );
    let customer = add_customer(
        &db,
        &[
            "--name",
            "Index Prüfung GmbH",
            "--email",
            "pruefung@example.de",
            "--owner",
            "anna",
            "--tag",
            "b2b",
        ],
    );
    log(
        &db,
        customer,
        &[
            "--subject",
            "Termin",
            "--agent",
            "ben",
            "--follow-up",
            "2026-12-01",
        ],
    );
    json(
        &db,
        &[
            "opportunity",
            "add",
            "--customer",
            &customer.to_string(),
            "--title",
            "Deal",
            "--amount",
            "10",
        ],
    );
    json(
        &db,
        &[
            "customer",
            "edit",
            &customer.to_string(),
            "--name",
            "Index Prüfung AG",
            "--add-tag",
            "vip",
        ],
    );
    let run = common::run(&db, &["check"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("ok"), "{run:?}");
    let rebuilt = ok(&db, &["reindex"]);
    assert!(!rebuilt.is_empty());
    let run = common::run(&db, &["check"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("ok"), "{run:?}");
    // The rebuilt indexes still answer queries.
    assert_eq!(
        ids(&json_list(&db, &["customer", "search", "prüfung"])),
        [customer]
    );
    assert_eq!(
        ids(&json_list(&db, &["customer", "list", "--tag", "vip"])),
        [customer]
    );
    assert_eq!(
        json_list(&db, &["interaction", "list", "--agent", "ben"]).len(),
        1
    );
    let found = json_list(&db, &["customer", "search", "pruefung@example.de"]);
    assert_eq!(strings(&found[0], "email"), ["pruefung@example.de"]);
}
