//! ERP data for the screen snapshots, written through the core as a user would: the 77
//! Northwind products with their stock, reorder levels and prices (cost at 60 % of the
//! price), a second warehouse holding some Chai, a two-level bill of materials (a gift
//! basket made of tea sets) and four Northwind employees with January 2026 computed.

use std::path::Path;

use kontor::core::bom::BomCommand;
use kontor::core::kinds::{EMPLOYEES, ITEMS};
use kontor::core::opening_stock;
use kontor::core::payroll::PayrollCommand;
use kontor::core::plain::{ImportRow, RecordCommand, RecordOp};
use kontor::core::stock::StockCommand;
use kontor::core::{Actor, Command, execute};
use kontor::domain::Currency;
use kontor::domain::bom::{parse_line, parse_operation};
use kontor::domain::payroll::Period;
use kontor::store::Store;
use rust_decimal::Decimal;

use super::harness::input;

fn run(store: &Store, command: Command) {
    let admin = Actor::local("anna");
    execute(store, &crate::common::clock(), &admin, command).unwrap();
}

/// The products of `tests/data/northwind/products.csv` as items `NW-001` … `NW-077`, with
/// their units in stock as opening stock, created at the start of 2026.
fn products() -> Vec<ImportRow> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/northwind/products.csv");
    let mut reader = csv::Reader::from_path(path).unwrap();
    let mut rows = Vec::new();
    for row in reader.records() {
        let row = row.unwrap();
        let price: Decimal = row[5].parse().unwrap();
        let cost = (price * Decimal::new(6, 1)).round_dp(2).to_string();
        let reorder = match &row[8] {
            "0" => "",
            level => level,
        };
        let active = if &row[9] == "1" { "no" } else { "yes" };
        let sku = format!("NW-{:0>3}", &row[0]);
        let fields = input(&[
            ("sku", sku.as_str()),
            ("name", &row[1]),
            ("price", &row[5]),
            ("cost", &cost),
            ("reorder_min", reorder),
            ("lead_days", "7"),
            ("active", active),
            ("created", CREATED),
            ("updated", CREATED),
            (opening_stock::QUANTITY, &row[6]),
        ]);
        rows.push(ImportRow {
            input: fields,
            ..ImportRow::default()
        });
    }
    rows
}

/// When the items of the snapshots were created.
const CREATED: &str = "2026-01-02T08:00:00Z";

/// Adds the ERP data to a database that holds the CRM fixture.
pub fn erp(store: &Store) {
    run(
        store,
        Command::Record(RecordCommand {
            kind: ITEMS,
            op: RecordOp::Import {
                rows: products(),
                with: input(&[(opening_stock::LOCATION, "WH1")]),
            },
        }),
    );
    run(
        store,
        kontor::core::kinds::location::add("WH2", "Außenlager Nord"),
    );
    run(
        store,
        Command::Stock(StockCommand::Post {
            code: "NW-001".into(),
            quantity: Decimal::TEN,
            from: "WH1".into(),
            to: "WH2".into(),
            reference: "Umlagerung".into(),
            allow_negative: false,
        }),
    );
    for (sku, name, price) in [
        ("TS-001", "Teeset Chai & Biscuits", "32.00"),
        ("GK-001", "Geschenkkorb Tee & Gebäck", "89.00"),
    ] {
        let fields = input(&[
            ("sku", sku),
            ("name", name),
            ("price", price),
            ("created", CREATED),
            ("updated", CREATED),
        ]);
        run(
            store,
            Command::Record(RecordCommand {
                kind: ITEMS,
                op: RecordOp::Add { input: fields },
            }),
        );
    }
    for (code, lines, operations) in [
        (
            "TS-001",
            vec!["NW-001:1", "NW-019:2:5"],
            vec!["Packen:5:38.50"],
        ),
        (
            "GK-001",
            vec!["TS-001:2", "NW-016:1", "NW-027:1"],
            vec!["Korb binden:15:38.50"],
        ),
    ] {
        run(
            store,
            Command::Bom(BomCommand::Set {
                code: code.into(),
                output_qty: Decimal::ONE,
                lines: lines.iter().map(|l| parse_line(l).unwrap()).collect(),
                operations: operations
                    .iter()
                    .map(|o| parse_operation(o, Currency::EUR).unwrap())
                    .collect(),
                expected_version: None,
            }),
        );
    }
    employees(store);
}

fn employees(store: &Store) {
    let staff = [
        (
            "E1",
            "Nancy Davolio",
            "1992-05-01",
            "salary",
            "4200",
            "DE89 3704 0044 0532 0130 00",
        ),
        ("E2", "Andrew Fuller", "1992-08-14", "salary", "6500", ""),
        ("E3", "Janet Leverling", "1992-04-01", "hourly", "18.50", ""),
        ("E4", "Margaret Peacock", "1993-05-03", "salary", "3900", ""),
    ];
    for (number, name, joined, basis, pay, iban) in staff {
        let mut fields = input(&[
            ("number", number),
            ("name", name),
            ("joined", joined),
            (basis, pay),
            ("iban", iban),
            ("created", "2026-01-02T08:00:00Z"),
            ("updated", "2026-01-02T08:00:00Z"),
        ]);
        for rule in ["pension:9.3%:300", "tax:20%"] {
            fields.push("deductions", rule);
        }
        let op = RecordOp::Add { input: fields };
        run(
            store,
            Command::Record(RecordCommand {
                kind: EMPLOYEES,
                op,
            }),
        );
    }
    let hours = vec![("E3".to_string(), Decimal::new(120, 0))];
    run(
        store,
        Command::Payroll(PayrollCommand::RunPeriod {
            period: Period::parse("2026-01").unwrap(),
            hours,
        }),
    );
}
