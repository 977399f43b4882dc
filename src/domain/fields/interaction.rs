//! Interactions as fields: the one field table (export header, import columns, CLI flags
//! and their help, form labels, list columns), the export row, building from input and the
//! edit. Room: domain (pure).

use time::{OffsetDateTime, UtcOffset};

use super::table::{self, FieldSpec};
use super::{Input, Problems, Row, Value, parse_bool};
use crate::domain::datetime::{
    format_date, format_duration, format_instant, parse_date, parse_duration,
};
use crate::domain::{Channel, Interaction, Invalid};

/// The field table of interactions, in export-header order. Customer, contact, channel,
/// agent and time stay as logged; the follow-up is done by completing it
/// (`Command::CompleteFollowUp`).
pub const TABLE: [FieldSpec; 13] = [
    FieldSpec::assigned("id", "domain-field-interaction-id").listed(),
    table::CUSTOMER,
    FieldSpec::text(
        "contact",
        "contact",
        "domain-field-interaction-contact",
        "domain-help-interaction-contact",
    )
    .stays(),
    FieldSpec::text(
        "channel",
        "channel",
        "domain-field-interaction-channel",
        "domain-help-interaction-channel",
    )
    .required()
    .stays()
    .listed(),
    FieldSpec::text(
        "subject",
        "subject",
        "domain-field-interaction-subject",
        "domain-help-interaction-subject",
    )
    .required()
    .listed(),
    FieldSpec::text(
        "body",
        "body",
        "domain-field-interaction-body",
        "domain-help-interaction-body",
    ),
    FieldSpec::text(
        "outcome",
        "outcome",
        "domain-field-interaction-outcome",
        "domain-help-interaction-outcome",
    ),
    FieldSpec::text(
        "duration",
        "duration",
        "domain-field-interaction-duration",
        "domain-help-interaction-duration",
    ),
    FieldSpec::text(
        "agent",
        "agent",
        "domain-field-interaction-agent",
        "domain-help-interaction-agent",
    )
    .stays()
    .listed(),
    FieldSpec::text(
        "at",
        "at",
        "domain-field-interaction-at",
        "domain-help-interaction-at",
    )
    .stays()
    .listed(),
    FieldSpec::text(
        "follow_up",
        "follow-up",
        "domain-field-interaction-follow-up",
        "domain-help-interaction-follow-up",
    )
    .listed(),
    FieldSpec::text(
        "follow_up_done",
        "follow-up-done",
        "domain-field-interaction-follow-up-done",
        "domain-help-interaction-follow-up-done",
    )
    .stays()
    .listed(),
    FieldSpec::assigned("version", "domain-field-interaction-version"),
];

/// The record's fields in export-header order; instants shown in `offset`.
pub fn to_row(interaction: &Interaction, offset: UtcOffset) -> Row {
    vec![
        ("id", Value::Integer(interaction.id as i64)),
        ("customer", Value::Integer(interaction.customer_id as i64)),
        ("contact", Value::Text(interaction.contact.clone())),
        ("channel", Value::Text(interaction.channel.name().into())),
        ("subject", Value::Text(interaction.subject.clone())),
        ("body", Value::Text(interaction.body.clone())),
        ("outcome", Value::Text(interaction.outcome.clone())),
        (
            "duration",
            Value::Text(format_duration(interaction.duration)),
        ),
        ("agent", Value::Text(interaction.agent.clone())),
        ("at", Value::Text(format_instant(interaction.at, offset))),
        (
            "follow_up",
            Value::Text(interaction.follow_up.map(format_date).unwrap_or_default()),
        ),
        ("follow_up_done", Value::Bool(interaction.follow_up_done)),
        ("version", Value::Integer(interaction.version as i64)),
    ]
}

/// Parses a record id given as text.
pub fn parse_id(field: &'static str, text: &str) -> Result<u64, Invalid> {
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|&id| id > 0)
        .ok_or_else(|| Invalid::new(field, crate::t!("domain-not-an-id", text = text.trim())))
}

/// Builds an interaction; `at` defaults to `now`, `agent` to `default_agent`.
pub fn from_input(
    input: &Input,
    now: OffsetDateTime,
    default_agent: &str,
) -> Result<Interaction, Vec<Invalid>> {
    let mut problems = Problems::default();
    let customer_id = problems.take(parse_id("customer", &input.text("customer")));
    let channel = problems.take(Channel::parse(&input.text("channel")));
    let duration = match input.optional("duration") {
        Some(text) => problems
            .take(parse_duration("duration", &text))
            .unwrap_or(0),
        None => 0,
    };
    let at = match input.instant("at") {
        Some(at) => problems.take(at).unwrap_or(now),
        None => now,
    };
    let follow_up = input
        .optional("follow_up")
        .and_then(|text| problems.take(parse_date("follow_up", &text)));
    let follow_up_done = problems
        .take(parse_bool("follow_up_done", &input.text("follow_up_done")))
        .unwrap_or(false);
    let agent = input
        .optional("agent")
        .unwrap_or_else(|| default_agent.to_string());
    let built = customer_id
        .zip(channel)
        .map(|(customer_id, channel)| Interaction {
            id: 0,
            customer_id,
            contact: input.text("contact"),
            channel,
            subject: input.text("subject"),
            body: input.text("body"),
            outcome: input.text("outcome"),
            duration,
            agent,
            at,
            follow_up,
            follow_up_done,
            campaign: None,
            version: 0,
        });
    if let Some(Err(invalid)) = built.as_ref().map(Interaction::validate) {
        problems.0.push(invalid);
    }
    problems.finish(built)
}

