//! Properties of `import` over hostile files, in process on one database: any header,
//! cells with quotes, delimiters and line breaks, any of `,` `;` tab `|`, `\n` `\r\n` or
//! `\r`, UTF-8 with or without BOM or Windows-1252, with or without `--delimiter`,
//! `--encoding`, `--null`, kept ids and opening stock — and raw random bytes. An import
//! never panics; it writes every row or none (the kind's export is unchanged after a
//! refusal and grows by exactly the rows it reports); a refusal names the file (or the
//! value of the flag at fault) and every problem its line.

use std::cell::RefCell;
use std::collections::HashMap;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::common;

use common::*;

/// A file to import and how.
#[derive(Debug, Clone)]
struct Case {
    kind: &'static str,
    bytes: Vec<u8>,
    flags: Vec<String>,
}

/// The columns a file of `kind` needs, and those it may have besides: its other fields
/// (one in another case, with a space) and names no kind has.
fn columns(kind: &str) -> (Vec<&'static str>, Vec<&'static str>) {
    let (needed, more): (&[&str], &[&str]) = match kind {
        "customers" => (
            &["name"],
            &[
                "id", "version", "Name ", "number", "email", "phone", "country",
            ],
        ),
        "suppliers" => (&["name"], &["id", "number", "email", "city", "country"]),
        "locations" => (&["code"], &["id", "name"]),
        "items" => (
            &["sku", "name"],
            &[
                "id", "version", "barcode", "price", "cost", "currency", "qty",
            ],
        ),
        "opportunities" => (
            &["customer", "title"],
            &["id", "amount", "currency", "stage", "expected_close"],
        ),
        _ => (
            &["customer", "channel"],
            &["id", "subject", "at", "duration", "follow_up"],
        ),
    };
    (
        needed.to_vec(),
        [more, &["", "a;b", "x,y", "\"q\""]].concat(),
    )
}

/// Cells a column of this name holds in real files, and some that no file should.
fn values(column: &str) -> Vec<&'static str> {
    match column.trim().to_ascii_lowercase().as_str() {
        "name" | "subject" | "title" => vec![
            "Müller",
            "Straße 1",
            "24, place Kléber",
            "say \"hi\"",
            "two\nlines",
            "a;b",
            "",
        ],
        "id" => vec!["", "1", "2", "3", "40", "0", "x"],
        "version" => vec!["", "1", "0", "18446744073709551616"],
        "number" => vec!["", "K-1", "S1", "k-1", "Müller"],
        "sku" | "barcode" | "code" => {
            vec!["", "CH-001", "A-1", "A-2", "a-1", "4006381333931", "WH1"]
        }
        "email" => vec!["", "a@b.de", "bad@", "a@b.de;c@d.de"],
        "phone" => vec!["", "+49 30 1234567", "030 1234567", "12"],
        "country" => vec!["", "DE", "Deutschland", "XX"],
        "price" | "cost" | "qty" | "amount" => vec![
            "",
            "12,50",
            "1.200",
            "-3",
            "3",
            "99999999999999999999",
            "NULL",
        ],
        "currency" => vec!["", "EUR", "KWD", "XAU", "eur"],
        "customer" => vec!["1", "2", "0", "x"],
        "channel" => vec!["call-in", "note", "mail", "x"],
        "stage" => vec!["", "lead", "won", "x"],
        "at" | "follow_up" | "expected_close" => vec![
            "",
            "2026-11-27",
            "27.11.2026 09:30",
            "2026-11-27T09:30:00+01:00",
            "3000-01-01 10:00",
        ],
        "duration" => vec!["", "4m30s", "90", "4x", "99999999999"],
        _ => vec![
            "",
            " ",
            "NULL",
            "Müller",
            "a;b",
            "say \"hi\"",
            "two\r\nlines",
            "€",
            "\u{feff}",
        ],
    }
}

/// A cell of `column`: mostly one its column holds, sometimes any text.
fn cell(column: &str) -> impl Strategy<Value = String> {
    prop_oneof![
        9 => prop::sample::select(values(column)).prop_map(str::to_string),
        1 => "\\PC{0,8}",
    ]
}

/// The cells of a row, each with whether it is written quoted.
type Row = Vec<(String, bool)>;

/// A row under `header`: one cell a column, quoted or not, now and then one more or less.
fn row(header: Vec<&'static str>) -> impl Strategy<Value = Row> {
    let cells: Vec<_> = header
        .iter()
        .map(|column| (cell(column), any::<bool>()))
        .collect();
    (cells, 0..10u8, (cell(""), any::<bool>())).prop_map(|(mut cells, width, extra)| {
        match width {
            0 => cells.push(extra),
            1 => {
                cells.pop();
            }
            _ => {}
        }
        cells
    })
}

