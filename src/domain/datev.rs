//! The DATEV "Buchungsstapel" (EXTF, header version 700, category 21, format version 13):
//! invoices, credit notes and payments as the booking batch German tax advisers import.
//! Pure: the records and settings in, the file's bytes out. Room: domain (pure).
//!
//! Followed: DATEV's published "DATEV-Format" description on developer.datev.de
//! ("Einstieg" — technical structure and its sample file; "Formate / Buchungsstapel" — the
//! columns with their expressions). From it:
//! - Windows-1252, fields separated by `;`, CR LF after every line, text fields in double
//!   quotes (a quote inside doubled, no control characters), decimal comma, no thousands.
//! - Line 1, the header of 31 fields: `"EXTF";700;21;"Buchungsstapel";13;` created at
//!   (`YYYYMMDDHHMMSSFFF`); imported (empty); origin `"RE"`; exported by; imported by;
//!   consultant number (Beraternummer); client number (Mandantennummer); start of the
//!   fiscal year (`YYYYMMDD`); length of the G/L accounts; date from; date until
//!   (`YYYYMMDD`); label (≤ 30); dictation code; booking type 1 (financial accounting);
//!   accounting purpose 0; Festschreibung 0 (not locked: the adviser reviews before
//!   locking); currency `"EUR"`; reserved; derivative flag; reserved; reserved; chart of
//!   accounts (`"03"`/`"04"`); industry solution id; reserved; reserved; application info.
//!   (The issue's "13 in the 4th field" is the 5th: the 4th is the format name.)
//! - Line 2, the column names; then one line per booking. kontor writes the first 14 of the
//!   125 columns — Umsatz … Buchungstext — the ones it fills; DATEV reads columns by
//!   position. Whether every importer accepts a row that stops after column 14 was not
//!   verified against a DATEV installation.
//! - Umsatz `^\d{1,10},\d{2}$`, always positive, the side in Soll/Haben-Kennzeichen
//!   (`"S"`/`"H"`, relative to Konto); Belegdatum `DDMM`; Belegfeld 1 ≤ 36 characters of
//!   letters, digits and `$ % - /`; Buchungstext ≤ 60 characters.
//!
//! kontor's bookings:
//! - Konto is always the customer's debitor account: 10000 + the number formed by the
//!   trailing digits of the customer number (`K-00042` → 10042); a customer number without
//!   trailing digits, or one giving more than 69999, is refused with a message naming it.
//! - An invoice debits the debitor (`S`) against the revenue account, one row per group of
//!   its VAT breakdown with the group's gross (net + VAT); a credit note is the same with
//!   `H`. A group with a negative total turns its side.
//! - Revenue accounts (`datev_chart`): SKR03 8400 standard rate, 8300 reduced rate, 8100
//!   zero-rated or exempt, 8125 intra-EU supply of goods, 8120 export, 8336 services to an
//!   EU business under the reverse charge (§ 3a Abs. 2, § 18b UStG: 8337 is the domestic
//!   § 13b account, not this case); SKR04 4400, 4300, 4100, 4125, 4120, 4336. The standard
//!   and reduced revenue accounts are automatic accounts (the VAT follows from the
//!   account), and the tax-free ones carry their VAT return field in the chart: no BU key is
//!   written on any of them — a BU key on an automatic account is an import error. The BU
//!   key column stays empty.
//! - A payment credits the debitor (`H`) against the bank account, SKR03 1200 / SKR04 1800;
//!   a refund (negative amount) debits it.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use time::{Date, Month, OffsetDateTime};

use super::amounts::BreakdownCategory;
use super::invoice::{Invoice, InvoiceKind};
use super::money::round_commercial;
use super::vat::{RateTable, VatCategory};
use super::{Currency, Invalid};

#[cfg(test)]
mod tests;

/// The longest Belegfeld 1 (refused when longer), in characters.
pub const DOCUMENT_FIELD_MAX: usize = 36;
/// The longest Buchungstext (cut when longer), in characters.
pub const TEXT_MAX: usize = 60;
/// The longest batch label (Bezeichnung).
pub const LABEL_MAX: usize = 30;

/// The chart of accounts the revenue and bank accounts are taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    Skr03,
    Skr04,
}

