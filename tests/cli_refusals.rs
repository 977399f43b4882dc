//! Input kontor refuses, through the real binary: each refusal is one line naming what is
//! wrong (exit 2) and writes nothing. Unknown customers in list filters, search text too
//! long to search, currencies that are not ISO 4217, malformed e-mails, `|` inside a list
//! value (the export's list separator) and amounts whose thousands separator is ambiguous.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;

#[test]
fn filtering_on_an_unknown_customer_is_an_error_like_logging_for_one() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Known AG"]);
    let log: Vec<&str> = "interaction log --customer 999 --channel note --subject s"
        .split(' ')
        .collect();
    let logged = fails(&db, &log, 2);
    assert!(logged.contains("customer 999 does not exist"), "{logged}");
    for list in [
        ["interaction", "list", "--customer", "999"],
        ["opportunity", "list", "--customer", "999"],
    ] {
        let error = fails(&db, &list, 2);
        assert_eq!(error, logged, "{list:?}");
    }
    assert!(json_list(&db, &["interaction", "list", "--customer", "1"]).is_empty());
    assert!(json_list(&db, &["opportunity", "list", "--customer", "1"]).is_empty());
}
