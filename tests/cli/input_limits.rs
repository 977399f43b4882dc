//! Values at the edge of what kontor accepts, through the real binary: money beyond the
//! maximum amount and instants or dates outside the years 1900–2999 are refused with one
//! line naming the field (exit 2) and nothing saved; what is accepted lists, sums and
//! exports without a panic, in any local time zone.

use crate::common;

use common::*;

const HUGE: &str = "50000000000000000000000000000";
const MAX: &str = "999999999999.99";

#[test]
fn amounts_beyond_the_maximum_are_refused_naming_the_field() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Big Spender"]);
    let opportunity = ["opportunity", "add", "--customer", "1", "--title", "big"];
    let error = fails(&db, &[&opportunity[..], &["--amount", HUGE]].concat(), 2);
    assert!(
        error.contains("amount:") && error.contains("at most 999,999,999,999.99"),
        "{error}"
    );
    assert!(json_list(&db, &["opportunity", "list"]).is_empty());
    let item = ["item", "add", "--sku", "GOLD", "--name", "Gold"];
    let error = fails(&db, &[&item[..], &["--cost", "1000000000000"]].concat(), 2);
    assert!(error.contains("cost:"), "{error}");
    let error = fails(&db, &[&item[..], &["--price", HUGE]].concat(), 2);
    assert!(error.contains("price:"), "{error}");
    let employee = ["employee", "add", "--number", "E1", "--name", "Rich"];
    let args = [&employee[..], &["--joined", "2026-01-01", "--salary", HUGE]].concat();
    assert!(fails(&db, &args, 2).contains("salary:"));

    // The maximum itself is fine, three times over, everywhere it is summed.
    for _ in 0..3 {
        ok(
            &db,
            &[&opportunity[..], &["--amount", MAX, "--stage", "won"]].concat(),
        );
    }
    let pipeline = json_list(&db, &["opportunity", "pipeline"]);
    let won = pipeline
        .iter()
        .find(|row| text(row, "stage") == "won")
        .unwrap();
    assert_eq!(text(won, "sum"), "2999999999999.97");
    assert_eq!(text(won, "weighted"), "2999999999999.97");
    assert_eq!(json_list(&db, &["opportunity", "list"]).len(), 3);
    let export = ok(&db, &["export", "opportunities"]);
    assert_eq!(export.lines().count(), 4, "{export}");
}

#[test]
fn instants_and_dates_outside_the_years_are_refused() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Zeitlos"]);
    let log = ["interaction", "log", "--customer", "1", "--channel", "note"];
    for at in ["9999-12-31T23:00:00-05:00", "9999-12-31T23:30:00Z"] {
        let error = fails(
            &db,
            &[&log[..], &["--subject", "s", "--at", at]].concat(),
            2,
        );
        assert!(
            error.contains("at:") && error.contains("outside the years 1900–2999"),
            "{error}"
        );
    }
    let late = ["--subject", "s", "--follow-up", "3000-01-01"];
    assert!(fails(&db, &[&log[..], &late].concat(), 2).contains("follow_up:"));
    let early = ["--subject", "s", "--at", "1899-12-31T23:00:00Z"];
    fails(&db, &[&log[..], &early].concat(), 2);
    assert!(json_list(&db, &["interaction", "list"]).is_empty());

    let last = ["--subject", "last", "--at", "2999-12-31T23:30:00Z"];
    ok(&db, &[&log[..], &last].concat());
    let berlin = command()
        .args(["interaction", "list", "--customer", "1", "--db"])
        .arg(&db)
        .env("TZ", "Europe/Berlin")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&berlin.stdout);
    assert!(berlin.status.success(), "{berlin:?}");
    assert!(stdout.contains("3000-01-01T00:30:00+01:00"), "{stdout}");

    let file = scratch.file(
        "customers.csv",
        b"name,created\nOk,2026-01-01T00:00:00Z\nLate,9999-12-31T23:59:59-05:00\n",
    );
    let error = fails(&db, &["import", "customers", s(&file)], 2);
    assert!(error.contains("nothing was imported"), "{error}");
    let run = run(&db, &["import", "customers", s(&file)]);
    assert!(
        run.stderr.contains("line 3: column created:"),
        "{}",
        run.stderr
    );
    assert_eq!(json_list(&db, &["customer", "list"]).len(), 1);
}
