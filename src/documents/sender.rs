//! The sender of a business letter as every document prints it: the letterhead on top,
//! the return line above the window, the legal footer (§ 35a GmbHG: seat, register,
//! managing directors; VAT ID, tax number, bank) and a recipient's address — from the
//! company settings (a confirmation) or an invoice's snapshot of them alike. Room:
//! documents.

use crate::core::company::Company;
use crate::domain::Country;
use crate::domain::invoice::{Letterhead, Party};
use crate::lang::{self, Lang};

/// The sender's details, borrowed from wherever they are kept.
pub(crate) struct Sender<'a> {
    pub name: &'a str,
    pub legal_form: &'a str,
    pub street: &'a str,
    pub postal_code: &'a str,
    pub city: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub seat: &'a str,
    pub register_court: &'a str,
    pub register_number: &'a str,
    pub managing_directors: &'a str,
    pub vat_id: &'a str,
    pub tax_number: &'a str,
    pub bank_name: &'a str,
    pub iban: &'a str,
    pub bic: &'a str,
}

impl<'a> Sender<'a> {
    pub fn company(company: &'a Company) -> Sender<'a> {
        Sender {
            name: &company.name,
            legal_form: &company.legal_form,
            street: &company.street,
            postal_code: &company.postal_code,
            city: &company.city,
            phone: &company.phone,
            email: &company.email,
            seat: &company.seat,
            register_court: &company.register_court,
            register_number: &company.register_number,
            managing_directors: &company.managing_directors,
            vat_id: &company.vat_id,
            tax_number: &company.tax_number,
            bank_name: &company.bank_name,
            iban: &company.iban,
            bic: &company.bic,
        }
    }

    pub fn invoice(seller: &'a Party, letterhead: &'a Letterhead) -> Sender<'a> {
        Sender {
            name: &seller.name,
            legal_form: &letterhead.legal_form,
            street: &seller.street,
            postal_code: &seller.postal_code,
            city: &seller.city,
            phone: &seller.phone,
            email: &seller.email,
            seat: &letterhead.seat,
            register_court: &letterhead.register_court,
            register_number: &letterhead.register_number,
            managing_directors: &letterhead.managing_directors,
            vat_id: &seller.vat_id,
            tax_number: &seller.tax_number,
            bank_name: &letterhead.bank_name,
            iban: &letterhead.iban,
            bic: &letterhead.bic,
        }
    }

    /// The name with its legal form (unless the name ends with it already).
    pub fn full_name(&self) -> String {
        full_name(self.name, self.legal_form)
    }

    pub fn letterhead(&self) -> Vec<String> {
        let lines = [
            self.full_name(),
            joined(&[self.street.to_string(), place(self.postal_code, self.city)]),
            joined(&[
                labelled(crate::t!("doc-phone"), self.phone),
                labelled(crate::t!("doc-email"), self.email),
            ]),
        ];
        lines.into_iter().filter(|line| !line.is_empty()).collect()
    }

    pub fn return_line(&self) -> String {
        joined(&[
            self.full_name(),
            self.street.to_string(),
            place(self.postal_code, self.city),
        ])
    }

    pub fn footer(&self) -> Vec<String> {
        let register = format!("{} {}", self.register_court, self.register_number);
        let lines = [
            joined(&[
                self.full_name(),
                labelled(crate::t!("doc-seat"), self.seat),
                register,
                labelled(crate::t!("doc-managing-directors"), self.managing_directors),
            ]),
            joined(&[
                labelled(crate::t!("doc-vat-id"), self.vat_id),
                labelled(crate::t!("doc-tax-number"), self.tax_number),
                self.bank_name.to_string(),
                labelled(crate::t!("doc-iban"), &grouped(self.iban)),
                labelled(crate::t!("doc-bic"), self.bic),
            ]),
        ];
        lines.into_iter().filter(|line| !line.is_empty()).collect()
    }
}

/// `name` with `form` appended unless it ends with it already.
pub(crate) fn full_name(name: &str, form: &str) -> String {
    let (name, form) = (name.trim(), form.trim());
    match form.is_empty() || name.ends_with(form) {
        true => name.to_string(),
        false => format!("{name} {form}"),
    }
}

/// Parts joined by " · ", empty ones left out.
fn joined<S: AsRef<str>>(parts: &[S]) -> String {
    parts
        .iter()
        .map(|part| part.as_ref().trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn place(postal_code: &str, city: &str) -> String {
    format!("{postal_code} {city}").trim().to_string()
}

/// "Label: value", or nothing when the value is empty.
fn labelled(label: String, value: &str) -> String {
    match value.trim().is_empty() {
        true => String::new(),
        false => format!("{label}: {}", value.trim()),
    }
}

/// An IBAN in groups of four, as it is printed.
pub(crate) fn grouped(iban: &str) -> String {
    let chars: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The window address of a party a document was issued to, as the document keeps it.
pub(crate) fn party_address(party: &Party) -> Vec<String> {
    address(
        &party.name,
        &party.street,
        &party.postal_code,
        &party.city,
        Country::parse(&party.country),
    )
}

/// A recipient's address in the window: name, street, place; a foreign country on a line
/// of its own, in capitals, in the reader's language.
pub(crate) fn address(
    name: &str,
    street: &str,
    postal_code: &str,
    city: &str,
    country: Option<Country>,
) -> Vec<String> {
    let mut lines = vec![
        name.to_string(),
        street.to_string(),
        place(postal_code, city),
    ];
    if let Some(country) = country.filter(|c| c.code() != "DE") {
        let name = match lang::lang() {
            Lang::De => country.german_name(),
            Lang::En => country.english_name(),
        };
        lines.push(name.to_uppercase());
    }
    lines.retain(|line| !line.trim().is_empty());
    lines
}
