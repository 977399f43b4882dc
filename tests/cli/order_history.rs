//! Order history through the command line: Northwind's 830 orders and 2155 lines imported
//! after its customers and products, then revenue by year, ABC counts and the top
//! customers checked against figures this test computes itself from the CSV files (with
//! the csv crate and rust_decimal, not kontor's code path); numbering, delivered history
//! without stock moves, refusals that write nothing, RFM on a small hand-made set and the
//! German table.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::str::FromStr;

use crate::common;

use common::{Scratch, data_dir, fails, json, json_list, ok, run, s, text};
use rust_decimal::{Decimal, RoundingStrategy};

fn northwind(name: &str) -> std::path::PathBuf {
    data_dir().join("northwind").join(name)
}

/// Customers (numbers = customerID) and products (SKU = productID) of Northwind.
pub(crate) fn northwind_masters(db: &Path) {
    let customers = northwind("customers.csv");
    ok(
        db,
        &[
            "import",
            "customers",
            s(&customers),
            "--map",
            "number=customerID",
            "--map",
            "name=companyName",
            "--null",
            "NULL",
        ],
    );
    let products = northwind("products.csv");
    ok(
        db,
        &[
            "import",
            "items",
            s(&products),
            "--map",
            "sku=productID",
            "--map",
            "name=productName",
            "--map",
            "price=unitPrice",
        ],
    );
}

/// `import orders` of Northwind's orders and lines, as the issue writes it (with the
/// column the file really has for the requested date, and its NULL marker).
pub(crate) fn import_orders(db: &Path) -> String {
    let orders = northwind("orders.csv");
    let lines = northwind("order-details.csv");
    ok(
        db,
        &[
            "import",
            "orders",
            s(&orders),
            "--lines",
            s(&lines),
            "--map",
            "number=orderID",
            "--map",
            "customer=customerID",
            "--map",
            "date=orderDate",
            "--map",
            "requested=requiredDate",
            "--map",
            "shipped=shippedDate",
            "--line-map",
            "order=orderID",
            "--line-map",
            "sku=productID",
            "--line-map",
            "quantity=quantity",
            "--line-map",
            "price=unitPrice",
            "--line-map",
            "discount=discount",
            "--null",
            "NULL",
        ],
    )
}

/// What the CSV files say, computed here: per order its customer and year; per line its
/// net = quantity × price × (1 − discount fraction), rounded half away from zero to cents.
struct Expected {
    by_year: BTreeMap<String, Decimal>,
    by_customer: BTreeMap<String, Decimal>,
    by_product: BTreeMap<String, Decimal>,
    orders: usize,
    lines: usize,
    shipped: usize,
}

fn expected() -> Expected {
    let mut orders = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(northwind("orders.csv"))
        .unwrap();
    let mut of_order: HashMap<String, (String, String)> = HashMap::new();
    let mut shipped = 0;
    for record in orders.records() {
        let record = record.unwrap();
        // orderID, customerID, employeeID, orderDate, requiredDate, shippedDate come
        // before any unquoted comma of the ship address.
        let year = record[3][..4].to_string();
        shipped += usize::from(&record[5] != "NULL");
        of_order.insert(record[0].to_string(), (record[1].to_string(), year));
    }
    let mut lines = csv::Reader::from_path(northwind("order-details.csv")).unwrap();
    let mut expected = Expected {
        by_year: BTreeMap::new(),
        by_customer: BTreeMap::new(),
        by_product: BTreeMap::new(),
        orders: of_order.len(),
        lines: 0,
        shipped,
    };
    for record in lines.records() {
        let record = record.unwrap();
        let price = Decimal::from_str(&record[2]).unwrap();
        let quantity = Decimal::from_str(&record[3]).unwrap();
        let discount = Decimal::from_str(&record[4]).unwrap();
        let net = (quantity * price * (Decimal::ONE - discount))
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        let (customer, year) = &of_order[&record[0]];
        *expected.by_year.entry(year.clone()).or_default() += net;
        *expected.by_customer.entry(customer.clone()).or_default() += net;
        *expected
            .by_product
            .entry(record[1].to_string())
            .or_default() += net;
        expected.lines += 1;
    }
    expected
}

