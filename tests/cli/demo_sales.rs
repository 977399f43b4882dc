//! The demo's sales story through the command line: the company letterhead, a customer
//! buying tax-free within the EU and one abroad, food at the reduced VAT rate, the quote
//! won into an order, orders partly delivered, on a pick list, held over a credit limit,
//! cancelled and confirmed; two years of delivered history with a Christmas peak, a
//! growing customer, one who stopped (RFM) and all three ABC classes; the same demo twice
//! alike, gapless numbers and `check` clean.

use std::collections::BTreeMap;

use crate::common;

use common::{Scratch, json, json_list, ok, text};
use rust_decimal::Decimal;
use serde_json::Value;

use super::orders::decimal;

fn shown(db: &std::path::Path, list: &[Value]) -> Vec<Value> {
    list.iter()
        .map(|o| json(db, &["order", "show", text(o, "number")]))
        .collect()
}

#[test]
fn the_demo_tells_a_sales_story_with_two_years_of_history() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let said = ok(&db, &["demo", "--customers", "60"]);
    assert!(said.contains("60 customers"), "{said}");
    assert!(said.contains("sales: 6 quotes"), "{said}");
    assert!(said.contains("3 delivery notes"), "{said}");
    assert!(ok(&db, &["check"]).starts_with("ok"));

    let settings = ok(&db, &["settings"]);
    for line in [
        "company_legal_form = GmbH",
        "company_register_court = Amtsgericht Hamburg",
        "company_iban = DE89370400440532013000",
        "company_vat_id = DE204711009",
    ] {
        assert!(settings.contains(line), "{line}: {settings}");
    }
    assert_eq!(
        text(&json(&db, &["item", "show", "DA-012"]), "vat"),
        "reduced"
    );
    assert_eq!(
        text(&json(&db, &["item", "show", "BV-038"]), "vat"),
        "standard"
    );

    let orders = json_list(&db, &["order", "list"]);
    let mut numbers: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for order in &orders {
        let number = text(order, "number");
        let (year, sequence) = number.trim_start_matches("AU-").split_once('-').unwrap();
        numbers
            .entry(year.to_string())
            .or_default()
            .push(sequence.parse().unwrap());
    }
    for (year, mut sequence) in numbers {
        sequence.sort_unstable();
        let expected: Vec<u32> = (1..=sequence.len() as u32).collect();
        assert_eq!(sequence, expected, "AU numbers of {year}");
    }

    let live: Vec<Value> = orders
        .iter()
        .filter(|o| text(o, "reference").is_empty())
        .cloned()
        .collect();
    let live = shown(&db, &live);
    let of = |name: &str| {
        live.iter()
            .find(|o| text(o, "customer_name") == name)
            .unwrap()
    };
    let eu = of("Delicatessen Van der Berg B.V.");
    assert_eq!(text(eu, "state"), "delivered");
    assert_eq!(decimal(&eu["totals"]["vat"]), Decimal::ZERO, "{eu}");
    assert!(decimal(&eu["totals"]["net"]) > Decimal::ZERO);
    let export = of("Nordic Fine Foods AS");
    assert_eq!(decimal(&export["totals"]["vat"]), Decimal::ZERO, "{export}");
    let held = of("Feinkost Krause KG");
    assert_eq!(
        text(&held["hold"]["reasons"][0], "rule"),
        "credit",
        "{held}"
    );
    let partly: Vec<&Value> = live
        .iter()
        .filter(|o| {
            o["lines"].as_array().unwrap().iter().any(|l| {
                let delivered = decimal(&l["delivered"]);
                delivered > Decimal::ZERO && delivered < decimal(&l["quantity"])
            })
        })
        .collect();
    assert_eq!(partly.len(), 1, "one order partly delivered");
    for order in live.iter().filter(|o| text(o, "state") != "open") {
        if text(order, "state") != "cancelled" {
            assert!(order["confirmations"].as_u64().unwrap() >= 1, "{order}");
        }
    }
    let notes = json_list(&db, &["delivery", "list"]);
    let states: Vec<(&str, &str)> = notes
        .iter()
        .map(|n| (text(n, "order"), text(n, "state")))
        .collect();
    assert!(
        states.contains(&(text(export, "number"), "draft")),
        "{states:?}"
    );
    assert_eq!(states.iter().filter(|(_, s)| *s == "posted").count(), 2);

    // The converted quote won its opportunity.
    let quotes = json_list(&db, &["quote", "list"]);
    let converted = quotes
        .iter()
        .map(|q| json(&db, &["quote", "show", text(q, "number")]))
        .find(|q| !q["order"].is_null())
        .unwrap();
    let deals = json_list(&db, &["opportunity", "list", "--limit", "100000"]);
    let deal = deals
        .iter()
        .find(|d| text(d, "title") == "Gift baskets for the Christmas business")
        .unwrap();
    assert_eq!(text(deal, "stage"), "won", "{deal} for {converted}");

    // Two years of history: every month has orders, December sells more than January.
    let months = json_list(&db, &["report", "revenue", "--by", "month"]);
    assert!(months.len() >= 24, "{}", months.len());
    let count = |month: &str| {
        months
            .iter()
            .find(|m| text(m, "month") == month)
            .map_or(0, |m| m["orders"].as_i64().unwrap())
    };
    let year = common::now().year();
    let december = count(&format!("{}-12", year - 1));
    assert!(december > 2 * count(&format!("{year}-01")), "{months:?}");
    let rfm = json_list(&db, &["report", "rfm"]);
    let stopped = rfm
        .iter()
        .find(|r| text(r, "customer") == "K-10002")
        .unwrap();
    assert!(
        ["at-risk", "hibernating"].contains(&text(stopped, "segment")),
        "{stopped}"
    );
    assert!(stopped["frequency"].as_i64().unwrap() >= 20, "{stopped}");
    let grower = rfm
        .iter()
        .find(|r| text(r, "customer") == "K-10001")
        .unwrap();
    assert!(grower["frequency"].as_i64().unwrap() >= 60, "{grower}");
    let classes: Vec<String> = json_list(&db, &["report", "abc", "--by", "product"])
        .iter()
        .map(|r| text(r, "class").to_string())
        .collect();
    for class in ["A", "B", "C"] {
        assert!(classes.iter().any(|c| c == class), "{classes:?}");
    }

    // Seeded: a second demo at the same moment is the same.
    let again = scratch.db("again");
    ok(&again, &["demo", "--customers", "60"]);
    for args in [
        &["order", "list", "--format", "csv"][..],
        &["report", "revenue", "--by", "month"],
    ] {
        assert_eq!(ok(&db, args), ok(&again, args), "{args:?}");
    }
}

