//! The amounts of sales documents (`kontor::domain::amounts`) against an independent
//! reference: Python's `decimal` module, with ROUND_HALF_UP (half away from zero) and its
//! own copy of the German rate table, over random documents from a fixed seed — domestic
//! and every tax-free treatment, every category, supply dates around the 2020 rates,
//! returns and discounts.

use std::process::Command;

use kontor::domain::Currency;
use kontor::domain::amounts::{BreakdownCategory, Document, Line, Totals};
use kontor::domain::vat::{RateTable, TaxTreatment, VatCategory};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use time::{Date, Duration, macros::date};

const REFERENCE: &str = r#"
import sys, json, datetime
from decimal import Decimal as D, ROUND_HALF_UP
CENT = D("0.01")
def rates(day):
    if day >= datetime.date(2021, 1, 1): return {"standard": D(19), "reduced": D(7)}
    if day >= datetime.date(2020, 7, 1): return {"standard": D(16), "reduced": D(5)}
    return {"standard": D(19), "reduced": D(7)}
out = []
for doc in json.load(sys.stdin):
    groups, nets, per_line_vat = {}, [], D(0)
    for line in doc["lines"]:
        exact = D(line["quantity"]) * D(line["price"]) * (D(100) - D(line["discount"])) / D(100)
        net = exact.quantize(CENT, rounding=ROUND_HALF_UP)
        nets.append(str(net))
        day = datetime.date.fromisoformat(line["supplied"])
        if doc["treatment"] == "domestic":
            rate = rates(day).get(line["category"], D(0))
            key = (line["category"], line["reason"], str(rate))
        else:
            rate = D(0)
            key = (doc["treatment"], "", "0")
        groups[key] = groups.get(key, D(0)) + net
        per_line_vat += (net * rate / D(100)).quantize(CENT, rounding=ROUND_HALF_UP)
    breakdown = []
    for (category, reason, rate), net in groups.items():
        vat = (net * D(rate) / D(100)).quantize(CENT, rounding=ROUND_HALF_UP)
        breakdown.append([category, reason, rate, str(net), str(vat)])
    net = sum((D(n) for n in nets), D(0))
    vat = sum((D(g[4]) for g in breakdown), D(0))
    out.append({"nets": nets, "breakdown": breakdown, "net": str(net), "vat": str(vat),
                "gross": str(net + vat), "per_line_vat": str(per_line_vat)})
json.dump(out, sys.stdout)
"#;

/// A decimal with `places` decimals, from a whole number of its smallest units.
fn decimal(units: i64, places: u32) -> Decimal {
    Decimal::new(units, places)
}

fn random_document(random: &mut fastrand::Rng) -> Document {
    let treatment = match random.u8(0..10) {
        0 => TaxTreatment::ReverseCharge,
        1 => TaxTreatment::IntraEuSupply,
        2 => TaxTreatment::Export,
        _ => TaxTreatment::Domestic,
    };
    let around_2020 =
        |random: &mut fastrand::Rng| date!(2020 - 01 - 01) + Duration::days(random.i64(0..731));
    let date_of_supply: Date = around_2020(random);
    let lines = (0..random.usize(1..12))
        .map(|_| {
            let category = match random.u8(0..12) {
                0 => VatCategory::Zero,
                1 => VatCategory::exempt("§ 4 Nr. 14 UStG").unwrap(),
                2 => VatCategory::exempt("§ 4 Nr. 8 UStG").unwrap(),
                3..=5 => VatCategory::Reduced,
                _ => VatCategory::Standard,
            };
            let quantity = match random.u8(0..4) {
                0 => decimal(random.i64(-5_000..50_000), 3),
                _ => decimal(random.i64(-2..60), 0),
            };
            let price = match random.bool() {
                true => decimal(random.i64(0..5_000_000), 4),
                false => decimal(random.i64(0..100_000), 2),
            };
            let discount = match random.u8(0..3) {
                0 => Decimal::ZERO,
                1 => decimal(random.i64(0..=100), 0),
                _ => decimal(random.i64(0..=10_000), 2),
            };
            let mut line = Line::new(quantity, price, discount, category);
            if random.u8(0..4) == 0 {
                line.supplied = Some(around_2020(random));
            }
            line
        })
        .collect();
    Document {
        currency: Currency::EUR,
        treatment,
        date_of_supply,
        lines,
    }
}

