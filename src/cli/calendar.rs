//! `kontor calendar`: business calendars — add, edit, list, and show one with the holidays,
//! days off and half days of a year. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::{Value as Json, json};
use time::Date;

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::CoreError;
use crate::core::calendar::{self as calendars, CalendarEdit};
use crate::domain::Invalid;
use crate::domain::calendar::{
    BusinessCalendar, DEFAULT_ZONE, State, format_hours, format_minute, parse_hours, parse_minute,
};
use crate::domain::datetime::{format_date, parse_date};
use crate::domain::fields::{Row, Value};

/// The columns of `calendar list` and of the days `calendar show` lists.
const LIST_COLUMNS: &[&str] = &["name", "federal_state", "zone", "hours"];
const DAY_COLUMNS: &[&str] = &["date", "kind", "name"];

#[derive(Debug, Subcommand)]
pub enum CalendarCmd {
    /// Add a business calendar: opening hours, the holidays of a German state, days off
    Add(AddArgs),
    /// Change a calendar; what is not given stays
    Edit(EditArgs),
    /// A calendar with the holidays, days off and half days of a year
    Show {
        /// The calendar's name
        name: String,
        /// The year [default: this year]
        #[arg(long)]
        year: Option<i32>,
    },
    /// Every calendar
    List,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The calendar's name, unique
    pub name: String,
    /// The German state whose holidays apply: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
    #[arg(long)]
    pub state: String,
    /// The time zone (IANA name)
    #[arg(long, default_value = DEFAULT_ZONE)]
    pub tz: String,
    /// Opening hours, e.g. "mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:00"
    #[arg(long, default_value = "mon-fri 08:00-17:00")]
    pub hours: String,
    /// Company days off, YYYY-MM-DD separated by commas
    #[arg(long, value_name = "DATES")]
    pub off: Option<String>,
    /// Half days, DATE=CLOSING separated by commas (2026-12-24=12:00)
    #[arg(long, value_name = "DAYS")]
    pub half: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The calendar's name
    pub name: String,
    /// A new name
    #[arg(long = "name", value_name = "NEW")]
    pub rename: Option<String>,
    /// The German state whose holidays apply
    #[arg(long)]
    pub state: Option<String>,
    /// The time zone (IANA name)
    #[arg(long)]
    pub tz: Option<String>,
    /// Opening hours, e.g. "mon-fri 08:00-17:00"
    #[arg(long)]
    pub hours: Option<String>,
    /// Company days off, YYYY-MM-DD separated by commas; replaces the list ("" clears it)
    #[arg(long, value_name = "DATES")]
    pub off: Option<String>,
    /// Half days, DATE=CLOSING separated by commas; replaces the list ("" clears it)
    #[arg(long, value_name = "DAYS")]
    pub half: Option<String>,
}

pub fn calendar(context: &mut Context, command: CalendarCmd) -> Result<(), CliError> {
    match command {
        CalendarCmd::Add(args) => {
            let mut calendar = BusinessCalendar::new(&args.name, state(&args.state)?);
            calendar.zone = args.tz;
            calendar.hours = parse_hours(&args.hours).map_err(CoreError::from)?;
            calendar.days_off = dates(args.off.as_deref())?;
            calendar.half_days = half_days(args.half.as_deref())?;
            let added = calendars::add(&context.store, &context.actor, calendar)?;
            output::record(&mut context.out, context.format, &row(&added))?;
        }
        CalendarCmd::Edit(args) => {
            let edit = CalendarEdit {
                name: args.rename,
                zone: args.tz,
                state: args.state.as_deref().map(state).transpose()?,
                hours: args
                    .hours
                    .as_deref()
                    .map(parse_hours)
                    .transpose()
                    .map_err(CoreError::from)?,
                days_off: args
                    .off
                    .as_deref()
                    .map(|off| dates(Some(off)))
                    .transpose()?,
                half_days: args
                    .half
                    .as_deref()
                    .map(|half| half_days(Some(half)))
                    .transpose()?,
            };
            let changed = calendars::edit(&context.store, &context.actor, &args.name, edit)?;
            // New hours or holidays move the due instants the next-ticket order uses.
            let now = context.clock.now();
            crate::core::tickets::restamp(&context.store, &context.actor, now)?;
            output::record(&mut context.out, context.format, &row(&changed))?;
        }
        CalendarCmd::Show { name, year } => {
            let calendar = calendars::get(&context.store, &context.actor, &name)?;
            let year = year.unwrap_or_else(|| context.zone.local(context.clock.now()).year());
            show(context, &calendar, year)?;
        }
        CalendarCmd::List => {
            let all = calendars::list(&context.store, &context.actor)?;
            let rows: Vec<Row> = all.iter().map(row).collect();
            output::list(&mut context.out, context.format, &rows, LIST_COLUMNS)?;
        }
    }
    Ok(())
}

