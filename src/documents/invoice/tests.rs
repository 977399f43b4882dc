//! The invoice letter and its e-invoice at the unit level: the info block follows the
//! kind and the days of supply, a credit note names what it corrects, the XML keeps a
//! unit price's every decimal and writes a discount as the line allowance that makes the
//! line net add up, exempt groups merge into one. Room: documents (tests).

use rust_decimal::{Decimal, dec};
use time::macros::{date, datetime};

use super::*;
use crate::documents::einvoice::{Profile, cii_xml};
use crate::domain::Currency;
use crate::domain::invoice::{InvoiceLine, Letterhead, Party, PaymentTerms};
use crate::domain::vat::{RateTable, TaxTreatment, VatCategory};
use crate::lang::in_german;

fn line(
    quantity: Decimal,
    price: Decimal,
    discount: Decimal,
    category: VatCategory,
) -> InvoiceLine {
    InvoiceLine {
        item_id: None,
        sku: "A-1".into(),
        text: "Artikel".into(),
        quantity,
        unit_price: price,
        discount,
        category,
        supplied: date!(2026 - 12 - 05),
        order_id: None,
        order_number: String::new(),
        order_line: None,
        delivery_id: None,
        delivery_number: String::new(),
        corrects_line: None,
    }
}

fn invoice(lines: Vec<InvoiceLine>) -> Invoice {
    let party = |name: &str| Party {
        name: name.into(),
        street: "Weg 1".into(),
        postal_code: "10115".into(),
        city: "Berlin".into(),
        country: "DE".into(),
        ..Party::default()
    };
    Invoice {
        id: 1,
        number: "RE-2026-00007".into(),
        kind: InvoiceKind::Invoice,
        customer_id: 1,
        customer_number: String::new(),
        seller: Party {
            vat_id: "DE123456789".into(),
            ..party("Verkäufer")
        },
        letterhead: Letterhead::default(),
        buyer: party("Käufer"),
        buyer_reference: String::new(),
        order_reference: String::new(),
        issue_date: date!(2026 - 12 - 05),
        currency: Currency::EUR,
        treatment: TaxTreatment::Domestic,
        terms: PaymentTerms::default(),
        lines,
        corrects: None,
        corrects_number: String::new(),
        reason: String::new(),
        net: Decimal::ZERO,
        vat: Decimal::ZERO,
        gross: Decimal::ZERO,
        issued_by: "test".into(),
        issued_at: datetime!(2026-12-05 10:00 UTC),
        version: 1,
    }
}

fn totals(invoice: &Invoice) -> Totals {
    invoice.document().totals(&RateTable::GERMANY).unwrap()
}

#[test]
fn the_letter_names_the_date_of_supply_and_a_credit_note_what_it_corrects() {
    let mut invoice = invoice(vec![line(
        dec!(2),
        dec!(10),
        dec!(0),
        VatCategory::Standard,
    )]);
    let shown = in_german(|| letter(&invoice, &totals(&invoice)));
    assert_eq!(shown.subject, "Rechnung RE-2026-00007");
    assert!(
        shown
            .info
            .contains(&("Liefer-/Leistungsdatum".into(), "05.12.2026".into()))
    );
    assert_eq!(
        shown.table.columns.len(),
        7,
        "no column of dates for one day"
    );
    assert_eq!(shown.totals.last().unwrap().1, "23,80 €");
    invoice.kind = InvoiceKind::CreditNote;
    invoice.number = "GS-2026-00002".into();
    invoice.corrects_number = "RE-2026-00001".into();
    invoice.lines.push(InvoiceLine {
        supplied: date!(2026 - 12 - 01),
        ..line(dec!(1), dec!(5), dec!(0), VatCategory::Reduced)
    });
    let shown = in_german(|| letter(&invoice, &totals(&invoice)));
    assert_eq!(
        shown.subject,
        "Rechnungskorrektur (Gutschrift) GS-2026-00002 zur Rechnung RE-2026-00001"
    );
    assert!(
        shown
            .info
            .contains(&("Zu Rechnung".into(), "RE-2026-00001".into()))
    );
    assert!(shown.info.contains(&(
        "Leistungszeitraum".into(),
        "01.12.2026 bis 05.12.2026".into()
    )));
    assert_eq!(shown.table.columns.len(), 8);
    assert_eq!(shown.table.rows[1][6], "01.12.2026");
}

#[test]
fn the_xml_keeps_the_price_and_writes_the_discount_as_a_line_allowance() {
    // 3 × 0,125 = 0,375 → 0,38 undiscounted; 15 % off: 0,31875 → 0,32; allowance 0,06.
    let invoice = invoice(vec![
        line(dec!(3), dec!(0.125), dec!(15), VatCategory::Standard),
        line(
            dec!(1),
            dec!(100),
            dec!(0),
            VatCategory::exempt("§ 4 Nr. 14 UStG").unwrap(),
        ),
        line(
            dec!(1),
            dec!(50),
            dec!(0),
            VatCategory::exempt("§ 4 Nr. 21 UStG").unwrap(),
        ),
    ]);
    let xml = cii_xml(&invoice, &totals(&invoice), Profile::En16931).unwrap();
    for wanted in [
        "<ram:ChargeAmount>0.125</ram:ChargeAmount>",
        "<ram:ActualAmount>0.06</ram:ActualAmount>",
        "<ram:LineTotalAmount>0.32</ram:LineTotalAmount>",
        "<ram:ExemptionReason>§ 4 Nr. 14 UStG; § 4 Nr. 21 UStG</ram:ExemptionReason>",
        "<ram:BasisAmount>150.00</ram:BasisAmount>",
        "<ram:TypeCode>380</ram:TypeCode>",
        "<ram:ID schemeID=\"VA\">DE123456789</ram:ID>",
    ] {
        assert!(xml.contains(wanted), "{wanted} missing in\n{xml}");
    }
    assert_eq!(
        xml.matches("<ram:CategoryCode>E</ram:CategoryCode>")
            .count(),
        3
    );
}

#[test]
fn an_e_invoice_needs_a_seller_vat_id_or_register_number() {
    let mut invoice = invoice(vec![line(dec!(1), dec!(1), dec!(0), VatCategory::Standard)]);
    invoice.seller.vat_id.clear();
    invoice.seller.tax_number = "12/345/67890".into();
    let refused = cii_xml(&invoice, &totals(&invoice), Profile::En16931).unwrap_err();
    assert_eq!(refused.field, "seller.vat_id");
    invoice.letterhead.register_number = "HRB 1".into();
    let xml = cii_xml(&invoice, &totals(&invoice), Profile::En16931).unwrap();
    assert!(xml.contains("<ram:ID schemeID=\"FC\">12/345/67890</ram:ID>"));
}
