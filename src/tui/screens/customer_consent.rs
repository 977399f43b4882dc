//! Consent in the customer detail: the pane the view key switches to in place of the
//! timeline — the current standing per channel, address and purpose the customer's ledger
//! names (`core::consent::standing_for`, derived, never stored), then the history, newest
//! first (when, channel, purpose, what was said, source) — and the form recording what a
//! customer says on a call: consent given, withdrawn or objected to, the source being a
//! call by the logged-in agent (`core::consent::record`). An empty address is the
//! customer's own for the channel: the first e-mail, the phone number called or the first
//! phone, the first postal address. Room: tui — data only through `core`.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use super::form::{Field, Form, Saved};
use super::refused::problems;
use crate::core::Change;
use crate::core::consent::{Given, history, record, standing_for};
use crate::domain::consent::{Action as Said, Channel, ConsentEvent, Party, Refusal, Standing};
use crate::domain::fields::Input;
use crate::domain::{Customer, Invalid, Phone};
use crate::lang::format;
use crate::t;
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TableView, panel};

/// What the record form takes as what the person said, by machine name.
const SAID: [&str; 3] = ["confirmed", "withdrawn", "objected"];

/// A customer's consent: the standings and the history.
pub struct ConsentPane {
    /// (channel, address, purpose, standing) per combination the ledger names.
    standings: Vec<(Channel, String, String, Standing)>,
    /// Newest first.
    events: Vec<ConsentEvent>,
    /// Why there is nothing to show (the core's refusal).
    refused: Option<String>,
}

impl ConsentPane {
    /// The consent of customer `id` at the session's now.
    pub fn load(session: &Session, id: u64) -> ConsentPane {
        let (store, actor) = (session.store(), &session.actor);
        let now = session.clock.now();
        let mut events = match history(store, actor, Party::Customer(id)) {
            Ok(events) => events,
            Err(error) => {
                return ConsentPane {
                    standings: Vec::new(),
                    events: Vec::new(),
                    refused: Some(error.to_string()),
                };
            }
        };
        let named: BTreeSet<(Channel, String, String)> = (events.iter())
            .filter(|event| !matches!(event.action, Said::Used { .. }))
            .map(|event| (event.channel, event.address.clone(), event.purpose.clone()))
            .collect();
        let standings = named
            .into_iter()
            .filter_map(|(channel, address, purpose)| {
                let standing = standing_for(store, actor, channel, &address, &purpose, now).ok()?;
                Some((channel, address, purpose, standing))
            })
            .collect();
        events.reverse();
        ConsentPane {
            standings,
            events,
            refused: None,
        }
    }

    /// Draws the standings over the history in `area`.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let title = t!("consent-tui-title");
        if let Some(refused) = &self.refused {
            let line = Line::styled(refused.clone(), theme.style(Role::Muted));
            panel(frame, area, theme, &title, vec![line]);
            return;
        }
        let standing_rows = u16::try_from(self.standings.len().max(1)).unwrap_or(u16::MAX);
        let [top, bottom] = Layout::vertical([
            Constraint::Length(standing_rows.saturating_add(2).min(area.height / 2)),
            Constraint::Min(3),
        ])
        .areas(area);
        let lines: Vec<Line> = match self.standings.is_empty() {
            true => vec![Line::styled(
                t!("consent-tui-none"),
                theme.style(Role::Muted),
            )],
            false => (self.standings.iter())
                .map(|(channel, address, purpose, standing)| {
                    let (said, role) = standing_text(*standing);
                    let text = format!("{:<6} {purpose:<12} {said:<24} {address}", channel.name());
                    Line::styled(theme.text(&text).into_owned(), theme.style(role))
                })
                .collect(),
        };
        panel(frame, top, theme, &title, lines);
        let rows: Vec<Vec<String>> = (self.events.iter())
            .map(|event| {
                vec![
                    when(event.at),
                    event.channel.name().to_string(),
                    event.purpose.clone(),
                    said_label(&event.action),
                    event.source.clone(),
                ]
            })
            .collect();
        TableView {
            title: &t!("consent-tui-history"),
            header: &[
                &t!("consent-tui-col-when"),
                &t!("consent-tui-col-channel"),
                &t!("consent-tui-col-purpose"),
                &t!("consent-tui-col-action"),
                &t!("consent-tui-col-source"),
            ],
            widths: &[
                Constraint::Length(16),
                Constraint::Length(6),
                Constraint::Length(12),
                Constraint::Length(12),
                Constraint::Min(10),
            ],
            rows: &rows,
            selected: None,
            top: None,
        }
        .render(frame, bottom, theme);
    }
}