/// (A, B, C) counts of revenues: sorted largest first (ties by key), a row is A while the
/// share of the rows before it is below 80 %, B below 95 %, else C.
fn abc_counts(revenues: &BTreeMap<String, Decimal>) -> [usize; 3] {
    let mut sorted: Vec<(&String, &Decimal)> = revenues.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let total: Decimal = revenues.values().sum();
    let mut before = Decimal::ZERO;
    let mut counts = [0; 3];
    for (_, revenue) in sorted {
        let share = before / total;
        let class = if share < Decimal::new(8, 1) {
            0
        } else if share < Decimal::new(95, 2) {
            1
        } else {
            2
        };
        counts[class] += 1;
        before += revenue;
    }
    counts
}

fn decimal(value: &serde_json::Value) -> Decimal {
    Decimal::from_str(value.as_str().unwrap()).unwrap()
}

#[test]
fn northwind_history_imports_and_its_reports_match_the_csv() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    northwind_masters(&db);
    let expected = expected();
    let summary = import_orders(&db);
    let open = expected.orders - expected.shipped;
    assert!(
        summary.contains(&format!(
            "imported {} orders with {} lines ({} delivered history, {open} open)",
            expected.orders, expected.lines, expected.shipped
        )),
        "{summary}"
    );
    // The bulk write kept every index, the summed demand per day among them.
    assert!(ok(&db, &["check"]).starts_with("ok"));

    let by_year = json_list(&db, &["report", "revenue", "--by", "year"]);
    let got: BTreeMap<String, Decimal> = by_year
        .iter()
        .map(|row| (text(row, "year").to_string(), decimal(&row["revenue"])))
        .collect();
    assert_eq!(got, expected.by_year);
    let total: Decimal = got.values().sum();
    let orders: i64 = by_year
        .iter()
        .map(|row| row["orders"].as_i64().unwrap())
        .sum();
    assert_eq!(orders as usize, expected.orders);

    let top: Vec<(String, Decimal)> = json_list(&db, &["report", "revenue", "--by", "customer"])
        .iter()
        .take(5)
        .map(|row| (text(row, "customer").to_string(), decimal(&row["revenue"])))
        .collect();
    let mut customers: Vec<(String, Decimal)> = expected.by_customer.clone().into_iter().collect();
    customers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert_eq!(top, customers[..5].to_vec());
    assert_eq!(top[0].0, "QUICK", "Northwind's best customer");

    for (by, revenues) in [
        ("customer", &expected.by_customer),
        ("product", &expected.by_product),
    ] {
        let rows = json_list(&db, &["report", "abc", "--by", by]);
        let mut counts = [0; 3];
        for row in &rows {
            counts[["A", "B", "C"]
                .iter()
                .position(|c| *c == text(row, "class"))
                .unwrap()] += 1;
        }
        assert_eq!(counts, abc_counts(revenues), "ABC by {by}");
        assert_eq!(rows.len(), revenues.len());
        let sum: Decimal = rows.iter().map(|row| decimal(&row["revenue"])).sum();
        assert_eq!(sum, total);
    }

    let in_1997 = json_list(
        &db,
        &[
            "report",
            "revenue",
            "--by",
            "month",
            "--from",
            "1997-01-01",
            "--until",
            "1997-12-31",
        ],
    );
    assert_eq!(in_1997.len(), 12);
    let sum: Decimal = in_1997.iter().map(|row| decimal(&row["revenue"])).sum();
    assert_eq!(sum, expected.by_year["1997"]);

    let csv = ok(
        &db,
        &["report", "revenue", "--by", "year", "--format", "csv"],
    );
    let first = expected.by_year.iter().next().unwrap();
    assert!(csv.starts_with("year,orders,revenue\n"), "{csv}");
    assert!(csv.contains(&format!("{},", first.0)) && csv.contains(&first.1.to_string()));

    // The first order of 1996 is AU-1996-00001, delivered history keeping its number as
    // the reference; no stock moved; a new order still starts the year's series at 1.
    let first = json(&db, &["order", "show", "AU-1996-00001"]);
    assert_eq!(text(&first, "reference"), "10248");
    assert_eq!(text(&first, "date"), "1996-07-04");
    let lines = first["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 3);
    for line in lines {
        assert_eq!(decimal(&line["delivered"]), decimal(&line["quantity"]));
    }
    // 11077 was never shipped: an open order, nothing reserved or delivered.
    let open = json_list(&db, &["order", "list"])
        .into_iter()
        .find(|order| text(order, "reference") == "11077")
        .unwrap();
    assert_eq!(text(&open, "state"), "open");
    let open = json(&db, &["order", "show", text(&open, "number")]);
    for line in open["lines"].as_array().unwrap() {
        assert_eq!(
            decimal(&line["delivered"]) + decimal(&line["reserved"]),
            Decimal::ZERO
        );
    }
    let moves = ok(&db, &["export", "moves"]);
    assert!(moves.lines().count() <= 1, "no stock moved: {moves}");
    let added = json(
        &db,
        &["order", "add", "--customer", "ALFKI", "--line", "11:1"],
    );
    assert_eq!(text(&added, "number"), "AU-2026-00001");

    // Importing the same history again is refused and writes nothing.
    let again = run(
        &db,
        &[
            "import",
            "orders",
            s(&northwind("orders.csv")),
            "--lines",
            s(&northwind("order-details.csv")),
            "--map",
            "number=orderID",
            "--map",
            "customer=customerID",
            "--map",
            "date=orderDate",
            "--line-map",
            "order=orderID",
            "--line-map",
            "sku=productID",
        ],
    );
    assert_ne!(again.code, 0);
    assert!(
        again.stderr.contains("imported already"),
        "{}",
        again.stderr
    );
    let after = json_list(&db, &["report", "revenue", "--by", "year"]);
    let years: Vec<String> = after.iter().map(|r| text(r, "year").to_string()).collect();
    assert_eq!(years, vec!["1996", "1997", "1998", "2026"]);
}

