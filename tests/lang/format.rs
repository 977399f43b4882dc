//! kontor's German numbers, amounts, dates and times against Python's `babel` (the Unicode
//! CLDR's `de_DE` data), an independent reference: `.ci/run` installs it.

use std::process::Command;

use kontor::lang::{self, Lang, Locale, Zone, format};
use rust_decimal::Decimal;
use time::macros::datetime;
use time::{Date, OffsetDateTime};

const NUMBERS: &[&str] = &[
    "0",
    "0.5",
    "-0.5",
    "1",
    "12.5",
    "999",
    "1000",
    "-1234.56",
    "1234.567",
    "2533246.85",
    "1000000",
    "-987654321.25",
];

const AMOUNTS: &[&str] = &[
    "0",
    "0.5",
    "-0.5",
    "1234.56",
    "-1234.56",
    "2533246.85",
    "1000000",
];

const DATES: &[(i32, u8, u8)] = &[(2026, 12, 5), (2028, 2, 29), (2026, 1, 1), (1999, 7, 31)];

/// A winter and a summer time, and the instants around the changes of 2026.
fn instants() -> Vec<OffsetDateTime> {
    vec![
        datetime!(2026-12-05 13:30 UTC),
        datetime!(2026-07-05 12:30 UTC),
        datetime!(2026-03-29 00:59 UTC),
        datetime!(2026-03-29 01:00 UTC),
        datetime!(2026-10-25 00:59 UTC),
        datetime!(2026-10-25 01:00 UTC),
        datetime!(2028-02-29 23:30 UTC),
    ]
}

/// What babel writes for the table, one line per value, in the order asked.
fn babel(
    numbers: &[&str],
    amounts: &[&str],
    dates: &[(i32, u8, u8)],
    instants: &[i64],
) -> Vec<String> {
    let script = r##"
import sys, json, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo
from babel.numbers import format_decimal, format_currency
from babel.dates import format_date, format_datetime
table = json.loads(sys.argv[1])
out = []
for n in table["numbers"]:
    out.append(format_decimal(Decimal(n), format="#,##0.###", locale="de_DE"))
for a in table["amounts"]:
    out.append(format_currency(Decimal(a), "EUR", locale="de_DE"))
for y, m, d in table["dates"]:
    day = datetime.date(y, m, d)
    out.append(format_date(day, "dd.MM.yyyy", locale="de_DE"))
    out.append(format_date(day, "EEEE", locale="de_DE"))
    out.append(format_date(day, "MMMM", locale="de_DE"))
for t in table["instants"]:
    at = datetime.datetime.fromtimestamp(t, tz=datetime.timezone.utc)
    out.append(format_datetime(at, "dd.MM.yyyy HH:mm", tzinfo=ZoneInfo("Europe/Berlin"), locale="de_DE"))
print("\n".join(out))
"##;
    let table = serde_json::json!({
        "numbers": numbers, "amounts": amounts, "dates": dates, "instants": instants,
    });
    let output = Command::new("python3")
        .args(["-c", script, &table.to_string()])
        .output()
        .expect("python3 runs (.ci/run installs it with babel)");
    assert!(
        output.status.success(),
        "babel failed (pip install babel): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| line.replace('\u{a0}', " "))
        .collect()
}

#[test]
fn german_formats_agree_with_babel_de_de() {
    let instants = instants();
    let stamps: Vec<i64> = instants.iter().map(|at| at.unix_timestamp()).collect();
    let expected = babel(NUMBERS, AMOUNTS, DATES, &stamps);
    let berlin = Locale::new(Lang::De, Zone::named("Europe/Berlin").unwrap());
    let ours: Vec<String> = lang::scope(berlin, || {
        let mut ours = Vec::new();
        for number in NUMBERS {
            ours.push(format::decimal(
                number.parse::<Decimal>().unwrap().normalize(),
            ));
        }
        for amount in AMOUNTS {
            ours.push(format::money(amount.parse().unwrap(), "EUR", 2));
        }
        for (year, month, day) in DATES {
            let month = time::Month::try_from(*month).unwrap();
            let day = Date::from_calendar_date(*year, month, *day).unwrap();
            ours.push(format::date(day));
            ours.push(format::weekday(day.weekday()).to_string());
            ours.push(format::month(day.month()).to_string());
        }
        for at in &instants {
            ours.push(format::instant(*at));
        }
        ours
    });
    assert_eq!(ours, expected);
}
