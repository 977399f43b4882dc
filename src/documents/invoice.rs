//! The invoice and the credit note (Rechnung, Rechnungskorrektur) as a `Letter` in the
//! layout of the order confirmation, with everything § 14 Abs. 4 UStG asks for: both
//! parties' full names and addresses, the seller's tax number or VAT ID (footer), the
//! issue date and the number, quantity and description of every line, the date of supply
//! or its period (always, even when it is the issue date), the net per VAT rate or
//! exemption, the Skonto as an agreed reduction, rate and VAT per rate or the exemption /
//! reverse-charge note, and the due date; a credit note names the invoice it corrects.
//! The amounts are `domain::amounts` totals, never recomputed here. In the current
//! language. Room: documents.

use rust_decimal::Decimal;

use super::confirmation::{discount, net_and_vat};
use super::einvoice::{Profile, cii_xml};
use super::letter::{Align, Column, Letter, Section, Table};
use super::pdf::archive::FacturX;
use super::sender::{Sender, party_address};
use super::{pdf as render_pdf, text as render_text};
use crate::domain::Invalid;
use crate::domain::amounts::Totals;
use crate::domain::invoice::{Invoice, InvoiceKind};
use crate::lang::format;

/// The invoice as a letter.
pub fn letter(invoice: &Invoice, totals: &Totals) -> Letter {
    let currency = totals.currency;
    let minor = currency.minor_units();
    let money = |value: Decimal| format::money(value, currency.code(), minor);
    let sender = Sender::invoice(&invoice.seller, &invoice.letterhead);
    let credit = invoice.kind == InvoiceKind::CreditNote;
    let (first, last) = invoice.supply_period();
    let several_days = first != last;
    let mut info = vec![
        (
            match credit {
                true => crate::t!("doc-credit-note-number"),
                false => crate::t!("doc-invoice-number"),
            },
            invoice.number.clone(),
        ),
        (
            match credit {
                true => crate::t!("doc-date"),
                false => crate::t!("doc-invoice-date"),
            },
            format::date(invoice.issue_date),
        ),
    ];
    if credit && !invoice.corrects_number.is_empty() {
        info.push((
            crate::t!("doc-corrected-invoice"),
            invoice.corrects_number.clone(),
        ));
    }
    if !invoice.customer_number.is_empty() {
        info.push((
            crate::t!("doc-customer-number"),
            invoice.customer_number.clone(),
        ));
    }
    info.push(match several_days {
        true => (
            crate::t!("doc-supply-period"),
            crate::t!(
                "doc-period",
                from = format::date(first),
                until = format::date(last)
            ),
        ),
        false => (crate::t!("doc-supply-date"), format::date(first)),
    });
    let mut deliveries: Vec<&str> = Vec::new();
    for line in &invoice.lines {
        let number = line.delivery_number.as_str();
        if !number.is_empty() && !deliveries.contains(&number) {
            deliveries.push(number);
        }
    }
    if !deliveries.is_empty() {
        info.push((crate::t!("doc-delivery-notes"), deliveries.join(", ")));
    }
    if !invoice.order_reference.is_empty() {
        info.push((crate::t!("doc-reference"), invoice.order_reference.clone()));
    }
    if !invoice.buyer_reference.is_empty() {
        info.push((
            crate::t!("doc-buyer-reference"),
            invoice.buyer_reference.clone(),
        ));
    }
    if !invoice.buyer.vat_id.is_empty() {
        info.push((crate::t!("doc-buyer-vat-id"), invoice.buyer.vat_id.clone()));
    }
    let rows = invoice
        .lines
        .iter()
        .zip(&totals.line_nets)
        .enumerate()
        .map(|(index, (line, net))| {
            let mut row = vec![
                (index + 1).to_string(),
                line.sku.clone(),
                line.text.clone(),
                format::decimal(line.quantity),
                price(line.unit_price, minor),
                discount(line.discount),
            ];
            if several_days {
                row.push(format::date(line.supplied));
            }
            row.push(format::fixed(*net, minor));
            row
        })
        .collect();
    let mut totals_shown = net_and_vat(totals);
    totals_shown.push((
        match credit {
            true => crate::t!("doc-credit-total"),
            false => crate::t!("doc-invoice-total"),
        },
        money(totals.gross),
    ));
    let mut sections = Vec::new();
    let notes = totals.notes();
    if !notes.is_empty() {
        sections.push(Section {
            heading: crate::t!("doc-notes"),
            lines: notes,
        });
    }
    let due = format::date(invoice.due_date());
    let mut payment = vec![match credit {
        true => crate::t!("doc-credit-refund", date = due),
        false => crate::t!("doc-payable-by", date = due.as_str()),
    }];
    if let (false, Some(skonto), Some(until)) = (
        credit,
        invoice.terms.skonto,
        invoice.terms.skonto_until(invoice.issue_date),
    ) {
        let reduction = invoice.terms.skonto_amount(totals.gross, minor);
        payment.push(crate::t!(
            "doc-skonto",
            percent = format::decimal(skonto.percent),
            date = format::date(until),
            reduction = money(reduction),
            amount = money(totals.gross - reduction)
        ));
    }
    if !invoice.letterhead.iban.is_empty() && !credit {
        payment.push(crate::t!(
            "doc-pay-to",
            iban = super::sender::grouped(&invoice.letterhead.iban),
            number = invoice.number.as_str()
        ));
    }
    sections.push(Section {
        heading: crate::t!("doc-payment-terms"),
        lines: payment,
    });
    let mut closing = vec![crate::t!("doc-closing"), sender.full_name()];
    if credit && !invoice.reason.is_empty() {
        closing.insert(
            0,
            crate::t!("doc-credit-reason", reason = invoice.reason.as_str()),
        );
    }
    sections.push(Section {
        heading: String::new(),
        lines: closing,
    });
    let subject = match credit {
        true => crate::t!(
            "doc-credit-note-subject",
            number = invoice.number.as_str(),
            invoice = invoice.corrects_number.as_str()
        ),
        false => crate::t!("doc-invoice-subject", number = invoice.number.as_str()),
    };
    let intro = match credit {
        true => crate::t!("doc-credit-note-intro"),
        false => crate::t!("doc-invoice-intro"),
    };
    Letter {
        letterhead: sender.letterhead(),
        return_line: sender.return_line(),
        recipient: party_address(&invoice.buyer),
        info,
        running: subject.clone(),
        subject,
        intro: vec![crate::t!("doc-salutation"), intro],
        table: Table {
            columns: columns(several_days),
            rows,
        },
        totals: totals_shown,
        sections,
        footer: sender.footer(),
    }
}

