//! The forms of the campaigns: a new campaign (name, channel, period, budget, expected
//! revenue), editing one (the same and its status, prefilled as stored), and booking a cost
//! (amount, what, the day — today unless given). Amounts are typed in the campaign's
//! currency and parsed as the CLI parses them (`parse_money_in`); every problem shows
//! under its field. Saving runs `CampaignCommand` through the session. Room: tui — data only
//! through `core`.

use rust_decimal::Decimal;

use super::form::{Field, Form, Saved};
use super::refused::problems;
use crate::core::campaigns::{self, CampaignCommand, CampaignEdit};
use crate::core::{Command, Event};
use crate::domain::campaign::{Campaign, CampaignChannel, CampaignStatus, Cost};
use crate::domain::datetime::parse_date;
use crate::domain::fields::Input;
use crate::domain::money::parse_money_in;
use crate::domain::{Currency, Invalid};
use crate::lang::format;
use crate::tui::route::Route;
use crate::tui::session::Session;

/// The fields every campaign form has, prefilled from `campaign` when there is one.
fn fields(campaign: Option<&Campaign>, session: &Session) -> Vec<Field> {
    let amount = |value: Decimal, currency: Currency| match value.is_zero() {
        true => String::new(),
        false => format::fixed(value, currency.minor_units()),
    };
    let (name, channel, from, to, budget, expected) = match campaign {
        Some(c) => (
            c.name.clone(),
            c.channel.name().to_string(),
            format::date(c.from),
            format::date(c.to),
            amount(c.budget, c.currency),
            amount(c.expected_revenue, c.currency),
        ),
        None => (
            String::new(),
            CampaignChannel::Email.name().to_string(),
            format::date(session.today()),
            String::new(),
            String::new(),
            String::new(),
        ),
    };
    vec![
        Field::new("name", crate::t!("campaign-tui-field-name"), &name).required(),
        Field::new("channel", crate::t!("campaign-tui-field-channel"), &channel).required(),
        Field::new("from", crate::t!("campaign-tui-field-from"), &from).required(),
        Field::new("to", crate::t!("campaign-tui-field-to"), &to),
        Field::new("budget", crate::t!("campaign-tui-field-budget"), &budget),
        Field::new(
            "expected_revenue",
            crate::t!("campaign-tui-field-expected"),
            &expected,
        ),
    ]
}

/// What the fields set, in `currency`; every problem at once.
fn edit_of(input: &Input, currency: Currency) -> Result<CampaignEdit, Vec<Invalid>> {
    let mut problems = Vec::new();
    let text = |field: &str| Some(input.text(field)).filter(|text| !text.trim().is_empty());
    let money = |field: &'static str| {
        text(field)
            .map(|text| parse_money_in(field, &text, currency))
            .transpose()
    };
    let edit = CampaignEdit {
        name: text("name"),
        channel: keep(
            &mut problems,
            text("channel")
                .map(|t| CampaignChannel::parse(&t))
                .transpose(),
        ),
        from: keep(
            &mut problems,
            text("from").map(|t| parse_date("from", &t)).transpose(),
        ),
        to: keep(
            &mut problems,
            text("to").map(|t| parse_date("to", &t)).transpose(),
        ),
        budget: keep(&mut problems, money("budget")),
        expected_revenue: keep(&mut problems, money("expected_revenue")),
        status: keep(
            &mut problems,
            text("status")
                .map(|t| CampaignStatus::parse(&t))
                .transpose(),
        ),
        currency: None,
    };
    match problems.is_empty() {
        true => Ok(edit),
        false => Err(problems),
    }
}

/// The value of a parsed field; a problem is kept in `problems` instead.
fn keep<T>(problems: &mut Vec<Invalid>, result: Result<Option<T>, Invalid>) -> Option<T> {
    result.unwrap_or_else(|problem| {
        problems.push(problem);
        None
    })
}

/// Runs `command`; the campaign saved, or the core's problems.
fn run(session: &Session, command: CampaignCommand) -> Result<Campaign, Vec<Invalid>> {
    match session
        .execute(Command::Campaign(command))
        .map_err(problems)?
    {
        Event::Campaign(campaign) => Ok(*campaign),
        _ => Err(vec![Invalid::new(
            "record",
            crate::t!("cli-error-unexpected-answer"),
        )]),
    }
}

fn saved_line(campaign: &Campaign) -> String {
    crate::t!(
        "campaign-saved",
        id = campaign.id.to_string(),
        name = campaign.name.as_str()
    )
}

/// The new-campaign form, in the database's currency; saving opens the campaign.
pub fn new_campaign(session: &Session) -> Form {
    let currency = session.settings.currency;
    Form::new(
        &crate::t!("campaign-tui-new-title"),
        fields(None, session),
        Box::new(move |session: &Session, input: &Input| {
            let mut edit = edit_of(input, currency)?;
            edit.currency = Some(currency);
            let campaign = run(session, CampaignCommand::Add(edit))?;
            Ok(Saved::Open(
                saved_line(&campaign),
                Route::Campaign(campaign.id),
            ))
        }),
        session,
    )
}

/// The edit form of campaign `id` as stored now; `None` when it cannot be read.
pub fn edit_campaign(id: u64, session: &Session) -> Option<Form> {
    let campaign = campaigns::campaign(session.store(), &session.actor, id).ok()?;
    let mut fields = fields(Some(&campaign), session);
    fields.push(Field::new(
        "status",
        crate::t!("campaign-tui-field-status"),
        campaign.status.name(),
    ));
    let currency = campaign.currency;
    Some(Form::new(
        &crate::t!("campaign-tui-edit-title", name = campaign.name.as_str()),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let edit = edit_of(input, currency)?;
            let campaign = run(session, CampaignCommand::Edit { id, edit })?;
            Ok(Saved::Done(saved_line(&campaign)))
        }),
        session,
    ))
}

/// The form booking a cost against campaign `id`; `None` when it cannot be read.
pub fn cost_form(id: u64, session: &Session) -> Option<Form> {
    let campaign = campaigns::campaign(session.store(), &session.actor, id).ok()?;
    let currency = campaign.currency;
    let fields = vec![
        Field::new(
            "amount",
            crate::t!("campaign-tui-field-amount", currency = currency.code()),
            "",
        )
        .required(),
        Field::new("what", crate::t!("campaign-tui-field-what"), "").required(),
        Field::new(
            "date",
            crate::t!("campaign-tui-field-date"),
            &format::date(session.today()),
        )
        .required(),
    ];
    Some(Form::new(
        &crate::t!("campaign-tui-cost-title", name = campaign.name.as_str()),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let amount = parse_money_in("amount", &input.text("amount"), currency);
            let date = parse_date("date", &input.text("date"));
            let (amount, date) = match (amount, date) {
                (Ok(amount), Ok(date)) => (amount, date),
                (amount, date) => {
                    return Err([amount.err(), date.err()].into_iter().flatten().collect());
                }
            };
            let cost = Cost {
                amount,
                date,
                what: input.text("what"),
            };
            let campaign = run(session, CampaignCommand::Cost { id, cost })?;
            Ok(Saved::Done(crate::t!(
                "campaign-tui-cost-booked",
                name = campaign.name.as_str(),
                amount = format::money(amount, currency.code(), currency.minor_units())
            )))
        }),
        session,
    ))
}