/// A cell written into the file: quoted as a writer should, or as it is.
fn written(cell: &str, quote: bool) -> String {
    if quote {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// A kind, a header and rows under it: mostly with the columns the kind needs.
fn table() -> impl Strategy<Value = (&'static str, Vec<&'static str>, Vec<Row>)> {
    let kinds = vec![
        "customers",
        "suppliers",
        "locations",
        "items",
        "opportunities",
        "interactions",
    ];
    (prop::sample::select(kinds), 0..4u8)
        .prop_flat_map(|(kind, needs)| {
            let (needed, more) = columns(kind);
            let needed = if needs == 0 { Vec::new() } else { needed };
            let header = prop::sample::subsequence(more, 0..4).prop_map(move |more| {
                let header = [needed.clone(), more].concat();
                if header.is_empty() {
                    vec!["name"]
                } else {
                    header
                }
            });
            (Just(kind), header)
        })
        .prop_flat_map(|(kind, header)| {
            let rows = prop::collection::vec(row(header.clone()), 0..5);
            (Just(kind), Just(header), rows)
        })
}

/// A CSV text and the flags to read it with.
fn case() -> impl Strategy<Value = Case> {
    let delimiter = prop::sample::select(vec![',', ';', '\t', '|']);
    let ending = prop::sample::select(vec!["\n", "\r\n", "\r"]);
    let encoding = prop::sample::select(vec!["utf-8", "bom", "windows-1252"]);
    let opening = prop::sample::select(vec![None, Some("WH1"), Some("NOPE"), Some("")]);
    let flags = (any::<bool>(), 0..4u8, any::<bool>(), opening);
    let text = (table(), delimiter, ending, encoding, flags).prop_map(
        |((kind, header, rows), delimiter, ending, encoding, flags)| {
            let mut text = header.join(&delimiter.to_string());
            for row in rows {
                text.push_str(ending);
                let cells: Vec<String> = row.iter().map(|(c, q)| written(c, *q)).collect();
                text.push_str(&cells.join(&delimiter.to_string()));
            }
            let bytes = match encoding {
                "bom" => [&b"\xEF\xBB\xBF"[..], text.as_bytes()].concat(),
                "windows-1252" => encoding_rs::WINDOWS_1252.encode(&text).0.into_owned(),
                _ => text.into_bytes(),
            };
            let (say_delimiter, say_encoding, null, opening) = flags;
            let mut flags = Vec::new();
            if say_delimiter {
                flags.extend(["--delimiter".to_string(), delimiter.to_string()]);
            }
            if let Some(name) = ["utf-8", "windows-1252"].get(usize::from(say_encoding)) {
                flags.extend(["--encoding".to_string(), name.to_string()]);
            }
            if null {
                flags.extend(["--null".to_string(), "NULL".to_string()]);
            }
            if let Some(location) = opening.filter(|_| kind == "items") {
                flags.extend(["--opening-stock".to_string(), "qty".to_string()]);
                if !location.is_empty() {
                    flags.extend(["--location".to_string(), location.to_string()]);
                }
            }
            Case { kind, bytes, flags }
        },
    );
    let raw = (
        prop::sample::select(vec!["customers", "suppliers", "items"]),
        prop::collection::vec(any::<u8>(), 0..96),
    )
        .prop_map(|(kind, bytes)| Case {
            kind,
            bytes,
            flags: Vec::new(),
        });
    prop_oneof![5 => text, 1 => raw]
}

/// The rows of `kind`'s export, as CSV text.
fn export(db: &std::path::Path, kind: &str) -> String {
    ok(db, &["export", kind])
}

/// The records of an export (cells may hold line breaks).
fn records(export: &str) -> usize {
    csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(export.as_bytes())
        .records()
        .count()
}

/// The lines of a file: what a problem may point at (the line after the last, for a
/// record cut short at the end).
fn lines_in(bytes: &[u8]) -> u64 {
    let text = String::from_utf8_lossy(bytes)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    text.lines().count() as u64 + 1
}

/// Imports `case` and checks it wrote all or nothing and named every problem's line;
/// `exports` holds each kind's export as the last case left it.
fn check(
    scratch: &Scratch,
    db: &std::path::Path,
    exports: &RefCell<HashMap<&'static str, String>>,
    case: &Case,
) -> Result<(), TestCaseError> {
    let file = scratch.file("case.csv", &case.bytes);
    let before = exports
        .borrow_mut()
        .entry(case.kind)
        .or_insert_with(|| export(db, case.kind))
        .clone();
    let mut args = vec!["import", case.kind, s(&file)];
    args.extend(case.flags.iter().map(String::as_str));
    let run = run(db, &args);
    let after = export(db, case.kind);
    if run.code == 0 {
        // An import of items may add the location of its opening stock.
        exports.borrow_mut().clear();
    }
    exports.borrow_mut().insert(case.kind, after.clone());
    match run.code {
        0 => {
            let imported: usize = run
                .stdout
                .split_whitespace()
                .nth(1)
                .and_then(|n| n.parse().ok())
                .unwrap_or(usize::MAX);
            prop_assert_eq!(records(&after), records(&before) + imported, "{:?}", run);
        }
        2 => {
            prop_assert_eq!(&after, &before, "a refused import wrote: {:?}", run);
            let error = last_error_line(&run);
            let names_value = case.flags.iter().any(|flag| {
                !flag.starts_with("--") && error.contains(&format!("{flag}:"))
                    || error.contains(&format!("\"{flag}\""))
            });
            prop_assert!(error.contains(s(&file)) || names_value, "{}", error);
            for problem in run.stderr.lines().filter(|l| !l.starts_with("kontor: ")) {
                if problem.starts_with('…') {
                    continue;
                }
                let line = problem
                    .strip_prefix("line ")
                    .and_then(|rest| rest.split(':').next())
                    .and_then(|n| n.parse::<u64>().ok());
                prop_assert!(
                    line.is_some_and(|line| (2..=lines_in(&case.bytes)).contains(&line)),
                    "a problem without its line: {problem:?} in {run:?}"
                );
            }
        }
        _ => prop_assert!(false, "exit code {}: {:?}", run.code, run),
    }
    Ok(())
}

#[test]
fn any_file_is_imported_whole_or_refused_naming_its_lines() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Weber Logistik"]);
    ok(
        &db,
        &["supplier", "add", "--name", "Brotwerk", "--number", "S1"],
    );
    ok(
        &db,
        &["item", "add", "--sku", "CH-001", "--name", "Chai Tea"],
    );
    let exports = RefCell::new(HashMap::new());
    let mut runner = TestRunner::new(Config::with_cases(64));
    let result = runner.run(&case(), |case| check(&scratch, &db, &exports, &case));
    if let Err(failure) = result {
        panic!("{failure}");
    }
}
