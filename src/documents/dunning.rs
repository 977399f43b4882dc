//! The dunning letter (Zahlungserinnerung, 1. und 2. Mahnung) as a `Letter` in the layout
//! of the invoice: the sender and the recipient as the letter record keeps them, the
//! letter's number, date and the customer number, wording per level, the overdue
//! invoices with their due dates, days overdue, open amounts and interest, the default
//! interest's rate (§ 288 BGB: base rate + points) and days per item, the fee, the total
//! and where to pay it. Every figure is the record's, never recomputed. In the current
//! language. Room: documents.

use rust_decimal::Decimal;

use super::letter::{Align, Column, Letter, Section, Table};
use super::sender::{Sender, grouped, party_address};
use super::{pdf as render_pdf, text as render_text};
use crate::domain::dunning::Level;
use crate::domain::dunning_letter::DunningLetter;
use crate::lang::format;

/// The dunning letter as a letter.
pub fn letter(dunning: &DunningLetter) -> Letter {
    let currency = dunning.currency;
    let minor = currency.minor_units();
    let money = |value: Decimal| format::money(value, currency.code(), minor);
    let sender = Sender::invoice(&dunning.seller, &dunning.letterhead);
    let mut info = vec![
        (crate::t!("doc-dunning-number"), dunning.number.clone()),
        (crate::t!("doc-date"), format::date(dunning.date)),
    ];
    if !dunning.customer_number.is_empty() {
        info.push((
            crate::t!("doc-customer-number"),
            dunning.customer_number.clone(),
        ));
    }
    let rows = dunning
        .items
        .iter()
        .map(|item| {
            vec![
                item.invoice_number.clone(),
                format::date(item.issue_date),
                format::date(item.due_date),
                item.days_overdue.to_string(),
                format::fixed(item.open_amount, minor),
                format::fixed(item.interest, minor),
            ]
        })
        .collect();
    let mut totals = vec![(crate::t!("doc-dunning-open"), money(dunning.open()))];
    if !dunning.interest.is_zero() {
        totals.push((crate::t!("doc-dunning-interest"), money(dunning.interest)));
    }
    if !dunning.fee.is_zero() {
        totals.push((crate::t!("doc-dunning-fee"), money(dunning.fee)));
    }
    totals.push((crate::t!("doc-dunning-total"), money(dunning.total)));
    let mut sections = Vec::new();
    let charged: Vec<String> = dunning
        .items
        .iter()
        .filter(|item| !item.interest.is_zero())
        .map(|item| {
            crate::t!(
                "doc-dunning-interest-line",
                invoice = item.invoice_number.as_str(),
                days = item.days_in_default,
                amount = money(item.interest)
            )
        })
        .collect();
    if !charged.is_empty() {
        let mut lines = vec![crate::t!(
            "doc-dunning-interest-rule",
            points = format::decimal(dunning.points),
            rate = format::decimal(dunning.base_rate + dunning.points)
        )];
        lines.extend(charged);
        sections.push(Section {
            heading: crate::t!("doc-dunning-interest"),
            lines,
        });
    }
    let mut payment = vec![crate::t!("doc-dunning-pay", amount = money(dunning.total))];
    if !dunning.letterhead.iban.is_empty() {
        payment.push(crate::t!(
            "doc-pay-to",
            iban = grouped(&dunning.letterhead.iban),
            number = dunning.number.as_str()
        ));
    }
    sections.push(Section {
        heading: crate::t!("doc-payment-terms"),
        lines: payment,
    });
    sections.push(Section {
        heading: String::new(),
        lines: vec![
            crate::t!("doc-dunning-already-paid"),
            crate::t!("doc-closing"),
            sender.full_name(),
        ],
    });
    let (subject, intro) = match dunning.level {
        Level::Reminder => (
            crate::t!(
                "doc-dunning-subject-reminder",
                number = dunning.number.as_str()
            ),
            crate::t!("doc-dunning-intro-reminder"),
        ),
        Level::First => (
            crate::t!(
                "doc-dunning-subject-first",
                number = dunning.number.as_str()
            ),
            crate::t!("doc-dunning-intro-first"),
        ),
        Level::Second => (
            crate::t!(
                "doc-dunning-subject-second",
                number = dunning.number.as_str()
            ),
            crate::t!("doc-dunning-intro-second"),
        ),
    };
    Letter {
        letterhead: sender.letterhead(),
        return_line: sender.return_line(),
        recipient: party_address(&dunning.buyer),
        info,
        running: subject.clone(),
        subject,
        intro: vec![crate::t!("doc-salutation"), intro],
        table: Table {
            columns: columns(),
            rows,
        },
        totals,
        sections,
        footer: sender.footer(),
    }
}

fn columns() -> Vec<Column> {
    let column = |title: String, align: Align| Column {
        title,
        align,
        wraps: false,
    };
    vec![
        column(crate::t!("doc-col-invoice"), Align::Left),
        column(crate::t!("doc-invoice-date"), Align::Left),
        column(crate::t!("doc-col-due"), Align::Left),
        column(crate::t!("doc-col-days-overdue"), Align::Right),
        column(crate::t!("doc-col-open"), Align::Right),
        column(crate::t!("doc-col-interest"), Align::Right),
    ]
}

/// The dunning letter as text `columns` wide, for a terminal.
pub fn text(dunning: &DunningLetter, columns: usize) -> String {
    render_text::render(&letter(dunning), columns)
}

/// The dunning letter as the bytes of a PDF.
pub fn pdf(dunning: &DunningLetter) -> Vec<u8> {
    render_pdf::render(&letter(dunning))
}