impl Chart {
    /// By its setting's value: `skr03` or `skr04`.
    pub fn parse(text: &str) -> Result<Chart, Invalid> {
        super::invalid::parse_choice(
            "datev_chart",
            text,
            &[("skr03", Chart::Skr03), ("skr04", Chart::Skr04)],
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Chart::Skr03 => "skr03",
            Chart::Skr04 => "skr04",
        }
    }

    /// The header's code: `03` or `04`.
    fn code(self) -> &'static str {
        match self {
            Chart::Skr03 => "03",
            Chart::Skr04 => "04",
        }
    }

    /// The revenue account of one group of a VAT breakdown.
    pub fn revenue_account(self, category: &BreakdownCategory) -> u32 {
        let skr03 = match category {
            BreakdownCategory::Domestic(VatCategory::Standard) => 8400,
            BreakdownCategory::Domestic(VatCategory::Reduced) => 8300,
            BreakdownCategory::Domestic(VatCategory::Zero | VatCategory::Exempt(_)) => 8100,
            BreakdownCategory::IntraEuSupply => 8125,
            BreakdownCategory::Export => 8120,
            BreakdownCategory::ReverseCharge => 8336,
        };
        match self {
            Chart::Skr03 => skr03,
            Chart::Skr04 => skr03 - 4000,
        }
    }

    /// The bank account payments are booked to.
    pub fn bank_account(self) -> u32 {
        match self {
            Chart::Skr03 => 1200,
            Chart::Skr04 => 1800,
        }
    }
}

/// What the header needs from the settings: `datev_consultant` (1001–9999999),
/// `datev_client` (1–99999), `datev_chart`, `datev_fiscal_year_start` (the month and day
/// the fiscal year begins on) and the length of the G/L accounts (4 for SKR03/SKR04).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatevSettings {
    pub consultant: u32,
    pub client: u32,
    pub chart: Chart,
    pub fiscal_year_start: (Month, u8),
    pub account_length: u8,
}

/// One batch: the period it covers, when it was made, its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub from: Date,
    pub until: Date,
    pub created: OffsetDateTime,
    pub label: String,
}

/// A payment as the export books it, whatever records it: the day it was received, the
/// money (negative for a refund), the Skonto it took (DATEV's Skonto field: DATEV books it
/// to the Skonto account with the VAT correction), the customer's number, the invoice it
/// settles (Belegfeld 1, so DATEV's open items match it) and a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentPosting {
    pub date: Date,
    pub amount: Decimal,
    pub skonto: Decimal,
    pub customer_number: String,
    pub document: String,
    pub text: String,
}

/// Debit (`S`, Soll) or credit (`H`, Haben) of Konto.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Debit,
    Credit,
}

impl Side {
    fn code(self) -> &'static str {
        match self {
            Side::Debit => "S",
            Side::Credit => "H",
        }
    }

    fn turned(self) -> Side {
        match self {
            Side::Debit => Side::Credit,
            Side::Credit => Side::Debit,
        }
    }
}

/// One booking row, before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    pub amount: Decimal,
    /// The Skonto of a payment booking (zero: none).
    pub skonto: Decimal,
    pub side: Side,
    pub account: u32,
    pub contra: u32,
    pub date: Date,
    pub document: String,
    pub text: String,
}

/// The column names of line 2, in their order.
pub const COLUMNS: [&str; 14] = [
    "Umsatz (ohne Soll/Haben-Kz)",
    "Soll/Haben-Kennzeichen",
    "WKZ Umsatz",
    "Kurs",
    "Basis-Umsatz",
    "WKZ Basis-Umsatz",
    "Konto",
    "Gegenkonto (ohne BU-Schlüssel)",
    "BU-Schlüssel",
    "Belegdatum",
    "Belegfeld 1",
    "Belegfeld 2",
    "Skonto",
    "Buchungstext",
];