/// The demo's invoices, payments and receivables: everything delivered is invoiced once,
/// numbered without a gap; one credit note; the open items in the ageing are exactly what
/// the invoices ask less the credit note, the payments and the one Skonto taken (2 % of
/// the newest invoice, the demo's `payment_skonto` 10:2); something is overdue.
#[test]
fn the_demo_bills_its_deliveries_and_history_and_has_receivables() {
    use kontor::domain::sales::SalesOrder;
    use rust_decimal::RoundingStrategy;

    let scratch = Scratch::new();
    let db = scratch.db("db");
    let said = ok(&db, &["demo", "--customers", "60"]);
    let settings = ok(&db, &["settings"]);
    for line in ["company_phone = ", "company_managing_directors = Anna"] {
        assert!(settings.contains(line), "{line}: {settings}");
    }

    let invoices = json_list(&db, &["invoice", "list", "--kind", "invoice"]);
    let credits = json_list(&db, &["invoice", "list", "--kind", "credit-note"]);
    assert_eq!(credits.len(), 1);
    let mut numbers: Vec<u32> = invoices
        .iter()
        .map(|i| text(i, "number")["RE-2026-".len()..].parse().unwrap())
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=invoices.len() as u32).collect::<Vec<_>>());
    let posted = json_list(&db, &["delivery", "list", "--state", "posted"]);
    {
        let store = kontor::store::Store::open(&db).unwrap();
        let mut history = 0;
        for order in store.scan::<SalesOrder>().unwrap() {
            let order = order.unwrap();
            history += usize::from(order.shipped.is_some());
            for line in &order.lines {
                assert_eq!(line.invoiced, line.delivered, "{}", order.number);
            }
        }
        // One invoice per history order and per posted delivery note.
        assert_eq!(invoices.len(), history + posted.len());
    }

    let payments = json_list(&db, &["payment", "list"]);
    let summary = format!(
        "invoicing: {} invoices, 1 credit note, {} payments",
        invoices.len(),
        payments.len()
    );
    assert!(said.contains(&summary), "{summary}: {said}");

    let gross = |list: &[Value]| -> Decimal { list.iter().map(|i| decimal(&i["gross"])).sum() };
    let paid: Decimal = payments.iter().map(|p| decimal(&p["amount"])).sum();
    let newest = invoices
        .iter()
        .max_by_key(|i| text(i, "number").to_string())
        .unwrap();
    let skonto = (decimal(&newest["gross"]) * Decimal::new(2, 2))
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let mut ageing = json_list(&db, &["report", "ageing"]);
    let total = ageing.pop().unwrap();
    assert_eq!(text(&total, "customer"), "", "the last row sums up");
    let open: Decimal = ageing.iter().map(|row| decimal(&row["total"])).sum();
    assert_eq!(open, decimal(&total["total"]));
    assert_eq!(open, gross(&invoices) - gross(&credits) - paid - skonto);
    let overdue: Decimal = ageing
        .iter()
        .map(|row| decimal(&row["1_30"]) + decimal(&row["31_60"]))
        .sum();
    assert!(overdue > Decimal::ZERO, "{ageing:?}");
    let public = json_list(&db, &["customer", "list"])
        .into_iter()
        .find(|c| text(c, "number") == "K-20004")
        .unwrap();
    let public = json(&db, &["customer", "show", &public["id"].to_string()]);
    assert_eq!(text(&public, "buyer_reference"), "02000000-12345-67");
}
