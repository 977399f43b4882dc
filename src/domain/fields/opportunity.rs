//! Opportunities as fields: the one field table (export header, import columns, CLI flags
//! and their help, form labels, list columns), the export row, building from input and the
//! edit. Room: domain (pure).

use time::{OffsetDateTime, UtcOffset};

use super::interaction::parse_id;
use super::table::{self, FieldSpec};
use super::{Input, Problems, Row, Value};
use crate::domain::datetime::{format_date, format_instant, parse_date};
use crate::domain::money::parse_money_in;
use crate::domain::{Currency, Invalid, Money, Opportunity, Stage};

/// The field table of opportunities, in export-header order. The customer, currency,
/// stage and lost reason are given when an opportunity is added (or imported) and stay:
/// the stage moves through the pipeline (`MoveOpportunity`), which keeps the close time
/// and the lost reason right.
pub const TABLE: [FieldSpec; 16] = [
    FieldSpec::assigned("id", "domain-field-opportunity-id").listed(),
    table::CUSTOMER,
    FieldSpec::text(
        "title",
        "title",
        "domain-field-opportunity-title",
        "domain-help-opportunity-title",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "amount",
        "amount",
        "domain-field-opportunity-amount",
        "domain-help-opportunity-amount",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "currency",
        "currency",
        "domain-field-opportunity-currency",
        "domain-help-opportunity-currency",
    )
    .stays(),
    FieldSpec::text(
        "stage",
        "stage",
        "domain-field-opportunity-stage",
        "domain-help-opportunity-stage",
    )
    .stays()
    .listed(),
    FieldSpec::text(
        "probability",
        "probability",
        "domain-field-opportunity-probability",
        "domain-help-opportunity-probability",
    )
    .listed(),
    FieldSpec::assigned("weighted", "domain-field-opportunity-weighted"),
    FieldSpec::text(
        "expected_close",
        "close",
        "domain-field-opportunity-expected-close",
        "domain-help-opportunity-expected-close",
    )
    .listed(),
    FieldSpec::text(
        "owner",
        "owner",
        "domain-field-opportunity-owner",
        "domain-help-opportunity-owner",
    )
    .listed(),
    FieldSpec::text(
        "lost_reason",
        "lost-reason",
        "domain-field-opportunity-lost-reason",
        "domain-help-opportunity-lost-reason",
    )
    .stays(),
    FieldSpec::text(
        "campaign",
        "campaign",
        "domain-field-opportunity-campaign",
        "domain-help-opportunity-campaign",
    ),
    FieldSpec::assigned("closed_at", "domain-field-opportunity-closed-at"),
    FieldSpec::assigned("created", "domain-field-opportunity-created"),
    FieldSpec::assigned("updated", "domain-field-opportunity-updated"),
    FieldSpec::assigned("version", "domain-field-opportunity-version"),
];

/// The record's fields in export-header order; instants shown in `offset`.
pub fn to_row(opportunity: &Opportunity, offset: UtcOffset) -> Row {
    let weighted = Money::new(opportunity.weighted(), opportunity.amount.currency);
    vec![
        ("id", Value::Integer(opportunity.id as i64)),
        ("customer", Value::Integer(opportunity.customer_id as i64)),
        ("title", Value::Text(opportunity.title.clone())),
        ("amount", Value::Decimal(opportunity.amount.amount_text())),
        (
            "currency",
            Value::Text(opportunity.amount.currency.to_string()),
        ),
        ("stage", Value::Text(opportunity.stage.name().into())),
        (
            "probability",
            Value::Integer(i64::from(opportunity.probability)),
        ),
        ("weighted", Value::Decimal(weighted.amount_text())),
        (
            "expected_close",
            Value::Text(
                opportunity
                    .expected_close
                    .map(format_date)
                    .unwrap_or_default(),
            ),
        ),
        ("owner", Value::Text(opportunity.owner.clone())),
        ("lost_reason", Value::Text(opportunity.lost_reason.clone())),
        (
            "campaign",
            Value::Text(
                opportunity
                    .campaign
                    .map(|id| id.to_string())
                    .unwrap_or_default(),
            ),
        ),
        (
            "closed_at",
            Value::Text(
                opportunity
                    .closed_at
                    .map(|at| format_instant(at, offset))
                    .unwrap_or_default(),
            ),
        ),
        (
            "created",
            Value::Text(format_instant(opportunity.created, offset)),
        ),
        (
            "updated",
            Value::Text(format_instant(opportunity.updated, offset)),
        ),
        ("version", Value::Integer(opportunity.version as i64)),
    ]
}