/// The calendar, then the days it is closed (or closes early) in `year`, by date. JSON: one
/// object with the days under `days`; CSV: the days alone.
fn show(context: &mut Context, calendar: &BusinessCalendar, year: i32) -> Result<(), CliError> {
    let days = days_of(calendar, year);
    match context.format {
        Format::Json => {
            let mut object = Json::Object(json_row(&row(calendar)));
            let days: Vec<Json> = days.iter().map(|day| json!(json_row(day))).collect();
            if let Json::Object(map) = &mut object {
                map.insert("year".into(), json!(year));
                map.insert("days".into(), Json::Array(days));
            }
            writeln!(context.out, "{object}")?;
        }
        Format::Csv => output::list(&mut context.out, context.format, &days, DAY_COLUMNS)?,
        Format::Table => {
            output::record(&mut context.out, context.format, &row(calendar))?;
            writeln!(context.out)?;
            output::list(&mut context.out, context.format, &days, DAY_COLUMNS)?;
        }
    }
    Ok(())
}

/// A row as a JSON object of its cells as CSV writes them.
fn json_row(row: &Row) -> serde_json::Map<String, Json> {
    row.iter()
        .map(|(field, value)| {
            let json = match value {
                Value::Integer(number) => json!(number),
                Value::List(items) => json!(items),
                other => json!(other.cell()),
            };
            (field.to_string(), json)
        })
        .collect()
}

/// The holidays, days off and half days of `year`, by date.
fn days_of(calendar: &BusinessCalendar, year: i32) -> Vec<Row> {
    let mut days: Vec<(Date, &str, String)> = calendar
        .holidays(year)
        .into_iter()
        .map(|(date, holiday)| (date, holiday.code(), holiday.name()))
        .collect();
    days.extend(
        calendar
            .days_off
            .iter()
            .filter(|date| date.year() == year)
            .map(|date| (*date, "day-off", crate::t!("calendar-day-off"))),
    );
    days.extend(
        calendar
            .half_days
            .iter()
            .filter(|(date, _)| date.year() == year)
            .map(|(date, until)| {
                let until = format_minute(*until);
                (
                    *date,
                    "half-day",
                    crate::t!("calendar-half-day", until = until),
                )
            }),
    );
    days.sort_by_key(|(date, _, _)| *date);
    days.into_iter()
        .map(|(date, kind, name)| {
            vec![
                ("date", Value::Text(format_date(date))),
                ("kind", Value::Text(kind.to_string())),
                ("name", Value::Text(name)),
            ]
        })
        .collect()
}

/// A calendar as a row: hours, days off and half days as they are typed.
fn row(calendar: &BusinessCalendar) -> Row {
    let half_days = calendar
        .half_days
        .iter()
        .map(|(date, until)| format!("{}={}", format_date(*date), format_minute(*until)))
        .collect();
    vec![
        ("name", Value::Text(calendar.name.clone())),
        (
            "federal_state",
            Value::Text(calendar.state.code().to_string()),
        ),
        ("zone", Value::Text(calendar.zone.clone())),
        ("hours", Value::Text(format_hours(&calendar.hours))),
        (
            "days_off",
            Value::List(calendar.days_off.iter().map(|d| format_date(*d)).collect()),
        ),
        ("half_days", Value::List(half_days)),
    ]
}

fn state(code: &str) -> Result<State, CliError> {
    State::parse(code).ok_or_else(|| {
        CoreError::from(Invalid::new(
            "state",
            crate::t!("calendar-unknown-state", state = code.trim()),
        ))
        .into()
    })
}

/// Dates separated by commas; none for an empty text.
fn dates(text: Option<&str>) -> Result<Vec<Date>, CliError> {
    let parts = text
        .unwrap_or("")
        .split(',')
        .filter(|part| !part.trim().is_empty());
    Ok(parts
        .map(|part| parse_date("off", part))
        .collect::<Result<_, _>>()
        .map_err(CoreError::from)?)
}

/// `DATE=HH:MM` separated by commas.
fn half_days(text: Option<&str>) -> Result<Vec<(Date, u16)>, CliError> {
    let parts = text
        .unwrap_or("")
        .split(',')
        .filter(|part| !part.trim().is_empty());
    let mut days = Vec::new();
    for part in parts {
        let bad = || {
            CoreError::from(Invalid::new(
                "half",
                crate::t!("calendar-bad-half-day", text = part.trim()),
            ))
        };
        let (date, until) = part.split_once('=').ok_or_else(bad)?;
        let date = parse_date("half", date).map_err(CoreError::from)?;
        days.push((date, parse_minute(until).ok_or_else(bad)?));
    }
    Ok(days)
}