/// The customers of `customers` (CSV) and item X at `price`.
fn masters(scratch: &Scratch, db: &Path, customers: &str, price: &str) {
    let customers = scratch.file("customers.csv", customers.as_bytes());
    ok(db, &["import", "customers", s(&customers)]);
    let items = format!("sku,name,price\nX,Ware,{price}\n");
    let items = scratch.file("items.csv", items.as_bytes());
    ok(db, &["import", "items", s(&items)]);
}

/// Customers K1–K5 and item X at 100.00; orders of one line of one X each.
fn rfm_shop(scratch: &Scratch, db: &Path, orders: &str) -> String {
    let customers = "number,name\nK1,Anna\nK2,Bert\nK3,Cleo\nK4,Dora\nK5,Emil\n";
    masters(scratch, db, customers, "100.00");
    let header = "number,customer,date\n";
    let orders_file = scratch.file("orders.csv", format!("{header}{orders}").as_bytes());
    let mut lines = String::from("order,sku,quantity,price,discount\n");
    for row in orders.lines() {
        let number = row.split(',').next().unwrap();
        lines.push_str(&format!("{number},X,1,100.00,0\n"));
    }
    let lines_file = scratch.file("lines.csv", lines.as_bytes());
    ok(
        db,
        &[
            "import",
            "orders",
            s(&orders_file),
            "--lines",
            s(&lines_file),
        ],
    )
}

