//! `kontor vat rates`: the German rate table by the date of supply as table, CSV and JSON,
//! in English and German, without a database.

use crate::common;

use common::*;
use serde_json::json;

#[test]
fn the_rate_table_lists_every_period_with_its_dates() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let rates = json_list(&db, &["vat", "rates"]);
    assert_eq!(
        serde_json::Value::Array(rates),
        json!([
            {"country": "DE", "valid_from": "1968-01-01", "valid_until": "1968-06-30",
             "standard_rate": "10", "reduced_rate": "5"},
            {"country": "DE", "valid_from": "1968-07-01", "valid_until": "1977-12-31",
             "standard_rate": "11", "reduced_rate": "5.5"},
            {"country": "DE", "valid_from": "1978-01-01", "valid_until": "1979-06-30",
             "standard_rate": "12", "reduced_rate": "6"},
            {"country": "DE", "valid_from": "1979-07-01", "valid_until": "1983-06-30",
             "standard_rate": "13", "reduced_rate": "6.5"},
            {"country": "DE", "valid_from": "1983-07-01", "valid_until": "1992-12-31",
             "standard_rate": "14", "reduced_rate": "7"},
            {"country": "DE", "valid_from": "1993-01-01", "valid_until": "1998-03-31",
             "standard_rate": "15", "reduced_rate": "7"},
            {"country": "DE", "valid_from": "1998-04-01", "valid_until": "2006-12-31",
             "standard_rate": "16", "reduced_rate": "7"},
            {"country": "DE", "valid_from": "2007-01-01", "valid_until": "2020-06-30",
             "standard_rate": "19", "reduced_rate": "7"},
            {"country": "DE", "valid_from": "2020-07-01", "valid_until": "2020-12-31",
             "standard_rate": "16", "reduced_rate": "5"},
            {"country": "DE", "valid_from": "2021-01-01", "valid_until": "",
             "standard_rate": "19", "reduced_rate": "7"},
        ])
    );
    assert!(!db.exists(), "vat rates needs no database");
    let csv = ok(&db, &["vat", "rates", "--format", "csv"]);
    assert_eq!(
        csv,
        "country,valid_from,valid_until,standard_rate,reduced_rate\n\
         DE,1968-01-01,1968-06-30,10,5\n\
         DE,1968-07-01,1977-12-31,11,5.5\n\
         DE,1978-01-01,1979-06-30,12,6\n\
         DE,1979-07-01,1983-06-30,13,6.5\n\
         DE,1983-07-01,1992-12-31,14,7\n\
         DE,1993-01-01,1998-03-31,15,7\n\
         DE,1998-04-01,2006-12-31,16,7\n\
         DE,2007-01-01,2020-06-30,19,7\n\
         DE,2020-07-01,2020-12-31,16,5\n\
         DE,2021-01-01,,19,7\n"
    );
}

#[test]
fn the_rates_in_effect_follow_the_date_of_supply() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for (date, standard, reduced) in [
        ("2020-06-30", "19", "7"),
        ("2020-07-01", "16", "5"),
        ("2020-12-31", "16", "5"),
        ("2021-01-01", "19", "7"),
        ("2007-01-01", "19", "7"),
        ("2006-12-31", "16", "7"),
        ("1997-06-30", "15", "7"),
        ("1968-07-01", "11", "5.5"),
    ] {
        let rates = json_list(&db, &["vat", "rates", "--date", date]);
        assert_eq!(rates.len(), 1, "{date}");
        assert_eq!(text(&rates[0], "standard_rate"), standard, "{date}");
        assert_eq!(text(&rates[0], "reduced_rate"), reduced, "{date}");
    }
    let table = ok(&db, &["vat", "rates", "--date", "2020-07-01"]);
    assert_eq!(
        table,
        "COUNTRY  VALID_FROM  VALID_UNTIL  STANDARD_RATE  REDUCED_RATE\n\
         DE       2020-07-01  2020-12-31              16             5\n"
    );
}

#[test]
fn a_date_before_the_table_or_not_a_date_is_refused() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let early = fails(&db, &["vat", "rates", "--date", "1967-12-31"], 2);
    assert_eq!(
        early,
        "kontor: date-of-supply: no VAT rates of DE for 1967-12-31: the table begins on 1968-01-01"
    );
    let bad = fails(&db, &["vat", "rates", "--date", "someday"], 2);
    assert!(bad.contains("\"someday\" is not a date"), "{bad}");
}

#[test]
fn the_rate_table_and_its_help_speak_german() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let run = run_binary_with(&db, &["vat", "rates"], &[("LANG", "de_DE.UTF-8")]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stdout,
        "LAND  GÜLTIG AB   GÜLTIG BIS  REGELSATZ %  ERMÄSSIGT %\n\
         DE    01.01.1968  30.06.1968           10            5\n\
         DE    01.07.1968  31.12.1977           11          5,5\n\
         DE    01.01.1978  30.06.1979           12            6\n\
         DE    01.07.1979  30.06.1983           13          6,5\n\
         DE    01.07.1983  31.12.1992           14            7\n\
         DE    01.01.1993  31.03.1998           15            7\n\
         DE    01.04.1998  31.12.2006           16            7\n\
         DE    01.01.2007  30.06.2020           19            7\n\
         DE    01.07.2020  31.12.2020           16            5\n\
         DE    01.01.2021                       19            7\n"
    );
    let early = run_binary_with(
        &db,
        &["vat", "rates", "--date", "1967-12-31"],
        &[("LANG", "de_DE.UTF-8")],
    );
    assert_eq!(early.code, 2);
    assert!(
        early
            .stderr
            .contains("keine Umsatzsteuersätze für DE am 31.12.1967"),
        "{early:?}"
    );
    let help = run_binary_with(&db, &["vat", "rates", "--help"], &[("LANG", "de_DE.UTF-8")]);
    assert!(
        help.stdout
            .contains("Nur die Sätze, die an diesem Leistungsdatum gelten"),
        "{help:?}"
    );
    let json = run_binary_with(
        &db,
        &["vat", "rates", "--format", "json"],
        &[("LANG", "de_DE.UTF-8")],
    );
    let english = run_binary(&db, &["vat", "rates", "--format", "json"]);
    assert_eq!(
        json.stdout, english.stdout,
        "JSON is the same in every language"
    );
}