/// The debitor account of a customer number: 10000 + its trailing digits.
pub fn debitor_account(customer_number: &str) -> Result<u32, Invalid> {
    let number = customer_number.trim();
    let digits: String = {
        let mut tail: Vec<char> = number
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        tail.reverse();
        tail.into_iter().collect()
    };
    let trimmed = digits.trim_start_matches('0');
    let value = match (digits.is_empty(), trimmed.len() > 5) {
        (true, _) | (false, true) => None,
        (false, false) => Some(trimmed.parse::<u32>().unwrap_or(0) + 10_000),
    };
    value.filter(|account| *account <= 69_999).ok_or_else(|| {
        Invalid::new(
            "customer_number",
            crate::t!("domain-datev-no-debitor", number = number),
        )
    })
}

/// The bookings of one invoice or credit note: one per group of its VAT breakdown.
pub fn invoice_bookings(
    invoice: &Invoice,
    chart: Chart,
    rates: &RateTable,
) -> Result<Vec<Booking>, Invalid> {
    check_currency(invoice.currency, &invoice.number)?;
    let account = debitor_account(&invoice.customer_number)?;
    let totals = invoice.document().totals(rates)?;
    let side = match invoice.kind {
        InvoiceKind::Invoice => Side::Debit,
        InvoiceKind::CreditNote => Side::Credit,
    };
    let text = format!("{} {}", invoice.number, invoice.buyer.name);
    Ok(totals
        .breakdown
        .iter()
        .map(|group| (group, group.net + group.vat))
        .filter(|(_, gross)| !gross.is_zero())
        .map(|(group, gross)| Booking {
            amount: gross.abs(),
            skonto: Decimal::ZERO,
            side: if gross.is_sign_negative() {
                side.turned()
            } else {
                side
            },
            account,
            contra: chart.revenue_account(&group.category),
            date: invoice.issue_date,
            document: invoice.number.clone(),
            text: text.clone(),
        })
        .collect())
}

/// The booking of one payment: the debitor credited against the bank.
pub fn payment_booking(payment: &PaymentPosting, chart: Chart) -> Result<Booking, Invalid> {
    Ok(Booking {
        amount: payment.amount.abs(),
        skonto: payment.skonto,
        side: if payment.amount.is_sign_negative() {
            Side::Debit
        } else {
            Side::Credit
        },
        account: debitor_account(&payment.customer_number)?,
        contra: chart.bank_account(),
        date: payment.date,
        document: payment.document.clone(),
        text: payment.text.clone(),
    })
}

fn check_currency(currency: Currency, number: &str) -> Result<(), Invalid> {
    match currency == Currency::EUR {
        true => Ok(()),
        false => Err(Invalid::new(
            "currency",
            crate::t!(
                "domain-datev-currency",
                number = number,
                currency = currency.to_string()
            ),
        )),
    }
}

/// The start of the fiscal year `date` falls in.
pub fn fiscal_year_start(settings: &DatevSettings, date: Date) -> Result<Date, Invalid> {
    let (month, day) = settings.fiscal_year_start;
    let start = |year| {
        Date::from_calendar_date(year, month, day).map_err(|_| {
            Invalid::new(
                "datev_fiscal_year_start",
                crate::t!("domain-datev-fiscal-year-start"),
            )
        })
    };
    let this_year = start(date.year())?;
    match this_year <= date {
        true => Ok(this_year),
        false => start(date.year() - 1),
    }
}

/// The whole file: header, column names, the bookings of `invoices` (issued within the
/// batch's period, in the order given) and of `payments` — empty until payments exist.
pub fn buchungsstapel(
    settings: &DatevSettings,
    batch: &Batch,
    invoices: &[Invoice],
    payments: &[PaymentPosting],
) -> Result<Vec<u8>, Invalid> {
    let mut bookings = Vec::new();
    for invoice in invoices {
        bookings.extend(invoice_bookings(
            invoice,
            settings.chart,
            &RateTable::GERMANY,
        )?);
    }
    for payment in payments {
        bookings.push(payment_booking(payment, settings.chart)?);
    }
    let mut text = header(settings, batch)?;
    let columns: Vec<String> = COLUMNS.iter().map(|name| name.to_string()).collect();
    text.push_str(&columns.join(";"));
    text.push_str("\r\n");
    for booking in &bookings {
        if booking.date < batch.from || booking.date > batch.until {
            return Err(Invalid::new(
                "date",
                crate::t!("domain-datev-outside", document = booking.document.as_str()),
            ));
        }
        text.push_str(&row(booking)?);
        text.push_str("\r\n");
    }
    Ok(windows_1252(&text))
}