/// An instant as its day and minute in the user's zone (`2026-12-05 14:30`).
fn when(at: time::OffsetDateTime) -> String {
    let local = crate::lang::current().zone.local(at);
    let (hour, minute) = (local.hour(), local.minute());
    format!("{} {hour:02}:{minute:02}", format::date(local.date()))
}

/// A standing as a person reads it, with its style.
fn standing_text(standing: Standing) -> (String, Role) {
    match standing {
        Standing::May { .. } => (t!("consent-tui-may"), Role::Ok),
        Standing::MayNot { reason, .. } => {
            let why = match reason {
                Refusal::NoConsent => t!("consent-tui-no-consent"),
                Refusal::OnlyRequested => t!("consent-tui-only-requested"),
                Refusal::Withdrawn => t!("consent-tui-withdrawn"),
                Refusal::Objected => t!("consent-tui-objected"),
            };
            (t!("consent-tui-may-not", why = why), Role::Error)
        }
    }
}

/// What an event says, in the current language.
fn said_label(action: &Said) -> String {
    match action {
        Said::Requested => t!("consent-tui-said-requested"),
        Said::Confirmed => t!("consent-tui-said-confirmed"),
        Said::Withdrawn => t!("consent-tui-said-withdrawn"),
        Said::Objected => t!("consent-tui-said-objected"),
        Said::Used { .. } => t!("consent-tui-said-used"),
        Said::Merged { .. } => t!("consent-tui-said-merged"),
    }
}

/// The customer's own address for `channel`: the `called` number for the phone, else the
/// first e-mail or phone (the customer's, then its contacts'), the first postal address.
pub fn own_address(customer: &Customer, channel: Channel, called: Option<&Phone>) -> String {
    let contacts = customer.contacts.iter();
    match channel {
        Channel::Email => (customer.emails.iter())
            .chain(contacts.flat_map(|contact| contact.emails.iter()))
            .next()
            .cloned(),
        Channel::Phone | Channel::Sms => called
            .into_iter()
            .chain(customer.phones.iter())
            .chain(contacts.flat_map(|contact| contact.phones.iter()))
            .next()
            .map(|phone| phone.e164.clone()),
        Channel::Post => customer.addresses.first().map(|address| {
            [
                address.street.as_str(),
                address.postal_code.as_str(),
                address.city.as_str(),
            ]
            .join(" ")
        }),
    }
    .unwrap_or_default()
}

/// How a consent taken on a call is sourced in the ledger (machine text, not translated).
pub fn call_source(session: &Session) -> String {
    format!("call by agent {}", session.actor.name)
}

/// What a person said on a call about `channel` and `purpose`, for `customer`, as the core
/// records it; `address` empty: the customer's own (`own_address`).
pub struct Spoken<'a> {
    pub customer: &'a Customer,
    pub channel: Channel,
    pub address: String,
    pub purpose: String,
    pub person: String,
    pub said: Said,
    pub called: Option<&'a Phone>,
}

/// Records `spoken` with the session's actor and clock; the customer screens refresh.
pub fn record_spoken(session: &Session, spoken: Spoken) -> Result<ConsentEvent, Vec<Invalid>> {
    let address = match spoken.address.trim() {
        "" => own_address(spoken.customer, spoken.channel, spoken.called),
        typed => typed.to_string(),
    };
    let given = Given {
        party: Some(Party::Customer(spoken.customer.id)),
        person: spoken.person,
        channel: Some(spoken.channel),
        address,
        purpose: spoken.purpose,
        source: call_source(session),
        ..Given::default()
    };
    let now = session.clock.now();
    let event =
        record(session.store(), &session.actor, now, &given, spoken.said).map_err(problems)?;
    session.note(Change::CUSTOMERS);
    Ok(event)
}

/// The channel named in `field`, refused under it.
pub fn channel_in(input: &Input, field: &'static str) -> Result<Channel, Invalid> {
    Channel::parse(&input.text(field)).map_err(|invalid| Invalid::new(field, invalid.message))
}

