//! Suppliers end to end on temporary databases. Through the real binary (its exit codes,
//! its two streams and the bytes of its files are what they check): Northwind's 29
//! suppliers imported with the maps of the issue, an export imported into a fresh
//! database exporting the same bytes, bad rows refused with their line and nothing
//! written. In process: lookups by a folded name and by the last digits of a phone
//! number, a number used twice refused naming the supplier that has it, an empty flag
//! clearing its field, and who may read and change them (admin and purchasing write,
//! warehouse reads).

use std::path::Path;

use kontor::core::kinds::SUPPLIERS;
use kontor::core::plain::{RecordCommand, RecordOp};
use kontor::core::{Actor, Command, Role, execute, plain_query};
use kontor::domain::fields::Input;
use kontor::store::Store;

use crate::common::{self, Scratch, fails, int, json, json_list, ok, run_binary, s, strings, text};

/// The Northwind export of suppliers, as the repository keeps it.
fn northwind() -> std::path::PathBuf {
    common::data_dir().join("northwind").join("suppliers.csv")
}

/// `kontor ARGS… --db DB` through the real binary, which must succeed; its stdout.
fn binary_ok(db: &Path, args: &[&str]) -> String {
    let run = run_binary(db, args);
    assert_eq!(run.code, 0, "kontor {args:?} failed: {run:?}");
    run.stdout
}

/// `kontor import suppliers` of Northwind's file with the maps of the issue, through the
/// real binary; what it said.
fn import_northwind(db: &Path) -> String {
    let file = northwind();
    binary_ok(
        db,
        &[
            "import",
            "suppliers",
            s(&file),
            "--map",
            "number=supplierID",
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
    list.iter().map(|s| text(s, "name").to_string()).collect()
}

#[test]
fn northwind_imports_29_suppliers_found_by_folded_name_and_phone_fragment() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let said = import_northwind(&db);
    assert!(said.starts_with("imported 29 suppliers"), "{said}");
    let all = json_list(&db, &["supplier", "list", "--limit", "100"]);
    assert_eq!(all.len(), 29);
    let exotic = &all[0];
    assert_eq!(text(exotic, "number"), "1");
    assert_eq!(text(exotic, "contact"), "Charlotte Cooper");
    assert_eq!(text(exotic, "contact_role"), "Purchasing Manager");
    assert_eq!(text(exotic, "country"), "GB");
    // Typed in capitals, without accents: the accented names.
    let found = json_list(&db, &["supplier", "search", "FORETS D'ERABLES"]);
    assert_eq!(names(&found), ["Forêts d'érables"]);
    let found = json_list(&db, &["supplier", "search", "erables"]);
    assert_eq!(names(&found), ["Forêts d'érables"]);
    let found = json_list(
        &db,
        &["supplier", "search", "PLUTZER LEBENSMITTELGROSSMARKTE"],
    );
    assert_eq!(names(&found), ["Plutzer Lebensmittelgroßmärkte AG"]);
    // The last digits of a number in any formatting; phone and fax are both kept.
    let found = json_list(&db, &["supplier", "search", "555-2222"]);
    assert_eq!(names(&found)[0], "Exotic Liquids");
    let grandma = json_list(&db, &["supplier", "search", "3349"]);
    assert_eq!(names(&grandma), ["Grandma Kelly's Homestead"]);
    assert_eq!(strings(&grandma[0], "phone").len(), 2);
    // A number finds its supplier.
    let found = json_list(&db, &["supplier", "search", "21"]);
    assert_eq!(names(&found), ["Lyngbysild"]);
}

#[test]
fn an_export_imported_into_a_fresh_database_exports_the_same_bytes() {
    let scratch = Scratch::new();
    let first = scratch.db("first");
    import_northwind(&first);
    ok(
        &first,
        &[
            "supplier",
            "edit",
            "3",
            "--payment-terms",
            "30",
            "--tag",
            "jam",
            "--tag",
            "us",
            "--email",
            "orders@grandma.example",
            "--vat-id",
            "US-123",
        ],
    );
    let exported = binary_ok(&first, &["export", "suppliers"]);
    let file = scratch.file("suppliers.csv", exported.as_bytes());
    let second = scratch.db("second");
    let said = binary_ok(&second, &["import", "suppliers", s(&file)]);
    assert!(said.starts_with("imported 29 suppliers"), "{said}");
    assert_eq!(binary_ok(&second, &["export", "suppliers"]), exported);
    let grandma = json(&second, &["supplier", "show", "3"]);
    assert_eq!(int(&grandma, "payment_terms"), 30);
    assert_eq!(int(&grandma, "version"), 2);
    assert_eq!(strings(&grandma, "tags"), ["jam", "us"]);
}

#[test]
fn a_bad_row_is_refused_with_its_line_and_nothing_is_written() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let file = scratch.file(
        "bad.csv",
        "name;number;payment_terms\nAlpha;A1;30\nBeta;B1;thirty\n;C1;10\nDelta;a1;0\n".as_bytes(),
    );
    let failed = run_binary(&db, &["import", "suppliers", s(&file)]);
    assert_eq!(failed.code, 2, "{failed:?}");
    assert!(
        failed
            .stderr
            .contains("line 3: column payment_terms: \"thirty\" is not a number of days"),
        "{failed:?}"
    );
    assert!(failed.stderr.contains("line 4: column name"), "{failed:?}");
    assert!(
        failed
            .stderr
            .contains("line 5: column number: \"a1\" is also the number on line 2"),
        "{failed:?}"
    );
    assert!(failed.stderr.contains("nothing was imported"), "{failed:?}");
    assert!(json_list(&db, &["supplier", "list"]).is_empty());
}

