//! Conformance of every registered record kind (`core::kinds::REGISTRY`) on the command
//! line and the core: every editable field is a flag of `add`, is exported and round-trips
//! export → import into a fresh database (the same bytes again); editable fields are fields
//! of the table; a required field given empty is refused naming the field, on add and in
//! an import row; a unique field refuses a duplicate naming the field and the holder; a
//! record that another kind refers to refuses delete, and `--force` deletes unless the
//! referring records are kept (then it is refused too); a kind with a
//! natural key takes it as the positional of `add` and is shown, edited and named by it in
//! any case (a key that stays is the positional of `add`). A new kind needs only its
//! sample values below (none for the other of two alternatives, e.g. a second pay basis)
//! and, when it has referrers, how to plant one; when it refers to others, how to prepare
//! those. Every check runs on both backends: sled, and PostgreSQL (`on_postgres`).

use std::path::Path;

use kontor::core::kinds::{KindDecl, REGISTRY};
use kontor::domain::fields::table::FieldSpec;

use crate::common::{Scratch, fails, json, json_list, ok, on_postgres, read_csv, run, s};

/// Per kind, per editable field: the values given to its flag (several for a field of
/// many values).
fn samples(kind: &str) -> &'static [(&'static str, &'static [&'static str])] {
    match kind {
        // Two contacts, each with its role, phone and e-mail at the same place.
        "customer" => &[
            ("kind", &["person"]),
            ("number", &["K-7"]),
            ("name", &["Konform Kunde"]),
            ("gender", &["female"]),
            ("title", &["Dr."]),
            ("surname", &["Kunde-Probe"]),
            ("status", &["prospect"]),
            ("owner", &["anna"]),
            ("phone", &["030 1234567", "030 7654321"]),
            ("email", &["a@probe.example", "b@probe.example"]),
            ("contact", &["Eva Probe", "Max Muster"]),
            ("contact_role", &["Buyer", "Chef"]),
            ("contact_phone", &["030 1112223", "030 4445556"]),
            ("contact_email", &["eva@probe.example", "max@probe.example"]),
            ("contact_gender", &["female", "male"]),
            ("contact_title", &["Prof. Dr.", "Dr."]),
            ("contact_surname", &["Probe", "Muster"]),
            ("street", &["Teststr. 1"]),
            ("postal_code", &["10115"]),
            ("city", &["Berlin"]),
            ("region", &["BE"]),
            ("country", &["Germany"]),
            ("tags", &["probe", "test"]),
            ("notes", &["Round trip"]),
            ("credit_limit", &["5000.00"]),
            ("tax_treatment", &["reverse-charge"]),
            ("vat_id", &["DE123456789"]),
            ("partial_deliveries", &["false"]),
            ("backorders", &["false"]),
            ("payment_days", &["30"]),
            ("skonto", &["14:2"]),
            ("buyer_reference", &["991-12345-67"]),
        ],
        "supplier" => &[
            ("number", &["K-7"]),
            ("name", &["Konform GmbH"]),
            ("contact", &["Eva Probe"]),
            ("contact_role", &["Buyer"]),
            ("phone", &["030 1234567", "030 7654321"]),
            ("email", &["a@probe.example", "b@probe.example"]),
            ("street", &["Teststr. 1"]),
            ("postal_code", &["10115"]),
            ("city", &["Berlin"]),
            ("region", &["BE"]),
            ("country", &["Germany"]),
            ("vat_id", &["DE123456789"]),
            ("payment_terms", &["14"]),
            ("tags", &["probe", "test"]),
            ("notes", &["Round trip"]),
        ],
        "location" => &[("code", &["WH9/K-7"]), ("name", &["Konform Regal"])],
        // One pay basis: `hourly` would replace the salary.
        "employee" => &[
            ("number", &["K-7"]),
            ("name", &["Eva Konform"]),
            ("joined", &["2025-01-01"]),
            ("left", &["2026-12-31"]),
            ("hourly", &[]),
            ("salary", &["3000.00"]),
            ("currency", &["EUR"]),
            ("deductions", &["pension:9.3%:300", "tax:20%"]),
            ("iban", &["DE89370400440532013000"]),
        ],
        "item" => &[
            ("sku", &["K-7"]),
            ("name", &["Konform Tee"]),
            ("uom", &["kg"]),
            ("barcode", &["4006381333931", "12345670"]),
            ("cost", &["1.20"]),
            ("price", &["2.50"]),
            ("currency", &["EUR"]),
            ("reorder_min", &["10"]),
            ("reorder_max", &["20"]),
            ("order_multiple", &["5"]),
            ("lead_days", &["7"]),
            ("active", &["no"]),
            ("vat", &["exempt"]),
            ("vat_reason", &["§ 4 Nr. 14 UStG"]),
            ("lot_rule", &["fixed:100"]),
            ("lot_min", &["20"]),
            ("lot_multiple", &["10"]),
            ("lot_max", &["500"]),
            ("safety_stock", &["WH1=12.5", "WH2=3"]),
            ("production_days", &["4"]),
        ],
        // Lost, so it has a reason and a close time; the customer and the campaign are
        // planted by `PREPARE`.
        "opportunity" => &[
            ("customer", &["1"]),
            ("title", &["Konform Vertrag"]),
            ("amount", &["1.200,50"]),
            ("currency", &["EUR"]),
            ("stage", &["lost"]),
            ("probability", &["5"]),
            ("expected_close", &["2027-01-31"]),
            ("owner", &["anna"]),
            ("lost_reason", &["Preis zu hoch"]),
            ("campaign", &["1"]),
        ],
        // A call, so it has an outcome; the customer is planted by `PREPARE`.
        "interaction" => &[
            ("customer", &["1"]),
            ("contact", &["Maria Anders"]),
            ("channel", &["call-in"]),
            ("subject", &["Rückruf"]),
            ("body", &["Lieferzeit"]),
            ("outcome", &["Angebot folgt"]),
            ("duration", &["4m30s"]),
            ("agent", &["anna"]),
            ("at", &["2026-11-27T10:30:00Z"]),
            ("follow_up", &["2026-12-01"]),
            ("follow_up_done", &["yes"]),
        ],
        // Tag and discount are the other of two alternatives; item and customer 1 are
        // planted by `PREPARE`.
        "price-rule" => &[
            ("item", &["1"]),
            ("customer", &["1"]),
            ("tag", &[]),
            ("min_qty", &["10"]),
            ("price", &["2.50"]),
            ("discount", &[]),
            ("valid_from", &["2026-01-01"]),
            ("valid_until", &["2026-12-31"]),
        ],
        // Two price breaks; item 1 and supplier 1 are planted by `PREPARE`.
        "supplier-item" => &[
            ("item", &["1"]),
            ("supplier", &["1"]),
            ("supplier_sku", &["EX-7"]),
            ("price", &["1:4.50", "100:4.20"]),
            ("currency", &["EUR"]),
            ("valid_from", &["2026-01-01"]),
            ("valid_until", &["2026-12-31"]),
            ("lead_days", &["5"]),
            ("moq", &["10"]),
            ("multiple", &["5"]),
            ("preferred", &["true"]),
        ],
        other => panic!("kind {other} has no sample values in kind_conformance.rs"),
    }
}