/// The campaign an opportunity is attributed to: a campaign id, empty for none.
pub fn parse_campaign(text: &str) -> Result<Option<u64>, Invalid> {
    match text.trim() {
        "" => Ok(None),
        id => parse_id("campaign", id).map(Some),
    }
}

/// Parses a probability in percent, 0–100 (a trailing `%` is allowed).
pub fn parse_probability(text: &str) -> Result<u8, Invalid> {
    text.trim()
        .trim_end_matches('%')
        .trim()
        .parse::<u8>()
        .ok()
        .filter(|&p| p <= 100)
        .ok_or_else(|| {
            Invalid::new(
                "probability",
                crate::t!("domain-percent-invalid", text = text.trim()),
            )
        })
}

/// Builds an opportunity; the stage defaults to qualification, the currency to
/// `default_currency`, the probability to the stage's default.
pub fn from_input(
    input: &Input,
    now: OffsetDateTime,
    default_currency: Currency,
) -> Result<Opportunity, Vec<Invalid>> {
    let mut problems = Problems::default();
    let customer_id = problems.take(parse_id("customer", &input.text("customer")));
    let currency = match input.optional("currency") {
        Some(code) => problems
            .take(code.parse::<Currency>())
            .unwrap_or(default_currency),
        None => default_currency,
    };
    let amount = problems.take(parse_money_in("amount", &input.text("amount"), currency));
    let stage = match input.optional("stage") {
        Some(name) => problems
            .take(Stage::parse(&name))
            .unwrap_or(Stage::Qualification),
        None => Stage::Qualification,
    };
    let probability = match input.optional("probability") {
        Some(text) => problems.take(parse_probability(&text)).unwrap_or(0),
        None => stage.default_probability(),
    };
    let expected_close = input
        .optional("expected_close")
        .and_then(|text| problems.take(parse_date("expected_close", &text)));
    let campaign = input
        .optional("campaign")
        .and_then(|text| problems.take(parse_campaign(&text)))
        .flatten();
    let mut instant = |field: &'static str| input.instant(field).and_then(|at| problems.take(at));
    let closed_at = instant("closed_at").or(stage.is_closed().then_some(now));
    let created = instant("created").unwrap_or(now);
    let updated = instant("updated").unwrap_or(now);
    let built = customer_id
        .zip(amount)
        .map(|(customer_id, amount)| Opportunity {
            id: 0,
            customer_id,
            title: input.text("title"),
            amount: Money::new(amount, currency),
            stage,
            probability,
            expected_close,
            owner: input.text("owner"),
            lost_reason: input.text("lost_reason"),
            campaign,
            closed_at,
            created,
            updated,
            version: 0,
        });
    if let Some(Err(invalid)) = built.as_ref().map(Opportunity::validate) {
        problems.0.push(invalid);
    }
    problems.finish(built)
}

