//! How `import` reads the text of a file, through the real binary: line numbers of bad
//! rows in files with `\r\n` endings and quoted multi-line cells, and a file that is not
//! the UTF-8 it was said to be.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;

/// The `line N: …` problems an import reported on stderr.
fn problem_lines(db: &std::path::Path, file: &std::path::Path) -> Vec<String> {
    let run = run(db, &["import", "customers", s(file)]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(last_error_line(&run).contains("nothing was imported"));
    run.stderr
        .lines()
        .filter(|line| line.starts_with("line "))
        .map(|line| line.split(':').next().unwrap().to_string())
        .collect()
}

#[test]
fn bad_rows_are_reported_on_their_own_line_in_crlf_files() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let crlf = scratch.file(
        "crlf.csv",
        b"name,email\r\nA,bad\r\nB,ok@x.de\r\nC,bad2\r\n",
    );
    assert_eq!(problem_lines(&db, &crlf), ["line 2", "line 4"]);
    let multi = scratch.file(
        "multi.csv",
        b"name,street,email\r\nA,\"Hof 1\r\nHinterhaus\r\n3. Stock\",a@x.de\r\nB,x,bad\r\n",
    );
    assert_eq!(problem_lines(&db, &multi), ["line 5"]);
    let lf = scratch.file(
        "lf.csv",
        b"name,street,email\nA,\"two\nlines\",bad\nB,x,bad\n",
    );
    assert_eq!(problem_lines(&db, &lf), ["line 2", "line 4"]);
    assert!(json_list(&db, &["customer", "list"]).is_empty());
}

#[test]
fn a_file_said_to_be_utf8_that_is_not_is_refused_naming_where() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let file = scratch.file("latin1.csv", b"name,city\nA,Berlin\nM\xfcller,K\xf6ln\n");
    let args = ["import", "customers", s(&file), "--encoding", "utf-8"];
    let error = fails(&db, &args, 2);
    assert!(
        error.contains("not valid UTF-8 at line 3 (byte offset 20)"),
        "{error}"
    );
    assert!(error.contains("--encoding windows-1252"), "{error}");
    assert!(json_list(&db, &["customer", "list"]).is_empty());
    let args = [
        "import",
        "customers",
        s(&file),
        "--encoding",
        "windows-1252",
    ];
    ok(&db, &args);
    let names: Vec<String> = json_list(&db, &["customer", "list"])
        .iter()
        .map(|c| text(c, "name").to_string())
        .collect();
    assert_eq!(names, ["A", "Müller"]);
}