/// A unit price with the currency's decimals, or more when it has more (`0,125`).
fn price(value: Decimal, minor: u32) -> String {
    format::fixed(value, minor.max(value.normalize().scale()))
}

fn columns(several_days: bool) -> Vec<Column> {
    let column = |title: String, align: Align| Column {
        title,
        align,
        wraps: false,
    };
    let mut columns = vec![
        column(crate::t!("doc-col-position"), Align::Right),
        column(crate::t!("doc-col-sku"), Align::Left),
        Column {
            wraps: true,
            ..column(crate::t!("doc-col-text"), Align::Left)
        },
        column(crate::t!("doc-col-quantity"), Align::Right),
        column(crate::t!("doc-col-price"), Align::Right),
        column(crate::t!("doc-col-discount"), Align::Right),
    ];
    if several_days {
        columns.push(column(crate::t!("doc-col-supplied"), Align::Left));
    }
    columns.push(column(crate::t!("doc-col-net"), Align::Right));
    columns
}

/// The invoice as text `columns` wide, for a terminal.
pub fn text(invoice: &Invoice, totals: &Totals, columns: usize) -> String {
    render_text::render(&letter(invoice, totals), columns)
}

/// The invoice as the bytes of a plain PDF (no e-invoice inside).
pub fn pdf(invoice: &Invoice, totals: &Totals) -> Vec<u8> {
    render_pdf::render(&letter(invoice, totals))
}

/// The invoice as a ZUGFeRD / Factur-X PDF (profile EN 16931): the PDF with the CII XML
/// embedded as `factur-x.xml`; refused, naming what is missing, like `einvoice::cii_xml`.
pub fn zugferd_pdf(invoice: &Invoice, totals: &Totals) -> Result<Vec<u8>, Invalid> {
    let xml = cii_xml(invoice, totals, Profile::En16931)?;
    let letter = letter(invoice, totals);
    let author = Sender::invoice(&invoice.seller, &invoice.letterhead).full_name();
    let facturx = FacturX {
        xml: xml.as_bytes(),
        title: &letter.subject,
        author: &author,
        at: invoice.issued_at,
    };
    Ok(render_pdf::render_facturx(&letter, &facturx))
}

#[cfg(test)]
mod tests;