/// Applies an edit at `now`: the fields that do not stay (title, amount, probability,
/// expected close, owner) as given; an empty expected close or owner clears it, an empty
/// probability returns to the stage's default; a field that stays is refused. On any problem
/// the opportunity is left as it was; `updated` moves only when something changed.
pub fn apply_edit(
    opportunity: &mut Opportunity,
    set: &Input,
    now: OffsetDateTime,
) -> Result<(), Vec<Invalid>> {
    let mut next = opportunity.clone();
    let mut problems = Problems::default();
    for field in TABLE
        .iter()
        .filter(|field| field.stays && set.has(field.name))
    {
        let why = match field.name {
            "stage" => crate::t!("domain-opportunity-stage-moves"),
            name => crate::t!("domain-opportunity-field-stays", field = name),
        };
        problems.0.push(Invalid::new(field.name, why));
    }
    if let Some(title) = set.optional("title") {
        next.title = title;
    }
    if let Some(amount) = set.optional("amount") {
        next.amount.amount = problems
            .take(parse_money_in("amount", &amount, next.amount.currency))
            .unwrap_or(next.amount.amount);
    }
    match set.optional("probability").as_deref() {
        Some("") => next.probability = next.stage.default_probability(),
        Some(text) => {
            next.probability = problems
                .take(parse_probability(text))
                .unwrap_or(next.probability);
        }
        None => {}
    }
    match set.optional("expected_close").as_deref() {
        Some("") => next.expected_close = None,
        Some(text) => {
            next.expected_close = problems
                .take(parse_date("expected_close", text))
                .or(next.expected_close);
        }
        None => {}
    }
    if let Some(owner) = set.optional("owner") {
        next.owner = owner;
    }
    if let Some(text) = set.optional("campaign") {
        next.campaign = problems
            .take(parse_campaign(&text))
            .unwrap_or(next.campaign);
    }
    if let Err(invalid) = next.validate()
        && !problems.0.contains(&invalid)
    {
        problems.0.push(invalid);
    }
    let mut next = problems.finish(Some(next))?;
    if next != *opportunity {
        next.updated = now;
        *opportunity = next;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn a_row_reads_back_to_the_same_opportunity() {
        let mut input = Input::new();
        input.push("customer", "3");
        input.push("title", "Wartungsvertrag 2027");
        input.push("amount", "1.200,50");
        input.push("stage", "lost");
        input.push("lost_reason", "Preis zu hoch");
        input.push("expected_close", "2026-12-15");
        let now = OffsetDateTime::UNIX_EPOCH;
        let opportunity = from_input(&input, now, Currency::EUR).unwrap();
        assert_eq!(opportunity.amount.amount, dec!(1200.50));
        assert_eq!(opportunity.probability, 0);
        assert_eq!(opportunity.closed_at, Some(now));
        let header: Vec<&str> = to_row(&opportunity, UtcOffset::UTC)
            .iter()
            .map(|(field, _)| *field)
            .collect();
        assert_eq!(header, super::super::table::names(&TABLE));
        let mut again = Input::new();
        for (field, value) in to_row(&opportunity, UtcOffset::UTC) {
            if !["id", "version", "weighted"].contains(&field) {
                again.push(field, value.cell());
            }
        }
        assert_eq!(from_input(&again, now, Currency::EUR).unwrap(), opportunity);
    }

    #[test]
    fn negative_amount_lost_without_reason_and_unknown_stage_are_refused() {
        let mut input = Input::new();
        input.push("customer", "1");
        input.push("title", "x");
        input.push("amount", "-5");
        let fields = |input: &Input| -> Vec<&'static str> {
            from_input(input, OffsetDateTime::UNIX_EPOCH, Currency::EUR)
                .unwrap_err()
                .iter()
                .map(|p| p.field)
                .collect()
        };
        assert_eq!(fields(&input), vec!["amount"]);
        let mut lost = Input::new();
        lost.push("customer", "1");
        lost.push("title", "x");
        lost.push("amount", "5");
        lost.push("stage", "lost");
        assert_eq!(fields(&lost), vec!["lost_reason"]);
        lost.push("stage", "closing");
        assert!(fields(&lost).contains(&"stage"));
    }

    #[test]
    fn edits_set_clear_and_leave_the_opportunity_alone_on_error() {
        let mut input = Input::new();
        input.push("customer", "3");
        input.push("title", "Wartungsvertrag");
        input.push("amount", "1000");
        input.push("stage", "proposal");
        input.push("expected_close", "2026-12-15");
        input.push("owner", "anna");
        let created = OffsetDateTime::UNIX_EPOCH;
        let mut opportunity = from_input(&input, created, Currency::EUR).unwrap();
        let later = created + time::Duration::days(1);
        let mut edit = Input::new();
        edit.set("amount", "1.500,25");
        edit.set("probability", "55%");
        edit.set("expected_close", "");
        edit.set("owner", "ben");
        apply_edit(&mut opportunity, &edit, later).unwrap();
        assert_eq!(opportunity.amount.amount, dec!(1500.25));
        assert_eq!(opportunity.probability, 55);
        assert_eq!(opportunity.expected_close, None);
        assert_eq!(opportunity.owner, "ben");
        assert_eq!(opportunity.title, "Wartungsvertrag");
        assert_eq!(opportunity.stage, Stage::Proposal);
        assert_eq!(opportunity.updated, later);
        let mut back = Input::new();
        back.set("probability", "");
        apply_edit(&mut opportunity, &back, later).unwrap();
        assert_eq!(opportunity.probability, 40);
        let before = opportunity.clone();
        let mut bad = Input::new();
        bad.set("title", "Neu");
        bad.set("probability", "140");
        bad.set("expected_close", "31.02.2027");
        bad.set("stage", "won");
        let fields: Vec<&str> = apply_edit(&mut opportunity, &bad, later)
            .unwrap_err()
            .iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, vec!["stage", "probability", "expected_close"]);
        assert_eq!(opportunity, before);
        let mut empty = Input::new();
        empty.set("title", " ");
        assert_eq!(
            apply_edit(&mut opportunity, &empty, later).unwrap_err()[0].field,
            "title"
        );
        assert_eq!(opportunity, before);
    }
}
