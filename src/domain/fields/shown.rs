//! Values of closed sets as a person reads them: a row keeps the machine name (`negotiation`,
//! `call-in`, `4m30s`) for exports and scripts; lists, details and tables show its label in
//! the current language (German `Verhandlung`, `Anruf eingehend`, `4 Min. 30 s`). English
//! labels are the machine names, so English shows rows as they are. Room: domain (pure).

use crate::domain::audit::ChangeKind;
use crate::domain::datetime::{parse_duration, shown_duration};
use crate::domain::payroll::LineKind;
use crate::domain::vat::{TaxTreatment, VatCategory};
use crate::domain::{Channel, CustomerKind, CustomerStatus, Stage};

/// The label of `text` in `field` when the field holds a closed set kontor names (`stage`,
/// `channel`, a customer's `status`, `kind` and `tax_treatment`, an item's `vat`, a payslip
/// line's `kind` and `status`, an audit entry's `change`) or a duration; `None` for any other field or a value that is no name of its set.
pub fn label(field: &str, text: &str) -> Option<String> {
    match field {
        "stage" => named(&Stage::ALL, Stage::name, text).map(Stage::label),
        "channel" => named(&Channel::ALL, Channel::name, text).map(Channel::label),
        "status" => named(&CustomerStatus::ALL, CustomerStatus::name, text)
            .map(CustomerStatus::label)
            .or_else(|| payslip_status(text)),
        "kind" => named(&CustomerKind::ALL, CustomerKind::name, text)
            .map(CustomerKind::label)
            .or_else(|| named(&LineKind::ALL, LineKind::name, text).map(LineKind::label))
            .or_else(|| pay_total(text)),
        "change" => named(&ChangeKind::ALL, ChangeKind::name, text).map(ChangeKind::label),
        "duration" => parse_duration("duration", text).ok().map(shown_duration),
        "tax_treatment" => {
            named(&TaxTreatment::ALL, TaxTreatment::name, text).map(TaxTreatment::label)
        }
        "vat" => match text {
            "exempt" => VatCategory::exempt("-").ok(),
            name if VatCategory::NAMES.contains(&name) => VatCategory::parse(name, "").ok(),
            _ => None,
        }
        .map(|category| category.label()),
        _ => None,
    }
}

fn named<T: Copy>(all: &[T], name: fn(T) -> &'static str, text: &str) -> Option<T> {
    all.iter().copied().find(|value| name(*value) == text)
}

/// A payslip's state, `draft` or `posted`, as `payroll` reports it.
fn payslip_status(text: &str) -> Option<String> {
    match text {
        "draft" => Some(crate::t!("domain-payslip-draft")),
        "posted" => Some(crate::t!("domain-payslip-posted")),
        _ => None,
    }
}

/// The total rows of a payslip's lines, `gross` and `net`.
fn pay_total(text: &str) -> Option<String> {
    match text {
        "gross" => Some(crate::t!("domain-pay-gross")),
        "net" => Some(crate::t!("domain-pay-net")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::in_german;

    const SHOWN: [(&str, &str); 12] = [
        ("stage", "needs-analysis"),
        ("channel", "call-in"),
        ("status", "prospect"),
        ("status", "posted"),
        ("kind", "company"),
        ("kind", "overtime"),
        ("kind", "net"),
        ("duration", "4m30s"),
        ("change", "created"),
        ("tax_treatment", "intra-eu"),
        ("vat", "reduced"),
        ("vat", "exempt"),
    ];

    #[test]
    fn english_shows_the_machine_names_as_they_are() {
        for (field, text) in SHOWN {
            assert_eq!(label(field, text).as_deref(), Some(text));
        }
    }

    #[test]
    fn german_shows_german_words_and_other_fields_stay_unlabelled() {
        let german =
            in_german(|| SHOWN.map(|(field, text)| label(field, text).unwrap_or_default()));
        assert_eq!(
            german,
            [
                "Bedarfsanalyse",
                "Anruf eingehend",
                "Potenzieller Kunde",
                "gebucht",
                "Firma",
                "Überstunden",
                "Netto",
                "4 Min. 30 s",
                "angelegt",
                "innergemeinschaftlich",
                "ermäßigt",
                "steuerfrei"
            ]
        );
        assert_eq!(label("name", "won"), None);
        assert_eq!(label("stage", "Verhandlung"), None);
    }
}
