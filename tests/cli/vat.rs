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
    let early = fails(&db, &["vat", "rates", "--date", "2006-12-31"], 2);
    assert_eq!(
        early,
        "kontor: date-of-supply: no VAT rates of DE for 2006-12-31: the table begins on 2007-01-01"
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
         DE    01.01.2007  30.06.2020           19            7\n\
         DE    01.07.2020  31.12.2020           16            5\n\
         DE    01.01.2021                       19            7\n"
    );
    let early = run_binary_with(
        &db,
        &["vat", "rates", "--date", "2006-12-31"],
        &[("LANG", "de_DE.UTF-8")],
    );
    assert_eq!(early.code, 2);
    assert!(
        early
            .stderr
            .contains("keine Umsatzsteuersätze für DE am 31.12.2006"),
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
