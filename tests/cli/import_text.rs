//! How `import` reads the text of a file, through the real binary: line numbers of bad
//! rows in files with `\r\n` endings and quoted multi-line cells, a file that is not
//! the UTF-8 it was said to be, a `--delimiter` given (tab, `|`) and `--encoding
//! windows-1252` given, a problem quoting a multi-line cell on one line, and SKUs and barcodes taken or repeated and item ids given out,
//! each refused on its line.

use crate::common;

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

/// A problem quoting a cell with a line break stays one line: the break written `\n`.
#[test]
fn a_problem_quoting_a_multi_line_cell_is_one_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Weber Logistik"]);
    let file = scratch.file(
        "calls.csv",
        b"customer,channel,subject,duration\n1,call-in,Anruf,\"two\nlines\"\n",
    );
    let run = run(&db, &["import", "interactions", s(&file)]);
    assert_eq!(run.code, 2, "{run:?}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{run:?}");
    assert!(lines[0].starts_with("line 2: "), "{run:?}");
    assert!(lines[0].contains("\"two\\nlines\""), "{run:?}");
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

/// The names of the customers, in id order.
fn names(db: &std::path::Path) -> Vec<String> {
    json_list(db, &["customer", "list"])
        .iter()
        .map(|c| text(c, "name").to_string())
        .collect()
}

#[test]
fn delimiter_given_reads_tab_and_bar_separated_files() {
    let scratch = Scratch::new();
    let tabs = scratch.file(
        "tabs.tsv",
        "name\tcity\tnotes\nMüller, Hans\tKöln\tsagt; später\nBau GmbH\tBonn\t\n".as_bytes(),
    );
    let db = scratch.db("tab");
    ok(&db, &["import", "customers", s(&tabs), "--delimiter", "\t"]);
    assert_eq!(names(&db), ["Müller, Hans", "Bau GmbH"]);
    let first = json(&db, &["customer", "show", "1"]);
    assert_eq!(text(&first, "city"), "Köln");
    assert_eq!(text(&first, "notes"), "sagt; später");
    // Without the flag the commas in the names are taken for the delimiter.
    let guessed = scratch.db("guessed");
    let run = run(&guessed, &["import", "customers", s(&tabs)]);
    assert!(run.code != 0 || names(&guessed) != names(&db), "{run:?}");

    let bars = scratch.file(
        "bars.csv",
        b"name|city\nAlfreds, Futterkiste|Berlin\nB;C|Ulm\n",
    );
    let db = scratch.db("bar");
    ok(&db, &["import", "customers", s(&bars), "--delimiter", "|"]);
    assert_eq!(names(&db), ["Alfreds, Futterkiste", "B;C"]);
    assert_eq!(text(&json(&db, &["customer", "show", "2"]), "city"), "Ulm");
}

#[test]
fn encoding_windows_1252_given_decodes_every_byte_as_windows_1252() {
    let scratch = Scratch::new();
    let latin = scratch.file(
        "latin.csv",
        b"name;street;city\nM\xfcller \x80 Co;Gro\xdfe Stra\xdfe 1;K\xf6ln\n",
    );
    let db = scratch.db("latin");
    ok(
        &db,
        &[
            "import",
            "customers",
            s(&latin),
            "--encoding",
            "windows-1252",
        ],
    );
    let customer = json(&db, &["customer", "show", "1"]);
    assert_eq!(text(&customer, "name"), "Müller € Co");
    assert_eq!(text(&customer, "street"), "Große Straße 1");
    assert_eq!(text(&customer, "city"), "Köln");
    // Bytes that are also valid UTF-8 are read as Windows-1252 when it is given.
    let both = scratch.file("both.csv", "name\nMüller\n".as_bytes());
    let db = scratch.db("both");
    ok(
        &db,
        &[
            "import",
            "customers",
            s(&both),
            "--encoding",
            "windows-1252",
        ],
    );
    assert_eq!(names(&db), ["MÃ¼ller"]);
}

#[test]
fn item_codes_taken_or_repeated_are_refused_on_their_lines() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_chai_tea(&db);
    let before = ok(&db, &["export", "items"]);
    let file = scratch.file(
        "items.csv",
        format!("sku,name,barcode\nA-1,x,{CHAI}\na-1,y,\nCH-001,z,\nB-1,w,A-1\n").as_bytes(),
    );
    let run = run(&db, &["import", "items", s(&file)]);
    assert_eq!(run.code, 2, "{run:?}");
    let problems: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("line "))
        .collect();
    assert_eq!(
        problems,
        [
            format!(
                "line 2: column barcode: barcode \"{CHAI}\" is already used by item 1 (Chai Tea)"
            ),
            "line 3: column sku: \"a-1\" is also the sku on line 2".to_string(),
            "line 4: column sku: sku \"CH-001\" is already used by item 1 (Chai Tea)".to_string(),
            "line 5: column barcode: \"A-1\" is also the sku on line 2".to_string(),
        ]
    );
    assert!(last_error_line(&run).contains("4 problem(s); nothing was imported"));
    assert_eq!(ok(&db, &["export", "items"]), before);
    let fine = scratch.file("fine.csv", b"sku,name\nA-1,x\n");
    let summary = ok(&db, &["import", "items", s(&fine)]);
    assert!(summary.starts_with("imported 1 items from "), "{summary}");
    let kept = scratch.file("kept.csv", b"id,sku,name\n9,B-1,y\n2,C-1,z\n");
    let refused = common::run(&db, &["import", "items", s(&kept)]);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(
        refused.stderr.lines().any(|line| line
            .starts_with("line 3: column id: 2 is taken: this database has given out ids up to 2")),
        "a kept id given out is refused on its line: {refused:?}"
    );
}
