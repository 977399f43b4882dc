//! Business calendars through the command line: added with hours, state, zone and days off;
//! `calendar show --year` lists the year's holidays (checked against dates worked out by
//! hand), days off and half days, through the real binary too; edits, refusals, the list.

use crate::common::{Scratch, fails, json, json_list, ok, run, run_binary, strings, text};

#[test]
fn a_calendar_is_added_shown_for_a_year_and_edited() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let added = json(
        &db,
        &[
            "calendar",
            "add",
            "Hotline",
            "--state",
            "by",
            "--hours",
            "mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:00",
            "--off",
            "2027-12-24,2027-12-31",
            "--half",
            "2027-12-23=12:00",
        ],
    );
    assert_eq!(text(&added, "name"), "Hotline");
    assert_eq!(text(&added, "federal_state"), "BY");
    assert_eq!(text(&added, "zone"), "Europe/Berlin");
    assert_eq!(
        text(&added, "hours"),
        "mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:00"
    );
    assert_eq!(strings(&added, "days_off"), ["2027-12-24", "2027-12-31"]);

    let shown = json(&db, &["calendar", "show", "hotline", "--year", "2027"]);
    assert_eq!(shown["year"], 2027);
    let days: Vec<(String, String)> = shown["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|day| (text(day, "date").to_string(), text(day, "kind").to_string()))
        .collect();
    // Bavaria 2027: Easter Sunday is 28 March, so Good Friday 26 March, Easter Monday 29
    // March, Ascension 6 May, Whit Monday 17 May, Corpus Christi 27 May.
    let expected = [
        ("2027-01-01", "new-year"),
        ("2027-01-06", "epiphany"),
        ("2027-03-26", "good-friday"),
        ("2027-03-29", "easter-monday"),
        ("2027-05-01", "labour-day"),
        ("2027-05-06", "ascension"),
        ("2027-05-17", "whit-monday"),
        ("2027-05-27", "corpus-christi"),
        ("2027-10-03", "german-unity"),
        ("2027-11-01", "all-saints"),
        ("2027-12-23", "half-day"),
        ("2027-12-24", "day-off"),
        ("2027-12-25", "christmas"),
        ("2027-12-26", "boxing-day"),
        ("2027-12-31", "day-off"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(date, kind)| (date.to_string(), kind.to_string()))
        .collect();
    assert_eq!(days, expected);

    let edited = json(
        &db,
        &[
            "calendar", "edit", "Hotline", "--state", "SN", "--off", "", "--name", "Dresden",
        ],
    );
    assert_eq!(text(&edited, "federal_state"), "SN");
    assert!(strings(&edited, "days_off").is_empty());
    let shown = json(&db, &["calendar", "show", "Dresden", "--year", "2027"]);
    let kinds: Vec<&str> = shown["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|day| text(day, "kind"))
        .collect();
    // Saxony: Reformation Day and Buß- und Bettag (17 November 2027), no Epiphany.
    assert!(kinds.contains(&"reformation") && kinds.contains(&"repentance"));
    assert!(!kinds.contains(&"epiphany") && !kinds.contains(&"day-off"));
    let repentance = shown["days"]
        .as_array()
        .unwrap()
        .iter()
        .find(|day| text(day, "kind") == "repentance")
        .unwrap();
    assert_eq!(text(repentance, "date"), "2027-11-17");
    fails(&db, &["calendar", "show", "Hotline"], 2);
}

#[test]
fn show_through_the_binary_in_german() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["calendar", "add", "Standard", "--state", "BE"]);
    let run = run_binary(
        &db,
        &[
            "--lang", "de", "calendar", "show", "Standard", "--year", "2028",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    // Berlin 2028: Frauentag on a Wednesday, the 75th anniversary of 17 June 1953, Good
    // Friday 14 April (Easter Sunday 16 April 2028).
    assert!(run.stdout.contains("08.03.2028"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Internationaler Frauentag"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("17.06.2028"), "{}", run.stdout);
    assert!(run.stdout.contains("14.04.2028"), "{}", run.stdout);
    assert!(run.stdout.contains("Karfreitag"), "{}", run.stdout);
    assert!(run.stdout.contains("Bundesland"), "{}", run.stdout);
    let lines = run
        .stdout
        .lines()
        .filter(|line| line.contains("2028"))
        .count();
    // Eleven holidays in Berlin 2028: the nine of every state, Frauentag and the
    // anniversary.
    assert_eq!(lines, 11, "{}", run.stdout);
}

#[test]
fn bad_calendars_are_refused_with_one_clear_message() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["calendar", "add", "Standard", "--state", "BY"]);
    let taken = fails(&db, &["calendar", "add", "standard", "--state", "BW"], 2);
    assert!(taken.contains("“standard”"), "{taken}");
    let state = fails(&db, &["calendar", "add", "X", "--state", "XX"], 2);
    assert!(state.contains("XX"), "{state}");
    // A bad option of an otherwise good calendar: refused, naming what was typed.
    for (option, value, named) in [
        ("--tz", "Mars/Olympus", "Mars/Olympus"),
        ("--hours", "mon 17:00-08:00", "17:00"),
        ("--off", "2027-02-30", "2027-02-30"),
        ("--half", "2027-12-24", "2027-12-24"),
    ] {
        let args = ["calendar", "add", "X", "--state", "BY", option, value];
        let error = fails(&db, &args, 2);
        assert!(error.contains(named), "{option}: {error}");
    }
    let unknown = fails(&db, &["calendar", "show", "Nowhere"], 2);
    assert!(unknown.contains("Nowhere"), "{unknown}");
    let names: Vec<String> = json_list(&db, &["calendar", "list"])
        .iter()
        .map(|calendar| text(calendar, "name").to_string())
        .collect();
    assert_eq!(names, ["Standard"]);
    let listed = run(&db, &["calendar", "list"]);
    assert!(listed.stdout.contains("mon-fri 08:00-17:00"), "{listed:?}");
}
