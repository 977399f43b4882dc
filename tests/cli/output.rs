//! What the CLI prints around its data, through the real binary (its exit codes and its
//! two streams are what these check): a closed stdout ends the command quietly, usage
//! errors are one line, a list cut by `--limit` says so on stderr, CSV of an empty list
//! still has its header row, and the clock's test pin is an instant or refused.

use crate::common;

use std::process::Stdio;

use common::*;

#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["demo", "--customers", "20"]);
    for args in [
        &["export", "interactions"][..],
        &["customer", "list"],
        &["opportunity", "pipeline"],
        &["keys"],
        &["--lang", "de", "keys"],
    ] {
        let mut child = command()
            .args(args)
            .arg("--db")
            .arg(&db)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn usage_errors_are_one_line_naming_the_help_to_read() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let cases: [(&[&str], &[&str]); 4] = [
        (
            &["customer", "add"],
            &["--name", "kontor customer add --help"],
        ),
        (
            &["customer", "list", "--format", "xml"],
            &["'xml'", "possible values", "--help`)"],
        ),
        (&["customer", "lst"], &["'lst'", "kontor customer --help"]),
        (
            &["customer"],
            &["requires a subcommand", "kontor customer --help"],
        ),
    ];
    for (args, wanted) in cases {
        let run = run_binary(&db, args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
        let line = last_error_line(&run);
        for part in wanted {
            assert!(line.contains(part), "{args:?}: {part} not in {line}");
        }
    }
    let help = run_raw(&["customer", "add", "--help"], &[]);
    assert_eq!(help.code, 0);
    assert!(
        help.stdout.contains("Usage: kontor customer add"),
        "{help:?}"
    );
    let version = run_raw(&["--version"], &[]);
    assert_eq!(version.code, 0);
    assert!(version.stdout.starts_with("kontor "), "{version:?}");
}

#[test]
fn a_list_cut_by_its_limit_says_so_on_stderr_only() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for name in ["A", "B", "C"] {
        let id = add_customer(&db, &["--name", &format!("Acme {name}")]).to_string();
        let log = ["interaction", "log", "--customer", &id, "--channel", "note"];
        ok(&db, &[&log[..], &["--subject", name]].concat());
        let add = ["opportunity", "add", "--customer", &id, "--title", name];
        ok(&db, &[&add[..], &["--amount", "10"]].concat());
    }
    let notice = "kontor: first 2 shown; --limit N shows more\n";
    for list in [
        &["customer", "list"][..],
        &["customer", "search", "acme"],
        &["interaction", "list"],
        &["opportunity", "list"],
    ] {
        let cut = run_binary(&db, &[list, &["--limit", "2", "--format", "json"]].concat());
        assert_eq!(cut.code, 0, "{cut:?}");
        assert_eq!(cut.stderr, notice, "{list:?}");
        assert_eq!(cut.json().as_array().unwrap().len(), 2, "{list:?}");
        let whole = run_binary(&db, &[list, &["--limit", "3"]].concat());
        assert_eq!(whole.stderr, "", "{list:?}");
    }
    let latest = json_list(&db, &["interaction", "list", "--limit", "2"]);
    let subjects: Vec<&str> = latest.iter().map(|i| text(i, "subject")).collect();
    assert_eq!(subjects, ["B", "C"], "the cut keeps the latest");
}

#[test]
fn csv_of_an_empty_list_is_its_header_row() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let lists = [
        &["customer", "list"][..],
        &["customer", "search", "nobody"],
        &["interaction", "list"],
        &["opportunity", "list"],
    ];
    let empty: Vec<String> = lists
        .iter()
        .map(|list| ok(&db, &[list, &["--format", "csv"][..]].concat()))
        .collect();
    let id = add_customer(&db, &["--name", "nobody"]).to_string();
    let log = ["interaction", "log", "--customer", &id, "--channel", "note"];
    ok(&db, &[&log[..], &["--subject", "s"]].concat());
    let add = ["opportunity", "add", "--customer", &id, "--title", "t"];
    ok(&db, &[&add[..], &["--amount", "1"]].concat());
    for (list, empty) in lists.iter().zip(empty) {
        let full = ok(&db, &[list, &["--format", "csv"][..]].concat());
        let header = full.lines().next().unwrap();
        assert_eq!(empty, format!("{header}\n"), "{list:?}");
        assert!(header.starts_with("id,"), "{header}");
    }
}

/// The test pin of the clock is read by the binary alone: a pin that is not an instant is
/// one line and exit 2, nothing written; a good one dates what the command writes.
#[test]
fn the_clock_pin_is_an_instant_or_refused_in_one_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let add = |pin: &str| {
        command()
            .env(kontor::core::PIN_VARIABLE, pin)
            .args([
                "customer",
                "add",
                "--name",
                "Uhrwerk GmbH",
                "--format",
                "json",
                "--db",
            ])
            .arg(&db)
            .output()
            .unwrap()
    };
    let refused = add("next tuesday");
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(
        stderr,
        "kontor: KONTOR_NOW=next tuesday is not an instant; write it as 2026-12-05T09:30:00Z\n"
    );
    assert!(refused.stdout.is_empty());
    let added = add("2027-03-28T01:30:00Z");
    assert_eq!(added.status.code(), Some(0), "{added:?}");
    let customer: serde_json::Value = serde_json::from_slice(&added.stdout).unwrap();
    assert_eq!(customer["created"], "2027-03-28T01:30:00Z");
    assert_eq!(json_list(&db, &["customer", "list"]).len(), 1);
}
