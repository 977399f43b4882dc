//! Customers: companies and people, with contacts, addresses, phones, e-mails and tags.
//! The customer number (the Kundennummer a firm prints on its documents) is optional,
//! trimmed, at most `MAX_NUMBER_CHARS` characters without `|`, and unique when set (case
//! and accents ignored; the store's unique index enforces that). Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::fields::one_list_value;
use super::invalid::parse_labelled;
use super::invoice::{PaymentTerms, Skonto};
use super::salutation::{Addressing, Salutation};
use super::vat::{TaxTreatment, normalize_vat_id};
use super::{Country, Invalid, Money, Phone};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CustomerKind {
    Company,
    Person,
}

impl CustomerKind {
    pub const ALL: [CustomerKind; 2] = [Self::Company, Self::Person];

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        let names = Self::ALL.map(|kind| (kind.name(), kind));
        parse_labelled("kind", text, &names, Self::label)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::Person => "person",
        }
    }

    /// The name as a person reads it, in the current language (German `Firma`); `name` is
    /// the machine name users type and exports write, and English shows it as it is.
    pub fn label(self) -> String {
        match self {
            Self::Company => crate::t!("domain-customer-kind-company"),
            Self::Person => crate::t!("domain-customer-kind-person"),
        }
    }
}

/// Where a customer stands. The discriminant order is the funnel order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CustomerStatus {
    Lead,
    Prospect,
    Customer,
    Inactive,
}

impl CustomerStatus {
    pub const ALL: [CustomerStatus; 4] =
        [Self::Lead, Self::Prospect, Self::Customer, Self::Inactive];

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        let names = Self::ALL.map(|status| (status.name(), status));
        parse_labelled("status", text, &names, Self::label)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Lead => "lead",
            Self::Prospect => "prospect",
            Self::Customer => "customer",
            Self::Inactive => "inactive",
        }
    }

    /// The name as a person reads it, in the current language (German `Interessent`); `name` is
    /// the machine name users type and exports write, and English shows it as it is.
    pub fn label(self) -> String {
        match self {
            Self::Lead => crate::t!("domain-status-lead"),
            Self::Prospect => crate::t!("domain-status-prospect"),
            Self::Customer => crate::t!("domain-status-customer"),
            Self::Inactive => crate::t!("domain-status-inactive"),
        }
    }
}

impl CustomerStatus {
    /// A label of at most 11 characters for narrow list columns, in the current language
    /// (English the name; German `Interessent`, `Potenziell`, …).
    pub fn short_label(self) -> String {
        match self {
            Self::Lead => crate::t!("domain-status-short-lead"),
            Self::Prospect => crate::t!("domain-status-short-prospect"),
            Self::Customer => crate::t!("domain-status-short-customer"),
            Self::Inactive => crate::t!("domain-status-short-inactive"),
        }
    }
}

/// A person to talk to at a customer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    /// How the contact is greeted (gender, title, surname); empty greets neutrally.
    pub salutation: Addressing,
}

