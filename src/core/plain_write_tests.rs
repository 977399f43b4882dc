//! The generic writes on suppliers and on a fake kind that customers refer to: a referenced
//! record refuses delete, a forced delete cascades, unique values are refused naming their
//! holder on add, edit and import; an item's SKU may not be another's barcode in one import,
//! and a checked import row names the earlier line that has its SKU or barcode.

use time::OffsetDateTime;

use super::*;
use crate::core::kinds::KindDecl;
use crate::core::kinds::item::Items;
use crate::core::kinds::supplier::Suppliers;
use crate::core::plain::Referrer;
use crate::domain::fields::supplier::TABLE;
use crate::domain::fields::{Input, Row};
use crate::domain::{Customer, Supplier};

/// An import row of an item named by its SKU.
fn item_row(sku: &str, barcode: &str) -> ImportRow {
    ImportRow {
        input: Input::from_pairs(&[("sku", sku), ("name", sku), ("barcode", barcode)]),
        ..ImportRow::default()
    }
}

/// Suppliers, except that a customer whose notes say `supplier N` refers to supplier N.
struct Referenced;

fn referring(store: &Store, id: u64) -> StoreResult<Vec<u64>> {
    store.ids_where(|customer: &Customer| customer.notes == format!("supplier {id}"))
}

impl PlainKind for Referenced {
    type Record = Supplier;
    const DECL: &'static KindDecl = &KindDecl {
        name: "supplier",
        plural: "suppliers",
        area: crate::core::access::Area::Purchasing,
        fields: &TABLE,
        key: None,
        key_stays: false,
        deletable: true,
        search_by_key: "core-search-by-supplier",
        ops: &Referenced,
    };
    const REFERRERS: &'static [Referrer] = &[Referrer {
        kind: "customer",
        referring,
        remove: Some(|tx, id| tx.remove::<Customer>(id).map(|_| ())),
    }];

    fn to_row(record: &Supplier, offset: UtcOffset) -> Row {
        Suppliers::to_row(record, offset)
    }
    fn from_input(
        input: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Supplier, Vec<Invalid>> {
        Suppliers::from_input(input, settings, now)
    }
    fn apply_edit(
        record: &mut Supplier,
        edit: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        Suppliers::apply_edit(record, edit, settings, now)
    }
    fn name(record: &Supplier) -> &str {
        Suppliers::name(record)
    }
    fn unique_holder(tx: &Tx, field: &str, value: &str) -> TxResult<Option<u64>> {
        Suppliers::unique_holder(tx, field, value)
    }
    fn stored_holder(store: &Store, field: &str, value: &str) -> StoreResult<Option<u64>> {
        Suppliers::stored_holder(store, field, value)
    }
}

use crate::store::StoreResult;

fn input(name: &str, number: &str) -> Input {
    let mut input = Input::new();
    input.push("name", name);
    input.push("number", number);
    input
}

fn run<K: PlainKind>(store: &Store, op: RecordOp) -> Result<Done, CoreError> {
    let admin = crate::core::Actor::local("tester");
    execute::<K>(store, &admin, op, &mut |_| {}, OffsetDateTime::UNIX_EPOCH)
}

fn add(store: &Store, name: &str, number: &str) -> Result<Done, CoreError> {
    let input = input(name, number);
    run::<Suppliers>(store, RecordOp::Add { input })
}

fn refuse(result: Result<Done, CoreError>) -> CoreError {
    result.expect_err("refused")
}

#[test]
fn a_referenced_record_refuses_delete_and_force_cascades() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    add(&store, "Exotic Liquids", "S-1").unwrap();
    let mut customer = Customer::new("Alfreds", OffsetDateTime::UNIX_EPOCH);
    customer.notes = "supplier 1".into();
    store
        .transaction(|tx| tx.insert(&mut customer.clone()))
        .unwrap();
    let refused = refuse(run::<Referenced>(
        &store,
        RecordOp::Delete {
            id: 1,
            force: false,
        },
    ));
    assert_eq!(
        refused.to_string(),
        "supplier 1 (Exotic Liquids) is referred to by 1 customer; --force deletes them too"
    );
    assert!(store.get::<Supplier>(1).unwrap().is_some());
    let Done::Deleted { cascaded, .. } =
        run::<Referenced>(&store, RecordOp::Delete { id: 1, force: true }).unwrap()
    else {
        panic!("not deleted")
    };
    assert_eq!(cascaded, 1);
    assert!(store.get::<Supplier>(1).unwrap().is_none());
    assert!(store.get::<Customer>(1).unwrap().is_none());
}

