//! Every state's statutory holidays agree with the `holidays` Python package, an independent
//! implementation (tests/support/holidays_reference.py), for the years around today.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use kontor::domain::calendar::{BusinessCalendar, State};

const YEARS: [i32; 12] = [
    2017, 2018, 2019, 2020, 2023, 2024, 2025, 2026, 2027, 2028, 2030, 2038,
];

fn reference(states: &[&str]) -> Vec<String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/holidays_reference.py");
    let years: Vec<String> = YEARS.iter().map(ToString::to_string).collect();
    let output = Command::new("python3")
        .arg(&script)
        .arg(states.join(","))
        .arg(years.join(","))
        .output()
        .expect("python3 runs (.ci/run installs it with the holidays package)");
    assert!(
        output.status.success(),
        "the holidays package failed (pip install holidays): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn every_states_holidays_agree_with_the_holidays_package() {
    let codes: Vec<&str> = State::ALL.iter().map(|state| state.code()).collect();
    let expected = reference(&codes);
    let mut ours = Vec::new();
    for state in State::ALL {
        let calendar = BusinessCalendar::new("x", state);
        let mut lines: Vec<String> = YEARS
            .iter()
            .flat_map(|year| calendar.holidays(*year))
            .map(|(day, holiday)| format!("{} {day} {}", state.code(), holiday.code()))
            .collect();
        lines.sort();
        ours.extend(lines);
    }
    // Several hundred lines: the reference is not empty or trivially short.
    assert!(expected.len() > 16 * YEARS.len() * 9, "{}", expected.len());
    let missing: Vec<&String> = expected
        .iter()
        .filter(|line| !ours.contains(line))
        .collect();
    let extra: Vec<&String> = ours
        .iter()
        .filter(|line| !expected.contains(line))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing in kontor: {missing:?}\nonly in kontor: {extra:?}"
    );
}
