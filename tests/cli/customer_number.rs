//! Customer numbers end to end, through the real binary on temporary databases: Northwind's
//! customers imported with `--map number=customerID` and found by their number, a number in
//! use refused on add, edit and import naming the customer that holds it (exit 2, nothing
//! written), an empty `--number` clearing it, an export → import round trip keeping the
//! numbers, and an export written before numbers (no such column) still importing.

use std::path::Path;

use crate::common::{
    self, Scratch, add_customer, data_dir, fails, json, json_list, ok, read_csv, run, s, text,
};

/// `kontor import customers` of Northwind's file, its ids mapped to customer numbers.
fn import_northwind(db: &Path) -> String {
    let file = data_dir().join("northwind").join("customers.csv");
    ok(
        db,
        &[
            "import",
            "customers",
            s(&file),
            "--map",
            "number=customerID",
            "--map",
            "name=companyName",
            "--map",
            "contact=contactName",
            "--map",
            "contact_role=contactTitle",
            "--map",
            "street=address",
            "--map",
            "postal_code=postalCode",
            "--map",
            "phone=phone",
            "--map",
            "phone=fax",
            "--null",
            "NULL",
        ],
    )
}

fn names(list: &[serde_json::Value]) -> Vec<String> {
    list.iter().map(|c| text(c, "name").to_string()).collect()
}

fn numbers(db: &Path) -> Vec<String> {
    json_list(db, &["customer", "list", "--limit", "1000"])
        .iter()
        .map(|c| text(c, "number").to_string())
        .collect()
}

#[test]
fn northwind_customers_import_with_their_numbers_and_are_found_by_one() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let said = import_northwind(&db);
    assert!(said.starts_with("imported 91 customers"), "{said}");
    assert!(
        !said.contains("ignored columns"),
        "customerID is read: {said}"
    );
    let (_, rows) = read_csv(&data_dir().join("northwind").join("customers.csv"));
    let expected: Vec<String> = rows.iter().map(|row| row[0].clone()).collect();
    assert_eq!(
        numbers(&db),
        expected,
        "every row's customerID, in file order"
    );

    for typed in ["ALFKI", "alfki", " Alfki "] {
        let found = json_list(&db, &["customer", "search", typed]);
        assert_eq!(names(&found)[..1], ["Alfreds Futterkiste"], "{typed}");
        assert_eq!(text(&found[0], "number"), "ALFKI");
    }
    // A number that is also a name word still finds the customer with that number first.
    let found = json_list(&db, &["customer", "search", "QUICK"]);
    assert_eq!(text(&found[0], "number"), "QUICK");
    assert_eq!(text(&found[0], "name"), "QUICK-Stop");

    let shown = json(&db, &["customer", "show", "1"]);
    assert_eq!(text(&shown, "number"), "ALFKI");
    let csv = ok(&db, &["customer", "show", "1", "--format", "csv"]);
    assert!(csv.starts_with("id,kind,number,name,"), "{csv}");
    assert!(csv.contains(",ALFKI,Alfreds Futterkiste,"), "{csv}");
    let table = ok(&db, &["customer", "list", "--limit", "2"]);
    assert!(table.starts_with("ID  NUMBER  NAME"), "{table}");
    assert!(table.contains("ALFKI   Alfreds Futterkiste"), "{table}");
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn a_number_in_use_is_refused_on_add_and_edit_naming_its_customer() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let alfreds = add_customer(&db, &["--name", "Alfreds Futterkiste", "--number", "ALFKI"]);
    let error = fails(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "Alfred's copy",
            "--number",
            "alfki",
        ],
        2,
    );
    assert!(
        error.contains(&format!(
            "number \"alfki\" is already used by customer {alfreds} (Alfreds Futterkiste)"
        )),
        "{error}"
    );
    assert_eq!(
        json_list(&db, &["customer", "list"]).len(),
        1,
        "nothing written"
    );

    let ana = add_customer(&db, &["--name", "Ana Trujillo", "--number", " ANATR "]);
    assert_eq!(
        text(
            &json(&db, &["customer", "show", &ana.to_string()]),
            "number"
        ),
        "ANATR"
    );
    let error = fails(
        &db,
        &["customer", "edit", &ana.to_string(), "--number", "ÄLFKI"],
        2,
    );
    assert!(
        error.contains(&format!(
            "already used by customer {alfreds} (Alfreds Futterkiste)"
        )),
        "{error}"
    );
    let ana_now = json(&db, &["customer", "show", &ana.to_string()]);
    assert_eq!(text(&ana_now, "number"), "ANATR", "left as it was");

    // An empty value clears the number, which another customer may then take.
    let cleared = json(
        &db,
        &["customer", "edit", &alfreds.to_string(), "--number", ""],
    );
    assert_eq!(text(&cleared, "number"), "");
    let edited = json(
        &db,
        &["customer", "edit", &ana.to_string(), "--number", "ALFKI"],
    );
    assert_eq!(text(&edited, "number"), "ALFKI");
    let found = json_list(&db, &["customer", "search", "alfki"]);
    assert_eq!(names(&found), ["Ana Trujillo"]);

    // Too long, or with the list separator: refused naming the field.
    let long = "K".repeat(33);
    let error = fails(
        &db,
        &["customer", "add", "--name", "X", "--number", &long],
        2,
    );
    assert!(
        error.contains("number") && error.contains("at most 32"),
        "{error}"
    );
    let error = fails(
        &db,
        &["customer", "add", "--name", "X", "--number", "A|B"],
        2,
    );
    assert!(error.contains("number"), "{error}");
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn an_import_with_a_number_twice_or_in_use_names_the_lines_and_writes_nothing() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let held = add_customer(&db, &["--name", "Berglunds snabbköp", "--number", "BERGS"]);
    let file = scratch.file(
        "numbers.csv",
        "name,number\nAlfreds Futterkiste,ALFKI\nAna Trujillo,ANATR\nAlfreds again,alfki\nBerglund copy,bergs\n"
            .as_bytes(),
    );
    let failed = run(&db, &["import", "customers", s(&file)]);
    assert_eq!(failed.code, 2, "{failed:?}");
    assert!(
        failed
            .stderr
            .contains("line 4: column number: \"alfki\" is also the number on line 2"),
        "{failed:?}"
    );
    assert!(
        failed.stderr.contains(&format!(
            "line 5: column number: number \"bergs\" is already used by customer {held} (Berglunds snabbköp)"
        )),
        "{failed:?}"
    );
    assert!(common::last_error_line(&failed).contains("nothing was imported"));
    assert_eq!(
        json_list(&db, &["customer", "list"]).len(),
        1,
        "nothing written"
    );
}