#[test]
fn unique_values_are_refused_naming_their_holder() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    add(&store, "Exotic Liquids", "S-1").unwrap();
    add(&store, "Tokyo Traders", "").unwrap();
    let CoreError::Invalid(problems) = refuse(add(&store, "Again", "s-1")) else {
        panic!("not invalid")
    };
    assert_eq!(problems[0].field, "number");
    assert_eq!(
        problems[0].message,
        "number \"s-1\" is already used by supplier 1 (Exotic Liquids)"
    );
    let mut edit = Input::new();
    edit.push("number", "S-1");
    let edit = RecordOp::Edit {
        id: 2,
        expected_version: None,
        edit,
    };
    assert!(matches!(
        refuse(run::<Suppliers>(&store, edit)),
        CoreError::Invalid(_)
    ));
    let rows = ["A", "B"].map(|name| ImportRow {
        input: input(name, "S-9"),
        ..ImportRow::default()
    });
    let import = RecordOp::Import {
        rows: rows.to_vec(),
        with: Input::new(),
    };
    let CoreError::Invalid(problems) = refuse(run::<Suppliers>(&store, import)) else {
        panic!("not invalid")
    };
    assert_eq!(problems[0].message, "\"S-9\" is the number of both A and B");
    let settings = Settings::load(&store).unwrap();
    let taken = ImportRow {
        input: input("C", "S-1"),
        ..ImportRow::default()
    };
    let now = OffsetDateTime::UNIX_EPOCH;
    let mut seen = FirstSeen::new();
    let problems = check_row::<Suppliers>(&store, &settings, now, (&taken, 2), &mut seen);
    assert_eq!(problems.unwrap_err()[0].field, "number");
    let own = ImportRow { id: 1, ..taken };
    let mut seen = FirstSeen::new();
    assert!(check_row::<Suppliers>(&store, &settings, now, (&own, 2), &mut seen).is_ok());
}

#[test]
fn an_import_refuses_a_sku_that_is_the_barcode_of_another_row() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let own = RecordOp::Import {
        rows: vec![item_row("A-1", "A-1")],
        with: Input::new(),
    };
    assert!(run::<Items>(&store, own).is_ok(), "its own SKU as barcode");
    let import = RecordOp::Import {
        rows: vec![item_row("B-1", "111"), item_row("111", "")],
        with: Input::new(),
    };
    let CoreError::Invalid(problems) = refuse(run::<Items>(&store, import)) else {
        panic!("not invalid")
    };
    assert_eq!(
        problems[0].message,
        "\"111\" is the sku of both B-1 and 111"
    );
}

#[test]
fn a_checked_import_row_refuses_a_code_of_an_earlier_line_even_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let stored = RecordOp::Import {
        rows: vec![item_row("C-1", "")],
        with: Input::new(),
    };
    run::<Items>(&store, stored).unwrap();
    let settings = Settings::load(&store).unwrap();
    let now = OffsetDateTime::UNIX_EPOCH;
    let mut seen = FirstSeen::new();
    let mut check = |row: ImportRow, line| {
        check_row::<Items>(&store, &settings, now, (&row, line), &mut seen)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|problem| (problem.field, problem.message))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        check(item_row("A-1", "C-1"), 2),
        [(
            "barcode",
            "barcode \"C-1\" is already used by item 1 (C-1)".to_string()
        )]
    );
    assert_eq!(
        check(item_row("B-1", "a-1"), 3),
        [("barcode", "\"a-1\" is also the sku on line 2".to_string())]
    );
    assert_eq!(
        check(item_row("c-1", ""), 4),
        [("sku", "\"c-1\" is also the barcode on line 2".to_string())]
    );
}