fn as_json(document: &Document) -> Value {
    let lines: Vec<Value> = document
        .lines
        .iter()
        .map(|line| {
            json!({
                "quantity": line.quantity.to_string(),
                "price": line.unit_price.to_string(),
                "discount": line.discount.to_string(),
                "category": line.category.name(),
                "reason": line.category.reason().unwrap_or_default(),
                "supplied": line.supplied.unwrap_or(document.date_of_supply).to_string(),
            })
        })
        .collect();
    json!({ "treatment": document.treatment.name(), "lines": lines })
}

/// The breakdown rows in one order for both sides: by their JSON text.
fn sorted(mut rows: Vec<Value>) -> Vec<Value> {
    rows.sort_by_key(|row| row.to_string());
    rows
}

/// kontor's totals in the reference's shape: the breakdown as [category, reason, rate, net,
/// VAT] rows, every figure normalized.
fn ours(totals: &Totals) -> Value {
    let text = |value: Decimal| value.normalize().to_string();
    let breakdown: Vec<Value> = totals
        .breakdown
        .iter()
        .map(|group| {
            let reason = match &group.category {
                BreakdownCategory::Domestic(category) => category.reason().unwrap_or_default(),
                _ => "",
            };
            json!([
                group.category.name(),
                reason,
                text(group.rate),
                text(group.net),
                text(group.vat),
            ])
        })
        .collect();
    json!({
        "nets": totals.line_nets.iter().map(|net| text(*net)).collect::<Vec<_>>(),
        "breakdown": sorted(breakdown),
        "net": text(totals.net),
        "vat": text(totals.vat),
        "gross": text(totals.gross),
    })
}

/// The reference's figures, normalized like `ours` (Python writes `16.00`, `0E-2`).
fn normalized(reference: &Value) -> Value {
    let text = |value: &Value| {
        let parsed: Decimal = value.as_str().unwrap().parse().unwrap();
        Value::String(parsed.normalize().to_string())
    };
    let breakdown: Vec<Value> = reference["breakdown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let row = row.as_array().unwrap();
            json!([row[0], row[1], text(&row[2]), text(&row[3]), text(&row[4])])
        })
        .collect();
    json!({
        "nets": reference["nets"].as_array().unwrap().iter().map(text).collect::<Vec<_>>(),
        "breakdown": sorted(breakdown),
        "net": text(&reference["net"]),
        "vat": text(&reference["vat"]),
        "gross": text(&reference["gross"]),
    })
}

#[test]
fn random_documents_agree_with_python_decimal() {
    let mut random = fastrand::Rng::with_seed(0x5641_5431_3639);
    let documents: Vec<Document> = (0..400).map(|_| random_document(&mut random)).collect();
    let input = Value::Array(documents.iter().map(as_json).collect()).to_string();
    let mut child = Command::new("python3")
        .args(["-c", REFERENCE])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs (.ci/run installs it)");
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "the reference failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let reference: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(reference.len(), documents.len());
    let mut rounding_differs = 0;
    for (index, (document, expected)) in documents.iter().zip(&reference).enumerate() {
        let totals = document.totals(&RateTable::GERMANY).unwrap();
        assert_eq!(
            ours(&totals),
            normalized(expected),
            "document {index}: {document:?}"
        );
        let per_line: Decimal = expected["per_line_vat"].as_str().unwrap().parse().unwrap();
        if per_line != totals.vat {
            rounding_differs += 1;
        }
    }
    // The documents exercise the rule: on many of them VAT summed per line would differ.
    assert!(rounding_differs > 20, "{rounding_differs}");
}
