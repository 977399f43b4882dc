//! Invoices and credit notes as records: kinds, payment terms with Skonto, amounts and
//! validation. Room: domain (tests).

use rust_decimal::dec;
use time::macros::{date, datetime};

use super::*;
use crate::domain::vat::RateTable;

fn line(quantity: Decimal, price: Decimal, category: VatCategory, supplied: Date) -> InvoiceLine {
    InvoiceLine {
        item_id: None,
        sku: "A".into(),
        text: "A".into(),
        quantity,
        unit_price: price,
        discount: Decimal::ZERO,
        category,
        supplied,
        order_id: None,
        order_number: String::new(),
        order_line: None,
        delivery_id: None,
        delivery_number: String::new(),
        corrects_line: None,
    }
}

pub(crate) fn invoice(lines: Vec<InvoiceLine>) -> Invoice {
    Invoice {
        id: 1,
        number: "RE-2026-00001".into(),
        kind: InvoiceKind::Invoice,
        customer_id: 1,
        customer_number: "K-1".into(),
        seller: Party::default(),
        buyer: Party::default(),
        buyer_reference: String::new(),
        order_reference: String::new(),
        issue_date: date!(2026 - 12 - 05),
        currency: Currency::EUR,
        treatment: TaxTreatment::Domestic,
        terms: PaymentTerms {
            due_days: 30,
            skonto: Some(Skonto {
                days: 14,
                percent: dec!(2),
            }),
        },
        lines,
        corrects: None,
        corrects_number: String::new(),
        reason: String::new(),
        net: Decimal::ZERO,
        vat: Decimal::ZERO,
        gross: Decimal::ZERO,
        issued_by: "buchhaltung".into(),
        issued_at: datetime!(2026-12-05 09:30 UTC),
        version: 0,
    }
}

#[test]
fn lines_keep_their_own_date_of_supply_and_the_totals_follow_the_rates_of_that_day() {
    let doc = invoice(vec![
        line(
            dec!(1),
            dec!(100),
            VatCategory::Standard,
            date!(2020 - 12 - 30),
        ),
        line(
            dec!(1),
            dec!(100),
            VatCategory::Standard,
            date!(2021 - 01 - 02),
        ),
    ]);
    assert_eq!(
        doc.supply_period(),
        (date!(2020 - 12 - 30), date!(2021 - 01 - 02))
    );
    let totals = doc.document().totals(&RateTable::GERMANY).unwrap();
    assert_eq!(totals.net, dec!(200));
    assert_eq!(totals.vat, dec!(35), "16 % in 2020, 19 % from 2021");
}

#[test]
fn payment_terms_give_due_date_skonto_and_the_xrechnung_text() {
    let doc = invoice(vec![line(
        dec!(1),
        dec!(10),
        VatCategory::Standard,
        date!(2026 - 12 - 01),
    )]);
    assert_eq!(doc.due_date(), date!(2027 - 01 - 04));
    assert_eq!(
        doc.terms.skonto_until(doc.issue_date),
        Some(date!(2026 - 12 - 19))
    );
    assert_eq!(doc.terms.skonto_amount(dec!(119.25), 2), dec!(2.39));
    assert_eq!(
        doc.terms.xrechnung_skonto(),
        "#SKONTO#TAGE=14#PROZENT=2.00#\n"
    );
    assert_eq!(PaymentTerms::default().xrechnung_skonto(), "");
}

#[test]
fn an_empty_document_or_a_line_without_quantity_is_refused() {
    assert!(invoice(Vec::new()).validate().is_err());
    let zero = invoice(vec![line(
        dec!(0),
        dec!(10),
        VatCategory::Standard,
        date!(2026 - 12 - 01),
    )]);
    assert!(zero.validate().is_err());
    let mut credit = zero.clone();
    credit.lines[0].quantity = dec!(2);
    credit.kind = InvoiceKind::CreditNote;
    credit.gross = dec!(23.80);
    assert!(credit.validate().is_ok());
    assert_eq!(credit.signed_gross(), dec!(-23.80));
    assert_eq!(credit.kind.type_code(), "381");
    assert_eq!(credit.kind.series().number(2026, 7), "GS-2026-00007");
}