/// Per kind that other kinds refer to: plants a record referring to record `id` of it.
const PLANT_REFERRER: &[(&str, Plant)] = &[
    ("customer", plant_interaction),
    ("employee", plant_payslip),
    ("item", plant_move),
    ("supplier", plant_supplier_item_and_purchase_order),
];

/// A supplier item and a purchase order of the sample supplier (the order is kept).
fn plant_supplier_item_and_purchase_order(db: &Path, id: u64) {
    plant_supplier_item(db, id);
    plant_purchase_order(db, id);
}

/// A supplier item of the sample supplier, for an item of its own.
fn plant_supplier_item(db: &Path, id: u64) {
    ok(db, &["item", "add", "--sku", "P-1", "--name", "Probe"]);
    let id = id.to_string();
    ok(
        db,
        &[
            "supplier-item",
            "add",
            "--item",
            "P-1",
            "--supplier",
            &id,
            "--price",
            "1",
        ],
    );
}

/// An interaction with the sample customer: a note.
fn plant_interaction(db: &Path, id: u64) {
    let id = id.to_string();
    let log = ["interaction", "log", "--customer", &id, "--channel", "note"];
    ok(db, &[&log[..], &["--subject", "Notiz"]].concat());
}

/// A payslip of the sample employee: January 2026 run.
fn plant_payslip(db: &Path, _id: u64) {
    ok(db, &["payroll", "run", "--period", "2026-01"]);
}