#[test]
fn numbers_survive_export_and_import_and_an_export_without_them_still_imports() {
    let scratch = Scratch::new();
    let a = scratch.db("a");
    import_northwind(&a);
    let exported = scratch.path().join("customers.csv");
    ok(&a, &["export", "customers", "--out", s(&exported)]);
    let (header, rows) = read_csv(&exported);
    assert_eq!(header[..4], ["id", "kind", "number", "name"]);

    let b = scratch.db("b");
    let said = ok(&b, &["import", "customers", s(&exported)]);
    assert!(said.starts_with("imported 91 customers"), "{said}");
    assert_eq!(numbers(&b), numbers(&a));
    let again = scratch.path().join("again.csv");
    ok(&b, &["export", "customers", "--out", s(&again)]);
    assert_eq!(
        std::fs::read(&exported).unwrap(),
        std::fs::read(&again).unwrap(),
        "the same bytes"
    );

    // The file an older release wrote: the same columns but `number`.
    let number = header.iter().position(|h| h == "number").unwrap();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let without = |cells: &[String]| -> Vec<String> {
        cells
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != number)
            .map(|(_, cell)| cell.clone())
            .collect()
    };
    writer.write_record(without(&header)).unwrap();
    for row in &rows {
        writer.write_record(without(row)).unwrap();
    }
    let old = scratch.file("old.csv", &writer.into_inner().unwrap());
    let c = scratch.db("c");
    let said = ok(&c, &["import", "customers", s(&old)]);
    assert!(said.starts_with("imported 91 customers"), "{said}");
    assert!(numbers(&c).iter().all(String::is_empty));
    let list = json_list(&c, &["customer", "list", "--limit", "1000"]);
    assert_eq!(
        names(&list),
        names(&json_list(&a, &["customer", "list", "--limit", "1000"]))
    );
}