/// Line 1: the 31 header fields.
pub fn header(settings: &DatevSettings, batch: &Batch) -> Result<String, Invalid> {
    let fiscal = fiscal_year_start(settings, batch.from)?;
    let next = fiscal_year_start(settings, batch.until)?;
    if batch.until < batch.from || next != fiscal {
        return Err(Invalid::new(
            "until",
            crate::t!("domain-datev-one-fiscal-year"),
        ));
    }
    if !(1001..=9_999_999).contains(&settings.consultant) {
        return Err(Invalid::new(
            "datev_consultant",
            crate::t!("domain-datev-consultant"),
        ));
    }
    if !(1..=99_999).contains(&settings.client) {
        return Err(Invalid::new(
            "datev_client",
            crate::t!("domain-datev-client"),
        ));
    }
    let created = batch.created.to_offset(time::UtcOffset::UTC);
    let stamp = format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}{:03}",
        created.year(),
        u8::from(created.month()),
        created.day(),
        created.hour(),
        created.minute(),
        created.second(),
        created.millisecond()
    );
    let label: String = batch.label.chars().take(LABEL_MAX).collect();
    let fields = [
        quoted("EXTF"),
        "700".into(),
        "21".into(),
        quoted("Buchungsstapel"),
        "13".into(),
        stamp,
        String::new(),
        quoted("RE"),
        quoted(""),
        quoted(""),
        settings.consultant.to_string(),
        settings.client.to_string(),
        ymd(fiscal),
        settings.account_length.to_string(),
        ymd(batch.from),
        ymd(batch.until),
        quoted(&label),
        quoted(""),
        "1".into(),
        "0".into(),
        "0".into(),
        quoted("EUR"),
        String::new(),
        quoted(""),
        String::new(),
        String::new(),
        quoted(settings.chart.code()),
        String::new(),
        String::new(),
        quoted(""),
        quoted(""),
    ];
    Ok(format!("{}\r\n", fields.join(";")))
}

/// One booking line (without its line end).
pub fn row(booking: &Booking) -> Result<String, Invalid> {
    let document = booking.document.trim();
    let allowed = |c: char| c.is_ascii_alphanumeric() || "$%-/".contains(c);
    if document.chars().count() > DOCUMENT_FIELD_MAX || !document.chars().all(allowed) {
        return Err(Invalid::new(
            "document",
            crate::t!("domain-datev-document", document = document),
        ));
    }
    let text: String = booking.text.trim().chars().take(TEXT_MAX).collect();
    let fields = [
        amount(booking.amount),
        quoted(booking.side.code()),
        quoted("EUR"),
        String::new(),
        String::new(),
        String::new(),
        booking.account.to_string(),
        booking.contra.to_string(),
        quoted(""),
        format!(
            "{:02}{:02}",
            booking.date.day(),
            u8::from(booking.date.month())
        ),
        quoted(document),
        quoted(""),
        match booking.skonto.is_zero() {
            true => String::new(),
            false => amount(booking.skonto),
        },
        quoted(&text),
    ];
    Ok(fields.join(";"))
}

/// An amount as DATEV writes it: positive, two decimals, decimal comma (`1234,50`).
pub fn amount(value: Decimal) -> String {
    let mut rounded = round_commercial(value.abs(), 2);
    rounded.rescale(2);
    rounded.to_string().replace('.', ",")
}

fn ymd(date: Date) -> String {
    let mut text = String::new();
    let _ = write!(
        text,
        "{:04}{:02}{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    );
    text
}

/// A text field: in double quotes, a quote inside doubled, control characters as spaces,
/// characters Windows-1252 cannot hold as `?`.
pub fn quoted(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| match c {
            c if c.is_control() => ' ',
            c if !encodable(c) => '?',
            c => c,
        })
        .collect();
    format!("\"{}\"", clean.replace('"', "\"\""))
}

fn encodable(c: char) -> bool {
    let mut buffer = [0u8; 4];
    let (_, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buffer));
    !unmappable
}

/// The text in Windows-1252 (every character was made encodable before).
fn windows_1252(text: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
}