#[test]
fn rfm_scores_quintiles_and_names_segments() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    // Today is 2026-12-05. K1: four recent orders; K2: three, the last 15 days ago; K3:
    // one, 10 days ago; K4: three, all in early 2025; K5: one, in 2024.
    rfm_shop(
        &scratch,
        &db,
        "1,K1,2026-12-01\n2,K1,2026-11-01\n3,K1,2026-10-01\n4,K1,2026-09-01\n\
         5,K2,2026-11-20\n6,K2,2026-06-01\n7,K2,2026-05-01\n8,K3,2026-11-25\n\
         9,K4,2025-01-10\n10,K4,2025-02-10\n11,K4,2025-03-10\n12,K5,2024-06-01\n",
    );
    let rows = json_list(&db, &["report", "rfm"]);
    let got: Vec<(String, i64, i64, i64, i64, String)> = rows
        .iter()
        .map(|row| {
            (
                text(row, "customer").to_string(),
                row["recency_days"].as_i64().unwrap(),
                row["r"].as_i64().unwrap(),
                row["f"].as_i64().unwrap(),
                row["m"].as_i64().unwrap(),
                text(row, "segment").to_string(),
            )
        })
        .collect();
    let row =
        |c: &str, days, r, f, m, segment: &str| (c.to_string(), days, r, f, m, segment.to_string());
    assert_eq!(
        got,
        vec![
            row("K1", 4, 5, 5, 5, "champions"),
            row("K2", 15, 3, 3, 3, "loyal"),
            row("K4", 635, 2, 3, 3, "at-risk"),
            row("K3", 10, 4, 1, 1, "new"),
            row("K5", 917, 1, 1, 1, "hibernating"),
        ]
    );
    assert_eq!(decimal(&rows[0]["monetary"]), Decimal::new(40000, 2));
    let later = json_list(&db, &["report", "rfm", "--as-of", "2026-12-15"]);
    assert_eq!(later[0]["recency_days"], 14);
    let german = ok(&db, &["report", "rfm", "--lang", "de"]);
    assert!(
        german.contains("Champions") && german.contains("eingeschlafen"),
        "{german}"
    );
}

#[test]
fn refused_history_names_file_line_and_column_and_writes_nothing() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    masters(&scratch, &db, "number,name\nK1,Anna\n", "100.00");
    let orders = scratch.file(
        "orders.csv",
        b"number,customer,date\n1,K1,2025-03-01\n2,K1,2025-03-02\n",
    );
    for (name, lines, column, reason) in [
        (
            "unknown-sku.csv",
            "order,sku,quantity,price\n1,X,1,10\n2,NOPE,1,10\n",
            "column sku",
            "no item with SKU \"NOPE\"",
        ),
        (
            "bad-discount.csv",
            "order,sku,quantity,price,discount\n1,X,1,10,5%\n2,X,1,10,150%\n",
            "column discount",
            "\"150%\" is not a discount",
        ),
    ] {
        let lines = scratch.file(name, lines.as_bytes());
        let run = run(&db, &["import", "orders", s(&orders), "--lines", s(&lines)]);
        assert_eq!(run.code, 2, "{run:?}");
        let problem = format!("{}: line 3: {column}: {reason}", lines.display());
        assert!(run.stderr.contains(&problem), "{problem} in {}", run.stderr);
        assert!(
            run.stderr.contains("nothing was imported"),
            "{}",
            run.stderr
        );
        assert!(json_list(&db, &["order", "list"]).is_empty());
    }
    // A number twice in the orders file, a line of an order the file does not have.
    let twice = scratch.file(
        "orders-twice.csv",
        b"number,customer,date\n1,K1,2025-03-01\n1,K1,2025-03-02\n",
    );
    let stray = scratch.file("lines-stray.csv", b"order,sku,quantity\n1,X,1\n7,X,1\n");
    let run_twice = run(&db, &["import", "orders", s(&twice), "--lines", s(&stray)]);
    assert!(
        run_twice
            .stderr
            .contains("line 3: column number: this order number is on line 2 already"),
        "{}",
        run_twice.stderr
    );
    let run_stray = run(&db, &["import", "orders", s(&orders), "--lines", s(&stray)]);
    assert!(
        run_stray
            .stderr
            .contains("line 3: column order: no order 7 in the orders file"),
        "{}",
        run_stray.stderr
    );
    assert!(json_list(&db, &["order", "list"]).is_empty());
    // An unknown customer is named in the orders file.
    let orders = scratch.file("orders-bad.csv", b"number,customer,date\n1,K9,2025-03-01\n");
    let lines = scratch.file("lines-ok.csv", b"order,sku,quantity\n1,X,1\n");
    let message = fails(
        &db,
        &["import", "orders", s(&orders), "--lines", s(&lines)],
        2,
    );
    assert!(message.contains("1 problem"), "{message}");
    assert!(json_list(&db, &["order", "list"]).is_empty());
}