impl Contact {
    /// The contact's greeting: its stored salutation with its name.
    pub fn greeting(&self) -> Salutation {
        self.salutation.salutation(&self.name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Address {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub region: String,
    pub country: Option<Country>,
}

impl Address {
    pub fn is_empty(&self) -> bool {
        self.street.is_empty()
            && self.postal_code.is_empty()
            && self.city.is_empty()
            && self.region.is_empty()
            && self.country.is_none()
    }
}

/// The longest customer number, in characters.
pub const MAX_NUMBER_CHARS: usize = 32;

/// A customer record. `version` counts changes (1 after creation); `number`, `owner` and
/// `notes` are empty when unset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub id: u64,
    pub kind: CustomerKind,
    /// The customer number, empty when none; trimmed, unique when set (folded).
    pub number: String,
    pub name: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub contacts: Vec<Contact>,
    pub addresses: Vec<Address>,
    pub tags: Vec<String>,
    pub status: CustomerStatus,
    pub owner: String,
    pub notes: String,
    /// The most the customer may owe (open orders and receivables); `None` is no limit.
    pub credit_limit: Option<Money>,
    /// How the customer's supplies are taxed.
    pub tax_treatment: TaxTreatment,
    /// The customer's VAT ID (`DE123456789`), empty when none; required when the tax
    /// treatment needs one (`TaxTreatment::requires_vat_id`).
    pub vat_id: String,
    /// Whether an order may be delivered in parts.
    pub partial_deliveries: bool,
    /// Whether what cannot be delivered now stays open as a backorder.
    pub backorders: bool,
    /// Days from an invoice's date to its due date; `None`: the company's default terms.
    pub payment_days: Option<u32>,
    /// The early-payment discount with `payment_days`; `None`: none.
    pub skonto: Option<Skonto>,
    /// The buyer reference its invoices carry (BT-10; a public buyer's Leitweg-ID), empty
    /// when none.
    pub buyer_reference: String,
    /// How a person customer is greeted; always empty for a company, which is greeted
    /// through its contacts.
    pub salutation: Addressing,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl Customer {
    /// A new customer with only a name; callers fill in the rest and then `validate`.
    pub fn new(name: &str, now: OffsetDateTime) -> Customer {
        Customer {
            id: 0,
            kind: CustomerKind::Company,
            number: String::new(),
            name: name.trim().to_string(),
            phones: Vec::new(),
            emails: Vec::new(),
            contacts: Vec::new(),
            addresses: Vec::new(),
            tags: Vec::new(),
            status: CustomerStatus::Lead,
            owner: String::new(),
            notes: String::new(),
            credit_limit: None,
            tax_treatment: TaxTreatment::Domestic,
            vat_id: String::new(),
            partial_deliveries: true,
            backorders: true,
            payment_days: None,
            skonto: None,
            buyer_reference: String::new(),
            salutation: Addressing::default(),
            created: now,
            updated: now,
            version: 0,
        }
    }

    /// The country phone numbers are read in: the first address's, else `default`.
    pub fn region(&self, default: Country) -> Country {
        self.addresses
            .iter()
            .find_map(|address| address.country)
            .unwrap_or(default)
    }

    /// Every phone number of the customer and of its contacts.
    pub fn all_phones(&self) -> impl Iterator<Item = &Phone> {
        self.phones.iter().chain(
            self.contacts
                .iter()
                .flat_map(|contact| contact.phones.iter()),
        )
    }

    /// Every e-mail address of the customer and of its contacts.
    pub fn all_emails(&self) -> impl Iterator<Item = &String> {
        self.emails.iter().chain(
            self.contacts
                .iter()
                .flat_map(|contact| contact.emails.iter()),
        )
    }

    /// Checks the rules a stored customer always satisfies.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.name.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
        }
        if normalize_number(&self.number)? != self.number {
            return Err(Invalid::new(
                "number",
                crate::t!("domain-spaces-around", text = &self.number),
            ));
        }
        for email in self.all_emails() {
            normalize_email(email)?;
        }
        for (field, value) in self.list_values() {
            one_list_value(field, value)?;
        }
        self.validate_sales()?;
        if self.kind == CustomerKind::Company && !self.salutation.is_empty() {
            return Err(Invalid::new(
                "gender",
                crate::t!("salutation-company-addressed"),
            ));
        }
        if self.tags.iter().any(|tag| tag.trim().is_empty()) {
            return Err(Invalid::new("tags", crate::t!("domain-tag-empty")));
        }
        if self
            .contacts
            .iter()
            .any(|contact| contact.name.trim().is_empty())
        {
            return Err(Invalid::new(
                "contact",
                crate::t!("domain-contact-needs-name"),
            ));
        }
        Ok(())
    }
}

impl Customer {
    /// The greeting of the customer itself: a person by its stored salutation, a company
    /// as nobody in particular ("Sehr geehrte Damen und Herren,").
    pub fn salutation(&self) -> Salutation {
        match self.kind {
            CustomerKind::Person => self.salutation.salutation(&self.name),
            CustomerKind::Company => Salutation::default(),
        }
    }

    /// The customer's own payment terms, `None` when the company's default applies.
    pub fn payment_terms(&self) -> Option<PaymentTerms> {
        self.payment_days.map(|due_days| PaymentTerms {
            due_days,
            skonto: self.skonto,
        })
    }