/// Applies an edit: subject, body, outcome, duration and follow-up as given (an empty
/// duration is zero, an empty follow-up is cleared, a follow-up date other than the one set
/// opens it again); a field that stays as logged is refused. On any problem the interaction
/// is left as it was.
pub fn apply_edit(interaction: &mut Interaction, set: &Input) -> Result<(), Vec<Invalid>> {
    let mut next = interaction.clone();
    let mut problems = Problems::default();
    for field in TABLE
        .iter()
        .filter(|field| field.stays)
        .map(|field| field.name)
    {
        if set.has(field) {
            problems
                .0
                .push(Invalid::new(field, crate::t!("domain-interaction-stays")));
        }
    }
    for (field, text) in [
        ("subject", &mut next.subject),
        ("body", &mut next.body),
        ("outcome", &mut next.outcome),
    ] {
        if let Some(value) = set.optional(field) {
            *text = value;
        }
    }
    match set.optional("duration").as_deref() {
        Some("") => next.duration = 0,
        Some(text) => {
            next.duration = problems
                .take(parse_duration("duration", text))
                .unwrap_or(next.duration);
        }
        None => {}
    }
    match set.optional("follow_up").as_deref() {
        Some("") => {
            next.follow_up = None;
            next.follow_up_done = false;
        }
        Some(text) => {
            if let Some(date) = problems.take(parse_date("follow_up", text))
                && next.follow_up != Some(date)
            {
                next.follow_up = Some(date);
                next.follow_up_done = false;
            }
        }
        None => {}
    }
    if let Err(invalid) = next.validate() {
        problems.0.push(invalid);
    }
    problems.finish(Some(next)).map(|next| *interaction = next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_reads_back_to_the_same_interaction() {
        let mut input = Input::new();
        input.push("customer", "4");
        input.push("channel", "call-in");
        input.push("subject", "Rückruf wegen Angebot");
        input.push("duration", "4m30s");
        input.push("at", "2026-11-27T10:30:00+01:00");
        input.push("follow_up", "2026-12-01");
        let interaction = from_input(&input, OffsetDateTime::UNIX_EPOCH, "anna").unwrap();
        assert_eq!(interaction.duration, 270);
        assert_eq!(interaction.agent, "anna");
        let row = to_row(&interaction, UtcOffset::UTC);
        let header: Vec<&str> = row.iter().map(|(field, _)| *field).collect();
        assert_eq!(header, super::super::table::names(&TABLE));
        let mut again = Input::new();
        for (field, value) in row {
            if !["id", "version"].contains(&field) {
                again.push(field, value.cell());
            }
        }
        assert_eq!(
            from_input(&again, OffsetDateTime::UNIX_EPOCH, "ben").unwrap(),
            interaction
        );
    }

    #[test]
    fn bad_fields_are_all_named() {
        let mut input = Input::new();
        input.push("customer", "abc");
        input.push("channel", "fax");
        input.push("duration", "long");
        let fields: Vec<&str> = from_input(&input, OffsetDateTime::UNIX_EPOCH, "anna")
            .unwrap_err()
            .iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, vec!["customer", "channel", "duration"]);
    }

    #[test]
    fn edits_set_clear_reopen_and_leave_the_interaction_alone_on_error() {
        let mut input = Input::new();
        input.push("customer", "4");
        input.push("channel", "call-in");
        input.push("subject", "Order status");
        input.push("duration", "4m30s");
        input.push("follow_up", "2026-12-01");
        input.push("follow_up_done", "yes");
        let mut interaction = from_input(&input, OffsetDateTime::UNIX_EPOCH, "anna").unwrap();
        let mut edit = Input::new();
        edit.set("outcome", "Sent the tracking number");
        edit.set("duration", "");
        edit.set("follow_up", "2026-12-03");
        apply_edit(&mut interaction, &edit).unwrap();
        assert_eq!(interaction.outcome, "Sent the tracking number");
        assert_eq!(interaction.duration, 0);
        assert_eq!(
            interaction.open_follow_up(),
            Some(time::macros::date!(2026 - 12 - 03)),
            "a new date opens the follow-up again"
        );
        assert_eq!(interaction.subject, "Order status");
        let mut clear = Input::new();
        clear.set("follow_up", "");
        apply_edit(&mut interaction, &clear).unwrap();
        assert_eq!(interaction.follow_up, None);
        let before = interaction.clone();
        let mut bad = Input::new();
        bad.set("subject", " ");
        bad.set("duration", "long");
        bad.set("agent", "ben");
        bad.set("follow_up", "31.02.2027");
        let fields: Vec<&str> = apply_edit(&mut interaction, &bad)
            .unwrap_err()
            .iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, vec!["agent", "duration", "follow_up", "subject"]);
        assert_eq!(interaction, before);
    }
}