#[test]
fn discounts_read_as_fractions_below_one_and_percent_otherwise() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    masters(&scratch, &db, "number,name\nK1,Anna\n", "100.00");
    let orders = scratch.file("orders.csv", b"number,customer,date\n1,K1,2025-03-01\n");
    let lines = scratch.file(
        "lines.csv",
        b"order,sku,quantity,price,discount\n1,X,1,100,0.05\n1,X,1,100,5%\n1,X,1,100,5\n1,X,1,100,\n",
    );
    ok(&db, &["import", "orders", s(&orders), "--lines", s(&lines)]);
    let order = json(&db, &["order", "show", "AU-2025-00001"]);
    let discounts: Vec<Decimal> = order["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| decimal(&line["discount"]))
        .collect();
    assert_eq!(
        discounts,
        vec![
            Decimal::from(5),
            Decimal::from(5),
            Decimal::from(5),
            Decimal::ZERO
        ]
    );
    let revenue = json_list(&db, &["report", "revenue", "--by", "year"]);
    assert_eq!(decimal(&revenue[0]["revenue"]), Decimal::new(38500, 2));
    assert_eq!(text(&order, "state"), "open");
}

#[test]
fn german_revenue_table_is_localized() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    masters(
        &scratch,
        &db,
        "number,name,country\nK1,Anna,DE\n",
        "1234.50",
    );
    let orders = scratch.file("orders.csv", b"number,customer,date\n1,K1,2025-03-01\n");
    let lines = scratch.file("lines.csv", b"order,sku,quantity\n1,X,2\n");
    ok(&db, &["import", "orders", s(&orders), "--lines", s(&lines)]);
    let table = ok(
        &db,
        &["report", "revenue", "--by", "country", "--lang", "de"],
    );
    assert!(table.starts_with("LAND"), "{table}");
    assert!(table.contains("UMSATZ"), "{table}");
    assert!(table.contains("Deutschland"), "{table}");
    assert!(table.contains("2.469"), "{table}");
    let english = ok(
        &db,
        &["report", "revenue", "--by", "country", "--lang", "en"],
    );
    assert!(
        english.contains("Germany") && english.contains("2469"),
        "{english}"
    );
    let quarter = ok(
        &db,
        &["report", "revenue", "--by", "quarter", "--lang", "de"],
    );
    assert!(
        quarter.starts_with("QUARTAL") && quarter.contains("2025-Q1"),
        "{quarter}"
    );
}

#[test]
fn the_warehouse_sees_no_revenue_and_imports_no_orders() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    masters(&scratch, &db, "number,name\nK1,Anna\n", "100.00");
    let store = kontor::store::Store::open(&db).unwrap();
    let warehouse = kontor::core::Actor {
        name: "lager".into(),
        role: kontor::core::Role::Warehouse,
    };
    let refused = kontor::core::reports::sales(&store, &warehouse, None, None).unwrap_err();
    assert!(refused.to_string().contains("not permitted"), "{refused}");
    let row = kontor::core::order_import::Row {
        line: 2,
        input: kontor::domain::fields::Input::from_pairs(&[
            ("number", "1"),
            ("customer", "K1"),
            ("date", "2025-01-01"),
        ]),
    };
    let refused = kontor::core::order_import::prepare(&store, &warehouse, &[row], &[], common::NOW)
        .unwrap_err();
    assert!(refused.to_string().contains("not permitted"), "{refused}");
}