    /// The VAT ID stored as `normalize_vat_id` writes it, present when the tax treatment
    /// needs one; a credit limit not negative.
    fn validate_sales(&self) -> Result<(), Invalid> {
        if normalize_vat_id(&self.vat_id)? != self.vat_id {
            return Err(Invalid::new(
                "vat_id",
                crate::t!("domain-vat-id-invalid", text = &self.vat_id),
            ));
        }
        if self.vat_id.is_empty() && self.tax_treatment.requires_vat_id() {
            return Err(Invalid::new(
                "vat_id",
                crate::t!(
                    "domain-vat-id-required",
                    treatment = self.tax_treatment.label()
                ),
            ));
        }
        if self.skonto.is_some() && self.payment_days.is_none() {
            return Err(Invalid::new(
                "skonto",
                crate::t!("domain-customer-skonto-needs-days"),
            ));
        }
        if self.buyer_reference.chars().any(char::is_control) {
            return Err(Invalid::new(
                "buyer_reference",
                crate::t!("domain-customer-buyer-reference-line"),
            ));
        }
        if let Some(limit) = self.credit_limit
            && limit.amount.is_sign_negative()
            && !limit.amount.is_zero()
        {
            return Err(Invalid::new(
                "credit_limit",
                crate::t!("domain-credit-limit-negative"),
            ));
        }
        Ok(())
    }

