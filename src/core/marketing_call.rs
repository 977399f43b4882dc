//! A marketing call logged by an agent (`kontor interaction log --campaign/--purpose`, the
//! TUI's log-call form with a campaign or purpose): refused, naming why, unless the phone
//! consent of the person called allows the purpose now (`consent_reach::call_basis`);
//! logged, the interaction and the use of the consent it relied on are written in ONE
//! transaction (the use first, then the interaction with its checks), so a call that cannot
//! be written leaves no use behind and a use that cannot be recorded leaves no call. The
//! transaction is audited as `Interactions::MarketingCall`. Room: core (areas `Crm` and
//! `Consent`).

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::consent::record_use_in;
use super::consent_reach::call_basis;
use super::kinds::interaction::Interactions;
use super::{Actor, CoreError};
use crate::domain::campaign::Campaign;
use crate::domain::fields::interaction::parse_id;
use crate::domain::fields::{Input, Row};
use crate::domain::{Channel, Invalid};
use crate::store::Store;

/// The purpose a call relies on when none is given.
pub const DEFAULT_PURPOSE: &str = "calls";

/// What a marketing call is for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallFor {
    pub campaign: Option<u64>,
    /// The consent purpose; empty for `calls`.
    pub purpose: String,
    /// The number dialled; `None`: the contact's (or the customer's) numbers.
    pub phone: Option<String>,
}

/// A marketing call logged: the interaction's row and the consent use recorded.
#[derive(Debug, Clone)]
pub struct Logged {
    pub row: Row,
    /// The number whose consent the call relied on (E.164).
    pub number: String,
    pub relied_on: u64,
    pub use_event: u64,
}

/// Logs the call `input` (the interaction's fields) made for `call` at `now`.
pub fn log(
    store: &Store,
    actor: &Actor,
    input: &Input,
    call: &CallFor,
    now: OffsetDateTime,
) -> Result<Logged, CoreError> {
    access::require(actor, Area::Crm, Access::Write)?;
    access::require(actor, Area::Consent, Access::Write)?;
    let channel = Channel::parse(&input.text("channel"))?;
    if !matches!(channel, Channel::CallIn | Channel::CallOut) {
        return Err(Invalid::new("channel", crate::t!("wiring-marketing-not-a-call")).into());
    }
    if let Some(id) = call.campaign {
        store.require::<Campaign>(id)?;
    }
    let customer = parse_id("customer", &input.text("customer"))?;
    let purpose = match call.purpose.trim() {
        "" => DEFAULT_PURPOSE,
        purpose => purpose,
    };
    let (number, relied_on) = call_basis(
        store,
        customer,
        &input.text("contact"),
        call.phone.as_deref(),
        purpose,
        now,
    )?;
    let what = match call.campaign {
        Some(id) => format!("call {number} campaign {id}"),
        None => format!("call {number}"),
    };
    let used = std::cell::Cell::new(0);
    let _audit = crate::store::audit::scope(&actor.name, "Interactions::MarketingCall", now);
    let row = super::plain_write::add_with::<Interactions>(store, actor, input, now, |tx| {
        used.set(record_use_in(tx, relied_on, &what, &actor.name, now)?.id);
        Ok(())
    })
    .map_err(|error| super::audit::explain_stale(store, error))?;
    store.flush()?;
    Ok(Logged {
        row,
        number,
        relied_on,
        use_event: used.get(),
    })
}