/// What was said, by its machine name in `field`.
fn said_in(input: &Input, field: &'static str) -> Result<Said, Invalid> {
    match input.text(field).trim().to_lowercase().as_str() {
        "confirmed" => Ok(Said::Confirmed),
        "withdrawn" => Ok(Said::Withdrawn),
        "objected" => Ok(Said::Objected),
        other => Err(Invalid::new(
            field,
            t!(
                "consent-tui-said-unknown",
                text = other,
                choices = SAID.join(", ")
            ),
        )),
    }
}

/// The form recording what `customer` said on a call.
pub fn record_form(customer: &Customer, session: &Session) -> Form {
    let customer = customer.clone();
    let channels: Vec<&str> = Channel::ALL.iter().map(|channel| channel.name()).collect();
    let fields = vec![
        Field::new("channel", t!("consent-tui-label-channel"), "phone").required(),
        Field::new("purpose", t!("consent-tui-label-purpose"), "calls").required(),
        Field::new("action", t!("consent-tui-label-action"), "confirmed").required(),
        Field::new("address", t!("consent-tui-label-address"), ""),
        Field::new("person", t!("consent-tui-label-person"), ""),
    ];
    Form::new(
        &t!(
            "consent-tui-record-title",
            customer = customer.name.as_str(),
            channels = channels.join("/"),
            said = SAID.join("/")
        ),
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let channel = channel_in(input, "channel");
            let said = said_in(input, "action");
            let (channel, said) = match (channel, said) {
                (Ok(channel), Ok(said)) => (channel, said),
                (channel, said) => {
                    return Err(channel.err().into_iter().chain(said.err()).collect());
                }
            };
            let spoken = Spoken {
                customer: &customer,
                channel,
                address: input.text("address"),
                purpose: input.text("purpose"),
                person: input.text("person"),
                said,
                called: None,
            };
            let event = record_spoken(session, spoken)?;
            Ok(Saved::Done(t!(
                "consent-tui-recorded",
                id = event.id.to_string(),
                address = event.address.as_str()
            )))
        }),
        session,
    )
}

/// The log-call form's consent field: what the caller agreed to on the phone — a purpose
/// (consent to calls on this number), or `channel:purpose` (`email:newsletter`).
pub fn call_field() -> Field {
    Field::new("consent", t!("consent-tui-label-on-call"), "")
}

/// The consent the log-call form's `input` names, checked before the call is saved: its
/// channel and purpose, and the customer's address for it.
pub fn call_consent(
    input: &Input,
    customer: &Customer,
    called: Option<&Phone>,
) -> Result<Option<(Channel, String)>, Vec<Invalid>> {
    let text = input.text("consent");
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (channel, purpose) = match text.split_once(':') {
        Some((channel, purpose)) => (
            Channel::parse(channel).map_err(|e| vec![Invalid::new("consent", e.message)])?,
            purpose,
        ),
        None => (Channel::Phone, text),
    };
    let purpose = crate::domain::consent::purpose(purpose)
        .map_err(|invalid| vec![Invalid::new("consent", invalid.message)])?;
    if own_address(customer, channel, called).is_empty() {
        let problem = t!("consent-tui-no-own-address", channel = channel.name());
        return Err(vec![Invalid::new("consent", problem)]);
    }
    Ok(Some((channel, purpose)))
}

/// Records the consent `call_consent` read, given on the call just logged; says what
/// happened in a line that follows the call's own message.
pub fn record_on_call(
    session: &Session,
    customer: &Customer,
    called: Option<&Phone>,
    (channel, purpose): (Channel, String),
) -> String {
    let spoken = Spoken {
        customer,
        channel,
        address: String::new(),
        purpose,
        person: String::new(),
        said: Said::Confirmed,
        called,
    };
    match record_spoken(session, spoken) {
        Ok(event) => t!(
            "consent-tui-recorded",
            id = event.id.to_string(),
            address = event.address.as_str()
        ),
        Err(problems) => {
            let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
            t!("consent-tui-not-recorded", problems = problems.join("; "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_said_is_read_by_name_and_refused_under_its_field() {
        let mut input = Input::new();
        input.push("action", " Withdrawn ");
        assert_eq!(said_in(&input, "action"), Ok(Said::Withdrawn));
        let mut input = Input::new();
        input.push("action", "maybe");
        let refused = said_in(&input, "action").unwrap_err();
        assert_eq!(refused.field, "action");
        assert!(refused.message.contains("maybe"), "{}", refused.message);
    }
}
