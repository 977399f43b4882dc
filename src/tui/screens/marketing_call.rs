//! The log-call form's marketing fields: the campaign the call is for (F4 picks it) and
//! the consent purpose it relies on (empty: `calls`). With either filled, saving is a
//! marketing call (`core::marketing_call`): refused inline under the purpose without
//! phone consent of the person called for it, else the call and the use of that consent
//! are written in one transaction — then, if asked, the call goes on its ticket. Room: tui
//! — data only through `core`.

use super::call_ticket::{checked_target, on_ticket};
use super::form::{Field, Saved};
use super::picker::PickerKind;
use super::refused::problems;
use crate::core::marketing_call::{self, CallFor};
use crate::domain::fields::Input;
use crate::domain::{Invalid, Phone};
use crate::t;
use crate::tui::session::Session;

/// The log-call form's marketing fields, after its others.
pub fn fields() -> Vec<Field> {
    vec![
        Field::new("campaign", t!("marketing-call-label-campaign"), "")
            .with_picker(PickerKind::Campaign),
        Field::new("purpose", t!("marketing-call-label-purpose"), ""),
    ]
}

/// The picker's options: every campaign the actor reads, its id and name.
pub fn campaign_options(session: &Session) -> Vec<(String, String)> {
    crate::core::campaigns::campaigns(session.store(), &session.actor)
        .unwrap_or_default()
        .into_iter()
        .map(|campaign| {
            let label = format!("{} {}", campaign.id, campaign.name);
            (campaign.id.to_string(), label)
        })
        .collect()
}

/// Saves the form's `input` (the customer in it) as a marketing call when it names a
/// campaign or a purpose (`called`: the number the caller lookup matched); `None` when it
/// names neither (an ordinary call).
pub fn save(
    session: &Session,
    input: &Input,
    called: Option<&Phone>,
) -> Option<Result<Saved, Vec<Invalid>>> {
    let campaign = input.text("campaign").trim().to_string();
    let purpose = input.text("purpose").trim().to_string();
    if campaign.is_empty() && purpose.is_empty() {
        return None;
    }
    Some(save_call(session, input, called, &campaign, purpose))
}

fn save_call(
    session: &Session,
    input: &Input,
    called: Option<&Phone>,
    campaign: &str,
    purpose: String,
) -> Result<Saved, Vec<Invalid>> {
    let campaign = match campaign {
        "" => None,
        text => Some(text.parse::<u64>().map_err(|_| {
            vec![Invalid::new(
                "campaign",
                t!("leads-campaign-invalid", text = text),
            )]
        })?),
    };
    let target = checked_target(session, input)?;
    let call = CallFor {
        campaign,
        purpose,
        phone: called.map(|phone| phone.e164.clone()),
    };
    let now = session.clock.now();
    let logged = marketing_call::log(session.store(), &session.actor, input, &call, now).map_err(
        |error| {
            problems(error)
                .into_iter()
                .map(|problem| match problem.field {
                    "record" | "phone" => Invalid::new("purpose", problem.message),
                    _ => problem,
                })
                .collect::<Vec<_>>()
        },
    )?;
    let interaction = crate::core::plain::Done::Added(logged.row.clone()).added_id();
    let used = t!(
        "marketing-call-used",
        id = logged.use_event.to_string(),
        number = logged.number.as_str()
    );
    Ok(match on_ticket(session, target, interaction)? {
        Saved::Done(message) => Saved::Done(format!("{message} {used}")),
        Saved::Open(message, route) => Saved::Open(format!("{message} {used}"), route),
    })
}