/// A stock move of the sample item: one received.
fn plant_move(db: &Path, _id: u64) {
    ok(db, &["stock", "receive", "K-7", "1"]);
}

/// A purchase order to the sample supplier, for one unit of a new item.
fn plant_purchase_order(db: &Path, id: u64) {
    ok(db, &["item", "add", "--sku", "PO-1", "--name", "Bestellt"]);
    let id = id.to_string();
    ok(
        db,
        &["purchase", "add", "--supplier", &id, "--line", "PO-1:1:1"],
    );
}

/// Per kind whose records refer to others: plants those (customer 1 of opportunities).
const PREPARE: &[(&str, Prepare)] = &[
    ("opportunity", add_customer_and_campaign),
    ("interaction", add_customer),
    ("price-rule", add_customer_and_item),
    ("supplier-item", add_supplier_and_item),
];

/// Supplier 1 and item 1.
fn add_supplier_and_item(db: &Path) {
    ok(db, &["supplier", "add", "--name", "Konform Lieferant"]);
    ok(
        db,
        &["item", "add", "--sku", "K-7", "--name", "Konform Tee"],
    );
}

/// Customer 1.
fn add_customer(db: &Path) {
    ok(db, &["customer", "add", "--name", "Konform Kunde"]);
}

/// Customer 1 and campaign 1.
fn add_customer_and_campaign(db: &Path) {
    add_customer(db);
    ok(
        db,
        &[
            "campaign",
            "add",
            "Konform",
            "--channel",
            "print",
            "--from",
            "2026-12-01",
        ],
    );
}

/// Customer 1 and item 1.
fn add_customer_and_item(db: &Path) {
    add_customer(db);
    ok(
        db,
        &["item", "add", "--sku", "K-7", "--name", "Konform Tee"],
    );
}

/// Plants what the samples of a kind refer to in the database at the path.
type Prepare = fn(&Path);

/// A database at `name` in `scratch` with what the samples of `kind` refer to.
fn prepared(scratch: &Scratch, name: &str, kind: &KindDecl) -> std::path::PathBuf {
    let db = scratch.db(name);
    if let Some((_, prepare)) = PREPARE.iter().find(|(k, _)| *k == kind.name) {
        prepare(&db);
    }
    db
}

/// Plants a record referring to record `id` in the database at the path.
type Plant = fn(&Path, u64);

fn plant_referrer(kind: &str) -> Option<Plant> {
    PLANT_REFERRER
        .iter()
        .find(|(name, _)| *name == kind)
        .map(|(_, plant)| *plant)
}

fn sample(kind: &KindDecl, field: &FieldSpec) -> &'static [&'static str] {
    samples(kind.name)
        .iter()
        .find(|(name, _)| *name == field.name)
        .map(|(_, values)| *values)
        .unwrap_or_else(|| panic!("{}.{} has no sample value", kind.name, field.name))
}

/// `KIND add` with every editable field set from the samples, `changed` fields replaced;
/// the natural key (if the kind has one) is the positional.
fn add_args(kind: &KindDecl, changed: &[(&str, &str)]) -> Vec<String> {
    let mut args = vec![kind.name.to_string(), "add".to_string()];
    for field in kind.fields.iter().filter(|field| field.editable) {
        let values: Vec<&str> = match changed.iter().find(|(name, _)| *name == field.name) {
            Some((_, value)) => vec![value],
            None => sample(kind, field).to_vec(),
        };
        for value in values {
            if kind.fixed_key() != Some(field.name) {
                args.push(format!("--{}", field.flag));
            }
            args.push(value.to_string());
        }
    }
    args
}