#[test]
fn a_number_in_use_is_refused_naming_its_supplier_and_an_empty_flag_clears() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let first = json(
        &db,
        &[
            "supplier",
            "add",
            "--name",
            "Müller Getränke",
            "--number",
            "M-1",
            "--contact",
            "Hans Müller",
            "--phone",
            "030 1234567",
            "--payment-terms",
            "14",
        ],
    );
    assert_eq!(text(&first, "name"), "Müller Getränke");
    assert_eq!(strings(&first, "phone"), ["030 1234567"]);
    let refused = fails(
        &db,
        &["supplier", "add", "--name", "Other", "--number", "m-1"],
        2,
    );
    assert!(
        refused.contains("number \"m-1\" is already used by supplier 1 (Müller Getränke)"),
        "{refused}"
    );
    let second = int(&json(&db, &["supplier", "add", "--name", "Other"]), "id");
    let refused = fails(
        &db,
        &["supplier", "edit", &second.to_string(), "--number", "M-1"],
        2,
    );
    assert!(
        refused.contains("supplier 1 (Müller Getränke)"),
        "{refused}"
    );
    let found = json_list(&db, &["supplier", "search", "MUELLER"]);
    assert_eq!(int(&found[0], "id"), 1);
    let found = json_list(&db, &["supplier", "search", "4567"]);
    assert_eq!(int(&found[0], "id"), 1);
    let edited = json(
        &db,
        &[
            "supplier",
            "edit",
            "1",
            "--contact",
            "",
            "--payment-terms",
            "",
            "--phone",
            "",
        ],
    );
    assert_eq!(text(&edited, "contact"), "");
    assert_eq!(text(&edited, "payment_terms"), "");
    assert!(strings(&edited, "phone").is_empty());
    assert_eq!(int(&edited, "version"), 2);
    let empty_name = fails(&db, &["supplier", "edit", "1", "--name", ""], 2);
    assert!(
        empty_name.contains("name: must not be empty"),
        "{empty_name}"
    );
    let bad_terms = fails(
        &db,
        &["supplier", "add", "--name", "X", "--payment-terms", "-3"],
        2,
    );
    assert!(bad_terms.contains("payment_terms"), "{bad_terms}");
    ok(&db, &["supplier", "delete", "1"]);
    fails(&db, &["supplier", "show", "1"], 2);
    assert!(json_list(&db, &["supplier", "search", "4567"]).is_empty());
}

fn actor(role: Role) -> Actor {
    Actor {
        name: "tester".into(),
        role,
    }
}

fn supplier(op: RecordOp) -> Command {
    Command::Record(RecordCommand {
        kind: SUPPLIERS,
        op,
    })
}

fn add(store: &Store, role: Role, name: &str) -> Result<(), kontor::core::CoreError> {
    let mut input = Input::new();
    input.push("name", name);
    let command = supplier(RecordOp::Add { input });
    execute(store, &common::clock(), &actor(role), command).map(|_| ())
}

#[test]
fn purchasing_and_admin_change_suppliers_warehouse_reads_them_others_neither() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    add(&store, Role::Admin, "Exotic Liquids").unwrap();
    add(&store, Role::Purchasing, "Tokyo Traders").unwrap();
    let refused = add(&store, Role::Warehouse, "Nope").unwrap_err();
    assert_eq!(refused.to_string(), "not permitted for role warehouse");
    let utc = time::UtcOffset::UTC;
    let listed = |role| plain_query::list(&store, &actor(role), SUPPLIERS, 0, 10, utc);
    assert_eq!(listed(Role::Warehouse).unwrap().len(), 2);
    assert_eq!(listed(Role::Purchasing).unwrap().len(), 2);
    for role in [Role::Agent, Role::Sales, Role::Payroll] {
        assert!(listed(role).is_err(), "{role:?} reads suppliers");
        assert!(
            add(&store, role, "Nope").is_err(),
            "{role:?} adds suppliers"
        );
    }
    let delete = supplier(RecordOp::Delete {
        id: 1,
        force: false,
    });
    let refused = execute(&store, &common::clock(), &actor(Role::Warehouse), delete);
    assert!(refused.is_err());
}

#[test]
fn windows_1252_and_a_bom_read_like_the_customer_import() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let latin = scratch.file(
        "latin.csv",
        b"name;city\nFor\xeats d'\xe9rables;Ste-Hyacinthe\n",
    );
    let said = ok(&db, &["import", "suppliers", s(&latin)]);
    assert!(
        said.contains("windows-1252") && said.contains("';'"),
        "{said}"
    );
    let bom = scratch.file(
        "bom.csv",
        "\u{feff}name,number\nGai pâturage,G-1\n".as_bytes(),
    );
    ok(&db, &["import", "suppliers", s(&bom)]);
    let found = json_list(&db, &["supplier", "search", "ERABLES"]);
    assert_eq!(names(&found), ["Forêts d'érables"]);
    let found = json_list(&db, &["supplier", "search", "g-1"]);
    assert_eq!(names(&found), ["Gai pâturage"]);
}
