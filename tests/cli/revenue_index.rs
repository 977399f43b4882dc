//! `kontor report revenue --by year|quarter|month` answered from the `orders.by_month`
//! index (no range, or a range of whole months) and from every order (a range that starts
//! or ends inside a month): on Northwind's history both give the same table, JSON and
//! CSV, and a range of whole months gives exactly those months of the full report.

use crate::common;

use common::{Scratch, json_list, ok};
use kontor::core::Actor;
use kontor::core::reports::By;
use kontor::core::reports::monthly_revenue::period_revenue;
use time::macros::date;

use super::order_history::{import_orders, northwind_masters};

#[test]
fn revenue_by_period_is_the_same_from_the_index_and_from_the_orders() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    northwind_masters(&db);
    import_orders(&db);
    // Northwind's orders run from 1996-07-04 to 1998-05-06: this range holds them all but
    // starts and ends inside a month, so it is answered by reading every order.
    let scan = ["--from", "1996-01-02", "--until", "1998-12-30"];
    for by in ["year", "quarter", "month"] {
        for format in ["json", "csv", "table"] {
            let args = ["report", "revenue", "--by", by, "--format", format];
            let indexed = ok(&db, &args);
            let scanned = ok(&db, &[&args[..], &scan[..]].concat());
            assert_eq!(indexed, scanned, "by {by} as {format}");
            assert!(indexed.contains("1997"), "{indexed}");
        }
    }
    let months = json_list(&db, &["report", "revenue", "--by", "month"]);
    assert_eq!(months.len(), 23, "July 1996 to May 1998");
    let spring = json_list(
        &db,
        &[
            "report",
            "revenue",
            "--by",
            "month",
            "--from",
            "1997-02-01",
            "--until",
            "1997-04-30",
        ],
    );
    let keys: Vec<&str> = spring
        .iter()
        .map(|r| r["month"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["1997-02", "1997-03", "1997-04"]);
    let full: Vec<&serde_json::Value> = months
        .iter()
        .filter(|r| keys.contains(&r["month"].as_str().unwrap()))
        .collect();
    assert_eq!(spring.iter().collect::<Vec<_>>(), full);

    // Which path answers: the index for periods over whole months, else none.
    let store = kontor::store::Store::open(&db).unwrap();
    let actor = Actor::local("tester");
    let index = |by, from, until| period_revenue(&store, &actor, by, from, until).unwrap();
    let (first, last) = (Some(date!(1997 - 02 - 01)), Some(date!(1997 - 04 - 30)));
    assert_eq!(index(By::Month, first, last).unwrap().len(), 3);
    assert_eq!(index(By::Year, None, None).unwrap().len(), 3);
    assert_eq!(
        index(By::Quarter, None, Some(date!(1996 - 12 - 31)))
            .unwrap()
            .len(),
        2
    );
    assert!(index(By::Month, Some(date!(1997 - 02 - 02)), None).is_none());
    assert!(index(By::Month, None, Some(date!(1997 - 04 - 29))).is_none());
    assert!(index(By::Customer, None, None).is_none());
}