/// How `add --help` shows a field: the positional of the natural key, else its flag.
fn in_help(kind: &KindDecl, field: &FieldSpec) -> String {
    match kind.fixed_key() == Some(field.name) {
        true => format!("<{}>", field.name.to_uppercase()),
        false => format!("--{}", field.flag),
    }
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

#[test]
fn every_field_is_a_flag_and_round_trips_export_then_import() {
    for kind in REGISTRY {
        let scratch = Scratch::new();
        let first = prepared(&scratch, "first", kind);
        let help = ok(&first, &[kind.name, "add", "--help"]);
        for field in kind.fields.iter().filter(|field| field.editable) {
            assert!(kind.names().contains(&field.name), "{}", field.name);
            assert!(help.contains(&in_help(kind, field)), "{help}");
        }
        ok(&first, &strs(&add_args(kind, &[])));
        let exported = ok(&first, &["export", kind.plural]);
        let file = scratch.file("export.csv", exported.as_bytes());
        let (header, rows) = read_csv(&file);
        assert_eq!(header, kind.names(), "{}", kind.name);
        let unsampled = |name: &str| {
            let field = kind.fields.iter().find(|field| field.name == name);
            field.is_some_and(|field| field.editable && sample(kind, field).is_empty())
        };
        for (column, name) in header.iter().enumerate() {
            assert!(
                unsampled(name) || !rows[0][column].is_empty(),
                "{}.{name} not exported",
                kind.name
            );
        }
        let second = prepared(&scratch, "second", kind);
        ok(&second, &["import", kind.plural, s(&file)]);
        assert_eq!(
            ok(&second, &["export", kind.plural]),
            exported,
            "{}",
            kind.name
        );
    }
}

#[test]
fn a_required_field_given_empty_is_refused_naming_it() {
    for kind in REGISTRY {
        let scratch = Scratch::new();
        let db = prepared(&scratch, "db", kind);
        for field in kind.fields.iter().filter(|field| field.required) {
            let refused = fails(&db, &strs(&add_args(kind, &[(field.name, "")])), 2);
            assert!(refused.contains(field.name), "{}: {refused}", kind.name);
            let header: Vec<&str> = kind
                .fields
                .iter()
                .filter(|field| field.editable)
                .map(|field| field.name)
                .collect();
            let cells: Vec<&str> = kind
                .fields
                .iter()
                .filter(|field| field.editable)
                .map(|other| match other.name == field.name {
                    true => "",
                    false => sample(kind, other).first().copied().unwrap_or_default(),
                })
                .collect();
            let csv = format!("{}\n\"{}\"\n", header.join(","), cells.join("\",\""));
            let file = scratch.file("row.csv", csv.as_bytes());
            let failed = run(&db, &["import", kind.plural, s(&file)]);
            assert_eq!(failed.code, 2, "{failed:?}");
            let column = format!("line 2: column {}", field.name);
            assert!(failed.stderr.contains(&column), "{failed:?}");
        }
        let exported = ok(&db, &["export", kind.plural]);
        assert_eq!(exported.lines().count(), 1, "{}: {exported}", kind.name);
    }
}

#[test]
fn a_unique_field_refuses_a_duplicate_naming_its_holder() {
    for kind in REGISTRY {
        for field in kind.fields.iter().filter(|field| field.unique) {
            let scratch = Scratch::new();
            let db = prepared(&scratch, "db", kind);
            ok(&db, &strs(&add_args(kind, &[])));
            let again = sample(kind, field)[0].to_lowercase();
            let refused = fails(&db, &strs(&add_args(kind, &[(field.name, &again)])), 2);
            let holder = format!("already used by {} 1", kind.name);
            assert!(refused.contains(field.name), "{refused}");
            assert!(refused.contains(&holder), "{refused}");
        }
    }
}

#[test]
fn a_referenced_record_refuses_delete_unless_forced() {
    for kind in REGISTRY {
        if kind.ops.referrers().is_empty() {
            continue;
        }
        let plant = plant_referrer(kind.name)
            .unwrap_or_else(|| panic!("{} has referrers but no plant_referrer", kind.name));
        let scratch = Scratch::new();
        let db = prepared(&scratch, "db", kind);
        ok(&db, &strs(&add_args(kind, &[])));
        plant(&db, 1);
        let refused = run(&db, &[kind.name, "delete", "1"]);
        assert_ne!(refused.code, 0, "{refused:?}");
        assert!(refused.stderr.contains("referred to by"), "{refused:?}");
        // The refusal offers --force when the planted referrer goes with the record, and
        // says it stays when the referrer is history that is kept (a kind with such).
        let may_keep = kind.ops.referrers().iter().any(|r| r.remove.is_none());
        let offered = refused.stderr.contains("--force");
        let forced = run(&db, &[kind.name, "delete", "1", "--force"]);
        match offered {
            true => assert_eq!(forced.code, 0, "{forced:?}"),
            false => {
                assert!(may_keep, "{refused:?}");
                assert!(forced.stderr.contains("they are kept"), "{forced:?}");
            }
        }
    }
}

/// A deletable kind deletes a record nothing refers to; a kind whose records stay offers
/// no delete at all, and the core refuses one from any front end.
#[test]
fn records_are_deleted_only_where_the_kind_allows() {
    for kind in REGISTRY {
        let scratch = Scratch::new();
        let db = prepared(&scratch, "db", kind);
        ok(&db, &strs(&add_args(kind, &[])));
        let listed = json_list(&db, &[kind.name, "list"]).len();
        let deleted = run(&db, &[kind.name, "delete", "1"]);
        let left = json_list(&db, &[kind.name, "list"]).len();
        if kind.deletable {
            assert_eq!(deleted.code, 0, "{deleted:?}");
            assert_eq!(left, listed - 1, "{}", kind.name);
        } else {
            assert_eq!(deleted.code, 2, "{deleted:?}");
            assert!(
                deleted.stderr.contains("unrecognized subcommand"),
                "{deleted:?}"
            );
            assert_eq!(left, listed, "{}", kind.name);
        }
    }
}

#[test]
fn a_natural_key_names_the_record_in_any_case() {
    for kind in REGISTRY {
        let Some(key) = kind.key_field() else {
            continue;
        };
        let scratch = Scratch::new();
        let db = prepared(&scratch, "db", kind);
        ok(&db, &strs(&add_args(kind, &[])));
        let value = sample(kind, key)[0];
        let lower = value.to_lowercase();
        for named in [value, lower.as_str(), "1"] {
            let shown = json(&db, &[kind.name, "show", named]);
            assert_eq!(shown[key.name], value, "{}: {shown}", kind.name);
        }
        let unknown = fails(&db, &[kind.name, "show", "NOPE-42"], 2);
        assert!(unknown.contains("\"NOPE-42\" is not a"), "{unknown}");
    }
}

/// Each check again with the records on PostgreSQL.
mod on_postgres_too {
    use super::*;

    #[test]
    fn every_field_is_a_flag_and_round_trips_export_then_import() {
        on_postgres(super::every_field_is_a_flag_and_round_trips_export_then_import);
    }

    #[test]
    fn a_required_field_given_empty_is_refused_naming_it() {
        on_postgres(super::a_required_field_given_empty_is_refused_naming_it);
    }

    #[test]
    fn a_unique_field_refuses_a_duplicate_naming_its_holder() {
        on_postgres(super::a_unique_field_refuses_a_duplicate_naming_its_holder);
    }

    #[test]
    fn a_referenced_record_refuses_delete_unless_forced() {
        on_postgres(super::a_referenced_record_refuses_delete_unless_forced);
    }

    #[test]
    fn records_are_deleted_only_where_the_kind_allows() {
        on_postgres(super::records_are_deleted_only_where_the_kind_allows);
    }

    #[test]
    fn a_natural_key_names_the_record_in_any_case() {
        on_postgres(super::a_natural_key_names_the_record_in_any_case);
    }
}
