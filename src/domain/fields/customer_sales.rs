//! The sales terms of a customer as fields — credit limit, tax treatment, VAT ID, partial
//! deliveries and backorders — read the same way by a new customer and an edit: a field
//! given sets its value, a field given empty goes back to its default (no limit, domestic,
//! no VAT ID, yes, yes). Amounts are read in the database's currency. Room: domain (pure).

use super::{Input, Problems, Value, parse_bool};
use crate::domain::invoice::Skonto;
use crate::domain::money::parse_money_in;
use crate::domain::vat::{TaxTreatment, normalize_vat_id};
use crate::domain::{Currency, Customer, Invalid, Money};

/// The sales fields in export-header order, with the values of `customer`.
pub fn sales_row(customer: &Customer) -> [(&'static str, Value); 8] {
    let limit = customer
        .credit_limit
        .map(|limit| limit.amount_text())
        .unwrap_or_default();
    [
        ("credit_limit", Value::Decimal(limit)),
        (
            "tax_treatment",
            Value::Text(customer.tax_treatment.name().into()),
        ),
        ("vat_id", Value::Text(customer.vat_id.clone())),
        (
            "partial_deliveries",
            Value::Bool(customer.partial_deliveries),
        ),
        ("backorders", Value::Bool(customer.backorders)),
        (
            "payment_days",
            Value::Text(
                customer
                    .payment_days
                    .map(|days| days.to_string())
                    .unwrap_or_default(),
            ),
        ),
        (
            "skonto",
            Value::Text(customer.skonto.map(|s| s.text()).unwrap_or_default()),
        ),
        (
            "buyer_reference",
            Value::Text(customer.buyer_reference.clone()),
        ),
    ]
}

/// Sets the sales fields `input` gives; a credit limit in `currency`. The VAT ID a
/// treatment needs is checked afterwards with the whole record (`Customer::validate`).
pub fn set_sales(
    customer: &mut Customer,
    input: &Input,
    currency: Currency,
    problems: &mut Problems,
) {
    if let Some(text) = input.optional("credit_limit") {
        customer.credit_limit = match text.as_str() {
            "" => None,
            text => problems
                .take(parse_money_in("credit_limit", text, currency))
                .map(|amount| Money::new(amount, currency))
                .or(customer.credit_limit),
        };
    }
    if let Some(text) = input.optional("tax_treatment") {
        customer.tax_treatment = match text.as_str() {
            "" => TaxTreatment::Domestic,
            text => problems
                .take(TaxTreatment::parse(text).map_err(|mut invalid| {
                    invalid.field = "tax_treatment";
                    invalid
                }))
                .unwrap_or(customer.tax_treatment),
        };
    }
    if let Some(text) = input.optional("vat_id") {
        customer.vat_id = problems
            .take(normalize_vat_id(&text))
            .unwrap_or(customer.vat_id.clone());
    }
    set_payment(customer, input, problems);
    for (field, slot) in [
        ("partial_deliveries", &mut customer.partial_deliveries),
        ("backorders", &mut customer.backorders),
    ] {
        if let Some(text) = input.optional(field) {
            *slot = match text.as_str() {
                "" => true,
                text => problems.take(parse_bool(field, text)).unwrap_or(*slot),
            };
        }
    }
}

/// Sets the payment terms and the buyer reference `input` gives; empty clears them.
fn set_payment(customer: &mut Customer, input: &Input, problems: &mut Problems) {
    if let Some(text) = input.optional("payment_days") {
        customer.payment_days = match text.trim() {
            "" => None,
            days => problems
                .take(days.parse::<u32>().map(Some).map_err(|_| {
                    Invalid::new(
                        "payment_days",
                        crate::t!("domain-customer-payment-days-form", text = days),
                    )
                }))
                .unwrap_or(customer.payment_days),
        };
    }
    if let Some(text) = input.optional("skonto") {
        customer.skonto = problems
            .take(Skonto::parse(&text))
            .unwrap_or(customer.skonto);
    }
    if let Some(text) = input.optional("buyer_reference") {
        customer.buyer_reference = text.trim().to_string();
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::OffsetDateTime;

    use super::*;
    use crate::lang::in_german;

    fn with(pairs: &[(&'static str, &str)]) -> (Customer, Vec<crate::domain::Invalid>) {
        let mut customer = Customer::new("Alfreds", OffsetDateTime::UNIX_EPOCH);
        let mut problems = Problems::default();
        set_sales(
            &mut customer,
            &Input::from_pairs(pairs),
            Currency::EUR,
            &mut problems,
        );
        (customer, problems.0)
    }

    #[test]
    fn defaults_are_no_limit_domestic_and_yes() {
        let (customer, problems) = with(&[]);
        assert!(problems.is_empty());
        assert_eq!(customer.credit_limit, None);
        assert_eq!(customer.tax_treatment, TaxTreatment::Domestic);
        assert!(customer.partial_deliveries && customer.backorders);
        let cells: Vec<String> = sales_row(&customer).iter().map(|(_, v)| v.cell()).collect();
        assert_eq!(cells, ["", "domestic", "", "true", "true", "", "", ""]);
    }

    #[test]
    fn given_values_are_read_and_empty_ones_go_back_to_the_default() {
        let (mut customer, problems) = with(&[
            ("credit_limit", "12.500,50"),
            ("tax_treatment", "intra-eu"),
            ("vat_id", "fr 12 345678901"),
            ("partial_deliveries", "no"),
            ("backorders", "nein"),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            customer.credit_limit,
            Some(Money::new(dec!(12500.50), Currency::EUR))
        );
        assert_eq!(customer.tax_treatment, TaxTreatment::IntraEuSupply);
        assert_eq!(customer.vat_id, "FR12345678901");
        assert!(!customer.partial_deliveries && !customer.backorders);
        let mut problems = Problems::default();
        let mut cleared = Input::new();
        for field in ["credit_limit", "tax_treatment", "partial_deliveries"] {
            cleared.set(field, "");
        }
        set_sales(&mut customer, &cleared, Currency::EUR, &mut problems);
        assert!(problems.0.is_empty());
        assert_eq!(customer.credit_limit, None);
        assert_eq!(customer.tax_treatment, TaxTreatment::Domestic);
        assert!(customer.partial_deliveries && !customer.backorders);
    }

    #[test]
    fn german_words_are_read_and_bad_values_name_their_field() {
        let treatment = in_german(|| with(&[("tax_treatment", "Ausfuhr")]).0.tax_treatment);
        assert_eq!(treatment, TaxTreatment::Export);
        let (customer, problems) = with(&[
            ("credit_limit", "1.5.0"),
            ("tax_treatment", "abroad"),
            ("backorders", "maybe"),
        ]);
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        assert_eq!(fields, ["credit_limit", "tax_treatment", "backorders"]);
        assert_eq!(customer.tax_treatment, TaxTreatment::Domestic);
    }
}