    /// Every value an export joins with others in one cell, with its field.
    fn list_values(&self) -> impl Iterator<Item = (&'static str, &str)> {
        let phones = self.phones.iter().map(|p| ("phone", p.raw.as_str()));
        let emails = self.emails.iter().map(|e| ("email", e.as_str()));
        let tags = self.tags.iter().map(|t| ("tags", t.as_str()));
        let contacts = self.contacts.iter().flat_map(|c| {
            [
                ("contact", c.name.as_str()),
                ("contact_role", c.role.as_str()),
            ]
            .into_iter()
            .chain(c.phones.iter().map(|p| ("contact_phone", p.raw.as_str())))
            .chain(c.emails.iter().map(|e| ("contact_email", e.as_str())))
        });
        let addresses = self.addresses.iter().flat_map(|a| {
            [
                ("street", a.street.as_str()),
                ("postal_code", a.postal_code.as_str()),
                ("city", a.city.as_str()),
                ("region", a.region.as_str()),
            ]
        });
        phones
            .chain(emails)
            .chain(tags)
            .chain(contacts)
            .chain(addresses)
    }
}

/// Trims a customer number and checks it: at most `MAX_NUMBER_CHARS` characters, no `|`
/// (it separates values in an export cell) and no control characters. Empty is no number.
pub fn normalize_number(text: &str) -> Result<String, Invalid> {
    let number = text.trim();
    let length = number.chars().count();
    if length > MAX_NUMBER_CHARS {
        return Err(Invalid::new(
            "number",
            crate::t!(
                "domain-too-long",
                text = number,
                length = length,
                most = MAX_NUMBER_CHARS
            ),
        ));
    }
    if number.contains('|') || number.chars().any(char::is_control) {
        return Err(Invalid::new(
            "number",
            crate::t!("domain-number-characters", text = number),
        ));
    }
    Ok(number.to_string())
}

/// Trims an e-mail address and checks its shape: one `@`; a local part without spaces,
/// brackets, quotes, `,;:` or empty dot-separated pieces (`anna+crm@` is fine); a domain of
/// at least two dot-separated labels, each letters (any script, so IDN), digits and inner
/// hyphens. `a@b.de,` and `a@b..de` are refused.
pub fn normalize_email(text: &str) -> Result<String, Invalid> {
    let email = text.trim();
    let invalid = || Invalid::new("email", crate::t!("domain-email-invalid", text = email));
    let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
    let local_ok = local
        .split('.')
        .all(|piece| !piece.is_empty() && piece.chars().all(local_char));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2 && labels.iter().all(|label| domain_label(label));
    if local_ok && domain_ok {
        Ok(email.to_string())
    } else {
        Err(invalid())
    }
}

/// A character of an unquoted local part: anything printable but space and the specials.
fn local_char(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !"()<>[]\\,;:@\"".contains(c)
}

/// A domain label: letters or digits, hyphens only inside.
fn domain_label(label: &str) -> bool {
    !label.is_empty()
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.chars().all(|c| c.is_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::lang::in_german;

    #[test]
    fn kinds_and_statuses_read_as_names_in_english_and_german_words_in_german() {
        assert_eq!(
            CustomerKind::ALL.map(CustomerKind::label),
            ["company", "person"]
        );
        assert_eq!(
            CustomerStatus::ALL.map(CustomerStatus::label),
            CustomerStatus::ALL.map(CustomerStatus::name)
        );
        assert_eq!(
            in_german(|| CustomerKind::ALL.map(CustomerKind::label)),
            ["Firma", "Person"]
        );
        assert_eq!(
            in_german(|| CustomerStatus::ALL.map(CustomerStatus::label)),
            ["Interessent", "Potenzieller Kunde", "Kunde", "inaktiv"]
        );
        assert_eq!(
            in_german(|| CustomerKind::parse("firma")),
            Ok(CustomerKind::Company)
        );
        assert_eq!(
            in_german(|| CustomerStatus::parse("INAKTIV")),
            Ok(CustomerStatus::Inactive)
        );
        assert_eq!(
            in_german(|| CustomerStatus::parse("lead")),
            Ok(CustomerStatus::Lead)
        );
    }

    #[test]
    fn empty_name_is_refused() {
        let customer = Customer::new("   ", OffsetDateTime::UNIX_EPOCH);
        assert_eq!(customer.validate().unwrap_err().field, "name");
    }

    #[test]
    fn emails_are_checked() {
        assert_eq!(
            normalize_email(" anna@example.de ").unwrap(),
            "anna@example.de"
        );
        for bad in [
            "anna",
            "anna@",
            "@example.de",
            "anna@example",
            "an na@example.de",
            "a@b@c.de",
            "a@b.de,",
            "a@b..de",
            "a@.b.de",
            "a@b.de.",
            "a.@b.de",
            "a..b@b.de",
            "a@-b.de",
            "a@b_c.de",
            "a,b@c.de",
            "<a@b.de>",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad}");
        }
        for good in [
            "anna+crm@example.de",
            "anna.maria@mail.example.co.uk",
            "o'brien@example.ie",
            "info@müller-bäckerei.de",
            "info@xn--mller-kva.de",
            "jürgen@example.de",
            "a_b-c@123.example.com",
        ] {
            assert_eq!(normalize_email(good).unwrap(), good);
        }
        let mut customer = Customer::new("Alfreds", OffsetDateTime::UNIX_EPOCH);
        customer.contacts.push(Contact {
            name: "Maria".into(),
            emails: vec!["maria(at)alfreds.de".into()],
            ..Contact::default()
        });
        assert_eq!(customer.validate().unwrap_err().field, "email");
    }

    #[test]
    fn a_number_is_trimmed_short_and_without_a_bar() {
        assert_eq!(normalize_number("  ALFKI ").unwrap(), "ALFKI");
        assert_eq!(normalize_number("   ").unwrap(), "");
        let longest = "K".repeat(MAX_NUMBER_CHARS);
        assert_eq!(normalize_number(&longest).unwrap(), longest);
        let long = "Ä".repeat(MAX_NUMBER_CHARS + 1);
        let problem = normalize_number(&long).unwrap_err();
        assert_eq!(problem.field, "number");
        assert!(problem.message.contains("33 characters"), "{problem}");
        for bad in ["A|B", "A\tB", "A\nB"] {
            assert_eq!(normalize_number(bad).unwrap_err().field, "number", "{bad}");
        }
        let mut customer = Customer::new("Alfreds", OffsetDateTime::UNIX_EPOCH);
        assert!(customer.number.is_empty());
        customer.number = "ALFKI".into();
        assert!(customer.validate().is_ok());
        customer.number = " ALFKI".into();
        assert_eq!(customer.validate().unwrap_err().field, "number");
        customer.number = "AL|FKI".into();
        assert_eq!(customer.validate().unwrap_err().field, "number");
    }

    #[test]
    fn status_and_kind_parse_by_name() {
        assert_eq!(
            CustomerStatus::parse("Prospect").unwrap(),
            CustomerStatus::Prospect
        );
        assert_eq!(CustomerKind::parse("person").unwrap(), CustomerKind::Person);
        let error = CustomerStatus::parse("vip").unwrap_err();
        assert!(error.message.contains("lead, prospect, customer, inactive"));
    }

    #[test]
    fn region_comes_from_the_first_address_with_a_country() {
        let de = Country::parse("DE").unwrap();
        let mut customer = Customer::new("Alfreds", OffsetDateTime::UNIX_EPOCH);
        assert_eq!(customer.region(de), de);
        customer.addresses.push(Address::default());
        customer.addresses.push(Address {
            country: Country::parse("MX"),
            ..Address::default()
        });
        assert_eq!(customer.region(de).code(), "MX");
    }
}
